"""Who has opened the App Home tab lately, so it can be re-published to them after a change."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable

# A tab opened this long ago is likely closed; publishing to many users costs one call each.
RECENT_SECONDS = 8 * 3600
PER_WORKSPACE_MAX = 50


class HomeViewers:
    """Per workspace, the users who opened App Home recently, most recent last (this process)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._seen: dict[str, OrderedDict[str, float]] = {}

    def opened(self, workspace_id: str, user_id: str) -> None:
        """Remember that `user_id` has the tab open now."""
        with self._lock:
            users = self._seen.setdefault(workspace_id, OrderedDict())
            users.pop(user_id, None)
            users[user_id] = self._clock()
            while len(users) > PER_WORKSPACE_MAX:
                users.popitem(last=False)

    def recent(self, workspace_id: str) -> list[str]:
        """The users who opened the tab within RECENT_SECONDS, oldest first."""
        cutoff = self._clock() - RECENT_SECONDS
        with self._lock:
            users = self._seen.get(workspace_id, OrderedDict())
            return [user for user, at in users.items() if at >= cutoff]
