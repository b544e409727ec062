"""Officials extractor on short sentences: name, position, organisation."""

from __future__ import annotations

import pytest
from probes import check_official, parsed_officials

from soccoop.extract.nlp import Models
from soccoop.extract.officials import find_officials

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
    # (a premier's organisation is his state's government: ``_body_of_post``)
    ("На встречу приехал британский премьер Гордон Браун.", "Гордон Браун",
     "Правительство Великобритании"),
    ("Выступил подмосковный губернатор Борис Громов.", "Борис Громов", "Московская область"),
    # a state-level position without an organisation takes the state named before it
    ("Визит во Францию завершился. Президент Николя Саркози остался доволен.",
     "Николя Саркози", "Франция"),
    ("Вашингтон смягчил эмбарго. Сенатор Джон Керри прибыл в Пакистан.", "Джон Керри",
     "Сенат США"),
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
     "Сильвио Берлускони", "Правительство Италии"),
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


# ---------------------------------------------------------------------------------------
# issue 9: posts read from the dependency tree, names and the nominative
# ---------------------------------------------------------------------------------------


def _parsed(models: Models, text: str) -> list:
    """Officials of a text analysed and parsed as the pipeline does (syntax included)."""
    from soccoop.extract.syntax import parse_documents

    analysis = models.analyse(text)
    parse_documents([analysis], models)
    return find_officials(analysis, models)


def _check_post_in(models: Models, text: str, name: str, position: str, org: str) -> None:
    """The parsed text gives ``name`` the post ``position`` of an organisation whose name
    holds ``org`` (the organisation's words around it may vary)."""
    found = {o.name: o for o in _parsed(models, text)}
    assert name in found, found
    assert found[name].position == position
    assert found[name].organization is not None and org in found[name].organization


TREE_CASES = [
    # the name in apposition to a post in the genitive ("премьера" is the premier here)
    ("У премьера Великобритании Бориса Джонсона родился сын.",
     "Борис Джонсон", "премьер", "Правительство Великобритании"),
    # the parser hangs the name on "министра"; the post in the name's case is above it
    ("Посол встретился с заместителем министра иностранных дел Грузии Александром "
     "Налбандовым.", "Александр Налбандов", "заместитель министра иностранных дел", "Грузии"),
    # posts in a row: the one next to the name is its post
    ("Иерусалим будет представлять министр по делам разведки, глава государственной "
     "Комиссии по атомной энергии Дан Меридор.",
     "Дан Меридор", "глава", "Комиссия по атомной энергии"),
    # the phrase stops where the post's noun phrase stops, not at the name
    ("Временный премьер Мали с 1991 по 1992 годы Сумана Сакко (Soumana Sacko) тоже имеет "
     "шансы на успех.", "Сумана Сакко", "временный премьер", "Мали"),
    ("Глава ФБР республиканец Джеймс Коми заявил об этом.", "Джеймс Коми", "глава", "ФБР"),
    # brackets and quotes inside an organisation's name are part of it
    ("Её возглавила глава федерации северной (скандинавской) ходьбы в Красноярском крае "
     "Ксения Кацер.", "Ксения Кацер", "глава",
     "федерация северной (скандинавской) ходьбы в Красноярском крае"),
    ("Главный редактор радиостанции «Говорит Москва» Сергей Доренко выступил в эфире.",
     "Сергей Доренко", "главный редактор", "радиостанция «Говорит Москва»"),
    # a name governed by "на" in the same case as its post
    ("Об этом сообщила «Медиазона» со ссылкой на пресс-секретаря Фонда борьбы с коррупцией "
     "Киру Ярмыш.", "Кира Ярмыш", "пресс-секретарь", "Фонд борьбы с коррупцией"),
    # a coordination of genitives stays in the post whatever the parser hangs it on
    ("Министр труда и социальной защиты Саратовской области Наталья Козак и министр труда, "
     "социальной защиты и демографии Пензенской области Марина Лерман подписали соглашение.",
     "Марина Лерман", "министр труда, социальной защиты и демографии",
     "Министерство труда, социальной защиты и демографии Пензенской области"),
    # the apposition after the name gives the post with an organisation
    ("Он встретился с полковником Игорем Шуневичем, главой МВД.",
     "Игорь Шуневич", "глава", "МВД"),
]


@pytest.mark.parametrize(("text", "name", "position", "org"), TREE_CASES)
def test_post_from_the_tree(models: Models, text: str, name: str, position: str,
                            org: str) -> None:
    _check_post_in(models, text, name, position, org)


@pytest.mark.parametrize(("text", "name", "position", "org"), [
    ("Врио губернатора Курской области Алексей Смирнов провёл совещание.",
     "Алексей Смирнов", "врио губернатора", "Курская область"),
    ("Исполняющий обязанности министра труда Иван Сидоров выступил.",
     "Иван Сидоров", "исполняющий обязанности министра труда", "Министерство труда"),
    ("Совещание провёл и. о. главы района Олег Ким.", "Олег Ким", "и. о. главы района", None),
    # the person's own modifiers are not the post's
    ("Он назначил руководителем службы и.о. главы ведомства 30-летнего Ивана Муравьева.",
     "Иван Муравьёв", "и. о. главы", "ведомство"),
    ("Первый заместитель министра Олег Ким выступил.", "Олег Ким",
     "первый заместитель министра", None),
    ("Об этом заявила Уполномоченный при Президенте РФ по правам ребёнка Мария "
     "Львова-Белова.", "Мария Львова-Белова",
     "уполномоченный при Президенте РФ по правам ребёнка", None),
    ("Документ подписал председатель комитета Псковской области по труду и занятости Игорь "
     "Иванов.", "Игорь Иванов", "председатель",
     "комитет Псковской области по труду и занятости"),
    ("В храме служил епископ Выборгский и Приозерский Игнатий.", "Игнатий",
     "епископ Выборгский и Приозерский", None),
])
def test_words_that_make_the_post(models: Models, text: str, name: str, position: str,
                                  org: str | None) -> None:
    found = {o.name: o for o in _parsed(models, text)}
    assert name in found, found
    assert found[name].position == position
    assert found[name].organization == org


@pytest.mark.parametrize(("text", "names"), [
    ("Встреча прошла с участием министра Яны Ружанской и директора школы Е. Лазовской.",
     ["Яна Ружанская", "Е. Лазовская"]),
    # a Latin spelling in brackets is not part of the name
    ("Госсекретарь по правам человека Барри Лоуенкрон (Barry Lowenkron) выступил.",
     ["Барри Лоуенкрон"]),
    # one surname, two first names: two people, each with their own post
    ("Губернатор Андрей Петров и министр социальной защиты Анна Петрова подписали "
     "соглашение. Петрова отметила важность документа.", ["Андрей Петров", "Анна Петрова"]),
    ("Полиция нашла тело внучки Роберта Кеннеди, брата бывшего президента США Джона "
     "Кеннеди.", ["Джон Кеннеди"]),
])
def test_names_in_the_nominative(models: Models, text: str, names: list[str]) -> None:
    assert [o.name for o in _parsed(models, text)] == names


def test_relative_named_by_a_post_is_not_the_official(models: Models) -> None:
    offs = _parsed(models, "Дочь действующего президента Иванку Трамп видели в Вашингтоне.")
    assert offs == []


def test_same_person_rule() -> None:
    from soccoop.names import same_person

    assert same_person("Анна Петрова", "А. Петрова")
    assert same_person("Анны Петровой", "Анна Петрова")
    assert same_person("Сергея Лаврова", "Сергей Лавров")
    assert same_person("Петрова", "Анна Петрова")  # a bare surname fits anyone
    assert not same_person("Андрей Петров", "Анна Петрова")
    assert not same_person("Мария Ру", "Марина Ру")
    assert not same_person("Т. Новикова", "Клавдия Новикова")
    assert not same_person("Иван Иванович Петров", "Иван Сергеевич Петров")
    assert same_person("Михаил Саакашвили", "Михаил Сааакашвили")  # one typo, same name
    assert not same_person("Михаил Саакашвили", "Георгий Сааакашвили")


@pytest.mark.parametrize(("text", "phrase"), [
    ("Он договорился с двумя министерствами.", "Два министерства"),
    ("Встреча с пятью крупными министерствами прошла.", "Пять крупных министерств"),
    ("Письмо подписано Министерством труда и социальной защиты РТ.",
     "Министерство труда и социальной защиты РТ"),
    ("Встреча с Костромской областью прошла.", "Костромская область"),
])
def test_one_nominative_normaliser(models: Models, text: str, phrase: str) -> None:
    from soccoop.extract.normalize import nominative_phrase

    toks = models.analyse(text).sentences[0].tokens
    i = next(k for k, t in enumerate(toks) if k and t.pos in ("NUM", "ADJ", "NOUN", "PROPN"))
    j = next((k for k in range(i, len(toks)) if toks[k].pos in ("VERB", "PUNCT")), len(toks))
    assert nominative_phrase(models, toks[i:j], text) == phrase


def test_extractors_do_not_import_the_scorer() -> None:
    import ast
    from pathlib import Path

    import soccoop.extract

    for path in Path(soccoop.extract.__file__).parent.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                assert node.module != "soccoop.evaluate", path
                assert not (node.module == "soccoop" and any(
                    a.name == "evaluate" for a in node.names)), path


@pytest.mark.parametrize(("text", "name", "position", "org"), [
    ("В апреле 2012 года Шейк Модибо Диарра был назначен председателем переходного "
     "правительства Мали.",
     "Шейк Модибо Диарра", "председатель", "переходное правительство Мали"),
    ("Пост генерального директора предприятия занимал Раис Ханнанов.",
     "Раис Ханнанов", "генеральный директор", "предприятие"),
    # an appointment names the post over the rank in apposition
    ("Президент назначил на пост главы МВД полковника Игоря Шуневича, известного "
     "близкими отношениями с Виктором Лукашенко.", "Игорь Шуневич", "глава", "МВД"),
    # of appositions in a row, the one with an organisation
    ("Его брат, Ван Бин, генерал, замначальника штаба ВМС в Южно-Китайском море, умер в "
     "2014 году.", "Ван Бин", "замначальника", "штаб ВМС в Южно-Китайском море"),
])
def test_post_given_by_the_clause(models: Models, text: str, name: str, position: str,
                                  org: str) -> None:
    check_official(models, text, name, (position, org), read=parsed_officials)


@pytest.mark.parametrize("text", [
    "Иван Петров претендует на пост губернатора.",
    "Иван Петров стал победителем конкурса.",
])
def test_no_post_held(models: Models, text: str) -> None:
    assert _parsed(models, text) == []


@pytest.mark.parametrize(("text", "name", "position", "org"), [
    # a participle of holding before the name, its post under "пост"
    ("Занимающая с мая 2019 года пост министра финансов Молдавии Наталья Гаврилица "
     "выступила на форуме.", "Наталья Гаврилица", "министр финансов",
     "Министерство финансов Молдавии"),
    # ... or after the name, with a few adverbial words between
    ("В марте Игорь Сечкин — в то время занимавший пост губернатора Тверской области — "
     "подписал указ.", "Игорь Сечкин", "губернатор", "Тверская область"),
    ("Вчера 60-летний Олег Лавров, возглавлявший должность главы ФНС с 2010 года, ушёл в "
     "отставку.", "Олег Лавров", "глава", "ФНС"),
    # a relative clause after the name
    ("Его сменил Павел Дронов, который вчера был назначен министром транспорта Чувашии.",
     "Павел Дронов", "министр транспорта", "Министерство транспорта Чувашии"),
])
def test_post_held_by_a_clause(models: Models, text: str, name: str, position: str,
                               org: str) -> None:
    check_official(models, text, name, (position, org), read=parsed_officials)


@pytest.mark.parametrize("text", [
    "Сергей Котов, претендовавший на пост мэра Твери, снял свою кандидатуру.",
    "Сергей Котов, который хотел стать мэром Твери, снял свою кандидатуру.",
])
def test_clause_without_a_post_held(models: Models, text: str) -> None:
    assert _parsed(models, text) == []


@pytest.mark.parametrize(("text", "name", "position", "org"), [
    # a participle clause between the post and the name
    ("Председатель Госсовета, открывший заседание минутой молчания, Фарид Мухаметшин "
     "выступил с докладом.", "Фарид Мухаметшин", "председатель", "Госсовет"),
    # a relative clause between them
    ("Директор школы, где учился писатель, Анна Рябова рассказала о музее.",
     "Анна Рябова", "директор", "школа"),
    # a second apposition in the name's case
    ("Премию вручили художественному руководителю Театра юного зрителя, народному артисту "
     "России Семёну Кравцову.", "Семён Кравцов", "художественный руководитель",
     "Театр юного зрителя"),
])
def test_post_before_an_aside(models: Models, text: str, name: str, position: str,
                              org: str) -> None:
    _check_post_in(models, text, name, position, org)


def test_aside_in_another_case_is_not_the_post(models: Models) -> None:
    text = "Жена министра финансов, известная певица Анна Рябова, дала концерт."
    assert _parsed(models, text) == []


@pytest.mark.parametrize(("text", "people"), [
    ("В суде выступили три экс-министра: Олег Соколов (2001—2004), Пётр Лавров и Анна "
     "Белова.", {"Олег Соколов": "экс-министр", "Пётр Лавров": "экс-министр",
                 "Анна Белова": "экс-министр"}),
    ("Соглашение подписали губернаторы Тверской и Псковской областей Игорь Руденя и "
     "Михаил Ведерников.", {"Игорь Руденя": "губернатор", "Михаил Ведерников": "губернатор"}),
])
def test_plural_post_before_a_list_of_names(models: Models, text: str,
                                            people: dict[str, str]) -> None:
    found = {o.name: o.position for o in _parsed(models, text)}
    assert found == people


def test_name_after_a_single_post_and_a_name_is_not_in_a_list(models: Models) -> None:
    found = {o.name for o in _parsed(models, "Документ подписали министр труда Анна "
                                             "Котова и Пётр Сидоров.")}
    assert found == {"Анна Котова"}


def test_post_as_the_object_before_the_name(models: Models) -> None:
    text = ("До Сергея пост генерального директора завода занимал Олег Рябов, но акционерами "
            "были его сыновья.")
    found = {o.name: o for o in _parsed(models, text)}
    assert (found["Олег Рябов"].position, found["Олег Рябов"].organization) == (
        "генеральный директор", "завод")


def test_who_appoints_does_not_hold_the_post(models: Models) -> None:
    text = "Губернатор Олег Рябов назначил министром культуры Анну Котову."
    found = {o.name: o.position for o in _parsed(models, text)}
    assert found["Олег Рябов"] == "губернатор"


@pytest.mark.parametrize(("text", "name", "org"), [
    ("Работу Федеральной службы по труду и занятости проверили. Временно исполняющим "
     "обязанности главы ведомства стал 45-летний Олег Рябов.",
     "Олег Рябов", "Федеральная служба по труду и занятости"),
    ('Совет директоров ОАО "Север" собрался в среду. Генеральный директор предприятия '
     "Анна Котова отчиталась о работе.", "Анна Котова", 'ОАО "Север"'),
])
def test_generic_organisation_named_before_by_its_kind(models: Models, text: str, name: str,
                                                       org: str) -> None:
    found = {o.name: o for o in _parsed(models, text)}
    assert name in found, found
    assert found[name].organization == org


@pytest.mark.parametrize(("text", "name", "org"), [
    ("Центром социального обслуживания с мая руководит его бывший директор — Анна Котова.",
     "Анна Котова", "Центр социального обслуживания"),
    ("Директор Олег Рябов, возглавляющий компанию «Север», выступил на форуме.",
     "Олег Рябов", "компания «Север»"),
])
def test_organisation_the_person_leads(models: Models, text: str, name: str, org: str) -> None:
    found = {o.name: o for o in _parsed(models, text)}
    assert name in found, found
    assert found[name].organization == org


@pytest.mark.parametrize(("text", "name", "position"), [
    ("Об этом заявил пресс-секретарь губернатора Тверской области Игоря Рудени Олег Котов.",
     "Олег Котов", "пресс-секретарь губернатора"),
    ("Он встретился с советником премьера Ивана Котова Петром Рябовым.",
     "Пётр Рябов", "советник премьера"),
])
def test_post_across_another_persons_name(models: Models, text: str, name: str,
                                          position: str) -> None:
    found = {o.name: o.position for o in _parsed(models, text)}
    assert found.get(name) == position, found


def test_relative_across_a_name_holds_no_post(models: Models) -> None:
    found = {o.name for o in _parsed(models, "Дочь президента США Дональда Трампа Иванка "
                                             "прилетела в Москву.")}
    assert "Иванка" not in found


# ---------------------------------------------------------------------------------------
# people and positions, round 3: agreement by readings, posts given by the clause, by a
# pronoun, by succession, posts left; whose post it is when two names meet
# ---------------------------------------------------------------------------------------

PEOPLE_CASES = [
    # the tagger's case of a post and a name disagree, their readings do not
    ("Речь идёт о будущем министре культуры Анне Ковалёвой.",
     "Анна Ковалёва", "министр культуры"),
    ("Он встретился с замминистра Олегом Котовым.", "Олег Котов", "замминистра"),
    # a post that is a compound, or a participle the tagger calls a verb
    ("Ирина Белова — первая женщина-губернатор Тверской области.", "Ирина Белова",
     "губернатор"),
    ("Он спорил с Павлом Рябовым - действующим мэром Твери.", "Павел Рябов", "мэр"),
    # a post as the predicate, with a copula
    ("По данным следствия, главой группы является Ольга Смирнова.", "Ольга Смирнова",
     "глава"),
    # the predecessor holds the post the clause names
    ("Олег Котов стал министром здравоохранения, сменив на этом посту Игоря Белова.",
     "Игорь Белов", "министр здравоохранения"),
    ("В 2006 году он уступил пост мэра Петру Рябову.", "Пётр Рябов", "мэр"),
    # a post left or relieved of
    ("Губернатор освободил Петра Рябова от должности министра финансов.", "Пётр Рябов",
     "министр финансов"),
    ("Иван Белов, который вчера подал в отставку с поста главного тренера, уехал.",
     "Иван Белов", "главный тренер"),
    # a pronoun's clause, the person named before
    ("Анна Котова родилась в Твери. В 2015 году она была назначена министром образования.",
     "Анна Котова", "министр образования"),
    # a bracketed aside between the name and the dash of its post
    ("Олег Рябов (1950—2020) — генеральный директор завода «Север».", "Олег Рябов",
     "генеральный директор"),
    # a description between the post and the name
    ("На встрече был председатель партии, предприниматель Павел Котов.", "Павел Котов",
     "председатель"),
    # a post, not a membership, stands for the person
    ("Губернатор Игорь Белов приехал в Тверь. Белов — член партии «Север».", "Игорь Белов",
     "губернатор"),
    # a regnal number is part of the name
    ("Вручение проведёт король Швеции Густав V.", "Густав V", "король"),
    # the noun of an appointment
    ("Дума одобрила избрание Ивана Петрова председателем комитета по бюджету.",
     "Иван Петров", "председатель"),
    # a foreign name that does not decline, in apposition to an oblique post
    ("После ранения, полученного сенатором Карен Смит, врачи молчат.", "Карен Смит",
     "сенатор"),
    # the name's age between the post and the name; an adjective of a post after a name
    ("Свой пост оставил вице-губернатор края, 35-летний Олег Котов, известный блогер.",
     "Олег Котов", "вице-губернатор края"),
    ("На форуме выступил Павел Рябов, духовный лидер общины.", "Павел Рябов",
     "духовный лидер общины"),
    # a post whose genitive chain names another person, across "из"
    ("Его поддержал экс-директор ФСБ из команды Ивана Белова Пётр Рябов вчера.",
     "Пётр Рябов", "экс-директор"),
    # a see the tagger takes for proper nouns, halves of a pair, a secular surname
    ("Пришли глава района Иван Белов, епископ Иваново-Вознесенский и Вичугский Иосиф, "
     "ветераны.", "Иосиф", "епископ Иваново-Вознесенский и Вичугский"),
    ("Службу провёл митрополит Восточно- и Западносибирский Павел (Петров) вчера.",
     "Павел", "митрополит Восточно- и Западносибирский"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "position"), PEOPLE_CASES)
def test_people_and_positions(models: Models, text: str, name: str, position: str) -> None:
    found = {o.name: o for o in _parsed(models, text)}
    assert name in found, found
    assert found[name].position == position
    o = found[name]
    assert text[o.evidence.start:o.evidence.end] == o.evidence.text


NOT_THEIR_POST = [
    # the name depends on the post: someone else holds it
    ("Письмо подписал бывший заместитель Котова.", "Котов"),
    ("Оргкомитет возглавил представитель фонда Анны Котовой.", "Анна Котова"),
    # a post right before the next name is that name's
    ("Среди гостей был Иван Белов, руководитель фонда «Север» Пётр Рябов.", "Иван Белов"),
    # the name inside a post's phrase that goes on after it
    ("Помощник Анны Котовой по европейским делам, который вчера прилетел, заявил.",
     "Анна Котова"),
    # a name after a preposition is not in apposition to the post before it
    ("Вчера директор школы с Иваном Беловым обсудили план.", "Иван Белов"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name"), NOT_THEIR_POST)
def test_post_that_is_not_theirs(models: Models, text: str, name: str) -> None:
    assert name not in {o.name for o in _parsed(models, text)}


@pytest.mark.slow
def test_secular_surname_of_a_bishop_is_no_other_person(models: Models) -> None:
    offs = _parsed(models, "Службу провёл митрополит Восточно- и Западносибирский Павел "
                           "(Петров) вчера.")
    assert [o.name for o in offs] == ["Павел"]


@pytest.mark.slow
def test_name_ends_at_a_line_break(models: Models) -> None:
    found = [o.name for o in _parsed(models, "Губернатор Игорь Белов\nВ области открылась "
                                             "новая школа.")]
    assert found == ["Игорь Белов"]


@pytest.mark.slow
def test_first_name_alone_is_the_person_with_it(models: Models) -> None:
    offs = _parsed(models, "Министр Анна Котова приехала в Тверь. Анна рассказала о "
                           "планах, а Анна Котова ответила на вопросы.")
    assert [o.name for o in offs] == ["Анна Котова"]


@pytest.mark.slow
def test_pronoun_without_one_antecedent_gets_nothing(models: Models) -> None:
    offs = _parsed(models, "Иван Белов и Пётр Рябов встретились в Твери. Он был назначен "
                           "министром.")
    assert offs == []


@pytest.mark.slow
@pytest.mark.parametrize(("text", "position", "organization"), [
    # a participle before the body's head belongs to the body, not to the post
    ("Председатель объединённого комитета начальников штабов Мартин Демпси прибыл в Киев.",
     "председатель", "объединённый комитет начальников штабов"),
    ("Начальник объединённого управления социальной защиты Иван Петров выступил на "
     "форуме.", "начальник", "объединённое управление социальной защиты"),
])
def test_participle_opens_the_organisation(models: Models, text: str, position: str,
                                           organization: str) -> None:
    offs = _parsed(models, text)
    assert [(o.position, (o.organization or "").lower()) for o in offs] == \
        [(position, organization)]
