"""Pattern tables for the flattened-text boilerplate classifier, kept apart from its logic.

Each rule is (reason, regular expression). The reason is what a reader sees in a source's
`removed` list. Patterns describe kinds of page furniture seen on many sites, never one page.
"""

from __future__ import annotations

import re

# Whole-line furniture: matched against a short line (see SHORT_LINE_WORDS) from its start.
_LINE_RULES: tuple[tuple[str, str], ...] = (
    (
        "navigation",
        r"(skip (to|navigation)\b.*|(main |site |open |close )?(menu|navigation)|home(page)?|"
        r"search( for)?|trending( now| topics)?|sections?|topics|log ?(in|out)|sign ?(in|out)|"
        r"my account|account|subscriptions?|go to\b.*|back to top|jump to\b.*|close|open|"
        r"toggle\b.*|"
        r"next|previous|prev|more|show more|load more|see (all|more)\b.*|view (all|more)\b.*|"
        r"edition|choose your edition|select (a )?(language|region)|(full )?(article|story)|"
        r"breadcrumb|you are here\b.*|all sections|latest|live|listen|print|[«»‹›|•·>\-]+)",
    ),
    (
        "advertisement",
        r"(advertisement|advertising|advert|ad|ads|sponsored( content| links?)?|"
        r"promoted( stories)?|"
        r"paid (content|post|partner)|(story|article) continues (below|after)\b.*|"
        r"scroll (down )?to continue\b.*|continue reading( below)?|report an? ad)",
    ),
    (
        "share buttons",
        r"((share|tweet|email|e-mail|print|copy( link)?|pin|save|facebook|twitter|x|linkedin|"
        r"whatsapp|reddit|pinterest|flipboard|messenger|telegram|comment|comments|gift)"
        r"( (this|the) (article|story|page|link))?( on \w+)?[\s|/•·,]*)+",
    ),
    (
        "comment widget",
        r"((show|view|load|see|read|hide) (all )?\d*[\d,.k]* ?comments?|post a comment|"
        r"leave a (comment|reply)|add (a|your) comment|report (this )?(comment|abuse)|reply|"
        r"\d+ (comments?|replies|repl(y|ies))|comments? \(\d+\)|join the (conversation|discussion)|"
        r"comments are closed\b.*|sort by\b.*|newest|oldest|most liked|flag|like|upvote|downvote)",
    ),
    (
        "related articles",
        r"(related( articles?| stories| coverage| content| links| reading| topics| posts)?|"
        r"read (more|next|also)\b.*|more (from|on|in|about)\b.*|more (stories|news|articles)\b.*|"
        r"you (may|might) (also )?(like|enjoy)\b.*|recommended( for you| stories)?|"
        r"most (read|popular|viewed|shared|emailed)\b.*|see also\b.*|also read\b.*|"
        r"(top|latest|featured|popular|trending) (stories|news|articles|videos|posts)\b.*|"
        r"editor'?s? picks?|what to read next|don'?t miss\b.*|further reading)",
    ),
    (
        "video teaser",
        r"(video|watch( now| live| video)?|play( video)?|now playing|up next\b.*|replay|"
        r"\d{1,2}:\d{2}( ?min)?|duration\b.*|(watch|video):.*)",
    ),
    (
        "newsletter appeal",
        r"(sign up( now| today| here)?|subscribe( now| today| here)?|newsletters?|"
        r"(get|receive) (our|the) .*newsletter\b.*|enter your e-?mail( address)?|"
        r"(your )?e-?mail( address)?|thanks? (you )?for (signing up|subscribing)\b.*)",
    ),
    (
        "donation appeal",
        r"(donate( now| today)?|support (us|our journalism|independent journalism)\b.*|"
        r"contribute( now)?|become a (member|supporter|subscriber|patron)\b.*|"
        r"make a (contribution|donation)\b.*|give now)",
    ),
    (
        "cookie banner",
        r"(accept( all)?( cookies)?|reject( all)?|manage (cookies|preferences|consent)|"
        r"cookie (settings|policy|preferences)|(privacy|cookie) (policy|notice)|got it|i agree|"
        r"agree( and close)?|do not sell my (personal )?info.*)",
    ),
    (
        "author box",
        r"(by|by\s+\S.*|author|about the author|written by\b.*|follow( me| us)?( on \w+)?|"
        r"(staff|senior|chief|political|foreign) (writer|reporter|correspondent|editor)\b.*)",
    ),
)

# Furniture recognised anywhere in a line, whatever its length.
_ANYWHERE_RULES: tuple[tuple[str, str], ...] = (
    (
        "photo credit",
        r"(getty images|stock photo|shutterstock|photograph(er)?:|\bphotos?:|\bimage:|"
        r"image credit|picture:|pictured:|\bcredit:|\((ap|afp|reuters|epa|upi)? ?photo\b|"
        r"\bphoto by\b|\bphoto(graph)? credit|\bfile photo\b|\bphoto illustration\b|"
        r"/ ?(afp|ap|reuters|epa|getty|ansa|anadolu)\b|\bvia getty\b|\balamy\b|"
        r"\bcaption:|^(above|top|main|left|right|pictured):)",
    ),
    (
        "reporter trailer",
        r"(^\(?(reporting|additional reporting|writing|editing|compiled|reported|produced) by\b|"
        r"\bediting by\b|with reporting (from|by)\b|contributed (to )?(this )?report(ing)?\b|"
        r"\bwire services contributed\b)",
    ),
    (
        "agency disclaimer",
        r"(has not been edited by|auto-generated from a syndicated feed|"
        r"generated from an automated news agency feed|may not be (re)?published, broadcast|"
        r"all rights reserved|^(©|\(c\)|copyright\b)|\u00a9 ?\d{4})",
    ),
    (
        "cookie banner",
        r"(\bwe use cookies\b|\buses cookies\b|\bcookie policy\b|"
        r"\bby (continuing|clicking)\b.{0,80}"
        r"\b(agree|consent)\b|\byour (privacy|consent) (choices|settings)\b)",
    ),
    (
        "newsletter appeal",
        r"(\bsign up (for|to) (our|the)\b.{0,40}\bnewsletter|"
        r"\bdelivered (straight |directly )?to your "
        r"inbox\b|\bin your inbox\b|\bsubscribe to (our|the) newsletter|\bnewsletter sign ?up\b)",
    ),
    (
        "donation appeal",
        r"(\bsupport (our|independent|quality|trusted) (journalism|reporting)\b|"
        r"\b(make|consider making) a (contribution|donation)\b|\bdonate (now|today)\b|"
        r"\bbecome a (member|supporter|subscriber)\b|\breader[- ]funded\b|\bas little as [$£€]\d)",
    ),
)


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words at least one of which every ANYWHERE_RULES match contains (besides "©", checked apart):
# a line without any is not searched, which keeps long article paragraphs cheap.
ANYWHERE_CUES = _word_set(
    """getty images stock photo photos photograph photographer shutterstock image picture
    pictured credit ap afp reuters epa upi ansa anadolu alamy caption above top main left right
    illustration via file reporting writing editing compiled reported produced contributed
    services edited syndicated automated published republished rights copyright c cookies
    cookie continuing clicking privacy consent newsletter inbox journalism contribution
    donation donate member supporter subscriber reader reader-funded little"""
)


def _compile(rules: tuple[tuple[str, str], ...], whole: bool) -> re.Pattern[str]:
    """One pattern for a whole table (one pass per line): group `r<i>` is rule i."""
    tail = r"[\s.:!?…»›>|]*$" if whole else ""
    alternatives = "|".join(f"(?P<r{i}>{pattern}){tail}" for i, (_, pattern) in enumerate(rules))
    return re.compile(alternatives, re.IGNORECASE)


def _reasons(rules: tuple[tuple[str, str], ...]) -> dict[str, str]:
    return {f"r{i}": reason for i, (reason, _) in enumerate(rules)}


LINE_PATTERN = _compile(_LINE_RULES, whole=True)
LINE_REASONS = _reasons(_LINE_RULES)
ANYWHERE_PATTERN = _compile(_ANYWHERE_RULES, whole=False)
ANYWHERE_REASONS = _reasons(_ANYWHERE_RULES)

# A short line that opens a comment section: a count, a call to comment, a commenter's header.
COMMENT_MARKER = re.compile(
    r"[\s\[(]*(?:(\d+ |top |top rated |latest |reader |readers' )?"
    r"(comments?|responses?|replies|reactions|discussion)( \(\d+\))?|"
    r"(show|view|load|see|read) (all )?\d*[\d,.k]* ?comments?|post a comment|"
    r"leave a (comment|reply)|add (a|your) comment|join the (conversation|discussion)|"
    r"comments are closed\b.*|\d+ thoughts on\b.*|.{1,60} (says|wrote):|"
    r"what do you think)[\s.:!?…»›>|\])]*",
    re.IGNORECASE,
)

# A short line that is only a date or a time stamp: teaser cards and comments carry one each.
_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
TIMESTAMP = re.compile(
    rf"(\w+day,? )?({_MONTH} \d{{1,2}},? \d{{4}}|\d{{1,2}} {_MONTH},? \d{{4}}|"
    r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d+ (seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|"
    r"months?|years?) ago)\b.{0,30}",
    re.IGNORECASE,
)

# Notes on the text itself: "Disclaimer: ...", investment disclaimers, machine-written summaries.
# The pattern runs only on lines holding one of DISCLAIMER_CUES.
DISCLAIMER_CUES = _word_set(
    """disclaimer disclaimers disclosure disclosures generated automatically information
    informational recommendation advice"""
)
DISCLAIMER = re.compile(
    r"^(disclaimer|disclosure)s?\s*[:\-–—]|"
    r"\bthis (article|story|summary|report|content|post|text)\b.{0,40}?\b("
    r"(generated|produced|written|compiled) (automatically|by (an? )?(ai|artificial "
    r"intelligence|automated|algorithm))|"
    r"automatically (generated|produced|written|compiled))\b|"
    r"\b(is|are) (provided )?for (general )?information(al)? (purposes )?only\b|"
    r"\b(is|are) not (intended as )?an? (recommendation|solicitation|offer) to (buy|sell)\b|"
    r"\bnot (intended as |to be construed as )?(financial|investment) advice\b",
    re.IGNORECASE,
)

# A media teaser: a "WATCH:" label opening it, or a running time closing it ("... (1:42)").
MEDIA_CUES = _word_set("watch video listen audio podcast gallery pictures")
MEDIA_LABEL = re.compile(r"(watch|video|listen|audio|podcast|gallery|in pictures)\s*[:|]", re.I)
RUNNING_TIME = re.compile(r"\(\d{1,2}:\d{2}(?::\d{2})?\)$")

# Lines with at most this many words are checked against LINE_RULES.
SHORT_LINE_WORDS = 8


# Reader appeals written as sentences (see boilerplate_appeal): the outlet speaking of itself
# to the reader, asking for money, a subscription or a sign-up; reported speech never is one.
READER_WORDS = _word_set("you your you're yours you'll you've yourself")
SELF_WORDS = _word_set("we our ours us we're we've we'll we'd ourselves")
ASK_WORDS = _word_set(
    """subscribe subscribing subscription subscriptions subscriber subscribers register
    registering donate donating donation donations contribute contributing contribution
    contributions supporter supporters member members membership newsletter newsletters inbox
    signing sign-up unsubscribe"""
)
# Asks that need their context: "help" and "support" are everyday words in the news. The
# pattern runs only on lines holding one of ASK_PHRASE_CUES.
ASK_PHRASE_CUES = _word_set("sign signing help support join just only little price cost")
ASK_PHRASE = re.compile(
    r"\b(sign(ing)? up|help (us|keep|fund|sustain)|(support|join) us|support our|"
    r"your (help|support|gift)|you can help|(from|for) (just|only|as little as) \S+ "
    r"(a|per) (week|month|year)|(price|cost) of a (coffee|cup))\b",
    re.IGNORECASE,
)
# Verbs that open a sentence in the imperative: "Join 80,000 readers", "Support the Herald".
IMPERATIVES = _word_set("subscribe sign join support donate get become register download")
IMPERATIVE = re.compile(
    r"(?:^|[.?!]\s+)(?:subscribe|sign|join|support|donate|get|become|register|download)\b",
    re.IGNORECASE,
)
ATTRIBUTION_WORDS = _word_set("said says told according added stated explained")
QUOTE_MARKS = frozenset('"“”«»')

# Characters and tokens that make a line look like program code (a stray tracking snippet).
CODE_CHARS = frozenset("{}[]();=<>$&\\_")
# The subset that is rare in prose: figures such as "(£1.7m; $2.6m)" use the others.
CODE_DENSE_CHARS = frozenset("{}[]=<>\\_;")
CODE_TOKENS = re.compile(
    r"(function\s*\(|=>|\bvar |\blet |\bconst |window\.|document\.|\w+\.push\(|gtag\(|"
    r"datalayer|googletag|\bfbq\(|\b_gaq\b|\bif\s*\(|\breturn\b[^;]{0,80};|\}\s*\)|://\S+\.js\b)",
    re.IGNORECASE,
)

# Author boxes: "Jane Roe is the Herald's health correspondent.", "John Doe covers energy for
# Reuters." and the line after one ("She has covered ..."). The role must end the clause soon,
# so "a reporter for the Journal who was detained" (news about a journalist) is not one.
ROLE_WORDS = _word_set(
    """reporter reporters editor editors correspondent correspondents writer writers columnist
    columnists journalist journalists contributor contributors critic producer photographer
    blogger presenter anchor freelancer covers"""
)
_NAME = r"(?!(?:The|This|That|These|Its|His|Her|Their|Our|A|An|In|On|At)\b)[A-Z][\w'’.-]+"
_ROLE = (
    r"(?:reporter|editor|correspondent|writer|columnist|journalist|contributor|critic|producer|"
    r"photographer|blogger|presenter|anchor|freelancer)s?"
)
_CLAUSE_END = r"(?: (?!(?:who|whom|whose|which|that|when|after|before|and)\b)[\w'’&,-]+){0,8}[.;]"
# Case matters here: a name is capitalised words.
AUTHOR_BIO = re.compile(
    rf"(?i:about the author:? )?{_NAME}(?: {_NAME}){{1,3}},? "
    rf"(?:(?:is|was|has been|serves as) (?:[\w'’-]+ ){{0,4}}?(?i:{_ROLE})|"
    rf"covers [\w ,&'’-]{{1,60}} for){_CLAUSE_END}"
)
BIO_FOLLOW = re.compile(
    r"(?:she|he|they) (?:has|have|had|previously|also|joined|writes|covers)\b|"
    r"follow (?:him|her|them)\b",
    re.IGNORECASE,
)
