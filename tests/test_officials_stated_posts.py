"""Officials recall on news shapes: people the extractor used to miss
although the sentence states their post. Each probe is worded for this file (no corpus
sentence); the table gives the text, the person, the position and the organisation
expected (``None`` for "no post" or "no organisation" where that is the point)."""

from __future__ import annotations

import pytest
from probes import check_post, parsed_officials

from soccoop.extract.nlp import Models

pytestmark = pytest.mark.slow



POSTS = [
    # a trade of public life is a post when nothing stronger is said
    ("На митинге выступил оппозиционный политик Глеб Карпов.", "Глеб Карпов", "политик"),
    ("Проверку провёл областной чиновник Аркадий Лосев.", "Аркадий Лосев", "чиновник"),
    # ... but a post joined to it by "и" says what the person holds
    ("Приветствие зачитал Пётр Орлов — дипломат и посол Чехии в Дании.", "Пётр Орлов",
     "посол"),
    # a group "один из ..." complements the post before the name
    ("Вчера в Казани выступил глава одного из трёх крупнейших банков страны Игорь Соколов.",
     "Игорь Соколов", "глава"),
    ("На заседании был председатель одной из районных администраций Самары Олег Климов.",
     "Олег Климов", "председатель"),
    ("Ольга Белова, директор одного из интернатов области, рассказала о планах.",
     "Ольга Белова", "директор"),
    # an organisation's name with its own punctuation does not end the post's phrase
    ("В Ницце отдыхает почётный президент одного из лидеров рынка красок Brand’Or "
     "Эмиль Дюпон.", "Эмиль Дюпон", "почётный президент"),
    # a row of trades before the name: the post among them is the name's
    ("«Это успех», — заявил актёр, сценарист и директор театра Иван Петров, известный "
     "своими ролями.", "Иван Петров", "директор"),
    # an academic title is a post when nothing stronger is said
    ("Доклад прочёл профессор Уральского университета Степан Гусев.", "Степан Гусев",
     "профессор"),
    # the appointee's post the parser hangs on the name after an initial
    ("Сарнов назначил В.Зворыкина руководителем лаборатории электроники.", "В. Зворыкин",
     "руководитель лаборатории электроники"),
    # a foreign name's gender is a guess from its ending: "он" may stand for it
    ("Другой фаворит — Шейк Модибо Диарра. В апреле 2012 года он был назначен председателем "
     "переходного правительства Мали.", "Шейк Модибо Диарра", "председатель"),
    # ... while a known first name still decides
    ("Вчера в Тверь приехал Иван Петров. Она была назначена министром.", "Иван Петров",
     None),
    # a predecessor held the post of the one he is named against
    ("В мае Олег Гуров был выбран мэром Твери. Олег Гуров сменил своего предшественника "
     "Павла Лысенко.", "Павел Лысенко", "мэр"),
    ("Директором лицея стала Ольга Белова. Её предшественник Игорь Смирнов ушёл на пенсию.",
     "Игорь Смирнов", "директор"),
    # ... but not when the clause does not say whose post it was
    ("Министром назначен Иван Петров после отставки своего предшественника Олега Сидорова.",
     "Олег Сидоров", None),
    # a trade joined by "и" to a post after the name: the post is the name's
    ("Выступил Олег Нилов, писатель и депутат Государственной думы.", "Олег Нилов",
     "депутат"),
    # ... two trades are no post
    ("Выступил Олег Нилов, писатель и журналист.", "Олег Нилов", None),
    # an appointing verb's object described by a relative noun is still appointed
    ("Губернатор назначил своего брата Кирилла Гусева первым заместителем министра.",
     "Кирилл Гусев", "первый заместитель министра"),
    # a contracted deputy's title, "зам" + the post in the genitive, is a post as written
    ("На совещании выступил замдиректора лицея Артём Кузин.", "Артём Кузин", "замдиректора"),
    ("Письмо подписал замгенпрокурора Виктор Рябов.", "Виктор Рябов", "замгенпрокурора"),
    ("Об этом рассказал замруководителя Росстата Денис Орехов.", "Денис Орехов",
     "замруководителя"),
    # ... but a word that merely starts so is none
    ("Замечательный певец Денис Орехов выступил в Твери.", "Денис Орехов", None),
    # a description between the post's phrase and the name, after a comma
    ("Вчера выступил директор лицея, заслуженный учитель Зиновий Орлов.", "Зиновий Орлов",
     "директор"),
    # ... but not after a row of bare posts: the name's own post is unsaid
    ("В заседании участвовали губернатор, мэр, известный художник Зиновий Орлов.",
     "Зиновий Орлов", None),
    # ... but a relative is not a post
    ("Соглашение подписали дочь президента Иванка Трамп и министр.", "Иванка Трамп", None),
]


@pytest.mark.parametrize(("text", "name", "position"), POSTS)
def test_the_stated_post_is_found(models: Models, text: str, name: str,
                                  position: str | None) -> None:
    check_post(models, text, name, position)


ORGANISATIONS = [
    ("Вчера в Казани выступил глава одного из трёх крупнейших банков страны Игорь Соколов.",
     "Игорь Соколов", "один из трёх крупнейших банков страны"),
    ("На заседании был председатель одной из районных администраций Самары Олег Климов.",
     "Олег Климов", "одна из районных администраций Самары"),
    ("Ольга Белова, директор одного из интернатов области, рассказала о планах.",
     "Ольга Белова", "один из интернатов области"),
    ("«Это успех», — заявил актёр, сценарист и директор театра Иван Петров, известный "
     "своими ролями.", "Иван Петров", "театр"),
    ("Вчера выступил директор лицея, заслуженный учитель Зиновий Орлов.", "Зиновий Орлов",
     "лицей"),
]


@pytest.mark.parametrize(("text", "name", "organization"), ORGANISATIONS)
def test_the_body_is_the_posts(models: Models, text: str, name: str,
                               organization: str) -> None:
    found = parsed_officials(models, text)
    assert found.get(name, (None, None))[1] == organization, found


PARAGRAPH = """Форум в Самаре

На форуме в Самаре выступила глава одного из крупнейших фондов поддержки семей Самарской \
области Вера Ильина. Опытом поделился сербский дипломат и посол Сербии в России Павел \
Гаврилович.
«Мы готовы помогать», — сказал писатель, педагог и директор центра семейного устройства \
Олег Сидоренко.
"""


def test_cli_lists_the_officials_of_a_paragraph(ingest_and_list) -> None:
    listed = ingest_and_list({"forum.txt": PARAGRAPH}, "--kind", "officials", "--format", "csv")
    rows = [line.split(",")[1:5] for line in listed.splitlines()]
    assert rows == [
        ["name", "position", "organization", "region"],
        ["Вера Ильина", "глава", "один из крупнейших фондов поддержки семей Самарской области",
         "RU-SAM"],
        ["Павел Гаврилович", "посол", "Сербия в России", ""],
        ["Олег Сидоренко", "директор", "центр семейного устройства", ""],
    ]
