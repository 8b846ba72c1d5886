"""An invitation must say what, when, where, why, what to bring, how to respond and whom to ask."""
import pytest

from checks_support import findings

COMPLETE = """Beste ouders,

Wij nodigen u uit voor de ouderavond van groep 8.
De ouderavond is op dinsdag 17 september om 19.30 uur.
De avond is in de aula van de school.
Wij vertellen over het schooladvies, omdat uw kind volgend jaar naar een nieuwe school gaat.
U hoeft niets mee te nemen.
Komt u? Laat het ons weten vóór vrijdag 13 september.
Heeft u een vraag? Bel juf Esra: 012-3456789.

Groet,
Juf Esra
"""


def rules(text):
    return sorted(f.rule for f in findings(text, "invitation"))


def test_a_complete_invitation_has_no_findings():
    assert rules(COMPLETE) == []


def test_each_missing_element_is_a_finding_on_the_invitation_sentence():
    text = "Beste ouders,\n\nWij nodigen u uit voor een bijeenkomst.\n\nGroet,\nDe school\n"
    found = findings(text, "invitation")
    assert sorted(f.rule for f in found) == [
        "invitation.bring", "invitation.contact", "invitation.respond", "invitation.what",
        "invitation.when", "invitation.where", "invitation.why"]
    assert {f.text for f in found} == {"Wij nodigen u uit voor een bijeenkomst."}
    when = next(f for f in found if f.rule == "invitation.when")
    assert "dag en datum" in when.message and "hoe laat" in when.message


def test_a_reply_deadline_is_not_the_date_of_the_meeting():
    text = COMPLETE.replace("op dinsdag 17 september om 19.30 uur", "binnenkort om 19.30 uur")
    assert rules(text) == ["invitation.when"]


def test_missing_deadline_is_part_of_respond():
    text = COMPLETE.replace(" vóór vrijdag 13 september", "")
    (finding,) = findings(text, "invitation")
    assert finding.rule == "invitation.respond" and "vóór welke datum" in finding.message


def test_meeting_only_during_working_hours_gets_a_gentle_hint():
    text = COMPLETE.replace("om 19.30 uur", "van 9.00 tot 11.00 uur")
    (finding,) = findings(text, "invitation")
    assert finding.rule == "invitation.working-hours" and finding.severity == "info"
    assert rules(text.replace("van 9.00 tot 11.00 uur", "van 9.00 tot 11.00 uur of 's avonds om 19.30 uur")) == []
    assert rules(text.replace("dinsdag", "zaterdag")) == []


def test_a_letter_that_invites_nobody_is_not_checked():
    assert rules("Beste ouders,\n\nOp maandag is de school dicht. De kinderen zijn vrij.\n") == []


def test_a_date_far_from_any_clock_time_is_not_the_moment_of_the_meeting():
    text = COMPLETE.replace("De ouderavond is op dinsdag 17 september om 19.30 uur.",
                            "De ouderavond is op dinsdag 17 september.\n\nDe kinderen zijn vrij.\n\n"
                            "De kinderen eten die dag thuis om 18.00 uur.")
    assert rules(text) == ["invitation.when"]


def test_a_date_and_a_clock_time_in_next_sentences_or_under_a_label_are_the_moment():
    next_sentence = COMPLETE.replace("op dinsdag 17 september om 19.30 uur.",
                                     "op dinsdag 17 september. Hij begint om 19.30 uur.")
    assert rules(next_sentence) == []
    labelled = COMPLETE.replace("De ouderavond is op dinsdag 17 september om 19.30 uur.",
                                "De ouderavond is op dinsdag 17 september.\n\nDat is fijn.\n\n"
                                "Wanneer?\n- van 19.30 tot 21.00 uur")
    assert rules(labelled) == []


def test_a_place_far_from_the_meeting_is_not_where_it_is():
    text = COMPLETE.replace("De avond is in de aula van de school.", "").replace(
        "U hoeft niets mee te nemen.", "U hoeft niets mee te nemen.\n\nDe tassen blijven in de klas.")
    assert rules(text) == ["invitation.where"]


def test_a_payment_deadline_is_not_a_reply_deadline():
    text = COMPLETE.replace("Laat het ons weten vóór vrijdag 13 september.",
                            "Laat het ons weten.\n\nBetaal de bijdrage van 5 euro vóór vrijdag 13 september.")
    (finding,) = findings(text, "invitation")
    assert finding.rule == "invitation.respond" and "vóór welke datum" in finding.message
    assert "laten weten" not in finding.message


@pytest.mark.parametrize("replacement", [
    "Laat het ons weten. Meld uw kind vóór 15 maart aan bij de nieuwe school.",  # enrolling, not answering
    "Laat het ons weten.\n\nDe foto's zijn klaar vóór vrijdag 13 september.",    # far from the way to answer
])
def test_a_deadline_that_is_not_for_the_answer_does_not_count(replacement):
    assert rules(COMPLETE.replace("Laat het ons weten vóór vrijdag 13 september.", replacement)) == [
        "invitation.respond"]


def test_saying_that_no_sign_up_is_needed_answers_respond():
    text = COMPLETE.replace("Komt u? Laat het ons weten vóór vrijdag 13 september.",
                            "U hoeft zich niet aan te melden.")
    assert rules(text) == []


def test_an_event_named_far_from_the_invitation_is_not_what_it_is_for():
    text = ("Beste ouders,\n\nWij nodigen u uit voor een bijeenkomst.\n\nHet was warm.\n\nDe kinderen zijn moe.\n\n"
            "De schoolreis was leuk.\n")
    assert "invitation.what" in rules(text)
    assert "invitation.what" not in rules(text.replace("Het was warm.", "Op die bijeenkomst praten wij over de schoolreis."))
    assert "invitation.what" in rules(text.replace("Het was warm.", "De juf heeft gepraat over de schoolreis."))
