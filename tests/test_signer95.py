"""Signatories of signer95 (round 150's signers), probes written for this file (not copied
from any round).

* A sentence counting its agreement noun by a negated "один" ("было заключено не одно
  соглашение") tells of several agreements: a later "Подписи поставили X и Y" is not its
  single agreement's (``candidate_signers.not_one_counted``, read by
  ``_single_agreement``).
* A list item's name written initials first, the NER running a body's acronym into it
  ("ОмГМУ П.С. Орлов"), is cut to the name (``signer_shapes.acronym_before_initials``);
  and a name with initials whose surname may be nominative holds the item's post written
  right before it, however the parser hung it (``signer_shapes.written_post_holder``); a
  mixed-case acronym ("ОмГМУ") stays inside the post's phrase whatever case it is tagged
  (``signers.mixed_case_acronym``).
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

from soccoop.extract.nlp import NerSpan

_LIST = ("В понедельник в Омске министерство социального обеспечения Омской области, "
         "Омский колледж транспортного строительства и Омский государственный медицинский "
         "университет заключили трёхстороннее соглашение о подготовке сиделок для "
         "домов-интернатов.\n\nДокумент подписали:\n"
         "– министр социального обеспечения Омской области Т.В. Белоусова;\n"
         "– директор колледжа А.Н. Кириллов;\n"
         "– проректор по научной работе ОмГМУ Р.Т. Лаптев.\n\n"
         "Соглашение определяет порядок прохождения практики студентами колледжа в "
         "домах-интернатах области и участие преподавателей университета в обучении "
         "наставников.\n\nПо словам министра, в домах-интернатах области сейчас не "
         "хватает более двухсот сиделок и младших медицинских сестёр, и первые выпускники "
         "новой программы придут на работу уже в следующем году.")

_SEVERAL = ("В четверг наш фонд «Забота» заключил соглашение о партнёрстве с "
            "министерством социальной защиты Курской области. От министерства "
            "подпись поставил министр Олег Гусев, со стороны фонда — его директор Анна "
            "Белова.\n\nТеперь волонтёры фонда смогут помогать одиноким пенсионерам в "
            "каждом районе области.\n\nВ тот четверг в министерстве было заключено не одно "
            "соглашение. В этот же день документ о партнёрстве с министерством подписал и "
            "благотворительный фонд «Опора». Там подписи поставили заместитель министра "
            "Ирина Зайцева и директор фонда Пётр Ковалёв. Фонд будет доставлять продукты "
            "маломобильным жителям сёл.\n\nМы рады за коллег и надеемся на совместные "
            "проекты.")

_ONE = ("В четверг министерство социальной защиты Курской области подписало соглашение о "
        "партнёрстве с благотворительным фондом «Опора». Фонд будет доставлять продукты "
        "маломобильным жителям сёл.\n\nПодписи под документом поставили глава фонда "
        "Пётр Ковалёв и заместитель министра Ирина Зайцева.\n\nМы рады за коллег и "
        "надеемся на совместные проекты.")

# (id, text, the signers of every record, as surnames, by status)
ROWS = [
    ("the third item of a colon list, an acronym before the initials",
     _LIST, {"signed": [["белоусова", "кириллов", "лаптев"]]}),
    ("'не одно соглашение': the later signers are the other agreement's",
     _SEVERAL, {"signed": [["белова", "гусев"], ["зайцева", "ковалев"]]}),
    # negative: one agreement, its signers named further on, are still its own
    ("one agreement, the signers two sentences on", _ONE,
     {"signed": [["зайцева", "ковалев"]]}),
]


@pytest.mark.parametrize(("text", "expected"), probes.named_rows(ROWS))
def test_signers(models: Any, text: str, expected: dict[str, list[list[str]]]) -> None:
    assert probes.surnames_by_status(models, text, "2025-03-14") == expected


def _noun_at(models: Any, text: str, lemma: str) -> tuple[Any, int]:
    analysis = probes.parsed_analysis(models, text)
    sent = analysis.sentences[0]
    return sent, next(i for i, t in enumerate(sent.tokens) if t.lemma == lemma)


# (id, sentence, the agreement noun's lemma, is it counted as several)
NOT_ONE = [
    ("'не одно' before the noun", "В тот день в мэрии было подписано не одно соглашение.",
     "соглашение", True),
    ("'не один' before a contract", "За год вуз заключил не один договор с фондами.",
     "договор", True),
    # negatives
    ("one agreement", "В тот день в мэрии было подписано одно соглашение.",
     "соглашение", False),
    ("'ни одного': none", "За год не было подписано ни одного соглашения.",
     "соглашение", False),
    ("the verb negated", "Одно соглашение так и не подписали.", "соглашение", False),
]


@pytest.mark.parametrize(("text", "lemma", "expected"), probes.named_rows(NOT_ONE))
def test_not_one_counted(models: Any, text: str, lemma: str, expected: bool) -> None:
    from soccoop.extract.candidate_signers import not_one_counted

    sent, k = _noun_at(models, text, lemma)
    assert not_one_counted(sent, k) is expected


# (id, span text, the span after the cut)
ACRONYM = [
    ("mixed-case acronym", "ОмГМУ П.С. Орлов", "П.С. Орлов"),
    ("capitals only, one initial", "КГУ П. Орлова", "П. Орлова"),
    # negatives
    ("a surname before the initials", "Орлов П.С.", "Орлов П.С."),
    ("a capitalised word, no acronym", "Университета П.С. Орлов", "Университета П.С. Орлов"),
    ("a full name", "Пётр Сергеевич Орлов", "Пётр Сергеевич Орлов"),
]


@pytest.mark.parametrize(("text", "expected"), probes.named_rows(ACRONYM))
def test_acronym_before_initials(text: str, expected: str) -> None:
    from soccoop.extract.signer_shapes import acronym_before_initials

    span = acronym_before_initials(NerSpan("PER", 10, 10 + len(text), text))
    assert span.text == expected
    assert span.stop - span.start == len(expected)


# (id, a list item after a colon clause, the names its items give)
ITEMS = [
    ("a name after a genitive body", "Подписи поставили:\n– проректор по учебной работе "
     "университета Р.Т. Лаптев;\n– министр Анна Котова.", ["Р.Т. Лаптев"]),
    # negatives
    ("a genitive name under another noun", "Подписи поставили:\n– советник губернатора, "
     "по приглашению Анны Котовой;\n– министр Пётр Гусев.", []),
]


@pytest.mark.parametrize(("text", "expected"), probes.named_rows(ITEMS))
def test_written_post_holder(models: Any, text: str, expected: list[str]) -> None:
    from soccoop.extract.signer_shapes import item_person

    analysis = probes.parsed_analysis(models, text)
    item = analysis.sentences[1]
    assert item.text.startswith("–")
    assert [s.text for s in item_person(analysis, item, models)] == expected


# (id, word, is it a mixed-case acronym)
MIXED = [
    ("capital, small letters, capitals", "ОмГМУ", True),
    ("two capitals after small letters", "КемГУ", True),
    # negatives
    ("capitals only", "НГТУ", False),
    ("a hyphenated surname", "Петрова-Водкина", False),
    ("a word capitalised at the start", "Университет", False),
]


@pytest.mark.parametrize(("word", "expected"), probes.named_rows(MIXED))
def test_mixed_case_acronym(word: str, expected: bool) -> None:
    from soccoop.extract.nlp import Token
    from soccoop.extract.signers import mixed_case_acronym

    assert mixed_case_acronym(Token(word, 0, len(word), pos="PROPN")) is expected


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, candidate_signers=("not_one_counted",),
                                          signer_shapes=("acronym_before_initials",
                                                         "written_post_holder"),
                                          signers=("mixed_case_acronym",))
