"""Officials: posts in apposition that went to the
wrong name and posts stated in another sentence, each a general pass in
``extract/officials.py``.

* a post set in apposition to the next name (no comma between) is that name's, even when
  the window cannot reach the name (a foreign body's name with "&" between);
* an apposition agrees in case with its name: a nominative or instrumental post after a
  genitive name hung on a noun before it ("сын Сергея Смирнова, директор школы") is the
  post of the person that noun describes, found further on by the parse;
* a description that is no post, with a genitive of its own, then "и" and a post:
  "ветеран флота и нынешний начальник порта";
* a possessive between a post and its body belongs to neither word: "директор их фонда"
  → "директор", "фонд";
* a membership ("превосходный член партии") gives way to a post the text also gives the
  person, whatever adjective stands before "член";
* a post in another sentence: a definite description that is the subject of a sentence
  whose main clause names no one is the post of the one person the next sentence names
  as its subject or the one quoted ("Директор бюро заявил ... . По словам X, ...");
* a territorial epithet after a title of royalty is no surname ("принц Гарри Уэльский");
* a successor's or predecessor's office is the named person's: "преемник X на посту
  губернатора" (X was the governor);
* a later sentence with "он"/"она", a dash for the verb and a post: "С 2010 года он — мэр
  Тулы".

Every sentence and person here is invented for these tests; each table has rows where the
pass must not fire.
"""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.nlp import Models

Expected = dict[str, tuple[str, str | None]]

# a post in apposition to the next name
NEXT_NAME: list[tuple[str, Expected]] = [
    ("Совет покинули Ольга Сомова, руководитель отдела Alpha & Omega Systems Павел Рыбин "
     "и другие.", {"Павел Рыбин": ("руководитель", "отдел Alpha & Omega Systems")}),
    ("Ольга Сомова встретилась с Павлом Рыбиным, директором фирмы Alpha & Omega Lab "
     "Кириллом Юдиным.", {"Кирилл Юдин": ("директор фирмы", "Alpha & Omega Lab")}),
    ("На совещании были Ольга Сомова, заместитель директора департамента Павел Рыбин.",
     {"Павел Рыбин": ("заместитель директора", "департамент")}),
    # negative: a comma after the body closes the apposition, the post is hers
    ("Совет покинули Ольга Сомова, руководитель отдела Alpha & Omega Systems, и Павел "
     "Рыбин.", {"Ольга Сомова": ("руководитель", "отдел Alpha")}),
]


# an apposition agrees with its own name
FURTHER_ON: list[tuple[str, Expected]] = [
    ("На встрече выступил Иван Петров, сын Сергея Смирнова, директор школы №5.",
     {"Иван Петров": ("директор", "школа")}),
    ("Умерла Анна Ковалёва, вдова Сергея Смирнова, председатель городского совета в "
     "1990-е годы.", {"Анна Ковалёва": ("председатель", "городской совет")}),
    ("Мы встретились с Иваном Петровым, другом Сергея Смирнова, главой Киреевского "
     "района.", {"Иван Петров": ("глава", "Киреевский район")}),
    # negatives: a post in the genitive's own case is the genitive name's; a helper's
    # post with its master's name; a nominative post opening the next clause
    ("Вечер прошёл в доме Сергея Смирнова, директора школы №5.",
     {"Сергей Смирнов": ("директор", "школа")}),
    ("Об этом сообщил Иван Петров, помощник губернатора Сергея Смирнова.",
     {"Иван Петров": ("помощник губернатора", None), "Сергей Смирнов": ("губернатор", None)}),
    ("По словам Сергея Смирнова, губернатор уже подписал указ.", {}),
]


# a post after a description with a genitive
DESCRIBED: list[tuple[str, Expected]] = [
    ("Слово взял Иван Петров, ветеран флота и нынешний начальник морского порта "
     "Мурманска.", {"Иван Петров": ("начальник морского порта", "Мурманск")}),
    ("Приехала Анна Ковалёва, выпускница института и директор городской библиотеки.",
     {"Анна Ковалёва": ("директор", "городская библиотека")}),
    ("Иван Петров - космонавт и депутат Государственной думы.",
     {"Иван Петров": ("депутат", "Государственная дума")}),
    # negative: a description and a family word, no post
    ("Слово взял Иван Петров, ветеран флота и отец троих детей.", {}),
]


# a possessive inside a post
POSSESSIVES: list[tuple[str, Expected]] = [
    ("На открытии выступил директор их фонда Иван Петров.",
     {"Иван Петров": ("директор", "фонд")}),
    ("Мы поговорили с директором его школы Иваном Петровым.",
     {"Иван Петров": ("директор", "школа")}),
    ("Председатель своей партии Иван Петров выступил против.",
     {"Иван Петров": ("председатель", "партия")}),
    # negative: a possessive before a family word
    ("Его сын Иван Петров работает водителем.", {}),
]


MEMBERSHIP_AND_POST = (
    "Иван Петров был превосходным членом Народной партии. Позже Иван Петров, соратник "
    "Сергея Смирнова, губернатор Тверской области, ушёл в отставку.")


@pytest.mark.slow
def test_a_post_wins_over_a_membership_with_an_adjective(models: Models) -> None:
    found = probes.officials_of(models, MEMBERSHIP_AND_POST)
    assert found == {"Иван Петров": ("губернатор", "Тверская область")}


# a post described in the sentence before the name
DESCRIBED_BEFORE: list[tuple[str, Expected]] = [
    ("Губернатор Тверской области посетил школу. Игорь Руденя осмотрел классы.",
     {"Игорь Руденя": ("губернатор", "Тверская область")}),
    ("Глава Минтруда России выступил на форуме. По словам Антона Котякова, пособия "
     "вырастут.", {"Антон Котяков": ("глава", "Минтруд России")}),
    ("Руководитель отделения Социального фонда по Псковской области подвела итоги года. "
     "Ольга Карпова отметила рост выплат.",
     {"Ольга Карпова": ("руководитель", "отделение Социального фонда по Псковской области")}),
    ("В Перми министр здравоохранения края открыл больницу. Иван Петров перерезал "
     "ленточку.",
     {"Иван Петров": ("министр здравоохранения", "Министерство здравоохранения Пермского края")}),
    ("Тем временем директор районной библиотеки заявил, что Олег Рябов вернул книги. "
     "По словам Семёна Гусева, книги были целы.",
     {"Семён Гусев": ("директор", "районная библиотека")}),
    # negatives: a person the sentence before named in its main clause; a plural or
    # coordinated subject; the name with a description or post
    # of its own; a pronoun standing for the one described; the verb's gender; the name
    # not the subject; a post named with its holder in the next sentence
    ("Губернатор Тверской области встретился с Игорем Руденей, а затем посетил школу. "
     "Игорь Руденя осмотрел классы.", {}),
    ("Депутаты Государственной думы приняли закон. Иван Петров заявил, что закон нужен.",
     {}),
    ("Министр здравоохранения края и мэр города открыли больницу. Иван Петров перерезал "
     "ленточку.", {}),
    ("Директор школы рассказала о проекте. Ученица Анна Петрова победила в конкурсе.", {}),
    ("Министр здравоохранения края посетил больницу. Там его встретил Иван Петров.", {}),
    ("Директор школы рассказал о проекте. Анна Петрова победила в конкурсе.", {}),
    ("Министр здравоохранения края посетил больницу. Ивана Петрова наградили медалью.", {}),
    ("Министр здравоохранения края посетил больницу. Директор больницы Иван Петров "
     "показал палаты.", {"Иван Петров": ("директор", "больница")}),
]


@pytest.mark.slow
def test_cli_lists_a_post_further_on_and_a_post_described_before(  # type: ignore[no-untyped-def]
        listed_rows) -> None:
    """As a user runs it: ``soccoop ingest`` then ``soccoop list --format jsonl``."""
    records = probes.by_file(listed_rows({
        "obit.txt": "Умерла Анна Ковалёва, вдова Сергея Смирнова, председатель городского "
                    "совета в 1990-е годы.\n",
        "visit.txt": "Губернатор Тверской области посетил школу. Игорь Руденя осмотрел "
                     "классы.\n",
    }, "--format", "jsonl", "--limit", "0"))
    assert sorted(records) == ["obit.txt", "visit.txt"]
    assert [(o["name"], o["position"], o["organization"])
            for o in records["obit.txt"]["officials"]] == [
        ("Анна Ковалёва", "председатель", "городской совет")]
    assert [(o["name"], o["position"], o["organization"])
            for o in records["visit.txt"]["officials"]] == [
        ("Игорь Руденя", "губернатор", "Тверская область")]


# a territorial epithet after a royal title is no surname
EPITHETS: list[tuple[str, Expected]] = [
    ("Британский принц Гарри Уэльский посетил Лондон.",
     {"Гарри": ("принц", "Великобритания")}),
    ("Боец вызвал на бой принца Гарри Уэльского.", {"Гарри": ("принц", None)}),
    ("Письмо принцессе Анне Йоркской доставили утром.", {"Анна": ("принцесса", None)}),
    # negatives: a surname shaped like an adjective stays; no epithet at all
    ("Принц Андрей Вишневский посетил Лондон.", {"Андрей Вишневский": ("принц", None)}),
    ("На приёме был принц Гарри.", {"Гарри": ("принц", None)}),
]


# a successor's office was the named predecessor's
SUCCESSORS: list[tuple[str, Expected]] = [
    ("Преемник Ивана Петрова на посту губернатора пока не назван.",
     {"Иван Петров": ("губернатор", None)}),
    ("Предшественница Анны Ковалёвой на посту директора школы ушла на пенсию.",
     {"Анна Ковалёва": ("директор", "школа")}),
    ("О сменщике Олега Рябова на посту мэра Твери ничего не известно.",
     {"Олег Рябов": ("мэр", "Тверь")}),
    # negatives: no successor noun; no office after it
    ("Друзья Ивана Петрова на посту у входа ждали его.", {}),
    ("Преемник Ивана Петрова в компании пока не назван.", {}),
]


# a post after a pronoun and a dash
PRONOUN_DASH: list[tuple[str, Expected]] = [
    ("Иван Петров родился в Туле. С 2010 года он — мэр Тулы.",
     {"Иван Петров": ("мэр", "Тула")}),
    ("Анна Петрова родилась в Туле. Сейчас она – заместитель министра финансов.",
     {"Анна Петрова": ("заместитель министра финансов", "Министерство финансов")}),
    ("Иван Петров встретился с Анной Петровой. Она — министр финансов края.",
     {"Анна Петрова": ("министр финансов края", "Министерство финансов края")}),
    ("Иван Петров родился в Туле. Теперь он - врио губернатора Тульской области.",
     {"Иван Петров": ("врио губернатора", "Тульская область")}),
    # negative: no post after the dash
    ("Иван Петров родился в Туле. Он — отец троих детей.", {}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), probes.table_params(
    next=NEXT_NAME, further=FURTHER_ON, described=DESCRIBED, possessive=POSSESSIVES,
    before=DESCRIBED_BEFORE, epithet=EPITHETS, successor=SUCCESSORS, dash=PRONOUN_DASH))
def test_officials_of_each_table(models: Models, text: str, expected: Expected) -> None:
    """Each table above: the officials of its text, name -> (post, body), exactly."""
    assert probes.officials_of(models, text) == expected
