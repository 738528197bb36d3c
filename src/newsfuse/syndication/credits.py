"""News-agency credits of a report: where its copy says it came from.

A credit is a credit phrase around a name shaped like an agency's: an acronym ("AP", "AFP"),
a single capitalised word ("Reuters", "Xinhua"), or a few capitalised words with an
organisation noun ("The Associated Press", "Agence France-Presse", "Press Association").
The phrasings are the usual ones, not any one outlet's:

- a dateline credit at the start of a paragraph: "WASHINGTON (AP) -", "PARIS, March 3 (Reuters) -";
- "Reuters contributed to this report", "AP and AFP contributed reporting";
- "Some information for this report came from AFP", "information from Reuters was used";
- "with reporting by Reuters", "additional reporting from AFP".

Person names (two capitalised words without an organisation noun) are not agencies, so
"Jane Doe contributed reporting" is no credit. Lines the cleaner removed are read too:
credit lines are boilerplate to a reader but provenance here.
"""

from __future__ import annotations

import re

from newsfuse.model import CleanDoc

_WORD = r"[A-Z][\w'’-]*"
_ORG = r"(?:Press|News|Agency|Service|Wire|Presse|Newswire)\b"
_NAME = (
    rf"(?:[A-Z]{{2,6}}\b|(?:The\s+)?(?:{_WORD}\s+){{0,3}}(?:[A-Z][\w'’]*-)?{_ORG}(?:\s+{_WORD}){{0,2}}"
    rf"|[A-Z][a-z]{{3,}}\b)"
)
_NAMES = rf"{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*"
_CREDITS = [
    re.compile(rf"^[A-Z][A-Z.'’ -]+(?:,[^()\n]{{0,40}})?\s*\(({_NAMES})\)\s*[-–—:]", re.M),
    re.compile(rf"^\s*\(({_NAMES})\)\s*[-–—:]", re.M),
    re.compile(
        rf"\b({_NAMES})\s+contributed(?:\s+reporting\b|\s+(?:to|for)\s+(?:this|the)\s+"
        rf"(?:report|story|article)\b|\s*(?:[.;]|$))",
        re.M,
    ),
    re.compile(
        rf"\b[Ii]nformation\b[^.\n]{{0,40}}?\b(?:came|comes|was|is|were|are)\s+(?:taken\s+)?"
        rf"from\s+({_NAMES})"
    ),
    re.compile(rf"\b[Ii]nformation\s+from\s+({_NAMES})\s+(?:was|is|were|are)\b"),
    re.compile(rf"\b(?:[Ww]ith|[Aa]dditional)\s+reporting\s+(?:by|from)\s+({_NAMES})"),
]
_SPLIT = re.compile(r"\s*(?:,|\band\b|&)\s*")
_ONE = re.compile(rf"^{_NAME}$")
# A capitalised word just before: the name is the tail of a person's ("Jane Smith contributed").
_NAME_BEFORE = re.compile(r"[A-Z][\w'’.-]*\s+$")


def agency_credits(doc: CleanDoc) -> tuple[str, ...]:
    """The agencies credited anywhere in `doc` (its text or its removed lines), in order of
    first mention, each once, as written (a leading "The" dropped)."""
    found: dict[str, str] = {}
    lines = (
        line for text in (doc.text, *(r.text for r in doc.removed)) for line in text.splitlines()
    )
    for text in filter(_may_credit, lines):
        for pattern in _CREDITS:
            for match in pattern.finditer(text):
                if _NAME_BEFORE.search(text, max(match.start(1) - 40, 0), match.start(1)):
                    continue
                for name in _SPLIT.split(match.group(1)):
                    name = name.removeprefix("The ").strip()
                    if name and _ONE.match(name):
                        found.setdefault(name.casefold(), name)
    return tuple(found.values())


def _may_credit(line: str) -> bool:
    """A cheap test before the patterns: a line can hold a credit only with one of these."""
    return "(" in line or "contributed" in line or "nformation" in line or "reporting" in line
