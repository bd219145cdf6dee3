"""A workspace with report settings, a controlled clock, and posters: recording or on the stand-in."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

import pytest

from domain.audit import SYSTEM_ACTOR, Actor
from domain.commands.grammar import parse
from domain.profiles import DEFAULT_PROFILE_SPEC
from domain.report_runs import PostMark
from domain.workspace import Workspace
from slackkit.message import Message
from storage.uow import SqlUnitOfWorkFactory
from tests.support.commands import Shown as Reply
from tests.support.commands import run

WORKSPACE = "T1"
CHANNEL = "C0REPORT"
# Created in winter; 09:00 Budapest is 08:00 UTC until the end of March.
CREATED = datetime(2025, 1, 10, 12, 0, tzinfo=UTC)
ADMIN = Actor(kind="slack", id="UADMIN", name="admin")

Command = Callable[[str], Reply]


def at(day: int, hour: int, minute: int = 0) -> datetime:
    """A January 2025 instant in UTC."""
    return datetime(2025, 1, day, hour, minute, tzinfo=UTC)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@dataclass
class Posted:
    """A ReportPoster that records every report it was asked to post, thread-safely."""

    messages: list[tuple[str, Message]] = field(default_factory=list)
    marks: list[PostMark] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def post(self, channel: str, message: Message, mark: PostMark) -> str:
        with self.lock:
            self.messages.append((channel, message))
            self.marks.append(mark)
            return f"1736928000.{len(self.messages):06d}"

    def find(self, channel: str, mark: PostMark, *, since: datetime) -> str | None:
        with self.lock:
            for number, (posted_to, _), posted in zip(
                range(1, len(self.marks) + 1), self.messages, self.marks, strict=True
            ):
                if posted == mark and posted_to == channel:
                    return f"1736928000.{number:06d}"
        return None


def start_workspace(factory: SqlUnitOfWorkFactory, *, channel: str | None = CHANNEL) -> None:
    """T1 created on CREATED, reporting at 09:00 Budapest time to `channel`."""
    with factory(WORKSPACE) as uow:
        uow.workspaces.ensure(
            Workspace(
                id=WORKSPACE,
                report_channel=channel,
                timezone="Europe/Budapest",
                created_at=CREATED,
            )
        )
        uow.profiles.add(DEFAULT_PROFILE_SPEC, system=True, actor=SYSTEM_ACTOR, at=CREATED)
        uow.commit()


@pytest.fixture
def mm(uow_factory: SqlUnitOfWorkFactory) -> Command:
    """Run a /mmprofile command in T1 as an administrator; T1 must have been started."""

    def command(text: str) -> Reply:
        return run(
            parse(text), factory=uow_factory, workspace_id=WORKSPACE, actor=ADMIN, is_admin=True
        )

    return command


@pytest.fixture
def workspace(uow_factory: SqlUnitOfWorkFactory, mm: Command) -> Command:
    """T1 started, with one unassigned profile so there is something to report."""
    start_workspace(uow_factory)
    mm("create Spare type=blended chat=2")
    return mm
