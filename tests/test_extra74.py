"""extra74: which agreements get no record. A subheading that names an agreement by its
partner, over the paragraph that tells that agreement, is its heading; a singular agreement
noun under "каждый", "любой" or "всякий" speaks of agreements in general. Every probe is
written here, in words of its own."""

from __future__ import annotations

import probes
import pytest
from probes import agreement_records

PUB = "2024-11-15"

_REPORT_HEAD = (
    "Коллегия министерства социальной защиты Курской области подвела итоги года\n\n"
    "В пятницу в Курске прошло расширенное заседание коллегии регионального министерства "
    "социальной защиты.\n\n")

RECORDS = [
    # (id, text, sorted (status, number of sides) of each record expected)
    ("subheading-over-its-signing",  # fails on b74dev: the heading's mentioned record too
     _REPORT_HEAD +
     "Соглашение с Социальным фондом\n\n"
     "В завершение заседания министерство социальной защиты Курской области и Курское "
     "отделение Социального фонда России скрепили подписями соглашение о передаче данных "
     "о семьях с детьми-инвалидами.\n\n"
     "Министр поблагодарила сотрудников отрасли за работу.",
     [("signed", 2)]),
    # guard: a heading naming a partner the next paragraph's record lacks keeps its record
    ("heading-of-another-partner",
     _REPORT_HEAD +
     "Соглашение с Союзом пенсионеров\n\n"
     "В завершение заседания министерство социальной защиты Курской области и Курское "
     "отделение Социального фонда России скрепили подписями соглашение о передаче данных "
     "о семьях с детьми-инвалидами.",
     [("mentioned", 1), ("signed", 2)]),
    ("every-agreement-in-a-quote",  # fails on b74dev: a plan of "каждое соглашение"
     "На коллегии министерства социальной защиты Курской области подписаны соглашения с "
     "партнёрами: с Курским отделением Социального фонда России и с Курским "
     "государственным университетом.\n\n"
     "«Каждое соглашение открывает нашим подопечным новые двери, и мы продолжим "
     "эту работу», — сказала министр социальной защиты Курской области Ирина Петрова.",
     [("signed", 1), ("signed", 1)]),
    # guard of the whole reading: a quote after a signing leaves the signing its record
    ("behind-every-agreement",
     "В среду министерство социальной защиты Курской области и Курское отделение "
     "Социального фонда России скрепили подписями соглашение о передаче данных о семьях с "
     "детьми-инвалидами.\n\n"
     "«За любым таким договором стоят живые люди», — подчеркнула министр.",
     [("signed", 2)]),
]


def _shape(models, text: str) -> list[tuple[str, int]]:
    return sorted((status, len(parties)) for status, parties in
                  agreement_records(models, text, PUB, "status", "parties"))


@pytest.mark.parametrize(("case", "text", "expected"), RECORDS, ids=[c[0] for c in RECORDS])
def test_records_of_agreements(models, case: str, text: str, expected: list) -> None:
    if case == "every-agreement-in-a-quote":  # its point: no plan of its own, whatever the sides
        assert [status for status, _ in _shape(models, text)] == [s for s, _ in expected]
        return
    assert _shape(models, text) == expected


HEADINGS = [
    # (id, text, index of the sentence, a heading)
    ("bare-line", "Итоги года\n\nСоглашение с Социальным фондом\n\nМинистр выступила.", 1,
     True),
    ("line-after-a-colon", "Итоги\n\nГлавное событие дня: соглашение с фондом\n\nДалее.", 1,
     True),
    # guards: a verb, a number, a stop at its end, a sentence within a paragraph, a long line
    ("verb", "Итоги\n\nФонд «Рассвет» продлил соглашение\n\nДалее.", 1, False),
    ("participle", "Итоги\n\nСоглашение с фондом подписано\n\nДалее.", 1, False),
    ("number", "Итоги\n\nГод соглашению с фондом: 300 семей\n\nДалее.", 1, False),
    ("stop", "Итоги\n\nСоглашение с фондом.\n\nДалее.", 1, False),
    ("within-a-paragraph", "Министр выступила. Соглашение с фондом\n\nДалее.", 1, False),
    ("long-line",
     "Итоги\n\nСоглашение министерства социальной защиты области с региональным "
     "отделением Социального фонда и с университетом\n\nДалее.", 1, False),
]


@pytest.mark.parametrize(("case", "text", "index", "expected"), HEADINGS,
                         ids=[c[0] for c in HEADINGS])
def test_verbless_line(models, case: str, text: str, index: int, expected: bool) -> None:
    from soccoop.extract.merge_extra import _verbless_line

    sents = probes.parsed_analysis(models, text).sentences
    assert _verbless_line(sents[index], text) is expected


EVERY = [
    # (id, sentence, the agreement noun a determiner of every member qualifies)
    ("dative", "По каждому соглашению у нас есть график работ.", True),
    ("participle-and-pronoun-between",
     "«Каждое заключённое нами соглашение — это помощь людям», — сказала министр.", True),
    ("instrumental", "За любым таким договором стоят живые люди.", True),
    ("vsyakiy", "Всякий меморандум требует плана.", True),
    # guards: a subject "каждый" of a verb, a plural counted noun, a partner's determiner,
    # a noun between
    ("subject-of-a-verb", "Каждый подписал договор о сотрудничестве с фондом.", False),
    ("plural-counted", "Каждое из трёх соглашений вступит в силу в январе.", False),
    ("partner-determiner", "Министерство подписало соглашение с каждым районом.", False),
    ("noun-between", "Каждое ведомство подписало соглашение с фондом.", False),
]


@pytest.mark.parametrize(("case", "text", "expected"), EVERY, ids=[c[0] for c in EVERY])
def test_every_agreement(models, case: str, text: str, expected: bool) -> None:
    from soccoop.extract.agreements import every_agreement

    sent = probes.first_sentence(models, text)
    k = next(i for i, t in enumerate(sent.tokens)
             if t.lemma in {"соглашение", "договор", "меморандум"})
    assert every_agreement(sent.tokens, k) is expected


NEW = [("merge_extra", "subheading_over_its_record"), ("merge_extra", "_verbless_line"),
       ("agreements", "every_agreement")]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, NEW)
