"""The sides of an agreement as the text names them: a plural body over coordinated
region adjectives is one body each; "между X и Y" of bare heads resolves to the bodies named
before; a passive signing with only its "с" partner takes the subject of the clause a colon
elaborates; a "с" partner of another coordinated clause is no side; a town named as a town
keeps a town's body; "наше <body>" is the speaker's body; a short or abbreviated side is the
full body the text names; a past signing in a relative clause on the agreement noun is a
background agreement. Every probe is written here, in words of its own."""

from __future__ import annotations

import pytest
from probes import agreement_records, agreements_of, by_file, party_names

PUB = "2025-10-15"


def records(models, text, published=PUB):
    """(status, sorted party names) of each agreement the text gives."""
    return agreement_records(models, text, published, "status", "parties")


# --- distributed_heads -----------------------------------------------------------------------

DISTRIBUTED = [
    ("Вчера в Самаре правительства Самарской и Ульяновской областей подписали соглашение о "
     "сотрудничестве в сфере социальной защиты населения.",
     ["Правительство Самарской области", "Правительство Ульяновской области"]),
    ("Министр рассказал о работе по соглашению между министерствами социальной защиты "
     "Пензенской и Саратовской областей, подписанному 12 марта 2025 года.",
     ["Министерство социальной защиты Пензенской области",
      "Министерство социальной защиты Саратовской области"]),
    ("— Наше отделение заключило трёхстороннее соглашение об обмене сведениями с "
     "отделениями Социального фонда по Тюменской и Омской областям, — рассказала начальник "
     "управления выплат "
     "Отделения Социального фонда России по Новосибирской области Ирина Петрова.",
     ["Отделение Социального фонда России по Новосибирской области",
      "Отделение Социального фонда по Омской области",
      "Отделение Социального фонда по Тюменской области"]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "parties"), DISTRIBUTED)
def test_plural_head_distributes_over_region_adjectives(models, text, parties):
    got = records(models, text)
    assert [p for _, p in got] == [parties]


@pytest.mark.slow
def test_agreements_one_per_partner_each_keep_their_own_partner(models):
    text = ("В 2023 году Отделение Социального фонда России по Пермскому краю заключило "
            "соглашения с отделениями Социального фонда по Вологодской и Кировской областям "
            "об обмене сведениями о пенсионерах.")
    own = "Отделение Социального фонда России по Пермскому краю"
    assert records(models, text) == [
        ("mentioned", sorted([own, "Отделение Социального фонда по Вологодской области"])),
        ("mentioned", sorted([own, "Отделение Социального фонда по Кировской области"]))]


@pytest.mark.slow
def test_one_region_adjective_is_not_distributed(models):
    # a singular body with its own region and a partner region: nothing to distribute
    text = ("Вчера правительство Самарской области подписало соглашение о сотрудничестве в "
            "сфере социальной защиты с Ульяновской областью.")
    parties = [p for _, p in records(models, text)]
    assert parties == [["Правительство Самарской области", "Ульяновская область"]]


# --- generic_between -------------------------------------------------------------------------

VISIT = ("{first}\n\n"
         "Состоялась встреча с руководством департамента социальной защиты населения "
         "Вологодской области. Стороны договорились подготовить соглашение о сотрудничестве "
         "в сфере долговременного ухода между комитетом и департаментом.")


@pytest.mark.slow
def test_bare_heads_between_are_the_bodies_named_before(models):
    text = VISIT.format(first="Делегация комитета по социальной защите населения "
                              "Ленинградской области побывала в Вологде.")
    assert records(models, text) == [
        ("planned", ["Департамент социальной защиты населения Вологодской области",
                     "Комитет по социальной защите населения Ленинградской области"])]


@pytest.mark.slow
def test_bare_head_without_an_earlier_body_stays_unresolved(models):
    # no committee named before: the pair is not guessed (one of two is no agreement's sides)
    text = VISIT.format(first="Делегация соседнего региона побывала в Вологде.")
    got = records(models, text)
    assert all("Департамент социальной защиты населения Вологодской области" not in p
               for _, p in got)


# --- colon_subject, other_clause_partner -----------------------------------------------------

@pytest.mark.slow
def test_passive_signing_after_colon_takes_the_elaborated_subject(models):
    text = ("Ярославская область уже имеет такой опыт: в 2020 году подобное соглашение было "
            "подписано с Костромской областью, по нему помощь получили 300 семей.")
    assert records(models, text) == [("mentioned", ["Костромская область",
                                                    "Ярославская область"])]


@pytest.mark.slow
def test_passive_signing_without_colon_keeps_its_one_partner(models):
    text = ("В 2020 году подобное соглашение было подписано с Костромской областью, по нему "
            "помощь получили 300 семей.")
    assert records(models, text) == [("mentioned", ["Костромская область"])]


@pytest.mark.slow
def test_partner_of_a_second_clause_is_no_side(models):
    text = ("Напомним, что в 2021 году Тверское отделение заключило такое же соглашение с "
            "Псковским региональным отделением Союза пенсионеров России, и обмен делегациями "
            "с Псковом проходит каждый год.")
    (status, parties), = records(models, text)
    assert status == "mentioned"
    assert "Псков" not in parties
    assert "Псковское региональное отделение Союза пенсионеров России" in parties


# --- city_sides ------------------------------------------------------------------------------

@pytest.mark.slow
def test_town_heads_sign_for_town_bodies(models):
    text = ("Сегодня глава города Тулы Илья Беспалов и мэр Калуги Дмитрий Денисов подписали "
            "соглашение о сотрудничестве между администрациями двух городов в сфере "
            "поддержки пожилых горожан.")
    got = agreements_of(models, text, PUB)
    assert [party_names(a) for a in got] == [
        ["Администрация города Калуги", "Администрация города Тулы"]]
    assert sorted(got[0].regions) == ["RU-KLU", "RU-TUL"]  # a town's region stays listed


@pytest.mark.slow
def test_two_towns_of_one_region_keep_their_town_names(models):
    # both towns lie in one region: no region-level side is rewritten to a guessed town
    text = ("Мэр Сызрани Сергей Волков и глава города Тольятти Илья Сухих подписали соглашение "
            "о сотрудничестве между администрациями двух городов в сфере поддержки ветеранов.")
    assert records(models, text) == [("signed", ["Сызрань", "Тольятти"])]


@pytest.mark.slow
def test_governors_sign_for_regions_not_towns(models):
    text = ("Сегодня губернатор Тульской области Дмитрий Миляев и губернатор Калужской области "
            "Владислав Шапша подписали соглашение о сотрудничестве в сфере поддержки пожилых "
            "граждан.")
    parties = [p for _, p in records(models, text)]
    assert parties and all("города" not in name for name in parties[0])


# --- fuller_body, speaker_body ---------------------------------------------------------------

@pytest.mark.slow
def test_abbreviated_side_takes_the_signers_full_body(models):
    text = ("Минсоцразвития Оренбургской области в лице министра труда и социального развития "
            "Оренбургской области Ивана Петрова и министерство социальной политики Самарской "
            "области в лице министра социальной политики Самарской области Анны Сидоровой "
            "заключили соглашение о сотрудничестве.")
    assert [p for _, p in records(models, text)] == [
        ["Министерство социальной политики Самарской области",
         "Министерство труда и социального развития Оренбургской области"]]


@pytest.mark.slow
def test_body_written_in_full_keeps_its_name(models):
    # a ministry named in full under its old name is not replaced by a longer one
    text = ("В 2018 году министерство социального развития Оренбургской области и "
            "министерство социальной политики Самарской области заключили соглашение о "
            "сотрудничестве. Сегодня министр труда и социального развития Оренбургской "
            "области Иван Петров рассказал о его итогах.")
    names = {n for _, p in records(models, text) for n in p}
    assert "Министерство социального развития Оренбургской области" in names


@pytest.mark.slow
def test_our_body_is_the_speakers_body_not_its_unit(models):
    text = ("— Наше отделение в прошлом году заключило соглашение о сотрудничестве с "
            "Отделением Социального фонда России по Тюменской области, — рассказала "
            "начальник управления выплат Отделения Социального фонда России по Новосибирской "
            "области Ирина Петрова.")
    names = {n for _, p in records(models, text) for n in p}
    assert "Отделение Социального фонда России по Новосибирской области" in names
    assert not any(n.lower().startswith("управление") for n in names)


# --- relative_past_signing -------------------------------------------------------------------

@pytest.mark.slow
def test_relative_clause_past_signing_is_background(models):
    text = ("— Это стало возможно благодаря соглашению между правительствами Липецкой и "
            "Тамбовской областей, которое подписали весной прошлого года, — рассказала Ольга "
            "Смирнова.")
    assert records(models, text) == [
        ("mentioned", ["Правительство Липецкой области", "Правительство Тамбовской области"])]


@pytest.mark.slow
def test_relative_clause_signing_of_the_day_is_no_background(models):
    # signed today, not before publication: the relative clause does not make it a reminder
    text = ("Соглашение между правительствами Липецкой и Тамбовской областей, которое "
            "подписали сегодня в Липецке, позволит семьям получать помощь по месту жительства.")
    assert [s for s, _ in records(models, text)] == ["signed"]


# --- CLI end to end --------------------------------------------------------------------------

@pytest.mark.slow
def test_cli_lists_distributed_and_town_sides(listed_rows):
    files = {
        "a.txt": ("Вчера в Самаре правительства Самарской и Ульяновской областей подписали "
                  "соглашение о сотрудничестве в сфере социальной защиты населения.\n"),
        "b.txt": ("Сегодня глава города Тулы Илья Беспалов и мэр Калуги Дмитрий Денисов "
                  "подписали соглашение о сотрудничестве между администрациями двух городов "
                  "в сфере поддержки пожилых горожан.\n"),
    }
    got = {name: [sorted(p["name"] for p in a["parties"]) for a in rec["agreements"]]
           for name, rec in by_file(listed_rows(files, "--format", "jsonl",
                                                "--limit", "0")).items()}
    assert got == {
        "a.txt": [["Правительство Самарской области", "Правительство Ульяновской области"]],
        "b.txt": [["Администрация города Калуги", "Администрация города Тулы"]],
    }
