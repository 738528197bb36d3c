"""The outlet of a flattened page, read from its copyright footer ("© 2023 The Daily Example")."""

from __future__ import annotations

import re
from collections.abc import Iterable

# A short copyright line: the mark, an optional year, a capitalised name, an optional year and
# an optional "All rights reserved". Long lines are agency disclaimers, not the site's footer.
_COPYRIGHT = re.compile(
    r"^(?:©|\([cC]\)|[Cc]opyright\b)\s*(?:©\s*)?(?:(?:19|20)\d\d\s*)?"
    r"(?P<name>(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|and|&)){0,5})"
    r"\s*(?:(?:19|20)\d\d)?\s*[.,]?\s*(?:[Aa]ll [Rr]ights [Rr]eserved\.?)?$"
)
_MAX_WORDS = 12


def outlet_from_footer(lines: Iterable[str]) -> str | None:
    """The name in the page's last short copyright line, or None when there is none."""
    found = None
    for line in lines:
        line = line.strip()
        if len(line.split()) > _MAX_WORDS:
            continue
        match = _COPYRIGHT.match(line)
        if match:
            found = match.group("name").strip(" .")
    return found
