"""Outputs of `newsfuse clean`."""

from __future__ import annotations

import datetime as dt
import json

from newsfuse.model import CleanDoc, Removed
from newsfuse.rendering import clean_to_jsonl, clean_to_text

DOCS = [
    CleanDoc("b.txt", "Second “story”.", (Removed("Advertisement", "ad"),), title="B",
             published=dt.date(2023, 9, 14)),
    CleanDoc("a.txt", "First story.\n"),
]  # fmt: skip


def test_clean_to_jsonl_writes_one_object_per_doc_in_input_order() -> None:
    lines = clean_to_jsonl(DOCS).splitlines()
    assert [json.loads(line) for line in lines] == [
        {"id": "b.txt", "title": "B", "published": "2023-09-14", "text": "Second “story”.",
         "removed": ["Advertisement"]},
        {"id": "a.txt", "title": None, "published": None, "text": "First story.\n", "removed": []},
    ]  # fmt: skip
    assert "“story”" in lines[0]


def test_clean_to_text_is_the_text_alone_for_one_doc() -> None:
    assert clean_to_text(DOCS[1:]) == "First story.\n"


def test_clean_to_text_heads_each_doc_with_its_id() -> None:
    assert clean_to_text(DOCS) == "==> b.txt <==\nSecond “story”.\n\n==> a.txt <==\nFirst story.\n"
