"""A large, realistic workspace: profiles, sites, teams and agents with mixed assignments.

`python -m bench.generate sqlite:///big.db` fills a database; `bench.run` uses `generate`.
"""

from __future__ import annotations

import argparse
import random
import time
from dataclasses import dataclass

from domain.application.workspaces import prepare_workspace
from domain.audit import Actor
from domain.clock import utc_now
from domain.org import TeamKind
from domain.profiles import ProfileSpec, ProfileType
from domain.services.workspaces import SettingsChange, change_settings
from storage.bootstrap import open_store
from storage.bulk import BulkAgent, BulkOrg, BulkProfile, BulkSite, BulkTeam, load_org
from storage.uow import SqlUnitOfWorkFactory

BENCH_WORKSPACE = "TBENCH"
ACTOR = Actor(kind="cli", id="bench", name="bench")
DEFAULT = -1  # BulkSite/BulkTeam index of the workspace's default profile

INACTIVE_SHARE = 0.1
UNUSED_SHARE = 0.3  # of the active profiles, never assigned: the report's candidates
SITE_DEFAULT_SHARE = 0.5
CAPACITY_SHARE = 0.1
TEAM_OWN_SHARE = 0.4
AGENT_OWN_SHARE = 0.1
TWO_TEAMS_SHARE = 0.3


@dataclass(frozen=True)
class Sizes:
    profiles: int
    sites: int
    teams: int
    agents: int


FULL = Sizes(profiles=1_000, sites=200, teams=5_000, agents=100_000)
QUICK = Sizes(profiles=100, sites=20, teams=500, agents=10_000)
TINY = Sizes(profiles=10, sites=3, teams=12, agents=60)


def _spec(rng: random.Random, number: int) -> ProfileSpec:
    name = f"Profile {number:04d}"
    kind = rng.choice(list(ProfileType))
    if kind is ProfileType.EXCLUSIVE:
        channel = rng.choice(["voice", "chat", "email", "social"])
        counts = {channel: 1}
        return ProfileSpec.build(
            name=name,
            type=kind,
            voice=counts.get("voice"),
            chat=counts.get("chat"),
            email=counts.get("email"),
            social=counts.get("social"),
        )
    if kind is ProfileType.BLENDED_REALTIME:
        return ProfileSpec.build(name=name, type=kind, voice=1, chat=rng.randint(1, 5))
    return ProfileSpec.build(
        name=name,
        type=kind,
        voice=rng.randint(0, 1),
        chat=rng.randint(1, 5),
        email=rng.randint(0, 5),
    )


def build_org(sizes: Sizes, seed: int = 7) -> BulkOrg:
    """A deterministic organisation of `sizes`; only active profiles are ever assigned."""
    rng = random.Random(seed)
    profiles = [
        BulkProfile(_spec(rng, n), active=rng.random() >= INACTIVE_SHARE)
        for n in range(sizes.profiles)
    ]
    active = [i for i, p in enumerate(profiles) if p.active]
    pool = active[: max(1, int(len(active) * (1 - UNUSED_SHARE)))]

    def some_profile(share: float) -> int | None:
        return rng.choice(pool) if pool and rng.random() < share else None

    sites = []
    for n in range(sizes.sites):
        own = some_profile(1 - SITE_DEFAULT_SHARE)
        sites.append(BulkSite(f"Site {n:03d}", DEFAULT if own is None else own))
    teams: list[BulkTeam] = []
    for n in range(sizes.teams):
        kind = TeamKind.CAPACITY if rng.random() < CAPACITY_SHARE else TeamKind.AGENT
        own = some_profile(TEAM_OWN_SHARE) if kind is TeamKind.AGENT else None
        teams.append(BulkTeam(f"Team {n:04d}", n % sizes.sites, kind, own))
    agents = []
    for n in range(sizes.agents):
        first = rng.randrange(sizes.teams)
        both = (first, rng.randrange(sizes.teams)) if rng.random() < TWO_TEAMS_SHARE else (first,)
        agents.append(
            BulkAgent(
                f"Agent {n:06d}", f"agent{n}@example.com", some_profile(AGENT_OWN_SHARE), both
            )
        )
    return BulkOrg(profiles=profiles, sites=sites, teams=teams, agents=agents)


def generate(
    factory: SqlUnitOfWorkFactory, org: BulkOrg, workspace_id: str = BENCH_WORKSPACE
) -> float:
    """Create the workspace (default profile, multimedia on) and load `org`; seconds taken."""
    started = time.perf_counter()
    prepare_workspace(factory, workspace_id)
    with factory(workspace_id) as uow:
        change_settings(uow, ACTOR, SettingsChange(multimedia=True))
        uow.commit()
    load_org(factory.engine, workspace_id, org, actor=ACTOR, at=utc_now())
    return time.perf_counter() - started


def main() -> None:
    """Fill the database at the given URL with a generated workspace."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("url", help="SQLAlchemy database URL")
    parser.add_argument("--quick", action="store_true", help="a tenth of the full size")
    args = parser.parse_args()
    org = build_org(QUICK if args.quick else FULL)
    seconds = generate(open_store(args.url), org)
    print(f"{len(org.agents)} agents in {seconds:.1f} s")


if __name__ == "__main__":
    main()
