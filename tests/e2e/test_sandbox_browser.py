"""The sandbox driven like a newcomer would: typing commands, filling forms, pressing buttons."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect
from slack_sdk import WebClient

from sandbox import people
from sandbox.server import Sandbox

pytestmark = pytest.mark.slow


def send(page: Any, text: str) -> None:
    box = page.locator("#message-box")
    box.fill(text)
    box.press("Enter")


def modal(page: Any) -> Any:
    return page.locator("#modal-layer .modal")


def field(page: Any, block_id: str) -> Any:
    return modal(page).locator(f'.bk-input-block[data-block-id="{block_id}"]')


def channel_posts(page: Any) -> Any:
    """Messages everybody in the conversation sees (not the ephemeral ones)."""
    return page.locator("#messages .message:not(.ephemeral)")


def test_an_administrator_lists_creates_with_a_field_error_first_and_the_channel_sees_the_notice(
    page: Any,
) -> None:
    send(page, "/mmprofile list")
    answer = page.locator("#messages .message.ephemeral.from-app").last
    expect(answer.locator("pre.code-block")).to_contain_text("Chat Heavy")
    expect(answer).to_contain_text("Only visible to you")

    send(page, "/mmprofile create")
    expect(modal(page).locator(".modal-title")).to_have_text("New profile")
    field(page, "name").locator("input").fill("Weekend Chat")
    field(page, "voice").locator("input").fill("7")
    field(page, "chat").locator("input").fill("3")
    modal(page).locator(".modal-submit").click()

    error = field(page, "voice").locator(".bk-error")
    expect(error).to_be_visible()
    expect(error).to_contain_text("0 or 1")
    expect(field(page, "chat").locator(".bk-error")).to_be_hidden()
    # The form keeps what was typed while it shows the error.
    expect(field(page, "name").locator("input")).to_have_value("Weekend Chat")

    field(page, "voice").locator("input").fill("1")
    modal(page).locator(".modal-submit").click()
    expect(modal(page)).to_contain_text("Weekend Chat")
    modal(page).locator(".modal-footer .bk-button").first.click()
    expect(modal(page)).to_have_count(0)

    expect(channel_posts(page).last).to_contain_text("Weekend Chat")
    send(page, "/mmprofile list")
    expect(page.locator("#messages .message.from-app pre").last).to_contain_text("Weekend Chat")


def test_changing_the_type_redraws_the_form_with_views_update(page: Any) -> None:
    send(page, "/mmprofile create")
    modal(page).locator(".modal-submit").click()
    # Like Slack's client, the page itself refuses an empty required field.
    expect(field(page, "name").locator(".bk-error")).to_have_text(
        "Please complete this required field."
    )
    field(page, "name").locator("input").fill("Mail Only")
    field(page, "type").locator("select").select_option("exclusive")

    channels = field(page, "channels")
    expect(channels.locator("input[type=checkbox]")).to_have_count(4)
    expect(field(page, "voice")).to_have_count(0)
    expect(field(page, "name").locator("input")).to_have_value("Mail Only")
    channels.get_by_text("Email").click()
    modal(page).locator(".modal-submit").click()
    expect(modal(page)).to_contain_text("Mail Only")


def test_app_home_shows_the_profiles_and_its_buttons_open_the_form_and_send_the_report(
    page: Any,
) -> None:
    page.locator("#app-link").click()
    home = page.locator("#home")
    expect(home.locator(".bk-header").first).to_have_text("Multimedia profiles")
    expect(home).to_contain_text("Night Shift")

    home.get_by_role("button", name="Create a profile").click()
    expect(modal(page).locator(".modal-title")).to_have_text("New profile")
    modal(page).locator(".modal-x").click()
    expect(modal(page)).to_have_count(0)

    home.get_by_role("button", name="Run the report").click()
    page.locator("#app-tabs").get_by_role("tab", name="Messages").click()
    report = page.locator("#messages .message.from-app").last
    expect(report.locator(".bk-header")).to_have_text("Multimedia profile report")
    expect(report).to_contain_text("Weekend Pilot")


def test_an_app_home_rows_menu_runs_what_it_offers(page: Any) -> None:
    page.locator("#app-link").click()
    home = page.locator("#home")
    row = home.locator(".bk-section", has_text="Night Shift")
    expect(row).to_be_visible()
    expect(home).not_to_contain_text("is not drawn by the sandbox")

    row.get_by_role("button", name="More actions").click()
    menu = row.get_by_role("menu")
    expect(menu.get_by_role("menuitem")).to_have_text(["Edit", "Activate", "Usage", "Delete"])
    menu.get_by_role("menuitem", name="Usage").click()
    expect(menu).to_be_hidden()

    row.get_by_role("button", name="More actions").click()
    row.get_by_role("menuitem", name="Activate").click()
    # App Home is published again after the change: the row is active and offers Deactivate.
    expect(home).to_contain_text("Inactive profiles (0)")
    row.get_by_role("button", name="More actions").click()
    expect(row.get_by_role("menuitem", name="Deactivate")).to_be_visible()
    page.keyboard.press("Escape")
    expect(row.get_by_role("menu")).to_be_hidden()

    # From App Home, with no response_url, the answers arrive in the app's Messages tab.
    page.locator("#app-tabs").get_by_role("tab", name="Messages").click()
    answers = page.locator("#messages .message.from-app")
    expect(answers.filter(has_text='Profile "Night Shift" is named by')).to_have_count(1)
    expect(answers.filter(has_text='Profile "Night Shift" is active again')).to_have_count(1)
    page.locator(f'[data-channel="{people.CONTACT_CENTER.id}"]').click()
    expect(channel_posts(page).last).to_contain_text("Night Shift")


def test_assigning_through_the_searchable_pickers_posts_the_change_notice(page: Any) -> None:
    send(page, "/mmprofile assign")
    expect(modal(page).locator(".modal-title")).to_have_text("Assign a profile")

    profile = field(page, "assign_profile").locator("input")
    profile.fill("week")
    options = field(page, "assign_profile").locator(".bk-option")
    expect(options).to_have_count(1)
    options.first.click()
    expect(profile).to_have_value("Weekend Pilot")

    field(page, "assign_kind").locator("select").select_option("team")
    target = field(page, "assign_target").locator("input")
    target.fill("ugy")  # accents ignored: finds Ügyfélszolgálat
    found = field(page, "assign_target").locator(".bk-option")
    expect(found).to_have_count(1)
    expect(found.first).to_contain_text("Ügyfélszolgálat")
    found.first.click()
    modal(page).locator(".modal-submit").click()

    expect(modal(page)).to_contain_text("Ügyfélszolgálat")
    modal(page).locator(".modal-x").click()
    expect(channel_posts(page).last).to_contain_text("Weekend Pilot")
    expect(channel_posts(page).last).to_contain_text("Ügyfélszolgálat")


def test_the_report_lands_in_the_report_channel(page: Any) -> None:
    page.locator(f'[data-channel="{people.REPORTS.id}"]').click()
    page.locator("#post-report").click()
    report = channel_posts(page).last
    expect(report.locator(".bk-header")).to_have_text("Multimedia profile report")
    expect(report).to_contain_text("Night Shift")
    expect(report).to_contain_text("Weekend Pilot")
    expect(page.locator("#report-result")).to_contain_text("Posted the report")


def test_a_member_may_read_but_is_refused_the_create_form(page: Any) -> None:
    page.locator("#user-switch").select_option(people.MEMBER.id)
    send(page, '/mmprofile show "Chat Heavy"')
    expect(page.locator("#messages .message.from-app").last).to_contain_text("Chat Heavy")

    send(page, "/mmprofile create")
    refusal = page.locator("#messages .message.ephemeral.from-app").last
    expect(refusal).to_contain_text("Only mmbot administrators can")
    expect(modal(page)).to_have_count(0)

    # A button has no response_url: the refusal arrives in the app's Messages tab.
    page.locator("#app-link").click()
    page.locator("#home").get_by_role("button", name="Create a profile").click()
    page.locator("#app-tabs").get_by_role("tab", name="Messages").click()
    expect(page.locator("#messages .message.from-app").last).to_contain_text(
        "Only mmbot administrators can"
    )
    expect(modal(page)).to_have_count(0)


def test_text_from_users_and_the_app_is_shown_as_text_never_as_html(
    page: Any, sandbox: Sandbox
) -> None:
    send(page, "<img src=x onerror=\"document.title='owned'\"> *bold* `code`")
    said = page.locator("#messages .message").last
    expect(said).to_contain_text("<img src=x")
    send(page, '/mmprofile show "<b>nope</b>"')
    expect(page.locator("#messages .message.from-app").last).to_contain_text("<b>nope</b>")

    assert page.locator("#messages img, #messages b").count() == 0
    assert page.title() == "mmbot sandbox"


def test_mrkdwn_is_drawn_as_slack_draws_it_and_unsafe_links_stay_text(page: Any) -> None:
    source = (
        "<@U0ANNA> *bold* _it_ ~gone~ `x&lt;y` &lt;b&gt;\n&gt; quoted\n```\na &amp; b\n```"
        "<https://example.com/a?b=1|a link> <javascript:alert(1)|bad>"
    )
    drawn = page.evaluate(
        """(source) => {
            const names = {userName: (id) => id === "U0ANNA" ? "Kovács Anna" : null};
            const root = Mrkdwn.render(source, names);
            const first = (selector) => root.querySelector(selector).textContent;
            return {
                mention: first(".mention"),
                bold: first("strong"),
                italic: first("em"),
                struck: first("s"),
                code: first("code"),
                quote: first("blockquote"),
                block: first("pre"),
                links: [...root.querySelectorAll("a")].map((a) => a.href),
                tags: [...root.querySelectorAll("*")].map((n) => n.tagName.toLowerCase()),
                text: root.textContent,
            };
        }""",
        source,
    )

    assert drawn["mention"] == "@Kovács Anna"
    assert (drawn["bold"], drawn["italic"], drawn["struck"]) == ("bold", "it", "gone")
    assert drawn["code"] == "x<y"
    assert drawn["quote"] == "quoted"
    assert drawn["block"] == "a & b"
    assert drawn["links"] == ["https://example.com/a?b=1"]
    assert "<b>" in drawn["text"]
    assert "<javascript:alert(1)|bad>" in drawn["text"]
    assert set(drawn["tags"]) <= {
        "span",
        "strong",
        "em",
        "s",
        "code",
        "blockquote",
        "pre",
        "a",
        "br",
    }


def test_the_message_box_recalls_earlier_commands_with_the_arrow_keys(page: Any) -> None:
    send(page, "/mmprofile help")
    send(page, "/mmprofile list all")
    expect(page.locator("#messages .message.from-app")).to_have_count(2)
    box = page.locator("#message-box")
    box.press("ArrowUp")
    expect(box).to_have_value("/mmprofile list all")
    box.press("ArrowUp")
    expect(box).to_have_value("/mmprofile help")
    box.press("ArrowDown")
    box.press("ArrowDown")
    expect(box).to_have_value("")


def test_a_button_with_a_confirm_object_asks_first(page: Any, sandbox: Sandbox) -> None:
    confirm = {
        "title": {"type": "plain_text", "text": "Really?"},
        "text": {"type": "mrkdwn", "text": "This deletes *everything*."},
        "confirm": {"type": "plain_text", "text": "Delete"},
        "deny": {"type": "plain_text", "text": "Keep it"},
        "style": "danger",
    }
    button = {
        "type": "button",
        "action_id": "demo_delete",
        "text": {"type": "plain_text", "text": "Delete all"},
        "confirm": confirm,
    }
    web = WebClient(token=sandbox.config.bot_token, base_url=sandbox.config.slack_api_url)
    web.chat_postMessage(
        channel=people.CONTACT_CENTER.id,
        text="demo",
        blocks=[{"type": "actions", "block_id": "demo", "elements": [button]}],
    )

    page.get_by_role("button", name="Delete all").click()
    dialog = page.get_by_role("alertdialog")
    expect(dialog).to_contain_text("Really?")
    expect(dialog.locator("strong")).to_have_text("everything")
    dialog.get_by_role("button", name="Keep it").click()
    expect(dialog).to_have_count(0)
