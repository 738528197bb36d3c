"""Near-identical reports are found in linear time, before any pair is compared."""

from __future__ import annotations

from newsfuse.syndication.near_copies import near_copy_originals

ITEM = (
    "A fire broke out at a warehouse in the port district on Tuesday night, officials said."
    " No one was hurt and the cause is being investigated by the city fire service."
)


def test_near_copy_originals_join_reports_that_differ_in_a_word() -> None:
    texts = [ITEM, ITEM.replace("Tuesday", "Wednesday"), ITEM.upper(), "An unrelated short note."]
    assert near_copy_originals(texts) == [0, 0, 0, 3]


def test_near_copy_originals_keep_a_rewrite_or_an_excerpt_apart() -> None:
    rewrite = "Officials said nobody was injured when a port warehouse caught fire late Tuesday."
    excerpt = ITEM.split(". ")[0]
    assert near_copy_originals([ITEM, rewrite, excerpt]) == [0, 1, 2]


def test_near_copy_originals_never_join_texts_without_words() -> None:
    assert near_copy_originals(["", "...", ""]) == [0, 1, 2]
