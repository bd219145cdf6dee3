"""How often the scheduler says it is alive, when it counts as dead, how soon it is restarted."""

from __future__ import annotations

import os
import uuid
from collections.abc import Mapping
from dataclasses import dataclass

# Set by `mmbot serve` for its scheduler and its workers: whose heartbeat /healthz reads.
INSTANCE_VARIABLE = "MMBOT_INSTANCE_ID"


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
    def from_env(cls, env: Mapping[str, str] | None = None) -> SchedulerTiming:
        """MMBOT_SCHEDULER_{HEARTBEAT,STALE,RESTART,SYNC}_SECONDS, else the defaults."""
        source = os.environ if env is None else env
        default = cls()

        def seconds(name: str, fallback: float) -> float:
            text = source.get(f"MMBOT_SCHEDULER_{name}_SECONDS")
            return float(text) if text else fallback

        return cls(
            heartbeat_seconds=seconds("HEARTBEAT", default.heartbeat_seconds),
            stale_seconds=seconds("STALE", default.stale_seconds),
            restart_seconds=seconds("RESTART", default.restart_seconds),
            sync_seconds=seconds("SYNC", default.sync_seconds),
        )


def instance_id(env: Mapping[str, str] | None = None) -> str | None:
    """This serve instance's id, if `mmbot serve` set one."""
    source = os.environ if env is None else env
    return source.get(INSTANCE_VARIABLE) or None


def claim_instance_id() -> str:
    """Give this process (and every process it starts or forks) an instance id, once."""
    current = instance_id()
    if current is None:
        current = uuid.uuid4().hex
        os.environ[INSTANCE_VARIABLE] = current
    return current
