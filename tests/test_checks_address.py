"""Mixing "u" and "je" for the reader is flagged at the first place of each form."""
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
