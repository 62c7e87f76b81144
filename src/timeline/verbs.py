"""Verbs of saying and reporting, one vocabulary for the stages that read them, and their word
forms: the pipeline runs without a lemmatizer, so a verb is matched by its form ("said", "tells").

- `SPEAKING` introduces a statement or a quote (statements, entities: who spoke to whom).
- `REPORTING` hands the news on: its clause is what happened ("X escaped, officials said") and
  its subject is who tells, not who did (events, merge).
- `ANNOUNCING` makes a report a happening of its own, with a day ("announced on Monday").
- Dates read `REPORTING | ANNOUNCING`: "said on Monday" is the day of the saying (temporal).
"""

from __future__ import annotations

_IRREGULAR = {
    "say": ("said",),
    "tell": ("told",),
    "speak": ("spoke", "spoken"),
    "write": ("wrote", "written"),
    "come": ("came",),
    "show": ("showed", "shown"),
    "have": ("had",),
    "hold": ("held",),
    "lead": ("led",),
    "give": ("gave", "given"),
    "take": ("took", "taken"),
    "go": ("went", "gone"),
    "leave": ("left",),
    "flee": ("fled",),
    "keep": ("kept",),
    "begin": ("began", "begun"),
}
# The auxiliaries of a time ahead ("will", "won't") and of what may or must be
FUTURE_AUX = frozenset(["will", "shall", "'ll", "wo", "’ll"])
MODALS = frozenset(["would", "might", "may", "could", "should", "must", "can", "'d"])
# "be" has forms of its own in every tense
BE_FORMS = frozenset(["be", "is", "are", "am", "was", "were", "been", "being"])

SPEAKING_LEMMAS = ("say", "tell", "speak", "talk")
REPORTING_LEMMAS = ("say", "tell", "report", "add", "warn")
ANNOUNCING_LEMMAS = (
    "announce", "confirm", "claim", "state", "declare", "write", "tweet", "post",
)  # fmt: skip


def present_forms(*verbs: str) -> frozenset[str]:
    """A verb's plain and -s present ("say", "says"; "deny", "denies")."""
    forms = set(verbs)
    for verb in verbs:
        if verb == "have":
            forms.add("has")
        elif verb.endswith("y") and verb[-2:-1] not in "aeiou":
            forms.add(verb[:-1] + "ies")
        elif verb.endswith(("s", "sh", "ch", "x", "z", "o")):
            forms.add(verb + "es")
        else:
            forms.add(verb + "s")
    return frozenset(forms)


def past_forms(*verbs: str) -> frozenset[str]:
    """A verb's past and past participle ("said"; "announced"; "spoke", "spoken")."""
    forms: set[str] = set()
    for verb in verbs:
        if verb in _IRREGULAR:
            forms.update(_IRREGULAR[verb])
        elif verb.endswith("e"):
            forms.add(verb + "d")
        elif verb.endswith("y") and verb[-2:-1] not in "aeiou":
            forms.add(verb[:-1] + "ied")
        else:
            forms.add(_doubled(verb) + "ed")
    return frozenset(forms)


def _doubled(verb: str) -> str:
    """A short verb ending in one vowel and a consonant doubles it: "stop" -> "stopp(ed)",
    "skip" -> "skipp(ing)"; not "open", "sign", "show"."""
    vowels = [c for c in verb if c in "aeiou"]
    if (
        len(verb) <= 4
        and len(vowels) == 1
        and verb[-1] not in "aeiouwxy"
        and verb[-2] in "aeiou"
        and verb[-3:-2] not in ("", *"aeiou")
    ):
        return verb + verb[-1]
    return verb


def all_forms(*verbs: str) -> frozenset[str]:
    """Every form of a verb: present, past, participles ("say", "says", "said", "saying")."""
    if "be" in verbs:
        return BE_FORMS | all_forms(*(verb for verb in verbs if verb != "be"))
    forms = set(present_forms(*verbs) | past_forms(*verbs))
    for verb in verbs:
        stem = verb[:-1] if verb.endswith("e") and not verb.endswith("ee") else _doubled(verb)
        forms.add(stem + "ing")
    return frozenset(forms)


SPEAKING = all_forms(*SPEAKING_LEMMAS)
REPORTING = all_forms(*REPORTING_LEMMAS)
ANNOUNCING = all_forms(*ANNOUNCING_LEMMAS)
# What tells a day of its own: "said on Monday", "announced on Monday"
TELLING = REPORTING | ANNOUNCING
# Verbs that give someone time: "gave the junta until Sunday to restore Bazoum"
GRANTING = all_forms("give", "grant", "allow")
