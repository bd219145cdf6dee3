"""A change notice carries message metadata, and a 5xx after Slack stored it is not repeated."""

from __future__ import annotations

from slackkit.client import make_web_client
from slackkit.notices import post_change_notice
from tests.support.slack_standin import ACCEPT_THEN_503, SlackStandIn

NOTICE = "admin created Spare"


def test_a_change_notice_names_its_workspace_in_its_metadata() -> None:
    with SlackStandIn() as slack:
        client = make_web_client("xoxb-test", slack.api_url)
        failed = post_change_notice(client, "C0AUDIT", NOTICE, workspace_id="T1")

    assert failed is None
    (notice,) = slack.posts("C0AUDIT")
    assert notice.metadata == {
        "event_type": "mmbot_change_notice",
        "event_payload": {"workspace": "T1"},
    }


def test_a_change_notice_answered_with_503_after_slack_stored_it_is_posted_once() -> None:
    with SlackStandIn() as slack:
        slack.script("chat.postMessage", ACCEPT_THEN_503)
        client = make_web_client("xoxb-test", slack.api_url)
        failed = post_change_notice(client, "C0AUDIT", NOTICE, workspace_id="T1")

    assert failed is not None  # reported as not confirmed, never raised
    assert len(slack.calls_to("chat.postMessage")) == 1
    assert len(slack.posts("C0AUDIT")) == 1
