"""off46: officials' organisations pooled over rounds 160–178 (officials_full): a signer's
body written by its kind alone or not at all, and a higher school's staff member whose body
is his unit, an acronym or none.

- ``official_sides.own_side_of_a_signer``: a signer whose body is an acronym alone or none
  holds the one side of his record no other signer of it holds, an acronym only a side it
  spells; of several, the one his own words point to; a minister takes no side that is no
  ministry (``POST_BODY_HEADS``).
- ``official_sides.higher_school_of_an_academic``: a rector's, dean's or chair's body that
  is a unit, an acronym or none is the one higher school the text names in full.
- review: ``official_grammar._singular_post`` shared by ``officials`` and
  ``official_layouts`` (``listed``); ``official_channels._official_of`` reads "post Name."
  once per post and name and gives a fresh record each call.

Every sentence here is invented for these tests; the negatives guard against over-reach:
two sides left and no word pointing to one, a side another signer holds, an acronym that
spells no side, a kind's noun, a minister beside a fund, two higher schools and no
acronym, an acronym of another school, a project named "университет", a post of no higher
school.
"""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.nlp import Models
from soccoop.extract.official_channels import _official_fields, _official_of
from soccoop.extract.official_sides import higher_school_of_an_academic, own_side_of_a_signer
from soccoop.models import Agreement, Evidence, Official, Party

# (id, text, name, expected (position, organisation) or None), read by the whole extraction
ROWS: list[tuple[str, str, str, tuple[str, str | None] | None]] = [
    ("bare-ano-signer", "Вчера в Твери министерство социальной защиты Тверской области и "
     "автономная некоммерческая организация «Светлый путь» заключили соглашение о доставке "
     "лекарств сельским жителям. Документ подписали министр Пётр Гусев и директор АНО Нина "
     "Лосева.", "Нина Лосева",
     ("директор", "Автономная некоммерческая организация «Светлый путь»")),
    ("minister-takes-the-ministry", "Вчера в Твери министерство социальной защиты Тверской "
     "области и автономная некоммерческая организация «Светлый путь» заключили соглашение "
     "о доставке лекарств сельским жителям. Документ подписали министр Пётр Гусев и директор "
     "АНО "
     "Нина Лосева.", "Пётр Гусев",
     ("министр", "Министерство социальной защиты Тверской области")),
    ("chair-of-a-department", "Вологодский государственный университет и "
     "министерство труда края заключили соглашение о практике студентов. В церемонии "
     "участвовали проректор по учебной работе Ирина Зуева и заведующая кафедрой социальной "
     "работы Марина Котова.", "Марина Котова",
     ("заведующая кафедрой социальной работы", "Вологодский государственный университет")),
    ("dean-by-the-acronym", "Отделение Социального фонда по Орловской области подписало "
     "соглашения с Орловским государственным университетом и Орловским государственным "
     "аграрным университетом. Студентов будут учить преподаватели, среди них декан "
     "факультета права ОГУ Пётр Рябов.", "Пётр Рябов",
     ("декан факультета права", "Орловский государственный университет")),
    # negatives
    ("two-schools-no-acronym", "Министерство труда Вологодской области подписало "
     "соглашения с Вологодским государственным университетом и Череповецким государственным "
     "университетом. На встрече выступила заведующая кафедрой социальной работы Марина "
     "Котова.", "Марина Котова",
     ("заведующая кафедрой социальной работы", "Кафедрой социальной работы")),
    ("a-project-named-university", "Министерство труда Пензенской области подписало "
     "соглашение о проекте «Серебряный университет». Занятия ведёт доцент Марина Котова.",
     "Марина Котова", ("доцент", None)),
    ("minister-beside-a-fund", "Автономная некоммерческая организация «Светлый путь» и фонд "
     "«Опора» подписали соглашение о помощи семьям. Документ подписали министр Пётр Гусев и "
     "директор фонда Нина Лосева.", "Пётр Гусев", ("министр", None)),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "expected"), probes.named_rows(ROWS))
def test_off46_rows(models: Models, text: str, name: str,
                    expected: tuple[str, str | None] | None) -> None:
    probes.check_official(models, text, name, expected, read=probes.extracted_officials)


def _official(name: str, post: str, org: str | None) -> Official:
    return Official(name, post, org, None, Evidence(name, 0, len(name)))


def _record(sides: list[str], signers: list[str]) -> Agreement:
    return Agreement("соглашение", "signed", None, [Party(s) for s in sides], signers, [],
                     Evidence("соглашение", 0, 10))


MINISTRY = "Министерство социальной защиты Тверской области"
FUND = "Фонд «Опора»"
ANO = "Автономная некоммерческая организация «Опора»"
CENTRE = "МБУ «Кашинский центр семейной помощи»"
SOCIETY = "Общество «Добрые соседи»"
DAIRY = "ООО «Кашинский молокозавод»"

# (id, officials (name, post, body), records (sides, signers), the bodies after the pass)
SIGNERS = [
    ("acronym-spells-the-side-left", [("Пётр Гусев", "министр", MINISTRY),
                                      ("Нина Лосева", "директор", "АНО")],
     [([MINISTRY, ANO], ["Пётр Гусев", "Нина Лосева"])], [MINISTRY, ANO]),
    ("acronym-of-a-run-of-words", [("Нина Лосева", "директор", "КЦСП"),
                                   ("Анна Гурьева", "председатель", None)],
     [([CENTRE, SOCIETY], ["Нина Лосева", "Анна Гурьева"])], [CENTRE, SOCIETY]),
    ("no-body-one-side-left", [("Пётр Гусев", "министр", MINISTRY),
                               ("Олег Ветров", "главный врач", None)],
     [([MINISTRY, SOCIETY], ["Пётр Гусев", "Олег Ветров"])], [MINISTRY, SOCIETY]),
    ("post-word-points-to-one", [("Пётр Гусев", "министр", MINISTRY),
                                 ("Игорь Сомов", "директор молокозавода", None)],
     [([MINISTRY, SOCIETY, DAIRY], ["Пётр Гусев", "Игорь Сомов"])], [MINISTRY, DAIRY]),
    # negatives
    ("two-sides-left-no-pointer", [("Пётр Гусев", "министр", MINISTRY),
                                   ("Анна Гурьева", "председатель", None)],
     [([MINISTRY, FUND, SOCIETY], ["Пётр Гусев", "Анна Гурьева"])], [MINISTRY, None]),
    ("pointed-side-held-by-another", [("Олег Лапин", "директор", DAIRY),
                                      ("Игорь Сомов", "директор молокозавода", None)],
     [([SOCIETY, DAIRY], ["Олег Лапин", "Игорь Сомов"])], [DAIRY, None]),
    ("minister-left-with-a-fund", [("Нина Лосева", "директор", FUND),
                                   ("Пётр Гусев", "министр", None)],
     [([FUND, SOCIETY], ["Нина Лосева", "Пётр Гусев"])], [FUND, None]),
    ("acronym-spells-no-side", [("Пётр Гусев", "министр", MINISTRY),
                                ("Нина Лосева", "директор", "АНО")],
     [([MINISTRY, FUND], ["Пётр Гусев", "Нина Лосева"])], [MINISTRY, "АНО"]),
    ("a-kinds-noun-stays", [("Пётр Гусев", "министр", MINISTRY),
                            ("Олег Ветров", "управляющий", "Отделение")],
     [([MINISTRY, SOCIETY], ["Пётр Гусев", "Олег Ветров"])], [MINISTRY, "Отделение"]),
    ("a-body-named-in-full-stays", [("Анна Гурьева", "председатель", "Совет ветеранов Кашина")],
     [([MINISTRY, SOCIETY], ["Анна Гурьева"])], ["Совет ветеранов Кашина"]),
    ("no-signer-no-side", [("Анна Гурьева", "председатель", None)],
     [([SOCIETY], ["Пётр Гусев"])], [None]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("officials", "records", "bodies"), probes.named_rows(SIGNERS))
def test_off46_own_side_of_a_signer(models: Models, officials: list[tuple[str, str, str | None]],
                                    records: list[tuple[list[str], list[str]]],
                                    bodies: list[str | None]) -> None:
    offs = [_official(*o) for o in officials]
    own_side_of_a_signer(offs, [_record(*r) for r in records], models)
    assert [o.organization for o in offs] == bodies


VOGU = "Вологодский государственный университет"
CHGU = "Череповецкий государственный университет"

# (id, official (post, body), the text's sides, the body after the pass)
ACADEMICS = [
    ("chair-as-its-department", ("заведующий кафедрой права", "Кафедра права"), [VOGU], VOGU),
    ("vice-rector-with-no-body", ("проректор по научной работе", None), [MINISTRY, VOGU], VOGU),
    ("rector-by-a-bare-word", ("ректор", "вуз"), [VOGU], VOGU),
    ("dean-by-the-right-acronym", ("декан факультета права", "Факультет права ЧГУ"),
     [VOGU, CHGU], CHGU),
    # negatives
    ("two-schools-no-acronym", ("проректор по научной работе", None), [VOGU, CHGU], None),
    ("another-schools-acronym", ("ректор", "СГУ"), [VOGU], "СГУ"),
    ("a-project-is-no-school", ("доцент", None), ["Серебряный университет"], None),
    ("no-academic-post", ("директор", "Центр «Опора»"), [VOGU], "Центр «Опора»"),
    ("a-school-named-in-full", ("ректор", CHGU), [VOGU], CHGU),
]


@pytest.mark.slow
@pytest.mark.parametrize(("official", "sides", "body"), probes.named_rows(ACADEMICS))
def test_off46_higher_school(models: Models, official: tuple[str, str | None],
                             sides: list[str], body: str | None) -> None:
    o = _official("Марина Котова", *official)
    higher_school_of_an_academic([o], [_record(sides, [])], models)
    assert o.organization == body


@pytest.mark.slow
def test_off46_channel_read_once(models: Models) -> None:
    """review: "post Name." is read once per post and name; each call gives its own record
    (the pipeline writes into the officials it returns)."""
    post, name = "министр культуры Тверской области", "Анна Котова"
    one = _official_of(post, name, models)
    hits = _official_fields.cache_info().hits
    two = _official_of(post, name, models)
    assert one is not None and two is not None
    assert one == two and one is not two
    assert _official_fields.cache_info().hits == hits + 1
    one.organization = "Другое"
    assert two.organization != "Другое"


def test_examples_quote_no_dev_text() -> None:
    probes.check_rules_invented(__file__, official_sides=("own_side_of_a_signer", "_fits",
                                                          "_bare_body", "_spells",
                                                          "_of_the_post_kind",
                                                          "higher_school_of_an_academic",
                                                          "_higher_school", "_academic",
                                                          "_school_standin"),
                                          official_grammar=("_singular_post",),
                                          official_layouts=("_post_before_a_colon",),
                                          official_channels=("_official_of", "_official_fields"))
