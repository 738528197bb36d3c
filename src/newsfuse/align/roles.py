"""Who holds a post that one person holds at a time, as reports name them, and reports that
disagree ("Chargers general manager A.J. Smith" against "Chargers general manager A.J.
Butler").

A post is read where a name follows its title and the title follows the body it belongs to
("Chargers general manager", "Colts coach", "British Columbia Attorney General"): without the
body, two coaches may be of two teams. Only posts that one person holds (`SOLE_POSTS`) count:
a body has many officers and spokesmen. Two names are one person when their surnames are
one spelling apart ("Oppal", "Opal") or one name holds the other's surname. A report naming
two holders of one post is telling a change of holder, so it is left out for that post.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations

from newsfuse.align.copies import CopyGroups
from newsfuse.align.variants import variant_of
from newsfuse.align.wordspans import Token, tokenize
from newsfuse.model import CleanDoc, Conflict, Sentence, Syndication, Variant

SOLE_POSTS = frozenset(
    {
        ("general", "manager"),
        ("head", "coach"),
        ("coach",),
        ("manager",),
        ("president",),
        ("chief", "executive"),
        ("ceo",),
        ("chairman",),
        ("chairwoman",),
        ("owner",),
        ("mayor",),
        ("governor",),
        ("attorney", "general"),
        ("prime", "minister"),
        ("police", "chief"),
        ("commissioner",),
    }
)
_LONGEST = max(len(post) for post in SOLE_POSTS)
_CUE = re.compile(  # cheap test before reading tokens
    "|".join(sorted({rf"\b{post[-1]}\b" for post in SOLE_POSTS})), re.IGNORECASE
)
_MAX_NAME_WORDS = 4


@dataclass(frozen=True)
class Holder:
    """A person named as holding a post of a body, in one sentence."""

    body: str  # the body's last word, lower case ("chargers")
    post: str  # "general manager"
    name: str  # as written ("A.J. Butler")
    surname: str  # lower case


@dataclass(frozen=True)
class _Stated:
    holder: Holder
    sentence: Sentence
    doc: CleanDoc


def holders_in(sentence: Sentence) -> list[Holder]:
    """Every "<Body> <post> <Name>" in `sentence`."""
    if not _CUE.search(sentence.text):
        return []
    tokens = tokenize(sentence.text)
    found = []
    for index in range(1, len(tokens)):
        for size in range(_LONGEST, 0, -1):
            post = tuple(t.lower for t in tokens[index : index + size])
            if len(post) < size or post not in SOLE_POSTS:
                continue
            body = _body_before(tokens, index)
            name = _name_after(tokens, index + size)
            if body and name:
                words = [t for t in tokens[name[0] : name[1]] if t.is_word]
                found.append(
                    Holder(
                        body,
                        " ".join(post),
                        sentence.text[tokens[name[0]].start : tokens[name[1] - 1].end],
                        words[-1].lower,
                    )
                )
            break
    return found


def _body_before(tokens: list[Token], at: int) -> str | None:
    """The capitalised word right before the title ("Chargers"), possessive or not."""
    before = tokens[at - 1]
    if before.text in ("'", "’") and at >= 2:
        before = tokens[at - 2]
    word = before.lower.removesuffix("'s")
    if not before.is_word or not before.is_title or word in _POST_WORDS:
        return None
    return word


_POST_WORDS = frozenset(word for post in SOLE_POSTS for word in post)


def _name_after(tokens: list[Token], at: int) -> tuple[int, int] | None:
    """A person's name: capitalised words and initials ("A.J. Butler", "A. J. Smith")."""
    end = at
    while end < len(tokens) and end - at < _MAX_NAME_WORDS * 2:
        token = tokens[end]
        initial = token.text == "." and end > at and len(tokens[end - 1].text) == 1
        if not (initial or (token.is_word and token.is_title)):
            break
        end += 1
    words = [t for t in tokens[at:end] if t.is_word]
    if len(words) < 2 or len(words[-1].text) < 2:
        return None  # a surname and something before it: "Smith" alone may be a title word
    return at, end


def role_conflicts(
    docs: Sequence[CleanDoc],
    sentences: Mapping[str, Sequence[Sentence]],
    syndication: Syndication,
) -> list[Conflict]:
    """One actor conflict per post of a body that independent reports give to different
    people."""
    groups = CopyGroups(syndication)
    by_post: dict[tuple[str, str], list[_Stated]] = {}
    for doc in docs:
        own: dict[tuple[str, str], list[_Stated]] = {}
        for sentence in sentences.get(doc.id, ()):
            for holder in holders_in(sentence):
                own.setdefault((holder.body, holder.post), []).append(
                    _Stated(holder, sentence, doc)
                )
        for key, told in own.items():
            if all(_same(a.holder, b.holder) for a, b in combinations(told, 2)):
                by_post.setdefault(key, []).extend(told)
    found = []
    for (body, post), stated in by_post.items():
        people: list[list[_Stated]] = []
        for item in stated:
            same = next((p for p in people if _same(p[0].holder, item.holder)), None)
            if same is None:
                people.append([item])
            else:
                same.append(item)
        clashing = {
            k
            for i, j in combinations(range(len(people)), 2)
            if any(groups.of(a.doc.id) != groups.of(b.doc.id) for a in people[i] for b in people[j])
            for k in (i, j)
        }
        if clashing:
            variants = tuple(_variant(people[i]) for i in sorted(clashing))
            found.append(Conflict(f"actor: {body.capitalize()} {post}", variants))
    return found


def _same(a: Holder, b: Holder) -> bool:
    if a.surname in b.name.lower().split() or b.surname in a.name.lower().split():
        return True
    return _one_edit(a.surname, b.surname)


def _one_edit(a: str, b: str) -> bool:
    """At most one letter added, dropped or changed ("oppal", "opal")."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) <= 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def _variant(stated: list[_Stated]) -> Variant:
    return variant_of(stated[0].holder.name, stated)
