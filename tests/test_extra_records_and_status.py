"""Extra agreement records and wrong statuses (status44), as general rules.

One body named in full and by its acronym is one side; a legal form is no word of a side's
name; a heading in capitals names no body by a common noun; the former agreement named twice
is one record; a counted noun's partners are one agreement each. Status: "как сообщает"
names the source, not a reminder; a headline taking the publication's year as its span
reviews that year; "в рамках форума" frames the signing in time; a plan noun with its own
genitive plans something else. Every probe is written in words of its own (other regions,
bodies and word orders than the dev rounds' texts)."""

from __future__ import annotations

import pytest
from probes import agreements_of, party_names, statuses_of

from soccoop.extract.normalize import acronym_variant, acronym_words, is_acronym

# --- acronym_words: how many leading words an acronym spells ------------------------------


@pytest.mark.parametrize(("acronym", "name", "words"), [
    ("ОмГТУ", "Омский государственный технический университет", 4),
    ("КФУ", "Казанский федеральный университет имени В. И. Ленина", 3),
    ("ВолГУ", "Волгоградский государственный университет", 3),
    ("ЦЗН", "Центр занятости населения Курской области", 3),
    # negatives: letters out of order, a single word, a word left over in the acronym
    ("КФУ", "Казанский университет", 0),
    ("МИН", "Министерство", 0),
    ("ПГУТ", "Пензенский государственный университет", 0),
])
def test_acronym_spells_leading_words(acronym, name, words):
    assert acronym_words(acronym, name.split()) == words


@pytest.mark.parametrize(("word", "expected"), [
    ("ОмГТУ", True), ("КФУ", True), ("ВУЗОМ", True),
    ("Минтруд", False), ("ГУ", False), ("университет", False), ("ЦЗН-2", False),
])
def test_acronym_shape(word, expected):
    assert is_acronym(word) is expected


# --- acronym_sides: the headline's acronym is the body the report names in full ------------


@pytest.mark.slow
def test_acronym_in_headline_is_the_body_named_in_full(models):
    text = ("Подписаны соглашения с ОмГТУ и «Добрым сердцем»\n\n"
            "Министерство труда и социального развития Омской области подписало два "
            "соглашения — с Омским государственным техническим университетом и с "
            "общественной организацией «Доброе сердце». Подписи поставили министр Ольга "
            "Седова, ректор ОмГТУ Павел Кривцов и председатель организации Анна Белова.")
    found = agreements_of(models, text, "2025-03-04")
    assert len(found) == 2
    names = [n for a in found for n in party_names(a)]
    assert "Омский государственный технический университет" in names
    assert not any(n.lower() == "омгту" for n in names)


# --- legal form outside the side's key -----------------------------------------------------


@pytest.mark.slow
def test_side_with_and_without_legal_form_is_one(models):
    text = ("Работа рядом: соглашение центра занятости с «Курским хлебозаводом» действует "
            "пятый год\n\n"
            "Соглашение между центром занятости населения Курской области и АО «Курский "
            "хлебозавод» о трудоустройстве людей с инвалидностью действует с 2021 года. "
            "За это время на предприятие пришли 30 человек.")
    assert statuses_of(models, text, "2025-10-02") == ["mentioned"]


# --- heading_common_nouns: a heading in capitals ------------------------------------------


@pytest.mark.slow
def test_common_noun_of_a_heading_in_capitals_is_no_side(models):
    text = ("СОГЛАШЕНИЕ С КОЛЛЕДЖЕМ\n\n"
            "12 мая Министерство социального развития Пермского края и Пермский "
            "гуманитарно-технологический колледж заключили соглашение о практике студентов.")
    found = agreements_of(models, text, "2025-05-14")
    assert [a.status for a in found] == ["signed"]
    assert not any("КОЛЛЕДЖ" in n for a in found for n in party_names(a))


# --- _former_again: the former agreement named twice --------------------------------------


@pytest.mark.slow
def test_former_agreement_named_twice_is_one_record(models):
    text = ("В Липецке в четверг подписали новое региональное трехстороннее соглашение между "
            "правительством Липецкой области, Липецким областным союзом организаций "
            "профсоюзов и Липецким областным объединением работодателей. «Важнее всего, что "
            "мы сохранили все гарантии предыдущего соглашения и добавили новые», — сказал "
            "председатель союза. Министр напомнила, что в рамках прежнего соглашения в "
            "регионе создано 900 рабочих мест.")
    assert sorted(statuses_of(models, text, "2025-01-20")) == ["mentioned", "signed"]


# --- "как сообщает" is the source of the news (_told_before) ------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(("opening", "published", "status"), [
    ("Как сообщает пресс-служба министерства,", None, "signed"),
    ("Как сообщает пресс-служба министерства,", "2025-03-14", "signed"),
    # negative: an earlier report told long before the publication is a reminder
    ("Как сообщалось,", None, "mentioned"),
])
def test_present_reporting_aside_is_no_reminder(models, opening, published, status):
    text = (f"{opening} 12 марта 2025 года министр социальной защиты Тверской области "
            "Анна Котова и председатель Тверской областной организации Всероссийского "
            "общества слепых Иван Панов подписали соглашение о взаимодействии.")
    assert statuses_of(models, text, published) == [status]


# --- a headline naming the publication's year reviews it (_year_in_review) -----------------


REVIEW_BODY = ("В феврале министерство социальной политики Свердловской области и Отделение "
               "Социального фонда России по Свердловской области заключили соглашение об "
               "обмене сведениями. 20 ноября министерство подписало соглашение с Уральским "
               "государственным медицинским университетом.")


@pytest.mark.slow
@pytest.mark.parametrize(("headline", "statuses"), [
    ("Итоги 2024 года: социальная сфера Среднего Урала в цифрах", ["signed", "signed"]),
    # negatives: no span of the year in the headline; the year of an earlier review
    ("Новости социальной политики Среднего Урала", ["mentioned", "signed"]),
    ("Итоги 2023 года и планы министерства", ["mentioned", "signed"]),
])
def test_headline_of_publication_year_reviews_it(models, headline, statuses):
    text = f"{headline}\n\n27 декабря 2024 г.\n\n{REVIEW_BODY}"
    assert sorted(statuses_of(models, text, "2024-12-27")) == statuses


# --- _occasion_frame: "в рамках форума" -------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(("frame", "event", "status"), [
    ("в рамках форума подписано трехстороннее соглашение", "", "signed"),
    ("в рамках конференции подписано трехстороннее соглашение", "", "signed"),
    # negative: the agreement noun framing what is done is a reference
    ("в рамках соглашения", " открыт учебный центр", "mentioned"),
])
def test_frame_of_an_occasion_keeps_the_signing(models, frame, event, status):
    text = (f"Кроме того, {frame} между министерством социальной политики Калининградской "
            "области, Отделением Социального фонда России по Калининградской области и "
            f"Балтийским федеральным университетом{event}.")
    assert statuses_of(models, text, "2025-06-05") == [status]


# --- _plan_of_other: a plan noun with a genitive of its own ---------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(("text", "status"), [
    ("По словам Анны Петровой, в подготовке кадров министерство опирается на соглашение с "
     "Курганским государственным университетом, заключенное в 2020 году: выпускники его "
     "программ уже работают координаторами в районах.", "mentioned"),
    # negative: the plan noun takes the agreement itself
    ("По словам министра, идет подготовка соглашения с Курганским государственным "
     "университетом, его подпишут осенью.", "planned"),
])
def test_plan_noun_of_another_thing_plans_no_agreement(models, text, status):
    assert statuses_of(models, text, "2025-10-17") == [status]


# --- acronym_variant: one body with an acronym for words of its name ----------------------


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("Отделение СФР по Тверской области",
     "Отделение Фонда пенсионного и социального страхования Российской Федерации по Тверской "
     "области", True),
    ("Управление МВД по Омской области",
     "Управление Министерства внутренних дел по Омской области", True),
    # negatives: another body between the same words; another territory; nothing around
    ("Отделение СФР по Тверской области", "Отделение Банка России по Тверской области", False),
    ("Отделение СФР по Тверской области",
     "Отделение Фонда пенсионного и социального страхования Российской Федерации по Псковской "
     "области", False),
    ("СФР", "Социальный фонд России", False),
])
def test_acronym_variant_of_a_name(a, b, expected):
    assert acronym_variant(a, b) is expected
    assert acronym_variant(b, a) is expected


@pytest.mark.slow
def test_branches_named_with_acronym_are_the_sides_named_in_full(models):
    text = ("Отделение Фонда пенсионного и социального страхования Российской Федерации по "
            "Тверской области и Отделение Фонда пенсионного и социального страхования "
            "Российской Федерации по Псковской области подписали соглашение об обмене "
            "сведениями. Соглашение подписали управляющий Отделением СФР по Тверской области "
            "Ирина Лосева и управляющий Отделением СФР по Псковской области Олег Гусев.")
    found = agreements_of(models, text, "2025-04-08")
    assert [a.status for a in found] == ["signed"]
    assert not any("СФР" in n for n in party_names(found[0]))


# --- extension_document: the supplementary agreement of an extension ----------------------


@pytest.mark.slow
@pytest.mark.parametrize(("second", "count"), [
    ("Дополнительное соглашение о продлении подписали министр Татьяна Самохина и "
     "управляющий отделением Олег Гусев.", 1),
    # negative: a document of another subject is another agreement
    ("Кроме того, министр Татьяна Самохина и ректор университета Олег Гусев подписали "
     "соглашение о практике студентов.", 2),
])
def test_document_of_an_extension_is_that_extension(models, second, count):
    text = ("Министерство социального развития Оренбургской области и Отделение Социального "
            "фонда России по Оренбургской области продлили соглашение об информационном "
            f"взаимодействии еще на три года. {second}")
    assert len(agreements_of(models, text, "2025-04-18")) == count


# --- _unnamed_partners: partners counted by a numeral, none named --------------------------


@pytest.mark.slow
@pytest.mark.parametrize(("partners", "count"), [
    ("с семью крупными работодателями", 1),
    ("с пятью предприятиями", 1),
    # negatives: the partners are named after a colon, or some after "в том числе"; plural
    # "соглашения" with named partners are one agreement each (many2: one per partner)
    ("с двумя компаниями: ООО «Вятский хлеб» и АО «Кировский завод»", 3),
    ("с семью регионами, в том числе с Удмуртией и Пермским краем", 3),
])
def test_agreements_with_counted_unnamed_partners_are_no_record(models, partners, count):
    text = ("12 мая центр занятости населения города Кирова и лесопромышленная компания ООО "
            "«Вятский лес» заключили соглашение о трудоустройстве людей с инвалидностью. "
            "Министр экономического развития Кировской области Иван Петров добавил, что "
            f"подобные соглашения в регионе уже заключены {partners}.")
    assert len(agreements_of(models, text, "2025-05-14")) == count


# --- other_ordinal: items counted by other ordinals --------------------------------------


@pytest.mark.slow
def test_items_of_other_ordinals_are_other_agreements(models):
    text = ("В четверг в Абакане были подписаны четыре соглашения о сотрудничестве. Первым "
            "стало соглашение между Министерством социальной защиты Республики Хакасия и "
            "Министерством социальной защиты населения Красноярского края. Второе соглашение "
            "министерство заключило с Отделением Социального фонда России по Республике "
            "Хакасия. Третье соглашение министерство заключило с Хакасским государственным "
            "университетом имени Н. Ф. Катанова и ресурсным центром «Доверие». Четвертое "
            "соглашение заключили между собой Отделение Социального фонда России по "
            "Республике Хакасия и Хакасский государственный университет имени Н. Ф. Катанова.")
    assert len(agreements_of(models, text, "2025-06-20")) == 4


# --- content_places: bodies in the plural in what the agreement holds -----------------------


@pytest.mark.slow
@pytest.mark.parametrize(("content", "count"), [
    ("ежегодные стажировки для студентов в учреждениях Курганской и Челябинской областей", 1),
    ("стажировки для студентов в центрах Пермского края и Удмуртской Республики", 1),
])
def test_places_of_the_content_are_no_sides(models, content, count):
    text = ("Министерство социальной политики Курганской области и Курганский государственный "
            "университет подписали соглашение о подготовке кадров. Соглашение предусматривает "
            f"разработку программ обучения и {content}.")
    found = agreements_of(models, text, "2025-02-05")
    assert len(found) == count
    assert [a.status for a in found] == ["signed"]


@pytest.mark.slow
def test_sides_of_the_agreement_in_force_stay(models):
    text = ("Напомним, с 2019 года действует соглашение о сотрудничестве между правительствами "
            "Курганской и Челябинской областей, в рамках которого специалисты проводят "
            "семинары.")
    found = agreements_of(models, text, "2025-02-05")
    assert [party_names(a) for a in found] == [
        ["Правительство Курганской области", "Правительство Челябинской области"]]
