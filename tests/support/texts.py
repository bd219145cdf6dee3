"""Rendering what the domain says, in English, for assertions about the words a user reads."""

from __future__ import annotations

from domain.commands.replies import Reply
from domain.errors import DomainError, FieldError
from domain.messages import Text, Translator
from domain.transfer.problems import Problem

_ENGLISH = Translator("en")


def english(item: Text | str | DomainError | FieldError | Problem | Reply) -> str:
    """The English text of a sentence, an error, a field error, an import problem or a reply."""
    if isinstance(item, Reply):
        return item.as_text(_ENGLISH)
    if isinstance(item, DomainError | FieldError):
        return _ENGLISH.text(item.text)
    if isinstance(item, Problem):
        return _ENGLISH.text(item.message)
    return _ENGLISH.text(item)


def in_slack(item: Text | DomainError) -> str:
    """The English text as the Slack app renders it (mrkdwn, Slack users as mentions)."""
    from slackkit.text import slack_translator

    return slack_translator("en").text(item.text if isinstance(item, DomainError) else item)
