"""pub58: page dates of channel posts on messy pages, and regions of a post's tag row and of
a turned-round "read also" header.

- published: a stamp's view count may be shortened, a decimal and a multiplier's letter
  (``datewords.COUNT_MULTIPLIERS``, "👁 2,7K"), after the post's day and time on a channel's
  header row: the row dates the page;
- published.crawled_post_day: a post that prints its day as a word ("вчера, 21:40") under a
  crawler's header of the day it saved the page (``datewords.CRAWL_TIME_LABELS``) is of that
  day moved back by the word (``datewords.POST_DAY_WORDS``);
- boilerplate: a list header with its words the other way round ("Также смотрите:") masks
  the headlines under it, as "Смотрите также:" does;
- regions.hashtag_regions: a post's tag row the masking kept above the readers' comments
  is read for a subject's name the tag runs together ("#Энскаяобласть" forms).

The negatives: a day word with no crawler's header, a crawler's header with no post stamp,
stamps of two days, a day word in a sentence, a day word in a reader's comment, a count
with no multiplier after a minute's reading, a tag naming a town only. Every
probe is written here, in words of its own.
"""

from __future__ import annotations

import probes
import pytest

from soccoop.extract import datewords
from soccoop.extract.published import crawl_day, find_published

HEAD = "Фонд «Забота» и центр соцобслуживания договорились о помощи одиноким старикам"
BODY = ("Стороны заключили договор: волонтёры фонда будут навещать подопечных центра, "
        "привозить им продукты и лекарства.")
MORE = ("Кроме того, сотрудники центра обучат добровольцев работе с пожилыми людьми и "
        "помогут с транспортом.")
CRAWL = "[crawl] source=t.me/zabota_fond  saved_at=2024-02-09T08:30:00+03:00"

# (id, page, the publication date a careful reader takes, or None)
PUBLISHED_ROWS = probes.named_rows([
    # positives, each giving None on b58dev
    ("header_row_shortened_views",
     f"Фонд «Забота» | Энск\n2024-06-03 09:15   👁 2,7K\n\n{HEAD}\n\n{BODY}\n\n{MORE}",
     "2024-06-03"),
    ("dotted_day_shortened_views",
     f"Центр «Надежда»\n21.11.2023 17:05   👁 12.4К\n\n{BODY}\n\n{MORE}", "2023-11-21"),
    ("yesterday_under_crawler",
     f"{CRAWL}\n\nФонд «Забота» | Новости\n\nвчера, 21:40\n\n{BODY}\n\n{MORE}\n\n"
     "👁 1,9K   🔁 8\n", "2024-02-08"),
    ("today_under_fetched_header",
     "=== crawler: vk.com/wall-555_77 | fetched 2024-02-09 05:30 UTC ===\n\n"
     f"Фонд «Забота»\nСегодня в 07:45\n\n{BODY}\n\n{MORE}\n", "2024-02-09"),
    ("day_before_yesterday_dotted_header",
     f"Сохранено: 11.03.2025 10:00\n\nКанал фонда\nпозавчера, 19:02\n\n{BODY}\n\n{MORE}\n",
     "2025-03-09"),
    # negatives (None on both)
    ("yesterday_without_crawler",
     f"Фонд «Забота» | Новости\n\nвчера, 21:40\n\n{BODY}\n\n{MORE}\n", None),
    ("crawler_header_only",
     f"{CRAWL}\n\nФонд «Забота» | Новости\n\n{BODY}\n\n{MORE}\n", None),
    ("stamps_of_two_days",
     f"{CRAWL}\n\nвчера, 21:40\n\n{BODY}\n\nсегодня, 07:10\n\n{MORE}\n", None),
    ("day_word_in_a_sentence",
     f"{CRAWL}\n\nСегодня в 10:00 фонд откроет пункт выдачи вещей.\n\n{BODY}\n", None),
    ("day_word_in_a_comment",
     f"{CRAWL}\n\n{BODY}\n\n{MORE}\n\nКомментарии:\nвчера, 23:05\nСпасибо за вашу работу!\n",
     None),
    ("reading_minutes_not_a_count",
     f"Фонд «Забота»\n2024-06-03 09:15   ⏱ 4 мин\n\n{BODY}\n\n{MORE}", "2024-06-03"),
    # fixpub58 guards: a label of the class in a line of prose near the top is no crawler's
    # header (2026-02-10 on m58 for the two with the date after the label)
    ("saved_in_prose_line",
     f"Документ сохранено 11.02.2026 в архиве фонда\n\nКанал фонда\nвчера, 19:02\n\n{BODY}\n",
     None),
    ("saved_in_prose_line_archive_first",
     f"Документ сохранено в архиве 11.02.2026\n\nКанал фонда\nвчера, 19:02\n\n{BODY}\n",
     None),
    ("saved_in_lead_sentence",
     "Заявление волонтёров фонда было сохранено 11.02.2026 в электронном реестре.\n\n"
     f"Канал фонда\nвчера, 19:02\n\n{BODY}\n", None),
])


@pytest.mark.parametrize(("page", "expected"), PUBLISHED_ROWS)
def test_pub58_published(page: str, expected: str | None) -> None:
    assert find_published(page)[0] == expected


def test_pub58_crawl_day_needs_one_day() -> None:
    """A page saved twice (two days in its header) names no day."""
    assert crawl_day(["saved_at=2024-02-09", "fetched: 2024-02-10 01:00"]) is None
    assert str(crawl_day(["saved_at=2024-02-09"])) == "2024-02-09"


@pytest.mark.parametrize(("line", "expected"), [
    # a crawler's shapes: a key, a label opening the line with its colon, a frame
    ("saved_at=2024-02-09", "2024-02-09"),
    ("Дата сохранения: 09.02.2024", "2024-02-09"),
    ("— Сохранено: 09.02.2024 10:00", "2024-02-09"),
    ("[archive] captured 2024-02-09 04:10", "2024-02-09"),
    ("=== bot: ok.ru/group/9 | retrieved 2024-02-09 ===", "2024-02-09"),
    # fixpub58 guards: the label in prose, or with no separator on an unframed line
    ("Документ сохранено 11.02.2026 в архиве фонда", None),
    ("Письмо фонда, captured 2024-02-09 by the scanner, пропало", None),
    ("Saved 2024-02-09 from the group wall", None),
    ("В отчёте указано, сохранено: 11.02.2026", None),
])
def test_fixpub58_crawl_day_needs_a_crawler_line(line: str, expected: str | None) -> None:
    day = crawl_day([line])
    assert (str(day) if day else None) == expected


def test_pub58_lexicon_classes() -> None:
    """The day words are keys of the shift table and never a day ahead; the multipliers
    are letters only."""
    assert datewords.POST_DAY_WORDS <= set(datewords.DAY_SHIFT)
    assert all(datewords.DAY_SHIFT[w] <= 0 for w in datewords.POST_DAY_WORDS)
    assert datewords.COUNT_MULTIPLIERS.isalpha()


POST = ("Сегодня наш центр социального обслуживания и приход храма в посёлке Лесной "
        "подписали соглашение о сотрудничестве: прихожане станут приходить к "
        "одиноким постояльцам по субботам.")
COMMENTS = ("Комментарии:\nМарина Лебедева: Какое хорошее дело, моя бабушка тоже ждёт гостей "
            "по выходным.\nПавел: Подскажите, можно ли присоединиться к прихожанам и помогать "
            "вместе с ними?\n")
REGION_ROWS = probes.named_rows([
    # positives (missing or extra on b58dev): the readers' comments under the post keep the
    # tag row and the list inside the page's body, so the masking keeps them
    ("kept_tag_row_run_together",
     f"Центр «Добрые руки»\n12 фев 2025 в 11:20\n\n{POST}\n\n#ДобрыеРуки #Костромскаяобласть "
     f"#милосердие\n\n👁 1.1K\n\n{COMMENTS}", {"Костромская область"}, set()),
    ("read_also_turned_round",
     "Вести Энска\n\nКостромская область: соцзащита и приход подписали соглашение\n\n"
     f"{POST.replace('Сегодня наш', 'В Костроме')}\n\nТакже смотрите:\n"
     "— В Пензенской области открыли новый бассейн для детей\n— Школьники собрали макулатуру"
     f"\n\n{COMMENTS}", {"Костромская область"}, {"Пензенская область"}),
    # negative: a tag naming a town names no subject (read already so on b58dev)
    ("kept_tag_row_town_only",
     f"Центр «Добрые руки»\n12 фев 2025 в 11:20\n\n{POST}\n\n#ДобрыеРуки #Лесной "
     f"#милосердие\n\n👁 1.1K\n\n{COMMENTS}", set(), {"Костромская область"}),
])


@pytest.mark.parametrize(("text", "present", "absent"), REGION_ROWS)
def test_pub58_region_rows(models, text: str, present: set[str], absent: set[str]) -> None:
    probes.check_regions(models, text, present, absent)


def test_examples_quote_no_dev_text() -> None:
    probes.check_rules_invented(__file__, published=("crawled_post_day", "crawl_day"),
                                          regions=("hashtag_regions", "_hashtag_row_lines"))
