"""pages66 (round 66 of issue 9, branch pages66): page noise around a real story.

- a tag line, a label of the lexicon's ``TAG_LABELS`` ("Теги:", "Метки:", "Ключевые
  слова:") and a list of short keywords or hashtags, is page furniture wherever it stands
  (``boilerplate.tag_line``, the masker's "tag line"): under a body whose last content line
  a comment section's words reach, its towns were read as the news's regions and as the
  sides of an agreement (the tag "соглашение" beside two towns);
- a comment section whose first comment opens with its author's handle and its time stamp
  apart by one space ("Гость 12.03.2024 10:02") is a comment section
  (``merge.spaced_stamp``, read by ``merge._comment_entry``): a region only a reader names
  is no region of the news.

Every probe is written here, in words of its own. On b66dev: the module fails to import
(``boilerplate.tag_line`` and ``merge.spaced_stamp`` do not exist); with those two names
alone stubbed, ``TAGS_UNDER_BODY``'s page keeps the tag line and reads the Омская and
Новосибирская области and a record of their towns, and ``SPACED_COMMENTS``' page reads the
Кемеровская область of a reader's comment. The guards hold on both."""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.boilerplate import mask_boilerplate, tag_line
from soccoop.extract.merge import spaced_stamp

# (id, the line, is it a tag line)
TAG_LINES = [
    ("tags_with_towns", "Теги: здоровье, пенсионеры, Омск, Новосибирск", True),
    ("marks_hashtags", "Метки: #соцзащита #Томск #волонтёры", True),
    ("keywords_long_item", "Ключевые слова: Всероссийское общество инвалидов, занятость", True),
    ("bars", "Тэги: семья | дети | Курган", True),
    # guard: a sentence after a label is the article's words
    ("sentence", "Ключевые слова: город и область договорились о помощи семьям.", False),
    # guard: a keyword of five words or more is a clause, not a tag
    ("long_clause", "Теги: министерство и университет вместе откроют центр реабилитации",
     False),
    # guard: a line of keywords with no label
    ("no_label", "здоровье, пенсионеры, Омск, Новосибирск", False),
    # guard: another label
    ("other_label", "Источник: пресс-служба министерства", False),
    # fixpages66 guard: a clause with no end mark after a label, no list, is no tag line
    ("clause_no_stop", "Ключевые слова: договорились о главном", False),
    ("clause_no_stop_marks", "Метки: область подписала соглашение", False),
    # fixpages66: a lone tag of two words, or names between spaces, is still a tag line
    ("lone_two_words", "Теги: Омская область", True),
    ("space_list", "Теги: Омская область Минтруд ОСФР", True),
    ("space_list_lower", "Метки: СФР  пенсии  соцзащита", True),
]


@pytest.mark.parametrize(("line", "expected"), probes.named_rows(TAG_LINES))
def test_tag_lines(line: str, expected: bool) -> None:
    assert tag_line(line) is expected


# (id, a comment's first line, is it an author and a stamp apart by one space)
SPACED = [
    ("guest", "Гость 12.03.2024 10:02", True),
    ("initial", "Нина П. 5 марта 2024 в 09:15", True),
    ("handle", "мама_троих 01.02.2025 18:40", True),
    # guard: a dateline's label is no handle
    ("dateline", "Опубликовано: 12.03.2024 10:02", False),
    # guard: a headline before a stamp is no author
    ("headline", "В Томске открыли новый центр 12.03.2024 10:02", False),
    # guard: a sentence of three words before a stamp is no handle
    ("sentence", "Фонд открыл центр 12.03.2024 в 10:02", False),
    # guard: no clock time
    ("no_time", "Гость 12.03.2024", False),
    # fixpages66 guards: a dateline's participle, place or weekday with no colon is no author
    ("updated", "Обновлено 12.03.2024 10:02", False),
    ("published", "Опубликовано 12.03.2024 10:02", False),
    ("posted_participle", "Добавлено 5 марта 2024 в 09:15", False),
    ("place", "Москва 12.03.2024 10:02", False),
    ("weekday", "Вторник 12.03.2024 10:02", False),
    # fixpages66: a first name alone is still an author
    ("first_name", "Ольга 12.03.2024 10:02", True),
]


@pytest.mark.parametrize(("line", "expected"), probes.named_rows(SPACED))
def test_spaced_stamps(line: str, expected: bool) -> None:
    assert spaced_stamp(line) is expected


TAGS_UNDER_BODY = (
    "Томский областной вестник\n\n"
    "Томские пенсионеры будут учиться в университете третьего возраста\n\n"
    "Томский педагогический вуз и областной департамент соцзащиты в среду подписали "
    "соглашение: слушатели старшего "
    "возраста смогут бесплатно посещать лекции по истории края и по цифровой грамотности.\n\n"
    "Первые занятия пройдут в ноябре в главном корпусе вуза, сообщили в департаменте.\n\n"
    "Теги: соглашение, долголетие, Омск, Новосибирск\n\n"
    "Комментарии:\n"
    "Валентина_К: Замечательная новость! Обязательно запишусь с подругой.\n"
    "Петрович: Наконец-то и до нас дошло, давно ждали такого.\n")


def test_tag_line_under_body_is_masked() -> None:
    # the tag line sits between the body and comments that read as prose (fails on
    # b66dev: kept)
    masked = mask_boilerplate(TAGS_UNDER_BODY)
    assert "Омск" not in masked
    # guard: the body stays
    assert "Томский педагогический" in masked


def test_tag_towns_are_no_regions(models) -> None:
    # fails on b66dev: Омская and Новосибирская области read from the tags
    probes.check_regions(models, TAGS_UNDER_BODY, {"Томская область"},
                         {"Омская область", "Новосибирская область"})


def test_tag_towns_make_no_record(models) -> None:
    # fails on b66dev: a "mentioned" record of Омск and Новосибирск
    records = probes.agreements_of(models, TAGS_UNDER_BODY)
    assert all("Омск" not in probes.party_names(a) for a in records), records
    # guard: the story's own signing stays
    assert any(a.status == "signed" for a in records), records


SPACED_COMMENTS = (
    "Новости Алтайского края\n\n"
    "Краевое министерство соцзащиты и алтайская организация ветеранов накануне заключили "
    "соглашение, чтобы вместе опекать стариков, живущих без родни.\n\n"
    "Волонтёры организации будут навещать подопечных комплексных центров и помогать им "
    "с покупками, сообщили в министерстве.\n\n"
    "Комментарии (2)\n\n"
    "Гость 12.03.2024 10:02\n"
    "А в Кемеровской области так делают? У меня там тётя одна живёт.\n\n"
    "Нина П. 12.03.2024 11:40\n"
    "Хорошее дело, спасибо волонтёрам.\n")


def test_spaced_comment_regions_dropped(models) -> None:
    # fails on b66dev: the Кемеровская область of a reader's comment
    probes.check_regions(models, SPACED_COMMENTS, {"Алтайский край"},
                         {"Кемеровская область — Кузбасс"})


DATELINE_AFTER_COUNTER = (
    "Центр «Доверие» и департамент соцзащиты заключили соглашение\n"
    "Комментарии (0)\n"
    "Обновлено 14.05.2024 16:20\n\n"
    "Автономная некоммерческая организация «Доверие» и департамент социальной защиты "
    "Энской области заключили соглашение о помощи одиноким пенсионерам. Соглашение "
    "подписали руководитель департамента Марина Лосева и директор центра Игорь Белов.\n")


def test_dateline_after_counter_keeps_body(models) -> None:
    # fixpages66 (fails on m66: no record, the whole body read as readers' comments): an
    # update dateline under an empty comment counter opens no comment section
    records = probes.agreements_of(models, DATELINE_AFTER_COUNTER)
    assert any(a.status == "signed" for a in records), records


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, boilerplate=("tag_line",),
                                          merge=("spaced_stamp",))
