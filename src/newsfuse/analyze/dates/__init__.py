"""Time in news text: written and relative dates, their reference times, and TIMEX3 values.

`mentions.resolve_times` gives the calendar days a sentence's expressions mean (for the
timeline and the cross-checks); `timex.temporal_expressions` gives every expression of a text
with its TIMEX3 value and type. Both read one rule table (`rules`).
"""

from newsfuse.analyze.dates.mentions import Granularity, TimeMention, resolve_times
from newsfuse.analyze.dates.timex import TemporalExpression, temporal_expressions

__all__ = [
    "Granularity",
    "TemporalExpression",
    "TimeMention",
    "resolve_times",
    "temporal_expressions",
]
