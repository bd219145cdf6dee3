"""The Slack locale of a user (users.info with include_locale), cached, as a language."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.admins import TtlCache
from domain.messages.formatting import language_of

# A user changes their Slack language rarely; an hour keeps users.info off most requests.
CACHE_SECONDS = 3600.0
_NONE = ""  # cached "Slack's locale is not one mmbot ships"
logger = logging.getLogger("mmbot.bot.locales")


class SlackLocales:
    """Answers `language(client, user_id)`: 'en', 'hu', or None for any other locale."""

    def __init__(
        self, *, seconds: float = CACHE_SECONDS, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._languages: TtlCache[str, str] = TtlCache(seconds, clock)

    def language(
        self, client: WebClient, team_id: str, user_id: str, *, ask: bool = True
    ) -> str | None:
        """The language of the user's Slack locale if mmbot ships it; None otherwise or when
        Slack cannot say (the caller falls back to the workspace's language). With `ask`
        false only what is cached counts: before an ack, Slack is never waited for."""
        key = f"{team_id}:{user_id}"
        cached = self._languages.get(key)
        if cached is not None or not ask:
            return cached or None
        try:
            user = client.users_info(user=user_id, include_locale=True).get("user") or {}
        except SlackApiError as error:
            # Not cached: the next request asks again, and this one reads the fallback.
            logger.warning("users.info failed for %s: %s", user_id, error.response.get("error"))
            return None
        language = language_of(str(user.get("locale") or ""))
        self._languages.put(key, language or _NONE)
        return language
