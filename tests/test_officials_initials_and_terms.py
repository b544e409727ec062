"""Officials (nerel48, general shapes read off NEREL's officials one sentence at a time): an
initial the parser hangs astray while the surname is the clause's subject ("Вчера
55-летняя К.Петрова назначена ...") does not hide the name's clause; a term of office
("на пятилетний срок", "на новый срок") is no part of the post's body; initials before a
surname the tagger missed are a name ("55-летняя К.Лагард назначена ..."); the subject of
"исполнять обязанности" + a post holds it as acting ("Петров исполнял обязанности министра");
an office ("на посту", "на должности") may hang on the infinitive or the thing noun of the
name's verb ("пожелал остаться на должности председателя", "приступила к работе на посту
главы МВФ"); a membership before the name gives way to the clause's post ("Член партии
Иван Петров стал мэром"); the one person the sentence before names, in an oblique case, is
the one a post as the next sentence's subject describes ("Петрова задержали. Сейчас глава
фонда находится в участке"); a biography goes on through a sentence whose first verb the
tagger read as an adjective ("Окончил институт."); a short participle the parse hangs as a
modifier is still the name's predicate ("Сын магната, Джеймс Мердок, переизбран главой
...").

Every probe is worded for this file (other posts, places and names than any corpus); the
tables give the text, the person and what is expected (None: no official by that name)."""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.nlp import Models

Record = tuple[str | None, str | None]


RECORDS: list[tuple[str, str, Record | None]] = [
    # an initial hung on a word before the name: the surname's clause gives the post
    ("Вчера 48-летняя В.Дорохова назначена главой управления культуры.",
     "В. Дорохова", ("глава", "управление культуры")),
    ("Вчера 61-летний Р.Гущин назначен начальником порта.",
     "Р. Гущин", ("начальник порта", None)),
    ("Вчера 61-летний Р.Гущин назначен начальником морского порта.",
     "Р. Гущин", ("начальник морского порта", None)),
    # a stray initial before a verb with a subject of its own: not the name's clause
    ("Вчера 61-летний Р.Гущин и мэр города Олег Рябов открыли порт.", "Р. Гущин", None),
    ("Как сообщается, 50-летняя Л.Синицына избрана председателем совета директоров.",
     "Л. Синицына", ("председатель", "совет директоров")),
    # the initial and surname in another case: no subject, no post
    ("Вчера 48-летней В.Дороховой вручили грамоту.", "В. Дорохова", None),
    # a term of office is not part of the body
    ("Вчера Тимур Хабаев назначен главой инспекции на пятилетний срок.",
     "Тимур Хабаев", ("глава", "инспекция")),
    ("Инна Гусева избрана председателем комитета на новый срок.",
     "Инна Гусева", ("председатель", "комитет")),
    # "срок" without "на" stays where the parse put it (no term of office)
    ("Семён Лапин назначен руководителем службы сроком на три года.",
     "Семён Лапин", ("руководитель", "служба")),
    # initials and a surname at the start of a text, which the tagger may miss
    ("48-летняя З.Трофимова назначена главой управления культуры.",
     "З. Трофимова", ("глава", "управление культуры")),
    # initials before a place stay a place
    ("Делегация прибыла в Н.Новгород, где её встретил губернатор.", "Н. Новгород", None),
    # the subject of carrying out a post's duties is its acting holder
    ("Как ожидается, Тимур Хабаев будет исполнять обязанности главы района до выборов.",
     "Тимур Хабаев", ("исполняющий обязанности главы района", None)),
    ("Инна Гусева временно исполняет обязанности министра культуры края.",
     "Инна Гусева", ("исполняющая обязанности министра культуры края",
                     "Министерство культуры края")),
    ("В 2010 году Семён Лапин исполнял обязанности председателя комитета.",
     "Семён Лапин", ("исполняющий обязанности председателя", "комитет")),
    # one's own duties are no post
    ("Семён Лапин добросовестно исполнял свои обязанности.", "Семён Лапин", None),
    ("Инна Гусева выполняет обязанности по уходу за матерью.", "Инна Гусева", None),
    # an office in the clause of the name's verb: under its infinitive or its thing noun
    ("Также Олег Рябов пожелал остаться на должности председателя совета директоров.",
     "Олег Рябов", ("председатель", "совет директоров")),
    ("Инна Гусева приступила к работе на посту министра культуры.",
     "Инна Гусева", ("министр культуры", "Министерство культуры")),
    # an office after a person noun is not the subject's
    ("Олег Рябов встретился с главой района на посту ГИБДД.", "Олег Рябов", None),
    # a membership before the name gives way to the post its clause states
    ("Член Партии прогресса 48-летний Тимур Хабаев стал мэром Ельца в 2015 году.",
     "Тимур Хабаев", ("мэр", "Елец")),
    ("Член совета директоров Семён Лапин стал председателем правления банка.",
     "Семён Лапин", ("председатель правления", "банк")),
    # a clause that states no post leaves the membership
    ("Член партии Семён Лапин стал известен всей стране.", "Семён Лапин", ("член", "партия")),
    # the one person named in an oblique case, then a post as the next sentence's subject
    ("63-летнего Глеба Арефьева задержали в аэропорту. Сейчас глава фонда находится в "
     "участке.", "Глеб Арефьев", ("глава", "фонд")),
    # another person beside the name, or a speaker: the post may be theirs
    ("Глеб Арефьев встретился с губернатором. Губернатор заявил о новых планах.",
     "Глеб Арефьев", None),
    ("Вчера я видел Глеба Арефьева. Министр заявил, что уходит.", "Глеб Арефьев", None),
    # a dative or instrumental person: the post may be the giver's
    ("Глебу Арефьеву вручили орден. Губернатор заявил, что мост откроют.", "Глеб Арефьев",
     None),
    ("Журналисты расспросили водителя Глеба Арефьева. Директор заявил, что уходит.",
     "Глеб Арефьев", None),
    # a biography's verb opening a sentence, which the tagger reads as an adjective
    ("Кирилл Дьячков родился в Ельце. Окончил институт в 1980 году. С 1995 года — "
     "начальник управления образования.", "Кирилл Дьячков",
     ("начальник", "управление образования")),
    ("Нина Зорина родилась в Ельце. Окончила университет. С 2001 года — директор "
     "городской гимназии.", "Нина Зорина", ("директор", "городская гимназия")),
    # the verb of the other gender, or an adjective opening the sentence: the chain breaks
    ("Нина Зорина родилась в Ельце. Окончил университет. С 2001 года — директор "
     "городской гимназии.", "Нина Зорина", None),
    ("Кирилл Дьячков родился в Ельце. Новый завод открылся в 1980 году. С 1995 года — "
     "начальник управления образования.", "Кирилл Дьячков", None),
    # a short participle the parse hangs as a modifier of the noun the name stands beside
    ("Вчера внук промышленника, Степан Фомичёв, переизбран председателем правления банка.",
     "Степан Фомичёв", ("председатель правления", "банк")),
    ("Дочь губернатора, Вера Лыкова, назначена министром культуры края.",
     "Вера Лыкова", ("министр культуры края", "Министерство культуры края")),
    # a full participle is a modifier: the relative's post, not the name's
    ("Внук промышленника, назначенного министром, Степан Фомичёв уехал в Тулу.",
     "Степан Фомичёв", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "expected"), RECORDS)
def test_the_record_of_a_person(models: Models, text: str, name: str,
                                expected: Record | None) -> None:
    probes.check_official(models, text, name, expected)
