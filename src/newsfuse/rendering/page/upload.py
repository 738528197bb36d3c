"""The upload form: a set of reports of one story in, a brief job out."""

from __future__ import annotations

from newsfuse.rendering.page.markup import esc, plural
from newsfuse.rendering.page.shell import document

ACCEPTED = ".txt,.html,.htm,.jsonl,.gz,text/plain,text/html"


def size_text(size: int) -> str:
    """A byte count as a reader says it: 10 MB, 512 KB, 900 bytes."""
    for unit, scale in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if size >= scale:
            return f"{size / scale:.3g} {unit}"
    return plural(size, "byte")


def upload_page(max_files: int, max_file_bytes: int, message: str | None = None) -> str:
    note = f'<p class="message error" role="alert">{esc(message)}</p>' if message else ""
    body = (
        '<header class="page-head"><h1>Upload reports</h1>'
        '<p class="lead">Choose the reports of one story: text or HTML pages, or JSONL records, '
        "each optionally gzipped. newsfuse cleans them, finds the copies and cross-checks "
        "them into one brief.</p></header>"
        f"{note}"
        '<form id="upload" class="upload" action="/upload" method="post" '
        'enctype="multipart/form-data">'
        '<label for="files">Reports</label>'
        f'<input id="files" type="file" name="files" multiple accept="{ACCEPTED}" required>'
        f'<p class="hint">Up to {plural(max_files, "file")}, {size_text(max_file_bytes)} each. '
        "Files stay on this machine.</p>"
        '<button type="submit">Make the brief</button></form>'
    )
    return document("Upload reports", body)


__all__ = ["size_text", "upload_page"]
