"""review42: the review leftovers of round 41. One nominative of a side written in an oblique
case (``side_shapes.nominative_written``, called by ``sides.nominative_sides`` and
``side_shapes.nominative_name``); one source of the sports a body or a subject names by
discipline (``lexicon.SPORT_DISCIPLINES``: the lemmas of ``NON_SOCIAL_FIELDS["sport"]`` and
``SPORT_DISCIPLINE_STEMS`` both come from it, so a subject "о развитии фехтования" is sport
too); ``funding_alone`` asks ``_names_social_sphere``; ``programme_to_adopt`` reads the
batch's parse of the next sentence (``syntax.batch_parsed``), never a parse of one sentence
alone; ``example_regions`` guarded by rows that fail without it. Every probe is written
here, in words of its own."""

from __future__ import annotations

import probes
import pytest

from soccoop.extract import merge
from soccoop.extract.lexicon import (
    NON_SOCIAL_FIELDS,
    OTHER_FIELD_WORDS,
    SOCIAL_PROPER_WORDS,
    SPORT_DISCIPLINE_STEMS,
    SPORT_DISCIPLINES,
)

LEAD = "Новости\n\n"

# (id, text, the records' sides expected, each sorted, the list sorted)
RECORDS = [
    # a sport the lemma view lacked before (only its stem was listed): no record
    ("fencing-subject",
     LEAD + "Администрация Костромы и АНО «Волжская волна» заключили соглашение о развитии "
     "фехтования в городе.\n",
     []),
    ("rugby-subject",
     LEAD + "Администрация Пскова и фонд «Старт» заключили соглашение о популяризации регби.\n",
     []),
    # negative: a social word keeps the sport's agreement
    ("rugby-disabled",
     LEAD + "Администрация Пскова и фонд «Старт» заключили соглашение о популяризации регби "
     "среди детей с инвалидностью.\n",
     [["Администрация Пскова", "Фонд «Старт»"]]),
    # a side whose example is followed is no side (fails without ``example_regions``)
    ("example-region",
     LEAD + "Фонд «Забота» подписал соглашение с Министерством труда Псковской области по "
     "примеру Новгородской области.\n",
     [["Министерство труда Псковской области", "Фонд «Забота»"]]),
    ("experience-department",
     LEAD + "Департамент труда Липецкой области подписал соглашение о трудоустройстве "
     "инвалидов, взяв за образец опыт Мордовии.\n",
     [["Департамент труда Липецкой области"]]),
    # negative: a region's body under "с" after "обмен опытом" stays a side
    ("experience-exchange",
     LEAD + "Министерство труда Кировской области подписало соглашение об обмене накопленным "
     "опытом с Министерством социальной политики Пермского края.\n",
     [["Министерство социальной политики Пермского края",
       "Министерство труда Кировской области"]]),
    # the nominative of a side written in the instrumental (one function for both passes)
    ("instrumental-university",
     LEAD + "Комитет по социальной защите Мурманской области заключил соглашение о практике "
     "студентов с Мурманским арктическим университетом.\n",
     [["Комитет по социальной защите Мурманской области",
       "Мурманский арктический университет"]]),
]


@pytest.mark.parametrize(("case", "text", "expected"), RECORDS, ids=[r[0] for r in RECORDS])
def test_records(models, case: str, text: str, expected: list[list[str]]) -> None:
    got = sorted(sorted(probes.party_names(a)) for a in probes.agreements_of(models, text))
    assert got == expected


@pytest.mark.parametrize("case", ["example-region", "experience-department"])
def test_example_regions_guards_its_rows(models, monkeypatch, case: str) -> None:
    """Without ``example_regions`` the region whose example is followed is a side: the rows
    above fail when the pass is broken."""
    text, expected = next((r[1], r[2]) for r in RECORDS if r[0] == case)
    monkeypatch.setattr(merge, "SIDE_PASSES",
                        tuple(p for p in merge.SIDE_PASSES if p.name != "example_regions"))
    got = sorted(sorted(probes.party_names(a)) for a in probes.agreements_of(models, text))
    assert got != expected


def test_sports_one_source() -> None:
    """Every discipline is a lemma of the sport field, its adjectives too, and gives a stem of
    its written word; the field's words stay out of the social sphere proper."""
    sport = NON_SOCIAL_FIELDS["sport"]
    assert set(SPORT_DISCIPLINES) <= sport
    assert all(adjs <= sport for adjs in SPORT_DISCIPLINES.values())
    assert len(SPORT_DISCIPLINE_STEMS) == len(SPORT_DISCIPLINES)
    assert all(d.startswith(stem) for d, stem in zip(SPORT_DISCIPLINES, SPORT_DISCIPLINE_STEMS,
                                                     strict=True))
    assert {"шахмат", "атлетик", "гребл", "фехтован", "самбо", "регби"} <= \
        set(SPORT_DISCIPLINE_STEMS)
    assert sport <= OTHER_FIELD_WORDS
    assert not sport & SOCIAL_PROPER_WORDS


def test_batch_parsed_parses_nothing_alone(models, monkeypatch) -> None:
    """``batch_parsed`` gives a sentence the batch parsed, or parsed ahead, and None for one
    it did not, without parsing."""
    from soccoop.extract.syntax import batch_parsed, parse_documents

    text = ("Погода в городе. Фонд и управление подписали соглашение о помощи семьям. "
            "Утвердить программу стороны намерены в мае. Дороги чистят ночью. Снег идёт.")
    analysis = models.analyse(text)
    parse_documents([analysis], models)
    sents = analysis.sentences
    calls: list[int] = []
    parse = models.parse_sentences
    monkeypatch.setattr(models, "parse_sentences",
                        lambda s, ahead=None: (calls.append(len(s)), parse(s, ahead))[1])
    signing = next(s for s in sents if "соглашение" in s.text)
    after = sents[sents.index(signing) + 1]
    far = sents[-1]
    assert batch_parsed(signing, models) is signing
    assert batch_parsed(after, models) is after and after.parsed
    assert batch_parsed(far, models) is None and not far.parsed
    assert calls == []


REVIEW42_FUNCTIONS = [("side_shapes", "nominative_written"), ("side_shapes", "nominative_name"),
                      ("sides", "nominative_sides"), ("side_shapes", "people_attribute"),
                      ("coreference", "programme_to_adopt"), ("syntax", "batch_parsed"),
                      ("agreements", "funding_alone"), ("agreements", "_names_social_sphere"),
                      ("agreements", "_bodies_of_signers"),
                      ("signer_shapes", "_bare_post_holders"),
                      ("coreference", "example_regions")]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, REVIEW42_FUNCTIONS)
