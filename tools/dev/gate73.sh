#!/bin/bash
# gate73.sh NAME [ROOT] (round 73): the transfer set (rounds 280, 282, 284-289, never opened by a
# developer) and the new dev pair (292, 293) vs b73; hidden 290/291 changed documents vs the blind
# start; held-out 294 and fre73 summary lines only.
set -u
NAME=$1; ROOT=${2:-/work/wt/$1}; OUT=/tmp/s/gate_$NAME; RUNS=${RUNS:-/tmp/s}
TRANSFER="280 282 284 285 286 287 288 289 292 293"
rm -rf $OUT; mkdir -p $OUT/tr $OUT/hid
{ for r in $TRANSFER; do echo "$ROOT/tests/data/devrounds/round$r $OUT/tr/round$r"; done
  for r in 290 291 294; do echo "/work/rounds/round$r $OUT/hid/round$r"; done; } |
  xargs -P 2 -L 1 bash -c 'bash /work/main/tools/dev/domain.sh '"$ROOT"' $0 $1'
python3 /work/main/tools/dev/summ.py $OUT/tr > /dev/null; python3 /work/main/tools/dev/summ.py $OUT/hid > /dev/null
echo "== $NAME transfer set (280, 282, 284-289) and new dev pair (292, 293) vs b73"
python3 /work/main/tools/dev/changed_docs.py $RUNS/b73 $OUT/tr
for r in $TRANSFER; do grep "^round$r " $RUNS/b73/all.scores; done > $OUT/tr_base.scores
python3 /work/main/tools/dev/cmp.py $OUT/tr_base.scores $OUT/tr/all.scores 2>&1 | tail -15
echo "== hidden 290/291: changed documents vs blind start (no scores read)"
python3 /work/main/tools/dev/changed_docs.py $RUNS/blind73start $OUT/hid 2>&1 | sed 's/round294:[0-9]*//'
echo "== held-out 294"
grep round294 $OUT/hid/all.scores
PYTHONPATH=$ROOT/src /work/main/.venv/bin/python $ROOT/benchmarks/eval_factrueval.py /work/rounds/fre73/gold --txt /work/rounds/fre73 --seeds /nonexistent 2>&1 | tail -3 | sed 's/^/fre73 /'
