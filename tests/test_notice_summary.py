"""Notices of one kind are shown a few times, then counted."""

from __future__ import annotations

from newsfuse.model import Notice
from newsfuse.notice_summary import notice_kind, summarize_notices


def _binary(index: int) -> Notice:
    path = f"in/photo-{index}.txt"
    return Notice(path, "error", f"{path}: binary file (contains NUL bytes)")


def test_notices_differing_only_in_input_and_numbers_are_one_kind() -> None:
    first = Notice(
        "a.jsonl", "warning", "a.jsonl line 2: malformed JSON (Expecting value (char 0))"
    )
    other = Notice("b.jsonl", "warning", "b.jsonl line 77: malformed JSON (Unterminated string)")
    assert notice_kind(first) == notice_kind(other)
    assert notice_kind(first) != notice_kind(Notice("a.jsonl", "error", first.message))
    assert notice_kind(_binary(1)) != notice_kind(Notice("x", "error", "x: empty file (0 bytes)"))


def test_summarize_keeps_a_few_of_each_kind_in_order_and_counts_the_rest() -> None:
    empty = Notice("e.txt", "error", "e.txt: empty file (0 bytes)")
    notices = [_binary(0), empty, *(_binary(i) for i in range(1, 200_000))]
    summary = summarize_notices(notices, shown=3)
    assert summary[:4] == [_binary(0), empty, _binary(1), _binary(2)]
    assert len(summary) == 5
    assert summary[4].level == "error" and summary[4].source is None
    assert summary[4].message.startswith("… and 199,997 more like this:")
    assert "binary file" in summary[4].message


def test_summarize_leaves_short_lists_alone() -> None:
    notices = [_binary(i) for i in range(3)]
    assert summarize_notices(notices, shown=3) == notices
