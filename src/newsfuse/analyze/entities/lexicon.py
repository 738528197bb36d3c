"""Word tables behind the rule-based entity and speaker finders: data, not logic."""

from __future__ import annotations


def words_of(text: str) -> frozenset[str]:
    """The white-space separated words of a table written as text."""
    return frozenset(text.split())


# Titles and roles written before a name ("Mayor Lena Dorsey") or used alone ("the mayor").
PERSON_TITLES = words_of(
    """mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend father sister
    mayor governor gov minister secretary president vice chancellor premier senator sen
    representative rep congressman congresswoman councillor councilor alderman commissioner
    chief officer superintendent supt inspector sergeant sgt detective det constable captain capt
    lieutenant lt colonel col general gen major maj admiral commander sheriff marshal judge
    justice attorney prosecutor ambassador chairman chairwoman chair director manager spokesman
    spokeswoman spokesperson executive ceo cfo coo founder head deputy acting king queen prince
    princess pope bishop archbishop imam rabbi coroner fire police chief-executive"""
)

# Titles only ever written before a person's name, never opening an organisation's.
HONORIFICS = words_of("mr mrs ms miss mx dr sir dame lord lady rev")

# Last words that make a capitalised sequence an organisation.
ORG_SUFFIXES = words_of(
    """ministry department agency authority council commission committee board office service
    services union federation association institute institution university college school
    hospital clinic police force army navy party court parliament assembly congress senate
    bank fund trust foundation company corporation corp inc ltd llc plc co group holdings
    systems industries technologies partners capital airlines airways
    railways motors energy press news times herald tribune gazette observer journal courier
    network center centre organization organisation society club team brigade unit
    management daily chronicle post review shipping lines media"""
)
# Words that, first in a sequence, make it an organisation ("Ministry of Health").
ORG_HEADS = words_of(
    "ministry department office bureau university college council commission court bank"
)
# Last words that make a capitalised sequence a place.
PLACE_SUFFIXES = words_of(
    """street road avenue lane square bridge river lake sea ocean bay harbour harbor port
    island islands mountains mountain valley county province state region district city town
    village park pier coast beach airport station terminal"""
)
# Prepositions after which a lone capitalised word is most likely a place ("in Saltmere").
PLACE_CUES = words_of("in at from near across outside inside around to toward towards into")

# Prepositions before a list of names that make it a list of places ("protests in Almaty,
# Aktobe and Taraz"); narrower than PLACE_CUES, which also precede people ("spoke to").
LIST_PLACE_CUES = words_of("in across throughout")

# Lower-case words allowed inside a multi-word name ("Ministry of Health", "Fire and Rescue").
NAME_JOINERS = words_of("of and for the de la le van von der del da di al bin du")

# Capitalised words that are never names on their own (calendar, page furniture, openers).
NOT_NAMES = words_of(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december jan feb mar apr jun jul aug sep
    sept oct nov dec today yesterday tomorrow mon tue wed thu fri sat sun photo photograph
    image video watch read more advertisement updated published share comments comment
    reporting editing copyright the a an this that these those it its he she they we i you
    his her their our my your there here what when where why how who which while after before
    but and or if so yet still also some many several most more few all each every no not one
    two three four five six seven eight nine ten dozens scores hundreds thousands meanwhile
    however earlier later last next first second third new old north south east west
    northern southern eastern western mr mrs ms dr chief mayor officials residents police"""
)

PERSON_PRONOUNS = words_of("he she him her")

# British and US spellings folded to one form when comparing names.
SPELLING_VARIANTS = {
    "organisation": "organization",
    "centre": "center",
    "defence": "defense",
    "labour": "labor",
    "programme": "program",
    "harbour": "harbor",
}
