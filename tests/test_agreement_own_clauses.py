"""What belongs to an agreement noun although the parse hangs it elsewhere.

- A signing participle hung on a noun of the agreement's phrase but agreeing with the
  agreement noun is the agreement's own clause (``agreeing_participle``, read by
  ``_signed_participle``): "в рамках соглашения о ... сотрудничестве, подписанного
  правительствами ... в 2017 году". Hand-parsed sentences, so the rule is checked whatever
  the parser does with them.
- Plural documents like the one told before, with a list of partners, are one agreement
  per partner: "ранее аналогичные документы заключены с A и B" (``_with_list_split``).
"""

from __future__ import annotations

import pytest

from soccoop.extract.agreements import _signed_participle
from soccoop.extract.signing_dates import agreeing_participle
from tests.probes import agreements_of, hand_parsed, party_names

GEN_N = {"Case": "Gen", "Gender": "Neut", "Number": "Sing"}
LOC_N = {"Case": "Loc", "Gender": "Neut", "Number": "Sing"}
PART = {"VerbForm": "Part", "Voice": "Pass", "Number": "Sing"}


def _sentence(noun: str, noun_feats: dict[str, str], part: str, part_feats: dict[str, str],
              host_feats: dict[str, str]) -> object:
    """"в рамках NOUN о социальном сотрудничестве, PART правительствами в 2017 году
    проводились смены": the parser hangs "сотрудничестве" on the main verb (out of the
    agreement's phrase) and the participle on "сотрудничестве"."""
    return hand_parsed(
        ("в", "в", "ADP", "case", 1, {}),
        ("рамках", "рамка", "NOUN", "obl", 12, {"Case": "Loc", "Number": "Plur"}),
        (noun, noun if noun != "соглашения" else "соглашение", "NOUN", "nmod", 1, noun_feats),
        ("о", "о", "ADP", "case", 5, {}),
        ("социальном", "социальный", "ADJ", "amod", 5, LOC_N),
        ("сотрудничестве", "сотрудничество", "NOUN", "obl", 12, host_feats),
        (",", ",", "PUNCT", "punct", 7, {}),
        (part, "подписать", "VERB", "acl", 5, part_feats),
        ("правительствами", "правительство", "NOUN", "obl:agent", 7,
         {"Case": "Ins", "Number": "Plur"}),
        ("в", "в", "ADP", "case", 11, {}),
        ("2017", "2017", "ADJ", "amod", 11, {}),
        ("году", "год", "NOUN", "obl", 7, {"Case": "Loc", "Number": "Sing"}),
        ("проводились", "проводиться", "VERB", "root", -1, {"VerbForm": "Fin"}),
    )


CASES = [
    # the participle agrees with the agreement noun, not with its host: the agreement's
    ("genitive neuter on a genitive neuter noun", "соглашения", GEN_N, "подписанного",
     {**PART, "Case": "Gen", "Gender": "Neut"}, LOC_N, 7),
    ("genitive masculine on договор", "договора", {**GEN_N, "Gender": "Masc"}, "подписанного",
     {**PART, "Case": "Gen", "Gender": "Masc"}, LOC_N, 7),
    # it agrees with the noun it hangs on: that noun's clause
    ("agrees with its host", "соглашения", GEN_N, "подписанном",
     {**PART, "Case": "Loc", "Gender": "Neut"}, LOC_N, None),
    # the tagger's masculine for the genitive "заключенного" agrees with a neuter noun
    ("masculine tag on a neuter noun", "соглашения", GEN_N, "подписанного",
     {**PART, "Case": "Gen", "Gender": "Masc"}, LOC_N, 7),
    # a singular participle of another gender is no clause of the agreement
    ("another gender", "соглашения", GEN_N, "подписанной",
     {**PART, "Case": "Gen", "Gender": "Fem"}, LOC_N, None),
    # another number
    ("another number", "соглашения", GEN_N, "подписанных",
     {"VerbForm": "Part", "Voice": "Pass", "Number": "Plur", "Case": "Gen"}, LOC_N, None),
]


@pytest.mark.parametrize(("name", "noun", "noun_feats", "part", "part_feats", "host", "want"),
                         CASES, ids=[c[0] for c in CASES])
def test_participle_of_the_agreement(name, noun, noun_feats, part, part_feats, host, want):
    sent = _sentence(noun, noun_feats, part, part_feats, host)
    assert agreeing_participle(sent, 2, {"подписать"}) == want
    assert _signed_participle(sent, 2) == want  # the agreement's own clause everywhere



# --- alike documents with a list of partners (_with_list_split, ``alike``) ------------------

ALIKE = ("Подписано соглашение о сотрудничестве с Министерством социального развития {b}\n\n"
         "Сегодня министр социальной защиты {a} Иван Петров и министр социального развития "
         "{b} Анна Смирнова подписали соглашение о сотрудничестве.\n\n"
         "Заместитель министра Ольга Кузнецова напомнила, что соглашение стало для "
         "министерства уже четвертым межрегиональным: ранее аналогичные документы "
         "заключены, в частности, с Министерством труда {x} и Министерством социальной "
         "политики {y}.\n")

ALIKE_ROWS = [
    ("Омской области", "Томской области", "Новосибирской области", "Алтайского края"),
    ("Курганской области", "Тюменской области", "Пермского края", "Удмуртской Республики"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("a", "b", "x", "y"), ALIKE_ROWS)
def test_alike_documents_are_one_per_partner(models, a, b, x, y):
    text = ALIKE.format(a=a, b=b, x=x, y=y)
    mentioned = [party_names(g) for g in agreements_of(models, text, "2024-03-01")
                 if g.status == "mentioned"]
    # the two partners are never each other's sides: one agreement each
    assert not any(any(x in n for n in names) and any(y in n for n in names)
                   for names in mentioned), mentioned
    assert [any(x in n for n in names) for names in mentioned].count(True) == 1, mentioned
    assert [any(y in n for n in names) for names in mentioned].count(True) == 1, mentioned
