"""agr90: agreement records and their status read from the sentence's structure. A
pronoun's signing dated to an earlier year recalls an agreement; a roadmap named in brackets
beside the signed plan is signed, whatever agreement it carries out; "между ними" after a
clause of cooperation; a new agreement prepared is the plan told; "Первый — соглашение с X"
after a count takes the count's verb; an agreement "между" two common nouns naming bodies
told before (an official's body, a named organisation) and the new one of those sides; an
addendum beside its base, "с ними" of the sentence before; a programme of cooperation; a
covered period is no date of a mention. Every probe is written here, in words of its
own."""

from __future__ import annotations

import probes
import pytest
from probes import parsed_analysis, status_date_parties

from soccoop.extract.agreement_lists import count_told_before, ordinal_item_named
from soccoop.extract.candidate_signers import apposed_object, cooperation_programme

LEAD = "Новости\n\n"


def statuses_dates(models, text: str, published: str) -> list[tuple[str, str]]:
    """(status, date or "") of every record, sorted."""
    return [(s, d) for s, d, _ in status_date_parties(models, text, published)]


# (id, published, text, sorted (status, date or "") of every record)
RECORDS = [
    # a pronoun's signing dated to an earlier year recalls the agreement named before
    ("pronoun-older-year", "2025-04-10",
     LEAD + "— Самым полезным я считаю соглашение с Псковским медицинским колледжем. Мы "
     "подписали его в 2017 году, когда не хватало сиделок.\n",
     [("mentioned", "2017")]),
    # negative: a pronoun's signing of these days is the signing
    ("pronoun-this-year", "2025-04-10",
     LEAD + "Первым документом весны стало соглашение с Псковским медицинским колледжем. 8 "
     "апреля его подписали начальник городского управления социальной защиты и директор "
     "колледжа.\n",
     [("signed", "2025-04-08")]),
    # a roadmap in brackets beside the signed plan is signed; the agreement it carries out is
    # a record of its own
    ("roadmap-in-brackets", "2025-02-20",
     LEAD + "Комитет по социальной политике Псковской области и Псковское отделение "
     "Российского Красного Креста сегодня подписали план совместных действий («дорожную "
     "карту») до конца 2026 года. Этот план составлен в развитие договора о "
     "взаимодействии, заключённого ими в 2022 году.\n",
     [("mentioned", "2022"), ("signed", "2025-02-20")]),
    # "между ними" stands for the subject and the "с" partner of the clause before it
    ("between-them", "2025-03-03",
     LEAD + "Добавим, что с 2018 года управление социальной защиты Псковской области "
     "сотрудничает с Псковским районным обществом инвалидов: договор между ними "
     "действует до 2027 года.\n",
     [("mentioned", "")]),
    # the new agreement prepared is the plan told before, not another one
    ("new-is-the-plan", "2025-03-03",
     LEAD + "Подписание соглашения между региональным управлением социальной защиты Псковской "
     "области "
     "и Псковским отделением Всероссийского общества глухих перенесли на июнь.\n\nНачальник "
     "управления Анна Смирнова сказала, что пожелания общества учтут при подготовке нового "
     "соглашения.\n",
     [("planned", "2025-06")]),
    # ordinal items of a count take the count's status and date
    ("ordinal-items-of-count", "2025-05-12",
     LEAD + "Управление социальной защиты Псковской области готовит к подписанию "
     "несколько соглашений. На форуме 20 мая запланировано подписание двух документов. "
     "Первый — трёхстороннее соглашение с ООО «Северный лес» о квотах для людей с "
     "инвалидностью. Второй — трёхстороннее соглашение с АО «Псковхлеб» о трудоустройстве "
     "ветеранов боевых действий.\n",
     [("planned", "2025-05-20"), ("planned", "2025-05-20")]),
    # "между министерством и ветеранской организацией": the minister's body and the named
    # organisation told before; "новое соглашение" of the same sides is planned
    ("between-bodies-told", "2025-03-05",
     LEAD + "В пятницу прошло заседание Псковской областной организации ветеранов войны и "
     "труда. В нём участвовал министр социального развития Псковской области Иван Петров."
     "\n\nГоворили о работе по договору о взаимодействии между министерством и "
     "ветеранской организацией, заключённому в 2020 году. Стороны решили "
     "подготовить проект нового соглашения.\n",
     [("mentioned", "2020"), ("planned", "")]),
    # an addendum beside its base is a record of its own; "с ними" of the sentence before
    ("addendum-beside-base", "2025-04-10",
     LEAD + "— Много лет работаем с Псковским отделением общества «Знание». Договор с ними "
     "заключили ещё в 2018 году, а в ноябре прошлого года стороны продлили его, подписав "
     "дополнительное соглашение.\n",
     [("mentioned", "2018"), ("mentioned", "2024-11")]),
    # a programme of cooperation in force is an agreement
    ("cooperation-programme", "2025-03-05",
     LEAD + "Управление социальной защиты Псковской области и Псковский агротехнический "
     "колледж вчера подписали соглашение об обучении социальных работников. С центром "
     "занятости колледж сотрудничает давно: программа "
     "сотрудничества по трудоустройству выпускников действует с 2020 года.\n",
     [("mentioned", "2020"), ("signed", "2025-03-04")]),
    # negative: a programme of anything else is none
    ("other-programme", "2025-03-05",
     LEAD + "Управление социальной защиты Псковской области и Псковский агротехнический "
     "колледж вчера подписали соглашение об обучении социальных работников. Программа "
     "поддержки занятости молодёжи действует с 2020 года.\n",
     [("signed", "2025-03-04")]),
]


@pytest.mark.parametrize(("case", "published", "text", "expected"), RECORDS,
                         ids=[r[0] for r in RECORDS])
def test_records(models, case: str, published: str, text: str, expected: list) -> None:
    assert statuses_dates(models, text, published) == expected


def test_between_them_sides(models) -> None:
    """"соглашение между ними" takes the council named as the "с" partner."""
    text = LEAD + ("Добавим, что с 2018 года управление социальной защиты Псковской области "
                   "сотрудничает с Псковским районным обществом инвалидов: договор между ними "
                   "действует до 2027 года.\n")
    [(_, _, parties)] = status_date_parties(models, text, "2025-03-03")
    assert any("обществ" in p for p in parties) and len(parties) == 2


# (id, sentence, the lemma of the noun the roadmap stands for)
APPOSED = [
    ("brackets", "Стороны подписали план совместных действий («дорожную карту») на год.",
     "план"),
    ("object", "Стороны подписали дорожную карту на год.", "карта"),
    ("of-roadmap", "Стороны обсудили план по реализации дорожной карты.", "карта"),
]


@pytest.mark.parametrize(("case", "text", "expected"), APPOSED, ids=[r[0] for r in APPOSED])
def test_apposed_object(models, case: str, text: str, expected: str) -> None:
    sent = parsed_analysis(models, text).sentences[0]
    k = next(n for n, t in enumerate(sent.tokens) if t.lemma == "карта")
    assert sent.tokens[apposed_object(sent, k)].lemma == expected


# (id, sentence, is the agreement noun an ordinal item "Первый — соглашение ...")
ORDINAL_ITEMS = [
    ("item", "Второй — соглашение с АО «Псковхлеб» о стажировках.", True),
    ("with-verb", "Второе соглашение подпишут с АО «Псковхлеб».", False),
    ("no-ordinal", "Главное — соглашение с АО «Псковхлеб».", False),
]


@pytest.mark.parametrize(("case", "text", "expected"), ORDINAL_ITEMS,
                         ids=[r[0] for r in ORDINAL_ITEMS])
def test_ordinal_item_named(models, case: str, text: str, expected: bool) -> None:
    sent = parsed_analysis(models, text).sentences[0]
    k = next(n for n, t in enumerate(sent.tokens) if t.lemma == "соглашение")
    assert ordinal_item_named(sent, k) is expected


# (id, text, is a count of documents told in the two sentences before the last)
COUNTS = [
    ("two-documents", "Завтра стороны подпишут два документа. Первый — договор с фондом.",
     True),
    ("no-count", "Завтра стороны подпишут документ. Первый — договор с фондом.", False),
]


@pytest.mark.parametrize(("case", "text", "expected"), COUNTS, ids=[r[0] for r in COUNTS])
def test_count_told_before(models, case: str, text: str, expected: bool) -> None:
    sents = parsed_analysis(models, text).sentences
    assert (count_told_before(sents, len(sents) - 1) is not None) is expected


# (id, sentence, is the noun "программа" a programme of cooperation)
PROGRAMMES = [
    ("cooperation", "Программа сотрудничества действует с 2020 года.", True),
    ("interaction", "Стороны утвердят программу взаимодействия на три года.", True),
    ("other", "Программа реабилитации действует с 2020 года.", False),
    ("state", "Государственная программа поддержки занятости продлена.", False),
]


@pytest.mark.parametrize(("case", "text", "expected"), PROGRAMMES,
                         ids=[r[0] for r in PROGRAMMES])
def test_cooperation_programme(models, case: str, text: str, expected: bool) -> None:
    sent = parsed_analysis(models, text).sentences[0]
    k = next(n for n, t in enumerate(sent.tokens) if t.lemma == "программа")
    assert cooperation_programme(sent, k) is expected


AGR90_FUNCTIONS = [("coreference", "signed_in_earlier_year"),
                   ("candidate_signers", "apposed_object"),
                   ("candidate_signers", "cooperation_programme"),
                   ("agreement_sides", "_pronoun_between"),
                   ("agreement_sides", "_partner_of_sentence_before"),
                   ("agreements", "plan_told_before"),
                   ("agreement_lists", "ordinal_item_named"),
                   ("agreement_lists", "count_told_before"),
                   ("merge_rules", "between_bodies_told"),
                   ("merge_rules", "new_between_told"),
                   ("merge_rules", "addendum_of_told")]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, AGR90_FUNCTIONS)
