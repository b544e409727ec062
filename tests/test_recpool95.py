"""recpool95: record errors pooled over the dev rounds. A plural body named by a
participial clause before its regions ("Министерства, ведающие ... в A и B"), a plural
agreement noun whose "с" list has no subject to share ("соглашения предстоит заключить с A
и B"), a partner named by an acronym of its name without its legal form, brand or bracketed
word, a quoted name told bare ("Родник" and "АНО «Родник»"), and sides signing one each with
an unnamed "с" partner ("соглашения с министерством намерены заключить A и B"). Every probe
is written here, in words of its own."""

from __future__ import annotations

import probes
import pytest
from probes import agreement_records, noun_at, parsed_analysis, side

from soccoop.extract.agreement_sides import _subjectless, subjects_beside_unnamed_partner
from soccoop.extract.agreement_types import same_quoted_name
from soccoop.extract.party_identity import acronym_of_name

LEAD = "Новости\n\nВ городе прошла неделя социальных проектов. "
PENZA = "Министерство семейной политики Пензенской области"
MORDOVIA = "Министерство социальных услуг Республики Мордовия"
CHURCH_N = "Северная епархия"
CHURCH_S = "Южная епархия"


def sides_only(models, text: str, published: str) -> list[tuple[str, list[str]]]:
    """(status, sorted side names) of every record, sorted."""
    return sorted((s, sorted(p)) for s, p in agreement_records(models, text, published,
                                                                "status", "parties"))


# (id, published, text, (status, sorted sides) of every record, sorted)
RECORDS = [
    # a participial clause between a plural body and its regions names no body: the
    # signing told again with the ministries' full names is the same one
    ("participial-bodies", "2025-05-14",
     LEAD + "Министерства, ведающие вопросами социальной поддержки в Пензенской области и "
     "Мордовии, во вторник подписали соглашение об обмене опытом. Соглашение между "
     "Министерством семейной политики Пензенской области и Министерством социальных услуг "
     "Республики Мордовия вступает в силу с июня.\n",
     [("signed", sorted([PENZA, MORDOVIA]))]),
    # a plural noun with no subject: one agreement per partner, never with each other
    ("subjectless-list", "2025-05-14",
     LEAD + "Он также отметил, что до конца года соглашения о сотрудничестве планируется "
     "заключить с Пензенской областью и Республикой Мордовия.\n",
     [("planned", ["Пензенская область"]), ("planned", ["Республика Мордовия"])]),
    # negative: a subject names the shared side, read as before
    ("subject-list", "2025-05-14",
     LEAD + "Он также отметил, что до конца года Тульская область планирует заключить "
     "отдельные соглашения о сотрудничестве с Пензенской областью и Республикой Мордовия.\n",
     [("planned", ["Пензенская область", "Тульская область"]),
      ("planned", ["Республика Мордовия", "Тульская область"])]),
    # sides that each sign with one unnamed partner
    ("unnamed-partner", "2025-05-14",
     LEAD + "Весной похожие соглашения с министерством намерены заключить Северная и Южная "
     "епархии.\n",
     [("planned", [CHURCH_N]), ("planned", [CHURCH_S])]),
    # negative: one agreement noun in the singular keeps its sides together
    ("unnamed-partner-singular", "2025-05-14",
     LEAD + "Весной общее соглашение с министерством намерены заключить Северная и Южная "
     "епархии.\n",
     [("planned", sorted([CHURCH_N, CHURCH_S]))]),
]


@pytest.mark.parametrize(("case", "published", "text", "expected"), RECORDS,
                         ids=[r[0] for r in RECORDS])
def test_records(models, case: str, published: str, text: str, expected: list) -> None:
    assert sides_only(models, text, published) == expected


# (id, sentence, has the agreement noun's clause no subject but the noun?)
SUBJECTLESS = [
    ("impersonal", "До конца года соглашения предстоит подписать с Тулой и Орлом.", True),
    ("noun-subject", "Соглашения управления действуют с Тулой и с Орлом.", True),
    # negatives: a subject names the shared side
    ("subject", "Губернатор подписал соглашения с Тулой и Орлом.", False),
    ("subject-plan", "Управление планирует заключить соглашения с Тулой и Орлом.", False),
]


@pytest.mark.parametrize(("case", "text", "expected"), SUBJECTLESS,
                         ids=[r[0] for r in SUBJECTLESS])
def test_subjectless(models, case: str, text: str, expected: bool) -> None:
    sent = parsed_analysis(models, text).sentences[0]
    assert _subjectless(sent, noun_at(sent)) is expected


# (id, short name, name in full, is the short one the acronym of the full one?)
ACRONYMS = [
    ("brand-and-form", "ТЛЗ", "АО «ТЕХНО Тверской литейный завод»", True),
    ("bracketed-word", "КПУ", "Курский (областной) педагогический университет", True),
    ("as-before", "ТЛЗ", "Тверской литейный завод", True),
    # negatives: other words, a brand alone
    ("other-plant", "ТЛЗ", "АО «ТЕХНО Тульский машиностроительный завод»", False),
    ("brand-only", "ТЕХНО", "АО «ТЕХНО Тверской литейный завод»", False),
]


@pytest.mark.parametrize(("case", "short", "full", "expected"), ACRONYMS,
                         ids=[r[0] for r in ACRONYMS])
def test_acronym_of_plain_name(models, case: str, short: str, full: str,
                               expected: bool) -> None:
    assert acronym_of_name(side(models, short), side(models, full)) is expected


# (id, one name, another name, their region codes, are they one body by its quoted name?)
QUOTED = [
    ("bare-quoted", "Родник", "АНО «Родник»", ([], []), True),
    ("bare-quoted-other-way", "Фонд «Тёплый берег»", "Тёплый берег", ([], []), True),
    ("both-quoted", "АНО «Родник»", "Автономная некоммерческая организация «Родник»",
     ([], []), True),
    # negatives: other words, a kind word beside the bare name, two regions
    ("other-name", "Родник", "АНО «Родник здоровья»", ([], []), False),
    ("kind-word", "Фонд Родник", "АНО «Родник»", ([], []), False),
    ("two-regions", "Родник", "АНО «Родник»", (["RU-TUL"], ["RU-ORL"]), False),
]


@pytest.mark.parametrize(("case", "one", "other", "codes", "expected"), QUOTED,
                         ids=[r[0] for r in QUOTED])
def test_same_quoted_name(models, case: str, one: str, other: str, codes: tuple,
                          expected: bool) -> None:
    assert same_quoted_name(side(models, one, *codes[0]), side(models, other, *codes[1])) \
        is expected


# (id, sentence, side names, the sides of each agreement)
UNNAMED = [
    ("two-dioceses", "Похожие соглашения с министерством намерены заключить Северная и "
     "Южная епархии.", [CHURCH_N, CHURCH_S], [[CHURCH_N], [CHURCH_S]]),
    # negatives: the partner is a side named; two partners; a singular noun
    ("named-partner", "Похожие соглашения с Северной епархией намерены заключить фонд и "
     "Южная епархия.", [CHURCH_N, CHURCH_S], []),
    ("two-partners", "Похожие соглашения с министерством и с фондом намерены заключить "
     "Северная и Южная епархии.", [CHURCH_N, CHURCH_S], []),
    ("aim", "Похожие соглашения с целью помощи семьям намерены заключить Северная и "
     "Южная епархии.", [CHURCH_N, CHURCH_S], []),
]


@pytest.mark.parametrize(("case", "text", "names", "expected"), UNNAMED,
                         ids=[r[0] for r in UNNAMED])
def test_subjects_beside_unnamed_partner(models, case: str, text: str, names: list,
                                         expected: list) -> None:
    sent = parsed_analysis(models, text).sentences[0]
    parties = [side(models, n, start=sent.text.find(n.split()[0][:5]) + sent.start)
               for n in names]
    pairs = subjects_beside_unnamed_partner(sent, noun_at(sent), parties)
    assert [[p.name for p in pair] for pair in pairs] == expected


RECPOOL95_FUNCTIONS = [("agreement_sides", "_clause_after_body"),
                       ("agreement_sides", "_region_genitive"),
                       ("agreement_sides", "_subjectless"),
                       ("agreement_sides", "subjects_beside_unnamed_partner"),
                       ("party_identity", "_plain_name")]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, RECPOOL95_FUNCTIONS)
