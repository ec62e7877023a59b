"""Run a function over many items on every core, results in input order.

Used where work is per source (reading, per-source note drafts). Small jobs
stay in this process, since starting workers costs more than it saves.
BRIEFGEN_JOBS sets the number of worker processes (1 turns parallelism off).
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

MIN_ITEMS = 48
"""Fewer items than this are processed in this process."""


def jobs() -> int:
    """Worker processes to use: BRIEFGEN_JOBS, else the number of usable cores."""
    wanted = os.environ.get("BRIEFGEN_JOBS", "")
    if wanted.isdigit() and int(wanted) > 0:
        return int(wanted)
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def map_ordered(function: Callable[[T], R], items: Sequence[T], *, min_items: int = MIN_ITEMS) -> Iterator[R]:
    """function(item) for each item, in order; in worker processes when that pays.

    *function* must be a module-level function and must return expected failures as
    values: an exception raised in a worker stops the whole map."""
    workers = min(jobs(), max(1, len(items) // 8))
    if workers <= 1 or len(items) < min_items:
        for item in items:
            yield function(item)
        return
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    chunk = max(1, min(64, len(items) // (workers * 8)))
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_leave_interrupts_to_parent)
    try:
        yield from pool.map(function, items, chunksize=chunk)
    except BaseException:
        # Ctrl-C (or an error): drop the work not started; waiting for all of it would hang the exit.
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown(wait=True)


def _leave_interrupts_to_parent() -> None:
    """Workers ignore Ctrl-C: the parent stops them, so no worker prints a traceback."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
