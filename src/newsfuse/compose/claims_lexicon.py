"""Light lemma and synonym folding, so that paraphrases of one claim share their terms.

    comparable("Operations are due to resume within a fortnight")  # "operation resum 2 week"

Words are lower-cased, hyphenated words split ("two-kilometre"), number words written as digits,
a few phrases and synonyms mapped to one word ("blaze" and "fire", "broke out" and "started"),
fillers dropped, and what is left stemmed by stripping common inflections. The tables are data:
general news vocabulary, to be extended without touching the code. They hold word-for-word
equivalences only, never an inference that fits one story ("fled their homes" is not
"evacuated", "declared" is not "imposed", "run by" is not "operated by" in general).
"""

from __future__ import annotations

import re

from newsfuse.analyze.tokens import STOPWORDS, normalize, stem


def listed(text: str) -> list[str]:
    """The white-space separated words of `text`, for writing word tables compactly."""
    return text.split()


# Multi-word expressions rewritten before the words are split (matched on whole words).
PHRASES: dict[str, str] = {
    "a fortnight": "two week",
    "fortnight": "two week",
    "a dozen": "twelve",
    "half an hour": "thirty minute",
    "per cent": "percent",
    "broke out": "start",
    "break out": "start",
    "breaks out": "start",
    "breaking out": "start",
    "set fire to": "burn",
    "took over": "buy",
    "take over": "buy",
    "laid off": "cut",
    "lay off": "cut",
    "passed away": "die",
    "shut down": "close",
    "called off": "cancel",
}

# Canonical word -> words that say the same in news copy. Inflections need not be listed when the
# stemmer folds them ("evacuated", "evacuation" -> "evacuat"); irregular forms do.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "fire": ("blaze", "blazes", "inferno", "flames", "flame", "fires"),
    "firefighter": ("firemen", "fireman", "firefighters"),
    "evacuate": ("evacuees", "evacuee"),
    "start": ("began", "begun", "begin", "begins", "started", "starts", "erupted"),
    "resume": ("reopen", "reopens", "reopened", "reopening", "restart", "restarted", "resumes"),
    "close": ("closure", "closures", "shut", "shuts", "shutting", "closing", "closed"),
    "die": ("dead", "death", "deaths", "died", "killed", "kill", "fatalities", "dies"),
    "injure": ("injured", "injuries", "injury", "hurt", "wounded", "wounds", "injuring"),
    "buy": ("bought", "acquire", "acquired", "acquires", "acquisition", "purchase", "takeover"),
    "deal": ("agreement", "transaction", "merger"),
    "house": ("houses", "homes", "home", "dwellings"),
    "resident": ("residents", "inhabitants", "locals"),
    "worker": ("workers", "employees", "employee", "staff", "staffers"),
    "company": ("firm", "firms", "companies"),
    "cut": ("cuts", "slash", "slashed", "eliminate", "eliminated", "axe", "axed"),
    "rise": ("rose", "risen", "jumped", "jump", "surged", "soared", "climbed", "gained"),
    "fall": ("fell", "fallen", "dropped", "drop", "slid", "declined", "tumbled", "lost"),
    "investigate": ("investigation", "probe", "probing", "inquiry", "investigating"),
    "destroy": ("destroyed", "gutted", "razed", "levelled", "leveled"),
    "police": ("officers", "officer", "policemen"),
    "hospital": ("hospitalised", "hospitalized"),
    "arrest": ("detained", "detain", "arrested", "held"),
    "cause": ("caused", "sparked", "triggered"),
    "kilometre": ("km", "kilometres", "kilometer", "kilometers"),
    "percent": ("%", "pct"),
    "week": ("weeks",),
    "expect": ("expected", "expects", "anticipated", "forecast"),
}

NUMBER_WORDS: dict[str, str] = {
    word: str(value)
    for value, word in enumerate(
        listed(
            "zero one two three four five six seven eight nine ten eleven twelve thirteen "
            "fourteen fifteen sixteen seventeen eighteen nineteen twenty"
        )
    )
} | {"thirty": "30", "forty": "40", "fifty": "50", "hundred": "100", "thousand": "1000"}

# Words that hedge or pad a claim without changing what it says.
FILLERS = frozenset(
    listed(
        "due within around nearly approximately roughly almost also still already reportedly "
        "some least stated"
    )
)

# Clock times ("9:40 p.m.", "6 a.m.") become one 24-hour term ("2140", "0600"), so that a time
# weighs as one detail rather than as several terms ("p", "m", "9", "40").
_CLOCK = re.compile(r"\b(1[0-2]|0?[1-9])(?:[:.]\s?([0-5]\d))?\s*([ap])\.?\s?m\b\.?")
_TOKEN = re.compile(r"\d[\d,.]*\d|\d|[a-z]+|%")
_PHRASE = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, PHRASES), key=len)[::-1]) + r")\b")
_CANONICAL = {variant: word for word, variants in SYNONYMS.items() for variant in variants}


def comparable(text: str) -> str:
    """`text` as space-separated comparison terms: folded, canonical, stemmed, no stop words."""
    lowered = _CLOCK.sub(_clock, normalize(text).replace("’", "'"))
    lowered = _PHRASE.sub(lambda m: PHRASES[m.group()], lowered)
    terms = (_term(token) for token in _TOKEN.findall(lowered.replace("'s ", " ")))
    return " ".join(term for term in terms if term)


def _clock(match: re.Match[str]) -> str:
    hour, minutes, half = int(match[1]) % 12, match[2] or "00", match[3]
    return f" {hour + (12 if half == 'p' else 0):02d}{minutes} "


def _term(token: str) -> str:
    if token in STOPWORDS or token in FILLERS:
        return ""
    if token[0].isdigit():
        return token.replace(",", "")
    token = NUMBER_WORDS.get(token, _CANONICAL.get(token, token))
    return token if token[0].isdigit() or token == "%" else stem(token)
