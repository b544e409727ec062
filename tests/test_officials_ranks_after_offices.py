"""Officials: a rank or title set between a post's phrase and the name ("Начальник
управления полковник Иван Петров", "ректор академии профессор Анна Орлова", "президент
союза шейх ...") is a title the holder carries, the post before it is the office
(``_rank_after_an_office``, ranks in ``RANK_TITLES``). A rank alone, or one after a comma
or a conjunction, stays the person's post, and so does a rank after a membership or a
participle title, whose body it shares (probed in ``test_officials_kept_post``).

Every probe is worded for this file (its own posts, places and names); the tables give the
text, the person and the record expected."""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.nlp import Models

Record = tuple[str | None, str | None]

RECORDS: list[tuple[str, str, Record]] = [
    # a military or police rank after the office: the office, its body kept
    ("Начальник отдела кадров полковник Глеб Сафонов подписал приказ.",
     "Глеб Сафонов", ("начальник", "отдел кадров")),
    ("Начальник отдела кадров генерал-майор Глеб Сафонов подписал приказ.",
     "Глеб Сафонов", ("начальник", "отдел кадров")),
    # the rank with its own adjective or its own genitive
    ("Начальник отдела кадров старший лейтенант Глеб Сафонов подписал приказ.",
     "Глеб Сафонов", ("начальник", "отдел кадров")),
    ("Начальник отдела кадров подполковник юстиции Глеб Сафонов подписал приказ.",
     "Глеб Сафонов", ("начальник", "отдел кадров")),
    ("Начальник отдела кадров майор Глеб Сафонов подписал приказ.",
     "Глеб Сафонов", ("начальник", "отдел кадров")),
    # in an oblique case, office and rank agreeing
    ("Депутаты встретились с начальником отдела кадров полковником Глебом Сафоновым.",
     "Глеб Сафонов", ("начальник", "отдел кадров")),
    # an academic title, a clergy rank, an honorific
    ("Ректор аграрной академии профессор Анна Орлова открыла конференцию.",
     "Анна Орлова", ("ректор", "аграрная академия")),
    ("Председатель попечительского совета шейх Фахд Аль Мансур выступил первым.",
     "Фахд Аль Мансур", ("председатель", "попечительский совет")),
    # a rank alone is the person's post
    ("Полковник Глеб Сафонов подписал приказ.", "Глеб Сафонов", ("полковник", None)),
    # a comma between: two descriptions, the rank nearest the name is left as it was
    ("Губернатор, полковник Глеб Сафонов подписал приказ.",
     "Глеб Сафонов", ("полковник", None)),
    # after a membership the rank stays the post, with the body
    ("Член совета ветеранов полковник Глеб Сафонов открыл выставку.",
     "Глеб Сафонов", ("полковник", "Совет ветеранов")),
    # a conjunction or a verb between: not one phrase, the rank stays
    ("Бывший министр обороны и генерал армии Глеб Сафонов выступил на форуме.",
     "Глеб Сафонов", ("генерал армии", None)),
    ("На совещании выступил начальник отдела, сообщил полковник Глеб Сафонов.",
     "Глеб Сафонов", ("полковник", None)),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "expected"), RECORDS)
def test_the_record_of_a_person(models: Models, text: str, name: str,
                                expected: Record) -> None:
    probes.check_official(models, text, name, expected)


def test_rank_titles_are_lemmas_apart_from_the_rules() -> None:
    from soccoop.extract.lexicon_officials import POSITION_HEADS, RANK_TITLES

    assert all(w == w.lower() for w in RANK_TITLES)
    # a rank the lexicon reads as a post head is what the pass can meet as the chosen head
    assert {"генерал", "полковник", "профессор", "кардинал", "шейх"} <= RANK_TITLES
    assert {"генерал", "полковник", "профессор", "кардинал", "шейх"} <= POSITION_HEADS
