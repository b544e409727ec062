"""agr57: a recalled agreement framing a verb of working together ("X сотрудничает с Y в
рамках соглашения ...") takes its sides when X is a body named by its kind noun alone or by
an acronym (``coreference.kind_named_once``, asked by ``coreference.background_sides``):

- a kind noun alone, or with an adjective of the text's own region ("университет",
  "областное министерство"), is the one body of that kind the document names in full, a
  side of another mention, else an official's organisation;
- an acronym ("с ТГУ") is the side another mention writes so, spelled out;
- the subject and the "с" partner of such a verb are two sides even within one region.
"""

from __future__ import annotations

import pytest
from probes import agreements_of, named_rows, party_names, side

PUB = "2024-05-14"

SIGNING = ("Администрация Зубцовского района и Тверской государственный университет "
           "(ТвГУ) во вторник подписали соглашение о подготовке социальных работников. "
           "Подписи поставили глава района Андрей Петров и ректор ТвГУ Светлана Смирнова. ")

# (case id, text, the recalled agreement's sides expected, its year)
RECALLED = named_rows([
    ("official_body_by_kind_and_acronym",
     SIGNING + "На церемонии была министр социальной защиты населения Тверской области "
     "Ольга Лебедева. Она напомнила, что областное министерство сотрудничает с ТвГУ на "
     "основании соглашения, заключённого в 2020 году.",
     ["Министерство социальной защиты населения Тверской области",
      "Тверской государственный университет"], "2020"),
    ("university_by_kind",
     "Отделение Социального фонда России по Тверской области и Тверской государственный "
     "университет подписали соглашение о помощи пенсионерам. Ректор напомнил, что "
     "университет уже сотрудничает с Министерством социальной защиты населения Тверской "
     "области в рамках соглашения 2021 года.",
     ["Министерство социальной защиты населения Тверской области",
      "Тверской государственный университет"], "2021"),
])


@pytest.mark.parametrize("text, sides, year", RECALLED)
def test_recalled_agreement_takes_both_sides(models, text, sides, year):
    found = agreements_of(models, text, PUB)
    recalled = [a for a in found if a.status == "mentioned"]
    assert len(recalled) == 1, [(a.status, party_names(a)) for a in found]
    names = party_names(recalled[0])
    assert len(names) == 2, names
    for want in sides:
        assert any(want.lower() in n.lower() for n in names), names
    assert (recalled[0].date or "").startswith(year)


# a kind noun naming two bodies of that kind, or none, resolves to nothing
UNRESOLVED = named_rows([
    ("two_universities",
     "Тверской государственный университет и Тверской технический университет подписали "
     "соглашение с администрацией Зубцовского района. Ректор напомнил, что университет "
     "сотрудничает с Министерством социальной защиты населения Тверской области в рамках "
     "соглашения 2021 года."),
])


@pytest.mark.parametrize("text", UNRESOLVED)
def test_ambiguous_kind_gives_no_side(models, text):
    found = agreements_of(models, text, PUB)
    for a in found:
        if a.status == "mentioned":
            assert not any("университет" in n.lower() for n in party_names(a)), \
                party_names(a)



# ``merge_rules.heading_tells`` (the sides within way, agr57): a heading line and the
# sentence right under it tell one signing; (heading, gap, sentence under it, statuses,
# sides under it, one agreement?)
def _mention(models, text, start, status, *sides):
    from types import SimpleNamespace

    sent = SimpleNamespace(text=text, start=start, stop=start + len(text))
    return SimpleNamespace(sentence=sent, status=status, headline=False, date=None,
                           parties=[side(models, n, r, stop=1) for n, r in sides])


TVER, KURSK = ("Тверь", "RU-TVE"), ("Курск", "RU-KRS")
HEADED = named_rows([
    ("heading_then_paragraph", "Тверь и Курск подписали новое соглашение о сотрудничестве",
     2, "signed", "signed", [TVER, KURSK], True),
    ("sentence_with_full_stop", "Тверь и Курск подписали новое соглашение.", 2, "signed",
     "signed", [TVER, KURSK], False),
    ("a_paragraph_between", "Тверь и Курск подписали новое соглашение", 180, "signed",
     "signed", [TVER, KURSK], False),
    ("other_status", "Тверь и Курск подпишут новое соглашение", 2, "planned", "signed",
     [TVER, KURSK], False),
    ("other_sides", "Тверь и Курск подписали новое соглашение", 2, "signed", "signed",
     [TVER, ("Орёл", "RU-ORL")], False),
])


@pytest.mark.parametrize("heading, gap, h_status, c_status, sides, one", HEADED)
def test_heading_and_sentence_under_it(models, heading, gap, h_status, c_status, sides,
                                       one):
    from types import SimpleNamespace

    from soccoop.extract.merge_rules import heading_tells
    h = _mention(models, heading, 0, h_status, TVER, KURSK)
    c = _mention(models, "В Курске министры подписали новое соглашение.", len(heading) + gap,
                 c_status, *sides)
    m = SimpleNamespace(candidates=[h], status=h_status, date=None, parties=h.parties,
                        party_keys={p.key for p in h.parties}, regions=set())
    assert heading_tells(m, c, frozenset(), models, ("sides within",)) is one
