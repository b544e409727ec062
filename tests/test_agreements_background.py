"""Background agreements: an agreement a text recalls beside the news of the day,
whose sides the clause around its noun tells, is a record of its own. Probes in words of
their own (other regions, bodies and word orders than the dev rounds' texts).

- a relative clause that signed it: "соглашения ..., которое X и Y заключили в 2022 году";
- the verb of working together it frames: "с X министерство сотрудничает в рамках
  соглашения", "X и Y сотрудничают в рамках соглашения";
- counted sides: "между министерствами труда двух республик" → the two named before;
- in force already beside today's signing of the same regions: two records
  (``coreference.background_sides``, ``agreements._recalled_beside_signing``)."""

from __future__ import annotations

import pytest
from probes import agreements_of, party_names

PUB = "2025-11-14"

SIGNING = (
    "Министерство социальной защиты населения Тамбовской области и Министерство "
    "социального развития Пензенской области подписали соглашение о сотрудничестве в сфере "
    "долговременного ухода. Документ подписали министр Ольга Сергеева и министр Игорь "
    "Лаптев.\n")

# (name, recalled sentence, regions of the recalled record, a word its sides must hold)
RECALLED = [
    ("relative clause",
     "Обмен опытом идёт и в рамках соглашения о шефской помощи, которое Тамбовская область "
     "и Херсонская область заключили ещё в 2023 году.",
     ["RU-KHE", "RU-TAM"], "Херсонская"),
    ("frame with a bare body",
     "Напомним, с Липецкой областью министерство сотрудничает в рамках соглашения, "
     "подписанного в 2020 году.",
     ["RU-LIP", "RU-TAM"], "Министерство социальной защиты населения Тамбовской"),
    ("frame with coordinated subjects",
     "Кроме того, Тамбовская и Воронежская области сотрудничают в рамках соглашения о "
     "взаимодействии, заключённого в 2019 году.",
     ["RU-TAM", "RU-VOR"], "Воронеж"),
]


@pytest.mark.slow
@pytest.mark.parametrize("name,sentence,regions,word", RECALLED, ids=[r[0] for r in RECALLED])
def test_recalled_agreement_is_a_record_of_its_own(models, name, sentence, regions, word):
    found = agreements_of(models, SIGNING + sentence + "\n", PUB)
    signed = [a for a in found if a.status == "signed"]
    recalled = [a for a in found if a.status == "mentioned"]
    assert len(signed) == 1 and sorted(signed[0].regions) == ["RU-PNZ", "RU-TAM"]
    assert len(recalled) == 1, [party_names(a) for a in found]
    assert sorted(recalled[0].regions) == regions
    assert any(word in p for p in party_names(recalled[0]))


COUNTED = (
    "Делегация Министерства труда и социальной защиты Республики Марий Эл посетила "
    "учреждения социального обслуживания Чувашской Республики. Гостей познакомили с работой "
    "центров реабилитации.\n"
    "Стажировка прошла в рамках соглашения между министерствами труда и социальной защиты "
    "двух республик, подписанного в 2022 году.\n")


@pytest.mark.slow
def test_two_counted_sides_are_the_regions_named_before(models):
    found = agreements_of(models, COUNTED, PUB)
    assert len(found) == 1
    assert sorted(found[0].regions) == ["RU-CU", "RU-ME"]
    named, made = party_names(found[0])
    assert named == "Министерство труда и социальной защиты Республики Марий Эл"
    # the body named by its kind and the region's name (the official one: "— Чувашия")
    assert made.startswith("Министерство труда и социальной защиты Чувашской Республики")


@pytest.mark.slow
def test_two_counted_sides_without_two_regions_before_stay_unresolved(models):
    # negative: only one region is named before "двух республик": no sides are made up
    text = COUNTED.replace("учреждения социального обслуживания Чувашской Республики",
                           "учреждения социального обслуживания")
    assert not any(len(a.regions) >= 2 for a in agreements_of(models, text, PUB))


IN_FORCE = (
    "Парламенты Курганской и Тюменской областей будут сотрудничать\n"
    "Сегодня в Кургане председатель Курганской областной Думы Дмитрий Фролов и председатель "
    "Тюменской областной Думы Фуад Сайфитдинов подписали соглашение о сотрудничестве между "
    "законодательными органами двух регионов.\n"
    "Фуад Сайфитдинов напомнил, что между правительствами двух регионов уже действует "
    "соглашение о социально-экономическом сотрудничестве.\n")

@pytest.mark.slow
def test_agreement_in_force_already_is_not_todays_signing(models):
    found = agreements_of(models, IN_FORCE, PUB)
    assert sorted(a.status for a in found) == ["mentioned", "signed"]
    recalled = next(a for a in found if a.status == "mentioned")
    assert all(p.startswith("Правительство") for p in party_names(recalled))


@pytest.mark.slow
def test_todays_agreement_told_again_stays_one_record(models):
    # negative: the second mention is the news itself (no "уже", no older year)
    text = IN_FORCE.replace(
        "Фуад Сайфитдинов напомнил, что между правительствами двух регионов уже действует "
        "соглашение о социально-экономическом сотрудничестве.",
        "Фуад Сайфитдинов отметил, что соглашение вступает в силу со дня подписания.")
    assert [a.status for a in agreements_of(models, text, PUB)] == ["signed"]


@pytest.mark.slow
def test_frame_of_the_sides_of_the_news_stays_one_record(models):
    # negative: "стороны" working under the agreement are the news' own sides
    text = SIGNING + ("Стороны будут сотрудничать в рамках соглашения по вопросам "
                      "реабилитации.\n")
    assert [a.status for a in agreements_of(models, text, PUB)] == ["signed"]


@pytest.mark.slow
def test_cli_ingest_and_list(listed_rows):
    text = SIGNING + RECALLED[1][1] + "\n"
    rows = listed_rows({"tambov.txt": text}, "--kind", "agreements", "--format", "jsonl",
                       "--limit", "0")
    got = sorted((r["status"], sorted(p["name"] for p in r["parties"]), r["date"])
                 for r in rows)
    tambov = "Министерство социальной защиты населения Тамбовской области"
    assert got == [
        ("mentioned", ["Липецкая область", tambov], "2020"),
        ("signed", ["Министерство социального развития Пензенской области", tambov], None),
    ]


YEAR_REVIEW = (
    "Итоги года: курская соцзащита\n"
    "Министерство социального обеспечения Курской области подвело итоги года.\n"
    "Первым документом года стало соглашение с Министерством социальной защиты населения "
    "Белгородской области о поддержке многодетных семей. 3 марта 2025 года его подписали "
    "министр Анна Котова и министр Олег Белов.\n")


@pytest.mark.slow
def test_signing_told_by_a_pronoun_makes_the_agreement_signed(models):
    found = agreements_of(models, YEAR_REVIEW, "2025-12-28")
    assert [(a.status, a.date) for a in found] == [("signed", "2025-03-03")]


@pytest.mark.slow
def test_pronoun_of_a_signing_not_done_keeps_the_status(models):
    # negative: "его так и не подписали" is no signing
    text = YEAR_REVIEW.replace("3 марта 2025 года его подписали министр Анна Котова и "
                               "министр Олег Белов", "Его так и не подписали")
    assert all(a.status != "signed" for a in agreements_of(models, text, "2025-12-28"))


FRAMED = (
    "Накануне в Тамбове министр социальной защиты населения Тамбовской области Ольга Сергеева "
    "и министр социального развития Пензенской области Игорь Лаптев подписали соглашение о "
    "сотрудничестве.\n"
    "Соглашение между министерством и пензенским министерством заключено в рамках соглашения "
    "о сотрудничестве между Правительством Тамбовской области и Правительством Пензенской "
    "области, подписанного в 2019 году.\n")

@pytest.mark.slow
def test_sides_after_a_framing_agreement_are_not_the_framed_ones(models):
    found = agreements_of(models, FRAMED, PUB)
    assert sorted((a.status, a.date) for a in found) == [("mentioned", "2019"),
                                                          ("signed", "2025-11-13")]
    recalled = next(a for a in found if a.status == "mentioned")
    assert all(p.startswith("Правительство") for p in party_names(recalled))


NEGOTIATED = SIGNING + (
    "По итогам переговоров с министерством социальной защиты Липецкой области стороны "
    "договорились о подготовке соглашения.\n")


@pytest.mark.slow
def test_sides_of_talks_are_the_own_body_and_the_partner(models):
    found = agreements_of(models, NEGOTIATED, PUB)
    planned = [a for a in found if a.status == "planned"]
    assert len(planned) == 1 and sorted(planned[0].regions) == ["RU-LIP", "RU-TAM"]


@pytest.mark.slow
def test_sides_without_talks_partner_keep_the_sides_told_before(models):
    # negative: no partner of the talks named: "стороны" stay the signing's sides
    text = NEGOTIATED.replace("По итогам переговоров с министерством социальной защиты "
                              "Липецкой области стороны", "Кроме того, стороны")
    planned = [a for a in agreements_of(models, text, PUB) if a.status == "planned"]
    assert all("RU-LIP" not in a.regions for a in planned)


COLON_PARTNER = (
    "— Павел Сергеевич, с какими регионами сотрудничает министерство?\n"
    "— Давно работаем с Удмуртией: соглашение между нашими министерствами действует с 2020 "
    "года.\n")


@pytest.mark.slow
def test_partner_of_the_clause_a_colon_explains(models):
    text = ("Министр социального развития Кировской области Павел Сергеевич Рябов рассказал "
            "о сотрудничестве с другими регионами.\n" + COLON_PARTNER)
    found = agreements_of(models, text, PUB)
    assert len(found) == 1 and found[0].status == "mentioned"
    assert sorted(found[0].regions) == ["RU-KIR", "RU-UD"]


IMPLEMENTED = SIGNING + (
    "Гостей приветствовала председатель Общественного совета при министерстве социального "
    "развития Пензенской области Нина Кольцова, которая предложила включить волонтёров в "
    "рабочую группу по реализации соглашения.\n")


@pytest.mark.slow
def test_implementing_the_agreement_is_the_agreement_told_before(models):
    found = agreements_of(models, IMPLEMENTED, PUB)
    assert [a.status for a in found] == ["signed"]


SECOND_DOCUMENT = (
    "Губернатор Курской области Алексей Смирнов и губернатор Белгородской области Олег Белов "
    "подписали соглашение о сотрудничестве. В тот же день состоялось подписание ещё одного "
    "документа — соглашения о подготовке социальных работников между Министерством "
    "социального обеспечения Курской области и Белгородским государственным университетом.\n")


@pytest.mark.slow
def test_another_document_in_apposition_is_another_agreement(models):
    found = agreements_of(models, SECOND_DOCUMENT, PUB)
    assert [a.status for a in found] == ["signed", "signed"]
    assert any(any("университет" in p for p in party_names(a)) for a in found)
    assert not any(any("университет" in p for p in party_names(a)) and
                   any(p.startswith("Правительство") for p in party_names(a)) for a in found)


@pytest.mark.slow
def test_document_in_apposition_without_another_stays_one_agreement(models):
    # negative: "документа — соглашения" with no word setting it apart is the same signing
    text = SECOND_DOCUMENT.replace("В тот же день состоялось подписание ещё одного документа "
                                   "— соглашения о подготовке социальных работников между "
                                   "Министерством социального обеспечения Курской области и "
                                   "Белгородским государственным университетом.",
                                   "Подписание документа — соглашения о сотрудничестве — "
                                   "прошло в Курске.")
    assert [a.status for a in agreements_of(models, text, PUB)] == ["signed"]


COLON_OWNER = (
    "Министерство труда и социальной защиты Тульской области принимает делегацию Республики "
    "Саха (Якутия).\n"
    "Тульская область уже реализует похожие проекты: с 2023 года действует соглашение о "
    "социальном туризме с Республикой Казахстан.\n")


@pytest.mark.slow
def test_subject_of_the_clause_a_colon_explains_and_the_partner(models):
    found = [a for a in agreements_of(models, COLON_OWNER, PUB) if a.status == "mentioned"]
    assert [(party_names(a), a.date) for a in found] == [
        (["Республика Казахстан", "Тульская область"], "2023")]


@pytest.mark.slow
def test_without_a_colon_no_owner_is_made_up(models):
    # negative: two sentences, no colon: the partner stays alone
    text = COLON_OWNER.replace("похожие проекты: с 2023 года", "похожие проекты. С 2023 года")
    found = [a for a in agreements_of(models, text, PUB) if a.status == "mentioned"]
    assert all("Тульская область" not in party_names(a) for a in found)
