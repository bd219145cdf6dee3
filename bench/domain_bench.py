"""Timing the read paths an administrator uses on a large workspace, through the executor."""

from __future__ import annotations

import functools
import random
from dataclasses import dataclass

from bench.timing import Latency, summarise, timed
from domain.application import Application, Caller
from domain.application.ports import NoNotifier
from domain.application.store import Store
from domain.audit import Actor
from domain.commands.grammar import parse
from storage.bulk import BulkOrg

READER = Actor(kind="slack", id="UREADER", name="reader")


@dataclass(frozen=True)
class DomainFigures:
    effective: Latency
    usage: Latency
    report: Latency


class _NobodyIsAdmin:
    def is_admin(self, workspace_id: str, user_id: str) -> bool:  # noqa: ARG002
        return False


def _command(factory: Store, workspace_id: str, text: str) -> None:
    app = Application(factory, _NobodyIsAdmin(), NoNotifier())
    app.handle(parse(text), Caller(workspace_id, READER))


def measure(
    factory: Store,
    workspace_id: str,
    org: BulkOrg,
    *,
    lookups: int,
    usages: int,
    reports: int,
    seed: int = 11,
) -> DomainFigures:
    """`effective` for random agents, `usage` for the most used profiles, and `report`."""
    rng = random.Random(seed)
    _command(factory, workspace_id, "list")  # warm-up: workspace ensured, caches filled
    agents = [rng.choice(org.agents).name for _ in range(lookups)]
    effective = [
        timed(functools.partial(_command, factory, workspace_id, f'effective "{a}"'))
        for a in agents
    ]
    # The default profile reaches the most agents; the rest are random assigned ones.
    names = ["Default_Telephony_Profile"] + [
        org.profiles[i].spec.name for i in _assigned_profiles(org, rng, usages - 1)
    ]
    usage = [
        timed(functools.partial(_command, factory, workspace_id, f'usage "{n}"')) for n in names
    ]
    report = [timed(lambda: _command(factory, workspace_id, "report")) for _ in range(reports)]
    return DomainFigures(summarise(effective), summarise(usage), summarise(report))


def _assigned_profiles(org: BulkOrg, rng: random.Random, count: int) -> list[int]:
    used = sorted({site.profile for site in org.sites if site.profile >= 0})
    return rng.sample(used, min(count, len(used)))
