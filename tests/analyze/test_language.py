"""Language detection of a report's text."""

from __future__ import annotations

from newsfuse.analyze.language import detect_language


def test_detect_language_english() -> None:
    text = "The fire started on Tuesday in the hills above the town, officials said in a statement."
    assert detect_language(text) == "en"


def test_detect_language_german() -> None:
    text = "Das Feuer brach am Dienstag in den Hügeln oberhalb der Stadt aus, sagte die Polizei."
    assert detect_language(text) == "de"


def test_detect_language_french() -> None:
    text = "Le feu a pris mardi dans les collines au-dessus de la ville, ont indiqué les autorités."
    assert detect_language(text) == "fr"


def test_detect_language_too_short_text_is_unknown() -> None:
    assert detect_language("Breaking news") is None
    assert detect_language("") is None
