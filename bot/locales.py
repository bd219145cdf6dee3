"""The Slack locale of a user (users.info with include_locale), cached, as a language.

A request waits for Slack's answer only briefly: a slow Slack must not hold the request's
thread (and its answer) for seconds. The lookup goes on on a thread of its own, one per
user however many of their requests ask, and the next request finds it in the cache.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as LookupTimeout

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.admins import TtlCache
from domain.messages.formatting import language_of

# A user changes their Slack language rarely; an hour keeps users.info off most requests.
CACHE_SECONDS = 3600.0
# Longer than Slack usually takes, short enough to leave the answer its inline window.
WAIT_SECONDS = 0.5
# Lookups in flight at once (distinct users); past that a request reads the fallback.
MOST_LOOKUPS = 64
LOOKUP_THREADS = 4
_NONE = ""  # cached "Slack's locale is not one mmbot ships"
logger = logging.getLogger("mmbot.bot.locales")


class SlackLocales:
    """Answers `language(client, user_id)`: 'en', 'hu', or None for any other locale."""

    def __init__(
        self,
        *,
        seconds: float = CACHE_SECONDS,
        wait: float = WAIT_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._languages: TtlCache[str, str] = TtlCache(seconds, clock)
        self._wait = wait
        self._lookups = ThreadPoolExecutor(LOOKUP_THREADS, thread_name_prefix="mmbot-locale")
        self._pending: dict[str, Future[str | None]] = {}
        self._lock = threading.Lock()

    def language(
        self, client: WebClient, team_id: str, user_id: str, *, ask: bool = True
    ) -> str | None:
        """The language of the user's Slack locale if mmbot ships it; None otherwise or when
        Slack cannot say in time (the caller falls back to the workspace's language). With
        `ask` false only what is cached counts: before an ack, Slack is never waited for."""
        key = f"{team_id}:{user_id}"
        cached = self._languages.get(key)
        if cached is not None or not ask:
            return cached or None
        lookup = self._lookup(client, key, user_id)
        if lookup is None:
            return None
        try:
            return lookup.result(timeout=self._wait)
        except LookupTimeout:
            return None  # this answer reads the fallback; the next one finds the cache

    def _lookup(self, client: WebClient, key: str, user_id: str) -> Future[str | None] | None:
        with self._lock:
            pending = self._pending.get(key)
            if pending is not None:
                return pending
            if len(self._pending) >= MOST_LOOKUPS:
                return None
            lookup = self._lookups.submit(self._ask, client, key, user_id)
            self._pending[key] = lookup
        lookup.add_done_callback(lambda _: self._forget(key))
        return lookup

    def _forget(self, key: str) -> None:
        with self._lock:
            self._pending.pop(key, None)

    def _ask(self, client: WebClient, key: str, user_id: str) -> str | None:
        try:
            user = client.users_info(user=user_id, include_locale=True).get("user") or {}
        except SlackApiError as error:
            # Not cached: the next request asks again, and this one reads the fallback.
            logger.warning("users.info failed for %s: %s", user_id, error.response.get("error"))
            return None
        except Exception as error:  # a dropped connection or a timeout: the same, for a locale
            logger.warning("users.info failed for %s: %s", user_id, type(error).__name__)
            return None
        language = language_of(str(user.get("locale") or ""))
        self._languages.put(key, language or _NONE)
        return language
