"""order_sim72.py RUNDIR DUMPDIR [-v] [samples...]: simulate orders of told-at offline.

RUNDIR: a full run made with SOCCOOP_ORDER_DUMP=DUMPDIR/d (a temporary dump of each record's
mentions, not kept in the code). Each variant re-sorts a document's predicted agreements by
its own first-telling key and scores with the shared scorer's greedy pairing (status,
signatories, dates), summed per half (old rounds / odd / even; the even half is counted,
never listed). --code=VARIANT: the variant the run's code orders by (default current); a
document whose records that key does not order (moved by later passes) is left as is."""
import sys, json
from pathlib import Path
sys.path.insert(0, '/work/main/benchmarks'); sys.path.insert(0, '/work/main/src')
import pairing_report as pr
run = Path(sys.argv[1]); dump = Path(sys.argv[2]); verbose = '-v' in sys.argv
ROOT = Path('/work/wt/order72/tests/data/devrounds')

def half(s):
    n = int(s[5:]) if s.startswith('round') else 0
    if n >= 244: return 'even' if n % 2 == 0 else 'odd'
    return 'old'

# dumped docs: list of record lists
docs = []
for f in sorted(dump.glob('d.*')):
    cur = None
    for l in f.read_text().splitlines():
        d = json.loads(l)
        if 'doc' in d:
            cur = []; docs.append(cur)
        else:
            cur.append(d)
by_first = {}
for recs in docs:
    for r in recs[:3]:
        by_first.setdefault(r['ev'], []).append(recs)

def match(ags):
    """the dumped records of a document's agreements, in their order (None: no match)."""
    for recs in by_first.get(ags[0]['evidence']['text'], []):
        out = []; k = 0
        for a in ags:
            while k < len(recs) and recs[k]['ev'] != a['evidence']['text']:
                k += 1
            if k == len(recs): break
            out.append(recs[k]); k += 1
        if len(out) == len(ags): return out
    return None

def body(r, summary):
    cs = r['cands']
    b = [c for c in cs if c['np'] and (summary or not c['hl'] or c['h1'])]
    return [c for c in b if not c['ext']] or b

def k_current(r):
    b = body(r, r['summary'])
    full = [c['at'] for c in b if c['np'] >= 2 or c['hl'] or (c['ord'] and c['np'] == 1)]
    below = [c for c in r['cands'] if not c['hl']]
    own = [c['at'] for c in below if c['st'] == r['st']]
    fb = [min(own or [c['at'] for c in below] or [r['first']])]
    return min(full or [c['at'] for c in b] or fb)

def k_anyside(r):
    b = body(r, r['summary'])
    if b: return min(c['at'] for c in b)
    return k_current(r)

def several(c):
    return c['num'] == 'Plur' and c['grp'] < 0 and not c['ord']

def k_nopl(r):
    b = body(r, r['summary'])
    one = [c for c in b if not several(c)]
    if not one: return k_current(r)
    full = [c['at'] for c in one if c['np'] >= 2 or c['hl'] or (c['ord'] and c['np'] == 1)]
    return min(full or [c['at'] for c in one])

def k_anysing(r):
    b = body(r, r['summary'])
    one = [c for c in b if not several(c)]
    if one: return min(c['at'] for c in one)
    return k_current(r)

def k_anysing_nohl(r):
    b = body(r, r['summary'])
    one = [c for c in b if not several(c) and not c['hl']]
    if one: return min(min(c['at'] for c in one), k_current(r))
    return k_current(r)

def k_anysing_hl(r):
    b = body(r, r['summary'])
    one = [c for c in b if c['hl'] or not several(c)]
    if one: return min(c['at'] for c in one)
    return k_current(r)

def k_ownstatus(r):
    b = body(r, r['summary'])
    full = [c['at'] for c in b if c['np'] >= 2 or c['hl'] or (c['ord'] and c['np'] == 1)]
    one = [c['at'] for c in b if (c['hl'] or not several(c)) and c['st'] == r['st']]
    if full or one: return min(full + one)
    return k_current(r)

def k_summary_last(r):
    b = body(r, r['summary'])
    one = [c for c in b if not several(c)]
    if one: return min(c['at'] for c in one)
    return 10**9 + k_current(r)

VARIANTS = {'current': k_current, 'anyside': k_anyside, 'anysing': k_anysing,
            'summary_last': k_summary_last, 'anysing_hl': k_anysing_hl,
            'ownstatus': k_ownstatus}
CODE = VARIANTS[next((a.split('=')[1] for a in sys.argv if a.startswith('--code=')), 'current')]

res = {}; changed = {}; unmatched = 0; notrepro = 0
for f in sorted(run.glob('*.jsonl')):
    s = f.stem
    gdir = ROOT/s/'gold' if s != 'seeds' else Path('/work/shared/seeds/gold')
    if not gdir.is_dir(): continue
    preds = {}
    for l in f.read_text().splitlines():
        if l.strip():
            r = json.loads(l); preds[Path(r['source']).stem] = r.get('agreements') or []
    for g in sorted(gdir.glob('*.json')):
        golds = json.loads(g.read_text())['agreements']; ps0 = preds.get(g.stem, [])
        recs = match(ps0) if len(ps0) >= 2 else None
        if len(ps0) >= 2 and recs is None:
            unmatched += 1
        base = None
        for name, fn in VARIANTS.items():
            if recs is None:
                ps = ps0
            else:
                cur = [CODE(r) for r in recs]
                if cur != sorted(cur):
                    notrepro += name == 'current'
                    ps = ps0  # moved by later passes: left as is
                else:
                    keys = [fn(r) for r in recs]
                    ps = [p for _, _, p in sorted(zip(keys, range(len(ps0)), ps0), key=lambda x: (x[0], x[1]))]
            st = sig = dt = 0
            for i, j in pr.greedy(golds, ps):
                a, b = pr._gain(golds[i], ps[j]); sig += a; st += b
                dt += int(bool(golds[i].get('date')) and ps[j].get('date') == golds[i]['date'])
            t = res.setdefault((half(s), name), [0, 0, 0]); t[0] += st; t[1] += sig; t[2] += dt
            if base is None: base = (st, sig, dt)
            elif (st, sig, dt) != base:
                changed.setdefault(name, []).append((s, g.stem, base, (st, sig, dt)))
print('unmatched docs', unmatched, 'not reproduced', notrepro)
for k in sorted(res): print(k, res[k])
for name, rows in changed.items():
    for h in ('old', 'odd', 'even'):
        rr = [r for r in rows if half(r[0]) == h]
        up = sum(1 for r in rr if sum(r[3]) > sum(r[2])); dn = sum(1 for r in rr if sum(r[3]) < sum(r[2]))
        print(name, h, 'docs changed', len(rr), 'up', up, 'down', dn)
    if verbose:
        for r in rows:
            if half(r[0]) != 'even':
                print('  ', *r)
