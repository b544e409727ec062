"""extra97: records the gold lacks, pooled over the dev rounds and classed; the general
classes fixed here. An agreement about farming and food (even between two regions), one of
bodies of a sport named by its discipline ("Федерация биатлона", "хоккейный клуб"), or one
granting money only ("о предоставлении субсидии") with nothing of the social sphere named
is no record of this domain; a reader's comment signed by name, patronymic and town over a
time stamp is a comment, and an agreement it recalls no record; a headline's word in
capitals the dictionary knows as no noun ("ОФИЦИАЛЬНО") is no side, nor a region named as
whose experience is studied. Every probe is written here, in words of its own."""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.coreference import _known_non_noun
from soccoop.extract.merge import _comments_start

LEAD = "Новости\n\n"

# (id, text, the records' sides expected, each sorted, the list sorted)
RECORDS = [
    # farming and food between two regions' governors: no record
    ("farming-regions",
     LEAD + "Главы Орловской и Брянской областей скрепили подписями соглашение о развитии "
     "сельского хозяйства и продовольственной самодостаточности. Стороны намерены "
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
    # a region named as whose experience was studied is no side
    ("experience-region",
     LEAD + "Министерство труда Тамбовской области и фонд «Опора» договорились о помощи "
     "вдовам, подписав соглашение. Как сказал министр, готовя документ, тамбовчане "
     "изучали опыт соседней Калмыкии, где такой документ действует давно.\n",
     [["Министерство труда Тамбовской области", "Фонд «Опора»"]]),
    ("subsidy-stadium",
     LEAD + "Средства на ремонт стадиона придут из краевой казны: соответствующее соглашение "
     "о предоставлении субсидии район заключил с Министерством экономического развития "
     "края ещё в марте.\n",
     []),
    # negatives: a social word keeps each
    ("farming-social",
     LEAD + "Министерство сельского хозяйства Курской области и Министерство социального "
     "обеспечения Курской области заключили соглашение: хозяйства примут на работу "
     "инвалидов по зрению.\n",
     [["Министерство сельского хозяйства Курской области",
       "Министерство социального обеспечения Курской области"]]),
    ("adaptive-biathlon",
     LEAD + "Министерство социальной защиты Тверской области и Федерация биатлона России "
     "подписали соглашение о развитии адаптивного спорта.\n",
     [["Министерство социальной защиты Тверской области", "Федерация биатлона России"]]),
    ("subsidy-care",
     LEAD + "Департамент соцзащиты Вологодской области получил по соглашению с Минтрудом "
     "России субсидию на оплату сиделок одиноким старикам: соглашение о предоставлении "
     "субсидии заключено в мае.\n",
     [["Департамент соцзащиты Вологодской области", "Министерство труда России"]]),
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
    text = (LEAD + "Министерство социальной политики Тверской области и Почта России "
            "заключили соглашение: почтальоны привезут лекарства старикам.\n\n"
            "КОММЕНТАРИИ (2)\n\nГалина Ивановна, Ангарск\n14.03.2024 10:15\nВот и у нас "
            "в Чите соглашение с Министерством социальной защиты Бурятии давно есть.\n")
    got = [sorted(probes.party_names(a)) for a in probes.agreements_of(models, text)]
    assert all("Бурятии" not in " ".join(sides) for sides in got)


# (id, a side's name, is it a headline's word in capitals the dictionary knows as no noun)
CAPITALS = [
    ("adverb", "ОФИЦИАЛЬНО", True),
    ("short-participle", "ПОДПИСАНО", True),
    # negatives: an acronym, a noun, a name in ordinary case, a short word
    ("acronym", "ЦЗН", False),
    ("noun", "ОПОРА", False),
    ("ordinary-case", "Официально", False),
    ("two-words", "ФОНД ОПОРА", False),
]


@pytest.mark.parametrize(("case", "name", "expected"), CAPITALS, ids=[r[0] for r in CAPITALS])
def test_known_non_noun(models, case: str, name: str, expected: bool) -> None:
    assert _known_non_noun(models, name) is expected


EXTRA97_FUNCTIONS = [("agreements", "funding_alone"), ("agreements", "_about_phrase_lemmas"),
                     ("agreements", "other_field_subject"), ("agreements", "_side_words"),
                     ("coreference", "capitals_word_sides"),
                     ("coreference", "example_regions")]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, EXTRA97_FUNCTIONS)
