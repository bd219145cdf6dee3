"""Who is an mmbot administrator (SPEC §5): workspace admins and owners, configured users, a user group."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Generic, TypeVar

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

CACHE_SECONDS = 300.0
logger = logging.getLogger("mmbot.bot.admins")

V = TypeVar("V")


class TtlCache(Generic[V]):
    """A thread-safe map whose entries expire `seconds` after they were stored."""

    def __init__(self, seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
        self._seconds = seconds
        self._clock = clock
        self._entries: dict[str, tuple[float, V]] = {}
        self._lock = threading.Lock()

    def get(self, key: str) -> V | None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is None or entry[0] <= self._clock():
                return None
            return entry[1]

    def put(self, key: str, value: V) -> None:
        with self._lock:
            self._entries[key] = (self._clock() + self._seconds, value)


class AdminDirectory:
    """Answers `is_admin(client, user_id)`, caching Slack's answers for about five minutes."""

    def __init__(
        self,
        users: frozenset[str],
        group: str | None,
        *,
        seconds: float = CACHE_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._users = users
        self._group = group
        self._roles: TtlCache[bool] = TtlCache(seconds, clock)
        self._members: TtlCache[frozenset[str]] = TtlCache(seconds, clock)

    def is_admin(self, client: WebClient, user_id: str) -> bool:
        """True for configured users, workspace admins and owners, and members of the group."""
        if user_id in self._users:
            return True
        if self._workspace_admin(client, user_id):
            return True
        return self._group is not None and user_id in self._group_members(client, self._group)

    def _workspace_admin(self, client: WebClient, user_id: str) -> bool:
        cached = self._roles.get(user_id)
        if cached is not None:
            return cached
        try:
            user = client.users_info(user=user_id).get("user") or {}
        except SlackApiError as error:
            # Fail closed, and do not cache, so the next request asks Slack again.
            logger.warning("users.info failed for %s: %s", user_id, error.response.get("error"))
            return False
        answer = bool(user.get("is_admin") or user.get("is_owner") or user.get("is_primary_owner"))
        self._roles.put(user_id, answer)
        return answer

    def _group_members(self, client: WebClient, group: str) -> frozenset[str]:
        cached = self._members.get(group)
        if cached is not None:
            return cached
        try:
            users = client.usergroups_users_list(usergroup=group).get("users") or []
        except SlackApiError as error:
            logger.warning(
                "usergroups.users.list failed for %s: %s", group, error.response.get("error")
            )
            return frozenset()
        members = frozenset(str(user) for user in users)
        self._members.put(group, members)
        return members
