"""nerel68 (round 68 of issue 9): two shapes of a post before a name that lost the post.

* ``official_windows._academic_degree_before`` (with the choice of the post in
  ``_role_before``): a scholar's degree and title set off one after another by commas
  between a post and the name ("ректор института, доктор наук, профессор Иван Петров") are
  descriptions, and the post before them is the name's; ``_rank_after_an_office`` now
  also leaves an academic title after a bare post ("ректор профессор Иван Петров");
  ``_academic_degree`` reads a degree's field the tagger takes for a noun;
* ``official_windows._body_chain`` (read by ``_post_an_initials_name_agrees_with``): a
  deputy's genitive chain may hold a body's complement opened by "по" or "при" and a
  participle post's instrumental ("управляющего Отделением"), and the name after it may
  be written initials first ("И. В. Петрову"): the name is the deputy's, in his case.

Every sentence and person here is invented for these tests; each table has rows where the
rules must not fire.
"""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.nlp import Models

# (id, text, name, expected (position, organisation))
ACADEMIC: list[tuple[str, str, str, tuple[str, str | None]]] = [
    # a degree then a title, each after a comma; fails on b68dev ("профессор", no body)
    ("degree-then-title", "Приказ подписал ректор политехнического института, доктор "
     "технических наук, профессор Павел Зотов.", "Павел Зотов",
     ("ректор", "политехнический институт")),
    # the same beside another signer; fails on b68dev
    ("degree-then-title-signer", "Соглашение подписали министр труда области Ольга Жукова "
     "и ректор аграрного университета, доктор экономических наук, профессор Игорь Лунин.",
     "Игорь Лунин", ("ректор", "аграрный университет")),
    # a degree whose field the tagger reads as a noun, then a title; fails on b68dev
    # ("доцент")
    ("field-read-as-noun", "Семинар вела заведующая кафедрой, кандидат филологических "
     "наук, доцент Анна Котова.", "Анна Котова", ("заведующая кафедрой", None)),
    # a bare post right before the title; fails on b68dev ("профессор")
    ("bare-post", "Делегацию возглавил ректор профессор Олег Волков.", "Олег Волков",
     ("ректор", None)),
    # the same in the genitive; fails on b68dev ("профессор")
    ("bare-post-genitive", "Круглый стол прошёл при участии проректора профессора Инны "
     "Лосевой.", "Инна Лосева", ("проректор", None)),
    # a title then a degree: read on b68dev already
    ("title-then-degree", "Ректор университета, профессор, доктор экономических наук Иван "
     "Петров подписал приказ.", "Иван Петров", ("ректор", "университет")),
]

# (id, text, name, expected): read as on b68dev
ACADEMIC_LEFT: list[tuple[str, str, str, tuple[str, str | None]]] = [
    # a title alone before the name is what the person is called by
    ("title-alone", "Профессор Иван Петров рассказал о проекте.", "Иван Петров",
     ("профессор", None)),
    # a trade before a title is no post: the title stays
    ("trade-then-title", "Врач-терапевт, профессор Иван Петров принял пациентов.",
     "Иван Петров", ("профессор", None)),
    # a military rank after a bare post is left as it was (not an academic title)
    ("bare-post-rank", "Начальник полковник Иван Петров вручил награды.", "Иван Петров",
     ("полковник", None)),
    # one degree after a post: as before
    ("one-degree", "Конференцию открыл директор института, доктор исторических наук Иван "
     "Петров.", "Иван Петров", ("директор", "институт")),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "expected"),
                         [pytest.param(*r[1:], id=r[0]) for r in ACADEMIC + ACADEMIC_LEFT])
def test_post_before_academic_titles(models: Models, text: str, name: str,
                                     expected: tuple[str, str | None]) -> None:
    probes.check_official(models, text, name, expected)


DEPUTY: list[tuple[str, str, str, tuple[str, str | None]]] = [
    # initials first after a body with "по"; fails on b68dev ("директор")
    ("by-region-ins", "Приказ подписан заместителем директора Департамента по Тульской "
     "области И.В. Петровым.", "И. В. Петров",
     ("заместитель директора", "Департамент по Тульской области")),
    # the dative; fails on b68dev ("начальник")
    ("by-region-dat", "Слово предоставили заместителю начальника управления по Курской "
     "области И.В. Петрову.", "И. В. Петров",
     ("заместитель начальника", "управление по Курской области")),
    # a participle post's instrumental in the chain; fails on b68dev ("управляющий")
    ("participle-ins", "Распоряжение утверждено заместителем управляющего Отделением фонда "
     "по Омской области Л.Н. Гусевой.", "Л. Н. Гусева",
     ("заместитель управляющего", "Отделение фонда по Омской области")),
    # a plain genitive chain, initials first; read on b68dev already
    ("plain-chain", "Письмо направлено заместителю директора департамента И.В. Петрову.",
     "И. В. Петров", ("заместитель директора", "департамент")),
]

DEPUTY_LEFT: list[tuple[str, str, str, tuple[str, str | None]]] = [
    # the head itself in the instrumental: no deputy to find
    ("head-itself", "Встреча с директором департамента И.В. Петровым прошла в мэрии.",
     "И. В. Петров", ("директор", "департамент")),
    # a genitive deputy: the genitive name may hang on either noun, the head's post stays
    ("genitive-helper", "Письмо от помощника директора департамента И.В. Петрова пришло "
     "вчера.", "И. В. Петров", ("директор", "департамент")),
    # the nominative needs no case to agree: as before
    ("nominative", "С докладом выступил заместитель начальника управления по Курской "
     "области И.В. Петров.", "И. В. Петров",
     ("заместитель начальника", "управление по Курской области")),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "expected"),
                         [pytest.param(*r[1:], id=r[0]) for r in DEPUTY + DEPUTY_LEFT])
def test_deputy_before_initials(models: Models, text: str, name: str,
                                expected: tuple[str, str | None]) -> None:
    probes.check_official(models, text, name, expected)


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, official_windows=("_academic_degree_before",
                                                            "_body_chain", "_academic_degree",
                                                            "_rank_after_an_office",
                                                            "_post_an_initials_name_agrees_with"))
