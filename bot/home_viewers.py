"""App Home re-published after a change to the users who have it open (SPEC §7)."""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence

from domain.application import Caller, Notifier
from domain.application.events import ChangeNoticed, Event, Undelivered

logger = logging.getLogger("mmbot.bot.home")

# A tab opened this long ago is likely closed; publishing to many users costs one call each.
RECENT_SECONDS = 8 * 3600
PER_WORKSPACE_MAX = 50


class HomeViewers:
    """Per workspace, the users who opened App Home recently, most recent last (this process)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._seen: dict[str, OrderedDict[str, tuple[float, Caller]]] = {}

    def opened(self, caller: Caller) -> None:
        """Remember that the caller has the tab open now."""
        with self._lock:
            users = self._seen.setdefault(caller.workspace_id, OrderedDict())
            users.pop(caller.actor.id, None)
            users[caller.actor.id] = (self._clock(), caller)
            while len(users) > PER_WORKSPACE_MAX:
                users.popitem(last=False)

    def recent(self, workspace_id: str) -> list[Caller]:
        """The users who opened the tab within RECENT_SECONDS, oldest first."""
        cutoff = self._clock() - RECENT_SECONDS
        with self._lock:
            users = self._seen.get(workspace_id, OrderedDict())
            return [caller for at, caller in users.values() if at >= cutoff]


class HomeRefresher:
    """A notifier that, after the inner one, re-publishes App Home where a change happened."""

    def __init__(self, inner: Notifier, viewers: HomeViewers) -> None:
        self._inner = inner
        self._viewers = viewers
        self._publish: Callable[[Caller], None] | None = None

    def bind(self, publish: Callable[[Caller], None]) -> None:
        """How to publish one user's tab (known only once the application exists)."""
        self._publish = publish

    def publish(self, events: Sequence[Event]) -> Sequence[Undelivered]:
        undelivered = self._inner.publish(events)
        changed = {event.workspace_id for event in events if isinstance(event, ChangeNoticed)}
        for workspace_id in changed:
            for viewer in self._viewers.recent(workspace_id):
                self._refresh(viewer)
        return undelivered

    def _refresh(self, viewer: Caller) -> None:
        if self._publish is None:
            return
        try:
            self._publish(viewer)
        except Exception:
            # The change is committed; a stale tab is refreshed when it is opened again.
            logger.warning("could not re-publish App Home for %s", viewer.actor.id, exc_info=True)
