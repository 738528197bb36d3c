from newsfuse.align.numbers import extract_quantities
from newsfuse.memo import brief_memo, per_brief
from newsfuse.model import Sentence

calls: list[str] = []


@per_brief
def _shout(word: str) -> str:
    calls.append(word)
    return word.upper()


def test_inside_a_brief_each_argument_is_computed_once() -> None:
    calls.clear()
    with brief_memo():
        assert [_shout("fire"), _shout("fire"), _shout("harbour")] == ["FIRE", "FIRE", "HARBOUR"]
    assert calls == ["fire", "harbour"]


def test_nothing_is_kept_after_the_brief_or_outside_one() -> None:
    calls.clear()
    with brief_memo():
        _shout("fire")
    with brief_memo():
        _shout("fire")
    _shout("fire")
    _shout("fire")
    assert calls == ["fire"] * 4


def test_callers_sharing_figures_cannot_change_each_others_copy() -> None:
    sentence = Sentence("a", 0, 0, 30, "At least 40 people were injured.")
    with brief_memo():
        first = extract_quantities(sentence)
        first.clear()
        again = extract_quantities(sentence)
    assert [q.low for q in again] == [40.0]
