"""Hostile reports: one invented story told four ways, every field carrying markup that would
run script or break out of an element if any page printed it unescaped."""

from __future__ import annotations

import html
import json
from pathlib import Path

# Each payload names itself in the alert, so a dialog that fires says which one got through.
SCRIPT = "<script>alert('xss-script')</script>"
IMG = "<img src=x onerror=alert('xss-img')>"
LINK = "javascript:alert('xss-link')"
TEXTAREA = '</textarea><b id="xss-textarea">broken out</b>'
SVG = "\"><svg onload=alert('xss-svg')>"
PAYLOADS = (SCRIPT, IMG, LINK, TEXTAREA, SVG)

TITLE = f"Brackwater council votes to close ferry terminal {IMG}"
OUTLET = f"Brackwater Echo {SVG}"
# File names cannot hold "/", so the closing-tag payloads stay in the text.
FILE_NAMES = (f"{IMG}.txt", f"{SVG}.txt", "hostile-feed.jsonl", "hostile-page.html")

_BODY = [
    "BRACKWATER, June 3, 2024 — Brackwater council voted 7 to 2 on Monday to close the old "
    "ferry terminal by the end of the year, the mayor said.",
    f"The motion was titled {SCRIPT} in the printed agenda, a council clerk said.",
    f"Residents said the notice on the terminal door read {SVG} before it was fixed.",
    f"Campaigners shared a link, {LINK}, that the council asked people not to open.",
    f"The petition's last line, {TEXTAREA}, was read aloud at the meeting on Monday, the "
    "clerk said.",
    f"A photo caption on the council website showed {IMG} instead of the picture.",
    "Mayor Ilse Varn said the ferry service would move to the new quay in Lowmoor.",
]
# One closing line per report, so no two clean to the same text (the store keeps one copy of
# identical texts) and the passenger count conflicts across them.
_ENDINGS = [
    f"The terminal carried {count} passengers last year, the council said{tail}."
    for count, tail in (
        ("40,000", ""),
        ("42,000", f", quoting a leaflet headed {SCRIPT}"),
        ("40,000", f" in a post that linked to {LINK}"),
        ("45,000", f", though the harbour office said {TEXTAREA}"),
    )
]


def write_hostile_reports(folder: Path) -> list[Path]:
    """Write the four reports into `folder` (created) and return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = ["\n".join([*_BODY, ending]) for ending in _ENDINGS]
    paths = [folder / name for name in FILE_NAMES]
    paths[0].write_text(f"{TITLE}\nBy Ana Pell\n{texts[0]}\n", encoding="utf-8")
    paths[1].write_text(f"{TITLE}\n{OUTLET}\n{texts[1]}\n", encoding="utf-8")
    record = {
        "title": TITLE,
        "outlet": OUTLET,
        "url": LINK,
        "published": "2024-06-03T18:00:00Z",
        "text": texts[2],
    }
    paths[2].write_text(json.dumps(record) + "\n", encoding="utf-8")
    # A page whose markup is live, not text: its script and link must be dropped by cleaning
    # and its escaped text shown as text.
    paragraphs = "\n".join(f"<p>{html.escape(line)}</p>" for line in texts[3].splitlines())
    paths[3].write_text(
        "<!DOCTYPE html><html><head>"
        f"<title>{html.escape(TITLE)}</title>"
        f'<meta property="og:site_name" content="{html.escape(OUTLET)}">'
        "<script>alert('xss-live-script')</script></head><body><article>"
        f"<h1>{html.escape(TITLE)}</h1>{paragraphs}"
        "<p><a href=\"javascript:alert('xss-live-link')\">Read the council's statement</a> "
        "on the terminal's closure, published on Monday.</p>"
        "</article></body></html>\n",
        encoding="utf-8",
    )
    return paths
