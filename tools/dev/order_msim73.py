"""order_msim73.py RUNDIR [-v]: the scorer's greedy pairing re-run with each document's records reordered (mentioned records last; behind a later record with the same sides; behind one sharing a side), tunable samples only, the transfer rounds skipped (order73 dev tool)."""
import sys, json
from pathlib import Path
sys.path.insert(0, '/work/main/benchmarks'); sys.path.insert(0, '/work/main/src')
import pairing_report as pr
run = Path(sys.argv[1])
ROOT = Path('/work/wt/order73/tests/data/devrounds')
SKIP = {f'round{n}' for n in (280, 282, 284, 285, 286, 287, 288, 289)}
RANK = {'signed': 0, 'planned': 0, 'mentioned': 1}
sys.path.insert(0, '/work/shared/tools')
import domain_eval as de
def names(a): return {de.norm(x) for x in de.party_names(a)}
def behind(ps, same):
    out = list(ps)
    i = 0
    n = len(out)
    moved = set()
    while i < len(out):
        a = out[i]
        if a.get('status') == 'mentioned' and id(a) not in moved:
            later = [k for k in range(i + 1, len(out)) if out[k].get('status') != 'mentioned' and same(a, out[k])]
            if later:
                k = later[-1]
                out.insert(k + 1, out.pop(i)); moved.add(id(a)); continue
        i += 1
    return out
orders = {
 'current': lambda ps: ps,
 'same_sides': lambda ps: behind(ps, lambda a, b: names(a) and names(a) == names(b)),
 'any_side': lambda ps: behind(ps, lambda a, b: de.parties_match(a, b)),

 'current': lambda ps: ps,
 'mentioned_last': lambda ps: sorted(ps, key=lambda a: RANK.get(a.get('status'), 0)),
}
res = {}; changed = {}
for f in sorted(run.glob('*.jsonl')):
    s = f.stem
    if s in SKIP: continue
    gdir = ROOT/s/'gold' if s != 'seeds' else Path('/work/shared/seeds/gold')
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
            t = res.setdefault(name, [0, 0, 0]); t[0] += st; t[1] += sig; t[2] += dt
            if base is None: base = (st, sig, dt)
            elif (st, sig, dt) != base:
                changed.setdefault(name, []).append((s, g.stem, base, (st, sig, dt)))
for k in res: print(k, 'status', res[k][0], 'sig', res[k][1], 'date', res[k][2])
for name, rows in changed.items():
    up = sum(1 for r in rows if sum(r[3]) > sum(r[2])); dn = sum(1 for r in rows if sum(r[3]) < sum(r[2]))
    print(name, 'docs changed', len(rows), 'up', up, 'down', dn)
    if '-v' in sys.argv:
        for r in rows: print('  ', *r)
