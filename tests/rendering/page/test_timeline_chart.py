"""The timeline chart: an SVG drawn on the server, one mark per entry down a date axis,
announced events marked apart, labels that never overlap."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools

import lxml.html

from newsfuse.model import TimelineEntry
from newsfuse.rendering.page import brief_page
from newsfuse.rendering.page.timeline_chart import timeline_chart

from ..briefs import sample_brief
from .pages import fire_brief, ids, parse


def _entry(day: int, text: str = "Something happened", announced: bool = False) -> TimelineEntry:
    return TimelineEntry(dt.date(2024, 3, day), text, ("a.txt",), announced)


def _chart(entries: list[TimelineEntry]) -> lxml.html.HtmlElement:
    return lxml.html.fragment_fromstring(timeline_chart(entries))


def test_one_mark_per_entry_and_announced_ones_marked_apart() -> None:
    entries = [_entry(1), _entry(1), _entry(4, announced=True), _entry(9, announced=True)]
    svg = _chart(entries)
    assert svg.get("class") == "timeline-chart"
    events = svg.xpath('//g[contains(@class, "event")]')
    assert len(events) == len(svg.xpath("//circle[@class='mark']")) == 4
    assert [e.get("class") for e in events] == [
        "event reported",
        "event reported",
        "event announced",
        "event announced",
    ]


def test_marks_go_down_the_axis_by_date_and_never_closer_than_a_row() -> None:
    entries = [_entry(1), _entry(1), _entry(2), _entry(20), _entry(21)]
    entries.append(dataclasses.replace(entries[0], date=dt.date(2025, 1, 1)))
    ys = [int(c.get("cy")) for c in _chart(entries).iter("circle")]
    steps = [b - a for a, b in itertools.pairwise(ys)]
    assert all(step >= 28 for step in steps)
    # A longer wait between two dates leaves a longer gap, up to a cap: a year's wait does
    # not push the rest of the chart off the page.
    same_day, one_day, weeks, next_day, a_year = steps
    assert same_day < one_day == next_day < weeks == a_year


def test_labels_never_overlap_and_dates_are_labelled_once() -> None:
    entries = [_entry(1, "a" * 200), _entry(1), _entry(2), _entry(2, announced=True)]
    svg = _chart(entries)
    dates = [t.text for t in svg.xpath("//text[@class='date']")]
    assert dates == ["1 Mar", "2 Mar"]
    for kind in ("label-long", "label-short"):
        labels = svg.xpath(f"//text[contains(@class, '{kind}')]")
        ys = [int(t.get("y")) for t in labels]
        assert len(ys) == 4 and all(b - a >= 28 for a, b in itertools.pairwise(ys))
    long_label, short_label = svg.xpath("//g")[0].xpath(".//text")
    assert len(long_label.text) <= 64 and len(short_label.text) <= 28
    assert long_label.text.endswith("…")
    # The whole text stays in the mark's tooltip.
    assert "a" * 200 in svg.xpath("//g")[0].findtext(".//title")


def test_dates_carry_their_year_when_the_timeline_spans_years() -> None:
    entries = [
        TimelineEntry(dt.date(2023, 12, 31), "x", ()),
        TimelineEntry(dt.date(2024, 1, 2), "y", ()),
    ]
    assert [t.text for t in _chart(entries).xpath("//text[@class='date']")] == [
        "31 Dec 2023",
        "2 Jan 2024",
    ]


def test_chart_marks_link_to_their_entries_in_the_list_below() -> None:
    tree = parse(brief_page(fire_brief()))
    (section,) = tree.xpath('//section[@id="timeline"]')
    links = [a.get("href")[1:] for a in section.xpath(".//svg//a")]
    items = [li.get("id") for li in section.xpath('.//ol[@class="timeline-list"]/li')]
    assert links == items and len(items) == len(fire_brief().timeline)
    assert set(links) <= ids(tree)
    announced = section.xpath('.//g[contains(@class, "announced")]')
    assert len(announced) == sum(t.announced for t in fire_brief().timeline) > 0


def test_the_list_and_chart_follow_date_order_whatever_the_brief_order() -> None:
    brief = sample_brief()
    brief = dataclasses.replace(brief, timeline=tuple(reversed(brief.timeline)))
    tree = parse(brief_page(brief))
    times = tree.xpath('//ol[@class="timeline-list"]//time/@datetime')
    assert times == sorted(times)


def test_no_entries_no_chart() -> None:
    assert timeline_chart([]) == ""
