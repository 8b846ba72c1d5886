"""Named regular expressions from patterns.yaml (dates, times, contact details, ...), compiled once."""
from __future__ import annotations

import functools
import re

from readability.checks.data import check_data

FIRST_SLACK = 300  # characters: longer than any sentence-bound pattern match in patterns.yaml


@functools.cache
def _compiled(name: str) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(pattern, re.IGNORECASE) for pattern in check_data("patterns")[name])


def find_all(name: str, text: str) -> list[re.Match]:
    """Every match of the pattern group `name`, in text order."""
    return sorted((match for pattern in _compiled(name) for match in pattern.finditer(text)), key=lambda m: m.start())


def first(name: str, text: str) -> re.Match | None:
    """The earliest match of the pattern group `name`, or None."""
    earliest = None
    for pattern in _compiled(name):
        # Once a match is known, only a match that ends soon after it can start earlier.
        end = len(text) if earliest is None else min(len(text), earliest.end() + FIRST_SLACK)
        match = pattern.search(text, 0, end)
        if match and (earliest is None or match.start() < earliest.start()):
            earliest = match
    return earliest


def has(name: str, text: str) -> bool:
    """Whether any pattern of the group `name` matches (stops at the first that does)."""
    return any(pattern.search(text) for pattern in _compiled(name))
