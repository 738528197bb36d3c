"""What every many-record reader shares: limits, and notices naming the file and the record."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from newsfuse.model import Notice, RawDoc
from newsfuse.notice_summary import SHOWN_PER_KIND
from newsfuse.settings import Settings


@dataclass(frozen=True)
class Limits:
    """`max_record_bytes` caps one record; `max_total_bytes` caps the records kept per file."""

    max_record_bytes: int
    max_total_bytes: int

    @classmethod
    def of(cls, settings: Settings) -> Limits:
        return cls(settings.max_record_bytes, settings.max_input_bytes)


def capped(
    docs: Iterable[tuple[str, RawDoc]], limits: Limits, notices: RecordNotices
) -> Iterator[RawDoc]:
    """The documents, each given with its place in the file ("record 12"), until those kept
    pass `max_total_bytes`: reading stops there with a notice, the ones before are kept."""
    kept = 0
    for where, doc in docs:
        kept += len(doc.content)
        if kept > limits.max_total_bytes:
            notices.stopped(where, limits.max_total_bytes)
            return
        yield doc


@dataclass
class RecordNotices:
    """Warnings about bad records of one file: a few of each kind in full, then one count, so
    a million broken records cost a few notices, not a million."""

    name: str
    notices: list[Notice] = field(default_factory=list)
    _counts: Counter[str] = field(default_factory=Counter)

    def bad(self, record: str, kind: str, detail: str = "") -> None:
        """Record `record` (e.g. "record 12", "row 3") was skipped for `kind`."""
        self._counts[kind] += 1
        if self._counts[kind] <= SHOWN_PER_KIND:
            extra = f" ({detail})" if detail else ""
            message = f"{self.name} {record}: {kind}{extra}"
            self.notices.append(Notice(self.name, "warning", message))

    def stopped(self, record: str, limit: int) -> None:
        message = (
            f"{self.name}: reading stopped at {record}, past {limit:,} bytes of records "
            "(max_input_bytes); the records before it are kept"
        )
        self.notices.append(Notice(self.name, "warning", message))

    def finish(self) -> list[Notice]:
        """The notices, with one count per kind shown only in part."""
        for kind, count in self._counts.items():
            if count > SHOWN_PER_KIND:
                more = count - SHOWN_PER_KIND
                message = f"{self.name}: … and {more:,} more records were skipped: {kind}"
                self.notices.append(Notice(self.name, "warning", message))
        return self.notices

    @property
    def skipped(self) -> int:
        return sum(self._counts.values())
