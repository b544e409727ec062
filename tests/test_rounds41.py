"""rounds41: round 157's and round 158's signer classes (Siberia; the North-West and
Moscow), probes written for this file (not copied from any round).

* A supplement that extends "действие их соглашения" signs one document: the extended
  base behind a possessive or an adjective is no second agreement of the sentence
  (``candidate_signers.extended_base``), so "Подписи под документом поставили X и Y"
  further on names the supplement's signers.
* A planned agreement's signers charged by a dative ("Подписать документ предполагается
  министру X", ``DUE_VERBS``) are read past a sentence of its terms or of the plan told
  again of a bare "документ" (``candidate_signers._terms_aside``).
* An announced signer's name right after the post's phrase is its holder even when the
  parser hangs it on the next clause (``signer_shapes.name_run_after_phrase``).
* Dates: a day and month in digits opening a line, with no year and words after it ("25.02
  министр и ректор подписали ..."), is a day of the publication's year
  (``dates._LINE_DAY_MONTH``).
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

# --- a supplement extending "их соглашения" ---------------------------------------------

SUPPLEMENT = ("Министерство труда Энской области и благотворительный фонд «Опора» вчера "
              "подписали дополнительное соглашение, которым {base} продлевается до конца "
              "2028 года.\n\nЗа три года фонд помог восьмистам семьям. Волонтёры фонда "
              "развозят продукты по сёлам района.\n\nПодписи под документом поставили "
              "руководитель министерства труда Энской области Анна Петровна Смирнова и "
              "директор фонда Олег Лисин.")

# (id, the base's words, the signers' surnames)
EXTENDED = [
    ("a possessive before the base", "действие их соглашения о сотрудничестве",
     [["лисин", "смирнова"]]),
    ("an adjective before the base", "действие прежнего соглашения о сотрудничестве",
     [["лисин", "смирнова"]]),
    ("no word between", "действие соглашения о сотрудничестве", [["лисин", "смирнова"]]),
]


@pytest.mark.parametrize(("base", "expected"), probes.named_rows(EXTENDED))
def test_extended_base_behind_a_possessive(models: Any, base: str,
                                           expected: list[list[str]]) -> None:
    text = SUPPLEMENT.format(base=base)
    assert probes.signer_surnames(models, text) == expected


# (id, sentence, the agreement noun's lemma, is it an extended base)
BASES = [
    ("their agreement's effect", "Действие их соглашения продлено на три года.", True),
    ("the old agreement's term", "Срок действия старого соглашения истёк.", True),
    # negatives: a noun of terms that is no effect or term; no agreement noun after it
    ("the agreement's terms", "Условия их соглашения изменены.", False),
    ("a programme's effect", "Действие их программы продлено на три года.", False),
]


@pytest.mark.parametrize(("text", "expected"), probes.named_rows(BASES))
def test_extended_base_unit(models: Any, text: str, expected: bool) -> None:
    from soccoop.extract.candidate_signers import extended_base

    sent = probes.first_sentence(models, text)
    found = [i for i, t in enumerate(sent.tokens) if extended_base(sent, i)]
    assert bool(found) == expected


# --- a planned agreement's charged signers past its terms ------------------------------

# draft97: one side of the social sphere, since a draft between bodies of culture only is
# no record (other_field_bodies), now that the lower-case town's department is read whole
PLAN = ("Проект соглашения между министерством социального развития Тульской области и "
        "департаментом культуры города Москвы направлен сторонам. Подписать документ стороны "
        "намерены в мае на фестивале «Русская усадьба».\n\n{between}Подписать документ "
        "{verb} министру социального развития области Анне Сергеевне Орловой и руководителю "
        "столичного департамента культуры Петру Белову.")
TERMS = ("Соглашением предусмотрены совместные гастроли театров и обмен выставками музеев "
         "двух регионов.\n\n")

# (id, the sentences between, the verb of the charge, the planned signers' surnames)
CHARGED = [
    ("past the terms", TERMS, "предполагается", [["белов", "орлова"]]),
    ("past the plan told again", "", "предполагается", [["белов", "орлова"]]),
    ("a due verb past the terms", TERMS, "предстоит", [["белов", "орлова"]]),
    # negative: a person named between
    ("a person between", "Соглашением предусмотрены гастроли, их подготовит режиссёр Иван "
     "Кравцов.\n\n", "предполагается", []),
]


@pytest.mark.parametrize(("between", "verb", "expected"), probes.named_rows(CHARGED))
def test_charged_signers_past_terms(models: Any, between: str, verb: str,
                                    expected: list[list[str]]) -> None:
    text = PLAN.format(between=between, verb=verb)
    got = probes.signers_of(models, text, "2026-04-01", ("planned",))
    assert [sorted(n.split()[-1].lower() for n in g) for g in got if g] == expected


# --- a name right after an announced signer's post -------------------------------------

ANNOUNCED = ("Министерство строительства Энской области и Департамент строительства Энского "
             "края подпишут соглашение о сотрудничестве. Церемония намечена на июнь.\n\n"
             "Со стороны области документ подпишет министр строительства, архитектуры и "
             "жилищного хозяйства Энской области Анна Сергеевна Орлова, со стороны края — "
             "руководитель департамента Пётр Иванович Белов.")


def test_no_run_after_a_reporter_post(models: Any) -> None:
    # negative: the plan told by an official after "сообщил": no announced signer
    text = ("Министерство культуры и туризма Энской области и министерство культуры, "
            "туризма и архивного дела Энского края вскоре подпишут соглашение о "
            "партнёрстве в культурной сфере, сообщил журналистам министр культуры и "
            "туризма Энской области Иван Сомов.")
    assert probes.signer_surnames(models, text, ("planned",)) in ([], [[]])


def test_name_run_after_post_phrase(models: Any) -> None:
    got = probes.signer_surnames(models, ANNOUNCED, ("planned",))
    assert got == [["белов", "орлова"]]


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, candidate_signers=("extended_base", "assigned_signers",
                                                             "_terms_aside"),
                                          signer_shapes=("name_run_after_phrase",))
