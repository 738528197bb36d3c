"""Request limits, enforced while the body streams in: a body over the cap is refused by its
Content-Length before a byte is read, and otherwise as soon as the bytes received pass it."""

from __future__ import annotations

from dataclasses import dataclass

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from newsfuse.errors import ConfigError
from newsfuse.rendering.page.upload import size_text
from newsfuse.web.errors import ApiError, error_response

MIB = 1 << 20


@dataclass(frozen=True)
class WebLimits:
    """What one request and the job queue may hold. `max_file_bytes` None: the settings'
    `max_input_bytes`, the cap the CLI applies to one input file."""

    max_body_bytes: int = 50 * MIB
    max_files: int = 200
    max_file_bytes: int | None = None
    max_jobs: int = 16  # queued and running together; one more is refused as busy
    workers: int = 2  # processes computing briefs and ingests
    keep_jobs: int = 200  # finished jobs remembered, the oldest forgotten first
    keep_seconds: float = 3600.0
    wait_seconds: float = 300.0  # the longest `?wait=true` waits for its job

    def __post_init__(self) -> None:
        for name in ("max_body_bytes", "max_files", "max_jobs", "workers", "keep_jobs"):
            if getattr(self, name) < 1:
                raise ConfigError(f"WebLimits.{name} must be at least 1, not {getattr(self, name)}")

    def file_bytes(self, max_input_bytes: int) -> int:
        return self.max_file_bytes if self.max_file_bytes is not None else max_input_bytes


def too_large(limit: int) -> ApiError:
    return ApiError(413, "too_large", f"the request body is over the {size_text(limit)} limit")


class BodyLimit:
    """ASGI middleware capping every request body at `limit` bytes."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared is not None and declared > self.limit:
            await _refuse(scope, receive, send, self.limit)
            return
        received = 0

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    raise too_large(self.limit)  # turned into the error shape by the app
            return message

        await self.app(scope, counted, send)


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            text = value.decode("latin-1").strip()
            return int(text) if text.isdigit() else None
    return None


async def _refuse(scope: Scope, receive: Receive, send: Send, limit: int) -> None:
    response = error_response(scope, too_large(limit))
    await response(scope, receive, send)


__all__ = ["MIB", "BodyLimit", "WebLimits", "too_large"]
