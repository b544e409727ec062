"""Agreements and status: a plural verb's subject the parse misses,
a counted noun's partners, a counted group of private people, "по соглашению" as the
agreement told before, a retracted clause, a list of partners in an official's report, a
year in review. Every probe is written here, in words of its own."""

from __future__ import annotations

import pytest
from probes import agreement_records

PUB = "2025-05-14"


def records(models, text, published=PUB):
    """(status, sorted party names) of each agreement the text gives."""
    return agreement_records(models, text, published, "status", "parties")


KUR = "Правительство Курской области"
BRY = "Правительство Брянской области"
LIP = "Министерство социального развития Липецкой области"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # _unparsed_plural_subject: "правительства" after a month reads as its genitive,
        # but only a nominative plural can agree with "подписали"
        ("В марте правительства Курской области и Брянской области подписали договор о "
         "взаимодействии в сфере социального обслуживания.",
         [("signed", sorted([KUR, BRY]))]),
        # ... and the verb that has its subject keeps it
        ("В марте правительство Курской области подписало договор о взаимодействии в "
         "сфере социального обслуживания с правительством Брянской области.",
         [("signed", sorted([KUR, BRY]))]),
    ],
)
def test_plural_subject_the_parse_misses(models, text, expected):
    assert records(models, text) == expected


@pytest.mark.slow
def test_counted_agreements_split_by_partner(models):
    # "два соглашения — с A и с B": one agreement per partner, each with the subject
    text = ("Министерство социального развития Липецкой области в среду заключило три "
            "соглашения — с Липецким государственным педагогическим университетом, с "
            "Липецким медицинским колледжем и с Липецким отделением Российского Красного "
            "Креста.")
    got = records(models, text)
    assert len(got) == 3
    assert all(status == "signed" and LIP in names and len(names) == 2
               for status, names in got)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "count"),
    [
        # _counted_subject: "30 студентов заключили": people signing for themselves
        ("На ярмарке вакансий 30 студентов техникумов заключили с предприятиями договоры о "
         "прохождении практики.", 0),
        # a counted body is a side all the same
        ("Два министерства Курской области заключили с правительством Брянской области "
         "договоры о сотрудничестве.", None),
    ],
)
def test_counted_private_people_sign_no_agreement(models, text, count):
    got = records(models, text)
    if count is None:
        assert got  # not dropped as private
    else:
        assert len(got) == count


@pytest.mark.slow
@pytest.mark.parametrize(
    ("follow", "count"),
    [
        # "по соглашению" as the ground of the verb: the agreement just told
        ("По соглашению курские семьи участников СВО смогут отдыхать в брянских "
         "санаториях.", 1),
        # "по соглашению сторон" stays no agreement; the told one alone
        ("По договору курские инвалиды смогут получать протезы в Брянске.", 1),
    ],
)
def test_terms_by_dative(models, follow, count):
    text = ("Правительство Курской области и Правительство Брянской области подписали "
            "соглашение о сотрудничестве в социальной сфере. " + follow)
    got = records(models, text)
    assert len(got) == count
    assert got[0] == ("signed", sorted([KUR, BRY]))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("note", "count"),
    [
        # _retracted: what a correction says was wrong is no second signing
        ("Уточнение: ранее в материале неверно сообщалось, что договор подписали вице-"
         "губернаторы двух областей в понедельник.", 1),
        ("Поправка. В первой версии заметки ошибочно написано, что соглашение заключено "
         "в Брянске.", 1),
    ],
)
def test_retracted_clause_is_no_record(models, note, count):
    text = ("Правительство Курской области и Правительство Брянской области 12 мая "
            "подписали соглашение о сотрудничестве в социальной сфере.\n\n" + note)
    got = records(models, text)
    assert len(got) == count
    assert got[0] == ("signed", sorted([KUR, BRY]))


@pytest.mark.slow
def test_unretracted_report_is_kept(models):
    # the same clause under a plain report verb is a signing
    text = ("В пресс-службе сообщили, что соглашение о сотрудничестве в социальной сфере "
            "подписали Правительство Курской области и Правительство Брянской области.")
    assert records(models, text) == [("signed", sorted([KUR, BRY]))]


PARAGRAPH = (
    "Курск и Брянск договорились о помощи семьям\n\n"
    "В понедельник правительства Курской области и Брянской области подписали соглашение "
    "о сотрудничестве в сфере социальной защиты.\n\n"
    "По соглашению брянские семьи с детьми-инвалидами смогут проходить реабилитацию в "
    "курских центрах.\n\n"
    "Исправление: в первой версии новости ошибочно указано, что соглашение подписали в "
    "Курске.\n"
)


@pytest.mark.slow
def test_cli_end_to_end(listed_rows):
    rows = listed_rows({"kursk.txt": PARAGRAPH}, "--kind", "agreements", "--format", "jsonl",
                       "--limit", "0")
    got = sorted((r["status"], sorted(p["name"] for p in r["parties"])) for r in rows)
    assert got == [("signed", sorted([KUR, BRY]))]


@pytest.mark.parametrize(
    ("head", "date", "status"),
    [
        # _year_in_review: a head that takes the year as its span keeps a month of it
        ("Чем запомнился уходящий год в социальной сфере", "2025-03", "signed"),
        # a head about something else: a signing of March is background in November
        ("Как регионы помогают семьям участников СВО", "2025-03", "mentioned"),
        # a year with a number is a date, not the report's span
        ("Соцзащита в 2025 году: новые выплаты", "2025-03", "mentioned"),
        # the year in review covers its own year only
        ("Чем запомнился уходящий год в социальной сфере", "2024-03", "mentioned"),
    ],
)
def test_year_in_review_keeps_its_months(models, head, date, status):
    from soccoop.extract.status import background_signing
    text = head + "\n\nВ марте министерства двух областей подписали соглашение."
    analysis = models.analyse(text)
    sents = analysis.sentences
    body = sents[-1]
    got = background_signing("signed", date, "2025-11-20", body, sents[:-1],
                             lambda a, b: [], {"RU-KRS", "RU-BRY"})
    assert got == status


@pytest.mark.slow
def test_list_of_partners_in_an_officials_report(models):
    # _reporter_list_side: the official's body is the side of each partner
    text = ("Министр социального развития Липецкой области Ольга Петрова напомнила, что "
            "аналогичные соглашения регион уже заключил с Курской и Орловской областями.")
    got = records(models, text)
    assert len(got) == 2
    assert all(any("Липецкой" in n for n in names) and len(names) == 2
               for _, names in got)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("existing", "count"),
    [
        # _in_force_now: an agreement in force between other bodies is its own record
        ("Соглашение между управлением по делам инвалидов Курской области и комитетом "
         "социальной защиты Брянской области уже действует.", 2),
        # a bare reference to the planned one joins it
        ("Подписание договора намечено на пятницу.", 1),
    ],
)
def test_agreement_in_force_is_not_the_planned_one(models, existing, count):
    text = ("Курская и Брянская области подпишут соглашение о реабилитации инвалидов. " +
            existing)
    got = records(models, text)
    assert len(got) == count
    assert ("planned", sorted(["Курская область", "Брянская область"])) in got
