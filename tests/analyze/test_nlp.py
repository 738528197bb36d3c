"""The lazy spaCy loader: never imported early, None and a notice when missing."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest

from newsfuse.analyze import nlp
from newsfuse.analyze.nlp import LanguageModel, model_notice

HAS_MODEL = importlib.util.find_spec(nlp.MODEL_PACKAGE) is not None


def test_nlp_import_does_not_import_spacy() -> None:
    code = "import newsfuse, newsfuse.analyze.nlp, sys; print('spacy' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False"


def test_language_model_missing_gives_none_and_a_notice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "spacy", None)  # makes `import spacy` raise ImportError
    model = LanguageModel()
    assert model.analyze(["Mayor Lena Dorsey said so."], 8) is None
    notice = model_notice(model)
    assert notice is not None
    assert notice.level == "warning"
    assert "pip install -r requirements/spacy-model.txt" in notice.message


def test_language_model_turned_off_is_silent() -> None:
    model = LanguageModel(use_model=False)
    assert model.analyze(["Anything."], 8) is None
    assert model_notice(model) is None


@pytest.mark.model
@pytest.mark.skipif(not HAS_MODEL, reason="spaCy model not installed")
def test_language_model_finds_entities_and_speech_subjects() -> None:
    text = '"We are safe," the fire chief Anna Berg told reporters.'
    analyses = LanguageModel().analyze([text, "Lena Dorsey said it was over."], 2)
    assert analyses is not None and len(analyses) == 2
    assert ("Anna Berg", "PERSON", 30, 39) in analyses[0].entities
    told = next(v for v in analyses[0].verbs if v.text == "told")
    assert text[slice(*told.subject)] == "the fire chief Anna Berg"
