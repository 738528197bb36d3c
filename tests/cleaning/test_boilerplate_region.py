"""Finding the article's stretch of lines, and the line features that feed it."""

from __future__ import annotations

from newsfuse.cleaning.boilerplate import clean_texts
from newsfuse.cleaning.boilerplate_features import features, glued_teaser
from newsfuse.cleaning.boilerplate_region import best_region, widen
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


def test_glued_teaser_spots_headline_run_into_a_short_blurb() -> None:
    assert features("Tape Gaffe Ends Hamlin's Title RunDenny Hamlin's run was foiled.").glued
    assert features("The 4 Best Vegan Spots In DetroitHoodline ranked the top spots.").glued


def test_glued_teaser_ignores_brand_names_inside_sentences() -> None:
    assert not features("Google chief Sundar Pichai said YouTube would pay creators more.").glued
    assert not features("Apple unveiled a MacBook Pro with a larger screen.").glued
    assert not features("SAN FRANCISCO, Calif. (AP) — PayPal said it would buy Honey.").glued


def vocabulary(lines: list[str]) -> list[frozenset[str]]:
    return [features(line).lowered for line in lines]


def test_widen_takes_on_topic_list_after_the_region_up_to_an_off_topic_line() -> None:
    lines = [
        *STORY,
        "Repairs to the old bridge over the river",
        "Free shuttle bus between the two banks",
        "Cracks found in two main supports",
        "Floods hit northern Italy",
        "The mayor said the bridge",
    ]
    region, taken = widen((0, 2), vocabulary(lines), [True] * 3 + [False] * 5, [True] * 8)
    assert region == (0, 5)
    assert taken == [3, 4, 5]


def test_widen_leaves_furniture_and_off_topic_lines_inside_the_region() -> None:
    lines = [STORY[0], "Old bridge repairs", "Photos: river views", "Weather forecast", STORY[1]]
    prose = [True, False, False, False, True]
    plain = [True, True, False, True, True]
    region, taken = widen((0, 4), vocabulary(lines), prose, plain)
    assert (region, taken) == ((0, 4), [1])


HEADLINES = [
    "Schiff says Republicans are only upset the president got caught",
    "Carl Bernstein shares how senators secretly voiced their concerns",
    "Tillerson takes a swipe at the White House over Ukraine dealings",
    "Supreme Court halts subpoena for the president's financial records",
]


def test_clean_texts_drops_headline_list_right_above_the_article() -> None:
    text = "\n".join(["MUST WATCH", "(16 Videos)", *HEADLINES, *STORY, "Read More", "Search"])
    result = clean_texts([RawDoc(id="a", content=text, kind="text")])[0]
    assert result.text.split("\n\n") == STORY
