"""The assign, settings and delete forms, and the assign form's option search."""

from __future__ import annotations

from typing import Any

import pytest

from bot.ids import Action, Block, Callback
from domain.org import TeamKind
from domain.profiles import ProfileState
from tests.integration.bot.conftest import (
    MEMBER,
    RunningApp,
    answered_text,
    audit_actions,
    latest_audit,
    opened_view,
    state_of,
)
from tests.support.form_values import assign_values, settings_values


def _assign_form(app: RunningApp) -> dict[str, Any]:
    app.slack.command("assign")
    view = opened_view(app.standin)
    assert view["callback_id"] == Callback.ASSIGN
    return view


def _team_profile(app: RunningApp, team: str) -> str | None:
    with app.factory("T1", write=False) as uow:
        found = uow.teams.get_by_name(team)
        assert found is not None
        return found.profile_name


def test_the_assign_form_assigns_the_chosen_profile_once_however_often_it_is_submitted(
    seeded_app: RunningApp,
) -> None:
    view = _assign_form(seeded_app)
    values = assign_values("Sales", "team", "team:Support")

    first = seeded_app.slack.submit(view, values)
    second = seeded_app.slack.submit(view, values)

    assert first.json()["response_action"] == "update"
    assert second.json()["response_action"] == "update"
    assert _team_profile(seeded_app, "Support") == "Sales"
    assert audit_actions(seeded_app.factory).count("team.assign") == 1


def test_assigning_to_a_capacity_team_is_refused_next_to_the_target(seeded_app: RunningApp) -> None:
    view = _assign_form(seeded_app)

    answer = seeded_app.slack.submit(view, assign_values("Sales", "team", "team:Cap"))

    body = answer.json()
    assert body["response_action"] == "errors"
    assert "capacity-based" in body["errors"][Block.ASSIGN_TARGET]


def test_assigning_an_inactive_profile_is_refused_next_to_the_profile(
    seeded_app: RunningApp,
) -> None:
    view = _assign_form(seeded_app)

    answer = seeded_app.slack.submit(view, assign_values("Old", "site", "site:Empty"))

    assert "inactive" in answer.json()["errors"][Block.ASSIGN_PROFILE]


def test_an_assign_form_submitted_by_a_member_is_refused_and_audited(
    seeded_app: RunningApp,
) -> None:
    view = _assign_form(seeded_app)
    before = state_of(seeded_app.factory)

    answer = seeded_app.slack.submit(
        view, assign_values("Sales", "team", "team:Support"), user=MEMBER
    )

    assert answer.json()["response_action"] == "errors"
    assert state_of(seeded_app.factory) == before
    assert latest_audit(seeded_app.factory).action == "refused"


def _many_targets(app: RunningApp, count: int) -> None:
    with app.factory("T1") as uow:
        profile = uow.profiles.get_by_name("Sales")
        assert profile is not None
        site = uow.sites.add("Hub", profile.id)
        team_ids = []
        for n in range(count):
            uow.sites.add(f"Site {n:03}", profile.id)
            team_ids.append(uow.teams.add(f"Team {n:03}", site.id, TeamKind.AGENT).id)
        for n in range(count):
            uow.agents.add(f"Agent {n:03}", email=None, slack_user=None, team_ids=[team_ids[n]])
        uow.commit()


def _options(app: RunningApp, view: dict[str, Any], kind: str, text: str) -> list[str]:
    state = {"values": assign_values(None, kind, None)}
    answer = app.slack.suggest(
        Action.ASSIGN_TARGET, Block.ASSIGN_TARGET, text, {**view, "state": state}
    )
    assert answer.status == 200
    return [option["value"] for option in answer.json()["options"]]


def test_the_target_search_finds_sites_teams_and_agents_among_more_than_a_hundred(
    seeded_app: RunningApp,
) -> None:
    _many_targets(seeded_app, 130)
    view = _assign_form(seeded_app)

    assert _options(seeded_app, view, "site", "Site 12") == [
        f"site:Site {n}" for n in range(120, 130)
    ]
    assert _options(seeded_app, view, "team", "team 129") == ["team:Team 129"]
    assert _options(seeded_app, view, "agent", "Agent 007") == ["agent:Agent 007"]
    everything = _options(seeded_app, view, "agent", "")
    assert len(everything) == 100


def test_the_profile_search_offers_only_active_profiles(seeded_app: RunningApp) -> None:
    view = _assign_form(seeded_app)

    answer = seeded_app.slack.suggest(Action.ASSIGN_PROFILE, Block.ASSIGN_PROFILE, "", view)

    values = [option["value"] for option in answer.json()["options"]]
    assert values == ["Default_Telephony_Profile", "Sales"]


def test_settings_shows_them_and_opens_the_form_for_an_administrator(
    seeded_app: RunningApp,
) -> None:
    seeded_app.slack.command("settings")

    assert "Multimedia: on" in answered_text(seeded_app.standin)
    assert opened_view(seeded_app.standin)["callback_id"] == Callback.SETTINGS


def test_settings_shows_them_to_a_member_without_opening_the_form(seeded_app: RunningApp) -> None:
    seeded_app.slack.command("settings", user=MEMBER)

    assert "Multimedia: on" in answered_text(seeded_app.standin)
    assert seeded_app.standin.calls_to("views.open") == []


@pytest.mark.parametrize(
    ("values", "block", "words"),
    [
        (settings_values(timezone="Mars/Olympus"), Block.TIMEZONE, "Mars/Olympus"),
        (settings_values(schedule="daily"), Block.REPORT_SCHEDULE, "daily"),
    ],
)
def test_the_settings_form_shows_a_wrong_time_zone_or_schedule_next_to_its_field(
    seeded_app: RunningApp, values: dict[str, Any], block: str, words: str
) -> None:
    seeded_app.slack.command("settings")
    view = opened_view(seeded_app.standin)

    answer = seeded_app.slack.submit(view, values)

    assert words in answer.json()["errors"][block]


def test_saving_the_settings_form_changes_only_what_differs_and_posts_the_notice(
    seeded_app: RunningApp,
) -> None:
    seeded_app.slack.command("settings")
    view = opened_view(seeded_app.standin)

    first = seeded_app.slack.submit(
        view, settings_values(timezone="Europe/Budapest", audit_channel="CAUDIT")
    )
    second = seeded_app.slack.submit(
        view, settings_values(timezone="Europe/Budapest", audit_channel="CAUDIT")
    )

    assert first.json()["response_action"] == "update"
    assert "nothing changed" in str(second.json()["view"])
    with seeded_app.factory("T1", write=False) as uow:
        workspace = uow.workspaces.get()
    assert workspace is not None
    assert (workspace.timezone, workspace.audit_channel, workspace.multimedia_enabled) == (
        "Europe/Budapest",
        "CAUDIT",
        True,
    )
    assert audit_actions(seeded_app.factory).count("settings.change") == 2  # seeded, and this one
    notice = seeded_app.standin.wait_for("chat.postMessage")[0].params
    assert notice["channel"] == "CAUDIT"


def test_delete_asks_for_confirmation_and_deletes_only_after_it(seeded_app: RunningApp) -> None:
    seeded_app.slack.command("delete Old")
    view = opened_view(seeded_app.standin)
    assert view["callback_id"] == Callback.DELETE
    with seeded_app.factory("T1", write=False) as uow:
        assert uow.profiles.get_by_name("Old") is not None

    first = seeded_app.slack.submit(view, {})
    second = seeded_app.slack.submit(view, {})

    assert first.json()["response_action"] == "update"
    assert "no longer exists" in str(second.json()["view"])
    with seeded_app.factory("T1", write=False) as uow:
        assert [p.name for p in uow.profiles.list(ProfileState.ALL)] == [
            "Default_Telephony_Profile",
            "Sales",
        ]
    assert audit_actions(seeded_app.factory).count("profile.delete") == 1


def test_deleting_an_active_profile_is_refused_before_any_confirmation(
    seeded_app: RunningApp,
) -> None:
    seeded_app.slack.command("delete Sales")

    assert "deactivate" in answered_text(seeded_app.standin)
    assert seeded_app.standin.calls_to("views.open") == []


def test_import_opens_the_csv_paste_form_for_an_administrator(seeded_app: RunningApp) -> None:
    from bot.ids import ImportId

    seeded_app.slack.command("import")

    assert opened_view(seeded_app.standin)["callback_id"] == ImportId.PASTE_CALLBACK
