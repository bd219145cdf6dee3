"""The sandbox's Web API stand-in answers as Slack does, and keeps what the app sent."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from sandbox import people
from sandbox.server import Sandbox, database_path, reset

MODAL = {"type": "modal", "title": {"type": "plain_text", "text": "One"}, "blocks": []}


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sandbox]:
    """One sandbox for these tests (seeding takes a second): each looks only at what it did."""
    running = Sandbox(port=0, directory=tmp_path_factory.mktemp("sandbox"))
    thread = running.start_in_thread()
    yield running
    running.shutdown()
    thread.join(timeout=10)


def client(sandbox: Sandbox, token: str | None = None) -> WebClient:
    return WebClient(token=token or sandbox.config.bot_token, base_url=sandbox.config.slack_api_url)


def refused_status(request: urllib.request.Request) -> int:
    """The HTTP status of a request the sandbox refuses (the error's response is closed)."""
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    with refused.value as error:
        return error.code


def page_request(
    sandbox: Sandbox, name: str, body: dict[str, Any], **headers: str
) -> urllib.request.Request:
    return urllib.request.Request(
        f"{sandbox.url}/sandbox/{name}",
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json", **headers},
    )


def page_call(sandbox: Sandbox, name: str, body: dict[str, Any]) -> Any:
    with urllib.request.urlopen(page_request(sandbox, name, body), timeout=10) as response:
        return json.loads(response.read())


def test_a_wrong_token_is_refused_like_slack_refuses_it(sandbox: Sandbox) -> None:
    with pytest.raises(SlackApiError) as refused:
        client(sandbox, "xoxb-not-the-sandbox").auth_test()

    assert refused.value.response["error"] == "invalid_auth"
    assert client(sandbox).auth_test()["user_id"] == people.BOT_USER_ID


def test_views_update_with_a_stale_hash_is_a_hash_conflict(sandbox: Sandbox) -> None:
    web = client(sandbox)
    trigger = sandbox.state.issue(people.ADMIN.id, people.CONTACT_CENTER.id)
    view = MODAL
    opened = web.views_open(trigger_id=trigger, view=view)["view"]

    updated = web.views_update(view_id=opened["id"], hash=opened["hash"], view=view)["view"]
    with pytest.raises(SlackApiError) as stale:
        web.views_update(view_id=opened["id"], hash=opened["hash"], view=view)

    assert stale.value.response["error"] == "hash_conflict"
    assert updated["hash"] != opened["hash"]
    assert sandbox.state.surfaces.modal_stack(people.ADMIN.id)[0].id == opened["id"]


def test_a_made_up_trigger_id_opens_nothing(sandbox: Sandbox) -> None:
    with pytest.raises(SlackApiError) as refused:
        client(sandbox).views_open(trigger_id="1.2.made-up", view=MODAL)

    assert refused.value.response["error"] == "invalid_trigger_id"


def test_a_posted_message_with_metadata_comes_back_from_the_channel_history(
    sandbox: Sandbox,
) -> None:
    web = client(sandbox)
    metadata = {"event_type": "mm_report", "event_payload": {"run": 7}}
    posted = web.chat_postMessage(channel=people.REPORTS.id, text="report", metadata=metadata)

    with_metadata = web.conversations_history(channel=people.REPORTS.id, include_all_metadata=True)
    without = web.conversations_history(channel=people.REPORTS.id)

    assert with_metadata["messages"][0]["ts"] == posted["ts"]
    assert with_metadata["messages"][0]["metadata"] == metadata
    assert "metadata" not in without["messages"][0]


def test_users_info_tells_the_administrator_from_the_member(sandbox: Sandbox) -> None:
    web = client(sandbox)

    assert web.users_info(user=people.ADMIN.id)["user"]["is_admin"] is True
    assert web.users_info(user=people.MEMBER.id)["user"]["is_admin"] is False


def test_a_request_naming_another_host_is_refused(sandbox: Sandbox) -> None:
    request = page_request(sandbox, "state", {"user": people.ADMIN.id}, Host="evil.example:80")

    assert refused_status(request) == 421


def test_the_page_endpoints_take_only_json(sandbox: Sandbox) -> None:
    request = urllib.request.Request(
        f"{sandbox.url}/sandbox/send",
        data=b"user=U0ANNA&channel=C0CONTACT&text=hi",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )

    assert refused_status(request) == 415
    assert sandbox.state.history(people.CONTACT_CENTER.id) == []


def test_a_slash_command_from_the_page_reaches_the_app_signed_and_its_answer_comes_back(
    sandbox: Sandbox,
) -> None:
    page_call(
        sandbox,
        "send",
        {"user": people.ADMIN.id, "channel": people.CONTACT_CENTER.id, "text": "/mmprofile list"},
    )

    seen = page_call(sandbox, "state", {"user": people.ADMIN.id})["messages"]
    assert seen[-2]["command"] is True
    assert seen[-1]["user"] == people.BOT_USER_ID
    assert "Chat Heavy" in seen[-1]["text"]
    # Ephemeral: the member does not see it.
    member_sees = page_call(sandbox, "state", {"user": people.MEMBER.id})["messages"]
    assert not [m for m in member_sees if m["channel"] == people.CONTACT_CENTER.id]


def test_the_server_listens_on_loopback_only(sandbox: Sandbox) -> None:
    assert sandbox.url.startswith("http://127.0.0.1:")


def test_reset_starts_over_with_the_seeded_contact_center(tmp_path: Path) -> None:
    first = Sandbox(port=0, directory=tmp_path)
    assert first.seeded_now
    first.close()
    again = Sandbox(port=0, directory=tmp_path)
    assert not again.seeded_now
    again.close()

    removed = reset(tmp_path)

    assert database_path(tmp_path) in removed
    fresh = Sandbox(port=0, directory=tmp_path)
    assert fresh.seeded_now
    fresh.close()


def test_what_slack_would_refuse_for_its_size_the_stand_in_refuses_too(sandbox: Sandbox) -> None:
    web = client(sandbox)
    divider = {"type": "divider"}
    trigger = sandbox.state.issue(people.ADMIN.id, people.CONTACT_CENTER.id)
    long_title = {"type": "modal", "title": {"type": "plain_text", "text": "x" * 25}, "blocks": []}

    with pytest.raises(SlackApiError) as too_many:
        web.chat_postMessage(channel=people.REPORTS.id, text="t", blocks=[divider] * 51)
    with pytest.raises(SlackApiError) as too_long:
        web.views_open(trigger_id=trigger, view=long_title)

    assert too_many.value.response["error"] == "invalid_blocks"
    assert too_long.value.response["error"] == "invalid_arguments"


def test_a_page_from_another_origin_cannot_drive_the_sandbox(sandbox: Sandbox) -> None:
    body = {"user": people.ADMIN.id, "channel": people.CONTACT_CENTER.id, "text": "hi"}
    request = page_request(sandbox, "send", body, Origin="http://evil.example")

    assert refused_status(request) == 403


def test_a_body_that_is_not_json_is_a_bad_request_not_a_crash(sandbox: Sandbox) -> None:
    for path in ("/sandbox/send", "/api/chat.postMessage", "/response/whatever"):
        request = urllib.request.Request(
            sandbox.url + path, data=b"{not json", headers={"Content-Type": "application/json"}
        )
        assert refused_status(request) == 400, path
