"""What the handbook's pages show: provisions, terms, facts, examples, FAQ, coverage, search ...

Each module registers its feature with one ``setup_<feature>(app)``; :mod:`mdrules.sphinxext`
calls them all.
"""
