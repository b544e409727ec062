#!/usr/bin/env bash
# domain.sh REPO DIR OUT: ingest DIR with REPO/src (one worker), then score it: OUT.db, OUT.jsonl,
# OUT.err, OUT.score (the shared domain_eval.py), OUT.eval (soccoop eval).
set -u
REPO=$1; DIR=$2; OUT=$3
PY=${PY:-/work/main/.venv/bin/python}
rm -f "$OUT.db" "$OUT.jsonl"
PYTHONPATH="$REPO/src" $PY -m soccoop ingest "$DIR" --db "$OUT.db" --workers 1 -o "$OUT.jsonl" --force > /dev/null 2> "$OUT.err"
$PY /work/shared/tools/domain_eval.py "$DIR/gold" "$OUT.jsonl" --json > "$OUT.score"
PYTHONPATH="$REPO/src" $PY -m soccoop eval "$DIR/gold" --db "$OUT.db" --format json > "$OUT.eval" 2>>"$OUT.err"
