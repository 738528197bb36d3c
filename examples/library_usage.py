"""Build a brief of the bundled harbour-fire story with the library and print it.

Run from the repository root: `.venv/bin/python examples/library_usage.py`.
"""

from pathlib import Path

import newsfuse

REPORTS = Path(__file__).resolve().parent / "harbour-fire" / "reports"


def main() -> None:
    brief = newsfuse.brief([REPORTS])
    print(brief.title)
    for sentence in brief.summary:
        print(f"- {sentence.text} [{', '.join(sentence.sources)}]")
    print()
    print(newsfuse.render(brief, "md"))


if __name__ == "__main__":
    main()
