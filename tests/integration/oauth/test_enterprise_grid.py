"""Enterprise Grid: an org-wide install serves each workspace of the organization as its own."""

from __future__ import annotations

from sqlalchemy import select

from storage.installation_tables import installations
from tests.integration.oauth.conftest import OAuthApp
from tests.support.bot_server import Answer
from tests.support.oauth import install
from tests.support.signing import slash_command_body
from tests.support.slack_standin import Team

ORG = Team(None, enterprise_id="E1", is_enterprise_install=True, bot_user_id="UBOTORG")
ORG_ADMIN = "WORGADMIN"


def command_from(app: OAuthApp, team_id: str, text: str, **extra: str) -> Answer:
    body = slash_command_body(
        text,
        user_id=ORG_ADMIN,
        team_id=team_id,
        response_url=app.standin.response_url(team_id or "none"),
        extra=extra,
    )
    answer = app.sender(team_id).post(body)
    if answer.status == 200 and answer.body.startswith("{"):
        app.standin.show_ack_answer(answer.json())  # answered in the ack, not via response_url
    return answer


def test_an_org_wide_install_is_stored_with_its_enterprise_id_and_no_team(
    oauth_app: OAuthApp,
) -> None:
    install(oauth_app.base_url, oauth_app.standin, ORG)
    with oauth_app.factory.engine.connect() as connection:
        row = connection.execute(
            select(
                installations.c.enterprise_id,
                installations.c.team_id,
                installations.c.is_enterprise_install,
            )
        ).one()
    assert tuple(row) == ("E1", None, True)
    assert oauth_app.factory.workspace_ids() == []  # a workspace is its team, not the org


def test_a_workspace_of_the_organization_is_answered_with_the_org_token_as_its_own_workspace(
    oauth_app: OAuthApp,
) -> None:
    install(oauth_app.base_url, oauth_app.standin, ORG)
    (org_token,) = oauth_app.standin.tokens_of(None)
    answer = command_from(oauth_app, "T9", "list", enterprise_id="E1", is_enterprise_install="true")
    assert answer.status == 200
    (shown,) = oauth_app.standin.wait_for("response_url")
    assert "Default_Telephony_Profile" in str(shown.params["text"])
    assert oauth_app.factory.workspace_ids() == ["T9"]
    # The scheduler and the CLI find the org's token for the workspace.
    assert oauth_app.tokens().tokens_for("T9") == org_token
    assert oauth_app.tokens().tokens_for("T8") is None

    command_from(
        oauth_app,
        "T9",
        "create Grid type=blended chat=1",
        enterprise_id="E1",
        is_enterprise_install="true",
    )
    # Asked once for the admin check and once, after the answer, for the user's locale.
    asked = oauth_app.standin.wait_for("users.info")
    assert asked
    assert all(call.token == org_token for call in asked)
    assert all(call.params["team_id"] == "T9" for call in asked)


def test_a_payload_with_neither_team_nor_organization_is_refused(oauth_app: OAuthApp) -> None:
    assert command_from(oauth_app, "", "list").status == 400
    assert oauth_app.standin.calls_to("response_url") == []
    assert oauth_app.factory.workspace_ids() == []
