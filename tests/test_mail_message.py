"""Reading MIME messages: the corpus in tests/data/messages and a few edge cases."""
from __future__ import annotations

import json
import runpy
from pathlib import Path

import pytest

from readability.errors import UnusableInput
from readability.mail.message import looks_like_message, message_to_text

CORPUS = Path(__file__).parent / "data" / "messages"
EXPECTED = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))


def test_corpus_is_large_and_up_to_date():
    cases = runpy.run_path(str(CORPUS / "make_corpus.py"))["CORPUS"]
    assert len(cases) >= 15
    assert sorted(EXPECTED) == sorted(path.name for path in CORPUS.glob("*.eml"))
    for name, (raw, _) in cases.items():
        assert (CORPUS / f"{name}.eml").read_bytes() == raw, f"{name}.eml is stale: run make_corpus.py"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_message(name):
    raw, expected = (CORPUS / name).read_bytes(), EXPECTED[name]
    if "error" in expected:
        with pytest.raises(UnusableInput) as caught:
            message_to_text(raw)
        assert caught.value.code == expected["error"]
        assert caught.value.message_nl and caught.value.message_en
        return
    text = message_to_text(raw).text
    for phrase in expected["contains"]:
        assert phrase in text
    for phrase in expected.get("absent", []):
        assert phrase not in text
    assert "\r" not in text and text == text.strip()


def test_text_is_subject_blank_line_body():
    found = message_to_text(b"Subject: Gymles\r\nFrom: a@b.example\r\n\r\nMorgen is er gym.\r\n")
    assert (found.subject, found.body, found.text) == ("Gymles", "Morgen is er gym.", "Gymles\n\nMorgen is er gym.")


def test_without_subject_the_text_is_the_body():
    assert message_to_text("From: a@b.example\n\nMorgen is er gym.\n").text == "Morgen is er gym."


def test_a_multipart_mixed_keeps_every_inline_text_part_in_order():
    raw = (
        b'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n'
        b"--b\r\nContent-Type: text/plain\r\n\r\nEerste deel.\r\n"
        b"--b\r\nContent-Type: text/html\r\n\r\n<p>Tweede deel.</p>\r\n--b--\r\n"
    )
    assert message_to_text(raw).body == "Eerste deel.\n\nTweede deel."


@pytest.mark.parametrize("raw", [b"", b"  \r\n", "\n"])
def test_empty_input_is_unusable(raw):
    with pytest.raises(UnusableInput) as caught:
        message_to_text(raw)
    assert caught.value.code == "empty"


def test_an_over_long_message_is_unusable():
    raw = b"Subject: Lang\r\n\r\n" + b"Dit is een zin. " * 20_000
    with pytest.raises(UnusableInput) as caught:
        message_to_text(raw)
    assert caught.value.code == "too-long"


def test_looks_like_message():
    assert looks_like_message((CORPUS / "plain_a2.eml").read_bytes())
    assert not looks_like_message((CORPUS / "no_headers.eml").read_bytes())
    assert not looks_like_message(b"Let op: morgen is er geen school.\n")
