"""English texts, one module per area, merged into one catalogue."""

from __future__ import annotations

from domain.messages.en import (
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
    transfer,
    workspaces,
)


def _merge(*parts: dict[str, str]) -> dict[str, str]:
    merged: dict[str, str] = {}
    for part in parts:
        clash = merged.keys() & part.keys()
        if clash:
            raise RuntimeError(f"message keys defined twice: {sorted(clash)}")
        merged.update(part)
    return merged


MESSAGES = _merge(
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
    cli.MESSAGES,
    sandbox.MESSAGES,
    directory.MESSAGES,
    workspaces.MESSAGES,
)
