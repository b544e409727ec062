"""reorder_sim.py RUNDIR [-v] (round 72): the scorer's pairing re-run with each document's records in another order (current, by evidence offset), summed per half (even/odd rounds 244+, older); -v lists changed documents outside the even half."""
import sys, json
from pathlib import Path
sys.path.insert(0, '/work/main/benchmarks'); sys.path.insert(0, '/work/main/src')
import pairing_report as pr
run = Path(sys.argv[1])
ROOT = Path('/work/main/tests/data/devrounds')
orders = {
 'current': lambda ps: ps,
 'evidence': lambda ps: sorted(ps, key=lambda a: (a.get('evidence') or {}).get('start', 0)),
}
def half(s):
    n = int(s[5:]) if s.startswith('round') else 0
    if n >= 244: return 'even' if n % 2 == 0 else 'odd'
    return 'old'
res = {}
changed = {}
for f in sorted(run.glob('*.jsonl')):
    s = f.stem
    gdir = ROOT/s/'gold' if s != 'seeds' else Path('/work/shared/seeds/gold')
    if not gdir.is_dir(): gdir = Path('/work/rounds')/s/'gold'
    if not gdir.is_dir(): continue
    preds = {}
    for l in f.read_text().splitlines():
        if l.strip():
            r = json.loads(l); preds[Path(r['source']).stem] = r.get('agreements') or []
    for g in sorted(gdir.glob('*.json')):
        golds = json.loads(g.read_text())['agreements']; ps0 = preds.get(g.stem, [])
        base = None
        for name, fn in orders.items():
            ps = fn(list(ps0))
            st = sig = dt = 0
            for i, j in pr.greedy(golds, ps):
                a, b = pr._gain(golds[i], ps[j]); sig += a; st += b
                dt += int(bool(golds[i].get('date')) and ps[j].get('date') == golds[i]['date'])
            key = (half(s), name)
            t = res.setdefault(key, [0, 0, 0]); t[0] += st; t[1] += sig; t[2] += dt
            if base is None: base = (st, sig, dt)
            elif (st, sig, dt) != base:
                changed.setdefault(name, []).append((s, g.stem, base, (st, sig, dt)))
for k in sorted(res): print(k, res[k])
for name, rows in changed.items():
    up = sum(1 for r in rows if sum(r[3]) > sum(r[2])); dn = sum(1 for r in rows if sum(r[3]) < sum(r[2]))
    print(name, 'docs changed', len(rows), 'up', up, 'down', dn)
    if '-v' in sys.argv:
        for r in rows:
            if half(r[0]) != 'even':  # the transfer half is counted, never listed
                print('  ', *r)
