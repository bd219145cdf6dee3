"""Workspace resolution: a workspace is created with its default profile on first use."""

from __future__ import annotations

import threading
import weakref

from domain.ports import UnitOfWorkFactory
from domain.services.workspaces import ensure_workspace


class _EnsuredWorkspaces:
    """Remembers, per store, which workspaces already have their default profile."""

    def __init__(self) -> None:
        self._seen: weakref.WeakKeyDictionary[UnitOfWorkFactory, set[str]] = (
            weakref.WeakKeyDictionary()
        )
        self._lock = threading.Lock()

    def ensure(self, factory: UnitOfWorkFactory, workspace_id: str) -> None:
        # Looking is safe without the lock (a set is only ever added to, under it); every
        # command looks, and only a workspace's first one goes on.
        if workspace_id in self._seen.get(factory, ()):
            return
        ensure_workspace(factory, workspace_id)
        with self._lock:
            self._seen.setdefault(factory, set()).add(workspace_id)


_ensured = _EnsuredWorkspaces()


def prepare_workspace(factory: UnitOfWorkFactory, workspace_id: str) -> None:
    """Create the workspace with its default profile on first use (once per process)."""
    _ensured.ensure(factory, workspace_id)
