"""The data files of the constructions (word lists, patterns, messages), read once per process."""
from __future__ import annotations

import functools
from pathlib import Path

from readability.checks.data import yaml_data

HERE = Path(__file__).resolve().parent


@functools.cache  # looked up for every word: a dict look-up, not a Path hash
def construction_data(name: str) -> dict:
    """The contents of readability/constructions/<name>.yaml."""
    return yaml_data(HERE, name)
