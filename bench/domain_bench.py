"""Timing the read paths an administrator uses on a large workspace, through the executor,
each sample beside the same question asked with one hand-written SQL query (the raw query,
`bench/sql_answers.py`) on a bare DB-API connection to the same database."""

from __future__ import annotations

import functools
import random
from dataclasses import dataclass

from bench.sql_answers import SqlAnswers
from bench.timing import Latency, summarise, timed
from domain.application import Application, Caller
from domain.application.ports import NoNotifier
from domain.application.store import Store
from domain.audit import Actor
from domain.commands.grammar import parse
from storage.bulk import BulkOrg

READER = Actor(kind="slack", id="UREADER", name="reader")
COMPARED = ("effective", "show", "usage", "list")


@dataclass(frozen=True)
class Comparison:
    """One command's executor latency beside its raw query's."""

    executor: Latency
    raw: Latency

    @property
    def ratio(self) -> float:
        """Executor p50 ÷ raw query p50: how many times the raw query's cost a command takes."""
        return self.executor.p50_ms / self.raw.p50_ms


@dataclass(frozen=True)
class DomainFigures:
    effective: Latency
    usage: Latency
    report: Latency
    against_raw: dict[str, Comparison]


class _NobodyIsAdmin:
    def is_admin(self, workspace_id: str, user_id: str) -> bool:  # noqa: ARG002
        return False


def _command(app: Application, workspace_id: str, text: str) -> None:
    app.handle(parse(text), Caller(workspace_id, READER))


def _texts(org: BulkOrg, rng: random.Random, *, lookups: int, usages: int) -> dict[str, list[str]]:
    # The default profile reaches the most agents; the rest are random assigned ones.
    names = ["Default_Telephony_Profile"] + [
        org.profiles[i].spec.name for i in _assigned_profiles(org, rng, usages - 1)
    ]
    return {
        "effective": [f'effective "{rng.choice(org.agents).name}"' for _ in range(lookups)],
        "show": [f'show "{rng.choice(org.profiles).spec.name}"' for _ in range(lookups // 4)],
        "usage": [f'usage "{name}"' for name in names],
        "list": ["list"] * max(2, lookups // 40),
    }


def measure(
    factory: Store,
    workspace_id: str,
    org: BulkOrg,
    raw: SqlAnswers,
    *,
    lookups: int,
    usages: int,
    reports: int,
    seed: int = 11,
) -> DomainFigures:
    """`effective` for random agents, `show`, `usage` for the most used profiles, `list`, each
    sample timed through the executor and then as the raw query; and `report`."""
    rng = random.Random(seed)
    # Built once, as every front end builds it at start-up; each sample parses and handles.
    app = Application(factory, _NobodyIsAdmin(), NoNotifier())
    _command(app, workspace_id, "list")  # warm-up: workspace ensured, caches filled
    raw.answer(workspace_id, "list")
    samples: dict[str, tuple[list[float], list[float]]] = {}
    for verb, texts in _texts(org, rng, lookups=lookups, usages=usages).items():
        mine: list[float] = []
        theirs: list[float] = []
        for text in texts:
            # Interleaved, so a neighbour's burst of load hits both sides alike.
            mine.append(timed(functools.partial(_command, app, workspace_id, text)))
            theirs.append(timed(functools.partial(raw.answer, workspace_id, text)))
        samples[verb] = (mine, theirs)
    report = [timed(lambda: _command(app, workspace_id, "report")) for _ in range(reports)]
    against_raw = {
        verb: Comparison(summarise(mine), summarise(theirs))
        for verb, (mine, theirs) in samples.items()
    }
    return DomainFigures(
        effective=against_raw["effective"].executor,
        usage=against_raw["usage"].executor,
        report=summarise(report),
        against_raw=against_raw,
    )


def _assigned_profiles(org: BulkOrg, rng: random.Random, count: int) -> list[int]:
    used = sorted({site.profile for site in org.sites if site.profile >= 0})
    return rng.sample(used, min(count, len(used)))
