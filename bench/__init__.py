"""Benchmarks: a large generated workspace, domain queries and signed HTTP slash commands."""
