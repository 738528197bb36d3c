"""vote: a paragraph of trafilatura's default reading stays when another reading confirms it."""

from __future__ import annotations

from newsfuse.cleaning.html_vote import key_in, key_index, vote

BODY = [
    "Firefighters battled the blaze through the night as winds pushed flames toward the town.",
    "About 4,300 residents were told to leave, and shelters opened at two schools nearby.",
    "Crews from three districts were called in, the county fire chief said on Wednesday.",
]
TEASER = "- Drought warning issued for the county Reservoirs are running low"


def test_vote_drops_paragraphs_no_other_reading_confirms() -> None:
    assert vote([*BODY, TEASER], BODY, BODY[:1]) == BODY


def test_vote_keeps_a_paragraph_only_our_fallback_confirms() -> None:
    assert vote(BODY, BODY[:2], [BODY[2]]) == BODY


def test_vote_trusts_the_default_when_precision_lost_the_article() -> None:
    assert vote([*BODY, TEASER], BODY[:1], []) == [*BODY, TEASER]


def test_vote_uses_the_fallback_when_trafilatura_found_nothing() -> None:
    assert vote([], [], BODY) == BODY
    assert vote(["Menu"], [], BODY) == BODY


def test_key_in_matches_whole_words_across_punctuation() -> None:
    index = key_index(["Homes were lost, officials said."])
    assert key_in("homes were lost officials", index)
    assert not key_in("home", index)


def test_a_paragraph_another_reading_gives_with_more_word_breaks_is_taken_from_it() -> None:
    body = " ".join(["Crews said residents were evacuated from the port."] * 8)
    default = [body, "the denied police wereSubscribe"]
    fallback = ["the denied police were Subscribe", body]
    assert vote(default, [body], fallback)[-1] == "the denied police were Subscribe"
