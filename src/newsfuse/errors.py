"""The exceptions newsfuse raises. Messages name the input, the reason and the fix.

NewsfuseError
├── InputError      an input could not be read or used (bad file, bad record, refused URL)
├── ConfigError     a setting or option has an invalid value
├── ModelMissing    an optional model package is not installed
└── OutputError     the result could not be written
"""

from __future__ import annotations


class NewsfuseError(Exception):
    """Root of every error newsfuse raises on purpose."""


class InputError(NewsfuseError):
    """An input could not be read or used."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


class ConfigError(NewsfuseError):
    """A setting or option has an invalid value."""


class ModelMissing(NewsfuseError):
    """An optional model package is not installed."""


class OutputError(NewsfuseError):
    """The result could not be written."""
