"""Letter units: salutation, headings, dates, list items, paragraphs; no split inside
abbreviations, times and dates; offsets always point into the original text."""
import pytest

from readability.segment import segment

LETTER = """Amsterdam, 12 maart 2026

Beste ouders en verzorgers,

Ouderavond groep 8
Op dinsdag 17 maart om 19.30 uur is er een ouderavond. We praten o.a. over het schooladvies i.v.m. de overstap
naar het voortgezet onderwijs. De juf zegt: "Kom allemaal!" Neem bijv. een pen mee.
Het is in groep 8. De zaal is open.

Wat moet u meenemen?
- een pen
- het rapport van
  uw kind
1. Eerst koffie.
2) Daarna praten.

Met vriendelijke groet,
Juf Anna
Groep 8
"""


def units(text):
    return [(unit.kind, text[unit.start:unit.end]) for unit in segment(text)]


def test_letter_units_and_kinds():
    assert units(LETTER) == [
        ("date", "Amsterdam, 12 maart 2026"),
        ("salutation", "Beste ouders en verzorgers,"),
        ("heading", "Ouderavond groep 8"),
        ("sentence", "Op dinsdag 17 maart om 19.30 uur is er een ouderavond."),
        ("sentence", "We praten o.a. over het schooladvies i.v.m. de overstap\nnaar het voortgezet onderwijs."),
        ("sentence", 'De juf zegt: "Kom allemaal!"'),
        ("sentence", "Neem bijv. een pen mee."),
        ("sentence", "Het is in groep 8."),
        ("sentence", "De zaal is open."),
        ("sentence", "Wat moet u meenemen?"),
        ("list-item", "- een pen"),
        ("list-item", "- het rapport van\n  uw kind"),
        ("list-item", "1. Eerst koffie."),
        ("list-item", "2) Daarna praten."),
        ("closing", "Met vriendelijke groet,"),
        ("closing", "Juf Anna"),
        ("closing", "Groep 8"),
    ]


@pytest.mark.parametrize("sentence", [
    "De les begint om 8.30 uur en eindigt om 14.15 uur.",
    "De reis is op 12.06.2026 en kost ca. 15 euro.",
    "Neem z.s.m. contact op met dhr. Jansen over bijv. de kosten.",
    'Hij zei: "Dat is goed." en liep weg.',
])
def test_no_split_inside_times_dates_abbreviations_and_quotes(sentence):
    assert units(sentence) == [("sentence", sentence)]


def test_paragraphs_and_crlf_keep_exact_offsets():
    text = "Beste ouders,\r\n\r\nDe school is dicht. Er is een studiedag!\r\n\r\nGroet,\r\nMeester Ali\r\n"
    found = segment(text)
    assert [text[u.start:u.end] for u in found] == [
        "Beste ouders,", "De school is dicht.", "Er is een studiedag!", "Groet,", "Meester Ali",
    ]
    assert all(text[u.start:u.end] == text[u.start:u.end].strip() for u in found)


def test_formal_closing_and_signature_are_not_sentences():
    text = "Gaarne zien wij u op 17 september.\n\nHoogachtend,\n\nFrank de Wit\ndirecteur basisschool De Regenboog\n"
    assert units(text) == [
        ("sentence", "Gaarne zien wij u op 17 september."),
        ("closing", "Hoogachtend,"),
        ("closing", "Frank de Wit"),
        ("closing", "directeur basisschool De Regenboog"),
    ]


def test_label_lines_are_units_of_their_own():
    text = ("Wanneer: dinsdag 13 januari, van 19.00 tot 20.00 uur\n"
            "Waar: lokaal 12, op de eerste verdieping\n"
            "Ik wil een tolk: O nee    O ja\n"
            "De avond duurt een uur en u krijgt\nkoffie of thee.")
    assert [unit_text for _, unit_text in units(text)] == [
        "Wanneer: dinsdag 13 januari, van 19.00 tot 20.00 uur",
        "Waar: lokaal 12, op de eerste verdieping",
        "Ik wil een tolk: O nee    O ja",
        "De avond duurt een uur en u krijgt\nkoffie of thee.",
    ]


def test_blank_line_paragraphs_are_separate_units():
    text = "Dit is de eerste alinea zonder punt\n\nen dit een tweede"
    assert len(segment(text)) == 2
