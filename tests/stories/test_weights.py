from __future__ import annotations

from newsfuse.stories.weights import Frequencies


def test_a_token_met_in_fewer_documents_weighs_more() -> None:
    frequencies = Frequencies()
    frequencies.add_block([{"quake", "bay"}, {"quake"}, {"quake", "ridge"}])
    assert frequencies.idf("bay") > frequencies.idf("quake")
    assert frequencies.idf("never") > frequencies.idf("bay")


def test_tokens_met_once_are_forgotten_once_the_counts_grow_past_the_sweep() -> None:
    frequencies = Frequencies(sweep_at=10)
    frequencies.add_block([{"quake", f"name{n}"} for n in range(12)])
    assert frequencies.counts == {"quake": 12}
    assert frequencies.documents == 12
    assert frequencies.idf("name3") == frequencies.idf("never")


def test_the_next_sweep_waits_for_the_kept_tokens_to_double() -> None:
    frequencies = Frequencies(sweep_at=4)
    recurring = [{f"word{n}" for n in range(5)}] * 2
    frequencies.add_block(recurring)  # five tokens met twice: all kept, next sweep at ten
    frequencies.add_block([{"once"}, {"twice"}, {"twice"}])
    assert set(frequencies.counts) == {f"word{n}" for n in range(5)} | {"once", "twice"}
