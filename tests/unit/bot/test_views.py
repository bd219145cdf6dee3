"""The Block Kit builders are pure functions that stay inside Slack's limits."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.forms.profile import ProfileDraft, form_errors
from bot.ids import Action, Block, Callback
from bot.views.assign_form import assign_form, parse_target, target_options, target_value
from bot.views.confirm import delete_confirmation, result_view
from bot.views.home import home_view
from bot.views.profile_form import profile_form
from bot.views.replies import reply_message
from bot.views.settings_form import settings_form
from domain.audit import Actor, ActorKind
from domain.commands.model import TargetKind
from domain.commands.replies import Reply, Table
from domain.errors import DomainError
from domain.messages import msg
from domain.profiles import Channel, Profile, ProfileType
from domain.services.profiles import ProfileFields, build_spec
from domain.services.report import Report
from domain.workspace import Workspace
from slackkit.blocks import (
    BLOCK_TEXT_MAX,
    MESSAGE_BLOCKS_MAX,
    OPTIONS_MAX,
    SECTION_TEXT_MAX,
    block_text_length,
)
from slackkit.text import escape, slack_translator
from tests.support.texts import english

NOW = datetime(2026, 1, 1, tzinfo=UTC)


def _profile(name: str, *, active: bool = True, chat: int = 2) -> Profile:
    return Profile(
        id=1, name=name, type=ProfileType.BLENDED, voice=1, chat=chat, email=0, social=0,
        active=active, created_at=NOW, created_by="x", updated_at=NOW, updated_by="x",
        status_changed_at=NOW, status_changed_by="x",
    )  # fmt: skip


def _error_for(fields: ProfileFields) -> DomainError:
    try:
        build_spec(fields)
    except DomainError as error:
        return error
    raise AssertionError("expected a refusal")


def test_a_reply_becomes_sections_with_the_table_in_a_code_block_and_a_plain_fallback() -> None:
    reply = Reply(
        headline=msg("list.headline", count=2, state="active"),
        table=Table(columns=(msg("col.name"),), rows=(("A",), ("B",))),
    )

    message = reply_message(reply, "en")

    assert message.text == english(reply)
    assert message.blocks[0]["text"]["text"] == english(reply.headline)
    assert message.blocks[-1]["text"]["text"].startswith("```\nName")


def test_a_huge_table_is_cut_to_slacks_block_and_text_limits_with_a_count() -> None:
    rows = tuple((f"profile {n:05} " + "x" * 60,) for n in range(5000))
    table = Table(columns=(msg("col.name"),), rows=rows)
    message = reply_message(Reply(headline=msg("reply.done"), table=table), "en")

    assert len(message.blocks) <= MESSAGE_BLOCKS_MAX
    assert block_text_length(message.blocks) < BLOCK_TEXT_MAX
    assert all(
        len(b["text"]["text"]) <= SECTION_TEXT_MAX for b in message.blocks if b["type"] == "section"
    )
    assert "more parts not shown" in message.blocks[-1]["elements"][0]["text"]
    assert len(message.text) <= 3000


def test_text_is_escaped_so_that_nothing_typed_becomes_a_mention_or_a_link() -> None:
    assert escape("a <b> & <@U1> in <#C1|x> <!channel>") == (
        "a &lt;b&gt; &amp; &lt;@U1&gt; in &lt;#C1|x&gt; &lt;!channel&gt;"
    )


def test_a_slack_actor_is_shown_as_a_mention_and_a_cli_name_never_is() -> None:
    slack = Actor(kind=ActorKind.SLACK, id="U1", name="ann")
    pretender = Actor(kind=ActorKind.CLI, id="<@UADMIN>", name="<@UADMIN>")
    notice = slack_translator("en")
    assert notice("notice.create", actor=slack, name="A").startswith("<@U1>")
    assert "<@UADMIN>" not in notice("notice.create", actor=pretender, name="A")


def test_the_profile_form_for_a_blended_type_has_number_inputs_with_limits_in_hints() -> None:
    view = profile_form(
        ProfileDraft(type=ProfileType.BLENDED_REALTIME),
        editing=None,
        version=None,
        metadata="{}",
        lang="en",
    )

    voice = next(b for b in view["blocks"] if b["block_id"] == Block.VOICE)
    assert view["callback_id"] == Callback.PROFILE_CREATE
    assert voice["element"]["type"] == "number_input"
    assert "exactly 1" in voice["hint"]["text"]
    type_block = next(b for b in view["blocks"] if b["block_id"] == Block.TYPE)
    assert type_block["dispatch_action"] is True


def test_the_profile_form_for_an_exclusive_type_has_channel_checkboxes_instead() -> None:
    draft = ProfileDraft(type=ProfileType.EXCLUSIVE, channels=(Channel.CHAT,))
    view = profile_form(draft, editing="Mail", version=3, metadata="{}", lang="en")

    ids = [b.get("block_id") for b in view["blocks"]]
    assert Block.CHANNELS in ids
    assert Block.VOICE not in ids
    assert view["callback_id"] == Callback.PROFILE_EDIT


def test_switching_a_draft_to_exclusive_keeps_the_channels_that_were_on() -> None:
    draft = ProfileDraft(counts={Channel.VOICE: "1", Channel.CHAT: "0", Channel.EMAIL: "3"})

    assert draft.with_type(ProfileType.EXCLUSIVE).channels == (Channel.VOICE, Channel.EMAIL)


def test_a_range_error_lands_on_its_channel_block_and_a_missing_channel_on_the_checkboxes() -> None:
    too_many = _error_for(ProfileFields(name="A", type=ProfileType.BLENDED, chat=9))
    none_on = _error_for(ProfileFields(name="A", type=ProfileType.EXCLUSIVE, channels=()))

    assert set(form_errors(too_many, ProfileType.BLENDED)) == {Block.CHAT}
    assert set(form_errors(none_on, ProfileType.EXCLUSIVE)) == {Block.CHANNELS}


def test_target_values_name_their_kind_and_options_stop_at_a_hundred() -> None:
    found = [(TargetKind.AGENT, f"Agent {n}") for n in range(250)]

    options = target_options(found, "en")

    assert len(options) == OPTIONS_MAX
    assert parse_target(options[0]["value"]) == (TargetKind.AGENT, "Agent 0")
    assert parse_target(target_value(TargetKind.SITE, "a:b")) == (TargetKind.SITE, "a:b")
    assert parse_target("nonsense") is None


def test_the_assign_form_searches_both_pickers_externally() -> None:
    view = assign_form(profile=None, kind=None, metadata="{}", lang="en")

    elements = {b["block_id"]: b["element"] for b in view["blocks"]}
    assert elements[Block.ASSIGN_PROFILE]["type"] == "external_select"
    assert elements[Block.ASSIGN_TARGET]["action_id"] == Action.ASSIGN_TARGET
    assert elements[Block.ASSIGN_TARGET]["type"] == "external_select"


def test_the_settings_form_is_filled_in_with_the_current_settings() -> None:
    workspace = Workspace(
        id="T1", multimedia_enabled=True, audit_channel="CAUDIT", timezone="Europe/Budapest"
    )

    view = settings_form(workspace, metadata="{}", lang="en")

    elements = {b["block_id"]: b["element"] for b in view["blocks"]}
    assert elements[Block.MULTIMEDIA]["initial_option"]["value"] == "on"
    assert elements[Block.AUDIT_CHANNEL]["initial_conversation"] == "CAUDIT"
    assert "initial_conversation" not in elements[Block.REPORT_CHANNEL]
    assert elements[Block.TIMEZONE]["initial_value"] == "Europe/Budapest"


def test_the_delete_confirmation_names_the_profile_and_the_result_view_has_no_submit() -> None:
    confirm = delete_confirmation("Old", metadata='{"profile":"Old"}', lang="en")
    done = result_view(Reply(headline=msg("delete.done", name="Old")), "en")

    assert '"Old"' in confirm["blocks"][0]["text"]["text"]
    assert confirm["submit"]["text"] == "Delete"
    assert "submit" not in done


def test_the_home_tab_lists_profiles_by_state_and_stays_under_a_hundred_blocks() -> None:
    profiles = [_profile(f"P{n:04}", active=n % 3 != 0) for n in range(3000)]
    report = Report(
        workspace_id="T1", generated_at=NOW, inactive=(), unassigned=("P0001",),
        profiles_by_state={}, agents_per_profile={},
    )  # fmt: skip

    view = home_view(profiles, report, multimedia=False, lang="en")

    assert view["type"] == "home"
    assert len(view["blocks"]) <= 100
    texts = str(view["blocks"])
    assert "*2,000* active · *1,000* inactive" in texts
    assert "and 1,980 more: `/mmprofile list active`" in texts
