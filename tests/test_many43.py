"""many43: one body, many partners. A "с" list of partners the parser hangs deep inside the
agreement's topic ("соглашения о партнёрстве в деле трудоустройства выпускников
коррекционных школ с АО «A», ООО «B» и ООО «C»"; districts by coordinated adjectives after a
programme's name) is the noun's own list, one agreement each; the body a subjectless signing
is held in ("в министерстве ... подписаны соглашения с A и B") is the host side of each; a
partner named only on its signer's line after a signing sentence ending in a colon ("со
стороны районов — главы:" / "• Верхнего района — Имя;") is one agreement with the shared
side, or one joint record under a singular document. Negatives: a place or a building as the
venue, a subject of the signing, lines naming no person. Every probe is written here, in
words of its own."""

from __future__ import annotations

import probes
import pytest

LEAD = "Новости\n\n"

MIN = "Министерство социального развития Орловской области"

# (id, text after the lead, expected (status, sorted sides) rows, sorted); published
# 2025-03-14
RECORDS = [
    # partners hung deep in the topic's chain of nouns: one agreement each
    ("deep-topic-list",
     f"{MIN} 12 марта подписало соглашения о партнёрстве в деле трудоустройства "
     "выпускников коррекционных школ с АО «Орёлмаш», ООО «Ливенский хлеб» и "
     "ООО «Мценская пристань».",
     [("signed", sorted([MIN, "АО «Орёлмаш»"])),
      ("signed", sorted([MIN, "ООО «Ливенский хлеб»"])),
      ("signed", sorted([MIN, "ООО «Мценская пристань»"]))]),
    # districts by coordinated adjectives after a programme's quoted name
    ("deep-topic-districts",
     "Вчера министр социального развития Орловской области Ольга Гринёва подписала "
     "соглашения о реализации программы «Тёплый дом» с Верховским, Колпнянским и "
     "Хотынецким муниципальными районами.",
     [("signed", sorted([MIN, "Верховский муниципальный район"])),
      ("signed", sorted([MIN, "Колпнянский муниципальный район"])),
      ("signed", sorted([MIN, "Хотынецкий муниципальный район"]))]),
    # the body a subjectless signing is held in is the host side
    ("venue-host-one",
     "Вчера в министерстве социального развития Орловской области подписано "
     "соглашение о взаимодействии с фондом «Рука друга».",
     [("signed", sorted([MIN, "Фонд «Рука друга»"]))]),
    ("venue-host-list",
     "12 марта в министерстве социального развития Орловской области подписаны "
     "соглашения о партнёрстве с АО «Орёлмаш» и ООО «Ливенский хлеб».",
     [("signed", sorted([MIN, "АО «Орёлмаш»"])),
      ("signed", sorted([MIN, "ООО «Ливенский хлеб»"]))]),
    # negatives: a place and a building are no host
    ("venue-town-no-host",
     "Вчера в Ливнах подписано соглашение о взаимодействии с фондом «Рука друга».",
     [("signed", ["Фонд «Рука друга»"])]),
    ("venue-building-no-host",
     "12 марта в Доме правительства Орловской области подписаны соглашения о "
     "партнёрстве с АО «Орёлмаш» и ООО «Ливенский хлеб».",
     [("signed", ["АО «Орёлмаш»"]), ("signed", ["ООО «Ливенский хлеб»"])]),
]


@pytest.mark.parametrize(("case", "tail", "expected"), RECORDS, ids=[r[0] for r in RECORDS])
def test_records(models, case: str, tail: str, expected: list[tuple[str, list[str]]]) -> None:
    assert probes.status_parties(models, LEAD + tail, "2025-03-14") == sorted(expected)


FUND = "Фонд «Опора»"

# signer lines after a colon: plural agreements, one per line, each with its line's signer
PER_LINE = (
    f"{FUND} 12 марта заключил соглашения о помощи одиноким пенсионерам с тремя "
    "центрами досуга района.\n\n"
    "Подписи под соглашениями поставили директор фонда Анна Белова и директора "
    "центров:\n"
    "• Лесного центра досуга — Олег Сомов;\n"
    "• Речного центра досуга — Пётр Рябов;\n"
    "• Озёрного центра досуга — Илья Гусев.\n\n"
    "По условиям соглашений центры выделят помещения для встреч, а фонд оплатит работу "
    "двух социальных работников. «Мы давно искали партнёров в сёлах», — рассказала Анна "
    "Белова. Волонтёры фонда будут навещать пенсионеров дважды в неделю.")

# one document: one joint record of every line's body
JOINT = (
    "12 марта в администрации Ливен подписан меморандум о создании клуба «Добрые "
    "соседи». Это один общий документ для города и трёх фондов.\n\n"
    "Подписи под меморандумом поставили глава города Сергей Ткачёв и руководители "
    "фондов:\n"
    "— благотворительного фонда «Опора» — директор Анна Белова;\n"
    "— благотворительного фонда «Рука друга» — председатель Олег Сомов;\n"
    "— благотворительного фонда «Свеча» — директор Пётр Рябов.\n\n"
    "Клуб откроется весной в здании бывшего кинотеатра. Фонды возьмут на себя работу "
    "волонтёров и досуг пожилых горожан, а администрация — ремонт помещения. «Город "
    "давно ждал такого клуба», — сказал Сергей Ткачёв.")

# lines naming no person: no partner of theirs
NO_PERSON = (
    f"{FUND} 12 марта заключил соглашения о помощи одиноким пенсионерам с двумя "
    "сельскими поселениями района. Подписи поставили:\n"
    "— представители Лесного сельского поселения;\n"
    "— представители Речного сельского поселения.\n\n"
    "Волонтёры фонда будут навещать пенсионеров дважды в неделю.")


def test_signer_lines_per_partner(models) -> None:
    rows = probes.status_parties(models, LEAD + PER_LINE, "2025-03-14")
    assert rows == sorted([
        ("signed", sorted([FUND, "Лесной центр досуга"])),
        ("signed", sorted([FUND, "Речной центр досуга"])),
        ("signed", sorted([FUND, "Озёрный центр досуга"]))])
    assert sorted(probes.signers_of(models, LEAD + PER_LINE, "2025-03-14")) == [
        ["Анна Белова", "Илья Гусев"], ["Анна Белова", "Олег Сомов"],
        ["Анна Белова", "Пётр Рябов"]]


def test_signer_lines_one_document(models) -> None:
    records = [a for a in probes.agreements_of(models, LEAD + JOINT, "2025-03-14")
               if a.status == "signed"]
    assert len(records) == 1
    names = probes.party_names(records[0])
    for fund in ("«Опора»", "«Рука друга»", "«Свеча»"):
        assert any(fund in n for n in names)
    assert sorted(records[0].signatories) == ["Анна Белова", "Олег Сомов", "Пётр Рябов",
                                              "Сергей Ткачёв"]


def test_signer_lines_need_a_person(models) -> None:
    names = {n for a in probes.agreements_of(models, LEAD + NO_PERSON, "2025-03-14")
             for n in probes.party_names(a)}
    assert not any("поселение" in n for n in names)


MANY43_FUNCTIONS = [("agreement_sides", "topic_partner"),
                    ("agreement_sides", "_topic_partner_word"),
                    ("agreement_sides", "venue_host_side"),
                    ("agreement_lists", "sides_before_topic"),
                    ("agreement_lists", "_item_sides"),
                    ("signer_lines", "signer_lines"),
                    ("signer_lines", "partners_of_signer_lines"),
                    ("signer_lines", "_signer_line"),
                    ("signer_lines", "_genitive_body"),
                    ("signer_lines", "_one_side"),
                    ("coreference", "signer_line_partners")]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, MANY43_FUNCTIONS)
