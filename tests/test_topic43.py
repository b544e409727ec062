"""topic43: extra agreements. An agreement the story tells as signed or planned whose own
words (its "о ..." phrase, "в сфере ...", "по вопросам ...", its adjectives) name trade,
industry, investment or farming alone is the economy's business, no record; a framework
only recalled, or a topic with a social word or compound, stays. One signing told twice is
one record: a headline naming a side by the acronym of the «quoted» name within its full
name, and a sentence of signatures right after a signing told without its signers (the
signers' posts naming their bodies otherwise). Every probe is written here, in words of
its own."""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.party_identity import acronym_of_name, same_side

LEAD = "Новости\n\n"

# (id, text after the lead, expected (status, sorted sides) rows, sorted); published
# 2025-03-14
ECONOMY = [
    # positives: trade and science alone, read from "о ..." and from "в ... сферах"
    ("trade-and-science",
     "Правительство Тверской области и Витебский областной исполнительный комитет "
     "Республики Беларусь 12 марта подписали договор о торговле и научно-техническом "
     "обмене.",
     []),
    ("trade-farming-spheres",
     "Правительство Пензенской области и Акимат Карагандинской области Республики "
     "Казахстан 12 марта заключили соглашение о партнёрстве в торговой, инвестиционной "
     "и аграрной сферах.",
     []),
    # negatives: a social compound or a social word in the topic keeps the record
    ("social-compound",
     "Правительство Тверской области и Витебский областной исполнительный комитет "
     "Республики Беларусь 12 марта подписали договор о торговых и социально-культурных "
     "связях.",
     [("signed", sorted(["Правительство Тверской области",
                         "Витебский областной исполнительный комитет Республики Беларусь"]))]),
    ("social-word-in-sphere",
     "Министерство труда Пензенской области и Торгово-промышленная палата Пензенской "
     "области 12 марта заключили соглашение о партнёрстве в сфере торговли и "
     "трудоустройства инвалидов.",
     [("signed", sorted(["Министерство труда Пензенской области",
                         "Торгово-промышленная палата Пензенской области"]))]),
]


@pytest.mark.parametrize(("case", "tail", "expected"), ECONOMY, ids=[r[0] for r in ECONOMY])
def test_economy_topic(models, case: str, tail: str,
                       expected: list[tuple[str, list[str]]]) -> None:
    assert probes.status_parties(models, LEAD + tail, "2025-03-14") == sorted(expected)


def test_recalled_trade_framework_stays(models) -> None:
    """A trade framework only recalled beside the social agreement is kept ("mentioned")."""
    text = (LEAD + "Министерство социальной защиты Тверской области и Комитет по труду "
            "Витебского облисполкома 12 марта заключили соглашение о партнёрстве в области "
            "реабилитации инвалидов. Новый документ продолжает договор о торговле, который "
            "правительства Тверской области и Витебской области подписали в 2016 году.")
    statuses = [status for status, _ in probes.status_parties(models, text, "2025-03-14")]
    assert "signed" in statuses and "mentioned" in statuses


def test_signatures_told_next(models) -> None:
    """Signatures right after a signing told without its signers: one record, three signers."""
    text = (LEAD + "Правительство Тверской области, областной союз профсоюзов и работодатели "
            "12 марта заключили трёхстороннее соглашение сроком на три года. Это произошло на "
            "заседании областной комиссии.\n\nПодписи под ним поставили заместитель "
            "губернатора Тверской области Иван Соколов, председатель Тверского областного "
            "союза профсоюзов Пётр Лебедев и президент Союза промышленников Тверской области "
            "Олег Гусев.")
    got = probes.agreement_records(models, text, "2025-03-14", "status", "signers")
    assert got == [("signed", ["Иван Соколов", "Олег Гусев", "Пётр Лебедев"])]


def test_signatures_with_own_subject_apart(models) -> None:
    """A sentence of signatures naming a subject of its own is another agreement: two records."""
    text = (LEAD + "Министерство социальной защиты Тверской области и Тверской государственный "
            "университет 12 марта подписали соглашение о практике студентов. Соглашение об "
            "отдыхе детей подписали министр социальной защиты Тверской области Иван Соколов и "
            "директор Тверского колледжа сервиса Анна Орлова.")
    mine = "Министерство социальной защиты Тверской области"
    assert probes.status_parties(models, text, "2025-03-14") == sorted([
        ("signed", sorted([mine, "Тверской государственный университет"])),
        ("signed", sorted([mine, "Тверской колледж сервиса"]))])


# (short, full, one side?) for acronym_of_name and same_side
ACRONYMS = [
    ("ВОГ", "Тверское отделение Общероссийской организации «Всероссийское общество глухих»",
     True),
    ("ВОС", "Пензенская региональная организация «Всероссийское общество слепых»", True),
    # negatives: the acronym spells no quoted name; a region's abbreviation names no body
    ("ВОИ", "Пензенская региональная организация «Всероссийское общество слепых»", False),
    ("ТО", "Тверская областная организация «Товарищество охотников»", False),
]


@pytest.mark.parametrize(("short", "full", "one"), ACRONYMS,
                         ids=[r[0] + str(r[2]) for r in ACRONYMS])
def test_acronym_of_quoted_name(models, short: str, full: str, one: bool) -> None:
    regions = ("RU-TVE",) if short == "ТО" else ()
    p = probes.side(models, short, *regions)
    q = probes.side(models, full)
    assert acronym_of_name(p, q) is one
    assert same_side(p, q, models) is one


TOPIC43_FUNCTIONS = [("agreements", "economy_topic_alone"),
                     ("agreements", "_about_phrase_lemmas"),
                     ("party_identity", "acronym_of_name"),
                     ("merge_rules", "same_signers_again"),
                     ("merge_rules", "_signatures_told_next")]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, TOPIC43_FUNCTIONS)
