"""One error shape for every refusal, and the handlers that give every bad input it:

    {"error": {"status": 413, "code": "too_large", "message": "...", "input": "upload.txt"}}

API paths (/v1/..., /openapi.json) answer it as JSON; every other path (the web app's pages)
answers an HTML error page with the same status and message. Nothing a client sends becomes
a 500 or one of FastAPI's own shapes.
"""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.types import Scope

from newsfuse.errors import ConfigError, InputError, NewsfuseError

_CODES = {
    400: "bad_request",
    404: "not_found",
    405: "bad_request",
    413: "too_large",
    415: "unsupported_type",
    422: "unprocessable",
    429: "busy",
    503: "busy",
}


@dataclass
class ApiError(Exception):
    status: int
    code: str
    message: str
    input: str | None = None

    def __str__(self) -> str:
        return self.message

    def body(self) -> dict[str, object]:
        return {
            "error": {
                "status": self.status,
                "code": self.code,
                "message": self.message,
                "input": self.input,
            }
        }


def not_found(what: str, name: str) -> ApiError:
    return ApiError(404, "not_found", f"no {what} {name!r}", name)


def from_newsfuse(error: NewsfuseError) -> ApiError:
    """A core error as the client's fault: a bad option is a bad request, an input the core
    refused is unprocessable."""
    if isinstance(error, InputError):
        return ApiError(422, "unprocessable", str(error), error.name)
    if isinstance(error, ConfigError):
        return ApiError(400, "bad_request", str(error))
    return ApiError(422, "unprocessable", str(error))


def is_api(scope: Scope) -> bool:
    """API paths answer errors as JSON; everything else is read in a browser."""
    path = str(scope.get("path", ""))
    return path in ("/v1", "/openapi.json") or path.startswith("/v1/")


def error_response(scope: Scope, error: ApiError) -> Response:
    if is_api(scope):
        return JSONResponse(error.body(), status_code=error.status)
    from newsfuse.rendering.page import error_page

    return HTMLResponse(error_page(error.status, error.message), status_code=error.status)


def install_handlers(app: FastAPI) -> None:
    async def on_api_error(request: Request, error: Exception) -> Response:
        assert isinstance(error, ApiError)
        return error_response(request.scope, error)

    async def on_newsfuse(request: Request, error: Exception) -> Response:
        assert isinstance(error, NewsfuseError)
        return error_response(request.scope, from_newsfuse(error))

    async def on_validation(request: Request, error: Exception) -> Response:
        assert isinstance(error, RequestValidationError)
        return error_response(request.scope, _validation(error))

    async def on_http(request: Request, error: Exception) -> Response:
        assert isinstance(error, HTTPException)
        code = _CODES.get(error.status_code, "bad_request")
        message = error.detail if isinstance(error.detail, str) else "bad request"
        if error.status_code == 404:
            message = f"no such path: {request.url.path}"
        return error_response(request.scope, ApiError(error.status_code, code, message))

    async def on_bug(request: Request, error: Exception) -> Response:
        # A bug, not the client's fault: still the one shape, naming only the error's type.
        message = f"internal error ({type(error).__name__}); the server keeps running"
        return error_response(request.scope, ApiError(500, "internal", message))

    app.add_exception_handler(ApiError, on_api_error)
    app.add_exception_handler(Exception, on_bug)
    app.add_exception_handler(NewsfuseError, on_newsfuse)
    app.add_exception_handler(RequestValidationError, on_validation)
    app.add_exception_handler(HTTPException, on_http)


def _validation(error: RequestValidationError) -> ApiError:
    """The first problem FastAPI found, said in one line, naming where it was."""
    problems = error.errors()
    if not problems:
        return ApiError(422, "unprocessable", "the request is not valid")
    first = problems[0]
    place, *rest = [str(part) for part in first.get("loc", ())] or ["body"]
    where = ".".join(rest)
    message = f"{where or place}: {first.get('msg', 'not valid')}"
    if first.get("type") == "json_invalid":
        return ApiError(400, "bad_request", f"the body is not valid JSON ({first.get('msg')})")
    # A bad query or path parameter is a bad request; a body of the wrong structure is not.
    status, code = (422, "unprocessable") if place == "body" else (400, "bad_request")
    return ApiError(status, code, message, where or None)


__all__ = ["ApiError", "error_response", "from_newsfuse", "install_handlers", "not_found"]
