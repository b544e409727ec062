"""Agreements and status: hearsay and approvals are no signing, a
guest's signing belongs to another agreement, a side named short is the side named in full,
a headline's same-day signing is the body's, a mention of an agreement's terms is the
agreement told before. Every probe is written here, in words of its own."""

from __future__ import annotations

import pytest
from probes import agreement_records, agreements_of, text_date

from soccoop.extract.agreements import (
    _chronicle_year,
    _Party,
    _words_within,
)
from soccoop.extract.merge import _comments_start

PUB = "2025-05-14"


def records(models, text):
    """(status, sorted party names) of each agreement the text gives."""
    return agreement_records(models, text, PUB, "status", "parties")


@pytest.mark.parametrize(
    ("short", "full", "within"),
    [
        ("Министерство труда России",
         "Министерство труда и социальной защиты Российской Федерации", True),
        ("Министерство социальной политики края",
         "Министерство социальной политики Пермского края", True),
        # a bare place is no body of it
        ("Пермский край", "Министерство социальной политики Пермского края", False),
        # another body of the same region
        ("Правительство Пермского края", "Министерство социальной политики Пермского края",
         False),
        # the same name is not "within": nothing shorter to replace
        ("Министерство труда России", "Министерство труда России", False),
        # one word says too little
        ("Министерство", "Министерство труда России", False),
        # an abbreviated region is a word of the name
        ("Министерство труда РД",
         "Министерство труда и социальной защиты Республики Ингушетия", False),
    ],
)
def test_side_named_within_another(models, short, full, within):
    assert _words_within(_Party(short, [], 0, 0, models), _Party(full, [], 0, 0, models)) is within


def test_sides_of_other_regions_are_not_within(models):
    short = _Party("Министерство труда области", ["RU-OMS"], 0, 0, models)
    full = _Party("Министерство труда и занятости Томской области", ["RU-TOM"], 0, 0, models)
    assert _words_within(short, full) is False
    assert _words_within(_Party(short.name, ["RU-TOM"], 0, 0, models), full) is True


PERM = "Правительство Пермского края"
UDM = "Правительство Удмуртской Республики"
KURGAN = "Департамент труда Курганской области"
TYUMEN = "Министерство социальной политики Тюменской области"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hearsay_signing: "якобы" passes a claim on without vouching for it
        ("В соцсетях утверждают, что департамент труда Курганской области якобы подписал "
         "договор о сотрудничестве с министерством социальной политики Тюменской области.",
         [("mentioned", sorted([KURGAN, TYUMEN]))]),
        # ... the same words without it report a signing
        ("В соцсетях пишут, что департамент труда Курганской области подписал "
         "договор о сотрудничестве с министерством социальной политики Тюменской области.",
         [("signed", sorted([KURGAN, TYUMEN]))]),
        # approved_after_signing: a parliament's approval of an agreement called signed
        ("Законодательное собрание одобрило соглашение между правительством Пермского края "
         "и правительством Удмуртской Республики, подписанное в апреле губернаторами.",
         [("mentioned", sorted([PERM, UDM]))]),
        # ... and a ratification
        ("Парламент ратифицировал соглашение между правительством Пермского края и "
         "правительством Удмуртской Республики.",
         [("mentioned", sorted([PERM, UDM]))]),
    ],
)
def test_status_of_hearsay_and_approval(models, text, expected):
    assert records(models, text) == expected


@pytest.mark.slow
def test_guests_signing_is_not_this_agreements(models):
    """_bystanders_signing: the signing the vice-governor attended does not make the older
    agreement he recalls a signed one."""
    text = ("Вице-губернатор Тверской области Олег Смирнов, присутствовавший на подписании, "
            "напомнил, что прежде соглашение у региона было и с Ярославской областью, "
            "однако срок его действия закончился.")
    got = records(models, text)
    assert got, "the recalled agreement is a record"
    assert all(status == "mentioned" for status, _ in got)
    assert any("Ярославская область" in parties for _, parties in got)


@pytest.mark.slow
def test_headline_and_body_of_one_signing(models):
    """heading_tells (side named alike) + _words_within: one record, the ministry named in full."""
    text = ("Договор о трудоустройстве людей с инвалидностью подписан с Минтрудом России\n"
            "Договор о взаимодействии в сфере занятости был подписан 12.05.2025 в Москве "
            "между Министерством труда и социальной защиты Российской Федерации и "
            "Правительством Орловской области.\n")
    assert records(models, text) == [
        ("signed", sorted(["Министерство труда и социальной защиты Российской Федерации",
                           "Правительство Орловской области"]))]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("terms", "records_expected"),
    [
        # _terms_reference: the frame of the terms is the agreement told before
        ("По условиям соглашения в октябре дети из Бийска отдохнут в лагере под "
         "Горно-Алтайском.", 1),
        ("Согласно соглашению, в октябре дети из Бийска отдохнут в лагере под "
         "Горно-Алтайском.", 1),
        # ... but a frame naming sides of its own is its own agreement
        ("В рамках соглашения между Правительством Новосибирской области и Правительством "
         "Томской области, заключенного в 2019 году, дети отдыхают в лагерях соседей.", 2),
    ],
)
def test_mention_of_terms(models, terms, records_expected):
    text = ("Министерство социальной защиты Алтайского края и Министерство труда и социального "
            "развития Республики Алтай подписали соглашение о детском отдыхе. " + terms)
    got = records(models, text)
    assert len(got) == records_expected
    assert ("signed", sorted(["Министерство социальной защиты Алтайского края",
                              "Министерство труда и социального развития Республики Алтай"])) \
        in got


NEWS = (
    "Вологодская область\n"
    "14.05.2025\n"
    "\n"
    "Соглашение о поддержке семей участников СВО подписано с Минтрудом России\n"
    "Соглашение о взаимодействии в сфере социальной поддержки было подписано 13.05.2025 "
    "между Министерством труда и социальной защиты Российской Федерации и Правительством "
    "Вологодской области. По условиям соглашения уже в июне в Череповце откроется центр "
    "помощи семьям. Ранее в сети сообщали, что Правительство Вологодской области якобы "
    "подписало такой же документ с Правительством Архангельской области, но в "
    "правительстве это опровергли: проект соглашения с Архангельской областью пока "
    "дорабатывается.\n"
)


@pytest.mark.slow
def test_cli_ingest_and_list(listed_rows):
    rows = listed_rows({"vologda.txt": NEWS}, "--kind", "agreements", "--format", "jsonl",
                       "--limit", "0")
    got = sorted((r["status"], sorted(p["name"] for p in r["parties"])) for r in rows)
    assert got == [
        ("planned", sorted(["Правительство Архангельской области",
                            "Правительство Вологодской области"])),
        ("signed", sorted(["Министерство труда и социальной защиты Российской Федерации",
                           "Правительство Вологодской области"])),
    ]


@pytest.mark.parametrize(
    ("line", "year"),
    [
        ("2018 — министерства двух областей подписали соглашение.", "2018"),
        ("2021 г. — подписан меморандум.", "2021"),
        ("1999 – области заключили договор.", "1999"),
        # not a chronology entry: the year does not open the line with a dash
        ("В 2018 году министерства подписали соглашение.", None),
        ("2018 год стал годом соглашений.", None),
    ],
)
def test_chronicle_year(models, line, year):
    text = "Хроника\n" + line + "\n"
    analysis = models.analyse(text)
    sent = next(s for s in analysis.sentences if s.text.startswith(line[:8]))
    assert _chronicle_year(text, sent) == year


@pytest.mark.slow
def test_chronicle_entry_is_mentioned(models):
    """A chronology line's year dates the signing it tells: an old agreement."""
    text = ("Министерство труда Омской области и Министерство социального развития "
            "Новосибирской области подписали протокол о намерениях.\n"
            "Хроника\n"
            "2017 — правительства Омской и Новосибирской областей подписали соглашение о "
            "торговом сотрудничестве.\n")
    found = agreements_of(models, text, PUB)
    assert sorted((a.status, text_date(a)) for a in found) == [("mentioned", "2017"),
                                                         ("signed", None)]


@pytest.mark.slow
def test_agreement_planned_after_a_protocol_is_the_next_document(models):
    """_next_step: a protocol of intentions signed, a full agreement planned: two records."""
    text = ("Министерство труда Омской области и Министерство социального развития "
            "Новосибирской области подписали протокол о намерениях в сфере реабилитации. "
            "Министерства намерены до конца года подготовить полноценное соглашение о "
            "сотрудничестве.")
    found = agreements_of(models, text, PUB)
    assert sorted(a.status for a in found) == ["planned", "signed"]


@pytest.mark.parametrize(
    ("tail", "cut"),
    [
        ("Комментарии (2)\nПётр_К, 03.05.2025 18:20\nУ нас тоже был договор.\n", True),
        ("Обсуждение:\nМарина, 3/5/2025, 9:05\nХорошо.\n", True),
        # a heading with no signed comment after it is the article's own
        ("Комментарии\nМинистр пояснил, что договор продлят.\n", False),
        ("Комментарий эксперта (1)\nАнна, 03.05.2025 18:20\nДа.\n", False),
    ],
)
def test_comments_start(tail, cut):
    head = "Области подписали соглашение.\n"
    assert (_comments_start(head + tail) == len(head)) is cut


@pytest.mark.slow
def test_readers_comments_make_no_agreement(models):
    text = ("Министерство труда Омской области и Министерство социального развития "
            "Новосибирской области подписали соглашение о сотрудничестве.\n"
            "Комментарии (1)\n"
            "Олег_В, 14.05.2025 10:15\n"
            "А с Томской областью у нас такое соглашение подписывали ещё в 2016 году.\n")
    found = agreements_of(models, text, PUB)
    assert [a.status for a in found] == ["signed"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # _plural_body_sides: one body of each region joined under a plural subject
        ("Отделения фонда «Поддержка» по Курганской области и по Тюменской области вчера "
         "подписали соглашение о взаимодействии.",
         sorted(["Отделение фонда «Поддержка» по Курганской области",
                 "Отделение фонда «Поддержка» по Тюменской области"])),
        ("Департаменты социальной защиты Курганской области и Тюменской области подписали "
         "соглашение об обмене опытом.",
         sorted(["Департамент социальной защиты Курганской области",
                 "Департамент социальной защиты Тюменской области"])),
    ],
)
def test_plural_body_of_two_regions(models, text, expected):
    assert records(models, text) == [("signed", expected)]
