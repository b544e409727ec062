#!/bin/bash
# mkpools73.sh (round 73): the developers' pools of the tunable rounds (all but the transfer set and
# the new rounds): blind-start errors (rounds 244+), the start code's errors, their classes, and
# the per-document pairing losses, into /tmp/p73.
set -u
cd /work/main
TR="round280 round282 round284 round285 round286 round287 round288 round289 round290 round291 round292 round293 round294"
mk() { # SRC DEST minround
  rm -rf $2; mkdir -p $2
  for f in $1/*.jsonl; do s=$(basename $f .jsonl); skip=0
    for t in $TR; do [ "$s" = "$t" ] && skip=1; done
    if [ "$s" != seeds ]; then n=${s#round}; [ "$n" -lt $3 ] && skip=1; fi
    [ $skip = 0 ] && ln -s $f $2/ && for e in score eval; do [ -f $1/$s.$e ] && ln -s $1/$s.$e $2/; done
  done
}
mk /tmp/s/bstart /tmp/p73/tune_bstart 244
mk /tmp/s/b73 /tmp/p73/tune_b73 0
rm -f /tmp/p73/tune_bstart/seeds.*
.venv/bin/python tools/dev/pool.py /tmp/p73/tune_bstart /tmp/p73/pool_bstart.txt
.venv/bin/python tools/dev/pool.py /tmp/p73/tune_b73 /tmp/p73/pool_b73.txt
python3 tools/dev/classes.py /tmp/p73/pool_bstart.txt > /tmp/p73/classes_bstart.txt
python3 tools/dev/classes.py /tmp/p73/pool_b73.txt > /tmp/p73/classes_b73.txt
.venv/bin/python tools/dev/pairing_losses.py /tmp/p73/tune_bstart > /tmp/p73/order_bstart.txt
.venv/bin/python tools/dev/pairing_losses.py /tmp/p73/tune_b73 > /tmp/p73/order_b73.txt
grep -c "round28[0245-9]\|round29" /tmp/p73/pool_b73.txt /tmp/p73/pool_bstart.txt /tmp/p73/order_b73.txt /tmp/p73/order_bstart.txt
