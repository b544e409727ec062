"""cmp.py A.scores B.scores: figures that moved (threshold 0.0005)"""

import sys


def load(p):
    out = {}
    for line in open(p):
        w = line.split()
        if len(w) < 3 or w[1] == "ERROR":
            continue
        out[w[0]] = {w[i]: float(w[i + 1]) for i in range(1, 15, 2)}
    return out


a, b = load(sys.argv[1]), load(sys.argv[2])
up = down = 0
for k in a:
    if k not in b:
        print("missing in B:", k)
        continue
    for f, v in a[k].items():
        w = b[k][f]
        if abs(w - v) > 0.0005:
            print(f"{'UP  ' if w > v else 'DOWN'} {k:10} {f:6} {v:.3f} -> {w:.3f}")
            up += w > v
            down += w < v
print(f"up {up}, down {down}")
