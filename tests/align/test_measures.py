"""A quake's magnitude, depth and distance from a place: read from sentences, compared."""

from __future__ import annotations

from newsfuse.align.measures import measure_conflicts, measures_in
from newsfuse.analyze.sentences import split_sentences
from newsfuse.model import CleanDoc, Conflict, Sentence, Syndication


def conflicts(reports: dict[str, str]) -> list[Conflict]:
    """Measure conflicts between independent reports, split by the real sentence splitter."""
    docs = [CleanDoc(id=i, text=t) for i, t in reports.items()]
    syndication = Syndication(shared_with={}, groups=tuple((d.id,) for d in docs))
    return measure_conflicts(docs, {d.id: split_sentences(d) for d in docs}, syndication)


def read(text: str) -> list[tuple[tuple[str, ...], float, str]]:
    sentence = Sentence("a", 0, 0, len(text), text)
    return [(m.key, m.value, m.text) for m in measures_in(sentence)]


def test_magnitudes_in_every_common_wording() -> None:
    assert read("A magnitude 4.6 earthquake struck.") == [(("magnitude",), 4.6, "4.6")]
    assert read("A 4.6-magnitude quake struck.") == [(("magnitude",), 4.6, "4.6-magnitude")]
    assert read("It had a preliminary magnitude of 4.6.") == [(("magnitude",), 4.6, "4.6")]
    assert read("An earthquake measuring 4.6 rattled the county.")[0][1] == 4.6
    assert read("A 4.4 quake was felt.") == [(("magnitude",), 4.4, "4.4")]


def test_a_decimal_split_by_detokenised_text_is_one_number() -> None:
    assert read("A 4. 4 quake was felt.") == [(("magnitude",), 4.4, "4. 4")]


def test_depth_and_distance_from_a_named_place_in_kilometres() -> None:
    found = measures_in(Sentence("a", 0, 0, 60, "It struck about 26 miles north of Santa Rosa."))
    assert [(m.key, m.direction) for m in found] == [(("distance", "santa rosa", "north"), "north")]
    assert 26 * 1.609 * 0.9 - 1 < found[0].low < found[0].high < 26 * 1.61 * 1.1 + 1
    text = "It hit 55 kilometers (34 miles) west of the town of Bireun at a depth of 10 km."
    assert [m.key for m in measures_in(Sentence("a", 0, 0, len(text), text))] == [
        ("distance", "bireun", "west"),
        ("depth",),
    ]


def test_depths_that_cannot_both_hold_conflict_across_units() -> None:
    found = conflicts(
        {"a": "The quake had a depth of 1.2 miles.", "b": "It had a depth of 12 miles."}
    )
    assert [(c.about, [v.value for v in c.variants]) for c in found] == [
        ("depth (km)", ["1.2 miles", "12 miles"])
    ]
    same = {"a": "It struck at a depth of 35 kilometers.", "b": "It struck at a depth of 22 miles."}
    assert conflicts(same) == []


def test_distances_conflict_only_from_one_place_in_one_direction() -> None:
    reports = {
        "a": "The quake was centred about 20 miles north of Santa Rosa.",
        "b": "The quake was centred about 26 miles north of Santa Rosa.",
        "c": "Another quake struck 75 kilometers west of Manokwari.",
        "d": "The quake struck about 135 kilometers from Manokwari.",
    }
    assert [c.about for c in conflicts(reports)] == ["distance north of Santa Rosa (km)"]


def test_one_distance_in_directions_a_right_angle_apart_is_a_place_conflict() -> None:
    reports = {
        "a": "The epicentre was 55 kilometres south of Bireun.",
        "b": "The epicentre was 55 kilometers west of the town of Bireun.",
        "c": "The epicentre was 55 km south-southwest of Bireun.",
    }
    found = conflicts(reports)
    assert [c.about for c in found] == ["place: direction from Bireun"]
    assert [v.sources for v in found[0].variants] == [("a",), ("b",)]


def test_main_magnitudes_close_together_conflict_and_other_quakes_do_not() -> None:
    reports = {
        "a": "A 4.6-magnitude earthquake rattled the county.",
        "b": "A 4.4 quake was felt. The largest quake ever recorded there was 4.5.",
        "c": "A magnitude 6.1 quake hit today, after a 4.6 quake on Sunday.",
    }
    found = conflicts(reports)
    assert [(c.about, [v.value for v in c.variants]) for c in found] == [
        ("magnitude", ["4.4", "4.6-magnitude"])
    ]


def test_a_report_telling_both_magnitudes_tells_two_quakes() -> None:
    reports = {
        "a": "Quakes measuring 7.6 and 7.4 struck on Sunday.",
        "b": "A magnitude 7.4 quake struck. A 7.6 quake followed.",
    }
    assert conflicts(reports) == []


def test_how_long_a_quake_shook_and_other_durations() -> None:
    reports = {
        "a": "The quake was felt strongly for around 15 seconds across the province.",
        "b": "People ran outside as the quake shook houses for around one minute.",
        "c": "The Jaguars battled the Colts for almost 55 minutes.",
    }
    found = conflicts(reports)
    assert [(c.about, [v.value for v in c.variants]) for c in found] == [
        ("how long the shaking lasted (seconds)", ["around 15 seconds", "around one minute"])
    ]
