"""nerel71: people in posts the officials missed. A candidacy is read as the position
(``official_candidates.candidate_post``: "кандидат в мэры Иван Петров"); a lone surname
opening a sentence before an apposed post is a name the tagger missed
(``official_names._surname_before_an_apposed_post``); a clause that leads a body names its
head (``officials._post_of_a_leading_verb``), a post named by a noun winning over it
(``officials._best_mention``).

Every sentence here is invented for these tests; each table has rows where the rule must
not fire.
"""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.nlp import Models

# (id, text, name, expected position or None when the name is no official)
CANDIDATES: list[tuple[str, str, str, str | None]] = [
    # the candidacy before the name, in its case
    ("before-nom", "Кандидат в губернаторы Олег Смирнов провёл встречу с избирателями.",
     "Олег Смирнов", "кандидат в губернаторы"),
    ("before-gen", "Штаб кандидата в мэры Самары Анны Лебедевой открылся в центре.",
     "Анна Лебедева", "кандидат в мэры"),
    ("before-ins", "Жители встретились с кандидатом в депутаты Игорем Волковым.",
     "Игорь Волков", "кандидат в депутаты"),
    ("before-party", "Кандидат в президенты от партии «Заря» Пётр Орлов выступил в эфире.",
     "Пётр Орлов", "кандидат в президенты"),
    # the candidacy of the clause, either side of the verb
    ("clause-inverted", "Кандидатом в губернаторы края стал 50-летний Олег Смирнов.",
     "Олег Смирнов", "кандидат в губернаторы"),
    ("clause-subject", "Игорь Волков зарегистрирован кандидатом в депутаты.",
     "Игорь Волков", "кандидат в депутаты"),
    # negatives: the candidate is someone else, or no candidacy at all
    ("other-object", "Кандидат в мэры поддержал Анну Лебедеву на выборах.", "Анна Лебедева", None),
    ("other-oblique", "Кандидат в губернаторы поговорил с Олегом Смирновым.", "Олег Смирнов",
     None),
    ("degree", "Кандидат наук Игорь Волков прочитал лекцию.", "Игорь Волков", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "position"), probes.named_rows(CANDIDATES))
def test_candidacy(models: Models, text: str, name: str, position: str | None) -> None:
    found = probes.extracted_officials(models, text)
    if position is None:
        assert name not in found, found
    else:
        assert found.get(name, (None, None))[0] == position, found


# (id, text, name, expected position or None when the name is no official)
SURNAMES: list[tuple[str, str, str, str | None]] = [
    # a lone surname first, a comma, a post in the nominative
    ("minister", "Журавлёв, министр здравоохранения области, открыл новую больницу.",
     "Журавлёв", "министр здравоохранения"),
    ("former", "Сорокина, бывший председатель комитета, не ответила на вопросы.",
     "Сорокина", "председатель"),
    ("press", "Кузнецов, пресс-секретарь губернатора, опроверг слухи.", "Кузнецов",
     "пресс-секретарь"),
]
# (id, text): nothing read as a person before the comma
NOT_SURNAMES: list[tuple[str, str]] = [
    ("place", "Самара, столица губернии, готовится к празднику."),
    ("particle", "Впрочем, глава района с этим не согласился."),
    ("post-first", "Директор, назначенный весной, уволился."),
    ("oblique-post", "Журавлёва, министра здравоохранения, наградили орденом."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "position"), probes.named_rows(SURNAMES))
def test_surname_before_an_apposed_post(models: Models, text: str, name: str,
                                        position: str) -> None:
    found = probes.extracted_officials(models, text)
    assert name in found, found
    assert (found[name][0] or "").startswith(position), found


@pytest.mark.slow
@pytest.mark.parametrize("text", probes.named_rows(NOT_SURNAMES))
def test_no_surname_before_an_apposed_post(models: Models, text: str) -> None:
    first = text.split(",", 1)[0]
    assert first not in probes.extracted_officials(models, text)


# (id, text, name, expected (position, organisation prefix) or None: no official)
LEADERS: list[tuple[str, str, str, tuple[str, str] | None]] = [
    ("subject-after", "Фонд поддержки ветеранов возглавляет Марина Белова.", "Марина Белова",
     ("глава", "Фонд поддержки ветеранов")),
    ("subject-before", "Олег Гусев руководит компанией «Вектор» с 2015 года.", "Олег Гусев",
     ("глава", "компания «Вектор»")),
    ("relative", "Мэр уволил Олега Гусева, который возглавлял городскую администрацию.",
     "Олег Гусев", ("глава", "городская администрация")),
    ("participle", "Об этом сообщил Олег Гусев, возглавляющий «Вектор».", "Олег Гусев",
     ("глава", "«Вектор»")),
    # a post named by a noun stands for the person over the one the verb implies
    ("noun-wins", "Олег Гусев возглавил правительство в 2012 году. Премьер-министр Олег "
     "Гусев объявил об отставке.", "Олег Гусев", ("премьер-министр", "Правительство")),
    # negatives: a negated verb, a led thing that is no body
    ("negated", "Марина Белова никогда не возглавляла министерство.", "Марина Белова", None),
    ("project", "Олег Гусев руководит проектом по ремонту дорог.", "Олег Гусев", None),
    ("delegation", "Марина Белова возглавила делегацию на переговорах.", "Марина Белова",
     None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "expected"), probes.named_rows(LEADERS))
def test_post_of_a_leading_verb(models: Models, text: str, name: str,
                                expected: tuple[str, str] | None) -> None:
    found = probes.extracted_officials(models, text)
    if expected is None:
        assert name not in found, found
        return
    assert name in found, found
    position, org = found[name]
    assert position == expected[0], found
    assert (org or "").startswith(expected[1]), found
