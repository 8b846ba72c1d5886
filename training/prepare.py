"""Convert the UD Dutch CoNLL-U files into spaCy training data.

Steps
1. Read the three UD training files (alpino-dev, lassysmall-dev, lassysmall-test), the
   Alpino Treebank files of ``--extra-dir`` (``alpino-treebank-train-like.conllu`` always,
   ``alpino-treebank-extra.conllu`` with ``--with-extra``) and the held-out evaluation file
   (alpino-test, converted for *evaluation only*).
2. Normalise Alpino compound / separable-verb lemmas ("basis_niveau" ->
   "basisniveau", "af_lopen" -> "aflopen", "luis_moeder" for "luizenmoeders" ->
   "luizenmoeder"); see ``normalise_lemma``.
3. Split the training sentences deterministically into train / dev (every
   ``DEV_EVERY``-th block of the UD files and every ``DEV_EVERY_NEW``-th block of the
   train-like file go to dev; the extra file never does, so dev is the same with or without it).
4. Optionally add augmented copies of training sentences (see ``augment.py``).
5. Write DocBins: corpus/train.spacy, corpus/dev.spacy, corpus/heldout_alpino_test.spacy
   plus learning-curve subsets corpus/train_25.spacy, ... (the UD sentences plus 25/50/75/100 %
   of the new Alpino Treebank sentences, un-augmented).

Usage: python training/prepare.py --ud-dir ../shared/ud-dutch \
           --extra-dir ../shared/ud-dutch-extra [--with-extra] --out training/corpus
"""
from __future__ import annotations

import argparse
import random
from pathlib import Path

from spacy.lang.nl import Dutch
from spacy.tokens import DocBin
from spacy.training.converters import conllu_to_docs

TRAIN_FILES = [
    "nl_alpino-ud-dev.conllu",
    "nl_lassysmall-ud-dev.conllu",
    "nl_lassysmall-ud-test.conllu",
]
TRAIN_LIKE_FILE = "alpino-treebank-train-like.conllu"
EXTRA_FILE = "alpino-treebank-extra.conllu"
HELDOUT_FILE = "nl_alpino-ud-test.conllu"  # never train or tune on this one
DEV_EVERY = 10  # every 10th sentence block of the UD files -> own dev split
DEV_EVERY_NEW = 25  # every 25th block of the train-like file -> own dev split
N_SENTS = 10  # sentences per training Doc (lets the parser learn boundaries)
VERBAL = {"VERB", "AUX"}


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def normalise_lemma(form: str, lemma: str, upos: str) -> str:
    """Turn an Alpino underscore lemma into a plain Dutch lemma.

    * Verbs (separable / compound): join the parts: "af_lopen" -> "aflopen".
    * Nouns, adjectives etc.: keep the surface form of the modifier parts and
      lemmatise only the head: "luizenmoeders" + "luis_moeder" -> "luizenmoeder",
      "opleidingsploeg" + "opleiding_ploeg" -> "opleidingsploeg".
      The head is located as the right-most position in the word where the
      head lemma's longest prefix starts (handles "hoofdsteden" -> "hoofdstad").
    """
    if "_" not in lemma or lemma == "_":
        return lemma
    parts = [p for p in lemma.split("_") if p]
    joined = "".join(parts)
    if upos in VERBAL or not parts:
        return joined
    head = parts[-1].lower()
    low = form.lower()
    # the modifier parts may grow ("luis" -> "luizen") or lose a letter or two
    min_i = max(1, len("".join(parts[:-1])) - 2)
    best_i, best_n = -1, 0
    for i in range(min_i, len(low)):
        n = _common_prefix(low[i:], head)
        if n > best_n:
            best_i, best_n = i, n
    if best_i < 0:
        return joined
    prefix = form[:best_i]
    if lemma[:1].islower():
        prefix = prefix.lower()
    return prefix + parts[-1]


def read_conllu(path: Path) -> list[str]:
    """Return the sentences of a CoNLL-U file with normalised lemmas."""
    out = []
    block: list[str] = []
    for line in path.read_text(encoding="utf8").splitlines() + [""]:
        if not line.strip():
            if block:
                out.append("\n".join(block))
                block = []
            continue
        if line.startswith("#"):
            block.append(line)
            continue
        cols = line.split("\t")
        if len(cols) == 10 and cols[0].isdigit():
            cols[2] = normalise_lemma(cols[1], cols[2], cols[3])
        block.append("\t".join(cols))
    return out


def has_tags(sent: str) -> bool:
    """False for sentences whose words carry no part-of-speech annotation (UPOS X, XPOS "_"),
    as in the paco parts of alpino-treebank-extra.conllu: training the tagger, morphologizer and
    lemmatizer on them teaches them to answer X."""
    rows = [line.split("\t") for line in sent.split("\n") if line[:1].isdigit()]
    return any(cols[3] != "X" or cols[4] != "_" for cols in rows)


def to_docs(sents: list[str], n_sents: int = N_SENTS):
    text = "\n\n".join(sents) + "\n"
    return list(conllu_to_docs(text, n_sents=n_sents, merge_subtokens=False, no_print=True))


def split_blocks(sents: list[str], every: int) -> tuple[list[str], list[str]]:
    """Every ``every``-th block of N_SENTS sentences goes to dev, the rest to train."""
    train, dev = [], []
    for bi in range(0, len(sents), N_SENTS):
        blk = sents[bi:bi + N_SENTS]
        (dev if (bi // N_SENTS) % every == every - 1 else train).extend(blk)
    return train, dev


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ud-dir", default="../shared/ud-dutch")
    ap.add_argument("--extra-dir", default="../shared/ud-dutch-extra",
                    help="Alpino Treebank files in UD (empty string: UD files only)")
    ap.add_argument("--with-extra", action="store_true",
                    help=f"also train on {EXTRA_FILE} (test suites, questions, dialogues)")
    ap.add_argument("--out", default="training/corpus")
    ap.add_argument("--augment", type=float, default=0.0,
                    help="fraction of training sentences to add as augmented copies")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    ud, out = Path(args.ud_dir), Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    ud_train, dev_sents = [], []
    for name in TRAIN_FILES:
        train, dev = split_blocks(read_conllu(ud / name), DEV_EVERY)
        ud_train += train
        dev_sents += dev
    new_train: list[str] = []
    if args.extra_dir:
        extra = Path(args.extra_dir)
        train, dev = split_blocks(read_conllu(extra / TRAIN_LIKE_FILE), DEV_EVERY_NEW)
        new_train += train
        dev_sents += dev
        if args.with_extra:
            new_train += [sent for sent in read_conllu(extra / EXTRA_FILE) if has_tags(sent)]
    train_sents = ud_train + new_train
    heldout = read_conllu(ud / HELDOUT_FILE)

    rng = random.Random(args.seed)
    train_docs = to_docs(train_sents)
    if args.augment > 0:
        from augment import augment_sentences  # type: ignore

        aug = augment_sentences(train_sents, args.augment, rng)
        train_docs += to_docs(aug)
    rng.shuffle(train_docs)
    ntok = lambda docs: sum(len(d) for d in docs)  # noqa: E731

    DocBin(docs=train_docs, store_user_data=False).to_disk(out / "train.spacy")
    dev_docs = to_docs(dev_sents)
    DocBin(docs=dev_docs).to_disk(out / "dev.spacy")
    print(f"train: {len(train_sents)} sents, {ntok(train_docs)} tokens (incl. augmentation)")
    print(f"dev: {len(dev_sents)} sents, {ntok(dev_docs)} tokens")
    DocBin(docs=to_docs(heldout)).to_disk(out / "heldout_alpino_test.spacy")
    # learning-curve subsets: all UD sentences plus a share of the new Alpino Treebank
    # sentences (whole blocks, shuffled once), un-augmented
    blocks = [new_train[i:i + N_SENTS] for i in range(0, len(new_train), N_SENTS)]
    random.Random(1).shuffle(blocks)
    for pct in (0, 25, 50, 75, 100):
        k = len(blocks) * pct // 100
        subset = to_docs(ud_train + [s for blk in blocks[:k] for s in blk])
        DocBin(docs=subset).to_disk(out / f"train_{pct}.spacy")
        print(f"train_{pct}: {ntok(subset)} tokens")
    print(f"heldout: {len(heldout)} sents")


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).parent))
    main()
