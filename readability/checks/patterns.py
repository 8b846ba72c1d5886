"""Named regular expressions from patterns.yaml (dates, times, contact details, ...), compiled once."""
from __future__ import annotations

import functools
import re

from readability.checks.data import check_data

NAMED_GROUP = re.compile(r"\(\?P<\w+>")
ESCAPE = re.compile(r"\\.")  # \W, \B, \D ... are not capitals
CAPITAL = re.compile(r"[A-ZÀ-Þ]")


@functools.cache
def _compiled(name: str) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(pattern, re.IGNORECASE) for pattern in check_data("patterns")[name])


def _alternatives(patterns, flags=0) -> re.Pattern | None:
    """Patterns as one regex of alternatives, in their order, so a text is scanned once. At the
    leftmost position where some pattern matches, the first such pattern wins, as in `first`.
    Group names are dropped (several patterns of a group share them); `find_all` keeps them."""
    patterns = [NAMED_GROUP.sub("(?:", pattern) for pattern in patterns]
    return re.compile("|".join(f"(?:{pattern})" for pattern in patterns), flags) if patterns else None


@functools.cache
def _any_of(name: str) -> re.Pattern:
    return _alternatives(check_data("patterns")[name], re.IGNORECASE)


def _case_sensitive(pattern: str) -> bool:
    """Whether the pattern needs the text as written: it says so, or it has a capital letter (not
    in an escape such as \\W, nor in a group name "(?P<hour>")."""
    return "(?-i:" in pattern or CAPITAL.search(ESCAPE.sub("", NAMED_GROUP.sub("(?:", pattern))) is not None


@functools.cache
def _for_has(name: str) -> tuple[re.Pattern | None, re.Pattern | None]:
    """The group split for `has`: its lower-case patterns without IGNORECASE, to scan lower-cased
    text (twice as fast), and its case-sensitive ones, to scan the text as written."""
    patterns = check_data("patterns")[name]
    return (_alternatives([p for p in patterns if not _case_sensitive(p)]),
            _alternatives([p for p in patterns if _case_sensitive(p)], re.IGNORECASE))


def find_all(name: str, text: str) -> list[re.Match]:
    """Every match of the pattern group `name`, in text order."""
    return sorted((match for pattern in _compiled(name) for match in pattern.finditer(text)), key=lambda m: m.start())


def first(name: str, text: str) -> re.Match | None:
    """The earliest match of the pattern group `name` (without its group names), or None. The quick
    test `has` comes first: most texts match nothing."""
    return _any_of(name).search(text) if has(name, text) else None


class Caseless:
    """A regular expression of lower-case words, matched case-insensitively. The lower-cased text is
    scanned first without IGNORECASE (about twice as fast); only when that finds something is the
    text as written searched, so offsets are those of the text itself."""

    def __init__(self, pattern: str):
        self._quick = re.compile(pattern)
        self._exact = re.compile(pattern, re.IGNORECASE)

    def search(self, text: str) -> re.Match | None:
        return self._exact.search(text) if self._quick.search(text.lower()) else None

    def finditer(self, text: str):
        return self._exact.finditer(text) if self._quick.search(text.lower()) else iter(())


def has(name: str, text: str) -> bool:
    """Whether any pattern of the group `name` matches."""
    lower_case, case_sensitive = _for_has(name)
    return bool((lower_case and lower_case.search(text.lower())) or (case_sensitive and case_sensitive.search(text)))
