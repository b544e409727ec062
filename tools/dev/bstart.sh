#!/bin/bash
# bstart.sh: rebuild the blind-start records of rounds 244-284 (each round run on the start
# commit of the session it was written in) into $RUNS/bstart; round 71, after /tmp was lost
set -u
declare -A S=( [1f097f7b]="244 245 246 247" [9db6e767]="248 249 250 251" [cdf17d42]="252 253 254 255" [f4655492]="256 257 258 259" [60fcf1e0]="260 261 262 263 264" [5c91ee7d]="265 266 267 268 269" [047ad5b3]="270 271 272 273 274" [dee4e694]="275 276 277 278 279" [245b8956]="280 281 282 283 284" [b1a5eada]="285 286 287 288 289" [3b502d9c]="290 291 292 293 294" [1d38c699]="295 296 297 298 299" )
mkdir -p ${RUNS:-/tmp/s}/bstart
for c in "${!S[@]}"; do
  mkdir -p /tmp/rv/start_$c; git -C /work/main archive $c src | tar x -C /tmp/rv/start_$c
  for r in ${S[$c]}; do echo "$c $r"; done
done | xargs -P 2 -L 1 bash -c 'bash /work/main/tools/dev/domain.sh /tmp/rv/start_$0 /work/main/tests/data/devrounds/round$1 ${RUNS:-/tmp/s}/bstart/round$1'
python3 /work/main/tools/dev/summ.py ${RUNS:-/tmp/s}/bstart
