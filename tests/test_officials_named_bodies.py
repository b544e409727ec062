"""Officials: the body the text itself names, and two recall shapes.

Each probe is worded for this file (no corpus sentence); the tables give the text, the
person and what is expected (``None`` where "not found" or "no body" is the point)."""

from __future__ import annotations

import pytest
from probes import check_post, parsed_officials

from soccoop.extract.lexicon_orgs import POST_BODY_AGREEMENT, STATE_BODY_SHORT_NAMES
from soccoop.extract.nlp import Models


def test_short_name_lexicon_is_well_formed() -> None:
    """Every row is "short | full name", no short name twice; agreement kinds are lemmas."""
    rows = [line.split("|") for line in STATE_BODY_SHORT_NAMES.strip().splitlines()]
    assert all(len(r) == 2 and r[0].strip() and r[1].strip() for r in rows)
    shorts = [r[0].strip().lower() for r in rows]
    assert len(shorts) == len(set(shorts))
    assert all(k == k.lower() for kinds in POST_BODY_AGREEMENT.values() for k in kinds)


BODIES = [
    # a ministry built from the post is written by the short name the text uses, with
    # the post's state
    ("Министр внутренних дел Киргизии Улан Токтосунов дал интервью. Позднее в МВД "
     "уточнили его слова.", "Улан Токтосунов", "МВД Киргизии"),
    # ... any case form of a declinable short name; a former minister too
    ("Бывший министр финансов Олег Журавлёв выступил в Перми. В Минфине его заявление "
     "комментировать не стали.", "Олег Журавлёв", "Минфин"),
    # ... but the short name with another state after it is another body
    ("Министр иностранных дел Армении Арам Саркисян прибыл в Тбилиси. В МИД Грузии "
     "сообщили о переговорах.", "Арам Саркисян", "Министерство иностранных дел Армении"),
    # ... and a body the role phrase itself names stays as the text wrote it there
    ("Глава Министерства финансов Сергей Егоров уехал. Минфин не комментирует.",
     "Сергей Егоров", "Министерство финансов"),
    # ... and a ministry of another field is not that short name's
    ("Министр культуры Ирина Лапина открыла выставку. В МВД сообщили об охране.",
     "Ирина Лапина", "Министерство культуры"),
    # a state post whose body was only its state sits in the agreeing body the text names
    ("Российский депутат Антон Губин заявил журналистам, что Госдума рассмотрит закон "
     "осенью.", "Антон Губин", "Госдума"),
    ("Госсекретарь США Майк Грин прилетел в Берлин. В Госдепартаменте визит назвали "
     "рабочим.", "Майк Грин", "Госдепартамент США"),
    # the body a leading verb takes stops before a circumstance
    ("Директор Олег Сизов, возглавивший районную библиотеку год назад, выступил на форуме.",
     "Олег Сизов", "районная библиотека"),
    # a person's name after a generic body noun is not the body's name
    ("Клуб уволил тренера команды Дмитрия Орлова. До назначения нового главного тренера "
     "команды его обязанности будет исполнять Олег Жданов.", "Олег Жданов", "команда"),
    # ... not a body of another state
    ("Госсекретарь США Майк Грин прилетел в Москву, где выступил в Госдуме.", "Майк Грин",
     "США"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "organization"), BODIES)
def test_the_body_the_text_names(models: Models, text: str, name: str,
                                 organization: str) -> None:
    found = parsed_officials(models, text)
    assert found.get(name, (None, None))[1] == organization, found


POSTS = [
    # a group word takes up the list before it: each holds the plural post in the singular
    ("На приёме были его сестра Нина Фомина и её супруг Глеб Фомин (оба являются "
     "заместителями мэра).", "Нина Фомина", "заместитель мэра"),
    ("На приёме были его сестра Нина Фомина и её супруг Глеб Фомин (оба являются "
     "заместителями мэра).", "Глеб Фомин", "заместитель мэра"),
    ("В зал вошли Лев Осин, Карл Дронов и Ян Белов — все трое были депутатами горсовета.",
     "Карл Дронов", None),  # "трое" is no group word of the list: not taken up here
    # who carries out someone's duties holds that post for now
    ("Мэр Твери Алексей Огоньков взял отпуск. Его обязанности будет исполнять Пётр "
     "Ракитин.", "Пётр Ракитин", "исполняющий обязанности мэра"),
    ("На время болезни первого заместителя главы района Олега Орлова его обязанности "
     "возложены на Петра Семёнова.", "Пётр Семёнов",
     "исполняющий обязанности первого заместителя главы района"),
    # ... only when the possessive has one person of its gender with a post
    ("Мэр Алексей Огоньков и губернатор Игорь Руденя уехали. Его обязанности будет "
     "исполнять Пётр Ракитин.", "Пётр Ракитин", None),
    ("Мэр Твери Алексей Огоньков взял отпуск. Её обязанности будет исполнять Пётр "
     "Ракитин.", "Пётр Ракитин", None),
    # ... or a post without a holder the possessive stands for, named before it
    ("Клуб уволил тренера. До назначения нового главного тренера команды его обязанности "
     "будет исполнять Олег Жданов.", "Олег Жданов",
     "исполняющий обязанности главного тренера"),
    # a biography sentence without a subject states a post of the one person named before
    ("Ирина Лосева окончила МГУ. С 1998 года — декан экономического факультета.",
     "Ирина Лосева", "декан экономического факультета"),
    ("Пётр Рябов окончил МГУ. В 2004 году был назначен министром культуры Чувашии.",
     "Пётр Рябов", "министр культуры"),
    # ... not when the verb's gender is another person's
    ("Пётр Рябов окончил МГУ. В 2004 году была назначена министром культуры.",
     "Пётр Рябов", None),
    # ... and a post stated with the name wins over the echo
    ("Декан Пётр Рябов окончил МГУ. С 1998 года — министр культуры.", "Пётр Рябов",
     "декан"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "position"), POSTS)
def test_the_post_is_found(models: Models, text: str, name: str,
                           position: str | None) -> None:
    check_post(models, text, name, position)


PARAGRAPH = """Совещание в Перми

Министр финансов Пермского края Ольга Мальцева заявила, что бюджет сбалансирован. \
Глава края Дмитрий Махонин отбыл в командировку. Его обязанности будет исполнять Марат Ильин.
На совещании были Анна Серова и её муж Олег Серов (оба являются советниками губернатора).
Министр труда и социальной защиты России Антон Котяков прислал приветствие, в Минтруде \
обещали поддержку.
"""


@pytest.mark.slow
def test_cli_lists_the_officials_of_a_paragraph(ingest_and_list) -> None:
    listed = ingest_and_list({"perm.txt": PARAGRAPH}, "--kind", "officials", "--format", "csv")
    rows = [line.split(",")[1:5] for line in listed.splitlines()]
    assert rows == [
        ["name", "position", "organization", "region"],
        ["Ольга Мальцева", "министр финансов", "Министерство финансов Пермского края",
         "RU-PER"],
        ["Дмитрий Махонин", "глава края", "Пермский край", ""],
        ["Марат Ильин", "исполняющий обязанности главы края", "Пермский край", ""],
        ["Анна Серова", "советник губернатора", "", ""],
        ["Олег Серов", "советник губернатора", "", ""],
        ["Антон Котяков", "министр труда и социальной защиты", "Минтруд России", ""],
    ]
