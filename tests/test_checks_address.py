"""Mixing "u" and "je" for the reader is flagged at the first place of each form."""
import pytest

from checks_support import findings


def test_mixed_forms_are_flagged_at_the_first_place_of_each():
    text = "Beste ouders,\n\nU bent welkom. Uw kind mag mee. Neem je kind mee. Jij bent ook welkom."
    found = findings(text, "address")
    assert [(f.start, f.text) for f in found] == [(text.index("U bent"), "U"), (text.index("je kind"), "je")]
    assert all("'u' en ook met 'je'" in f.message for f in found)
    assert [f.suggestions for f in found] == [["je"], ["u"]]


def test_one_form_throughout_is_fine():
    assert findings("Beste ouders,\n\nU bent welkom. Neem uw kind mee.", "address") == []
    assert findings("Hoi allemaal,\n\nJe bent welkom. Neem je kind mee.", "address") == []


def test_a_second_reader_named_in_the_salutation_may_be_je():
    text = "Beste ouders, beste student,\n\nU krijgt een brief. Je moet je stageplek zoeken."
    assert findings(text, "address") == []


def test_quoted_speech_is_not_said_to_the_parent():
    text = ('Beste ouders,\n\nU komt met uw kind naar het gesprek. De juf vraagt dan: "Wat vind jij leuk op school?" '
            "Daarna vertelt u iets.\nDe mentor zegt vaak: “Je mag altijd komen.”\n")
    assert findings(text, "address") == []


def test_a_part_written_to_the_children_may_use_je():
    text = ("Beste ouders,\n\nU bent welkom op het feest.\n\nLieve kinderen,\nJij mag je mooiste kleren aandoen!\n\n"
            "Beste ouders,\nWilt u een taart bakken?\n")
    assert findings(text, "address") == []
    assert [f.text for f in findings(text + "Dan hoor je het snel.\n", "address")] == ["U", "je"]


def test_je_in_a_fixed_expression_is_not_the_reader():
    assert findings("Beste ouders,\n\nNeem een jas mee, je weet maar nooit. U krijgt ook thee.", "address") == []


def test_a_parent_addressed_with_je_outside_quotes_is_still_flagged():
    text = 'Beste ouders,\n\nU krijgt een brief met het "rooster". Lees je de brief goed?'
    assert [f.text for f in findings(text, "address")] == ["U", "je"]


# Salutations, plural "jullie" and sentences said to the child (sentences written for these tests).
@pytest.mark.parametrize("salutation,second_reader", [
    ("Beste ouders, beste student,", True),
    ("Beste ouders en leerlingen,", True),
    ("Beste leerling en ouders,", True),
    ("Beste ouders & studenten,", True),
    ("Lieve ouders en kinderen,", True),
    ("Beste ouders van leerlingen uit klas 3,", False),
    ("Geachte ouders/verzorgers van leerlingen in groep 8,", False),
    ("Beste ouder(s)/verzorger(s) van studenten uit leerjaar 2,", False),
    ("Beste ouders,", False),
])
def test_only_a_reader_greeted_in_the_salutation_may_be_je(salutation, second_reader):
    text = f"{salutation}\n\nU bent welkom op de avond. Je hoort dan alles over de toetsen.\n"
    assert (findings(text, "address") == []) == second_reader


@pytest.mark.parametrize("body", [
    "Jullie zijn van harte welkom. Wilt u een taart bakken?",
    "U bent welkom. Kinderen, vraag je ouders of ze ook komen!",
    "U krijgt een brief. Vraag aan je juf of je mee mag.",
    "Uw kind krijgt een boekje. Daarin staat: ‘Lees het samen met je papa of mama.’",
    "Neemt u een jas mee? Je weet maar nooit.",
    "U bent welkom.\n\nHoi groep 7,\nJullie oefenen je lied nog één keer.\n\nBeste ouders,\nTot dan!",
    "U krijgt een brief. In groep 1 gaat het over je lichaam en over wat je fijn vindt.",
])
def test_je_and_jullie_not_said_to_the_parent(body):
    assert findings(f"Beste ouders,\n\n{body}\n", "address") == []


@pytest.mark.parametrize("body", [
    "U bent welkom. Neem je kind gerust mee.",
    "Wij rekenen op uw komst. Je ontvangt later een bericht.",
    "Jullie zijn welkom. Heb je nog vragen? Bel ons. Uw kind mag ook komen.",
    "U krijgt een brief. Jij mag zelf kiezen of je komt.",
    "Als je vragen hebt over uw kind, mail de juf.",
    "U bent welkom. Het gesprek gaat over je kind en zijn rapport.",
])
def test_je_said_to_the_parent_next_to_u_is_flagged(body):
    found = {f.text.lower() for f in findings(f"Beste ouders,\n\n{body}\n", "address")}
    assert found & {"je", "jij"} and found & {"u", "uw"}, found
