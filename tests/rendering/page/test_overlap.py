"""The source-overlap view, also for a brief read back from its JSON (which keeps the overlaps
but not the copy groups)."""

from __future__ import annotations

import dataclasses

from newsfuse.model import Syndication
from newsfuse.rendering import to_json
from newsfuse.rendering.from_json import from_json
from newsfuse.rendering.page import brief_page
from newsfuse.rendering.page.overlap import copy_groups_shown

from ..briefs import sample_brief
from .pages import fire_brief, parse


def test_a_brief_read_back_from_json_gets_its_copy_groups_rebuilt() -> None:
    brief = fire_brief()
    again = from_json(to_json(brief))
    assert all(len(group) == 1 for group in again.syndication.groups)
    assert copy_groups_shown(again) == [tuple(g) for g in brief.syndication.groups]
    counts = parse(brief_page(again)).xpath('//ul[@class="coverage"]/li/strong/text()')
    assert counts == ["7", "6", "7"]


def test_groups_known_from_the_stage_are_shown_as_they_are() -> None:
    brief = sample_brief()
    joined = dataclasses.replace(
        brief, syndication=Syndication(brief.syndication.shared_with, (("afp.txt", "local.txt"),))
    )
    assert copy_groups_shown(joined) == [("afp.txt", "local.txt")]


def test_reports_that_copy_nothing_are_each_their_own_source() -> None:
    brief = sample_brief()
    alone = dataclasses.replace(brief, syndication=Syndication({}, (("afp.txt",), ("local.txt",))))
    tree = parse(brief_page(alone))
    (overlap,) = tree.xpath('//section[@id="overlap"]')
    assert "each counts as an independent source" in overlap.text_content()
    assert not overlap.xpath(".//table | .//ul")


def test_the_matrix_reads_each_row_reports_share_found_in_the_column_report() -> None:
    tree = parse(brief_page(fire_brief()))
    (matrix,) = tree.xpath('//table[@class="overlap-matrix"]')
    columns = [th.text for th in matrix.xpath(".//thead/tr/th")]
    rows = {
        tr.xpath("string(th)"): dict(
            zip(columns, [td.text or "" for td in tr.xpath("td")], strict=True)
        )
        for tr in matrix.xpath(".//tbody/tr")
    }
    assert rows["Lanterfield Herald"]["Eastmarch Courier"] == "92%"
    assert rows["Eastmarch Courier"]["Lanterfield Herald"] == "100%"
    assert rows["Quickfeed Digest"]["Lanterfield Herald"] == ""
    assert {rows[name][name] for name in rows} == {"—"}
