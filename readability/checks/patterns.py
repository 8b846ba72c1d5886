"""Named regular expressions from patterns.yaml (dates, times, contact details, ...), compiled once."""
from __future__ import annotations

import functools
import re

from readability.checks.data import check_data


@functools.cache
def _compiled(name: str) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(pattern, re.IGNORECASE) for pattern in check_data("patterns")[name])


def find_all(name: str, text: str) -> list[re.Match]:
    """Every match of the pattern group `name`, in text order."""
    return sorted((match for pattern in _compiled(name) for match in pattern.finditer(text)), key=lambda m: m.start())


def first(name: str, text: str) -> re.Match | None:
    """The earliest match of the pattern group `name`, or None."""
    matches = [match for pattern in _compiled(name) if (match := pattern.search(text))]
    return min(matches, key=lambda m: m.start()) if matches else None
