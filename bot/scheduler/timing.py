"""How often the scheduler says it is alive, when it counts as dead, how soon it is restarted."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from config.settings import Settings, export_instance_id, load_settings


@dataclass(frozen=True)
class SchedulerTiming:
    """Heartbeat interval, staleness limit, first restart delay and settings sync, in seconds."""

    heartbeat_seconds: float = 30.0
    stale_seconds: float = 120.0
    restart_seconds: float = 1.0
    max_restart_seconds: float = 60.0
    # Settings changed by any process (Slack, CLI, another replica) are picked up this fast.
    sync_seconds: float = 30.0

    @classmethod
    def from_settings(cls, settings: Settings) -> SchedulerTiming:
        """MMBOT_SCHEDULER_{HEARTBEAT,STALE,RESTART,SYNC}_SECONDS, else the defaults."""
        return cls(
            heartbeat_seconds=settings.scheduler_heartbeat_seconds,
            stale_seconds=settings.scheduler_stale_seconds,
            restart_seconds=settings.scheduler_restart_seconds,
            sync_seconds=settings.scheduler_sync_seconds,
        )

    @classmethod
    def from_env(cls) -> SchedulerTiming:
        """The timing the settings (environment, `.env`) give."""
        return cls.from_settings(load_settings())


def instance_id() -> str | None:
    """This serve instance's id, if `mmbot serve` set one."""
    return load_settings().instance_id


def claim_instance_id() -> str:
    """Give this process (and every process it starts or forks) an instance id, once."""
    current = instance_id()
    if current is None:
        current = uuid.uuid4().hex
        export_instance_id(current)
    return current
