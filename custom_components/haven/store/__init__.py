"""Haven's storage: models, migrations and the repository."""
