"""The one command grammar (SPEC §3), shared by the slash command and the CLI."""

from __future__ import annotations

from collections.abc import Callable

from domain.commands import grammar_directory, grammar_org, grammar_profiles
from domain.commands.arguments import Arguments
from domain.commands.model import (
    ActivateProfile,
    ChooseLanguage,
    Command,
    DeactivateProfile,
    DeleteProfile,
    Help,
    OpenImportForm,
    RunReport,
    ShowEffective,
    ShowProfile,
)
from domain.commands.syntax import TOPICS, UnknownCommand, usage_of
from domain.commands.tokens import tokenize
from domain.languages import Language

Reader = Callable[[Arguments], Command]


def parse(text: str) -> Command:
    """The Command that `text` asks for; CommandSyntaxError when it is not one."""
    tokens = tokenize(text)
    if not tokens:
        return Help()
    head = tokens[0]
    verb = head.text.lower()
    reader = _READERS.get(verb) if head.key is None and not head.quoted else None
    if reader is None:
        raise UnknownCommand(head.word, candidates=TOPICS, position=head.position)
    return reader(Arguments(verb, usage_of(verb), tokens[1:], len(text)))


def _help(args: Arguments) -> Command:
    args.expect(1)
    return Help(topic=args.words[0].text.lower() if args.words else None)


def _language(args: Arguments) -> Command:
    args.expect(1)
    if not args.words:
        return ChooseLanguage()
    return ChooseLanguage(language=args.word_choice(0, "language", list(Language)))


def _bare(command: Command) -> Reader:
    """A reader for a command word that takes nothing after it."""

    def read(args: Arguments) -> Command:
        args.expect(0)
        return command

    return read


def _named(build: Callable[[str], Command], what: str) -> Reader:
    """A reader for a command word followed by exactly one name."""

    def read(args: Arguments) -> Command:
        args.expect(1)
        return build(args.word(0, what))

    return read


_PROFILE_NAME = "profile_name"
_READERS: dict[str, Reader] = {
    "help": _help,
    "list": grammar_directory.list_profiles,
    "show": _named(lambda name: ShowProfile(profile=name), _PROFILE_NAME),
    "create": grammar_profiles.create,
    "edit": grammar_profiles.edit,
    "activate": _named(lambda name: ActivateProfile(profile=name), _PROFILE_NAME),
    "deactivate": _named(lambda name: DeactivateProfile(profile=name), _PROFILE_NAME),
    "delete": _named(lambda name: DeleteProfile(profile=name), _PROFILE_NAME),
    "assign": grammar_profiles.assign,
    "unassign": grammar_profiles.unassign,
    "effective": _named(lambda name: ShowEffective(agent=name), "agent_name"),
    "usage": grammar_directory.usage,
    "history": grammar_directory.history,
    "replace": grammar_directory.replace,
    "report": _bare(RunReport()),
    "site": grammar_org.site,
    "team": grammar_org.team,
    "agent": grammar_org.agent,
    "settings": grammar_org.settings,
    "import": _bare(OpenImportForm()),
    "language": _language,
}
