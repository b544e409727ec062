"""Officials on NEREL and FactRuEval, session 34 (branch off34): plural posts over lists
of names and a post stated as the subject of the next sentence, each a small pass in
``extract/officials.py``.

* a plural post is read as plural by its dictionary readings when the tagger, fooled by a
  capital letter, calls it a genitive singular ("Президенты России и Белоруссии ...");
* a plural post whose body ends with coordinated places in the genitive, over as many
  names, gives each name its own place in order ("мэры Тулы и Курска Иван Петров и
  Сергей Смирнов" → Тула, Курск); bodies that are no places stay whole;
* a plural post in apposition after a list of names is each one's, in the singular
  ("Иван Петров и Сергей Смирнов, губернаторы Тульской и Курской областей, ...");
* a sentence that names no one and whose subject is a singular post speaks of the one
  person the sentence before named in the nominative, when the verb agrees in gender
  ("Олег Ларин заявил ... . Глава компании выразил надежду ..."), and a plural post with
  a plural verb of the people named before ("Соглашение подписали X и Y. Губернаторы
  Тульской и Курской областей отметили ...");
* a second predicate without a subject of its own shares the first one's, and the post
  it gives is the subject's ("Иван Петров окончил институт и стал мэром Тулы"); the
  reflexive passive of an appointing verb holds a post too ("избирался мэром"); so does a
  relative clause of the noun the subject is, or of its apposition ("был социалистом,
  который был избран президентом", "X, известный юрист, который стал мэром").

Every sentence and person here is invented for these tests; each table has rows where the
pass must not fire.
"""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.nlp import Models

Expected = dict[str, tuple[str | None, str | None]]

PLURAL_BEFORE: list[tuple[str, Expected]] = [
    # a capitalised plural post the tagger reads as a genitive singular
    ("Президенты России и Белоруссии Иван Петров и Олег Ларин провели встречу.",
     {"Иван Петров": ("президент", "Россия"), "Олег Ларин": ("президент", "Белоруссия")}),
    ("Встречу провели мэры Тулы и Курска Иван Петров и Сергей Смирнов.",
     {"Иван Петров": ("мэр", "Тула"), "Сергей Смирнов": ("мэр", "Курск")}),
    # instrumental, and a body with a word of its own before the places
    ("С мэрами Калуги и Тулы Иваном Петровым и Сергеем Смирновым встретился министр.",
     {"Иван Петров": ("мэр", "Калуга"), "Сергей Смирнов": ("мэр", "Тула")}),
    ("Министры финансов Армении и Грузии Иван Петров и Олег Ларин обсудили бюджет.",
     {"Иван Петров": ("министр финансов", "Министерство финансов Армении"),
      "Олег Ларин": ("министр финансов", "Министерство финансов Грузии")}),
    # indeclinable places keep their form
    ("Послы ЮАР и Мали Иван Петров и Олег Ларин вручили грамоты.",
     {"Иван Петров": ("посол", "ЮАР"), "Олег Ларин": ("посол", "Мали")}),
    # negatives: three places for two names; bodies that are no places; two own posts
    ("Президенты России, Белоруссии и Казахстана Иван Петров и Олег Ларин провели встречу.",
     {"Иван Петров": ("президент", "Россия, Белоруссии и Казахстана"),
      "Олег Ларин": ("президент", "Россия, Белоруссии и Казахстана")}),
    ("Председатели Совета Федерации и Госдумы Анна Котова и Олег Ларин провели встречу.",
     {"Анна Котова": ("председатель", "Совет Федерации и Госдумы"),
      "Олег Ларин": ("председатель", "Совет Федерации и Госдумы")}),
    ("Губернатор Тульской области Иван Петров и мэр Тулы Сергей Смирнов открыли мост.",
     {"Иван Петров": ("губернатор", "Тульская область"), "Сергей Смирнов": ("мэр", "Тула")}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), PLURAL_BEFORE,
                         ids=[f"before-{n}" for n in range(len(PLURAL_BEFORE))])
def test_a_plural_post_before_a_list_gives_each_name_its_place(models: Models, text: str,
                                                                expected: Expected) -> None:
    assert probes.officials_of(models, text) == expected


PLURAL_AFTER: list[tuple[str, Expected]] = [
    ("Иван Петров и Сергей Смирнов, губернаторы Тульской и Курской областей, подписали "
     "соглашение.", {"Иван Петров": ("губернатор", "Тульская область"),
                     "Сергей Смирнов": ("губернатор", "Курская область")}),
    ("Иван Петров и Сергей Смирнов (губернаторы Тульской и Курской областей) подписали "
     "соглашение.", {"Иван Петров": ("губернатор", "Тульская область"),
                     "Сергей Смирнов": ("губернатор", "Курская область")}),
    ("Министр встретился с Анной Котовой и Олегом Лариным, министрами труда Тульской и "
     "Курской областей.",
     {"Анна Котова": ("министр труда", "Министерство труда Тульской области"),
      "Олег Ларин": ("министр труда", "Министерство труда Курской области")}),
    ("Анна Котова, Олег Ларин и Пётр Семёнов, депутаты городской думы, осмотрели школу.",
     {"Анна Котова": ("депутат", "городская дума"), "Олег Ларин": ("депутат", "городская дума"),
      "Пётр Семёнов": ("депутат", "городская дума")}),
    ("Прошла встреча Ивана Петрова и Сергея Смирнова, губернаторов Тульской и Курской "
     "областей.", {"Иван Петров": ("губернатор", "Тульская область"),
                   "Сергей Смирнов": ("губернатор", "Курская область")}),
    ("Награды вручили Ивану Петрову и Сергею Смирнову, губернаторам Тульской и Курской "
     "областей.", {"Иван Петров": ("губернатор", "Тульская область"),
                   "Сергей Смирнов": ("губернатор", "Курская область")}),
    ("Иван Петров и Сергей Смирнов — губернаторы Тульской и Курской областей — подписали "
     "соглашение.", {"Иван Петров": ("губернатор", "Тульская область"),
                     "Сергей Смирнов": ("губернатор", "Курская область")}),
    # negatives: a plural post in another case than the names (a new clause's subject);
    # one name before a plural subject; a plural that is no post; names and common nouns
    ("Прошла встреча Ивана Петрова и Сергея Смирнова, губернаторы Тульской и Курской "
     "областей подписали соглашение.", {}),
    ("Прошла встреча Ивана Петрова и Сергея Смирнова, губернаторы которых подписали "
     "соглашение.", {}),
    ("По предложению Ивана Петрова, депутаты приняли закон.", {}),
    ("Иван Петров и Сергей Смирнов, жители Тулы, пришли на митинг.", {}),
    ("Иван Петров, депутаты и жители города пришли на митинг.", {}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), PLURAL_AFTER,
                         ids=[f"after-{n}" for n in range(len(PLURAL_AFTER))])
def test_a_plural_post_after_a_list_is_each_ones(models: Models, text: str,
                                                 expected: Expected) -> None:
    assert probes.officials_of(models, text) == expected


SUBJECT: list[tuple[str, Expected]] = [
    ("Олег Ларин заявил, что компания изменит правила. Глава «Росфудтеха» выразил надежду, "
     "что цели будут достигнуты.", {"Олег Ларин": ("глава", "«Росфудтеха»")}),
    ("Анна Котова рассказала о планах. Министр здравоохранения области добавила, что "
     "больницу откроют в мае.",
     {"Анна Котова": ("министр здравоохранения области", "Министерство здравоохранения области")}),
    ("Свой пост покинет Анна Котова. Своему преемнику сенатор посоветовала заняться школами.",
     {"Анна Котова": ("сенатор", None)}),
    ("Об этом напомнил Ларин. Глава компании обратился к рабочим.",
     {"Ларин": ("глава", "компания")}),
    # a plural post, or "оба" and a post, of the people named before, in order
    ("Соглашение подписали Иван Петров и Олег Ларин. Губернаторы Тульской и Курской "
     "областей отметили важность документа.",
     {"Иван Петров": ("губернатор", "Тульская область"),
      "Олег Ларин": ("губернатор", "Курская область")}),
    ("Соглашение подписали Иван Петров и Олег Ларин. Оба губернатора отметили важность "
     "документа.", {"Иван Петров": ("губернатор", None), "Олег Ларин": ("губернатор", None)}),
    # negatives: people with posts of their own; a singular post over two people; people
    # named in an oblique case; the same post named before for others
    ("Соглашение подписали губернатор Иван Петров и мэр Олег Ларин. Губернаторы отметили "
     "важность документа.", {"Иван Петров": ("губернатор", None), "Олег Ларин": ("мэр", None)}),
    ("Соглашение подписали Иван Петров и Олег Ларин. Губернатор отметил важность "
     "документа.", {}),
    ("Ивана Петрова и Олега Ларина наградили. Губернаторы отметили их заслуги.", {}),
    ("Иван Петров и Олег Ларин встретились с губернаторами. Губернаторы отметили важность "
     "встречи.", {}),
    # negatives: the verb's gender is not the person's; two people before; a plural
    # subject; someone else's post; the person named in an oblique case; the same post
    # named before for someone else
    ("Анна Котова рассказала о планах. Министр здравоохранения области добавил, что "
     "больницу откроют в мае.", {}),
    ("Анна Котова посетила школу. Губернатор Тульской области осмотрел классы.", {}),
    ("Иван Петров и Олег Ларин встретились в Туле. Губернатор заявил, что мост откроют.", {}),
    ("Иван Петров выступил на форуме. Губернаторы заявили, что мост откроют.", {}),
    ("Иван Петров выступил на форуме. Его помощник заявил, что мост откроют.", {}),
    ("Ивану Петрову вручили награду. Губернатор заявил, что мост откроют.", {}),
    ("Иван Петров встретился с губернатором. Губернатор заявил, что дороги отремонтируют.", {}),
    # the post of someone the text named before is theirs again
    ("Ректор университета Олег Ларин открыл выставку. На открытии выступил Пётр Семёнов. "
     "Ректор поблагодарил гостей.", {"Олег Ларин": ("ректор", "университет")}),
    # a title taken for a name is no one to give the post to
    ("Многие мигранты, напомнил Папа, бежали от войны.\nГлава католической церкви "
     "обратился к молящимся.", {}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), SUBJECT,
                         ids=[f"subject-{n}" for n in range(len(SUBJECT))])
def test_a_post_as_the_next_sentences_subject(models: Models, text: str,
                                              expected: Expected) -> None:
    assert probes.officials_of(models, text) == expected


SHARED_SUBJECT: list[tuple[str, Expected]] = [
    ("Иван Петров окончил институт и стал мэром Тулы.", {"Иван Петров": ("мэр", "Тула")}),
    ("Иван Петров окончил школу в Туле, а потом был избран депутатом городской думы.",
     {"Иван Петров": ("депутат", "городская дума")}),
    ("Анна Котова вернулась в Тулу и была назначена министром здравоохранения области.",
     {"Анна Котова": ("министр здравоохранения",
                      "Министерство здравоохранения Тульской области")}),
    ("Иван Петров родился в Туле. Там он окончил школу, а потом был избран депутатом.",
     {"Иван Петров": ("депутат", None)}),
    # the reflexive passive of an appointing verb; the end of the post's phrase
    ("Иван Петров трижды избирался мэром города.", {"Иван Петров": ("мэр города", None)}),
    ("Иван Петров родился в Туле. Он был мэром Тулы, а затем губернатором.",
     {"Иван Петров": ("мэр", "Тула")}),
    ("Иван Петров родился в Туле. Он был губернатором области с 2010 года.",
     {"Иван Петров": ("губернатор области", "Тульская область")}),
    # a relative clause of the subject's predicate noun or apposition
    ("Иван Петров был убежденным социалистом, который впервые был избран президентом в "
     "1998 году.", {"Иван Петров": ("президент", None)}),
    ("Иван Петров, известный юрист, который в 2010 году стал мэром Тулы, умер.",
     {"Иван Петров": ("мэр", "Тула")}),
    # negatives: a relative clause of another person's name; a conjunct with a subject of
    # its own; an appointer; a plural agent
    ("Иван Петров был другом Олега Ларина, который стал мэром Тулы.",
     {"Олег Ларин": ("мэр", "Тула")}),
    ("Иван Петров, сосед Олега Ларина, который стал мэром Тулы, умер.",
     {"Олег Ларин": ("мэр", "Тула")}),
    ("Иван Петров уехал из Тулы, а мэром стал Олег Ларин.",
     {"Олег Ларин": ("мэр", "Тульская область")}),
    ("Иван Петров приехал в Тулу и назначил Олега Ларина министром.",
     {"Олег Ларин": ("министр", None)}),
    ("Анна Котова была избрана депутатами городской думы председателем.",
     {"Анна Котова": ("председатель", "Городская дума")}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), SHARED_SUBJECT,
                         ids=[f"shared-{n}" for n in range(len(SHARED_SUBJECT))])
def test_a_post_given_by_a_second_predicate_of_the_subject(models: Models, text: str,
                                                           expected: Expected) -> None:
    assert probes.officials_of(models, text) == expected


@pytest.mark.slow
def test_cli_lists_posts_over_lists_and_a_subject_post(listed_rows) -> None:  # type: ignore[no-untyped-def]
    """As a user runs it: ``soccoop ingest`` then ``soccoop list --format jsonl``."""
    rows = listed_rows({
        "meeting.txt": "Иван Петров и Сергей Смирнов, губернаторы Тульской и Курской "
                       "областей, подписали соглашение.\n",
        "visit.txt": "Анна Котова рассказала о планах. Министр здравоохранения области "
                     "добавила, что больницу откроют в мае.\n",
    }, "--format", "jsonl", "--limit", "0")
    got = {row["source"].rsplit("/", 1)[-1]: [(o["name"], o["position"], o["organization"])
                                             for o in row["officials"]] for row in rows}
    assert got == {
        "meeting.txt": [("Иван Петров", "губернатор", "Тульская область"),
                        ("Сергей Смирнов", "губернатор", "Курская область")],
        "visit.txt": [("Анна Котова", "министр здравоохранения области",
                       "Министерство здравоохранения области")],
    }
