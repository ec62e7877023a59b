"""Ctrl-C always ends `briefgen serve`: the interrupt stops the main loop as before and starts a
clock after which the process leaves whatever thread still runs (a Ctrl-C'd preview was seen still
alive 30 s later in a full test run). Called from Python, serve's clock stops when it returns."""

from __future__ import annotations

import os
import signal
import time

import pytest

from briefgen import serve


def test_an_interrupt_starts_the_clock_that_ends_the_process(monkeypatch: pytest.MonkeyPatch) -> None:
    left: list[int] = []
    monkeypatch.setattr(serve, "leave", lambda code=0: left.append(code))
    monkeypatch.setattr(serve, "STOP_GRACE", 0.2)
    before = signal.getsignal(signal.SIGINT)
    interrupts = serve._StopOnInterrupt()
    try:
        with pytest.raises(KeyboardInterrupt):
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(1)  # the handler raises in the main thread at once
        deadline = time.monotonic() + 5
        while not left and time.monotonic() < deadline:
            time.sleep(0.05)
        assert left == [0]
    finally:
        interrupts.close()
    assert signal.getsignal(signal.SIGINT) == before


def test_a_serve_that_returned_is_never_ended_later(monkeypatch: pytest.MonkeyPatch) -> None:
    left: list[int] = []
    monkeypatch.setattr(serve, "leave", lambda code=0: left.append(code))
    monkeypatch.setattr(serve, "STOP_GRACE", 0.3)
    interrupts = serve._StopOnInterrupt()
    with pytest.raises(KeyboardInterrupt):
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(1)
    interrupts.close()  # serve's cleanup finished in time
    time.sleep(0.6)
    assert left == []
