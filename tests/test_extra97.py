"""extra97: records the gold lacks, pooled over the dev rounds and classed; the general
classes fixed here. An agreement about farming and food (even between two regions), one of
bodies of a sport named by its discipline ("Федерация биатлона", "хоккейный клуб"), or one
granting money only ("о предоставлении субсидии") with nothing of the social sphere named
is no record of this domain; a reader's comment signed by name, patronymic and town over a
time stamp is a comment, and an agreement it recalls no record. Every probe is written
here, in words of its own."""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.merge import _comments_start

LEAD = "Новости\n\n"

# (id, text, the records' sides expected, each sorted, the list sorted)
RECORDS = [
    # farming and food between two regions' governors: no record
    ("farming-regions",
     LEAD + "Губернаторы Орловской и Брянской областей подписали соглашение о сотрудничестве "
     "в сфере сельского хозяйства и продовольственной безопасности. Стороны намерены "
     "наладить поставки зерна и молока.\n",
     []),
    ("agro-complex",
     LEAD + "Правительство Пензенской области и правительство Мордовии заключили соглашение о "
     "развитии агропромышленного комплекса приграничных районов.\n",
     []),
    # a sport named by its discipline: both sides bodies of sport, no social subject
    ("biathlon-federation",
     LEAD + "Министерство спорта Тверской области и Федерация биатлона России подписали "
     "соглашение. Этап Кубка пройдёт в январе на лыжной базе под Тверью.\n",
     []),
    ("hockey-league-alone",
     LEAD + "Соглашение подписал председатель Новгородской хоккейной лиги Пётр Сомов. "
     "Матчи юниоров начнутся в октябре.\n",
     []),
    # funding only, for a road, told by a town and a ministry of building
    ("subsidy-road",
     LEAD + "Деньги на ремонт моста выделят из областного бюджета: соглашение о "
     "предоставлении субсидии посёлок Ольховка подписал с Министерством строительства "
     "Вологодской области ещё весной.\n",
     []),
    # negatives: a social word keeps each
    ("farming-social",
     LEAD + "Министерство сельского хозяйства Курской области и Министерство социального "
     "обеспечения Курской области подписали соглашение о трудоустройстве людей с "
     "инвалидностью на сельскохозяйственных предприятиях.\n",
     [["Министерство сельского хозяйства Курской области",
       "Министерство социального обеспечения Курской области"]]),
    ("adaptive-biathlon",
     LEAD + "Министерство социальной защиты Тверской области и Федерация биатлона России "
     "подписали соглашение о развитии адаптивного спорта.\n",
     [["Министерство социальной защиты Тверской области", "Федерация биатлона России"]]),
    ("subsidy-care",
     LEAD + "Министерство социальной защиты Вологодской области подписало с Министерством "
     "труда и социальной защиты Российской Федерации соглашение о предоставлении субсидии "
     "на создание системы долговременного ухода.\n",
     [["Министерство социальной защиты Вологодской области",
       "Министерство труда и социальной защиты Российской Федерации"]]),
]


@pytest.mark.parametrize(("case", "text", "expected"), RECORDS, ids=[r[0] for r in RECORDS])
def test_records(models, case: str, text: str, expected: list[list[str]]) -> None:
    got = sorted(sorted(probes.party_names(a)) for a in probes.agreements_of(models, text))
    assert got == expected


THREAD = ("Министерство и фонд подписали соглашение о помощи семьям.\n\n"
          "КОММЕНТАРИИ (3)\n\n{author}\n14.03.2024 10:15\nА у нас такое давно работает.\n")

# (id, the comment's author line, is the thread read as comments)
AUTHORS = [
    ("name-patronymic-town", "Галина Ивановна, Ангарск", True),
    ("name-surname-town", "Пётр Сомов, Тверь", True),
    ("name-initial-town", "Иван К., Шуя", True),
    # negatives: a heading line, a sentence with a comma
    ("sentence", "По словам министра, работа продолжится", False),
    ("headline", "Помощь семьям: итоги года", False),
]


@pytest.mark.parametrize(("case", "author", "expected"), AUTHORS, ids=[r[0] for r in AUTHORS])
def test_comment_author_with_town(case: str, author: str, expected: bool) -> None:
    text = THREAD.format(author=author)
    assert (_comments_start(text) < len(text)) is expected


def test_comment_recalled_agreement(models) -> None:
    text = (LEAD + "Министерство социальной политики Иркутской области и Почта России "
            "подписали соглашение о доставке лекарств пожилым людям.\n\nКОММЕНТАРИИ (2)\n\n"
            "Галина Ивановна, Ангарск\n14.03.2024 10:15\nА у нас в Улан-Удэ соглашение с "
            "Министерством социальной защиты Бурятии давно подписали.\n")
    got = [sorted(probes.party_names(a)) for a in probes.agreements_of(models, text)]
    assert all("Бурятии" not in " ".join(sides) for sides in got)


EXTRA97_FUNCTIONS = [("agreements", "funding_alone"), ("agreements", "_about_phrase_lemmas"),
                     ("agreements", "other_field_subject"), ("agreements", "_side_words"),
                     ("merge", "_comment_entry")]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, EXTRA97_FUNCTIONS)
