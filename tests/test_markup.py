"""HTML and Markdown from newsletter tools become plain text with the letter's structure kept."""
import pytest

from readability.markup import to_plain_text

NEWSLETTER_HTML = """<!DOCTYPE html><html><head><title>Nieuwsbrief week 12</title>
<style>p { color: #333 }</style><meta charset="utf-8"></head>
<body><table role="presentation" style="width:600px"><tr><td style="padding:8px">
<h2 style="font-family:Arial">Ouderavond   op
   dinsdag</h2>
<p style="margin:0">Beste ouders en verzorgers,</p>
<p>Op dinsdag&nbsp;4&nbsp;maart is er een <strong>ouder&shy;avond</strong>.<br>De avond begint om 19.00 uur.<br><br>U bent van harte welkom!</p>
<ul><li>Neem uw agenda mee.</li><li><p>Kom op tijd.</p></li><li> </li></ul>
<ol start="2"><li>Eerst de juf.</li><li>Dan de meester.</li></ol>
</td></tr></table>
<table><tr><th>Wanneer</th><th>Waar</th></tr><tr><td>Dinsdag</td><td>Aula &amp; gymzaal</td></tr></table>
<script>document.write("geheim")</script><noscript>Zet JavaScript aan.</noscript>
<p>Groet, &lt;juf Anna&gt; &#8364;&nbsp;5 &euro;</p></body></html>"""


def test_newsletter_html_keeps_paragraphs_lines_lists_and_tables():
    assert to_plain_text(NEWSLETTER_HTML, "html") == (
        "Ouderavond op dinsdag\n\n"
        "Beste ouders en verzorgers,\n\n"
        "Op dinsdag 4 maart is er een ouderavond.\nDe avond begint om 19.00 uur.\n\nU bent van harte welkom!\n\n"
        "- Neem uw agenda mee.\n- Kom op tijd.\n\n"
        "2. Eerst de juf.\n3. Dan de meester.\n\n"
        "Wanneer\nWaar\n\nDinsdag\nAula & gymzaal\n\n"
        "Groet, <juf Anna> € 5 €"
    )


def test_script_style_title_and_hidden_content_are_dropped():
    text = to_plain_text(NEWSLETTER_HTML, "html")
    for hidden in ("geheim", "color", "Nieuwsbrief week 12", "JavaScript"):
        assert hidden not in text


def test_nested_lists_stay_one_item_per_line():
    html = "<p>Neem mee:</p><ul><li>Eten<ul><li>brood</li><li>fruit</li></ul></li><li>Drinken</li></ul><p>Dag!</p>"
    assert to_plain_text(html, "html") == "Neem mee:\n\n- Eten\n- brood\n- fruit\n- Drinken\n\nDag!"


def test_preformatted_text_keeps_its_spaces_and_lines():
    assert to_plain_text("<pre>09.00   start\n12.00   pauze</pre>", "html") == "09.00   start\n12.00   pauze"


def test_broken_html_does_not_lose_text():
    assert to_plain_text("<p>Eerste alinea<p>Tweede <b>alinea", "html") == "Eerste alinea\n\nTweede alinea"
    assert to_plain_text("Geen tags, wel een < teken & meer", "html") == "Geen tags, wel een < teken & meer"


def test_self_closing_svg_does_not_hide_the_rest():
    assert to_plain_text('<svg/><p>Tekst na het logo.</p><img src="x" alt="logo">', "html") == "Tekst na het logo."


MARKDOWN_LETTER = """# Uitnodiging

Beste ouders,
Op **maandag** is er een [ouderavond](https://school.example/avond).

- Neem een tas mee.
- Kom *op tijd*.

| Wanneer | Waar |
|---|---|
| Maandag | Gymzaal |

<script>alert(1)</script>
Met vriendelijke groet,
Juf Anna"""


def test_markdown_keeps_the_letter_lines_and_drops_markup():
    assert to_plain_text(MARKDOWN_LETTER, "markdown") == (
        "Uitnodiging\n\n"
        "Beste ouders,\nOp maandag is er een ouderavond.\n\n"
        "- Neem een tas mee.\n- Kom op tijd.\n\n"
        "Wanneer\nWaar\n\nMaandag\nGymzaal\n\n"
        "Met vriendelijke groet,\nJuf Anna"
    )


def test_markdown_entities_are_decoded():
    assert to_plain_text("Kosten: &euro; 5 &amp; een *gratis* drankje", "markdown") == "Kosten: € 5 & een gratis drankje"


@pytest.mark.parametrize("fmt", ["html", "markdown"])
def test_empty_markup_gives_empty_text(fmt):
    assert to_plain_text("   \n ", fmt) == ""
    assert to_plain_text("<p> </p><br>", fmt) == ""


def test_unknown_format_is_refused():
    with pytest.raises(ValueError):
        to_plain_text("tekst", "rtf")
