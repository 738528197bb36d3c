"""The app factory: one FastAPI app over one store, its routes, limits and security headers."""

from __future__ import annotations

from collections.abc import AsyncIterator, Collection
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from starlette.responses import HTMLResponse

from newsfuse import __version__
from newsfuse.settings import Settings
from newsfuse.web.api_docs import docs_page
from newsfuse.web.api_routes import api_router
from newsfuse.web.errors import install_handlers
from newsfuse.web.jobs import Jobs
from newsfuse.web.limits import BodyLimit, WebLimits
from newsfuse.web.page_routes import page_router
from newsfuse.web.security import HostCheck, SameOrigin, SecurityHeaders
from newsfuse.web.state import WebState
from newsfuse.web.store_pool import StorePool
from newsfuse.web.views import Views


def create_app(
    db_url: str,
    *,
    data_dir: Path,
    settings: Settings | None = None,
    limits: WebLimits | None = None,
    hosts: Collection[str] | None = None,
) -> FastAPI:
    """The web app and API over the store at `db_url`; uploads are spooled under `data_dir`
    only. Jobs and store connections start with the app and stop with it (its lifespan).
    `hosts`, when given, are the only host names requests may be addressed to."""
    from newsfuse.store import open_store

    limits = limits or WebLimits()
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    with open_store(db_url):  # created and migrated now: a bad URL fails here, not per request
        pass
    state = WebState(
        db_url=db_url,
        data_dir=data_dir.resolve(),
        settings=settings or Settings(),
        limits=limits,
        stores=StorePool(db_url),
        jobs=Jobs(limits, data_dir.resolve() / "briefs"),
        views=Views(),
    )

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        try:
            yield
        finally:
            state.close()

    app = FastAPI(
        title="newsfuse",
        version=__version__,
        description="Cross-checked, cited briefs of news stories: the API of `newsfuse serve`.",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.web = state
    install_handlers(app)
    app.include_router(api_router(state))
    app.include_router(page_router(state))

    @app.get("/docs", include_in_schema=False)
    async def docs() -> HTMLResponse:
        return HTMLResponse(docs_page(app.openapi()))

    # Added last is outermost: the headers go on every response, the body cap's refusals too.
    app.add_middleware(BodyLimit, limit=limits.max_body_bytes)
    app.add_middleware(SameOrigin)
    if hosts is not None:
        app.add_middleware(HostCheck, hosts=hosts)
    app.add_middleware(SecurityHeaders)
    return app


__all__ = ["create_app"]
