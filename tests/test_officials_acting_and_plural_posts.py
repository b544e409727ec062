"""Officials (general causes from NEREL, FactRuEval and regional news): an acting prefix in an
oblique case stays in the post, in the nominative; a surname with initials after a body's
genitive chain is in the post's case, and initials the tagger splits off a surname join it;
the names under one plural post take, in order, its coordinated place adjectives or the
places (bodies of its kind) named before it; a woman's name beside a nominative post keeps
its nominative; a long list's post keeps its genitive complement though the parser hangs it
elsewhere; a committee keeps the field of its "по ..." group; a place adjective matches a
hyphenated place name.

Every probe is worded for this file (other regions, posts and names than any corpus); the
tables give the text, the person and what is expected."""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.nlp import Models

Record = tuple[str | None, str | None]



RECORDS: list[tuple[str, str, Record]] = [
    # an acting prefix in the instrumental / dative agrees with the name: kept, nominative
    ("Договор заключён с исполняющим обязанности министра здравоохранения Тверской области "
     "Олегом Смирновым.", "Олег Смирнов",
     ("исполняющий обязанности министра здравоохранения",
      "Министерство здравоохранения Тверской области")),
    ("Грамоту вручили исполняющей обязанности директора городской библиотеки Ирине "
     "Соколовой.", "Ирина Соколова",
     ("исполняющая обязанности директора", "городская библиотека")),
    # a surname then initials after a body's genitive chain: the director's nominative
    ("Отчёт о работе представила директор центра социального обслуживания Лаптева Н.Г.",
     "Н. Г. Лаптева", ("директор", "центр социального обслуживания")),
    # a plural post, coordinated place adjectives: each name its own region, in order
    ("Соглашение подписали губернаторы Самарской и Пензенской областей Дмитрий Азаров и "
     "Олег Мельниченко.", "Дмитрий Азаров", ("губернатор", "Самарская область")),
    ("Соглашение подписали губернаторы Самарской и Пензенской областей Дмитрий Азаров и "
     "Олег Мельниченко.", "Олег Мельниченко", ("губернатор", "Пензенская область")),
    ("Министры культуры Курской и Орловской областей Юрий Быков и Лидия Ершова обсудили "
     "гастроли театров.", "Лидия Ершова",
     ("министр культуры", "Министерство культуры Орловской области")),
    # a plural post of governors after two places: each their own, in order, not the
    # city they met in for both
    ("Тамбовская и Липецкая области договорились о сотрудничестве. Документ в Тамбове "
     "подписали губернаторы Евгений Первышов и Игорь Артамонов.", "Игорь Артамонов",
     ("губернатор", "Липецкая область")),
    # beside a nominative post, a surname that reads as a woman's nominative keeps her
    # first name as written, though the dictionary knows it as a man's genitive
    ("Приказ подписала министр культуры Республики Бурятия Баира Дашиева.",
     "Баира Дашиева", ("министр культуры", "Министерство культуры Республики Бурятия")),
    # a shared plural post after two bodies of its kind: each holder the body in order
    ("Тверской государственный университет и Ярославский государственный университет "
     "подписали соглашение. Документ подписали ректоры Андрей Белов и Олег Котов.",
     "Андрей Белов", ("ректор", "Тверской государственный университет")),
    ("Тверской государственный университет и Ярославский государственный университет "
     "подписали соглашение. Документ подписали ректоры Андрей Белов и Олег Котов.",
     "Олег Котов", ("ректор", "Ярославский государственный университет")),
    # the committee's field after a name the NER cut
    ("Вчера прошло заседание комитета Омского городского Совета по местному "
     "самоуправлению. Его провёл председатель комитета Пётр Седых.", "Пётр Седых",
     ("председатель", "Комитет Омского городского Совета по местному самоуправлению")),
    # a woman's name beside a nominative post, hung by the parse on the body's genitive
    ("С узбекской стороны документ подписала заместитель хокима Бухарской области Мафтуна "
     "Каримова.", "Мафтуна Каримова", ("заместитель хокима", "Бухарская область")),
    # a body named by its place's adjective: the body of that head and place named
    # before, the place's name hyphenated
    ("Комитет по культуре Санкт-Петербурга и министерство культуры Псковской области "
     "провели фестиваль. Итоги подвёл председатель петербургского комитета Олег Маслов.",
     "Олег Маслов", ("председатель", "Комитет по культуре Санкт-Петербурга")),
    # a long list: the parser hangs the post's complement on an earlier post
    ("Соглашение скрепили подписями министр финансов Курской области Олег Ланин, "
     "председатель брянского комитета Сергей Рыбин, министр социального обеспечения и труда "
     "Орловской области Марина Зуева и заместитель министра финансов Тульской области Юрий "
     "Лавров.", "Марина Зуева",
     ("министр социального обеспечения и труда",
      "Министерство социального обеспечения и труда Орловской области")),
    ("Соглашение скрепили подписями министр финансов Курской области Олег Ланин, "
     "председатель брянского комитета Сергей Рыбин, министр социального обеспечения и труда "
     "Орловской области Марина Зуева и заместитель министра финансов Тульской области Юрий "
     "Лавров.", "Олег Ланин", ("министр финансов", "Министерство финансов Курской области")),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "expected"), RECORDS)
def test_the_record_of_a_person(models: Models, text: str, name: str,
                                expected: Record) -> None:
    probes.check_official(models, text, name, expected)


NOT_CHANGED: list[tuple[str, str, Record]] = [
    # a post inside the chain: the name may be the minister's own genitive, left as read
    ("На совещании обсудили доклад министра Лаптева Н.Г.", "Н. Г. Лаптев", ("министр", None)),
    # three names, two places: no distribution
    ("В форуме участвовали губернаторы Самарской и Пензенской областей Дмитрий Азаров, "
     "Олег Мельниченко и Роман Бусаргин.", "Роман Бусаргин",
     ("губернатор", "Самарской и Пензенской областей")),
    # a "по ..." group of circumstance is not the committee's field
    ("Заседание комитета Тверской областной Думы по итогам года прошло вчера. Его провёл "
     "председатель комитета Иван Лебедев.", "Иван Лебедев",
     ("председатель", "Комитет Тверской областной Думы")),
    # an animate genitive before the name describes the person, not the post's body
    ("Генассамблея продлила полномочия первого генсека ООН норвежца Трюгве Ли.",
     "Трюгве Ли", ("первый генсек", "ООН")),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "expected"), NOT_CHANGED)
def test_what_the_rules_leave_alone(models: Models, text: str, name: str,
                                    expected: Record) -> None:
    found = probes.officials_of(models, text)
    assert found.get(name) == expected, found


@pytest.mark.slow
def test_a_known_womans_name_is_not_rewritten(models: Models) -> None:
    """A first name known in the nominative says the gender itself: no re-reading."""
    found = probes.officials_of(models, "Совещание провела министр образования Ольга Зимина.")
    assert found == {"Ольга Зимина": ("министр образования", "Министерство образования")}


@pytest.mark.slow
def test_cli_lists_the_new_readings(listed_rows) -> None:
    """As a user runs it: acting prefix, surname with initials and a shared plural post."""
    records = probes.by_file(listed_rows({
        "acting.txt": "Делегация встретилась с исполняющей обязанности главы Ветлужского района "
                      "Еленой Кругловой. Отчёт представила директор центра занятости "
                      "Гусева Т.М.\n",
        "governors.txt": "В Саранске губернаторы Рязанской и Тамбовской областей Павел Малков "
                         "и Евгений Первышов подписали соглашение о сотрудничестве.\n",
    }, "--format", "jsonl", "--limit", "0"))
    assert sorted(records) == ["acting.txt", "governors.txt"]
    assert [(o["name"], o["position"], o["organization"])
            for o in records["acting.txt"]["officials"]] == [
        ("Елена Круглова", "исполняющая обязанности главы", "Ветлужский район"),
        ("Т. М. Гусева", "директор", "центр занятости")]
    assert [(o["name"], o["position"], o["organization"])
            for o in records["governors.txt"]["officials"]] == [
        ("Павел Малков", "губернатор", "Рязанская область"),
        ("Евгений Первышов", "губернатор", "Тамбовская область")]
