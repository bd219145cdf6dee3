"""The language of the Slack user a request comes from (SPEC §7 "Languages").

Their own `/mmprofile language` choice, else their Slack locale when mmbot ships it
(users.info with include_locale, cached), else the workspace's language.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from slack_sdk import WebClient

from bot.deps import Deps, caller_of
from domain.languages import reader_language
from domain.messages import DEFAULT_LANGUAGE, reading

logger = logging.getLogger("mmbot.bot.language")


def language_of_user(
    deps: Deps, client: WebClient, workspace_id: str, user_id: str, *, ask_slack: bool = False
) -> str:
    """The language `user_id` reads mmbot in; the default when it cannot be found out.

    Slack's locale is asked for only with `ask_slack` (after the ack); else a cached one counts.
    """
    try:
        with deps.factory(workspace_id, write=False) as uow:
            own = uow.user_languages.get(user_id) if user_id else None
            workspace = uow.workspaces.get()
        default = workspace.language if workspace is not None else None
        if own is not None:
            return own
        locale = (
            deps.locales.language(client, workspace_id, user_id, ask=ask_slack) if user_id else None
        )
        return reader_language(None, locale, default)
    except Exception:
        # A reader's language is never worth failing their request for.
        logger.exception("could not find the language of %s in %s", user_id, workspace_id)
        return DEFAULT_LANGUAGE


@contextmanager
def speaking_to(
    deps: Deps, client: WebClient, body: dict[str, Any], *, ask_slack: bool = False
) -> Iterator[None]:
    """Render everything inside the block for the user who sent `body` (see language_of_user)."""
    caller = caller_of(body)
    language = language_of_user(
        deps, client, caller.workspace_id, caller.user_id, ask_slack=ask_slack
    )
    with reading(language):
        yield
