"""What happened, published after the commit to the injected notifier."""

from __future__ import annotations

from dataclasses import dataclass

from domain.audit import Actor
from domain.messages import Text
from domain.services.report import Report


@dataclass(frozen=True)
class ChangeNoticed:
    """A change was committed; `notice` is its one line for the audit channel."""

    workspace_id: str
    actor: Actor
    notice: Text


@dataclass(frozen=True)
class ReportRequested:
    """Someone asked for the report to be posted to the workspace's report channel now."""

    workspace_id: str
    actor: Actor
    report: Report


Event = ChangeNoticed | ReportRequested


@dataclass(frozen=True)
class Undelivered:
    """An event's side effect that did not happen (the change itself stands), and why."""

    event: Event
    reason: Text
