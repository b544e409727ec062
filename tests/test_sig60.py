"""r60sig (round 60 of issue 9, branch sig60): who signed which agreement.

Three reads of the signers of a page that tells more than one agreement:

- a signing of another field's agreement at the same event (a ministry of natural
  resources and a neighbour's government on oil) that the merge joined to the social
  record lends it no signer for a side its own signers already sign for
  (``agreements.other_field_signing``, ``merge.record_signers``);
- an older agreement recalled by the sentence naming its side, whose signers the next
  sentence tells by a pronoun ("Подписи под ним тогда поставили ..."), takes them when it
  has no signer (``signer_recalled.signers_told_after``, pass ``coreference.told_after``);
- one who only speaks of a recalled agreement in its own sentence (he "recalled" that
  work goes on under the agreement in force) is not told signing it, and a signer of the new record
  put there leaves it (``signer_recalled._named_in_own_sentence`` with the page).

Every probe is written here, in words of its own."""

from __future__ import annotations

from typing import Any

import probes
import pytest

from soccoop.extract.party_identity import body_stems
from soccoop.extract.signer_recalled import (
    _back_pronoun,
    _told_in,
    recalled_without_new_signers,
    signers_told_after,
)
from soccoop.models import Agreement, Evidence, Party

RED = "Курганское областное общество Красного Креста"
FUND = "Курганский фонд «Тёплый дом»"
DEP = "Департамент заботы о старшем поколении Курганской области"
LEAD = "Исходный документ датирован апрелем 2017 года: тогда фонд «Тёплый дом» работал в " \
       "паре с Курганским областным обществом Красного Креста."


# (a side's name, the sentence before the signing, is the side named there)
TOLD_IN = [
    # the instrumental "Курганским областным обществом" names the society (each stem, or
    # its start, found)
    (RED, LEAD, True),
    (FUND, LEAD, True),
    # guard: the department is not named there ("департамент", "забот" missing)
    (DEP, LEAD, False),
    # guard: a sentence naming no body
    (RED, "Стороны работают вместе уже восьмой год.", False),
]


@pytest.mark.parametrize(("side", "sentence", "expected"), TOLD_IN)
def test_told_in(side: str, sentence: str, expected: bool) -> None:
    assert _told_in(side, body_stems(sentence)) is expected


def _tok(text: str, lemma: str, pos: str, rel: str, head: int,
         **feats: str) -> tuple[str, str, str, str, int, dict[str, str]]:
    return (text, lemma, pos, rel, head, dict(feats))


PRON = {"Case": "Ins", "Person": "3", "Number": "Sing"}
# sentences parsed by hand: does a pronoun stand for the signed document?
BACK_PRONOUN = [
    # "Подписи под ним поставили Сомова и Рябов": "ним" under "под" on the signature noun
    ("signature-noun", [_tok("Подписи", "подпись", "NOUN", "obj", 3),
                        _tok("под", "под", "ADP", "case", 2),
                        _tok("ним", "он", "PRON", "nmod", 0, **PRON),
                        _tok("поставили", "поставить", "VERB", "root", -1),
                        _tok("Сомова", "сомова", "PROPN", "nsubj", 3)], True),
    # "Его подписали Сомова и Рябов": the pronoun the object of the signing verb
    ("object", [_tok("Его", "он", "PRON", "obj", 1, Case="Acc", Person="3", Number="Sing"),
                _tok("подписали", "подписать", "VERB", "root", -1),
                _tok("Сомова", "сомова", "PROPN", "nsubj", 1)], True),
    # guard: a possessive "его" on a noun ("Его заместитель подписал приказ")
    ("possessive", [_tok("Его", "он", "PRON", "det", 1, Case="Gen", Person="3",
                         Number="Sing"),
                    _tok("заместитель", "заместитель", "NOUN", "nsubj", 2),
                    _tok("подписал", "подписать", "VERB", "root", -1),
                    _tok("приказ", "приказ", "NOUN", "obj", 2)], False),
    # guard: the plural "под ними" stands for several documents, not the one record
    ("plural", [_tok("Подписи", "подпись", "NOUN", "obj", 3),
                _tok("под", "под", "ADP", "case", 2),
                _tok("ними", "они", "PRON", "nmod", 0, Case="Ins", Person="3",
                     Number="Plur"),
                _tok("поставили", "поставить", "VERB", "root", -1)], False),
    # guard: "под ним" on a noun that is no signature ("В зале под ним сидели гости")
    ("other-noun", [_tok("зале", "зал", "NOUN", "obl", 4),
                    _tok("под", "под", "ADP", "case", 2),
                    _tok("ним", "он", "PRON", "nmod", 0, **PRON),
                    _tok("сидели", "сидеть", "VERB", "root", -1)], False),
]


@pytest.mark.parametrize(("name", "tokens", "expected"), BACK_PRONOUN,
                         ids=[row[0] for row in BACK_PRONOUN])
def test_back_pronoun(name: str, tokens: list[Any], expected: bool) -> None:
    assert _back_pronoun(probes.hand_parsed(*tokens)) is expected


def _record(status: str, sides: list[str], signers: list[str], at: int = 0) -> Agreement:
    return Agreement(title="", status=status, date=None, parties=[Party(s) for s in sides],
                     signatories=list(signers), regions=[],
                     evidence=Evidence(text="", start=at, end=at + 1))


NEW = "Лапин и Гладких вчера скрепили подписями приложение к договору 2017 года."
TOLD = "Подписи под ним в ту пору ставили А.С.Петрушин и Т.И.Кольцова."
SIGNERS = ["А. С. Петрушин", "Т. И. Кольцова"]

# (id, the page's sentences, its records (status, sides, signers), the signers each keeps;
# ``names`` gives SIGNERS for any sentence)
TOLD_AFTER = [
    # the recalled record, its side named in the sentence before, takes the two (fails on
    # b60dev: no such pass, ImportError)
    ("told", [NEW, LEAD, TOLD],
     [("signed", [FUND, DEP], ["Олег Лапин", "Вера Гладких"]),
      ("mentioned", [RED, FUND], [])],
     [["Олег Лапин", "Вера Гладких"], SIGNERS]),
    # guard: the sentence before names none of the record's sides
    ("not-named", [NEW, "Стороны работают вместе уже восьмой год.", TOLD],
     [("signed", [FUND, DEP], ["Олег Лапин", "Вера Гладких"]),
      ("mentioned", [RED, FUND], [])],
     [["Олег Лапин", "Вера Гладких"], []]),
    # guard: two records without a signer both named there: which one is not told
    ("two-records", [NEW, LEAD, TOLD],
     [("mentioned", [RED, DEP], []), ("planned", [FUND], [])],
     [[], []]),
    # guard: a signing that names its own agreement is read by the candidate rules
    ("own-noun", [NEW, LEAD, "Соглашение в ту пору подписывали А.С.Петрушин и Т.И.Кольцова."],
     [("signed", [FUND, DEP], ["Олег Лапин", "Вера Гладких"]),
      ("mentioned", [RED, FUND], [])],
     [["Олег Лапин", "Вера Гладких"], []]),
    # fixsig60 guard: the sentence before names the side and a letter, no agreement: the
    # signatures under the letter are not the agreement's (failed on m60: both taken)
    ("letter", [NEW, "Курганский фонд «Тёплый дом» также направил губернатору открытое "
                     "письмо о нехватке приютов.", TOLD],
     [("signed", [FUND, DEP], ["Олег Лапин", "Вера Гладких"]),
      ("mentioned", [RED, FUND], [])],
     [["Олег Лапин", "Вера Гладких"], []]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "sentences", "records", "expected"), TOLD_AFTER,
                         ids=[row[0] for row in TOLD_AFTER])
def test_signers_told_after(models: Any, name: str, sentences: list[str],
                            records: list[tuple[str, list[str], list[str]]],
                            expected: list[list[str]]) -> None:
    analysis = models.analyse("\n\n".join(sentences))
    agreements = [_record(st, sides, signers) for st, sides, signers in records]
    signers_told_after(analysis, agreements, models, lambda sent: list(SIGNERS))
    assert [a.signatories for a in agreements] == expected


SPEAKS = ("Администрация и общество инвалидов подписали соглашение.\n\n"
          "Олег Рябов напомнил, что администрация работает в рамках действующего с 2018 "
          "года соглашения с центром «Опора».\n")
SIGNS = ("Администрация и общество инвалидов подписали соглашение.\n\n"
         "Олег Рябов напомнил, что в 2018 году сам подписал соглашение с центром "
         "«Опора».\n")


# (id, page, the recalled record's signers after the pass)
SPEAKER = [
    # he only speaks of the recalled agreement: the new record's signer leaves it (fails
    # on b60dev: the sentence naming him kept him)
    ("speaks", SPEAKS, []),
    # guard: his own sentence tells him signing it
    ("signs", SIGNS, ["Олег Рябов"]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "text", "expected"), SPEAKER,
                         ids=[row[0] for row in SPEAKER])
def test_speaker_of_recalled(models: Any, name: str, text: str,
                             expected: list[str]) -> None:
    analysis = models.analyse(text)
    second = analysis.sentences[1]
    agreements = [_record("signed", ["Администрация", "Общество инвалидов"],
                          ["Олег Рябов", "Нина Ершова"]),
                  _record("mentioned", ["Администрация", "Центр «Опора»"], ["Олег Рябов"],
                          at=second.start)]
    agreements[1].evidence = Evidence(second.text, second.start, second.stop)
    recalled_without_new_signers(agreements, analysis)
    assert agreements[1].signatories == expected
    assert agreements[0].signatories == ["Олег Рябов", "Нина Ершова"]


# whole extraction: a forum where two regions' departments sign a social agreement and,
# apart, a ministry of natural resources and a neighbour's vice-governor sign one on oil;
# the headline names the two regions, so the oil signing joins the social record (fails on
# b60dev: Буров and Тимин on it)
FORUM = ('Зауральский вестник | Общество\n16 апреля 2025\n\nКурганская и Тюменская области '
         'скрепили подписями соглашение по долговременному уходу, нефтяники – '
         'своё\n\nНакануне в Кургане завершился форум соседей «Забота без границ», куда '
         'съехались почти триста работников социальных учреждений обоих регионов.\n\nГвоздём '
         'программы стало соглашение о совместном социальном обслуживании одиноких '
         'стариков, которое заключили Департамент заботы о старшем поколении Курганской '
         'области и Департамент семейной политики Тюменской области. Под документом '
         'расписались директор курганского департамента Олег Викторович Лапин и директор '
         'тюменского департамента Ирина Петровна Шалаева.\n\nНа площадке форума заключили и '
         'документ иного рода. Министр природных ресурсов Курганской области Геннадий '
         'Семёнович Буров и заместитель губернатора Тюменской области Роман Ильич Тимин '
         'подписали соглашение о совместной разведке недр и добыче нефти в приграничных '
         'районах двух регионов.\n\nСледующая встреча намечена на осень в Тюмени.\n')


@pytest.mark.slow
def test_other_field_signers_left_out(models: Any) -> None:
    records = probes.agreements_of(models, FORUM, "2025-04-16")
    social = [a for a in records if any("урганск" in p.name.lower() for p in a.parties)]
    assert social, [(a.parties, a.signatories) for a in records]
    names = probes.surnames_of([a.signatories for a in social])
    assert ["лапин", "шалаева"] in names, names
    assert all(not {"буров", "тимин"} & set(row) for row in names), names


# guard: the second signing at the forum is of a social programme ("активного долголетия",
# a topic naming no field outside the sphere): its signers keep a record (passes on b60dev;
# a first form of the rule, any topic naming nothing of the sphere proper, took them off)
FORUM_SOCIAL = FORUM.replace("заключили и документ иного рода", "заключили и ещё один документ") \
    .replace("о совместной разведке недр и добыче нефти в приграничных районах",
             "о совместной программе активного долголетия для жителей приграничных районов") \
    .replace(", нефтяники – своё", "")


@pytest.mark.slow
def test_social_second_signing_keeps_its_signers(models: Any) -> None:
    assert "долголетия" in FORUM_SOCIAL and "нефти" not in FORUM_SOCIAL
    records = probes.agreements_of(models, FORUM_SOCIAL, "2025-04-16")
    names = {n for row in probes.surnames_of([a.signatories for a in records]) for n in row}
    assert {"буров", "тимин", "лапин", "шалаева"} <= names, names

# whole extraction: a supplement signed now and the base agreement recalled, its signers
# told after it by a pronoun and in initials (fails on b60dev: the recalled record has none)
BASE = ('Курганский фонд «Тёплый дом»\nНовости\n\nФонд и департамент уточнили порядок обмена '
        'сведениями\n\nПрезидент курганского фонда «Тёплый дом» Олег Викторович Лапин и '
        'директор Департамента заботы о старшем поколении Курганской области Вера '
        'Николаевна Гладких вчера подписали дополнительное соглашение к их договору о '
        'партнёрстве 2017 года.\n\nИсходный документ датирован апрелем 2017 года: тогда '
        'фонд «Тёплый дом» работал в паре с Курганским областным обществом Красного '
        'Креста. Подписи под ним в ту пору ставили председатель общества А.С.Петрушин и '
        'президент фонда Т.И.Кольцова.\n\nДополнительное соглашение касается доставки '
        'продуктовых наборов одиноким пенсионерам.\n')


@pytest.mark.slow
def test_recalled_signers_told_after(models: Any) -> None:
    records = probes.agreements_of(models, BASE, "2025-04-16")
    old = [a for a in records if a.status == "mentioned"]
    assert old, [(a.status, a.parties, a.signatories) for a in records]
    assert probes.surnames_of([a.signatories for a in old]) == [["кольцова", "петрушин"]]
    new = [a for a in records if a.status == "signed"]
    assert probes.surnames_of([a.signatories for a in new]) == [["гладких", "лапин"]]


# fixsig60 (review item 1): a side's open letter, its signatures told after by a pronoun:
# the volunteers who signed the letter do not sign the agreement (failed on m60: Котова and
# Гусев on it; b60dev none)
LETTER = ("Фонд «Опора» и министерство социальной защиты области заключили соглашение о "
          "помощи бездомным. Фонд «Опора» также направил губернатору открытое письмо о "
          "нехватке приютов. Подписи под ним поставили волонтёры, в том числе Анна Котова и "
          "Пётр Гусев.")


@pytest.mark.slow
def test_letter_signers_not_told_after(models: Any) -> None:
    records = probes.agreements_of(models, LETTER, "2025-04-16")
    assert records, records
    names = {n for row in probes.surnames_of([a.signatories for a in records]) for n in row}
    assert not {"котова", "гусев"} & names, names


# fixsig60 (review item 2): the docstring's own shape with the social signing naming no
# signer of its own. The other field's signing is no mention of the record here: the
# social mention's candidate reads its persons from the next sentence
# (``candidate_signers._signatories``: that sentence signs an agreement with no partner
# named, so it is not ``_another_signing``), and ``other_field_signing`` only reads the
# record's own mentions. Left: on m60 and b60dev the social record has Котов and Гусев.
SUBSOIL_NEXT = ("Министерство культуры области и министерство социальной защиты области "
                "подписали соглашение о социальном обслуживании пожилых. Министр экономики "
                "Олег Котов и глава округа Пётр Гусев подписали соглашение о разведке "
                "месторождений.")
# guard: the social signing's own signers told between: the social record keeps them, the
# subsoil one is a record of its own
SUBSOIL_OWN = SUBSOIL_NEXT.replace(
    " Министр экономики", " Под документом расписались министр культуры Анна Белова и "
    "министр социальной защиты Ирина Лосева. Министр экономики")


@pytest.mark.slow
@pytest.mark.xfail(strict=True, reason=(
    "missing reader: candidate_signers._signatories lends the next sentence's signers to "
    "a social mention that names none, and its stop _another_signing reads an agreement of "
    "the next sentence's own only by a partner's 'с'/'между' phrase, never by its own "
    "other field's topic ('о разведке месторождений' with both signers as subject); "
    "agreements.other_field_signing reads only a signing joined to the record as a "
    "mention (fixsig60 item 2). Kept xfail by tidy74, which changes no record"))
def test_other_field_signing_next_sentence(models: Any) -> None:
    records = probes.agreements_of(models, SUBSOIL_NEXT, "2025-04-16")
    social = [a for a in records if any("социальной" in p.name for p in a.parties)]
    assert social, records
    names = {n for row in probes.surnames_of([a.signatories for a in social]) for n in row}
    assert not {"котов", "гусев"} & names, names


@pytest.mark.slow
def test_other_field_signing_own_signers_between(models: Any) -> None:
    records = probes.agreements_of(models, SUBSOIL_OWN, "2025-04-16")
    social = [a for a in records if any("социальной" in p.name for p in a.parties)]
    assert probes.surnames_of([a.signatories for a in social]) == [["белова", "лосева"]]


SIG60_FUNCTIONS = [("agreements", "other_field_signing"),
                   ("merge", "record_signers"),
                   ("signer_recalled", "_back_pronoun"),
                   ("signer_recalled", "_told_in"),
                   ("signer_recalled", "_stems_told"),
                   ("signer_recalled", "_tells_document"),
                   ("signer_recalled", "signers_told_after"),
                   ("signer_recalled", "_named_in_own_sentence"),
                   ("signer_recalled", "recalled_without_new_signers"),
                   ("coreference", "told_after")]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, SIG60_FUNCTIONS)
