"""Data-side augmentation for school-letter style input (used by prepare.py --augment).

Creates extra copies of a fraction of the training sentences (CoNLL-U blocks):
* quote variants: the treebank's straight/low quotes (",,", "''", '"', "'")
  are replaced by curly quotes (“ ” ‘ ’) as typed by word processors;
* "letter style": a sentence-initial word in ALL CAPS is *not* generated
  (lemmas would become inconsistent); instead some copies are fully
  lower-cased (text and lemma of non-proper nouns), on top of spaCy's own
  lower-case augmenter configured in the training config;
* bullets: some copies start with a list bullet ("-", "•", "*") attached to the root
  as punctuation, as in the lists of a letter;
* clock times: a whole hour before "uur" ("om 7 uur") becomes a time as letters
  write it ("om 19.30 uur").
Apart from the added bullet token, only FORM/LEMMA (and `# text`) change; all other
annotation stays gold.
"""
from __future__ import annotations

import random

PAIRS = [(",,", "''"), ('"', '"'), ("'", "'")]
CURLY = {0: ("“", "”"), 1: ("‘", "’")}


def _rows(block: str):
    return [l.split("\t") if not l.startswith("#") else l for l in block.split("\n")]


def _join(rows) -> str:
    return "\n".join(r if isinstance(r, str) else "\t".join(r) for r in rows)


def _set_text(rows):
    text = ""
    for r in rows:
        if isinstance(r, str) or not r[0].isdigit():
            continue
        text += r[1] + ("" if "SpaceAfter=No" in r[9] else " ")
    return [f"# text = {text.strip()}" if isinstance(r, str) and r.startswith("# text") else r
            for r in rows]


def _tokens(rows):
    return [r for r in rows if not isinstance(r, str) and r[0].isdigit()]


def curly_quotes(block: str, rng: random.Random) -> str | None:
    rows = _rows(block)
    toks = _tokens(rows)
    quotes = [r for r in toks if r[1] in (",,", "''", '"', "'", "`") and r[3] == "PUNCT"]
    if not quotes:
        return None
    left, right = CURLY[0] if rng.random() < 0.8 else CURLY[1]
    opening = True
    for r in quotes:
        if r[1] == ",,":
            r[1] = r[2] = left
            opening = False
        elif r[1] == "''":
            r[1] = r[2] = right
            opening = True
        else:
            r[1] = r[2] = left if opening else right
            opening = not opening
    return _join(_set_text(rows))


def lower_case(block: str) -> str:
    rows = _rows(block)
    for r in rows:
        if isinstance(r, str) or not r[0].isdigit():
            continue
        r[1] = r[1].lower()
        if r[3] != "PROPN":
            r[2] = r[2].lower()
    return _join(_set_text(rows))


BULLETS = ["-", "•", "*"]


def with_bullet(block: str, rng: random.Random) -> str:
    """Prepend a bullet token (PUNCT, attached to the root); ids and heads shift by one."""
    rows = _rows(block)
    toks = _tokens(rows)
    root = next(r for r in toks if r[6] == "0")
    for r in toks:
        r[0] = str(int(r[0]) + 1)
        r[6] = r[6] if r[6] == "0" else str(int(r[6]) + 1)
    bullet = rng.choice(BULLETS)
    first = rows.index(toks[0])
    rows.insert(first, ["1", bullet, bullet, "PUNCT", "LET", "_", root[0], "punct", "_", "_"])
    return _join(_set_text(rows))


def clock_times(block: str, rng: random.Random) -> str | None:
    """Turn "7 uur" into "19.30 uur" (NUM before "uur"); None if there is no such time."""
    rows = _rows(block)
    toks = _tokens(rows)
    changed = False
    for num, nxt in zip(toks, toks[1:]):
        if num[3] == "NUM" and num[1].isdigit() and int(num[1]) <= 12 and nxt[1] == "uur":
            hour = int(num[1]) + rng.choice([0, 12])
            num[1] = num[2] = f"{hour}.{rng.choice(['00', '15', '30', '45'])}"
            changed = True
    return _join(_set_text(rows)) if changed else None


def augment_sentences(sents: list[str], fraction: float, rng: random.Random) -> list[str]:
    out = []
    for s in sents:
        if rng.random() >= fraction:
            continue
        new = curly_quotes(s, rng) or clock_times(s, rng)
        if new is None and rng.random() < 0.3:
            new = lower_case(s)
        elif new is None and rng.random() < 0.15:
            new = with_bullet(s, rng)
        if new is not None:
            out.append(new)
    return out
