"""nerel95: a rank or title after an office gives way to it in three more shapes; a
dangling preposition is cut off a body's name.

- ``official_clauses._participle_in_a_body``: a genitive participle the tagger reads a verb
  opens the body right after its post's head ("Глава Объединенного штаба ... генерал Иван
  Петров"): the role window and a post phrase run on over it, so the office before the
  rank is found and keeps its whole body.
- ``official_grammar._lemma_of``: a deputy's contraction of a participle post
  ("замглавнокомандующего") is a post head, "зам" and the post, as "замдиректора";
  ``official_windows._rank_after_an_office`` takes such a contraction in the rank's case
  whatever case the tagger gives it.
- ``official_clauses._post_appointed_over_a_title``: the appointee an active appointing
  verb names by a rank right after the post in the instrumental holds that post
  ("назначил начальником управления полковника Ивана Петрова").
- ``official_orgs._whole_genitive_chain`` stops at a rank ("... по области полковника
  полиции Ивана Петрова"); ``official_roles._split_role`` drops a preposition left at the
  end of a body's name ("музей из" when the tagger read the place after "из" a person).

Every sentence here is invented for these tests; each table has rows where the rules must
not fire.
"""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.nlp import Models

# (id, text, name, expected (position, organisation))
OFFICE_BEFORE_A_RANK: list[tuple[str, str, str, tuple[str, str | None]]] = [
    ("participle-opens-the-body", "Глава Объединенного штаба морских сил генерал Олег "
     "Смирнов прибыл в Мурманск.", "Олег Смирнов", ("глава", "Объединённый штаб морских сил")),
    ("participle-opens-a-council", "Председатель Объединенного совета ветеранов генерал-майор "
     "Олег Смирнов прибыл в Мурманск.", "Олег Смирнов",
     ("председатель", "Объединённый совет ветеранов")),
    ("deputy-of-a-participle-post", "На смотре первый замглавнокомандующего Сухопутными "
     "войсками генерал-полковник Павел Лосев вручил награды.", "Павел Лосев",
     ("первый замглавнокомандующего", "Сухопутные войска")),
    ("contraction-in-another-case", "Первый замглавнокомандующего Военно-морским флотом "
     "вице-адмирал Олег Смирнов провёл смотр.", "Олег Смирнов",
     ("первый замглавнокомандующего", "Военно-морской флот")),
    # negatives: a participle after a noun that is no post; a rank with no office before it
    ("participle-after-another-noun", "Письмо уволенного сотрудника полковник Иван Петров "
     "передал в суд.", "Иван Петров", ("полковник", None)),
    ("body-before-the-rank-kept", "Начальник управления МВД по Курской области полковник "
     "полиции Иван Петров открыл приём.", "Иван Петров",
     ("начальник", "управление МВД по Курской области")),
]

APPOINTED_OVER_A_RANK: list[tuple[str, str, str, tuple[str, str | None]]] = [
    ("appointed-over-a-rank", "Министр назначил начальником управления кадров полковника "
     "Павла Лосева.", "Павел Лосев", ("начальник", "управление кадров")),
    ("appointed-with-a-po-group", "Губернатор назначил начальником управления МВД по "
     "Курской области полковника полиции Ивана Петрова.", "Иван Петров",
     ("начальник", "управление МВД по Курской области")),
    ("appointed-to-a-participle-post", "Президент назначил командующим Северным флотом "
     "адмирала Олега Смирнова.", "Олег Смирнов", ("командующий", "Северный флот")),
    # negatives: a post with no body says no more than the rank; a passive names its
    # subject (read as before)
    ("appointed-to-a-bare-post", "Губернатор назначил начальником полковника Ивана Петрова.",
     "Иван Петров", ("полковник", None)),
    ("passive-names-the-subject", "Начальником управления кадров назначен полковник Иван "
     "Петров.", "Иван Петров", ("начальник", "управление кадров")),
]

# negatives of the appointee: the verb appoints someone else, or appoints no one
NOT_APPOINTED: list[tuple[str, str, str, str]] = [
    ("verb-appoints-another", "Губернатор назначил Сидорова начальником управления "
     "полковника Ивана Петрова.", "Иван Петров", "полковник"),
    ("verb-of-no-appointment", "Губернатор наградил начальника управления кадров "
     "полковника Ивана Петрова.", "Иван Петров", "полковник"),
]

BODY_NAMES: list[tuple[str, str, str, tuple[str, str | None]]] = [
    ("place-after-iz-read-as-a-person", "Ольга Лунина, директор библиотеки из Новоселова, "
     "рассказала о находке.", "Ольга Лунина", ("директор", "библиотека")),
    # negative: a place the tagger reads a place stays in the name
    ("place-after-iz-kept", "Директор музея из Тулы Александр Орлов рассказал о находке.",
     "Александр Орлов", ("директор", "музей из Тулы")),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "expected"), probes.named_rows(
    OFFICE_BEFORE_A_RANK + APPOINTED_OVER_A_RANK + BODY_NAMES))
def test_official_records(models: Models, text: str, name: str,
                          expected: tuple[str, str | None]) -> None:
    probes.check_official(models, text, name, expected)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "position"), probes.named_rows(NOT_APPOINTED))
def test_not_appointed(models: Models, text: str, name: str, position: str) -> None:
    probes.check_post(models, text, name, position)


@pytest.mark.parametrize(("word", "expected"), [
    ("замглавнокомандующего", "замглавнокомандующий"),
    ("замуправляющего", "замуправляющий"),
    ("главнокомандующего", "главнокомандующий"),
    # not a contraction of such a post: the tagger's lemma stays
    ("замерзающего", "замерзать"),
])
def test_lemma_of_a_contraction(models: Models, word: str, expected: str) -> None:
    from soccoop.extract.official_grammar import _lemma_of

    tagger_lemma = "замерзать" if word == "замерзающего" else word
    assert _lemma_of(word, tagger_lemma, "VERB", "", "", "", models) == expected


def test_contraction_is_a_post_head(models: Models) -> None:
    """The contraction's lemma reads as a deputy of the post ("зам" + the post)."""
    from soccoop.extract.official_grammar import _deputy_contraction

    assert _deputy_contraction("замглавнокомандующий", models) == "главнокомандующий"
    assert _deputy_contraction("замерзать", models) is None


def test_examples_quote_no_dev_text() -> None:
    probes.check_rules_invented(__file__, official_clauses=("_participle_in_a_body",
                                                            "_post_appointed_over_a_title"),
                                          official_windows=("_rank_after_an_office",))
