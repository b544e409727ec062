"""Signers in the sentence shapes of ``extract.signer_shapes``: a list of
signers after a colon, a meeting's participants taken up by "стороны подписали", a
signer written with initials in a coordinated subject, a signing retold as developing an
older agreement, and the announced signers of a planned agreement (a reader behind a
switch). Every probe is written here, in words of its own; the negatives are attendees
listed after a colon, a contact block, speakers, a meeting before a plan, and people the
text names who did not sign."""

from __future__ import annotations

import pytest
from probes import agreements_of, parsed_analysis, signers_of

from soccoop.extract import signer_shapes

PUB = "2025-10-02"

SIGNED = ("В Пскове подписано соглашение о сотрудничестве между Комитетом по социальной "
          "защите Псковской области и Министерством социальной защиты населения Тверской "
          "области.\n\n")

COLON_DASHES = (SIGNED + "Документ подписали:\n"
                "— председатель Комитета по социальной защите Псковской области Ирина "
                "Лебедева;\n"
                "— министр социальной защиты населения Тверской области Олег Смирнов.\n\n"
                "Стороны будут обмениваться опытом работы с семьями.\n")

COLON_BULLETS = (SIGNED + "Подписи под документом поставили:\n"
                 "– председатель Комитета по социальной защите Псковской области Ирина "
                 "Лебедева;\n"
                 "– первый заместитель министра социальной защиты населения Тверской "
                 "области Николай Горохов.\n")

ATTENDEES = (SIGNED + "На церемонии присутствовали:\n"
             "— депутат Псковского областного Собрания Анна Волкова;\n"
             "— ректор Псковского государственного университета Пётр Зайцев.\n")

CONTACTS = (SIGNED + "Контакты для прессы:\n"
            "— начальник отдела информации Мария Кротова, тел. 29-15-00;\n"
            "— главный специалист Ольга Дёмина.\n")

SPEAKERS = (SIGNED + "На пресс-подходе выступили:\n"
            "— губернатор Псковской области Михаил Ведерников;\n"
            "— сенатор Андрей Турчак.\n")

VISIT = ("Министр социального развития Оренбургской области Татьяна Гончарова побывала с "
         "рабочим визитом в Самаре. ")

MET = ("Министр встретилась с министром социально-демографической политики Самарской "
       "области Андреем Ковалёвым. Руководители обсудили работу социальных "
       "координаторов. ")

SIGNED_BY_SIDES = ("Затем стороны подписали соглашение о сотрудничестве между Министерством "
                   "социального развития Оренбургской области и Министерством "
                   "социально-демографической политики Самарской области.")

INITIALS = ("По словам министра социальной защиты Курской области Анны Захаровой, в регионе "
            "работают двадцать центров социального обслуживания. Вчера в Курске А.В. "
            "Захарова и директор департамента социальной защиты Белгородской области Игорь "
            "Волков подписали соглашение о сотрудничестве между Министерством социальной "
            "защиты Курской области и Департаментом социальной защиты Белгородской "
            "области.")

RETOLD = ("Сегодня в Калуге подписано соглашение о сотрудничестве между Министерством труда "
          "Калужской области и Министерством труда Брянской области. Документ подписали "
          "министр Иван Соколов и министр Елена Орлова. Соглашение заключено в развитие "
          "соглашения о сотрудничестве между Правительством Калужской области и "
          "Правительством Брянской области, подписанного в 2021 году.")

PLANNED = ("Министерство социальной защиты Омской области и Министерство труда Новосибирской "
           "области подпишут соглашение о сотрудничестве. Его подпишут министр Омской "
           "области Вера Кузнецова и министр Новосибирской области Григорий Белов.")


PROBES = [
    # a dashed list after "Документ подписали:"
    (COLON_DASHES, [["Ирина Лебедева", "Олег Смирнов"]]),
    # en dashes after "Подписи под документом поставили:"
    (COLON_BULLETS, [["Ирина Лебедева", "Николай Горохов"]]),
    # people who met, taken up by "стороны подписали"
    (VISIT + MET + SIGNED_BY_SIDES, [["Андрей Ковалёв", "Татьяна Гончарова"]]),
    # both named in the meeting, "провёл встречу с", a sentence between
    ("Губернатор Омской области Виталий Хоценко провёл рабочую встречу с губернатором "
     "Новосибирской области Андреем Травниковым. Главы регионов обсудили строительство "
     "реабилитационного центра. Вечером стороны подписали "
     "соглашение о сотрудничестве между Правительством Омской области и Правительством "
     "Новосибирской области.", [["Андрей Травников", "Виталий Хоценко"]]),
    # numbered items
    (SIGNED + "Соглашение подписали:\n"
     "1) председатель Комитета по социальной защите Псковской области Ирина Лебедева;\n"
     "2) министр социальной защиты населения Тверской области Олег Смирнов.\n",
     [["Ирина Лебедева", "Олег Смирнов"]]),
    # two who met joined in the subject
    ("В Омске встретились губернатор Омской области Виталий Хоценко и губернатор "
     "Новосибирской области Андрей Травников. Главы регионов обсудили строительство "
     "реабилитационного центра. Вечером стороны подписали соглашение о сотрудничестве "
     "между Правительством Омской области и Правительством Новосибирской области.",
     [["Андрей Травников", "Виталий Хоценко"]]),
    # initials in a coordinated subject, named in full before
    (INITIALS, [["Анна Захарова", "Игорь Волков"]]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), PROBES)
def test_shapes_give_signers(models, text, expected):
    assert signers_of(models, text, PUB) == expected


NEGATIVES = [
    # attendees, a contact block and speakers listed after a colon did not sign
    (ATTENDEES, {"Анна Волкова", "Пётр Зайцев"}),
    (CONTACTS, {"Мария Кротова", "Ольга Дёмина"}),
    (SPEAKERS, {"Михаил Ведерников", "Андрей Турчак"}),
    # a meeting more than the reach before a collective signing gives no one
    (VISIT + MET + "Делегация посетила дом-интернат. Гости осмотрели мастерские. "
     "Вечером прошёл концерт. " + SIGNED_BY_SIDES, {"Андрей Ковалёв", "Татьяна Гончарова"}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "not_signers"), NEGATIVES)
def test_people_who_did_not_sign(models, text, not_signers):
    found = {n for a in agreements_of(models, text, PUB) for n in a.signatories}
    assert not found & not_signers
    assert signers_of(models, text, PUB)  # the signed agreement itself is still found


@pytest.mark.slow
def test_meeting_before_a_plan_gives_no_signers(models):
    """"Стороны договорились подготовить соглашение" after a meeting is a plan: nobody
    has signed it."""
    text = VISIT + MET + ("Стороны договорились подготовить соглашение о сотрудничестве в "
                          "сфере социального туризма.")
    assert all(a.signatories == [] for a in agreements_of(models, text, PUB))


@pytest.mark.slow
def test_list_after_colon_belongs_to_the_signing_before_it(models):
    """The list reaches no agreement read later in the text, and stops at the first line
    that is no item ("Стороны будут обмениваться ..." names nobody, but a later person
    line would not be read)."""
    text = COLON_DASHES + ("\nНапомним, в 2020 году действует соглашение между "
                           "Правительством Псковской области и Правительством Тверской "
                           "области.\n")
    recs = agreements_of(models, text, PUB)
    assert [sorted(a.signatories) for a in recs if a.status == "signed"] == [
        ["Ирина Лебедева", "Олег Смирнов"]]
    assert all(a.signatories == [] for a in recs if a.status != "signed")


@pytest.mark.slow
def test_retold_signing_keeps_signers_off_the_older_agreement(models):
    recs = agreements_of(models, RETOLD, PUB)
    with_signers = [a for a in recs if a.signatories]
    assert len(with_signers) == 1
    assert sorted(with_signers[0].signatories) == ["Елена Орлова", "Иван Соколов"]
    assert {p.name for p in with_signers[0].parties} == {
        "Министерство труда Калужской области", "Министерство труда Брянской области"}


@pytest.mark.slow
def test_planned_signers_follow_the_switch(models, monkeypatch):
    """On (the convention since round 8 of issue 9): a planned agreement takes the signers
    announced for it; off: none."""
    assert signers_of(models, PLANNED, PUB, ("planned",)) == [
        ["Вера Кузнецова", "Григорий Белов"]]
    monkeypatch.setattr(signer_shapes, "ANNOUNCED_SIGNERS", False)
    assert signers_of(models, PLANNED, PUB, ("planned",)) == [[]]


COLON_CLAUSES = [
    ("Документ подписали:", True),
    ("Подписи под соглашением поставили:", True),
    ("На подписании присутствовали:", False),
    ("В подписании приняли участие:", False),
    ("Контакты для прессы:", False),
    ("Документ подписали министр Иван Петров и министр Олег Сидоров.", False),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "expected"), COLON_CLAUSES)
def test_colon_signing(models, sentence, expected):
    analysis = parsed_analysis(models, sentence)
    assert signer_shapes.colon_signing(analysis.sentences[0]) is expected


FUTURE = [
    ("Его подпишут министр Вера Кузнецова и министр Григорий Белов.",
     ["Вера Кузнецова", "Григорий Белов"]),
    ("Документ подпишет губернатор Андрей Травников.", ["Андрей Травников"]),
    # past: not an announcement; a signing with a partner of its own: another agreement
    ("Его подписали министр Вера Кузнецова и министр Григорий Белов.", []),
    ("Министр Вера Кузнецова подпишет соглашение с университетом.", []),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "expected"), FUTURE)
def test_future_signers_reader(models, sentence, expected):
    analysis = parsed_analysis(models, sentence)
    found = signer_shapes.future_signers(analysis, analysis.sentences[0], lambda s: [], models)
    assert found == expected


@pytest.mark.slow
def test_cli_ingest_and_list_colon_list(listed_rows):
    rows = listed_rows({"pskov.txt": COLON_DASHES}, "--kind", "agreements", "--format", "jsonl",
                       "--limit", "0")
    assert [(r["status"], r["signatories"]) for r in rows] == [
        ("signed", ["Ирина Лебедева", "Олег Смирнов"])]
