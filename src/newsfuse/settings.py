"""One Settings object: every tunable, with its default and its help, declared once.

Every field is checked when a Settings is built (`with_overrides` included), generically from
its annotation and its declared bounds, so a new setting needs no validation code of its own:

    my_limit: int = _setting(50, "What it bounds.", at_least=1, at_most=1000)

Annotations may be bool, int, float (an int is accepted and stored as a float), str, a Literal,
`X | None` or `tuple[X, ...]`; bool is never taken for int, nor '10' for 10. Bounds are
`at_least`/`above` (lower, closed/open) and `at_most`/`below` (upper). Every int or float
setting must declare at least one bound (tests/test_settings.py enforces it). A bad value
raises ConfigError naming the setting, what it accepts and the value given.
"""

from __future__ import annotations

import functools
import typing
from dataclasses import dataclass, field, fields, replace
from typing import Any

from newsfuse.errors import ConfigError
from newsfuse.setting_rules import Number, bounds, checked_value


def _setting(
    default: Any,
    help: str,
    *,
    at_least: Number | None = None,
    above: Number | None = None,
    at_most: Number | None = None,
    below: Number | None = None,
) -> Any:
    limits = bounds(at_least=at_least, above=above, at_most=at_most, below=below)
    return field(default=default, metadata={"help": help, "bounds": limits})


@dataclass(frozen=True)
class Settings:
    max_input_bytes: int = _setting(
        20_000_000,
        "Largest input file (bytes, after decompression) read; larger ones are refused.",
        at_least=1,
    )
    max_record_bytes: int = _setting(
        5_000_000,
        "Longest line of a JSONL file (bytes); a longer record is skipped, the rest are kept.",
        at_least=1,
    )
    clean_seconds_per_input: float = _setting(
        20.0,
        "Time budget for cleaning one report; a page still unfinished is skipped with a notice.",
        above=0,
        at_most=3600,
    )
    summary_sentences: int = _setting(
        7, "Sentences in the summary (5 to 10).", at_least=5, at_most=10
    )
    shingle_words: int = _setting(5, "Words per shingle when looking for near-copies.", at_least=1)
    minhash_permutations: int = _setting(
        128, "MinHash permutations per report.", at_least=16, at_most=4096
    )
    lsh_threshold: float = _setting(
        0.2, "Jaccard threshold of the LSH index for candidate copies.", above=0, below=1
    )
    copy_overlap: float = _setting(
        0.5,
        "Share of a report's passages found in another for the two to count as copies.",
        above=0,
        at_most=1,
    )
    copy_candidates: int = _setting(
        100,
        "Most candidate copies aligned per report, and most entries in a source's shared_with.",
        at_least=1,
        at_most=100_000,
    )
    sentence_candidates: int = _setting(
        16,
        "Most sentences of other reports each sentence is scored against for derived passages.",
        at_least=1,
        at_most=10_000,
    )
    use_model: bool = _setting(True, "Use the spaCy model when it is installed.")
    allow_network: bool = _setting(False, "Allow fetching http(s) URLs given as inputs.")
    allow_private_addresses: bool = _setting(
        False, "Allow fetching URLs that resolve to private, loopback or link-local addresses."
    )
    fetch_seconds: float = _setting(
        30.0,
        "Deadline for fetching one URL: connecting, every read and every redirect together.",
        above=0,
        at_most=3600,
    )
    batch_size: int = _setting(64, "Texts per batch sent to the language model.", at_least=1)
    max_neighbours: int = _setting(
        100,
        "Most similar sentences or claims each one is compared with when grouping them.",
        at_least=1,
        at_most=100_000,
    )
    max_term_postings: int = _setting(
        2000,
        "A word in more sentences or claims than this proposes no comparisons (it carries no"
        " signal); it still counts in the similarity of pairs proposed by rarer words.",
        at_least=2,
        at_most=10_000_000,
    )

    cluster_threshold: float = _setting(
        0.12,
        "Least likeness (mean pair score of words, names, figures, dates; 0 to 1) for an"
        " article to join a story in `newsfuse cluster`; merging two larger stories needs more.",
        above=0,
        below=1,
    )
    cluster_window_days: int = _setting(
        30,
        "Days after its latest article that a story can still gain articles from later"
        " blocks of the stream (2,000 articles each, clustered together); older stories go"
        " cold.",
        at_least=1,
        at_most=36_500,
    )

    def __post_init__(self) -> None:
        hints = _annotations()
        for spec in fields(self):
            given = getattr(self, spec.name)
            value = checked_value(spec.name, hints[spec.name], spec.metadata.get("bounds"), given)
            if value is not given:
                object.__setattr__(self, spec.name, value)  # an int given for a float

    def with_overrides(self, **overrides: Any) -> Settings:
        """A copy with some settings changed; unknown names are an error, not ignored."""
        known = {f.name for f in fields(self)}
        unknown = sorted(set(overrides) - known)
        if unknown:
            raise ConfigError(f"unknown setting(s): {', '.join(unknown)}")
        return replace(self, **overrides)


@functools.cache
def _annotations() -> dict[str, Any]:
    return typing.get_type_hints(Settings)


def describe_settings() -> list[tuple[str, Any, str]]:
    """(name, default, help) for every setting, for docs and `--help`."""
    return [(f.name, f.default, f.metadata["help"]) for f in fields(Settings)]
