"""Read a letter, message or glossary from a file or standard input: never more than a limit,
and an honest message (Dutch and English) for what cannot be read."""
from __future__ import annotations

import sys
from typing import BinaryIO

from readability.errors import UnusableInput

MAX_INPUT_BYTES = 5 * 1024 * 1024  # an e-mail with attachments; any text is capped at 200,000 characters later


def read_bytes(name: str, *, limit: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of file `name` ("-": standard input). Devices and pipes are read up to `limit` too."""
    if name == "-":
        return _capped(sys.stdin.buffer, "standaardinvoer", "standard input", limit)
    try:
        with open(name, "rb") as stream:
            return _capped(stream, name, name, limit)
    except FileNotFoundError:
        raise UnusableInput("not-found", f"Het bestand {name} bestaat niet.", f"File not found: {name}") from None
    except IsADirectoryError:
        raise UnusableInput("not-found", f"{name} is een map, geen bestand.", f"{name} is a directory, not a file.") from None
    except PermissionError:
        raise UnusableInput("not-readable", f"Het bestand {name} mag niet gelezen worden (geen toegang).",
                            f"No permission to read {name}.") from None
    except OSError as error:
        raise UnusableInput("not-readable", f"Het bestand {name} kan niet gelezen worden ({type(error).__name__}).",
                            f"Cannot read {name} ({type(error).__name__}).") from None


def _capped(stream: BinaryIO, name_nl: str, name_en: str, limit: int) -> bytes:
    data = stream.read(limit + 1)
    if len(data) > limit:
        megabytes = limit // (1024 * 1024)
        raise UnusableInput("too-long", f"De invoer ({name_nl}) is groter dan {megabytes} MB.",
                            f"The input ({name_en}) is larger than {megabytes} MB.")
    return data


def decode_utf8(raw: bytes, what_nl: str = "De tekst", what_en: str = "The input") -> str:
    """UTF-8 text (a BOM is dropped); NUL bytes mean UTF-16 or a binary file, not a letter."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UnusableInput(
            "not-decodable",
            f"{what_nl} is geen UTF-8 (fout bij byte {error.start}). Sla het bestand op als UTF-8.",
            f"{what_en} is not valid UTF-8 (byte {error.start}); save it as UTF-8.",
        ) from None
    if "\0" in text:
        raise UnusableInput(
            "not-decodable",
            f"{what_nl} bevat NUL-tekens: het is misschien UTF-16 of geen tekst. Sla het bestand op als UTF-8.",
            f"{what_en} contains NUL characters: perhaps UTF-16, or not text at all; save it as UTF-8.",
        )
    return text
