"""Versions of the handbook compared: what changed in the text, the parameters and the outcomes.

``mdrules diff OLD NEW`` reads two versions (git revisions or source folders) with
:mod:`~mdrules.history.probe`, compares them (:mod:`~mdrules.changes.compare`) and reports the
result in the terminal or as a standalone HTML page (:mod:`~mdrules.history.document`, from the
template ``templates/report.html``). A version the probe cannot read is an error that names the
version and what failed, never a reported change.
"""
