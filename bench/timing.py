"""Latency samples and their percentiles."""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Latency:
    """Percentiles of a set of samples, in milliseconds."""

    count: int
    p50_ms: float
    p99_ms: float
    max_ms: float


def percentile(sorted_samples: list[float], fraction: float) -> float:
    """The nearest-rank percentile of already sorted samples."""
    rank = max(1, math.ceil(fraction * len(sorted_samples)))
    return sorted_samples[rank - 1]


def summarise(seconds: list[float]) -> Latency:
    """p50, p99 and max of samples given in seconds."""
    ordered = sorted(seconds)
    return Latency(
        count=len(ordered),
        p50_ms=percentile(ordered, 0.50) * 1000,
        p99_ms=percentile(ordered, 0.99) * 1000,
        max_ms=ordered[-1] * 1000,
    )


def timed(call: Callable[[], object]) -> float:
    """Seconds one call took."""
    started = time.perf_counter()
    call()
    return time.perf_counter() - started
