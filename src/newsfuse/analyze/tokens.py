"""Word tokens and stop words shared by every stage that compares texts."""

from __future__ import annotations

import functools
import re
import unicodedata

import snowballstemmer

_WORD = re.compile(r"\w+(?:[’'.,-]\w+)*", re.UNICODE)

# A compact English stop-word list: function words only, so that content overlap stays meaningful.
STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it its
    itself just me more most my myself no nor not now of off on once only or other our ours
    ourselves out over own same she should so some such than that the their theirs them themselves
    then there these they this those through to too under until up very was we were what when where
    which while who whom why will with would you your yours yourself yourselves said says say
    told tell according its it's we'll they'll he's she's i'm""".split()
)


def words(text: str) -> list[str]:
    """Word tokens of `text` in order, case kept; numbers like 4,300 and 3.5 stay whole."""
    return _WORD.findall(text)


def normalize(text: str) -> str:
    """Lower case, compatibility-folded and with curly quotes made straight, for comparisons."""
    text = unicodedata.normalize("NFKC", text)
    return text.translate(_QUOTES).lower()


def content_words(text: str) -> list[str]:
    """Lower-cased word tokens without stop words: what two texts must share to say the same."""
    return [w for w in words(normalize(text)) if w not in STOPWORDS]


_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "«": '"', "»": '"'})


def stem(word: str) -> str:
    """The Snowball (Porter 2) stem of a lower-cased word, folded a little further so that
    noun and verb meet: "evacuated", "evacuation" -> "evacu"; "closure", "closed" -> "clos";
    "injuries", "injured" -> "injur"; "Quillon's" -> "quillon". Every stage that folds word
    forms uses this one, so that they agree on what counts as the same word."""
    return _stem_cached(word.removesuffix("'s").removesuffix("’s"))


@functools.lru_cache(maxsize=65_536)
def _stem_cached(word: str) -> str:
    if len(word) <= 3:
        return word  # "ins" (of "break-ins") must not become the stop word "in"
    if word.endswith("ure") and len(word) > 6:
        word = word[:-3]  # closure/close, seizure/seize: Snowball keeps the noun apart
    stemmed = str(_SNOWBALL.stemWord(word))
    # Snowball keeps the i of "injuries" ("injuri") but not of "injured" ("injur"), and the e
    # of "close" but not of "closed".
    if len(stemmed) > 4 and stemmed.endswith("i"):
        stemmed = stemmed[:-1]
    return stemmed[:-1] if len(stemmed) > 3 and stemmed.endswith("e") else stemmed


_SNOWBALL = snowballstemmer.stemmer("english")
