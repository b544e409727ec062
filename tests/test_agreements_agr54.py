"""agr54: agreement extras and misses on ordinary pages, each cause a small named rule.

- plural agreements whose "с" partner is a kind of body counted by a numeral or a quantity
  word, named no further than by its places, are such agreements in general, no record:
  ``agreements.counted_kinds``;
- one side written the same with its region found on one side only (an acronym spelled out
  in a headline, the adjective's region in the body) is one side:
  ``party_identity.same_name_one_placed``;
- a day and its month right after the agreement noun end its name:
  ``candidate_status.day_adjunct``;
- a town or district named as a side is the body that governs it, named in full elsewhere:
  ``party_identity.place_of_body``;
- the subjects of a relative clause on the agreement noun, one of them a bare head noun,
  are its sides: ``agreements.relative_subjects_named_before``;
- "НКО" is a kind word for the NGO the text names, no side of its own
  (``lexicon.REFERRING_BODY_WORDS``).
"""

from __future__ import annotations

import pytest
from probes import agreements_of, named_rows, party_names

from soccoop.extract.agreement_types import _Party
from soccoop.extract.candidate_status import _title_end
from soccoop.extract.party_identity import place_of_body
from soccoop.extract.party_identity import same_name_one_placed as _same_name_one_placed
from soccoop.extract.syntax import ensure_parsed

PUB = "2025-05-20"

SIGNING = ("Министерство социальной защиты Тверской области и ООО «Тверской хлебозавод» "
           "подписали соглашение о трудоустройстве людей с инвалидностью. ")

COUNTED_KINDS = named_rows([
    ("number_then_clause_with_but",
     SIGNING + "Министр рассказал, что в области подобные соглашения уже действуют с 12 "
     "предприятиями, но в Торжке такой документ подписан впервые."),
    ("several_with_towns",
     SIGNING + "Как сообщили в министерстве, подобные соглашения в этом году планируется "
     "заключить ещё с несколькими заводами Твери, Ржева и Кимр."),
    ("number_sentence_end",
     SIGNING + "По словам министра, аналогичные соглашения действуют с 20 работодателями."),
])


@pytest.mark.parametrize("text", COUNTED_KINDS)
def test_counted_kinds_make_no_record(models, text):
    found = agreements_of(models, text, PUB)
    assert len(found) == 1, [party_names(a) for a in found]
    assert found[0].status == "signed"


NAMED_AFTER_COUNT = named_rows([
    ("dash_list",
     "Министерство социальной защиты Тверской области подписало соглашения с двумя "
     "предприятиями — ООО «Ржевский завод» и АО «Кимрская фабрика»."),
    ("colon_list",
     "Министерство социальной защиты Тверской области подписало соглашения с двумя "
     "предприятиями: ООО «Ржевский завод» и АО «Кимрская фабрика»."),
    ("comma_names",
     "Министерство социальной защиты Тверской области подписало соглашения с двумя "
     "предприятиями, ООО «Ржевский завод» и АО «Кимрская фабрика»."),
    ("including",
     "Министерство социальной защиты Тверской области подписало соглашения с 14 "
     "предприятиями, в том числе с ООО «Ржевский завод»."),
])


def test_counted_partners_some_named_after_a_time_phrase(models):
    text = ("Правительство Тульской области и Федеральная служба по труду и занятости "
            "подписали соглашение о сотрудничестве. По словам руководителя Роструда, служба "
            "уже заключила аналогичные соглашения с 30 регионами, в том числе в прошлом "
            "месяце - с Курской областью и Орловской областью.")
    names = {n for a in agreements_of(models, text, PUB) for n in party_names(a)}
    assert "Курская область" in names, names


@pytest.mark.parametrize("text", NAMED_AFTER_COUNT)
def test_counted_partners_named_after_all_stay(models, text):
    found = agreements_of(models, text, PUB)
    names = {n for a in found for n in party_names(a)}
    assert any("Ржевский" in n for n in names), names


HEADLINE_ACRONYM = named_rows([
    ("acronym_in_headline",
     "Минсоц Чувашии и ЧГУ могут подписать соглашение о подготовке сиделок\n\n"
     "Министерство труда и социальной защиты Чувашской Республики готово заключить "
     "соглашение с Чувашским государственным университетом о подготовке сиделок. "
     "«Подпишем соглашение 12 июня, если программа будет готова», — сказала министр."),
])


@pytest.mark.parametrize("text", HEADLINE_ACRONYM)
def test_headline_region_and_spelled_acronym_join_the_body_plan(models, text):
    found = agreements_of(models, text, PUB)
    assert len(found) == 1, [party_names(a) for a in found]
    assert found[0].status == "planned"


@pytest.mark.slow  # a side's key reads the morphology
def test_same_name_one_placed(models):
    uni = "Чувашский государственный университет"
    assert _same_name_one_placed(_Party(uni, [], 0, 1, models),
                                 _Party(uni, ["RU-CU"], 5, 6, models))
    assert not _same_name_one_placed(_Party(uni, ["RU-CU"], 0, 1, models),
                                     _Party(uni, ["RU-CU"], 5, 6, models))
    assert not _same_name_one_placed(_Party("Чувашская Республика", [], 0, 1, models),
                                     _Party("Чувашская Республика", ["RU-CU"], 5, 6, models))


TITLE_ENDS = named_rows([
    ("day_and_month", "Мы подпишем соглашение 12 июня в Чебоксарах.", "12"),
])


@pytest.mark.parametrize("text,stop", TITLE_ENDS)
def test_title_ends_before_a_day(models, text, stop):
    sent = ensure_parsed(models.analyse(text).sentences[0], models)
    toks = sent.tokens
    k = next(i for i, t in enumerate(toks) if t.lemma == "соглашение")
    end = _title_end(sent, k)
    assert all(t.text != stop for t in toks[k:end])


def test_title_keeps_its_subject(models):
    sent = ensure_parsed(models.analyse(
        "Подписано соглашение о сотрудничестве в сфере занятости.").sentences[0], models)
    k = next(i for i, t in enumerate(sent.tokens) if t.lemma == "соглашение")
    assert sent.tokens[_title_end(sent, k) - 1].text == "занятости"


PLACES_OF_BODIES = named_rows([
    ("district_head_then_administration",
     "В пятницу министр труда и социального развития Республики Саха (Якутия) Иван "
     "Петров и глава Чурапчинского улуса Анна Сидорова подписали соглашение о "
     "долговременном уходе. По соглашению между Министерством труда и социального "
     "развития Республики Саха (Якутия) и администрацией муниципального района "
     "«Чурапчинский улус» министерство оплатит ставки помощников по уходу."),
])


@pytest.mark.parametrize("text", PLACES_OF_BODIES)
def test_place_named_for_its_administration_is_one_agreement(models, text):
    found = agreements_of(models, text, PUB)
    assert len(found) == 1, [party_names(a) for a in found]
    assert found[0].status == "signed"
    assert not any(n == "Чурапчинский улус" for n in party_names(found[0]))


@pytest.mark.slow  # a side's key reads the morphology
def test_place_of_body(models):
    place = _Party("Чурапчинский улус", [], 0, 1, models)
    body = _Party("Администрация муниципального района «Чурапчинский улус»", [], 5, 9, models)
    assert place_of_body(place, body)
    assert not place_of_body(body, place)
    other = _Party("Администрация муниципального района «Мегино-Кангаласский улус»", [], 5, 9,
                   models)
    assert not place_of_body(place, other)
    ministry = _Party("Министерство труда Чурапчинского улуса", [], 5, 9, models)
    assert not place_of_body(place, ministry)  # no town's body


RELATIVE_SUBJECTS = named_rows([
    ("centre_and_university",
     "Ярмарку провели университет и Центр занятости населения Псковской области. "
     "Стажировки для студентов проходят в рамках соглашения, которое центр занятости и "
     "Псковский государственный университет подписали в 2022 году.",
     "Центр занятости населения Псковской области"),
])


@pytest.mark.parametrize("text,bare_side", RELATIVE_SUBJECTS)
def test_relative_clause_subjects_with_a_bare_head(models, text, bare_side):
    found = agreements_of(models, text, PUB)
    assert len(found) == 1
    names = party_names(found[0])
    assert bare_side in names and len(names) == 2, names


def test_relative_clause_without_a_body_told_before_names_nothing(models):
    text = ("Стажировки проходят в рамках соглашения, которое центр занятости и "
            "Псковский государственный университет подписали в 2022 году.")
    for a in agreements_of(models, text, PUB):
        assert "Центр занятости населения Псковской области" not in party_names(a)


KIND_WORDS = named_rows([
    ("ngo_headline",
     "Курганские власти заключили соглашение с НКО о помощи ветеранам\n\n"
     "Главное управление социальной защиты населения Курганской области и автономная "
     "некоммерческая организация «Рядом» 3 апреля подписали соглашение о сотрудничестве."),
])


@pytest.mark.parametrize("text", KIND_WORDS)
def test_ngo_abbreviation_is_no_side(models, text):
    found = agreements_of(models, text, PUB)
    assert len(found) == 1, [party_names(a) for a in found]
    assert "НКО" not in party_names(found[0])


DEFINITIONS = named_rows([
    ("hedged_definition",
     "«Социальный контракт — это своего рода соглашение между семьей и государством: мы "
     "даем деньги, а семья берет обязательства», — пояснила министр социальной защиты "
     "населения Кузбасса Ольга Петрова."),
    ("plain_definition",
     "Досудебное урегулирование — это соглашение между гражданином и ведомством о сроках "
     "выплаты долга, сказал начальник управления социальной защиты Новокузнецка."),
])


@pytest.mark.parametrize("text", DEFINITIONS)
def test_agreement_as_predicate_of_a_definition_is_no_record(models, text):
    assert agreements_of(models, text, PUB) == []


def test_definition_shape_naming_sides_stays(models):
    text = ("Главный итог визита — это соглашение между Министерством труда Пензенской "
            "области и Министерством социальной защиты Республики Мордовия, подписанное "
            "вчера в Саранске.")
    assert len(agreements_of(models, text, PUB)) == 1


@pytest.mark.slow  # reads the morphology
def test_bare_kind_of(models):
    from soccoop.extract.party_identity import bare_kind_of
    plant = _Party("АО «Ковровская швейная фабрика»", [], 0, 1, models)
    assert bare_kind_of(_Party("Фабрика»", [], 5, 6, models), plant, models)
    assert bare_kind_of(_Party("министерство", [], 5, 6, models),
                        _Party("Министерство социальной защиты Владимирской области",
                               ["RU-VLA"], 0, 1, models), models)
    assert not bare_kind_of(_Party("министерство", [], 5, 6, models), plant, models)
    assert not bare_kind_of(_Party("Ковров", [], 5, 6, models), plant, models)  # no kind noun


CAPTION_OF_SIGNING = named_rows([
    ("caption_with_bare_kind",
     "Также в четверг, 18 апреля, министерство и АО «Ковровская швейная фабрика» "
     "подписали соглашение о трудоустройстве людей с инвалидностью.\n\n"
     "На фото: соглашение подписывают министр социальной защиты Владимирской области Иван "
     "Петров и генеральный директор фабрики Анна Сидорова."),
])


@pytest.mark.parametrize("text", CAPTION_OF_SIGNING)
def test_caption_with_bare_kind_joins_the_signing(models, text):
    found = [a for a in agreements_of(models, text, "2024-04-19") if a.status == "signed"]
    assert len(found) == 1, [party_names(a) for a in found]
