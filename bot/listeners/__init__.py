"""Listeners by kind; each package's `register(app, deps)` only wires ids to callbacks."""
