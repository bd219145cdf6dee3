"""English texts, one module per area, merged into one catalogue."""

from __future__ import annotations

from domain.messages.en import (
    checks,
    cli,
    commands,
    core,
    directory,
    errors,
    grammar,
    help,
    org,
    profiles,
    report,
    sandbox,
    slack,
    terms,
    transfer,
    workspaces,
)
from domain.messages.formatting import Template


def merge(*parts: dict[str, Template]) -> dict[str, Template]:
    """One catalogue from its parts; a key defined twice is a mistake."""
    merged: dict[str, Template] = {}
    for part in parts:
        clash = merged.keys() & part.keys()
        if clash:
            raise RuntimeError(f"message keys defined twice: {sorted(clash)}")
        merged.update(part)
    return merged


MESSAGES = merge(
    core.MESSAGES,
    errors.MESSAGES,
    profiles.MESSAGES,
    org.MESSAGES,
    commands.MESSAGES,
    grammar.MESSAGES,
    help.MESSAGES,
    report.MESSAGES,
    transfer.MESSAGES,
    slack.MESSAGES,
    terms.MESSAGES,
    cli.MESSAGES,
    sandbox.MESSAGES,
    directory.MESSAGES,
    workspaces.MESSAGES,
    checks.MESSAGES,
)
