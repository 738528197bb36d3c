"""The public surface: what `import newsfuse` offers, and what it must not pull in."""

from __future__ import annotations

import subprocess
import sys

import newsfuse

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
