"""many2: agreements whose partners are told after the signing sentence. After a count
("подписало соглашения с тремя предприятиями"), "Партнёрами выступили:" opens dash lines,
one partner a line, each line's "в лице" person its signer and the count side's collective
signer ("От имени министерства соглашения подписал ...") signing each; "партнёрами центра
стали A, B и C" lists them in its own sentence, read from the list's marks where the tagger
names fewer, dated by the sentence's own day; a plan's partners follow a counted partner
noun and a dash ("ещё с двумя компаниями — A и B"). A count naming no partner gives no
record; a name with an inner "и" is no list. Every probe is written here, in words of its
own."""

from __future__ import annotations

import probes
import pytest

LEAD = "Новости\n\n"

MIN = "Министерство труда Псковской области"

# (id, text after the lead, expected (status, sorted sides) rows, sorted); published
# 2025-05-20
RECORDS = [
    # dash lines after "Партнёрами выступили:": one agreement per line
    ("colon-dash-lines",
     f"{MIN} 19 мая подписало соглашения о партнёрстве с тремя предприятиями "
     "области. Работодатели обязуются создать места для выпускников колледжей, "
     "а министерство — подобрать кандидатов и оплатить их наставников.\n\n"
     "Церемония прошла в областной администрации. Партнёрами выступили:\n"
     "— АО «Псковский кабельный завод» в лице директора Олега Смирнова — 10 мест;\n"
     "— ООО «Северная пристань» в лице директора Павла Орлова — 4 места;\n"
     "— АО «Великолукский молочный комбинат» в лице директора Петра Ильина.\n"
     "Первые выпускники колледжей выйдут на работу уже в июле, сообщили в пресс-службе "
     "министерства.",
     [("signed", sorted([MIN, "АО «Великолукский молочный комбинат»"])),
      ("signed", sorted([MIN, "АО «Псковский кабельный завод»"])),
      ("signed", sorted([MIN, "ООО «Северная пристань»"]))]),
    # "партнёрами центра стали A, B и C" after a count: one agreement each, the list read
    # from its commas and "и" where the tagger names fewer bodies
    ("became-list",
     "Центр «Забота» заключил соглашения о партнёрстве с тремя организациями "
     "района. Сегодня партнёрами центра стали фонд «Опора», районная библиотека и "
     "агрофирма «Нива».",
     [("signed", sorted(["Центр «Забота»", "Фонд «Опора»"])),
      ("signed", sorted(["Центр «Забота»", "Районная библиотека"])),
      ("signed", sorted(["Центр «Забота»", "Агрофирма «Нива»"]))]),
    # a plan's partners after a counted partner noun and a dash
    ("plan-after-dash",
     f"{MIN} 19 мая подписало соглашение с АО «Псковский кабельный завод». Летом "
     "такие же соглашения министерство рассчитывает заключить с двумя заводами — "
     "ООО «Северная пристань» и АО «Великолукский молочный комбинат».",
     [("planned", sorted([MIN, "АО «Великолукский молочный комбинат»"])),
      ("planned", sorted([MIN, "ООО «Северная пристань»"])),
      ("signed", sorted([MIN, "АО «Псковский кабельный завод»"]))]),
    # negative: a count naming no partner, and a colon closing no list
    ("count-unnamed",
     f"{MIN} 19 мая подписало соглашения с тремя предприятиями области. Партнёрами "
     "выступили:\nРаботодатели создадут места для выпускников колледжей.",
     []),
]


@pytest.mark.parametrize(("case", "tail", "expected"), RECORDS, ids=[r[0] for r in RECORDS])
def test_records(models, case: str, tail: str, expected: list[tuple[str, list[str]]]) -> None:
    assert probes.status_parties(models, LEAD + tail, "2025-05-20") == sorted(expected)


# the collective signer signs each line's agreement, with the line's own "в лице" signer
SIGNERS = (
    f"{MIN} 19 мая подписало соглашения о партнёрстве с двумя предприятиями области. "
    "Работодатели обязуются создать места для выпускников колледжей, а "
    "министерство — подобрать кандидатов и оплатить их наставников.\n\n"
    "От имени министерства соглашения подписал министр Иван Петрович Сидоров. "
    "Партнёрами выступили:\n"
    "— АО «Псковский кабельный завод» в лице директора Олега Смирнова;\n"
    "— ООО «Северная пристань» в лице директора Павла Орлова.\n"
    "Церемония прошла в областной администрации, а первые выпускники колледжей выйдут на "
    "работу уже в июле, сообщили в пресс-службе министерства.")


def test_line_signers(models) -> None:
    assert sorted(probes.signers_of(models, LEAD + SIGNERS, "2025-05-20")) == [
        ["Иван Петрович Сидоров", "Олег Смирнов"],
        ["Иван Петрович Сидоров", "Павел Орлов"]]


MANY2_FUNCTIONS = [("agreement_lists", "partner_lines"),
                   ("agreement_lists", "nominative_conjuncts"),
                   ("agreement_lists", "verb_after_partner_noun"),
                   ("agreement_lists", "dash_after_counted_partner"),
                   ("agreements", "collective_of_count"),
                   ("agreements", "partner_line_signers")]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, MANY2_FUNCTIONS)
