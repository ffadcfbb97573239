"""Versions of the handbook compared: what changed in the text, the parameters and the outcomes.

``mdrules diff OLD NEW`` reads two versions (git revisions or source folders) with
:mod:`~mdrules.history.probe`, compares them (:mod:`~mdrules.changes.compare`) and reports the
result in the terminal or as a standalone HTML page (:mod:`~mdrules.history.document`, from the
template ``templates/report.html``). A version the probe cannot read is an error that names the
version and what failed, never a reported change. ``mdrules release REGULATION`` stores a
release's snapshot in the regulation's folder (:mod:`~mdrules.history.releases`) for the page of
changes, which reads it without running a test (:mod:`mdrules.changes.stored`).
"""
