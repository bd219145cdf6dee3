"""SQLAlchemy implementation of the storage protocol in `domain.ports`, with its migrations."""
