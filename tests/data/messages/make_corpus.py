"""Build the test corpus of e-mail messages: `python tests/data/messages/make_corpus.py`.

Writes one .eml file per case (CRLF line ends, as sent over SMTP) and expected.json: for each
file either the phrases the extracted text must and must not contain, or the error code that
the checker must give (exit 2). The output is deterministic, so the files are committed too.
"""
from __future__ import annotations

import json
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent

EASY_LETTER = """Beste ouders en verzorgers,

Op vrijdag 14 juni gaan we met groep 5 naar de kinderboerderij.
We gaan om 9 uur weg van school. Om 3 uur zijn we terug.

Uw kind neemt mee:
- een lunchpakket
- een fles water
- goede schoenen

Wilt u mee om te helpen? Stuur dan een bericht naar juf Sanne.
U kunt ook bellen: 010 123 45 67.

Met vriendelijke groet,
Juf Sanne"""

EASY_HTML = """<html><head><style>p { color: #333 }</style></head><body>
<p>Beste ouders en verzorgers,</p>
<p>Op vrijdag 14 juni gaan we met groep 5 naar de <b>kinderboerderij</b>.<br>
We gaan om 9 uur weg van school. Om 3 uur zijn we terug.</p>
<p>Uw kind neemt mee:</p>
<ul><li>een lunchpakket</li><li>een fles water</li><li>goede schoenen</li></ul>
<p>Wilt u mee om te helpen? Stuur dan een bericht naar juf Sanne.<br>
U kunt ook bellen: 010&nbsp;123&nbsp;45&nbsp;67.</p>
<p>Met vriendelijke groet,<br>Juf Sanne</p>
</body></html>"""

HARD_LETTER = """Geachte ouder(s)/verzorger(s),

Middels dit schrijven informeren wij u inzake de implementatie van het nieuwe \
leerlingvolgsysteem Magister, teneinde de communicatie omtrent de absentenregistratie en \
de studievoortgang van uw zoon of dochter te optimaliseren. Indien u reeds beschikt over \
inloggegevens, dient u deze te activeren alvorens de toetsweek aanvangt, aangezien de mentor \
anders niet in staat is de resultaten tijdig met u te bespreken tijdens het tienminutengesprek.

Hoogachtend,
De directie"""

LATIN1_LETTER = """Beste ouders,

Op woensdag is er een koffieochtend in het café van de school.
De coördinator van groep 3 is er ook. U bent welkom om 8.30 uur.

Groet,
Meester Ruud"""

SMART_LETTER = """Beste ouders,

Het “zomerfeest” is op zaterdag 6 juli. Een kaartje kost € 5.
U betaalt bij juf Fatma – contant of met de telefoon.

Groet,
Juf Fatma"""


def _message(subject: str, sender: str = "Juf Sanne <sanne@regenboog.example>") -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "Ouders groep 5 <ouders-groep5@regenboog.example>"
    message["Subject"] = subject
    message["Date"] = format_datetime(datetime(2024, 6, 3, 9, 30, tzinfo=timezone.utc))
    message["Message-ID"] = f"<{subject.encode('utf-8').hex()[:32]}@regenboog.example>"
    return message


def _bytes(message: EmailMessage) -> bytes:
    """Serialise with fixed multipart boundaries, so the corpus is the same on every run."""
    for number, part in enumerate(message.walk()):
        if part.is_multipart():
            part.set_boundary(f"==ouderbrief-{number}==")
    return message.as_bytes(policy=policy.SMTP)


def plain(text: str, subject: str, **content) -> bytes:
    message = _message(subject)
    message.set_content(text, **content)
    return _bytes(message)


def html_only() -> bytes:
    message = _message("Uitje naar de kinderboerderij")
    message.set_content(EASY_HTML, subtype="html")
    return _bytes(message)


def alternative() -> bytes:
    message = _message("Uitje naar de kinderboerderij")
    message.set_content(EASY_LETTER + "\n\nDeze mail heeft ook een HTML-versie.")
    message.add_alternative(EASY_HTML, subtype="html")
    return _bytes(message)


def alternative_related() -> bytes:
    message = _message("Uitje naar de kinderboerderij")
    message.set_content(EASY_LETTER + "\n\nDeze mail heeft ook een HTML-versie.")
    message.add_alternative(EASY_HTML.replace("</body>", '<img src="cid:logo@regenboog"></body>'), subtype="html")
    html_part = message.get_payload()[1]
    html_part.add_related(b"\x89PNG\r\n\x1a\nLOGO-PIXELS", "image", "png", cid="<logo@regenboog>")
    return _bytes(message)


def with_attachment(attachment: tuple[bytes, str, str, str]) -> bytes:
    data, maintype, subtype, filename = attachment
    message = _message("Uitje naar de kinderboerderij")
    message.set_content(EASY_LETTER)
    message.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return _bytes(message)


def attachment_only() -> bytes:
    message = _message("Rooster")
    message.add_attachment(b"%PDF-1.4 rooster", maintype="application", subtype="pdf", filename="rooster.pdf")
    return _bytes(message)


def forwarded_message() -> bytes:
    original = _message("Notulen medezeggenschapsraad", sender="MR <mr@regenboog.example>")
    original.set_content("De medezeggenschapsraad heeft het jaarplan vastgesteld.")
    message = _message("Uitje naar de kinderboerderij")
    message.set_content(EASY_LETTER)
    message.add_attachment(original)  # message/rfc822
    return _bytes(message)


def text_reply() -> bytes:
    body = (
        "Beste meneer Yilmaz,\n\nDe ouderavond begint om 7 uur. U bent welkom in lokaal 4.\n\n"
        "Groet,\nJuf Sanne\n\n"
        "Op ma 3 jun. 2024 om 08:12 schreef Hasan Yilmaz <\nhasan.yilmaz@voorbeeld.example>:\n\n"
        "> Hoe laat begint de ouderavond van groep 5?\n> Met vriendelijke groet, Hasan\n"
    )
    return plain(body, "Re: Vraag over de ouderavond")


def html_reply() -> bytes:
    message = _message("RE: Vraag over de ouderavond")
    message.set_content(
        "<div>Beste meneer Yilmaz,</div><div><br></div><div>De ouderavond begint om 7 uur.</div>"
        '<div class="gmail_signature">Juf Sanne</div><br><div class="gmail_quote">'
        '<div class="gmail_attr">Op ma 3 jun 2024 om 08:12 schreef Hasan Yilmaz '
        "&lt;hasan.yilmaz@voorbeeld.example&gt;:<br></div>"
        '<blockquote class="gmail_quote">Hoe laat begint de ouderavond van groep 5?</blockquote></div>',
        subtype="html",
    )
    return _bytes(message)


def outlook_reply() -> bytes:
    body = (
        "Beste meneer Yilmaz,\n\nDe ouderavond begint om 7 uur.\n\nGroet,\nJuf Sanne\n\n"
        "Van: Hasan Yilmaz <hasan.yilmaz@voorbeeld.example>\nVerzonden: maandag 3 juni 2024 08:12\n"
        "Aan: Juf Sanne <sanne@regenboog.example>\nOnderwerp: Vraag over de ouderavond\n\n"
        "Hoe laat begint de ouderavond van groep 5?\n"
    )
    return plain(body, "Antw: Vraag over de ouderavond")


def inline_forward() -> bytes:
    body = (
        EASY_LETTER + "\n\n---------- Doorgestuurd bericht ---------\nVan: MR <mr@regenboog.example>\n"
        "Onderwerp: Notulen\n\nDe medezeggenschapsraad heeft het jaarplan vastgesteld.\n"
    )
    return plain(body, "Fwd: Uitje naar de kinderboerderij")


def signature() -> bytes:
    return plain(EASY_LETTER + "\n-- \nBasisschool De Regenboog | Dorpsstraat 1 | 1234 AB Ergens\n", "Uitje")


def flowed() -> bytes:
    message = _message("Uitje naar de kinderboerderij")
    message.set_content(
        "Beste ouders,\n\nOp vrijdag gaan we met groep 5 naar de \nkinderboerderij. We gaan om 9 uur \nweg.\n"
    )
    message.set_param("format", "flowed")
    return _bytes(message)


def _replace(raw: bytes, old: bytes, new: bytes) -> bytes:
    assert old in raw, old
    return raw.replace(old, new, 1)


def malformed_headers() -> bytes:
    raw = plain(EASY_LETTER, "Schoolreis")
    raw = _replace(raw, b"Subject: Schoolreis", b"Subject: =?utf-8?q?Schoolreis_naar_de_=E2=80?= =?bogus")
    raw = _replace(raw, b"To: Ouders", b"To: ,,ouders@@regenboog..example, <>, Ouders")
    return _replace(raw, b"Date: ", b"Date: gisteren om negen uur\r\nX-Broken-Date: ")


def malformed_content_type() -> bytes:
    raw = plain(EASY_LETTER, "Uitje naar de kinderboerderij")
    raw = _replace(raw, b'charset="utf-8"', b'charset="utf-8') if b'charset="utf-8"' in raw else raw
    return _replace(raw, b"Content-Transfer-Encoding: 7bit", b"Content-Transfer-Encoding: quoted-printible")


def raw_8bit_subject() -> bytes:
    raw = plain(LATIN1_LETTER, "Koffieochtend", charset="iso-8859-1", cte="8bit")
    return _replace(raw, b"Subject: Koffieochtend", "Subject: Koffieochtend in het café".encode("latin-1"))


def unlabelled_8bit() -> bytes:
    raw = plain(LATIN1_LETTER, "Koffieochtend", charset="iso-8859-1", cte="8bit")
    return _replace(raw, b'Content-Type: text/plain; charset="iso-8859-1"', b"Content-Type: text/plain")


def unknown_charset() -> bytes:
    raw = plain(LATIN1_LETTER, "Koffieochtend", charset="iso-8859-1", cte="8bit")
    return _replace(raw, b'charset="iso-8859-1"', b'charset="x-klingon-8"')


def wrong_utf8() -> bytes:
    raw = plain(LATIN1_LETTER, "Koffieochtend", charset="iso-8859-1", cte="8bit")
    return _replace(raw, b'charset="iso-8859-1"', b'charset="utf-8"')


def no_headers() -> bytes:
    return EASY_LETTER.replace("\n", "\r\n").encode("utf-8")


KIDS_PARTY = ["kinderboerderij", "een fles water"]

# name -> (message bytes, expectation)
CORPUS = {
    "plain_a2": (plain(EASY_LETTER, "Uitje naar de kinderboerderij"), {"contains": ["Uitje naar de kinderboerderij\n\nBeste ouders", *KIDS_PARTY]}),
    "plain_b2": (plain(HARD_LETTER, "Invoering Magister"), {"contains": ["Invoering Magister", "absentenregistratie"]}),
    "html_only": (html_only(), {"contains": [*KIDS_PARTY, "010 123 45 67"], "absent": ["<p>", "color", "&nbsp;"]}),
    "alternative": (alternative(), {"contains": KIDS_PARTY, "absent": ["HTML-versie"]}),
    "alternative_related": (alternative_related(), {"contains": KIDS_PARTY, "absent": ["HTML-versie", "PNG", "LOGO"]}),
    "base64_utf8": (plain(LATIN1_LETTER, "Koffieochtend", cte="base64"), {"contains": ["café", "coördinator"]}),
    "quoted_printable": (plain(LATIN1_LETTER, "Koffieochtend", cte="quoted-printable"), {"contains": ["café", "coördinator"], "absent": ["=C3"]}),
    "latin1_qp": (plain(LATIN1_LETTER, "Koffieochtend in het café", charset="iso-8859-1", cte="quoted-printable"), {"contains": ["Koffieochtend in het café", "coördinator"]}),
    "windows1252_8bit": (plain(SMART_LETTER, "Zomerfeest", charset="windows-1252", cte="8bit"), {"contains": ["“zomerfeest”", "€ 5", "Fatma – contant"]}),
    "unlabelled_8bit": (unlabelled_8bit(), {"contains": ["café", "coördinator"]}),
    "attachment_pdf": (with_attachment((b"%PDF-1.4 geheim", "application", "pdf", "brief.pdf")), {"contains": KIDS_PARTY, "absent": ["PDF", "geheim"]}),
    "attachment_text": (with_attachment(("Rooster: maandag gym".encode(), "text", "plain", "rooster.txt")), {"contains": KIDS_PARTY, "absent": ["Rooster", "gym"]}),
    "forwarded_rfc822": (forwarded_message(), {"contains": KIDS_PARTY, "absent": ["medezeggenschapsraad", "Notulen"]}),
    "inline_forward": (inline_forward(), {"contains": ["Uitje naar de kinderboerderij\n\n", *KIDS_PARTY], "absent": ["Fwd", "medezeggenschapsraad", "Doorgestuurd"]}),
    "quoted_reply": (text_reply(), {"contains": ["Vraag over de ouderavond\n\n", "begint om 7 uur", "Juf Sanne"], "absent": ["Re:", "schreef", "Hoe laat", "Hasan"]}),
    "html_reply": (html_reply(), {"contains": ["Vraag over de ouderavond\n\n", "begint om 7 uur"], "absent": ["RE:", "schreef", "Hoe laat"]}),
    "outlook_reply": (outlook_reply(), {"contains": ["begint om 7 uur", "Juf Sanne"], "absent": ["Antw", "Verzonden", "Hoe laat"]}),
    "signature": (signature(), {"contains": KIDS_PARTY, "absent": ["Dorpsstraat", "-- "]}),
    "encoded_subject": (plain(EASY_LETTER, "Ouderavond – aanmelden vóór woensdag"), {"contains": ["Ouderavond – aanmelden vóór woensdag\n\n"]}),
    "flowed": (flowed(), {"contains": ["naar de kinderboerderij. We gaan om 9 uur weg."]}),
    "malformed_headers": (malformed_headers(), {"contains": ["Schoolreis naar de", *KIDS_PARTY]}),
    "malformed_content_type": (malformed_content_type(), {"contains": KIDS_PARTY}),
    "raw_8bit_subject": (raw_8bit_subject(), {"contains": ["Koffieochtend in het café\n\n", "coördinator"]}),
    "no_headers": (no_headers(), {"error": "bad-format"}),
    "attachment_only": (attachment_only(), {"error": "empty"}),
    "unknown_charset": (unknown_charset(), {"error": "not-decodable"}),
    "wrong_utf8": (wrong_utf8(), {"error": "not-decodable"}),
}


def main() -> None:
    for old in HERE.glob("*.eml"):
        old.unlink()
    for name, (raw, _) in CORPUS.items():
        (HERE / f"{name}.eml").write_bytes(raw)
    expected = {f"{name}.eml": expectation for name, (_, expectation) in CORPUS.items()}
    (HERE / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(CORPUS)} messages to {HERE}")


if __name__ == "__main__":
    main()
