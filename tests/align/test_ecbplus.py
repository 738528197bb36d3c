"""Figures read from real news sentences (ECB+ dev split), checked by hand."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from newsfuse.align.numbers import extract_quantities
from newsfuse.model import Sentence


def real_sentence(shared_data: Path, opening: str) -> Sentence:
    path = shared_data / "clustering-dev" / "ecbplus.jsonl"
    if not path.is_file():
        pytest.skip(f"ECB+ sentences not found at {path}")
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        for index, text in enumerate(record["text"].split("\n")):
            if text.startswith(opening):
                return Sentence(record["id"], index, 0, len(text), text)
    raise AssertionError(f"no sentence starts with {opening!r}")


def readings(sentence: Sentence) -> list[tuple[str, float, float, str]]:
    return [(q.text, q.low, q.high, q.thing) for q in extract_quantities(sentence)]


def test_ecbplus_quake_toll(shared_data: Path) -> None:
    sentence = real_sentence(shared_data, "At least five people were killed, 250 others injured")
    assert readings(sentence) == [
        ("At least five", 5, math.inf, "killed"),
        ("250", 250, 250, "injured"),
        ("more than 800", math.nextafter(800, math.inf), math.inf, "homes"),
    ]


def test_ecbplus_hedged_toll_with_two_events(shared_data: Path) -> None:
    sentence = real_sentence(shared_data, "Officials say at least 24 people were killed")
    assert [(t, thing) for t, _, _, thing in readings(sentence)] == [
        ("at least 24", "killed"),
        ("more than 200", "injured"),
    ]


def test_ecbplus_numbers_in_words_and_others(shared_data: Path) -> None:
    sentence = real_sentence(shared_data, "Twelve people were killed and 70 others were injured")
    assert readings(sentence) == [("Twelve", 12, 12, "killed"), ("70", 70, 70, "injured")]


def test_ecbplus_vague_plural(shared_data: Path) -> None:
    sentence = real_sentence(shared_data, "A young girl was killed and dozens of others")
    assert readings(sentence) == [("dozens", 24, 99, "injured")]


def test_ecbplus_contract_length_and_money_range(shared_data: Path) -> None:
    contract = real_sentence(shared_data, "The Angels have offered an eight-year contract")
    assert readings(contract) == [("eight-year", 2920, 2920, "contract")]
    price = real_sentence(shared_data, "Citing unnamed people familiar with the matter")
    assert readings(price)[0] == ("$12 billion to $13 billion", 12e9, 13e9, "money")


def test_ecbplus_years_ages_and_dates_are_skipped(shared_data: Path) -> None:
    heist = real_sentence(shared_data, "In 2007, the gang drove two cars")
    assert [t for t, *_ in readings(heist)] == ["two", "11m euros"]
    player = real_sentence(shared_data, "Teixeira, who turns 29 on April 11")
    assert [t for t, *_ in readings(player)][:1] == ["more than 30"]
