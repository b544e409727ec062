"""Signatories of sig60, probes written for this file (not copied from any round).

* A recalled agreement (status "mentioned") all of whose signers are signers of an
  agreement the page reports signed keeps none: those people signed the new document
  (``signer_recalled.recalled_without_new_signers``). One with a signer of its own keeps
  every signer.
* A signer is a person's name: a one-word "name" with no reading as a first name, surname
  or patronymic and none in the nominative is a body's word the name reader kept as
  written ("замуправляющего Соцфондом", ``signer_names.body_word_name``).
"""

from __future__ import annotations

from typing import Any

import pytest
from probes import signer_surnames

from soccoop.extract.signer_names import body_word_name, person_signers_only
from soccoop.extract.signer_recalled import recalled_without_new_signers
from soccoop.models import Agreement, Evidence, Party


def _agreement(status: str, who: list[str], told: str = "") -> Agreement:
    return Agreement("Соглашение", status, None, [Party("Министерство", None)], who, [],
                     Evidence(told, 0, len(told)))


# records as (status, signers) → the signers each keeps
RECALLED = [
    ("recalled by the new signers",
     [("signed", ["Анна Котова", "Пётр Гусев"]), ("mentioned", ["Анна Котова", "Пётр Гусев"])],
     [["Анна Котова", "Пётр Гусев"], []]),
    ("surname only on the recalled record",
     [("signed", ["Анна Котова", "Пётр Гусев"]), ("mentioned", ["Котова"])],
     [["Анна Котова", "Пётр Гусев"], []]),
    ("a signer of its own keeps them all",
     [("signed", ["Анна Котова", "Пётр Гусев"]), ("mentioned", ["Анна Котова", "Ольга Рябова"])],
     [["Анна Котова", "Пётр Гусев"], ["Анна Котова", "Ольга Рябова"]]),
    ("a planned record keeps the new signer",
     [("signed", ["Анна Котова", "Пётр Гусев"]), ("planned", ["Анна Котова"])],
     [["Анна Котова", "Пётр Гусев"], ["Анна Котова"]]),
    ("no signed record on the page",
     [("planned", ["Анна Котова"]), ("mentioned", ["Анна Котова"])],
     [["Анна Котова"], ["Анна Котова"]]),
    ("its own sentence names them",
     [("signed", ["Анна Котова", "Пётр Гусев"]),
      ("mentioned", ["Анна Котова", "Пётр Гусев"],
       "Тогда же Анна Котова и Пётр Гусев подписали и региональное соглашение.")],
     [["Анна Котова", "Пётр Гусев"], ["Анна Котова", "Пётр Гусев"]]),
    ("another person of the same surname",
     [("signed", ["Анна Котова"]), ("mentioned", ["Игорь Котов"])],
     [["Анна Котова"], ["Игорь Котов"]]),
]


@pytest.mark.parametrize(("name", "records", "kept"), RECALLED, ids=[r[0] for r in RECALLED])
def test_recalled_without_new_signers(name: str, records: list[tuple[Any, ...]],
                                      kept: list[list[str]]) -> None:
    agreements = [_agreement(r[0], list(r[1]), *r[2:]) for r in records]
    recalled_without_new_signers(agreements)
    assert [a.signatories for a in agreements] == kept


# a signer's written name → is it a body word, not a person's name?
NAMES = [
    ("Соцфондом", True),  # "замуправляющего Соцфондом": instrumental only
    ("Минтрудом", True),
    ("Пенсфондом", True),
    ("Демин", False),  # a surname alone
    ("Гончаренко", False),  # an indeclinable surname
    ("Белоус", False),  # no surname reading, but a nominative one
    ("Сомов", False),  # a short adjective and an animate plural: a surname alone
    ("Анна Котова", False),
    ("Котовой", False),  # a surname in an oblique case is still a surname
]


@pytest.mark.slow
@pytest.mark.parametrize(("written", "body"), NAMES)
def test_body_word_name(models: Any, written: str, body: bool) -> None:
    assert body_word_name(written, models) is body


@pytest.mark.slow
def test_person_signers_only(models: Any) -> None:
    a = _agreement("signed", ["Марина Котова", "Денис Гусев", "Соцфондом"])
    person_signers_only([a], models)
    assert a.signatories == ["Марина Котова", "Денис Гусев"]


EXTENDED = (
    "Вчера председатель комитета по социальной защите Псковской области Ирина Лаптева и "
    "министр социальной политики Новгородской области Олег Зимин подписали дополнительное "
    "соглашение, которым действие соглашения о взаимодействии двух ведомств продлено ещё на "
    "пять лет. Само соглашение было заключено в 2019 году и касается жителей приграничных "
    "районов.\n\n"
    "«Люди не должны терять помощь на границе двух областей», — подчеркнул Олег Зимин. "
    "{aside}\n\n"
    "Ирина Лаптева отметила, что в продлённом документе появился новый раздел — о семьях "
    "участников СВО.\n"
)

ASIDES = [
    ("numbers of the old agreement", "С 2019 года по линии соглашения услуги в соседней "
     "области получили более двух тысяч человек."),
    ("years of the old agreement", "За пять лет действия соглашения услуги в соседней "
     "области получили более двух тысяч человек."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "aside"), ASIDES, ids=[a[0] for a in ASIDES])
def test_recalled_agreement_has_no_new_signers(models: Any, name: str, aside: str) -> None:
    text = EXTENDED.format(aside=aside)
    assert ["зимин", "лаптева"] in signer_surnames(models, text, published="2024-05-16")
    recalled = signer_surnames(models, text, ("mentioned",), published="2024-05-16")
    assert all(not row for row in recalled)


HEADLINE = (
    "Врио министра и замуправляющего Пенсфондом подписали соглашение о сотрудничестве\n\n"
    "Сегодня в Курске исполняющий обязанности министра социальной защиты Курской области "
    "Ольга Дронова и заместитель управляющего Отделением Социального фонда России по Курской "
    "области Сергей Ветров подписали соглашение об информационном взаимодействии.\n"
)


@pytest.mark.slow
def test_headline_body_word_is_no_signer(models: Any) -> None:
    found = signer_surnames(models, HEADLINE, published="2024-04-03")
    assert found and all("пенсфондом" not in row for row in found)
    assert ["ветров", "дронова"] in found


POST_ONLY = (
    "Вчера в Калуге подписано соглашение о сотрудничестве между министерством социальной "
    "защиты Калужской области и Калужским государственным университетом. Свои подписи под "
    "документом поставили министр социальной защиты Калужской области Анна Котова и ректор "
    "КГУ.\n\n"
    "Соглашение предусматривает практику студентов в центрах социального обслуживания.\n\n"
    "{later}\n"
)

# the sentence naming someone later → that person's surname signs too, or nobody else
LATER = [
    ("the rector named later", "Ректор университета Пётр Гусев рассказал, что студенты "
     "начнут практику весной.", "гусев"),
    ("a vice-rector is no rector", "Проректор университета Пётр Гусев рассказал, что "
     "студенты начнут практику весной.", None),
    ("a rector of another body", "Ректор Тульского педагогического университета Пётр Гусев "
     "рассказал, что опыт калужан пригодится и туляками.", None),
    ("nobody named", "Студенты начнут практику весной.", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "later", "holder"), LATER, ids=[x[0] for x in LATER])
def test_post_only_signer_named_elsewhere(models: Any, name: str, later: str,
                                          holder: str | None) -> None:
    found = signer_surnames(models, POST_ONLY.format(later=later), published="2024-05-16")
    assert found and all("котова" in row for row in found)
    rows = [row for row in found if "котова" in row]
    assert rows == [sorted(["котова"] + ([holder] if holder else []))]


EARLIER = (
    "Ректор Калужского государственного университета Пётр Гусев открыл заседание учёного "
    "совета.\n\n" + POST_ONLY.format(later="Студенты начнут практику весной.")
)


@pytest.mark.slow
def test_post_only_signer_named_before(models: Any) -> None:
    found = signer_surnames(models, EARLIER, published="2024-05-16")
    assert ["гусев", "котова"] in found
