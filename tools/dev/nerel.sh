#!/usr/bin/env bash
# nerel.sh REPO TAG [sealed] : NEREL dev, train tune, train open (+ sealed if asked), FactRuEval devset
set -u
REPO=$1; TAG=$2; OUT=/tmp/s/${TAG}_nerel.txt
PY=${PY:-/work/main/.venv/bin/python}
cd "$REPO"
: > "$OUT"
for args in "dev" "train --fold tune" "train --fold open" ${3:+"train --fold sealed"}; do
  echo "== nerel $args" >> "$OUT"
  PYTHONPATH="$REPO/src" $PY benchmarks/eval_nerel.py $args --workers 1 2>&1 | tail -22 >> "$OUT"
done
echo "== factrueval devset" >> "$OUT"
PYTHONPATH="$REPO/src" $PY benchmarks/eval_factrueval.py 2>&1 | tail -22 >> "$OUT"
cat "$OUT"
