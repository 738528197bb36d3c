"""Background jobs: a brief of uploaded reports, or an ingest into the store.

The work runs in a pool of worker processes, so a brief's CPU time never holds the server's
GIL and page requests stay fast while jobs run. Workers report progress over a queue that a
thread of the server drains into the jobs. The queue is bounded: with `max_jobs` queued or
running, one more is refused as busy (429). Finished jobs are kept for a bounded time and
number, then forgotten.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import multiprocessing
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, TypeVar

from newsfuse.ingest.inputs import Input
from newsfuse.settings import Settings
from newsfuse.web.errors import ApiError
from newsfuse.web.limits import WebLimits

T = TypeVar("T")
Kind = Literal["brief", "ingest"]
State = Literal["queued", "running", "done", "failed"]


@dataclass
class Job:
    id: str
    kind: Kind
    state: State = "queued"
    done: int = 0
    total: int = 0
    stage: str | None = None
    error: str | None = None
    result: Any = None  # an ingest's report as a dict
    brief: Path | None = None  # where a brief job's worker writes the brief's JSON
    finished: float | None = None

    @property
    def over(self) -> bool:
        return self.state in ("done", "failed")


class JobFailed(Exception):
    """A job's failure as one picklable message (core errors carry two-argument inits)."""


# --- in the worker processes ---------------------------------------------------------------

_progress: Any = None


def _start_worker(queue: Any) -> None:
    global _progress
    _progress = queue


def _report(job_id: str, done: int, total: int, stage: str) -> None:
    _progress.put((job_id, done, total, stage))


def _brief_work(job_id: str, inputs: list[Input], settings: Settings, out: Path) -> None:
    """Brief the inputs and write the JSON to `out` (whole or not at all): kept on disk, a
    finished job holds no brief in the server's memory."""
    from newsfuse import api
    from newsfuse.rendering import render, write_atomic

    stages = iter(range(1, api.STAGES + 1))

    def progress(stage: str) -> None:
        _report(job_id, next(stages, api.STAGES), api.STAGES, stage)

    def work() -> None:
        write_atomic(out, render(api.brief(inputs, settings, progress), "json"))

    _report(job_id, 0, api.STAGES, "reading")
    _failing_plainly(work)


def _ingest_work(
    job_id: str, db_url: str, inputs: list[Input], settings: Settings
) -> dict[str, int]:
    from newsfuse.store import open_store

    def work() -> dict[str, int]:
        _report(job_id, 0, len(inputs), "reading")
        with open_store(db_url) as store:
            report, _ = store.ingest(
                inputs, settings, lambda done, total: _report(job_id, done, total, "ingesting")
            )
        return dataclasses.asdict(report)

    return _failing_plainly(work)


def _store_brief_work(db_url: str, story_id: str, settings: Settings) -> None:
    from newsfuse.store import open_store

    def work() -> None:
        with open_store(db_url) as store:
            store.brief(story_id, settings)

    _failing_plainly(work)


def _failing_plainly(work: Callable[[], T]) -> T:
    from newsfuse.errors import NewsfuseError

    try:
        return work()
    except NewsfuseError as error:
        raise JobFailed(str(error)) from None
    except Exception as error:
        raise JobFailed(f"internal error ({type(error).__name__}: {error})") from None


# --- in the server ---------------------------------------------------------------------------


class Jobs:
    def __init__(self, limits: WebLimits, results: Path) -> None:
        self._limits = limits
        self._results = results
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._pool: ProcessPoolExecutor | None = None
        self._queue: Any = None
        self._listener: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._ingest_lock = asyncio.Lock()  # one writer of the store's stories at a time
        self._tasks: set[asyncio.Task[None]] = set()
        self._over: dict[str, asyncio.Event] = {}  # set when the job of that id is over
        # story id -> the brief of it being made, and the pool making it
        self._storing: dict[str, tuple[asyncio.Future[None], ProcessPoolExecutor]] = {}

    def get(self, job_id: str) -> Job:
        self._forget_old()
        job = self._jobs.get(job_id)
        if job is None:
            raise ApiError(404, "not_found", f"no job {job_id!r}", job_id)
        return job

    def brief(self, inputs: list[Input], settings: Settings) -> Job:
        job = self._new("brief")
        self._results.mkdir(parents=True, exist_ok=True)
        job.brief = self._results / f"{job.id}.json"
        self._run(job, _brief_work, job.id, inputs, settings, job.brief)
        return job

    @staticmethod
    def brief_json(job: Job) -> str:
        """The JSON a finished brief job wrote (read from disk: call it off the event loop)."""
        assert job.brief is not None
        return job.brief.read_text(encoding="utf-8")

    def ingest(self, db_url: str, inputs: list[Input], settings: Settings) -> Job:
        job = self._new("ingest")
        self._run(job, _ingest_work, job.id, db_url, inputs, settings, lock=self._ingest_lock)
        return job

    async def store_brief(self, db_url: str, story_id: str, settings: Settings) -> None:
        """Compute and store the brief of a stored story whose articles changed, in a worker
        (never in the server's process); concurrent callers for one story share one run."""
        entry = self._storing.get(story_id)
        if entry is None:
            pool = self._started()
            loop = asyncio.get_running_loop()
            made = asyncio.ensure_future(
                loop.run_in_executor(pool, _store_brief_work, db_url, story_id, settings)
            )
            entry = self._storing[story_id] = (made, pool)
            made.add_done_callback(lambda _: self._storing.pop(story_id, None))
        running, pool = entry
        try:
            await asyncio.shield(running)
        except JobFailed as error:
            raise ApiError(422, "unprocessable", str(error), story_id) from None
        except BrokenProcessPool:
            self._discard(pool)
            raise ApiError(503, "busy", "the worker briefing the story died; try again") from None

    async def wait(self, job: Job, seconds: float) -> Job:
        """The job once it is over, or as it is after `seconds`."""
        over = self._over.get(job.id)
        if over is not None:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(over.wait(), seconds)
        return job

    def close(self) -> None:
        for task in self._tasks:
            task.cancel()
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
        if self._queue is not None:
            self._queue.put(None)
        if self._listener is not None:
            self._listener.join(timeout=5)
        for job in self._jobs.values():  # reachable only through these jobs' ids
            if job.brief is not None:
                job.brief.unlink(missing_ok=True)

    def _new(self, kind: Kind) -> Job:
        self._forget_old()
        active = sum(1 for job in self._jobs.values() if not job.over)
        if active >= self._limits.max_jobs:
            message = f"{active} jobs are queued or running (the most is {self._limits.max_jobs})"
            raise ApiError(429, "busy", message + "; try again shortly")
        job = Job(uuid.uuid4().hex[:16], kind)
        self._jobs[job.id] = job
        return job

    def _run(self, job: Job, work: Any, *args: Any, lock: asyncio.Lock | None = None) -> None:
        pool = self._started()
        loop = asyncio.get_running_loop()
        over = self._over[job.id] = asyncio.Event()

        async def run() -> None:
            try:
                if lock is None:
                    job.result = await loop.run_in_executor(pool, work, *args)
                else:
                    async with lock:
                        job.result = await loop.run_in_executor(pool, work, *args)
                job.state, job.done = "done", max(job.done, job.total)
            except JobFailed as error:
                job.state, job.error = "failed", str(error)
            except BrokenProcessPool:  # a worker died (killed, out of memory): start afresh
                job.state, job.error = "failed", "the worker running the job died"
                self._discard(pool)
            except Exception as error:  # the pool shut down
                job.state, job.error = "failed", f"the job stopped ({type(error).__name__})"
            job.finished = time.monotonic()
            over.set()

        task = loop.create_task(run())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _started(self) -> ProcessPoolExecutor:
        # spawn: a fresh interpreter per worker, never a fork of the server's threads.
        context = multiprocessing.get_context("spawn")
        if self._listener is None:
            self._loop = asyncio.get_running_loop()
            self._queue = context.Queue()
            self._listener = threading.Thread(target=self._listen, name="job-progress")
            self._listener.daemon = True
            self._listener.start()
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                self._limits.workers, context, initializer=_start_worker, initargs=(self._queue,)
            )
        return self._pool

    def _discard(self, pool: ProcessPoolExecutor) -> None:
        if self._pool is pool:
            self._pool = None
            pool.shutdown(wait=False, cancel_futures=True)

    def _listen(self) -> None:
        assert self._loop is not None
        while (message := self._queue.get()) is not None:
            try:  # jobs change on the event loop only, so a late message never undoes "done"
                self._loop.call_soon_threadsafe(self._progress, *message)
            except RuntimeError:  # the loop is closed: the server is stopping
                return

    def _progress(self, job_id: str, done: int, total: int, stage: str) -> None:
        job = self._jobs.get(job_id)
        if job is not None and not job.over:
            job.state, job.done, job.total, job.stage = "running", done, total, stage

    def _forget_old(self) -> None:
        now = time.monotonic()
        over = [job for job in self._jobs.values() if job.finished is not None]
        stale = {j.id for j in over if now - (j.finished or now) > self._limits.keep_seconds}
        surplus = len(over) - len(stale) - self._limits.keep_jobs
        for job in over:
            if surplus > 0 and job.id not in stale:
                stale.add(job.id)
                surplus -= 1
        for job_id in stale:
            job = self._jobs.pop(job_id)
            self._over.pop(job_id, None)
            if job.brief is not None:
                job.brief.unlink(missing_ok=True)


__all__ = ["Job", "JobFailed", "Jobs"]
