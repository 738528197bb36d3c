"""A small pool of open stores for the request handlers.

An SQLite connection may only be used by the thread that opened it, so each store lives in a
lane of its own: one thread that opens it once and runs every call on it. A request borrows a
free lane, so at most `size` store calls run at once and none of them blocks the event loop.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from newsfuse.store import Store, open_store

T = TypeVar("T")


class _Lane:
    def __init__(self, url: str, number: int) -> None:
        self.url = url
        self.thread = ThreadPoolExecutor(1, thread_name_prefix=f"store-{number}")
        self.store: Store | None = None

    def call(self, work: Callable[[Store], T]) -> T:
        if self.store is None:
            self.store = open_store(self.url)
        return work(self.store)

    def close(self) -> None:
        def shut() -> None:
            if self.store is not None:
                self.store.db.close()
                self.store = None

        self.thread.submit(shut).result()
        self.thread.shutdown()


class StorePool:
    def __init__(self, url: str, size: int = 4) -> None:
        self._lanes = [_Lane(url, number) for number in range(size)]
        self._free: asyncio.Queue[_Lane] | None = None

    async def run(self, work: Callable[[Store], T]) -> T:
        """`work(store)` on a free lane's store, off the event loop."""
        if self._free is None:  # made on first use, inside the server's event loop
            self._free = asyncio.Queue()
            for lane in self._lanes:
                self._free.put_nowait(lane)
        lane = await self._free.get()
        try:
            loop = asyncio.get_running_loop()
            return await loop.run_in_executor(lane.thread, lane.call, work)
        finally:
            self._free.put_nowait(lane)

    def close(self) -> None:
        for lane in self._lanes:
            lane.close()


__all__ = ["StorePool"]
