"""Briefs built by hand for the render tests (the other stages are not needed)."""

from __future__ import annotations

import datetime as dt

from newsfuse.model import (
    Brief,
    CleanDoc,
    Conflict,
    Entity,
    Fact,
    Notice,
    Quote,
    Removed,
    SharedWith,
    Span,
    SummarySentence,
    Syndication,
    TimelineEntry,
    Variant,
)

AFP = (
    "Fire crews contained the blaze near Nîmes on Tuesday, officials said. "
    "At least 212 people were injured. “We will rebuild,” said mayor Jean Dupont."
)
LOCAL = "Scores were injured in the fire that started on March 4, the prefecture said."


def _span(source: str, text: str, passage: str) -> Span:
    start = text.index(passage)
    return Span(source, start, start + len(passage))


def sample_brief() -> Brief:
    injured = _span("afp.txt", AFP, "At least 212 people were injured.")
    return Brief(
        title="Fire near Nîmes contained",
        sources=(
            CleanDoc(
                "afp.txt",
                AFP,
                (Removed("Advertisement", "ad"), Removed("Skip to content", "nav")),
                path="in/afp.txt",
                outlet="AFP",
                title="Blaze contained",
                published=dt.date(2021, 3, 3),
                published_basis="dateline",
                language="en",
            ),
            CleanDoc("local.txt", LOCAL, url="https://local.example/fire", language=None),
        ),
        syndication=Syndication(
            shared_with={"afp.txt": (SharedWith("local.txt", 0.123456),)},
            groups=(("afp.txt",), ("local.txt",)),
        ),
        summary=(
            SummarySentence(
                "Fire crews contained the blaze near Nîmes.",
                ("afp.txt", "local.txt"),
                (_span("afp.txt", AFP, "Fire crews contained the blaze near Nîmes"),),
            ),
        ),
        facts=(Fact("At least 212 people were injured.", ("afp.txt",), 1, (injured,)),),
        conflicts=(
            Conflict(
                "injured",
                (
                    Variant("212", "At least 212 people were injured.", ("afp.txt",), (injured,)),
                    Variant("scores", "Scores were injured", ("local.txt",)),
                ),
            ),
        ),
        timeline=(
            TimelineEntry(dt.date(2021, 3, 2), "The blaze was contained.", ("afp.txt",)),
            TimelineEntry(dt.date(2021, 3, 9), "Rebuilding starts.", ("afp.txt",), announced=True),
        ),
        quotes=(
            Quote(
                "Jean Dupont",
                "“We will rebuild,”",
                ("afp.txt",),
                (_span("afp.txt", AFP, "We will rebuild,"),),
            ),
        ),
        entities=(Entity("Nîmes", "GPE", ("afp.txt",), ("Nimes",), 2),),
        notices=(Notice("x.pdf", "error", "x.pdf: binary file (a PDF document)"),),
    )


HOSTILE = '<script>alert(1)</script>"><img src=x onerror=alert(2)>'


def hostile_brief() -> Brief:
    """Every free-text field carries markup that must come out as text."""
    text = f"Intro. {HOSTILE} and more text {HOSTILE} end."
    first = text.index(HOSTILE)
    spans = (Span(HOSTILE, first, first + 20), Span(HOSTILE, first + 5, len(text)))
    return Brief(
        title=HOSTILE,
        sources=(
            CleanDoc(
                HOSTILE,
                text,
                (Removed(HOSTILE, HOSTILE),),
                path=HOSTILE,
                url="javascript:alert(3)",
                outlet=HOSTILE,
                title=HOSTILE,
                published=dt.date(2024, 1, 2),
                published_basis="metadata",
                language=HOSTILE,
            ),
        ),
        syndication=Syndication({HOSTILE: (SharedWith(HOSTILE, 0.5),)}, ((HOSTILE,),)),
        summary=(SummarySentence(HOSTILE, (HOSTILE,), spans),),
        facts=(Fact(HOSTILE, (HOSTILE,), 1, spans),),
        conflicts=(Conflict(HOSTILE, (Variant(HOSTILE, HOSTILE, (HOSTILE,), spans),)),),
        timeline=(TimelineEntry(dt.date(2024, 1, 1), HOSTILE, (HOSTILE,)),),
        quotes=(Quote(HOSTILE, HOSTILE, (HOSTILE,)),),
        entities=(Entity(HOSTILE, HOSTILE, (HOSTILE,), (HOSTILE,), 1),),
        notices=(Notice(HOSTILE, "warning", HOSTILE),),
    )
