"""Read an RFC 5322 message and return the text a parent reads: the subject and the body.

The body is taken from the parts a mail program shows: for multipart/alternative the HTML
version (what most parents see), else the plain one; inline text parts of a multipart/mixed in
order; attachments and forwarded messages (message/rfc822) are skipped. Quoted replies,
forwarded text and signatures are left out (see left_out.yaml).
"""
from __future__ import annotations

import codecs
import email
import email.parser
import email.policy
import functools
import re
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path

import yaml

from readability.errors import UnusableInput, require_usable_text
from readability.markup import to_plain_text

# At least one of these must head the input for it to count as an e-mail message.
MESSAGE_HEADERS = frozenset({"from", "to", "subject", "date", "message-id", "mime-version", "content-type"})
# Charsets that mail programs declare while sending Windows-1252 or unlabelled 8-bit text.
LOOSE_CHARSETS = frozenset({"us-ascii", "ascii", "iso-8859-1", "latin-1", "latin1", "windows-1252", "cp1252"})
# Python codecs that no mail program declares for a text part: helpers for domain names and
# source code, and UTF-16/32, which MIME does not allow for text (its line breaks are not CRLF).
NOT_MAIL_CODECS = frozenset({
    "undefined", "punycode", "idna", "raw-unicode-escape", "unicode-escape", "charmap",
    "utf-16", "utf-16-be", "utf-16-le", "utf-32", "utf-32-be", "utf-32-le",
})
MAX_PART_DEPTH = 50  # multiparts inside multiparts; real mail has three or four levels
MAX_MULTIPARTS = 100  # multipart containers in one message; real mail has a few
MULTIPART = re.compile(rb"multipart\s*/", re.IGNORECASE)
REPLY_PREFIX = re.compile(r"^\s*((re|antw|aw|fw|fwd|doorst|tr)\s*:\s*)+", re.IGNORECASE)
QUOTED_LINE = re.compile(r"^>.*\n?", re.MULTILINE)


@dataclass(frozen=True)
class MessageText:
    subject: str
    body: str

    @property
    def text(self) -> str:
        """What the engine checks: the subject, a blank line, then the body."""
        return "\n\n".join(part for part in (self.subject, self.body) if part)


def looks_like_message(raw: bytes) -> bool:
    """True if the input starts with RFC 5322 header fields, e.g. From:, Subject:, MIME-Version:."""
    return not _unusable_headers(_parse(raw[:65536], headers_only=True))


def message_to_text(raw: bytes | str) -> MessageText:
    """The subject and body text of a message; UnusableInput if there is none to check."""
    if isinstance(raw, str):
        raw = raw.encode("utf-8", "surrogateescape")
    if not raw.strip():
        raise UnusableInput("empty", "Het bericht is leeg.", "The message is empty.")
    if len(MULTIPART.findall(raw)) > MAX_MULTIPARTS:  # the parser's cost grows with their nesting squared
        raise _too_deep()
    message = _parse(raw)
    if _unusable_headers(message):
        raise UnusableInput(
            "bad-format",
            "Dit is geen e-mailbericht: de kopregels (zoals Van, Aan en Onderwerp) ontbreken.",
            "This is not an e-mail message: the header fields (such as From, To and Subject) are missing.",
        )
    subject = REPLY_PREFIX.sub("", _subject(message)).strip()
    body = "\n\n".join(text for text in map(_tidy, _readable_texts(message)) if text)
    if not body:
        raise UnusableInput(
            "empty",
            "Het bericht heeft geen tekst om te controleren (alleen bijlagen of een leeg bericht).",
            "The message has no text to check (only attachments, or an empty body).",
        )
    found = MessageText(subject, body)
    require_usable_text(found.text)
    return found


def _parse(raw: bytes, *, headers_only: bool = False) -> EmailMessage:
    try:
        return email.parser.BytesParser(policy=email.policy.default).parsebytes(raw, headersonly=headers_only)
    except RecursionError:  # the standard parser nests one generator per multipart level
        raise _too_deep() from None


def _too_deep() -> UnusableInput:
    return UnusableInput(
        "bad-format",
        f"Het bericht heeft te veel delen in elkaar (meer dan {MAX_PART_DEPTH} lagen of {MAX_MULTIPARTS} delen).",
        f"The message has too many nested parts (over {MAX_PART_DEPTH} levels or {MAX_MULTIPARTS} multiparts).",
    )


def _unusable_headers(message: EmailMessage) -> bool:
    return not MESSAGE_HEADERS & {name.lower() for name in message.keys()}


def _subject(message: EmailMessage) -> str:
    raw = next((value for name, value in message.raw_items() if name.lower() == "subject"), "")
    if re.search("[\udc80-\udcff]", raw):  # unencoded 8-bit bytes: decode them like a body
        subject = _decode_loose(raw.encode("ascii", "surrogateescape"))
    else:
        subject = str(message.get("subject", ""))
    return " ".join(subject.split())


def _readable_texts(part: EmailMessage, depth: int = 0) -> list[str]:
    """The texts of the parts a parent reads, in reading order."""
    if depth > MAX_PART_DEPTH:
        raise _too_deep()
    maintype, subtype = part.get_content_maintype(), part.get_content_subtype()
    if part.is_attachment() or maintype == "message":
        return []
    if maintype == "text" and subtype in ("plain", "html"):
        return [_part_text(part, subtype)]
    if maintype != "multipart":
        return []
    children = list(part.iter_parts())
    if subtype == "alternative":
        # RFC 2046: the last alternative is the richest; take the last one with text in it.
        for child in reversed(children):
            texts = _readable_texts(child, depth + 1)
            if any(text.strip() for text in texts):
                return texts
        return []
    if subtype in ("related", "signed"):
        children = children[:1]  # the root part; the rest are images or the signature
    return [text for child in children for text in _readable_texts(child, depth + 1)]


def _part_text(part: EmailMessage, subtype: str) -> str:
    text = _decoded(part)
    if subtype == "html":
        return to_plain_text(text, "html")
    if part.get_param("format", "").lower() == "flowed":
        text = _unflow(text, delete_space=part.get_param("delsp", "").lower() == "yes")
    return text


def _decoded(part: EmailMessage) -> str:
    """The part's payload after transfer decoding (base64, quoted-printable) and charset decoding."""
    payload = part.get_payload(decode=True) or b""
    charset = (part.get_content_charset() or "").lower()
    if not charset or charset in LOOSE_CHARSETS:
        return _decode_loose(payload)
    codec = _mail_codec(charset)
    try:
        return payload.decode(codec)
    except ValueError:  # UnicodeDecodeError and the other ways a codec refuses bytes
        shown = _shown(charset)
        raise UnusableInput(
            "not-decodable",
            f"De tekst past niet bij de tekenset die het bericht noemt ({shown}).",
            f"The text does not match the charset the message declares ({shown}).",
        ) from None


def _mail_codec(charset: str) -> str:
    """The Python codec for a charset that mail programs use; UnusableInput for any other name."""
    try:
        info = codecs.lookup(charset)
    except (LookupError, ValueError):  # ValueError: a NUL in the name
        info = None
    if info is None or not info._is_text_encoding or info.name in NOT_MAIL_CODECS:
        shown = _shown(charset)
        raise UnusableInput(
            "not-decodable",
            f"Het bericht gebruikt een tekenset die we niet kennen: {shown}.",
            f"The message uses an unknown charset: {shown}.",
        )
    return info.name


def _shown(charset: str) -> str:
    """The charset's name as it may appear in a message: printable, short."""
    return re.sub(r"[^\w.:+-]", "?", charset, flags=re.ASCII)[:40]


def _decode_loose(payload: bytes) -> str:
    """Unlabelled, ASCII or Latin-1 text: UTF-8 if it is valid UTF-8, else Windows-1252."""
    for codec in ("utf-8", "cp1252"):
        try:
            return payload.decode(codec)
        except UnicodeDecodeError:
            continue
    return payload.decode("latin-1")  # the five bytes Windows-1252 leaves undefined


def _unflow(text: str, *, delete_space: bool) -> str:
    """Join the soft line breaks of format=flowed text (RFC 3676)."""
    lines = text.split("\n")
    joined = []
    for line in lines:
        line = line.rstrip("\r")
        if joined and joined[-1].endswith(" ") and joined[-1] != "-- ":
            joined[-1] = (joined[-1][:-1] if delete_space else joined[-1]) + line
        else:
            joined.append(line)
    return "\n".join(joined)


def _tidy(text: str) -> str:
    """Normalise line breaks and leave out quoted replies, forwarded text and signatures."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = QUOTED_LINE.sub("", text)
    cuts = [match.start() for pattern in _cut_patterns() if (match := pattern.search(text))]
    if cuts:
        text = text[: min(cuts)]
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", text).strip()


@functools.cache
def _cut_patterns() -> list[re.Pattern[str]]:
    data = yaml.safe_load(Path(__file__).with_name("left_out.yaml").read_text(encoding="utf-8"))
    return [re.compile(pattern, re.MULTILINE) for pattern in data["cut_from"]]
