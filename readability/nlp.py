"""The one place that loads the Dutch spaCy pipeline, once per process.

Choice of pipeline:
- ``OUDERBRIEF_SPACY_MODEL`` names an installed package (``nl_core_news_sm``/``md``/``lg``),
  a directory, or ``bundled`` for the pipeline shipped in ``models/``;
- unset (or ``auto``): an installed official Dutch pipeline if there is one, else the bundled one.
"""
from __future__ import annotations

import functools
import gc
import os
from pathlib import Path

import spacy
from spacy.language import Language

ENV_VAR = "OUDERBRIEF_SPACY_MODEL"
BUNDLED_MODEL = Path(__file__).resolve().parent.parent / "models" / "nl_ouderbrief"
OFFICIAL_MODELS = ("nl_core_news_lg", "nl_core_news_md", "nl_core_news_sm")


class ModelNotFound(RuntimeError):
    """The pipeline asked for is not installed."""


def model_location(wanted: str | None = None) -> str | Path:
    """Package name or directory of the pipeline to load."""
    wanted = (os.environ.get(ENV_VAR, "") if wanted is None else wanted).strip()
    if wanted in ("", "auto"):
        installed = [name for name in OFFICIAL_MODELS if spacy.util.is_package(name)]
        return installed[0] if installed else _bundled()
    if wanted == "bundled":
        return _bundled()
    if Path(wanted).is_dir():
        return Path(wanted)
    if spacy.util.is_package(wanted):
        return wanted
    raise ModelNotFound(
        f"spaCy pipeline {wanted!r} (from {ENV_VAR}) is not installed. "
        f"Install it, e.g. `python -m spacy download {wanted}`, point {ENV_VAR} at a "
        f"pipeline directory, or unset {ENV_VAR} to use the bundled pipeline."
    )


def _bundled() -> Path:
    if not (BUNDLED_MODEL / "meta.json").is_file():
        raise ModelNotFound(
            f"The bundled pipeline is missing at {BUNDLED_MODEL}. "
            "Restore it from git (`git checkout -- models`) or rebuild it with `make model`."
        )
    return BUNDLED_MODEL


@functools.cache
def get_nlp() -> Language:
    """The process-wide pipeline (loaded on first use)."""
    nlp = spacy.load(model_location())
    # The pipeline and the libraries live as long as the process: moving them out of the garbage
    # collector's sight saves it rescanning them (a tenth of the time of a 1,000-word analysis).
    gc.collect()
    gc.freeze()
    return nlp


@functools.cache  # Language.meta gathers every component's labels on each call
def model_info(nlp: Language) -> dict[str, str]:
    """Package-style name ("nl_core_news_sm", "nl_ouderbrief") and version of the pipeline."""
    meta = nlp.meta
    lang, name = meta.get("lang", "nl"), meta.get("name", "unknown")
    return {"name": name if name.startswith(f"{lang}_") else f"{lang}_{name}", "version": meta.get("version", "0")}
