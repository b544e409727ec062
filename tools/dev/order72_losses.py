"""order.py RUNDIR [samples...]: documents where the scorer's greedy pairing loses status or
signers against the best pairing; "same-n": as many records as gold, so the order alone costs it.
Columns: sample, stem, kind, greedy (pairs, signers, status), best (same), gold statuses, predicted
statuses."""
import sys, json, itertools
from pathlib import Path
sys.path.insert(0, '/work/main/benchmarks'); sys.path.insert(0, '/work/main/src')
import pairing_report as pr
run = Path(sys.argv[1])
ROOT = Path('/work/main/tests/data/devrounds')
samples = sys.argv[2:] or sorted(p.stem for p in run.glob('round*.jsonl'))
tot = {'docs':0,'loss_st':0,'loss_sig':0,'perm_fix':0}
rows=[]
for s in samples:
    gdir = ROOT/s/'gold'
    if not gdir.is_dir(): gdir = Path('/work/rounds')/s/'gold'
    preds = {}
    for l in (run/f'{s}.jsonl').read_text().splitlines():
        if l.strip():
            r = json.loads(l); preds[Path(r['source']).stem] = r.get('agreements') or []
    for g in sorted(gdir.glob('*.json')):
        golds = json.loads(g.read_text())['agreements']; ps = preds.get(g.stem, [])
        def fig(pairs):
            st = sig = 0
            for i,j in pairs:
                a,b = pr._gain(golds[i], ps[j]); sig+=a; st+=b
            return len(pairs), sig, st
        gr = fig(pr.greedy(golds, ps)); be = fig(pr.best(golds, ps))
        if gr != be:
            tot['docs']+=1; tot['loss_st']+=be[2]-gr[2]; tot['loss_sig']+=be[1]-gr[1]
            kind = 'same-n' if gr[0]==be[0] and len(golds)==len(ps) else f'g{len(golds)}p{len(ps)}'
            rows.append((s, g.stem, kind, gr, be, [a['status'] for a in golds], [a['status'] for a in ps]))
for r in rows: print(*r)
print(tot)
