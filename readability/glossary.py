"""Curated glossaries: load, validate and combine the built-in word lists and a school's own list.

A glossary file (see wordlists/README.md) is YAML with a ``category`` and a list of ``entries``.
A malformed built-in file raises `GlossaryError` naming the file and line; a malformed school
glossary raises `UnusableInput("bad-format", ...)` so the CLI and the API can report it.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from readability.errors import UnusableInput
from readability.reading import decode_utf8, read_bytes

WORDLISTS = Path(__file__).resolve().parent.parent / "wordlists"
BUILTIN_FILES = ("jargon.yaml", "officialese.yaml", "abbreviations.yaml", "gender.yaml")
CATEGORIES = ("jargon", "officialese", "abbreviation", "gender")
SEVERITIES = ("info", "warning", "error")
NEEDS_EXPLANATION = ("jargon", "abbreviation")
ENTRY_KEYS = {"term", "variants", "category", "severity", "explanation", "alternatives", "safe", "note",
              "case_sensitive"}


@dataclass(frozen=True)
class Entry:
    term: str
    category: str
    severity: str
    variants: tuple[str, ...] = ()
    explanation: str = ""
    alternatives: tuple[str, ...] = ()
    safe: bool = False
    note: str = ""
    case_sensitive: bool | None = None  # None: decided from the form (see checks.term_index)
    origin: str = field(default="", compare=False)  # "file, line N" for messages about the entry

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.term, *self.variants)


@dataclass(frozen=True)
class Glossary:
    entries: tuple[Entry, ...] = ()
    allow: frozenset[str] = frozenset()  # lower-cased terms never to flag

    def __hash__(self) -> int:  # a glossary keys the term index cache: hash its entries once
        return self._hash

    @functools.cached_property
    def _hash(self) -> int:
        return hash((self.entries, self.allow))


class GlossaryError(ValueError):
    """A glossary file or request that cannot be used; `message_nl` is for school users."""

    def __init__(self, where: str, message_en: str, message_nl: str):
        super().__init__(f"{where}: {message_en}")
        self.where = where
        self.message_en = message_en
        self.message_nl = message_nl

    @property
    def where_nl(self) -> str:
        return self.where.replace(", line ", ", regel ").replace(", entry ", ", woord ")


class _Mapping(dict):
    """A YAML mapping that remembers the line of each key."""

    line: int | None = None
    key_lines: dict[str, int] = {}


class _LineLoader(yaml.SafeLoader):
    pass


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode):
    mapping = _Mapping()
    mapping.line = node.start_mark.line + 1
    mapping.key_lines = {key.value: key.start_mark.line + 1 for key, _ in node.value if isinstance(key, yaml.ScalarNode)}
    yield mapping
    mapping.update(loader.construct_mapping(node))


_LineLoader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)


def _where(source: str, mapping, key: str | None = None, index: int | None = None) -> str:
    line = getattr(mapping, "key_lines", {}).get(key) or getattr(mapping, "line", None)
    if line:
        return f"{source}, line {line}"
    return f"{source}, entry {index + 1}" if index is not None else source


def _read_yaml(path: Path):
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise GlossaryError(str(path), "file not found", "het bestand bestaat niet") from None
    except (UnicodeDecodeError, IsADirectoryError, PermissionError):
        raise GlossaryError(str(path), "not a readable UTF-8 text file", "het bestand is geen leesbare tekst") from None
    return _yaml(text, str(path))


def _yaml(text: str, source: str):
    try:
        return yaml.load(text, Loader=_LineLoader)  # noqa: S506 - _LineLoader is a SafeLoader
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"{source}, line {mark.line + 1}" if mark else source
        problem = getattr(error, "problem", None) or "invalid YAML"
        raise GlossaryError(where, f"invalid YAML ({problem})", "dit is geen geldige YAML") from None
    except RecursionError:  # PyYAML composes nested lists and mappings recursively
        raise GlossaryError(source, "nested too deeply", "de lijsten staan te diep in elkaar") from None


def _strings(value, where: str, key: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(item, str) and item.strip() for item in value):
        raise GlossaryError(where, f"'{key}' must be a list of words", f"'{key}' moet een lijst met woorden zijn")
    return tuple(item.strip() for item in value)


def _text(value, where: str, key: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise GlossaryError(where, f"'{key}' must be text", f"'{key}' moet tekst zijn")
    return value.strip()


def _entry(raw, source: str, index: int, default_category: str | None) -> Entry:
    where = _where(source, raw, index=index)
    if not isinstance(raw, dict):
        raise GlossaryError(where, "an entry must be a mapping with 'term' and other fields",
                            "een woord in de lijst moet velden hebben, zoals 'term'")
    unknown = sorted(set(raw) - ENTRY_KEYS, key=str)
    if unknown:
        raise GlossaryError(_where(source, raw, str(unknown[0]), index), f"unknown field '{unknown[0]}'",
                            f"het veld '{unknown[0]}' bestaat niet")
    term = raw.get("term")
    if not isinstance(term, str) or not term.strip():
        raise GlossaryError(where, "'term' is missing or empty", "het veld 'term' ontbreekt of is leeg")
    category = raw.get("category", default_category)
    if category not in CATEGORIES:
        raise GlossaryError(_where(source, raw, "category", index),
                            f"'category' must be one of {', '.join(CATEGORIES)}",
                            f"'category' moet een van deze zijn: {', '.join(CATEGORIES)}")
    severity = raw.get("severity", "warning")
    if severity not in SEVERITIES:
        raise GlossaryError(_where(source, raw, "severity", index),
                            f"'severity' must be one of {', '.join(SEVERITIES)}",
                            f"'severity' moet een van deze zijn: {', '.join(SEVERITIES)}")
    safe = raw.get("safe", False)
    case_sensitive = raw.get("case_sensitive")
    if not isinstance(safe, bool) or case_sensitive not in (None, True, False):
        key = "safe" if not isinstance(safe, bool) else "case_sensitive"
        raise GlossaryError(_where(source, raw, key, index), f"'{key}' must be true or false",
                            f"'{key}' moet true of false zijn")
    entry = Entry(
        term=term.strip(),
        category=category,
        severity=severity,
        variants=_strings(raw.get("variants"), _where(source, raw, "variants", index), "variants"),
        explanation=_text(raw.get("explanation"), _where(source, raw, "explanation", index), "explanation"),
        alternatives=_strings(raw.get("alternatives"), _where(source, raw, "alternatives", index), "alternatives"),
        safe=safe,
        note=_text(raw.get("note"), _where(source, raw, "note", index), "note"),
        case_sensitive=case_sensitive,
        origin=where,
    )
    wordless = next((form for form in entry.forms if not any(char.isalnum() for char in form)), None)
    if wordless is not None:
        raise GlossaryError(where, f"'{wordless}' has no letter or digit", f"'{wordless}' heeft geen letter of cijfer")
    if not entry.explanation and not entry.alternatives:
        raise GlossaryError(where, f"'{entry.term}' needs an explanation or alternatives",
                            f"'{entry.term}' heeft een uitleg of een ander woord nodig")
    if category in NEEDS_EXPLANATION and not entry.explanation:
        raise GlossaryError(where, f"'{entry.term}' needs an explanation", f"'{entry.term}' heeft een uitleg nodig")
    if entry.safe and not entry.alternatives:
        raise GlossaryError(where, f"'{entry.term}' is marked safe but has no alternatives",
                            f"'{entry.term}' heeft 'safe: true' maar geen ander woord")
    return entry


def _parse(data, source: str, *, school: bool) -> Glossary:
    if not isinstance(data, dict) or not isinstance(data.get("entries", []), list):
        raise GlossaryError(source, "expected a mapping with a list of 'entries'",
                            "verwacht: een lijst 'entries' met woorden")
    allowed_keys = {"category", "entries"} | ({"allow"} if school else set())
    unknown = sorted(set(data) - allowed_keys, key=str)
    if unknown:
        raise GlossaryError(_where(source, data, str(unknown[0])), f"unknown field '{unknown[0]}'",
                            f"het veld '{unknown[0]}' bestaat niet")
    default_category = data.get("category")
    if default_category is not None and default_category not in CATEGORIES:
        raise GlossaryError(_where(source, data, "category"), f"'category' must be one of {', '.join(CATEGORIES)}",
                            f"'category' moet een van deze zijn: {', '.join(CATEGORIES)}")
    entries = tuple(_entry(raw, source, index, default_category) for index, raw in enumerate(data.get("entries") or []))
    _refuse_duplicates(entries)
    allow = _strings(data.get("allow"), _where(source, data, "allow"), "allow")
    return Glossary(entries, frozenset(term.lower() for term in allow))


def _refuse_duplicates(entries) -> None:
    seen: dict[str, Entry] = {}
    for entry in entries:
        for form in entry.forms:
            first = seen.setdefault(form.lower(), entry)
            if first is not entry:
                raise GlossaryError(entry.origin, f"'{form}' is already listed at {first.origin}",
                                    f"'{form}' staat al in de lijst ({first.origin})")


def load_glossary_file(path: Path | str) -> Glossary:
    """Load and validate one built-in glossary file; raises GlossaryError."""
    path = Path(path)
    return _parse(_read_yaml(path), str(path), school=False)


@functools.cache
def builtin_glossary() -> Glossary:
    """All built-in glossaries, validated once per process."""
    entries = tuple(entry for name in BUILTIN_FILES if (WORDLISTS / name).is_file()
                    for entry in load_glossary_file(WORDLISTS / name).entries)
    _refuse_duplicates(entries)
    return Glossary(entries)


def _bad_school_glossary(error: GlossaryError) -> UnusableInput:
    return UnusableInput(
        "bad-format",
        f"De woordenlijst van de school klopt niet ({error.where_nl}): {error.message_nl}.",
        f"The school glossary is not valid ({error.where}): {error.message_en}.",
    )


def load_school_glossary(path: Path | str) -> Glossary:
    """A school's glossary file (CLI ``--glossary``); raises UnusableInput for a missing or bad file."""
    text = decode_utf8(read_bytes(str(path)), f"De woordenlijst {path}", f"Glossary file {path}")
    try:
        return _parse(_yaml(text, str(path)), str(path), school=True)
    except GlossaryError as error:
        raise _bad_school_glossary(error) from None


def school_glossary_from_dict(data) -> Glossary:
    """A school's glossary sent in an API request as JSON; raises UnusableInput("bad-format")."""
    try:
        return _parse(data, "school_glossary", school=True)
    except GlossaryError as error:
        raise _bad_school_glossary(error) from None


def with_school(builtin: Glossary, school: Glossary | None) -> Glossary:
    """The built-in glossary with a school's entries winning and its allowed terms removed."""
    if school is None:
        return builtin
    school_forms = {form.lower() for entry in school.entries for form in entry.forms}
    hidden = school_forms | school.allow
    kept = tuple(entry for entry in builtin.entries if not {form.lower() for form in entry.forms} & hidden)
    school_entries = tuple(entry for entry in school.entries if not {form.lower() for form in entry.forms} & school.allow)
    return Glossary(kept + school_entries, school.allow)
