"""Helpers shared by the tests: a throwaway PostgreSQL server, store snapshots, fast fixtures.

``tests/`` is on ``sys.path`` (through the root conftest), so import these as ``from support import store``.
"""
