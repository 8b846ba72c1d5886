"""Whether a letter explains a term itself, right where it uses it (cues in terms.yaml)."""
from __future__ import annotations

import functools
import re

from readability.checks.data import check_data

NEAR = 300  # characters around a term that may explain it (same line)


@functools.cache
def _explanation_patterns(where: str) -> tuple[tuple[re.Pattern, ...], tuple[str, ...]]:
    """Compiled cues of terms.yaml (`where` is explained_after or explained_before), and the
    cues that name the term itself ({term}), which are compiled per term."""
    cues = check_data("terms")[where]
    return (tuple(re.compile(cue, re.IGNORECASE) for cue in cues if "{term}" not in cue),
            tuple(cue for cue in cues if "{term}" in cue))


def explained_at(start: int, end: int, text: str) -> bool:
    """The letter explains the term right here (see explained_after/_before in terms.yaml)."""
    line_end = text.find("\n", end, end + NEAR)
    after = text[end: line_end if line_end != -1 else end + NEAR]
    before = text[max(text.rfind("\n", max(0, start - NEAR), start) + 1, start - NEAR): start]
    fixed_after, term_after = _explanation_patterns("explained_after")
    fixed_before, _ = _explanation_patterns("explained_before")
    if any(cue.search(after) for cue in fixed_after) or any(cue.search(before) for cue in fixed_before):
        return True
    short_form = re.match(r"\s*\(([^()]{1,30})\)", after)
    names = [text[start:end]] + ([short_form.group(1).strip()] if short_form else [])
    term = "|".join(re.escape(name) for name in names)
    return any(re.search(cue.replace("{term}", term), after, re.IGNORECASE) for cue in term_after)
