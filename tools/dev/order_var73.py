"""order_var73.py FILE...: where the records' order differs under order72 (any one-side mention of its own status), b73 (none) and order73 (merge._names_its_side). PYTHONPATH=src (order73 dev tool)."""
import sys
from soccoop.extract import merge, nlp, pipeline
orig = merge.in_order_told
real = merge._names_its_side
def show(ms):
    return [(m.status[:4], m.first, (m.parties[0].name[:25] if m.parties else '')) for m in ms]
def wrap(merged):
    merge._names_its_side = lambda c: True
    a = orig(list(merged))
    merge._names_its_side = lambda c: False
    b = orig(list(merged))
    merge._names_its_side = real
    out = orig(list(merged))
    if [id(x) for x in a] != [id(x) for x in out] or [id(x) for x in b] != [id(x) for x in out]:
        print('  o72 ', show(a)); print('  b73 ', show(b)); print('  o73 ', show(out))
    return out
merge.in_order_told = wrap
models = nlp.Models()
for f in sys.argv[1:]:
    print('=====', f, flush=True)
    pipeline.extract(open(f).read(), f, models)
