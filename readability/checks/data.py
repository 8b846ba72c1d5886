"""The data files of the checks and constructions (cue words, patterns, messages), read once per process."""
from __future__ import annotations

import functools
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent


@functools.cache
def yaml_data(directory: Path, name: str) -> dict:
    """The contents of <directory>/<name>.yaml."""
    return yaml.safe_load((directory / f"{name}.yaml").read_text(encoding="utf-8"))


def check_data(name: str) -> dict:
    """The contents of readability/checks/<name>.yaml."""
    return yaml_data(HERE, name)
