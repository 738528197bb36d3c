"""A request's reports as core inputs: multipart files or JSON articles, within the limits.

Bodies being received are counted: past `max_jobs` at once a new one is refused as busy, so
memory held by uploads stays under `max_jobs` times `max_body_bytes` however many clients send.
"""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request

from newsfuse.ingest.inputs import Input
from newsfuse.web.articles import article_inputs, parse_articles
from newsfuse.web.errors import ApiError
from newsfuse.web.multipart import read_files
from newsfuse.web.state import WebState
from newsfuse.web.uploads import upload_docs


async def request_inputs(
    request: Request, state: WebState, files_only: bool = False
) -> list[Input]:
    """The reports of a multipart body (field `files`) or, unless `files_only`, of a JSON
    body of articles."""
    kind = request.headers.get("content-type", "")
    if kind.startswith("multipart/form-data"):
        with state.receiving():
            return await _files(request, state)
    if kind.split(";")[0].strip() == "application/json" and not files_only:
        with state.receiving():
            articles = parse_articles(await request.body())
        found = article_inputs(
            articles, state.settings, state.limits.max_files, state.max_file_bytes
        )
        return list(found)
    wanted = "multipart/form-data" if files_only else "multipart/form-data or application/json"
    raise ApiError(415, "unsupported_type", f"{kind or 'no content type'}: send {wanted}")


async def _files(request: Request, state: WebState) -> list[Input]:
    uploads = await read_files(
        request.headers.get("content-type", ""),
        request.stream(),
        state.limits.max_files,
        state.max_file_bytes,
    )
    # A gzip upload may inflate to no more than an upload may be. Decoding and charset
    # detection take CPU time: off the event loop.
    reading = state.settings.with_overrides(max_input_bytes=state.max_file_bytes)
    docs = await run_in_threadpool(upload_docs, uploads, reading, state.spool)
    return list(docs)


__all__ = ["request_inputs"]
