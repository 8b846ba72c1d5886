"""Server settings, read from the environment once when the app is created."""
from __future__ import annotations

import os
from dataclasses import dataclass

from readability.analysers import ANALYSIS_SECONDS, budget_seconds
from readability.errors import MAX_CHARACTERS

# A request body may hold HTML around the letter, so it may be larger than the text limit;
# anything above this is refused before it is read.
MAX_BODY_BYTES = 4 * MAX_CHARACTERS + 64 * 1024


def _list_from_env(name: str) -> tuple[str, ...]:
    return tuple(item.strip() for item in os.environ.get(name, "").split(",") if item.strip())


@dataclass(frozen=True)
class Settings:
    api_keys: tuple[str, ...] = ()  # empty: no key needed (local use)
    cors_origins: tuple[str, ...] = ()  # e.g. the school's newsletter tool
    max_body_bytes: int = MAX_BODY_BYTES
    analysis_seconds: float = ANALYSIS_SECONDS  # a check that takes longer is stopped (422 too-slow)

    @classmethod
    def from_env(cls) -> "Settings":
        return cls(api_keys=_list_from_env("OUDERBRIEF_API_KEYS"), cors_origins=_list_from_env("OUDERBRIEF_CORS_ORIGINS"),
                   analysis_seconds=budget_seconds(ANALYSIS_SECONDS))
