"""A shape matrix of publication stamps and signing dates (dates24), written for this table.

Each probe: (id, text, expected publication date, expected date of the first agreement).
Regions, people and layouts are made up for the table (no development text is copied).
The publication day of most probes is Thursday 2025-06-05. Conventions (README "Dates"):
ISO at the precision stated; ``--MM-DD`` for a year-less day when the page has no
publication day; relative days anchored to the publication day, ``None`` without one; a
week that straddles two months ("на прошлой неделе") and a deadline "до конца года" give
an agreement no date; a planned signing is dated by the day it is planned for.
"""

from __future__ import annotations

HEAD = "Омская и Новосибирская области будут вместе помогать семьям участников СВО"
STAMP = "Опубликовано: 05.06.2025"
SIGN = ("Министерство труда и социального развития Омской области и министерство "
        "социального развития Новосибирской области подписали соглашение о "
        "сотрудничестве в сфере социальной защиты населения")
TAIL = "Документ предусматривает обмен опытом и совместные программы реабилитации."


def _page(top: str, sentence: str, bottom: str = "") -> str:
    """A page: the lines above the body, the signing sentence, the last paragraph, below."""
    return "\n\n".join(x for x in (top, sentence, TAIL, bottom) if x)


def _signed(when: str) -> str:
    """The signing sentence with ``when`` before the verb."""
    return SIGN.replace("подписали", f"{when} подписали", 1) + "."


# --- publication stamps: every probe's signing is "3 июня" (2025-06-03 when anchored)
ON_3 = _signed("3 июня")
PUBLICATION = [
    ("pub_first_line_numeric", _page(f"05.06.2025\n{HEAD}", ON_3), "2025-06-05", "2025-06-03"),
    ("pub_under_headline_time", _page(f"{HEAD}\n05.06.2025 10:15", ON_3),
     "2025-06-05", "2025-06-03"),
    ("pub_label", _page(f"{HEAD}\nОпубликовано: 5 июня 2025", ON_3), "2025-06-05", "2025-06-03"),
    ("pub_words_time", _page(f"{HEAD}\n5 июня 2025, 10:15", ON_3), "2025-06-05", "2025-06-03"),
    ("pub_english_month_first", _page(f"{HEAD}\nJune 5, 2025", ON_3), "2025-06-05", "2025-06-03"),
    ("pub_english_day_first", _page(f"{HEAD}\n5 June 2025 10:15", ON_3),
     "2025-06-05", "2025-06-03"),
    ("pub_english_posted", _page(f"{HEAD}\nPosted: 5 June 2025", ON_3), "2025-06-05", "2025-06-03"),
    ("pub_today_time_only", _page(f"{HEAD}\nСегодня, 14:20", ON_3), None, "--06-03"),
    ("pub_time_only", _page(f"{HEAD}\n14:20", ON_3), None, "--06-03"),
    ("pub_byline", _page(f"{HEAD}\nАвтор: Ирина Карпова | 05.06.2025", ON_3),
     "2025-06-05", "2025-06-03"),
    ("pub_bottom_bare", _page(HEAD, ON_3, "05.06.2025"), "2025-06-05", "2025-06-03"),
    ("pub_bottom_press_office", _page(HEAD, ON_3, "Пресс-служба Минтруда Омской области, "
                                                   "05.06.2025"), "2025-06-05", "2025-06-03"),
    ("pub_copyright_footer_only", _page(HEAD, ON_3, "© 2009–2025 Омский вестник. Все права "
                                                     "защищены."), None, "--06-03"),
    ("pub_calendar_widget", _page(HEAD, ON_3, "Календарь\nИюнь 2025\nПн Вт Ср Чт Пт Сб Вс\n"
                                               "1 2 3 4 5 6 7 8"), None, "--06-03"),
    ("pub_related_list_with_stamp",
     _page(f"{HEAD}\n{STAMP}", ON_3, "Читайте также:\nВ Омске открыли кризисный центр — "
                                     "12.05.2025\nПособия проиндексируют — 28.05.2025"),
     "2025-06-05", "2025-06-03"),
    ("pub_related_list_only",
     _page(HEAD, ON_3, "Читайте также:\nВ Омске открыли кризисный центр — 12.05.2025\n"
                       "Пособия проиндексируют — 28.05.2025"), None, "--06-03"),
    ("pub_weekday_words", _page(f"{HEAD}\nЧт, 05 июня 2025", ON_3), "2025-06-05", "2025-06-03"),
    ("pub_iso_timestamp", _page(f"{HEAD}\n2025-06-05T10:15:00+03:00", ON_3),
     "2025-06-05", "2025-06-03"),
    ("pub_label_date_of_publication", _page(f"{HEAD}\nДата публикации: 05.06.2025", ON_3),
     "2025-06-05", "2025-06-03"),
    ("pub_agency_dateline", _page(HEAD, "ОМСК, 5 июн - РИА Новости. " + ON_3), "--06-05",
     "--06-03"),
    ("pub_agency_brackets", _page(HEAD, "(Омск, 5 июня, «Омскинформ»). " + ON_3), "--06-05",
     "--06-03"),
    ("pub_breadcrumb", _page(f"Главная / Новости / Общество / 5 июня 2025\n{HEAD}", ON_3),
     "2025-06-05", "2025-06-03"),
    ("pub_and_update", _page(f"{HEAD}\nОпубликовано: 05.06.2025 | Обновлено: 06.06.2025", ON_3),
     "2025-06-05", "2025-06-03"),
    # pdate50: no publication day, but the update line's year dates the day told without one
    ("pub_update_only", _page(f"{HEAD}\nОбновлено: 06.06.2025", ON_3), None, "2025-06-03"),
    ("pub_reading_time", _page(f"{HEAD}\n5 июня 2025 г. 10:15 · 3 мин чтения", ON_3),
     "2025-06-05", "2025-06-03"),
    ("pub_slash", _page(f"{HEAD}\n05/06/2025", ON_3), "2025-06-05", "2025-06-03"),
    ("pub_birth_date_only", _page(HEAD, ON_3.rstrip(".") + ", министр родился 12 марта 1971 "
                                                          "года."), None, "--06-03"),
    ("pub_section_dot", _page(f"{HEAD}\nОбщество · 5 июня 2025", ON_3), "2025-06-05",
     "2025-06-03"),
]

# --- signing days, under the stamp "Опубликовано: 05.06.2025" (a Thursday)
TOP = f"{HEAD}\n{STAMP}"
P = "2025-06-05"
SIGNING = [
    ("sig_day_month", _page(TOP, _signed("18 апреля")), P, "2025-04-18"),
    ("sig_last_friday", _page(TOP, _signed("в минувшую пятницу")), P, "2025-05-30"),
    ("sig_nakanune", _page(TOP, _signed("накануне")), P, "2025-06-04"),
    ("sig_yesterday", _page(TOP, _signed("вчера")), P, "2025-06-04"),
    ("sig_today", _page(TOP, _signed("сегодня")), P, "2025-06-05"),
    ("sig_last_week", _page(TOP, _signed("на прошлой неделе")), P, None),
    ("sig_weekday_and_day", _page(TOP, _signed("в понедельник, 2 июня,")), P, "2025-06-02"),
    ("sig_day_of_month", _page(TOP, _signed("3-го числа")), P, "2025-06-03"),
    ("sig_bare_weekday", _page(TOP, _signed("во вторник")), P, "2025-06-03"),
    ("sig_previous_weekday", _page(TOP, _signed("в прошлый четверг")), P, "2025-05-29"),
    ("sig_full_date", _page(TOP, _signed("2 июня 2025 года")), P, "2025-06-02"),
    ("sig_numeric_date", _page(TOP, _signed("02.06.2025")), P, "2025-06-02"),
    ("sig_month_only", _page(TOP, _signed("в мае")), P, "2025-05"),
    ("sig_last_year", _page(TOP, _signed("в прошлом году")), P, "2024"),
    ("sig_across_new_year", _page(f"{HEAD}\nОпубликовано: 10.01.2026", _signed("25 декабря")),
     "2026-01-10", "2025-12-25"),
    ("sig_forum_told_elsewhere",
     _page(TOP, "В ходе форума «Сильная семья», который прошёл 2 июня в Новосибирске, "
                + SIGN.replace("подписали", "подписали также", 1) + "."), P, "2025-06-02"),
    ("sig_forum_opened_then_day",
     _page(TOP, "В рамках форума, открывшегося 1 июня, 3 июня " + SIGN + "."), P,
     "2025-06-03"),
    ("sig_entry_into_force",
     _page(TOP, _signed("2 июня") + " Соглашение вступит в силу с 1 июля."), P, "2025-06-02"),
    ("sig_only_entry_into_force",
     _page(TOP, SIGN + ". Соглашение вступит в силу с 1 июля."), P, None),
    ("sig_term_only",
     _page(TOP, SIGN + " сроком до 31 декабря 2027 года."), P, None),
    ("sig_deadline_other_noun",
     _page(TOP, _signed("2 июня") + " Заявки на участие в программе принимаются до 15 июня."),
     P, "2025-06-02"),
    ("sig_birth_date_same_sentence",
     _page(TOP, "Министр Павел Ермаков, родившийся 4 июня 1970 года, и " + SIGN.replace(
         "подписали", "вчера подписали", 1) + "."), P, "2025-06-04"),
    ("sig_anniversary_other",
     _page(TOP, _signed("3 июня") + " Ведомство 12 июня отметит 30-летие."), P, "2025-06-03"),
    ("sig_header_sentence", _page(TOP, "3 июня: " + SIGN + "."), P, "2025-06-03"),
    ("sig_year_less_no_stamp", _page(HEAD, _signed("3 июня")), None, "--06-03"),
    ("sig_yesterday_no_stamp", _page(HEAD, _signed("вчера")), None, None),
    ("sig_in_brackets_date", _page(TOP, SIGN + " (3 июня)."), P, "2025-06-03"),
    ("sig_date_after_verb",
     _page(TOP, SIGN.replace("подписали соглашение", "подписали 3 июня соглашение", 1) + "."),
     P, "2025-06-03"),
    ("sig_passive_date",
     _page(TOP, "Соглашение о сотрудничестве в сфере социальной защиты между Омской и "
                "Новосибирской областями было подписано 3 июня в Омске."), P, "2025-06-03"),
]

# --- planned signings
PLANNED = [
    ("plan_day", _page(TOP, SIGN.replace("подписали", "подпишут 20 июня", 1) + "."), P,
     "2025-06-20"),
    ("plan_month", _page(TOP, SIGN.replace("подписали", "подпишут в июле", 1) + "."), P,
     "2025-07"),
    ("plan_year_end",  # pdate50: a plan's deadline at the year's end is its year
     _page(TOP, SIGN.replace("подписали", "планируют подписать до конца года", 1) + "."), P,
     "2025"),
    ("plan_next_week_day",
     _page(TOP, SIGN.replace("подписали", "подпишут в следующий вторник", 1) + "."), P,
     "2025-06-10"),
    ("plan_tomorrow", _page(TOP, SIGN.replace("подписали", "подпишут завтра", 1) + "."), P,
     "2025-06-06"),
    ("plan_day_no_stamp",
     _page(HEAD, SIGN.replace("подписали", "подпишут 20 июня", 1) + "."), None, "--06-20"),
]

# --- more stamps: mail-style and abbreviated English, short years, outlet lines, widgets
MORE_PUBLICATION = [
    ("pub_rfc_mail", _page(f"{HEAD}\nThu, 05 Jun 2025 10:15:00 +0300", ON_3),
     "2025-06-05", "2025-06-03"),
    ("pub_english_abbrev", _page(f"{HEAD}\nJun 5, 2025", ON_3), "2025-06-05", "2025-06-03"),
    ("pub_english_day_abbrev", _page(f"{HEAD}\n5 Jun 2025", ON_3), "2025-06-05", "2025-06-03"),
    ("pub_english_ordinal", _page(f"{HEAD}\nJune 5th, 2025", ON_3), "2025-06-05", "2025-06-03"),
    ("pub_slash_iso", _page(f"{HEAD}\n2025/06/05", ON_3), "2025-06-05", "2025-06-03"),
    ("pub_one_digit_day", _page(f"{HEAD}\n5.06.2025", ON_3), "2025-06-05", "2025-06-03"),
    ("pub_two_digit_year", _page(f"{HEAD}\n05.06.25 10:15", ON_3), "2025-06-05", "2025-06-03"),
    ("pub_counter_after", _page(f"{HEAD}\n5 июня 2025 | 10:15 | Просмотров: 120", ON_3),
     "2025-06-05", "2025-06-03"),
    ("pub_label_short", _page(f"{HEAD}\nДата: 05.06.2025", ON_3), "2025-06-05", "2025-06-03"),
    ("pub_label_in_at", _page(f"{HEAD}\nОпубликовано 5 июня 2025 в 10:15", ON_3),
     "2025-06-05", "2025-06-03"),
    ("pub_agency_full", _page(f"ИА «Омск-Информ», 5 июня 2025, 10:15 (мск)\n{HEAD}", ON_3),
     "2025-06-05", "2025-06-03"),
    ("pub_source_line", _page(HEAD, ON_3, "Источник: сайт Минтруда Омской области, 05.06.2025"),
     "2025-06-05", "2025-06-03"),
    ("pub_yesterday_time", _page(f"{HEAD}\nВчера, 18:40", ON_3), None, "--06-03"),
    # status56: a header row joining the full date and a widget dates a page that prints
    # no other date
    ("pub_header_widget",
     _page(f"Пятница, 6 июня 2025 | Курс ЦБ: USD 78,50\n{HEAD}", ON_3), "2025-06-06",
     "2025-06-03"),
    ("pub_place_after", _page(f"{HEAD}\n5 июня 2025 года, 10:15 — Омск", ON_3),
     "2025-06-05", "2025-06-03"),
]

MORE_SIGNING = [
    ("sig_this_wednesday", _page(TOP, _signed("в эту среду")), P, "2025-06-04"),
    ("sig_last_monday", _page(TOP, _signed("в минувший понедельник")), P, "2025-06-02"),
    ("sig_day_before_yesterday", _page(TOP, _signed("позавчера")), P, "2025-06-03"),
    ("sig_end_of_month", _page(TOP, _signed("в конце мая")), P, "2025-05"),
    ("sig_current_year", _page(TOP, _signed("3 июня текущего года")), P, "2025-06-03"),
    ("sig_abbrev_this_year", _page(TOP, _signed("3 июня т.г.")), P, "2025-06-03"),
    ("sig_numeric_with_g", _page(TOP, _signed("03.06.2025 г.")), P, "2025-06-03"),
    ("sig_month_last_year", _page(TOP, _signed("в марте прошлого года")), P, "2024-03"),
    ("sig_this_week", _page(TOP, _signed("на этой неделе")), P, "2025-06"),
    ("sig_weekday_full_date", _page(TOP, _signed("в среду, 4 июня 2025 года,")), P,
     "2025-06-04"),
    ("sig_with_time", _page(TOP, _signed("3 июня в 15:00")), P, "2025-06-03"),
    ("sig_same_day",
     _page(TOP, "Форум открылся 3 июня в Омске. В тот же день " + SIGN + "."), P,
     "2025-06-03"),
    ("sig_last_year_background",
     _page(TOP, "В прошлом году Омская область уже заключила соглашение о сотрудничестве в "
                "сфере социальной защиты с Новосибирской областью."), P, "2024"),
    ("sig_activity_since_year",
     _page(TOP, "В рамках соглашения Омской области с Новосибирской областью, по которому с "
                "2019 года проводятся обмены специалистами, прошла стажировка."), P, None),
]

MORE_PLANNED = [
    ("plan_next_sentence_reported",
     _page(TOP, "Омская и Новосибирская области готовят соглашение о сотрудничестве в сфере "
                "социальной защиты. Как сообщили в министерстве, подписать его "
                "планируется в июле в Омске."), P, "2025-07"),
    ("plan_next_sentence_document",
     _page(TOP, "Омская и Новосибирская области готовят соглашение о сотрудничестве в сфере "
                "социальной защиты. Подписать документ стороны намерены в июле."), P,
     "2025-07"),
    ("plan_scheduled_for", _page(TOP, SIGN.replace("подписали", "подпишут", 1)
                                 + ". Подписание запланировано на 20 июня."), P, "2025-06-20"),
    ("plan_next_year",
     _page(TOP, "Омская и Новосибирская области договорились подготовить соглашение о "
                "сотрудничестве в сфере социальной защиты. Подписать его планируется в "
                "следующем году."), P, "2026"),
    ("plan_month_next_year", _page(TOP, SIGN.replace("подписали", "подпишут в январе", 1) + "."),
     P, "2026-01"),
    ("plan_soon", _page(TOP, SIGN.replace("подписали", "подпишут в ближайшее время", 1) + "."),
     P, None),
    ("plan_intend_month",
     _page(TOP, SIGN.replace("подписали", "намерены подписать в октябре", 1) + "."), P,
     "2025-10"),
]

# --- stamps and days in more places and forms (second pass over the matrix)
THIRD = [
    ("pub_bottom_then_related",
     _page(HEAD, ON_3, "05.06.2025 10:15\nЧитайте также:\nВ Омске открыли кризисный центр — "
                       "12.05.2025"), "2025-06-05", "2025-06-03"),
    ("pub_social_no_year", _page(f"{HEAD}\n5 июн в 10:15", ON_3), "--06-05", "--06-03"),
    ("pub_channel_brackets", _page(f"Омский вестник, [05.06.2025 10:15]\n{HEAD}", ON_3),
     "2025-06-05", "2025-06-03"),
    ("pub_time_first", _page(f"{HEAD}\n10:15 05.06.2025", ON_3), "2025-06-05", "2025-06-03"),
    ("pub_place_sections", _page(f"{HEAD}\n05.06.2025 | Омск | Общество", ON_3),
     "2025-06-05", "2025-06-03"),
    ("pub_weekday_year_word", _page(f"{HEAD}\nЧетверг, 5 июня 2025 года", ON_3),
     "2025-06-05", "2025-06-03"),
    ("pub_photo_credit_year", _page(HEAD, ON_3, "Фото: пресс-служба правительства, 2024"),
     None, "--06-03"),
    ("pub_site_then_stamp", _page(f"Новости Омска\n05.06.2025 в 10:15\n{HEAD}", ON_3),
     "2025-06-05", "2025-06-03"),
    ("sig_range", _page(TOP, "28–29 мая в рамках форума " + SIGN + "."), P, "2025-05-28"),
    ("sig_two_days_ago", _page(TOP, _signed("два дня назад")), P, "2025-06-03"),
    ("sig_week_part", _page(TOP, _signed("в начале недели")), P, "2025-06"),
    ("sig_signing_took_place",
     _page(TOP, "3 июня состоялось подписание соглашения о сотрудничестве в сфере социальной "
                "защиты между министерствами Омской и Новосибирской областей."), P,
     "2025-06-03"),
    ("sig_day_earlier",
     _page(TOP, "Форум открылся 3 июня в Омске. Днём ранее " + SIGN + "."), P, "2025-06-02"),
    ("plan_scheduled_own_sentence",
     _page(TOP, "Подписание соглашения о сотрудничестве в сфере социальной защиты между "
                "министерствами Омской и Новосибирской областей запланировано на 20 июня."), P,
     "2025-06-20"),
    ("plan_range", _page(TOP, SIGN.replace("подписали", "подпишут 20–21 июня", 1) + "."), P,
     "2025-06-20"),
    ("plan_forum_day",
     _page(TOP, SIGN.replace("подписали", "подпишут на форуме 20 июня", 1) + "."), P,
     "2025-06-20"),
]

# --- a third pass: more labels, year words and plans
FOURTH = [
    ("pub_label_year_word", _page(f"{HEAD}\nДата: 5 июня 2025 года", ON_3), "2025-06-05",
     "2025-06-03"),
    ("pub_stamp_and_author", _page(f"{HEAD}\nОпубликовано: 05.06.2025 10:15 | Автор: Ирина "
                                   f"Карпова", ON_3), "2025-06-05", "2025-06-03"),
    ("pub_updated_in_brackets", _page(f"{HEAD}\n05.06.2025 10:15 (обновлено 06.06.2025)", ON_3),
     "2025-06-05", "2025-06-03"),
    ("pub_english_msk", _page(f"{HEAD}\n05 June 2025 | 10:15 MSK", ON_3), "2025-06-05",
     "2025-06-03"),
    ("pub_english_am", _page(f"{HEAD}\nJune 05, 2025 10:15 AM", ON_3), "2025-06-05",
     "2025-06-03"),
    ("pub_no_year_copyright", _page(f"{HEAD}\n5 июня, 10:15", ON_3, "© 2025 Омский вестник"),
     "--06-05", "--06-03"),
    ("sig_this_year_spaced", _page(TOP, _signed("3 июня т. г.")), P, "2025-06-03"),
    ("sig_this_year_sg", _page(TOP, _signed("3 июня с. г.")), P, "2025-06-03"),
    ("sig_sego_goda", _page(TOP, _signed("3 июня сего года")), P, "2025-06-03"),
    ("sig_weekday_then_day", _page(TOP, _signed("в минувший вторник, 3 июня,")), P,
     "2025-06-03"),
    ("sig_recently", _page(TOP, _signed("на днях")), P, None),
    ("sig_end_of_last_month", _page(TOP, _signed("в конце прошлого месяца")), P, "2025-05"),
    ("sig_first_days", _page(TOP, _signed("в первых числах июня")), P, "2025-06"),
    ("sig_mid_month", _page(TOP, _signed("в середине мая")), P, "2025-05"),
    ("plan_scheduled_month_end",
     _page(TOP, SIGN.replace("подписали", "подпишут", 1) + ". Подписание намечено на конец "
                                                          "июня."), P, "2025-06"),
    ("plan_deadline_day",
     _page(TOP, SIGN.replace("подписали", "должны подписать до 1 июля", 1) + "."), P, None),
    ("plan_no_later",
     _page(TOP, SIGN.replace("подписали", "подпишут не позднее 1 июля", 1) + "."), P, None),
]

# --- datesB: causes that recur across the rounds, in other words again
VISIT = ("{when} в Омск приехала министр социального развития Новосибирской области Елена "
         "Бахарева. Вместе с министром труда Омской области Владимиром Куприяновым она "
         "подписала соглашение о сотрудничестве в сфере социальной защиты.")
PLAN_DOC = ("Омская и Новосибирская области готовят соглашение о сотрудничестве в сфере "
            "социальной защиты. {plan}")
REVIEW_TOP = f"{HEAD}\nОпубликовано: 26.12.2025"
REVIEW = ("Министерство подвело итоги года и рассказало о межрегиональных соглашениях.\n"
          "Март. Новые кадры\nВесной обучение в ресурсном центре прошли 40 специалистов.\n"
          "Сентябрь. Соглашение на форуме\n{sign}\n"
          "Ноябрь. Планы\nПодписание нового документа с Томской областью намечено на первый "
          "квартал 2026 года.")
DATESB = [
    ("pub_section_under_currency",
     _page(f"Курсы ЦБ: USD 79,45 ▲  EUR 91,12 ▼\nОбщество · 05.06.2025, 10:15\n{HEAD}", ON_3),
     "2025-06-05", "2025-06-03"),
    ("pub_two_sections_under_weather",
     _page(f"Омск +18°\nОбщество · Семья · 5 июня 2025\n{HEAD}", ON_3), "2025-06-05",
     "2025-06-03"),
    ("pub_widget_under_section_stamp",
     _page(f"Общество · 5 июня 2025\nUSD 78,50 EUR 90,10\n{HEAD}", ON_3), None, "--06-03"),
    ("pub_label_in_weekday",
     _page(f"{HEAD}\nОпубликовано в четверг, 5 июня 2025 года", ON_3), "2025-06-05",
     "2025-06-03"),
    ("pub_label_colon_in_weekday",
     _page(f"{HEAD}\nДата публикации: в четверг, 5 июня 2025, 10:15", ON_3), "2025-06-05",
     "2025-06-03"),
    ("sig_pronoun_after_visit_yesterday", _page(TOP, VISIT.format(when="Вчера")), P,
     "2025-06-04"),
    ("sig_pronoun_after_visit_day", _page(TOP, VISIT.format(when="2 июня")), P, "2025-06-02"),
    ("plan_document_planned", _page(TOP, PLAN_DOC.format(
        plan="Подписать документ планируется в сентябре в Новосибирске.")), P, "2025-09"),
    ("plan_document_count_on", _page(TOP, PLAN_DOC.format(
        plan="Подписать документ министерства рассчитывают в октябре.")), P, "2025-10"),
    ("review_month_section", _page(REVIEW_TOP, REVIEW.format(
        sign="На форуме в Новосибирске подписано соглашение между министерством труда Омской "
             "области и министерством социального развития Новосибирской области.")),
     "2025-12-26", "2025-09"),
    ("review_month_section_own_day", _page(REVIEW_TOP, REVIEW.format(
        sign="18 сентября на форуме в Новосибирске министерство труда Омской области и "
             "министерство социального развития Новосибирской области подписали соглашение.")),
     "2025-12-26", "2025-09-18"),
]

SHAPES: list[tuple[str, str, str | None, str | None]] = (
    PUBLICATION + SIGNING + PLANNED + MORE_PUBLICATION + MORE_SIGNING + MORE_PLANNED
    + THIRD + FOURTH + DATESB)
