"""Checks that twice the input costs about twice the CPU time, shared by the linear-time tests.

Timings are CPU time with the garbage collector off: its pauses depend on everything else
alive in the test process, not on the algorithm. A quadratic step shows a ratio near 4 on
every try; a noisy neighbour rarely spoils two tries in a row, so a ratio over 3 is tried again.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

TRIES = 3
MAX_RATIO = 3


def best_cpu_time(action: Callable[[], object], *, repeat: int = 3) -> float:
    """Best CPU time of ``repeat`` runs of ``action``."""
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(repeat):
            start = time.process_time()
            action()
            best = min(best, time.process_time() - start)
    finally:
        gc.enable()
    return best


def assert_doubling_is_linear(time_of: Callable[[str], float], half: str, *, what: str) -> None:
    """``time_of(half * 2)`` is under :data:`MAX_RATIO` times ``time_of(half)``."""
    ratio = float("inf")
    for _ in range(TRIES):
        ratio = min(ratio, time_of(half * 2) / time_of(half))
        if ratio < MAX_RATIO:
            break
    assert ratio < MAX_RATIO, f"{ratio:.1f}x the time for twice {len(half)} characters of {what!r}"
