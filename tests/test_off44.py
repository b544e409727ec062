"""off44: officials errors of rounds 160–170 and NEREL tune/open pooled: a woman's name after
an acting abbreviation, an academic title or degree between a post and the name, a header
line "Name | post".

- ``officials._acting_holder_of_a_feminine_verb``: an acting abbreviation ("врио", "и. о.")
  that a verb in the feminine singular governs, with no other subject, is that verb's
  subject; a two-way name after its genitive post ("Евгения Лапина") is then a woman's
  nominative, not a man's genitive.
- ``official_windows._rank_after_an_office``: an academic title ("профессор", "доцент",
  "академик") after a participle post ("заведующий кафедрой ...") is no office; the post
  is (a military rank after "командующий" keeps the older reading).
- ``official_windows._academic_degree`` (read by ``_description_before_name``): "доктор
  ... наук", "кандидат ... наук" or an academic title after a comma between a post and the
  name describes the person; the post before the comma is theirs.
- ``officials._post_after_a_bar``: a line that opens with a name and gives the post after
  a vertical bar ("Ольга Сомова | Министр культуры ...").

Every sentence here is invented for these tests; the negatives guard against over-reach:
another subject of the feminine verb, a man's verb, a military rank after a participle
post, a bar before no post, a degree after no post.
"""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.nlp import Models

# (id, text, name, expected (position, organisation) or None: no official of that name),
# read by the whole extraction
ROWS: list[tuple[str, str, str, tuple[str, str | None] | None]] = [
    ("acting-abbreviation-held-by-a-woman", "Совещание провела врио министра культуры "
     "области Евгения Лапина.", "Евгения Лапина",
     ("врио министра культуры области", "Министерство культуры области")),
    ("academic-title-after-a-chair", "В жюри конкурса вошли заведующий кафедрой "
     "философии профессор Олег Павлович Сомов и два студента.",
     "Олег Павлович Сомов", ("заведующий кафедрой философии", "Кафедра философии")),
    ("academic-degree-after-a-comma", "Заведующая кафедрой истории и археологии, доктор "
     "исторических наук Анна Павловна Котова напомнила, что курс длится год.",
     "Анна Павловна Котова",
     ("заведующая кафедрой истории и археологии", "Кафедра истории и археологии")),
    ("candidate-degree-after-a-director", "Директор института, кандидат технических наук "
     "Олег Лаптев рассказал о планах.", "Олег Лаптев", ("директор", "институт")),
    ("post-after-a-bar", "Ольга Сомова | Министр культуры Тверской области\nканал · 12 500 "
     "подписчиков\n\nСегодня мы открыли новый центр для семей.", "Ольга Сомова",
     ("министр культуры", "Министерство культуры Тверской области")),
    # negatives
    ("feminine-verb-with-its-own-subject", "Губернатор поблагодарила врио министра Евгения "
     "Лапина за работу.", "Евгений Лапин", ("врио министра", None)),
    ("acting-abbreviation-held-by-a-man", "Совещание провёл врио министра культуры области "
     "Евгений Лапин.", "Евгений Лапин",
     ("врио министра культуры области", "Министерство культуры области")),
    ("military-rank-after-a-commander-as-before", "Командующий Черноморским флотом адмирал "
     "Игорь Осипов прибыл в порт.", "Игорь Осипов", ("адмирал", "Черноморский флот")),
    ("bar-before-no-post", "Иван Петров | Новости района\nканал · 300 подписчиков\n\n"
     "Сегодня мы открыли новый центр для семей.", "Иван Петров", None),
    ("degree-after-no-post", "Жители района, доктор медицинских наук Олег Лаптев и другие "
     "подписали обращение.", "Олег Лаптев", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "expected"), probes.named_rows(ROWS))
def test_off44_rows(models: Models, text: str, name: str,
                    expected: tuple[str, str | None] | None) -> None:
    probes.check_official(models, text, name, expected, read=probes.extracted_officials)


def test_examples_quote_no_dev_text() -> None:
    probes.check_rules_invented(__file__, officials=("_acting_holder_of_a_feminine_verb",
                                                     "_post_after_a_bar"),
                                          official_windows=("_rank_after_an_office",
                                                            "_academic_degree"))
