#!/bin/bash
# gate72.sh NAME ROOT (round 72): transfer half (even dev rounds 244-288) vs b72; hidden 285/287 changed docs vs blind start; 289 and fre72 summaries
set -u
NAME=$1; ROOT=${2:-/work/wt/$1}; OUT=/tmp/s/gate_$NAME
rm -rf $OUT; mkdir -p $OUT/even $OUT/hid
{ for r in $(seq 244 2 288); do echo "$ROOT/tests/data/devrounds/round$r $OUT/even/round$r"; done
  for r in 285 287 289; do echo "/work/rounds/round$r $OUT/hid/round$r"; done; } |
  xargs -P 2 -L 1 bash -c 'bash /work/main/tools/dev/domain.sh '"$ROOT"' $0 $1'
python3 /work/main/tools/dev/summ.py $OUT/even > /dev/null; python3 /work/main/tools/dev/summ.py $OUT/hid > /dev/null
echo "== $NAME transfer half (even rounds 244-288) vs b72"
python3 /work/main/tools/dev/changed_docs.py /tmp/s/b72 $OUT/even
grep -E "^round(24[4-9]|2[5-8][0-9]) " /tmp/s/b72/all.scores | awk '{r=substr($1,6); if (r%2==0) print}' > $OUT/even_base.scores
python3 /work/main/tools/dev/cmp.py $OUT/even_base.scores $OUT/even/all.scores 2>&1 | tail -15
echo "== hidden 285/287: changed documents vs blind start (no scores read)"
python3 /work/main/tools/dev/changed_docs.py /tmp/s/blind72start $OUT/hid 2>&1 | sed 's/round289:[0-9]*//'
echo "== held-out 289"
grep round289 $OUT/hid/all.scores
PYTHONPATH=$ROOT/src /work/main/.venv/bin/python $ROOT/benchmarks/eval_factrueval.py /work/rounds/fre72/gold --txt /work/rounds/fre72 --seeds /nonexistent 2>&1 | tail -3 | sed 's/^/fre72 /'
