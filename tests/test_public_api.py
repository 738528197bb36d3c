"""The public surface: what `import newsfuse` offers, and what it must not pull in."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest

import newsfuse
from tests.rendering.briefs import sample_brief

HEAVY = ("spacy", "trafilatura", "datasketch", "py3langid", "scipy")


def test_all_is_sorted_and_complete() -> None:
    assert newsfuse.__all__ == sorted(newsfuse.__all__)
    for name in newsfuse.__all__:
        assert hasattr(newsfuse, name), name


def _modules_after(code: str) -> set[str]:
    script = f"{code}\nimport sys\nprint('\\n'.join(sys.modules))"
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    return {line.split(".")[0] for line in out.splitlines()}


def test_import_newsfuse_loads_no_heavy_dependency() -> None:
    loaded = _modules_after("import newsfuse")
    assert not loaded & set(HEAVY)


def test_cli_help_loads_no_heavy_dependency() -> None:
    code = (
        "import sys\nfrom newsfuse.cli.app import app\n"
        "sys.argv = ['newsfuse', '--help']\n"
        "try:\n    app()\nexcept SystemExit:\n    pass"
    )
    loaded = _modules_after(code)
    assert not loaded & set(HEAVY)


def test_public_functions_survive_importing_every_stage() -> None:
    # A stage package named like a public function would replace it on import.
    import importlib
    import pkgutil

    for module in pkgutil.walk_packages(newsfuse.__path__, "newsfuse."):
        importlib.import_module(module.name)
    for name in ("brief", "clean", "render"):
        assert callable(getattr(newsfuse, name)), name


WRONG_INPUTS = [
    (None, "not None"),
    (42, "not int"),
    (b"reports/", "not bytes"),
    ([], "no input given"),
    (["a.txt", 7], "inputs[1]: expected a path or a newsfuse.RawDoc, not int"),
    ([""], "inputs[0]: empty path"),
]


@pytest.mark.parametrize(("inputs", "message"), WRONG_INPUTS)
def test_brief_and_clean_refuse_arguments_that_are_not_inputs(inputs: Any, message: str) -> None:
    for function in (newsfuse.brief, newsfuse.clean):
        with pytest.raises(newsfuse.InputError) as raised:
            function(inputs)
        assert message in str(raised.value)


def test_brief_refuses_settings_and_progress_of_the_wrong_kind() -> None:
    doc = newsfuse.RawDoc("a.txt", "Some text.", "text")
    with pytest.raises(newsfuse.ConfigError, match=r"settings must be a newsfuse\.Settings"):
        newsfuse.brief(doc, {"use_model": False})  # type: ignore[arg-type]
    with pytest.raises(newsfuse.ConfigError, match="progress must be a function"):
        newsfuse.brief(doc, None, progress="bar")  # type: ignore[arg-type]


def test_render_refuses_an_unknown_format_and_a_non_brief() -> None:
    with pytest.raises(newsfuse.ConfigError, match="unknown output format 'pdf'"):
        newsfuse.render(sample_brief(), "pdf")  # type: ignore[arg-type]
    with pytest.raises(newsfuse.ConfigError, match="unknown output format"):
        newsfuse.render(sample_brief(), ["json"])  # type: ignore[arg-type]
    with pytest.raises(newsfuse.InputError, match=r"expected the newsfuse\.Brief"):
        newsfuse.render({"title": "x"}, "json")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"id": "a", "content": None, "kind": "text"}, "a: RawDoc content must be a str"),
        ({"id": "a", "content": b"bytes", "kind": "text"}, "not bytes"),
        ({"id": "a", "content": "x", "kind": "pdf"}, "kind must be 'text' or 'html'"),
        ({"id": None, "content": "x", "kind": "text"}, "id must be a non-empty str"),
        ({"id": "a", "content": "x", "kind": "text", "published": 2024}, "published must be"),
    ],
)
def test_rawdoc_refuses_fields_of_the_wrong_type(fields: dict[str, Any], message: str) -> None:
    with pytest.raises(newsfuse.InputError, match=message):
        newsfuse.RawDoc(**fields)


def test_a_brief_without_the_model_says_so_in_its_notices() -> None:
    docs = [
        newsfuse.RawDoc(
            f"{name}.txt",
            "Firefighters fought a blaze at the harbour on Tuesday, officials said. "
            f"About {count} people were evacuated from nearby streets overnight.",
            "text",
        )
        for name, count in (("one", 200), ("two", 300))
    ]
    brief = newsfuse.brief(docs, newsfuse.Settings(use_model=False))
    assert any("model is turned off" in n.message for n in brief.notices)
