"""Tests for the shipped Dutch pipeline models/nl_ouderbrief (issue #2)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

ROOT = Path(__file__).resolve().parents[1]
MODEL_DIR = ROOT / "models" / "nl_ouderbrief"
HELDOUT = ROOT.parent / "shared" / "ud-dutch" / "nl_alpino-ud-test.conllu"


@pytest.fixture(scope="module")
def nlp():
    assert MODEL_DIR.is_dir(), f"shipped model missing: {MODEL_DIR}"
    return spacy.load(MODEL_DIR)


def test_components_and_meta(nlp):
    for name in ("tok2vec", "tagger", "morphologizer", "trainable_lemmatizer", "parser"):
        assert name in nlp.pipe_names
    meta = json.loads((MODEL_DIR / "meta.json").read_text(encoding="utf8"))
    assert meta["name"] == "nl_ouderbrief"
    assert meta["lang"] == "nl"
    assert "CC BY-SA 4.0" in meta["license"]
    assert meta["spacy_version"]
    held = meta["heldout_alpino_test"]
    for key in ("upos", "tag", "morph", "lemma", "uas", "las", "sents_f"):
        assert isinstance(held[key], (int, float)) and 0 < held[key] <= 100, key
    assert (ROOT / "models" / "README.md").is_file()


def test_lookup_fallback_is_serialised(nlp):
    """The lemma fallback ships its own tables (no spacy-lookups-data / ../shared at run time)."""
    assert "ouderbrief_lemma_fallback" in nlp.pipe_names
    assert nlp.pipe_names.index("ouderbrief_lemma_fallback") > nlp.pipe_names.index("trainable_lemmatizer")
    fb = nlp.get_pipe("ouderbrief_lemma_fallback")
    assert len(fb.table) > 100_000 and len(fb.known) > 5_000
    assert (MODEL_DIR / "ouderbrief_lemma_fallback" / "tables.msgpack").is_file()
    # a word the treebanks never contain, lemmatised through the table
    assert "schoolreisjes" not in fb.known and fb.table.get("schoolreisjes") == "schoolreis"


def test_letter_tokenization(nlp):
    doc = nlp("De ouderavond is op di. 12 maart om 19.30 uur i.v.m. de “kerstmarkt”.")
    words = [t.text for t in doc]
    for tok in ("di.", "19.30", "i.v.m.", "“", "kerstmarkt", "”"):
        assert tok in words, words


def test_model_is_small():
    size = sum(p.stat().st_size for p in MODEL_DIR.rglob("*") if p.is_file())
    assert size < 25e6, f"model too large: {size / 1e6:.1f} MB"


def test_active_sentence_tree(nlp):
    doc = nlp("De leerlingen gaan morgen met de bus naar het museum.")
    roots = [t for t in doc if t.dep_ == "ROOT"]
    assert len(roots) == 1 and roots[0].text == "gaan"
    assert roots[0].pos_ == "VERB"
    subj = [t for t in doc if t.dep_ == "nsubj"]
    assert [t.text for t in subj] == ["leerlingen"]
    assert subj[0].head == roots[0]
    assert doc[1].pos_ == "NOUN" and doc[0].pos_ == "DET"
    # every token hangs off the root
    for tok in doc:
        assert roots[0] in list(tok.ancestors) or tok == roots[0]


def test_passive(nlp):
    doc = nlp("De ouders worden uitgenodigd voor de ouderavond.")
    deps = {t.text: t.dep_ for t in doc}
    assert deps["worden"] == "aux:pass"
    assert deps["uitgenodigd"] == "ROOT"
    assert deps["ouders"] in ("nsubj:pass", "nsubj")


@pytest.mark.parametrize(
    "sentence,word,lemma",
    [
        ("De luizenmoeders controleren na de vakantie alle kinderen.", "luizenmoeders", "luizenmoeder"),
        ("De luizenmoeders controleren na de vakantie alle kinderen.", "kinderen", "kind"),
        ("De kinderen gingen gisteren naar de bibliotheek.", "gingen", "gaan"),
        ("De oudergesprekken vinden volgende week plaats.", "oudergesprekken", "oudergesprek"),
        ("De hulpouders begeleiden de leerlingen tijdens de excursie.", "hulpouders", "hulpouder"),
        ("Wij hebben de schoolreis afgelopen vrijdag gehouden.", "gehouden", "houden"),
        ("Mijn basisniveau is flink omhoog gegaan.", "basisniveau", "basisniveau"),
    ],
)
def test_lemmas(nlp, sentence, word, lemma):
    doc = nlp(sentence)
    got = {t.text: t.lemma_ for t in doc}
    assert got[word] == lemma, f"{word}: {got[word]!r} != {lemma!r}"


def test_no_underscore_lemmas(nlp):
    doc = nlp("De basisschool organiseert een ouderavond; hij liep weg en belde af.")
    assert all("_" not in t.lemma_ for t in doc), [t.lemma_ for t in doc]


@pytest.mark.skipif(not HELDOUT.is_file(), reason="../shared/ud-dutch not available (fresh clone)")
def test_heldout_sample_accuracy(nlp):
    """Re-evaluate on the first 60 held-out sentences (sanity check, not the reported figure)."""
    sys.path.insert(0, str(ROOT / "training"))
    from prepare import read_conllu, to_docs  # noqa: E402
    from spacy.training import Example

    from spacy.tokens import DocBin

    sents = read_conllu(HELDOUT)[:60]
    gold = DocBin(docs=to_docs(sents, n_sents=1)).to_bytes()  # re-read into the model's vocab
    examples = [Example(nlp.make_doc(d.text), d) for d in DocBin().from_bytes(gold).get_docs(nlp.vocab)]
    scores = nlp.evaluate(examples)
    assert scores["pos_acc"] > 0.88
    assert scores["lemma_acc"] > 0.85
    assert scores["dep_las"] > 0.60


def test_loader_choices(monkeypatch):
    from readability import nlp

    assert nlp.model_location("bundled") == nlp.BUNDLED_MODEL
    assert nlp.model_location(str(nlp.BUNDLED_MODEL)) == nlp.BUNDLED_MODEL
    monkeypatch.setattr(nlp.spacy.util, "is_package", lambda name: name == "nl_core_news_md")
    assert nlp.model_location("") == "nl_core_news_md"  # an installed official pipeline is preferred
    with pytest.raises(nlp.ModelNotFound, match="python -m spacy download nl_core_news_lg"):
        nlp.model_location("nl_core_news_lg")
