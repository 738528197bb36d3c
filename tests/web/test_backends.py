"""The API over either store backend: SQLite and a real PostgreSQL server, the same way."""

from __future__ import annotations

from pathlib import Path

from tests.store import databases
from tests.web.webapp import HARBOUR, client

make_url = databases.make_url  # the fixtures
postgres_server = databases.postgres_server
db_url = databases.db_url


def test_ingest_then_read_the_story_back(db_url: str, tmp_path: Path) -> None:
    reports = [HARBOUR / "eastmarch-courier.html", HARBOUR / "northmarch-tribune.html"]
    files = [("files", (p.name, p.read_bytes())) for p in reports]
    for http in client(tmp_path, db=db_url):
        done = http.post("/v1/articles?wait=true", files=files).json()
        assert done["state"] == "done", done
        assert done["result"]["added"] == 2
        stories = http.get("/v1/stories").json()["stories"]
        assert sum(s["size"] for s in stories) == 2
        story = stories[0]["id"]
        brief = http.get(f"/v1/stories/{story}/brief").json()
        assert brief["schema"] == "newsfuse.brief/3"
        assert http.get(f"/v1/stories/{story}/brief.md").text.startswith("# ")
        hits = http.get("/v1/search", params={"q": "Saltmere"}).json()["hits"]
        assert {h["source"] for h in hits} == {p.name for p in reports}
