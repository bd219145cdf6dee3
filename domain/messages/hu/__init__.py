"""Hungarian texts, one module per area like the English ones, merged into one catalogue."""

from __future__ import annotations

from domain.messages.en import merge
from domain.messages.hu import (
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
    directory.MESSAGES,
    sandbox.MESSAGES,
    workspaces.MESSAGES,
    checks.MESSAGES,
)
