"""With 1,500 profiles, 500 unassigned and 2,000 audit rows, every paged answer states its page
and total, paging reaches every item once, and every Slack message and view that shows them
passes slack_sdk's validation and stays under 12,000 characters of block text."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from slack_sdk.models.blocks import Block, Option
from slack_sdk.models.views import View
from sqlalchemy import Engine

from bot.forms.profile import ProfileDraft
from bot.views.assign_form import assign_form, profile_options, target_options
from bot.views.confirm import delete_confirmation, message_view, result_view
from bot.views.home import home_view
from bot.views.profile_form import profile_form
from bot.views.replies import reply_message
from bot.views.saving import still_saving_view
from bot.views.settings_form import settings_form
from domain.application import Application, Caller
from domain.application.ports import NoNotifier
from domain.audit import Actor, ActorKind, AuditRecord
from domain.clock import utc_now
from domain.commands.grammar import parse
from domain.commands.model import TargetKind
from domain.commands.replies import Reply
from domain.commands.report_text import report_reply
from domain.messages import LANGUAGES, Translator, msg
from domain.org import TeamKind
from domain.profiles import ProfileSpec, ProfileState, ProfileType
from domain.services.report import build_report
from domain.services.workspaces import SettingsChange, change_settings, current, ensure_workspace
from slackkit.blocks import BLOCK_TEXT_MAX, MESSAGE_BLOCKS_MAX, block_text_length
from slackkit.message import Message
from slackkit.report import report_message, report_thread
from slackkit.text import slack_translator
from storage.bulk import BulkAgent, BulkOrg, BulkProfile, BulkSite, BulkTeam, load_audit, load_org
from storage.uow import SqlUnitOfWorkFactory
from tests.support.commands import FixedAdmins
from tests.support.slack_standin import iter_block_texts

pytestmark = pytest.mark.slow

WORKSPACE = "TSCALE"
ACTOR = Actor(kind=ActorKind.CLI, id="scale", name="scale")
EN = Translator("en")
PROFILES, ASSIGNED, UNASSIGNED = 1_500, 800, 500  # the other 200 are inactive
INHERITING_AGENTS = 1_000
AUDIT_ROWS = 2_000


def _name(i: int) -> str:
    return f"Profile {i:04d} with a long descriptive name for the evening shift"


@pytest.fixture
def big(uow_factory: SqlUnitOfWorkFactory, engine: Engine) -> SqlUnitOfWorkFactory:
    ensure_workspace(uow_factory, WORKSPACE)
    with uow_factory(WORKSPACE) as uow:
        change_settings(uow, ACTOR, SettingsChange(multimedia=True))
        uow.commit()
    spec = ProfileSpec.build(name="x", type=ProfileType.BLENDED, voice=1, chat=2)
    profiles = [
        BulkProfile(spec.model_copy(update={"name": _name(i)}), active=i < ASSIGNED + UNASSIGNED)
        for i in range(PROFILES)
    ]
    sites = [BulkSite(f"Győr {s}", profile=s) for s in range(10)]
    teams = [BulkTeam(f"Ügyfélszolgálat {n:02d}", n % 10, TeamKind.AGENT, None) for n in range(40)]
    # Agents 0..799 have their own profile; the rest inherit from site 0's Profile 0000.
    agents = [BulkAgent(f"Kovács Éva {a:04d}", None, a, (a % 40,)) for a in range(ASSIGNED)]
    agents += [BulkAgent(f"Nagy Péter {a:04d}", None, None, (0,)) for a in range(INHERITING_AGENTS)]
    load_org(
        engine,
        WORKSPACE,
        BulkOrg(profiles, sites, teams, agents),
        actor=Actor(kind=ActorKind.CLI, id="scale", name="scale"),
        at=utc_now(),
    )
    with uow_factory(WORKSPACE, write=False) as uow:
        edited = uow.profiles.get_by_name(_name(1))
        assert edited is not None
    start = utc_now() - timedelta(days=30)
    records = [
        AuditRecord(
            at=start + timedelta(minutes=i),
            actor=ACTOR,
            action="profile.edit",
            object_type="profile",
            object_name=edited.name,
            profile_id=edited.id,
            before={"chat": i % 5},
            after={"chat": (i + 1) % 5},
        )
        for i in range(AUDIT_ROWS)
    ]
    load_audit(engine, WORKSPACE, records)
    return uow_factory


def answer(factory: SqlUnitOfWorkFactory, text: str) -> Reply:
    app = Application(factory, FixedAdmins(True), NoNotifier())
    return app.handle(parse(text), Caller(WORKSPACE, ACTOR)).reply


def assert_valid_message(message: Message) -> None:
    assert len(message.blocks) <= MESSAGE_BLOCKS_MAX
    assert block_text_length(message.blocks) < BLOCK_TEXT_MAX
    for block in Block.parse_all(message.blocks):
        block.validate_json()
    assert message.text


def assert_valid_view(view: dict[str, Any]) -> None:
    assert block_text_length(view["blocks"]) < BLOCK_TEXT_MAX
    View(**view).validate_json()


def every_page(factory: SqlUnitOfWorkFactory, text: str) -> tuple[list[tuple[str, ...]], int]:
    """Follow Next from the first page to the last; every row seen, and the stated total."""
    reply = answer(factory, text)
    assert reply.paging is not None, text
    total, pages = reply.paging.total, reply.paging.pages
    rows: list[tuple[str, ...]] = []
    for number in range(1, pages + 1):
        assert reply.paging is not None
        assert (reply.paging.number, reply.paging.pages, reply.paging.total) == (
            number,
            pages,
            total,
        )
        assert f"Page {number} of {pages}" in reply.as_text(EN)
        assert reply.table is not None
        rows += [tuple(EN.text(cell) for cell in row) for row in reply.table.rows]
        assert_valid_message(reply_message(reply, "en"))
        if number < pages:
            assert reply.paging.next_command is not None
            assert f"Next page: `{reply.paging.next_command}`" in reply.as_text(EN)
            reply = answer(factory, reply.paging.next_command)
        else:
            assert reply.paging is not None
            assert reply.paging.next_command is None
    return rows, total


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("list", ASSIGNED + UNASSIGNED + 1),
        ("list inactive", PROFILES - ASSIGNED - UNASSIGNED),
        ("list unassigned", UNASSIGNED),
        ("list all", PROFILES + 1),
    ],
)
def test_every_profile_list_is_paged_to_its_last_item(
    big: SqlUnitOfWorkFactory, text: str, expected: int
) -> None:
    rows, total = every_page(big, text)
    assert total == expected
    names = [row[0] for row in rows]
    assert len(names) == len(set(names)) == expected


def test_the_unassigned_list_is_exactly_the_reports_candidates(big: SqlUnitOfWorkFactory) -> None:
    rows, _ = every_page(big, "list unassigned")
    with big(WORKSPACE, write=False) as uow:
        report = build_report(uow)
    assert [row[0] for row in rows] == list(report.unassigned)


def test_a_profiles_two_thousand_changes_are_all_reachable(big: SqlUnitOfWorkFactory) -> None:
    rows, total = every_page(big, f'history "{_name(1)}"')
    assert total == len(rows) == AUDIT_ROWS + 0  # the bulk load writes no audit rows itself
    assert len(set(rows)) == AUDIT_ROWS


def test_usage_and_agent_list_page_through_every_agent_reached(big: SqlUnitOfWorkFactory) -> None:
    reply = answer(big, f'usage "{_name(0)}"')
    assert f"reaches {INHERITING_AGENTS + 1:,} agents" in EN.text(reply.headline)
    rows, total = every_page(big, f'usage "{_name(0)}"')
    assert total == len({row[0] for row in rows}) == INHERITING_AGENTS + 1
    rows, total = every_page(big, f'agent list profile="{_name(0)}"')
    assert total == len(rows) == INHERITING_AGENTS + 1
    rows, total = every_page(big, "agent list")
    assert total == len({row[0] for row in rows}) == ASSIGNED + INHERITING_AGENTS


def test_the_report_at_this_size_fits_slack_and_its_thread_holds_every_item(
    big: SqlUnitOfWorkFactory,
) -> None:
    with big(WORKSPACE, write=False) as uow:
        report = build_report(uow)
    assert len(report.unassigned) == UNASSIGNED
    post = report_message(report, "en")
    assert_valid_message(post)
    thread = report_thread(report, "en")
    for part in thread:
        assert_valid_message(part)
    threaded = "\n".join(
        str(b["text"]["text"]) for part in thread for b in part.blocks if b["type"] == "section"
    )
    assert all(name in threaded for name in report.unassigned)
    assert all(p.name in threaded for p in report.inactive)
    printed = report_reply(report, shown=None).as_text(EN)
    assert all(name in printed for name in report.unassigned)
    assert "more" not in printed.split("\n")[-2]


def test_every_view_and_answer_builder_at_this_size_passes_slacks_validation(
    big: SqlUnitOfWorkFactory,
) -> None:
    with big(WORKSPACE, write=False) as uow:
        profiles = uow.profiles.list(ProfileState.ALL)
        report = build_report(uow)
        workspace = current(uow)
    assert_valid_view(home_view(profiles, report, multimedia=True, lang="en"))
    assert_valid_view(settings_form(workspace, metadata="{}", lang="en"))
    stored = profiles[1]
    draft = ProfileDraft.from_profile(stored)
    edit = profile_form(draft, editing=stored.name, version=1, metadata="{}", lang="en")
    assert_valid_view(edit)
    new = profile_form(ProfileDraft(), editing=None, version=None, metadata="{}", lang="en")
    assert_valid_view(new)
    assert_valid_view(delete_confirmation(stored.name, metadata="{}", lang="en"))
    for text in (
        f'show "{stored.name}"',
        'effective "Kovács Éva 0001"',
        "site list",
        "team list",
        "report",
        'history site "Győr 0"',
        "settings",
    ):
        reply = answer(big, text)
        assert_valid_message(reply_message(reply, "en"))
        assert_valid_view(result_view(reply, "en"))


def test_the_remaining_builders_at_this_size_in_every_language(big: SqlUnitOfWorkFactory) -> None:
    """What the test above leaves out: the report as `/mmprofile report` and the App Home's
    report button answer it (threaded=False), the report post and thread in Hungarian, the
    assign form with its pickers' options, the 'still saving' and message modals, and every
    paged answer in every language."""
    with big(WORKSPACE, write=False) as uow:
        profiles = uow.profiles.list(ProfileState.ALL)
        report = build_report(uow)
        workspace = current(uow)
        agents = uow.agents.list()
    names = [p.name for p in profiles]
    found = [(TargetKind.AGENT, a.name) for a in agents]
    for lang in LANGUAGES:
        tr = slack_translator(lang)
        answered = report_message(report, lang, threaded=False)
        assert_valid_message(answered)
        shown = "\n".join(iter_block_texts(answered.blocks))
        assert f"({UNASSIGNED})" in shown
        named = sum(1 for name in report.unassigned if name in shown)
        assert 0 < named < UNASSIGNED
        assert tr("report.cut_unassigned", count=UNASSIGNED - named) in shown
        assert_valid_message(report_message(report, lang))
        for part in report_thread(report, lang):
            assert_valid_message(part)
        assert_valid_view(home_view(profiles, report, multimedia=True, lang=lang))
        assert_valid_view(settings_form(workspace, metadata="{}", lang=lang))
        assert_valid_view(assign_form(profile=names[1], kind=None, metadata="{}", lang=lang))
        for options in (profile_options(names), target_options(found, lang)):
            assert 0 < len(options) <= 100
            parsed = Option.parse_all(options)
            assert parsed is not None
            assert len(parsed) == len(options)
            for each in parsed:
                each.validate_json()
        assert_valid_view(still_saving_view(lang))
        assert_valid_view(message_view(msg("report.all_clear"), lang))
        for text in (
            "list all",
            "list unassigned",
            f'history "{_name(1)}"',
            f'usage "{_name(0)}"',
            "agent list",
            "team list",
            "history settings",
        ):
            reply = answer(big, text)
            assert_valid_message(reply_message(reply, lang))
            assert_valid_view(result_view(reply, lang))


def test_the_team_list_and_the_settings_history_page_to_their_last_item(
    big: SqlUnitOfWorkFactory,
) -> None:
    rows, total = every_page(big, "team list")
    assert total == len({row[0] for row in rows}) == 40
    rows, total = every_page(big, "history settings")
    assert total == len(rows) >= 1
