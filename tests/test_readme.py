"""The README's Python examples are run as written: a user copying one must not meet an error."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import newsfuse

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
EXAMPLES = re.findall(r"```python\n(.*?)```", README, flags=re.S)


def test_the_readme_has_python_examples() -> None:
    assert EXAMPLES


def test_every_newsfuse_name_in_the_examples_exists() -> None:
    for example in EXAMPLES:
        for name in re.findall(r"\bnewsfuse\.(\w+)", example):
            assert hasattr(newsfuse, name), f"README uses newsfuse.{name}, which does not exist"


@pytest.mark.parametrize("example", EXAMPLES)
def test_each_example_runs_from_the_repository_root(
    example: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(ROOT)
    exec(compile(example, "README.md", "exec"), {"__name__": "readme_example"})
    printed = capsys.readouterr().out
    assert printed.strip(), "the example printed nothing"
