"""Reader appeals written as sentences: what counts as one, and what stays as the news."""

from __future__ import annotations

from newsfuse.cleaning.boilerplate import clean_texts
from newsfuse.cleaning.boilerplate_appeal import Appeal, OutletNames, appeal_blocks, appeal_levels
from newsfuse.cleaning.boilerplate_features import features
from newsfuse.model import RawDoc

STORY = [
    "Floodwater reached the first floor of dozens of homes in Ashby Vale on Sunday after the "
    "river burst its banks following three days of heavy rain, the county council said.",
    "Emergency crews used boats to reach residents trapped in their homes, and a rest centre "
    "was opened at the leisure centre for families who had nowhere else to go.",
    '"We have never seen the water come up this fast," said Gwen Talbot, who has run the '
    'village shop for 30 years. "If you live by the river, you learn to watch it."',
    "The Environment Agency said more rain was forecast for Tuesday and urged people living "
    "near the river to move valuables upstairs and keep their phones charged.",
    "A local food bank has launched a donation drive for the evacuated families and is asking "
    "for blankets, nappies and tinned food, its coordinator said.",
]
APPEAL_BLOCK = [
    "The Vale Courier is not owned by a billionaire. Our reporting is paid for by readers, and "
    "we rely on your support to keep a reporter at every council meeting.",
    "If you can, please chip in today. It takes a minute, and you can stop whenever you like.",
    "Thank you.",
]
NEWSLETTER_BOX = [
    "Sign up to the Courier Morning",
    "Get the day's local headlines in your inbox, free every weekday.",
    "By registering you accept our terms. We will never pass your details to anyone else.",
]


def levels_of(lines: list[str], outlet: str | None = None) -> list[Appeal]:
    measured = [features(line) for line in lines]
    return appeal_levels(lines, measured, [False] * len(lines), outlet)


def clean(lines: list[str]) -> tuple[list[str], dict[str, str]]:
    result = clean_texts([RawDoc(id="a", content="\n".join(lines), kind="text")])[0]
    return result.text.split("\n\n"), {r.text: r.reason for r in result.removed}


def test_appeal_levels_outlet_asking_the_reader_is_strong() -> None:
    lines = [
        "Readers like you keep us going. Please consider a contribution to our newsroom.",
        "Join 40,000 parents who get our schools newsletter every Friday.",
    ]
    assert levels_of(lines) == [Appeal.STRONG, Appeal.STRONG]


def test_appeal_levels_outlet_named_by_its_short_name_speaks_for_itself() -> None:
    line = "Enjoy reading the Ledger? Subscribe for unlimited access from 1.99 a week."
    assert levels_of([line], outlet="The Valley Ledger") == [Appeal.STRONG]
    assert levels_of([line]) == [Appeal.HINT]


def test_appeal_levels_grades_weaker_appeals() -> None:
    lines = [
        "Our newsroom relies on donations from readers across the region.",
        "Get the morning briefing in your inbox, free every weekday.",
    ]
    assert levels_of(lines) == [Appeal.WEAK, Appeal.HINT]


def test_appeal_levels_reported_speech_and_news_of_appeals_are_not_appeals() -> None:
    lines = [
        '"We need your support, and we need volunteers," the food bank\'s director said.',
        "The Red Cross has opened a donation line for families who lost their homes.",
        "Subscribers in the US can read the full report online from Monday.",
        "Olsen told reporters the union would support its members whatever happened.",
    ]
    assert levels_of(lines) == [Appeal.NONE] * len(lines)


def test_appeal_levels_pronouns_without_an_ask_are_at_most_a_hint() -> None:
    lines = [
        "We warned the council about the bridge for years, and you could see the cracks.",
        "We visited the site twice last month and found the gates unlocked both times.",
    ]
    assert levels_of(lines) == [Appeal.HINT, Appeal.NONE]


def test_appeal_blocks_take_weaker_appeals_beside_a_strong_one() -> None:
    levels = [Appeal.HINT, Appeal.NONE, Appeal.HINT, Appeal.STRONG, Appeal.NONE, Appeal.WEAK]
    bridges = [False, False, False, False, True, False]
    assert appeal_blocks(levels, bridges) == [False, False, True, True, False, True]


def test_appeal_blocks_do_not_reach_hints_far_down_a_run_of_short_lines() -> None:
    # "Join our newsletter" atop a menu of short links, then an article written to "you"
    levels = [Appeal.STRONG, *[Appeal.NONE] * 12, Appeal.HINT, Appeal.HINT]
    bridges = [False, *[True] * 12, False, False]
    assert appeal_blocks(levels, bridges) == [True, *[False] * 14]


def test_appeal_blocks_without_a_strong_appeal_are_not_furniture() -> None:
    assert appeal_blocks([Appeal.HINT, Appeal.WEAK], [False, False]) == [False, False]


def test_outlet_names_short_form_counts_only_capitalised() -> None:
    names = OutletNames.of("Morrowgate Evening News")
    assert names.named_in("Love local news? Support the Evening News")
    assert not names.named_in("Many workers said they learned of the deal from the news.")


def test_clean_texts_drops_donation_appeal_after_the_article() -> None:
    text, removed = clean([*STORY, *APPEAL_BLOCK, "© The Vale Courier 2024"])
    assert text == STORY
    assert removed[APPEAL_BLOCK[0]] == removed[APPEAL_BLOCK[1]] == "appeal to the reader"


def test_clean_texts_drops_newsletter_box_inside_the_article() -> None:
    text, removed = clean([*STORY[:3], *NEWSLETTER_BOX, *STORY[3:]])
    assert text == STORY
    assert removed[NEWSLETTER_BOX[2]] == "appeal to the reader"
