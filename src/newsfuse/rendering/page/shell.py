"""The document every page shares: head, site header, main, footer, and its security policy.

The standalone brief inlines the stylesheet and script; a CSP meta tag allows exactly those two
blocks by their sha256 hashes, so nothing a report smuggles in could run or restyle the page.
Web pages link the same assets from /static/ and the server sends the CSP as a header.
"""

from __future__ import annotations

import base64
import hashlib

from newsfuse.rendering.page.assets import asset_text
from newsfuse.rendering.page.markup import esc


def csp_hash(block: str) -> str:
    """A CSP source expression allowing an inline block of exactly this text."""
    digest = hashlib.sha256(block.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def standalone_policy(css: str, js: str) -> str:
    return (
        f"default-src 'none'; style-src {csp_hash(css)}; script-src {csp_hash(js)}; "
        "base-uri 'none'; form-action 'none'"
    )


def document(title: str, body: str, *, standalone: bool = False, refresh: bool = False) -> str:
    """A whole HTML page around `body` (already escaped markup) titled `title` (text)."""
    head = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="newsfuse">',
        '<meta name="referrer" content="no-referrer">',
    ]
    if refresh:
        head.append('<meta http-equiv="refresh" content="1">')
    if standalone:
        css, js = asset_text("newsfuse.css"), asset_text("newsfuse.js")
        policy = standalone_policy(css, js)
        head.insert(1, f'<meta http-equiv="Content-Security-Policy" content="{policy}">')
        head.append(f"<title>{esc(title)}</title><style>{css}</style>")
        tail = f"<script>{js}</script>"
    else:
        head.append(f"<title>{esc(title)} · newsfuse</title>")
        head.append('<link rel="stylesheet" href="/static/newsfuse.css">')
        head.append('<script src="/static/newsfuse.js" defer></script>')
        tail = ""
    return (
        '<!DOCTYPE html>\n<html lang="en"><head>'
        + "".join(head)
        + f"</head><body>{_site_header(standalone)}"
        + f'<main class="page">{body}</main>'
        + '<footer class="site"><p>Made with newsfuse: every sentence cites its sources.</p>'
        + f"</footer>{tail}</body></html>\n"
    )


def _site_header(standalone: bool) -> str:
    if standalone:  # a file opened on its own: links to the app's pages would lead nowhere
        return '<header class="site"><span class="brand">newsfuse</span></header>'
    return (
        '<header class="site"><a class="brand" href="/">newsfuse</a>'
        '<nav class="site-nav"><a href="/">Stories</a><a href="/upload">Upload</a></nav>'
        "</header>"
    )


__all__ = ["csp_hash", "document", "standalone_policy"]
