#!/bin/bash
# gate74.sh NAME [ROOT] (round 74): the transfer set (rounds 289-294, never opened by a developer,
# vs b74) and the new dev pair (296, 298, vs the blind start); hidden 295/297 changed documents
# vs the blind start; held-out 299 and fre74 summary lines only.
set -u
NAME=$1; ROOT=${2:-/work/wt/$1}; OUT=/tmp/s/gate_$NAME; RUNS=${RUNS:-/tmp/s}
TRANSFER="289 290 291 292 293 294"
rm -rf $OUT; mkdir -p $OUT/tr $OUT/hid
{ for r in $TRANSFER; do echo "$ROOT/tests/data/devrounds/round$r $OUT/tr/round$r"; done
  for r in 296 298; do echo "/work/rounds/round$r $OUT/tr/round$r"; done
  for r in 295 297 299; do echo "/work/rounds/round$r $OUT/hid/round$r"; done; } |
  xargs -P 2 -L 1 bash -c 'bash /work/main/tools/dev/domain.sh '"$ROOT"' $0 $1'
python3 /work/main/tools/dev/summ.py $OUT/tr > /dev/null; python3 /work/main/tools/dev/summ.py $OUT/hid > /dev/null
mkdir -p $OUT/base; for r in $TRANSFER; do for e in jsonl score; do ln -sf $RUNS/b74/round$r.$e $OUT/base/; done; done
for r in 296 298; do for e in jsonl score; do ln -sf $RUNS/blind74start/round$r.$e $OUT/base/; done; done
python3 /work/main/tools/dev/summ.py $OUT/base > /dev/null
echo "== $NAME transfer set (289-294) and new dev pair (296, 298) vs the start code"
python3 /work/main/tools/dev/changed_docs.py $OUT/base $OUT/tr
python3 /work/main/tools/dev/cmp.py $OUT/base/all.scores $OUT/tr/all.scores 2>&1 | tail -15
echo "== hidden 295/297: changed documents vs blind start (no scores read)"
python3 /work/main/tools/dev/changed_docs.py $RUNS/blind74start $OUT/hid 2>&1 | sed 's/round299:[0-9]*//'
echo "== held-out 299"
grep round299 $OUT/hid/all.scores
PYTHONPATH=$ROOT/src /work/main/.venv/bin/python $ROOT/benchmarks/eval_factrueval.py /work/rounds/fre74/gold --txt /work/rounds/fre74 --seeds /nonexistent 2>&1 | tail -3 | sed 's/^/fre74 /'
