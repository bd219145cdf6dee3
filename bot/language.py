"""The language of the Slack user a request comes from (SPEC §7 "Languages").

Their own `/mmprofile language` choice, else their Slack locale when mmbot ships it
(users.info with include_locale, cached), else the workspace's language.
"""

from __future__ import annotations

import dataclasses
import logging
from typing import Any

from slack_sdk import WebClient

from bot.deps import Deps, caller_of
from bot.locales import SlackLocales
from domain.application import Caller
from domain.application.languages import Locales, caller_language
from domain.errors import StoreBusy, StoreUnreachable

logger = logging.getLogger("mmbot.bot.language")


@dataclasses.dataclass(frozen=True)
class _BoundLocales:
    """The application's Locales port over one Web API client."""

    locales: SlackLocales
    client: WebClient | None
    ask: bool

    def language(self, workspace_id: str, user_id: str) -> str | None:
        """The user's Slack locale as a language; Slack is asked only after an ack."""
        if self.client is None:
            return self.locales.language(WebClient(), workspace_id, user_id, ask=False)
        return self.locales.language(self.client, workspace_id, user_id, ask=self.ask)


def slack_locales(deps: Deps, client: WebClient | None, *, ask_slack: bool) -> Locales:
    """The Locales port `Application.handle` asks, over this request's Web API client."""
    return _BoundLocales(deps.locales, client, ask_slack)


def caller_for(
    deps: Deps,
    body: dict[str, Any],
    client: WebClient | None = None,
    *,
    ask_slack: bool = False,
) -> Caller:
    """The caller of `body`, reading in their language.

    `ask_slack` is for work after the ack: before it Slack is never waited for, and only
    a Slack locale already cached counts.
    """
    return in_own_language(deps, caller_of(body), client, ask_slack=ask_slack)


def in_own_language(
    deps: Deps,
    caller: Caller,
    client: WebClient | None = None,
    *,
    ask_slack: bool = False,
) -> Caller:
    """`caller` reading in their language as it is now (their choice may have changed)."""
    try:
        language = caller_language(
            deps.app.factory, slack_locales(deps, client, ask_slack=ask_slack), caller
        )
    except (StoreBusy, StoreUnreachable) as error:
        # The request itself meets the same database and answers for it; one line is enough.
        logger.warning("could not find the language of %s: %s", caller.actor.id, error)
        return caller
    except Exception:
        # A reader's language is never worth failing their request for.
        logger.exception("could not find the language of %s", caller.actor.id)
        return caller
    return dataclasses.replace(caller, lang=language)
