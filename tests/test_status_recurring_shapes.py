"""Agreement status of shapes that recur in regional news: probes written for this file,
several wordings per cause, each with the statuses extraction should give in the record's
order (signed, planned, mentioned), and negatives that keep the other status. One test
runs the CLI end to end."""

from __future__ import annotations

from typing import Any

import pytest
from probes import agreements_of

PUB = "2025-06-10"

# (id, text, statuses in the record's order)
PROBES: list[tuple[str, str, list[str]]] = [
    # --- a past signing in a relative clause on the noun, under words of possibility ---
    ("relative-past-year-possible",
     "Обмен специалистами стал возможным благодаря соглашению между Омской и Томской "
     "областями, которое министры подписали ещё в 2023 году.", ["mentioned"]),
    ("relative-last-year-plan-after",
     "Теперь станет возможным продолжить работу в рамках соглашения между Курской и "
     "Белгородской областями, которое стороны подписали осенью прошлого года.",
     ["mentioned"]),
    ("relative-root-misparse",
     "Летний отдых детей стал возможным благодаря договору о сотрудничестве между "
     "Пензенской областью и Алтайским краем, который главы двух регионов заключили ещё в "
     "2022 году.", ["mentioned"]),
    # negative: the relative clause tells a signing to come
    ("neg-relative-future",
     "Соглашение между Курской и Белгородской областями, которое министры подпишут в "
     "2026 году, касается обмена опытом.", ["planned"]),
    # --- an extension only intended: the base agreement signed in a past year ---------
    ("extension-intended-base",
     "Министерство социальной защиты Омской области и министерство труда Томской области "
     "решили продлить соглашение о сотрудничестве, которое было заключено в 2022 году.",
     ["mentioned"]),
    ("extension-intended-participle",
     "Комитет по труду Псковской области и министерство социальной политики Калужской "
     "области намерены продлить договор о сотрудничестве, подписанный в прошлом году.",
     ["mentioned"]),
    # negative: a signing intended of a document drafted in a past year is still a plan
    ("neg-signing-intended-drafted",
     "Министерство социальной защиты Омской области и министерство труда Томской области "
     "договорились подписать соглашение о сотрудничестве, которое было подготовлено в "
     "2024 году.", ["planned"]),
    # --- the agreement as the cause of what the clause calls possible -----------------
    ("cause-participle",
     "Реабилитация детей стала возможна благодаря договору о сотрудничестве между Курской "
     "областью и Республикой Крым, заключённому в прошлом году.", ["mentioned"]),
    ("cause-bare",
     "Благодаря соглашению с Пермским краем удастся открыть новые маршруты для туристов "
     "из Удмуртии.", ["mentioned"]),
    # negative: a possible agreement, no cause, is still a plan
    ("neg-possible-agreement",
     "Возможное соглашение между Омской и Томской областями обсудили министры.",
     ["planned"]),
    # --- background "в рамках" / "действует" / "по соглашению" --------------------------
    ("frame-in-force-since",
     "С 2021 года действует соглашение между Курской и Белгородской областями о "
     "сотрудничестве в социальной сфере.", ["mentioned"]),
    ("frame-within",
     "В рамках соглашения между Омской и Томской областями специалисты обменялись опытом.",
     ["mentioned"]),
    ("frame-by-agreement-present",
     "По соглашению с Пермским краем дети из Удмуртии проходят реабилитацию в пермских "
     "центрах.", ["mentioned"]),
    # --- a plan voiced in a quote or reported speech -----------------------------------
    ("quote-future-first-person",
     "«Соглашение с Белгородской областью мы подпишем осенью», — сказал министр "
     "социальной защиты Курской области Иван Петров.", ["planned"]),
    ("reported-plan",
     "Министр труда Омской области Анна Орлова рассказала, что весной рассчитывает "
     "подписать соглашение с Томской областью.", ["planned"]),
    # --- a signing next to a planned follow-up document --------------------------------
    ("signing-and-follow-up",
     "Министерство социальной защиты Курской области и министерство социальной политики "
     "Белгородской области подписали соглашение о сотрудничестве, а в следующем году "
     "планируют заключить дополнительное соглашение о трудовой мобильности.",
     ["signed", "planned"]),
    # --- signing shapes of status: agreed and signed, sealed, signed under, named agents -
    ("agreed-then-signed-active",
     "Министры согласовали и подписали договор о взаимодействии между Пермским краем и "
     "Удмуртией.", ["signed"]),
    ("agreed-then-signed-passive",
     "Договор о взаимодействии между Пермским краем и Удмуртией согласован и подписан.",
     ["signed"]),
    ("sealed-short-participle",
     "Договор о взаимодействии между Пермским краем и Удмуртией скреплён подписями "
     "министров.", ["signed"]),
    ("signed-under-past",
     "Под договором о взаимодействии Пермского края и Удмуртии подписались министр Ольга "
     "Лебедева и министр Пётр Гусев.", ["signed"]),
    ("signed-under-future",
     "Под договором о взаимодействии Пермского края и Удмуртии подпишутся министр Ольга "
     "Лебедева и министр Пётр Гусев.", ["planned"]),
    ("named-agents-participle",
     "Подписанный министром Ольгой Лебедевой и министром Петром Гусевым договор о "
     "взаимодействии между Пермским краем и Удмуртией рассчитан на пять лет.", ["signed"]),
    # negatives: sealing to come; agreeing a text with no signing is a draft
    ("neg-signatures-to-come",
     "Министры поставят подписи под договором о взаимодействии между Пермским краем и "
     "Удмуртией в июле.", ["planned"]),
    ("neg-agreed-only",
     "Министры согласовали текст договора о взаимодействии между Пермским краем и "
     "Удмуртией.", ["planned"]),
    # --- status46: a renewal is signed, as an extension is -------------------------------
    ("renewal-resigned",
     "Министерство социальной защиты Курской области и министерство труда Белгородской "
     "области перезаключили соглашение о сотрудничестве.", ["signed"]),
    ("renewal-resigned-past-year",
     "В среду Омская и Томская области перезаключили соглашение о сотрудничестве в "
     "социальной сфере.", ["signed"]),
    # negative: a renewal still to come is planned
    ("neg-renewal-future",
     "Министерство социальной защиты Курской области и министерство труда Белгородской "
     "области перезаключат соглашение о сотрудничестве в декабре.", ["planned"]),
]


def test_probes_are_varied() -> None:
    """Every status among the answers, ids unique, negatives present."""
    ids = [p[0] for p in PROBES]
    assert len(set(ids)) == len(ids)
    assert {s for p in PROBES for s in p[2]} == {"signed", "planned", "mentioned"}
    assert sum(i.startswith("neg-") for i in ids) >= 4


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"),
                         [pytest.param(t, e, id=i) for i, t, e in PROBES])
def test_status_probe(models: Any, text: str, expected: list[str]) -> None:
    assert [a.status for a in agreements_of(models, text, PUB)] == expected


@pytest.mark.slow
def test_cli_background_agreement_under_possibility(listed_rows: Any) -> None:
    """A user ingests a report whose agreement made something possible and was signed
    years ago: ``soccoop list`` shows it as mentioned, dated by its year."""
    text = ("Опубликовано 10.06.2025\n\n"
            "Поездка школьников стала возможной благодаря соглашению между Омской и Томской "
            "областями, которое губернаторы подписали ещё в 2023 году.\n")
    records = listed_rows({"omsk.txt": text}, "--format", "jsonl", "--limit", "0")
    assert len(records) == 1
    agreements = records[0]["agreements"]
    assert [(a["status"], a["date"]) for a in agreements] == [("mentioned", "2023")]
