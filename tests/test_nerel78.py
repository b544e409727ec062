"""nerel78: names read as the text gives them, on unseen news.

* one capital letter after a first name is a surname, not an initial
  (``official_names._one_letter_surname``);
* a man's double surname is declined part by part when morphology declines only its last
  part, and an unknown first name beside a soft-sign surname is declined alike
  (``person_names._double_surname_alike``, ``person_names._declined_like_a_soft_surname``).

Every sentence and name here is invented for these tests; each table has rows where the
rule must not fire.
"""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.nlp import Models
from soccoop.extract.person_names import nominative_person

# (id, text, the official's name as written out, expected position)
ONE_LETTER: list[tuple[str, str, str, str]] = [
    ("surname-before-bracket", "Финансовым директором фонда был Тимоти Ю (Timothy Yu), "
     "сообщила пресс-служба.", "Тимоти Ю", "финансовый директор"),
    ("surname-ends-sentence", "Пост министра занял Тимоти Ю.", "Тимоти Ю", "министр"),
    ("surname-cut-short", "Вчера прокурор Игорь П. выступил в суде.", "Игорь П", "прокурор"),
    # negatives: an initial after a surname stays an initial
    ("initial-after-surname", "Директор завода Сидоров А. подписал приказ.", "А. Сидоров",
     "директор"),
    ("two-initials", "Директор завода Петров И. В. подписал приказ.", "И. В. Петров",
     "директор"),
    ("first-and-surname", "Приказ подписал директор завода Анна Смирнова.", "Анна Смирнова",
     "директор"),
]


@pytest.mark.parametrize(("text", "name", "position"), probes.named_rows(ONE_LETTER))
def test_one_letter_surname(models: Models, text: str, name: str, position: str) -> None:
    probes.check_extracted_post(models, text, name, position)


# (id, words, the tagger's case of each and gender of the surname, expected first name,
# expected surname)
DOUBLE: list[tuple[str, list[str], str, str, str | None, str]] = [
    ("genitive", ["Анхеля", "Ортиса-Бенеля"], "Gen", "Masc", "Анхель", "Ортис-Бенель"),
    ("dative", ["Анхелю", "Ортису-Бенелю"], "Dat", "Masc", "Анхель", "Ортис-Бенель"),
    ("first-part-undeclined", ["Анхеля", "Ортис-Бенеля"], "Gen", "Masc", "Анхель",
     "Ортис-Бенель"),
    ("known-first-name", ["Ивана", "Ортиса-Бенеля"], "Gen", "Masc", "Иван", "Ортис-Бенель"),
    # negatives: a vowel before the ending, a woman's name, the nominative
    ("vowel-before-a", ["Анхеля", "Гарсиа-Бенеля"], "Gen", "Masc", "Анхель",
     "Гарсиа-Бенель"),
    ("woman", ["Анны", "Ортис-Бенель"], "Gen", "Fem", "Анна", "Ортис-Бенель"),
    ("nominative", ["Анхель", "Ортис-Бенель"], "Nom", "Masc", "Анхель", "Ортис-Бенель"),
]


@pytest.mark.parametrize(("words", "case", "gender", "first", "surname"),
                         probes.named_rows(DOUBLE))
def test_double_surname_declined_alike(models: Models, words: list[str], case: str,
                                       gender: str, first: str | None, surname: str) -> None:
    name = nominative_person(words, {w: case for w in words}, gender, models)
    assert (name.first, name.surname) == (first, surname)


def test_examples_quote_no_dev_text() -> None:
    """The new passes' docstrings share no run of words with a dev text (the shared check
    in tests/probes.py)."""
    probes.check_docstrings_invented(
        official_names=("_one_letter_surname",),
        person_names=("_double_surname_alike", "_declined_like_a_soft_surname"),
    )
