"""Files written safely and read warily: atomic private writes, the TOML writer, reader, locator and checks, the JSON caches, where outputs go."""
