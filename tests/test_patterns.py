"""The pattern groups of patterns.yaml scanned as one regex give what each pattern alone gives."""
import re
from pathlib import Path

import pytest

from readability.checks.data import check_data
from readability.checks.patterns import Caseless, find_all, first, has

LETTERS = Path(__file__).parent / "data" / "letters"
SENTENCES = [sentence for path in sorted(LETTERS.glob("*.txt"))
             for sentence in re.split(r"(?<=[.!?])\s+|\n", path.read_text(encoding="utf8")) if sentence.strip()]


@pytest.mark.parametrize("name", sorted(check_data("patterns")))
def test_one_regex_per_group_matches_like_its_patterns_one_by_one(name):
    patterns = [re.compile(pattern, re.IGNORECASE) for pattern in check_data("patterns")[name]]
    for sentence in SENTENCES:
        matches = [match for pattern in patterns if (match := pattern.search(sentence))]
        earliest = min(matches, key=lambda match: match.start(), default=None)  # first pattern wins a tie
        assert has(name, sentence) == bool(matches), (name, sentence)
        found = first(name, sentence)
        assert (found and (found.start(), found.group())) == (earliest and (earliest.start(), earliest.group())), (name, sentence)


def test_find_all_keeps_group_names():
    assert [match.group("hour") for match in find_all("times", "Van 8.30 tot 10.00 uur.")] == ["8", "10"]


def test_caseless_matches_any_case_at_the_offsets_of_the_text():
    pattern = Caseless(r"\bouderavond\b")
    assert pattern.search("De OUDERAVOND is morgen.").span() == (3, 13)
    assert [match.group() for match in pattern.finditer("Ouderavond en ouderavond")] == ["Ouderavond", "ouderavond"]
    assert pattern.search("De ouder avond") is None and list(pattern.finditer("De ouder avond")) == []
