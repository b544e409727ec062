"""Agreements and status: seals, mistagged signing verbs and announced next steps.

A seal "скрепить подписями" and a signing verb the tagger mistook for an adjective sign; a
next step announced by a future copula is planned, the body it is "для" its side; bodies
charged with carrying out an agreement are no sides of a new one; a counted side ("с 15
регионами") is no side; a company's agreement about a subject outside the social sphere is
no record; "договорённости с X подписали A и B, а к ним присоединится C" is one agreement
per subject, each with X; "такой же документ с X" is like the one before, not that one; in
an interview, the question's day dates the answer's signing. Every probe is written here,
in words of its own (other regions, verbs and word orders than the dev rounds' texts)."""

from __future__ import annotations

import pytest
from probes import agreement_records, agreements_of, table_params

PUB = "2025-06-10"  # a Tuesday


def records(models, text, published=PUB):
    """(status, date, sorted region codes) of each agreement: names vary, regions do not."""
    return agreement_records(models, text, published, "status", "date_or_empty", "regions")


# --- S1, S2: signing phrases (sealed_with_signatures, mistagged_signing_verbs) -------------

SIGNINGS = [
    # (text, expected status, expected date)
    ("Министр социальной защиты Тверской области Ольга Смирнова и министр труда Ярославской "
     "области Игорь Белов во вторник скрепили подписями соглашение о сотрудничестве.",
     "signed", "2025-06-10"),
    ("Соглашение о взаимодействии вчера скрепили своими подписями руководители "
     "министерства труда Калужской области и комитета социальной защиты Тульской области.",
     "signed", "2025-06-09"),
    ("Комитет социальной защиты Ленинградской области и Министерство труда Новгородской "
     "области вчера пролонгировали соглашение о взаимодействии на три года.",
     "signed", "2025-06-09"),
    ("Министерство социального развития Пермского края и Министерство социальной политики "
     "Свердловской области в понедельник продлили соглашение о сотрудничестве.",
     "signed", "2025-06-09"),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,status,date", SIGNINGS)
def test_signing_phrases_sign(models, text, status, date):
    got = agreements_of(models, text, PUB)
    assert [(a.status, a.date) for a in got] == [(status, date)]
    assert len(got[0].parties) == 2


@pytest.mark.slow
def test_seal_names_the_signatories(models):
    got = agreements_of(models, SIGNINGS[0][0], PUB)
    assert sorted(got[0].signatories) == ["Игорь Белов", "Ольга Смирнова"]


# a seal in its literal sense: the agreement is only referred to
SEAL_ONLY = ("Министерство труда Калужской области и комитет социальной защиты Тульской "
             "области выполняют соглашение, скреплённое печатью ещё в 2019 году.")


# --- S3: a next step (next_step_document, step_beneficiary) ---------------------------------

NEXT_STEPS = [
    "По словам министра Олега Карпова, следующим шагом для тверского министерства станет "
    "аналогичное соглашение с Министерством социальной защиты Псковской области.",
    "Итогом переговоров будет соглашение Министерства труда Омской области с Министерством "
    "социального развития Новосибирской области, рассказал Павел Орлов.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text,statuses", table_params(
    seal_without_signatures=[(SEAL_ONLY, ["mentioned"])],
    next_step_is_planned=[(t, ["planned"]) for t in NEXT_STEPS]))
def test_statuses_of_the_records(models, text, statuses):
    assert [s for s, _, _ in records(models, text)] == statuses


@pytest.mark.slow
def test_next_step_body_is_a_side(models):
    text = ("Министерство социальной защиты Тверской области в мае подписало соглашение с "
            "фондом «Опора». " + NEXT_STEPS[0])
    got = records(models, text)
    assert ("planned", "", ["RU-PSK", "RU-TVE"]) in got


@pytest.mark.slow
def test_step_that_was_is_not_planned(models):
    # past copula: the step was taken
    text = ("Первым шагом стало соглашение Министерства труда Омской области с Министерством "
            "социального развития Новосибирской области, подписанное 3 июня.")
    assert [s for s, _, _ in records(models, text)] != ["planned"]


# --- A3: implementers (implementers_clause) --------------------------------------------------

DECREE = (
    "Распоряжение Правительства Омской области\n"
    "1. Утвердить прилагаемое Соглашение о сотрудничестве между Правительством Омской "
    "области и Правительством Новосибирской области в сфере социальной защиты населения.\n"
    "2. {clause}\n"
)


@pytest.mark.slow
@pytest.mark.parametrize("clause", [
    "Определить Министерство труда и социального развития Омской области и Главное "
    "управление занятости населения Омской области органами, уполномоченными на реализацию "
    "Соглашения.",
    "Назначить Министерство труда и социального развития Омской области ответственным за "
    "исполнение Соглашения.",
])
def test_implementers_are_no_new_agreement(models, clause):
    got = agreements_of(models, DECREE.format(clause=clause), PUB)
    assert len(got) == 1
    assert all("Правительство" in p.name for p in got[0].parties)


# --- A2: counted sides (counted_party) ------------------------------------------------------

COUNTED_SIDES = [
    "Напомним, что у Башкортостана действуют подобные соглашения в социальной сфере с 15 "
    "регионами России.",
    "Всего у Омской области заключены соглашения о сотрудничестве с 12 субъектами.",
]


@pytest.mark.slow
def test_named_sides_after_a_count_are_kept(models):
    # the count is of named places: they are the sides
    text = ("Министерство труда Курганской области в среду заключило два соглашения — с "
            "Тюменской и Омской областями.")
    got = records(models, text)
    assert [r for _, _, r in got] == [["RU-KGN", "RU-OMS"], ["RU-KGN", "RU-TYU"]]


# --- A1: business outside the social sphere (outside_social_sphere) ------------------------

OUTSIDE_SOCIAL_SPHERE = [
    "На форуме правительство области подписало соглашение с ООО «Северный цементный завод» "
    "о строительстве нового цеха в Коркинском округе.",
    "Кабинет министров также заключил соглашения с ПАО «Мегафон» о покрытии связью сельских "
    "поселений, с АО «Корпорация развития Урала» о мастер-плане агломерации Пермь — "
    "Краснокамск — Добрянка и с госкорпорацией «Ростех» о выпуске двигателей.",
]


@pytest.mark.slow
def test_partner_list_is_one_agreement_per_partner(models):
    # "с X о A, с Y о B": each partner its own agreement; the social one stays, business
    # with a company or a partner that is no public body goes, and the place list inside
    # a subject is never a side
    text = ("Правительство Пермского края также подписало соглашения с ВЭБ.РФ о мастер-плане "
            "агломерации Пермь — Краснокамск — Добрянка, с ПАО «Мегафон» о покрытии связью "
            "сельских поселений и с фондом «Старость в радость» о помощи пожилым людям.")
    got = agreements_of(models, text, PUB)
    assert len(got) == 1
    names = [p.name for p in got[0].parties]
    assert any("Старость в радость" in n for n in names)
    assert not any("Краснокамск" in n or "Мегафон" in n for n in names)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Министерство социальной защиты Пермского края заключило соглашение с ПАО «Сбербанк» о "
    "выплате пособий семьям с детьми.",
    "Правительство Челябинской области и ОАО «РЖД» подписали соглашение о содействии "
    "трудоустройству людей с инвалидностью.",
])
def test_company_agreement_in_social_sphere_is_kept(models, text):
    assert len(records(models, text)) == 1


# --- A4, A5: one agreement per subject, joiners (partner_shared_by_subjects) ---------------

SUBJECTS_SHARE = ("По словам министра, аналогичные соглашения с Белгородской областью уже "
                  "заключили Воронежская и Орловская области, а до конца года к ним "
                  "присоединятся Тамбовская и Брянская.")


@pytest.mark.slow
def test_signed_arrangements_with_one_partner(models):
    text = ("Как сообщил губернатор, договорённости с Республикой Карелия подписали "
            "Мурманская и Архангельская области, а в скором времени к ним присоединится "
            "Вологодская.")
    got = records(models, text)
    assert sorted(r for _, _, r in got) == [["RU-ARK", "RU-KR"], ["RU-KR", "RU-MUR"],
                                            ["RU-KR", "RU-VLG"]]
    assert ("planned", "", ["RU-KR", "RU-VLG"]) in got


ARRANGEMENT_REACHED = "Стороны достигли договорённости с Псковской областью о совместных проверках."


# --- A6: "такой же документ с X" (_alike, adjacent_partner) --------------------------------

@pytest.mark.slow
def test_same_kind_of_document_with_a_new_partner_is_planned(models):
    text = ("— Министерство труда Омской области в марте подписало соглашение с Министерством "
            "социального развития Новосибирской области. Летом рассчитываем заключить такой "
            "же документ с Томской областью, проект уже обсуждаем с томскими коллегами.")
    got = records(models, text)
    assert ("planned", "2025", ["RU-OMS", "RU-TOM"]) in got  # pdate50: "Летом" ahead
    assert len(got) == 2


# --- dates: a question's day dates the answer (question_date) ------------------------------

QUESTION_DAY = ("Интервью с министром\n\n"
                "— Ирина Петровна, в прошлую среду вы были в Пскове. С чем вернулись?\n\n"
                "— С подписанным документом. Министерство социальной защиты Тверской области и "
                "Комитет по социальной защите Псковской области заключили соглашение о "
                "сотрудничестве.\n")


@pytest.mark.slow
def test_question_without_a_day_gives_no_date(models):
    text = ("Интервью с министром\n\n"
            "— Ирина Петровна, вы недавно были в Пскове. С чем вернулись?\n\n"
            "— Министерство социальной защиты Тверской области и Комитет по социальной защите "
            "Псковской области заключили соглашение о сотрудничестве.\n")
    got = records(models, text)
    assert [d for _, d, _ in got] != ["2025-06-04"]


# --- every record of a text: counted sides, business, shared partners, days of questions -----

@pytest.mark.slow
@pytest.mark.parametrize("text,expected", table_params(
    counted_side_is_no_side=[(t, []) for t in COUNTED_SIDES],
    business_outside_social_sphere_is_no_record=[(t, []) for t in OUTSIDE_SOCIAL_SPHERE],
    subjects_share_the_partner_and_a_joiner_plans=[(SUBJECTS_SHARE, sorted([
        ("mentioned", "", ["RU-BEL", "RU-VOR"]), ("mentioned", "", ["RU-BEL", "RU-ORL"]),
        ("planned", "", ["RU-BEL", "RU-BRY"]), ("planned", "", ["RU-BEL", "RU-TAM"])]))],
    arrangement_reached_is_no_document=[(ARRANGEMENT_REACHED, [])],
    question_day_dates_the_answer=[(QUESTION_DAY, [("signed", "2025-06-04",
                                                    ["RU-PSK", "RU-TVE"])])],
))
def test_records_of_the_text(models, text, expected):
    assert records(models, text) == expected


# --- the CLI, as a user runs it --------------------------------------------------------------

def test_cli_end_to_end(listed_rows):
    text = ("Итоги форума\n"
            "10.06.2025 12:30\n\n"
            "На форуме правительство области подписало соглашение с ООО «Северный цементный "
            "завод» о строительстве нового цеха.\n\n"
            "Министр социальной защиты Тверской области Ольга Смирнова и министр труда "
            "Ярославской области Игорь Белов 3 июня скрепили подписями соглашение о "
            "сотрудничестве. Напомним, что у Тверской области действуют подобные соглашения "
            "с 11 регионами.\n")
    rows = listed_rows({"forum.txt": text}, "--format", "jsonl", "--limit", "0")
    assert len(rows) == 1
    got = [(a["status"], a["date"], sorted(a["regions"]), sorted(a["signatories"]))
           for a in rows[0]["agreements"]]
    assert got == [("signed", "2025-06-03", ["RU-TVE", "RU-YAR"],
                    ["Игорь Белов", "Ольга Смирнова"])]
