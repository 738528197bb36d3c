"""The JSON API under /v1: brief and ingest jobs, their progress, stored stories and search.

Every route calls the same public core as the CLI (`newsfuse.brief`, `Store.ingest`,
`Store.brief`, `Store.search`, the `--since` logic of `newsfuse.store.since`)."""

from __future__ import annotations

from functools import partial
from typing import Any

from fastapi import APIRouter, Query, Request
from starlette.concurrency import run_in_threadpool
from starlette.responses import JSONResponse, Response

from newsfuse.errors import NewsfuseError
from newsfuse.rendering import render
from newsfuse.store import Store
from newsfuse.store.since import brief_since
from newsfuse.web.articles import Articles
from newsfuse.web.errors import ApiError, not_found
from newsfuse.web.intake import request_inputs
from newsfuse.web.jobs import Job
from newsfuse.web.state import WebState
from newsfuse.web.views import MEDIA, StoryRow, View, find_story, render_brief

_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "properties": {
                        "files": {"type": "array", "items": {"type": "string", "format": "binary"}}
                    },
                    "required": ["files"],
                }
            },
            "application/json": {"schema": Articles.model_json_schema()},
        },
    }
}
_VIEWS: dict[str, View] = {"json": "json", "md": "md", "html": "html"}


def job_summary(job: Job) -> dict[str, Any]:
    result: Any = None
    if job.state == "done":
        result = f"/v1/jobs/{job.id}/brief" if job.kind == "brief" else job.result
    return {
        "id": job.id,
        "kind": job.kind,
        "state": job.state,
        "done": job.done,
        "total": job.total,
        "stage": job.stage,
        "error": job.error,
        "result": result,
    }


def _accepted(job: Job) -> JSONResponse:
    status = f"/v1/jobs/{job.id}"
    return JSONResponse({"job": job.id, "status": status}, 202, headers={"Location": status})


def _view(name: str) -> View:
    view = _VIEWS.get(name)
    if view is None:
        raise ApiError(404, "not_found", f"no format {name!r}: use .json, .md or .html", name)
    return view


def api_router(state: WebState) -> APIRouter:
    router = APIRouter(prefix="/v1")

    async def brief_of_job(job_id: str, view: View) -> Response:
        job = state.jobs.get(job_id)
        if job.kind != "brief":
            raise ApiError(404, "not_found", f"job {job_id} is an ingest: it has no brief", job_id)
        if job.state == "failed":
            raise ApiError(422, "unprocessable", job.error or "the job failed", job_id)
        if job.state != "done":
            raise ApiError(404, "not_found", f"job {job_id} is {job.state}: no brief yet", job_id)
        body = partial(state.jobs.brief_json, job)
        text = await run_in_threadpool(state.views.render, f"job:{job.id}", body, view)
        return Response(text, media_type=MEDIA[view])

    @router.post("/briefs", status_code=202, openapi_extra=_BODY)
    async def post_brief(request: Request, wait: bool = False) -> Response:
        """Brief a set of reports: files (multipart `files`) or JSON articles. Answers 202 with
        the job; with `?wait=true`, 200 with the brief JSON (newsfuse.brief/3) once done."""
        inputs = await request_inputs(request, state)
        job = state.jobs.brief(inputs, state.settings)
        if not wait:
            return _accepted(job)
        await state.jobs.wait(job, state.limits.wait_seconds)
        if job.state == "failed":
            raise ApiError(422, "unprocessable", job.error or "the job failed", job.id)
        if job.state != "done":
            return _accepted(job)
        where = {"Content-Location": f"/v1/jobs/{job.id}/brief"}  # the job's brief, kept
        body = await run_in_threadpool(state.jobs.brief_json, job)
        return Response(body, media_type=MEDIA["json"], headers=where)

    @router.post("/articles", status_code=202, openapi_extra=_BODY)
    async def post_articles(request: Request, wait: bool = False) -> Response:
        """Ingest reports into the store (articles, stories, briefs). Answers 202 with the job;
        its result is `{"read","added","duplicates","stories","briefs"}`."""
        inputs = await request_inputs(request, state)
        job = state.jobs.ingest(state.db_url, inputs, state.settings)
        if wait:
            await state.jobs.wait(job, state.limits.wait_seconds)
            if job.over:
                return JSONResponse(job_summary(job))
        return _accepted(job)

    @router.get("/jobs/{job_id}")
    async def get_job(job_id: str) -> dict[str, Any]:
        """A job's state (queued, running, done, failed) and progress (done of total, stage)."""
        return job_summary(state.jobs.get(job_id))

    @router.get("/jobs/{job_id}/brief")
    async def get_job_brief(job_id: str) -> Response:
        """The brief a finished brief job made, as JSON."""
        return await brief_of_job(job_id, "json")

    @router.get("/jobs/{job_id}/brief.{fmt}")
    async def get_job_brief_as(job_id: str, fmt: str) -> Response:
        """The brief a finished brief job made, as .json, .md or .html."""
        return await brief_of_job(job_id, _view(fmt))

    @router.get("/stories")
    async def get_stories() -> dict[str, Any]:
        """Every stored story with its coverage: reports, outlets, independent sources."""
        rows = await state.stores.run(state.views.rows)
        return {"stories": [row.summary() for row in rows]}

    @router.get("/stories/{story_id}")
    async def get_story(story_id: str) -> dict[str, Any]:
        """One stored story, the links to its brief and the briefs stored of it."""
        row = await state.stores.run(lambda store: _story_row(state, store, story_id))
        return {
            **row.summary(),
            "brief": f"/v1/stories/{row.id}/brief",
            "briefs": [{"id": i, "created": c.isoformat()} for i, c in row.briefs],
        }

    @router.get("/stories/{story_id}/brief")
    async def get_story_brief(story_id: str, since: str | None = None) -> Response:
        """The story's brief as JSON; `?since=BRIEF_ID|YYYY-MM-DD` adds what changed since."""
        return await story_brief(state, story_id, "json", since)

    @router.get("/stories/{story_id}/brief.{fmt}")
    async def get_story_brief_as(story_id: str, fmt: str, since: str | None = None) -> Response:
        """The story's brief as .json, .md or .html (`?since=` as for the JSON)."""
        return await story_brief(state, story_id, _view(fmt), since)

    @router.get("/search")
    async def get_search(
        q: str = Query(max_length=1000), limit: int = Query(20, ge=1, le=200)
    ) -> dict[str, Any]:
        """Full-text search of the stored articles, best first."""
        hits = await state.stores.run(lambda store: store.search(q, limit))
        return {
            "hits": [
                {
                    "article": h.article_id,
                    "source": h.source,
                    "title": h.title,
                    "story": h.story_id,
                    "rank": h.rank,
                }
                for h in hits
            ]
        }

    return router


def _story_row(state: WebState, store: Store, story_id: str) -> StoryRow:
    story = find_story(store, story_id)
    if story is None:
        raise not_found("story", story_id)
    return state.views.row(store, story)


async def story_brief(state: WebState, story_id: str, view: View, since: str | None) -> Response:
    """A stored story's brief: the stored JSON as it is, or rendered from it (cached by the
    brief's id); with `since`, with its changes since that earlier brief. A story whose
    articles changed since its last brief is briefed first, in a worker process."""

    def read(store: Store) -> str | None:
        if find_story(store, story_id) is None:
            raise not_found("story", story_id)
        stored = store.cached_brief(story_id, state.settings)
        if stored is None:
            return None
        if since is None:
            return state.views.render(f"brief:{stored.id}", lambda: stored.body, view)
        try:
            changed = brief_since(store, stored, since)
        except NewsfuseError as error:
            raise ApiError(400, "bad_request", str(error), since) from None
        return render(changed, "json") if view == "json" else render_brief(changed, view)

    text = await state.stores.run(read)
    if text is None:
        await state.jobs.store_brief(state.db_url, story_id, state.settings)
        text = await state.stores.run(read)
    if text is None:  # new articles again since: their ingest briefs them
        message = f"story {story_id} is changing; try again shortly"
        raise ApiError(503, "busy", message, story_id)
    return Response(text, media_type=MEDIA[view])


__all__ = ["api_router", "job_summary", "story_brief"]
