"""officials72 (round 72 of issue 9): the body of a post told by a pronoun or far back, on
news of the FactRuEval kind (person, post, organisation).

* ``official_orgs._body_the_possessive_stands_for``: a post owned by "его", "её", "их"
  and naming no body sits in the body the possessive stands for, the nearest subject
  body before it that agrees with the possessive in gender and number;
* ``official_orgs._the_one_body_of_the_kind`` (read by ``_body_of_the_posts_kind``): a
  judge, a prosecutor, a rector with no court, prosecutor's office or university in the
  last sentences is of the one body of that kind the whole text names, farther back.

Every sentence and person here is invented for these tests; each table has rows where the
rules must not fire.
"""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.nlp import Models

# (id, text, name, (position, organisation) expected; None: no official)
POSSESSIVES: list[tuple[str, str, str, tuple[str | None, str | None] | None]] = [
    # fails on b72dev: no body (the feminine "администрация", not the masculine object)
    ("feminine-subject-before", "В страховую компанию направлена временная администрация. "
     "Её руководителем назначен Павел Орлов.", "Павел Орлов",
     ("руководитель", "Временная администрация")),
    # fails on b72dev: no body (the subject of the same sentence)
    ("subject-of-its-sentence", "Районная прокуратура, как рассказала её официальный "
     "представитель Марина Белкина, начала проверку.", "Марина Белкина",
     ("официальный представитель", "Районная прокуратура")),
    # fails on b72dev: no body (a kind noun and a quoted name)
    ("kind-noun-and-name", "Компания «Северный поток» отчиталась о прибыли. Её глава Иван "
     "Петров доволен итогами.", "Иван Петров", ("глава", "Компания «Северный поток»")),
    # fails on b72dev: "Заря", the feminine company named nearer, for "его"
    ("masculine-over-feminine", "Банк «Восток» продал здание компании «Заря». Его "
     "председатель Иван Петров объяснил сделку.", "Иван Петров",
     ("председатель", "Банк «Восток»")),
    # guards: the shelter, the fund's object, is not taken; a person named nearer keeps
    # the deputy the minister's
    ("object-not-taken", "Фонд «Милосердие» открыл приют для бездомных. Его председатель "
     "Иван Петров рассказал о планах.", "Иван Петров", ("председатель", "Фонд «Милосердие»")),
    ("person-nearer", "Министр финансов Антон Силуанов прибыл в Казань. Его заместитель "
     "Иван Петров остался в Москве.", "Иван Петров",
     ("заместитель министра", "Министерство финансов")),
]


@pytest.mark.parametrize(("text", "name", "expected"),
                         probes.named_rows(POSSESSIVES))
def test_body_the_possessive_stands_for(models: Models, text: str, name: str,
                                        expected: tuple[str | None, str | None] | None
                                        ) -> None:
    probes.check_official(models, text, name, expected, read=probes.extracted_officials)


_COURT = ("Октябрьский районный суд Самары вынес приговор директору фирмы «Заря» Олегу "
          "Смирнову. По версии следствия, фирма собрала деньги с покупателей квартир. Дома так "
          "и не построили. ")

# (id, text, name, (position, organisation) expected; None: no official)
ONE_BODY: list[tuple[str, str, str, tuple[str | None, str | None] | None]] = [
    # fails on b72dev: no body (the court named five sentences back)
    ("court-of-the-lead", _COURT + "Ущерб оценили в сто миллионов рублей. Адвокат Смирнова "
     "обещал обжаловать решение. Судья Анна Котова назначила осуждённому пять лет колонии.",
     "Анна Котова", ("судья", "Октябрьский районный суд Самары")),
    # fails on b72dev: no body (a rector and the one university)
    ("university-of-the-lead", "Волжский государственный университет открыл новый корпус. "
     "В нём разместятся лаборатории. Студенты смогут заниматься там с осени. Строительство "
     "обошлось в миллиард рублей. Деньги выделил бюджет области. Ректор Иван Петров "
     "поблагодарил строителей.", "Иван Петров",
     ("ректор", "Волжский государственный университет")),
    # guards: two courts named, whose judge is unsure; no court named at all
    ("two-courts", _COURT + "Кировский районный суд Самары ранее арестовал его счета. "
     "Адвокат Смирнова обещал обжаловать решение. Ущерб оценили в сто миллионов рублей. "
     "Дольщики ждут денег. Судья Анна Котова назначила осуждённому пять лет колонии.",
     "Анна Котова", ("судья", None)),
    ("no-court", "Мэр подписал распоряжение о ремонте школ. Работы начнутся летом. "
     "Подрядчиков выберут на торгах. Деньги выделит бюджет города. Жители давно просили об "
     "этом. Судья Анна Котова отклонила иск подрядчика.", "Анна Котова", ("судья", None)),
]


@pytest.mark.parametrize(("text", "name", "expected"),
                         probes.named_rows(ONE_BODY))
def test_the_one_body_of_the_kind(models: Models, text: str, name: str,
                                  expected: tuple[str | None, str | None] | None) -> None:
    probes.check_official(models, text, name, expected, read=probes.extracted_officials)


def test_no_dev_text_quoted() -> None:
    """The docstrings of this round's rules and this file's probes share no run of words
    with a dev text (the shared check in tests/probes.py)."""
    probes.check_rules_invented(
        __file__,
        official_orgs=("_body_the_possessive_stands_for", "_the_one_body_of_the_kind"),
    )
