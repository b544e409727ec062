"""agr44: missed agreements (recall) pooled over the dev rounds; a clause with its own
agreement noun, its own status or time and its own partner is its own record, the partner
read where the parse or a word list missed it.

- the "с" phrase right after the time words of the participle (or verb) signing the noun,
  the parse having hung it on the main verb (``agreement_sides.partner_after_participle``):
  "в рамках соглашения, заключённого в 2019 году с Северным отделением ...";
- a "с" phrase the parser labels an agent (``agreement_sides.PARTNER_OBLIQUES``:
  "obl:agent");
- a partner whose head names no kind of body but carries a «quoted» name
  (``agreement_sides.quoted_partner``: "с сетью аптек «Здравица»");
- "с которым" names the partner by its antecedent (``agreement_sides.relative_partner``,
  ``_antecedent_before``, ``_agrees_with``), and the relative clause opened after a comma
  keeps its own time (``candidate_dates.clause_mark``);
- a recalled agreement framing a verb of working together keeps the verb's own "с"
  partner when the subject resolves to no body (``coreference.own_frame_partner`` in
  ``background_sides``).

The two participle rows pass on main too (other passes read those invented shapes); they
guard the reading. The negatives keep each reading to its shape: no quote after a common
head, a "с" phrase naming no body after the participle, a person as the antecedent, a
frame's partner that is the story's own side. Every probe is written here, in words of its
own."""

from __future__ import annotations

import probes
import pytest

LEAD = "Новости\n\n"
STORY = ("Управление социальной защиты Тамбовской области и АНО «Добрый город» подписали "
         "соглашение о помощи пожилым гражданам 3 сентября. ")

# (id, published, text, a word of a side of the new record (lower case), its status, its
# text date or "-" when the date is not what the row probes)
RECORDS = [
    # quoted_partner: "сеть" names no kind of body; its «quoted» name does
    ("quoted-name-after-common-head", "2025-09-08",
     LEAD + STORY + "В октябре аналогичное соглашение управление планирует заключить с сетью "
     "аптек «Здравица».\n",
     "здравица", "planned", "-"),
    ("quoted-name-under-adjectives", "2025-09-08",
     LEAD + STORY + "Напомним, в мае такое же соглашение управление подписало с районной "
     "торговой сетью «Полная корзина».\n",
     "корзина", "mentioned", "-"),
    # partner_after_participle: the partner after the participle's year, hung elsewhere
    ("partner-after-participle-year", "2025-09-08",
     LEAD + STORY + "Начальник управления Ольга Сафронова напомнила, что похожая схема уже "
     "опробована с ветеранскими клубами: в рамках соглашения, заключённого в 2019 году с "
     "Тамбовским областным отделением общественной организации «Союз ветеранов труда», в "
     "клубы пришли около 500 человек.\n",
     "тамбовское", "mentioned", "2019"),
    ("participle-partner-with-quote", "2025-09-08",
     LEAD + STORY + "Кроме того, управление расторгло соглашение, заключённое в 2021 году "
     "с автономной некоммерческой организацией «Дорога к дому».\n",
     "дорога", "mentioned", "2021"),
    # partner after the planned verb's own words ("в ходе форума"), hung on "форума"
    ("planned-partner-after-occasion", "2025-09-08",
     LEAD + STORY + "Ещё одно соглашение управление планирует заключить в ходе осеннего "
     "форума с благотворительным фондом «Светлый путь».\n",
     "светлый", "planned", "-"),
    # relative_partner: "с которым" by the parse or by the noun before the comma
    ("relative-with-which-college", "2025-09-08",
     LEAD + STORY + "Часть курсов для пенсионеров проводит Мичуринский аграрный колледж, с "
     "которым у управления действует соглашение о сотрудничестве.\n",
     "колледж", "mentioned", "-"),
    ("relative-with-which-region", "2025-09-08",
     LEAD + STORY + "В ноябре ждём гостей из Курской области, с которой управление "
     "заключило соглашение об обмене опытом ещё в 2022 году.\n",
     "курская", "mentioned", "-"),
    # clause_mark: the month before the comma is the waiting's, the year the signing's
    ("relative-clause-own-year", "2025-09-08",
     LEAD + STORY + "В марте ждём гостей из Курской области, с которой в позапрошлом году "
     "заключили соглашение об обмене опытом.\n",
     "курская", "mentioned", "2023"),
    # own_frame_partner: the subject a description, the partner named
    ("frame-partner-subject-undescribed", "2025-09-08",
     LEAD + STORY + "Напомним, с 2022 года региональное отделение фонда сотрудничает с "
     "Тамбовским региональным отделением общества «Милосердие»: по этому соглашению "
     "добровольцы навещают одиноких людей и помогают им с документами.\n",
     "милосердие", "mentioned", "-"),
]

# (id, published, text, a word no side of any record may hold (lower case))
NEGATIVES = [
    # no quote: "одной из торговых сетей" names nobody
    ("common-head-without-quote", "2025-09-08",
     LEAD + STORY + "В октябре аналогичное соглашение управление планирует заключить с одной "
     "из крупных торговых сетей.\n",
     "сет"),
    # "с целью" after the participle's year: no body
    ("participle-with-aim", "2025-09-08",
     LEAD + STORY + "Документ развивает соглашение, подписанное в 2020 году с целью поддержки "
     "многодетных семей.\n",
     "цел"),
    # the antecedent is a person: no side
    ("relative-person", "2025-09-08",
     LEAD + STORY + "Особую роль сыграл Иван Петрович Ларин, с которым управление ещё в 2020 "
     "году обсуждало соглашение.\n",
     "ларин"),
    # a person's noun before a quoted body name: the person signs, the body is no new side
    ("person-before-quoted-body", "2025-09-08",
     LEAD + STORY + "Второй документ начальник управления подписала с генеральным директором "
     "ООО «Вега-Агро» Петром Смолиным.\n",
     "директор"),
]


def _records(models, text: str, published: str):
    return probes.agreements_of(models, text, published)


@pytest.mark.parametrize(("case", "published", "text", "word", "status", "date"), RECORDS,
                         ids=[r[0] for r in RECORDS])
def test_own_partner_record(models, case: str, published: str, text: str, word: str,
                            status: str, date: str) -> None:
    got = _records(models, text, published)
    hits = [a for a in got if any(word in p.name.lower() for p in a.parties)]
    assert hits, [(a.status, probes.party_names(a)) for a in got]
    assert hits[0].status == status, [(a.status, probes.party_names(a)) for a in got]
    if date != "-":
        assert hits[0].date == date, [(a.status, a.date, probes.party_names(a)) for a in got]
    # the story's own signing stays one record of its own
    assert [a.status for a in got].count("signed") == 1, \
        [(a.status, probes.party_names(a)) for a in got]


@pytest.mark.parametrize(("case", "published", "text", "word"), NEGATIVES,
                         ids=[r[0] for r in NEGATIVES])
def test_no_partner_read(models, case: str, published: str, text: str, word: str) -> None:
    got = _records(models, text, published)
    assert not [a for a in got if any(word in p.name.lower() for p in a.parties)], \
        [(a.status, probes.party_names(a)) for a in got]
    assert "signed" in [a.status for a in got]  # the story's signing is still read


def test_frame_partner_of_the_story_is_no_new_record(models) -> None:
    """A frame's partner that is a side of the story's agreement adds no record apart."""
    text = LEAD + STORY + ("Управление давно сотрудничает с АНО «Добрый город»: в рамках "
                           "прежнего соглашения волонтёры уже помогали пенсионерам.\n")
    got = _records(models, text, "2025-09-08")
    assert not [a for a in got if len(a.parties) == 1 and
                "добрый" in a.parties[0].name.lower()], \
        [(a.status, probes.party_names(a)) for a in got]


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, agreement_sides=("partner_after_participle",
                                                           "quoted_partner", "relative_partner",
                                                           "_antecedent_before", "_agrees_with"),
                                          candidate_dates=("clause_mark",),
                                          coreference=("own_frame_partner",))
