"""Lines that extractors keep but a reader does not want: photo credits and a repeated headline."""

from __future__ import annotations

import re

from newsfuse.cleaning.html_vote import paragraph_key
from newsfuse.model import Removed

_CREDIT_MAX_WORDS = 30
_CREDIT_PATTERNS = (
    # "Photograph: Jane Doe/AP", "Image: Reuters", "Photo credit: …", "Illustration by …"
    re.compile(
        r"^\(?(?:photo(?:graph)?s?|images?|pictures?|illustrations?|credits?|photo credits?|"
        r"video|source|foto|caption)\s*(?:by|credit|courtesy)?\s*[:/©|]",
        re.IGNORECASE,
    ),
    re.compile(r"^(?:photo|image|picture|illustration)s?\s+(?:by|courtesy of)\s", re.IGNORECASE),
    # "… / Getty Images", "(AP Photo/Evan Vucci)", "Alamy Stock Photo", "© Reuters"
    re.compile(
        r"(?:getty\s*images|shutterstock|alamy|stock\s+photo|ap\s+photo|afp\s+photo|"
        r"reuters/|epa-efe|istock)[\w\s/,'()-]*$",
        re.IGNORECASE,
    ),
    re.compile(r"^©\s*\w"),
)


def is_credit(line: str) -> bool:
    """A short line that names who took or owns a picture."""
    text = line.strip()
    if not text or len(text.split()) > _CREDIT_MAX_WORDS:
        return False
    return any(p.search(text) for p in _CREDIT_PATTERNS)


def is_headline(line: str, title: str | None) -> bool:
    """Whether the line repeats the page's headline (the article text leaves it out)."""
    if not title:
        return False
    line_key, title_key = paragraph_key(line), paragraph_key(title)
    return bool(line_key) and (
        line_key == title_key or (len(line_key) > 20 and line_key in title_key)
    )


def drop_credits_and_headline(
    paragraphs: list[str], title: str | None
) -> tuple[list[str], list[Removed]]:
    """Paragraphs without credit lines and without a leading copy of the headline."""
    kept: list[str] = []
    dropped: list[Removed] = []
    for paragraph in paragraphs:
        if not kept and is_headline(paragraph, title):
            dropped.append(Removed(paragraph, "headline"))
        elif is_credit(paragraph):
            dropped.append(Removed(paragraph, "photo credit"))
        else:
            kept.append(paragraph)
    return kept, dropped
