"""date62: status and agreement dates, in our own words.

Table-driven, with negatives: a plan word in a relative clause about the partner is that
body's plan, not the agreement's; an adjective of order under a future "станет" announces
the next agreement; a signing told as the time after which something will be is still to
come; a side-less signing does not join a plan still to come while a signing of the page is
there to take it; a signing told "тогда" takes the date its sentence told before the adverb;
a plan takes no date from another sentence a quote glues to its own.
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

# --- a plan word in a relative clause about the partner
RELATIVE = ("В среду министерство сельского хозяйства Омской области подписало соглашения "
            "с тремя компаниями.\n\nПервое соглашение заключено с ООО «Сибирский бройлер», "
            "{clause} комплекс по производству мяса.")


# --- an agreement a past "стать/быть" makes the outcome or step
OUTCOME = ("Во вторник в Ижевске прошла встреча управляющих отделениями СФР по Пермскому краю "
           "и по Удмуртской Республике.\n\n{outcome} соглашение о сотрудничестве{rest}.")
SIGNED_BY = ": его подписали Андрей Ковалёв и Галина Мерзликина"

# (id, text, publication day, which record (its index), its status)
STATUS_AT = [
    # the company intends to build: the agreement is signed
    ("partner_intends", RELATIVE.format(clause="которое намерено построить в Омском районе"),
     "2024-03-14", -1, "signed"),
    ("partner_plans", RELATIVE.format(clause="которое планирует открыть в Таре"),
     "2024-03-14", -1, "signed"),
    # the relative clause plans the agreement itself: a signing verb in it
    ("clause_plans_the_agreement",
     "Министерство труда Омской области и АНО «Забота» обсудили соглашение, которое "
     "стороны намерены подписать в мае.", "2024-03-14", 0, "planned"),
    ("outcome_signed", OUTCOME.format(outcome="Итогом встречи стало", rest=SIGNED_BY),
     "2024-10-24", 0, "signed"),
    ("main_result_signed",
     OUTCOME.format(outcome="Главным результатом встречи стало", rest=SIGNED_BY),
     "2024-10-24", 0, "signed"),
    ("outcome_draft_stays_planned",
     "Министерство труда Пермского края и Удмуртский университет провели встречу. Итогом "
     "встречи стал проект соглашения о сотрудничестве.", "2024-10-24", 0, "planned"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "published", "at", "expected"), probes.named_rows(STATUS_AT))
def test_status_of_the_record(models: Any, text: str, published: str, at: int,
                              expected: str) -> None:
    found = probes.status_dates(models, text, published)
    assert found and found[at][0] == expected


# --- an adjective of order under a future "станет"
NEXT = ("Курская и Белгородская области подписали соглашение о реабилитации детей.\n\n"
        "По словам министра, {order} соглашение министерства социальной защиты Курской "
        "области с министерством труда Орловской области.")


@pytest.mark.slow
@pytest.mark.parametrize(("order", "expected"), [
    ("следующим станет", "planned"),
    ("очередным станет", "planned"),
    ("вторым станет", "planned"),
    # told in the past: no plan read from the order word
    ("следующим стало", None),
])
def test_order_word_announces_next_agreement(models: Any, order: str,
                                             expected: str | None) -> None:
    found = probes.status_dates(models, NEXT.format(order=order), "2024-06-05")
    statuses = [s for s, _ in found]
    if expected is None:
        assert "planned" not in statuses
    else:
        assert expected in statuses[1:]


# --- a signing told as the time after which something will be
AFTER = ("Министерство социальной политики Тверской области направило в Отделение СФР по "
         "Тверской области проект соглашения об обмене сведениями.\n\n«Сейчас семьи "
         "приносят одни и те же справки дважды. После подписания соглашения {rest}», — "
         "пояснила министр.")


@pytest.mark.slow
@pytest.mark.parametrize(("rest", "expected"), [
    ("этого не потребуется", "planned"),
    ("семьи смогут обойтись одним заявлением", "planned"),
])
def test_after_signing_to_come(models: Any, rest: str, expected: str) -> None:
    found = probes.status_dates(models, AFTER.format(rest=rest), "2024-04-20")
    assert found and all(s == expected for s, _ in found)
    # "Сейчас" of the quote's other sentence is no day of the signing to come
    assert all(d is None for _, d in found)


@pytest.mark.slow
def test_after_signing_done_stays_signed(models: Any) -> None:
    text = ("Министерство социальной политики Тверской области и Отделение СФР по Тверской "
            "области вчера подписали соглашение об обмене сведениями. После подписания "
            "соглашения министры ответили на вопросы журналистов.")
    found = probes.status_dates(models, text, "2024-04-20")
    assert found and found[0] == ("signed", "2024-04-19")


# --- a side-less signing beside a plan still to come
CAPTION = ("Сегодня Отделение СФР по Тверской области заключило соглашение о взаимодействии "
           "с Тверской областной организацией Всероссийского общества инвалидов.\n\n"
           "Со стороны отделения документ подписал управляющий Олег Бурмистров.\n\n"
           "В ближайшее время аналогичное соглашение планируется подписать и с Тверским "
           "областным советом ветеранов.\n\n{caption}")


@pytest.mark.slow
@pytest.mark.parametrize(("caption", "plan"), [
    ("На фото: управляющий Олег Бурмистров и председатель общества инвалидов Анна Лукина "
     "после подписания соглашения.", "planned"),
    # no caption: the plan as it was
    ("", "planned"),
])
def test_signing_caption_not_the_plan(models: Any, caption: str, plan: str) -> None:
    found = probes.status_dates(models, CAPTION.format(caption=caption), "2024-04-16")
    assert [s for s, _ in found] == ["signed", plan]


# --- a signing told "тогда": the date its sentence told before the adverb
THEN = ("Министерство труда Калужской области и Калужский университет сегодня подписали "
        "новое соглашение о подготовке социальных работников.\n\n{earlier}")


@pytest.mark.slow
@pytest.mark.parametrize(("earlier", "expected"), [
    ("Сотрудничество министерства и университета началось 12 ноября 2019 года: тогда "
     "соглашение о целевой подготовке подписали министр Пётр Котов и ректор Илья Рыбин.",
     ("mentioned", "2019-11-12")),
    ("Сотрудничество началось в марте 2018 года: тогда соглашение о практике подписали "
     "министр Пётр Котов и ректор Илья Рыбин.", ("mentioned", "2018-03")),
])
def test_then_takes_sentence_date(models: Any, earlier: str,
                                  expected: tuple[str, str]) -> None:
    found = probes.status_dates(models, THEN.format(earlier=earlier), "2023-08-28")
    assert found[0][0] == "signed"  # the new agreement
    assert expected in found


# --- an outcome (see ``STATUS_AT`` for the signed ones) that tells no signing
@pytest.mark.slow
@pytest.mark.parametrize("outcome", [
    # no signing told in the sentence: left to the next ones (none here)
    "Итогом встречи стало",
    # still to come: the future copula plans it (no record here: no side is named)
    "Итогом встречи станет",
])
def test_outcome_without_signing(models: Any, outcome: str) -> None:
    found = probes.status_dates(models, OUTCOME.format(outcome=outcome, rest=""), "2024-10-24")
    assert "signed" not in [s for s, _ in found[:1]]


@pytest.mark.slow
def test_counted_outcome_is_no_agreement_of_its_own(models: Any) -> None:
    text = ("Сегодня в Оренбурге прошла встреча с делегацией Республики Башкортостан. Итогом "
            "визита стали три документа о сотрудничестве в социальной сфере.\n\nПервым "
            "подписано соглашение между министерством социального развития Оренбургской "
            "области и Министерством семьи, труда и социальной защиты населения Республики "
            "Башкортостан.")
    found = probes.status_dates(models, text, "2024-03-14")
    assert len(found) == 1 and found[0][0] == "signed"


# --- an agreement signed in an earlier year under a plan of its addendum
BASE = ("Министерство социальной защиты Республики Карелия на форуме намерено подписать "
        "дополнительное соглашение о пролонгации соглашения с министерством труда "
        "Архангельской области, {signed}.")


@pytest.mark.slow
@pytest.mark.parametrize(("signed", "expected"), [
    ("подписанного в 2022 году", ("mentioned", "2022")),
    ("заключённого в 2021 году", ("mentioned", "2021")),
])
def test_base_signed_earlier_is_referred_to(models: Any, signed: str,
                                            expected: tuple[str, str]) -> None:
    found = probes.status_dates(models, BASE.format(signed=signed), "2025-07-30")
    assert expected in found
    assert ("planned", None) in found  # the addendum is still to come


# --- a signing verb whose object is another agreement noun
ANOTHER = ("Мордовия и Запорожская область подпишут соглашение о сотрудничестве в соцсфере\n\n"
           "Стороны договорились заключить отдельное соглашение о сотрудничестве в сфере "
           "социальной защиты населения. Подписание намечено на 3 июля 2025 года.\n\n"
           "Соглашение между министерствами станет развитием документа более высокого "
           "уровня: {earlier} Правительство Республики Мордовия и Правительство Запорожской "
           "области подписали соглашение о сотрудничестве в торгово-экономической сфере.")


@pytest.mark.slow
@pytest.mark.parametrize(("earlier", "expected"), [
    ("в 2023 году", [("planned", "2025-07-03"), ("mentioned", "2023")]),
    ("в 2022 году", [("planned", "2025-07-03"), ("mentioned", "2022")]),
])
def test_verb_of_another_agreement(models: Any, earlier: str,
                                   expected: list[tuple[str, str]]) -> None:
    found = probes.status_dates(models, ANOTHER.format(earlier=earlier), "2025-06-18")
    assert found == expected
