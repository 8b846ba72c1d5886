"""Learning curve: train on the UD sentences plus 0/25/50/75/100% of the new Alpino Treebank
sentences (un-augmented) with the same step-capped budget and evaluate each on the held-out
alpino-test set.

The subsets <corpus>/train_{0,25,50,75,100}.spacy are written by prepare.py. The budget is the
quick config (config_quick.cfg) with --steps steps, so the curve shows the trend of adding
data, not the accuracy of the shipped model.

Usage: python training/learning_curve.py [--steps 2500] [--corpus training/corpus]
           [--config training/config_quick.cfg] [--pcts 0,25,50,75,100]
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", type=int, default=2500)
    ap.add_argument("--corpus", default=str(HERE / "corpus"))
    ap.add_argument("--config", default=str(HERE / "config_quick.cfg"))
    ap.add_argument("--pcts", default="0,25,50,75,100")
    args = ap.parse_args()
    import spacy
    from finalize import evaluate

    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
    corpus = Path(args.corpus)
    out_file = HERE / "learning_curve.json"
    results = json.loads(out_file.read_text()) if out_file.exists() else {}
    for pct in args.pcts.split(","):
        out = HERE / "output" / f"curve_{pct}"
        subprocess.run(
            [sys.executable, "-m", "spacy", "train", args.config, "--output", str(out),
             "--paths.train", str(corpus / f"train_{pct}.spacy"),
             "--paths.dev", str(corpus / "dev.spacy"),
             "--training.max_steps", str(args.steps), "--training.eval_frequency", "250",
             "--training.patience", "0"],
            check=True, env=env, stdout=subprocess.DEVNULL,
        )
        nlp = spacy.load(out / "model-last")
        scores = evaluate(nlp, corpus / "heldout_alpino_test.spacy")
        from spacy.tokens import DocBin

        ntok = sum(len(d) for d in DocBin().from_disk(corpus / f"train_{pct}.spacy").get_docs(nlp.vocab))
        results[pct] = {"train_tokens": ntok, "steps": args.steps, **scores}
        print(pct, json.dumps(results[pct]), flush=True)
        out_file.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
