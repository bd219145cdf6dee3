"""What the Slack app needs from its store: the application's store protocol."""

from __future__ import annotations

from domain.application.store import Store as AppStore
from domain.application.store import StoreUnitOfWork as AppUnitOfWork

__all__ = ["AppStore", "AppUnitOfWork"]
