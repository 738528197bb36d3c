"""Settings refuse every bad value when built, naming the setting, from one generic rule."""

from __future__ import annotations

import typing
from dataclasses import dataclass, field, fields
from typing import Any, Literal

import pytest

from newsfuse.errors import ConfigError
from newsfuse.setting_rules import bounds, checked_value, is_numeric
from newsfuse.settings import Settings, describe_settings

BAD_VALUES = [
    ("batch_size", 0, "at least 1"),
    ("batch_size", True, "an integer"),
    ("batch_size", 2.0, "an integer"),
    ("minhash_permutations", 0, "between 16 and 4096"),
    ("lsh_threshold", 2.0, "in (0, 1)"),
    ("lsh_threshold", 0, "in (0, 1)"),
    ("lsh_threshold", 1.0, "in (0, 1)"),
    ("lsh_threshold", float("nan"), "a finite number"),
    ("lsh_threshold", "0.2", "a finite number"),
    ("copy_overlap", 0.0, "in (0, 1]"),
    ("max_input_bytes", "10", "an integer"),
    ("max_input_bytes", 0, "at least 1"),
    ("shingle_words", 0, "at least 1"),
    ("summary_sentences", 11, "between 5 and 10"),
    ("use_model", 1, "true or false"),
    ("allow_network", "yes", "true or false"),
]


@pytest.mark.parametrize(("name", "value", "expected"), BAD_VALUES)
def test_a_bad_value_raises_config_error_naming_the_setting(
    name: str, value: Any, expected: str
) -> None:
    with pytest.raises(ConfigError) as raised:
        Settings(**{name: value})
    assert f"setting {name} must be {expected}" in str(raised.value)
    assert repr(value) in str(raised.value)


@pytest.mark.parametrize(("name", "value", "expected"), BAD_VALUES)
def test_with_overrides_checks_values_the_same_way(name: str, value: Any, expected: str) -> None:
    with pytest.raises(ConfigError, match=f"setting {name} must be"):
        Settings().with_overrides(**{name: value})


def test_defaults_are_valid_and_limits_themselves_are_accepted() -> None:
    Settings()
    assert Settings(summary_sentences=5).summary_sentences == 5
    assert Settings(summary_sentences=10).summary_sentences == 10
    assert Settings(copy_overlap=1.0).copy_overlap == 1.0
    assert Settings(minhash_permutations=16).minhash_permutations == 16
    assert Settings(batch_size=1).batch_size == 1


def test_an_int_for_a_float_setting_is_stored_as_a_float() -> None:
    settings = Settings(copy_overlap=1)
    assert settings.copy_overlap == 1.0
    assert type(settings.copy_overlap) is float


def test_with_overrides_still_refuses_unknown_names() -> None:
    with pytest.raises(ConfigError, match="unknown setting"):
        Settings().with_overrides(batch_sise=10)
    assert Settings().with_overrides(batch_size=8).batch_size == 8


def test_every_numeric_setting_declares_its_bounds() -> None:
    # The rule that lets a setting added later be validated without code of its own.
    hints = typing.get_type_hints(Settings)
    for spec in fields(Settings):
        if is_numeric(hints[spec.name]):
            assert spec.metadata.get("bounds") is not None, f"{spec.name} declares no bounds"
    assert {name for name, _, _ in describe_settings()} == {f.name for f in fields(Settings)}


def test_the_rule_covers_optional_literal_and_tuple_settings() -> None:
    @dataclass(frozen=True)
    class Sample:
        limit: int | None = None
        mode: Literal["fast", "exact"] = "fast"
        names: tuple[str, ...] = ()

    hints = typing.get_type_hints(Sample)
    assert checked_value("limit", hints["limit"], bounds(at_least=1), None) is None
    assert checked_value("limit", hints["limit"], bounds(at_least=1), 3) == 3
    with pytest.raises(ConfigError, match="setting limit must be at least 1, not 0"):
        checked_value("limit", hints["limit"], bounds(at_least=1), 0)
    with pytest.raises(ConfigError, match="one of 'fast', 'exact'"):
        checked_value("mode", hints["mode"], None, "slow")
    assert checked_value("names", hints["names"], None, ("a", "b")) == ("a", "b")
    with pytest.raises(ConfigError, match="a tuple of a string"):
        checked_value("names", hints["names"], None, ["a"])


def test_two_lower_limits_are_a_declaration_error() -> None:
    with pytest.raises(TypeError):
        field(metadata={"bounds": bounds(at_least=1, above=0)})
