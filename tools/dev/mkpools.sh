#!/bin/bash
# mkpools.sh OUT START_TAG "TRANSFER ROUNDS": the developers' pools of the tunable rounds (all
# but the transfer set): blind-start errors (rounds 244+, from $RUNS/bstart), the start code's
# errors ($RUNS/START_TAG), their classes, and the per-document pairing losses, into OUT.
# Round 73: mkpools.sh /tmp/p73 b73 "round280 round282 round284 ... round294";
# round 74: mkpools.sh /tmp/p74 b74 "round289 round290 round291 round292 round293 round294".
set -u
OUT=$1; TAG=$2; TR=$3; RUNS=${RUNS:-/tmp/s}
cd /work/main
mk() { # SRC DEST minround
  rm -rf $2; mkdir -p $2
  for f in $1/*.jsonl; do s=$(basename $f .jsonl); skip=0
    for t in $TR; do [ "$s" = "$t" ] && skip=1; done
    if [ "$s" != seeds ]; then n=${s#round}; [ "$n" -lt $3 ] && skip=1; fi
    [ $skip = 0 ] && ln -s $f $2/ && for e in score eval; do [ -f $1/$s.$e ] && ln -s $1/$s.$e $2/; done
  done
}
mk $RUNS/bstart $OUT/tune_bstart 244
mk $RUNS/$TAG $OUT/tune_$TAG 0
rm -f $OUT/tune_bstart/seeds.*
.venv/bin/python tools/dev/pool.py $OUT/tune_bstart $OUT/pool_bstart.txt
.venv/bin/python tools/dev/pool.py $OUT/tune_$TAG $OUT/pool_$TAG.txt
python3 tools/dev/classes.py $OUT/pool_bstart.txt > $OUT/classes_bstart.txt
python3 tools/dev/classes.py $OUT/pool_$TAG.txt > $OUT/classes_$TAG.txt
.venv/bin/python tools/dev/pairing_losses.py $OUT/tune_bstart > $OUT/order_bstart.txt
.venv/bin/python tools/dev/pairing_losses.py $OUT/tune_$TAG > $OUT/order_$TAG.txt
for t in $TR; do grep -c "^$t\b\|===== $t\$" $OUT/pool_$TAG.txt $OUT/pool_bstart.txt; done | grep -v ":0$" || echo "no transfer round in the pools"
