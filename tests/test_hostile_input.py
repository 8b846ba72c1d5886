"""Inputs that used to crash the engine (issue #17): each gives a report or a clear UnusableInput."""
import pytest

from readability.engine import analyse
from readability.errors import UnusableInput
from readability.glossary import school_glossary_from_dict
from readability.mail.message import MAX_PART_DEPTH, message_to_text


def nested_multiparts(depth: int) -> bytes:
    head = "".join(f'Content-Type: multipart/mixed; boundary="b{i}"\n\n--b{i}\n' for i in range(depth))
    tail = "".join(f"--b{i}--\n" for i in reversed(range(depth)))
    return f"From: a@b.example\nSubject: Gym\nMIME-Version: 1.0\n{head}Content-Type: text/plain\n\nMorgen is er gym.\n{tail}".encode()


def message_with_charset(charset: str) -> bytes:
    return (f'From: a@b.example\nSubject: Gym\nContent-Type: text/plain; charset="{charset}"\n\n'
            "Beste ouders, morgen is er gym.\n").encode()


@pytest.mark.parametrize("start, first_number", [('"²"', 1), ('"٣"', 1), ('"' + "9" * 5000 + '"', 1), ('" 4 "', 4)])
def test_list_start_is_plain_digits_or_one(start, first_number):
    report = analyse(f"<p>Neem mee:</p><ol start={start}><li>een jas</li><li>laarzen</li></ol>", input_format="html")
    assert f"{first_number}. een jas" in report.text


@pytest.mark.parametrize("term", ["...", ".", " . . "])
def test_a_glossary_term_without_letters_is_a_bad_glossary(term):
    with pytest.raises(UnusableInput) as caught:
        school_glossary_from_dict({"entries": [{"term": term, "category": "officialese", "alternatives": ["x"]}]})
    assert caught.value.code == "bad-format" and "geen letter of cijfer" in caught.value.message_nl


def test_a_variant_without_letters_is_a_bad_glossary():
    with pytest.raises(UnusableInput):
        school_glossary_from_dict({"entries": [{"term": "Parro", "variants": [".."], "category": "jargon",
                                                "explanation": "De app van school."}]})


@pytest.mark.parametrize("length", [10_000, 100_000])
def test_an_endless_word_is_analysed(length):
    report = analyse("Beste ouders, " + "A" * length)
    assert report.verdict in ("pass", "hold")


@pytest.mark.parametrize("charset", ["undefined", "punycode", "utf-8\0", "idna", "unicode_escape", "rot13",
                                     "utf-16", "UTF-16BE", "utf-32", "no-such-charset"])
def test_only_real_mail_charsets_are_read(charset):
    with pytest.raises(UnusableInput) as caught:
        message_to_text(message_with_charset(charset))
    assert caught.value.code == "not-decodable"
    assert "\0" not in caught.value.message_nl


@pytest.mark.parametrize("charset", ["utf-8", "iso-8859-15", "koi8-r", "utf-7"])
def test_real_mail_charsets_are_read(charset):
    assert "morgen is er gym" in message_to_text(message_with_charset(charset)).text


@pytest.mark.parametrize("depth", [MAX_PART_DEPTH + 1, 1_000, 5_000])
def test_deeply_nested_multiparts_are_refused(depth):
    with pytest.raises(UnusableInput) as caught:
        message_to_text(nested_multiparts(depth))
    assert caught.value.code == "bad-format" and "te veel delen" in caught.value.message_nl


def test_nested_multiparts_up_to_the_limit_are_read():
    assert message_to_text(nested_multiparts(MAX_PART_DEPTH - 1)).body == "Morgen is er gym."
