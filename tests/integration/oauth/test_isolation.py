"""Two workspaces installed through the real flow: each one's traffic uses only its own token."""

from __future__ import annotations

from domain.report_runs import RunOutcome
from tests.integration.oauth.conftest import (
    ADMIN_A,
    ADMIN_B,
    CHANNELS,
    OAuthApp,
    run_reports,
    token_of,
)
from tests.support.form_values import profile_values

# Calls that carry no bot token by design: answers to response_url, the code exchange.
TOKENLESS = {"response_url", "oauth.v2.access"}


def test_commands_forms_home_reports_and_notices_use_only_their_workspaces_token(
    two: OAuthApp,
) -> None:
    standin = two.standin
    for team, admin in (("TA", ADMIN_A), ("TB", ADMIN_B)):
        sender = two.sender(team)
        sender.command(f"create Made{team} type=blended chat=1", user=admin)  # a change notice
        sender.command("create", user=admin)  # a form
        sender.event({"type": "app_home_opened", "user": admin, "tab": "home"})
    standin.wait_for("views.publish", 2)
    for team, admin in (("TA", ADMIN_A), ("TB", ADMIN_B)):
        (opened,) = standin.calls_with(token_of(two, team), "views.open")
        view = opened.params["view"]
        two.sender(team).submit(view, profile_values(f"Form{team}", chat="1"), user=admin)
    standin.wait_for("chat.postMessage", 4)  # two change notices in each workspace
    assert run_reports(two) == {"TA": RunOutcome.POSTED, "TB": RunOutcome.POSTED}

    for team, admin in (("TA", ADMIN_A), ("TB", ADMIN_B)):
        token = token_of(two, team)
        posted = [call.params["channel"] for call in standin.calls_with(token, "chat.postMessage")]
        assert sorted(posted) == sorted([CHANNELS[team]["audit"]] * 2 + [CHANNELS[team]["report"]])
        assert len(standin.calls_with(token, "views.open")) == 1
        # Opened once, then re-published after each change (App Home follows the changes).
        homes = standin.calls_with(token, "views.publish")
        assert homes
        assert {home.params["user_id"] for home in homes} == {admin}
    mine = standin.tokens_of("TA") | standin.tokens_of("TB")
    assert all(call.token in mine for call in standin.calls if call.method not in TOKENLESS)


def test_no_request_pays_an_extra_auth_test(two: OAuthApp) -> None:
    sender = two.sender("TA")
    for _ in range(3):
        sender.command("list", user=ADMIN_A)
    two.standin.wait_for("response_url", 3)
    # One when installed (the bot id), one for the first request; later ones use the cache.
    assert len(two.standin.calls_with(token_of(two, "TA"), "auth.test")) == 2


def test_an_administrator_of_one_workspace_is_a_member_in_the_other(two: OAuthApp) -> None:
    two.sender("TB").command("create Intruder type=blended chat=1", user=ADMIN_A)
    answer = two.standin.wait_for("response_url")[0]
    assert "administrator" in str(answer.params.get("text"))
    # The admin check, and (after the answer) the user's locale: both with TB's own token.
    asked = two.standin.calls_to("users.info")
    admin_checks = [call for call in asked if "include_locale" not in call.params]
    assert [call.params for call in admin_checks] == [{"user": ADMIN_A, "team_id": "TB"}]
    assert all(call.token == token_of(two, "TB") for call in asked)
    with two.factory("TB", write=False) as uow:
        assert uow.profiles.get_by_name("Intruder") is None

    two.sender("TA").command("create Welcome type=blended chat=1", user=ADMIN_A)
    two.standin.wait_for("response_url", 2)
    with two.factory("TA", write=False) as uow:
        assert uow.profiles.get_by_name("Welcome") is not None
