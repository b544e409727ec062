"""Officials (general shapes found by reading NEREL's officials one sentence at a time): a
description noun that opens the sentence ("Юрист Иван Петров занял пост ...") is a common
word though capitalised, so the post of the clause is the name's; an acting prefix that is
itself the predicate with a copula ("был исполняющим обязанности главы") gives its post; an
initial the parser leaves hanging loose, or hangs on the age before it ("55-летний
Г.Арефьев назначен ..."), does not hide the name's clause; a regnal number with a full
stop ends the name ("король Дании Фредерик X. Памятная медаль ..."); the owner of the body a
post is held in ("министр в правительстве Олега Ракитина Вадим Осокин") is not its holder;
a biography's subject carries on through sentences without a subject of their own ("родился
... . Окончил институт. С 1995 года — начальник ..."); a post governed by another post
("пост заместителя главы администрации") is not read as a post of its own; a one-word aside
("который, правда, остался главой фракции") does not hide a relative clause's post.

Every probe is worded for this file (other posts, places and names than any corpus); the
tables give the text, the person and what is expected (None: no official by that name)."""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.nlp import Models

Record = tuple[str | None, str | None]


RECORDS: list[tuple[str, str, Record | None]] = [
    # a description opening the sentence: the clause's post is the name's
    ("Юрист Степан Фомичёв занял пост председателя правления банка в 2015 году.",
     "Степан Фомичёв", ("председатель правления", "банк")),
    ("Бизнесмен Аркадий Лужин стал депутатом городской думы.",
     "Аркадий Лужин", ("депутат", "городская дума")),
    ("Агроном Павел Сизов назначен министром сельского хозяйства края.",
     "Павел Сизов", ("министр сельского хозяйства края",
                     "Министерство сельского хозяйства края")),
    # in mid-sentence the same description was always read so
    ("Вчера юрист Степан Фомичёв занял пост председателя правления банка.",
     "Степан Фомичёв", ("председатель правления", "банк")),
    # a relative opening the sentence stands for another person: the post is not the name's
    ("Отец Аркадия Лужина стал депутатом городской думы.", "Аркадий Лужин", None),
    # an acting prefix as the predicate, the copula his or hers
    ("Ранее Глеб Арефьев был исполняющим обязанности главы района.",
     "Глеб Арефьев", ("исполняющий обязанности главы района", None)),
    ("До выборов Вера Лыкова была исполняющей обязанности министра культуры.",
     "Вера Лыкова", ("исполняющая обязанности министра культуры", "Министерство культуры")),
    # an acting prefix in another role is no predicate
    ("Глеб Арефьев был уполномочен исполнять обязанности.", "Глеб Арефьев", None),
    # an initial the parser leaves loose after an age: the surname is still the subject
    ("Как стало известно, 47-летний Г.Арефьев назначен министром транспорта.",
     "Г. Арефьев", ("министр транспорта", "Министерство транспорта")),
    ("Как сообщается, 52-летний Г.Арефьев назначен министром финансов.",
     "Г. Арефьев", ("министр финансов", "Министерство финансов")),
    # a regnal number with a full stop ends the name, whatever the tagger ran on into
    ("Орден вручил король Дании Фредерик X.  Памятная медаль учреждена парламентом.",
     "Фредерик X", ("король", "Дания")),
    ("Орден вручил король Дании Фредерик X.  Памятная медаль учреждена парламентом.",
     "Фредерик Памятная", None),
    # a number inside the name, no full stop: the name goes on
    ("Гостей принял король Швеции Карл XVI Густав.", "Карл XVI Густав", ("король", "Швеция")),
    # the owner of the body a post is held in is not its holder; the holder after him is
    ("Министр юстиции в правительстве Олега Ракитина Вадим Осокин выступил с докладом.",
     "Олег Ракитин", None),
    ("Вадим Осокин был министром юстиции в правительстве Олега Ракитина.",
     "Олег Ракитин", None),
    # a holder's nominative after a place or a body's "при ...": still the holder
    ("Делегацию сопровождала уполномоченный по правам ребёнка в Амурской области Инна "
     "Гусева.", "Инна Гусева", ("уполномоченный по правам ребёнка", "Амурская область")),
    ("Заместитель председателя общественного совета при министерстве Тимур Хабаев "
     "предложил поправки.", "Тимур Хабаев",
     ("заместитель председателя", "общественный совет при министерстве")),
    ("Документ подписал руководитель Государственной инспекции труда в Амурской области "
     "Олег Рябов.", "Олег Рябов",
     ("руководитель", "Государственная инспекция труда в Амурской области")),
    # a holder's genitive after a post's "в ..." group: the holder, not an owner
    ("По мнению полпреда президента в округе Олега Рябова, реформа нужна.", "Олег Рябов",
     ("полпред президента в округе", None)),
    # a one-word aside inside the relative clause: the clause's post is still the name's
    ("Отставка Глеба Арефьева, который, правда, остался главой фракции, удивила всех.",
     "Глеб Арефьев", ("глава фракции", None)),
    ("Уход Глеба Арефьева, который, впрочем, был назначен министром транспорта, обсуждают.",
     "Глеб Арефьев", ("министр транспорта", "Министерство транспорта")),
    # a post noun after the preposition is the name's own: "в должности" is no body
    ("Соглашение подписал министр юстиции края Вадим Осокин.",
     "Вадим Осокин", ("министр юстиции края", "Министерство юстиции края")),
    # a biography goes on without naming its subject: the post two or three sentences on
    ("Кирилл Дьячков родился в 1958 году в Ельце. В 1980 году окончил педагогический "
     "институт. С 1995 года — начальник управления образования Липецкой области.",
     "Кирилл Дьячков", ("начальник", "управление образования Липецкой области")),
    ("Кирилл Дьячков родился в 1958 году в Ельце. Потом окончил педагогический институт. "
     "Служил в армии. В 2004 году назначен заместителем губернатора.",
     "Кирилл Дьячков", ("заместитель губернатора", None)),
    ("Нина Зорина родилась в Ельце. В 1980 году окончила институт. Работала учителем. "
     "С 2001 года — директор городской гимназии.",
     "Нина Зорина", ("директор", "городская гимназия")),
    # a clause with a subject of its own breaks the chain
    ("Кирилл Дьячков родился в 1958 году в Ельце. Завод выпускал тракторы. С 1995 года — "
     "начальник управления образования Липецкой области.", "Кирилл Дьячков", None),
    # a verb of the other gender: someone else
    ("Кирилл Дьячков родился в 1958 году в Ельце. В 1980 году окончила институт. С 1995 "
     "года — начальник управления образования Липецкой области.", "Кирилл Дьячков", None),
    # a person described as someone's, not the sentence's subject, is not carried on
    ("Его сосед — пенсионер Кирилл Дьячков. Работал в архиве. С 1995 года — начальник "
     "управления образования Липецкой области.", "Кирилл Дьячков", None),
    # a post governed by another post is no post of its own
    ("Кирилл Дьячков окончил институт. В 2006 году занимал пост заместителя главы "
     "администрации Елецкого района.", "Кирилл Дьячков",
     ("заместитель главы", "администрация Елецкого района")),
    # an age before a name in another case: no subject of the verb
    ("Как стало известно, 47-летнему Г.Арефьеву вручили орден.", "Г. Арефьев", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "expected"), RECORDS)
def test_the_record_of_a_person(models: Models, text: str, name: str,
                                expected: Record | None) -> None:
    probes.check_official(models, text, name, expected)


POSTS: list[tuple[str, str, str]] = [
    # the holder after the owner's name takes the post (its body as the parse reads it)
    ("Министр юстиции в правительстве Олега Ракитина Вадим Осокин выступил с докладом.",
     "Вадим Осокин", "министр юстиции"),
    ("Бывший посол в администрации Петра Гущина Семён Лапин подал в отставку.",
     "Семён Лапин", "посол"),
    ("Вадим Осокин был министром юстиции в правительстве Олега Ракитина.",
     "Вадим Осокин", "министр юстиции"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "position"), POSTS)
def test_the_post_of_a_person(models: Models, text: str, name: str, position: str) -> None:
    probes.check_post(models, text, name, position)
