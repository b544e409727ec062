"""Officials extractor on short sentences: name, position, organisation."""

from __future__ import annotations

import pytest

from soccoop.extract.nlp import Models, get_models
from soccoop.extract.officials import find_officials


@pytest.fixture(scope="module")
def models() -> Models:
    return get_models()


CASES = [
    ("Сегодня министр социальной защиты РТ Клавдия Новикова подписала соглашение.",
     "Клавдия Новикова", "министр социальной защиты", "Министерство социальной защиты"),
    ("Документ подписала директор Департамента труда и социальной защиты населения "
     "Ханты-Мансийского автономного округа - Югры Татьяна Успенская.",
     "Татьяна Успенская", "директор", "Департамент труда и социальной защиты населения"),
    ("«Мы рады гостям», — поделился Александр Шабанов, директор Луганского детского "
     "учреждения санаторного типа «Незабудка».",
     "Александр Шабанов", "директор", "Луганское детское учреждение"),
    ("В свою очередь, заместитель председателя комитета Госсовета РТ по социальной политике "
     "Василий Логинов отметил успехи.",
     "Василий Логинов", "заместитель председателя", "комитет Госсовета РТ"),
    ("Об этом сообщил председатель правительства Ульяновской области Александр Смекалин.",
     "Александр Смекалин", "председатель", "Ульяновской области"),
    ("Встречу провёл Евгений Стружак, министр Правительства Москвы.",
     "Евгений Стружак", "министр", "Правительство Москвы"),
]


@pytest.mark.parametrize(("text", "name", "position", "org"), CASES)
def test_role_and_organisation(models: Models, text: str, name: str, position: str,
                               org: str) -> None:
    offs = find_officials(models.analyse(text), models)
    found = {o.name: o for o in offs}
    assert name in found, offs
    o = found[name]
    assert o.position == position
    assert o.organization is not None and org in o.organization
    assert o.region is None
    assert text[o.evidence.start:o.evidence.end] == o.evidence.text
    assert name.split()[-1][:5] in o.evidence.text


def test_initials_merge_into_full_name(models: Models) -> None:
    text = ("Министр социальной защиты РТ Клавдия Новикова выступила первой. "
            "Как заметила К.Новикова, работа продолжится. Позже К. Новиковой задали вопрос.")
    offs = find_officials(models.analyse(text), models)
    assert [o.name for o in offs] == ["Клавдия Новикова"]


def test_two_officials_in_one_sentence(models: Models) -> None:
    text = ("Подписи поставили министр здравоохранения Ульяновской области Рашид Абдуллов и "
            "заместитель директора по внебюджетной деятельности — ученый секретарь института "
            "Наталья Лебедева.")
    found = {o.name: o for o in find_officials(models.analyse(text), models)}
    assert found["Рашид Абдуллов"].position == "министр здравоохранения"
    assert found["Наталья Лебедева"].position.startswith("заместитель директора")
    assert "секретарь" in found["Наталья Лебедева"].position


@pytest.mark.parametrize("text", [
    '(Казань, 18 апреля, "Татар-информ", Ирина Игнатьева). Сегодня прошла встреча.',
    "Вчера Иван Петров приехал в Казань и встретился с друзьями.",
])
def test_no_role_no_official(models: Models, text: str) -> None:
    assert find_officials(models.analyse(text), models) == []


@pytest.mark.parametrize("text", ["", "   ", "12345 678", "\x00\x01\x02", "директор",
                                  "министр " * 300, "Иван Петров, " * 50])
def test_odd_input_does_not_crash(models: Models, text: str) -> None:
    assert isinstance(find_officials(models.analyse(text), models), list)


CONTEXT_CASES = [
    # a place adjective before the position names the state or region
    ("На встречу приехал британский премьер Гордон Браун.", "Гордон Браун", "Великобритания"),
    ("Выступил подмосковный губернатор Борис Громов.", "Борис Громов", "Московская область"),
    # a state-level position without an organisation takes the state named before it
    ("Визит во Францию завершился. Президент Николя Саркози остался доволен.",
     "Николя Саркози", "Франция"),
    ("Вашингтон смягчил эмбарго. Сенатор Джон Керри прибыл в Пакистан.", "Джон Керри", "США"),
    ("Москва готовится к празднику. Мэр Юрий Лужков осмотрел площадь.", "Юрий Лужков",
     "Москва"),
    # the only state the text names, in another paragraph
    ("Во Франции прошли выборы.\nПрезидент Николя Саркози выступил. Франция ликует.",
     "Николя Саркози", "Франция"),
    # a state named after the role in its sentence
    ("Глава государства Дмитрий Медведев и премьер РФ Владимир Путин выступили.",
     "Дмитрий Медведев", "РФ"),
    # a demonym before the role in its paragraph
    ("Итальянцы выбрали парламент. Премьер-министр Сильвио Берлускони недоволен.",
     "Сильвио Берлускони", "Италия"),
]


@pytest.mark.parametrize(("text", "name", "org"), CONTEXT_CASES)
def test_organisation_from_context(models: Models, text: str, name: str, org: str) -> None:
    found = {o.name: o for o in find_officials(models.analyse(text), models)}
    assert name in found, found
    assert found[name].organization == org


@pytest.mark.parametrize("text", [
    "Директор Иван Петров открыл школу во Франции.",  # not a state position
    "Президент Иван Петров выступил.",  # no state named anywhere
    # two states, each named once, neither in the role's paragraph
    "Визит во Францию и Германию.\nПрезидент Иван Петров выступил.",
    # a destination is not the state the post belongs to
    "Сенатор Иван Петров прибыл в воскресенье в Пакистан.",
    # a figurative title
    "Россия скорбит. Россия плачет. Музыкальный король Майкл Джексон ушёл из жизни.",
])
def test_no_organisation_guessed(models: Models, text: str) -> None:
    offs = find_officials(models.analyse(text), models)
    assert offs and all(o.organization is None for o in offs), offs


@pytest.mark.parametrize(("text", "name", "org"), [
    ("Активисты партии «Яблоко» вышли на улицу. Среди них был глава партии Сергей Митрохин.",
     "Сергей Митрохин", "«Яблоко»"),
    ("Договор подписан с Московским институтом культуры. Его подписал ректор института "
     "Иван Петров.", "Иван Петров", "Московский институт культуры"),
])
def test_generic_organisation_named_earlier(models: Models, text: str, name: str,
                                            org: str) -> None:
    found = {o.name: o for o in find_officials(models.analyse(text), models)}
    assert name in found, found
    assert org in (found[name].organization or ""), found[name]


@pytest.mark.parametrize(("text", "name", "position"), [
    ("Посла принял чрезвычайный и полномочный посол Италии в Грузии Виторио Сандали.",
     "Виторио Сандали", "чрезвычайный и полномочный посол"),
    ("Выступил государственный секретарь США Иван Петров.", "Иван Петров",
     "государственный секретарь"),
    ("Команду возглавили Йоахим Лёв (второй тренер) и Андреас Кёпке (тренер вратарей).",
     "Андреас Кёпке", "тренер вратарей"),
])
def test_position_phrase(models: Models, text: str, name: str, position: str) -> None:
    found = {o.name: o for o in find_officials(models.analyse(text), models)}
    assert name in found, found
    assert found[name].position == position


def test_candidate_for_a_post_does_not_hold_it(models: Models) -> None:
    text = "Бывший кандидат в президенты Беларуси Андрей Санников арестован."
    assert find_officials(models.analyse(text), models) == []


@pytest.mark.parametrize(("text", "name", "position", "org"), [
    # a participle clause inside the organisation's name, before the name
    ("Соглашение заключила председатель правления Фонда поддержки детей, находящихся в "
     "трудной жизненной ситуации, Марина Гордеева.", "Марина Гордеева",
     "председатель правления", "Фонд поддержки детей, находящихся в трудной жизненной ситуации"),
    # a participle used as the post's noun, after and before the name
    ("Соглашение подписали Ирина Колосова, директор департамента, и Олег Тимофеев, "
     "управляющий Отделением Социального фонда России по Свердловской области.",
     "Олег Тимофеев", "управляющий", "Отделение Социального фонда России по Свердловской"),
    ("Документ подписала управляющий Отделением СФР по Пермскому краю Ирина Смирнова.",
     "Ирина Смирнова", "управляющий", "Отделение СФР по Пермскому краю"),
    # initials inside the organisation's name
    ("Подпись поставил ректор Чувашского государственного университета имени И.Н. Ульянова "
     "Андрей Агафонов.", "Андрей Агафонов", "ректор",
     "Чувашский государственный университет имени И.Н. Ульянова"),
    # "областной комитет" is the regional committee named before, not the city's
    ("Встретились представители Комитета по труду Санкт-Петербурга и Комитета по труду "
     "Ленинградской области. Выступил первый заместитель председателя областного комитета "
     "Павел Жуков.", "Павел Жуков", "первый заместитель председателя",
     "Комитет по труду Ленинградской области"),
])
def test_long_roles(models: Models, text: str, name: str, position: str, org: str) -> None:
    found = {o.name: o for o in find_officials(models.analyse(text), models)}
    assert name in found, found
    assert found[name].position == position
    assert org in (found[name].organization or ""), found[name]


@pytest.mark.parametrize(("text", "name"), [
    ("Вчера министр Михаил Толстых подписал соглашение.", "Михаил Толстых"),
    ("Соглашение с министром Михаилом Толстых подписано.", "Михаил Толстых"),
    ("Выступила министр Ирина Шевченко.", "Ирина Шевченко"),
    ("Встреча с министром Ириной Новиковой прошла.", "Ирина Новикова"),
    ("Слово дали министру Олегу Седых. Олег Седых поблагодарил коллег.", "Олег Седых"),
])
def test_surname_as_written(models: Models, text: str, name: str) -> None:
    assert name in [o.name for o in find_officials(models.analyse(text), models)]


@pytest.mark.parametrize(("text", "name", "position"), [
    ("Арестован бывший заместитель министра иностранных дел Беларуси Андрей Санников.",
     "Андрей Санников", "заместитель министра иностранных дел"),
    ("Открыт памятник первому президенту России Борису Ельцину.", "Борис Ельцин", "президент"),
    ("Выступил первый заместитель министра Иван Петров.", "Иван Петров",
     "первый заместитель министра"),
    ("Новый губернатор Ольга Смирнова приступила к работе.", "Ольга Смирнова", "губернатор"),
    ("Глава Business NZ Фил О’Рейли выступил.", "Фил О’Рейли", "глава"),
])
def test_position_without_dating_words(models: Models, text: str, name: str,
                                       position: str) -> None:
    found = {o.name: o for o in find_officials(models.analyse(text), models)}
    assert name in found, found
    assert found[name].position == position


@pytest.mark.parametrize(("text", "name"), [
    ("Работа понравилась супруге первого президента — Наине Иосифовне.", "Наина"),
    ("Следуя предложению Дмитрия Медведева, депутаты Законодательного собрания приняли "
     "обращение.", "Медведев"),
])
def test_post_of_someone_else(models: Models, text: str, name: str) -> None:
    offs = find_officials(models.analyse(text), models)
    assert not [o for o in offs if name[:5] in o.name], offs


@pytest.mark.parametrize(("text", "name", "org"), [
    ("В Сенате, где демократы сохранили большинство, спикер Гарри Рид заявил о планах.",
     "Гарри Рид", "Сенат"),
    ("Вчера в Государственной думе спикер Вячеслав Володин открыл сессию.",
     "Вячеслав Володин", "Государственная дума"),
    ("Спикер Иван Петров выступил.", "Иван Петров", None),
])
def test_speaker_of_the_chamber_named_before(models: Models, text: str, name: str,
                                              org: str | None) -> None:
    found = {o.name: o for o in find_officials(models.analyse(text), models)}
    assert name in found, found
    assert found[name].organization == org


def test_typo_in_surname_is_the_same_person(models: Models) -> None:
    text = ("Президент Грузии Михаил Саакашвили выступил. Затем Михаил Сааакашвили уехал. "
            "Министр Иван Петров и министр Иван Петрова выступили.")
    names = [o.name for o in find_officials(models.analyse(text), models)]
    assert names.count("Михаил Саакашвили") == 1 and "Михаил Сааакашвили" not in names, names


@pytest.mark.parametrize(("text", "name", "position", "org"), [
    ("Кандидатом стала лидер французского крайне правого Национального фронта (FN) "
     "Марин Ле Пен, сообщает РИА.", "Марин Ле Пен", "лидер",
     "французский крайне правый Национальный фронт (FN)"),
    ("Глава представительства США в регионе помощник заместителя госсекретаря Мэтью Брайза "
     "призвал всех к спокойствию.", "Мэтью Брайза", "помощник заместителя госсекретаря",
     "США"),
])
def test_role_details(models: Models, text: str, name: str, position: str, org: str) -> None:
    found = {o.name: o for o in find_officials(models.analyse(text), models)}
    assert name in found, found
    assert (found[name].position, found[name].organization) == (position, org)
