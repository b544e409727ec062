"""series61 (round 61 of issue 9): one record per agreement when one event signs several
documents told one after another, each with its own sides and signers.

- an item whose sides are the subjects told after its agreement noun ("Первым подписали
  соглашение министерство … и центр …") names both (``series_sides.postposed_subjects``);
- a ranked first item takes up a count told a few sentences before, past the page's date
  line and a lead retelling the signing in the plural (``series_sides.ranked_after_count``);
- a count's side told by a bare noun ("Министерство заключило три соглашения") is the first
  item's side of that noun (``series_sides.count_side_named``); a count naming none lends
  the first item's shared side (``series_sides.first_item_side``);
- a ranked first item with no count still leads the items told after it by order words,
  a verb of closing the event among them ("Завершило церемонию соглашение с …",
  ``series_sides.closing_item``, ``series_sides.uncounted_series``);
- one line of signers after the series gives each item the signers of its own sides
  (``series_sides.spread_signers``); two items of one series with other partners are two
  records (``merge_rules.other_series_item``).

Guards: a later item naming two sides of its own keeps them, a partner after "с" is no
postposed subject, a rank word before a noun ("Первым делом") opens no series. Every probe
is written here, in words of its own."""

from __future__ import annotations

import probes
import pytest

PUB = "2026-05-20"

MIN = "Министерство социальной политики Тверской области"
MINISTER = "Виктор Андреевич Голубев"
CENTRE = "Тверской областной центр занятости населения"
DEAF = "Тверская региональная организация Всероссийского общества глухих"
BEREG = "Автономная некоммерческая организация «Добрый берег»"

COUNTED = (
    "Министерство социальной политики Тверской области заключило три соглашения на итоговой "
    "коллегии.\n\n"
    "19 мая в Твери прошла церемония подписания документов.\n\n"
    "Первым подписали соглашение министерство социальной политики Тверской области и "
    "Тверской областной центр занятости населения. Речь идёт о данных о "
    "многодетных семьях.\n\n"
    "Затем соглашение о партнёрстве было заключено с Тверской региональной организацией "
    "Всероссийского общества глухих.\n\n"
    "Следующим стало соглашение с тверской автономной некоммерческой организацией «Добрый "
    "берег», которая откроет дневной центр для пожилых.\n\n"
    "Под документами подписи поставили министр социальной политики Тверской области Виктор "
    "Андреевич Голубев, директор Тверского областного центра занятости населения Олег "
    "Петрович Сомов, председатель Тверской региональной организации Всероссийского общества "
    "глухих Нина Сергеевна Лаптева и директор АНО «Добрый берег» Елена Игоревна Фомина.\n")

# the count in the headline, the page's date line and a lead retelling the signing in the
# plural before the first item
RETOLD = (
    "Минсоцполитики Тверской области заключило с партнёрами три соглашения\n\n"
    "20.05.2026\n\n"
    "19 мая в Твери состоялось подписание соглашений о взаимодействии.\n\n" +
    COUNTED.split("\n\n", 2)[2])

UNCOUNTED = (
    "В Твери подписаны соглашения в помощь семьям ветеранов СВО.\n\n"
    "18 мая в правительстве Тверской области состоялось подписание соглашений.\n\n"
    "Первым подписали соглашение о партнёрстве министерство социальной политики Тверской "
    "области и тверской филиал фонда «Защитники Отечества».\n\n"
    "Затем соглашение было заключено с Тверским городским обществом Красного Креста о "
    "психологической помощи семьям.\n\n"
    "Завершило церемонию соглашение с АНО «Тверской ресурсный центр» о сопровождении "
    "ветеранов с инвалидностью.\n\n"
    "Подписи поставили министр социальной политики Тверской области Виктор Андреевич "
    "Голубев, руководитель филиала фонда Артём Ильич Карпов, председатель Тверского "
    "городского общества Красного Креста Мария Олеговна Белова и директор "
    "АНО «Тверской ресурсный центр» Денис Юрьевич Рябов.\n")
FUND = "Тверской филиал фонда «Защитники Отечества»"
CROSS = "Тверское городское общество Красного Креста"
RESOURCE = "АНО «Тверской ресурсный центр»"


def _records(models, text: str) -> list[tuple]:
    return sorted(probes.status_parties(models, text, PUB))


def _signers(models, text: str) -> dict[str, list[str]]:
    """Each signed record's signers, by its sides other than the ministry."""
    return {"; ".join(sorted(p.name for p in a.parties if p.name != MIN)): sorted(a.signatories)
            for a in probes.agreements_of(models, text, PUB) if a.status == "signed"}


@pytest.mark.parametrize(("case", "text", "expected"), [
    # fails on b61dev: the first item had no side (its subjects after the noun), so the
    # count's items were never taken up
    ("a count, a ranked first item with postposed subjects, 'Затем', 'Следующим'", COUNTED,
     sorted([("signed", sorted([MIN, CENTRE])), ("signed", sorted([MIN, DEAF])),
             ("signed", sorted([MIN, BEREG]))])),
    # fails on b61dev: as above, and the first item was three sentences after the count
    ("the count in the headline, a date line and a plural retelling between", RETOLD,
     sorted([("signed", sorted([MIN, CENTRE])), ("signed", sorted([MIN, DEAF])),
             ("signed", sorted([MIN, BEREG]))])),
    # fails on b61dev: no count, the later items named their partner only and the closing
    # item was read as a mention
    ("no count: a ranked first item, 'Затем' and a closing verb", UNCOUNTED,
     sorted([("signed", sorted([MIN, FUND])), ("signed", sorted([MIN, CROSS])),
             ("signed", sorted([MIN, RESOURCE]))])),
    # guard: an item of another pair told with "Кроме того" keeps its own two sides
    ("another pair inside the series",
     UNCOUNTED.replace("Завершило церемонию", "Кроме того, Тверское отделение Союза "
                       "пенсионеров России и фонд «Серебряный возраст» заключили соглашение о "
                       "клубах для пожилых людей.\n\nЗавершило церемонию"),
     sorted([("signed", sorted([MIN, FUND])), ("signed", sorted([MIN, CROSS])),
             ("signed", sorted([MIN, RESOURCE])),
             ("signed", sorted(["Тверское отделение Союза пенсионеров России",
                                "Фонд «Серебряный возраст»"]))])),
])
def test_series_records(models, case: str, text: str, expected: list) -> None:
    got = _records(models, text)
    for row in expected:
        assert row in got, (case, got)
    assert len(got) == len(expected), (case, got)


@pytest.mark.parametrize(("case", "text", "expected"), [
    # fails on b61dev: every signer of the line went to one record
    ("a counted series", COUNTED,
     {CENTRE: sorted([MINISTER, "Олег Петрович Сомов"]),
      DEAF: sorted([MINISTER, "Нина Сергеевна Лаптева"]),
      BEREG: sorted([MINISTER, "Елена Игоревна Фомина"])}),
    # fails on b61dev: as above
    ("an uncounted series", UNCOUNTED,
     {FUND: sorted([MINISTER, "Артём Ильич Карпов"]),
      CROSS: sorted([MINISTER, "Мария Олеговна Белова"]),
      RESOURCE: sorted([MINISTER, "Денис Юрьевич Рябов"])}),
])
def test_shared_signers_line(models, case: str, text: str, expected: dict) -> None:
    assert _signers(models, text) == expected, case


LABOUR = "Министерство труда Тверской области"
ZARYA_LEAD = (
    "В Твери подписаны соглашения о помощи семьям.\n\n"
    "Первым подписали соглашение министерство труда Тверской области и фонд «Заря».\n\n")


def _item_signers(models, text: str) -> dict[str, list[str]]:
    """Each signed record's signers, by its sides other than the labour ministry."""
    return {"; ".join(sorted(p.name for p in a.parties if p.name != LABOUR)):
            sorted(a.signatories)
            for a in probes.agreements_of(models, text, PUB) if a.status == "signed"}


@pytest.mark.parametrize(("case", "text", "expected"), [
    # fixseries61 (review item 2): a closing item naming no side of its own kept the line
    # from being spread at all: the first item had no signer
    ("an unread closing item",
     ZARYA_LEAD + "Затем соглашение заключено с центром «Исток».\n\n"
     "Завершило церемонию соглашение с обществом инвалидов.\n\n"
     "Подписи поставили министр труда Тверской области Анна Котова, председатель фонда "
     "«Заря» Олег Лыков и директор центра «Исток» Иван Сидоров.\n",
     {"Фонд «Заря»": ["Анна Котова", "Олег Лыков"],
      "Центр «Исток»": ["Анна Котова", "Иван Сидоров"]}),
])
def test_line_signers_fit_no_item(models, case: str, text: str, expected: dict) -> None:
    assert _item_signers(models, text) == expected, case


def test_partner_after_s_is_no_postposed_subject(models) -> None:
    """guard: "подписали соглашение с X и Y" names partners after "с", not subjects: the
    ministry told before stays a side."""
    text = ("Министерство социальной политики Тверской области 12 мая подписало соглашение с "
            "Тверским областным центром занятости населения о найме инвалидов.\n")
    got = _records(models, text)
    assert got == [("signed", sorted([MIN, CENTRE]))], got


def _sentence(models, text: str):
    from soccoop.extract.syntax import windows
    return windows(models.analyse(text))[0]


@pytest.mark.parametrize(("text", "expected"), [
    ("Завершило церемонию соглашение с фондом «Опора».", True),
    ("Завершил программу меморандум с колледжем о практике.", True),
    # guard: a noun opens the sentence
    ("Министр завершила визит подписанием соглашения с фондом.", False),
    # guard: a future, not a series told
    ("Завершит церемонию соглашение с фондом «Опора».", False),
    # guard: a word of another kind first
    ("Первым делом министр подписала соглашение с фондом.", False),
])
def test_closing_item(models, text: str, expected: bool) -> None:
    from soccoop.extract.series_sides import closing_item
    assert closing_item(_sentence(models, text)) is expected, text


def _party(models, name: str):
    from soccoop.extract.agreement_types import _Party
    return _Party(name, [], 0, len(name), models)


@pytest.mark.parametrize(("shared", "first", "expected"), [
    (["Министерство"], [MIN, CENTRE], [MIN]),
    # guard: a side named in more words stays
    (["Фонд «Заря»"], [MIN, "Фонд «Заря» Тверской области"], ["Фонд «Заря»"]),
    # guard: the noun opens no side of the first item
    (["Министерство"], ["Фонд «Заря»", CENTRE], ["Министерство"]),
    # guard: the noun opens two sides of the first item
    (["Министерство"], [MIN, "Министерство культуры Тверской области"], ["Министерство"]),
])
def test_count_side_named(models, shared: list, first: list, expected: list) -> None:
    from soccoop.extract.series_sides import count_side_named
    got = count_side_named([_party(models, n) for n in shared], [_party(models, n) for n in first])
    assert [p.name for p in got] == expected


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, series_sides=("postposed_subjects", "_genitive_run",
                                                        "ranked_after_count", "first_item_side",
                                                        "count_side_named", "spread_signers",
                                                        "closing_item", "uncounted_series"),
                                          merge_rules=("other_series_item", "_series_item"),
                                          agreements=("_parsed_side_phrase",))
