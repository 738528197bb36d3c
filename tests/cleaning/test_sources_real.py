"""Outlet and title read from real pages flattened to text (bench/sources.py), above the floors."""

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_outlet_and_title_of_real_flattened_pages_stay_above_their_floors(
    shared_data: Path,
) -> None:
    sys.path.insert(0, str(REPO / "bench"))
    try:
        import sources
    finally:
        sys.path.remove(str(REPO / "bench"))
    outlets, titles, pages = sources.score(shared_data / "extraction-dev")
    floors = json.loads((REPO / "bench" / "sources_baseline.json").read_text())["floor"]
    assert pages == 61
    for name, figures in (("outlet", outlets), ("title", titles)):
        for measure, floor in floors[name].items():
            assert getattr(figures, measure) >= floor, (name, measure)
