"""order_show72.py DUMPDIR TEXT: the dumped records (order72 dump) of the document whose records' evidence holds TEXT."""
import sys, json
from pathlib import Path
for f in sorted(Path(sys.argv[1]).glob('d.*')):
    cur = None; docs = []
    for l in f.read_text().splitlines():
        d = json.loads(l)
        if 'doc' in d: cur = []; docs.append(cur)
        else: cur.append(d)
    for recs in docs:
        if any(sys.argv[2] in r['ev'] for r in recs):
            for r in recs:
                print(r['st'], r['first'], 'summary' if r['summary'] else '')
                for c in r['cands']:
                    print('   ', c['at'], 'np', c['np'], 'HL' if c['hl'] else '', c['st'], 'pl' if c['pl'] else '', 'grp', c['grp'], 'ord' if c['ord'] else '', 'rep' if c['rep'] else '', c['parties'], '|', c['text'][:110].replace('\n', ' '))
