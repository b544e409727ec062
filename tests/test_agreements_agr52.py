"""agr52: extra agreements on pages that tell several, each cause a small named rule.

- a plural signing heading naming no side ("стала церемония подписания соглашений") sums up
  the signings told after it; the guests of the sentence before are not its sides:
  ``agreements.several_signed``;
- "между X и Y" in another sentence of a quoted speech is no side of the agreement noun
  ("«Между Тулой и Калугой меньше 100 километров. ... Соглашение позволит ...»"):
  ``agreements.sentence_end_between``;
- a mention in an item of a contents line ("В этом выпуске — новые соглашения ... в Твери и
  Смоленске, поправки ..., ярмарка вакансий") whose regions the report tells in full
  below is no agreement of its own: ``agreements.contents_item``,
  ``coreference.contents_line_items``;
- the phrase of an agreement noun runs on around it, so a date the parser hangs on the base
  agreement across the signing verb dates the signing: ``agreements.noun_phrase``;
- a comment thread signed by readers' names or name and town, with no time stamp ("Николай,
  Селенгинск" / "Молодцы! ..." / "Ирина В." / "Слышала, что ..."), is no article text:
  ``merge._signed_entries``.
"""

from __future__ import annotations

import pytest
from probes import agreements_of, named_rows

from soccoop.extract.agreements import contents_item, sentence_end_between
from soccoop.extract.merge import _comments_start
from soccoop.extract.syntax import ensure_parsed, windows

PUB = "2025-04-18"

PLURAL_HEADINGS = named_rows([
    ("forum_guests_then_ceremony",
     "Во Владимире прошёл межрегиональный форум «Старшее поколение». В нём приняли участие "
     "делегации Владимирской, Ивановской и Ярославской областей. Главным событием форума "
     "стала церемония подписания соглашений. Первым подписано соглашение между департаментом "
     "социальной защиты населения Владимирской области и Владимирским государственным "
     "университетом.", 1),
    ("guests_from_regions_then_signings",
     "На площадке выставки собрались представители Пензенской, Саратовской и Ульяновской "
     "областей. Итогом дня стало подписание соглашений. Министерство труда Пензенской "
     "области подписало соглашение с Пензенским государственным университетом.", 1),
])


@pytest.mark.parametrize("text,count", PLURAL_HEADINGS)
def test_plural_signing_heading_takes_no_guests_as_sides(models, text, count):
    found = agreements_of(models, text, PUB)
    assert len(found) == count
    for a in found:  # every side is a body, none a bare region of the guests
        assert not any(p.name.endswith(("область", "области")) and len(p.name.split()) <= 2
                       for p in a.parties), [p.name for p in a.parties]


QUOTED_DISTANCES = named_rows([
    ("distance_between_towns",
     "Министр социальной защиты Тульской области Анна Волкова и министр труда Калужской "
     "области Ольга Петрова подписали соглашение о сотрудничестве. «Между Тулой и Калугой "
     "меньше 100 километров. Жителям приграничных районов ближе до соседнего центра. "
     "Соглашение позволит помогать людям без оглядки на границу», — пояснила Волкова."),
    ("road_between_regions",
     "Министерство социальной политики Курской области и министерство социальной защиты "
     "Белгородской области подписали соглашение о сотрудничестве. «Между Курском и "
     "Белгородом два часа пути! Соглашение позволит семьям получать помощь ближе к дому», — "
     "сказала министр."),
])


@pytest.mark.parametrize("text", QUOTED_DISTANCES)
def test_between_in_another_quoted_sentence_is_no_side(models, text):
    found = agreements_of(models, text, PUB)
    assert len(found) == 1
    assert all("министерство" in p.name.lower() for p in found[0].parties)


def test_between_in_the_same_sentence_still_gives_the_sides(models):
    found = agreements_of(models, "Между министерством труда Тульской области и Тульским "
                          "государственным университетом в прошлом году было заключено "
                          "соглашение о сотрудничестве.", PUB)
    assert len(found) == 1
    names = " ".join(p.name for p in found[0].parties)
    assert "университет" in names and "министерство" in names.lower()


@pytest.mark.parametrize("text,between", named_rows([
    ("full_stop_before_capital",
     "«Между Тулой и Калугой сто километров. Соглашение поможет», — сказал он.", True),
    ("exclamation", "«Между Тулой и Калугой сто километров! Соглашение поможет», — сказал он.",
     True),
    ("initials_are_no_end", "Между фондом и университетом имени Б. Н. Ельцина соглашение.",
     False),
    ("town_abbreviation", "Между фондом в г. Тула и центром соглашение.", False),
]))
def test_sentence_end_between(models, text, between):
    sent = windows(models.analyse(text))[0]
    toks = sent.tokens
    k = next(i for i, t in enumerate(toks) if t.lemma == "соглашение")
    assert sentence_end_between(sent, 0, k) is between


CONTENTS = named_rows([
    ("digest_preview_of_four_regions",
     "Каждую пятницу мы собираем главные события недели. В этом выпуске — новые соглашения "
     "о подготовке кадров в Твери и Смоленске, поправки к закону о социальном контракте, "
     "планы Брянска и первые итоги сотрудничества калужских властей с Социальным фондом."
     "\n\n1. Тверская область\n\nМинистерство социальной защиты населения Тверской области "
     "и Тверской государственный университет подписали соглашение о подготовке кадров."
     "\n\n2. Смоленская область\n\nДепартамент Смоленской области по социальному развитию "
     "и Смоленский государственный университет подписали соглашение о сотрудничестве."
     "\n\n3. Брянская область\n\nДепартамент семейной политики Брянской области и "
     "Брянский государственный университет готовят соглашение о подготовке психологов."
     "\n\n4. Калужская область\n\nВ Калуге подвели итоги первого года действия соглашения "
     "между правительством Калужской области и Отделением Социального фонда России по "
     "Калужской области.", 4),
    ("preview_with_colon",
     "Обзор недели. В выпуске: соглашение о реабилитации с соседями из Республики Алтай, "
     "новые маршруты автобусов, паводок и хоккей.\n\nМинистерство социальной защиты "
     "Алтайского края и Министерство труда и социального развития Республики Алтай "
     "подписали соглашение о сотрудничестве.", 1),
])


@pytest.mark.parametrize("text,count", CONTENTS)
def test_contents_line_mention_is_no_agreement_of_its_own(models, text, count):
    found = agreements_of(models, text, PUB)
    assert len(found) == count
    assert not any(a.evidence.text.startswith(("В этом выпуске", "В выпуске")) for a in found)


def test_contents_item_of_a_region_told_nowhere_keeps_its_agreement(models):
    text = ("Итоги недели. В планах — соглашение с Республикой Карелия, ярмарка вакансий, "
            "ремонт школ и конкурс.\n\nМинистерство социальной защиты Тверской области "
            "подписало соглашение с Тверским государственным университетом.")
    found = agreements_of(models, text, PUB)
    assert any(any("Карелия" in p.name for p in a.parties) for a in found)


@pytest.mark.parametrize("text,item", named_rows([
    ("dash_list", "В этом выпуске — соглашение с вузом, ярмарка вакансий, новый закон.",
     "соглашение с вузом"),
    ("colon_list", "В выпуске: паводок, соглашение с соседями из Алтая, хоккей.",
     "соглашение с соседями из Алтая"),
    ("a_verb_makes_no_contents", "Министерство подписало соглашение с вузом, фондом и "
     "центром: документ рассчитан на три года.", None),
    ("two_items_are_no_list", "В выпуске — соглашение с вузом и ярмарка вакансий.", None),
]))
def test_contents_item(models, text, item):
    sent = ensure_parsed(windows(models.analyse(text))[0], models)
    toks = sent.tokens
    k = next(i for i, t in enumerate(toks) if t.lemma == "соглашение")
    found = contents_item(sent, k)
    if item is None:
        assert found is None
    else:
        assert found is not None
        assert " ".join(t.text for t in toks[found[0]:found[1]]) == item


def test_date_hung_across_the_verb_dates_the_signing(models):
    found = agreements_of(models, "Центр занятости населения Республики Марий Эл и ООО "
                          "«Марийская мебельная фабрика» во вторник, 15 апреля, подписали "
                          "дополнительное соглашение к соглашению о сотрудничестве, "
                          "заключённому в 2021 году. По новым условиям фабрика создаст ещё "
                          "десять рабочих мест.", "2025-04-18")
    assert sorted((a.status, a.date) for a in found) == [("mentioned", "2021"),
                                                         ("signed", "2025-04-15")]


COMMENT_THREADS = named_rows([
    ("reader_and_town",
     "Комментарии\n\nПётр, Кяхта\nСпасибо за статью! У нас тоже так.\n\nОльга Н.\nГоворят, "
     "администрация города скоро подпишет соглашение с «Сельхозбанком» о кредитах.\n\nгость\n"
     "Не верьте слухам."),
    ("names_only",
     "Обсуждение\n\nМарина\nА у нас в посёлке отказали.\n\nСергей К.\nСлышал, министерство "
     "готовит соглашение с банком.\n"),
])


@pytest.mark.parametrize("thread", COMMENT_THREADS)
def test_signed_comment_thread_holds_no_agreement(models, thread):
    article = ("Семья Ивановых из Кяхты открыла пекарню по социальному контракту. "
               "Помощь оказал центр занятости.\n\n")
    assert _comments_start(article + thread) == len(article)
    assert agreements_of(models, article + thread, PUB) == []


@pytest.mark.parametrize("section", named_rows([
    # experts quoted under their names: the article's own words
    ("experts_quoted",
     "Мнения\n\nИван Петров\n«Соглашение с соседями нужно было подписать давно».\n\n"
     "Анна Серова\n«Теперь семьи получат помощь быстрее».\n"),
    # one author's line only: no thread
    ("single_entry", "Комментарии\n\nПётр, Кяхта\nСпасибо за статью!\n"),
]))
def test_no_signed_comment_thread(section):
    article = "Министерство подписало соглашение с фондом.\n\n"
    assert _comments_start(article + section) == len(article + section)


def test_partner_of_another_name_is_another_agreement(models):
    text = ("Министерство труда Тверской области и Тверской государственный университет "
            "подписали соглашение о подготовке кадров.\n\n«Сейчас мы готовим соглашение с "
            "фондом «Добрые руки»», — сказал министр труда Тверской области Иван Петров.")
    found = agreements_of(models, text, "2025-03-20")
    assert sorted(a.status for a in found) == ["planned", "signed"]
