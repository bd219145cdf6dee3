"""The serve master's memory settings, and what the scheduler process leaves unloaded."""

from __future__ import annotations

import gc
import platform
import subprocess
import sys

from bot.process_memory import freeze_before_fork, limit_malloc_arenas


def test_the_malloc_arena_cap_is_taken_where_the_c_library_is_glibc() -> None:
    assert limit_malloc_arenas(2) is (platform.libc_ver()[0] == "glibc")


def test_freezing_moves_the_objects_made_so_far_out_of_the_collector() -> None:
    try:
        freeze_before_fork()
        assert gc.get_freeze_count() > 1_000
    finally:
        gc.unfreeze()


def test_the_scheduler_process_does_not_load_bolt_or_the_listeners() -> None:
    # The scheduler reads its store and tokens through bot.bootstrap; importing Bolt (its
    # App, every listener, form and view) there cost the process megabytes it never used.
    probe = (
        "import sys, bot.scheduler.process\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'slack_bolt'"
        " or m == 'bot.app' or m.startswith(('bot.listeners', 'bot.forms', 'bot.views'))))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert loaded == "[]"
