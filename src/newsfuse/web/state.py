"""What every route of one app shares: the store, the settings, the limits, jobs and caches."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from newsfuse.settings import Settings
from newsfuse.web.errors import ApiError
from newsfuse.web.jobs import Jobs
from newsfuse.web.limits import WebLimits
from newsfuse.web.store_pool import StorePool
from newsfuse.web.views import Views


@dataclass
class WebState:
    db_url: str
    data_dir: Path
    settings: Settings
    limits: WebLimits
    stores: StorePool
    jobs: Jobs
    views: Views
    _receiving: int = field(default=0, init=False)  # request bodies being read now

    @property
    def max_file_bytes(self) -> int:
        return self.limits.file_bytes(self.settings.max_input_bytes)

    @property
    def spool(self) -> Path:
        """Where uploads the record readers need as files are kept while they are read."""
        return self.data_dir / "uploads"

    @contextmanager
    def receiving(self) -> Iterator[None]:
        """Hold one request body while it is read; busy (429) past `max_jobs` at once."""
        if self._receiving >= self.limits.max_jobs:
            message = f"{self._receiving} uploads are being received; try again shortly"
            raise ApiError(429, "busy", message)
        self._receiving += 1
        try:
            yield
        finally:
            self._receiving -= 1

    def close(self) -> None:
        self.jobs.close()
        self.stores.close()


__all__ = ["WebState"]
