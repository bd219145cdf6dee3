"""Who is an mmbot administrator (SPEC §5, §7): per workspace, its admins and owners, plus
the users and user group named in its settings (or, for a single workspace, the environment)."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Generic, TypeVar

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

CACHE_SECONDS = 300.0
logger = logging.getLogger("mmbot.bot.admins")

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class TtlCache(Generic[K, V]):
    """A thread-safe map whose entries expire `seconds` after they were stored."""

    def __init__(self, seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
        self._seconds = seconds
        self._clock = clock
        self._entries: dict[K, tuple[float, V]] = {}
        self._lock = threading.Lock()

    def get(self, key: K) -> V | None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is None or entry[0] <= self._clock():
                return None
            return entry[1]

    def put(self, key: K, value: V) -> None:
        with self._lock:
            self._entries[key] = (self._clock() + self._seconds, value)


@dataclass(frozen=True)
class AdminRule:
    """The users and the user group that are administrators in one workspace."""

    users: frozenset[str] = frozenset()
    group: str | None = None


class AdminDirectory:
    """Answers `is_admin(client, workspace_id, user_id)`, caching Slack's answers per workspace."""

    def __init__(
        self,
        rule_for: Callable[[str], AdminRule],
        *,
        seconds: float = CACHE_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._rule_for = rule_for
        self._roles: TtlCache[tuple[str, str], bool] = TtlCache(seconds, clock)
        self._members: TtlCache[tuple[str, str], frozenset[str]] = TtlCache(seconds, clock)

    def is_admin(self, client: WebClient, workspace_id: str, user_id: str) -> bool:
        """True for the workspace's configured users, its admins and owners, and its group's members."""
        rule = self._rule_for(workspace_id)
        if user_id in rule.users:
            return True
        if self._workspace_admin(client, workspace_id, user_id):
            return True
        return rule.group is not None and user_id in self._group_members(
            client, workspace_id, rule.group
        )

    def _workspace_admin(self, client: WebClient, workspace_id: str, user_id: str) -> bool:
        cached = self._roles.get((workspace_id, user_id))
        if cached is not None:
            return cached
        try:
            # team_id: an org-wide token answers for every workspace of the organization.
            user = client.users_info(user=user_id, team_id=workspace_id).get("user") or {}
        except SlackApiError as error:
            # Fail closed, and do not cache, so the next request asks Slack again.
            logger.warning("users.info failed for %s: %s", user_id, error.response.get("error"))
            return False
        answer = bool(user.get("is_admin") or user.get("is_owner") or user.get("is_primary_owner"))
        self._roles.put((workspace_id, user_id), answer)
        return answer

    def _group_members(self, client: WebClient, workspace_id: str, group: str) -> frozenset[str]:
        cached = self._members.get((workspace_id, group))
        if cached is not None:
            return cached
        try:
            users = (
                client.usergroups_users_list(usergroup=group, team_id=workspace_id).get("users")
                or []
            )
        except SlackApiError as error:
            logger.warning(
                "usergroups.users.list failed for %s: %s", group, error.response.get("error")
            )
            return frozenset()
        members = frozenset(str(user) for user in users)
        self._members.put((workspace_id, group), members)
        return members
