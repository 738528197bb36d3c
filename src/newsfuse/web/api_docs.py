"""/docs: the API's operations listed from its OpenAPI document, as a plain page.

FastAPI's interactive Swagger UI runs an inline script and loads its bundle from a CDN, which
the server's CSP and its no-network rule both forbid; this page needs neither."""

from __future__ import annotations

from html import escape
from typing import Any

_METHODS = ("get", "post", "put", "delete", "patch")


def docs_page(openapi: dict[str, Any]) -> str:
    rows = []
    for path, operations in openapi.get("paths", {}).items():
        for method in _METHODS:
            if method in operations:
                operation = operations[method]
                summary = operation.get("description") or operation.get("summary") or ""
                rows.append(
                    f"<tr><td><code>{method.upper()}</code></td><td><code>{escape(path)}</code>"
                    f"</td><td>{escape(summary)}</td></tr>"
                )
    title = escape(str(openapi.get("info", {}).get("title", "API")))
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<title>{title}</title><link rel="stylesheet" href="/static/newsfuse.css"></head>'
        f'<body><main class="page"><h1>{title}</h1>'
        '<p>The machine-readable description: <a href="/openapi.json">/openapi.json</a>. '
        "Errors always have the shape "
        '<code>{"error": {"status", "code", "message", "input"}}</code>.</p>'
        '<div class="table-wrap"><table class="api"><thead><tr><th>Method</th><th>Path</th>'
        f"<th>What it does</th></tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
        "</main></body></html>\n"
    )


__all__ = ["docs_page"]
