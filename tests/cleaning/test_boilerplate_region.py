"""Finding the article's stretch of lines, and the line features that feed it."""

from __future__ import annotations

from newsfuse.cleaning.boilerplate import clean_texts
from newsfuse.cleaning.boilerplate_features import features, glued_teaser
from newsfuse.cleaning.boilerplate_region import best_region
from newsfuse.model import RawDoc

STORY = [
    "The city council voted on Monday to close the old bridge over the river for repairs, "
    "a decision that will force thousands of commuters to take a longer route to work.",
    "Engineers had warned for years that the steel was corroding, and an inspection in the "
    "spring found cracks in two of the main supports, according to a report seen by the council.",
    "The mayor said the closure would last at least eighteen months and that a free shuttle bus "
    "would run between the two banks while the work was under way.",
]
COMMENTS = [
    "I have been saying this for years and nobody in the council would ever listen to us, "
    "so it is good that they are finally doing something about the state of that bridge.",
    "My husband drives across it every single day and he told me that the whole deck shakes "
    "when a lorry goes past, which is frankly terrifying for anyone who has to use it.",
]


def test_best_region_is_the_maximum_sum_stretch() -> None:
    assert best_region([-5, 10, -2, 8, -20, 6], []) == (1, 3)


def test_best_region_of_only_furniture_is_none() -> None:
    assert best_region([-1, -5, -2], []) is None


def test_best_region_stops_at_comments_after_a_substantial_article() -> None:
    scores = [70.0, 10.0, -6.0, 40.0, 40.0, 40.0]
    assert best_region(scores, [2]) == (0, 1)


def test_best_region_ignores_comment_marker_above_the_article() -> None:
    assert best_region([-6.0, 30.0, 25.0], [0]) == (1, 2)


def test_clean_texts_drops_comment_thread_longer_than_the_story() -> None:
    thread = ["3 Comments"]
    for number, comment in enumerate(COMMENTS * 3):
        thread += [f"reader{number} says:", "November 18, 2019 at 7:45 am", comment, "Reply"]
    text = "\n".join(["Menu", *STORY, *thread])
    result = clean_texts([RawDoc(id="a", content=text, kind="text")])[0]
    assert result.text.split("\n\n") == STORY


def test_features_tokenise_curly_apostrophes_like_straight_ones() -> None:
    curly, straight = features("It’s what they said."), features("It's what they said.")
    assert curly.stop_density == straight.stop_density == 1.0


def test_glued_teaser_spots_title_case_headline_run_into_its_blurb() -> None:
    teaser = (
        "Two In Custody After Death Of Student-AthleteA woman and a man are in custody after "
        "the death of a student who was found at an apartment complex, police said on Friday."
    )
    assert glued_teaser(features(teaser))
    assert not glued_teaser(features(STORY[0]))
