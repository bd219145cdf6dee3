"""Who is an mmbot administrator (SPEC §5, §7): per workspace, its admins and owners, plus
the users and user group named in its settings (or, for a single workspace, the environment).

Slack's answers are cached at most CACHE_SECONDS and a user's are dropped at once when Slack
says the user changed (`user_change`). When Slack cannot answer, the check raises
AdminCheckUnavailable: a real administrator must never read that they are not one.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Generic, TypeVar

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from domain.errors import AdminCheckUnavailable

# A demoted administrator keeps their rights at most this long (SPEC §7).
CACHE_SECONDS = 60.0
# Slack's answers that settle the question: the user or group does not exist (for this token).
NO_SUCH_USER = frozenset({"user_not_found", "users_not_found", "user_not_visible"})
NO_SUCH_GROUP = frozenset({"no_such_subteam", "subteam_not_found"})
# What a call to Slack raises when Slack did not answer the question: an error answer
# (5xx, 429 past its retries, ratelimited…) or a connection refused, dropped or timed out.
SLACK_FAILURES = (SlackApiError, OSError)
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

    def forget(self, matches: Callable[[K], bool]) -> None:
        """Drop every entry whose key `matches`, expired or not."""
        with self._lock:
            for key in [key for key in self._entries if matches(key)]:
                del self._entries[key]


@dataclass(frozen=True)
class AdminRule:
    """The users and the user group that are administrators in one workspace."""

    users: frozenset[str] = frozenset()
    group: str | None = None


def _reason(error: Exception) -> str:
    if isinstance(error, SlackApiError):
        return f"{error.response.status_code} {error.response.get('error', '')}".strip()
    return f"{type(error).__name__}: {error}"


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
        """True for the workspace's configured users, its admins and owners, and its group's
        members; AdminCheckUnavailable when Slack could not say."""
        rule = self._rule_for(workspace_id)
        if user_id in rule.users:
            return True
        try:
            if self._workspace_admin(client, workspace_id, user_id):
                return True
        except AdminCheckUnavailable:
            # The group may still say yes; only a "no" from it would be a guess.
            if rule.group is not None and user_id in self._group_members(
                client, workspace_id, rule.group
            ):
                return True
            raise
        return rule.group is not None and user_id in self._group_members(
            client, workspace_id, rule.group
        )

    def forget_user(self, user_id: str) -> None:
        """Slack says `user_id` changed: ask again about them, in every workspace, and about
        the groups (a deactivated user leaves their groups)."""
        self._roles.forget(lambda key: key[1] == user_id)
        self._members.forget(lambda _key: True)

    def _workspace_admin(self, client: WebClient, workspace_id: str, user_id: str) -> bool:
        cached = self._roles.get((workspace_id, user_id))
        if cached is not None:
            return cached
        try:
            # team_id: an org-wide token answers for every workspace of the organization.
            user = client.users_info(user=user_id, team_id=workspace_id).get("user") or {}
        except SLACK_FAILURES as error:
            if isinstance(error, SlackApiError) and error.response.get("error") in NO_SUCH_USER:
                return False  # Slack answered: no such user here, so not an admin either
            # Not cached, so the next request asks Slack again.
            logger.warning("users.info failed for %s: %s", user_id, _reason(error))
            raise AdminCheckUnavailable() from error
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
        except SLACK_FAILURES as error:
            if isinstance(error, SlackApiError) and error.response.get("error") in NO_SUCH_GROUP:
                logger.warning("the admin group %s does not exist in %s", group, workspace_id)
                return frozenset()
            logger.warning("usergroups.users.list failed for %s: %s", group, _reason(error))
            raise AdminCheckUnavailable() from error
        members = frozenset(str(user) for user in users)
        self._members.put((workspace_id, group), members)
        return members
