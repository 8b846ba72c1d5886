"""Named regular expressions from patterns.yaml (dates, times, contact details, ...), compiled once."""
from __future__ import annotations

import functools
import re

from readability.checks.data import check_data

NAMED_GROUP = re.compile(r"\(\?P<\w+>")


@functools.cache
def _compiled(name: str) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(pattern, re.IGNORECASE) for pattern in check_data("patterns")[name])


@functools.cache
def _any_of(name: str) -> re.Pattern:
    """The group's patterns as one regex of alternatives, in their order, so a text is scanned once.
    At the leftmost position where some pattern matches, the first such pattern wins, as in `first`.
    Group names are dropped (several patterns of a group share them); `find_all` keeps them."""
    alternatives = (NAMED_GROUP.sub("(?:", pattern) for pattern in check_data("patterns")[name])
    return re.compile("|".join(f"(?:{alternative})" for alternative in alternatives), re.IGNORECASE)


def find_all(name: str, text: str) -> list[re.Match]:
    """Every match of the pattern group `name`, in text order."""
    return sorted((match for pattern in _compiled(name) for match in pattern.finditer(text)), key=lambda m: m.start())


def first(name: str, text: str) -> re.Match | None:
    """The earliest match of the pattern group `name` (without its group names), or None."""
    return _any_of(name).search(text)


def has(name: str, text: str) -> bool:
    """Whether any pattern of the group `name` matches."""
    return _any_of(name).search(text) is not None
