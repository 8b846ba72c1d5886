"""A letter without any way to react or to contact the school gets a hint."""
from checks_support import findings


def test_letter_without_a_way_to_react_gets_a_hint_on_its_last_unit():
    text = "Beste ouders,\n\nOp maandag is de school dicht.\n\nGroet,\nDe directie"
    (finding,) = findings(text, "dialogue")
    assert finding.severity == "info" and "reageren" in finding.message
    assert text.endswith(finding.text)


def test_a_phone_number_mail_address_or_question_prompt_is_enough():
    base = "Beste ouders,\n\nOp maandag is de school dicht. "
    for way in ("Bel ons: 012-3456789.", "Mail naar info@school.nl.", "Vragen? Spreek de juf aan.",
                "Laat ons weten of u komt."):
        assert findings(base + way, "dialogue") == [], way


def test_signing_up_is_a_way_to_react_only_when_the_reader_is_asked_to():
    base = "Beste ouders,\n\nDe herkansing is op maandag 3 maart. "
    assert findings(base + "U kunt zich aanmelden via Parro.", "dialogue") == []
    assert findings(base + "De herkansing geschiedt uitsluitend na aanmelding.", "dialogue") != []
    assert findings(base + "Aanmelden is niet nodig.", "dialogue") != []
