"""A brief job's progress page; it reloads itself each second until the job is over."""

from __future__ import annotations

from urllib.parse import quote

from newsfuse.rendering.page.markup import esc
from newsfuse.rendering.page.shell import document

_STATES = {
    "queued": "Waiting for its turn",
    "running": "Working on it",
    "done": "Done",
    "failed": "Failed",
}


def job_page(job_id: str, state: str, done: int, total: int, error: str | None = None) -> str:
    over = state in ("done", "failed")
    href = f"/jobs/{quote(job_id, safe='')}/brief"
    parts = [
        f'<header class="page-head"><h1>Brief job <code>{esc(job_id)}</code></h1>'
        f'<p class="state {state if state in _STATES else "unknown"}">'
        f"{esc(_STATES.get(state, state))}</p></header>"
    ]
    if total > 0:
        parts.append(
            f'<p class="progress"><progress value="{max(0, min(done, total))}" max="{total}">'
            f"</progress> {done:,} of {total:,} steps</p>"
        )
    if state == "done":
        parts.append(f'<p><a class="button" href="{esc(href)}">Read the brief</a></p>')
    elif state == "failed":
        message = esc(error or "the job stopped without saying why")
        parts.append(f'<p class="message error" role="alert">{message}</p>')
        parts.append('<p><a href="/upload">Try another upload</a></p>')
    else:
        parts.append('<p class="hint">This page refreshes itself every second.</p>')
    return document(f"Job {job_id}", "".join(parts), refresh=not over)


__all__ = ["job_page"]
