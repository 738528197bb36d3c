"""One Settings object: every tunable, with its default and its help, declared once."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Any

from newsfuse.errors import ConfigError


def _setting(default: Any, help: str) -> Any:
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True)
class Settings:
    max_input_bytes: int = _setting(
        20_000_000, "Largest input file (bytes, after decompression) read; larger ones are refused."
    )
    summary_sentences: int = _setting(7, "Sentences in the summary (5 to 10).")
    shingle_words: int = _setting(5, "Words per shingle when looking for near-copies.")
    minhash_permutations: int = _setting(128, "MinHash permutations per report.")
    lsh_threshold: float = _setting(0.2, "Jaccard threshold of the LSH index for candidate copies.")
    copy_overlap: float = _setting(
        0.5, "Share of a report's passages found in another for the two to count as copies."
    )
    use_model: bool = _setting(True, "Use the spaCy model when it is installed.")
    allow_network: bool = _setting(False, "Allow fetching http(s) URLs given as inputs.")
    allow_private_addresses: bool = _setting(
        False, "Allow fetching URLs that resolve to private, loopback or link-local addresses."
    )
    batch_size: int = _setting(64, "Texts per batch sent to the language model.")

    def __post_init__(self) -> None:
        if not 5 <= self.summary_sentences <= 10:
            raise ConfigError(
                f"summary_sentences must be between 5 and 10, not {self.summary_sentences}"
            )
        if self.max_input_bytes <= 0:
            raise ConfigError(f"max_input_bytes must be positive, not {self.max_input_bytes}")
        if not 0.0 < self.copy_overlap <= 1.0:
            raise ConfigError(f"copy_overlap must be in (0, 1], not {self.copy_overlap}")

    def with_overrides(self, **overrides: Any) -> Settings:
        """A copy with some settings changed; unknown names are an error, not ignored."""
        known = {f.name for f in fields(self)}
        unknown = sorted(set(overrides) - known)
        if unknown:
            raise ConfigError(f"unknown setting(s): {', '.join(unknown)}")
        return replace(self, **overrides)


def describe_settings() -> list[tuple[str, Any, str]]:
    """(name, default, help) for every setting, for docs and `--help`."""
    return [(f.name, f.default, f.metadata["help"]) for f in fields(Settings)]
