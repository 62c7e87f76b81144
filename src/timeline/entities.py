"""Canonical actors and places of one analysed document.

spaCy's small model finds most names but often mislabels them (Ain Issa as PERSON, Kobane as
ORG, Daesh as GPE, Trump as ORG). Each name is decided at document level from:

- the alias table below (well-known organisations whose other names cannot be learned from
  the text) and acronyms the text defines ("Syrian Democratic Forces (SDF)");
- the people the document names in full ("Recep Tayyip Erdogan" makes "Erdogan", "Mr Erdogan"
  and "President Erdogan" the same person, and never a place), with the particles of their
  names ("Ursula von der Leyen", "Mohammed bin Salman"); a surname alone is that person
  even where the model saw no name ("Simion conceded" after "George Simion");
- the gazetteer, consulted only for names spaCy calls places or that stand where places stand
  ("in/at/near/from/around X", "the X camp", "the town of X", "the centre of X", "X, Y and Z"
  after a place), with the countries the document mentions to resolve ambiguity; a name once
  placed is a place in the whole document ("Ain Issa holds 12,000 people"). A name before
  "river", "lake" or "mountains" is that feature, never the town of the same name; a country
  is never a person;
- the syntax, for states acting ("Turkey launched", "Turkey's offensive": actor Turkey;
  "Washington had learned": actor United States) against places ("in Syria").

Not reported as actors: news outlets used as sources ("told Al Jazeera", "Reuters reported",
"the Reuters news agency", "BBC editor X"), nationality adjectives ("Kurdish", "Turkish"),
dates and numbers. Groups named by a plural nationality noun ("the Kurds") are actors.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

from .gazetteer import (
    DEMONYMS,
    TIER_ALTERNATE,
    TIER_NAME,
    TIER_SKELETON_NAME,
    Candidate,
    Gazetteer,
    fold,
)
from .model import Place
from .names import NAME_PARTICLES
from .statements import MEDIA_NOUNS
from .temporal_patterns import MONTHS, TIME_ZONES, WEEKDAYS
from .verbs import SPEAKING, TELLING, all_forms

# Well-known organisations: canonical name -> other names. World knowledge, not read from any
# one text; acronyms the text defines are learned per document on top of this.
ACTOR_ALIASES: dict[str, tuple[str, ...]] = {
    "Islamic State": (
        "IS",
        "ISIS",
        "ISIL",
        "Daesh",
        "Da'esh",
        "Daish",
        "Islamic State group",
        "Islamic State of Iraq and the Levant",
        "Islamic State of Iraq and Syria",
        "Islamic State of Iraq and al-Sham",
    ),
    "Syrian Democratic Forces": (
        "SDF",
        "Syrian Defence Forces",
        "Syrian Defense Forces",
        "Syrian Defence Force",
        "Syrian Defense Force",
    ),
    "People's Protection Units": (
        "YPG",
        "People's Defense Units",
        "People's Defence Units",
        "Kurdish People's Protection Units",
    ),
    "Women's Protection Units": ("YPJ",),
    "Kurdistan Workers' Party": ("PKK", "Kurdistan Workers Party"),
    "Syrian National Army": ("SNA",),
    "Free Syrian Army": ("FSA",),
    "Hayat Tahrir al-Sham": ("HTS",),
    "al-Qaeda": ("al-Qaida", "Al Qaeda", "al Qaida"),
    "Hezbollah": ("Hizbollah", "Hizbullah"),
    "Syrian Observatory for Human Rights": ("SOHR",),
    "Human Rights Watch": ("HRW",),
    "Amnesty International": ("Amnesty",),
    "United Nations": ("UN", "U.N."),
    "UN Security Council": ("UNSC", "Security Council", "United Nations Security Council"),
    "UN Refugee Agency": ("UNHCR",),
    "NATO": ("Nato", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation"),
    "European Union": ("EU", "E.U."),
    "International Committee of the Red Cross": ("ICRC", "Red Cross", "International Red Cross"),
    "Central Intelligence Agency": ("CIA",),
    "Pentagon": ("US Department of Defense", "Department of Defense"),
    # seats of government that act ("the White House said"): never the town in Tennessee
    "White House": (),
    "Kremlin": (),
    "Federal Reserve": ("US Federal Reserve", "U.S. Federal Reserve"),
    "European Central Bank": ("ECB",),
    "Bank of Japan": ("BOJ", "BoJ"),
    "International Monetary Fund": ("IMF",),
    "Federal Bureau of Investigation": ("FBI",),
    "Economic Community of West African States": ("ECOWAS", "Ecowas"),
    "Hamas": ("Harakat al-Muqawama al-Islamiya", "Islamic Resistance Movement"),
    "UNESCO": ("Unesco", "United Nations Educational, Scientific and Cultural Organization"),
    "UNICEF": ("Unicef", "United Nations Children's Fund"),
    # not "WHO": a word of every all-capitals headline ("WHO WAS THE SHOOTER?")
    "World Health Organization": ("World Health Organisation",),
    "World Food Programme": ("WFP", "World Food Program"),
    "UNRWA": ("Unrwa", "UN Relief and Works Agency", "United Nations Relief and Works Agency"),
    "International Atomic Energy Agency": ("IAEA",),
    "UN Office for the Coordination of Humanitarian Affairs": ("OCHA", "Ocha"),
}

# Each country's central bank, by the name the press gives it: "Japan's central bank" is
# the Bank of Japan.
CENTRAL_BANKS = {
    "United States": "Federal Reserve",
    "Japan": "Bank of Japan",
    "United Kingdom": "Bank of England",
    "Canada": "Bank of Canada",
    "China": "People's Bank of China",
    "Switzerland": "Swiss National Bank",
    "Russia": "Bank of Russia",
    "India": "Reserve Bank of India",
    "Australia": "Reserve Bank of Australia",
    "New Zealand": "Reserve Bank of New Zealand",
    "South Korea": "Bank of Korea",
    "Turkey": "Central Bank of the Republic of Turkey",
    "Brazil": "Central Bank of Brazil",
    "Mexico": "Bank of Mexico",
    "Sweden": "Riksbank",
    "Norway": "Norges Bank",
    "Israel": "Bank of Israel",
    "South Africa": "South African Reserve Bank",
    "Ukraine": "National Bank of Ukraine",
}
_CENTRAL_BANK = re.compile(
    r"(?:\b(?P<owner>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)['’]s|(?<=\b[Tt]he\s)(?P<adjective>[A-Z][\w.]*))"
    r"\s+central\s+bank\b"
)

# Words that precede a name without being part of it ("President Erdogan", "Mr. Khafaji").
TITLES = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "sir",
        "dame",
        "lord",
        "lady",
        "president",
        "prime",
        "minister",
        "secretary",
        "general",
        "gen",
        "brig",
        "brigadier",
        "col",
        "colonel",
        "lt",
        "lieutenant",
        "maj",
        "major",
        "capt",
        "captain",
        "sgt",
        "senator",
        "sen",
        "rep",
        "representative",
        "governor",
        "gov",
        "mayor",
        "king",
        "queen",
        "prince",
        "princess",
        "sheikh",
        "imam",
        "pope",
        "judge",
        "justice",
        "chancellor",
        "ambassador",
        "envoy",
        "special",
        "commander",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "chairman",
        "chairwoman",
        "chair",
        "co-chair",
        "deputy",
        "vice",
        "chief",
        "leader",
        "interim",
        "foreign",
        "defence",
        "defense",
        "interior",
        "state",
        "home",
        "affairs",
        "official",
        "officer",
        "emir",
        "ayatollah",
    ]
)
# What a person is written as before the name, dropped from a person's name only ("Filmmaker
# James Cameron"): not titles that make "Wagner Group founder" or "CIA Director" no actor
_ROLES = frozenset(
    ["filmmaker", "explorer", "billionaire", "businessman", "businesswoman", "professor",
     "activist", "journalist", "actor", "actress", "singer", "economist", "astronaut",
     "congressman", "congresswoman"]
)  # fmt: skip
# Who a name in apposition says a person is ("The agency's director, Kimberly Cheatle,",
# "Kimberly Cheatle, the director of the Secret Service,"): nouns only a person is
_PERSON_NOUNS = (
    _ROLES
    # the titles that are a person on their own ("the director, X"; not "a state, X")
    | TITLES - {"prime", "foreign", "defence", "defense", "interior", "state", "home",
                "affairs", "special", "interim", "vice", "deputy", "general"}
    | frozenset(["director", "founder", "widow", "widower", "wife", "husband", "son",
                 "daughter", "mother", "father", "brother", "sister", "lawyer", "attorney",
                 "aide", "adviser", "advisor", "gunman", "suspect"])
)  # fmt: skip
# Nouns a state's name may modify while it acts: "US troops", "Turkish-led forces".
_FORCE_NOUNS = frozenset(
    [
        "troops",
        "forces",
        "military",
        "army",
        "government",
        "navy",
        "soldiers",
        "officials",
        "authorities",
        "jets",
    ]
)
# Prepositions after which a name is where something happens.
_LOCATIVE = frozenset(
    [
        "in",
        "at",
        "near",
        "from",
        "around",
        "outside",
        "inside",
        "between",
        "into",
        "across",
        "towards",
        "toward",
        "to",
        "through",
        "throughout",
        "within",
    ]
)
# Who and what a place's name qualifies ("Mawasi tents", "Gaza residents"): no make's
_DWELLERS = frozenset(
    ["camp", "camps", "tent", "tents", "shelter", "shelters", "resident", "residents", "people",
     "official", "officials", "authorities", "police", "villagers", "council", "mayor",
     "governor", "hospital", "hospitals", "school", "schools", "families", "homes", "houses"]
)  # fmt: skip
# Where a happening is, not where it heads ("across Maui", "on Maui"; not "access to Windows")
_HAPPENS_AT = (_LOCATIVE - {"to", "towards", "toward"}) | {"on", "over"}
# Nouns that make "the X camp", "the town of X", "the outskirts of X" places.
_PLACE_NOUNS = frozenset(
    [
        "camp",
        "camps",
        "town",
        "towns",
        "city",
        "cities",
        "village",
        "villages",
        "province",
        "region",
        "district",
        "border",
        "outskirts",
        "area",
        "areas",
        "capital",
        "outpost",
        "prison",
        "base",
        "facility",
    ]
)
# "Al Haouz province", "Kherson region": a name before these is an area's, whatever the model
# made of it and whether or not the gazetteer has it.
_AREA_NOUNS = frozenset(
    ["province", "region", "district", "county", "governorate", "prefecture", "oblast"]
)
# "the Southeast", "the Midwest", "the North": a part of a country by its bearing, no town
_COMPASS = re.compile(r"(?:(?:North|South|Mid)[- ]?)?(?:[Ee]ast|[Ww]est)|North|South|East|West")
# A country's two-letter code is no name the press writes for it, but for these
_CODE = re.compile(r"[A-Z]{2}")
_CODES_WRITTEN = frozenset(["US", "UK"])
# "the Cedar Hills area of Portland": a part of a town, which lies where the town does
_PART_OF_TOWN = frozenset(
    ["area", "neighborhood", "neighbourhood", "suburb", "district", "section", "borough"]
)
# "the centre of X", "the residents of X": X is a place (with _PLACE_NOUNS, after "of" only).
_PLACE_OF_NOUNS = frozenset(
    ["centre", "center", "heart", "streets", "suburbs", "residents", "inhabitants"]
)
# "the town of X": a proper noun here is a settlement even where the model saw no entity.
_SETTLEMENT_NOUNS = frozenset(
    ["town", "towns", "city", "cities", "village", "villages", "municipality", "port"]
)
# "the Biala river": the name of a natural feature, not the town it shares a name with.
_FEATURE_NOUNS = frozenset(
    [
        "river",
        "lake",
        "sea",
        "mountain",
        "mountains",
        "valley",
        "canal",
        "bay",
        "gulf",
        "creek",
        "strait",
        "glacier",
        "delta",
        "ocean",
        "peninsula",
        "desert",
    ]
)
# "the Atlantic", "the Gulf of Mexico": after "the", the name of a body of water, not the
# town of that name (Atlantic, Iowa).
_WATER_NAMES = frozenset(
    ["atlantic", "pacific", "arctic", "antarctic", "mediterranean", "caribbean", "baltic",
     "adriatic", "aegean", "caspian", "gulf"]
)  # fmt: skip
# "the Sanibel Causeway", "Cayo Costa Island": a structure or an island, a place, not an actor.
_FACILITY_NOUNS = frozenset(
    ["causeway", "bridge", "highway", "island", "islands", "airport", "tunnel", "dam",
     "expressway", "freeway", "turnpike", "parkway", "pier", "harbor", "harbour", "beach",
     "station"]
)  # fmt: skip
# "George Floyd: Jury ...": a name never spans these.
_NAME_BREAKS = frozenset([":", "|"])
# What follows a verb in a headline ("Liz Truss Resigns as ..."), never a name's next word.
_FUNCTION_TAGS = frozenset(["IN", "TO", "DT", "PRP", "PRP$", "RB", "CD", "MD", "WDT", "WRB"])
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# Words an acronym's expansion may start with that are not part of the name.
_LEADING_CONNECTORS = re.compile(r"^(?:(?:the|The|of|and|for|in)\s+)+")
_LEADING_OWNER = re.compile(r"^(?P<owner>[A-Z][\w.-]*)['’]s\s+(?=[A-Z])")
_POSSESSIVE = re.compile(r"\s*['’]s?$")
_CURLY = str.maketrans({"’": "'", "‘": "'", "`": "'"})
# A name spelled out across a comma is an organisation's when one of its words says so
# ("Bureau of Alcohol, Tobacco, Firearms and Explosives"); a list of countries ("Brazil,
# Russia, India, China and South Africa (BRICS)") is not one name.
_ORGANISATION_WORD = re.compile(
    r"\b(?:Organi[sz]ation|Bureau|Agency|Commission|Council|Committee|Department|Ministry"
    r"|Institute|Union|Association|Federation|Confederation|Fund|Programme|Program|Office"
    r"|Authority|Board"
    r"|Service|Administration|Corporation|Company|Foundation|Society|League|Front|Party)\b"
)
_ACRONYM_DEFINED = re.compile(
    r"((?:[A-Z][\w'’.-]*|of|the|and|for|al|in)(?:(?:[ -]|,\s)(?:[A-Z][\w'’.-]*|of|the|and|for|al|in))*)"
    r"\s+\(([A-Z][A-Za-z]{1,7})(?:\s+or\s+([A-Z][A-Za-z]{1,7}))?\)"
)
# A one-word town the model took for a person is a place only if this big (Kherson: 280,000).
_TOWN_AS_NAME_POPULATION = 10_000
_PLACE_VERBS = frozenset(
    [
        "hit",
        "struck",
        "strike",
        "strikes",
        "shelled",
        "shell",
        "shells",
        "pounded",
        "bombed",
        "raided",
        "captured",
        "recaptured",
        "seized",
        "liberated",
        "encircled",
        "besieged",
        "entered",
        "evacuated",
    ]
)
# Languages that are no country's adjective (DEMONYMS has those): the model calls some of
# them places ("He spoke in Arabic")
_LANGUAGES = frozenset(
    ("Arabic", "English", "Hebrew", "Persian", "Farsi", "Mandarin", "Cantonese",
     "Urdu", "Hindi", "Kurdish", "Pashto", "Dari", "Swahili", "Amharic", "Tigrinya", "Latin",
     "Yiddish", "Tamil", "Bengali", "Punjabi", "Hausa", "Yoruba", "Igbo", "Berber", "Tagalog")
)  # fmt: skip
# Verbs whose object is a place when it is a city by its own name: "Assad visited Aleppo"
_VISITED = _PLACE_VERBS | all_forms("visit", "tour", "reach", "leave", "flee")
# "a missile strike on Kyiv", "the assault on Bakhmut": the object of an attack is a place
# when it is a town by its own name (see town_as_name); "an attack on Trump" stays a person.
_ATTACK_NOUNS = frozenset(
    ("strike", "strikes", "airstrike", "airstrikes", "attack", "attacks", "assault", "raid",
     "raids", "offensive", "bombing", "bombings", "shelling", "bombardment", "barrage",
     "onslaught", "advance", "push", "siege")
)  # fmt: skip
# A town read from an attack noun alone is a city of the country the document is about
# ("the assault on Kherson", 280,000), or with no such country a city of millions ("a strike
# on Kharkiv", 1.4 million): "an attack on Warren" (Michigan, 134,000) is a person's.
_CITY_POPULATION = 100_000
# A state named as a state: "upstate New York", "the state of New York", "much of western
# New York", "New York state", "New York Governor Kathy Hochul", "New York's governor"
_STATE_BEFORE = re.compile(
    r"\b(?:upstate|downstate|state\s+of|(?:western|eastern|northern|southern|central)"
    r"|across|(?:much|all|parts)\s+of(?:\s+(?:western|eastern|northern|southern|central))?)"
    r"\s+$",
    re.IGNORECASE,
)
_STATE_AFTER = re.compile(
    r"\s+(?:state\b|State\b|Governor\b|Gov\.|Attorney\s+General\b|[Ll]egislature\b"
    r"|became\s+the\s+(?:first|second|third|latest|\w+th)\s+state\b)"
    r"|['’]s\s+(?:governor|[Ll]egislature|attorney\s+general|Governor|Attorney\s+General)\b"
)
_METROPOLIS_POPULATION = 1_000_000
# News agencies in a dateline ("KYIV, Ukraine (AP) —"): what comes before is no expansion.
_AGENCIES = frozenset(["AP", "AFP", "UPI", "DPA", "Dpa", "ANSA", "EFE", "PTI", "IANS", "CNN"])
# Time zones that the model may take for organisations ("0815 local time (0515 GMT)")
_TIME_ZONES = frozenset(TIME_ZONES)
_ACTOR_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC", "WORK_OF_ART"})
# Labels the model also gives towns ("the town of Glucholazy": PRODUCT): places, never actors.
_CANDIDATE_LABELS = _ACTOR_LABELS | {"PRODUCT"}
# Words that name a storm ("Storm Babet", "Hurricane Ian", "Tropical Storm Ian"): the storm is
# an actor of its own, named whole, never a person called Babet.
_STORM_NOUNS = frozenset(["Storm", "Hurricane", "Typhoon", "Cyclone"])
_STORM_WORDS = _STORM_NOUNS | {"Tropical", "Super"}
_NOMINAL_DEPS = frozenset(
    [
        "nsubj",
        "nsubjpass",
        "dobj",
        "pobj",
        "poss",
        "compound",
        "conj",
        "appos",
        "nmod",
        "attr",
        "dative",
        "agent",
        "ROOT",
    ]
)


@dataclass(frozen=True)
class EntityMention:
    """A name in a document resolved to a canonical actor or place.

    kind is "place" or "actor"; canonical is the place's or actor's one name; place is set for
    places (coordinates when the gazetteer knows them); role says what kind of actor
    (person, organisation, state, group) or place (town, region, country, unknown).
    """

    start_char: int
    end_char: int
    text: str
    kind: str
    canonical: str
    place: Place | None = None
    role: str = ""


def _alias_key(name: str) -> str:
    """Acronyms match as written ('IS', 'US'); longer names case- and punctuation-free."""
    name = name.translate(_CURLY).strip()
    bare = name.replace(".", "")
    if bare.isupper() and 2 <= len(bare) <= 6 and " " not in bare:
        return bare
    key = fold(name.replace("-", " "))
    return key.removeprefix("the ")


def _build_alias_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for canonical, aliases in ACTOR_ALIASES.items():
        for alias in (canonical, *aliases):
            index[_alias_key(alias)] = canonical
            bare = alias.replace(".", "")
            if bare.isupper() and len(bare) >= 4:
                index[fold(bare)] = canonical  # "Isis", "Nato": acronyms written as words
    return index


_ALIAS_INDEX = _build_alias_index()


def _alias_pattern(aliases: Iterable[str]) -> re.Pattern[str]:
    parts = []
    for alias in sorted(set(aliases), key=len, reverse=True):
        escaped = re.escape(alias.translate(_CURLY))
        escaped = escaped.replace("'", "['’]").replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]+")
        bare = alias.replace(".", "")
        if bare.isupper() and len(bare) <= 3:
            parts.append(escaped)  # 'IS', 'UN': capitals only, never the verb 'is'
        else:
            parts.append("(?i:" + escaped + ")")
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])")


# Aliases that are also a common title: after a qualifier ("Ukraine's national security
# council", "Russia's Security Council", "the Ukrainian Red Cross") they name another body.
_GENERIC_KEYS = frozenset(
    _alias_key(a) for a in ("Security Council", "Red Cross", "Department of Defense")
)
_ALIAS_PATTERN = _alias_pattern(a for c, aliases in ACTOR_ALIASES.items() for a in (c, *aliases))


def _qualified(doc: Doc, start: int) -> bool:
    """Whether the word before `start` qualifies a generic alias: a possessive ("Russia's
    Security Council"), "national", "state", "federal", a nationality the model tags NORP,
    or a longer name the model found ("the Ukrainian Red Cross"); not any capitalised word
    ("In Security Council talks")."""
    at = doc.char_span(start, start + 1, alignment_mode="expand")
    if at is None or at.start == 0:
        return False
    before = doc[at.start - 1]
    # a longer name the model found around it ("the Ukrainian Red Cross"), unless the word
    # before is itself a known name ("U.N. Security Council")
    inside = (
        doc[at.start].ent_iob_ == "I"
        and before.tag_ != "DT"
        and _alias_key(before.text) not in _ALIAS_INDEX
    )
    return (
        before.tag_ == "POS"
        or before.lower_ in ("national", "state", "federal")
        or before.ent_type_ == "NORP"
        or inside
    )


_DOTTED_COUNTRY = re.compile(r"^U\.[SK]\.(?= [A-Z])")


def canonical_actor(name: str) -> str:
    """One name per well-known organisation ('ISIL' -> 'Islamic State'); else the name tidied."""
    tidy = " ".join(_POSSESSIVE.sub("", name.translate(_CURLY)).split())
    if tidy.lower().startswith("the "):
        tidy = tidy[4:]
    tidy = _DOTTED_COUNTRY.sub(lambda m: m[0].replace(".", ""), tidy)  # "U.S. Coast Guard"
    return _ALIAS_INDEX.get(_alias_key(tidy), tidy)


@lru_cache(maxsize=65536)
def _name_tokens(name: str) -> tuple[str, ...]:
    return tuple(key for key in map(fold, name.split()) if key)


# Words that make a name a group's, not a person's: "Boeing Machinists" is no fuller "Boeing".
_GROUP_WORDS = frozenset({
    "Machinists", "Workers", "Union", "Unions", "Airlines", "Airways", "Forces", "Force",
    "Party", "Group", "Inc", "Inc.", "Corp", "Corp.", "Co.", "Ltd", "Association", "Council",
    "Ministry", "Court", "Committee", "Democrats", "Republicans", "Army", "Guard", "Police",
    "Bank", "Fund", "Times", "News", "Post", "Brigades", "Front", "Movement", "Company",
    "Motors", "Authority", "Agency", "Commission", "Institute", "University", "Foundation",
    "Network", "Industries", "Holdings", "Bureau", "Service", "Services", "Department",
    "Office", "Government", "Assembly", "Parliament", "Senate", "Markets", "Digital",
    "Capital", "Trading", "Research", "Technologies", "Technology", "Systems", "Labs",
    "Global", "International", "Media", "Energy", "Financial", "Partners", "Ventures",
    "Exchange", "Securities", "Investments", "Management", "Communications", "Corporation",
    "Limited", "LLC", "PLC", "plc", "Trust", "Club", "Aerospace", "Pharmaceuticals",
    "Survey", "Administration", "Organization", "Organisation", "Center", "Centre", "Board",
    "Alliance", "Coalition", "Command",
})  # fmt: skip
# Generational suffixes: "John J Ray III" and "John Ray" are one man.
_SUFFIXES = frozenset(fold(suffix) for suffix in ("Jr", "Sr", "II", "III", "IV"))
_ROMAN = re.compile(r"^[IVX]+$")


def _is_acronym(name: str) -> bool:
    """'FTX', 'U.N.': an organisation's short form, never a person's surname."""
    bare = name.replace(".", "")
    return " " not in bare and len(bare) >= 2 and bare.isupper()


_INITIALS_SKIPPED = frozenset(["of", "the", "and", "for", "de", "du", "des", "la", "le", "&"])


def initials(name: str) -> set[str]:
    """The acronyms a long name may go by: its words' initials ('Silicon Valley Bank' ->
    SVB, 'Federal Deposit Insurance Corporation' -> FDIC), with a leading country's short form
    left out too ('U.S. Federal Aviation Administration' -> FAA)."""
    words = [w for w in name.split() if w.lower() not in _INITIALS_SKIPPED]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return set()
    found = {"".join(w[0] for w in words)}
    if len(words) >= 3 and (words[0].isupper() or "." in words[0]):
        found.add("".join(w[0] for w in words[1:]))
        # 'US Coast Guard' -> USCG too
        found.add(words[0].replace(".", "") + "".join(w[0] for w in words[1:]))
    return found


def _looks_like_person(name: str) -> bool:
    """A full name that may be a person's: 2-5 words, no group word ('Boeing Machinists'),
    no word in capitals ('FTX Digital Markets'; 'III' is a suffix)."""
    words = name.split()
    return (
        2 <= len(words) <= 5
        and name != name.lower()
        and not _GROUP_WORDS & set(words)
        and not any(
            len(w.strip(".,")) >= 3 and w.strip(".,").isupper() and not _ROMAN.match(w.strip(".,"))
            for w in words
        )
    )


def _core(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """A name's tokens without its generational suffix ('john j ray iii' -> 'john j ray')."""
    while len(tokens) > 2 and tokens[-1] in _SUFFIXES:
        tokens = tokens[:-1]
    return tokens


def _suffix(tokens: tuple[str, ...]) -> str | None:
    """A name's generational suffix ('jr' of 'john ray jr'), if it has one."""
    return tokens[-1] if len(tokens) > 2 and tokens[-1] in _SUFFIXES else None


def _first_and_last(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """The core name without middle initials: 'john j ray iii' -> 'john ray'."""
    core = _core(tokens)
    return (core[0], *(t for t in core[1:-1] if len(t) > 1), core[-1]) if core else core


def unify_people(names: Iterable[str]) -> dict[str, str]:
    """Short forms of people's names -> the one longer name seen that ends or starts with them.

    'Erdogan' -> 'Recep Tayyip Erdogan', 'Trump' -> 'Donald Trump', 'John Ray' -> 'John J
    Ray III' (middle initials and a generational suffix aside, first and last names agree);
    a short form that fits two different full names (two Smiths) is left alone. A name of two
    words written the other way round is the one seen first ('Kishida Fumio').
    Organisations are never merged this way: not those of the alias table, not a name in
    capitals ('FTX' is no short 'FTX Digital Markets'), nor into a longer name that is an
    organisation's ('Boeing Machinists').
    """
    told = Counter(n for n in names if n and n not in ACTOR_ALIASES)
    distinct = list(told)
    # "Kishida Fumio" (family name first, as Japanese, Chinese and Korean outlets write) is the
    # "Fumio Kishida" the mentions use more often (the one seen first when as often)
    mapping: dict[str, str] = {}
    two_words: dict[tuple[str, ...], str] = {}
    for name in distinct:
        tokens = _name_tokens(name)
        if len(tokens) != 2 or not _looks_like_person(name):
            continue
        if (turned := two_words.get(tokens[::-1])) is not None:
            if told[name] > told[turned]:
                mapping.pop(name, None)
                mapping[turned] = name
                two_words[tokens[::-1]] = name
            else:
                mapping[name] = turned
        else:
            two_words.setdefault(tokens, name)
    full = [(n, _name_tokens(n)) for n in distinct if _looks_like_person(n) and n not in mapping]
    for name in distinct:
        if name in mapping:
            continue
        short = _name_tokens(name)
        if not short or name == name.lower() or _is_acronym(name):
            continue
        longer = [(f, tokens) for f, tokens in full if _same_person(tokens, short)]
        # Keep only the longest of nested candidates ('Donald Trump' in 'Donald J. Trump').
        maximal = {f for f, tokens in longer if not any(_nested(t, tokens) for _, t in longer)}
        if len(maximal) == 1:
            mapping[name] = maximal.pop()
    return mapping


def unify_organisations(names: Iterable[str]) -> dict[str, str]:
    """An organisation named without its country's short form -> the one name that has it:
    'Coast Guard' -> 'US Coast Guard' where no other country's coast guard is named."""
    distinct = set(names)
    owners: dict[str, list[str]] = {}
    for name in distinct:
        first, _, rest = name.partition(" ")
        if (
            rest in distinct
            and first.isupper()
            and 2 <= len(first) <= 3
            and _GROUP_WORDS & set(rest.split())
        ):
            owners.setdefault(rest, []).append(name)
    return {rest: longer[0] for rest, longer in owners.items() if len(longer) == 1}


def _nested(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    """shorter is longer with words left out ('Donald Trump' in 'Donald J. Trump')."""
    rest = iter(longer)
    return len(longer) > len(shorter) and all(word in rest for word in shorter)


def _same_person(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    """longer is shorter named in full: 'Recep Tayyip Erdogan' of 'Erdogan', 'Xi Jinping' of
    'Xi', 'John J Ray III' of 'Ray' and of 'John Ray'."""
    if len(longer) <= len(shorter):
        return False
    suffixes = {_suffix(longer), _suffix(shorter)} - {None}
    if len(suffixes) > 1:
        return False  # "John Ray Jr." and "John Ray Sr." are son and father
    if _extends(_core(longer), _core(shorter)):
        return True
    return len(shorter) >= 2 and _first_and_last(longer) == _first_and_last(shorter)


def _extends(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    """longer ends with shorter ('Erdogan') or starts with it: a family name written first
    ('Xi' of 'Xi Jinping'), a second surname after ('Claudia Sheinbaum' of 'Claudia Sheinbaum
    Pardo')."""
    n = len(shorter)
    return len(longer) > n and (longer[-n:] == shorter or longer[:n] == shorter)


def _hyphen_joined(doc: Doc, i: int) -> bool:
    """True for the part after a hyphen of one word: "myung" in "Lee Jae-myung"."""
    return (
        i >= 2
        and doc[i - 1].text == "-"
        and not doc[i - 1].whitespace_
        and not doc[i - 2].whitespace_
        and doc[i - 2].is_alpha
    )


def _clean_span(span: Span) -> Span | None:
    """Drop a leading 'the', titles and common nouns, trailing lowercase words and 's; of a
    span across a colon ('George Floyd: Jury'), the longest part."""
    start, end = span.start, span.end
    doc = span.doc
    breaks = [t.i for t in span if t.text in _NAME_BREAKS]
    if breaks:
        parts = zip([start, *(b + 1 for b in breaks)], [*breaks, end], strict=True)
        start, end = max(parts, key=lambda part: (part[1] - part[0], -part[0]))
    while start < end and (
        doc[start].is_space
        or doc[start].lower_ in ("the", "a", "an")
        or (
            doc[start].lower_.rstrip(".") in TITLES
            or doc[start].lower_ in _ROLES
            and end - start > 2
            and span.label_ == "PERSON"
            or doc[start].tag_ in ("NN", "NNS")
            and doc[start].is_title
            and end - start > 1
        )
        and doc[end - 1].text not in _GROUP_WORDS  # "the Justice Department" keeps "Justice"
    ):
        start += 1
    while end > start and (
        doc[end - 1].is_space
        or doc[end - 1].tag_ == "POS"
        or doc[end - 1].text in ("'s", "’s", "'", "’")
        or (
            doc[end - 1].is_lower
            and doc[end - 1].lower_ not in ("al", "el")
            and not _hyphen_joined(doc, end - 1)
        )
        or doc[end - 1].is_punct
        or doc[end - 1].lower_ in ("camp", "camps")
    ):
        end -= 1
    return doc[start:end] if end > start else None


def _common_word(span: Span, lowercase_words: set[str]) -> bool:
    """True for a one-word person's name that is a common word: the tagger reads it as a
    common noun ("Flash floods"), or the text writes it in lower case too ("Floodwater reached
    homes" in a story of "the floodwater"). Only for persons: "Labour", "Target", "Shell" and
    "Turkey" are names beside "the labour market", "a sales target", "a turkey"."""
    if len(span) != 1:
        return False
    token = span[0]
    return token.is_title and (
        token.tag_ in ("NN", "NNS")
        or (token.is_sent_start and token.text.lower() in lowercase_words)
    )


def _capitalised_noun(span: Span) -> bool:
    """An organisation's one-word name that is a plural common noun the sentence opens with,
    as the tagger reads it: "Transcripts released by the ministry showed" (not "Labour won")."""
    return len(span) == 1 and span[0].is_sent_start and span[0].tag_ == "NNS"


def _storm_start(span: Span) -> int | None:
    """Where a storm's name starts when span is one ("Storm Babet", "Tropical Storm Ian",
    "Hurricane Ian", whose storm word the cleaning may have cut off); else None."""
    doc = span.doc
    start = span.start
    while start > 0 and doc[start - 1].text in _STORM_WORDS:
        start -= 1
    words = doc[start : span.end]
    if len(words) < 2 or words[-2].text not in _STORM_NOUNS:  # not "Super Bowl"
        return None
    if any(t.text not in _STORM_WORDS for t in words[:-1]) or not words[-1].is_title:
        return None
    return start


def _with_particles(span: Span) -> Span:
    """A person's name with the particles the model cut off: 'Ursula von' + 'der Leyen',
    'Ahmed al' + '-Sharaa'; the span itself when no name follows its particles."""
    doc = span.doc
    end = span.end
    while end - 1 > span.start and _is_particle(doc[end - 1]):
        end -= 1
    after = end
    while after < len(doc) and _is_particle(doc[after]):
        after += 1
    if after == end:
        return span
    if after + 1 < len(doc) and doc[after].text == "-" and doc[after + 1].is_title:
        after += 1  # "al" "-" "Sharaa"
    if after < len(doc) and doc[after].is_title and not doc[after].is_punct:
        return doc[span.start : after + 1]
    return span


def _with_name_words(span: Span) -> Span:
    """A group's name with the capitalized words before it that the model left out but
    parsed into it: "the Liberal Democrats", "the Free Democrats" (not "Sir", nor another
    name: "the Sweden Democrats" keeps Sweden a place, "Senate Democrats" the Senate)."""
    doc, start = span.doc, span.start
    while start > 0:
        token = doc[start - 1]
        if (
            token.pos_ != "PROPN"
            or not token.is_title
            or token.ent_type_
            or token.lower_.rstrip(".") in TITLES
            or not span.start <= token.head.i < span.end
        ):
            break
        start -= 1
    if start < span.start and (start == 0 or doc[start - 1].lower_ != "the"):
        return span  # "Jubilant Palestinians", "Rival Ford": a word before a name, no party
    return doc[start : span.end]


def _whole_person(span: Span) -> Span:
    """A person's name with the part the model cut off: the syllable after a hyphen ("Han
    Duck" + "-soo", "Moon Jae" + "-in"), or the name word the parser hangs the span on
    ("Yoon Suk" + "Yeol"), not a word naming an institution ("Obama Foundation")."""
    doc, end = span.doc, span.end
    if (
        len(span) >= 2
        and end + 1 < len(doc)
        and doc[end].text in ("-", "\u2011")
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_alpha
        and doc[end + 1].is_lower
        and len(doc[end + 1]) <= 5
        and doc[end + 1].lower_ not in _HYPHENED_WORDS
    ):
        return doc[span.start : end + 2]
    if (
        end < len(doc)
        and doc[end].is_title
        and doc[end].tag_ == "NNP"
        and doc[end].ent_type_ == ""
        and doc[end].lower_ not in _INSTITUTION_WORDS
        and all(t.head.i == end or span.start <= t.head.i < end for t in span)
        and doc[end - 1].whitespace_ == " "
    ):
        return doc[span.start : end + 1]
    return span


# Words a name is hyphened to that are no part of it: "Benjamin Netanyahu-led", "Trump-era"
_HYPHENED_WORDS = frozenset(
    ["led", "era", "style", "based", "born", "made", "run", "owned", "like", "type", "linked",
     "wing", "free", "level", "wide", "ruled", "aided"]
)  # fmt: skip
# Words after a person's name that make it an institution's: "the Obama Foundation"
_INSTITUTION_WORDS = frozenset(
    ["administration", "foundation", "center", "centre", "institute", "museum", "library",
     "act", "doctrine", "award", "prize", "cup", "trophy", "show", "university", "college",
     "school", "hospital", "stadium", "street", "avenue", "road", "square", "trust", "fund",
     "group", "company", "campaign", "era", "government", "cabinet"]
) | _FACILITY_NOUNS  # fmt: skip


def _with_hyphened_words(span: Span) -> Span:
    """An organisation's name with the capitalised words the model cut at a hyphen:
    "OVD-Info", not "OVD"."""
    doc, end = span.doc, span.end
    while (
        end + 1 < len(doc)
        and doc[end].text in ("-", "\u2011")
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].text[:1].isupper()
        and doc[end + 1].ent_type_ in ("", "ORG")
        and doc[end - 1].is_upper  # "OVD-Info"; not "Boeing-Spirit", two firms
    ):
        end += 2
    return doc[span.start : end]


def _is_particle(token) -> bool:
    return token.is_lower and token.lower_ in NAME_PARTICLES


def _surname(name: str) -> str:
    """The last word of a full name with its particles: 'von der Leyen', 'bin Salman'."""
    words = name.split()
    while len(words) > 2 and fold(words[-1]) in _SUFFIXES:
        words.pop()  # "John J Ray III": Ray
    start = len(words) - 1
    while start > 1 and words[start - 1].lower() in NAME_PARTICLES:
        start -= 1
    return " ".join(words[start:])


def _surnames_alone(doc: Doc, text: str, full_names: Sequence[str]) -> list[Span]:
    """Where the text names a person by the surname alone ('Simion', 'von der Leyen'), for
    the surnames of one person only; never a date ('May'), an adjective ('Young people'),
    or part of another name ('Dan Brown')."""
    owners: dict[str, set[str]] = {}
    for name in full_names:
        surname = _surname(name)
        if any(c.isupper() for c in surname.split(" ")[-1]):
            owners.setdefault(surname, set()).add(name)
    patterns = []
    for surname, names in owners.items():
        if len(names) > 1:
            continue  # two Smiths
        *particles, last = surname.split(" ")
        lead = "".join(re.escape(p) + r"\s+" for p in particles)
        patterns.append((f"(?i:{lead})" if lead else "") + re.escape(last))
    return _standalone(doc, text, patterns)


def _standalone(doc: Doc, text: str, patterns: Sequence[str]) -> list[Span]:
    """Where the text names one of patterns as a name of its own: never a date ('May'), an
    adjective ('Young people') or part of a longer name ('Dan Brown'). text is doc.text
    (which spaCy rebuilds on each access)."""
    if not patterns:
        return []
    spans = []
    alternatives = "|".join(sorted(patterns, key=len, reverse=True))
    for match in re.finditer(r"(?<![\w-])(?:" + alternatives + r")(?![\w-])", text):
        span = doc.char_span(*match.span())
        if span is None:
            continue
        head = span[-1]
        if head.ent_type_ not in ("", *_CANDIDATE_LABELS) or not head.tag_.startswith("NN"):
            continue
        before = doc[span.start - 1] if span.start > 0 else None
        after = doc[span.end] if span.end < len(doc) else None
        if before is not None and _is_proper(before) and before.lower_ not in TITLES:
            continue
        if after is not None and _is_proper(after) and not after.is_sent_start:
            continue
        spans.append(span)
    return spans


def _is_proper(token) -> bool:
    return token.tag_ in ("NNP", "NNPS") and token.is_title


def _settlement_names(doc: Doc) -> list[Span]:
    """Proper nouns without an entity label after "the town of", "the village of"."""
    spans = []
    for token in doc:
        if token.ent_type_ or not token.is_title or token.dep_ != "pobj" or len(token) < 3:
            continue
        head = token.head
        if head.lower_ != "of" or head.head.lower_ not in _SETTLEMENT_NOUNS:
            continue
        start = token.i
        while start > head.i + 1 and doc[start - 1].is_title and not doc[start - 1].ent_type_:
            start -= 1
        spans.append(doc[start : token.i + 1])
    return spans


def _untagged_cities(doc: Doc, gazetteer: Gazetteer) -> list[Span]:
    """Proper nouns without an entity label (or taken for a language: "in Aleppo") where
    places stand ("launched 40 drones at Kyiv", "Assad visited Aleppo") that are by their own
    name a city or a capital: the small model misses some."""
    spans = []
    for token in doc:
        if (
            token.ent_type_ not in ("", "LANGUAGE")
            or token.tag_ != "NNP"
            or not token.is_title
            or len(token) < 3
            or not (
                token.dep_ == "pobj"
                and token.head.lower_ in _LOCATIVE
                or token.dep_ == "dobj"
                and token.head.lower_ in _VISITED
            )
            or any(c.dep_ in ("compound", "det", "poss", "amod") for c in token.children)
            or token.i + 1 < len(doc)
            and doc[token.i + 1].tag_ in ("NNP", "NNPS", "POS")
        ):
            continue
        span = doc[token.i : token.i + 1]
        candidate = gazetteer.resolve(_surface(span))
        if (
            candidate is not None
            and candidate.tier == TIER_NAME
            and candidate.place.geo_precision == "town"
            and (candidate.capital_of or candidate.population >= _CITY_POPULATION)
        ):
            spans.append(span)
    return spans


_HYPHENATED_NAME = re.compile(r"(?<![\w-])[A-Z][\w'’]+(?:-(?:[a-z]{1,4}-)*[A-Z][\w'’]+)+(?![\w-])")


def _hyphenated_towns(doc: Doc, text: str, gazetteer: Gazetteer) -> list[Span]:
    """Towns whose names join words with hyphens ("Rostov-on-Don", "Ivano-Frankivsk",
    "Stratford-upon-Avon"), which the model splits into people or misses: by their own name
    in the gazetteer."""
    spans = []
    for match in _HYPHENATED_NAME.finditer(text):
        span = doc.char_span(*match.span())
        if span is None:
            continue
        candidate = gazetteer.resolve(match.group())
        if (
            candidate is not None
            and candidate.tier == TIER_NAME
            and candidate.place.geo_precision == "town"
            and re.search(r"[-\s]", candidate.place.name)  # not "Al-Hol" as Hool, Mexico
        ):
            spans.append(span)
    return spans


def _title_case_line(text: str, span: Span) -> bool:
    """Whether span stands in a Title Case line (a headline: 'Derek Chauvin Sentenced to 22.5
    Years for Murder of George Floyd'): every word of four letters or more capitalised."""
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.end_char)
    words = [w for w in _WORD.findall(text[start : end if end >= 0 else len(text)]) if len(w) > 3]
    return len(words) >= 3 and all(w[0].isupper() for w in words)


def _headline_name(span: Span, text: str, body: set[str], body_words: set[str]) -> Span:
    """A person's name in a Title Case line, without the capitalised verb the model joined to
    it: the longest part of it that the body text names ('Derek Chauvin' of 'Derek Chauvin
    Sentenced'), else the name without a last word that is a verb ('Sentenced') or is followed
    by a function word ('Liz Truss Resigns as'), unless the body text uses that word in a
    name. body holds the names of people in the body text, body_words their words."""
    if len(span) < 2 or not _title_case_line(text, span):
        return span
    for size in range(len(span) - 1, 1, -1):
        for first in range(len(span) - size + 1):
            part = span[first : first + size]
            if _surface(part) in body:
                return part
    last = span[-1]
    if fold(last.text) in body_words:
        return span
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if last.tag_.startswith("VB") or last.tag_ == "MD":
        return span[:-1]
    if len(span) >= 3 and after is not None and after.tag_ in _FUNCTION_TAGS:
        return span[:-1]
    return span


def _body_of_water(span: Span) -> bool:
    """'the Atlantic', 'the Gulf of Mexico', 'the Pacific Ocean': a sea, not a town (nor the
    magazine: 'told the Atlantic')."""
    doc = span.doc
    return (
        span.start > 0
        and doc[span.start - 1].lower_ == "the"
        and span[0].lower_ in _WATER_NAMES
        and (len(span) == 1 or span[1].lower_ in ("ocean", "sea", "of"))
        and not _is_media(span)
    )


def _water_name(span: Span) -> bool:
    """'Atlantic', 'Gulf': a sea's name, whether or not a town shares it."""
    return span[0].lower_ in _WATER_NAMES and (len(span) == 1 or _body_of_water(span))


def _facility(span: Span) -> bool:
    """'Sanibel Causeway', 'Cayo Costa Island': a structure or an island, never an actor; so
    is a common noun and its letter: 'Runway C', 'Terminal 2', 'Gate B'."""
    if len(span) == 2 and span[0].is_title and _DESIGNATOR.fullmatch(span[1].text):
        return span[0].lower_ in _DESIGNATED
    return len(span) > 1 and span[-1].lower_ in _FACILITY_NOUNS


# "Runway C.", "Terminal 2", "Platform 9": a part of a structure by its letter or number
_DESIGNATOR = re.compile(r"[A-Z]\.?|\d{1,2}[A-Z]?")
_DESIGNATED = frozenset(
    ["runway", "terminal", "gate", "platform", "pier", "hangar", "building", "block", "reactor",
     "unit", "ward", "wing", "hall", "tower", "track", "line", "lane", "exit", "zone", "sector"]
)  # fmt: skip


def _natural_feature(span: Span) -> bool:
    """'Biala river', 'Oder River': a river, lake or mountains, not a town of that name."""
    return len(span) > 1 and _is_feature_noun(span[-1])


def _is_feature_noun(token) -> bool:
    # "the Gaza sea port", "Kherson river port": a town's port, no sea or river named.
    return token.lower_ in _FEATURE_NOUNS and token.dep_ != "compound"


def _shared_name(best: Candidate, candidates: Sequence[Candidate]) -> bool:
    """True when another country has a town of the same name a tenth as big or more
    ("Richmond": Virginia, British Columbia, North Yorkshire), or a bigger city known by it
    ("St Petersburg": Florida's by name, Russia's by its other name): it tells no country."""
    return any(
        c.place.geo_precision == "town"
        and c.place.country != best.place.country
        and (
            c.tier == TIER_NAME
            and c.population * 10 >= best.population
            or c.tier <= TIER_ALTERNATE
            and c.population >= best.population
        )
        for c in candidates
    )


def _is_country(name: str, gazetteer: Gazetteer) -> bool:
    candidate = gazetteer.resolve(name)
    return (
        candidate is not None
        and candidate.tier == TIER_NAME
        and candidate.place.geo_precision == "country"
    )


def _coordinated_places(span: Span, gazetteer: Gazetteer) -> list[Span]:
    """ "Kyiv and Kharkiv", one entity to the model: its parts, when each is a place by name."""
    words = [t for t in span if t.lower_ not in ("and", ",")]
    if len(words) < 2 or len(words) == len(span) or any(not t.is_title for t in words):
        return []
    parts = []
    for token in words:
        candidate = gazetteer.resolve(token.text)
        if candidate is None or candidate.tier != TIER_NAME:
            return []
        parts.append(span.doc[token.i : token.i + 1])
    return parts


# A destination: "a ship bound for Sri Lanka", "a flight en route to Delhi"
# (or "leaving the port of Baltimore for Sri Lanka")
_DESTINATION_BEFORE = re.compile(
    r"(?:\b(?:bound|destined|headed|heading|sailing|en\s+route)\s+(?:for|to)"
    r"|\b(?:leav(?:e|es|ing)|left|depart(?:s|ed|ing)?|sail(?:s|ed|ing)?)\b[^.;!?\n]{0,40}?"
    r"\bfor)\s+(?:the\s+)?"
    # the country after the town: "bound for Colombo, Sri Lanka"
    r"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},\s+)?$",
    re.IGNORECASE,
)


def _not_where(span: Span, label: str) -> bool:
    """True for a place named as no one's whereabouts: the first part of a hyphenated
    modifier ("the Singapore-flagged vessel", "a US-based firm") or a destination ("bound for
    Sri Lanka")."""
    doc = span.doc
    if (
        label in ("GPE", "LOC", "FAC")
        and span.end + 1 < len(doc)
        and doc[span.end].text == "-"
        and not doc[span.end - 1].whitespace_
        and not doc[span.end].whitespace_
        and doc[span.end + 1].is_lower
    ):
        return True
    if _bloc(span) or _structure_placed_after(span):
        return True
    if (
        span.end < len(doc)
        and doc[span.end].lower_ == "time"
        and span.start > 0
        and (doc[span.start - 1].like_num or doc[span.start - 1].lower_ in ("a.m.", "p.m."))
    ):
        return True  # "0800 Moscow time": a clock's zone, no place
    before = doc.text[max(0, span.start_char - 60) : span.start_char]
    return _DESTINATION_BEFORE.search(before) is not None


def _structure_placed_after(span: Span) -> bool:
    """ "the Bonaire shopping centre in Aldaia", "the Zaporizhzhia nuclear plant in Enerhodar":
    a structure's name, where the town it stands in is told after it (not "the Kherson region
    in Ukraine", an area's own name)."""
    root = span.root
    head = root.head
    if root.dep_ != "compound" or head.pos_ != "NOUN" or head.i < span.end:
        return False
    if head.lower_ in _AREA_NOUNS or head.lower_ in ("camp", "camps"):
        return False
    if head.lower_ in _HAPPENING_NOUNS:
        return False  # "the Paris attacks in November 2015": the city's, no structure
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "in"
        and any(
            o.dep_ == "pobj"
            and o.pos_ == "PROPN"
            and o.ent_type_ not in ("DATE", "TIME")
            and not Gazetteer.load().country_name(o.text)  # "the Kharkiv power station in Ukraine"
            for o in prep.children
        )
        for prep in head.children
    )


# Nouns of happenings a place's name qualifies ("the Paris attacks", "the Southport stabbings")
_HAPPENING_NOUNS = frozenset(
    ["attack", "attacks", "stabbing", "stabbings", "bombing", "bombings", "shooting",
     "shootings", "floods", "flood", "fire", "fires", "earthquake", "quake", "riots", "protests",
     "massacre", "killings", "siege", "talks", "summit", "agreement", "accord", "process"]
)  # fmt: skip


# Endings of English abstract nouns, never of a one-word name ("Navigation", "Opposition")
_ABSTRACT_NOUN = re.compile(r"\w{3}(?:tion|sion|ism)$")
_BLOCS = frozenset(["West", "East", "North", "South", "Global South", "Global North"])


def _bloc(span: Span) -> bool:
    """ "the West's last reliable partner": a bloc of states, not West, Texas."""
    return _surface(span) in _BLOCS and span.start > 0 and span.doc[span.start - 1].lower_ == "the"


def _surface(span: Span) -> str:
    return _POSSESSIVE.sub("", " ".join(span.text.split()))


def _names_a_camp(span: Span) -> bool:
    """ "the al-Hol camp", "Rukban camp": a camp named after its place; not "a Wagner camp",
    one of an organisation's camps."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ not in ("camp", "camps"):
        return False
    return not (span.start > 0 and doc[span.start - 1].lower_ in ("a", "an"))


def _owner(span: Span) -> Token | None:
    """The place a name is told as a part of, by a possessive: "Florida's" in "Florida's Big
    Bend" and "Russia's" in "Russia's Kursk region" (`owning_areas` keeps only a country or a
    US state)."""
    noun = _area_noun(span) or span.root
    return next(
        (
            t
            for t in noun.children
            if t.dep_ == "poss" and t.ent_type_ == "GPE" and t.i < span.start
        ),
        None,
    )


def _name_goes_on(span: Span) -> bool:
    """Does the name go on past the span, by a particle and a capitalised word ("Córrego" +
    "do Feijão", "Ciudad" + "del Este")?"""
    doc = span.doc
    return (
        span.end + 1 < len(doc)
        and doc[span.end].is_lower
        and doc[span.end].lower_ in _PLACE_PARTICLES
        and doc[span.end + 1].is_title
    )


# The particles of place names (Portuguese "do", "dos", "da"; Spanish "del", "de la")
_PLACE_PARTICLES = NAME_PARTICLES | {"do", "das", "dos"}


def _landmark_after(span: Span) -> Span | None:
    """The place a name is told to be near ("Shalimar near Kolkata"), if any."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].lower_ != "near":
        return None
    after = doc[span.end + 1]
    if after.ent_type_ not in ("GPE", "LOC") or after.ent_iob_ != "B":
        return None
    landmark = next((e for e in doc.ents if e.start == after.i), None)
    if landmark is None or _possessive_after(landmark) is not None:
        return None  # "near Alberta's boundary": a line, not the place
    return landmark


def _after_the(span: Span) -> bool:
    return span.start > 0 and span.doc[span.start - 1].lower_ == "the"


def _area_word(noun: Token) -> str | None:
    """ "region" for "region" and "regions", "county" for "counties"; None for another noun."""
    word = noun.lower_
    for singular in (word, word.removesuffix("s"), word.removesuffix("ies") + "y"):
        if singular in _AREA_NOUNS:
            return singular
    return None


def _in_a_list(token: Token) -> bool:
    """A word of a list of names: a name, a comma, "and", "or"."""
    return token.text == "," or token.dep_ == "cc" or token.tag_ in ("NNP", "NNPS")


def _named_as_a_person(span: Span) -> bool:
    """A name of two words or more in apposition to a noun that says who a person is: "The
    agency's director, Kimberly Cheatle," or "Kimberly Cheatle, the director of ..."."""
    if len(span) < 2:
        return False
    root = span.root
    if root.dep_ == "appos" and root.head.lower_ in _PERSON_NOUNS:
        return True
    return any(c.dep_ == "appos" and c.lower_ in _PERSON_NOUNS for c in root.children)


# Nouns that say a name is a business's: "mining giant Vale", "the carmaker Stellantis"
_COMPANY_NOUNS = frozenset([
    "giant", "company", "firm", "miner", "carmaker", "automaker", "chipmaker", "planemaker",
    "lender", "insurer", "retailer", "conglomerate", "manufacturer", "operator", "group",
    "producer", "exporter", "startup", "brewer", "shipper", "supplier", "maker", "utility",
])  # fmt: skip


def _named_as_a_company(span: Span) -> bool:
    """A name told with a noun that says it is a business: "Shares in Brazilian mining giant
    Vale", "the company Vale", "Vale, the mining company" (no town of Portugal)."""
    root = span.root
    if any(
        c.dep_ in ("compound", "nmod", "appos") and c.lower_ in _COMPANY_NOUNS and c.i < span.start
        for c in root.children
    ):
        return True
    if root.dep_ == "appos" and root.head.lower_ in _COMPANY_NOUNS:
        return True
    return any(c.dep_ == "appos" and c.lower_ in _COMPANY_NOUNS for c in root.children)


def _area_noun(span: Span) -> Token | None:
    """The noun of the administrative area span names: "region" of "Russia's Kursk region"
    and of each name of "the Kursk, Belgorod and Bryansk regions"."""
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head  # "Belgorod" in "the Kursk, Belgorod and Bryansk regions"
    noun = root.head
    if (
        root.dep_ not in ("compound", "nmod", "amod")
        or _area_word(noun) is None
        or noun.i < span.end
        or not all(_in_a_list(t) for t in span.doc[span.end : noun.i])
    ):
        return None
    if any(
        t.ent_type_ == "GPE" and t.i < span.start and t.dep_ in ("compound", "nmod")
        for t in span.root.children
    ):
        return None  # "the Dallas Fed district"
    return noun


def _listed_after_a_place(span: Span, placed: set[int]) -> bool:
    """A name of a list that a place opens, whatever the parse: "hospitals in Balasore,
    Bhadrak and Cuttack"."""
    doc = span.doc

    def listed(token: Token) -> bool:  # not "in Palo Alto, California, but Kaplan jailed him"
        return token.text == "," or token.lower_ in ("and", "or") or token.tag_ in ("NNP", "NNPS")

    i = span.start - 1
    while i >= 0 and i not in placed and listed(doc[i]):
        i -= 1
    if not (0 <= i < span.start - 1 and i in placed and doc[i + 1].text == ","):
        return False
    opening = i
    while opening > 0 and doc[opening - 1].i in placed:
        opening -= 1
    preposition = doc[opening - 1] if opening > 0 else None
    if preposition is None or preposition.dep_ != "prep" or preposition.head.i > preposition.i:
        # "In Tokyo, Honda and Nissan said": the place phrase is told before what it is of,
        # and the names after it are the sentence's subject
        return False
    end = span.end
    while end < len(doc) and listed(doc[end]):
        end += 1
    # a list of names with its "and" ("In Kyiv, Zelensky said" is no list)
    return any(t.lower_ in ("and", "or") for t in doc[i + 1 : end])


def _place_context(span: Span, placed: set[int]) -> bool:
    """Whether the syntax puts span where places stand."""
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in _LOCATIVE:
        return True
    if (
        root.dep_ == "pobj"
        and head.lower_ == "of"
        and (head.head.lower_ in _PLACE_NOUNS or head.head.lower_ in _PLACE_OF_NOUNS)
    ):
        return True
    if (
        root.dep_ in ("compound", "nmod", "amod")
        and head.lower_ in _PLACE_NOUNS
        and head.lower_ not in ("camp", "camps")
    ):
        return True
    if _names_a_camp(span) or _area_noun(span) is not None:
        return True  # "the Kursk, Belgorod and Bryansk regions"
    if root.dep_ in ("conj", "appos") and head.i in placed:
        return True
    if _listed_after_a_place(span, placed):
        return True
    if span.start > 0 and span.doc[span.start - 1].lower_ == "near":
        return True  # "struck near Cayo Costa", however the parser attached it
    following = span.doc[span.end : span.end + 3]  # "X, Syria"; not "Rengo, Japan's largest"
    return (
        len(following) >= 2
        and following[0].text == ","
        and following[1].ent_type_ == "GPE"
        and not (len(following) == 3 and following[2].tag_ == "POS")
    )


def _is_media(span: Span) -> bool:
    """A news outlet quoted as a source, not a participant."""
    root, head = span.root, span.root.head
    if root.dep_ in ("dobj", "dative") and head.lower_ in SPEAKING:
        return True
    if root.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ in SPEAKING:
        return True
    # "..., Reuters reported." (no object of its own); "Al Jazeera could not verify"
    if root.dep_ == "nsubj" and (
        head.lower_ == "verify"
        or (
            head.lower_ in ("reported", "reports")
            and not any(c.dep_ == "dobj" for c in head.children)
            # "the Japanese Trade Union Confederation reported Friday that": no outlet
            and not (_ORGANISATION_WORD.search(span.text) and not _OUTLET_WORD.search(span.text))
        )
    ):
        return True
    if root.dep_ == "poss" and head.ent_type_ == "PERSON":
        return True  # "Al Jazeera's Zeina Khodr"
    chain = [head, head.head]
    if any(t.lower_ in MEDIA_NOUNS for t in chain if t.i >= span.end or root.dep_ == "appos"):
        return True
    return root.dep_ == "appos" and head.lower_ in MEDIA_NOUNS


def _dateline_town(dateline: str | None, gazetteer: Gazetteer) -> Candidate | None:
    """The town a dateline's place names ("PERRY, Fla.": Perry, Florida; "KYIV, Ukraine"),
    when the gazetteer knows it as a town of its area or as a city; else None."""
    if not dateline:
        return None
    parts = [part.strip() for part in dateline.split(",") if part.strip()]
    town = parts[0].title() if parts[0].isupper() else parts[0]
    within = gazetteer.areas(parts[1]) if len(parts) > 1 else ()
    if len(parts) > 1 and not within:
        return None
    found = gazetteer.resolve(town, within=within) if within else gazetteer.resolve(town)
    if found is None or found.place.geo_precision != "town":
        return None
    if found.tier > (TIER_ALTERNATE if within else TIER_NAME):
        return None  # "MARRAKECH, Morocco": Marrakesh, by another name, in the country told
    if not within and found.population < _CITY_POPULATION:
        return None  # a bare small town's name may be another's
    return found


# "the Libyan city of Derna", "the Ukrainian town of Bakhmut": the country told before the name
_COUNTRY_TOLD = re.compile(
    r"\b(?P<adjective>[A-Z][a-z]+)\s+(?:city|town|village|port|capital|region|province)\s+of\s+$"
)


def _country_told_before(span: Span) -> str | None:
    before = span.doc.text[max(0, span.start_char - 40) : span.start_char]
    match = _COUNTRY_TOLD.search(before)
    return DEMONYMS.get(match["adjective"]) if match else None


def _told_as_a_place(span: Span) -> bool:
    """ "the town of Delta", "struck Republic, Missouri": the name told as a place's."""
    doc = span.doc
    if (
        span.start >= 2
        and doc[span.start - 1].lower_ == "of"
        and doc[span.start - 2].lower_ in (_PLACE_NOUNS)
    ):
        return True
    return (
        span.end + 1 < len(doc)
        and doc[span.end].text == ","
        and doc[span.end + 1].ent_type_ in ("GPE", "LOC")
    )


def _speaks(span: Span) -> bool:
    """The name is who says or reports: the subject of such a verb, or a name in apposition
    or joined by "or" to it ("union group Rengo said"), or another name of an organisation
    ("the Japanese Trade Union Confederation, or Rengo,")."""
    root = span.root
    if root.dep_ in ("appos", "conj") and root.i > root.head.i:
        other = root.dep_ == "appos" or any(
            c.dep_ == "cc" and c.lower_ == "or" for c in root.head.children
        )  # "the Confederation, or Rengo": not "British Airways and Concorde"
        root = root.head
        if other and root.ent_type_ == "ORG":
            return True
    return root.dep_ == "nsubj" and root.head.lower_ in _SAYING


_SAYING = SPEAKING | TELLING


def _model_word(span: Span) -> bool:
    """One word of a product's model after its number: "MAX" of "737 MAX 8" (not "171" of
    "grounded 171 Boeing jets", a count)."""
    if len(span) != 1 or span.label_ not in ("ORG", "PRODUCT", "PERSON") or span.start == 0:
        return False
    number = span.doc[span.start - 1]
    return (
        any(c.isdigit() for c in number.text)
        and bool(number.whitespace_)
        and number.ent_type_ in ("", "PRODUCT")
        and number.i > 0
        # "Boeing 737 MAX", "the 737 MAX", "its 737 Max"
        and (number.nbor(-1).ent_type_ == "ORG" or number.nbor(-1).tag_ in ("DT", "PRP$"))
    )


def _told_by_name(span: Span) -> bool:
    """A name of two or three capitalised words that says or tells: a person's, whatever the
    model took it for ('"...," Dagmawit Moges told a news conference')."""
    return (
        2 <= len(span) <= 3
        and all(t.tag_ == "NNP" and t.is_title for t in span)
        # not "Prime Minister", "Health Ministry", "Supreme Court"
        and not any(t.lower_.rstrip(".") in TITLES or t.text in _GROUP_WORDS for t in span)
        and not _ORGANISATION_WORD.search(span.text)
        and span.root.dep_ == "nsubj"
        and span.root.head.lower_ in _SAYING
    )


def _known_name(span: Span, gazetteer: Gazetteer) -> bool:
    """A name of a place ("Burkina Faso said") or an outlet ("Kyiv Independent reported"):
    no person's, whatever the model saw."""
    return _is_media(span) or any(c.tier <= TIER_NAME for c in gazetteer.candidates(span.text))


def _unnamed_speakers(doc: Doc) -> list[Span]:
    """The names of people the model saw no name in, that say or tell (a PERSON span each)."""
    found = []
    for token in doc:
        if token.dep_ != "nsubj" or token.ent_type_ or token.head.lower_ not in _SAYING:
            continue
        words = [c for c in token.children if c.dep_ == "compound" and c.i < token.i]
        start = words[0].i if words else token.i
        span = doc[start : token.i + 1]
        if any(t.ent_type_ for t in span) or len(span) != len(words) + 1:
            continue  # compound words next to one another only: "Dagmawit Moges"
        if _told_by_name(span):
            found.append(doc.char_span(span.start_char, span.end_char, label="PERSON"))
    return found


# Words of an outlet's name among the organisation words ("Xinhua News Agency", "the Press
# Association", "Public Broadcasting Service"): another organisation word names no outlet
_OUTLET_WORD = re.compile(
    r"\b(?:Agency|Corporation|Company|Service|Association|Press|News|Times|Tribune|Post"
    r"|Journal|Herald|Gazette|Telegraph|Chronicle|Observer|Journalism|Radio|Television"
    r"|Broadcasting|Network|Daily)\b|-(?:Tribune|Times|Union)\b"
)


def _state_role(span: Span, capital: bool = False) -> bool:
    """A country (or its capital) acting: subject, possessor, agent, opponent, its forces;
    not a capital told as ground ("Tokyo's Haneda Airport": _city_as_ground)."""
    if capital and _city_as_ground(span):
        return False
    root, head = span.root, span.root.head
    if root.dep_ in ("nsubj", "nsubjpass", "poss", "agent"):
        return True
    if root.dep_ == "pobj" and head.lower_ in ("by", "against", "with", "between"):
        return True
    if root.dep_ == "conj" and head.ent_type_ and head.dep_ in ("nsubj", "poss"):
        return True  # "Mali and Burkina Faso said": both, whatever the model took Mali for
    return root.dep_ in ("compound", "nmod", "amod", "npadvmod") and (
        head.lower_ in _FORCE_NOUNS or head.head.lower_ in _FORCE_NOUNS
    )


def _city_as_ground(span: Span) -> bool:
    """A capital told as the ground something is on, not its state acting: "Tokyo's Haneda
    Airport", "Paris' Montparnasse station", "trains between London and Paris"."""
    root, head = span.root, span.root.head
    if root.dep_ == "conj" and head.dep_ == "pobj":
        root, head = head, head.head
    if root.dep_ == "pobj":
        return head.lower_ == "between" and head.head.lower_ in _BETWEEN_GROUND
    if root.dep_ != "poss":
        return False
    ground = head.head if head.dep_ == "compound" else head
    return bool(
        head.ent_type_ in ("FAC", "GPE", "LOC")
        or {head.lower_, ground.lower_} & (_FACILITY_NOUNS | _STRUCTURE_NOUNS)
    )


# What runs between cities, not between states: "trains between London and Paris"
_BETWEEN_GROUND = frozenset(
    ["trains", "train", "flights", "flight", "services", "service", "route", "routes", "traffic",
     "travel", "journey", "journeys", "line", "lines", "road", "roads", "highway", "motorway",
     "rail", "railway", "corridor", "ferry", "ferries", "buses", "bus", "trip", "trips", "runs",
     "connection", "connections", "distance", "way", "halfway", "midway", "located", "lies"]
)  # fmt: skip
# What stands in a city: "Paris' Montparnasse station", "Kyiv's streets"
# (with _FACILITY_NOUNS: "airport", "station", "harbour" ...)
_STRUCTURE_NOUNS = frozenset(
    ["stations", "street", "streets", "square", "port", "suburb", "suburbs", "neighbourhood",
     "neighborhood", "district", "stadium", "metro", "outskirts", "centre", "downtown"]
)  # fmt: skip


class _People:
    """The people a document names, to resolve 'Erdogan' and 'Mr Barrack' within it."""

    def __init__(self) -> None:
        self.full: list[str] = []
        self.tokens: set[str] = set()
        self._resolved: dict[str, str] = {}

    def add(self, name: str) -> None:
        if len(name.split()) >= 2 and name not in self.full:
            self.full.append(name)
            self.tokens.update(_name_tokens(name))

    def knows(self, name: str) -> bool:
        tokens = _name_tokens(name)
        return bool(tokens) and all(t in self.tokens for t in tokens)

    def resolve(self, name: str) -> str:
        if name not in self._resolved:
            self._resolved[name] = unify_people([name, *self.full]).get(name, name)
        return self._resolved[name]


_HONORIFIC_NAME = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Mister)\.?\s+((?:[A-Z][a-z'’-]+|al-[A-Z][a-z'’-]+)"
    r"(?:\s+(?:[A-Z][a-z'’-]+|al-[A-Z][a-z'’-]+))?)"
)

# "Interior Minister Matus Sutaj Estok told reporters": a full name after an office, where
# the model may see none
_OFFICE_NAME = re.compile(
    r"\b(?:Minister|President|Chancellor|Governor|Senator|Mayor|Secretary|Ambassador|Premier)"
    r"\s+((?:[A-Z][a-z'’-]+)(?:\s+[A-Z][a-z'’-]+){1,3})\b"
)
_NOT_NAME_WORDS = frozenset(WEEKDAYS) | frozenset(MONTHS) | {"said", "says", "told", "and", "the"}


def _office_names(text: str) -> Iterator[tuple[int, int]]:
    """Where the names of two or more words after an office are (not "Secretary General
    Antonio" but "Antonio Guterres"; not "President Monday")."""
    for match in _OFFICE_NAME.finditer(text):
        words = list(re.finditer(r"\S+", match.group(1)))
        while words and words[0].group().lower() in TITLES:
            words.pop(0)
        while words and words[-1].group().lower() in _NOT_NAME_WORDS:
            words.pop()
        if len(words) < 2 or any(
            w.group().lower() in _NOT_NAME_WORDS or w.group().lower() in TITLES for w in words
        ):
            continue
        yield match.start(1) + words[0].start(), match.start(1) + words[-1].end()


# A storm named in prose, where the model saw no entity ("Tropical Storm Ophelia hit").
_STORM_NAME = re.compile(
    r"\b(?:(?:Tropical|Super)\s+)?(?:Storm|Hurricane|Typhoon|Cyclone)\s+[A-Z][^\W\d_]+\b"
)


@lru_cache(maxsize=4)
def _definitions(text: str) -> tuple[tuple[str, tuple[str, ...], str], ...]:
    """The acronyms a text defines ("Silicon Valley Bank (SVB)"): each expansion, its
    acronyms and the canonical name they stand for. Kept for the last few texts: an
    analysis reads them for its entities, then for the corpus (`acronym_definitions`)."""
    return tuple(_read_definitions(text))


def _read_definitions(text: str) -> Iterator[tuple[str, tuple[str, ...], str]]:
    for match in _ACRONYM_DEFINED.finditer(text):
        if match.group(2) in _AGENCIES:
            continue  # "KYIV, Ukraine (AP)": a dateline's agency, not an acronym of Ukraine
        expansion = match.group(1)
        comma = expansion.rfind(",")
        if comma >= 0 and not (
            0 <= _long_form_start(match.group(2), expansion) < comma
            and _ORGANISATION_WORD.search(expansion)
        ):
            # "United Nations Educational, Scientific and Cultural Organization (Unesco)"
            # is one name; in "In Kyiv, Ukraine's Security Service (SBU)" the name starts
            # after the comma
            expansion = expansion[comma + 1 :].lstrip()
        expansion = _LEADING_CONNECTORS.sub("", expansion)  # "of the Alliance for ..."
        owner = _LEADING_OWNER.match(expansion)
        if owner and Gazetteer.load().country_name(owner["owner"]):
            # "Canada's Transportation Safety Board"; not "Lord's Resistance Army"
            expansion = expansion[owner.end() :]
        acronyms = tuple(a for a in match.groups()[1:] if a)
        if (start := _long_form_start(acronyms[0], expansion)) > 0 and expansion[start - 1] == " ":
            expansion = expansion[start:]  # "Shares of Silicon Valley Bank (SVB)"
        known = [_ALIAS_INDEX.get(_alias_key(a)) for a in (expansion, *acronyms)]
        yield expansion, acronyms, next((k for k in known if k), canonical_actor(expansion))


def defined_acronyms(text: str) -> dict[str, str]:
    """The acronyms a text spells out, each with the name it stands for, where the acronym
    is the name's initials or a known alias of it: {'SVB': 'Silicon Valley Bank'}. Another
    article of the corpus may use the acronym bare; this is the evidence to unify them
    (initials alone are not: RSF is the Rapid Support Forces and Reporters Without Borders)."""
    return {a: name for a, name in acronym_definitions(text).items() if name}


def acronym_definitions(text: str) -> dict[str, str]:
    """Every acronym the text spells out: the name (as `defined_acronyms`), or '' where the
    letters are not the name's ("Reporters Without Borders (RSF)"): a meaning the corpus
    cannot use, but another meaning all the same."""
    found: dict[str, str] = {}
    for expansion, acronyms, canonical in _definitions(text):
        for acronym in acronyms:
            sure = _abbreviates(acronym, expansion) or _ALIAS_INDEX.get(_alias_key(acronym))
            if found.get(acronym) in (None, ""):
                found[acronym] = canonical if sure else ""
    return found


def _abbreviates(short: str, long: str) -> bool:
    """Is short an abbreviation of long: its letters in order in long, the first starting
    long's first word, and long no longer than such a name runs ('Ecowas': Economic
    Community of West African States; 'USCG': US Coast Guard; not 'RNC': Joe Biden)."""
    return _long_form_start(short, long) == 0


def _long_form_start(short: str, long: str) -> int:
    """Where in long the name short abbreviates starts, or -1: its letters in order, the
    first starting a word ('SVB' in 'Shares of Silicon Valley Bank': 10). After Schwartz
    and Hearst, "A simple algorithm for identifying abbreviation definitions in biomedical
    text" (2003)."""
    letters, text = short.lower(), long.lower()
    if not letters:
        return -1
    position = len(text)
    for index in range(len(letters) - 1, -1, -1):
        letter = letters[index]
        position = text.rfind(letter, 0, position)
        while index == 0 and position > 0 and text[position - 1].isalnum():
            position = text.rfind(letter, 0, position)  # the first letter starts a word
        if position < 0:
            return -1
    words = len(text[position:].split())
    return position if words <= min(len(letters) + 5, 2 * len(letters)) else -1


def _possessive_after(span: Span) -> Token | None:
    """The "'s" written onto the end of span ("St John's"), if any."""
    doc = span.doc
    if (
        span.end < len(doc)
        and doc[span.end].lower_ in ("'s", "’s")
        and not doc[span.end - 1].whitespace_
    ):
        return doc[span.end]
    return None


def _two_countries(candidates: Sequence[Candidate]) -> bool:
    """A name two countries go by ("Congo"), or a country and a US state ("Georgia"): it tells
    neither; the document's other places pick one."""
    sure = [c for c in candidates if c.tier <= TIER_ALTERNATE]
    countries = sum(c.place.geo_precision == "country" for c in sure)
    state = any(
        c.place.geo_precision == "region" and c.place.country == "United States" for c in sure
    )
    return countries > 1 or countries == 1 and state


def _listed_region(area: Candidate) -> bool:
    """A region of `REGIONS` (not a country, nor a US state, which a town's name is followed
    by to say where it is: "Paris, Texas")."""
    return area.place.geo_precision == "region" and area.place.country != "United States"


def find_entities(
    doc: Doc, gazetteer: Gazetteer | None = None, dateline: str | None = None
) -> list[EntityMention]:
    """The actors and places of a document, in text order, each with its canonical name.
    `dateline` is the place of the article's dateline ("PERRY, Fla."), which the cleaned text
    no longer holds: the town a bare name of it is ("near Perry": Perry, Florida) and a
    country the article is about."""
    gazetteer = gazetteer or Gazetteer.load()
    from_dateline = _dateline_town(dateline, gazetteer)
    text = doc.text
    found: list[EntityMention] = []
    taken: list[tuple[int, int]] = []

    # 1. Organisations of the alias table, wherever the text names them (spaCy splits
    #    "Islamic State" into NORP + ORG and calls Daesh a GPE).
    aliases = dict(_ALIAS_INDEX)
    learned: list[str] = []
    whole: list[str] = []  # names the model cannot see whole across their comma
    for expansion, acronyms, canonical in _definitions(text):
        learned += acronyms
        whole += [expansion] if "," in expansion else []
        for name in (expansion, *acronyms):
            aliases[_alias_key(name)] = canonical
    patterns = [_alias_pattern(whole)] if whole else []
    patterns += [_ALIAS_PATTERN] + ([_alias_pattern(learned)] if learned else [])
    for pattern in patterns:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken):
                continue
            if _alias_key(match.group()) in _GENERIC_KEYS and _qualified(doc, start):
                continue  # "Ukraine's national security council" is no UN body
            canonical = aliases.get(_alias_key(match.group()), canonical_actor(match.group()))
            found.append(
                EntityMention(start, end, match.group(), "actor", canonical, None, "organisation")
            )
            taken.append((start, end))

    # 1b. "Japan's central bank", "the U.S. central bank": the country's central bank by name.
    for match in _CENTRAL_BANK.finditer(text):
        start, end = match.span()
        owner = match["owner"] or match["adjective"]
        country = gazetteer.country_name(owner) or DEMONYMS.get(owner)
        if country is None and match["owner"] and " " in owner:
            # "On Tuesday Japan's central bank": the owner is the last word
            start = match.start("owner") + owner.rindex(" ") + 1
            owner = owner.rsplit(" ", 1)[1]
            country = gazetteer.country_name(owner) or DEMONYMS.get(owner)
        bank = CENTRAL_BANKS.get(country or "")
        if bank is None or any(s < end and start < e for s, e in taken):
            continue
        found.append(
            EntityMention(start, end, text[start:end], "actor", bank, None, "organisation")
        )
        taken.append((start, end))

    # 2. Candidate names from spaCy, cleaned, minus those the alias table already took. A
    #    person named in a Title Case headline is named as the body text names them.
    body_people: set[str] = set()
    body_words: set[str] = set()
    for ent in doc.ents:
        span = _clean_span(_with_particles(ent)) if ent.label_ == "PERSON" else None
        if span is not None and not _title_case_line(text, span):
            body_words.update(_name_tokens(_surface(span)))
            if len(span) >= 2:
                body_people.add(_surface(span))
    candidates: list[tuple[Span, str]] = []
    lowercase_words = {t.text for t in doc if t.is_lower}
    speakers = [s for s in _unnamed_speakers(doc) if not _known_name(s, gazetteer)]
    for ent in sorted([*doc.ents, *speakers], key=lambda e: e.start):
        if ent.label_ not in _CANDIDATE_LABELS:
            continue
        label = ent.label_
        if label == "WORK_OF_ART" and _told_by_name(ent) and not _known_name(ent, gazetteer):
            label = "PERSON"  # '"...," Dagmawit Moges told a news conference': no work says
        if _model_word(ent):
            continue  # "the Boeing 737 MAX 8": a plane's model, no one
        if label in ("NORP", "ORG") and not _title_case_line(text, ent):
            ent = _with_name_words(ent)
        if label == "ORG":
            ent = _with_hyphened_words(ent)
        span = _clean_span(_whole_person(_with_particles(ent)) if label == "PERSON" else ent)
        if span is not None and label == "PERSON":
            span = _headline_name(span, text, body_people, body_words)
        if span is None or any(c.isdigit() for c in span.text) or span.text in _TIME_ZONES:
            continue  # "(0515 GMT)": a time zone is nobody
        if label == "PERSON" and _common_word(span, lowercase_words):
            continue  # "Flash floods hit", "Floodwater reached homes": no one's name
        if label == "ORG" and _capitalised_noun(span):
            continue  # "Transcripts released by the ministry showed": no organisation's name
        if any(s < span.end_char and span.start_char < e for s, e in taken):
            continue
        if candidates and span.start_char < candidates[-1][0].end_char:
            continue  # "Leyen", already in "Ursula von der Leyen" (the entities are in order)
        parts = _coordinated_places(span, gazetteer)
        if parts:
            candidates.extend((part, "GPE") for part in parts)
            continue
        if label == "PERSON" and _is_country(_surface(span), gazetteer):
            label = "GPE"  # "Romania five": a country is nobody
        elif label == "PERSON" and _surface(span) in DEMONYMS:
            label = "NORP"  # "Slovak Prime Minister Robert Fico": a country's adjective
        if span.end < len(doc) and _is_feature_noun(doc[span.end]):
            # "the Biala river": the river, named whole; a body of water is a LOC, never an actor
            span, label = doc[span.start : span.end + 1], "LOC"
        elif span.end < len(doc) and doc[span.end].lower_ in _FACILITY_NOUNS:
            span = doc[span.start : span.end + 1]  # "the Sanibel causeway"
        elif (
            label == "ORG"
            and span.end + 1 < len(doc)
            and doc[span.end].dep_ == "compound"
            and doc[span.end].is_lower
            and doc[span.end + 1].lower_ in _FACILITY_NOUNS
        ):
            span = doc[span.start : span.end + 2]  # "Paris' Montparnasse train station"
        storm = _storm_start(span) if label != "PRODUCT" else None  # "Storm Shadow" missiles
        if storm is not None:
            span, label = doc[storm : span.end], "STORM"
        elif _facility(span):
            label = "FAC"  # "Sanibel Causeway": a place, never an actor
        elif _body_of_water(span):
            label = "LOC"  # "over the Atlantic": the ocean
        candidates.append((span, label))

    # 2a. "the town of X": a proper noun the model left unlabelled is a settlement's name.
    for span in _settlement_names(doc):
        if not any(s < span.end_char and span.start_char < e for s, e in taken) and not any(
            c.start_char < span.end_char and span.start_char < c.end_char for c, _ in candidates
        ):
            candidates.append((span, "GPE"))

    # 2a'. "Rostov-on-Don": a hyphenated town name, whatever the model made of its parts.
    for span in _hyphenated_towns(doc, text, gazetteer):
        if any(s < span.end_char and span.start_char < e for s, e in taken):
            continue
        if any(
            c.start_char <= span.start_char and span.end_char <= c.end_char for c, _ in candidates
        ):
            continue  # "Saint-Gobain", "Paris Saint-Germain": a name the model found whole
        if (
            span.start > 0
            and doc[span.start - 1].is_title
            and not doc[span.start - 1].is_sent_start
        ):
            continue  # "Yves Saint-Laurent": part of a longer name
        candidates = [
            (c, label)
            for c, label in candidates
            if not (c.start_char < span.end_char and span.start_char < c.end_char)
        ]
        candidates.append((span, "GPE"))
    candidates.sort(key=lambda item: item[0].start_char)

    # 2a''. "drones launched at Kyiv": a city the model saw no name in.
    for span in _untagged_cities(doc, gazetteer):
        if not any(s < span.end_char and span.start_char < e for s, e in taken) and not any(
            c.start_char < span.end_char and span.start_char < c.end_char for c, _ in candidates
        ):
            candidates.append((span, "GPE"))

    # 2b. "Mr Barrack", "Dr. Kayyali": an honorific makes the name after it a person, even
    #     where the model saw no entity.
    named = [m.span(1) for m in _HONORIFIC_NAME.finditer(text)] + list(_office_names(text))
    for start, end in named:
        if any(s < end and start < e for s, e in taken) or any(
            span.start_char < end and start < span.end_char for span, _ in candidates
        ):
            continue
        span = doc.char_span(start, end, alignment_mode="contract")
        if span is not None and len(span):
            candidates.append((span, "PERSON"))

    # 2c. "Tropical Storm Ophelia": a storm's name, whatever the model made of it; not in a
    #     Title Case line, where any word is capitalised ("Storm Warning Issued").
    for match in _STORM_NAME.finditer(text):
        start, end = match.span()
        span = doc.char_span(start, end, alignment_mode="contract")
        if span is None or _storm_start(span) != span.start or _title_case_line(text, span):
            continue
        if span.end < len(doc) and (doc[span.end].tag_ in ("NN", "NNS") or doc[span.end].is_title):
            continue  # "Storm Shadow cruise missiles", "Hurricane Center": no storm
        if (
            span.start > 0
            and doc[span.start - 1].is_title
            and not doc[span.start - 1].is_sent_start
        ):
            continue  # "National Hurricane Center"
        if any(
            c.start_char < start or c.end_char > end
            for c, _ in candidates
            if c.start_char < end and start < c.end_char
        ):
            continue  # a longer name the model found ("Storm Prediction Center")

        if any(s < end and start < e for s, e in taken):
            continue
        candidates = [
            (c, label) for c, label in candidates if not (c.start_char < end and start < c.end_char)
        ]
        candidates.append((span, "STORM"))
    candidates.sort(key=lambda item: item[0].start_char)

    def titled(span: Span) -> bool:
        before = span.doc[span.start - 1] if span.start > 0 else None
        return before is not None and before.lower_.rstrip(".") in TITLES

    def area_after(span: Span) -> tuple[Candidate, ...]:
        """The country, US state or region named right after span ('Paris, Texas', "St.
        John's, Newfoundland"), as where it is; not a country acting ('In Beirut, Israel
        said')."""
        end = span.end + (_possessive_after(span) is not None)  # "St. John's, Newfoundland"
        if end + 2 < len(doc) and doc[end].lower_ in _PART_OF_TOWN and doc[end + 1].lower_ == "of":
            # "the Cedar Hills area of Portland, Oregon": where the town is, the part is
            end += 2
            while end < len(doc) and doc[end].is_title and not doc[end].is_punct:
                end += 1
        if end + 1 >= len(doc) or doc[end].text != ",":
            return ()
        words = []
        for token in doc[end + 1 : end + 4]:
            if token.is_punct or not (token.is_title or token.is_upper):
                break
            words.append(token)
        for size in range(len(words), 0, -1):
            area = doc[words[0].i : words[0].i + size]
            found_areas = gazetteer.areas(area.text)
            if found_areas:
                return () if _state_role(area) else found_areas
        return ()

    def owning_areas(span: Span) -> tuple[Candidate, ...]:
        """The country or US state a name is told as a part of ("Florida's Big Bend")."""
        owner = _owner(span)
        areas = gazetteer.areas(owner.text) if owner is not None else ()
        if len({a.place.country for a in areas}) > 1:
            # "Georgia's Fulton County" in an Atlanta story: the state, as the story tells
            areas = tuple(a for a in areas if a.place.country in near[:1])
        return areas if len({a.place.country for a in areas}) == 1 else ()

    def states_beside(span: Span) -> tuple[Candidate, ...]:
        """The US states the sentence of span names as places ("in western Pennsylvania")."""
        return tuple(
            area
            for entity in span.sent.ents
            if entity.label_ == "GPE" and entity.start != span.start and not titled(entity)
            for area in gazetteer.areas(_surface(entity))
            if area.place.geo_precision == "region" and area.place.country == "United States"
        )

    area_at: dict[int, Candidate] = {}  # "Atlanta, Georgia": the state, from its town
    named_with_possessive: set[int] = set()  # "St John's": the places found with their "'s"

    def as_written(span: Span, surface: str, end: int) -> tuple[str, int]:
        """A place's name as the text writes it, and where it ends: "St John's", its "'s" and
        all, where the gazetteer found it so (`locate`)."""
        if span.start in named_with_possessive:
            possessive = doc[span.end]
            return surface + possessive.text, possessive.idx + len(possessive)
        return surface, end

    def locate(span: Span, near: Sequence[str] = ()) -> Candidate | None:
        """`place_of` span, unless it lies far from the place the text puts it near:
        "Shalimar near Kolkata" is no town in Florida."""
        found = place_of(span, near)
        if found is not None and found.tier > TIER_ALTERNATE and _name_goes_on(span):
            return None  # "Córrego" of "Córrego do Feijão": no loose match of half a name
        landmark = _landmark_after(span)
        if found is None or landmark is None or found.place.geo_precision != "town":
            return found
        beside = gazetteer.resolve(_surface(landmark), near)
        if (
            beside is None
            or beside.place.geo_precision != "town"  # "near Egypt's border": a country
            or beside.place.country is None
            or found.place.country == beside.place.country
        ):
            return found
        # a town of another country than the town it is near: the namesake there, or none
        inside = gazetteer.resolve(_surface(span), near, gazetteer.areas(beside.place.country))
        return inside if inside is not None and inside.tier <= TIER_ALTERNATE else None

    def place_of(span: Span, near: Sequence[str] = ()) -> Candidate | None:
        """The gazetteer's best place for span: 'Georgetown, South Carolina' is the town in
        that state (no place at all if the gazetteer has none there), not the one in Guyana;
        and 'Georgia' after 'Atlanta, ' is the state."""
        surface = _surface(span)
        if span.start in area_at:
            return area_at[span.start]
        if (
            from_dateline is not None
            and fold(surface) == fold(from_dateline.place.name)
            and not area_after(span)
        ):
            return from_dateline  # "PERRY, Fla. (AP) — ... came ashore near Perry"
        if told := _country_told_before(span):
            near = [told]  # "the Libyan city of Derna": Darnah, Libya, not Derna, Romania
        if (
            _CODE.fullmatch(surface)
            and surface not in _CODES_WRITTEN
            and (gazetteer.country_name(surface))
        ):
            return None  # "the AI company", "IT workers", "on TV": no Anguilla, Italy, Tuvalu
        within = area_after(span)
        owning = owning_areas(span) if not within else ()
        if owning:  # "Florida's Big Bend": a place in Florida or none, not Big Bend, Wisconsin
            inside = gazetteer.resolve(surface, near, owning)
            if inside is not None:
                return inside
            # "France's New Caledonia", "China's Hong Kong": a territory of its own
            found = gazetteer.resolve(surface, near)
            return found if found is not None and found.place.geo_precision != "town" else None
        if not within:
            found = gazetteer.resolve(surface, near)
            if found is None or (
                found.place.geo_precision == "town"
                and found.population < _CITY_POPULATION
                and found.place.country not in near[:1]
            ):
                # "gathered in western Pennsylvania ... at the rally in Butler": the town of
                # that name in the state the sentence names, not a suburb of Perth
                inside = gazetteer.resolve(surface, near, states_beside(span))
                if inside is not None and inside.tier <= TIER_NAME:
                    return inside
            possessive = _possessive_after(span)
            if possessive is not None and not (
                # "Cuba's economy": a possessive before what it owns, not part of the name
                possessive.i + 1 < len(doc)
                and doc[possessive.i + 1].pos_ in ("NOUN", "PROPN", "ADJ", "NUM")
            ):
                # "St John's": a name with its possessive, where that is a bigger place's own
                # name than the name without it (St. John, Indiana)
                owned = gazetteer.resolve(surface + "'s", near)
                if (
                    owned is not None
                    and owned.tier == TIER_NAME
                    and owned.population >= (found.population if found else 0)
                ):
                    named_with_possessive.add(span.start)
                    return owned
            if (
                found is not None
                and not _STATE_BEFORE.search(
                    doc.text, max(0, span.start_char - 16), span.start_char
                )
                and not _STATE_AFTER.match(doc.text, span.end_char)
            ):
                # "a jury in New York": the city, unless the state is said ("New York state")
                return gazetteer.namesake_city(surface, found) or found
            return found
        inside = gazetteer.resolve(surface, near, within)
        if _possessive_after(span) is not None:
            # "St. John's, Newfoundland": the name with its possessive, as the area is after it
            owned = gazetteer.resolve(surface + "'s", near, within)
            if owned is not None and owned.tier <= TIER_ALTERNATE:
                named_with_possessive.add(span.start)
                inside = owned
        if inside is not None and inside.tier >= TIER_SKELETON_NAME:
            # "Hong Kong, China": a name spelt out is that place, not a loose match inside the
            # area a writer puts it in (Huanggang); loose matches stay for "Ain Eissa, Syria"
            exact = gazetteer.resolve(surface, near)
            if exact is not None and exact.tier < TIER_SKELETON_NAME:
                # a city of that name elsewhere is the writer's ("Hong Kong"); a small town
                # there is no better than the loose match ("Rengo, Japan's largest union")
                return exact if exact.population >= _CITY_POPULATION else None
        if inside is not None:
            area = next(a for a in within if gazetteer.contains(a, inside))
            area_at[span.end + 1 + (span.start in named_with_possessive)] = area
            return inside
        best = gazetteer.resolve(surface, near)  # "Turkey, Syria and Iraq": countries listed
        if all(_listed_region(a) for a in within):
            return best  # "London, Wales and Scotland": regions listed after a city
        return best if best is not None and best.place.geo_precision != "town" else None

    # 3. The countries the document is about, most mentioned first, to resolve ambiguity:
    #    countries named as places (not as actors) and towns matched by their own name.
    countries: Counter[str] = Counter()
    named_by: defaultdict[str, set[str]] = defaultdict(set)  # the names that told each country
    told_names = {fold(_surface(s)): c for s, _ in candidates if (c := _country_told_before(s))}
    if from_dateline is not None and from_dateline.place.country:
        countries[from_dateline.place.country] += 1  # where the article was filed from
    for span, label in candidates:
        if told := told_names.get(fold(_surface(span))):
            # "the Libyan city of Derna ... in Derna": Libya, whatever Derna is taken for
            countries[told] += 1
            named_by[told].add(fold(_surface(span)))
            continue
        if label in ("GPE", "LOC") and not titled(span) and not _bloc(span):
            if _natural_feature(span) or _water_name(span) and not area_after(span):
                continue  # "the Atlantic" is no town in Iowa
            candidate = locate(span)
            if candidate is None or not candidate.place.country:
                continue
            if (
                candidate.place.geo_precision == "country"
                and not _state_role(span)
                and not _two_countries(gazetteer.candidates(_surface(span)))
                or candidate.place.geo_precision == "region"
                and candidate.tier == 0
                and candidate.place.country != "United States"  # US states: own rules
                or candidate.place.geo_precision == "town"
                and candidate.tier == 0
                # "near Perry, Florida": a shared name, told whose it is
                and (
                    area_after(span)
                    or not _shared_name(candidate, gazetteer.candidates(_surface(span)))
                )
            ):
                countries[candidate.place.country] += 1
                named_by[candidate.place.country].add(fold(_surface(span)))
    near = [c for c, _ in countries.most_common()]
    if not near:
        # "The Spanish government approved aid for the floods in Valencia": where no country
        # is named, the country whose adjective the text uses (Valencia, Spain; not Venezuela)
        told = Counter(
            DEMONYMS[_surface(span)]
            for span, label in candidates
            if label == "NORP" and _surface(span) in DEMONYMS
        )
        near = [c for c, _ in told.most_common()]

    # People named in full, unless the name is a place of those countries ("Ras al-Ain").
    people = _People()
    for span, label in candidates:
        if label == "PERSON" and not _place_context(span, set()):
            name = _surface(span).translate(_CURLY)
            if len(name.split()) >= 2 and gazetteer.resolve(name, near) is None:
                people.add(name)

    # A surname alone is the person named in full, even where the model saw no name
    # ("Simion conceded" after "George Simion"); a name it took for a place inside that
    # surname ("Leyen" of "von der Leyen") gives way.
    for span in _surnames_alone(doc, text, people.full):
        if any(s < span.end_char and span.start_char < e for s, e in taken):
            continue
        overlapping = [
            (c, lab)
            for c, lab in candidates
            if c.start_char < span.end_char and span.start_char < c.end_char
        ]
        bounds = (span.start_char, span.end_char)
        if overlapping and not all(
            bounds[0] <= c.start_char
            and c.end_char <= bounds[1]
            and (c.start_char, c.end_char) != bounds
            for c, _ in overlapping
        ):
            continue  # already a name, or part of a longer one
        if _place_context(span, set()):
            continue
        candidates = [item for item in candidates if item not in overlapping]
        candidates.append((span, "PERSON"))
    candidates.sort(key=lambda item: item[0].start_char)

    def is_person(span: Span, label: str) -> bool:
        if _area_noun(span) is not None:
            return False  # "the Vladimir region", with Vladimir Putin named: an area
        return titled(span) or people.knows(_surface(span)) or _named_as_a_person(span)

    def town_as_name(span: Span, label: str) -> bool:
        """'Shelling hit Kherson', 'a missile strike on Kyiv': one word the model took for a
        person or a work, that is by its own name a town of the country the document is about
        (or a city, after an attack noun), as the object of a verb or noun that takes places
        ("arrested Jackson", "thanked Warren", "an attack on Trump" stay people)."""
        if label not in ("PERSON", "ORG", "WORK_OF_ART") or len(span) != 1:
            return False
        root = span.root
        by_verb = root.dep_ == "dobj" and root.head.lower_ in _PLACE_VERBS
        by_noun = (
            root.dep_ == "pobj"
            and root.head.lower_ in ("on", "against")
            and root.head.head.lower_ in _ATTACK_NOUNS
        )
        if not (by_verb and near) and not by_noun:
            return False
        candidate = gazetteer.resolve(_surface(span), near)
        if candidate is None or candidate.tier != TIER_NAME:
            return False
        if candidate.place.geo_precision != "town":
            return False
        if near and candidate.place.country == near[0]:
            least = _TOWN_AS_NAME_POPULATION if by_verb else _CITY_POPULATION
            return candidate.population >= least
        return by_noun and candidate.population >= _METROPOLIS_POPULATION

    alone = {_surface(c) for c, label in candidates if label in ("GPE", "LOC") and len(c) == 1}

    def _facility_town(span: Span, candidate: Candidate | None) -> Place | None:
        """The town a structure is named after, when the gazetteer has no place of the
        structure's own name ("Rhode Island", "Christmas Island", "Virginia Beach" are places):
        a town of the document's country, written before a common noun ("Kabul airport",
        "Gaza beach"), named on its own elsewhere ("Sanibel Causeway" after "Sanibel") or a
        city ("Manchester Airport").
        Not Omaha, Nebraska for Omaha Beach, nor Hoover, Alabama for the Hoover Dam."""
        if not _facility(span) or candidate is not None and candidate.tier <= TIER_ALTERNATE:
            return None
        named = len(span) - 1
        while named > 1 and span[named - 1].is_lower:
            named -= 1  # "Sudzha metering station": Sudzha's
        name = _surface(span[:named])
        town = gazetteer.resolve(name, near)
        if town is None or town.tier != TIER_NAME or town.place.geo_precision != "town":
            return None
        if near and town.place.country != near[0] and not town.capital_of:
            return None
        if span[-1].is_lower or name in alone or town.population >= _CITY_POPULATION:
            return town.place  # "Manchester Airport": a city's
        return None

    def named_area(span: Span, surface: str, town: Place | None) -> Place:
        """ "Russia's Kursk region", "the Valencia region", "Florida's Big Bend": an area,
        without the point of its namesake town (nor of a Big Bend in Wisconsin). Its country
        is the owner's or the town's, where the document is about that country."""
        if owning := owning_areas(span):
            country = owning[0].place.country
        elif town is not None:
            country = town.country if town.country in near else None
        else:  # where the story is filed from, and mostly about
            filed = from_dateline.place.country if from_dateline is not None else None
            country = filed if near[:1] == [filed] else None
        noun = _area_noun(span)
        name = f"{surface} {_area_word(noun)}" if noun is not None else surface
        return Place(name, country=country, geo_precision="region", aliases=(surface,))

    def accept(span: Span, label: str, context: bool) -> Place | None:
        surface = _surface(span)
        if _natural_feature(span) or _body_of_water(span):
            return Place(surface, aliases=(surface,))  # the Biala river, not the town of Biala
        candidate = locate(span, near)
        surface, _ = as_written(span, surface, span.end_char)
        town = _facility_town(span, candidate)
        if town is not None:
            # "Kabul airport", "Sanibel Causeway": named as written, where its town is
            return Place(surface, town.lat, town.lon, town.country, town.geo_precision, (surface,))
        place = candidate.place if candidate is not None else None
        if place is None and owning_areas(span) and not _ORGANISATION_WORD.search(surface):
            # "Florida's Big Bend": a part of Florida the gazetteer does not know; not
            # "Canada's Transportation Safety Board"
            return named_area(span, surface, None)
        if place is not None and place.geo_precision == "town" and _area_noun(span):
            return named_area(span, surface, place)
        if place is not None and _COMPASS.fullmatch(surface) and _after_the(span):
            place = None  # "across the Southeast": a part of a country, no South West City
        if place is not None and _water_name(span) and not area_after(span):
            before = span.doc[span.start - 1].lower_ if span.start else ""
            if before == "the" or not (near and place.country == near[0]):
                place = None  # "Atlantic": the town only without "the", in the document's country
        if place is not None and _facility(span) and candidate.tier > TIER_ALTERNATE:
            place = None  # "Sanibel Causeway": no loose match of a structure's name
        if (
            place is not None
            and candidate.tier > TIER_ALTERNATE
            and _after_the(span)
            and not (span.end < len(span.doc) and span.doc[span.end].pos_ == "NOUN")
        ):
            # "the Games", "the Marne": a name the article's "the" makes no town's loose
            # spelling (but "the Ain Issa camp")
            place = None
        if place is not None and label == "LOC":
            if (
                place.geo_precision == "town"
                and place.country not in near[:1]
                and not candidate.capital_of
                and not any(gazetteer.contains(a, candidate) for a in states_beside(span))
            ):
                # "the West" is no town in Texas; "in Bucharest" is the capital, and "in Butler"
                # is the town in the state its sentence names
                place = None
        elif (
            place is not None
            and label not in ("GPE", "FAC")
            and candidate.tier != 0
            and not (
                near
                and place.country == near[0]
                and (candidate.tier <= TIER_ALTERNATE or (context and label != "ORG"))
            )
            and _country_told_before(span) != place.country  # "the Libyan city of Derna"
        ):
            # a name spaCy took for a person or organisation: only sure matches ("Labour" is
            # no loose spelling of Lapeer, Michigan), a loose one only where a place stands
            place = None
        elif (
            place is not None
            and candidate is not None
            and place.geo_precision == "town"
            and candidate.population < _CITY_POPULATION
            and not area_after(span)
        ):
            # A small town of a country the article is not about is a doubtful reading:
            if (
                not context
                and (
                    # "Rengo, Japan's largest union" (where no place stands): no small town in
                    # Chile, a country nothing else in the article names
                    near
                    and not named_by[place.country] - {fold(surface)}
                    # "striking a Wagner camp": a name the model reads as an organisation is no
                    # small town abroad (Wagner, Brazil)
                    or label == "ORG"
                    and place.country not in near[:1]
                )
            ):
                place = None
            elif (
                near
                and place.country not in near
                and candidate.population < _TOWN_AS_NAME_POPULATION
                and _shared_name(candidate, gazetteer.candidates(surface))
            ):
                # "storms hit Normandy" in a story about France: a place, but not one of the
                # small towns of that name in the US and England, countries it never names
                return Place(surface.translate(_CURLY), aliases=(surface,))

        if place is not None:
            return Place(
                place.name, place.lat, place.lon, place.country, place.geo_precision, (surface,)
            )
        if surface in DEMONYMS or surface in _LANGUAGES:
            return None  # "He spoke in Arabic", "in French": a language, no place
        if surface in brands:
            return None  # "access to Windows" beside "Windows computers": a product
        near_name = span.start > 0 and span.doc[span.start - 1].lower_ == "near"
        if _facility(span) or (
            context
            and (
                label in ("GPE", "LOC")
                or near_name
                or _names_a_camp(span)
                or _area_noun(span) is not None
            )
        ):
            if _area_noun(span) is not None and candidate is None:
                # "Al Haouz province", in a story filed from and about Morocco: Morocco's
                return named_area(span, surface.translate(_CURLY), None)
            return Place(surface.translate(_CURLY), aliases=(surface,))  # "near Cayo Costa"
        return None

    # A name no gazetteer knows, that the text also writes before a thing's noun ("Windows
    # computers", "Windows devices"), names the thing's make, no place; unless the text puts
    # it where a place stands ("Maui wildfire" and "swept across Maui": an island)
    brands = {
        t.text
        for t in doc
        if t.dep_ == "compound"
        and t.tag_ in ("NNP", "NNPS")
        and t.head.tag_ in ("NN", "NNS")
        and t.head.lower_ not in _AREA_NOUNS | _FACILITY_NOUNS | _FEATURE_NOUNS
        and t.head.lower_ not in _DWELLERS
    } - {
        t.text
        for t in doc
        if t.dep_ == "pobj" and t.head.lower_ in _HAPPENS_AT and t.tag_ in ("NNP", "NNPS")
    }

    # 4. Places: names spaCy calls places, and any name standing where places stand; a name
    #    placed once is a place throughout the document.
    placed_names: dict[str, Place] = {}
    placed_tokens: set[int] = set()
    decisions: dict[int, Place | None] = {}
    elsewhere: set[int] = set()  # places named as no one's whereabouts: neither place nor actor
    for _ in range(2):  # twice: conjuncts follow their placed heads ("Raqqa, Aleppo and Kobani")
        for index, (span, label) in enumerate(candidates):
            if index in decisions or is_person(span, label):
                continue
            if _named_as_a_company(span) and not gazetteer.areas(_surface(span)):
                continue  # "mining giant Vale": a business; not "top exporter Ukraine"
            if label == "NORP" and span.root.tag_ != "NNP":
                continue  # "Kurdish", "the Kurds": never places
            if _not_where(span, label):
                decisions[index] = None  # "Singapore-flagged", "bound for Sri Lanka"
                elsewhere.add(index)
                continue
            context = _place_context(span, placed_tokens)
            by_verb = not (label in ("GPE", "LOC", "FAC") or context) and town_as_name(span, label)
            if label in ("GPE", "LOC", "FAC") or context or by_verb:
                place = accept(span, label, context)
                if place is not None:
                    decisions[index] = place
                    if not by_verb:  # a town read from its verb alone stays where it stands
                        placed_names.setdefault(fold(_surface(span)), place)
                    placed_tokens.update(t.i for t in span)
    for index, (span, label) in enumerate(candidates):
        key = fold(_surface(span))
        if index not in decisions and key in placed_names and not is_person(span, label):
            decisions[index] = placed_names[key]
    # A town named again where the model saw no name at all ("will travel to Wroclaw").
    towns = {
        _surface(candidates[index][0]): place
        for index, place in decisions.items()
        if place is not None and place.geo_precision == "town"
    }
    towns = {surface: place for surface, place in towns.items() if not people.knows(surface)}
    for span in _standalone(doc, text, [re.escape(surface) for surface in towns]):
        if span.text not in towns or (
            any(s < span.end_char and span.start_char < e for s, e in taken)
            or any(
                c.start_char < span.end_char and span.start_char < c.end_char for c, _ in candidates
            )
        ):
            continue
        decisions[len(candidates)] = towns[span.text]
        candidates.append((span, "GPE"))

    # 5. Everything else is an actor, or nothing. A storm's name alone is the storm ("Ian
    #    weakened" after "Hurricane Ian").
    owned = _possessive_names(doc)
    organisations = sorted({_surface(s) for s, label in candidates if label == "ORG"})
    storms = {_surface(s).split()[-1]: _surface(s) for s, label in candidates if label == "STORM"}
    for index, (span, label) in enumerate(candidates):
        if index in elsewhere:
            continue
        surface = _surface(span)
        start, end = span.start_char, span.start_char + len(span.text)
        if label == "STORM" or label == "PERSON" and surface in storms:
            name = storms.get(surface, surface)
            found.append(EntityMention(start, end, surface, "actor", name, None, "storm"))
            continue
        place = decisions.get(index)
        if place is not None and (firm := _short_name_of(span, place, organisations)):
            # "Alaska Airlines Flight 1282 ... Alaska said": the airline, not the state
            canonical = aliases.get(_alias_key(firm)) or canonical_actor(firm)
            found.append(
                EntityMention(start, end, surface, "actor", canonical, None, "organisation")
            )
            continue
        if place is not None:
            candidate = locate(span, near) if place.lat is not None else None
            state = None
            if place.geo_precision == "country":
                state = place.name
            elif candidate is not None and candidate.capital_of:
                state = candidate.capital_of
            if state and label == "GPE" and _state_role(span, capital=state != place.name):
                found.append(EntityMention(start, end, surface, "actor", state, None, "state"))
            elif not _is_title_modifier(span, placed_tokens):
                surface, end = as_written(span, surface, end)
                found.append(
                    EntityMention(start, end, surface, "place", place.name, place, "place")
                )
            continue
        if label == "PERSON" or (label in ("ORG", "GPE", "NORP") and is_person(span, label)):
            if len(surface) < 2 or surface.lower().rstrip(".") in TITLES:
                continue
            if " " not in surface and _ABSTRACT_NOUN.search(surface):
                continue  # '"Navigation will resume," he said': a capitalised noun, no one
            name = people.resolve(surface.translate(_CURLY))
            if name == surface and span.root.dep_ == "poss":
                name = _possessor(span, people.full) or name
            found.append(EntityMention(start, end, surface, "actor", name, None, "person"))
        elif label == "NORP":
            if span.root.tag_ in ("NNPS", "NNS") and span.root.dep_ in _NOMINAL_DEPS:
                found.append(EntityMention(start, end, surface, "actor", surface, None, "group"))
        elif label == "PRODUCT" and _speaks(span):
            # "Japan's biggest union group Rengo said": no product says; an organisation
            canonical = aliases.get(_alias_key(surface)) or canonical_actor(surface)
            found.append(
                EntityMention(start, end, surface, "actor", canonical, None, "organisation")
            )
        elif label in ("ORG", "WORK_OF_ART"):
            if span.root.dep_ not in _NOMINAL_DEPS or _is_media(span):
                continue
            if span.root.dep_ == "compound" and span.root.head.lower_ in TITLES:
                continue  # "Defense Secretary"
            if _alias_key(surface) in _GENERIC_KEYS and _qualified(doc, start):
                continue  # "Russia's Security Council": not the UN's, and no name of its own
            canonical = aliases.get(_alias_key(surface)) or canonical_actor(surface)
            if fold(surface) in owned and canonical == surface:
                canonical = surface + "'s"  # "Moody's rating" is the rating agency's
            found.append(
                EntityMention(start, end, surface, "actor", canonical, None, "organisation")
            )

    # An outlet quoted as a source once is a source wherever else it is named.
    media = {fold(_surface(s)) for s, label in candidates if label == "ORG" and _is_media(s)}
    found = [m for m in found if not (m.role == "organisation" and fold(m.text) in media)]
    found.sort(key=lambda m: (m.start_char, m.end_char, m.kind))
    return found


# Airlines, which the press names by their first word ("Alaska said", "Hawaiian cancelled");
# "California said" beside the California Highway Patrol is the state.
_AIRLINE = re.compile(r"\s(?:Airlines|Air\s+Lines|Airways|Air)$")


def _short_name_of(span: Span, place: Place, organisations: Sequence[str]) -> str | None:
    """The airline a place's name stands for as the one who speaks: "Alaska said" where the
    text names Alaska Airlines, as the press shortens an airline's name; a town's name stands
    for it anywhere ("made clear to Delta" where the text names Delta Air Lines). A country
    that speaks is its government ("Ukraine said"), whatever firm bears its name."""
    root = span.root
    if place.geo_precision == "country":
        return None
    speaks = root.dep_ == "nsubj" and root.head.lower_ in TELLING
    if not speaks and (place.geo_precision not in ("town", None) or _told_as_a_place(span)):
        return None  # "a flight over Alaska": the state; but "made clear to Delta": no town
    prefix = _surface(span) + " "
    return next(
        (name for name in organisations if name.startswith(prefix) and _AIRLINE.search(name)),
        None,
    )


def _possessive_names(doc: Doc) -> set[str]:
    """Organisations whose name ends in a possessive, told by the text using it as a name:
    "Moody's downgraded the bank", "McDonald's said" (not "Apple's shares")."""
    return {
        fold(ent[:-1].text)
        for ent in doc.ents
        if ent.label_ == "ORG"
        and len(ent) >= 2
        and ent[-1].tag_ == "POS"
        and ent[-2].dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos")
    }


def _possessor(span: Span, full_names: Sequence[str]) -> str | None:
    """The one person a possessive surname shared by two names: "Floyd's younger brother,
    Philonise Floyd" is George Floyd's, not the brother named beside it."""
    surname = fold(_surface(span))
    owners = [name for name in full_names if fold(_surname(name)) == surname]
    head = span.root.head
    beside = {
        fold(span.doc[child.left_edge.i : child.i + 1].text)
        for child in head.children
        if child.dep_ == "appos"
    }
    rest = [name for name in owners if fold(name) not in beside]
    return rest[0] if len(rest) == 1 and len(owners) > 1 else None


def _is_title_modifier(span: Span, placed: set[int]) -> bool:
    """'US' in 'US President Donald Trump': neither where nor who."""
    root, head = span.root, span.root.head
    return root.dep_ in ("compound", "nmod", "amod") and (
        head.lower_ in TITLES or (head.ent_type_ == "PERSON" and head.i not in placed)
    )


def places_of(mentions: Sequence[EntityMention]) -> list[Place]:
    """The distinct places among mentions, each with every spelling seen as aliases."""
    merged: dict[str, Place] = {}
    for mention in mentions:
        if mention.kind != "place" or mention.place is None:
            continue
        place = mention.place
        known = merged.get(place.name)
        spellings = tuple(dict.fromkeys((*(known.aliases if known else ()), mention.text)))
        merged[place.name] = Place(
            place.name, place.lat, place.lon, place.country, place.geo_precision, spellings
        )
    return list(merged.values())


def _place_key(place: Place) -> tuple:
    if place.lat is None or place.lon is None:
        return (fold(place.name),)  # "Suez Canal" and "Suez canal": one place, one name
    return (place.name, round(place.lat, 4), round(place.lon, 4))


class PlaceSpellings:
    """One display name per town across a corpus: the spelling the articles use most.

    The gazetteer's name is its ASCII transliteration ("Ayn Isa"); readers know the town as
    the press spells it ("Ain Issa"). Countries and regions keep the gazetteer's English
    name. Ties go to the alphabetically first spelling, so the name is deterministic.
    """

    def __init__(self) -> None:
        self._counts: dict[tuple, Counter[str]] = {}

    @staticmethod
    def count(mentions: Iterable[EntityMention]) -> tuple[tuple[tuple, str, int], ...]:
        """(place key, spelling, times) for the places among one document's entities: a
        small, picklable summary that can travel from a worker process or a cache."""
        counts: Counter[tuple[tuple, str]] = Counter()
        for mention in mentions:
            if mention.kind == "place" and mention.place is not None:
                counts[(_place_key(mention.place), " ".join(mention.text.split()))] += 1
        return tuple((key, spelling, n) for (key, spelling), n in sorted(counts.items()))

    def add_counts(self, counts: Iterable[tuple[tuple, str, int]]) -> None:
        for key, spelling, n in counts:
            self._counts.setdefault(key, Counter())[spelling] += n

    def add(self, mentions: Iterable[EntityMention]) -> None:
        """Count the spellings of the places among one document's entity mentions."""
        self.add_counts(self.count(mentions))

    def canonical(self, place: Place) -> Place:
        """The place named by its most used spelling, with every other spelling as alias."""
        counts = self._counts.get(_place_key(place))
        if not counts or place.geo_precision not in ("town", None):
            return place
        name = min(counts, key=lambda spelling: (-counts[spelling], spelling))
        aliases = sorted((set(counts) | {place.name} | set(place.aliases)) - {name})
        return replace(place, name=name, aliases=tuple(aliases))
