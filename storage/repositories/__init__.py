"""Repositories: one per aggregate, each bound to a session and one workspace."""
