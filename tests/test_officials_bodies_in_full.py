"""nerel58: an official's body written shorter than the text names it elsewhere.

Two passes on the records as written out: a body that is a side of the record named
otherwise (``official_sides.bodies_named_as_sides``) takes the side's name, and a body
whose name opens with an acronym takes the words the text spells it with
(``official_orgs._acronym_first_in_full``). Each probe is worded for this file (no corpus
sentence)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from probes import table_params

from soccoop.extract.agreement_types import side_of_name
from soccoop.extract.nlp import Models
from soccoop.extract.official_sides import bodies_named_as_sides
from soccoop.extract.official_units import portfolios_to_posts, unit_posts
from soccoop.extract.officials import find_officials, gloss_acronyms
from soccoop.extract.pipeline import extract
from soccoop.extract.syntax import parse_documents
from soccoop.models import Agreement, Evidence, Official, Party

SIDES = [
    # an acronym for the side's whole name
    ("ТГПУ", ["Тульский государственный педагогический университет", "Администрация города"],
     "Тульский государственный педагогический университет"),
    # the same «quoted» name after another legal form
    ("АНО «Тёплый берег»", ["Автономная некоммерческая организация «Тёплый берег»",
                            "Министерство социального развития Орловской области"],
     "Автономная некоммерческая организация «Тёплый берег»"),
    # a shorter name whose words all stand in the side's
    ("Центр занятости населения Тверской области",
     ["Государственное казенное учреждение Тверской области «Центр занятости населения "
      "Тверской области»", "ООО «Вектор»"],
     "Государственное казенное учреждение Тверской области «Центр занятости населения "
     "Тверской области»"),
    # the kind noun alone fits any side of that kind: left as written
    ("Отделение", ["Отделение Социального фонда России по Тверской области",
                   "Министерство социальной защиты Тверской области"], "Отделение"),
    # two sides fit: left as written
    ("Центр занятости", ["Центр занятости населения города Твери",
                         "Центр занятости населения города Торжка"], "Центр занятости"),
    # no side is the body: left as written
    ("Союз пенсионеров России", ["Министерство социальной защиты Тверской области",
                                 "ООО «Вектор»"], "Союз пенсионеров России"),
]


def _official(org: str) -> Official:
    return Official(name="Иван Петров", position="директор", organization=org, region=None,
                    evidence=Evidence(text="", start=0, end=0))


def _agreement(sides: list[str]) -> Agreement:
    return Agreement(title="", status="signed", date=None, parties=[Party(s) for s in sides],
                     signatories=[], regions=[], evidence=Evidence(text="", start=0, end=0))


@pytest.mark.slow
@pytest.mark.parametrize(("org", "sides", "expected"), SIDES)
def test_a_body_named_as_the_record_names_its_side(models: Models, org: str,
                                                   sides: list[str], expected: str) -> None:
    officials = [_official(org)]
    bodies_named_as_sides(officials, [_agreement(sides)], models)
    assert officials[0].organization == expected


SIDES_OF_NAMES = [
    # a name alone: its key as a side read in a text, offsets 0
    ("ЦЗН", None, "цзн|"),
    ("Фонд «Опора»", "RU-TVE", "фонд опора|RU-TVE"),
    # the legal form is no word of the key
    ("ООО «Вектор»", None, "векто|"),
]


@pytest.mark.parametrize(("name", "region", "key"), SIDES_OF_NAMES)
def test_side_of_name(models, name: str, region: str | None, key: str) -> None:
    side = side_of_name(models, name, region)
    assert (side.name, side.start, side.stop, side.key) == (name, 0, 0, key)
    assert side.regions == ([region] if region else [])


FIRST_ACRONYMS = [
    # the acronym's words with the same words after them, to the nominative
    ("Договор заключён с Центром занятости населения Тверской области. Документ подписал "
     "директор ЦЗН Тверской области Иван Ершов.", "Иван Ершов",
     "Центр занятости населения Тверской области"),
    ("В Комплексном центре социального обслуживания населения Заречного района прошла "
     "встреча. Её провела директор КЦСОН Заречного района Анна Белова.", "Анна Белова",
     "Комплексный центр социального обслуживания населения Заречного района"),
    # the words after the acronym must follow the spelled words closely
    ("Центр занятости, новый вуз и завод Тверской области договорились о сотрудничестве. "
     "Документ подписал директор ЦЗН Тверской области Иван Ершов.", "Иван Ершов",
     "ЦЗН Тверской области"),
    # an acronym the text never spells stays as written
    ("Документ подписал директор ЦЗН Тверской области Иван Ершов.", "Иван Ершов",
     "ЦЗН Тверской области"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "organization"), FIRST_ACRONYMS)
def test_an_acronym_first_gets_the_words_the_text_spells(models: Models, text: str,
                                                        name: str, organization: str) -> None:
    analysis = models.analyse(text)
    parse_documents([analysis], models)
    officials = find_officials(analysis, models)
    gloss_acronyms(officials, analysis, models)
    found = {o.name: o.organization for o in officials}
    assert found.get(name) == organization, found


@pytest.mark.slow
def test_the_pipeline_writes_a_signers_body_as_its_side(models: Models) -> None:
    text = ("Тульский государственный педагогический университет и министерство "
            "социальной защиты Тульской области подписали соглашение о сотрудничестве. "
            "Подписи поставили ректор ТГПУ Олег Смирнов и министр социальной защиты "
            "Тульской области Анна Громова.")
    found = {o.name: o.organization for o in extract(text, "probe.txt", models).officials}
    assert found.get("Олег Смирнов", "").startswith(
        "Тульский государственный педагогический университет"), found


UNITS = [
    # a committee of a parliament: the committee to the post, the parliament to the body
    ("председатель", "комитет Тверской областной Думы по делам молодёжи",
     "председатель комитета по делам молодёжи", "Тверская областная Дума"),
    ("председатель", "комитет по делам молодёжи Тверской областной Думы",
     "председатель комитета по делам молодёжи", "Тверская областная Дума"),
    # the body's adjectives agree with its head in the nominative
    ("председатель", "комитет Псковского областного Собрания депутатов по делам семьи",
     "председатель комитета по делам семьи", "Псковское областное Собрание депутатов"),
    ("руководитель", "отдел социального служения Тверской епархии",
     "руководитель отдела социального служения", "Тверская епархия"),
    # a department of a ministry, an adjective before the unit's noun
    ("начальник", "отдел опеки министерства", "начальник отдела опеки", "Министерство"),
    ("председатель", "постоянная комиссия Госсовета по вопросам семьи",
     "председатель постоянной комиссии по вопросам семьи", "Госсовет"),
    # a faculty of a university named by its acronym
    ("декан", "факультет психологии ТвГУ", "декан факультета психологии", "ТвГУ"),
    # a unit that is a body of its own, its name ending in a place: left as it is
    ("председатель", "Комитет по делам молодёжи Тверской области", "председатель",
     "Комитет по делам молодёжи Тверской области"),
    # a territorial unit "по" a district is the district's body: left as it is
    ("начальник", "Территориальное управление министерства по Торжокскому району",
     "начальник", "Территориальное управление министерства по Торжокскому району"),
    # a post that names its unit already: left as it is
    ("председатель комитета", "комитет Тверской областной Думы по делам молодёжи",
     "председатель комитета", "комитет Тверской областной Думы по делам молодёжи"),
    # a body that is no unit: left as it is
    ("директор", "Центр занятости населения Тверской области", "директор",
     "Центр занятости населения Тверской области"),
]


PORTFOLIOS = [
    # a vice-rector's field closes the university's name: it is the post's
    ("проректор", "ТвГУ по научной работе", "проректор по научной работе", "ТвГУ"),
    ("заместитель председателя", "правительство Тверской области по социальной политике",
     "заместитель председателя по социальной политике", "правительство Тверской области"),
    # a body that states its own field keeps it
    ("заместитель председателя", "комитет по делам молодёжи", "заместитель председателя",
     "комитет по делам молодёжи"),
    # a place after "по" is the body's own
    ("заместитель управляющего", "Отделение СФР по краю", "заместитель управляющего",
     "Отделение СФР по краю"),
    ("заместитель управляющего", "Отделение СФР по Тверской области",
     "заместитель управляющего", "Отделение СФР по Тверской области"),
    # a post without portfolios takes none
    ("генеральный директор", "АО «Тверской завод» по иску", "генеральный директор",
     "АО «Тверской завод» по иску"),
    # a post that has its portfolio already
    ("проректор по научной работе", "ТвГУ по учебной работе", "проректор по научной работе",
     "ТвГУ по учебной работе"),
]


# a unit of a body (``unit_posts``) or a portfolio after the body (``portfolios_to_posts``)
# goes to the post
@pytest.mark.slow
@pytest.mark.parametrize(("rewrite", "post", "org", "position", "organization"), table_params(
    units=[(unit_posts, *row) for row in UNITS],
    portfolios=[(portfolios_to_posts, *row) for row in PORTFOLIOS]))
def test_a_part_of_the_body_goes_to_the_post(
        models: Models, rewrite: Callable[[list[Official], Models], None], post: str, org: str,
        position: str, organization: str) -> None:
    official = Official(name="Иван Петров", position=post, organization=org, region=None,
                        evidence=Evidence(text="", start=0, end=0))
    rewrite([official], models)
    assert (official.position, official.organization) == (position, organization)


@pytest.mark.slow
def test_the_pipeline_gives_a_vice_rector_his_portfolio(models: Models) -> None:
    text = ("Соглашение подписали министр социальной защиты Тверской области Анна Громова и "
            "проректор ТвГУ по учебной работе Олег Смирнов. Тверской государственный "
            "университет примет студентов на практику.")
    found = {o.name: (o.position, o.organization)
             for o in extract(text, "probe.txt", models).officials}
    position, organization = found.get("Олег Смирнов", ("", ""))
    assert position == "проректор по учебной работе", found
    assert (organization or "").startswith("Тверской государственный университет"), found


FIRST_NAMES = [
    # a first name the tagger gave to the place before the patronymic
    ("Соглашение подписал министр труда Республики Саха (Якутия) Айсен Николаевич Гоголев.",
     "Айсен Николаевич Гоголев"),
    # ... or to the body before it
    ("Выступил ректор СВФУ Ньургун Петрович Гоголев.", "Ньургун Петрович Гоголев"),
    # a name the tagger reads whole stays as it is
    ("Выступил ректор университета Иван Петрович Сидоров.", "Иван Петрович Сидоров"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name"), FIRST_NAMES)
def test_a_first_name_comes_back_from_the_body_before_it(models: Models, text: str,
                                                         name: str) -> None:
    names = [o.name for o in extract(text, "probe.txt", models).officials]
    assert name in names, names
