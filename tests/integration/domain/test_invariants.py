"""Random sequences of commands never break the lifecycle invariants (SPEC §1–§2)."""

from __future__ import annotations

import contextlib
import itertools

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from domain.commands.grammar import parse
from domain.errors import DomainError
from domain.org import ProfileSource
from domain.ports import UnitOfWork
from domain.profiles import DEFAULT_PROFILE_NAME, DEFAULT_PROFILE_SPEC, ProfileState
from storage.uow import SqlUnitOfWorkFactory
from tests.integration.domain.conftest import ADMIN
from tests.support.commands import run

PROFILES = ["Alpha", "Beta", "Gamma", DEFAULT_PROFILE_NAME]
SITES = ["North", "South"]
TEAMS = ["T1", "T2", "T3", "Cap"]
AGENTS = ["Ann", "Bob", "Cy"]
_workspaces = itertools.count()


def check_invariants(uow: UnitOfWork) -> None:
    """The invariants of SPEC §1–§2, read straight from storage."""
    default = uow.profiles.get_by_name(DEFAULT_PROFILE_NAME)
    assert default is not None
    assert default.spec == DEFAULT_PROFILE_SPEC
    assert default.active
    assert default.system

    for profile in uow.profiles.list(ProfileState.INACTIVE):
        assert uow.profiles.references(profile.id, limit=1).total == 0, (
            f"inactive {profile.name} is assigned"
        )

    profile_names = {p.id: p.name for p in uow.profiles.list(ProfileState.ALL)}
    sites = {s.name: s for s in uow.sites.list()}
    for site in sites.values():
        assert site.profile_id in profile_names, f"site {site.name} has no profile"
    teams = {t.name: t for t in uow.teams.list()}
    for team in teams.values():
        assert team.kind.value == "agent" or team.profile_id is None

    for agent in uow.agents.list():
        rows = {row.team: row for row in uow.agents.effective(agent.id)}
        assert set(rows) == set(agent.teams)
        for team_name, row in rows.items():
            team = teams[team_name]
            if agent.profile_id is not None:
                expected = (agent.profile_id, ProfileSource.OWN)
            elif team.profile_id is not None:
                expected = (team.profile_id, ProfileSource.TEAM)
            else:
                expected = (sites[team.site_name].profile_id, ProfileSource.SITE)
            assert (row.profile_id, row.source) == expected


class LifecycleMachine(RuleBasedStateMachine):
    """Drives admins' commands in a fresh workspace of one shared database per test."""

    factory: SqlUnitOfWorkFactory

    @initialize()
    def start(self) -> None:
        self.workspace = f"W{next(_workspaces)}"
        for text in (
            "settings multimedia=on",
            "site add North",
            "team add T1 site=North",
            "agent add Ann team=T1",
        ):
            self.do(text)

    def do(self, text: str) -> None:
        with contextlib.suppress(
            DomainError
        ):  # refusals are expected; invariants prove nothing half-written
            run(
                parse(text),
                factory=self.factory,
                workspace_id=self.workspace,
                actor=ADMIN,
                is_admin=True,
            )

    @rule(
        name=st.sampled_from(PROFILES),
        kind=st.sampled_from(
            ["blended chat=2", "exclusive channels=email", "blended_realtime chat=1"]
        ),
    )
    def create(self, name: str, kind: str) -> None:
        self.do(f'create "{name}" type={kind}')

    @rule(
        verb=st.sampled_from(["activate", "deactivate", "delete"]), name=st.sampled_from(PROFILES)
    )
    def lifecycle(self, verb: str, name: str) -> None:
        self.do(f'{verb} "{name}"')

    @rule(
        name=st.sampled_from(PROFILES),
        where=st.sampled_from(
            [("site", s) for s in SITES]
            + [("team", t) for t in TEAMS]
            + [("agent", a) for a in AGENTS]
        ),
    )
    def assign(self, name: str, where: tuple[str, str]) -> None:
        self.do(f'assign "{name}" {where[0]} {where[1]}')

    @rule(where=st.sampled_from([("team", t) for t in TEAMS] + [("agent", a) for a in AGENTS]))
    def unassign(self, where: tuple[str, str]) -> None:
        self.do(f"unassign {where[0]} {where[1]}")

    @rule(site=st.sampled_from(SITES), profile=st.sampled_from([*PROFILES, None]))
    def add_site(self, site: str, profile: str | None) -> None:
        self.do(f"site add {site}" + (f' profile="{profile}"' if profile else ""))

    @rule(team=st.sampled_from(TEAMS), site=st.sampled_from(SITES))
    def add_team(self, team: str, site: str) -> None:
        self.do(f"team add {team} site={site}" + (" kind=capacity" if team == "Cap" else ""))

    @rule(
        agent=st.sampled_from(AGENTS),
        teams=st.lists(st.sampled_from(TEAMS), min_size=1, max_size=2, unique=True),
    )
    def add_or_move_agent(self, agent: str, teams: list[str]) -> None:
        self.do(f"agent add {agent} team={','.join(teams)}")
        self.do(f"agent teams {agent} team={','.join(teams)}")

    @rule(
        kind=st.sampled_from(["site", "team", "agent"]),
        name=st.sampled_from(SITES + TEAMS + AGENTS),
    )
    def remove(self, kind: str, name: str) -> None:
        self.do(f"{kind} remove {name}")

    @rule(on=st.booleans())
    def switch(self, on: bool) -> None:
        self.do(f"settings multimedia={'on' if on else 'off'}")

    @invariant()
    def rules_hold(self) -> None:
        if hasattr(self, "workspace"):
            with self.factory(self.workspace, write=False) as uow:
                check_invariants(uow)


def test_random_command_sequences_keep_every_invariant(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    LifecycleMachine.factory = uow_factory
    LifecycleMachine.TestCase.settings = settings(
        max_examples=25,
        stateful_step_count=20,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    LifecycleMachine.TestCase().runTest()
