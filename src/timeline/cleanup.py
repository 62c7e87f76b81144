"""Length-preserving clean-up of article text before NLP.

Every rule replaces what it removes with spaces (newlines are kept where they mark lines), so
a character offset in the cleaned text is the same offset in the original text: provenance
needs no offset map. Removed: leading date lines and front matter, datelines ("Ain Issa -"),
photo credits ("(Image: Getty )", "[Khalil Ashawi/Reuters]"), "READ MORE:" lines, tweet
embeds, bare image ids, "contributed to this article" lines. Names broken over paragraph
breaks (WSJ style "Prime Minister\\n\\nAdel Abdul-Mahdi\\n\\non Friday") are re-joined.
"""

from __future__ import annotations

import re

# Spaces that spaCy and our regexes should see as plain spaces (all one code point long).
_ODD_SPACES = re.compile("[\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u3000\t\r\f\v]")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")

# " date 2019-10-13 Hundreds of ..." (the seeds' form): an ISO-like value on the first line;
# or a first line that is an ISO date and nothing else, set apart by a blank line ("2019-10-13"
# then a blank line; without the blank line it may be the first entry of a chronology).
DATE_LINE = re.compile(
    r"\A\s*(?:date:?\s+(?=\d{4}-)|(?=\d{4}-\d\d-\d\d[ \t]*(?:\n[ \t]*\n|\Z)))(\d{4}-\S*)[ \t]*",
    re.IGNORECASE,
)
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)
# "Published: 13 October 2019", "LONDON | Tue Mar 15, 2011 4:57pm EDT": a line of its own near
# the top whose value starts like a date (read by published.find_text_date).
DATE_HEADER = re.compile(
    r"^[ \t]*(?:(?:Published|Posted|First published|Date)(?:[ \t]+(?:on|at))?[ \t]*[:|\u2013\u2014-]?"
    r"|[A-Z][A-Z .'-]{1,30}[ \t]*\|)[ \t]*"
    r"(?P<value>(?:\d|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov"
    r"|Dec)[a-z]*\b)[^\n]{4,70}?)[ \t]*$",
    re.MULTILINE,
)
DATE_HEADER_REACH = 1000  # a date header is looked for in the first characters only
_MONTH_NAME = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
# "20 October 2023", "Fri 20 Oct 2023 14.30 BST", "Updated: October 20, 2023": a line that is a
# whole date and nothing else, set apart by a blank line, among the first lines (a headline may
# come before it). Without the blank line it may be the first entry of a chronology.
DATE_ALONE = re.compile(
    r"^[ \t]*(?:(?:Updated|Last updated|Published)[ \t]*:?[ \t]*)?"
    # "Updated 10:32 AM EDT, Fri October 20, 2023": a time first
    r"(?:\d{1,2}[.:]\d{2}[ \t]*(?:[AaPp]\.?[Mm]\.?)?[ \t]*(?:[A-Z]{2,4})?,?[ \t]+)?"
    r"(?P<value>(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?[ \t]+)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{_MONTH_NAME}\.?,?[ \t]+\d{{4}}"
    rf"|{_MONTH_NAME}\.?[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]+\d{{4}}))"
    r"(?:[ \t]*(?:,|at|-|–|\u2014)?[ \t]*\d{1,2}[.:]\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?"
    r"(?:[ \t]+\(?[A-Z]{2,4}\)?)?)?[ \t]*(?=\n[ \t]*\n|\n?\Z)",
    re.MULTILINE,
)
DATE_ALONE_LINES = 4  # among the first non-blank lines


def date_alone(text: str) -> re.Match[str] | None:
    """A whole-date line among the first lines of `text` (see DATE_ALONE), or None."""
    seen = 0
    for line in re.finditer(r"[^\n]*\n?", text[:DATE_HEADER_REACH]):
        if not line.group().strip():
            if line.end() >= min(len(text), DATE_HEADER_REACH):
                break
            continue
        match = DATE_ALONE.match(text, line.start())
        if match:
            return match
        seen += 1
        if seen >= DATE_ALONE_LINES:
            break
    return None


# "Ain Issa    -     Hundreds", "BEIRUT (Reuters) - ", "LONDON, Oct 13 (AFP) —" at the start.
_DATELINE = re.compile(
    r"(\s*)([A-Z][\w'’.]*(?:[ ,][A-Z][\w'’.]*){0,4}(?:,? ?\([A-Za-z .]+\))?)\s+[-–—]{1,2}\s+(?=[A-Z\"“‘'])"
)
# A headline line before the dateline ("Israel-Hamas war: aid convoy enters Gaza")
_HEADLINE = re.compile(r"\A\s*[^\n]{1,200}\n")
_CREDIT_PAREN = re.compile(
    r"\((?:Image|Photo|Picture|Credit|Pic)s?\s*:[^()\n]{0,80}\)", re.IGNORECASE
)
# "[Khalil Ashawi/Reuters]", "[AFP]", "[Getty Images]" at the end of a caption line.
_CREDIT_BRACKET = re.compile(
    r"\[[A-Z][^\[\]\n]{0,60}/[^\[\]\n]{1,40}\]|\[(?:AFP|AP|Reuters|Getty Images|EPA)\]"
)
_READ_MORE = re.compile(
    r"^[ \t]*(?:READ MORE|Read more|RELATED|Related|WATCH|LISTEN)\s*:.*$", re.MULTILINE
)
_IMAGE_ID = re.compile(r"^[ \t]*\d{9,}[ \t]*$", re.MULTILINE)
_CONTRIBUTED = re.compile(
    r"^[ \t]*[—–-]*.*\bcontributed to this (?:article|report)\.?[ \t]*$", re.MULTILINE
)
_TWEET_SIGNATURE = re.compile(
    r"(?:pic\.twitter\.com/\w+|—\s*[^\n(]{1,60}\(@\w{1,30}\)\s+\w+ \d{1,2}, \d{4})"
)
_ABBREVIATION_END = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Brig|Adm|Gov|Sen|Rep|Rev|Prof|St|Sir|Jr|Sr)\.$"
)
_TERMINAL = tuple('.!?:;"”’)»')


def _blank(text: str, start: int, end: int) -> str:
    """Replace text[start:end] with spaces, keeping newlines."""
    piece = re.sub(r"[^\n]", " ", text[start:end])
    return text[:start] + piece + text[end:]


def _blank_matches(text: str, pattern: re.Pattern[str]) -> str:
    for match in reversed(list(pattern.finditer(text))):
        text = _blank(text, match.start(), match.end())
    return text


def strip_header(text: str) -> str:
    """Blank a leading front matter block or ' date 2019-10-13' line, keeping offsets."""
    match = FRONT_MATTER.match(text)
    if match:
        return _blank(text, 0, match.end())
    match = DATE_LINE.match(text)
    if match:
        return _blank(text, 0, match.end())
    match = DATE_HEADER.search(text, 0, DATE_HEADER_REACH) or date_alone(text)
    if match:
        return _blank(text, match.start(), match.end())
    return text


def _blank_tweet_embeds(text: str) -> str:
    """Blank embedded tweets: the signature line and the bullet lines quoted just above it."""
    lines = text.split("\n")
    offsets, position = [], 0
    for line in lines:
        offsets.append(position)
        position += len(line) + 1
    for index, line in enumerate(lines):
        if not _TWEET_SIGNATURE.search(line):
            continue
        first = index
        while first > 0 and (
            not lines[first - 1].strip() or lines[first - 1].lstrip().startswith(("-", "•"))
        ):
            first -= 1
        while first < index and not lines[first].strip():
            first += 1
        text = _blank(text, offsets[first], offsets[index] + len(line))
    return text


def _join_broken_names(text: str) -> str:
    """Re-join paragraphs split around a name: 'said\\n\\nAlex Mello,\\n\\na security analyst'."""
    chunks = [m for m in re.finditer(r"[^\n]+", text)]
    for previous, current, following in zip(chunks, chunks[1:], chunks[2:] + [None]):
        before = previous.group().rstrip()
        if before.endswith(_TERMINAL) and not _ABBREVIATION_END.search(before):
            continue
        body = current.group().strip()
        if not body:
            continue
        short_name = len(body.split()) <= 5 and (
            body.endswith(",")
            or (following is not None and following.group().lstrip()[:1].islower())
        )
        if body[0].islower() or short_name:
            gap_start, gap_end = previous.end(), current.start()
            text = text[:gap_start] + " " * (gap_end - gap_start) + text[gap_end:]
    return text


def caption_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line that carries a photo credit: a caption, not the article's lead."""
    spans = []
    for line in re.finditer(r"[^\n]+", text):
        if _CREDIT_PAREN.search(line.group()) or _CREDIT_BRACKET.search(line.group()):
            spans.append((line.start(), line.end()))
    return spans


# A headline: the first line of text, set apart by a blank line, that does not end a sentence.
_FIRST_LINE = re.compile(r"\A\s*(?P<line>\S[^\n]*?)[ \t]*\n[ \t]*\n(?=\s*\S)")
_ENDS_SENTENCE = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*\Z")
HEADLINE_WORDS = 30  # a longer first line is a paragraph, not a headline


def headline(text: str) -> tuple[int, int] | None:
    """(start, end) of the headline line at the top of (cleaned) `text`, or None.

    A headline is the first non-blank line when a blank line follows it, it does not end like a
    sentence ("Israel-Hamas war: aid convoy enters Gaza") and it is at most HEADLINE_WORDS words
    long. A first paragraph ending in a full stop is the lead, not a headline.
    """
    match = _FIRST_LINE.match(text)
    if match is None:
        return None
    line = match.group("line")
    if _ENDS_SENTENCE.search(line) or len(line.split()) > HEADLINE_WORDS:
        return None
    if not any(character.isalpha() for character in line):
        return None
    return match.start("line"), match.end("line")


def clean(text: str) -> str:
    """Return text of the same length with non-prose blanked out (see module docstring)."""
    text = _ODD_SPACES.sub(" ", text)
    text = _ZERO_WIDTH.sub(" ", text)
    text = strip_header(text)
    match = _DATELINE.match(text)
    if match is None and (headline := _HEADLINE.match(text)):
        match = _DATELINE.match(text, headline.end())  # "Headline\n\nJERUSALEM (AP) — ..."
    if match and len(match.group(2)) <= 40:
        text = _blank(text, match.start(2), match.end())
    for pattern in (_CREDIT_PAREN, _CREDIT_BRACKET, _READ_MORE, _IMAGE_ID, _CONTRIBUTED):
        text = _blank_matches(text, pattern)
    text = _blank_tweet_embeds(text)
    return _join_broken_names(text)
