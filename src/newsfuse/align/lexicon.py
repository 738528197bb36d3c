"""Word tables behind figure extraction: number words, hedges, things counted, and skip cues.

Kept as data so that coverage grows by adding rows, not code. Every key is lower case.
"""

from __future__ import annotations


def word_set(text: str) -> frozenset[str]:
    """The words of a space-separated list, as a set: keeps long tables readable."""
    return frozenset(text.split())


UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000}  # fmt: skip
# Suffixes glued to digits in money and headline style: "$3.5m", "£2bn", "5k".
SUFFIX_SCALES = {"m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "k": 1e3, "tn": 1e12}

# Vague plurals: the interval each one stands for. "scores" is a multiple of 20 (40-199),
# "dozens" of 12 (24-99); "tens of thousands" etc. are built from these by `VAGUE_OF`.
VAGUE = {
    "dozens": (24.0, 99.0),
    "scores": (40.0, 199.0),
    "hundreds": (200.0, 999.0),
    "thousands": (2_000.0, 9_999.0),
    "millions": (2e6, 999e6),
    "billions": (2e9, 999e9),
}
VAGUE_OF = {  # "tens of thousands" -> (20000, 99999)
    ("tens", "thousands"): (20_000.0, 99_999.0),
    ("hundreds", "thousands"): (200_000.0, 999_999.0),
    ("tens", "millions"): (20e6, 99e6),
    ("hundreds", "millions"): (200e6, 999e6),
}

# Hedge phrase -> interval kind, see `numbers._interval`. Longest phrase wins.
HEDGES_BEFORE = {
    "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least",
    "not less than": "at_least", "a minimum of": "at_least", "a total of": "exact",
    "more than": "above", "over": "above", "upwards of": "above", "in excess of": "above",
    "just over": "above", "well over": "above", "greater than": "above",
    "about": "approx", "around": "approx", "roughly": "approx", "some": "approx",
    "approximately": "approx", "an estimated": "approx", "estimated": "approx",
    "nearly": "near_below", "almost": "near_below", "close to": "near_below",
    "just under": "near_below", "just shy of": "near_below",
    "up to": "at_most", "as many as": "at_most", "at most": "at_most",
    "no more than": "at_most", "not more than": "at_most", "a maximum of": "at_most",
    "fewer than": "below", "less than": "below", "under": "below",
}  # fmt: skip
HEDGES_AFTER = {"or more": "at_least", "plus": "at_least", "or so": "approx",
                "or fewer": "at_most", "or less": "at_most"}  # fmt: skip

# Event words (verbs, participles, adjectives, nouns) -> the thing counted.
EVENTS = {
    "killed": "killed", "kill": "killed", "kills": "killed", "killing": "killed",
    "dead": "killed", "died": "killed", "die": "killed", "deaths": "killed", "death": "killed",
    "fatalities": "killed", "perished": "killed", "lives": "killed", "bodies": "killed",
    "injured": "injured", "injuring": "injured", "injuries": "injured", "injury": "injured",
    "wounded": "injured",
    "wounding": "injured", "hurt": "injured", "hurting": "injured",
    "evacuated": "evacuated", "evacuating": "evacuated", "evacuees": "evacuated",
    "arrested": "arrested", "arresting": "arrested", "arrests": "arrested",
    "detained": "arrested", "detaining": "arrested",
    "missing": "missing", "unaccounted": "missing",
    "rescued": "rescued", "rescuing": "rescued", "displaced": "displaced",
    "hospitalized": "hospitalized", "hospitalised": "hospitalized", "trapped": "trapped",
    "casualties": "casualties",
}  # fmt: skip
# Nouns after which an event word names the thing ("212 people were injured" -> injured).
GENERIC_NOUNS = word_set(
    "people persons residents civilians individuals others victims inhabitants citizens "
    "locals person"
)
# Synonyms of counted nouns -> one key, so that "soldiers" and "troops" compare.
NOUNS = {
    "soldiers": "troops", "soldier": "troops", "troops": "troops", "servicemen": "troops",
    "firefighters": "firefighters", "firefighter": "firefighters", "firemen": "firefighters",
    "homes": "homes", "home": "homes", "houses": "homes", "house": "homes",
    "policemen": "police officers", "officers": "police officers",
    "children": "children", "child": "children", "kids": "children",
    "people": "people", "persons": "people", "person": "people",
    "percent": "percent", "pct": "percent", "quake": "earthquake", "earthquake": "earthquake",
    "quakes": "earthquakes",
}  # fmt: skip
# Counted time units -> days; "hours" stay hours.
DURATIONS = {
    "day": ("days", 1.0), "days": ("days", 1.0), "week": ("days", 7.0), "weeks": ("days", 7.0),
    "month": ("days", 30.0), "months": ("days", 30.0), "year": ("days", 365.0),
    "years": ("days", 365.0), "hour": ("hours", 1.0), "hours": ("hours", 1.0),
}  # fmt: skip
# Lengths -> kilometres, so that "22 miles" and "35 km" compare.
LENGTHS = {
    "km": 1.0, "kms": 1.0, "kilometers": 1.0, "kilometres": 1.0, "kilometer": 1.0,
    "kilometre": 1.0, "miles": 1.609344, "mile": 1.609344, "mi": 1.609344, "meters": 0.001,
    "metres": 0.001, "feet": 0.0003048, "ft": 0.0003048,
}  # fmt: skip
QUAKES = word_set("quake earthquake temblor tremor shock aftershock")
CURRENCY_SYMBOLS = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}
CURRENCY_WORDS = {
    "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "pounds": "GBP",
    "yen": "JPY", "yuan": "CNY", "rupees": "INR",
}  # fmt: skip

# Words before a figure that mark it as a change over time, not a standing toll.
REVISION_CUES = word_set(
    "rose risen rising climbed climbing jumped increased grew reached raised revised"
)
# Cues of doubt or negation in the clause around a figure.
DOUBT_CUES = word_set(
    "not n't no unclear unknown unconfirmed could might may feared possibly perhaps if "
    "would rumoured rumored allegedly denied"
)
# Adjectives often found between a number and its noun ("three armed men").
MODIFIERS = word_set(
    "more other additional new young old small large local foreign separate armed unarmed "
    "senior former suspected alleged top key major minor further extra"
)
MONTHS = word_set(
    "jan january feb february mar march apr april may jun june jul july aug august sep sept "
    "september oct october nov november dec december"
)
TIME_WORDS = word_set("am pm a.m p.m gmt utc et edt est bst cet o'clock local")
STREET_WORDS = word_set(
    "street st avenue ave road rd boulevard blvd lane ln drive dr way place court"
)
# Words before a number that make it a label, not a count ("Flight 253", "page 2").
LABEL_WORDS = word_set(
    "no number page chapter article section room route flight game episode season vol volume "
    "version level category grade highway interstate channel gate platform terminal bus "
    "line apartment suite unit figure table photo image item rule paragraph clause act "
    "aged age ages"
)
# After "over", these make it "during", not "more than" ("over six seasons").
PERIODS = word_set("seasons decades centuries games nights weekends periods")
