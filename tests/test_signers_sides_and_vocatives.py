"""Signatories that recur in regional news: a side phrase's body and an
interview's vocative read as persons, a rare first name the NER misses, people introduced
by a participation clause and taken up by a collective "Они подписали", and a
sentence that only intends a signing giving a signer to an older agreement. Probes are
written for this file; every dev-round text where a cause appeared is checked against its
gold in ``test_signers_dev_round_instances.py``."""

from __future__ import annotations

from typing import Any

import pytest
from probes import agreements_of, signers_of

from soccoop.extract import signers
from soccoop.extract.syntax import ensure_parsed

PUB = "2025-11-14"

# people introduced by a participation clause, then "Они подписали документ"
PARTICIPATED = (
    "Тамбовская и Липецкая области будут вместе обучать сиделок. Двустороннее соглашение "
    "заключено в Тамбове на форуме «Забота рядом». В церемонии участвовали министр "
    "социальной защиты Тамбовской области Марина Грачёва и начальник управления социальной "
    "политики Липецкой области Денис Карпов. Они подписали документ сроком на пять лет.")

# a side phrase names a fund the NER tags as a person
SIDES = (
    "В Хабаровске подписано трёхстороннее соглашение между министерством социальной защиты "
    "Хабаровского края, министерством социальной защиты Еврейской автономной области и "
    "отделением Социального фонда по Хабаровскому краю. Со стороны края документ подписала "
    "Елена Ворошилова, со стороны ЕАО — министр Павел Громов, со стороны Соцфонда — "
    "управляющий отделением Игорь Нечай.")

# the interviewer addresses the minister by first name and patronymic
INTERVIEW = (
    "Министр труда и социальной защиты Калужской области Павел Коновалов ответил на вопросы "
    "редакции.\n"
    "— Павел Андреевич, весной вы подписали соглашение с Брянской областью. Что оно даёт?\n"
    "— Мы подписали его 14 апреля вместе с министром социальной защиты Брянской области "
    "Олегом Шевцовым.")

# a rare first name the dictionary reads as something else, apposed to a post
RARE_FIRST = (
    "Вчера в Кызыле Фонд «Опора» и Союз ветеранов Тувы заключили соглашение о "
    "сотрудничестве. Документ подписали директор фонда Ольга Ивановна Смирнова и "
    "председатель Союза Сэсэг Дашиева.")

# an older agreement recalled, then someone only ready to sign a new one
READY = (
    "Псковская область готовит новое соглашение с Гродненской областью о социальной "
    "реабилитации.\n\n"
    "Напомним, между Псковской областью и Гродненской областью с 2019 года действует "
    "соглашение о культурном сотрудничестве. В его рамках психологи из Пскова уже трижды "
    "проходили обучение в Гродно.\n\n"
    "Председатель комитета по труду Гродненского облисполкома Виктор Лукашевич в разговоре "
    "с редакцией подтвердил, что гродненская сторона готова подписать документ в любой "
    "удобный день.")


PROBES = [
    (PARTICIPATED, ("signed",), [["Денис Карпов", "Марина Грачёва"]]),
    (SIDES, ("signed",), [["Елена Ворошилова", "Игорь Нечай", "Павел Громов"]]),
    (RARE_FIRST, ("signed",), [["Ольга Ивановна Смирнова", "Сэсэг Дашиева"]]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "statuses", "expected"), PROBES)
def test_probes_give_signers(models: Any, text: str, statuses: tuple[str, ...],
                             expected: list[list[str]]) -> None:
    assert signers_of(models, text, PUB, statuses=statuses) == expected


NEGATIVES = [
    # the fund after "со стороны" is no person
    (SIDES, {"Соцфонд", "Соцфонда"}),
    # the vocative is the interviewee addressed, not a third person
    (INTERVIEW, {"Павел Андреевич"}),
    # one ready to sign a new document signed neither it nor the older one
    (READY, {"Виктор Лукашевич"}),
    # a participation clause with no collective signing after it names guests only
    ("Соглашение о сотрудничестве между Тамбовской и Липецкой областями заключено на "
     "форуме. В церемонии участвовали депутат Игорь Фомин и ректор Анна Белова. Затем "
     "гости осмотрели выставку.", {"Игорь Фомин", "Анна Белова"}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "not_signers"), NEGATIVES)
def test_not_signers(models: Any, text: str, not_signers: set[str]) -> None:
    records = agreements_of(models, text, PUB)
    assert records  # the agreement itself is still found
    found = {n for a in records for n in a.signatories}
    assert not found & not_signers


def _sentence(models: Any, text: str, n: int = 0) -> Any:
    analysis = models.analyse(text)
    return analysis, ensure_parsed(analysis.sentences[n], models)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    ("Со стороны Соцфонда — управляющий Игорь Нечай.", {"Игорь Нечай"}),
    ("Со стороны Ивана Петрова документ подписал Олег Котов.", {"Ивана Петрова", "Олег Котов"}),
    ("— Анна Викторовна, вы подписали соглашение?", set()),
    ("Анна Викторовна Петрова подписала соглашение.", {"Анна Викторовна Петрова"}),
])
def test_not_a_signer_name(models: Any, text: str, expected: set[str]) -> None:
    analysis, sent = _sentence(models, text)
    spans = [s for s in analysis.spans if s.type == "PER"]
    kept = {s.text for s in signers.signer_persons(analysis, sent, spans)}
    assert kept == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    ("Министр подтвердил, что сторона готова подписать документ.", True),
    ("Губернаторы намерены подписать его в мае.", True),
    ("Губернаторы намерены подписать соглашение в мае.", False),
    ("Министры подписали соглашение и готовы подписать ещё одно.", False),
    ("Министр прибыл, чтобы подписать соглашение.", False),
    ("Стороны обсудили сотрудничество.", False),
])
def test_only_intended_signing(models: Any, text: str, expected: bool) -> None:
    assert signers.only_intended_signing(_sentence(models, text)[1]) is expected


@pytest.mark.slow
def test_cli_ingest_and_list_participation(listed_rows: Any) -> None:
    rows = listed_rows({"tambov.txt": PARTICIPATED}, "--kind", "agreements", "--format", "jsonl",
                       "--limit", "0")
    assert [(r["status"], sorted(r["signatories"])) for r in rows] == [
        ("signed", ["Денис Карпов", "Марина Грачёва"])]
