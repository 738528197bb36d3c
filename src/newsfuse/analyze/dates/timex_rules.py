"""Time expressions that TIMEX3 tagging reads besides the calendar rules: durations, sets,
clock times, quarters, seasons, decades, bare years and months, and vague references ("now",
"recently"). The timeline and the cross-checks do not use them: they name no day, or (a bare
year, a quarter) too long a stretch to date an event by.
"""

from __future__ import annotations

import datetime as dt
import re

from newsfuse.analyze.dates.calendar import (
    add_months,
    month_of,
    nearest,
    weekday_on_or_after,
    weekday_on_or_before,
    year_of,
)
from newsfuse.analyze.dates.formats import MONTHS, YEAR
from newsfuse.analyze.dates.rules import (
    NUMBER,
    Context,
    Resolved,
    Resolver,
    Rule,
    Valued,
    count_of,
    duration_value,
    year_for,
)

# "a second" is mostly the ordinal: seconds are counted only with a number.
_UNITS = r"(?P<unit>minute|hour|day|week|fortnight|month|quarter|year|decade)"
_QUALIFIER = (
    r"(?:(?i:about|almost|nearly|over|more\s+than|less\s+than|at\s+least|some|around|roughly"
    r"|up\s+to|just\s+over|just\s+under)\s+)?"
)
# Words that count time units without changing their length: "six straight days".
_COUNTING = r"(?:(?i:consecutive|straight|successive|full|trading|working|business)\s+)?"


def _duration(match: re.Match[str], _: Context) -> Valued | None:
    n = match["n"].lower()
    count = float(n) if n[0].isdigit() else 1.0 if n == "single" else float(count_of(n))
    if match["half"]:
        count += 0.5
    return Valued(duration_value(count, match["unit"]), "DURATION")


def _vague_duration(match: re.Match[str], _: Context) -> Valued | None:
    return Valued(duration_value(None, match["unit"] or "decade"), "DURATION")


_SET_UNITS = {
    "hourly": "hour", "daily": "day", "weekly": "week", "monthly": "month",
    "quarterly": "quarter", "annual": "year", "annually": "year", "yearly": "year",
}  # fmt: skip


def _set(match: re.Match[str], _: Context) -> Valued | None:
    unit = match["unit"] or _SET_UNITS[match["every"].lower()]
    return Valued(duration_value(1, unit), "SET")


_REFERENCES = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "presently": "PRESENT_REF", "at present": "PRESENT_REF", "the time being": "PRESENT_REF",
    "current": "PRESENT_REF", "to date": "PRESENT_REF", "recently": "PAST_REF",
    "recent": "PAST_REF", "more recently": "PAST_REF", "the past": "PAST_REF",
    "the future": "FUTURE_REF",
    "soon": "FUTURE_REF", "the long term": "FUTURE_REF", "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF",
}  # fmt: skip


def _reference(match: re.Match[str], _: Context) -> Valued | None:
    return Valued(_REFERENCES[" ".join(match.group().lower().split())], "DATE")


def _clock(match: re.Match[str], ctx: Context) -> Valued | None:
    """ "6:40 p.m.", "16:08 UTC", "0800 GMT": the time on the reference day."""
    g = match.groupdict()
    hour = int(g["h"] or g["h2"] or g["h3"])
    minute = int(g["min"] or g["min2"] or g["min3"] or 0)
    meridiem = (g["ampm"] or "").replace(".", "").replace(" ", "").lower()
    if meridiem and not 1 <= hour <= 12:
        return None
    if meridiem == "pm" and hour != 12:
        hour += 12
    elif meridiem == "am" and hour == 12:
        hour = 0
    day = ctx.reference.isoformat() if ctx.reference else "XXXX-XX-XX"
    zone = "Z" if g["zone"] or g["zone2"] or g["zone3"] else ""
    return Valued(f"{day}T{hour:02d}:{minute:02d}{zone}", "TIME", relative=True)


_ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "final": 4,
}  # fmt: skip
_YEAR_STEPS = {"this": 0, "the": 0, "last": -1, "previous": -1, "next": 1}


def _stated_year(match: re.Match[str], ctx: Context) -> int | None:
    """The year an expression writes ("of 2009") or names relative to the reference ("of last
    year"), or None where it gives none."""
    g = match.groupdict()
    if g.get("y") or g.get("y2"):
        return int(g.get("y") or g["y2"])
    if g.get("rel") and ctx.reference is not None:
        return ctx.reference.year + _YEAR_STEPS[g["rel"].lower()]
    return None


def _quarter(match: re.Match[str], ctx: Context) -> Resolved | None:
    """ "the third quarter of 2009", "the fourth quarter" (the nearest one, by tense), "the
    last quarter" (the one before the reference's), "Q2 2021", "the first half of next year"."""
    half = (match["part"] or "").lower() == "half"
    months = 6 if half else 3
    ordinal = (match["ord"] or "").lower()
    number = int(match["n"]) if match["n"] else _ORDINALS.get(ordinal)
    year = _stated_year(match, ctx)
    if number is None:  # "the last quarter": the one before the reference's
        if year is not None or ctx.reference is None:
            return None
        current = dt.date(ctx.reference.year, (ctx.reference.month - 1) // months * months + 1, 1)
        first = add_months(current, -months)
    elif year is not None:
        first = dt.date(year, (number - 1) * months + 1, 1)
    elif ctx.reference is not None:
        r = ctx.reference
        starts = [dt.date(y, (number - 1) * months + 1, 1) for y in range(r.year - 1, r.year + 2)]
        first = nearest(starts, r, ctx.tense)
    else:
        return None
    last = month_of(add_months(first, months - 1))[1]
    index = (first.month - 1) // months + 1
    value = f"{first.year}-{'H' if half else 'Q'}{index}"
    return Resolved(
        first, last, "quarter", year is None or bool(match.groupdict().get("rel")), value
    )


_SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}


def _season(match: re.Match[str], ctx: Context) -> Valued | None:
    code = _SEASONS[match["season"].lower()]
    if match["y"]:
        return Valued(f"{match['y']}-{code}", "DATE")
    if ctx.reference is None:
        return None
    step = _YEAR_STEPS.get((match["rel"] or "").lower(), 0)
    return Valued(f"{ctx.reference.year + step}-{code}", "DATE", relative=True)


def _bare_year(match: re.Match[str], _: Context) -> Resolved | None:
    return Resolved(*year_of(dt.date(int(match["y"]), 1, 1)), "year", False)


def _short_year(match: re.Match[str], ctx: Context) -> Valued | None:
    """ "'82": the year with those last digits nearest the reference ("iLife '11" in 2010)."""
    if ctx.reference is None:
        return None
    reference = ctx.reference.year
    century = reference // 100 * 100 + int(match["yy"])
    year = min((century - 100, century, century + 100), key=lambda y: abs(y - reference))
    return Valued(str(year), "DATE", relative=True)


def _decade(match: re.Match[str], ctx: Context) -> Valued | None:
    """ "the 1980s" is `198`; "the '70s" the latest such decade before the reference."""
    if match["full"]:
        return Valued(match["full"][:3], "DATE")
    if ctx.reference is None:
        return None
    century = ctx.reference.year // 100 * 100
    decade = century + int(match["d"]) * 10
    if decade > ctx.reference.year:
        decade -= 100
    return Valued(str(decade)[:3], "DATE", relative=True)


def _month_alone(match: re.Match[str], ctx: Context) -> Resolved | None:
    """A month without day or year: the one nearest the reference, on the tense's side; "of
    next year" picks the year."""
    month = MONTHS[match["m"].lower()]
    first: dt.date | None
    if match["rel"] and ctx.reference is not None:
        first = dt.date(ctx.reference.year + _YEAR_STEPS[match["rel"].lower()], month, 1)
    else:
        first = year_for(month, 1, ctx)
    return Resolved(*month_of(first), "month", True) if first else None


def _same_day(_: re.Match[str], ctx: Context) -> Valued | None:
    """ "the same day", "ending the day": the day last named (see `timex`), else the reference."""
    return Valued(SAME_DAY, "DATE", relative=True) if ctx.reference else None


_SATURDAY = 5
# Stands for the day an anaphoric "the same day" refers to, until the text around it says which.
SAME_DAY = "SAME_DAY"


def _weekend(_: re.Match[str], ctx: Context) -> Valued | None:
    """ "the weekend": the one before the reference, or the next one when the verb looks ahead."""
    if ctx.reference is None:
        return None
    if ctx.tense == "future":
        saturday = weekday_on_or_after(ctx.reference, _SATURDAY)
    else:
        saturday = weekday_on_or_before(ctx.reference, _SATURDAY)
    iso = saturday.isocalendar()
    return Valued(f"{iso.year}-W{iso.week:02d}-WE", "DATE", relative=True)


def _vague_decade(_: re.Match[str], __: Context) -> Valued | None:
    return Valued("P10Y", "DURATION")


_POSITIONS = r"(?P<pos>end|beginning|start|middle|close)"


def _part_of(match: re.Match[str], ctx: Context) -> Valued | None:
    """ "the end of this year" is `2006`, "the start of last month" `2009-01`."""
    unit = (match["unit"] or "year").lower()
    if match["y"]:
        return Valued(match["y"], "DATE")
    if ctx.reference is None:
        return None
    step = _YEAR_STEPS[match["rel"].lower()]
    if unit == "year":
        return Valued(str(ctx.reference.year + step), "DATE", relative=True)
    month = add_months(ctx.reference.replace(day=1), step)
    return Valued(month.strftime("%Y-%m"), "DATE", relative=True)


def _rule(pattern: str, resolver: Resolver, digits: bool = False) -> Rule:
    return Rule(re.compile(pattern), resolver, digits)


_FULL_MONTHS = "|".join(
    form
    for name in MONTHS
    if len(name) > 3 and name not in ("sept", "febr")
    for form in (name.title(), name.upper())
)
_YEAR_OF = rf"(?:\s+of)?\s+(?:(?P<y>{YEAR})|(?P<rel>(?i:this|last|next|previous|the))\s+year)"

TIMEX_RULES: tuple[Rule, ...] = (
    _rule(
        rf"\b{_QUALIFIER}(?P<n>{NUMBER}|\d+\.\d+|(?i:single)(?=-))(?P<half>\s+and\s+a\s+half)?"
        rf"[\s-]+{_COUNTING}{_UNITS}(?:s|-long)?\b(?![\s-]+(?:old|ago|later|earlier)\b)",
        _duration,
    ),
    _rule(
        r"(?i:\b(?:several|many|a\s+few|few|recent|the\s+past\s+few|the\s+last\s+few"
        rf"|the\s+next\s+few|over\s+the)\s+{_UNITS}s\b|\b(?:decades|centuries)-long\b)",
        _vague_duration,
    ),
    # "the highest level in years", "lost in minutes".
    _rule(rf"(?<=\bin\s)(?:just\s+)?{_UNITS}s\b(?!\s+(?:of|to|ago)\b)", _vague_duration),
    _rule(
        r"\b(?:(?P<every>hourly|daily|weekly|monthly|quarterly|annual|annually|yearly)"
        r"|(?i:every|each|per)\s+(?P<unit>hour|day|week|month|quarter|year))\b",
        _set,
    ),
    _rule(
        r"(?i:\b(?:more\s+recently|recently|recent|currently|nowadays|presently|at\s+present"
        r"|the\s+time\s+being|current|to\s+date|the\s+past|the\s+future|soon"
        r"|the\s+(?:long|near|short)\s+term)\b)(?!-)|\b(?:now|Now)\b(?!-)",
        _reference,
    ),
    _rule(
        r"(?<![\d.:,])(?P<h>[01]?\d|2[0-3])(?:[:.](?P<min>[0-5]\d))?\s*"
        r"(?P<ampm>(?i:[ap]\.\s?m\.|[ap]m)(?!\w))(?:\s*(?P<zone>UTC|GMT))?"
        r"|(?<![\d.:,])(?P<h2>[01]?\d|2[0-3]):(?P<min2>[0-5]\d)(?![\d:])(?:\s*(?P<zone2>UTC|GMT))?"
        r"|(?<![\d.:,])(?P<h3>[01]\d|2[0-3])(?P<min3>[0-5]\d)\s*(?P<zone3>UTC|GMT)\b",
        _clock,
        digits=True,
    ),
    _rule(
        r"\b(?:the\s+)?(?:(?P<ord>(?i:first|second|third|fourth|final|1st|2nd|3rd|4th|last))"
        rf"[\s-]+(?P<part>(?i:quarter|half))(?:{_YEAR_OF})?"
        rf"|Q(?P<n>[1-4])(?:\s+(?P<y2>{YEAR}))?)\b",
        _quarter,
    ),
    _rule(
        r"\b(?:(?P<rel>(?i:this|last|next|the))\s+)?(?:(?i:early|late|mid)[\s-]+)?"
        r"(?P<season>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter|(?<=the\s)[Ff]all|(?<=this\s)fall"
        rf"|(?<=last\s)fall|(?<=next\s)fall)(?:\s+(?:of\s+)?(?P<y>{YEAR}))?\b",
        _season,
    ),
    _rule(
        rf"(?<![\w$£€#.,/'’-])(?P<y>{YEAR})(?![\w%]|[.,]\d|\s*(?:%|percent|per\s+cent))",
        _bare_year,
        digits=True,
    ),
    _rule(r"(?<![\w.,])['’](?P<yy>\d\d)(?![\w'’])", _short_year, digits=True),
    _rule(
        r"\b(?:the\s+)?(?:(?P<full>(?:1[89]|20)\d0)s|['’]?(?P<d>\d)0s)\b",
        _decade,
        digits=True,
    ),
    _rule(
        rf"\b(?:the\s+)?{_POSITIONS}\s+of\s+(?:(?P<y>{YEAR})"
        r"|(?P<rel>(?i:this|last|next|previous|the))\s+(?P<unit>year|month))\b",
        _part_of,
    ),
    _rule(
        rf"\b(?P<m>{_FULL_MONTHS})\b(?:(?:\s+of)?\s+(?P<rel>(?i:this|last|next))\s+year\b)?"
        r"(?!\s*\d)",
        _month_alone,
    ),
    _rule(
        r"\b(?:(?i:late|early)\s+in\s+|(?:the\s+)?(?i:start|end|beginning|close|rest|remainder)"
        r"\s+of\s+)?(?:(?i:the|that)\s+(?:same\s+)?|(?i:for)\s+the\s+)day\b"
        r"(?!\s+(?:after|before|of|when|that|on|in|and)\b|['’]s|-)",
        _same_day,
    ),
    _rule(r"(?i:\bthe\s+weekend\b)", _weekend),
    _rule(r"(?i:\bthe\s+(?:past|last|next|coming)\s+(?P<unit>decade)\b)", _vague_decade),
)
