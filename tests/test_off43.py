"""off43: officials errors of rounds 160–166 pooled: a namesake inside a body's name is no
person, a pronoun's post with no dash, the acting post of one who carries out a post's
duties, and a signature's post on the line below the name.

- ``nlp.namesake_into_its_body``: a person's span the NER opens inside the namesake of the
  body before it ("ТГУ им. Ивана" + "Карпова") is the rest of the body's name; the post
  before it is the next person's. ``official_names._names_out_of_bodies`` no longer cuts a
  namesake after "им."/"имени" out of a body's span.
- ``officials._bare_copula``: "он"/"она" opening a clause with a post in the nominative and
  no dash ("Она заместитель министра") gives the post to the person named before.
- ``officials._duties_carried_out``: "..., которая исполняет обязанности министра" is the
  acting minister ("исполняющая обязанности министра ..."); the acting post's gender is
  read from a first name of one gender (``official_posts.acting_posts_written_out``).
- ``officials._signature_post_below``: a name alone on its line (maybe closed by a comma)
  and the post on the whole line below it.

Every sentence here is invented for these tests; the negatives guard against over-reach:
"от имени" (on behalf of someone), a pronoun with a post noun in another case, a rank
("самый возрастной игрок"), a holding verb other than carrying out duties, a name inside a
sentence that goes on over the next line.
"""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.nlp import Models

# (id, text, name, expected (position, organisation) or None: no official of that name),
# read by the whole extraction
ROWS: list[tuple[str, str, str, tuple[str, str | None] | None]] = [
    ("namesake-of-an-acronym-body", "Вчера ректор ТГУ им. Ивана Карпова Марина Викторовна "
     "Сомова открыла форум.", "Марина Викторовна Сомова",
     ("ректор", "ТГУ им. Ивана Карпова")),
    ("namesake-with-its-first-name-in-the-body", "Подписи поставили ректор ЛГУ им. Петра "
     "Сорокина Ольга Игоревна Белова и глава областного отделения Соцфонда Олег Петрович "
     "Гаврилов.", "Ольга Игоревна Белова",
     ("ректор", "ЛГУ им. Петра Сорокина")),
    ("namesake-is-no-official", "Подписи поставили ректор ЛГУ им. Петра Сорокина Ольга "
     "Игоревна Белова и глава областного отделения Соцфонда Олег Петрович Гаврилов.",
     "Петр Сорокина", None),
    ("pronoun-post-without-a-dash", "Соглашение подписали министр труда края Олег Седов и "
     "Анна Котова. Она заместитель министра финансов Республики Алтай.",
     "Анна Котова", ("заместитель министра финансов",
                     "Министерство финансов Республики Алтай")),
    ("acting-post-after-a-pronoun-without-a-dash", "Встречу провели Олег Седов и Анна "
     "Котова. Сейчас она исполняющая обязанности министра здравоохранения края.",
     "Анна Котова", ("исполняющая обязанности министра здравоохранения края",
                     "Министерство здравоохранения края")),
    ("duties-carried-out-in-a-relative-clause", "Как пояснила Анна Викторовна Котова, "
     "которая с марта исполняет обязанности министра здравоохранения области, работа "
     "продолжится.", "Анна Викторовна Котова",
     ("исполняющая обязанности министра здравоохранения области",
      "Министерство здравоохранения области")),
    ("duties-of-a-man-whose-surname-reads-feminine", "Александр Браверман, выполнявший "
     "обязанности главы ведомства, подал в отставку.", "Александр Браверман",
     ("исполняющий обязанности главы", "ведомство")),
    ("signature-post-on-the-line-below", "Благодарю коллег за тёплый приём!\n\nА.Л. "
     "Петрова,\nУполномоченный по правам ребёнка в Тверской области\n\n#детство #Тверь",
     "А. Л. Петрова", ("уполномоченный по правам ребёнка", "Тверская область")),
    # negatives
    ("on-behalf-of-someone-is-no-namesake", "Письмо от имени Ивана Карпова зачитал директор "
     "школы Олег Седов.", "Олег Седов", ("директор", "школа")),
    ("pronoun-with-a-dative-post-noun", "Вчера выступила Анна Котова. Она директору школы "
     "передала письмо.", "Анна Котова", None),
    ("pronoun-with-a-rank-is-no-post", "На поле вышел Иван Котов. Он самый возрастной игрок "
     "команды.", "Иван Котов", None),
    ("other-holding-verb-unchanged", "Анна Викторовна Котова, которая с марта возглавляет "
     "министерство здравоохранения области, выступила.", "Анна Викторовна Котова", None),
    ("name-line-inside-a-sentence", "На встрече был Иван Сомов\nи другие гости.",
     "Иван Сомов", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "expected"), probes.named_rows(ROWS))
def test_off43_rows(models: Models, text: str, name: str,
                    expected: tuple[str, str | None] | None) -> None:
    probes.check_official(models, text, name, expected, read=probes.extracted_officials)


# (id, text, body the namesake stays in, signers)
SIGNINGS: list[tuple[str, str, str, list[str]]] = [
    ("namesake-is-no-signer-and-stays-in-the-side", "Соглашение о сотрудничестве подписали "
     "ректор ЛГУ им. Петра Сорокина Ольга Игоревна Белова и глава областного отделения "
     "Соцфонда Олег Петрович Гаврилов.", "ЛГУ им. Петра Сорокина",
     ["Ольга Игоревна Белова", "Олег Петрович Гаврилов"]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "side", "signers"), probes.named_rows(SIGNINGS))
def test_off43_namesake_in_a_signing(models: Models, text: str, side: str,
                                     signers: list[str]) -> None:
    agreements = probes.agreements_of(models, text, "2025-04-18")
    assert len(agreements) == 1, agreements
    assert side in probes.party_names(agreements[0])
    assert sorted(agreements[0].signatories) == sorted(signers)


def test_examples_quote_no_dev_text() -> None:
    probes.check_rules_invented(__file__, nlp=("namesake_into_its_body",),
                                          official_names=("_names_out_of_bodies",),
                                          officials=("_bare_copula", "_duties_carried_out",
                                                     "_signature_post_below"),
                                          official_posts=("acting_posts_written_out",))
