"""order_dump73.py FILE...: each record's mentions as in_order_told sees them (offset, headline, status, number, list group, sides with where named, date, sentence start). Run with PYTHONPATH=src (order73 dev tool)."""
import sys
from soccoop.extract import merge, nlp, pipeline
orig = merge.in_order_told
def wrap(merged):
    out = orig(merged)
    for m in out:
        print('REC', m.status, m.first, [p.name for p in m.parties])
        for c in sorted(m.candidates, key=lambda c: c.trigger.start):
            print('   ', c.trigger.start, 'HL' if c.headline else '  ', c.status[:4], c.trigger.feats.get('Number'), 'grp', c.group,
                  'ord' if c.ordinal else '', [(p.name[:30], p.start) for p in c.parties], 'date', c.date, c.sentence.start if hasattr(c.sentence,'start') else '', '|', c.sentence.text[:100].replace('\n', ' ') if hasattr(c.sentence,'text') else '')
    return out
merge.in_order_told = wrap
models = nlp.Models()
for f in sys.argv[1:]:
    print('=====', f)
    pipeline.extract(open(f).read(), f, models)
