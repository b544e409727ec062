"""miss47 (round 47): missed agreements pooled over the dev rounds; an agreement told as one
"like" the one reported, with partners of its own, and a "документ" with its partner.

- plural agreements "like the one reported" keep a named "с" partner however far the parse
  hangs it from the noun ("подобные соглашения у центра ... действуют с A и с B":
  ``agreements.partner_of_alike_clause``), and a likened "договор" with a named partner is
  an agreement though no "о ..." follows (``agreements.likened_with_partner``);
- a plural body's head over towns in the genitive gives each town's body as a partner,
  when the parse hangs the second town on the first
  (``agreement_sides.plural_head_towns_members``);
- plural agreements like the one told, signed by two or more named subjects after the
  verb, are one agreement per subject (``agreements.likened_by_subjects``);
- a "документ" with its partner after a dash, a proper noun or an acronym of any case
  (``agreement_sides.dash_partner``), or between sides and signed by the infinitive the
  parser hung it on (``agreements._signing_verb_over``), is an agreement;
- a headline that counts the signings is no record of its own when the body tells as many
  records of one counted noun (``merge_rules.without_headline_counts``).

The negatives keep each reading to its shape: likened agreements spoken of in general, a
lease likened, a bare head "с министерством", subjects named by their kind, a document to
be worked on rather than signed, a headline counting more signings than the body tells.
Every probe is written here, in words of its own."""

from __future__ import annotations

import probes
import pytest

LEAD = "Новости Северного края\n\n"
PUB = "2025-04-18"
SIGNED_CENTRE = LEAD + ("В четверг Северный центр занятости подписал соглашение о "
                        "взаимодействии с ООО «Полярная звезда».\n\n")
SIGNED_ACADEMY = LEAD + ("Министерство социальной защиты Северного края и Северная академия "
                         "искусств подписали соглашение о сотрудничестве.\n\n")
SIGNED_TRIPLE = LEAD + ("В понедельник Министерство труда Северного края подписало "
                        "трёхстороннее соглашение с Центром занятости Северного края и АО "
                        "«Северный никель».\n\n")
SIGNED_UNIVERSITY = LEAD + ("Министерство социальной защиты Северного края и Северный "
                            "университет подписали соглашение о сотрудничестве.\n\n")


def _rows(models, text: str) -> list[tuple[str, list[str]]]:
    return [(a.status, probes.party_names(a)) for a in probes.agreements_of(models, text, PUB)]


def _with(rows: list[tuple[str, list[str]]], word: str) -> list[tuple[str, list[str]]]:
    return [r for r in rows if any(word in p for p in r[1])]


# (case, text, [(word of a partner, status of its own record)]): each partner its own record
FOUND = [
    ("owner before a far partner", SIGNED_CENTRE +
     "Директор центра отметил, что подобные соглашения у Северного центра занятости давно "
     "действуют с АО «Северный порт» и с ООО «Тундра».",
     [("Северный порт", "mentioned"), ("Тундра", "mentioned")]),
    ("likened contract", LEAD +
     "Северный техникум, центр занятости и ООО «Лесовоз» подписали трёхстороннее соглашение "
     "о сотрудничестве.\n\nДиректор техникума рассказал, что два года назад техникум "
     "подписал подобный договор с АО «Северный лес»: по нему на предприятие устроились "
     "выпускники.",
     [("Северный лес", "mentioned")]),
    ("plural head over towns", LEAD +
     "В среду глава Озёрного района Иван Громов и председатель краевого совета ветеранов "
     "Олег Лесной подписали соглашение о сотрудничестве.\n\nЛесной рассказал, что "
     "аналогичные соглашения совет ветеранов уже подписал с администрациями Вологды и "
     "Череповца.",
     [("Администрация Вологды", "mentioned"), ("Администрация Череповца", "mentioned")]),
    ("likened, signed by two subjects", SIGNED_TRIPLE +
     "Министр напомнил, что раньше аналогичные соглашения с министерством и центром "
     "занятости подписали АО «Полярный уголь» и ООО «Северная верфь».",
     [("Полярный уголь", "mentioned"), ("Северная верфь", "mentioned")]),
    ("second document after a dash", LEAD +
     "В начале мая центр занятости Северска подписал соглашение с ООО «Полярная звезда». "
     "В конце мая подписан второй документ — с ООО «Северное сияние».",
     [("Полярная звезда", "signed"), ("Северное сияние", "signed")]),
    ("document between sides, to sign", SIGNED_UNIVERSITY +
     "Документ между Министерством социальной защиты Северного края и Комитетом по труду "
     "Озёрной области планируем подписать осенью.",
     [("Комитет по труду", "planned")]),
]


@pytest.mark.parametrize(("case", "text", "partners"), FOUND, ids=[r[0] for r in FOUND])
def test_each_partner_has_its_record(models, case: str, text: str,
                                     partners: list[tuple[str, str]]) -> None:
    rows = _rows(models, text)
    for word, status in partners:
        own = _with(rows, word)
        assert len(own) == 1, (case, word, rows)
        assert own[0][0] == status, (case, word, rows)
    # every partner apart: no record holds two of them
    words = [w for w, _ in partners]
    assert all(sum(any(w in p for p in r[1]) for w in words) <= 1 for r in rows), rows


def test_subjects_keep_the_stories_sides(models) -> None:
    """The two subjects' records keep the sides their "с" phrase names as the story's."""
    rows = _rows(models, SIGNED_TRIPLE +
                 "Министр напомнил, что раньше аналогичные соглашения с министерством и "
                 "центром занятости подписали АО «Полярный уголь» и ООО «Северная верфь».")
    assert len(rows) == 3, rows
    assert _with(rows, "Северный никель")[0][0] == "signed", rows


# (case, text, the number of records): no record more than the story's own
NONE_MORE = [
    ("likened in general", SIGNED_CENTRE +
     "По мнению директора, подобные соглашения полезны для любого района.", 1),
    ("a lease likened", SIGNED_CENTRE +
     "Директор напомнил, что центр уже подписывал подобный договор аренды с ООО «Склад».", 1),
    ("a bare head", SIGNED_ACADEMY +
     "Ректор академии сказал, что такое соглашение с министерством было нужно давно.", 1),
    ("subjects by their kind", SIGNED_TRIPLE +
     "Министр напомнил, что аналогичные соглашения с министерством и центром занятости уже "
     "подписали многие работодатели края.", 1),
    ("a document to work on", SIGNED_UNIVERSITY +
     "Документ между Министерством социальной защиты Северного края и Комитетом по труду "
     "Озёрной области планируем доработать осенью.", 1),
    ("plural head over a kind", LEAD +
     "В среду глава Озёрного района Иван Громов и председатель краевого совета ветеранов "
     "Олег Лесной подписали соглашение о сотрудничестве.\n\nЛесной рассказал, что совет "
     "ветеранов готов помогать администрациям сельских поселений.", 1),
]


@pytest.mark.parametrize(("case", "text", "count"), NONE_MORE, ids=[r[0] for r in NONE_MORE])
def test_no_record_from_another_shape(models, case: str, text: str, count: int) -> None:
    rows = _rows(models, text)
    assert len(rows) == count, (case, rows)


HEADLINE = LEAD + ("Северные сёла под опекой: ассоциация ветеранов подписала {n} соглашения\n\n"
                   "В среду Ассоциация ветеранов Северного края подписала два документа "
                   "— с Министерством по делам семьи Северного края и с Центром занятости "
                   "населения Северного края.")


@pytest.mark.parametrize(("n", "count"), [("два", 2), ("три", 3)])
def test_headline_count_sums_up_the_body(models, n: str, count: int) -> None:
    """A headline counting as many signings as the body's counted noun gives records is no
    record of its own (``merge_rules.without_headline_counts``); another count keeps it."""
    rows = _rows(models, HEADLINE.format(n=n))
    assert len(rows) == count, rows
    assert len(_with(rows, "Министерство по делам семьи")) == 1, rows
    assert len(_with(rows, "Центр занятости")) == 1, rows


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, agreements=("partner_of_alike_clause", "_names_a_body",
                                                      "likened_with_partner", "likened_by_subjects",
                                                      "_signing_verb_over"),
                                          agreement_sides=("plural_head_towns_members",
                                                           "dash_partner"),
                                          merge_rules=("without_headline_counts",))
