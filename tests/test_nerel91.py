"""nerel91: a private person's representative; the post a subject acts in ("как"); the leader
of a group of post holders; a predicate clause among a dash's descriptions; a party
functionary.

- ``officials._agent_of_someone``: "представитель" owned by a personal possessive ("его",
  "её", "их") and naming no body is someone's agent, no post: "— сказала её представитель
  Анна Котова". A body in the post, or another post owned by a possessive ("его
  заместитель"), keeps it.
- ``officials._post_in_the_role_of``: a name in the nominative before a finite verb takes the
  nominative post of the verb's "как" group: "Иван Петров выступил на форуме как
  председатель комитета". Not a likeness ("так же, как"), nor a post before another name
  ("как и министр Олег Смирнов").
- ``officials._leader_of_a_group_of_posts``: "группа депутатов во главе с Олегом Смирновым" →
  "депутат"; a group of another noun ("делегация во главе с ...") gives none.
- ``official_windows._predicate_clause_end`` and ``_animate_compound`` (read by
  ``_post_after_a_person_noun``): after a dash, a clause of the subject's own verb may stand
  between a description and the post ("Иван Петров — предприниматель, входит в число ...,
  бывший мэр Тулы"), and a hyphenated description whose first part is an animate noun
  ("инженер-строитель") describes a person.
- ``lexicon_officials.POSITION_HEADS`` / ``WEAK_HEADS``: "функционер" is a public servant's
  trade, like "чиновник": a post when it is all the text says, and a stated post beats it.

Every sentence here is invented for these tests; each table has rows where the rule must not
fire.
"""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.nlp import Models

# (id, text, name, expected (position, organisation) or None: no post)
AGENTS: list[tuple[str, str, str, tuple[str, str | None] | None]] = [
    ("her-agent", "«Певица здорова и скоро вернётся на сцену», — сказала её представитель "
     "Анна Котова.", "Анна Котова", None),
    ("his-agent", "Об иске журналистам рассказал его представитель Олег Смирнов.",
     "Олег Смирнов", None),
    ("their-agent", "Семья погибшего от комментариев отказалась, сообщил их представитель "
     "Иван Белов.", "Иван Белов", None),
    # negatives: a body's representative, a body in the post, another possessed post
    ("body-agent", "Об этом сообщила представитель министерства Анна Котова.", "Анна Котова",
     ("представитель", "министерство")),
    ("agent-in-body", "Об этом заявил её представитель в министерстве Иван Петров.",
     "Иван Петров", ("представитель", "министерство")),
    ("his-deputy", "Об этом рассказал его заместитель Иван Белов.", "Иван Белов",
     ("заместитель", None)),
]

ROLES_OF: list[tuple[str, str, str, tuple[str, str | None] | None]] = [
    ("forum", "Иван Петров выступил на форуме как председатель комитета.", "Иван Петров",
     ("председатель", "комитет")),
    ("also-as", "Анна Котова получила известность также как руководитель фонда «Рассвет».",
     "Анна Котова", ("руководитель", "фонд «Рассвет»")),
    # negatives: a likeness, a post of another name, a plural, no verb before "как"
    ("likeness", "Анна Котова работает так же, как директор школы.", "Анна Котова", None),
    ("other-name", "Иван Петров выступил на форуме, как и министр Олег Смирнов.",
     "Иван Петров", None),
    ("such-as", "Иван Петров говорил с гостями, такими как директор музея.", "Иван Петров",
     None),
]

GROUP_LEADERS: list[tuple[str, str, str, tuple[str, str | None] | None]] = [
    ("deputies", "Группа депутатов во главе с Олегом Смирновым внесла законопроект.",
     "Олег Смирнов", ("депутат", None)),
    ("senators", "Сенаторы во главе с Анной Котовой выступили против закона.", "Анна Котова",
     ("сенатор", None)),
    # negatives: a group of another noun
    ("delegation", "Делегация во главе с Иваном Петровым прибыла в Тулу.", "Иван Петров",
     None),
    ("volunteers", "Волонтёры во главе с Анной Котовой убрали парк у реки.", "Анна Котова",
     None),
]

FUNCTIONARIES: list[tuple[str, str, str, tuple[str, str | None] | None]] = [
    ("functionary", "Партийный функционер Иван Петров заявил о поддержке кандидата.",
     "Иван Петров", ("функционер", None)),
    # a stated post beats the trade, as it beats "чиновник"
    ("mayor-wins", "Партийный функционер Иван Петров приехал в Тулу. Вчера мэр Алексина "
     "Иван Петров открыл новую школу.", "Иван Петров", ("мэр", "Алексин")),
    # negatives: no name beside the trade
    ("unnamed", "Партийный функционер заявил о поддержке кандидата. Иван Петров промолчал.",
     "Иван Петров", None),
]


PREDICATES: list[tuple[str, str, str, tuple[str, str | None] | None]] = [
    ("clause", "Иван Петров — предприниматель, входит в число богатейших людей края, бывший "
     "мэр Тулы.", "Иван Петров", ("мэр", "Тула")),
    ("compound", "Иван Петров — инженер-строитель, бывший мэр Алексина.", "Иван Петров",
     ("мэр", "Алексин")),
    ("compound-clause", "Иван Петров — предприниматель-миллиардер, владеет тремя заводами, "
     "бывший губернатор Курской области.", "Иван Петров", ("губернатор", "Курская область")),
    # negatives: no dash, two verbs, a name in the clause
    ("comma", "Иван Петров, предприниматель, входит в число богатейших людей края, бывший "
     "мэр Тулы.", "Иван Петров", None),
    ("two-verbs", "Иван Петров — предприниматель, входит в совет и руководит фондом, бывший "
     "мэр Тулы.", "Иван Петров", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "expected"),
                         probes.named_rows(AGENTS) + probes.named_rows(ROLES_OF)
                         + probes.named_rows(GROUP_LEADERS) + probes.named_rows(FUNCTIONARIES)
                         + probes.named_rows(PREDICATES))
def test_official_records(models: Models, text: str, name: str,
                          expected: tuple[str, str | None] | None) -> None:
    probes.check_official(models, text, name, expected)


def test_functionary_is_a_weak_post() -> None:
    from soccoop.extract.lexicon_officials import POSITION_HEADS, WEAK_HEADS

    assert "функционер" in POSITION_HEADS
    assert "функционер" in WEAK_HEADS


def test_examples_quote_no_dev_text() -> None:
    probes.check_rules_invented(__file__, officials=("_agent_of_someone", "_post_in_the_role_of",
                                                     "_leader_of_a_group_of_posts"),
                                          official_windows=("_predicate_clause_end",
                                                            "_animate_compound"))
