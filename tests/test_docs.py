"""Documentation is part of the product: every command, setting and JSON key is documented."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import typer.main

from newsfuse.cli.app import app
from newsfuse.rendering import to_json
from newsfuse.settings import describe_settings
from tests.rendering.briefs import sample_brief

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
CONTRACT = (ROOT / "docs" / "brief-json.md").read_text(encoding="utf-8")


def _commands() -> list[str]:
    group = typer.main.get_group(app)
    return sorted(group.commands)


def test_readme_starts_with_the_two_setup_commands() -> None:
    blocks = re.findall(r"```(?:sh|bash|console)?\n(.*?)```", README, flags=re.S)
    first_commands = [line for line in blocks[0].splitlines() if line.strip()]
    assert first_commands[:2] == ["make demo", "make test"]


def test_every_command_has_help_and_a_readme_section() -> None:
    group = typer.main.get_group(app)
    for name in _commands():
        assert group.commands[name].help, f"command {name} has no help text"
        assert f"### `newsfuse {name}`" in README, f"README has no section for {name}"


def test_every_setting_is_documented() -> None:
    for name, _default, help_text in describe_settings():
        assert help_text
        assert f"`{name}`" in README, f"setting {name} missing from README"


def _keys(value: Any) -> set[str]:
    if isinstance(value, dict):
        return set(value) | {k for v in value.values() for k in _keys(v)}
    if isinstance(value, list):
        return {k for v in value for k in _keys(v)}
    return set()


def test_every_brief_json_key_is_documented() -> None:
    keys = _keys(json.loads(to_json(sample_brief())))
    assert len(keys) > 30
    for key in keys:
        assert f"`{key}`" in CONTRACT, f"JSON key {key} missing from docs/brief-json.md"
