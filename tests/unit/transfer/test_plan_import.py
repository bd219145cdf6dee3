"""Planning a document import: every rule checked first, every problem reported with where it is."""

from __future__ import annotations

from typing import Any

import pytest

from domain.transfer.document import ExportDocument
from domain.transfer.plan import plan_import
from domain.transfer.problems import ImportRefused
from domain.transfer.state import export_document
from domain.transfer.steps import ImportPlan, Kind, Outcome
from tests.support.texts import english
from tests.unit.transfer.states import state


def plan(data: dict[str, Any], *, multimedia: bool = True) -> ImportPlan:
    return plan_import(
        ExportDocument.model_validate(data), state(multimedia=multimedia), source="t.json"
    )


def problems(data: dict[str, Any], *, multimedia: bool = True) -> list[str]:
    with pytest.raises(ImportRefused) as refused:
        plan(data, multimedia=multimedia)
    return [english(line) for line in refused.value.all_lines()]


CHAT = {"name": "Chat Heavy", "type": "blended", "voice": 1, "chat": 5, "email": 0, "social": 0}


def test_the_workspace_own_export_plans_no_change() -> None:
    document = export_document(state())
    result = plan_import(document, state(), source="t.json")
    assert not result.changes_anything
    # settings, two profiles (the system one is not exported), the site, two teams, the agent
    assert result.total(Outcome.KEEP) == 1 + 2 + 1 + 2 + 1


def test_new_changed_and_unchanged_objects_are_told_apart() -> None:
    result = plan(
        {
            "profiles": [
                CHAT | {"chat": 4},
                {"name": "Mail", "type": "blended", "voice": 0, "chat": 0, "email": 3, "social": 0},
            ],
            "sites": [{"name": "budapest", "profile": "chat heavy"}],
            "agents": [{"name": "Ann", "teams": ["tier 1"], "email": "ann@example.com"}],
        }
    )
    assert [(s.item.name, s.outcome, s.changed) for s in result.profiles] == [
        ("Chat Heavy", Outcome.CHANGE, ("chat",)),
        ("Mail", Outcome.CREATE, ()),
    ]
    assert result.sites[0].outcome is Outcome.KEEP
    assert result.sites[0].item.name == "Budapest"
    assert result.agents[0].changed == ("email",)
    assert result.counts[Kind.SETTINGS] == {}


def test_every_invalid_profile_is_reported_by_the_profile_rules() -> None:
    lines = problems(
        {
            "profiles": [
                CHAT | {"voice": 3},
                CHAT | {"name": "Real", "type": "blended_realtime", "chat": 0},
                CHAT | {"name": "Bad/Name"},
            ]
        }
    )
    assert lines == [
        'profile "Chat Heavy": voice=3 is out of range for a blended profile: 0 or 1.',
        'profile "Real": chat=0 is out of range for a blended_realtime profile: 1–5.',
        "profile \"Bad/Name\": The name contains '/' (character 4); only ASCII letters, digits, "
        "space, '-' and '_' are allowed.",
    ]


def test_the_default_profile_may_be_listed_but_never_changed() -> None:
    default = {
        "name": "Default_Telephony_Profile",
        "description": "System default profile",
        "type": "blended",
        "voice": 1,
        "chat": 0,
        "email": 0,
        "social": 0,
    }
    assert plan({"profiles": [default]}).profiles[0].outcome is Outcome.KEEP
    assert "cannot be edited or renamed" in problems({"profiles": [default | {"chat": 1}]})[0]
    assert "cannot be deactivated" in problems({"profiles": [default | {"active": False}]})[0]


def test_an_inactive_profile_cannot_be_assigned_unless_the_document_activates_it() -> None:
    site = {"name": "Szeged", "profile": "Old"}
    assert 'Profile "Old" is inactive' in problems({"sites": [site]})[0]
    old = {"name": "Old", "type": "blended", "voice": 0, "chat": 0, "email": 1, "social": 0}
    result = plan({"profiles": [old], "sites": [site]})
    assert result.profiles[0].changed == ("active",)


def test_deactivating_a_profile_that_stays_assigned_is_refused_with_its_references() -> None:
    lines = problems({"profiles": [CHAT | {"active": False}]})
    assert lines == [
        'profile "Chat Heavy": Profile "Chat Heavy" is still assigned to 1 site, team or '
        'agent: site "Budapest". Assign it another profile first.'
    ]
    moved = {"name": "Budapest", "profile": "Default_Telephony_Profile"}
    assert plan({"profiles": [CHAT | {"active": False}], "sites": [moved]}).sites[0].changed == (
        "profile",
    )


def test_a_capacity_team_never_gets_a_profile() -> None:
    team = {"name": "Overflow", "site": "Budapest", "kind": "capacity", "profile": "Chat Heavy"}
    assert "capacity-based" in problems({"teams": [team]})[0]


def test_assignments_respect_the_multimedia_switch_unless_the_document_turns_it_on() -> None:
    data: dict[str, Any] = {
        "teams": [{"name": "Tier 1", "site": "Budapest", "profile": "Chat Heavy"}]
    }
    assert "Multimedia is off" in problems(data, multimedia=False)[0]
    turned_on = plan(data | {"settings": {"multimedia": True}}, multimedia=False)
    assert turned_on.teams[0].changed == ("profile",)
    assert turned_on.settings is not None
    assert turned_on.settings.changed == ("multimedia",)


def test_references_to_unknown_objects_suggest_the_closest_names() -> None:
    lines = problems(
        {
            "teams": [{"name": "Tier 2", "site": "Budapst"}],
            "agents": [{"name": "Bo", "teams": ["Tier 3"], "profile": "Chat Hevy"}],
        }
    )
    assert lines == [
        'team "Tier 2": There is no site named "Budapst". Did you mean "Budapest"?',
        'agent "Bo": There is no team named "Tier 3". Did you mean "Tier 2", "Tier 1"?',
        'agent "Bo": There is no profile named "Chat Hevy". Did you mean "Chat Heavy"?',
    ]


def test_a_team_cannot_be_moved_to_another_site_or_kind_by_an_import() -> None:
    lines = problems(
        {
            "sites": [{"name": "Szeged", "profile": "Default_Telephony_Profile"}],
            "teams": [
                {"name": "Tier 1", "site": "Szeged"},
                {"name": "Overflow", "site": "Budapest", "kind": "agent"},
            ],
        }
    )
    assert "cannot move it" in lines[0]
    assert "cannot make it agent-based" in lines[1]


def test_a_name_given_twice_is_refused_naming_the_first() -> None:
    lines = problems({"profiles": [CHAT, CHAT | {"name": "chat heavy"}]})
    assert lines == [
        'profile "chat heavy": profile "chat heavy" is given again; it was first given at '
        'profile "Chat Heavy".'
    ]


def test_bad_settings_are_refused() -> None:
    lines = problems({"settings": {"timezone": "Mars/Olympus", "report_schedule": "daily"}})
    assert lines[0].startswith("settings: 'Mars/Olympus' is not a time zone")
