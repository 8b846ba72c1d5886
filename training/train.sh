#!/usr/bin/env bash
# Retrain models/nl_ouderbrief from scratch (used by `make model`).
#   bash training/train.sh [UD_DIR [EXTRA_DIR]]
#   (defaults: ../shared/ud-dutch and ../shared/ud-dutch-extra next to the repo)
# Single-threaded on purpose (shared 2-core machine); about 1 h on one idle core.
# spaCy writes model-best at every evaluation (every 500 steps), so a run stopped early can be
# finalised from what it has: step 3 alone (training/finalize.py --run "$RUN" ...).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PY="${PY:-$ROOT/.venv/bin/python}"
UD="${1:-$ROOT/../shared/ud-dutch}"
EXTRA="${2:-$ROOT/../shared/ud-dutch-extra}"
RUN="${RUN:-$ROOT/training/output/final}"
STEPS="${STEPS:-4500}"  # the run that produced 0.4.0 (model-best: step 4,000)
EXTRA_FLAG="${EXTRA_FLAG---with-extra}"  # also train on alpino-treebank-extra.conllu (empty: not)
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
cd "$ROOT"
test -f "$UD/nl_alpino-ud-dev.conllu" || { echo "UD Dutch files not found in $UD" >&2; exit 1; }
test -f "$EXTRA/alpino-treebank-train-like.conllu" || { echo "Alpino Treebank files not found in $EXTRA" >&2; exit 1; }
# 1. CoNLL-U -> DocBin (normalised lemmas, own dev split, augmentation, held-out eval set)
"$PY" training/prepare.py --ud-dir "$UD" --extra-dir "$EXTRA" $EXTRA_FLAG --out training/corpus --augment 0.3
# 2. train (config: training/config.cfg); model-best is chosen on the own dev split
"$PY" -m spacy train training/config.cfg --output "$RUN" \
    --paths.train training/corpus/train.spacy --paths.dev training/corpus/dev.spacy \
    --training.max_steps "$STEPS"
# 3. add the lookup lemma fallback, evaluate on held-out alpino-test, write models/nl_ouderbrief
"$PY" training/finalize.py --run "$RUN" --model-subdir model-best \
    --known-from training/corpus/train.spacy --fallback --version 0.4.0 ${FINALIZE_ARGS:-}
