"""System tests: a real Home Assistant process with Haven, driven from outside.

Not collected by `scripts/test` (pytest's testpaths is `tests`); see harness.py.
"""
