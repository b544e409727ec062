"""nerel82: the post of one replaced, told by "этот пост", and a post due under "должен".

- ``official_clauses._post_taken_before`` (in ``_post_of_this_post``): "этот пост" / "на
  этой должности" of one who takes over stands for the post a sentence shortly before gave
  by a verb of becoming or appointment, not for a former post or a post held now named
  after it; ``_post_of_this_post`` also reads the name behind a description ("сменит ...
  юриста Олега Смирнова");
- ``official_clauses._taken_over_from``: "примет этот пост у X" — X held it, as after a
  verb of succession;
- ``official_clauses._post_under_a_modal``: the subject of "должен" whose infinitive is a
  verb of holding takes the instrumental post the parse hangs on the modal word;
- ``official_clauses._before_a_bracketed_post``: a bracket opening another post ends the
  post phrase read off the tree.

Every sentence here is invented for these tests; the table has rows where the rules must
not fire.
"""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.nlp import Models

# (id, text, name, expected position, or None when the name is no official there)
POSTS: list[tuple[str, str, str, str | None]] = [
    # post_taken_before: the post taken, not a former one or one held now
    ("taken-not-former", "Директором музея назначена Анна Котова, бывший руководитель "
     "библиотеки. Она сменит на этой должности юриста Олега Смирнова.", "Олег Смирнов",
     "директор"),
    ("taken-not-held-now", "Иван Петров назначен главным дирижёром оркестра. Сейчас Петров "
     "является художественным руководителем театра. Он сменит на этой должности американца "
     "Олега Смирнова.", "Олег Смирнов", "главный дирижёр оркестра"),
    # taken_over_from: "примет этот пост у X"
    ("taken-over-from", "Новым главой полиции стала Анна Котова, бывший руководитель службы "
     "безопасности. Сообщается, что Котова примет этот пост у занимавшего его с 2011 года "
     "Олега Смирнова.", "Олег Смирнов", "глава полиции"),
    # negatives: taking a post with someone; taking over duties (no post anaphor)
    ("taken-with", "Анна Котова стала директором школы. Она примет этот пост вместе с "
     "Олегом Смирновым.", "Олег Смирнов", None),
    ("duties-from", "Анна Котова стала директором школы. Она примет дела у Олега "
     "Смирнова.", "Олег Смирнов", None),
    # the post named before with no appointment still counts, as before
    ("nominated-before", "Иван Петров выдвинут на пост ректора академии. Он хочет сменить "
     "на этом посту Олега Смирнова.", "Олег Смирнов", "ректор"),
    # post_under_a_modal
    ("due-to-become", "Министром финансов должен стать консерватор Иван Петров.",
     "Иван Петров", "министр финансов"),
    ("due-to-stay", "Главой района должна остаться юрист Анна Котова.", "Анна Котова",
     "глава района"),
    # negatives: a possibility is no post; the subject of an appointing infinitive appoints
    ("may-become", "Министром финансов может стать консерватор Иван Петров.", "Иван Петров",
     None),
    ("due-to-appoint", "Иван Петров должен назначить Олега Смирнова директором школы.",
     "Иван Петров", None),
    # bracketed_post
    ("bracketed-post", "Министром труда (главой департамента занятости) стал Иван Петров.",
     "Иван Петров", "министр труда"),
]

# A bracketed abbreviation stays with the body: name → (position, organisation).
BODIES: list[tuple[str, str, str, tuple[str, str]]] = [
    ("bracketed-abbreviation", "Председателем Союза (СПР) стал Иван Петров.", "Иван Петров",
     ("председатель", "Союз (СПР)")),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "position"), probes.named_rows(POSTS))
def test_posts_of_the_named(models: Models, text: str, name: str,
                            position: str | None) -> None:
    probes.check_extracted_post(models, text, name, position)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "expected"), probes.named_rows(BODIES))
def test_bodies_of_the_named(models: Models, text: str, name: str,
                             expected: tuple[str, str]) -> None:
    probes.check_body_of_named(models, text, name, expected)


def test_examples_quote_no_dev_text() -> None:
    probes.check_rules_invented(__file__, official_clauses=("_post_taken_before",
                                                            "_taken_over_from",
                                                            "_post_under_a_modal",
                                                            "_before_a_bracketed_post",
                                                            "_instrumental", "_post_of_this_post"))
