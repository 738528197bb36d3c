"""The web app's pages, each rendered by `newsfuse.rendering.page` from store data or a job."""

from __future__ import annotations

from functools import partial

from fastapi import APIRouter, Query, Request
from starlette.concurrency import run_in_threadpool
from starlette.responses import HTMLResponse, RedirectResponse, Response

from newsfuse.rendering.page import (
    ASSETS,
    StoryCard,
    job_page,
    stories_page,
    upload_page,
)
from newsfuse.store import SearchHit, Store
from newsfuse.web.api_routes import story_brief
from newsfuse.web.errors import ApiError, not_found
from newsfuse.web.intake import request_inputs
from newsfuse.web.state import WebState
from newsfuse.web.views import StoryRow


def _card(row: StoryRow) -> StoryCard:
    return StoryCard(
        id=row.id,
        title=row.title,
        reports=row.size,
        independent_sources=row.independent_sources,
        outlets=row.outlets,
        first=row.first,
        last=row.last,
    )


def page_router(state: WebState) -> APIRouter:
    router = APIRouter(include_in_schema=False)

    async def listing(query: str = "", hits: list[SearchHit] | None = None) -> HTMLResponse:
        rows = await state.stores.run(state.views.rows)
        return HTMLResponse(stories_page([_card(row) for row in rows], query, hits))

    @router.get("/")
    async def home() -> HTMLResponse:
        return await listing()

    @router.get("/search")
    async def search(q: str = Query("", max_length=1000)) -> HTMLResponse:
        def find(store: Store) -> list[SearchHit]:
            return store.search(q, 50)

        return await listing(q, await state.stores.run(find) if q.strip() else None)

    @router.get("/upload")
    async def upload_form() -> HTMLResponse:
        return HTMLResponse(upload_page(state.limits.max_files, state.max_file_bytes))

    @router.post("/upload")
    async def upload(request: Request) -> Response:
        try:
            inputs = await request_inputs(request, state, files_only=True)
            job = state.jobs.brief(inputs, state.settings)
        except ApiError as error:  # the form again, saying what was wrong
            page = upload_page(state.limits.max_files, state.max_file_bytes, error.message)
            return HTMLResponse(page, status_code=error.status)
        return RedirectResponse(f"/jobs/{job.id}", status_code=303)

    @router.get("/jobs/{job_id}")
    async def job(job_id: str) -> Response:
        found = state.jobs.get(job_id)
        if found.state == "done":  # a brief to read, or an ingest's stories in the list
            where = f"/jobs/{found.id}/brief" if found.kind == "brief" else "/"
            return RedirectResponse(where, status_code=303)
        return HTMLResponse(job_page(found.id, found.state, found.done, found.total, found.error))

    @router.get("/jobs/{job_id}/brief")
    async def job_brief(job_id: str) -> Response:
        found = state.jobs.get(job_id)
        if found.kind != "brief" or found.state != "done":
            return RedirectResponse(f"/jobs/{found.id}", status_code=303)
        key, body = f"job:{found.id}", partial(state.jobs.brief_json, found)
        return HTMLResponse(await run_in_threadpool(state.views.render, key, body, "html"))

    @router.get("/stories/{story_id}")
    async def story(story_id: str) -> Response:
        return await story_brief(state, story_id, "html", None)

    @router.get("/static/{name}")
    async def static(name: str) -> Response:
        if name not in ASSETS:
            raise not_found("file", name)
        media, content = ASSETS[name]
        return Response(content, media_type=media, headers={"Cache-Control": "max-age=3600"})

    return router


__all__ = ["page_router"]
