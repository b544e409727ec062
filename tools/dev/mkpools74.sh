#!/bin/bash
# mkpools74.sh (round 74): the developers' pools of the tunable rounds (all but the transfer set and
# the new rounds; round 74: the blind-start rounds 280-288 join the tunable pool, 289-294 are the transfer set): blind-start errors (rounds 244+), the start code's errors, their classes, and
# the per-document pairing losses, into /tmp/p74.
set -u
cd /work/main
TR="round289 round290 round291 round292 round293 round294"
mk() { # SRC DEST minround
  rm -rf $2; mkdir -p $2
  for f in $1/*.jsonl; do s=$(basename $f .jsonl); skip=0
    for t in $TR; do [ "$s" = "$t" ] && skip=1; done
    if [ "$s" != seeds ]; then n=${s#round}; [ "$n" -lt $3 ] && skip=1; fi
    [ $skip = 0 ] && ln -s $f $2/ && for e in score eval; do [ -f $1/$s.$e ] && ln -s $1/$s.$e $2/; done
  done
}
mk /tmp/s/bstart /tmp/p74/tune_bstart 244
mk /tmp/s/b74 /tmp/p74/tune_b74 0
rm -f /tmp/p74/tune_bstart/seeds.*
.venv/bin/python tools/dev/pool.py /tmp/p74/tune_bstart /tmp/p74/pool_bstart.txt
.venv/bin/python tools/dev/pool.py /tmp/p74/tune_b74 /tmp/p74/pool_b74.txt
python3 tools/dev/classes.py /tmp/p74/pool_bstart.txt > /tmp/p74/classes_bstart.txt
python3 tools/dev/classes.py /tmp/p74/pool_b74.txt > /tmp/p74/classes_b74.txt
.venv/bin/python tools/dev/pairing_losses.py /tmp/p74/tune_bstart > /tmp/p74/order_bstart.txt
.venv/bin/python tools/dev/pairing_losses.py /tmp/p74/tune_b74 > /tmp/p74/order_b74.txt
grep -c "round289\|round29" /tmp/p74/pool_b74.txt /tmp/p74/pool_bstart.txt /tmp/p74/order_b74.txt /tmp/p74/order_bstart.txt
