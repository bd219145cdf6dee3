"""Configuration of every mmbot process, read in one place (`config.settings`)."""
