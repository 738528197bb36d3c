"""Claims: sentences that state something, cut into clauses where a new clause plainly starts."""

from __future__ import annotations

import pytest

from newsfuse.analyze.nlp import analyze_sentences
from newsfuse.analyze.sentences import split_sentences
from newsfuse.analyze.tokens import stem
from newsfuse.compose.claims import Claim, is_claim, sentence_claims
from newsfuse.compose.claims_lexicon import comparable
from newsfuse.compose.quoting import open_at
from newsfuse.model import CleanDoc, Sentence


def claims_of(text: str) -> list[Claim]:
    doc = CleanDoc("report.txt", text)
    return [
        c
        for s in split_sentences(doc)
        for c in sentence_claims(s, len(text), open_at(text, s.start))
    ]


def texts(text: str) -> list[str]:
    return [c.text for c in claims_of(text)]


def test_sentence_claims_cut_at_semicolon() -> None:
    text = (
        "The mayor ordered every school in the district closed until Monday; "
        "hospitals in the area have cancelled all planned surgery for the week."
    )
    assert texts(text) == [
        "The mayor ordered every school in the district closed until Monday",
        "hospitals in the area have cancelled all planned surgery for the week.",
    ]


def test_sentence_claims_cut_at_and_with_new_subject() -> None:
    text = (
        "A curfew remains in force in the Lower Docks from 10 p.m. to 6 a.m., "
        "and police are patrolling the exclusion zone around the terminal."
    )
    assert texts(text) == [
        "A curfew remains in force in the Lower Docks from 10 p.m. to 6 a.m.",
        "police are patrolling the exclusion zone around the terminal.",
    ]


def test_sentence_claims_cut_at_while() -> None:
    text = (
        "Orbel shares fell 4% in afternoon trading on the exchange "
        "while Quillon's stock jumped 28% to close at a record high."
    )
    assert texts(text) == [
        "Orbel shares fell 4% in afternoon trading on the exchange",
        "Quillon's stock jumped 28% to close at a record high.",
    ]


def test_sentence_claims_keep_a_list_of_names_whole() -> None:
    text = (
        "The mayor, the fire chief of the county, and the head of the port authority "
        "met residents at the town hall on Thursday evening."
    )
    assert texts(text) == [text]


def test_sentence_claims_do_not_cut_inside_a_quotation() -> None:
    text = (
        '"We have lost the warehouse; we will not lose the street," the fire chief told '
        "reporters at the scene on Wednesday morning."
    )
    assert texts(text) == [text]


def test_sentence_claims_drop_questions_boilerplate_and_bare_quote_fragments() -> None:
    text = (
        "What does the deal mean for workers?\n"
        "Sign up for our newsletter to get the latest news.\n"
        "“Nobody told us.”\n"
        "Photo: Getty Images\n"
        "The company cut 400 jobs at the plant last year."
    )
    assert texts(text) == ["The company cut 400 jobs at the plant last year."]


def test_sentence_claims_mark_a_quoted_statement_as_a_quotation() -> None:
    text = "“The evacuation order will be lifted in two days if the readings stay low."
    assert [(c.text, c.quoted) for c in claims_of(text)] == [(text, True)]


def test_sentence_claims_mark_every_fragment_of_a_multi_sentence_quote() -> None:
    text = (
        "“The pumping station at Ashby failed just after midnight on Sunday. "
        "Two of the three pumps were still under water by noon,” said engineer Omar Haddad."
    )
    assert [c.quoted for c in claims_of(text)] == [True, True]


def test_sentence_claims_follow_a_quote_opened_earlier_in_the_paragraph() -> None:
    text = (
        'Haddad said: "The station flooded within minutes of the levee failing. '
        "Nobody could have reached the controls in time to shut the pumps down."
    )
    # The first sentence is attribution and quote; the second has no mark but is still quoted.
    assert [c.quoted for c in claims_of(text)] == [True, True]
    second = split_sentences(CleanDoc("r", text))[1]
    assert not sentence_claims(second, len(text))[0].quoted  # without the paragraph's state


def test_sentence_claims_do_not_mark_reported_speech_or_a_quoted_phrase() -> None:
    text = (
        "The engineer said that two of the three pumps were still under water by noon.\n"
        'The council called the repairs to the pumping station "urgent" on Monday.\n'
        "“Nobody warned us,” said Lena Ortiz, who has run a bakery on Mill Street since 2009."
    )
    assert [c.quoted for c in claims_of(text)] == [False, False, False]


def test_sentence_claims_leave_out_a_wire_dateline() -> None:
    text = (
        "SALTMERE, March 15 (Tidewire) - Firefighters were still battling the blaze on Wednesday."
    )
    assert texts(text) == ["Firefighters were still battling the blaze on Wednesday."]


def test_sentence_claims_spans_slice_back_to_the_claim() -> None:
    text = (
        "Intro line.\nSALTMERE (Tidewire) - A curfew remains in force in the Lower Docks from "
        "10 p.m. to 6 a.m., and police are patrolling the exclusion zone around the terminal.\n"
        "Ferry services to the island were suspended because of the smoke."
    )
    found = claims_of(text)
    assert len(found) == 3
    for claim in found:
        assert text[claim.span.start : claim.span.end] == claim.text
        assert 0.0 <= claim.position < 1.0


def test_is_claim_rejects_a_verbless_caption() -> None:
    assert not is_claim("Smoke over the container terminal at Pier 9, Tuesday night")
    assert is_claim("Smoke rose over the container terminal at Pier 9 on Tuesday night.")


def test_comparable_folds_paraphrases_to_the_same_terms() -> None:
    assert comparable("the plant will reopen in two weeks") == "plant resum 2 week"
    assert comparable("operations are due to resume within a fortnight") == "oper resum 2 week"
    assert comparable("The blaze broke out") == comparable("the fire started")
    assert set(comparable("4,300 were evacuated").split()) == {"4300", "evacu"}
    assert set(comparable("the evacuation of 4300 people").split()) == {"4300", "evacu", "peopl"}


def test_stem_folds_inflections_but_keeps_short_words() -> None:
    assert stem("evacuated") == stem("evacuation") == stem("evacuate") == "evacu"
    assert stem("injuries") == stem("injured") == stem("injury") == "injur"
    assert stem("bus") == "bus"


def test_comparable_folds_words_not_story_inferences() -> None:
    # Leaving home is not being evacuated, and declaring is not imposing, in general.
    assert stem("evacuated") not in comparable("300 people fled their homes").split()
    assert comparable("a zone was declared") != comparable("a zone was imposed")
    assert comparable("the blaze broke out") == comparable("the fire started")


def test_comparable_writes_clock_times_as_one_24_hour_term() -> None:
    assert comparable("the fire started at 9:40 p.m.") == "fir start 2140"
    assert comparable("at about 7 p. m.") == comparable("at about 7pm") == "1900"
    assert comparable("the call came in at 3: 30 a. m.").split()[-1] == "0330"
    assert comparable("12 a.m.") == "0000"
    # Not a time: no hour 30, and "am" after a count is the verb.
    assert comparable("30 am") == "30"


def test_sentence_claims_drop_credits_pointers_and_commentary() -> None:
    text = (
        "Some information for this report came from the Associated Press and Reuters.\n"
        "Additional reporting by Maria Lopez in Jakarta; editing by Tom Hale.\n"
        "Here's a slideshow of images of the northern Sumatra quake on Tuesday.\n"
        "The casting of the new lead actor made me really excited about the show.\n"
        "Historic dairy building destroyed by fire in downtown Palmer on Tuesday\n"
        "A fire destroyed the historic dairy building in downtown Palmer on Tuesday."
    )
    assert texts(text) == [
        "A fire destroyed the historic dairy building in downtown Palmer on Tuesday."
    ]


def test_sentence_claims_keep_reports_that_mention_a_report_or_a_photo() -> None:
    text = (
        "The police report said the driver had been drinking before the crash on Friday.\n"
        "A photo of the suspect was released by the sheriff's department on Monday."
    )
    assert len(texts(text)) == 2


def test_sentence_claims_never_cut_a_list_whose_last_item_has_a_relative_clause() -> None:
    text = (
        "The governor thanked the police, the firefighters from three counties, and the "
        "volunteers who worked through the night to save the old dairy building."
    )
    assert texts(text) == [text]


def test_sentence_claims_never_cut_a_list_whose_last_item_has_no_verb() -> None:
    text = (
        "Their alleged actions not only hurt them, but that family of four, the couple "
        "out on a date, or the guy returning home from his work shift."
    )
    assert len(texts(text)) <= 1


def test_sentence_claims_mark_spaced_quotes_of_scraped_copy_as_quotations() -> None:
    spaced = "“ We are really just shocked, ” said her nephew, Ravi Singh, 32, of Coney Island."
    ending = "It's so wonderful not to keep this secret any longer, it's been so fantastic. \""
    assert [c.quoted for c in claims_of(f"{spaced}\n{ending}")] == [True, True]


def test_sentence_claims_with_the_parse_cut_clauses_but_not_lists() -> None:
    clauses = (
        "A curfew remains in force in the Lower Docks from 10 p.m. to 6 a.m., "
        "and police are patrolling the exclusion zone around the terminal."
    )
    names = (
        "The governor thanked the police, the firefighters from three counties, and the "
        "volunteers who worked through the night to save the old dairy building."
    )
    parses = analyze_sentences([clauses, names], batch_size=2)
    if parses is None:
        pytest.skip("the spaCy model is not installed")
    cut, whole = (
        [c.text for c in sentence_claims(Sentence("r", 0, 0, len(t), t), len(t), False, p)]
        for t, p in zip((clauses, names), parses, strict=True)
    )
    assert cut == [
        "A curfew remains in force in the Lower Docks from 10 p.m. to 6 a.m.",
        "police are patrolling the exclusion zone around the terminal.",
    ]
    assert whole == [names]


def test_sentence_claims_never_cut_a_list_of_names_before_its_verb() -> None:
    text = (
        "The prosecutor in the case said on Monday that Warren Jeffs, Merril Jessop, and "
        "Wendell Nielsen were arrested in Texas."
    )
    assert texts(text) == [text]
    parses = analyze_sentences([text], batch_size=1)
    if parses is not None:
        parsed = sentence_claims(Sentence("r", 0, 0, len(text), text), len(text), False, parses[0])
        assert [c.text for c in parsed] == [text]


def test_sentence_claims_drop_first_person_prose_but_keep_quoted_first_person() -> None:
    text = (
        "But players that we like and think can help us, we are going to try to sign.\n"
        '"We will rebuild the church before Easter," Pastor Larry Kroon told the congregation.'
    )
    assert texts(text) == [
        '"We will rebuild the church before Easter," Pastor Larry Kroon told the congregation.'
    ]
