"""status71 (round 71 of issue 9, branch status71): the status of an agreement told in
force by a participle phrase, read from the status errors of the even dev rounds 244–278.

An agreement told in force by a present participle with words of its own before the noun
("о действующем с 2022 года соглашении между …") is a participle phrase the parser hangs
on the noun as a clause (``acl``), not as an adjective (``amod``), so ``status.in_force``
did not read it in force (``status.in_force_participle_phrase`` now does), and a
restatement of that shape ("Речь идёт о …") after a plan joined the plan as the agreement
told last (``merge_extra.join_restatement``): the older agreement was lost and its sides
and year went to the plan. ``merge_extra.in_force_restated_beside_plan`` sends it through
the usual merging, where ``merge_rules.in_force_beside_plan`` sets it apart.

Every probe is written here, in words of its own. On b71dev: ``RESTATED``'s rows
"year_participle" and "bare_participle" give one planned record holding the sides of the
agreement in force (the second record is missing); ``IN_FORCE``'s row "participle_phrase"
reads None; the docstring check fails at its lookup (the two functions do not exist). The
guards hold on both."""

from __future__ import annotations

import probes
import pytest

PUBLISHED = "2025-04-10"

# (id, text, the records (status, date, first words of each side) in order)
RESTATED = [
    ("year_participle",
     "Соглашение о помощи семьям ветеранов подпишут в мае\n\nПравительство Костромской области, "
     "Костромское отделение Социального фонда и Костромская епархия подпишут соглашение "
     "о помощи семьям ветеранов на областном форуме в мае. Речь идёт о действующем с 2022 "
     "года соглашении между комитетом социальной защиты Костромской области и Костромским "
     "отделением Социального фонда об обмене данными.",
     [("planned", "2025-05", ["Правительство Костромской", "Костромское отделение",
                              "Костромская епархия"]),
      ("mentioned", "2022", ["Комитет социальной", "Костромское отделение"])]),
    ("bare_participle",
     "Меморандум о социальном туризме подпишут осенью\n\nКомитет по социальной политике "
     "Ярославской области и Ярославское отделение Союза пенсионеров планируют подписать "
     "меморандум о социальном туризме осенью. Речь идёт о действующем соглашении между "
     "департаментом туризма Ярославской области и Ярославским отделением Союза пенсионеров "
     "о скидках на экскурсии.",
     [("planned", "2025", ["Комитет по социальной", "Ярославское отделение Союза"]),
      ("mentioned", None, ["Департамент туризма", "Ярославское отделение Союза"])]),
    # guards: a restatement not told in force is the plan again; after a signing the
    # agreement in force was read apart before and stays so
    ("plan_restated",
     "Соглашение о помощи семьям ветеранов подпишут в мае\n\nПравительство Костромской области, "
     "Костромское отделение Социального фонда и Костромская епархия подпишут соглашение "
     "о помощи семьям ветеранов на областном форуме в мае. Речь идёт о соглашении между "
     "Правительством Костромской области, Костромским отделением Социального фонда и "
     "Костромской епархией.",
     [("planned", "2025-05", ["Правительство Костромской", "Костромское отделение",
                              "Костромская епархия"])]),
    ("after_signing",
     "Соглашение подписано\n\nКомитет социальной защиты Костромской области и Костромское "
     "отделение Социального фонда заключили соглашение об обмене данными. Речь идёт "
     "о действующем с 2022 года соглашении между комитетом и отделением, которое стороны "
     "дополнили новым разделом.",
     [("signed", "2025-04-10", ["Комитет социальной", "Костромское отделение"]),
      ("mentioned", "2022", ["Комитет социальной", "Костромское отделение"])]),
]


def _starts(names: list[str], firsts: list[str]) -> bool:
    return len(names) == len(firsts) and all(
        any(n.startswith(f) for n in names) for f in firsts)


@pytest.mark.parametrize(("text", "expected"), probes.named_rows(RESTATED))
def test_in_force_restated_beside_plan(models, text: str,
                                       expected: list[tuple[str, str | None, list[str]]]
                                       ) -> None:
    records = probes.agreements_of(models, text, PUBLISHED)
    assert [(a.status, a.date) for a in records] == [(s, d) for s, d, _ in expected]
    for a, (_, _, firsts) in zip(records, expected, strict=True):
        assert _starts(probes.party_names(a), firsts), probes.party_names(a)


# (id, sentence, what ``status.in_force`` reads on its first "соглашение")
IN_FORCE = [
    ("participle_phrase", "Речь идёт о действующем с 2022 года соглашении между управлением "
                          "и фондом.", "mentioned"),
    ("adjective", "Действующее соглашение между управлением и фондом продлят.", "mentioned"),
    # guards: after the noun the participle tells the term of the one signed; a past
    # participle may be the agreement renewed now; a participle of another verb
    ("after_noun", "Стороны подписали соглашение, действующее до 2030 года.", None),
    ("past_participle", "Стороны продлили действовавшее с 2017 года соглашение об опеке "
                        "ветеранам.", None),
    ("other_participle", "Стороны подписали рассчитанное до 2030 года соглашение о помощи "
                         "ветеранам.", None),
]


@pytest.mark.parametrize(("text", "read"), probes.named_rows(IN_FORCE))
def test_in_force_participle_phrase(models, text: str, read: str | None) -> None:
    from soccoop.extract.merge_rules import _predicate_path
    from soccoop.extract.status import in_force

    sent = probes.first_sentence(models, text)
    k = probes.noun_at(sent)
    assert in_force(sent, _predicate_path(sent, k)) == read


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, status=("in_force_participle_phrase",),
                                          merge_extra=("in_force_restated_beside_plan",))
