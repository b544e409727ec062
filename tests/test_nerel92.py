"""nerel92: a name counted among "the other" holders of a plural post.

- ``officials._one_of_the_other_holders``: a name joined by "и" to a plural post that
  "другие", "прочие" or "остальные" qualifies is one of its holders and holds the post in
  the singular, with its complements: "Олег Смирнов и другие депутаты Госдумы" → "депутат",
  "Госдума". Not a plural of another noun ("и другие участники"), nor a bare list ("и
  депутаты"), nor kin ("и другие члены семьи"), nor a name whose case the word of "others"
  does not share.

Every sentence here is invented for these tests; each table has rows where the rule must not
fire.
"""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.nlp import Models

# (id, text, name, expected (position, organisation) or None: no post)
OTHER_HOLDERS: list[tuple[str, str, str, tuple[str, str | None] | None]] = [
    ("nominative", "Обращение к министру подписали Олег Смирнов и другие депутаты Госдумы.",
     "Олег Смирнов", ("депутат", "Госдума")),
    ("instrumental", "Иван Петров обсудил бюджет с Анной Котовой и другими членами "
     "правительства.", "Анна Котова", ("член", "правительство")),
    ("bracketed-aside", "Проект одобрили Анна Котова (Anna Kotova) и прочие руководители "
     "фонда.", "Анна Котова", ("руководитель", "фонд")),
    ("adjective-between", "В Тулу приехали Олег Смирнов и остальные высокопоставленные "
     "чиновники области.", "Олег Смирнов", ("чиновник области", None)),
    # negatives: another plural noun, a bare list, kin, a post the name already has, a
    # word of "others" in another case than the name's
    ("participants", "Обращение подписали Олег Смирнов и другие участники форума.",
     "Олег Смирнов", None),
    ("bare-list", "Обращение к министру подписали Олег Смирнов и депутаты Госдумы.",
     "Олег Смирнов", None),
    ("kin", "На церемонию в Тулу приехали Олег Смирнов и другие члены семьи.",
     "Олег Смирнов", None),
    ("own-post", "Министр Олег Смирнов и другие руководители ведомства встретились с "
     "журналистами.", "Олег Смирнов", ("министр", None)),
    ("case-disagrees", "Олегу Смирнову и другие депутаты Госдумы не раз писали об этом.",
     "Олег Смирнов", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "expected"), probes.named_rows(OTHER_HOLDERS))
def test_official_records(models: Models, text: str, name: str,
                          expected: tuple[str, str | None] | None) -> None:
    probes.check_official(models, text, name, expected)


def test_other_members_words() -> None:
    from soccoop.extract.lexicon_officials import OTHER_MEMBERS_WORDS

    assert {"другой", "прочий", "остальной"} <= OTHER_MEMBERS_WORDS


def test_examples_quote_no_dev_text() -> None:
    probes.check_rules_invented(__file__, officials=("_one_of_the_other_holders",))
