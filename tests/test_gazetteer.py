"""The place index: matching keys, ranking, the on-disk cache, and the real GeoNames data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timeline.gazetteer import Gazetteer, build_index, default_cache_dir, fold, skeleton


def _city(gid, name, lat, lon, cc, population, alternates=()):
    return {
        "geonameid": gid,
        "name": name,
        "latitude": lat,
        "longitude": lon,
        "countrycode": cc,
        "population": population,
        "timezone": "",
        "admin1code": "OR" if cc == "US" else "01",
        "alternatenames": list(alternates),
    }


def _country(gid, name, iso, capital, population):
    return {
        "geonameid": gid,
        "name": name,
        "iso": iso,
        "capital": capital,
        "population": population,
    }


@pytest.fixture(scope="module")
def small_data(tmp_path_factory) -> dict[str, Path]:
    """A few towns and countries in GeoNames' JSON layout."""
    root = tmp_path_factory.mktemp("geonames")
    cities = {
        "1": _city(1, "Damascus", 33.51, 36.29, "SY", 1569394, ["Dimashq", "DAM"]),
        "2": _city(2, "Damascus", 45.42, -122.46, "US", 10539),
        "3": _city(3, "‘Ayn ‘Īsá", 36.39, 38.86, "SY", 0, ["Ain Aissa", "`Ayn `Isa"]),
        "4": _city(4, "Ra’s al ‘Ayn", 36.85, 40.07, "SY", 0, ["Ras el Ain"]),
        "5": _city(5, "Ceylanpınar", 36.85, 40.05, "TR", 87000, ["Ras al Ain", "Ceylanpinar"]),
        "6": _city(6, "Ankara", 39.92, 32.85, "TR", 3517182),
        "7": _city(7, "Washington", 38.9, -77.04, "US", 689545),
    }
    countries = {
        "SY": _country(163843, "Syria", "SY", "Damascus", 17070135),
        "TR": _country(298795, "Turkey", "TR", "Ankara", 82319724),
        "US": _country(6252001, "United States", "US", "Washington", 327167434),
    }
    states = {"OR": {"code": "OR", "name": "Oregon", "fips": "41", "geonameid": 5744337}}
    continents = {"AS": {"geonameId": 6255147, "name": "Asia", "lat": "29.8", "lng": "89.3"}}
    paths = {}
    for name, data in [
        ("cities", cities),
        ("countries", countries),
        ("us_states", states),
        ("continents", continents),
    ]:
        paths[name] = root / f"{name}.json"
        paths[name].write_text(json.dumps(data), encoding="utf-8")
    return paths


@pytest.fixture(scope="module")
def small(small_data, tmp_path_factory) -> Gazetteer:
    path = tmp_path_factory.mktemp("index") / "small.sqlite"
    build_index(path, **small_data)
    return Gazetteer(path)


@pytest.fixture(scope="module")
def real() -> Gazetteer:
    return Gazetteer.load()


def test_fold_ignores_case_accents_apostrophes_articles_and_doubled_letters():
    assert fold("Ra’s al ‘Ayn") == fold("ras AYN")
    assert fold("Akçakale") == fold("Akcakale")
    assert fold("Hassakeh") == fold("Hasakeh") == fold("Al-Hasakeh")


def test_skeleton_equates_vowel_and_glide_spellings():
    assert skeleton(fold("Ain Issa")) == skeleton(fold("'Ayn 'Isa")) == skeleton(fold("Ain Eissa"))
    assert skeleton(fold("Kobane")) == skeleton(fold("Kobani"))


def test_population_decides_between_namesakes(small):
    assert small.lookup("Damascus").country == "Syria"


def test_document_countries_decide_between_namesakes_unless_a_capital_is_ten_times_bigger(
    small, real
):
    # Damascus, Oregon has 10,539 people; Syria's capital 1.5 million
    assert small.lookup("Damascus", near_countries=["US"]).country == "Syria"
    assert small.lookup("Ras al Ain", near_countries=["SY"]).country == "Syria"
    # Athens, Georgia (127,315) is no tenth of Athens (664,046); Copenhagen, New York has 800
    assert real.lookup("Athens", near_countries=["US"]).country == "United States"
    assert real.lookup("Georgetown", near_countries=["US"]).country == "United States"
    assert real.lookup("Copenhagen", near_countries=["US"]).country == "Denmark"
    assert real.lookup("Copenhagen", near_countries=["US"]).lat > 50


def test_loose_spellings_match_only_in_the_documents_countries(small):
    assert small.lookup("Ain Eissa") is None
    place = small.lookup("Ain Eissa", near_countries=["Syria"])
    assert (place.name, place.country, place.geo_precision) == ("Ayn Isa", "Syria", "town")
    assert place.aliases == ("Ain Eissa",)


def test_a_towns_own_name_beats_another_towns_alternate_name(small):
    assert small.lookup("Ras al-Ain", near_countries=["SY", "TR"]).country == "Syria"


def test_countries_and_their_common_english_names(small):
    for name in ("US", "U.S.", "United States", "America"):
        place = small.lookup(name)
        assert (place.name, place.geo_precision) == ("United States", "country")
    assert small.country_name("TR") == small.country_name("Turkiye") == "Turkey"


def test_capital_is_known_as_such(small):
    candidate = small.resolve("Washington")
    assert candidate.capital_of == "United States"
    assert candidate.place.geo_precision == "town"


def test_codes_among_alternate_names_are_not_indexed(small):
    assert small.lookup("DAM") is None


def test_canonical_names_are_ascii(small):
    assert small.lookup("'Ayn 'Isa").name == "Ayn Isa"


def test_us_states_and_continents_are_regions(small):
    assert small.lookup("Oregon").geo_precision == "region"
    assert small.lookup("Asia").geo_precision == "region"


def test_corrupt_cache_is_rebuilt(small_data, tmp_path, monkeypatch):
    path = tmp_path / "index.sqlite"
    path.write_bytes(b"not a database at all")
    from timeline import gazetteer

    monkeypatch.setattr(gazetteer, "build_index", lambda p: build_index(p, **small_data))
    assert Gazetteer.load(path).lookup("Ankara").country == "Turkey"
    Gazetteer._instances.pop(path, None)


def test_cache_dir_honours_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path))
    assert default_cache_dir() == tmp_path


@pytest.mark.parametrize(
    "spellings, name, country",
    [
        (["Ain Issa", "Ain Eissa", "Ayn Issa", "'Ayn 'Isa"], "Ayn Isa", "Syria"),
        (["Tal Abyad", "Tel Abyad", "Tall Abyad"], "Tall Abyad", "Syria"),
        (["Kobani", "Kobane", "'Ayn al 'Arab"], "Ayn al Arab", "Syria"),
        (["Hasaka", "Hassakeh", "Hasakah", "Al-Hasakah"], "Al Hasakah", "Syria"),
        (["Ras al-Ain", "Ras Al Ain", "Ra's al 'Ayn"], "Ras al Ayn", "Syria"),
        (["Akcakale", "Akçakale"], "Akcakale", "Turkey"),
        (["al-Hol"], "Al Hawl", "Syria"),
        (["Raqqa"], "Ar Raqqah", "Syria"),
    ],
)
def test_real_transliterations_meet_in_one_place(real, spellings, name, country):
    for spelling in spellings:
        place = real.lookup(spelling, near_countries=["Syria", "Turkey"])
        assert (place.name, place.country) == (name, country), spelling
        assert place.lat is not None and place.lon is not None


def test_real_damascus_is_in_syria_not_oregon(real):
    assert real.lookup("Damascus").country == "Syria"


def test_real_countries(real):
    for name, canonical in [
        ("Syria", "Syria"),
        ("Turkey", "Turkey"),
        ("Iraq", "Iraq"),
        ("U.S.", "United States"),
        ("UK", "United Kingdom"),
        ("Britain", "United Kingdom"),
    ]:
        place = real.lookup(name)
        assert (place.name, place.geo_precision) == (canonical, "country")


def test_real_surnames_are_no_places_without_context(real):
    for name in ("Erdogan", "Trump", "Esper"):
        assert real.lookup(name) is None


def test_a_place_lies_in_its_country_its_us_state_and_its_continent(tmp_path):
    from dataclasses import replace

    cities = {
        "1": _city(1, "Wrocław", 51.1, 17.03, "PL", 634893, ["Breslau"]),
        "2": _city(2, "Salem", 44.94, -123.04, "US", 175535),  # admin1 OR in _city
    }
    countries = {
        "PL": {**_country(798544, "Poland", "PL", "Warsaw", 37978548), "continentcode": "EU"},
        "US": {
            **_country(6252001, "United States", "US", "Washington", 327167434),
            "continentcode": "NA",
        },
    }
    states = {"OR": {"code": "OR", "name": "Oregon", "fips": "41", "geonameid": 5744337}}
    continents = {
        "EU": {"geonameId": 6255148, "name": "Europe", "lat": "48.7", "lng": "9.1"},
        "NA": {"geonameId": 6255149, "name": "North America", "lat": "46.1", "lng": "-100.5"},
    }
    paths = {}
    for name, data in [
        ("cities", cities),
        ("countries", countries),
        ("us_states", states),
        ("continents", continents),
    ]:
        paths[name] = tmp_path / f"{name}.json"
        paths[name].write_text(json.dumps(data), encoding="utf-8")
    build_index(tmp_path / "index.sqlite", **paths)
    gazetteer = Gazetteer(tmp_path / "index.sqlite")
    wroclaw, salem = gazetteer.lookup("Wroclaw"), gazetteer.lookup("Salem")
    assert gazetteer.regions_of(wroclaw) == ("Poland", "Europe")
    assert gazetteer.regions_of(salem) == ("United States", "Oregon", "North America")
    assert gazetteer.lies_in(wroclaw, "poland") and not gazetteer.lies_in(wroclaw, "Oregon")
    # the press's spelling of the town, as events carry it, lies in the same places
    assert gazetteer.lies_in(replace(salem, name="Salem, Ore."), "Oregon")


def test_real_polish_towns_match_without_their_diacritics(real):
    for spelling in ("Glucholazy", "Głuchołazy"):
        place = real.lookup(spelling)
        assert (place.name, place.country) == ("Glucholazy", "Poland"), spelling
    assert real.lies_in(real.lookup("Klodzko"), "Poland")
    assert real.lies_in(real.lookup("Portland", ["US"]), "Oregon")


def test_an_initial_is_no_place(real):
    assert real.lookup("W") is None


def test_real_town_within_a_us_state_or_country(real):
    for town, area, lat in [
        ("Georgetown", "South Carolina", 33.4),
        ("Portland", "Maine", 43.7),
        ("Paris", "Texas", 33.7),
        ("Atlanta", "Georgia", 33.7),  # Georgia the state, not the country
    ]:
        found = real.resolve(town, within=real.areas(area))
        assert found.place.country == "United States", town
        assert abs(found.place.lat - lat) < 0.5, town
    assert real.resolve("Georgetown", within=real.areas("Guyana")).place.country == "Guyana"
    assert real.resolve("Tripoli", within=real.areas("Lebanon")).place.country == "Lebanon"
    # no such town there: nothing, rather than the namesake elsewhere
    assert real.resolve("Damascus", within=real.areas("Texas")) is None
    # without an area, the most likely namesake as before
    assert real.resolve("Paris").place.country == "France"


def test_areas_are_countries_and_us_states_only(real):
    assert {c.place.geo_precision for c in real.areas("Georgia")} == {"country", "region"}
    assert real.areas("Aleppo") == ()
    assert real.areas("Europe") == ()


def test_real_city_spelt_out_beats_a_loose_match_in_the_documents_country(real):
    # Odos, a French village of 3,000, shares Odesa's skeleton; Ras al-Ain has no namesake city
    assert real.lookup("Odesa", near_countries=["France"]).country == "Ukraine"
    assert real.lookup("Ras al-Ain", near_countries=["Syria"]).country == "Syria"


def test_real_loose_matches_are_other_spellings_not_other_words(real):
    # a ship and a television programme share only consonants with a town of the country
    assert real.lookup("Titanic", near_countries=["United States"]) is None
    assert real.lookup("Nieuwsuur", near_countries=["Egypt"]) is None
    # a country's other name beats a loose match of a village in the document's country
    britain = real.lookup("Britain", near_countries=["Canada"])
    assert (britain.name, britain.geo_precision) == ("United Kingdom", "country")
    # transliterations still meet
    assert real.lookup("Ain Eissa", near_countries=["Syria"]).name == "Ayn Isa"


def test_real_regions_of_countries(real):
    for name, country in [
        ("Scotland", "United Kingdom"),
        ("Catalonia", "Spain"),
        ("Crimea", "Ukraine"),
        ("Gaza Strip", "Palestinian Territory"),
        ("Quebec", "Canada"),
        ("Odisha", "India"),
        ("Orissa", "India"),
        ("Minas Gerais", "Brazil"),
        ("Sinaloa", "Mexico"),
        ("Khyber Pakhtunkhwa", "Pakistan"),
        ("Borno", "Nigeria"),
        ("Sichuan", "China"),
    ]:
        place = real.lookup(name)
        assert (place.country, place.geo_precision) == (country, "region"), name
    assert real.lies_in(real.lookup("Scotland"), "United Kingdom")


def test_real_countries_by_their_common_names_and_regions_across_borders(real):
    assert real.lookup("Netherlands").geo_precision == "country"  # not only "The Netherlands"
    congo = real.lookup("Congo")  # the wire services' Congo, not El Congo, El Salvador
    assert (congo.name, congo.geo_precision) == ("Democratic Republic of the Congo", "country")
    assert real.lookup("Congo", ["CG"]).name == "Republic of the Congo"  # a Brazzaville story
    assert real.lookup("Republic of Congo").name == "Republic of the Congo"
    assert (real.lookup("Sinai").country, real.lookup("Sinai").geo_precision) == ("Egypt", "region")
    # regions of several countries (or a disputed one) have a point and no country: "the
    # Middle East" is no town in Maryland, "the Sahel" none in Egypt, Kashmir no Cashmere
    for name in ("Middle East", "Sahel", "Levant", "Balkans", "Horn of Africa", "Kashmir"):
        for near in ([], ["EG"], ["US"]):
            place = real.lookup(name, near)
            assert (place.name, place.country, place.geo_precision) == (name, None, "region")
            assert place.lat is not None


def test_real_towns_lie_in_the_region_they_belong_to(real):
    for town, country, region in [
        ("Glasgow", "GB", "Scotland"),
        ("Cardiff", "GB", "Wales"),
        ("Erbil", "IQ", "Kurdistan Region"),
        ("Khan Yunis", "PS", "Gaza Strip"),
        ("Barcelona", "ES", "Catalonia"),
        ("Nyala", "SD", "Darfur"),
        ("Cuttack", "IN", "Odisha"),
        ("Brumadinho", "BR", "Minas Gerais"),
        ("Culiacan", "MX", "Sinaloa"),
        ("Peshawar", "PK", "Khyber Pakhtunkhwa"),
        ("Maiduguri", "NG", "Borno"),
    ]:
        assert real.lies_in(real.lookup(town, [country]), region), town
    assert not real.lies_in(real.lookup("Cardiff", ["GB"]), "Scotland")
    assert not real.lies_in(real.lookup("Kolkata", ["IN"]), "Odisha")
    assert not real.lies_in(real.lookup("Mosul", ["IQ"]), "Kurdistan Region")
    assert real.regions_of(real.lookup("Houston", ["US"]))[:2] == ("United States", "Texas")


def test_real_a_state_beats_a_far_smaller_town_of_the_documents_country(real):
    # "Hospitals in California" in a London story: the state, not a hamlet near Falkirk
    california = real.lookup("California", near_countries=["United Kingdom"])
    assert (california.country, california.geo_precision) == ("United States", "region")
    # a town of note of the story's country keeps its name: Florida, Cuba (63,000) in a
    # Cuban story, Sonora, California in an American one
    assert real.lookup("Florida", near_countries=["Cuba"]).country == "Cuba"
    assert real.lookup("Sonora", near_countries=["United States"]).country == "United States"
    # a town of note keeps its name: Virginia, South Africa, a fiftieth of the state's size
    assert real.lookup("Virginia", near_countries=["South Africa"]).country == "South Africa"
    # Ontario, California is the state's namesake too big to lose in an American story
    assert real.lookup("Ontario", near_countries=["United States"]).country == "United States"


def test_real_english_counties_are_regions_with_the_towns_around_them(real):
    essex = real.lookup("Essex", near_countries=["United Kingdom"])
    assert (essex.country, essex.geo_precision) == ("United Kingdom", "region")
    # outside a British story a county is no likelier than a town of its name elsewhere
    assert real.lookup("Somerset", near_countries=["United States"]).country == "United States"
    assert real.lookup("Cheshire").country == "United States"
    # a county shares its name with a town abroad: the story's country decides
    assert real.lookup("Kent", near_countries=["United States"]).country == "United States"
    assert real.lookup("Kent", near_countries=["United Kingdom"]).geo_precision == "region"
    # "Richmond, North Yorkshire" is the Yorkshire town, not London's nor Virginia's
    richmond = real.resolve("Richmond", within=real.areas("North Yorkshire"))
    assert (richmond.place.country, round(richmond.place.lat)) == ("United Kingdom", 54)
