"""Agreement sides referred to or listed: subjects the tagger puts in another case;
long lists of a body's fields; a body's «quoted» name with commas inside; "соответствующее
соглашение" taking the sides and date of the cooperation told before it (a capital acting
there as its region); no plural common noun ("регионы") as a side; a "с" partner list that
ends before a relative clause; a name the parser hung on the object as the clause's actor.
Every probe is written here, in words of its own."""

from __future__ import annotations

import pytest
from probes import agreement_records, agreements_of, party_names

PUB = "2025-10-15"


def records(models, text, published=PUB):
    """(status, date, sorted party names) of each agreement the text gives."""
    return agreement_records(models, text, published, "status", "date", "parties")


# --- subjects and names: one table, each row (text, the expected sorted sides) ------------

SIDES = [
    # a long genitive chain makes the tagger call both subjects genitive
    ("Бывшим осуждённым в Калмыкии помогут найти работу\n\n"
     "Министерство социального развития, труда и занятости населения Республики Калмыкия и "
     "УФСИН России по Республике Калмыкия подписали соглашение о взаимодействии в сфере "
     "трудоустройства.",
     ["Министерство социального развития, труда и занятости населения Республики Калмыкия",
      "УФСИН России по Республике Калмыкия"]),
    # a body with more than ten words of fields before its region
    ("Управление социальной защиты Тамбовской области и департамент социальной защиты, опеки "
     "и попечительства, труда, занятости и миграции Пензенской области заключили соглашение "
     "об обмене опытом.",
     ["Департамент социальной защиты, опеки и попечительства, труда, занятости и миграции "
      "Пензенской области", "Управление социальной защиты Тамбовской области"]),
    # a legal form's «quoted» name runs over its commas and its participle to the quote
    ("Вчера в Вологде было подписано соглашение о сотрудничестве между ГБУ СО «Центр "
     "социальной помощи семье, детям и пожилым гражданам, оказавшимся в трудной ситуации» и "
     "АНО «Добрые соседи».",
     ["АНО «Добрые соседи»", "ГБУ СО «Центр социальной помощи семье, детям и пожилым "
      "гражданам, оказавшимся в трудной ситуации»"]),
    # "соответствующее соглашение": the capitals acting in the sentence before, as regions
    ("Омск и Томск будут вместе обучать сиделок для пожилых людей. Соответствующее "
     "соглашение вчера подписали губернаторы Виталий Хоценко и Владимир Мазур во время "
     "встречи в Омске.",
     ["Омская область", "Томская область"]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "sides"), SIDES)
def test_sides_of_the_one_agreement(models, text, sides):
    got = records(models, text)
    assert [p for _, _, p in got] == [sides]


@pytest.mark.slow
def test_referring_agreement_takes_sides_and_year_of_cooperation_before_it(models):
    text = ("В четверг в Барнауле департаменты социальной защиты Алтайского края и "
            "Новосибирской области подписали соглашение о сотрудничестве. Напомним, что "
            "Алтайский край с 2022 года сотрудничает с Республикой Алтай: соответствующее "
            "соглашение было заключено между профильными ведомствами двух регионов на форуме "
            "в Горно-Алтайске.")
    got = records(models, text)
    assert ("mentioned", "2022", ["Алтайский край", "Республика Алтай"]) in got
    # the earlier signing keeps its own sides, not the ones referred to after it
    assert [p for _, _, p in got if "Республика Алтай" not in p] == [
        ["Департамент социальной защиты Алтайского края",
         "Департамент социальной защиты Новосибирской области"]]


@pytest.mark.slow
def test_plural_common_noun_subject_is_no_side(models):
    text = ("На форуме в Казани подписаны два межрегиональных соглашения\n\n"
            "На полях форума «Забота» регионы заключили сразу два соглашения в сфере "
            "социальной защиты.\n\n"
            "Первое соглашение подписали министр социальной защиты Курской области Иван Петров "
            "и министр социальной политики Орловской области Анна Смирнова.\n\n"
            "Второе соглашение — об обмене опытом — заключили Министерство социальной защиты "
            "Тверской области и Министерство труда Ярославской области.")
    got = [p for _, _, p in records(models, text)]
    assert got == [
        ["Министерство социальной защиты Курской области",
         "Министерство социальной политики Орловской области"],
        ["Министерство социальной защиты Тверской области",
         "Министерство труда Ярославской области"]]


@pytest.mark.slow
def test_partner_list_ends_before_relative_clause_and_actor_is_side(models):
    text = ("С 2021 года Пермский край реализует соглашение с Удмуртской Республикой, в рамках "
            "которого жители Удмуртии проходят реабилитацию в пермских санаториях.")
    assert records(models, text) == [
        ("mentioned", "2021", ["Пермский край", "Удмуртская Республика"])]


@pytest.mark.slow
def test_name_hung_on_object_is_actor(models):
    text = ("По её словам, в следующем году аналогичное соглашение Прикамье планирует подписать "
            "с Республикой Коми, переговоры уже идут.")
    [a] = agreements_of(models, text, PUB)
    assert a.status == "planned"
    assert sorted(p.region or "" for p in a.parties) == ["RU-KO", "RU-PER"]


# --- negatives ------------------------------------------------------------------------------

NO_SIDES = [
    # the capitals are where delegations went, not who acts: no sides are made up
    "Делегации министерств побывали в Калуге и Туле. Соответствующее соглашение подписано в "
    "понедельник.",
    # a quotation in quotes after no legal form is no body's name
    "Вчера в Пензе был подписан документ. В заявлении говорится: «Мы, жители области, рады, "
    "что соглашение подписано».",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", NO_SIDES)
def test_no_sides_from_venues_or_quotations(models, text):
    assert all(not a.parties for a in agreements_of(models, text, PUB))


@pytest.mark.slow
def test_similar_agreement_without_referring_word_keeps_own_sides(models):
    # "аналогичное" is another agreement: it does not take the sides of the sentence before
    text = ("Омск и Томск будут вместе обучать сиделок. Аналогичное соглашение Омская область "
            "подписала с Новосибирской областью.")
    got = [p for _, _, p in records(models, text)]
    assert ["Новосибирская область", "Омская область"] in got
    assert ["Омская область", "Томская область"] not in got


# --- the CLI, as a user runs it -------------------------------------------------------------

@pytest.mark.slow
def test_cli_lists_referred_sides(listed_rows):
    news = ("Калуга и Тула вместе поддержат семьи бойцов\n\n"
            "Опубликовано: 20 мая 2025\n\n"
            "Рязань и Липецк будут вместе помогать семьям участников СВО. Соответствующее "
            "соглашение вчера подписали губернаторы Павел Малков и Игорь Артамонов во время "
            "встречи в Липецке.\n")
    [record] = listed_rows({"ryazan.txt": news}, "--format", "jsonl", "--limit", "0")
    [agreement] = record["agreements"]
    assert sorted(p["name"] for p in agreement["parties"]) == ["Липецкая область",
                                                               "Рязанская область"]
    assert agreement["status"] == "signed"


@pytest.mark.slow
def test_body_hosting_the_meeting_is_no_side(models):
    # the committee hears a report on the agreement; the regions are its sides
    text = ("Депутаты проверили, как выполняется соглашение с Курской областью\n\n"
            "На заседании комитета Белгородской областной Думы по социальной политике депутаты "
            "заслушали информацию о выполнении соглашения о сотрудничестве между Белгородской "
            "областью и Курской областью, заключённого в 2022 году.")
    assert [p for _, _, p in records(models, text)] == [
        ["Белгородская область", "Курская область"]]


@pytest.mark.slow
def test_described_side_and_our_body_leave_the_quoted_name_whole(models):
    text = ("12 мая в Петрозаводске подписано соглашение о сотрудничестве между нашим центром "
            "и ГБУ СО «Карельский центр социальной помощи, реабилитации и отдыха». Документ "
            "подписали директор центра Мария Кузнецова и директор карельского учреждения Анна "
            "Иванова.")
    [a] = agreements_of(models, text, PUB)
    names = [p.name for p in a.parties]
    assert "ГБУ СО «Карельский центр социальной помощи, реабилитации и отдыха»" in names
    assert "карельское учреждение" not in names
    assert not any(n.startswith("Центр социальной помощи") for n in names)


@pytest.mark.slow
def test_bare_body_subject_is_the_body_named_before(models):
    text = ("Министерство социальной защиты Рязанской области и Рязанское региональное "
            "отделение Союза пенсионеров России подписали соглашение о сотрудничестве. "
            "Напомним, что аналогичное соглашение министерство заключило в прошлом году с "
            "региональным отделением Всероссийского общества глухих.")
    got = records(models, text)
    assert ("mentioned", "2024", ["Министерство социальной защиты Рязанской области",
                                  "Региональное отделение Всероссийского общества глухих"]) in got


@pytest.mark.slow
def test_one_word_side_defined_in_brackets_is_the_full_name(models):
    text = ("В Нальчике Правительство Кабардино-Балкарии и Федеральное медико-биологическое "
            "агентство (ФМБА) подписали соглашение о сотрудничестве. По словам руководителя "
            "агентства, ФМБА уже заключило аналогичные соглашения с Ставропольским краем и "
            "Карачаево-Черкесской Республикой.")
    mentioned = [p for status, _, p in records(models, text) if status == "mentioned"]
    assert mentioned == [
        ["Карачаево-Черкесская Республика", "Федеральное медико-биологическое агентство"],
        ["Ставропольский край", "Федеральное медико-биологическое агентство"]]


@pytest.mark.slow
def test_partner_of_the_verb_of_agreeing(models):
    text = ("Во вторник министр социальной защиты Курской области Ирина Белова побывала в Орле. "
            "С департаментом социальной защиты населения Орловской области договорились "
            "подготовить соглашение о подготовке сиделок: у орловских коллег есть учебный "
            "центр, а у нас — опыт долговременного ухода.")
    [a] = agreements_of(models, text, PUB)
    assert a.status == "planned"
    assert "Департамент социальной защиты населения Орловской области" in party_names(a)


@pytest.mark.slow
def test_no_partner_from_a_date_before_the_verb_of_agreeing(models):
    # "С 2020 года" opens another sentence; the agreement names no partner
    text = ("С 2020 года в области действует программа помощи семьям. Договорились "
            "подготовить соглашение о сотрудничестве.")
    assert all(not a.parties for a in agreements_of(models, text, PUB))


@pytest.mark.slow
def test_each_partner_agreement_keeps_its_own_signer(models):
    text = ("12 сентября заместитель губернатора Тамбовской области Олег Смирнов подписал "
            "соглашения о сотрудничестве в социальной сфере с главой Суджанского района "
            "Курской области Андреем Ивановым, главой Рыльского района Сергеем Кузнецовым и "
            "главой Льговского района Ольгой Петровой.")
    got = agreements_of(models, text, PUB)
    assert len(got) >= 2
    for a in got:
        # the common signer, and one district head: never another district's head
        assert "Олег Смирнов" in a.signatories
        assert len(a.signatories) == 2
    assert len({a.signatories[-1] for a in got}) == len(got)


@pytest.mark.slow
def test_colloquial_description_of_a_named_side_is_dropped(models):
    text = ("Пензенская соцзащита подписала соглашение с саратовскими коллегами\n\n"
            "Министерство социальной защиты Пензенской области и Министерство труда и "
            "социальной защиты Саратовской области 10 октября подписали соглашение о "
            "сотрудничестве.")
    assert [p for _, _, p in records(models, text)] == [
        ["Министерство социальной защиты Пензенской области",
         "Министерство труда и социальной защиты Саратовской области"]]
