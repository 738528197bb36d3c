"""The Parquet rows the job writes: one per article, in the columns ingest reads back."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newsfuse.ingest.formats.parquet import COLUMNS
from newsfuse.model import RawDoc


@dataclass(frozen=True)
class Assigned:
    """An article's unique id and story, as the driver's clustering gave them."""

    id: str
    story: str
    score: float | None


def article_schema() -> Any:
    """The Spark schema of COLUMNS: text columns are strings unless listed here."""
    from pyspark.sql.types import (
        ArrayType,
        DateType,
        DoubleType,
        StringType,
        StructField,
        StructType,
    )

    removed = ArrayType(
        StructType([StructField("text", StringType()), StructField("reason", StringType())])
    )
    kinds: dict[str, Any] = {"score": DoubleType(), "published": DateType(), "removed": removed}
    return StructType([StructField(c, kinds.get(c, StringType()), True) for c in COLUMNS])


def article_row(raw: RawDoc, assigned: Assigned) -> tuple[Any, ...]:
    """`raw` (with its cleaned form) as a row in COLUMNS order."""
    doc = raw.cleaned
    assert doc is not None, "the job writes cleaned articles only"
    values = {
        "id": assigned.id,
        "story": assigned.story,
        "score": assigned.score,
        "kind": raw.kind,
        "raw": raw.content,
        "text": doc.text,
        "title": doc.title,
        "outlet": doc.outlet,
        "author": doc.author,
        "published": doc.published,
        "published_basis": doc.published_basis,
        "url": doc.url,
        "path": doc.path,
        "language": doc.language,
        "removed": [(r.text, r.reason) for r in doc.removed],
    }
    return tuple(values[c] for c in COLUMNS)
