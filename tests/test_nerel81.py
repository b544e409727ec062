"""nerel81: posts of people named in a sentence before that named several, offices that
describe no one, and terms of office.

- ``officials._the_unposted_subject`` (in ``_subject_of_the_one_before``): a singular post
  that is the next sentence's subject describes the one person the sentence before named in
  the nominative with no post of their own, even when it named others too;
- ``officials._office_offered`` (in ``_described_again``): a post in the genitive after
  "пост", "должность" or "обязанности" names an office, not the person named before;
- ``officials._introduction_end``, ``_of_a_body``, ``_told_clause`` and
  ``_pronoun_subject_before_the_name`` (in ``_subject_of_the_one_before``): an introductory
  word before the post ("Впрочем, губернатор заявил"), a staff post of a body ("секретарь
  совета"), a name only in what the post's verb tells ("заявил, что X уволен") no longer
  stop the reading; a pronoun subject ahead of the name in the sentence before does;
- ``official_clauses._term_of_office_post``: a name in the genitive of "президентство",
  "губернаторство", ... held that post.

Every sentence here is invented for these tests; the table has rows where the rules must
not fire.
"""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.nlp import Models

# (id, text, name, expected position, or None when the name is no official there)
POSTS: list[tuple[str, str, str, str | None]] = [
    # the_unposted_subject
    ("unposted-among-posted", "Иван Петров подписал указ, по которому директор школы Олег "
     "Смирнов стал советником. Об этом губернатор области сообщил журналистам.",
     "Иван Петров", "губернатор области"),
    ("unposted-beside-object", "Иван Петров поздравил Олега Смирнова с юбилеем. Губернатор "
     "области отметил его заслуги.", "Иван Петров", "губернатор области"),
    ("posted-one-keeps-post", "Иван Петров подписал указ, по которому директор школы Олег "
     "Смирнов стал советником. Об этом губернатор области сообщил журналистам.",
     "Олег Смирнов", "директор"),
    # negatives: two people in the nominative without posts; a post the sentence before
    # gave someone else
    ("two-unposted", "Иван Петров встретил Анну Котову на вокзале, а Олег Смирнов приехал "
     "позже. Губернатор области отметил успехи.", "Олег Смирнов", None),
    ("two-unposted-first", "Иван Петров встретил Анну Котову на вокзале, а Олег Смирнов "
     "приехал позже. Губернатор области отметил успехи.", "Иван Петров", None),
    ("coordinated-subjects", "Иван Петров и Олег Смирнов подписали соглашение. Губернатор "
     "области отметил успехи.", "Иван Петров", None),
    ("post-said-before", "Иван Петров встретился с губернатором области Олегом Смирновым. "
     "Губернатор области заявил о планах.", "Иван Петров", None),
    # introduction_end, of_a_body, told_clause: an introductory word before the post, a
    # staff post of a body, a name only in what is told
    ("introduction", "Иван Петров выступил в Туле. Впрочем, губернатор области заявил, что "
     "тема отставки не обсуждалась.", "Иван Петров", "губернатор области"),
    ("staff-post-of-a-body", "Иван Петров выступил в Туле. Секретарь совета безопасности "
     "заявил, что тема отставки не обсуждалась.", "Иван Петров", "секретарь"),
    ("name-in-what-is-told", "Иван Петров выступил в Туле. Губернатор заявил, что Олег "
     "Смирнов уволен.", "Иван Петров", "губернатор"),
    # negatives: a staff post of a person; a possessive; the name is the post's own; the
    # named one is told of by a pronoun subject that the post goes on with
    ("staff-post-of-a-person", "Иван Петров выступил в Туле. Советник губернатора заявил, "
     "что тема отставки не обсуждалась.", "Иван Петров", None),
    ("possessive-staff-post", "Иван Петров выступил в Туле. Его советник заявил, что тема "
     "отставки не обсуждалась.", "Иван Петров", None),
    ("name-of-the-post", "Иван Петров выступил в Туле. Губернатор Олег Смирнов заявил, что "
     "всё хорошо.", "Иван Петров", None),
    ("told-to-a-name", "Иван Петров выступил в Туле. Губернатор рассказал Олегу Смирнову, "
     "что всё хорошо.", "Иван Петров", None),
    ("pronoun-subject-before", "В интервью он заметил, что высказанные Дж. Ли претензии его "
     "удивили. Тем не менее, губернатор заявил, что уйдёт с поста.", "Дж. Ли", None),
    # office_offered: the office discussed is no description of the one named before
    ("office-discussed", "Иван Петров приехал в Тулу. Там обсуждали должность губернатора "
     "Тульской области.", "Иван Петров", None),
    ("post-discussed", "Иван Петров приехал в Тулу. Там обсуждали вакантный пост "
     "губернатора Тульской области.", "Иван Петров", None),
    # a description with no office noun still carries the one named before
    ("still-described", "Иван Ли погиб в аварии. Смерть южнокорейского министра потрясла "
     "страну.", "Иван Ли", "министр"),
    # term_of_office_post
    ("presidency", "Кредит выдали во время президентства Ивана Петрова в 2013 году.",
     "Иван Петров", "президент"),
    ("governorship", "В начале губернаторства Анны Котовой область получила субсидию.",
     "Анна Котова", "губернатор"),
    ("premiership", "Завод построили в годы премьерства Олега Смирнова.", "Олег Смирнов",
     "премьер"),
    # negatives: the term named with no holder in its genitive
    ("term-without-holder", "Книгу о президентстве написал Иван Петров.", "Иван Петров",
     None),
    ("term-beside-subjects", "О президентстве в республике спорили Иван Петров и Олег "
     "Смирнов.", "Олег Смирнов", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "position"), probes.named_rows(POSTS))
def test_posts_of_the_named(models: Models, text: str, name: str,
                            position: str | None) -> None:
    probes.check_extracted_post(models, text, name, position)


def test_examples_quote_no_dev_text() -> None:
    probes.check_rules_invented(__file__, officials=("_the_unposted_subject", "_office_offered",
                                                     "_introduction_end", "_of_a_body",
                                                     "_told_clause", "_named_only_in_what_is_told",
                                                     "_pronoun_subject_before_the_name"),
                                          official_clauses=("_term_of_office_post",))
