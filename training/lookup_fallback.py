"""Build the tables of the ouderbrief_lemma_fallback component (models/lemma_fallback.py).

known: lower-cased forms seen in the training data (the trained lemmatizer handles them);
table: form -> lemma from spacy-lookups-data's nl_lemma_lookup (MIT), entries with
form != lemma only.
"""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import spacy_lookups_data
from spacy.tokens import DocBin


def build_fallback_tables(train_path: Path, vocab) -> tuple[set[str], dict[str, str]]:
    known = {t.lower_ for d in DocBin().from_disk(train_path).get_docs(vocab) for t in d}
    src = Path(spacy_lookups_data.__file__).parent / "data" / "nl_lemma_lookup.json.gz"
    with gzip.open(src, "rt", encoding="utf8") as fh:
        data = json.load(fh)
    table = {form: lemma for form, lemma in data.items() if form != lemma}
    return known, table
