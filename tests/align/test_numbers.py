"""Figures with hedges: the interval each wording allows and the thing it counts."""

from __future__ import annotations

import math

import pytest

from newsfuse.align.numbers import Quantity, extract_quantities
from newsfuse.model import Sentence


def quantities(text: str, start: int = 0) -> list[Quantity]:
    return extract_quantities(Sentence("r1", 0, start, start + len(text), text))


def only(text: str) -> Quantity:
    found = quantities(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "hedge", "low", "high"),
    [
        ("At least 212 were injured.", "at least", 212, math.inf),
        ("No fewer than 212 people were injured.", "no fewer than", 212, math.inf),
        ("Nearly 4,500 people were evacuated.", "nearly", 4050, 4500),
        ("Almost 200 were hurt.", "almost", 180, 200),
        ("About 50 protesters were arrested.", "about", 45, 55),
        ("Around 50 protesters were arrested.", "around", 45, 55),
        ("Roughly 50 protesters were arrested.", "roughly", 45, 55),
        ("Police arrested some 50 protesters.", "some", 45, 55),
        ("Up to 10 homes were destroyed.", "up to", 0, 10),
        ("No more than 10 homes were destroyed.", "no more than", 0, 10),
        ("Fewer than 10 homes were destroyed.", "fewer than", 0, 10),
        ("30 or more people were arrested.", "or more", 30, math.inf),
        ("Between 20 and 30 people were trapped.", "between", 20, 30),
    ],
)
def test_extract_quantities_hedge_gives_interval(
    text: str, hedge: str, low: float, high: float
) -> None:
    q = only(text)
    assert q.hedge == hedge
    assert q.low == pytest.approx(low)
    assert q.high == pytest.approx(high) if high != math.inf else q.high == math.inf


def test_extract_quantities_more_than_is_open_above_the_number() -> None:
    q = only("More than 30 people died.")
    assert (q.hedge, q.thing, q.high) == ("more than", "killed", math.inf)
    assert 30 < q.low < 30.001


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Dozens were missing.", 24, 99),
        ("Scores of people were wounded.", 40, 199),
        ("Hundreds of firefighters battled the blaze.", 200, 999),
        ("Thousands of troops were deployed.", 2000, 9999),
        ("Tens of thousands of people fled.", 20000, 99999),
    ],
)
def test_extract_quantities_vague_plural_is_a_range(text: str, low: float, high: float) -> None:
    q = only(text)
    assert (q.low, q.high, q.hedge) == (low, high, None)


@pytest.mark.parametrize(
    ("text", "value", "thing"),
    [
        ("Three firefighters were hurt.", 3, "injured"),
        ("Twenty-one people were killed.", 21, "killed"),
        ("Two million residents were evacuated.", 2_000_000, "evacuated"),
        ("Officials said 1.2 million people had been displaced.", 1_200_000, "displaced"),
        ("A dozen soldiers were killed.", 12, "killed"),
        ("Three hundred and fifty homes burned.", 350, "homes"),
        ("One person died.", 1, "killed"),
    ],
)
def test_extract_quantities_reads_numbers_in_words(text: str, value: float, thing: str) -> None:
    q = only(text)
    assert (q.low, q.high, q.thing) == (value, value, thing)


def test_extract_quantities_one_of_is_not_a_count() -> None:
    assert quantities("One of the victims was a child.") == []


def test_extract_quantities_durations_become_days() -> None:
    curfew, freeze = quantities("The army imposed a two-week curfew and a 90-day freeze on rents.")
    assert (curfew.low, curfew.unit, curfew.thing) == (14, "days", "curfew")
    assert (freeze.low, freeze.unit, freeze.thing) == (90, "days", "freeze")
    held = only("Suspects are held for no more than 10 days.")
    assert (held.low, held.high, held.unit, held.hedge) == (0, 10, "days", "no more than")


def test_extract_quantities_money_and_percent_carry_their_unit() -> None:
    aid, rebuild = quantities("The city pledged $3.5 million in aid and €200m for rebuilding.")
    assert (aid.low, aid.unit, aid.text) == (3_500_000, "USD", "$3.5 million")
    assert (rebuild.low, rebuild.unit) == (200_000_000, "EUR")
    share = only("Turnout was 40% of voters.")
    assert (share.low, share.unit, share.thing) == (40, "percent", "voters")
    assert only("It fell 7.5 per cent.").unit == "percent"


def test_extract_quantities_money_range_borrows_the_scale() -> None:
    q = only("The Orioles offered $140-$150 million.")
    assert (q.low, q.high, q.unit) == (140_000_000, 150_000_000, "USD")


def test_extract_quantities_dash_range() -> None:
    q = only("Between 20-30 homes were flooded.")
    assert (q.low, q.high, q.thing) == (20, 30, "homes")


@pytest.mark.parametrize(
    "text",
    [
        "In 2008, the company, founded in 1995, moved.",
        "The fire began at 3:30 p.m. on March 3.",
        "The talks run Sept. 5-19 in Geneva.",
        "John Smith, 45, was arrested.",
        "A 30-year-old man was arrested.",
        "The office is at 221 Baker Street.",
        "Call 555-123-4567 for details.",
        "Flight 253 landed safely.",
        "See page 2 for more.",
        "Photo 1 of 5",
        "He finished 21st in the race.",
        "The G20 met over COVID-19.",
        "They won 3-1 at home.",
        "He was injured two Sundays ago.",
    ],
)
def test_extract_quantities_skips_what_is_not_a_count(text: str) -> None:
    assert quantities(text) == []


def test_extract_quantities_ties_event_to_generic_noun() -> None:
    q = only("By Tuesday 4,300 residents had been evacuated from the valley.")
    assert (q.low, q.thing, q.group, q.text) == (4300, "evacuated", None, "4,300")


def test_extract_quantities_subtotal_keeps_its_group() -> None:
    firefighters, everyone = quantities("Three firefighters were among the 27 injured.")
    assert (firefighters.low, firefighters.thing, firefighters.group) == (
        3,
        "injured",
        "firefighters",
    )
    assert (everyone.low, everyone.thing, everyone.group) == (27, "injured", None)


def test_extract_quantities_among_the_injured_before_the_number() -> None:
    q = only("Among the injured were three firefighters.")
    assert (q.thing, q.group) == ("injured", "firefighters")


def test_extract_quantities_part_of_a_larger_count_is_a_subgroup() -> None:
    q = only("Twelve of the injured were children.")
    assert (q.thing, q.group) == ("injured", "subgroup")


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("The blast killed at least 12 people.", "killed"),
        ("Police arrested 12 people overnight.", "arrested"),
        ("The attack left 12 dead.", "killed"),
        ("There were 30 deaths.", "killed"),
        ("Forty people were wounded.", "injured"),
        ("The death toll stood at 40.", "killed"),
        ("Five soldiers and three children were missing.", "troops"),
        ("Rescuers found 42 government office buildings damaged.", "office buildings"),
    ],
)
def test_extract_quantities_thing_from_verb_noun_or_toll(text: str, thing: str) -> None:
    assert quantities(text)[0].thing == thing


def test_extract_quantities_different_things_in_one_sentence() -> None:
    killed, injured = quantities("The blast killed at least 12 people and injured 30.")
    assert (killed.thing, killed.low) == ("killed", 12)
    assert (injured.thing, injured.low) == ("injured", 30)


def test_extract_quantities_doubt_and_negation_are_flagged() -> None:
    assert only("Officials feared 30 people could have died.").uncertain
    assert only("It was not clear whether 12 people were trapped.").uncertain
    assert not only("No one was killed, but 12 people were hurt.").uncertain
    assert quantities("It was not clear how many people were trapped.") == []


def test_extract_quantities_change_over_time_is_flagged_revised() -> None:
    assert only("The death toll rose to 40 on Sunday.").revised
    assert not only("The death toll stood at 40.").revised


def test_extract_quantities_over_a_period_is_not_a_lower_bound() -> None:
    q = only("Over six seasons he played well.")
    assert (q.hedge, q.low, q.high) == (None, 6, 6)


def test_extract_quantities_span_points_into_the_report() -> None:
    text = "Officials said nearly 4,500 people were evacuated."
    q = quantities(text, start=100)[0]
    assert (q.span.source, q.span.start, q.span.end) == ("r1", 115, 127)
    assert text[q.span.start - 100 : q.span.end - 100] == q.text == "nearly 4,500"


def test_quantity_plausible_widens_round_figures_only() -> None:
    assert only("4,500 people were evacuated.").plausible() == (4450, 4550)
    assert only("4,317 people were evacuated.").plausible() == (4317, 4317)
    assert only("27 were injured.").plausible() == (27, 27)


def test_coordinated_kinds_count_the_event_they_are_the_subject_of() -> None:
    toll = only("Dozens of residents and rescuers have been killed in the fighting.")
    assert (toll.thing, toll.group, toll.low, toll.high) == ("killed", None, 24, 99)
    assert only("Dozens of women and children were injured.").thing == "injured"


def test_a_count_joined_to_one_more_person_stays_its_own_kind() -> None:
    # Six soldiers and a civilian are seven wounded: the six count soldiers only.
    assert only("Six soldiers and a civilian were wounded.").thing == "troops"
