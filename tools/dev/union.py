"""union.py FILE: resolve git conflict blocks by keeping ours then theirs (base dropped)."""
import re, sys
p = sys.argv[1]; s = open(p, encoding="utf-8").read()
pat = re.compile(r"^<<<<<<< [^\n]*\n(.*?)(?:^\|\|\|\|\|\|\| [^\n]*\n.*?)?^=======\n(.*?)^>>>>>>> [^\n]*\n", re.S | re.M)
s2, n = pat.subn(lambda m: m.group(1) + ("\n" if m.group(1) and not m.group(1).endswith("\n\n") else "") + m.group(2), s)
open(p, "w", encoding="utf-8").write(s2); print(n, "blocks")
