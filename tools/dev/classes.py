"""classes.py POOL: count pool lines by class and by rounds touched."""
import re, sys, collections
lines = collections.Counter(); rounds = collections.defaultdict(set)
cur = None
for ln in open(sys.argv[1], encoding='utf-8'):
    if ln.startswith('====='):
        cur = ln.split()[1]; continue
    m = None; cls = None
    if (m := re.search(r': (extra|missed) (signed|planned|mentioned):', ln)):
        cls = f'{m[1]} {m[2]} record'
    elif (m := re.search(r': WRONG (\w+)/(\w+) gold (\S+) pred (\S+)', ln)):
        if m[1] != m[2]:
            cls = f'status gold {m[1]} read {m[2]}'
        else:
            cls = f'date wrong ({m[1]}, pred {"none" if m[4] == "-" else "a date"})'
    elif (m := re.search(r': (missing|extra) signer .*\((\w+):', ln)):
        cls = f'{m[1]} signer of {m[2]}'
    elif (m := re.search(r': region (missing|extra):', ln)):
        cls = f'region {m[1]}'
    if cls:
        lines[cls] += 1; rounds[cls].add(cur)
print(f"{'class':45} {'rounds':>6} {'lines':>6}")
for cls in sorted(lines, key=lambda c: (-len(rounds[c]), -lines[c])):
    print(f'{cls:45} {len(rounds[cls]):6} {lines[cls]:6}')
