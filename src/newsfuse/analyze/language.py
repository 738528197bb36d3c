"""Language detection of a report's text, with py3langid's model loaded once per process."""

from __future__ import annotations

from functools import cache
from typing import Any

from newsfuse.analyze.tokens import words

MIN_WORDS = 8  # below this a guess is noise: short texts share too many character n-grams


@cache
def _identifier() -> Any:
    # Importing py3langid builds its model (about a second): only when a text needs it.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the language of `text` ("en", "de"...), or None when too short to tell."""
    if len(words(text)) < MIN_WORDS:
        return None
    language, _ = _identifier().classify(text[:5000])
    return str(language)
