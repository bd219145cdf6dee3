"""One handler per command: (unit of work, actor, command) -> Reply."""
