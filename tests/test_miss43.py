"""miss43: missed agreements pooled over the dev rounds and classed; passes for the
tripartite shapes the pooling found missed (government, unions and employers) and for
background agreements told beside the story's own.

- a legal form's letters alone are no company (``agreements._company``: "НАО" written alone is
  the Nenets okrug), and social-labour relations are a subject of the social sphere
  (``lexicon.SOCIAL_SPHERE_WORDS``), so ``social_sphere`` keeps a territorial tripartite
  agreement with a plant among its sides;
- the sides listed between dashes after "стороны" in the sentence that signs, or plans to
  sign, the document told just before (``agreement_sides.sides_aside_signing``);
- an earlier term of a line of agreements ("действующее соглашение на 2020–2023 годы")
  stays a record apart from the new term's (``digest_items`` reads two covered periods as two
  agreements, ``merge_rules.older_term_aside`` keeps "Новое соглашение" off it) and takes the
  line's sides (``merge_extra.earlier_term`` in ``stages_of_one_history``); a mentioned
  agreement whose covered years ended before another's signing or plan year is not that one
  (``merge_rules.term_ended_before``);
- a signing told at the time of one signed before ("Одновременно", "тогда же"), on a
  subject of its own, is another agreement of that occasion
  (``merge_rules.another_signing_at_once``, ``digest_items._continues``);
- a holder's "у"-phrase between a since-month and the verb of being in force
  (``signing_dates._past_holder``: "С марта у управления действует соглашение").

The negatives keep the passes to those shapes: a company's agreement about building, a
dash aside with no signing, an in-force agreement with no period, a term still running, an
in-force month ahead. Every probe is written here, in words of its own."""

from __future__ import annotations

from types import SimpleNamespace

import probes
import pytest

from soccoop.extract.agreements import _company

LEAD = "Новости\n\n"
TRIPARTITE = ("Правительство Ивановской области, Ивановский областной союз профсоюзов и Союз "
              "работодателей Ивановской области подписали ")
NEW_TERM = TRIPARTITE + "областное трёхстороннее соглашение на 2024–2027 годы. "
NEWS = ("Управление социальной защиты Орловской области и фонд «Тёплый кров» подписали "
        "соглашение о помощи одиноким пенсионерам 3 сентября. ")

# (id, published, text, a word of every side the record must name, its status, its text date
# or "-" when the date is not what the row probes)
RECORDS = [
    # social_sphere: social-labour relations are the social sphere, a plant among the sides
    ("labour-relations-with-plant", "2024-02-05",
     LEAD + "Администрация Лесного муниципального округа, координационный совет профсоюзов "
     "округа и ООО «Лесной механический завод» подписали территориальное трёхстороннее "
     "соглашение об урегулировании социально-трудовых отношений в округе.\n",
     ("администрация", "завод"), "signed", "-"),
    # sides_aside_signing: the sides between dashes after "стороны" of the next sentence
    ("sides-between-dashes", "2025-10-10",
     LEAD + "Комиссия приняла за основу проект трёхстороннего соглашения на 2027–2030 "
     "годы. Подписать документ стороны — Правительство Тверской области, Федерация "
     "профсоюзов Тверской области и Союз промышленников Тверской области — намерены в "
     "ноябре.\n",
     ("правительство", "федерация", "союз промышленников"), "planned", "2025-11"),
    # digest_items + older_term_aside + earlier_term: the term in force on a digest page
    ("earlier-term-on-digest", "2024-12-27",
     LEAD + "• ТРУД\n" + NEW_TERM + "Вице-губернатор отметил: действующее соглашение на "
     "2020–2023 годы исполнено почти полностью. Новое соглашение закрепляет рост "
     "зарплат.\n• ПОГОДА\nВ области ожидаются морозы.\n",
     ("правительство", "союз профсоюзов", "союз работодателей"), "mentioned", None),
    # term_ended_before: the results of a term over before the signing's year
    ("ended-term-results", "2022-12-20",
     LEAD + TRIPARTITE + "соглашение о минимальной оплате труда на 2023 год. Также "
     "стороны подвели итоги выполнения областного трёхстороннего соглашения на 2019–2021 "
     "годы. Новое трёхстороннее соглашение на 2023–2026 годы стороны планируют подписать "
     "весной.\n",
     ("правительство", "союз профсоюзов", "союз работодателей"), "mentioned", None),
    # _past_holder: the holder's "у"-phrase between the month and "действует"
    ("in-force-month-past-holder", "2024-10-05",
     LEAD + NEWS + "С марта у управления действует соглашение с Орловским медицинским "
     "колледжем.\n",
     ("колледж",), "mentioned", "2024-03"),
]

# (id, published, text, a word of a side no record may have with the status, or None: the
# status no record may have at all)
NOT_RECORDS = [
    # a company's agreement about building stays outside the social sphere
    ("company-building", "2024-02-05",
     LEAD + "Администрация Лесного муниципального округа и ООО «Лесной механический завод» "
     "подписали соглашение о строительстве в Лесном нового цеха.\n",
     "завод", "signed"),
    # no signing in the sentence of the dash aside: no sides from it, no record
    ("dash-aside-no-signing", "2025-10-10",
     LEAD + "Комиссия приняла за основу проект трёхстороннего соглашения на 2027–2030 "
     "годы. Обсудить документ стороны — Правительство Тверской области, Федерация "
     "профсоюзов Тверской области и Союз промышленников Тверской области — намерены в "
     "ноябре.\n",
     "федерация", "planned"),
    # the agreement in force with no period of its own is the one just signed
    ("in-force-no-period", "2024-12-27",
     LEAD + NEW_TERM + "Вице-губернатор отметил: действующее соглашение исполнено почти "
     "полностью.\n",
     "профсоюз", "mentioned"),
    # a term still running is no older agreement
    ("running-term", "2024-12-20",
     LEAD + TRIPARTITE + "соглашение о минимальной оплате труда на 2025 год. Также "
     "стороны подвели итоги первого года трёхстороннего соглашения, рассчитанного на "
     "2024–2026 годы.\n",
     "профсоюз", "mentioned"),
]

# (id, published, text, how many signed records)
SIGNED_COUNTS = [
    # another_signing_at_once (and digest_items): a second signing of the same occasion
    ("signing-at-once", "2023-12-20",
     LEAD + TRIPARTITE + "областное трёхстороннее соглашение на 2024–2027 годы. Одновременно "
     "стороны подписали соглашение о минимальной оплате труда в Ивановской области на 2024 "
     "год.\n", 2),
    ("signing-at-once-on-digest", "2023-12-20",
     LEAD + "• ТРУД\n" + TRIPARTITE + "областное трёхстороннее соглашение на 2024–2027 годы. "
     "Одновременно те же стороны подписали соглашение о минимальной оплате труда в "
     "Ивановской области на 2024 год.\n• ПОГОДА\nВ области ожидаются морозы.\n", 2),
    # negative: an appendix of the same agreement, no subject of its own
    ("appendix-at-once", "2023-12-20",
     LEAD + "• ТРУД\n" + TRIPARTITE + "областное трёхстороннее соглашение на 2024–2027 годы. "
     "Одновременно стороны подписали и приложение к соглашению.\n• ПОГОДА\nВ области "
     "ожидаются морозы.\n", 1),
]

# (id, published, text, the dates of the signed records) _told_at: the reach of
# "Одновременно" counts from the sentence stating the first signing's day
SIGNED_DATES = [
    ("at-once-after-the-day", "2023-12-22",
     LEAD + TRIPARTITE + "областное трёхстороннее соглашение на 2024–2027 годы. Подписи "
     "под документом поставлены 20 декабря. Соглашение закрепляет рост зарплат. «Мы долго "
     "спорили. Но договорились», — отметил губернатор. «Рады итогу», — добавил лидер "
     "профсоюзов. Одновременно стороны подписали соглашение о минимальной оплате труда "
     "в Ивановской области на 2024 год.\n", ["2023-12-20", "2023-12-20"]),
]

# (id, published, text, a word of the record's side, a date it must not have)
NOT_DATED = [
    # entry into force ahead, past the holder's phrase
    ("in-force-month-ahead", "2024-10-05",
     LEAD + NEWS + "С марта у управления будет действовать соглашение с Орловским "
     "медицинским колледжем.\n",
     "колледж", "2024-03"),
]

# (side name, is it a company?)
COMPANIES = [
    ("НАО", False),
    ("ООО", False),
    ("НАО «Северная верфь»", True),
    ("ООО «Лесной механический завод»", True),
    ("Ненецкое окружное объединение профсоюзов", False),
]


def _named(a, word: str) -> bool:
    return any(word in (p.name or "").lower() for p in a.parties)


@pytest.mark.parametrize(("case", "published", "text", "words", "status", "date"), RECORDS,
                         ids=[r[0] for r in RECORDS])
def test_records(models, case: str, published: str, text: str, words: tuple[str, ...],
                 status: str, date: str | None) -> None:
    got = probes.agreements_of(models, text, published)
    found = [a for a in got if a.status == status and all(_named(a, w) for w in words)]
    assert found, [(a.status, probes.party_names(a)) for a in got]
    if date != "-":
        assert any(probes.text_date(a) == date for a in found), \
            [(a.status, probes.text_date(a)) for a in found]


@pytest.mark.parametrize(("case", "published", "text", "word", "status"), NOT_RECORDS,
                         ids=[r[0] for r in NOT_RECORDS])
def test_not_records(models, case: str, published: str, text: str, word: str,
                     status: str) -> None:
    got = probes.agreements_of(models, text, published)
    assert not [a for a in got if a.status == status and _named(a, word)], \
        [(a.status, probes.party_names(a)) for a in got]


@pytest.mark.parametrize(("case", "published", "text", "word", "wrong"), NOT_DATED,
                         ids=[r[0] for r in NOT_DATED])
def test_not_dated(models, case: str, published: str, text: str, word: str,
                   wrong: str) -> None:
    got = [a for a in probes.agreements_of(models, text, published) if _named(a, word)]
    assert got, "the side's record is found"
    assert all(probes.text_date(a) != wrong for a in got)


@pytest.mark.parametrize(("case", "published", "text", "count"), SIGNED_COUNTS,
                         ids=[r[0] for r in SIGNED_COUNTS])
def test_signed_counts(models, case: str, published: str, text: str, count: int) -> None:
    got = probes.agreements_of(models, text, published)
    assert [a.status for a in got].count("signed") == count, \
        [(a.status, probes.party_names(a)) for a in got]


@pytest.mark.parametrize(("case", "published", "text", "dates"), SIGNED_DATES,
                         ids=[r[0] for r in SIGNED_DATES])
def test_signed_dates(models, case: str, published: str, text: str, dates: list[str]) -> None:
    got = [a.date for a in probes.agreements_of(models, text, published) if a.status == "signed"]
    assert got == dates, got


@pytest.mark.parametrize(("name", "expected"), COMPANIES, ids=[r[0] for r in COMPANIES])
def test_company(name: str, expected: bool) -> None:
    # no models: none of these names has a legal form after its first word, so the
    # dictionary is never read (an empty namespace would fail if it were)
    assert _company(SimpleNamespace(name=name), SimpleNamespace()) is expected  # type: ignore[arg-type]


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, agreements=("_company",),
                                          agreement_sides=("sides_aside_signing",),
                                          agreement_types=("other_periods",),
                                          merge_rules=("older_term_aside", "term_ended_before",
                                                       "another_signing_at_once", "at_once_apart"),
                                          candidate_status=("signed_at_once",),
                                          agreement_dates=("_told_at",),
                                          merge_extra=("earlier_term",),
                                          signing_dates=("_past_holder",))
