"""Officials on real-news shapes (issue 9): posts a careful reader gives a person that the
text states around the name, not right before it. Each case is a short Russian text, the
person expected and the position's words; ``None`` says the person must get no post."""

from __future__ import annotations

import pytest

from soccoop.extract.nlp import Models, get_models
from soccoop.extract.officials import find_officials
from soccoop.extract.syntax import parse_documents

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def models() -> Models:
    return get_models()


def _officials(models: Models, text: str) -> dict[str, tuple[str, str | None]]:
    analysis = models.analyse(text)
    parse_documents([analysis], models)  # as the ingest does
    return {o.name: (o.position, o.organization) for o in find_officials(analysis, models)}


CASES = [
    # an adverb of time between the name and its apposition
    ("В 2005 году его назначили по представлению Владимира Путина, тогда президента России.",
     "Владимир Путин", "президент"),
    ("Встречу открыл Иван Петров, ныне министр финансов Тверской области.",
     "Иван Петров", "министр финансов"),
    # a plural post, a dash, then names each after its own region
    ("Своих постов могут лишиться губернаторы нескольких регионов - Саратовской области "
     "Павел Ипатов, Кировской области Никита Белых и Пермского края Олег Чиркунов.",
     "Никита Белых", "губернатор"),
    ("Своих постов могут лишиться губернаторы нескольких регионов - Саратовской области "
     "Павел Ипатов, Кировской области Никита Белых и Пермского края Олег Чиркунов.",
     "Олег Чиркунов", "губернатор"),
    ("На встречу приехали мэры трёх городов: Твери Алексей Огоньков и Пскова Иван Цецерский.",
     "Алексей Огоньков", "мэр"),
    # a membership gives way to a post stated beside it
    ("Представитель Демократической партии Апхисит Ветчачива, занимавший пост премьера с "
     "2008 года, подал в отставку.", "Апхисит Ветчачива", "премьер"),
    ("Об уходе также заявил первый вице-спикер, представитель Коммунистической партии Игорь "
     "Калетник.", "Игорь Калетник", "первый вице-спикер"),
    ("Выступил депутат Госдумы, член фракции КПРФ Иван Петров.", "Иван Петров", "депутат"),
    ("Выступил член фракции КПРФ Иван Петров.", "Иван Петров", "член фракции"),
    # an apposition, then the name's age, then the name
    ("Следователи предъявили обвинения генеральному директору компании ООО «АргоРечТур», "
     "арендатору теплохода «Булгария», 40-летней Светлане Инякиной.", "Светлана Инякина",
     "генеральный директор"),
    # a name the tagger split in two after a first name it does not know
    ("Так заявил актер, продюсер и директор Нейл Патрик Харрис.", "Нейл Патрик Харрис",
     "директор"),
    # ... but a surname in the genitive before a name is someone else's
    ("Шансы возглавить ФБР имеют транспортный чиновник и бывший заместитель Мюллера Джон "
     "Пистоль.", "Джон Пистоль", "заместитель"),
    # a hierarch by his monastic name; the secular surname in brackets is not his name
    ("Одним из кандидатов на Патриаршество стал митрополит Галактион (Табаков).",
     "Галактион", "митрополит"),
    ("Пройдут торжества по случаю 80-летия со дня рождения митрополита Никодима (Ротова).",
     "Никодим", "митрополит"),
    # a post left by a noun of leaving
    ("Биньямин Нетаньяху объявит о сложении с себя полномочий премьер-министра Израиля.",
     "Биньямин Нетаньяху", "премьер-министр"),
    ("Мэр Иван Сидоров сложил с себя полномочия мэра Твери.", "Иван Сидоров", "мэр"),
    # a feminine post in a pronoun's clause
    ("В Великобритании была задержана 25-летняя россиянка Екатерина Затуливетер. Она была "
     "помощницей члена парламента Великобритании.", "Екатерина Затуливетер",
     "помощница члена"),
    # whom "он" replaces held the post he was given in the sentence before
    ("Трамп назначил Джона Хантсмена послом в России. Он сменит Джона Теффта, "
     "проработавшего в России три года.", "Джон Теффт", "посол"),
    # a person the tagger took for a place, right after a post
    ("Сложилась команда единомышленников нашего первого президента Ахмат-Хаджи Кадырова.",
     "Ахмат-Хаджи Кадыров", "президент"),
    # "один из" + a plural post: the person's post, in the singular
    ("Иван Петров, один из руководителей компании «Ромашка», выступил с докладом.",
     "Иван Петров", "руководитель"),
    ("Организация входила в структуру \"Имарата Кавказ\", возглавляемого одним из лидеров "
     "северокавказских боевиков Доку Умаровым.", "Доку Умаров",
     "лидер северокавказских боевиков"),
    # ... but a plural subject after a comma is no apposition
    ("Следуя предложению Ивана Петрова, депутаты приняли закон.", "Иван Петров", None),
    # an adverb between a participle of appointing and the post
    ("Владимир Кулишов, назначенный сегодня на пост руководителя Пограничной службы ФСБ, "
     "служит в органах госбезопасности более 30 лет.", "Владимир Кулишов", "руководитель"),
    # the one replaced holds the post the successor takes
    ("Таким образом, генерал сменяет на этом посту Леона Панетту, который сегодня был "
     "назначен министром обороны США вместо ушедшего в отставку Роберта Гейтса.",
     "Роберт Гейтс", "министр обороны"),
    ("60-летний Картер станет четвёртым главой Пентагона за шесть лет пребывания президента "
     "Обамы в Белом доме, сменив на этом посту Чака Хейгела.", "Чак Хейгел", "глава"),
    ("Иван Петров был избран мэром Твери вместо Петра Сидорова.", "Пётр Сидоров", "мэр"),
    # ... but not one whose death is the occasion
    ("Иван Петров стал министром финансов после смерти Петра Сидорова.", "Пётр Сидоров",
     None),
    # the one person named before, described by a post of a state in the next sentence
    ("Власти проведут эксгумацию останков Ясира Арафата. Эксперты возьмут образцы в рамках "
     "расследования причин смерти палестинского лидера.", "Ясир Арафат", "лидер"),
    ("Владимир Путин попал на второе место. В прошлом году российский премьер не попал в "
     "тройку.", "Владимир Путин", "премьер"),
    ("95-летний Нельсон Мандела был госпитализирован в июне. Бывший президент ЮАР и лауреат "
     "Нобелевской премии мира весь прошлый год болел.", "Нельсон Мандела", "президент"),
    ("95-летний Нельсон Мандела был госпитализирован в июне. Бывший президент ЮАР весь "
     "прошлый год наблюдался в стационаре, лишь ненадолго его покидая.", "Нельсон Мандела",
     "президент"),
    # ... but not when a pronoun in the post's clause stands for that person
    ("Иван Петров, житель Тулы, написал письмо. Губернатор Тульской области ответил ему.",
     "Иван Петров", None),
    # ... nor a post inside a body's name
    ("Ярослав Минников удостоен награды. Конференция прошла в доме отдыха «Непецино» "
     "Управления делами Президента РФ.", "Ярослав Минников", None),
    # ... and a post of the person's own wins over a description
    ("Министр финансов Алексей Кудрин выступил в Думе. Российский премьер был краток.",
     "Алексей Кудрин", "министр финансов"),
]


@pytest.mark.parametrize(("text", "name", "position"), CASES)
def test_post_around_the_name(models: Models, text: str, name: str,
                              position: str | None) -> None:
    found = _officials(models, text)
    if position is None:
        assert name not in found, found
    else:
        assert name in found, found
        assert found[name][0] == position, found


def test_the_successor_clause_is_not_the_organisation(models: Models) -> None:
    found = _officials(models, "Леон Панетта сегодня был назначен министром обороны США "
                               "вместо ушедшего в отставку Роберта Гейтса.")
    assert found.get("Роберт Гейтс") == ("министр обороны", "Министерство обороны США"), found


def test_an_institution_named_after_someone_stays_an_organisation(models: Models) -> None:
    found = _officials(models, "Выступил директор Института Иванова Петр Сидоров.")
    assert list(found) == ["Петр Сидоров"], found


def test_each_listed_name_gets_its_own_region(models: Models) -> None:
    found = _officials(models, "Своих постов могут лишиться губернаторы нескольких регионов "
                               "- Саратовской области Павел Ипатов и Кировской области Никита "
                               "Белых.")
    assert found.get("Павел Ипатов") == ("губернатор", "Саратовская область"), found
    assert found.get("Никита Белых") == ("губернатор", "Кировская область"), found


def test_a_bracketed_second_spelling_is_not_part_of_the_name(models: Models) -> None:
    found = _officials(models, "Владимир Макеенко (Володимир Володимирович Макеєнко) — "
                               "народный депутат Украины.")
    assert list(found) == ["Владимир Макеенко"], found
