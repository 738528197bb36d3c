"""What a sum of money is: the price of a deal, a revenue, a fine, and per what it is counted.

"Orbel agreed to buy Quillon for $2.4 billion" and "a deal worth $2.1 billion" both give the
value of a deal; "$38 a share" is a price per share and "annual revenue of $5.8 billion" a
yearly revenue, neither comparable with the deal's total. The role comes from the noun the
sum is "of" or "in" ("$1 billion of new borrowing"), else from the nearest role word before it
in its clause ("revenue of", "valuing the company at").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsfuse.align.lexicon import CURRENCY_SYMBOLS, CURRENCY_WORDS, word_set
from newsfuse.align.numbers import Quantity
from newsfuse.align.wordspans import tokenize
from newsfuse.analyze.tokens import STOPWORDS
from newsfuse.model import Sentence


def _roles(table: dict[str, str]) -> dict[str, str]:
    return {word: role for words, role in table.items() for word in words.split()}


ROLES = _roles(
    {
        "deal deals takeover acquisition acquire acquires acquired acquiring buy buys buying "
        "bought purchase purchased purchasing merger buyout transaction sale sell sells "
        "selling sold bid bids offer offers offered valued valuing valuation value pay pays "
        "paying paid price prices": "value of the deal",
        "revenue revenues sales turnover": "revenue",
        "profit profits earnings income": "profit",
        "loss losses": "loss",
        "fine fines fined penalty penalties": "fine",
        "damages settlement compensation": "damages",
        "budget budgets": "budget",
        "cost costs spending": "cost",
        "savings synergies": "savings",
        "debt borrowing borrowings loan loans": "debt",
        "salary salaries wage wages": "salary",
        "bail": "bail",
        "ransom": "ransom",
        "reward": "reward",
        "contract contracts": "contract",
        "aid donation donations grant grants": "aid",
    }
)
# How a sum is paid, not what it is: "$2.4 billion in cash" is still the deal's value.
_PAYMENT_FORMS = word_set("cash stock shares equity")
_CLAUSE_BREAKS = frozenset(",;:()") | word_set("but while whereas including plus")
_LOOKBACK = 8  # words before a sum searched for its role
# "$38 a share", "$38-a-share", "$10 million per year", "$5 an hour".
_PER = re.compile(r"\s*-?\s*(?:a|an|per|each)\s*-?\s*([a-z]+)", re.IGNORECASE)
_PER_UNITS = {"share": "per share", "year": "a year", "month": "a month", "week": "a week",
              "day": "a day", "hour": "an hour", "person": "per person", "head": "per person",
              "barrel": "a barrel", "ton": "a ton", "tonne": "a tonne"}  # fmt: skip
_YEARLY = word_set("annual annually yearly")
_OF_NOUN = re.compile(r"\s+(?:of|in)\s+(?:(?:a|an|the|new|additional|extra|fresh)\s+)*(\w+)")
CURRENCIES = frozenset(CURRENCY_SYMBOLS.values()) | frozenset(CURRENCY_WORDS.values())


@dataclass(frozen=True)
class Amount:
    """A sum's role ("value of the deal", or None when nothing names it) and its scope
    ("per share", "a year", or None for a total)."""

    role: str | None
    scope: str | None


def is_money(quantity: Quantity) -> bool:
    return quantity.unit in CURRENCIES


def amount_of(quantity: Quantity, sentence: Sentence) -> Amount:
    """The role and scope of the sum `quantity` read from `sentence`."""
    start = quantity.span.start - sentence.start
    end = quantity.span.end - sentence.start
    before = _clause_before(sentence.text[:start])
    after = sentence.text[end:]
    return Amount(_role(quantity, before, after), _scope(before, after))


def _role(quantity: Quantity, before: list[str], after: str) -> str | None:
    if quantity.thing in ROLES:  # "a $2.4 billion deal"
        return ROLES[quantity.thing]
    noun = _OF_NOUN.match(after)
    if noun and noun[1].lower() not in _PAYMENT_FORMS | STOPWORDS:
        word = noun[1].lower()
        return ROLES.get(word, word if after.lstrip().startswith("of") else None)
    if quantity.thing not in ("money", "per"):  # "$5 million worth of equipment" style nouns
        return quantity.thing
    return next((ROLES[w] for w in reversed(before) if w in ROLES), None)


def _scope(before: list[str], after: str) -> str | None:
    per = _PER.match(after)
    if per and per[1].lower() in _PER_UNITS:
        return _PER_UNITS[per[1].lower()]
    return "a year" if _YEARLY & set(before) else None


def _clause_before(text: str) -> list[str]:
    """The lower-cased words of the clause leading up to the sum, nearest last."""
    words: list[str] = []
    for token in reversed(tokenize(text)):
        if token.lower in _CLAUSE_BREAKS or len(words) == _LOOKBACK:
            break
        if token.is_word:
            words.append(token.lower)
    return words[::-1]
