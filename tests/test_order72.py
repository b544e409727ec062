"""order72 (round 72 of issue 9, branch order72): the order of a page's records, read from
the scorer's pairing losses of the odd dev rounds 245–283.

``merge.in_order_told`` put a record at its first mention naming two sides. A signing told
first with its partner only ("В феврале подписано соглашение с обществом слепых"), the
other side being the page's own body, and named with both sides only in the signers'
sentence further down, came after every record told in between (a plan, an older
agreement recalled), and the scorer paired each with the other's gold. Now any mention of
the body naming a side tells its record first, unless its plural noun tells several
agreements at once (``merge._tells_several``): such a mention is the story's summary.

Every probe is written here, in words of its own. On b72dev the rows "partner_only" and
"list_of_two" of ``ORDER`` give the plan first; the docstring check and ``SEVERAL`` fail
(no ``_tells_several``). The guards hold on both."""

from __future__ import annotations

from types import SimpleNamespace

import probes
import pytest

PUBLISHED = "2025-03-12"

# (id, text, the records (status, first words of one side) in order)
ORDER = [
    ("partner_only",
     "Итоги квартала\n\nВ феврале подписано соглашение с Тверским отделением Всероссийского "
     "общества слепых об обучении незрячих. В апреле министерство социальной защиты Тверской "
     "области и Тверской городской совет ветеранов подпишут соглашение о социальном туризме. "
     "Соглашение между министерством социальной защиты Тверской области и Тверским "
     "отделением Всероссийского общества слепых подписали министр Анна Белова и председатель "
     "отделения Пётр Жуков.",
     [("signed", "Тверское отделение Всероссийского"), ("planned", "Тверской городской")]),
    ("list_of_two",
     "Итоги квартала\n\nВ марте подписано соглашение с Омской организацией Всероссийского "
     "общества инвалидов о найме инвалидов на работу. В мае управление социальной поддержки "
     "Омской области и Омский совет ветеранов труда подпишут соглашение о социальном "
     "туризме. Соглашение между управлением социальной поддержки Омской области и Омской "
     "организацией Всероссийского общества инвалидов подписали начальник управления Ольга "
     "Смирнова и председатель организации Павел Кузнецов.",
     [("signed", "Омская организация"), ("planned", "Омский совет")]),
    # guards: each record's first mention names both sides, in the page's order; an older
    # agreement recalled after a signing told with both sides stays behind it
    ("both_named",
     "Итоги квартала\n\nУправление социальной поддержки Омской области в марте подписало "
     "соглашение с Омской организацией Всероссийского общества инвалидов о найме инвалидов "
     "на работу. В мае управление социальной поддержки Омской области и Омский совет "
     "ветеранов труда подпишут соглашение о социальном туризме. Соглашение между управлением "
     "и Омской организацией Всероссийского общества инвалидов подписали начальник управления "
     "Ольга Смирнова и председатель организации Павел Кузнецов.",
     [("signed", "Омская организация"), ("planned", "Омский совет")]),
    ("recalled_after",
     "Коллегия министерства прошла в Курске\n\nГлавным событием коллегии министерства "
     "социальной защиты Курской области стало подписание соглашения с Курским отделением "
     "Социального фонда о поддержке семей участников СВО. Министр напомнил, что с 2020 года "
     "действует соглашение между министерством социальной защиты Курской области и Курским "
     "областным советом ветеранов о социальном туризме. Соглашение между министерством "
     "социальной защиты Курской области и Курским отделением Социального фонда подписали "
     "министр Иван Петров и управляющий отделением Сергей Орлов.",
     [("signed", "Курское отделение Социального"), ("mentioned", "Курский областной")]),
]


@pytest.mark.parametrize(("text", "expected"), probes.named_rows(ORDER))
def test_first_mention_naming_a_side(models, text: str,
                                     expected: list[tuple[str, str]]) -> None:
    records = probes.agreements_of(models, text, PUBLISHED)
    assert [a.status for a in records] == [s for s, _ in expected]
    for a, (_, first) in zip(records, expected, strict=True):
        assert any(n.startswith(first) for n in probes.party_names(a)), probes.party_names(a)


def _mention(number: str | None, group: int = -1, ordinal: bool = False) -> SimpleNamespace:
    feats = {"Number": number} if number else {}
    return SimpleNamespace(trigger=SimpleNamespace(feats=feats), group=group, ordinal=ordinal)


# (id, the mention's noun number, its list group, ordinal, tells several)
SEVERAL = [
    ("plural", "Plur", -1, False, True),
    # guards: a singular noun; a list's member ("соглашения с A, B и C" split); an ordinal
    # one of the counted agreements; no number read
    ("singular", "Sing", -1, False, False),
    ("list_member", "Plur", 3, False, False),
    ("ordinal", "Plur", -1, True, False),
    ("unread", None, -1, False, False),
]


@pytest.mark.parametrize(("number", "group", "ordinal", "several"), probes.named_rows(SEVERAL))
def test_tells_several(number: str | None, group: int, ordinal: bool, several: bool) -> None:
    from soccoop.extract.merge import _tells_several

    assert _tells_several(_mention(number, group, ordinal)) is several  # type: ignore[arg-type]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, [
        ("merge", "in_order_told"),
        ("merge", "_tells_several"),
    ])
