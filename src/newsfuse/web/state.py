"""What every route of one app shares: the store, the settings, the limits, jobs and caches."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from newsfuse.settings import Settings
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

    @property
    def max_file_bytes(self) -> int:
        return self.limits.file_bytes(self.settings.max_input_bytes)

    @property
    def spool(self) -> Path:
        """Where uploads the record readers need as files are kept while they are read."""
        return self.data_dir / "uploads"

    def close(self) -> None:
        self.jobs.close()
        self.stores.close()


__all__ = ["WebState"]
