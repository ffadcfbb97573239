"""What changed between versions, as data: snapshots, their comparison and its wording.

The engine's part of the comparison, shared by ``mdrules diff`` (:mod:`mdrules.history`, which
checks versions out and runs the probe in a process of their own) and the handbook's page of
changes (``mdrules.sphinxext.changes``, which reads stored releases and runs no test):

- :mod:`~mdrules.changes.snapshot`: a version's snapshot (articles, parameters, facts, calls);
- :mod:`~mdrules.changes.probe_text` and :mod:`~mdrules.changes.probe_calls`: how a version is
  read and its rules are called; the probe loads them as files inside another version's tree,
  the page imports them to read the tree being built;
- :mod:`~mdrules.changes.compare` and :mod:`~mdrules.changes.redline`: the comparison;
- :mod:`~mdrules.changes.wording`: the words of a report, in either language;
- :mod:`~mdrules.changes.stored` and :mod:`~mdrules.changes.since`: stored releases, and what
  changed since one, in this process.
"""
