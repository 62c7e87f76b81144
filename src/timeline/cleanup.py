"""Length-preserving clean-up of article text before NLP.

Every rule replaces what it removes with spaces (newlines are kept where they mark lines), so
a character offset in the cleaned text is the same offset in the original text: provenance
needs no offset map.

The top of an article (`header`): front matter or a leading date line, then, among its first
lines, timestamp lines ("Updated 3:12 PM GMT+1, September 10, 2023", "Last modified on Sun 10
Sep 2023 18.00 BST", "14/03/2024 - 18:02", a label line over the date: "Published" then "16
September 2024"), bylines ("By SAM METZ and TARIK EL-BARAKAH", "Bethan McKernan in Jerusalem"
under the headline, "By Jane Doe | March 14, 2024" with the date) with the outlet or role line
under them ("BBC News", "Seattle Times aerospace reporter"), and the dateline that starts the
first paragraph of prose ("Ain Issa -", "MARRAKECH, Sept 10 (Reuters) -", "NEW YORK (AP) —").
published.py reads the publication date from the timestamp line and the dateline, corpus.py
the outlet from the dateline and the bylines.

Anywhere: "By ..." bylines, photo credits ("(Image: Getty )", "[Khalil Ashawi/Reuters]"),
caption lines ("... Photograph: Fadel Senna/AFP", "FILE - ...", "... (AP Photo/Name)", "...
2022. REUTERS/Name", "... Credit: Name/Getty Images", BBC's "Image caption, ..."), print notes,
copyright, newsletter and share/advertisement lines, markdown images, "READ MORE:" lines,
tweet embeds, bare image ids, "contributed to this article" lines. Names broken over
paragraph breaks (WSJ style "Prime Minister\\n\\nAdel Abdul-Mahdi\\n\\non Friday") are re-joined.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .names import NAME_PARTICLES

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
# "Sept", "September", "Sep"; any case, for the capitals of "PUBLISHED THU, MAR 14 2024" (CNBC)
MONTH_NAME = (
    r"(?i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_WEEKDAY = r"(?i:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-zA-Z]*\.?"
# "13 October 2019", "Sun 10 Sep 2023", "Fri October 20, 2023", "Wed, Feb 21 2024"
_WRITTEN_DAY = (
    rf"(?:{_WEEKDAY},?[ \t]+)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{MONTH_NAME}\.?,?[ \t]+\d{{4}}"
    rf"|{MONTH_NAME}\.?[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]+\d{{4}})"
)
# "14.03.2024", "14/03/2024", "03/14/2024", "14-03-2024": day and month in either order, the
# same separator twice (published.parse_day decides the order, or refuses an ambiguous one)
NUMERIC_DAY = r"\d{1,2}(?:/\d{1,2}/|\.\d{1,2}\.|-\d{1,2}-)\d{4}(?![\d.])"
_DAY = rf"(?:{_WRITTEN_DAY}|{NUMERIC_DAY})"
# "2023-09-10", "2023-09-10T15:12:00+01:00", "2023-09-10 15:12Z"
_ISO_STAMP = r"\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d{1,6})?)?(?:Z|[+-]\d\d:?\d\d)?)?"
# "3:12 PM", "15.12", "11:05 pm", "3:12 p.m.", "3pm"; then a zone: "GMT+1", "BST", "(ET)"
_CLOCK = r"\d{1,2}(?:[.:]\d\d(?:[.:]\d\d)?[ \t]*(?:[AaPp]\.?[Mm]\.?)?|[ \t]*[AaPp]\.?[Mm]\.?)"
_ZONE = r"\(?(?:[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d\d)?)?|[+-]\d\d:?\d\d)\)?"
# "0812 GMT (1612 HKT)" (CNN): four digits make a clock only with their zone
_HHMM = r"(?:[01]\d|2[0-3])[0-5]\d[ \t]+[A-Z]{2,5}"
# "23:00, UK" (Sky News): the zone may follow a comma
_TIME = rf"(?:{_CLOCK}(?:,?[ \t]*{_ZONE})?|{_HHMM}(?:[ \t]*\({_HHMM}\))?)"
# between the parts of a timestamp: "6:48 PM • Updated", "April 20, 2021 / 5:30 PM" (old
# Reuters), or nothing at all where the copy glued them ("June 25, 2021Updated ...", NYT)
_STAMP_SEP = r"[ \t]*(?:[,•·|@/–—-]|at)?[ \t]*"
# "Updated 2 hours ago", "Updated 2 years ago" (a page read years later), "Updated 10:32 AM
# EDT" after the date (Reuters)
_AGO = (
    r"(?:(?:\d{1,3}|an?|one)[ \t]+"
    r"(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?|years?)[ \t]+)?ago"
)  # "Updated ago": a copy that lost the figure the page computes
_UPDATED_TAIL = (
    rf"{_STAMP_SEP}(?i:updated|last updated)[ \t]*:?[ \t]*"
    rf"(?:{_AGO}|{_DAY}(?:{_STAMP_SEP}{_TIME})?|{_TIME})?"
)  # "March 27, 2024 11:54 PM GMT Updated": a copy that lost what followed "Updated"
_STAMP_PREFIX = (
    r"(?i:(?:last[ \t]+)?(?:updated|modified)|(?:first[ \t]+)?published|posted|issued)"
    r"(?:[ \t]+(?i:on|at))?[ \t]*:?[ \t]*"
)
# A line that is a publication timestamp and nothing else, among the first lines (a headline
# and a byline may come before it): "20 October 2023", "Fri 20 Oct 2023 14.30 BST", "Updated:
# October 20, 2023", "Updated 3:12 PM GMT+1, September 10, 2023" (AP), "September 10, 2023
# 6:48 PM GMT+1 Updated 2 hours ago" (Reuters), "Last modified on Sun 10 Sep 2023 18.00 BST"
# (Guardian), "10 September 2023 • 3:12pm", "Published On 11 Sep 2023" (Al Jazeera), a
# reading time after it ("May 28, 2024 4:58 PM 2 min read"),
# "2023-09-10T15:12:00+01:00", "14/03/2024 - 18:02", "14.03.2024", "April 20, 2021 / 5:30
# PM / Updated 3 years ago" (old Reuters), "Tuesday 20 April 2021 23:00, UK" (Sky News). The
# same value written twice is one ("Published On 20 Apr 202120 Apr 2021": Al Jazeera shows
# the date in two layouts, and a copy glues them). A bare date (no prefix, no time) must be
# set apart by a blank line: without it it may be the first entry of a chronology (see
# stands_alone).
# "May 28, 2024 4:58 PM 2 min read", "January 2, 2024 | 2 min read" (Kyiv Independent)
_READING_TIME = r"(?:[ \t]*[|•·]?[ \t]*\d{1,3}[ \t]*(?i:min(?:ute)?s?)[ \t]+(?i:read))"
# The outlet's name in capitals before its date line, its sections after it: "KYODO NEWS - Dec
# 25, 2024 - 18:10 | All, Japan" (Kyodo)
_AGENCY_BEFORE = r"(?P<agency>[A-Z][A-Z.&'-]+(?:[ \t]+[A-Z][A-Z.&'-]+){0,3})[ \t]+[-–—|][ \t]+"
_SECTIONS = r"(?(agency)(?:[ \t]*\|[ \t]*[A-Z][^\n|]{0,40})?)"
_STAMP = (
    rf"(?:(?P<prefix>{_STAMP_PREFIX})|{_AGENCY_BEFORE})?"
    rf"(?P<value>{_TIME}{_STAMP_SEP}{_DAY}|{_DAY}(?:{_STAMP_SEP}{_TIME})?|{_ISO_STAMP})"
    rf"(?:[ \t]*(?P=value))?(?P<tail>{_UPDATED_TAIL})?{_READING_TIME}?{_SECTIONS}[ \t]*$"
)
DATE_ALONE = re.compile(rf"^[ \t]*{_STAMP}", re.MULTILINE)
# The same after a byline on its line: "By Jane Doe | March 14, 2024" (read from the separator)
_STAMP_AFTER = re.compile(rf"[ \t]*[|•·][ \t]*{_STAMP}", re.MULTILINE)
# "Published" or "Last updated:" alone on its line, the date on the next (BBC)
_STAMP_LABEL = re.compile(rf"[ \t]*{_STAMP_PREFIX}")
DATE_ALONE_LINES = 4  # among the first non-blank lines (bylines and date lines not counted)
# A time of day: "18.02", "6:02 PM", "3pm"; not the "14.03" of "14.03.2024"
_HAS_CLOCK = re.compile(r"(?<![\d.])\d{1,2}[.:]\d\d(?![\d.])|\d[ \t]*[AaPp]\.?[Mm]\b")
_BLANK_LINE_NEXT = re.compile(r"[ \t]*(?:\n[ \t]*\n|\n?[ \t]*\Z)")
# "Updated 9:12 p.m. ET" on its line (NYT, under the date line): a timestamp with no day
UPDATED_TIME_LINE = re.compile(rf"[ \t]*{_STAMP_PREFIX}{_TIME}[ \t]*$", re.MULTILINE)
_TIMESTAMP_NEXT = re.compile(r"[ \t]*\n")
# The rest of a timestamp broken over lines under its date (Reuters: "February 7, 2023" /
# "3:42 PM GMT" / "Updated 2 hours ago"): a time alone, or "Updated" with an age or a time
STAMP_REST_LINE = re.compile(
    rf"[ \t]*(?:{_TIME}|(?i:updated|last updated)[ \t]*:?[ \t]*(?:{_AGO}|{_TIME})?)[ \t]*$",
    re.MULTILINE,
)


_UPDATED_LINE = re.compile(r"[ \t]*(?i:updated|last updated)\b[^\n]*$", re.MULTILINE)
_TIME_LINE = re.compile(rf"[ \t]*{_TIME}[ \t]*\n", re.MULTILINE)


def _updated_follows(text: str, at: int) -> bool:
    """An "Updated ..." line at `at`, or a time line then one (Reuters: "3:42 PM GMT" /
    "Updated 2 hours ago"); not a time alone ("February 6, 2023" / "0417 GMT": a timeline's
    first entry)."""
    time = _TIME_LINE.match(text, at)
    return _UPDATED_LINE.match(text, time.end() if time else at) is not None


def stands_alone(text: str, match: re.Match[str]) -> bool:
    """Whether a DATE_ALONE match is a date line, not a chronology's first entry: it has a
    prefix ("Updated"), a time or an "Updated ..." tail, or a blank line (or the end) or a
    timestamp line ("Updated 9:12 p.m. ET") follows."""
    if (
        match.group("prefix")
        or match.group("agency")
        or match.group("tail")
        or _HAS_CLOCK.search(match.group("value"))
    ):
        return True
    if _BLANK_LINE_NEXT.match(text, match.end()) is not None:
        return True
    # "Aug. 17, 2023\nUpdated 9:12 p.m. ET" (NYT): a timestamp line follows
    following = _TIMESTAMP_NEXT.match(text, match.end())
    return following is not None and (
        UPDATED_TIME_LINE.match(text, following.end()) is not None
        or _updated_follows(text, following.end())
        or (
            (stamp := DATE_ALONE.match(text, following.end())) is not None and bool(stamp["prefix"])
        )
    )


# A byline: "By KEN SWEET", "By SAM METZ and TARIK EL-BARAKAH", "By Maayan Lubell and Nidal
# al-Mughrabi", "By NAJIB JOBAIN, JACK JEFFERY and JULIA FRANKEL", "By Jane Doe, Reuters",
# "By Jane Doe | CNN", "**Staff and agencies**", "Bethan McKernan in Jerusalem", and the line of
# its outlet or role under it ("BBC News", "Seattle Times aerospace reporter"): a short line
# of names (capitalised words, particles, "and", commas, "in <Place>", role words, a beat
# before a role) with no verb and no final full stop. "By Friday, rescuers had ..." and "By
# contrast, ..." are prose.
_BY = re.compile(r"(?:By|BY):?[ \t]+")
_NAME_WORD = re.compile(r"[A-Z][\w'’.-]*|(?:al|el|Al|El)-[\w'’-]+")
_ROLE_WORDS = frozenset(
    ("staff", "agencies", "agency", "correspondent", "correspondents", "reporter",
     "reporters", "editor", "editors", "writer", "writers", "journalist", "columnist",
     "analyst", "analysts", "contributor", "producer", "photographer", "researcher",
     "commentator", "presenter")
)  # fmt: skip
BEAT_WORDS = 2  # "aerospace reporter", "chief political correspondent": lower-case words of a beat
# The line under a byline that names its outlet or role ("BBC News", "Seattle Times aerospace
# reporter") is short: a longer line of capitalised words is a Title Case headline.
AFFILIATION_WORDS = 4
# Words of a clause, never of a beat: "Rescuers found a reporter" is prose
_NOT_BEAT = frozenset(("a", "an", "the", "and", "in", "of", "to", "for", "on", "at", "by", "with"))
# "By Friday", "By Tonight": a time, not a name ("By April Rubin" is a name)
_NOT_A_NAME = re.compile(
    r"(?i:Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:rs?(?:day)?)?|Fri(?:day)?"
    r"|Sat(?:urday)?|Sun(?:day)?|Today|Tonight|Then|Now)\W*\Z"
)  # the whole word: "By MONIKA PRONCZUK" and "By SATURNINO ..." are names
BYLINE_CHARS = 150  # a longer line is no byline


# Lower-case words between a byline's names: "Jane Doe and John Roe in Kyiv", "Le Monde with AFP"
_JOINERS = frozenset(["and", "in", "with"])
# "Le Monde with AFP", "Staff with agencies": an outlet line with the agencies it drew on
_WITH_AGENCY = re.compile(
    r"\bwith\s+(?:AFP|AP|Reuters|dpa|EFE|ANSA|agencies|Agencies|wires|Associated Press)\Z"
)


def is_byline(line: str, by_required: bool = True) -> bool:
    """Whether a line is a byline (see above). Without "By" (by_required False) it needs two
    words, and the caller must know the line stands among the header lines."""
    body = line.strip().strip("*_").strip()
    if not body or len(body) > BYLINE_CHARS or body[-1] in "!?:;-—":
        return False
    by = _BY.match(body)
    if by:
        body = body[by.end() :]
    elif by_required:
        return False
    if re.search(r"[a-z]{3}\.\Z", body):  # a full stop ends a sentence, "J." or "Jr." a name
        return False
    words = body.replace(",", " ").replace("|", " ").replace("&", " and ").split()
    if not words or not _NAME_WORD.fullmatch(words[0]) or _NOT_A_NAME.match(words[0]):
        return False
    if words[-1] in _JOINERS or "with" in words and not _WITH_AGENCY.search(body):
        return False
    named = 0
    for word in _without_beat(words):
        if _NAME_WORD.fullmatch(word) or word in _ROLE_WORDS:
            named += 1
        elif word not in NAME_PARTICLES and word not in _JOINERS:
            return False
    return named >= (1 if by else 2)


def _without_beat(words: list[str]) -> list[str]:
    """The words of a byline without the beat before its final role ("Seattle Times aerospace
    reporter"): a reporter's beat is lower-case, and no name; a longer lower-case run is prose."""
    if len(words) < 2 or words[-1].lower() not in _ROLE_WORDS:
        return words
    start = len(words) - 1
    while (
        start > 1
        and len(words) - 1 - start < BEAT_WORDS
        and words[start - 1].isalpha()
        and words[start - 1].islower()
        and words[start - 1] not in _NOT_BEAT
    ):
        start -= 1
    return words[:start] + words[-1:]


# Lines that are not prose wherever they stand: "Copyright 2023 The Associated Press. All
# Rights Reserved.", "© 2023 Al Jazeera Media Network", "Copyright The Financial Times Limited
# 2024. All rights reserved." (the year after the holder); Guardian captions "Rescue workers
# search the rubble. Photograph: Fadel Senna/AFP"; AP captions "FILE - A Discover card is
# shown in Haverhill, Mass., on Jan. 23, 2024." and "... Sunday, Sept. 10, 2023. (AP
# Photo/Mosa'ab Elshamy)"; Reuters "FILE PHOTO: A view shows ..."; "Sign up for our
# newsletter", "[Sign up to First Edition, our free daily newsletter ...](...)", "Get CNBC's
# newsletter delivered to your inbox"; page furniture ("Share", "Advertisement"); the labels
# BBC pages give their pictures ("Image source, Getty Images", "Image caption, Crowds gathered
# ...", "Media caption, Watch: ..."); a caption ending in its credit ("... September 29, 2022.
# REUTERS/Marco Bello", "... Fort Myers Beach. Credit: Joe Raedle/Getty Images", NYT's
# "Credit...Name"); NYT's print note ("A version of this article appears in print on June
# 26, 2021, Section A, Page 1 of the New York edition with the headline: ...").
_COPYRIGHT = re.compile(
    r"(?:Copyright|©|\([Cc]\))[ \t]*(?:©[ \t]*)?(?:\d{4}[-–])?\d{4}\b"
    r"|(?:Copyright|©)[ \t][^\n]{0,120}?\b(?i:all rights reserved)"
)
_PHOTOGRAPH = re.compile(r"\b(?:Photograph|Illustration)[ \t]*:[ \t]")
_PHOTO_CREDIT_END = re.compile(r"\([^()\n]{0,30}\bPhoto/[^()\n]{1,80}\)[ \t*_]*\Z")
_FILE_CAPTION = re.compile(r"FILE(?: PHOTO)?[ \t]*[-–—:][ \t]")
_MEDIA_LABEL = re.compile(
    r"(?i:Image|Media|Video|Audio)[ \t]+(?i:caption|source|credit)s?,[ \t]"
    # Al Jazeera's "IMAGE: Rescue workers search ... [Can Erok/AFP]"
    r"|(?:IMAGE|PHOTO|PICTURE|VIDEO|Image|Photo|Picture)[ \t]*:[ \t]"
)
# Reuters' "Reporting by Hannah Lang in Washington; Editing by Lananh Nguyen", "Our Standards:
# The Thomson Reuters Trust Principles."; Al Jazeera's "Source: Al Jazeera and news agencies"
_STAFF_CREDIT = re.compile(
    r"(?:Additional[ \t]+reporting|Reporting|Writing|Editing|Compiled)[ \t]+by[ \t]+[A-Z]"
)
_SOURCE_LINE = re.compile(r"Our[ \t]+Standards:|Source:[ \t]+[A-Z][^\n]{0,60}\Z")
_PRINT_NOTE = re.compile(
    r"A version of this (?:article|story|report|review|column|essay|obituary)"
    r" appear(?:s|ed) in print\b"
)
# The credit at the end of a caption, after its last sentence (or alone): an agency in
# capitals, a slash and the photographer ("REUTERS/Marco Bello/File Photo", "AFP/Jane Doe"),
# or "Credit:" and a name ("Credit: Joe Raedle/Getty Images", "Credit...Erin Schaff/The New
# York Times"). A capitalised word after the slash: "NATO/EU cooperation was discussed" is prose.
_CAPTION_END = r"(?:\A|(?<=[.!?\"”’)])[ \t]+)"
_NAME_WORDS = r"[A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|de|da|di|van|von|al|el|bin)){0,5}"
_AGENCY_CREDIT = re.compile(
    rf"{_CAPTION_END}[A-Z]{{2,}}(?:[ &-][A-Z]{{2,}})*/{_NAME_WORDS}(?:/{_NAME_WORDS}){{0,2}}"
    r"[ \t*_]*\Z"
)
_CREDIT_LABEL = re.compile(rf"{_CAPTION_END}Credits?(?:[ \t]*:|[ \t]*(?:\.{{3}}|…))[ \t]*[A-Z]")
_PROMO_START = re.compile(
    r"(?:[-*•>][ \t]*){0,3}\[?[ \t]*(?i:sign[ \t]+up|subscribe)[ \t]+(?i:for|to|now|here|today)\b"
)
_PROMO_WORDS = re.compile(r"(?i:\bsign[ \t]+up\b|\bsubscribe\b|\binbox\b)")
_FURNITURE = re.compile(
    r"(?:Share(?: this (?:article|story))?|Advertisement|ADVERTISEMENT"
    r"|Listen to (?:this )?article|Save|Print|Copy link|Comments?|Key events)\Z"
    # a live blog's entry stamp on its own line: "14.55 BST", "11:05am", "3.42pm EDT"
    r"|(?:[01]?\d|2[0-3])[.:][0-5]\d(?:\s?(?:[ap]\.?m\.?))?(?:\s+[A-Z]{2,5}(?:[+-]\d{1,2})?)?\Z"
)
PROMO_CHARS = 250  # a longer line is prose, whatever it says about newsletters


def is_copyright_line(line: str) -> bool:
    """Whether a line is a copyright notice ("© 2024 CNBC LLC. All Rights Reserved.")."""
    return _COPYRIGHT.match(line.strip()) is not None


def is_non_prose_line(line: str) -> bool:
    """Whether a line is a copyright, caption, newsletter or page-furniture line (above)."""
    body = line.strip()
    if not body:
        return False
    if is_copyright_line(body) or _FILE_CAPTION.match(body) or _FURNITURE.match(body):
        return True
    if _MEDIA_LABEL.match(body) or _PRINT_NOTE.match(body):
        return True
    if _SOURCE_LINE.match(body) or _STAFF_CREDIT.match(body) and not body.endswith("."):
        return True  # not "Reporting by The Washington Post on Wednesday showed that ..."
    if _PHOTOGRAPH.search(body) or _PHOTO_CREDIT_END.search(body):
        return True
    if _AGENCY_CREDIT.search(body) or _CREDIT_LABEL.search(body):
        return True
    return len(body) <= PROMO_CHARS and bool(
        _PROMO_START.match(body) or ("newsletter" in body.lower() and _PROMO_WORDS.search(body))
    )


# "![Rescue workers search the rubble](amizmiz.jpg)" and a link to an image "[Rescue workers
# search the rubble in Amizmiz on Saturday](amizmiz.jpg)": a picture, not prose.
_IMAGE = re.compile(
    r"!\[[^\]\n]{0,300}\]\([^()\n]{0,500}\)"
    r"|\[[^\]\n]{0,300}\]\([^()\s]{0,500}\.(?i:jpe?g|png|gif|webp|avif|svg)"
    r"(?:\?[^()\s]{0,200})?\)"
)

# The dateline that starts the first paragraph of prose: "Ain Issa    -     Hundreds", "BEIRUT
# (Reuters) - ", "NEW YORK (AP) — ", "LONDON, Oct 13 (AFP) —", "MARRAKECH, Sept 10 (Reuters) -",
# "DOHA/JERUSALEM, Nov 22 (Reuters) -", "MARRAKECH, Morocco, Sept. 10, 2023 (AP) —",
# "Feb 19 (Reuters) -". Groups: place, day ("Sept 10", "Sept. 10, 2023": month, date, year),
# agency.
_DATELINE_PLACE = r"[A-Z][\w'’.-]*(?:(?:,[ \t]?|[ \t/])[A-Z][\w'’.-]*){0,5}"
_DATELINE_DAY = rf"(?P<month>{MONTH_NAME})\.?[ \t](?P<date>\d{{1,2}})(?:,[ \t](?P<year>\d{{4}}))?"
_DATELINE = re.compile(
    rf"(\s*)((?=[A-Z(])(?P<place>{_DATELINE_PLACE})?(?:(?(place),[ \t]?)(?P<day>{_DATELINE_DAY}))?"
    r"(?:,?[ \t]?\((?P<agency>[A-Za-z][A-Za-z .-]{0,30})\))?)"
    r"(?(agency)[ \t]*|[ \t]+)[-–—]{1,2}[ \t]+(?=[A-Z0-9\"“‘'])"
)
# CNN's dateline, as copied: the agency without brackets after the place ("Fort Myers, Florida
# CNN — President ..."), often on a line of its own with the body on the next ("New York CNN
# —", "Washington (CNN) —"), even one line a part ("Fort Myers, Florida" / "CNN" / "—"). The
# agency is required here (capitalised words and a dash alone on a line may be a headline); a
# bare one is a word in capitals after a place written in lower case ("Florida CNN", never
# "NEW YORK"). The same groups as _DATELINE.
_DATELINE_AGENCY = re.compile(
    rf"(\s*)((?=[A-Z])(?P<place>{_DATELINE_PLACE})(?:,[ \t]?(?P<day>{_DATELINE_DAY}))?"
    r"(?:,?[ \t]?(?P<open>\()|(?<=[a-z\d])[ \t]*\n?[ \t]*(?<=\s))"
    r"(?P<agency>(?(open)[A-Za-z][A-Za-z .-]{0,30}|[A-Z]{2,6}))(?(open)\))"
    r"[ \t]*\n?[ \t]*[-–—]{1,2})(?=[ \t]*(?:\n|\Z)|[ \t]+[A-Z0-9\"“‘'])[ \t]*"
)
# A chronology's entry: a date, a colon or a dash, and what happened ("June 20, 2019: Protests
# erupt ...", "May 14 — Parliament adopts ..."): one sentence (nlp), its
# present a historic one (temporal_component).
_ENTRY_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
CHRONOLOGY_ENTRY = re.compile(
    rf"(?:{_ENTRY_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_ENTRY_MONTH}(?:\s+\d{{4}})?"
    rf"|{_ENTRY_MONTH}\s+\d{{4}}|\d{{4}})\s*[:\u2014\u2013-]\s*(?=\S)"
)


DATELINE_CHARS = 60  # a longer run before the dash is a sentence, not a dateline
# A line ending a sentence: the lead or body text, not a headline or a caption ("?" and "!"
# may end a headline too); also read by temporal_component for the tense of headlines.
ENDS_SENTENCE = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*\Z")
_ENDS_STATEMENT = re.compile(r"[.\u2026][\"'\u201d\u2019)\]]*\Z")
HEADLINE_WORDS = 20  # a longer first line is a paragraph, not a headline
_LINE = re.compile(r"[^\n]+")


@dataclass(frozen=True)
class Header:
    """The top of an article: spans of its header lines (front matter or leading date line,
    timestamp lines, bylines, captions), its first timestamp line, its dateline and the spans
    of its bylines (where corpus.py reads the outlet: "BBC News", "By Jane Doe, Reuters")."""

    spans: tuple[tuple[int, int], ...] = ()
    date: re.Match[str] | None = None  # DATE_HEADER, DATE_ALONE or _STAMP_AFTER, group "value"
    dateline: re.Match[str] | None = None  # _DATELINE(_AGENCY), groups place, day, agency
    bylines: tuple[tuple[int, int], ...] = ()


def _plain(text: str) -> str:
    text = _ZERO_WIDTH.sub(" ", _ODD_SPACES.sub(" ", text))
    return _CONSENT.sub(lambda m: " " * len(m.group()), text)


# A cookie or consent banner pasted with the page: its lines are no part of the article, and
# above the headline they would hide the date line ("Cookies on BBC.com", "Yes, I agree").
_CONSENT = re.compile(
    r"^[ \t]*(?:"
    # the site speaking of its cookies: "We use cookies to ...", "Cookies on BBC.com", "We and
    # our 842 partners store ...", "Our cookie policy was last updated ..."
    r"(?i:we\s+use\s+cookies|cookies\s+on\s+[\w.-]+\.\w+|we\s+and\s+our\s+\d*\s*partners"
    r"|our\s+cookie\s+(?:policy|notice|settings)|(?:this|our)\s+(?:web)?site\s+uses\s+cookies"
    r"|we\s+value\s+your\s+privacy)[^\n]{0,400}"
    # its buttons
    r"|(?i:yes,?\s+i\s+agree|no,?\s+take\s+me\s+to\s+settings|accept\s+(?:all\s+)?cookies"
    r"|(?:(?:accept|reject)\s+all|manage\s+(?:preferences|settings|options|cookies)"
    r"|cookie\s+settings|privacy\s+settings|more\s+options)(?:\s+(?:(?:accept|reject)\s+all"
    r"|manage\s+(?:preferences|settings|options|cookies)|more\s+options))*)[ \t.!]*"
    r")$",
    re.MULTILINE,
)


def _date_line(text: str, start: int, after_byline: bool = False) -> re.Match[str] | None:
    """A DATE_ALONE or DATE_HEADER line at start (a bare date right after a byline is one).
    DATE_ALONE first: its value is the date alone, without the "Updated ..." after it, which a
    copy may glue to it ("Published June 25, 2021Updated June 26, 2021": the value of
    DATE_HEADER would run on into the update's day)."""
    match = DATE_ALONE.match(text, start)
    if match is not None and (after_byline or stands_alone(text, match)):
        return match
    return DATE_HEADER.match(text, start)


_SEPARATOR = re.compile(r"[|•·]")


def _byline_and_date(
    text: str, line: re.Match[str]
) -> tuple[re.Match[str], tuple[int, int]] | None:
    """(date, byline span) of a line that is a byline and a date line on either side of a
    separator ("By Jane Doe | March 14, 2024", "14 March 2024 • Jane Doe"), else None. The
    byline may hold a separator of its own: "By Jane Doe | CNN | March 14, 2024"."""
    separators = list(_SEPARATOR.finditer(line.group()))
    if not separators:
        return None
    middle = line.start() + separators[-1].start()  # the date after the last separator
    if is_byline(text[line.start() : middle], by_required=False):
        date = _STAMP_AFTER.match(text, middle)
        if date:
            return date, (line.start(), middle)
    middle, after = line.start() + separators[0].start(), line.start() + separators[0].end()
    if is_byline(text[after : line.end()], by_required=False):
        date = DATE_ALONE.match(text, line.start(), middle)  # endpos: "$" at the separator
        return (date, (after, line.end())) if date else None
    return None


def _labelled_date(text: str, line: re.Match[str], following: re.Match[str] | None) -> bool:
    """Whether a line is a label alone ("Published", "Last updated:") over a date line (BBC)."""
    return (
        following is not None
        and _STAMP_LABEL.fullmatch(line.group()) is not None
        and _date_line(text, following.start(), after_byline=True) is not None
    )


# A line of names that says it is a byline: "Bethan McKernan in Jerusalem", "Staff and agencies"
_BYLINE_HINT = re.compile(
    r"\bin [A-Z]|(?i:\b(?:staff|agencies|correspondents?|reporters?|editors?|writers?)\b)"
)


def _unlike_prose(dateline: re.Match[str]) -> bool:
    """Whether a _DATELINE match cannot be the start of a sentence: it has an agency or a
    day, or its place is in capitals ("MINNEAPOLIS —", not "Ain Issa -")."""
    place = dateline.group("place") or ""
    return bool(dateline.group("agency") or dateline.group("day") or not re.search("[a-z]", place))


def _header_lines(text: str, start: int) -> list[re.Match[str]]:
    """The non-blank lines from start, within DATE_HEADER_REACH characters."""
    lines = []
    for line in _LINE.finditer(text, start):
        if line.start() >= start + DATE_HEADER_REACH:
            break
        if line.group().strip():
            lines.append(line)
    return lines


def _chronology_entry(text: str, match: re.Match[str], line_end: int) -> bool:
    """True for a day and a dash with no place or agency whose next line starts the same way
    ("May 14 — Parliament adopts ..." / "May 18 — Zourabichvili vetoes ..."): a timeline box's
    entry, not a dateline."""
    if match.group("place") or match.group("agency") or not match.group("day"):
        return False
    following = _DATELINE.match(text, line_end + 1)
    return following is not None and bool(following.group("day")) and not following["place"]


def header(text: str) -> Header:
    """Read the top of `text` (see the module docstring); offsets are those of `text`.

    Lines are read until DATE_ALONE_LINES lines that are not header lines (a headline, a
    standfirst, the first paragraphs) or DATE_HEADER_REACH characters. A line of names without
    "By" is a byline before the first paragraph of prose (a line ending a sentence) when a
    date line or a byline comes right before it ("BBC News" under the names), a date line
    right after it, or when it says so ("in Jerusalem", "Staff and agencies") under the
    headline or standfirst. A bare date right after a byline or a label line ("Published") is
    a date line, and so is a line holding a byline and a date line around a separator ("By
    Jane Doe | March 14, 2024"). The dateline is looked for at the start of each line up to
    the first paragraph of prose, and at the first paragraph after the bylines and date lines
    that follow a standfirst (NYT: headline, standfirst, byline, date, "MINNEAPOLIS — ...")
    when it cannot be prose: an agency, a day or a place in capitals. A dateline with its
    agency may stand on lines of its own, the body under it (_DATELINE_AGENCY).
    """
    text = _plain(text)
    spans: list[tuple[int, int]] = []
    bylines: list[tuple[int, int]] = []
    start = 0
    lead = FRONT_MATTER.match(text) or DATE_LINE.match(text)
    if lead:
        spans.append((0, lead.end()))
        start = lead.end()
    date = dateline = None
    kept = dateline_end = 0
    after_date = after_byline = after_label = prose = False
    bylined = False  # a byline or date line since the last paragraph (the standfirst)
    lines = _header_lines(text, start)
    for number, line in enumerate(lines):
        if kept >= DATE_ALONE_LINES:
            break
        if line.start() < dateline_end:  # the rest of a dateline broken over lines
            continue
        body = line.group()
        following = lines[number + 1] if number + 1 < len(lines) else None
        stamp = _date_line(text, line.start(), after_byline or after_label)
        if stamp is None and (shared := _byline_and_date(text, line)) is not None:
            stamp = shared[0]
            bylines.append(shared[1])
        after_label = stamp is None and _labelled_date(text, line, following)
        if stamp is None and after_date and STAMP_REST_LINE.match(text, line.start()):
            spans.append((line.start(), line.end()))  # "3:42 PM GMT" under its date line
            continue
        if stamp is None and not after_label and UPDATED_TIME_LINE.match(text, line.start()):
            spans.append((line.start(), line.end()))  # "Updated 9:12 p.m. ET": no day
            continue
        if stamp is not None or after_label:
            spans.append((line.start(), line.end()))
            date = date or stamp
            after_date, after_byline, bylined = stamp is not None, False, True
            continue
        # a dateline with its agency, before its place is taken for a line of names
        if dateline is None and (not prose or bylined):
            match = _DATELINE_AGENCY.match(text, line.start())
            if match and len(match.group(2)) <= DATELINE_CHARS:
                dateline, dateline_end, prose, bylined = match, match.end(), True, False
                kept += 1
                continue
        # a line of names beside the date line or under a byline, or saying it is a byline
        # under the headline or standfirst; not "Prime Minister\n\nAdel Abdul-Mahdi\n\non
        # Friday" (a broken name)
        names_only = (
            not prose
            and (following is None or not following.group().lstrip()[:1].islower())
            and (
                after_date
                or (after_byline and len(body.split()) <= AFFILIATION_WORDS)
                or (following is not None and _date_line(text, following.start(), True))
                or (0 < kept <= 2 and _BYLINE_HINT.search(body))
            )
        )
        after_date = False
        after_byline = is_byline(body, by_required=not names_only)
        if after_byline:
            bylines.append((line.start(), line.end()))
            bylined = True
        if after_byline or is_non_prose_line(body):
            spans.append((line.start(), line.end()))
            continue
        kept += 1
        if dateline is None and (not prose or bylined):
            match = _DATELINE.match(text, line.start())
            if (
                match
                and match.end() <= line.end()
                and len(match.group(2)) <= DATELINE_CHARS
                and (not prose or _unlike_prose(match))
                and not _chronology_entry(text, match, line.end())
            ):
                dateline = match
        bylined = False
        if not prose:
            # the first line may be a headline ending in "?" or "!"
            ends = ENDS_SENTENCE if kept > 1 or lead else _ENDS_STATEMENT
            prose = (
                dateline is not None
                or bool(ends.search(body.rstrip(" *_")))
                or len(body.split()) > HEADLINE_WORDS
            )
    if date is None:
        date = DATE_HEADER.search(text, start, start + DATE_HEADER_REACH)
        if date is not None:
            spans.append((date.start(), date.end()))
    return Header(tuple(spans), date, dateline, tuple(bylines))


_CREDIT_PAREN = re.compile(
    r"\((?:Image|Photo|Picture|Credit|Pic)s?\s*:[^()\n]{0,80}\)", re.IGNORECASE
)
# "[Khalil Ashawi/Reuters]", "[AFP]", "[Getty Images]" at the end of a caption line.
_CREDIT_BRACKET = re.compile(
    r"\[[A-Z][^\[\]\n]{0,60}/[^\[\]\n]{1,40}\]|\[(?:AFP|AP|Reuters|Getty Images|EPA)\]"
)
_READ_MORE = re.compile(
    r"^[ \t]*(?:READ MORE|Read more|RELATED|Related|WATCH|LISTEN|Live updates|LIVE UPDATES"
    r"|Live|LIVE|As it happened)\s*:.*$"
    # a linked teaser in the body: "Maui officials defend sirens decision Read more"
    r"|^[^\n]{10,600}?[ \t]+(?:Read more|READ MORE)[ \t]*$",
    re.MULTILINE,
)
_IMAGE_ID = re.compile(r"^[ \t]*\d{9,}[ \t]*$", re.MULTILINE)
# "—Jane Doe in Istanbul contributed to this article." (one pass over the line: a line of
# spaces must not cost its length squared)
_CONTRIBUTED = re.compile(
    r"^[^\n]*\bcontributed to this (?:article|report)\.?[ \t]*$", re.MULTILINE
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


def _blank_spans(text: str, spans) -> str:
    """Replace each text[start:end] of spans (in any order, overlapping or not) with spaces."""
    pieces, position = [], 0
    for start, end in sorted(spans):
        start = max(start, position)
        if end <= start:
            continue
        pieces.append(text[position:start])
        pieces.append(re.sub(r"[^\n]", " ", text[start:end]))
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def strip_header(text: str) -> str:
    """Blank the header lines at the top (front matter or a ' date 2019-10-13' line, timestamp
    lines, bylines, captions: see header), keeping offsets; the dateline is left to clean."""
    return _blank_spans(text, header(text).spans)


def _non_prose_lines(text: str) -> list[tuple[int, int]]:
    """Spans of "By ..." bylines, copyright, caption, newsletter and furniture lines."""
    return [
        (line.start(), line.end())
        for line in _LINE.finditer(text)
        if is_byline(line.group()) or is_non_prose_line(line.group())
    ]


# A block of links under the article ("More on this story", "Related Topics", "Top stories"):
# the label and the link lines after it, with their dates, up to the next line of prose.
_RELATED_LABEL = re.compile(
    r"(?i:more\s+on\s+this\s+(?:story|topic)|related\s+(?:topics|stories|articles|content"
    r"|coverage|links)|top\s+stories|most\s+read|more\s+from\s+[\w .&'-]{1,30}|you\s+may\s+also"
    r"\s+like|recommended(?:\s+stories)?|read\s+next|around\s+the\s+(?:bbc|web)|related"
    r"|most\s+popular|popular(?:\s+(?:now|stories))?|trending(?:\s+(?:now|stories))?"
    r"|more\s+stories|more\s+news|editors?['’]?s?\s+picks|see\s+also)\s*:?"
)


RELATED_PROSE_WORDS = 8


def _blank_related(text: str) -> str:
    """Blank a block of related links: its label line and the lines under it that are no
    prose (titles, dates, a title asking a question), up to the first line of prose: one
    ending in a full stop, of RELATED_PROSE_WORDS words or more."""
    out, blanking = [], False
    for line in text.split("\n"):
        body = line.strip()
        if _RELATED_LABEL.fullmatch(body):
            blanking = True
        elif blanking and _ENDS_STATEMENT.search(body) and len(body.split()) >= RELATED_PROSE_WORDS:
            blanking = False
        out.append(" " * len(line) if blanking else line)
    return "\n".join(out)


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
_BLANK_LINE_AFTER = re.compile(r"\n[ \t]*\n\s*\S")
_REPORTED = re.compile(r"\b(?:said|says|say|told|reported|added)\Z")


def headline(text: str) -> tuple[int, int] | None:
    """(start, end) of the headline line at the top of (cleaned) `text`, or None.

    A headline is the first non-blank line when a blank line follows it, it does not end like a
    sentence ("Israel-Hamas war: aid convoy enters Gaza") and it is at most HEADLINE_WORDS words
    long. A first paragraph ending in a full stop, or in "officials said", is the lead.
    """
    first = re.search(r"\S", text)
    if first is None:
        return None
    end = text.find("\n", first.start())
    if end < 0 or not _BLANK_LINE_AFTER.match(text, end):
        return None
    line = text[first.start() : end].rstrip()
    if ENDS_SENTENCE.search(line) or _REPORTED.search(line):
        return None
    if len(line.split()) > HEADLINE_WORDS or not any(c.isalpha() for c in line):
        return None
    return first.start(), first.start() + len(line)


def clean(text: str) -> str:
    """Return text of the same length with non-prose blanked out (see module docstring)."""
    text = _plain(text)
    top = header(text)
    spans = list(top.spans) + _non_prose_lines(text)
    if top.dateline is not None:
        spans.append((top.dateline.start(2), top.dateline.end()))
    spans += [(match.start(), match.end()) for match in _IMAGE.finditer(text)]
    # a related block first: its label line ("RELATED:") is also a "read more" line
    text = _blank_related(_blank_spans(text, spans))
    for pattern in (_CREDIT_PAREN, _CREDIT_BRACKET, _READ_MORE, _IMAGE_ID, _CONTRIBUTED):
        text = _blank_matches(text, pattern)
    text = _blank_tweet_embeds(text)
    return _join_broken_names(text)
