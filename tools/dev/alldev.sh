#!/usr/bin/env bash
# alldev.sh REPO TAG [J]: ingest and score the seeds and every dev round of REPO's
# tests/data/devrounds with REPO's src, J samples at a time, into $RUNS/TAG (default /tmp/s/TAG),
# then write $RUNS/TAG/all.scores (one line per sample, summ.py).
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$1; TAG=$2; J=${3:-2}; RUNS=${RUNS:-/tmp/s}
SEEDS=${SEEDS:-/work/shared/seeds}
mkdir -p "$RUNS/$TAG"
{ echo "$SEEDS seeds"; for d in "$REPO"/tests/data/devrounds/*/; do echo "${d%/} $(basename "$d")"; done; } |
  xargs -P "$J" -L 1 bash -c 'bash "'"$HERE"'/domain.sh" "'"$REPO"'" "$0" "'"$RUNS/$TAG"'/$1"'
python3 "$HERE/summ.py" "$RUNS/$TAG"
