"""Checks one setting's value against its type annotation and its declared bounds.

Kept apart from `newsfuse.settings` so that the rules are generic: a field added there is
validated from its annotation and the bounds in its metadata, with no code of its own.
"""

from __future__ import annotations

import math
import types
import typing
from dataclasses import dataclass
from typing import Any

from newsfuse.errors import ConfigError

Number = int | float

_KIND = {bool: "true or false", int: "an integer", float: "a number", str: "a string"}


@dataclass(frozen=True)
class Bounds:
    """The values a numeric setting may take; an open end excludes the limit itself."""

    low: Number | None = None
    high: Number | None = None
    low_open: bool = False
    high_open: bool = False

    def admits(self, value: Number) -> bool:
        too_low = self.low is not None and (
            value <= self.low if self.low_open else value < self.low
        )
        too_high = self.high is not None and (
            value >= self.high if self.high_open else value > self.high
        )
        return not (too_low or too_high)

    def describe(self) -> str:
        if self.low is not None and self.high is not None:
            if not self.low_open and not self.high_open:
                return f"between {self.low} and {self.high}"
            left, right = "(" if self.low_open else "[", ")" if self.high_open else "]"
            return f"in {left}{self.low}, {self.high}{right}"
        if self.low is not None:
            return f"greater than {self.low}" if self.low_open else f"at least {self.low}"
        if self.high is not None:
            return f"less than {self.high}" if self.high_open else f"at most {self.high}"
        return "any value"


def bounds(
    at_least: Number | None = None,
    above: Number | None = None,
    at_most: Number | None = None,
    below: Number | None = None,
) -> Bounds | None:
    """The Bounds of keyword-style limits, or None when no limit is given."""
    if (at_least is not None and above is not None) or (at_most is not None and below is not None):
        raise TypeError(
            "give at most one lower limit (at_least/above) and one upper (at_most/below)"
        )
    low = at_least if above is None else above
    high = at_most if below is None else below
    if low is None and high is None:
        return None
    return Bounds(low, high, low_open=above is not None, high_open=below is not None)


def is_numeric(annotation: Any) -> bool:
    """True for int and float settings (optional ones included), which must declare bounds."""
    return any(t in (int, float) for t in _alternatives(annotation))


def checked_value(name: str, annotation: Any, limits: Bounds | None, value: Any) -> Any:
    """`value` if it fits the setting (an int given for a float comes back as a float).

    Raises ConfigError naming the setting, what it expects and the value given.
    """
    alternatives = _alternatives(annotation)
    if value is None and type(None) in alternatives:
        return None
    for expected in alternatives:
        if _fits(expected, value):
            fitted = float(value) if expected is float else value
            if limits is not None and not limits.admits(fitted):
                raise ConfigError(f"setting {name} must be {limits.describe()}, not {value!r}")
            return fitted
    raise ConfigError(f"setting {name} must be {_expected(alternatives)}, not {_shown(value)}")


def _alternatives(annotation: Any) -> tuple[Any, ...]:
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        return typing.get_args(annotation)
    return (annotation,)


def _fits(expected: Any, value: Any) -> bool:
    origin = typing.get_origin(expected)
    if origin is typing.Literal:
        return any(type(value) is type(choice) and value == choice for choice in expected.__args__)
    if origin is tuple:
        items = typing.get_args(expected)
        return isinstance(value, tuple) and all(_fits(items[0], item) for item in value)
    if expected is bool:
        return type(value) is bool
    if expected is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if expected is float:
        number = isinstance(value, int | float) and not isinstance(value, bool)
        return number and math.isfinite(value)
    if expected is str:
        return isinstance(value, str)
    if expected is type(None):
        return value is None
    raise TypeError(f"setting annotation {expected!r} is not one the validator knows")


def _expected(alternatives: tuple[Any, ...]) -> str:
    names = []
    for expected in alternatives:
        if typing.get_origin(expected) is typing.Literal:
            names.append("one of " + ", ".join(repr(choice) for choice in expected.__args__))
        elif typing.get_origin(expected) is tuple:
            names.append(f"a tuple of {_expected(typing.get_args(expected)[:1])}")
        elif expected is float:
            names.append("a finite number")
        else:
            names.append(_KIND.get(expected, "None"))
    return " or ".join(names)


def _shown(value: Any) -> str:
    return f"{value!r} ({type(value).__name__})"


__all__ = ["Bounds", "bounds", "checked_value", "is_numeric"]
