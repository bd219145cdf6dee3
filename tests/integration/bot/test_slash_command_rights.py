"""Every change needs an administrator; a refusal says why, is audited, and changes nothing."""

from __future__ import annotations

import pytest

from tests.integration.bot.conftest import (
    ADMIN_GROUP,
    MEMBER,
    RunningApp,
    answered_text,
    latest_audit,
    state_of,
)

CHANGING_COMMANDS = [
    "create Support_Profile type=blended chat=3",
    "create",
    "import",
    "edit Sales chat=3",
    "edit Sales",
    "activate Old",
    "deactivate Sales",
    "delete Old",
    "assign Sales team Support",
    "assign",
    "unassign agent Bob",
    "site add Vienna",
    "site remove Empty",
    "team add Night site=Budapest",
    "team remove Cap",
    "agent add Ann team=Support",
    "agent remove Bob",
    "agent teams Bob team=Support,Cap",
    "settings multimedia=off",
]


@pytest.mark.parametrize("text", CHANGING_COMMANDS)
def test_a_member_who_is_not_an_administrator_is_refused_with_the_reason_and_it_is_audited(
    seeded_app: RunningApp, text: str
) -> None:
    before = state_of(seeded_app.factory)

    answer = seeded_app.slack.command(text, user=MEMBER)

    assert answer.status == 200
    assert "Only mmbot administrators can" in answered_text(seeded_app.standin)
    assert state_of(seeded_app.factory) == before
    refusal = latest_audit(seeded_app.factory)
    assert refusal.action == "refused"
    assert (refusal.actor.kind, refusal.actor.id) == ("slack", MEMBER)
    assert seeded_app.standin.calls_to("views.open") == []


@pytest.mark.parametrize(
    "text", ["list all", "show Sales", "usage Sales", "effective Bob", "report"]
)
def test_a_member_may_read_without_being_an_administrator(
    seeded_app: RunningApp, text: str
) -> None:
    seeded_app.slack.command(text, user=MEMBER)

    assert "Only mmbot administrators" not in answered_text(seeded_app.standin)


def test_a_workspace_admin_is_an_administrator_without_being_configured(
    seeded_app: RunningApp,
) -> None:
    seeded_app.standin.set_default(
        "users.info", {"ok": True, "user": {"id": "UBOSS", "is_admin": True, "is_owner": False}}
    )

    seeded_app.slack.command("site add Vienna", user="UBOSS")

    assert 'Added site "Vienna"' in answered_text(seeded_app.standin)


def test_a_member_of_the_configured_user_group_is_an_administrator(seeded_app: RunningApp) -> None:
    seeded_app.standin.set_default("usergroups.users.list", {"ok": True, "users": ["UGROUP"]})

    seeded_app.slack.command("site add Vienna", user="UGROUP")

    assert 'Added site "Vienna"' in answered_text(seeded_app.standin)
    assert (
        seeded_app.standin.calls_to("usergroups.users.list")[0].params["usergroup"] == ADMIN_GROUP
    )
