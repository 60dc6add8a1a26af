"""Speaking to Haven: sentences for HA's default conversation agent and their answers."""
