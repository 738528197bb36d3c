"""Outputs of `newsfuse clean`: cleaned articles as JSONL or as plain text."""

from __future__ import annotations

import json
from collections.abc import Sequence

from newsfuse.model import CleanDoc


def clean_to_jsonl(docs: Sequence[CleanDoc]) -> str:
    """One JSON object per document, in input order: id, title, published, text, removed."""
    lines = (
        json.dumps(
            {
                "id": doc.id,
                "title": doc.title,
                "published": doc.published.isoformat() if doc.published else None,
                "text": doc.text,
                "removed": [r.text for r in doc.removed],
            },
            ensure_ascii=False,
        )
        for doc in docs
    )
    return "".join(line + "\n" for line in lines)


def clean_to_text(docs: Sequence[CleanDoc]) -> str:
    """The cleaned text; with several documents, each follows a `==> id <==` header line."""
    if len(docs) == 1:
        return _with_newline(docs[0].text)
    return "\n".join(f"==> {doc.id} <==\n{_with_newline(doc.text)}" for doc in docs)


def _with_newline(text: str) -> str:
    return text if text.endswith("\n") or not text else text + "\n"


__all__ = ["clean_to_jsonl", "clean_to_text"]
