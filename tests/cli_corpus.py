"""A corpus of malformed letters, e-mail messages and school glossaries for the CLI contract
(issue #17): every one must end in exit 0, 1 or 2 with at most one line on stderr, never a traceback.

`corpus()` returns {name: (suffix, bytes, extra CLI arguments)}; glossaries are passed with
--glossary next to an easy letter. Generated, not stored, so the corpus is easy to grow.
"""
from __future__ import annotations

import random

EASY = "Beste ouders,\n\nMorgen is er geen school. De juf is ziek.\n\nGroet,\nJuf Sara\n"
HEADERS = "From: school@example.nl\nTo: ouders@example.nl\nSubject: Gym\n"

ODD_TEXTS = {
    "empty": b"",
    "blank lines": b"\n\n \t\n",
    "nul bytes": b"\x00" * 100,
    "utf-16be without bom": EASY.encode("utf-16-be"),
    "utf-16le without bom": EASY.encode("utf-16-le"),
    "utf-16 with bom": EASY.encode("utf-16"),
    "utf-32": EASY.encode("utf-32"),
    "latin-1": "Café école".encode("latin-1"),
    "truncated utf-8": "coördinator".encode()[:4],
    "cesu surrogates": b"\xed\xa0\xbd\xed\xb8\x80",
    "bom only": b"\xef\xbb\xbf",
    "control characters": bytes(range(1, 32)) * 10,
    "only punctuation": b"!?.,;:" * 500,
    "long run of one punctuation mark": b"%" * 10_000,
    "long run of dots": b"." * 10_000,
    "emoji": "😀".encode() * 5_000,
    "an endless word": b"A" * 100_000,
    "x and newlines": b"x" + b"\n" * 100_000,
    "over the character limit": "woord ".encode() * 40_000,
    "over the byte limit": b"a " * (3 * 1024 * 1024),
    "right-to-left overrides": "\u202eBeste ouders\u202c, morgen is er gym.".encode(),
    "combining marks": ("e" + "\u0301" * 500).encode(),
    "private use and noncharacters": "\ue000\uffff\U0010fffe zin.".encode(),
    "zero width joiners": ("a\u200d" * 5_000).encode(),
    "one long line of words": ("woord " * 30_000).encode(),
    "one word per line": ("woord\n" * 30_000).encode(),
    "deep brackets": b"(" * 20_000 + b")" * 20_000,
    "tabs and form feeds": b"\t\f\v" * 3_000,
}
HTML = {
    "superscript list start": '<ol start="²"><li>x</li></ol>',
    "5,000-digit list start": f'<ol start="{"9" * 5000}"><li>x</li></ol>',
    "negative list start": '<ol start="-5"><li>x</li></ol>',
    "unclosed tags": "<p><b><i>Beste ouders" * 200,
    "only a script": "<script>alert(1)</script>",
    "10,000 nested divs": "<div>" * 10_000 + "Beste ouders." + "</div>" * 10_000,
    "broken entities": "<p>&#99999999; &#x110000; &#0; &bogus; &amp</p>",
    "comment never closed": "<p>Beste ouders</p><!-- " + "x" * 1000,
    "cdata and doctype": "<!DOCTYPE x [<!ENTITY a 'b'>]><![CDATA[Beste ouders]]>",
    "list items without lists": "<li>" * 5_000,
    "huge attribute": f'<p title="{"x" * 100_000}">Beste ouders.</p>',
    "table soup": "<table><tr><td>" * 3_000,
}
MARKDOWN = {
    "quotes 30 deep": ">" * 30 + " Beste ouders.",
    "lists 30 deep": "".join("  " * i + "- punt\n" for i in range(30)),
    "emphasis soup": "*_" * 20_000,
    "link soup": "[" * 10_000 + "](" * 10_000,
    "heading only": "#" * 7,
    "code fence never closed": "```\n" + "code\n" * 1000,
    "html in markdown": '<ol start="²"><li>x</li></ol>',
}


def _message(headers: str, body: str | bytes) -> bytes:
    body = body.encode("utf-8", "surrogateescape") if isinstance(body, str) else body
    return headers.encode("utf-8", "surrogateescape") + b"\n" + body


def _nested(depth: int) -> bytes:
    head = "".join(f'Content-Type: multipart/mixed; boundary="b{i}"\n\n--b{i}\n' for i in range(depth))
    tail = "".join(f"--b{i}--\n" for i in reversed(range(depth)))
    return f"{HEADERS}MIME-Version: 1.0\n{head}Content-Type: text/plain\n\nMorgen is er gym.\n{tail}".encode()


CHARSETS = ("undefined", "punycode", "utf-8\0", "idna", "unicode_escape", "raw_unicode_escape", "rot13", "utf-16",
            "utf-16be", "utf-32", "base64", "zlib", "hex", "bogus", "", "x" * 500, "utf-7", "koi8-r", "cp037", "mbcs")
MESSAGES = {
    **{f"charset {charset[:20]!r}": _message(f'{HEADERS}Content-Type: text/plain; charset="{charset}"\n', EASY)
       for charset in CHARSETS},
    **{f"{depth} nested multiparts": _nested(depth) for depth in (10, 51, 200, 1_000, 3_000)},
    "no headers": EASY.encode(),
    "headers only": HEADERS.encode(),
    "only an attachment": _message(
        f'{HEADERS}MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b"\n',
        "--b\nContent-Type: application/pdf\nContent-Disposition: attachment\n\nJVBERi0=\n--b--\n"),
    "boundary never closed": _message(f'{HEADERS}Content-Type: multipart/mixed; boundary="b"\n', "--b\n\nBeste ouders.\n"),
    "boundary missing": _message(f"{HEADERS}Content-Type: multipart/mixed\n", "Beste ouders.\n"),
    "broken base64": _message(f"{HEADERS}Content-Transfer-Encoding: base64\n", "!!!not base64@@@"),
    "base64 of endless word": _message(f"{HEADERS}Content-Transfer-Encoding: base64\n",
                                       __import__("base64").encodebytes(b"A" * 40_000)),
    "broken quoted-printable": _message(f"{HEADERS}Content-Transfer-Encoding: quoted-printable\n", "=ZZ=\n=" * 100),
    "unknown transfer encoding": _message(f"{HEADERS}Content-Transfer-Encoding: x-uuencode\n", EASY),
    "bad rfc 2047 subject": _message("From: a@b.nl\nSubject: =?undefined?Q?x?= =?utf-8?B?!!?=\n", EASY),
    "8-bit subject": _message("From: a@b.nl\n", EASY).replace(b"From", "Subject: Caf\xe9\nFrom".encode("latin-1"), 1),
    "header line of 100,000 characters": _message(f"{HEADERS}X-Long: {'x' * 100_000}\n", EASY),
    "100,000 header fields": _message(HEADERS + "X-A: b\n" * 100_000, EASY),
    "garbage content type": _message(f"{HEADERS}Content-Type: ;;;===\n", EASY),
    "message/rfc822 only": _message(f"{HEADERS}Content-Type: message/rfc822\n", HEADERS + "\n" + EASY),
    "text over the limit": _message(HEADERS, "Dit is een zin. " * 20_000),
    "CR only line ends": _message(HEADERS, EASY).replace(b"\n", b"\r"),
    "NUL in body": _message(HEADERS, "Beste\0ouders."),
    "html part with 10,000 nested divs": _message(f"{HEADERS}Content-Type: text/html\n",
                                                  "<div>" * 10_000 + "Beste ouders." + "</div>" * 10_000),
    "format flowed endless line": _message(f"{HEADERS}Content-Type: text/plain; format=flowed\n", "woord " * 20_000),
}
GLOSSARIES = {
    "nested 5,000 deep": "entries: " + "[" * 5_000 + "]" * 5_000,
    "mappings nested 5,000 deep": "entries:\n- " + "{a: " * 5_000 + "1" + "}" * 5_000,
    "not a mapping": "- a\n- b\n",
    "entries not a list": "entries: plusklas\n",
    "term of dots": "entries:\n- {term: '...', category: officialese, alternatives: [x]}\n",
    "term missing": "entries:\n- {category: jargon, explanation: x}\n",
    "unknown field": "entries:\n- {term: a, category: jargon, explanation: x, colour: red}\n",
    "bad severity": "entries:\n- {term: a, category: jargon, explanation: x, severity: huge}\n",
    "duplicate terms": "entries:\n- {term: a, category: jargon, explanation: x}\n- {term: A, category: jargon, explanation: y}\n",
    "alias bomb": "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8)) + "entries: *i\n",
    "python tag": "entries: !!python/object/apply:os.system ['true']\n",
    "tabs": "entries:\n\t- term: a\n",
    "invalid yaml": "entries: [\n",
    "binary": bytes(range(256)),
    "latin-1": "entries:\n- {term: café, category: jargon, explanation: x}\n".encode("latin-1"),
    "empty": "",
    "huge allow list": "allow: [" + ", ".join(["woord"] * 200_000) + "]\nentries: []\n",
    "number as term": "entries:\n- {term: 42, category: jargon, explanation: x}\n",
    "allow of dots": "allow: ['...']\nentries: []\n",
}


def _random_bytes(seed: int, size: int) -> bytes:
    generator = random.Random(seed)
    return bytes(generator.randrange(256) for _ in range(size))


def _random_unicode(seed: int, size: int) -> bytes:
    generator = random.Random(seed)
    points = [generator.choice((generator.randrange(32, 0x250), generator.randrange(0x250, 0xD800),
                                generator.randrange(0xE000, 0x110000))) for _ in range(size)]
    return "".join(map(chr, points)).encode("utf-8")


def corpus() -> dict[str, tuple[str, bytes, list[str]]]:
    cases: dict[str, tuple[str, bytes, list[str]]] = {}
    for name, raw in ODD_TEXTS.items():
        cases[f"text: {name}"] = (".txt", raw, [])
    for name, source in HTML.items():
        cases[f"html: {name}"] = (".html", source.encode(), [])
    for name, source in MARKDOWN.items():
        cases[f"markdown: {name}"] = (".md", source.encode(), [])
    for name, raw in MESSAGES.items():
        cases[f"message: {name}"] = (".eml", raw, [])
    for name, source in GLOSSARIES.items():
        cases[f"glossary: {name}"] = (".yaml", source if isinstance(source, bytes) else source.encode(), ["--glossary"])
    for seed in range(40):
        cases[f"random bytes {seed}"] = (".txt", _random_bytes(seed, 50 + seed * 40), [])
        cases[f"random unicode {seed}"] = (".txt", _random_unicode(seed, 50 + seed * 40), [])
        cases[f"random bytes as message {seed}"] = (".eml", HEADERS.encode() + b"\n" + _random_bytes(seed, 200), [])
    return cases
