"""The outlet of a flattened page, read from the page's own furniture.

A site names itself in its copyright footer ("© 2023 The Daily Example"), and also, more often,
in the furniture around the article: navigation ("About Vox", "Search Inexhibit", "More From
WIRED"), sign-up boxes ("Subscribe to The Paradigm via Email", "Sign up to get Al Bawaba's
news"), follow buttons, trademark and affiliate disclaimers ("AppleInsider has affiliate
partnerships"), and its own host name ("WSJ.com"). Each such frame is a vote for the name it
holds; the name with the most votes from distinct frames wins. A footer of a wire agency ("©
2019 Reuters") beside the site's own frames then loses, as it should: it credits the story, not
the page.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

# One capitalised word of a name: "Vox", "WSJ", "AppleInsider", "Space.com", "Dallas-Fort".
_WORD = r"(?:[A-Z][\w&'’.@-]*|[0-9]+[A-Za-z][\w-]*)"
_NAME = rf"(?P<name>(?:[Tt]he\s+)?{_WORD}(?:\s+(?:{_WORD}|of|and|&|on|de|du)){{0,4}}?)"
# Inside a sentence nothing anchors the name's end: take every capitalised word.
_FULL = rf"(?P<name>(?:[Tt]he\s+)?{_WORD}(?:\s+{_WORD}){{0,4}})"
_YEAR = r"(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)"

# Frames that fill a whole short line of furniture.
_LINE_FRAMES = {
    "copyright": rf"(?:(?:©|\([cC]\)|[Cc]opyright\b)\s*)+(?:{_YEAR}[.,]?\s*)?{_NAME}"
    rf"\s*(?:{_YEAR})?\s*[.,]?\s*(?:(?:[Aa]ll\s+)?[Rr]ights\s+[Rr]eserved\.?)?\s*(?:\([^)]*\))?",
    "copyright-after": rf"{_NAME}\s*©\s*{_YEAR}?",
    "about": rf"About\s+(?:us\s*[|:-]\s*)?{_NAME}",
    "search": rf"Search\s+(?:the\s+)?{_NAME}",
    "more": rf"More\s+(?:[Ff]rom\s+|[Ff]rom\s+the\s+)?{_NAME}",
    "follow": rf"(?:Never miss an update\s+)?Follow\s+(?:@?){_NAME}(?:\s+(?:on|online)\b.*)?",
    "subscribe": rf"(?:Click here to\s+)?[Ss]ubscribe\s+to\s+{_NAME}"
    r"(?:\s+(?:via|by|for|on)\b.*|\s+[Nn]ewsletters?)?",
    "newsletter": rf"{_NAME}\s+[Nn]ewsletters?",
    "homepage": rf"{_NAME}\s+(?:homepage|home\s*page|main\s+menu|[Ss]ite\s+[Mm]ap)",
    "staff": rf"{_NAME}\s+[Ss]taff",
    "support": rf"Support\s+{_NAME}(?:\s+journalism)?",
    "host": r"(?:www\.)?(?P<name>[A-Za-z][\w-]*\.(?:com|co\.uk|org|net|news|com\.[a-z]{2}))",
}
# Frames inside a sentence of furniture: disclaimers, sign-up blurbs, author bios.
_SENTENCE_FRAMES = {
    "disclaimer": rf"\b{_FULL}\s+is\s+not\s+responsible\s+for\b",
    "trademark": rf"\b{_FULL}\s+is\s+(?:among\s+the\s+)?(?:a\s+)?(?:federally\s+)?registered\s+"
    r"trademarks?\b",
    "affiliate": rf"\b{_FULL}\s+(?:has|may\s+(?:earn|receive))\s+(?:affiliate|a\s+commission)",
    "signup": rf"\b(?:[Ss]ign\s+up|[Ss]ubscribe)\s+(?:to|for)\s+(?:get\s+)?{_FULL}’?'?s?\b",
    "works-at": rf"\b(?:reporter|writer|editor|correspondent|contributor)\s+(?:at|for)\s+{_FULL}",
}
_LINE_RES = {kind: re.compile(rf"^\s*{frame}\s*[.!]?\s*$") for kind, frame in _LINE_FRAMES.items()}
_SENTENCE_RES = {kind: re.compile(frame) for kind, frame in _SENTENCE_FRAMES.items()}
_FOOTER_RE = _LINE_RES["copyright"]

# Furniture lines are short; a long line is article text or an agency's disclaimer.
_MAX_LINE_WORDS = 12
_MAX_SENTENCE_WORDS = 60
# Words that end a captured name without being part of it, and company-form suffixes: the
# outlet is "The New York Times", not "The New York Times Company".
_TRAILING = re.compile(
    r"(?:\s+(?:Inc|Incorporated|LLC|Ltd|Limited|Pty|PLC|plc|Corp|Corporation|Company|Co|GmbH|"
    r"S\.A|AG|Group|All|Rights|Reserved|Newsletters?|[Vv]ia|Email|Online|Media))+\.?$"
)
# Navigation words that frames like "More X" or "Search X" also catch.
_GENERIC = frozenset(
    """
    stories news videos video articles information info sports our us this site page results
    details topics from policy privacy terms cookies cookie contact home menu more the search
    all help sign in log watch read get see view click share follow subscribe download new top
    latest best live breaking trending toggle navigation skip close open""".split()
)
# A name voted for by one frame only wins only when the frame is this strong.
_STRONG = frozenset({"copyright", "copyright-after", "disclaimer", "trademark", "affiliate"})
# Frames that name something the page shows, a section as often as the page itself: they
# only back a name that another frame gives.
_WEAK = frozenset({"bare", "brand", "host", "more", "search"})
# A site's sub-brands open its navigation lines ("CNN Films", "CNN Heroes", "CNN Profiles").
_BRAND_LINE_WORDS = 4
_BRAND_MIN_LINES = 3
_BARE_RE = re.compile(rf"^{_NAME}$")
# Wire and photo agencies: their credits and footers stand on the pages of the outlets that
# run their copy, so one is the page's outlet only when nothing else names one.
_AGENCIES = frozenset(
    """ap associatedpress reuters afp agencefrancepresse upi epa dpa ansa efe xinhua kyodo
    kyodonews yonhap anadolu anadoluagency tass ria pa paimages gettyimages getty pressassociation
    aap cp canadianpress""".split()
)
# A proper name is rarely written in lower case; a common noun of the menu ("Weather") is.
_LOWER_WORD = re.compile(r"(?<![\w.@-])[a-z]+(?![\w@-])")
_JOINERS = frozenset({"the", "of", "and", "&", "on", "de", "du"})


@dataclass(frozen=True)
class _Vote:
    key: str
    surface: str
    frame: str


def outlet_from_page(lines: Iterable[str], article: str = "") -> str | None:
    """The name the page's furniture `lines` use for its own outlet, or None when they never do.

    `article` is the page's article text: a name it writes in lower case is a common word.
    """
    frames: dict[str, set[str]] = defaultdict(set)
    surfaces: dict[str, Counter[str]] = defaultdict(Counter)
    order: dict[str, int] = {}
    stripped = [line.strip() for line in lines]
    votes = [(i, v) for i, line in enumerate(stripped) for v in _votes(line)]
    votes += [(len(stripped), v) for v in _brand_votes(stripped)]
    for index, vote in votes:
        frames[vote.key].add(vote.frame)
        surfaces[vote.key][vote.surface] += 1
        order[vote.key] = index
    common = _lowercase_words([*stripped, article])
    frames = {key: f for key, f in frames.items() if not _common_words(surfaces[key], common)}
    if not frames:
        return None

    def strength(key: str) -> tuple[bool, int, bool, int, int]:
        # Between two footers, the page's own comes last; a wire agency's credits the story.
        votes = sum(surfaces[key].values()) if len(frames[key]) > 1 else 0
        copyright_only = frames[key] <= {"copyright", "copyright-after", "host"}
        return (key not in _AGENCIES, len(frames[key]), not copyright_only, votes, order[key])

    named = [key for key, found in frames.items() if _names_the_page(found)]
    return _display(surfaces[max(named, key=strength)]) if named else None


def _names_the_page(frames: set[str]) -> bool:
    """Enough evidence that a name is the page's own: a strong frame, or two with one not weak."""
    return bool(frames & _STRONG) or (len(frames) >= 2 and bool(frames - _WEAK))


def outlet_from_footer(lines: Iterable[str]) -> str | None:
    """The name in the page's last short copyright line, or None when there is none."""
    found = None
    for line in lines:
        line = line.strip()
        if len(line.split()) > _MAX_LINE_WORDS:
            continue
        match = _FOOTER_RE.match(line)
        if match:
            found = _clean_name(match.group("name")) or found
    return found


def _votes(line: str) -> list[_Vote]:
    words = len(line.split())
    if not line or words > _MAX_SENTENCE_WORDS:
        return []
    matches: list[tuple[str, re.Match[str]]] = []
    if words <= _MAX_LINE_WORDS:
        matches += [(kind, m) for kind, rx in _LINE_RES.items() if (m := rx.match(line))]
    matches += [(kind, m) for kind, rx in _SENTENCE_RES.items() for m in rx.finditer(line)]
    if not matches and words <= _BRAND_LINE_WORDS and (bare := _BARE_RE.match(line)):
        matches.append(("bare", bare))
    votes = []
    for kind, match in matches:
        surface = _clean_name(match.group("name"))
        key = _key(surface) if surface else ""
        if key:
            votes.append(_Vote(key, surface or "", kind))
    return votes


def _lowercase_words(lines: list[str]) -> frozenset[str]:
    return frozenset(w for line in lines for w in _LOWER_WORD.findall(line))


def _common_words(surfaces: Counter[str], common: frozenset[str]) -> bool:
    """True when a name is only words the page also writes in lower case: "Weather", "Daily"."""
    words = [w.lower() for w in _display(surfaces).split() if w.lower() not in _JOINERS]
    return all(w in common for w in words)


def _brand_votes(lines: list[str]) -> list[_Vote]:
    """A name that opens several distinct short lines, the longest such opening per name."""
    heads: Counter[str] = Counter()
    for line in set(lines):
        tokens = line.split()
        if not 2 <= len(tokens) <= _BRAND_LINE_WORDS:
            continue
        for size in (1, 2):
            head = " ".join(tokens[:size])
            if _BARE_RE.match(head) and tokens[size - 1][-1] not in ":,.":
                heads[head] += 1
    frequent = {head: n for head, n in heads.items() if n >= _BRAND_MIN_LINES}
    votes = []
    for head, count in frequent.items():
        longer = [h for h in frequent if h.startswith(head + " ") and frequent[h] >= count]
        key = _key(head)
        if key and not longer:
            votes += [_Vote(key, head, "brand")] * count
    return votes


def _clean_name(name: str) -> str | None:
    name = _TRAILING.sub("", " ".join(name.split())).strip(" .,:;|-–—'’")
    name = re.sub(r"['’]s$", "", name)
    return name or None


def _key(name: str) -> str:
    """One key for the spellings of one name: "The WSJ", "WSJ.com" and "wsj" meet."""
    lowered = name.lower().removeprefix("the ").removeprefix("www.")
    lowered = re.sub(r"\.(?:com|co\.uk|org|net|news|com\.[a-z]{2})$", "", lowered)
    key = re.sub(r"[^\w]", "", lowered)
    if not key or lowered in _GENERIC or key.isdigit() or len(key) < 2:
        return ""
    return key


def _display(surfaces: Counter[str]) -> str:
    """The spelling to show: the most frequent, a name over a bare host name on ties."""
    return max(surfaces, key=lambda s: (surfaces[s], "." not in s, -len(s)))
