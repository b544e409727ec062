"""Signatories of sig50, probes written for this file (not copied from any round).

* Guests named in the genitive of a noun of attendance, however long their list ("Церемония
  прошла в присутствии губернатора X и заместителя министра Y"), sign nothing, so the
  sentence is an aside and the signers named after it are the agreement's
  (``signers.attendance_genitive``).
* One sentence between two sides' signers that signs nothing ("Министр Y была в этот день в
  командировке") is passed over when the next one opens with the next side
  (``agreements._past_side_aside``).
* An agreement noun in the plural and an oblique case ("учатся по целевым договорам") tells
  of a kind of papers, so a sentence holding one is still an aside before "Подписи под
  документом поставили ..." (``agreements._other_papers_in_plural``).
* A side phrase hung on the verb of signing in mid-sentence ("..., поэтому со стороны
  союза документ подписал его заместитель Z") names a further side's signer, and the
  subject of the other clause is none (``signers.side_on_signing_verb``,
  ``signers.subject_elsewhere``).
* A planned signing falling due to people in the dative ("Подписать документ предстоит
  министру X и директору Y") names its announced signers as a verb of charging does
  (``lexicon_plans.DUE_VERBS``), and a bare mention carrying signers joins the one open
  agreement of its status whose sides' regions hold its signers' regions
  (``merge_rules.signers_sides``).
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from probes import check_no_signers, signers_of

from soccoop.extract import merge_rules

PUB = "2025-03-14"

SIGNED = ("В Курске министерство социального обеспечения Курской области и областная "
          "организация Всероссийского общества слепых заключили соглашение о "
          "сотрудничестве.\n\n")
AFTER = (" Подписи под документом поставили министр социального обеспечения Курской "
         "области Инна Белова и председатель областной организации ВОС Пётр Дронов.")

GUESTS = [
    (SIGNED + "Церемония прошла в присутствии губернатора Курской области Романа Иванова и "
     "заместителя министра труда Российской Федерации Анны Сомовой, которые затем посетили "
     "выставку." + AFTER, [["Инна Белова", "Пётр Дронов"]]),
    (SIGNED + "Подписание состоялось при участии сенатора Олега Котова и депутата областной "
     "думы Ирины Ганиной." + AFTER, [["Инна Белова", "Пётр Дронов"]]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), GUESTS)
def test_guests_in_attendance_genitive(models: Any, text: str,
                                       expected: list[list[str]]) -> None:
    assert signers_of(models, text, PUB) == expected


GUESTS_NOT = [
    # the guests stay out even when the signers are told in the same sentence
    (SIGNED.replace(" заключили", ", в лице министра Инны Беловой и председателя Петра "
                    "Дронова, в присутствии губернатора Романа Иванова заключили"),
     {"Роман Иванов"}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "not_signers"), GUESTS_NOT)
def test_guests_not_signers(models: Any, text: str, not_signers: set[str]) -> None:
    check_no_signers(models, text, PUB, not_signers)


OPENING = ("В Тамбове департамент социальной защиты Тамбовской области и региональное "
           "отделение Союза пенсионеров России подписали соглашение о сотрудничестве.\n\n")

SIDES = [
    (OPENING + "Со стороны департамента документ подписал заместитель начальника "
     "департамента Олег Гусев. Начальник департамента Марина Лобова в этот день была в "
     "командировке в Москве. Со стороны отделения подпись поставила его председатель Галина "
     "Юдина.", [["Галина Юдина", "Олег Гусев"]]),
    (OPENING + "Со стороны департамента документ подписала его начальник Марина Лобова. "
     "Председатель отделения Игорь Рябов был в отъезде, поэтому со стороны отделения "
     "документ подписал его заместитель Степан Кудрин.", [["Марина Лобова", "Степан Кудрин"]]),
    (OPENING + "Документ рассчитан на три года. Председатель отделения отметил, что в "
     "колледжах области по целевым договорам уже учатся 30 студентов. Подписи под документом "
     "поставили начальник департамента Марина Лобова и председатель отделения Игорь Рябов.",
     [["Игорь Рябов", "Марина Лобова"]]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), SIDES)
def test_sides_past_an_aside(models: Any, text: str, expected: list[list[str]]) -> None:
    assert signers_of(models, text, PUB) == expected


SIDES_NOT = [
    # the one absent, named in the aside, signs nothing
    (SIDES[0][0], {"Марина Лобова"}),
    # nor does the subject of the other clause
    (SIDES[1][0], {"Игорь Рябов"}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "not_signers"), SIDES_NOT)
def test_sides_past_an_aside_not(models: Any, text: str, not_signers: set[str]) -> None:
    check_no_signers(models, text, PUB, not_signers)


PLANNED = ("Ярославская и Костромская области подпишут соглашение о помощи семьям\n\n"
           "Специалисты двух регионов намерены закрепить сотрудничество. Проект соглашения о "
           "межрегиональном взаимодействии обсудили на совещании в Ярославле. Подписать "
           "документ предстоит министру социальной защиты населения Ярославской области Ольге "
           "Зориной и директору департамента социальной защиты "
           "Костромской области Виктору Лаптеву. Подписание планируется в декабре.")

DUE = [
    (PLANNED, [["Виктор Лаптев", "Ольга Зорина"]]),
    (PLANNED.replace("предстоит", "поручено"), [["Виктор Лаптев", "Ольга Зорина"]]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), DUE)
def test_signing_due_to_dative(models: Any, text: str, expected: list[list[str]]) -> None:
    assert signers_of(models, text, PUB, ("planned",)) == expected


DUE_NOT = [
    # a verb of plan with a nominative subject names no dative to sign
    (PLANNED.replace("Подписать документ предстоит министру социальной защиты населения "
                     "Ярославской области Ольге Зориной и директору департамента "
                     "социальной защиты Костромской области Виктору Лаптеву",
                     "Министр Ольга Зорина рассказала об этом директору центра Виктору "
                     "Лаптеву"), {"Виктор Лаптев"}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "not_signers"), DUE_NOT)
def test_signing_due_not(models: Any, text: str, not_signers: set[str]) -> None:
    check_no_signers(models, text, PUB, not_signers, ("planned",))


def _merged(status: str, *regions: str) -> SimpleNamespace:
    return SimpleNamespace(status=status, parties=[SimpleNamespace(regions=[r]) for r in regions])


YAR_KOS = _merged("planned", "RU-YAR", "RU-KOS")
TVE = _merged("mentioned", "RU-TVE")
SIGNED_YAR_KOS = _merged("signed", "RU-YAR", "RU-KOS")
OFFICIALS = [SimpleNamespace(name="Ольга Зорина", region="RU-YAR"),
             SimpleNamespace(name="Виктор Лаптев", region="RU-KOS"),
             SimpleNamespace(name="Анна Котова", region=None)]

# (signers of the bare mention, its status, open agreements, options before, options after)
SIGNERS_SIDES = [
    # "Подписать документ предстоит министру Ярославской области и директору Костромской":
    # the Yaroslavl-Kostroma plan, though nearness had left only the Tver mention
    (["Ольга Зорина", "Виктор Лаптев"], "planned", [YAR_KOS, TVE], [TVE], [YAR_KOS]),
    # a signer of no known region: the options stay
    (["Ольга Зорина", "Анна Котова"], "planned", [YAR_KOS, TVE], [TVE], [TVE]),
    # two open agreements of those regions: which is not told
    (["Ольга Зорина", "Виктор Лаптев"], "planned", [YAR_KOS, YAR_KOS, TVE], [TVE], [TVE]),
    # another status: a signed agreement of those sides is not the plan
    (["Ольга Зорина", "Виктор Лаптев"], "planned", [SIGNED_YAR_KOS, TVE], [TVE], [TVE]),
    # no signers: nothing to go by
    ([], "planned", [YAR_KOS, TVE], [TVE], [TVE]),
]


@pytest.mark.parametrize(("signers", "status", "recent", "before", "after"), SIGNERS_SIDES)
def test_bare_mention_joins_its_signers_sides(signers: list[str], status: str,
                                              recent: list[Any], before: list[Any],
                                              after: list[Any]) -> None:
    state = SimpleNamespace(c=SimpleNamespace(signatories=signers, status=status),
                            recent=recent, officials=OFFICIALS, options=list(before))
    merge_rules.signers_sides(state)  # type: ignore[arg-type]
    assert state.options == after
