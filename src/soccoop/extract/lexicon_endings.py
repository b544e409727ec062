"""Endings of Russian word forms the rules read where the tagger or the dictionary gives no
reading of their own (lower case).

Kept apart from the rules as the word lists are (mend62): an ending set is a list of its
kind, and a rule that tests ``word.endswith(...)`` names the set it tests. Where the order
matters (the first ending that fits wins), a tuple keeps it.
"""

from __future__ import annotations

# A past verb's ending by gender and number, when the tagger gives a perfective verb no
# tense: "подписали", "подписала", "подписало", "подписал".
PAST_VERB_ENDINGS = ("ли", "ла", "ло", "л")

# statpool92: endings of a short past passive participle ("скреплено", "скреплён",
# "подписаны") that the tagger may read as a noun (``status.signed_with_signatures``).
SHORT_PARTICIPLE_ENDINGS = ("ён", "ен", "ан", "ена", "ано", "ено", "ана", "ены", "аны")

# The linking vowel that ends the first part of a compound adjective: "российско-китайский",
# "франко-германский" ("российско" read as "российский").
COMPOUND_LINK_VOWELS = ("о", "е")

# An adjective's nominative endings, to try on the stem a word is written with ("Омской" →
# "Омский", "Омская", ...).
ADJECTIVE_NOMINATIVE_ENDINGS = ("ий", "ый", "ой", "ая", "яя", "ое", "ее", "ие", "ые")

# A masculine adjective's nominative singular endings: the lemma of a place's adjective
# ("омский", "новый", "тверской").
MASCULINE_ADJECTIVE_ENDINGS = ("ий", "ый", "ой")

# A masculine noun's oblique singular endings, instrumental first: "Минтрудом", "Минтруду",
# "Минтруде", "Минтруда" (an abbreviation declined as a noun); "Смитом", "Смиту".
NOUN_OBLIQUE_ENDINGS = ("ом", "у", "е", "а")

# sig65: a possessive surname's instrumental ending ("Слепцовым") and the noun ending a
# man's first name the dictionary lacks takes in the same case ("Ньургуном").
SURNAME_NAME_OBLIQUE_ENDINGS = {"ым": "ом"}

# nerel78: a soft-sign noun's oblique singular endings (a man's "Мигель", "Канель": "Мигеля",
# "Канелю", "Канелем", "Канеле") and the hard-stem ending of the same case, which a
# consonant-final part of the same name takes ("Диас" → "Диаса" beside "Канеля").
SOFT_NOUN_OBLIQUE_ENDINGS = {"я": "а", "ю": "у", "ем": "ом", "е": "е"}

# The nominative endings of a woman's surname formed from a possessive: "Иванова",
# "Гуляева", "Ильина", "Птицына".
FEMININE_SURNAME_ENDINGS = ("ова", "ева", "ина", "ына")

# A woman's adjectival surname in an oblique case: "Лазовской", "Трубецкую".
FEMININE_ADJECTIVAL_OBLIQUE_ENDINGS = ("ской", "цкой", "скую", "цкую")

# The nominative endings of a noun of the "-а/-я" declension: "Зима", "Мария".
FIRST_DECLENSION_ENDINGS = ("а", "я")

# Endings of a man's foreign name that may as well be a noun's oblique case ("Драги").
UNDECLINED_NAME_ENDINGS = ("и", "е")

# A woman's first name of the "-а/-я" declension, by its oblique ending: (ending, case,
# nominative ending after a hushing or velar consonant, after any other one).
FIRST_DECLENSION_NAME_ENDINGS = [
    ("ы", "gent", "а", "а"),
    ("и", "gent", "а", "я"),
    ("ой", "ablt", "а", "а"),
    ("ей", "ablt", "а", "я"),
    ("у", "accs", "а", "а"),
    ("ю", "accs", "я", "я"),
    ("е", "datv", "а", "а"),
    ("е", "loct", "а", "а"),
]

# A man's consonant-final surname by its second-declension ending: (UD case, ending).
# Only the instrumental: "-у" and "-е" end foreign surnames that do not decline ("Канду").
MAN_SURNAME_NOUN_ENDINGS = [("Ins", "ом")]

# An adjectival surname's oblique ending and its nominative, each in its gender ("Ружанской"
# → "Ружанская", "Троицким" → "Троицкий"): how person_names.surname_key compares surnames.
ADJECTIVAL_SURNAME_ENDINGS = (("ской", "ская"), ("цкой", "цкая"), ("скую", "ская"),
                              ("цкую", "цкая"), ("ским", "ский"), ("цким", "цкий"),
                              ("ского", "ский"), ("цкого", "цкий"))

# agr73: the prepositions inside a hyphenated place name, whose first part alone inflects:
# "Ростовской-на-Дону" → "Ростовская-на-Дону", "Комсомольска-на-Амуре" (normalize)
PLACE_NAME_PREPOSITIONS = frozenset({"на", "над", "под"})

# recpool96: endings of an adjective in the genitive singular, masculine or neuter
# ("Томпонского", "Верхнего"): a district's adjective the tagger calls a proper noun.
GENITIVE_ADJECTIVE_ENDINGS = ("ого", "его")

# nerel64: a patronymic's endings by gender and (pymorphy2) case, the regular paradigm of
# "-ович/-евич/-ич" and "-овна/-евна/-ична": a class of endings, not of names, read on a
# patronymic the dictionary lacks ("Содномовна", "Бимбаевич"). Longest endings first.
PATRONYMIC_ENDINGS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("вичем", "masc", ("ablt",)), ("вича", "masc", ("gent", "accs")),
    ("вичу", "masc", ("datv",)), ("виче", "masc", ("loct",)), ("вич", "masc", ("nomn",)),
    ("вной", "femn", ("ablt",)), ("чной", "femn", ("ablt",)),
    ("вна", "femn", ("nomn",)), ("чна", "femn", ("nomn",)),
    ("вны", "femn", ("gent",)), ("чны", "femn", ("gent",)),
    ("вне", "femn", ("datv", "loct")), ("чне", "femn", ("datv", "loct")),
    ("вну", "femn", ("accs",)), ("чну", "femn", ("accs",)),
)
