"""Latin letters that look like Cyrillic ones: the table ``extract.homoglyphs`` folds with.

Scraped news sometimes types a Latin letter inside a Russian word ("Пeтров" with a Latin
"e", "Coглашение" with a Latin "C"): keyboard layouts, OCR, copy-paste from PDFs. Each entry
is a Latin letter and the Cyrillic letter it is indistinguishable from in ordinary fonts.
Letters that only resemble one in some fonts or in handwriting ("n"/"п", "r"/"г", "u"/"и",
"b"/"ь") are left out: a word holding one of them is not treated as Cyrillic.
"""

from __future__ import annotations

# Latin letter -> its Cyrillic twin (one character for one character)
LATIN_TO_CYRILLIC: dict[str, str] = {
    # lower case
    "a": "а", "c": "с", "e": "е", "k": "к", "o": "о", "p": "р", "x": "х", "y": "у",
    # upper case
    "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О",
    "P": "Р", "T": "Т", "X": "Х", "Y": "У",
}
