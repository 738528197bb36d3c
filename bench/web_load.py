"""Bounded load on loopback: many readers of stored briefs plus a stream of uploads.

    .venv/bin/python bench/web_load.py [--clients 50] [--seconds 30] [--upload-every 2]

Starts `newsfuse serve` itself (a real uvicorn subprocess, bench/web_harness.py) on a store of
the bundled examples. For `--seconds`, `--clients` concurrent clients (one httpx.AsyncClient,
one connection each) request `GET /v1/stories/{id}/brief` back to back over the stored stories,
while one more client uploads every `--upload-every` seconds, alternating a JSON article to
`POST /v1/articles` (ingest) and a multipart file to `POST /v1/briefs`, and follows each job to
its end; one upload in five is instead a file a byte over the per-file limit, which must be
refused with 413 `too_large`. Then it checks that no upload was lost: every accepted job
finished (an ingest adding its one article, a brief there to fetch), and every article an
ingest job took is in the store (found by the unique word its text carries).

Prints requests/s, p50/p90/p99 latency of the brief reads, errors by kind, the uploads sent,
finished, refused (429/503: the server said so) and lost, and the oversized files refused;
exits 1 on any error (an oversized file let through counts as one) or lost upload.
On a shared two-core machine the figures are indicative.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from newsfuse.settings import Settings
from newsfuse.store import open_store
from web_harness import EXAMPLE_REPORTS, serve_store

_JOB_WAIT_SECONDS = 300.0  # for the uploads still queued when the load stops
_POLL_SECONDS = 0.5
_OVERSIZED_EVERY = 5  # one upload in five is a file over the per-file limit


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    errors: Counter[str] = field(default_factory=Counter)
    sent: int = 0
    refused: int = 0
    finished: int = 0
    failed: list[str] = field(default_factory=list)
    job_seconds: list[float] = field(default_factory=list)
    ingested_words: list[str] = field(default_factory=list)
    oversized: int = 0  # files over the per-file limit sent among the uploads
    oversized_refused: int = 0  # ... and answered 413 too_large, as they must be


def _article(n: int) -> tuple[str, str]:
    """A short invented report (its unique word, its text); no two clean to the same text."""
    word = f"loadmark{n:05d}"
    text = (
        f"LOWMOOR, June {n % 28 + 1}, 2024 — The new ferry quay at Lowmoor handled its "
        f"{n + 1}th crossing on Tuesday, the harbour office said.\n"
        f"The crossing was logged under reference {word} in the harbour register.\n"
        f"About {200 + n} passengers travelled, and the quay master said the timetable held."
    )
    return word, text


async def _read_briefs(url: str, stories: list[str], deadline: float, tally: Tally) -> None:
    async with httpx.AsyncClient(base_url=url, timeout=30.0) as client:
        n = 0
        while time.monotonic() < deadline:
            story = stories[n % len(stories)]
            n += 1
            began = time.perf_counter()
            try:
                response = await client.get(f"/v1/stories/{story}/brief")
                await response.aread()
            except httpx.HTTPError as error:
                tally.errors[type(error).__name__] += 1
                continue
            if response.status_code != 200 or not response.content.startswith(b"{"):
                tally.errors[f"HTTP {response.status_code}"] += 1
                continue
            tally.latencies.append(time.perf_counter() - began)


async def _upload(client: httpx.AsyncClient, n: int) -> tuple[httpx.Response, str | None]:
    word, text = _article(n)
    if n % 2 == 0:
        article = {"id": f"load-{n}", "title": f"Lowmoor quay crossing {n}", "text": text}
        body = {"articles": [article]}
        return await client.post("/v1/articles", json=body), word
    files = {"files": (f"load-{n}.txt", f"Lowmoor quay crossing {n}\n{text}\n", "text/plain")}
    return await client.post("/v1/briefs", files=files), None


async def _oversized(client: httpx.AsyncClient, tally: Tally) -> None:
    """One file a byte over the per-file limit: the server must refuse it, whatever the load."""
    body = b"x" * (Settings().max_input_bytes + 1)
    response = await client.post("/v1/briefs", files={"files": ("big.txt", body, "text/plain")})
    tally.oversized += 1
    code = response.json().get("error", {}).get("code") if response.status_code == 413 else None
    if code == "too_large":
        tally.oversized_refused += 1
    else:
        tally.errors[f"oversized upload HTTP {response.status_code}"] += 1


async def _follow(client: httpx.AsyncClient, job: str, word: str | None, tally: Tally) -> None:
    began = time.monotonic()
    while time.monotonic() - began < _JOB_WAIT_SECONDS:
        try:
            response = await client.get(f"/v1/jobs/{job}")
        except httpx.HTTPError as error:
            tally.errors[f"job poll {type(error).__name__}"] += 1
            await asyncio.sleep(_POLL_SECONDS)
            continue
        if response.status_code != 200:
            tally.failed.append(f"{job}: HTTP {response.status_code} {response.text[:200]}")
            return
        state = response.json()
        if state["state"] == "done":
            tally.job_seconds.append(time.monotonic() - began)
            problem = await _check_result(client, job, state["result"], word)
            if problem:
                tally.failed.append(f"{job}: {problem}")
                return
            tally.finished += 1
            if word is not None:
                tally.ingested_words.append(word)
            return
        if state["state"] == "failed":
            tally.failed.append(f"{job}: failed: {state['error']}")
            return
        await asyncio.sleep(_POLL_SECONDS)
    tally.failed.append(f"{job}: not finished after {_JOB_WAIT_SECONDS:.0f} s")


async def _check_result(
    client: httpx.AsyncClient, job: str, result: Any, word: str | None
) -> str | None:
    """What is wrong with a finished job's result, if anything: an ingest must have added its
    one new article, a brief must be there to fetch."""
    if word is not None:
        added = result.get("added") if isinstance(result, dict) else None
        return None if added == 1 else f"ingest result {result!r}, not one article added"
    response = await client.get(f"/v1/jobs/{job}/brief")
    return None if response.status_code == 200 else f"brief: HTTP {response.status_code}"


async def _send(client: httpx.AsyncClient, n: int, tally: Tally) -> asyncio.Task[None] | None:
    """Upload number `n`; returns the task following its job, if one was accepted."""
    if n % _OVERSIZED_EVERY == _OVERSIZED_EVERY - 1:
        await _oversized(client, tally)
        return None
    response, word = await _upload(client, n)
    tally.sent += 1
    if response.status_code == 202:
        job = response.json()["job"]
        return asyncio.create_task(_follow(client, job, word, tally))
    if response.status_code in (429, 503):
        tally.refused += 1
    else:
        tally.errors[f"upload HTTP {response.status_code}"] += 1
    return None


async def _uploads(url: str, every: float, deadline: float, tally: Tally) -> None:
    async with httpx.AsyncClient(base_url=url, timeout=60.0) as client:
        followers = []
        n = 0
        began = time.monotonic()
        while time.monotonic() < deadline:
            try:
                follower = await _send(client, n, tally)
            except httpx.HTTPError as error:
                tally.errors[f"upload {type(error).__name__}"] += 1
            else:
                if follower is not None:
                    followers.append(follower)
            n += 1
            # A fixed rate: a slow answer does not push the next upload back.
            await asyncio.sleep(max(0.0, began + n * every - time.monotonic()))
        await asyncio.gather(*followers)


async def _load(url: str, clients: int, seconds: float, every: float) -> tuple[Tally, float]:
    async with httpx.AsyncClient(base_url=url) as client:
        stories = [s["id"] for s in (await client.get("/v1/stories")).json()["stories"]]
    tally = Tally()
    began = time.monotonic()
    deadline = began + seconds
    readers = [_read_briefs(url, stories, deadline, tally) for _ in range(clients)]
    uploads = asyncio.create_task(_uploads(url, every, deadline, tally))
    await asyncio.gather(*readers)
    elapsed = time.monotonic() - began
    await uploads
    return tally, elapsed


def _missing_articles(db: Path, words: list[str]) -> list[str]:
    with open_store(str(db)) as store:
        return [word for word in words if not store.search(word, 1)]


def _ms(values: list[float], share: float) -> str:
    if not values:
        return "-"
    ordered = sorted(values)
    return f"{ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000:.1f} ms"


def _report(tally: Tally, elapsed: float, missing: list[str], args: argparse.Namespace) -> int:
    reads = len(tally.latencies)
    lost = len(tally.failed) + len(missing)
    print(
        f"web load: {args.clients} clients for {args.seconds:.0f} s on GET "
        f"/v1/stories/{{id}}/brief, an upload every {args.upload_every:g} s (loopback)"
    )
    print(
        f"reads: {reads} in {elapsed:.1f} s = {reads / elapsed:.1f} requests/s; latency "
        f"p50 {_ms(tally.latencies, 0.5)}, p90 {_ms(tally.latencies, 0.9)}, "
        f"p99 {_ms(tally.latencies, 0.99)}"
    )
    errors = ", ".join(f"{kind}: {count}" for kind, count in tally.errors.most_common())
    print(f"errors: {errors or 'none'}")
    job_median = f"{statistics.median(tally.job_seconds):.1f} s" if tally.job_seconds else "-"
    print(
        f"uploads: {tally.sent} sent, {tally.finished} finished (median job {job_median}), "
        f"{tally.refused} refused as busy, {lost} lost; "
        f"{len(tally.ingested_words) - len(missing)} of {len(tally.ingested_words)} "
        "ingested articles found in the store"
    )
    print(
        f"limits: {tally.oversized_refused} of {tally.oversized} files over the per-file limit "
        "refused (413 too_large)"
    )
    for line in [*tally.failed, *(f"not in the store: {word}" for word in missing)]:
        print(f"  lost: {line}")
    return 1 if tally.errors or lost else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=50, help="concurrent readers")
    parser.add_argument("--seconds", type=float, default=30.0, help="how long the load runs")
    parser.add_argument("--upload-every", type=float, default=2.0, help="seconds between uploads")
    args = parser.parse_args(argv)
    with serve_store(EXAMPLE_REPORTS) as server:
        tally, elapsed = asyncio.run(
            _load(server.url, args.clients, args.seconds, args.upload_every)
        )
        missing = _missing_articles(server.db, tally.ingested_words)
    return _report(tally, elapsed, missing, args)


if __name__ == "__main__":
    sys.exit(main())
