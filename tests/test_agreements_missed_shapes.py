"""agr44: agreements the records missed, in words of their own (other regions, bodies and
word orders than the dev rounds' texts).

- an older agreement of the same bodies told beside today's signing or extension, named by
  no side of its own ("Само соглашение было подписано в 2018 году", "первое соглашение
  министерства с фондом было заключено в 2020 году"): a record of its own with the sides
  of the agreement told before, narrowed to those its nouns name
  (``merge_rules.older_agreement_of_told_sides``); not when its sentence names another
  partner or calls it "аналогичное";
- an ordinal standing for the agreement noun a count left out ("подписало три соглашения.
  Первое заключено с X. Второе – с Y."): one agreement per ordinal
  (``agreements.ordinal_standing_for_noun``, ``merge_rules._later_ordinal``);
- a signing told with its own signers and partner after another signing of the same body
  ("Затем министр подписал соглашение с университетом — с его стороны документ подписал
  ректор ..."): two agreements (``merge_rules.other_signers_other_partner``);
- the subjects of a verb of drafting are the sides of the draft: "X, Y и Z разработали
  проект соглашения" (``lexicon.SUBJECT_VERBS``)."""

from __future__ import annotations

import pytest
from probes import agreements_of, named_rows, party_names

PUB = "2025-10-02"

SIGNED = (
    "Министерство социального развития Оренбургской области и благотворительный фонд "
    "«Добрые руки» подписали соглашение о сотрудничестве. Документ подписали министр Анна "
    "Котова и президент фонда Олег Рябов.\n")

# the signing told by its signers only, under a channel's name and time line
BY_SIGNERS = (
    "Минсоцразвития Оренбуржья\n2 октября 2025, 11:20\n\n"
    "Сегодня министр социального развития Оренбургской области Анна Котова и президент "
    "благотворительного фонда «Добрые руки» Олег Рябов подписали соглашение о "
    "сотрудничестве.\n\n")

# (name, the recalled sentence, its year)
OLDER = [
    ("first agreement of the same bodies",
     "Это новый этап: первое соглашение министерства с фондом было заключено в 2020 году и "
     "касалось закупки колясок.", "2020"),
    ("agreement of a year replaced",
     "По словам Анны Котовой, соглашение 2019 года касалось только обмена информацией.",
     "2019"),
    ("the agreement itself",
     "Само соглашение между ними было подписано в 2018 году и касалось закупки колясок.",
     "2018"),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence,year", named_rows(OLDER))
def test_older_agreement_of_the_same_bodies_is_a_record(models, sentence, year):
    found = agreements_of(models, BY_SIGNERS + sentence + "\n")
    assert [a.status for a in found] == ["signed", "mentioned"], \
        [(a.status, party_names(a)) for a in found]
    older = found[1]
    assert older.date == year
    assert any("Министерство" in p for p in party_names(older))
    assert any("фонд" in p for p in party_names(older))


# a recalled agreement its sentence calls like the one told ("аналогичное") is not an
# older one of the same bodies: it has its own partner
OTHER_PARTNER = [
    ("analogous agreement",
     "Напомним, в 2022 году аналогичное соглашение было подписано министерством с "
     "Министерством труда Самарской области."),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence", named_rows(OTHER_PARTNER))
def test_recalled_agreement_with_another_partner_keeps_no_told_sides(models, sentence):
    found = agreements_of(models, SIGNED + sentence + "\n", PUB)
    for a in found[1:]:
        assert sorted(p.split()[0] for p in party_names(a)) != \
            sorted(p.split()[0] for p in party_names(found[0])), \
            [(a.status, party_names(a)) for a in found]


COUNTED = (
    "10 сентября в Оренбурге Министерство социального развития Оренбургской области "
    "подписало три соглашения о помощи людям с инвалидностью.\n"
    "Первое заключено с общественной организацией «Открытые сердца». {second} Третье "
    "соглашение подписано с ООО «Степной хлеб».\n")

SECONDS = [
    ("dash", "Второе – с АО «Уральская сталь», которое создаст пять рабочих мест."),
    ("verb", "Второе подписано с АО «Уральская сталь»."),
]


@pytest.mark.slow
@pytest.mark.parametrize("second", named_rows(SECONDS))
def test_ordinal_standing_for_the_noun_is_one_agreement(models, second):
    found = agreements_of(models, COUNTED.format(second=second), PUB)
    partners = [" ".join(party_names(a)) for a in found]
    assert len(found) == 3, partners
    for word, a in zip(("Открытые", "Уральская", "Степной"), partners, strict=True):
        assert word in a


def test_ordinal_stands_for_a_noun_only_when_none_follows(models):
    """"Второе – с X" and "Второе подписано" stand for the noun; "Второе соглашение" and
    "Первое место" do not (the noun is there)."""
    from soccoop.extract.agreements import ordinal_standing_for_noun
    from soccoop.extract.syntax import parse_documents

    text = ("Второе – с АО «Уральская сталь». Второе подписано с фондом. "
            "Второе соглашение подписано с фондом. Первое место занял центр.")
    a = models.analyse(text)
    parse_documents([a], models)
    assert [ordinal_standing_for_noun(s, 0) for s in a.sentences] == [True, True, False,
                                                                       False]


TWO_SIGNINGS = (
    "Министр социальной защиты Республики Марий Эл Ирина Волкова и министр труда и "
    "социальной защиты Чувашской Республики Алла Елизарова подписали соглашение о "
    "межрегиональном сотрудничестве.\n"
    "Затем Ирина Волкова подписала соглашение с Марийским государственным университетом — с "
    "его стороны документ подписал ректор Михаил Швецов.\n")


@pytest.mark.slow
def test_second_signing_with_own_signers_and_partner_is_another_agreement(models):
    found = agreements_of(models, TWO_SIGNINGS, PUB)
    assert len(found) == 2, [party_names(a) for a in found]
    assert any("университет" in p for p in party_names(found[1]))
    assert not any("университет" in p for p in party_names(found[0]))


DRAFTED = (
    "Три региона Сибири готовят общее соглашение о помощи участникам СВО\n\n"
    "Алтайский край, Хакасия и Кемеровская область разработали проект трёхстороннего "
    "соглашения о взаимном признании реабилитационных мест. Документ планируется подписать "
    "на уровне правительств трёх регионов в декабре.\n")


@pytest.mark.slow
def test_subjects_of_a_drafting_verb_are_the_sides(models):
    found = agreements_of(models, DRAFTED, PUB)
    assert len(found) == 1 and found[0].status == "planned"
    assert sorted(found[0].regions) == ["RU-ALT", "RU-KEM", "RU-KK"]
