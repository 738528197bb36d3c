"""One deadline for a whole fetch: resolving, connecting, TLS, every read and every redirect.

A per-read timeout lets a server that drips one byte at a time hold a run for ever; here every
blocking call gets only the time left, so the fetch ends at the deadline whatever the server does.
"""

from __future__ import annotations

import io
import socket
import threading
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


class Deadline:
    """A point in time; `remaining()` raises TimeoutError once it has passed."""

    def __init__(self, seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.seconds = seconds
        self._clock = clock
        self._end = clock() + seconds

    def remaining(self) -> float:
        left = self._end - self._clock()
        if left <= 0:
            raise TimeoutError(f"deadline of {self.seconds:g} s passed")
        return left


def call_within(deadline: Deadline, function: Callable[[str], T], argument: str) -> T:
    """`function(argument)` or TimeoutError at the deadline, for calls that take no timeout
    (getaddrinfo). The call goes on in a daemon thread, which cannot hold the process at exit."""
    outcome: list[T] = []
    failure: list[BaseException] = []

    def run() -> None:
        try:
            outcome.append(function(argument))
        except BaseException as error:  # handed to the caller's thread
            failure.append(error)

    worker = threading.Thread(target=run, name="newsfuse-resolve", daemon=True)
    worker.start()
    worker.join(deadline.remaining())
    if failure:
        raise failure[0]
    if not outcome:
        deadline.remaining()  # raises when the join ran out of time
        raise TimeoutError(f"deadline of {deadline.seconds:g} s passed")
    return outcome[0]


class DeadlineSocket:
    """The part of a socket that http.client uses, each blocking call bounded by the deadline.

    `close` leaves the real socket open: http.client closes its connection as soon as a response
    that ends the connection begins, while the body is still to be read. The owner closes it.
    """

    def __init__(self, sock: socket.socket, deadline: Deadline) -> None:
        self._sock = sock
        self._deadline = deadline

    def sendall(self, data: bytes) -> None:
        self._sock.settimeout(self._deadline.remaining())
        self._sock.sendall(data)

    def recv_into(self, buffer: memoryview) -> int:
        self._sock.settimeout(self._deadline.remaining())
        return self._sock.recv_into(buffer)

    def makefile(self, mode: str = "rb") -> io.BufferedReader:
        if mode != "rb":
            raise ValueError(f"only binary reading is supported, not mode {mode!r}")
        return io.BufferedReader(_Reader(self))

    def close(self) -> None:
        pass


class _Reader(io.RawIOBase):
    def __init__(self, sock: DeadlineSocket) -> None:
        self._sock = sock

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        return self._sock.recv_into(buffer)


__all__ = ["Deadline", "DeadlineSocket", "call_within"]
