"""`Application.handle(..., locales=...)` finds the caller's language in the command's own
unit of work: one transaction per Slack command, not a second one for the language."""

from __future__ import annotations

from typing import Any

from domain.application import Application, Caller
from domain.application.ports import NoNotifier
from domain.audit import Actor
from domain.commands.grammar import parse
from storage.uow import SqlUnitOfWork, SqlUnitOfWorkFactory
from tests.support.commands import FixedAdmins

ANN = Actor(kind="slack", id="UANN", name="ann")
CLI = Actor(kind="cli", id="admin", name="admin")


class CountingStore:
    """The real factory, counting the units of work opened through it."""

    def __init__(self, factory: SqlUnitOfWorkFactory) -> None:
        self.factory = factory
        self.opened = 0

    def __call__(self, workspace_id: str, *, write: bool = True) -> SqlUnitOfWork:
        self.opened += 1
        return self.factory(workspace_id, write=write)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.factory, name)


class ScriptedLocales:
    """Slack locales by user, recording who was asked."""

    def __init__(self, **languages: str) -> None:
        self.languages = languages
        self.asked: list[str] = []

    def language(self, workspace_id: str, user_id: str) -> str | None:
        self.asked.append(user_id)
        return self.languages.get(user_id)


def _app(factory: SqlUnitOfWorkFactory) -> tuple[Application, CountingStore]:
    counting = CountingStore(factory)
    app = Application(counting, FixedAdmins(True), NoNotifier())
    # The workspace is created by the first command; later ones find it.
    app.handle(parse("list"), Caller("T1", CLI))
    counting.opened = 0
    return app, counting


def test_a_read_command_finds_the_slack_locale_in_its_one_unit_of_work(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    app, counting = _app(uow_factory)
    locales = ScriptedLocales(UANN="hu")
    result = app.handle(parse("list"), Caller("T1", ANN), locales=locales)
    assert result.language == "hu"
    assert counting.opened == 1
    assert locales.asked == ["UANN"]


def test_an_own_choice_wins_and_slack_is_not_asked(uow_factory: SqlUnitOfWorkFactory) -> None:
    app, counting = _app(uow_factory)
    app.handle(parse("language en"), Caller("T1", ANN))
    counting.opened = 0
    locales = ScriptedLocales(UANN="hu")
    result = app.handle(
        parse('show "Default_Telephony_Profile"'), Caller("T1", ANN), locales=locales
    )
    assert result.language == "en"
    assert counting.opened == 1
    assert locales.asked == []


def test_the_language_a_command_just_chose_is_the_one_it_answers_in(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    app, _ = _app(uow_factory)
    locales = ScriptedLocales(UANN="en")
    assert app.handle(parse("language hu"), Caller("T1", ANN), locales=locales).language == "hu"
    assert app.handle(parse("list"), Caller("T1", ANN), locales=locales).language == "hu"


def test_without_own_choice_or_shipped_locale_the_workspace_language_applies(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    app, _ = _app(uow_factory)
    app.handle(parse("settings language=hu"), Caller("T1", CLI))
    locales = ScriptedLocales(UANN="de")
    assert app.handle(parse("list"), Caller("T1", ANN), locales=locales).language == "hu"


def test_help_opens_no_unit_of_work_and_leaves_the_language_to_the_front_end(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    app, counting = _app(uow_factory)
    result = app.handle(parse("help"), Caller("T1", ANN), locales=ScriptedLocales(UANN="hu"))
    assert result.language is None
    assert counting.opened == 0


def test_without_locales_the_result_carries_no_language(uow_factory: SqlUnitOfWorkFactory) -> None:
    app, counting = _app(uow_factory)
    assert app.handle(parse("list"), Caller("T1", ANN)).language is None
    assert counting.opened == 1
