"""agr36: an agreement whose sides the text names nearby in a shape the side steps missed.

- a body named through its staff among the subjects ("X и иркутские коллеги из
  министерства Y планируют подписать", "представители министерства Y и X подписали"):
  ``agreements.staff_subject_body``;
- officials set off by dashes after a subject post ("председатели комитетов — депутат A и
  депутат B — договорились подготовить соглашение"): ``coreference.dashed_subject_names``.

Each text has a headline above it, the shape of the news it was seen in: a headline naming
no side founds the record its body joins, so the body's own sides are all it has.
"""

from __future__ import annotations

import pytest
from probes import agreements_of, named_rows, party_names

STAFF = [
    ("colleagues-second",
     "В Улан-Удэ подготовят соглашение о занятости людей с инвалидностью\n"
     "Министерство социальной защиты населения Республики Бурятия и иркутские коллеги из "
     "министерства социального развития Иркутской области планируют подписать соглашение "
     "о сотрудничестве.",
     "planned",
     ["Министерство социального развития Иркутской области",
      "Министерство социальной защиты населения Республики Бурятия"]),
    ("colleagues-first",
     "В Чите подготовят соглашение о реабилитации\n"
     "Забайкальские коллеги из министерства труда и социальной защиты Забайкальского края и "
     "Министерство социальной защиты населения Республики Бурятия намерены заключить "
     "соглашение о сотрудничестве.",
     "planned",
     ["Министерство социальной защиты населения Республики Бурятия",
      "Министерство труда и социальной защиты Забайкальского края"]),
    ("partners-signed",
     "В Барнауле подписано соглашение о социальном туризме\n"
     "Министерство труда Республики Алтай и партнёры из министерства социальной защиты "
     "Алтайского края подписали соглашение о сотрудничестве.",
     "signed",
     ["Министерство социальной защиты Алтайского края", "Министерство труда Республики Алтай"]),
    ("representatives-genitive",
     "В Омске подписали соглашение о поддержке семей участников СВО\n"
     "Представители министерства труда и социального развития Омской области и министерство "
     "социального развития Новосибирской области подписали соглашение о сотрудничестве.",
     "signed",
     ["Министерство социального развития Новосибирской области",
      "Министерство труда и социального развития Омской области"]),
]


NOT_STAFF = [
    # guests at the signing, in the genitive under "в присутствии": not a side
    ("staff-outside-the-subject",
     "В Омске подписали соглашение о поддержке семей\n"
     "Министерство труда Омской области и министерство социального развития "
     "Новосибирской области подписали соглашение о сотрудничестве в присутствии коллег "
     "из министерства социальной защиты Томской области.",
     None,
     ["Министерство социального развития Новосибирской области",
      "Министерство труда Омской области"]),
]


DASHED = [
    ("deputies-of-two-parliaments",
     "Депутаты двух регионов готовят соглашение\n"
     "Председатели комитетов по социальной политике двух парламентов — омский депутат Иван "
     "Петров и томский депутат Мария Соколова — договорились подготовить соглашение о "
     "взаимодействии.",
     ["Омская область", "Томская область"]),
    ("ministers-with-posts",
     "Министры договорились о сотрудничестве\n"
     "Министры социальной защиты двух регионов — министр социального развития Омской области "
     "Владимир Куприянов и министр социальной защиты Томской области Ольга Заречнева — "
     "договорились подготовить соглашение о сотрудничестве.",
     ["Министерство социального развития Омской области",
      "Министерство социальной защиты Томской области"]),
]


def test_dashed_officials_of_one_region_are_no_two_sides(models):
    # both officials of one region: not the two sides of an inter-regional agreement
    text = ("Депутаты готовят соглашение\n"
            "Председатели двух комитетов — омский депутат Иван Петров и омский депутат Мария "
            "Соколова — договорились подготовить соглашение о взаимодействии.")
    found = agreements_of(models, text, published="2025-10-01")
    assert all(len(a.parties) < 2 for a in found)


REPORTER = [
    ("reporter-after-a-dash",
     "Новое соглашение о сотрудничестве\n"
     "Министерство социальной защиты Омской области и министерство труда Томской области "
     "планируют подписать соглашение о сотрудничестве — об этом рассказал омский "
     "депутат Иван Петров.",
     None,
     ["Министерство социальной защиты Омской области", "Министерство труда Томской области"]),
]


# (text, the one record's status (None: not probed), its sides): a body named through its
# staff is a side, staff outside the subject is none; officials set off by dashes give the
# sides of a plan; a reporter after a dash is no side
@pytest.mark.parametrize("text, status, sides", named_rows(
    STAFF + NOT_STAFF + [(n, t, "planned", sides) for n, t, sides in DASHED] + REPORTER))
def test_sides_of_the_one_record(models, text, status, sides):
    (a,) = agreements_of(models, text, published="2025-10-01")
    assert status is None or a.status == status
    assert party_names(a) == sides


# quoted_relative_day: a quoted "сегодня" retelling a signing dated before
QUOTED = [
    ("today-in-quote-after-yesterday",
     "Вчера министр труда Омской области Иван Петров и министр социальной защиты Томской "
     "области Мария Соколова подписали соглашение о сотрудничестве между министерством труда "
     "Омской области и министерством социальной защиты Томской области.\n"
     "«Соглашение, которое мы сегодня подписали с томскими коллегами, — это план работы», — "
     "отметил Иван Петров.",
     1),
    ("today-in-quote-after-a-date",
     "12 марта в Омске министерство труда Омской области и министерство социальной защиты "
     "Томской области подписали соглашение о сотрудничестве.\n"
     "«Мы сегодня подписали соглашение с томскими коллегами, и оно начнёт работать сразу», — "
     "сказал министр труда Омской области Иван Петров.",
     1),
]


@pytest.mark.parametrize("text, count", named_rows(QUOTED))
def test_quoted_today_retells_the_dated_signing(models, text, count):
    found = agreements_of(models, text, published="2025-03-14")
    assert len([a for a in found if a.status == "signed"]) == count


def test_quoted_today_with_another_partner_stays_apart(models):
    text = ("12 марта в Омске министерство труда Омской области и министерство социальной "
            "защиты Томской области подписали соглашение о сотрудничестве.\n"
            "«А сегодня мы подписали соглашение о сотрудничестве с министерством социального "
            "развития Новосибирской области», — сказал министр труда Омской области Иван "
            "Петров.")
    found = agreements_of(models, text, published="2025-03-14")
    assert [party_names(a) for a in found] == [
        ["Министерство социальной защиты Томской области", "Министерство труда Омской области"],
        ["Министерство социального развития Новосибирской области",
         "Министерство труда Омской области"]]


def test_in_speech_reads_open_quotes_only():
    from soccoop.extract.agreements import in_speech as _in_speech

    text = "Заключено с АНО «Доброе дело» сегодня.\n«Мы сегодня подписали», — сказал он."
    assert not _in_speech(text, text.index("сегодня"))
    assert _in_speech(text, text.rindex("сегодня"))
    assert not _in_speech(text, text.index("сказал"))


# time_adjunct: "в прошлый четверг", "во вторник" after the agreement noun is no subject
RETOLD = [
    ("last-thursday-and-building",
     "Департамент социального развития Тюменской области и департамент социальной защиты "
     "населения Ямало-Ненецкого автономного округа заключили соглашение о взаимодействии в "
     "сфере сопровождения участников специальной военной операции.\n"
     "Руководители подписали соглашение в прошлый четверг в здании окружного правительства."),
    ("on-tuesday",
     "Министерство труда Омской области и министерство социальной защиты Томской области "
     "заключили соглашение о сотрудничестве в сфере занятости инвалидов.\n"
     "Министры подписали соглашение во вторник в здании областного правительства."),
]


@pytest.mark.parametrize("text", named_rows(RETOLD))
def test_signing_retold_with_its_time_is_one_agreement(models, text):
    found = agreements_of(models, text, published="2025-10-20")
    assert len(found) == 1
    assert " о " in found[0].title  # the named subject, not "в прошлый четверг"


@pytest.mark.parametrize("text, title", [
    ("Министерство труда Омской области и министерство социальной защиты Томской области "
     "подписали соглашение в сфере социальной защиты.", "Соглашение в сфере социальной защиты"),
    ("Министерство труда Омской области и министерство социальной защиты Томской области "
     "подписали соглашение в этом году в Омске.", "Соглашение"),
])
def test_title_keeps_a_sphere_and_drops_a_time(models, text, title):
    (a,) = agreements_of(models, text, published="2025-10-20")
    assert a.title == title
