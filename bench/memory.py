"""Resident memory of this process and of a process tree (a gunicorn master and its workers)."""

from __future__ import annotations

import resource
import threading
from pathlib import Path

_PAGE_KIB = resource.getpagesize() // 1024


def own_peak_mib() -> float:
    """Peak RSS of this process so far (Linux reports ru_maxrss in KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # the process ended while we looked
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def _pss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        if line.startswith("Pss:"):
            return int(line.split()[1])
    return 0


def tree_memory_mib(pid: int) -> tuple[float, float]:
    """(RSS, PSS) summed over `pid` and all its descendants.

    Forked workers share most of their pages with the master: summed RSS counts each
    shared page once per process, PSS divides it among the processes sharing it, so the
    PSS sum is the memory the tree really holds.
    """
    rss_pages = pss_kib = 0
    pending = [pid]
    while pending:
        current = pending.pop()
        try:
            rss_pages += int(Path(f"/proc/{current}/statm").read_text().split()[1])
            pss_kib += _pss_kib(current)
        except OSError:
            continue
        pending.extend(_children(current))
    return rss_pages * _PAGE_KIB / 1024, pss_kib / 1024


class TreeSampler:
    """Samples a process tree's RSS and PSS on a thread until stopped; keeps the peaks."""

    def __init__(self, pid: int, interval: float = 0.2) -> None:
        self.peak_mib = 0.0
        self.peak_pss_mib = 0.0
        self._pid = pid
        self._interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> TreeSampler:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()

    def _sample(self) -> None:
        while not self._stop.is_set():
            rss, pss = tree_memory_mib(self._pid)
            self.peak_mib = max(self.peak_mib, rss)
            self.peak_pss_mib = max(self.peak_pss_mib, pss)
            self._stop.wait(self._interval)
