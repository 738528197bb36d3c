"""newsfuse: many reports of one news story in, one cross-checked and cited brief out.

>>> import newsfuse
>>> result = newsfuse.brief("examples/harbour-fire/reports")   # doctest: +SKIP
>>> print(newsfuse.render(result, "md"))                         # doctest: +SKIP
"""

from newsfuse.analyze.dates.timex import TemporalExpression, temporal_expressions
from newsfuse.api import brief, clean, cluster, render
from newsfuse.errors import ConfigError, InputError, ModelMissing, NewsfuseError, OutputError
from newsfuse.model import (
    Brief,
    CleanDoc,
    Conflict,
    Entity,
    Fact,
    Notice,
    Quote,
    RawDoc,
    Removed,
    SharedWith,
    Span,
    SummarySentence,
    Syndication,
    TimelineEntry,
    Variant,
)
from newsfuse.settings import Settings
from newsfuse.stories.results import ArticleStory, Clustering, Story

__version__ = "0.1.0"

__all__ = [
    "ArticleStory",
    "Brief",
    "CleanDoc",
    "Clustering",
    "ConfigError",
    "Conflict",
    "Entity",
    "Fact",
    "InputError",
    "ModelMissing",
    "NewsfuseError",
    "Notice",
    "OutputError",
    "Quote",
    "RawDoc",
    "Removed",
    "Settings",
    "SharedWith",
    "Span",
    "Story",
    "SummarySentence",
    "Syndication",
    "TemporalExpression",
    "TimelineEntry",
    "Variant",
    "__version__",
    "brief",
    "clean",
    "cluster",
    "render",
    "temporal_expressions",
]
