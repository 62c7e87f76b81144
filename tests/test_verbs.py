"""The vocabulary of saying: one list of verbs, matched by every word form."""

from timeline.verbs import REPORTING, SPEAKING, all_forms, past_forms, present_forms


def test_present_forms_inflect_the_third_person():
    assert present_forms("say", "deny", "push", "go") == {
        "say", "says", "deny", "denies", "push", "pushes", "go", "goes",
    }  # fmt: skip


def test_past_forms_know_the_irregular_verbs_of_saying():
    assert past_forms("say", "tell", "speak", "write") == {
        "said", "told", "spoke", "spoken", "wrote", "written",
    }  # fmt: skip
    assert past_forms("announce", "report", "deny") == {"announced", "reported", "denied"}


def test_all_forms_add_the_participle_in_ing():
    assert {"stating", "saying", "telling"} <= all_forms("state", "say", "tell")


def test_statements_and_reports_read_every_form():
    assert {"says", "said", "told", "spoke", "talking"} <= SPEAKING
    assert {"added", "warned", "reports", "saying"} <= REPORTING
