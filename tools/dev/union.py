"""union.py FILE: resolve git conflict blocks by keeping ours, then theirs (base dropped).

For the development log, where each developer branch appends its entry at the end.
"""

import re
import sys

CONFLICT = re.compile(
    r"^<<<<<<< [^\n]*\n(.*?)(?:^\|\|\|\|\|\|\| [^\n]*\n.*?)?^=======\n(.*?)^>>>>>>> [^\n]*\n",
    re.S | re.M,
)


def keep_both(m: re.Match) -> str:
    ours, theirs = m.group(1), m.group(2)
    gap = "\n" if ours and not ours.endswith("\n\n") else ""
    return ours + gap + theirs


path = sys.argv[1]
with open(path, encoding="utf-8") as f:
    text = f.read()
text, n = CONFLICT.subn(keep_both, text)
with open(path, "w", encoding="utf-8") as f:
    f.write(text)
print(n, "blocks")
