#!/usr/bin/env bash
# Retrain models/nl_ouderbrief from scratch (used by `make model`).
#   bash training/train.sh [UD_DIR]       (default UD_DIR: ../shared/ud-dutch next to the repo)
# Single-threaded on purpose (shared 2-core machine). Takes ~1.5 h on one core.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PY="${PY:-$ROOT/.venv/bin/python}"
UD="${1:-$ROOT/../shared/ud-dutch}"
RUN="${RUN:-$ROOT/training/output/final}"
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
cd "$ROOT"
test -f "$UD/nl_alpino-ud-dev.conllu" || { echo "UD Dutch files not found in $UD" >&2; exit 1; }
# 1. CoNLL-U -> DocBin (normalised lemmas, own dev split, augmentation, held-out eval set)
"$PY" training/prepare.py --ud-dir "$UD" --out training/corpus --augment 0.3
# 2. train (config: training/config.cfg)
"$PY" -m spacy train training/config.cfg --output "$RUN" \
    --paths.train training/corpus/train.spacy --paths.dev training/corpus/dev.spacy
# 3. final fit: same config on all training sentences incl. the own dev split, for the step
#    count model-best was chosen at in step 2 (2,100 in the run that produced 0.3.0)
STEPS="${STEPS:-2100}"  # model-best step of the selection run (spaCy does not record it in meta)
"$PY" training/prepare.py --ud-dir "$UD" --out training/corpus_all --augment 0.3 --all-train
"$PY" -m spacy train training/config.cfg --output "$RUN"_all \
    --paths.train training/corpus_all/train.spacy --paths.dev training/corpus_all/dev.spacy \
    --training.max_steps "$STEPS" --training.eval_frequency 700
# 4. add the lookup lemma fallback, evaluate on held-out alpino-test, write models/nl_ouderbrief
"$PY" training/finalize.py --run "$RUN"_all --model-subdir model-last \
    --known-from training/corpus_all/train.spacy --dev-in-training --fallback --version 0.3.0 ${FINALIZE_ARGS:-}
