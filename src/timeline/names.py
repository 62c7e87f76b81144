"""Words of people's names that are not capitalised, shared by the byline reader (cleanup)
and the actor tagger (entities)."""

from __future__ import annotations

# "Ursula von der Leyen", "Mohammed bin Salman", "Nidal al-Mughrabi", "Pedro dos Santos"
NAME_PARTICLES = frozenset(
    ("al", "el", "bin", "ibn", "bint", "abu", "van", "von", "de", "da", "di", "du", "der",
     "den", "del", "della", "la", "le", "dos", "das", "ter", "ten", "zu")
)  # fmt: skip
