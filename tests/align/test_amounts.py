"""Sums of money: what they are the value of, and per what they are counted."""

from __future__ import annotations

from newsfuse.align.amounts import Amount, amount_of
from newsfuse.align.numbers import extract_quantities
from newsfuse.model import Sentence


def amounts(text: str) -> list[tuple[str, Amount]]:
    sentence = Sentence("r", 0, 0, len(text), text)
    return [(q.text, amount_of(q, sentence)) for q in extract_quantities(sentence)]


def test_amount_of_purchase_price_and_per_share_price() -> None:
    found = amounts("Halden Foods will pay $17 a share in a deal valued at $910 million.")
    assert found == [
        ("$17", Amount("value of the deal", "per share")),
        ("$910 million", Amount("value of the deal", None)),
    ]


def test_amount_of_hyphenated_per_share_price() -> None:
    assert amounts("The $52-a-share offer was rejected.")[0][1].scope == "per share"


def test_amount_of_revenue_is_not_the_deal_value() -> None:
    found = amounts("Vantor, which had annual sales of $3.1 billion, was bought for $6 billion.")
    assert found == [
        ("$3.1 billion", Amount("revenue", "a year")),
        ("$6 billion", Amount("value of the deal", None)),
    ]


def test_amount_of_sum_named_by_what_it_is_of() -> None:
    found = amounts("The buyer will fund the takeover with $1.5 billion of new debt.")
    assert found == [("$1.5 billion", Amount("debt", None))]


def test_amount_of_how_it_is_paid_does_not_change_the_role() -> None:
    found = amounts("Brisco agreed to acquire Tellum for $800 million in cash and stock.")
    assert found == [("$800 million", Amount("value of the deal", None))]


def test_amount_of_fine_and_unnamed_sum() -> None:
    assert amounts("The regulator fined the bank $40 million.")[0][1].role == "fine"
    assert amounts("He gave $40 to the driver.")[0][1] == Amount(None, None)


def test_a_sales_price_is_the_value_of_the_deal_not_a_revenue() -> None:
    text = "Based on its 530 million shares, the sales prices works out to $13.2 billion."
    sentence = Sentence("a", 0, 0, len(text), text)
    (quantity,) = [q for q in extract_quantities(sentence) if q.unit == "USD"]
    assert amount_of(quantity, sentence).role == "value of the deal"
