"""The page for a request the app cannot answer: its status, what went wrong, a way back."""

from __future__ import annotations

from http import HTTPStatus

from newsfuse.rendering.page.markup import esc
from newsfuse.rendering.page.shell import document


def error_page(status: int, message: str) -> str:
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = "Error"
    body = (
        f'<header class="page-head"><p class="kicker">Error {status}</p>'
        f"<h1>{esc(phrase)}</h1></header>"
        f'<p class="message error" role="alert">{esc(message)}</p>'
        '<p><a href="/">Back to the stories</a> · <a href="/upload">Upload reports</a></p>'
    )
    return document(f"{status} {phrase}", body)


__all__ = ["error_page"]
