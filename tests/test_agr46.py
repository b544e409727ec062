"""agr46 (round 46): missed agreements (recall) pooled over the dev rounds; partners a list or
a pronoun names in a sentence with no agreement noun of its own.

- a list's items may open with a pictographic bullet ("▪ с ...", "✅ с ...") as with a dash or
  a number (``agreement_lists._LIST_ITEM``), and with an ordinal and a dash before the
  partner ("✅ Первое — с ...", ``agreement_lists.ordinal_dash``): one record per item;
- a signing verb whose object is a pronoun standing for the agreement noun told just before
  ("Мы планировали заключить его с X", "Министр заключила их с A, B и C") names that
  agreement's partners (``agreement_sides.pronoun_signing_partners``), the later members of a
  "с" list the parser hung on the verb included (``_instrumental_siblings``); several
  partners of a plural or counted noun are one agreement each;
- a line whose final mark is followed by pictographs ("Что это даст? 👇") is still a
  sentence for the page's boilerplate reader (``boilerplate._SENT_END``), so the lead above
  a list is no header to mask.

The negatives keep each reading to its shape: bullets over lines that name no partner, a
pronoun of another gender or number, a person after "с", a pronoun past a sentence naming
an agreement of its own. Every probe is written here, in words of its own."""

from __future__ import annotations

import probes
import pytest

from soccoop.extract import boilerplate

LEAD = "Новости Энского края\n\n"
PUB = "2025-04-18"


def _rows(models, text: str) -> list[tuple[str, list[str]]]:
    return [(a.status, probes.party_names(a)) for a in probes.agreements_of(models, text, PUB)]


def _with(rows: list[tuple[str, list[str]]], word: str) -> list[tuple[str, list[str]]]:
    return [r for r in rows if any(word in p for p in r[1])]


BULLETS = LEAD + (
    "Сегодня прошла ярмарка вакансий для выпускников техникумов.\n\n"
    "ГКУ «Центр занятости населения Энского района» заключил три соглашения о партнёрстве:\n"
    "▪ с ООО «Лесная мебель» — о трудоустройстве выпускников столярного отделения;\n"
    "▪ с АО «Энский хлебозавод» — о стажировках молодёжи до 25 лет;\n"
    "▪ с ООО «Речной порт» — о рабочих местах для ветеранов боевых действий.\n\n"
    "Ярмарку посетили более трёхсот человек.\n")

ORDINAL_ITEMS = LEAD + (
    "Сегодня мы подписали три соглашения о помощи родителям особых детей 🤝\n\n"
    "✅ Первое — с фондом «Опора». Фонд будет оплачивать курсы реабилитации.\n\n"
    "✅ Второе — с колледжем «Профессионал». Студенты пройдут практику в наших центрах.\n\n"
    "✅ Третье — с АНО «Тёплый дом». Организация возьмёт на себя передышку для родителей.\n\n"
    "Все три документа подписал министр социальной защиты Энского края Пётр Ларин.\n")

# (id, text, partner words, records expected with them)
POSITIVES = [
    ("pictographic-bullets", BULLETS, ["Лесная мебель", "хлебозавод", "Речной порт"]),
    ("ordinal-dash-items", ORDINAL_ITEMS, ["Опора", "Профессионал", "Тёплый дом"]),
    ("pronoun-plural", LEAD + (
        "Костромская и Ярославская области 16 апреля заключили рамочное соглашение о "
        "взаимодействии по линии соцзащиты.\n\nТогда же министерство социальной политики "
        "Костромской области подписало ещё два документа – меморандумы о партнёрстве с "
        "некоммерческими организациями. Министр Анна Зорина заключила их с АНО «Добрый берег» и "
        "благотворительным фондом «Северный свет».\n"), ["Добрый берег", "Северный свет"]),
    ("pronoun-singular", LEAD + (
        "Общество «Серебряные годы» подписало соглашение с Энским педагогическим университетом "
        "16 апреля.\n\nТретье соглашение пока остаётся проектом. Его собирались заключить с "
        "Энским областным советом ветеранов, но делегация совета не приехала.\n"),
     ["совет ветеранов"]),
]


@pytest.mark.parametrize(("case", "text", "partners"), POSITIVES,
                         ids=[r[0] for r in POSITIVES])
def test_each_partner_has_its_record(models, case: str, text: str, partners: list[str]) -> None:
    rows = _rows(models, text)
    for word in partners:
        own = _with(rows, word)
        assert len(own) == 1, (word, rows)
        assert not any(other in p for other in partners if other != word for p in own[0][1]), \
            (word, rows)


def test_bulleted_items_one_record_each(models) -> None:
    """Three bulleted items, three records, nothing else."""
    assert len(_rows(models, BULLETS)) == 3


def test_plural_pronoun_keeps_the_ministry(models) -> None:
    rows = _rows(models, POSITIVES[2][1])
    for word in ("Добрый берег", "Северный свет"):
        own = _with(rows, word)
        assert own and any("министерство социальной политики" in p.lower()
                           for p in own[0][1]), rows


NEGATIVES = [
    # bullets over lines naming no partner after the agreement: no item records
    ("bullets-no-partner", LEAD + (
        "Министерство социальной защиты Энского края и фонд «Опора» заключили соглашение о "
        "совместной работе 16 апреля. Что это даст? 👇\n"
        "🔹 семьи будут получать выплаты быстрее;\n"
        "🔹 дети пройдут реабилитацию в санаториях края.\n"), "семьи", 1),
    # "её" cannot stand for "соглашение": the fund is no partner of it
    ("pronoun-gender", LEAD + (
        "Общество «Серебряные годы» подписало соглашение с Энским педагогическим университетом "
        "16 апреля. Программу волонтёров обсуждали долго. Мы планировали подписать её с фондом "
        "«Северный свет», но не успели.\n"), "Северный свет", None),
    # a person after "с" is no side
    ("pronoun-person", LEAD + (
        "Третье соглашение пока остаётся проектом. Его хотели подписать с директором Иваном "
        "Лаптевым, но он заболел.\n"), "Лаптев", None),
    # a sentence naming an agreement of its own stands between: the pronoun is that one's
    ("pronoun-past-another-noun", LEAD + (
        "Общество «Серебряные годы» подписало соглашение с Энским педагогическим университетом "
        "16 апреля. Договор аренды зала продлён на год. Его мы заключили с управляющей "
        "компанией «Уют».\n"), "Уют", 1),
]


@pytest.mark.parametrize(("case", "text", "word", "records"), NEGATIVES,
                         ids=[r[0] for r in NEGATIVES])
def test_no_partner_from_another_shape(models, case: str, text: str, word: str,
                                       records: int | None) -> None:
    rows = _rows(models, text)
    assert not _with(rows, word), rows
    assert records is None or len(rows) == records, rows


# (line, is it a sentence for the boilerplate reader)
SENTENCE_LINES = [
    ("Что это даст? 👇", True),
    ("Соглашение о сотрудничестве подписано! 🤝✍️", True),
    ("Министр поблагодарил всех участников форума. ❤️", True),
    ("Подробнее по ссылке 👇", False),
    ("Новости региона 📰", False),
]


@pytest.mark.parametrize(("line", "sentence"), SENTENCE_LINES,
                         ids=[r[0] for r in SENTENCE_LINES])
def test_pictographs_after_the_mark(line: str, sentence: bool) -> None:
    assert boilerplate._is_sentence(line) is sentence


def test_lead_over_a_bulleted_list_is_kept() -> None:
    """The lead ending with a colon above bulleted items and a question with a pictograph is
    the story, not a header above it."""
    text = ("Соцфонд Энского края\n12 февраля 2026\n\n"
            "🤝 Санатории края примут ветеранов СВО\n\n"
            "Сегодня управляющий Отделением СФР по Энскому краю Олег Мартынов подписал "
            "сразу три соглашения о партнёрстве с санаториями:\n\n"
            "✅ с АО «Санаторий «Берёзка» — документ подписал главный врач;\n"
            "✅ с ООО «Курорт «Ключи» — подпись поставил директор;\n"
            "✅ с ГБУ «Санаторий «Сосны» — соглашение подписала главный врач.\n\n"
            "Что это даст? 👇\n"
            "🔹 путёвки станут распределяться быстрее;\n"
            "🔹 сведения о заезде будут поступать онлайн.\n\n"
            "В прошлом году отделение выдало санаторные путёвки почти четырём тысячам жителей "
            "края, среди них свыше пятисот ветеранов СВО.\n")
    kept = boilerplate.mask_boilerplate(text)
    assert "подписал сразу три соглашения" in kept


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, agreement_lists=("ordinal_dash", "thanked_names"),
                                          agreement_sides=("pronoun_signing_partners",
                                                           "pronoun_signing_clause", "_stands_for",
                                                           "_instrumental_siblings"),
                                          signer_lines=("itemised_here",))
