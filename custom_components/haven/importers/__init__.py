"""Readers of what other maintenance integrations store, and the import that uses them."""
