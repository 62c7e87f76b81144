from timeline.cleanup import clean, headline


def _kept(text: str) -> str:
    return " ".join(clean(text).split())


def test_cleanup_preserves_length_so_offsets_stay_valid():
    text = (
        " date 2019-10-13 Hundreds fled.\u00a0More (Image: Getty )\nREAD MORE: x\n191013083950643\n"
    )
    assert len(clean(text)) == len(text)


def test_leading_date_line_is_blanked():
    assert _kept(" date 2019-10-13 Hundreds of people escaped.") == "Hundreds of people escaped."


def test_no_break_spaces_become_spaces():
    assert clean("Ras\u00a0al-Ain") == "Ras al-Ain"


def test_dateline_is_blanked():
    assert (
        _kept("Ain Issa    -     Hundreds of foreigners escaped.")
        == "Hundreds of foreigners escaped."
    )
    assert _kept("BEIRUT (Reuters) - Turkish forces advanced.") == "Turkish forces advanced."


def test_a_dateline_after_a_headline_and_a_date_line_is_blanked():
    text = (
        "Aid convoy enters Gaza\n\nMon 15 Jan 2024 09.12 GMT\n\nJERUSALEM (AP) — A convoy entered."
    )
    assert _kept(text) == "Aid convoy enters Gaza A convoy entered."
    # a headline's own dash is no dateline
    assert (
        _kept("Storm hits - homes flooded\n\nRain fell.") == "Storm hits - homes flooded Rain fell."
    )


def test_photo_credits_are_blanked_but_the_caption_kept():
    assert _kept("Turkey launched its offensive on Wednesday [Khalil Ashawi/Reuters]") == (
        "Turkey launched its offensive on Wednesday"
    )
    assert _kept("Trump and Starmer have been blasted (Image: Getty )") == (
        "Trump and Starmer have been blasted"
    )


def test_read_more_lines_image_ids_and_contributor_lines_are_blanked():
    text = "A fact.\nREAD MORE: Another story\n191013083950643\n—Jane Doe in Istanbul contributed to this article.\n"
    assert _kept(text) == "A fact."


def test_tweet_embed_is_blanked_with_its_quoted_bullets():
    text = (
        "He told us:\n\n- 859 people escaped\n\n- Cells emerged pic.twitter.com/GKa1TV7NIJ "
        "— Rojava Information Center (@RojavaIC) October 13, 2019\n\nThe SDF said more."
    )
    assert _kept(text) == "He told us: The SDF said more."


def test_names_broken_over_paragraphs_are_rejoined():
    text = "Prime Minister\n\nAdel Abdul-Mahdi\n\non Friday directed the border force."
    assert clean(text).replace("  ", " ").split("\n") == [
        "Prime Minister  Adel Abdul-Mahdi  on Friday directed the border force.".replace("  ", " ")
    ]
    text = "said\n\nAlex Mello,\n\na security analyst."
    assert "\n" not in clean(text)


def test_headings_stay_separate_paragraphs():
    text = "'Catastrophic' humanitarian crisis\n\nTurkey meanwhile pressed ahead with its push."
    assert "\n" in clean(text)


def test_abbreviated_title_before_a_broken_name_is_rejoined():
    text = "Military spokesman Brig. Gen.\n\nTahsin al-Khafaji\n\nsaid Iraq was ready."
    assert "\n" not in clean(text)


def test_a_headline_is_the_first_line_before_a_blank_line_that_ends_no_sentence():
    text = "Israel-Hamas war: aid convoy enters Gaza\n\nThe first trucks crossed on Saturday."
    start, end = headline(text)
    assert text[start:end] == "Israel-Hamas war: aid convoy enters Gaza"
    assert headline("\n  Quake hits Turkey  \n \nRescuers dug through rubble.")[0] == 3


def test_a_first_paragraph_that_ends_a_sentence_or_runs_on_is_no_headline():
    assert headline("Turkey launched an offensive on Wednesday.\n\nIt said so.") is None
    assert headline('He said: "We will respond!"\n\nIt said so.') is None
    assert headline("Quake hits Turkey\nRescuers dug through rubble.") is None  # no blank line
    assert headline("Quake hits Turkey\n\n") is None  # nothing after it
    assert headline(" ".join(["word"] * 31) + "\n\nBody.") is None
    assert headline("2023-10-21 14:30\n\nBody.") is None
