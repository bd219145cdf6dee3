"""Memory settings of the `mmbot serve` master, taken before it forks its workers."""

from __future__ import annotations

import ctypes
import ctypes.util
import gc

# glibc's mallopt parameter number for the most malloc arenas (malloc.h: M_ARENA_MAX).
_M_ARENA_MAX = -8
# A worker runs about 50 threads (32 for requests, the background pool of 16, a few more).
# glibc gives threads up to 8 arenas per core, each keeping its own freed memory; with two
# the threads share them: under 20 s of the bench's mix a worker held about 80 MiB, not 100.
MALLOC_ARENAS = 2


def limit_malloc_arenas(arenas: int = MALLOC_ARENAS) -> bool:
    """Cap glibc's malloc arenas for this process and the workers it forks (what the
    MALLOC_ARENA_MAX variable does at start); False where the C library is not glibc."""
    name = ctypes.util.find_library("c")
    if name is None:
        return False
    try:
        mallopt = ctypes.CDLL(name).mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    return bool(mallopt(_M_ARENA_MAX, arenas))


def freeze_before_fork() -> None:
    """Move every object made so far (modules, the catalogues) out of the collector's reach.

    A forked worker shares the master's pages until it writes to them, and a collection
    writes to every object it visits; frozen objects are never visited, so their pages
    stay shared by all the workers instead of being copied into each.
    """
    gc.collect()
    gc.freeze()
