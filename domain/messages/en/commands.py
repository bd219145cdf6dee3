"""Texts of command answers."""

MESSAGES: dict[str, str] = {}
