"""Who published a page, and under which headline: outlet and title read from flattened pages.

Each real page of the extraction benchmark (`../shared/data/extraction-dev`) is flattened to
text the way a scraper does (no tags, no meta data) and cleaned alone, as a user's one scraped
report would be. The page's own `og:site_name` and `og:title` meta tags, invisible after
flattening, are the gold. An outlet is right when one name contains the other after folding
case, "The" and a domain suffix; a title is right when it equals the gold headline or the gold
with its " | Site" tail cut, or one contains the other. Prints, for outlet and title: right,
wrong, missing, precision (right / given) and recall (right / gold).

    .venv/bin/python bench/sources.py [--data DIR] [--check]

`--check` exits non-zero when a figure falls below its floor in bench/sources_baseline.json.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.progress import track
from rich.table import Table

import floors
from newsfuse import RawDoc, Settings, clean
from newsfuse.cleaning.flatten import flatten_html

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data" / "extraction-dev"
BASELINE = Path(__file__).resolve().parent / "sources_baseline.json"
_SITE_TAIL = re.compile(r"\s+[|–—-]\s+")


@dataclass(frozen=True)
class Score:
    right: int = 0
    wrong: int = 0
    missing: int = 0

    @property
    def precision(self) -> float:
        given = self.right + self.wrong
        return self.right / given if given else 0.0

    @property
    def recall(self) -> float:
        gold = self.right + self.wrong + self.missing
        return self.right / gold if gold else 0.0

    def add(self, found: str | None, gold: str | None, same: bool) -> Score:
        if gold is None:
            return self
        if found is None:
            return Score(self.right, self.wrong, self.missing + 1)
        if same:
            return Score(self.right + 1, self.wrong, self.missing)
        return Score(self.right, self.wrong + 1, self.missing)


def meta_tag(html: str, prop: str) -> str | None:
    for pattern in (
        rf"""(?:property|name)=["']{prop}["']\s+content=["']([^"']+)""",
        rf"""content=["']([^"']+)["']\s+(?:property|name)=["']{prop}["']""",
    ):
        match = re.search(pattern, html)
        if match:
            return " ".join(match.group(1).split())
    return None


def fold(name: str) -> str:
    name = name.lower().removeprefix("the ").replace(".com", "").replace(".co.uk", "")
    return re.sub(r"\W", "", name)


def same_outlet(found: str, gold: str) -> bool:
    a, b = fold(found), fold(gold)
    return bool(a and b) and (a in b or b in a)


def same_title(found: str, gold: str) -> bool:
    a, whole, head = fold(found), fold(gold), fold(_SITE_TAIL.split(gold)[0])
    if a in (whole, head):
        return True
    return len(head) > 10 and (head in a or a in whole)


def score(data: Path) -> tuple[Score, Score, int]:
    outlets, titles = Score(), Score()
    pages = sorted(data.glob("html/*.html*"))
    settings = Settings(use_model=False)
    for path in track(pages, description="cleaning flattened pages", transient=True):
        raw = path.read_bytes()
        html = (gzip.decompress(raw) if path.suffix == ".gz" else raw).decode("utf-8", "replace")
        report = RawDoc(id=path.name.split(".")[0], content=flatten_html(html), kind="text")
        docs, _ = clean([report], settings)
        doc = docs[0]
        site, headline = meta_tag(html, "og:site_name"), meta_tag(html, "og:title")
        outlets = outlets.add(
            doc.outlet, site, bool(doc.outlet and site and same_outlet(doc.outlet, site))
        )
        titles = titles.add(
            doc.title, headline, bool(doc.title and headline and same_title(doc.title, headline))
        )
    return outlets, titles, len(pages)


def main() -> int:
    args = floors.options(__doc__, DEFAULT_DATA).parse_args()
    if floors.absent("sources", args.data, ["html"]):
        return 0
    outlets, titles, pages = score(args.data)
    table = Table(title=f"outlet and title of {pages} real pages flattened to text")
    for column in ("field", "right", "wrong", "missing", "precision", "recall"):
        table.add_column(column, justify="right")
    figures = {"outlet": outlets, "title": titles}
    for name, s in figures.items():
        table.add_row(
            name,
            str(s.right),
            str(s.wrong),
            str(s.missing),
            f"{s.precision:.3f}",
            f"{s.recall:.3f}",
        )
    Console().print(table)
    if not args.check:
        return 0
    pinned: dict[str, dict[str, float]] = json.loads(BASELINE.read_text(encoding="utf-8"))["floor"]
    return floors.check(
        {f"{name} {m}": getattr(figures[name], m) for name, by in pinned.items() for m in by},
        {f"{name} {m}": floor for name, by in pinned.items() for m, floor in by.items()},
    )


if __name__ == "__main__":
    sys.exit(main())
