"""End-to-end tests of Haven's panel and cards in a real browser against a real HA.

Run by scripts/test-browser (not collected by scripts/test: pytest's testpaths is tests).
"""
