"""signers68 (round 68 of issue 9, branch signers68): signers lost or wrongly given where a
page tells several papers or names a side by acronyms.

Passes, each read structurally:

- ``signers.one_list`` (in ``separate_items``): two marked lines are items of one list only
  when no unmarked line stands between them; a post opening with an emoji over a header
  line and a list of its sides is no item of that list, so the signers told after the list
  stay the post's (before, the sides' list mark stopped ``_distant_signers``);
- ``signers.lasting_open_quotes`` (in ``inside_quote``): a nested name closed by one mark
  ("ООО «Агрофирма «Рассвет»") opens no quotation, so the author's "я" after it signs;
- ``candidate_signers.first_person_before``: "я" signing in the agreement's own sentence
  signs when the partner's signer is named in the next one;
- ``candidate_signers.signing_count_item`` and ``_item_represented``: the next item of a
  count that signs keeps its signer ("Третье — с X, документ подписал Y"), and an item's
  "в лице" names the item's signer ("Второе — с X в лице министра Y");
- ``party_identity.acronym_of_quoted`` and ``acronyms_in_row`` (in ``body_is_side``): a
  body told by the acronym of the side's quoted name ("ректор ТГПУ"), or by acronyms in a
  row then words ("ГБУ ЦСОН Энского района"), is the side;

Every probe is written here, in words of its own. On b68dev (``git archive b68dev src``)
the pages ``nested_name_me``, ``me_then_partner_told``, ``count_items`` and
``acronym_line`` fail, the unit tables of ``one_list`` (``emoji_lead_over_sides``),
``acronym_of_quoted``, ``acronyms_in_row`` and ``lasting_open_quotes`` fail at the import
or on their positive rows, and the docstring check fails at the import; the guard pages
pass there too. A sixth pass (``signer_shared.apart_records``: a record of one side read
shedding a shared list's people whose body is a side of a record sharing none with it)
was measured and taken out: it took the common signer off three records whose common
side was lost."""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.nlp import Sentence

PUB = "2025-05-12"

# (id, text, the signed records' signers, each sorted, in the records' order)
PAGES = [
    # a nested name with one closing mark, then the author's "я" (fails on b68dev: Сомов
    # alone, the "я" read inside a quotation)
    ("nested_name_me",
     "Руководитель Энского кадрового центра Вера Павловна Лыкова рассказала газете о новых "
     "партнёрах.\n\n"
     "В апреле мы заключили соглашение с ООО «Агрофирма «Рассвет». С нашей стороны "
     "подписывала я, со стороны фирмы — её директор Олег Сомов. Фирма примет на работу шесть "
     "инвалидов.",
     [["Вера Павловна Лыкова", "Олег Сомов"]]),
    # "я" signing, the partner's signer named in the next sentence (fails on b68dev: Сомов
    # alone)
    ("me_then_partner_told",
     "Начальник управления социальной защиты города Энска Ирина Викторовна Лыкова рассказала "
     "о работе управления.\n\n"
     "Вчера я подписала с Энским колледжем социальных технологий соглашение о практике. "
     "Со стороны колледжа документ подписал его директор Олег Сомов. Студенты пройдут "
     "практику в центрах соцобслуживания.",
     [["Ирина Викторовна Лыкова", "Олег Сомов"]]),
    # the same in an interview's answer after a question addressing no one (passes on
    # b68dev too: another pass reads the participle's sentence)
    ("me_unaddressed",
     "Министр труда, опеки и семейной заботы Тульской области Анна Петровна Котова ответила "
     "на вопросы газеты.\n\n— Анна Петровна, сколько документов подписано за год?\n\n"
     "— Двенадцать, и все рабочие.\n\n— А что впереди?\n\n"
     "— Уже позади: позавчера я подписала соглашение с областным благотворительным фондом «Доброе "
     "сердце». Председатель правления фонда Пётр Гусев, подписавший документ со стороны "
     "фонда, обещал возить лекарства одиноким пенсионерам.",
     [["Анна Петровна Котова", "Пётр Гусев"]]),
    # an item's "в лице" and the next signing item's own signer (fails on b68dev: Сомов on
    # the second record, Лыкова nowhere)
    ("count_items",
     "Министр социальной защиты Энской области Анна Сергеевна Котова подписала в Москве три "
     "соглашения с соседними регионами. Первое — с Министерством социальной защиты "
     "Тульской области, его подписал министр Пётр Гусев. "
     "Второе — с министерством социального развития Курской области в лице министра Ольги "
     "Лыковой. Третье — с Министерством труда Орловской области, документ подписал министр "
     "Олег Сомов.",
     [["Анна Сергеевна Котова", "Пётр Гусев"], ["Анна Сергеевна Котова", "Ольга Лыкова"],
      ["Анна Сергеевна Котова", "Олег Сомов"]]),
    # a shared line naming the university by the acronym of its quoted name (fails on
    # b68dev: the rector also on the fund's record)
    ("acronym_line",
     "Министерство труда, опеки и семейной заботы Тульской области подписало соглашения с "
     "ФГБОУ ВО «Тульский государственный педагогический университет» и с благотворительным "
     "фондом «Доброе сердце». Подписи под документами поставили министр Анна Котова, "
     "ректор ТГПУ Олег Сомов и председатель правления фонда Пётр Гусев.",
     [["Анна Котова", "Олег Сомов"], ["Анна Котова", "Пётр Гусев"]]),
    # acronyms in a row then words (passes on b68dev too)
    ("acronyms_row",
     "Министерство социальной защиты Курской области подписало соглашения с Государственным "
     "бюджетным учреждением «Центр социального обслуживания населения Льговского района» и "
     "с благотворительным фондом «Доброе сердце». Подписи под документами поставили министр "
     "Анна Котова, директор ГБУ ЦСОН Льговского района Олег Сомов и председатель правления "
     "фонда Пётр Гусев.",
     [["Анна Котова", "Олег Сомов"], ["Анна Котова", "Пётр Гусев"]]),
    # an emoji opening the post over a list of its sides (passes on b68dev too: the
    # signers' sentence is read by another pass here)
    ("emoji_lead",
     "🤝 Соглашение о социальной реабилитации ветеранов заключено сегодня в Курске.\n\n"
     "Участники документа:\n🔸 Комитет социальной защиты Курской области\n"
     "🔸 Курский региональный фонд «Опора»\n\n"
     "Подписи поставили председатель комитета Анна Котова и директор фонда Олег Сомов. Фонд "
     "оплатит санаторное лечение.",
     [["Анна Котова", "Олег Сомов"]]),
    # fixsigners68: "я" signing with a side whose name stands in guillemets, the lead's
    # speaker (fail on m68: Петров alone, ``signed_by_author`` refused any quote mark)
    ("me_with_quoted_partner",
     "Директор Энского центра занятости Анна Сергеевна Котова рассказала о новых "
     "партнёрах.\n\nВ пятницу я заключила соглашение о сотрудничестве с фондом «Опора». "
     "От фонда документ подписал его председатель Олег Петров.",
     [["Анна Сергеевна Котова", "Олег Петров"]]),
    ("me_then_participle_quoted_partner",
     "Министр труда Энской области Анна Сергеевна Котова рассказала о работе "
     "министерства.\n\nНа прошлой неделе я подписала соглашение с фондом «Опора». Его "
     "председатель Олег Петров, подписавший соглашение от имени фонда, пообещал помочь.",
     [["Анна Сергеевна Котова", "Олег Петров"]]),
    # fixsigners68: a quotation running on over paragraphs, each left open: its "я" is the
    # quoted man's, not the lead's speaker (fails on m68: Котова too, the open paragraph
    # read as a nested name by ``lasting_open_quotes``)
    ("quote_over_paragraphs",
     "Директор Энского центра занятости Анна Сергеевна Котова рассказала о новых "
     "партнёрах.\n\n«Мы долго готовились. В пятницу я подписала соглашение с Энским фондом "
     "поддержки семьи.\n«Теперь дело за работой», — сказал он. От фонда документ "
     "подписал его председатель Олег Петров.",
     [["Олег Петров"]]),
    # guards (pass on b68dev too): a real quotation's "я" is the speaker's, not the
    # author's; a dashed list keeps each item's signer its own
    ("quoted_me",
     "Вчера министр труда Энской области Анна Котова и директор фонда «Опора» Олег Сомов "
     "подписали соглашение о помощи семьям.\n\n"
     "«Это был долгий путь. Подписывала я этот документ с большой радостью», — сказала Анна "
     "Котова.",
     [["Анна Котова", "Олег Сомов"]]),
    ("dashed_items",
     "Министерство социальной защиты Энской области подписало соглашения:\n"
     "— с фондом «Опора» о помощи семьям участников СВО;\n"
     "— с Энским университетом (документ подписал ректор Олег Сомов).",
     [[], ["Олег Сомов"]]),
]


@pytest.mark.parametrize(("text", "expected"), probes.named_rows(PAGES))
def test_signers_of_pages(models, text: str, expected: list[list[str]]) -> None:
    assert probes.signers_of(models, text, PUB, ("signed",)) == expected


# (id, first line, text between, second line, items of one list)
ONE_LIST = [
    ("emoji_lead_over_sides", "📝 Соглашение подписано сегодня.", "\n\nСтороны:\n",
     "▪️ Министерство труда Энской области", False),
    ("header_between", "— с фондом «Опора»;", "\nПодписаны также:\n", "— с университетом;",
     False),
    # items of one list: adjacent, or apart by blank lines only (True on b68dev too)
    ("adjacent", "1) с фондом «Опора»;", "\n", "2) с университетом (подписал ректор Олег "
     "Сомов);", True),
    ("blank_between", "🔹 с фондом «Опора»;", "\n\n", "🔸 с университетом;", True),
]


@pytest.mark.parametrize(("first", "between", "second", "expected"),
                         probes.named_rows(ONE_LIST))
def test_one_list(first: str, between: str, second: str, expected: bool) -> None:
    from soccoop.extract.signers import one_list, separate_items

    text = first + between + second
    a = Sentence(0, len(first), first, [])
    b = Sentence(len(first) + len(between), len(text), second, [])
    assert separate_items(text, a, b) is expected
    assert one_list(text, a, b) is expected


# (id, paragraph, the opening marks it leaves open)
OPEN_QUOTES = [
    ("nested_name", "Мы заключили соглашение с ООО «Агрофирма «Рассвет». Подписывала я.", 1),
    ("two_nested", "С АНО «Центр «Маяк» и с фондом «Дом «Радуга» подписаны договоры.", 2),
    ("balanced", "«Это был долгий путь. Подписывала я», — сказала министр.", 0),
    ("none", "Соглашение подписано.", 0),
    # fixsigners68: a quotation going on in the next paragraph is no nested name (1 on m68)
    ("quote_runs_on", "«Мы долго готовились. Документ подписывал я.", 0),
    ("quote_runs_on_with_name", "«Мы подписали соглашение с фондом «Опора». Я рада.", 0),
]


@pytest.mark.parametrize(("paragraph", "expected"), probes.named_rows(OPEN_QUOTES))
def test_lasting_open_quotes(paragraph: str, expected: int) -> None:
    from soccoop.extract.signers import lasting_open_quotes

    text = "Заголовок\n" + paragraph + "\nПодвал"
    assert lasting_open_quotes(text, len("Заголовок\n")) == expected


# (id, body, side, is the body the side)
ACRONYMS = [
    ("quoted_university", "ТГПУ",
     "ФГБОУ ВО «Тульский государственный педагогический университет»", True),
    ("quoted_centre", "ЦСП", "АНО «Центр социальных программ»", True),
    ("row_centre", "ГБУ ЦСОН Льговского района", "Государственное бюджетное учреждение «Центр "
     "социального обслуживания населения Льговского района»", True),
    ("row_initiatives", "АНО ЦСИ Энска", "Автономная некоммерческая организация «Центр "
     "семейных инициатив Энска»", True),
    # guards: another district; a word left unspelled; an acronym of another name; the
    # acronym of words outside the quotes only
    ("other_district", "ГБУ ЦСОН Льговского района", "Государственное бюджетное учреждение "
     "«Центр социального обслуживания населения Курчатовского района»", False),
    ("row_cut", "ГБУ ЦСОН", "Государственное бюджетное учреждение «Центр социального "
     "обслуживания населения Льговского района»", False),
    ("other_name", "ТГУ", "ФГБОУ ВО «Тульский государственный педагогический университет»",
     False),
    ("outside_quotes", "ГБУ", "Государственное бюджетное учреждение «Дом ветеранов»", False),
]


@pytest.mark.parametrize(("body", "side", "expected"), probes.named_rows(ACRONYMS))
def test_acronyms_of_sides(body: str, side: str, expected: bool) -> None:
    from soccoop.extract.party_identity import (
        acronym_of_quoted,
        acronyms_in_row,
        body_is_side,
    )

    assert (acronym_of_quoted(body, side) or acronyms_in_row(body, side)) is expected
    assert body_is_side(body, side) is expected


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, signers=("separate_items", "one_list", "inside_quote",
                                                   "lasting_open_quotes"),
                                          candidate_signers=("first_person_before",
                                                             "signing_count_item",
                                                             "_item_represented"),
                                          party_identity=("body_is_side", "acronym_of_quoted",
                                                          "acronyms_in_row", "_spelled_in_turn"))


# fixsigners68: (id, sentence, are its quote marks only guillemets around names)
NAMES_QUOTED = [
    ("name", "В пятницу я подписала соглашение с фондом «Опора».", True),
    ("two_names", "Я подписала соглашения с фондом «Опора» и с АНО «Маяк».", True),
    ("opening_quote", "«Подписал я этот документ», — сказал министр.", False),
    ("me_inside", "Министр сказал: «Документ подписывал я».", False),
    ("closing_only", "Подписывал я этот документ с радостью», — сказала она.", False),
    ("nested_one_mark", "Я подписала соглашение с ООО «Агрофирма «Рассвет».", False),
    ("straight_quotes", 'Я подписала соглашение с фондом "Опора".', False),
]


@pytest.mark.parametrize(("text", "expected"), probes.named_rows(NAMES_QUOTED))
def test_names_quoted_only(text: str, expected: bool) -> None:
    from soccoop.extract.signers import names_quoted_only

    assert names_quoted_only(text) is expected
