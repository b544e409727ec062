"""The words of Russian dates, apart from the rules that read them (``dates``, ``published``).

One table of months: every rule that needs a month word builds its pattern from it, and
``month_number`` reads any of its forms back.
"""

from __future__ import annotations

# number -> (nominative, genitive, prepositional, abbreviations as agencies and sites print
# them: "5 апр", "12 сент.")
MONTHS: dict[int, tuple[str, str, str, tuple[str, ...]]] = {
    1: ("январь", "января", "январе", ("янв",)),
    2: ("февраль", "февраля", "феврале", ("февр", "фев")),
    3: ("март", "марта", "марте", ("мар",)),
    4: ("апрель", "апреля", "апреле", ("апр",)),
    5: ("май", "мая", "мае", ()),
    6: ("июнь", "июня", "июне", ("июн",)),
    7: ("июль", "июля", "июле", ("июл",)),
    8: ("август", "августа", "августе", ("авг",)),
    9: ("сентябрь", "сентября", "сентябре", ("сент", "сен")),
    10: ("октябрь", "октября", "октябре", ("окт",)),
    11: ("ноябрь", "ноября", "ноябре", ("нояб", "ноя")),
    12: ("декабрь", "декабря", "декабре", ("дек",)),
}

# Monday first, as datetime.weekday(): (stem, full forms, abbreviations "Пт")
WEEKDAYS: tuple[tuple[str, str, str], ...] = (
    ("понедельник", "понедельник", "пн"),
    ("вторник", "вторник", "вт"),
    ("сред", "сред[аеуы]", "ср"),
    ("четверг", "четверг", "чт"),
    ("пятниц", "пятниц[аеуы]", "пт"),
    ("суббот", "суббот[аеуы]", "сб"),
    ("воскресень", "воскресень[ея]", "вс"),
)

# a day relative to the publication day
DAY_SHIFT = {"позавчера": -2, "вчера": -1, "сегодня": 0, "завтра": 1, "послезавтра": 2,
             "накануне": -1}
# "накануне Дня Победы / накануне встречи": the eve of an event named after the word
# date86: an adjective of a day before the page's, told of a signing noun ("о вчерашнем
# подписании"): how many days back (``agreement_dates.signing_called_yesterday``)
DAY_ADJECTIVE_SHIFT = {"вчерашний": -1, "позавчерашний": -2}
EVE_OF_EVENT = ("дня", "праздник", "нового", "встреч", "подписани", "визит", "заседани",
                "выбор", "начала", "открыти", "старт", "юбиле", "форум", "конференци",
                "совещани", "съезд", "саммит", "фестивал")
# "в прошлом году" -> publication year - 1
YEAR_SHIFT = {"позапрошлом": -2, "прошлом": -1, "минувшем": -1, "прошедшем": -1,
              "предыдущем": -1, "этом": 0, "текущем": 0, "нынешнем": 0, "следующем": 1,
              "будущем": 1, "наступающем": 1}
# date44: "на следующий год планируется подписать ...": the next year in the accusative,
# a time of a plan (not "на текущий год", the span a plan of work covers)
YEAR_SHIFT_ACC = {"следующий": 1, "будущий": 1, "наступающий": 1, "предстоящий": 1}
# "прошлого года", "осенью этого года": the same shifts in the genitive
YEAR_SHIFT_GEN = {"позапрошлого": -2, "прошлого": -1, "минувшего": -1, "прошедшего": -1,
                  "предыдущего": -1, "этого": 0, "текущего": 0, "нынешнего": 0,
                  "следующего": 1, "будущего": 1, "наступающего": 1}
# "на прошлогоднем форуме", "во время позапрошлогоднего визита" (status52): the stem of an
# adjective of a year relative to the publication year, and its shift
YEAR_ADJECTIVE_SHIFT = {"позапрошлогодн": -2, "прошлогодн": -1}
# the prepositions that make such an adjective's phrase a time ("на прошлогоднем форуме",
# "во время прошлогоднего визита"); not "запасы больше прошлогодних"
YEAR_ADJECTIVE_FRAMES = (r"на", r"в", r"во", r"в[^\S\n]+ходе", r"во[^\S\n]+время",
                         r"по[^\S\n]+итогам")
# "в прошлом месяце" -> the month before publication (the words of YEAR_SHIFT)
MONTH_WORD = r"месяце"
# "в тот же день", "тем же днём": the day of the date just stated; date68: "тогда же" ("at
# that same time") too, which dates only where the date before it is told to the day
SAME_DAY = (r"в[^\S\n]+(?:тот|этот)[^\S\n]+же[^\S\n]+день",
            r"тем[^\S\n]+же[^\S\n]+дн[её]м",
            r"тогда[^\S\n]+же")
# "днём ранее", "на следующий день" (dates24): the day before or after the date just stated
NEXT_TO_DAY = {r"дн[её]м[^\S\n]+(?:ранее|раньше)": -1,
               r"дн[её]м[^\S\n]+(?:позже|позднее)": 1,
               r"на[^\S\n]+следующий[^\S\n]+день": 1}
# date46: "во второй день форума", "в первый день его работы", "Первый день форума
# завершился ...": the day of an occasion counted from its first day (the shift in days)
EVENT_DAY_ORDINALS = {"первый": 0, "второй": 1, "третий": 2, "четвёртый": 3,
                      "четвертый": 3, "пятый": 4}
# date52: the same ordinals in the genitive, a day of an occasion told as a noun's
# complement ("Главным событием второго дня стало подписание ...", "итогом первого дня")
EVENT_DAY_ORDINALS_GEN = {"первого": 0, "второго": 1, "третьего": 2, "четвёртого": 3,
                          "четвертого": 3, "пятого": 4}
# status48: "в заключительный день ВЭФ", "в последний день форума": the last day of an
# occasion told as a range of days ("3–6 сентября": the 6th)
EVENT_LAST_DAY_WORDS = ("заключительный", "последний", "завершающий", "финальный")
# date53: "в день открытия форума", "в день закрытия выставки": the occasion's first and
# last day told by the noun after "день" (the genitive of the opening and closing)
# date85: "27 ноября завершил работу форум", "форум закрылся 5 марта": a day told with the
# occasion's closing is its last day (the past forms of "завершить(ся)", "закрыться")
EVENT_CLOSING_VERBS = ("завершил", "завершила", "завершило", "завершили", "завершился",
                       "завершилась", "завершилось", "закрылся", "закрылась", "закрылось")
EVENT_FIRST_DAY_NOUNS = ("открытия",)
EVENT_LAST_DAY_NOUNS = ("закрытия",)
# ... not the first day of a span of the calendar ("в первый день весны", "первый день
# месяца", "в первый день нового года", "первый день после отпуска")
CALENDAR_AFTER_DAY = ("весны", "лета", "осени", "зимы", "месяца", "года", "нового",
                      "недели", "каникул", "после", "января", "февраля", "марта", "апреля",
                      "мая", "июня", "июля", "августа", "сентября", "октября", "ноября",
                      "декабря")
# status46: "перенесли на следующую неделю", "назначено на эту неделю": the week a plan is
# set for, in the accusative (the shift as in WEEK_SHIFT)
WEEK_SHIFT_ACC = {"следующую": 1, "будущую": 1, "эту": 0, "текущую": 0, "нынешнюю": 0}
# "на прошлой неделе" -> the week before the publication week
WEEK_SHIFT = {"позапрошлой": -2, "прошлой": -1, "минувшей": -1, "прошедшей": -1,
              "предыдущей": -1, "этой": 0, "текущей": 0, "нынешней": 0, "следующей": 1,
              "будущей": 1, "наступающей": 1}
# "в конце прошлой недели", "в начале этой недели": a part of a week told by its week
WEEK_PARTS = (r"начале", r"середине", r"конце")
# "три дня назад", "неделю назад", "два месяца назад", "год назад": a span back from the
# publication day; each unit's forms and its size ("d" days, "m" months, "y" years)
AGO_UNITS = {"день": ("d", 1), "дня": ("d", 1), "дней": ("d", 1),
             "неделю": ("d", 7), "недели": ("d", 7), "недель": ("d", 7),
             "месяц": ("m", 1), "месяца": ("m", 1), "месяцев": ("m", 1),
             "год": ("y", 1), "года": ("y", 1), "лет": ("y", 1)}
AGO_WORD = r"назад"
# date54: a word that tells such a span to the day, a count of whole years or months back
# from the page's own day ("ровно год назад", "ровно два года назад": the page's day and
# month, so many years before); a class of one word
AGO_EXACT_WORD = r"ровно"
# counts in words before such a unit ("две недели назад"); a unit alone counts one
COUNT_WORDS = {"один": 1, "одну": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5,
               "шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "десять": 10,
               "полтора": None, "несколько": None, "пару": None}
# date46: the years an agreement has been in force, counted back from the page ("За пять лет
# действия соглашения ...", "в течение трёх лет действия прежнего договора"): the
# prepositions of the span, the noun of being in force and the agreement nouns after it
IN_FORCE_SPAN_PREPOSITIONS = (r"за", r"в\s+течение")
IN_FORCE_SPAN_NOUN = r"действия"
IN_FORCE_SPAN_AGREEMENTS = (r"соглашени[яй]", r"договора", r"меморандума")
# "в первом квартале", "во втором полугодии", "в начале года": a part of a year and its
# months; the year is the publication year's, or the one the tense points to
YEAR_PARTS = {r"начале\s+года": (1, 2, 3), r"середине\s+года": (5, 6, 7, 8),
              r"конце\s+года": (10, 11, 12),
              r"первом\s+квартале": (1, 2, 3), r"втором\s+квартале": (4, 5, 6),
              r"третьем\s+квартале": (7, 8, 9), r"четв[её]ртом\s+квартале": (10, 11, 12),
              r"первом\s+полугодии": (1, 2, 3, 4, 5, 6),
              r"втором\s+полугодии": (7, 8, 9, 10, 11, 12)}
# dates69: a class, the nouns of a part of a year that a year in the genitive follows when a
# signing is put off to it ("перенесено на весну следующего года", "отложили на вторую
# половину 2025 года", "на первый квартал будущего года"): the seasons, the nouns of a
# year's beginning, middle and end, and of its halves and quarters (lemmas); the ordinal
# before "половину" or "квартал" is read by its part of speech. The year is the date
YEAR_SPAN_NOUNS = frozenset({"весна", "лето", "осень", "зима", "начало", "середина", "конец",
                             "половина", "квартал", "полугодие"})
# seasons in the instrumental ("осенью") and their months, winter across the new year
SEASONS = {"весной": (3, 4, 5), "летом": (6, 7, 8), "осенью": (9, 10, 11),
           "зимой": (12, 1, 2)}
# date56: a season a time ahead is told by, after "к" (dative) or "до" (genitive): "к
# весне надеемся подписать", "до осени стороны согласуют текст"; the prepositions and the
# season's forms after each, the months as in ``SEASONS``. Not "на" ("подписание перенесли
# на осень"): four golds of a signing put off to a season leave it undated, one dates it
SEASONS_AHEAD = {"к": {"весне": (3, 4, 5), "лету": (6, 7, 8), "осени": (9, 10, 11),
                       "зиме": (12, 1, 2)},
                 "до": {"весны": (3, 4, 5), "лета": (6, 7, 8), "осени": (9, 10, 11),
                        "зимы": (12, 1, 2)}}
# qualifiers of a season: "прошлой осенью", "этим летом", "будущей весной"
SEASON_BEFORE = ("прошл", "минувш", "прошедш", "предыдущ")
SEASON_THIS = ("эт", "нынешн", "текущ")
SEASON_AFTER = ("следующ", "будущ", "наступающ")
SEASON_QUALIFIERS = (r"прошл(?:ой|ым)", r"минувш(?:ей|им)", r"прошедш(?:ей|им)",
                     r"предыдущ(?:ей|им)", r"эт(?:ой|им)", r"нынешн(?:ей|им)",
                     r"текущ(?:ей|им)", r"следующ(?:ей|им)", r"будущ(?:ей|им)",
                     r"наступающ(?:ей|им)")
# qualifiers of a weekday: "в прошлую пятницу", "в следующий вторник"
WEEK_BEFORE = ("прошл", "предыдущ")
# "в минувший вторник", "в прошедшую среду": the one just gone by, the last such weekday
# before the publication day (in this week or the one before)
WEEK_LAST = ("минувш", "прошедш")
WEEK_AFTER = ("следующ", "будущ")
WEEK_THIS = ("эт",)
WEEK_NEXT_OCCURRENCE = ("ближайш",)

# labels of a publication line: "Опубликовано: ...", "Дата первого показа: ...", "date ..."
PUBLICATION_LABELS = (
    r"дата\s+(?:публикации|опубликования|первого\s+показа|размещения|создания|выхода"
    r"|выпуска)",
    r"опубликован[оа]?", r"размещено", r"обновлено", r"дата", r"published", r"posted",
    r"date",
)
# credits that may follow the date on a publication line: "8 окт. 2025, 09:30 | Источник:
# пресс-служба", "| Автор: ..."
DATE_LINE_CREDITS = (r"источник", r"автор", r"фото", r"текст", r"рубрика", r"раздел",
                     r"source")
# an issue line of a newspaper: "Выпуск № 12 от 05.03.2024", "Газета «Север» № 34 от ..."
ISSUE_WORDS = (r"выпуск", r"номер")
NEWSPAPER_WORDS = (r"газета", r"еженедельник", r"ежедневная\s+газета",
                   r"общественно-политическая\s+газета", r"информационный\s+бюллетень",
                   r"бюллетень", r"вестник")
# what is dated by its release ("Эфир от 03.02.2025"): a broadcast, an issue, a mailing
RELEASE_NOUNS = (r"эфир", r"выпуск", r"рассылка", r"передача", r"трансляция", r"подкаст",
                 r"письмо", r"дайджест")
# pub89: what keeps a broadcast's words (a transcript, a recording), and the genitives of
# what it keeps ("Расшифровка эфира от ...")
RECORD_NOUNS = (r"расшифровка", r"стенограмма", r"запись", r"видеозапись", r"аудиозапись")
RELEASE_GENITIVES = (r"эфира", r"передачи", r"программы", r"трансляции", r"выпуска",
                     r"подкаста")
# labels of the first publication on a stamp line ("Время публикации: ...", "Новость от
# 12.03.2025", "Создано: ..."), read by ``published`` beside the labels above
STAMP_LABELS = (
    r"время\s+(?:публикации|опубликования|размещения)",
    # "Дата размещения извещения:", "Дата публикации объявления:": one word may name what was
    # published, before the colon; hid95: or where it was placed, after "на" ("Дата
    # размещения на сайте:", "Дата публикации на портале:")
    # date46: an official portal's adjective may stand before the noun ("Дата официального
    # опубликования: 13.03.2025")
    r"дата\s+(?:официального\s+|первого\s+)?(?:публикации|опубликования|размещения|создания"
    r"|выхода|выпуска|новости|первого\s+показа)(?:\s+(?:на\s+)?[а-яё]{3,}(?=\s*:))?",
    # pub87: a broadcast's transcript dated by its airing ("Дата эфира: 11.09.2024 19:30",
    # "Дата выхода в эфир: 5 марта 2025"), the release nouns' genitives after "дата"
    r"дата\s+(?:эфира|трансляции|показа|передачи|выхода\s+в\s+эфир)(?=\s*:)",
    r"опубликован[оа]?", r"опубл\.", r"размещено", r"создано", r"добавлено", r"вышло",
    # "Информационное сообщение от 14.05.2025": an adjective may stand before the noun
    r"(?:[а-яё]+(?:ое|ый|ий|ая|ые)\s+)?"
    # stat34: the plural heading of a news page too ("Новости от 05.06.2025")
    r"(?:новост[ьи]|пресс-релиз|сообщение|публикация|материал|статья)\s+от",
    # "Материал опубликован 21 марта 2025 года", "Публикация: 21.03.2025"
    r"(?:новость|пресс-релиз|сообщение|материал|статья|текст)\s+(?:опубликован[оа]?|размещ[её]н[оа]?)",
    # datepool93: the issue a printed text ran in, named by its day only ("Материал
    # опубликован в номере от 4 апреля 2025 года", "Опубликовано в выпуске от 12.03.2025")
    r"(?:(?:новость|сообщение|материал|статья|текст|интервью)\s+)?опубликован[оа]?\s+в\s+"
    r"(?:номере|выпуске)(?:\s+газеты)?\s+от",
    r"публикация(?=\s*:)",
    # date46: a news feed's heading names the one day it lists ("Лента за 24 апреля 2024 года",
    # "Лента новостей за 03.04.2025"): its posts are that day's
    r"лента(?:\s+новостей|\s+событий)?\s+за",
    # a programme, an issue or a mailing dated by its release: "Эфир от 03.02.2025",
    # "Выпуск от 21.02.2025", "Рассылка от 15 мая 2025 г."
    r"(?:" + "|".join(RELEASE_NOUNS) + r")(?:\s+№\s*\d{1,6})?\s+от",
    # pub89: a broadcast's transcript or recording dated by its airing ("Расшифровка эфира
    # от 3 апреля 2025 года", "Стенограмма передачи от 03.04.2025")
    r"(?:" + "|".join(RECORD_NOUNS) + r")\s+(?:" + "|".join(RELEASE_GENITIVES) + r")\s+от",
    # English templates: "Published 3 March 2025", "Posted on March 3, 2025", "Posted by
    # admin on 10 July 2025" (a byline of a few words between); "Updated:" is in
    # UPDATE_LABELS
    r"(?:published|posted|created)(?:\s+by\s+[\w.\-]+(?:\s[\w.\-]+){0,3}?)?(?:\s+on)?",
    r"date", r"дата",
    # dates65: a social network's post named by its kind, its separator taken with it, right
    # before the post's day ("Запись на стене · 13 мар 2025 в 10:41", "Запись в сообществе |
    # 05.06.2024"): a wall post's stamp line
    r"запись\s+(?:на\s+стене|в\s+(?:сообществе|группе))\s*[·|•]",
)
# labels of a later change: an update stamp is never the publication date
UPDATE_LABELS = (
    r"обновлен[оаы]?", r"обновл\.", r"изм\.", r"ред\.", r"изменен[оаы]?",
    r"отредактирован[оаы]?", r"исправлен[оаы]?",
    r"дата\s+(?:изменения|обновления|редактирования|правки)",
    r"последн(?:ее|яя)\s+(?:изменение|обновление|правка|редакция)",
    r"updated?", r"modified", r"edited", r"changed",
)
# date69: a post's edited flag on its counter row, printed before the post's own time with
# no colon ("👁 2,7K   изменено   05.03.2024 09:12"): the time is the post's, not the edit's
POST_EDITED_FLAGS = (r"изменено", r"edited")
# what may follow the date on a stamp line besides a time and separators: a time zone, a
# reading time, a counter with its number on either side ("1 245 просмотров")
STAMP_ZONES = (r"мск", r"msk", r"utc", r"gmt",
               # date44: a regional site's own zone beside its time, as Russian zones are
               # abbreviated ("18.06.2024 11:20 (ЯКУТ)", "11:20 (ЕКБ)"), or told in words
               # ("10:15 по местному времени", "(время московское)")
               r"калт", r"самт", r"екат", r"екб", r"омст", r"крат", r"иркт", r"якут",
               r"влат", r"магт", r"камт",
               r"(?:по[^\S\n]+)?(?:местно|московско)(?:му|е)[^\S\n]+врем(?:я|ени)",
               r"время[^\S\n]+(?:местное|московское)", r"по[^\S\n]+москве")
# date44: the count of reports an aggregator's story row gives beside its date ("1 марта
# 2025 · 2 публикации", "12.05.2025 | 4 сообщения", "3 источника")
STORY_COUNT_WORDS = (r"публикаци[яийе]", r"сообщени[яей]", r"материал(?:а|ов)?",
                     r"новост(?:ь|и|ей)", r"источник(?:а|ов)?")
# hidden40: or the mobile page's link to the text, "Читать 3 мин"
STAMP_READING = (r"чтени[яе]", r"на\s+чтение", r"read", r"читать")
# the minutes word of a reading time: "3 мин чтения", "4 min read"
STAMP_MINUTES = (r"мин(?:ут[аы]?)?", r"min", r"minutes?")
# English month names of a site template's stamp ("Aug 13, 2025 · 4 min read"): number ->
# the full name and its abbreviations; read on stamp lines only
ENGLISH_MONTHS = {1: ("january", "jan"), 2: ("february", "feb"), 3: ("march", "mar"),
                  4: ("april", "apr"), 5: ("may", "may"), 6: ("june", "jun"),
                  7: ("july", "jul"), 8: ("august", "aug"), 9: ("september", "sept", "sep"),
                  10: ("october", "oct"), 11: ("november", "nov"), 12: ("december", "dec")}
# English weekdays of a template's stamp ("Posted: Thursday, 10 July 2025", "Thu, 10 Jul
# 2025 09:15:00 +0300"), read on stamp lines only
ENGLISH_WEEKDAYS = (r"monday", r"tuesday", r"wednesday", r"thursday", r"friday", r"saturday",
                    r"sunday", r"mon", r"tue", r"tues", r"wed", r"thu", r"thurs", r"fri",
                    r"sat", r"sun")
# the endings of an English ordinal day ("March 3rd, 2025", "the 10th of July 2025")
ENGLISH_DAY_SUFFIXES = (r"st", r"nd", r"rd", r"th")
# a time of day in an English stamp: "at 10:00", "9:15 AM"
ENGLISH_TIME_WORDS = (r"at",)
ENGLISH_HALF_DAY = (r"am", r"pm", r"a\.m\.", r"p\.m\.")
# a label of a site's section name beside the date ("· Рубрика «Итоги недели»")
STAMP_RUBRIC_LABELS = (r"рубрика", r"раздел", r"тема", r"категория",
                       # "Размещено 14.05.2025 в 15:40 в разделе «Новости»"
                       r"в\s+(?:рубрике|разделе|теме|категории)")
# words that join the two nouns of a section name on a stamp line ("Экономика и труд",
# "Власть & бизнес")
STAMP_RUBRIC_JOINS = (r"и", r"&")
# a printed page's number in a running header or footer ("стр. 3", "С. 4", "Страница 2")
PAGE_MARKS = (r"стр\.", r"с\.", r"страница", r"полоса")
# (dates68: a photo report's count of its pictures too, "14 апреля 2022 | Фото: И. Петров |
# 24 фото": the words of what a page counts beside its stamp are a class)
STAMP_COUNTERS = (r"просмотр[а-яё]*", r"прочтени[а-яё]*", r"комментари[а-яё]*", r"views?",
                  r"👁\S*", r"фото(?:графи[а-яё]*|снимк[а-яё]*)?", r"снимк[а-яё]*")
# date60: a broadcaster's clip beside the date, with its running time ("27 ноября 2024,
# 19:42  ▶ Видео 2:48"): the clip's word and the play marks before it; date52: the words
# of a clip are a class, a broadcaster's video report named too ("20.11.2024 | 18:40 |
# Видеосюжет: 2:47", "Сюжет 3:05", "Видеоролик 1:20")
STAMP_MEDIA = (r"видео(?:сюжет|ролик)?", r"сюжет", r"аудио", r"video", r"audio")
STAMP_PLAY_MARKS = "\u25b6\u25ba"
# pictograms a site prints before a counter or a reading time ("💬 4", "👁 1 204", "⏱ 3 мин"):
# the emoji and symbol blocks, as a character class body
STAMP_PICTOGRAMS = "\u2300-\u23ff\u2600-\u27bf\u2b00-\u2bff\U0001f300-\U0001faff"
# pub58: the letters a shortened count ends with, thousands or millions, as a post prints
# its counters ("👁 1,2K", "👁 3.4К", "👁 1,1M"), Latin and Cyrillic, as a character class body
COUNT_MULTIPLIERS = "KkКкMМ"
# pub58: the class of labels a crawler or a web archive writes beside the time it saved a
# page, on its own header line over the page ("[crawl] source=… saved_at=2023-05-17T10:02",
# "==== crawler: … | fetched 2024-03-15 06:14 UTC ===="): the day the page was saved, never
# its publication day, but the day a post's relative stamp ("вчера, 18:20") counts from
CRAWL_TIME_LABELS = (r"saved_at", r"saved", r"fetched_at", r"fetched", r"retrieved_at",
                     r"retrieved", r"crawled_at", r"crawled", r"captured_at", r"captured",
                     r"дата[^\S\n]+сохранения", r"сохранено")
# pub58: the class of day words a post's stamp prints for its day ("вчера, 18:20",
# "Сегодня в 09:14"), each a key of ``DAY_SHIFT`` (a stamp tells no day ahead, and
# "накануне" needs the event it is the eve of)
POST_DAY_WORDS = frozenset({"сегодня", "вчера", "позавчера"})
# marks of a settlement before its name on a stamp line ("27 марта 2025 года, г. Нижний
# Новгород", "12.03.2025, пгт Яшкино"); a capitalised name alone may stand there too
STAMP_PLACE_MARKS = (r"г\.", r"гор\.", r"город", r"с\.", r"село", r"пос\.", r"п\.", r"пгт\.?",
                     r"ст-ца", r"станица", r"д\.", r"деревня")
# a byline label beside the date ("5 мая 2025 · Автор: Ирина Котова", "Текст: ..."); the
# name after the colon is furniture of the stamp
STAMP_BYLINE_LABELS = (r"источник", r"автор", r"фото", r"текст", r"рубрика", r"раздел",
                       r"source", r"author", r"by")
# date58: a byline told by its verb beside the date ("13.12.2024 18:00   Обзор подготовила
# Ирина Котова", "Материал подготовлен пресс-службой"): a name after the verb, or a body
STAMP_BYLINE_VERBS = (r"подготовил[аи]?", r"подготовлен[аоы]?")
STAMP_BYLINE_BODIES = (r"пресс-служб[а-яё]*", r"редакци[а-яё]*", r"отдел[а-яё]*")
# who signs an article at its end ("Пресс-служба Минтруда Чувашии, 12.03.2025")
PRESS_CREDITS = (r"пресс-служба", r"пресс-центр", r"пресс-секретариат",
                 r"(?:по\s+)?(?:информации|данным|сообщению)\s+пресс-(?:службы|центра)",
                 r"информация\s+пресс-(?:службы|центра)",
                 r"отдел\s+(?:информации|по\s+связям|информационной)",
                 r"информационн(?:ый|ое)\s+(?:отдел|управление)",
                 # dates65: a unit of a press service named by its kind before it ("Управление
                 # пресс-службы и информации Правительства ...", "Отдел пресс-службы ...")
                 r"(?:управление|департамент|отдел|сектор)\s+пресс-(?:службы|центра)")
# titles of a document whose number line ("ПОСТАНОВЛЕНИЕ" / "№ 123 от 12 мая 2023") is not
# an issue line
DOCUMENT_TITLES = ("постановление", "приказ", "распоряжение", "указ", "решение", "закон",
                   "соглашение", "договор", "контракт", "протокол", "меморандум")


# verbs of a term ending: a date under them is when an agreement expired, not when it was
# signed ("срок действия соглашения истёк 31 августа")
EXPIRY_VERBS = frozenset({"истечь", "истекать", "закончиться", "заканчиваться",
                          "завершиться", "завершаться", "прекратиться", "прекращаться",
                          "прекратить", "утратить", "утрачивать", "окончиться", "кончиться"})
# a day named as the occasion of what follows: "Сегодня важный день для нашей команды!"
DAY_OCCASION_NOUNS = frozenset({"день"})
# personal pronouns that, as the subject of a signing, take up the person of the sentence
# before (datesB): "Вчера в Омск приехал министр ... . Вместе с коллегой он подписал ..."
PERSON_PRONOUNS = frozenset({"он", "она", "они"})
# pronouns that stand for an agreement named just before, as the object of a signing:
# "Подписать его планируем в марте"
# volga155: the tagger keeps "её" (written with ё) as its own lemma; "ее" is "она"
DOCUMENT_PRONOUNS = frozenset({"он", "она", "оно", "её"})
# pdate50: a class, the short adjectives of intent as the tagger lemmatizes them (to their
# full form): "филиал намерен подписать соглашение до конца года" ("намеренный"), "стороны
# готовы подписать его осенью" ("готовый"); a period under them dates a plan
# (``agreement_dates.plan_period_ahead``); date51: and of obligation, "стороны должны
# подписать его к лету" ("должный")
INTENT_ADJECTIVES = frozenset({"намеренный", "готовый", "должный"})
# date51: a deadline a plan is told by, in the forms the date reader leaves alone (a
# class: the prepositions of a time limit and the part of the period they point to): "к
# концу года", "к началу осени", "к лету", "до конца лета", "в течение первого квартала";
# the first month of the period is meant after a bare "к" or "к началу", its last after the
# others ("к концу", "к середине" and "до конца" by the end, "в течение" within it)
DEADLINE_OPENERS = {r"к": "first", r"к[^\S\n]+началу": "first",
                    r"к[^\S\n]+(?:концу|середине)": "last",
                    r"до[^\S\n]+(?:конца|середины)": "last", r"в[^\S\n]+течение": "last"}
# review51: the openers and the period whose meaning the deadline reader tests by name, not
# by place: a bare "к" takes no month ("к июню" is rarely a plan's); "в течение года" is a
# span, not a time
DEADLINE_BARE_OPENER = r"к"
DEADLINE_SPAN_OPENER = r"в[^\S\n]+течение"
DEADLINE_WHOLE_YEAR = r"года"
# the periods such a deadline names and their months: the year, a season in the dative
# (after "к") or the genitive, a quarter or a half of the year in the genitive; a month in
# the genitive dates the plan to the month, the others to the year
DEADLINE_PERIODS = {r"года": (1, 12), r"(?:весн[еы])": (3, 5), r"(?:лет[уа])": (6, 8),
                    r"(?:осени)": (9, 11), r"(?:зим[еы])": (12, 2),
                    r"первого[^\S\n]+квартала": (1, 3), r"второго[^\S\n]+квартала": (4, 6),
                    r"третьего[^\S\n]+квартала": (7, 9),
                    r"четв[её]ртого[^\S\n]+квартала": (10, 12),
                    r"первого[^\S\n]+полугодия": (1, 6), r"второго[^\S\n]+полугодия": (7, 12)}
# the noun that stands for an agreement named just before, as the object of a planned
# signing (datesB): "Подписать документ стороны намерены в июле". The golds of rounds 6, 8,
# 10, 12, 17, 18 and 21 date such a plan by its month (11 agreements), rounds 3 and 19 leave
# it undated (2): the majority is the README's convention
DOCUMENT_OBJECTS = frozenset({"документ"})
# date47: nouns of a set of documents, a class: a set signed in the past ("был подписан
# пакет документов", "подписан ряд соглашений") is counted as its ordinal items are
# ("Четвёртое соглашение подписали ..."); its genitive plural is an agreement or document
# date59: with the nouns of a count that take a genitive plural the same way ("подписано
# более десятка документов"); fixdate59: the count nouns a class, the nouns of a round
# number up to a hundred ("дюжина", "сотня": "подписали дюжину соглашений"); not "тысяча",
# the count of a year's aid contracts ("заключено две тысячи социальных контрактов", ten
# dev distractors), not a set signed at one occasion
DOCUMENT_SET_NOUNS = frozenset({"пакет", "ряд", "серия", "блок", "комплект",
                                "десяток", "дюжина", "сотня"})
# fixdate59: a later time told with no day, its preposition and the nouns of its span or
# event ("Через несколько дней ...", "Спустя неделю ...", "После возвращения из Зетска
# ..."): a signing so told is not of the day of the occasion or story told before it
LATER_TIME_PREPOSITIONS = frozenset({"через", "спустя"})
LATER_TIME_UNITS = frozenset({"день", "неделя", "месяц", "сутки"})
LATER_TIME_EVENTS = frozenset({"возвращение"})
LATER_TIME_REACH = 3  # tokens from the preposition to its unit ("через несколько дней")
# date59: how many sentences from the start (headline and page stamp included) may open a
# story with the day of its occasion or of its set of signings (``story_lead_day``)
STORY_LEAD_SENTENCES = 4
# "в следующем году", "в 2026 году": a date told as a year by the word for year (a season's
# or a week's year by convention has no such word)
YEAR_NOUN = "год"
# status56: the conjunction of a clause that describes the time named just before it ("в
# 2022 году, когда ... подписали соглашение")
WHEN_MARKS = frozenset({"когда"})
# a deadline's preposition: "до конца года" bounds a plan, it does not date it
DEADLINE_PREPOSITIONS = frozenset({"до"})
# volga155: the noun of a month's end a plan is to be signed by ("до конца июня стороны должны
# подписать ..."): the plan's month
MONTH_END_NOUNS = frozenset({"конец"})
# "3-го числа": a day of the month told by its number and the word for a day of the month;
# "20-го числа каждого месяца" recurs, it is no date
DAY_OF_MONTH_WORD = "числа"
RECURRING_WORDS = ("каждого", "ежемесячно", "каждый")
# a part of a month before its name: "в конце мая", "на конец июня" (a schedule), "в
# первых числах июня" (dates24 adds the last two forms); date82: a decade or a half of a
# month ("в третьей декаде октября", "во второй половине марта", "на третью декаду мая")
# and its first or last days ("в последние дни июня") are that month too, as the golds
# give a part of a month
MONTH_DECADES = ("первой", "второй", "третьей", "последней")
MONTH_DECADES_ACC = ("первую", "вторую", "третью", "последнюю")
MONTH_HALVES = ("первой", "второй")
MONTH_HALVES_ACC = ("первую", "вторую")
# date90: the parts of the current month told with no month named ("в начале месяца"),
# and the days each spans
BARE_MONTH_PARTS = {"начале": (1, 10), "середине": (11, 20), "конце": (21, 31)}
MONTH_PARTS = (r"(?:в|к)[^\S\n]{1,3}(?:начале|середине|конце)",
               r"на[^\S\n]{1,3}(?:начало|середину|конец)",
               r"в[^\S\n]{1,3}(?:первых|последних)[^\S\n]{1,3}числах",
               rf"во?[^\S\n]{{1,3}}(?:{'|'.join(MONTH_DECADES)})[^\S\n]{{1,3}}декаде",
               rf"во?[^\S\n]{{1,3}}(?:{'|'.join(MONTH_HALVES)})[^\S\n]{{1,3}}половине",
               rf"на[^\S\n]{{1,3}}(?:{'|'.join(MONTH_DECADES_ACC)})[^\S\n]{{1,3}}декаду",
               rf"на[^\S\n]{{1,3}}(?:{'|'.join(MONTH_HALVES_ACC)})[^\S\n]{{1,3}}половину",
               r"в[^\S\n]{1,3}(?:первые|последние)[^\S\n]{1,3}дни")
# "не позднее 1 июля", "не позже 1 июля": a deadline after a negation (dates24)
DEADLINE_COMPARATIVES = frozenset({"позднее", "позже"})
# "настоящее Соглашение": the document the text itself is
OWN_DOCUMENT_WORDS = frozenset({"настоящий"})


def month_forms(*, genitive: bool = False, prepositional: bool = False,
                nominative: bool = False, abbreviated: bool = False) -> list[str]:
    """The forms of every month of the chosen kinds, longest first (for regex alternation)."""
    out: list[str] = []
    for nom, gen, prep, abbr in MONTHS.values():
        out += [nom] * nominative + [gen] * genitive + [prep] * prepositional
        out += list(abbr) * abbreviated
    return sorted(set(out), key=lambda w: (-len(w), w))


_NUMBER = {form: num for num, (nom, gen, prep, abbr) in MONTHS.items()
           for form in (nom, gen, prep, *abbr)}


def month_number(word: str) -> int | None:
    """1..12 for any form of a month in the table ("октября", "Окт", "сент."), else None."""
    return _NUMBER.get(word.lower().rstrip("."))


def english_month_number(word: str) -> int | None:
    """1..12 for an English month name or its three-letter abbreviation ("Aug", "Sept."),
    else None."""
    w = word.lower().rstrip(".")
    return next((n for n, names in ENGLISH_MONTHS.items() if w in names), None)


def weekday_number(word: str) -> int | None:
    """0 (Monday) .. 6 for a weekday word or its abbreviation, else None."""
    w = word.lower()
    for i, (stem, _, abbr) in enumerate(WEEKDAYS):
        if w.startswith(stem) or w == abbr:
            return i
    return None


# --- a day told in words: "двадцать пятого марта", "первого апреля", "на третье мая" ------

# the stems of the ordinal numbers of the days 1..30 (31 is "тридцать первого"); ё and е
# both stand in print ("четвёртого", "четвертого")
DAY_ORDINAL_STEMS: dict[int, tuple[str, ...]] = {
    1: ("перв",), 2: ("втор",), 3: ("треть",), 4: ("четвёрт", "четверт"), 5: ("пят",),
    6: ("шест",), 7: ("седьм",), 8: ("восьм",), 9: ("девят",), 10: ("десят",),
    11: ("одиннадцат",), 12: ("двенадцат",), 13: ("тринадцат",), 14: ("четырнадцат",),
    15: ("пятнадцат",), 16: ("шестнадцат",), 17: ("семнадцат",), 18: ("восемнадцат",),
    19: ("девятнадцат",), 20: ("двадцат",), 30: ("тридцат",),
}
# the case endings a day takes before a month: genitive "пятого марта" (the date itself),
# accusative "на пятое марта", dative "к пятому марта"; "третий" has its soft forms
DAY_ORDINAL_ENDINGS = ("ого", "ое", "ому")
DAY_ORDINAL_SOFT_ENDINGS = ("его", "е", "ему")
# the tens before a unit's ordinal: "двадцать пятого", "тридцать первого"
DAY_TENS = {"двадцать": 20, "тридцать": 30}
# the endings of a day in digits told as an ordinal: "25-го марта", "1-е апреля", "3-му мая"
DAY_DIGIT_SUFFIXES = ("го", "ого", "е", "ое", "му", "ому")


def day_ordinal_forms() -> dict[str, int]:
    """Every case form of the day ordinals in the table -> its number ("пятого" -> 5)."""
    out: dict[str, int] = {}
    for n, stems in DAY_ORDINAL_STEMS.items():
        for stem in stems:
            endings = DAY_ORDINAL_SOFT_ENDINGS if stem.endswith("ь") else DAY_ORDINAL_ENDINGS
            out.update({stem + e: n for e in endings})
    return out


# --- the signing's own date (sdates22) -------------------------------------------------

# verbs of entering into force, with the noun they take: "Соглашение вступит в силу с 1
# июня" tells when it starts to apply, not when it was signed
ENTRY_VERBS = frozenset({"вступить", "вступать"})
ENTRY_OBJECTS = frozenset({"сила"})
# "начнёт действовать с 1 марта": a verb of being in force under a verb of starting
IN_FORCE_VERBS = frozenset({"действовать"})
# statdate98: words after a month that make it a month of a stated year ("с июня этого года",
# "с марта 2023 года"): the date reader has read those, ``in_force_months`` leaves them
MONTH_YEAR_WORDS = frozenset({"этот", "прошлый", "текущий", "минувший", "прошедший",
                              "позапрошлый", "год"})
# agr87: personal pronouns that take the agreement noun up again after a colon or dash:
# "было соглашение: оно действовало с 2017 года"
RESTATING_PRONOUNS = frozenset({"он", "она", "оно"})
START_VERBS = frozenset({"начать", "начинать"})
# nouns of a boundary of a period: "действует до конца 2030 года", "до окончания 2027 года"
# (with a term preposition above them) end a term
TERM_BOUNDARY_NOUNS = frozenset({"конец", "окончание", "истечение", "завершение"})
# prepositions that end a term: "до 2030 года", "по 31 декабря 2027 года"
TERM_END_PREPOSITIONS = frozenset({"до", "по"})


# --- dates23: relative years and weekends ---------------------------------------------

# "до конца года", "до конца текущего года": a deadline within the publication year (a
# stated or other relative year, "до конца 2026 года", "до конца следующего года", is read
# by the other forms)
YEAR_END_DEADLINE = (r"конца", r"окончания", r"завершения")
YEAR_END_THIS = (r"текущего", r"этого", r"нынешнего")
# "в минувшие выходные", "на прошлых выходных": the last weekend before the publication
# day; "в эти выходные", "на этих выходных": the weekend of the publication week;
# "в следующие выходные": the one after it
WEEKEND_WORDS = (r"выходные", r"выходных")
WEEKEND_SHIFT = {"минувшие": -1, "прошедшие": -1, "прошлые": -1, "минувших": -1,
                 "прошедших": -1, "прошлых": -1, "эти": 0, "этих": 0, "нынешние": 0,
                 "следующие": 1, "следующих": 1, "будущие": 1, "будущих": 1,
                 "ближайшие": 1, "ближайших": 1}

# --- dates23: more page stamps ------------------------------------------------------------

# the kind of a news agency or broadcaster before its quoted name on a stamp line ("РИА
# «Кострома», 14.05.2025", "ИА «Омск-информ» — 14 мая 2025")
AGENCY_KINDS = (r"РИА", r"ИА", r"ИИА", r"ИАА", r"ИАЦ", r"МИА", r"ГТРК", r"ТРК", r"ТК", r"ИД",
                r"агентство", r"информагентство", r"телеканал", r"радио", r"портал",
                r"газета", r"издание", r"сетевое\s+издание")
# the word before a bare date on a line of its own at the top of a page: "от 14.05.2025"
BARE_DATE_FROM = (r"от",)


# statC: the ceremony of a planned signing, scheduled in a sentence after it naming no
# agreement ("подпишут соглашение. Церемония запланирована на март"): its date is the plan's
CEREMONY_NOUNS = frozenset({"церемония"})
# datepool91: how many sentences after a signing a sentence opened by "Церемония" may tell
# the day it was held (the signers' lines stand between)
CEREMONY_REACH = 4

# fair91: how many sentences back from a list's header (one that names its documents signed
# with no day: "В числе заключённых соглашений:") the telling of the signings may stand
# ("Накануне на ярмарке вакансий подписано пять соглашений ...")
LIST_SIGNING_REACH = 8

# statC: how many sentences back the count of a set of agreements ("заключены три
# соглашения") may stand before one of them told by its ordinal ("Второе соглашение ...")
COUNT_REACH = 15
# date44: how many sentences after signings told one by one the sentence dating them all
# at once ("Все три документа министр подписала 11 сентября") may stand
COLLECTIVE_DAY_REACH = 15
# date44: words opening a signing told as following the one before ("Следом министр и
# ректор скрепили подписями ...", "Сразу после этого министры подписали ..."): adverbs of
# sequence, and the prepositions of "после этого" / "вслед за этим"
SEQUENCE_ADVERBS = frozenset({"следом", "затем", "потом", "вслед"})
SEQUENCE_PREPOSITIONS = frozenset({"после", "за"})
# date69: adverbs opening a signing told as held at the same time as the one before
# ("Одновременно стороны подписали план мероприятий ...")
SIMULTANEITY_ADVERBS = frozenset({"одновременно"})
# date69: a day told in the next sentence refines a record dated by a year only when the
# sentence tells the signing within so many tokens of its start ("Документ был подписан 12
# мая 2021 года — ...")
DAY_NEXT_REACH = 8
# date44: how many sentences back the signing it follows may be told
SEQUENCE_REACH = 4
# statC: a frame an agreement is worked under ("в рамках соглашения"), and the preposition
# of the year since which the work goes on ("с 2023 года")
FRAME_NOUNS = frozenset({"рамка"})
SINCE_PREPOSITIONS = frozenset({"с", "со"})
# basis60: words from a participle of being in force to its agreement noun, at most, for
# "действующего с 2021 года соглашения" (extract.candidate_dates.in_force_since_in_order)
SINCE_PHRASE_WIDTH = 5
# tidy51: the preposition of a document's own date ("приказ от 12 марта 2024 года") and of
# the day a thing is due by ("к 1 сентября 2025 года"); basis60: a document's own day names
# the paper, no day of the story "в тот же день" goes back to (extract.dates.document_date)
DOCUMENT_DATE_PREPOSITIONS = frozenset({"от"})
DUE_DATE_PREPOSITIONS = frozenset({"к"})
# pdate50: prepositions by which a full date tells no day of the story: a term's start or
# end, a document's date, a day due ("с 1 марта 2024 года", "до 31 декабря 2025 года",
# "по 31 мая", "от 12 марта 2024 года", "к 1 сентября 2025 года";
# ``agreement_dates._page_day``)
NOT_STORY_DAY_PREPOSITIONS = (SINCE_PREPOSITIONS | TERM_END_PREPOSITIONS
                              | DOCUMENT_DATE_PREPOSITIONS | DUE_DATE_PREPOSITIONS)
# datepool93: the holder's preposition of a clause of having ("у школы договор с ...")
HOLDER_PREPOSITIONS = frozenset({"у"})
# dates26: nouns that tell a signing as the outcome or the course of an occasion ("По
# итогам визита ... подписали", "В ходе пленарного заседания ... заключило два
# соглашения"), and verbs that tell a visit took place without an occasion noun ("В
# прошлую пятницу ... побывала делегация"); how many sentences back the occasion's day
# may stand, past sentences that give no date and name no agreement
OUTCOME_NOUNS = frozenset({"итог", "ход"})
# what an outcome noun may govern besides an occasion noun ("по итогам обсуждения"; never a
# span of time: "Главным итогом недели стало подписание ...")
OUTCOME_OF_NOUNS = frozenset({"обсуждение", "поездка", "беседа", "переговоры", "встреча"})
# date61: third-person possessives before an outcome noun refer it to the occasion told just
# before ("Его главным итогом стало соглашение ...")
OUTCOME_OWNER_WORDS = frozenset({"его", "её", "ее", "их"})
VISIT_VERBS = frozenset({"побывать", "приехать", "прибыть", "посетить", "пройти",
                         "состояться", "встретиться"})
OCCASION_DAY_REACH = 4
# date67: occasions a signing is told at by name ("В завершение коллегии ... подписали",
# "во время рабочей поездки"), whose day the text gives where it tells the occasion held
# ("14 марта состоялась расширенная коллегия"); not a council or a ceremony, which name a
# body or many events as well
NAMED_OCCASION_NOUNS = frozenset({"совещание", "встреча", "форум", "заседание", "визит",
                                  "конференция", "сессия", "съезд", "коллегия", "саммит",
                                  "выставка", "ярмарка", "слёт", "слет", "фестиваль",
                                  "семинар", "поездка",
                                  # date69: "По итогам круглого стола ... подписали"
                                  "стол"})
# date60: the nouns of the place an occasion's signings are told at, which "на той же
# площадке" / "на том же мероприятии" restate to tell one more signing at the same
# occasion (a class: a venue or an event as a place, besides ``NAMED_OCCASION_NOUNS``)
SAME_PLACE_NOUNS = frozenset({"площадка", "мероприятие", "церемония", "место"})
# date60: the adverb of place "там же" ("Там же министерство заключило соглашение ...");
# dates70 (fixdates70: one list): a class, the demonstrative adverbs of place, which tell
# a signing at the occasion a story's lead dates too ("Здесь же было подписано
# соглашение"; read by ``agreement_dates._told_at_occasion``)
SAME_PLACE_ADVERBS = frozenset({"там", "здесь", "тут"})
# date47: how many tokens after an occasion's noun the "который" of a relative clause telling
# it held may stand ("визита делегации в Зетск, который прошёл во вторник")
OCCASION_RELATIVE_REACH = 8
# dates70: how many sentences after an undated signing's own a sentence telling its
# signatures put ("Подписи под документом вчера поставили ...") may stand, sentences of the
# agreement's content between (``agreement_dates.signatures_told_later``)
SIGNATURES_LATER_REACH = 4
# verbs that tell an occasion held, its noun their subject ("прошло выездное совещание")
HELD_VERBS = frozenset({"пройти", "состояться", "проходить", "открыться", "начаться",
                        "завершиться"})
# dates68: verbs of starting or ending that tell an occasion held with "работу" as their
# object ("форум завершил работу", "начал работу съезд"): the phrase is the held verb
HELD_WORK_VERBS = frozenset({"начать", "завершить", "закончить"})
# fixdates68: the one object of the "work" idiom ("начать/завершить работу": an occasion
# opening or closing), not a class of nouns
HELD_WORK_OBJECTS = frozenset({"работа"})
# date46: the prepositions of an occasion as the place of something done at it ("обсудили
# на совещании", "рассказали в ходе встречи" is "ходе", left out: "в" alone, locative)
OCCASION_AT_PREPOSITIONS = frozenset({"на", "в"})
# date36: verbs of the cooperation an agreement recalled as its basis began with ("с 2020
# года сотрудничает с Новосибирской областью: соглашение ... было подписано ...")
COOPERATION_SINCE_VERBS = frozenset({"сотрудничать", "взаимодействовать"})
# date36: how many words may stand between a fronted "с 2020 года" and the verb of
# cooperation ("С 2019 года наши регионы тесно сотрудничают")
COOPERATION_SINCE_GAP = 3
# datepool91: verbs of work going on under an agreement ("С 2022 года центр работает по
# соглашению с университетом", "работа, которая ведётся с 2023 года в рамках соглашения"),
# and the prepositions that put the agreement noun itself as the work's basis ("по
# соглашению", "согласно соглашению")
WORK_UNDER_VERBS = frozenset({"работать", "вестись", "сотрудничать", "взаимодействовать"})
WORK_BASIS_PREPOSITIONS = frozenset({"по", "согласно"})
# datepool91: marks that close a clause before a verb ("с 2022 года ... — за это время ...")
SINCE_CLAUSE_MARKS = frozenset({"—", "–", ":", ";"})


# ---- Tuning and words of ``signing_dates.py``'s passes (kept apart from the rules) ----

# words that may stand between a fronted "с 2020 года" and "действует": "с 2020 года уже
# действует", "с 2019 года успешно действует"
SINCE_FILLERS = {"уже", "успешно", "также", "тоже", "ещё", "еще"}
# miss43: the holder's "у"-phrase between such a month and the verb ("с июня у Курской
# области действует соглашение"): its words, parts of speech a name's genitive has, and how
# many of them at most (extract.signing_dates._past_holder)
HOLDER_POS = frozenset({"ADJ", "NOUN", "PROPN", "DET"})
HOLDER_REACH = 5


# date43: days (a few) from the publication day within which a day without its year stays the
# page's neighbour whatever the tense (``dates._pick``): a participle under a future verb
# ("Договор, заключённый 3 марта, даст право ...") or a report filed a day or two before
# the signing must not throw the date a year off
ANCHOR_SLACK_DAYS = 3


# ---- Tuning of ``published.py``'s page-date readers (kept apart from the rules) ----

# characters of a line a date stamp may stand on; a longer line is prose, not a stamp
STAMP_LINE_MAX = 140

# first lines that survive masking where an issue line may stand
HEAD_LINES = 4

# first lines where a date line giving a dateline its year may stand
YEAR_LINES = 8

# lines under a date that ``heads_article`` reads, a rubric over the headline among them
RUBRIC_READ = 9

# short segments a masthead row may put before the issue number
MASTHEAD_SEGMENTS = 2

# characters of such a segment (twice that when it names the paper)
MASTHEAD_SEGMENT_CHARS = 40

# first non-blank lines where the page's first date may stand
TOP_LINES = 6

# statpool96: words of a publisher's name after a stamp's date (a ministry's full name)
SOURCE_WORDS_MAX = 9
# statpool96: endings a verb's forms make (past, present, infinitive, reflexive): a
# lower-case word with one after a stamp's date makes a headline ("подписали", "будут",
# "помогает"), not the publisher's name (``published.source_name``)
VERB_FORM_ENDINGS = ("л", "ла", "ло", "ли", "лся", "лась", "лось", "лись", "ет", "ют", "ят", "ит",
                     "ут", "ать", "ять", "ить", "еть", "ыть", "ся", "сь", "ем", "им", "ешь",
                     "ишь")

# date67: characters of the rules that frame a channel's day divider ("────── 15 мая 2024
# ──────"), and how many of them make a rule on each side
DIVIDER_RULE_CHARS = "─━═—–\\-=_~·•"
DIVIDER_RULE_MIN = 3

# characters of a header row of fields; prose lines are longer
FIELD_ROW_MAX = 240

# header rows read above the body for a widget's date
WIDGET_ROW_LINES = 6

# first non-blank lines under the body where a footer stamp may stand
FOOTER_LINES = 4

# first kept lines where an agency dateline may stand
DATELINE_LINES = 4

# pub87: first non-blank lines where a page saved with its web address prints it
ADDRESS_LINES = 4

# bcast90: words of a site's notice about its cookies, the first line of prose on many saved
# pages ("На портале работают cookie-файлы: оставаясь здесь, вы принимаете это. [OK]"): no
# part of the article's body
SITE_NOTICE_WORDS = (r"cookies?", r"cookie-файл\w*", r"куки")

# bcast90: clock times on one line that make it a row of other issues or a schedule
# ("08:00 | 07:00 | 06:00 | 2 марта, 19:00" under "Прошлые эфиры:"), no page stamp
ROW_TIMES_MIN = 3

# date69: last non-blank lines of a page where a newspaper's issue line may close it (a
# print page's footer: "«Сельская новь» № 12 (9 871) • вторник, 4 марта 2021 г. • стр. 2")
FOOTER_ISSUE_LINES = 6
# date73: a printed newspaper's imprint notes that may follow its issue line on the same
# footer line ("... № 12 (3456), 5 мая 2022 г. Подписано в печать 4.05.2022. Тираж 900 экз.")
IMPRINT_NOTES = (r"подписано\s+в\s+печать", r"тираж", r"заказ\s*№", r"отпечатано",
                 r"время\s+подписания\s+в\s+печать", r"индекс\s+издания",
                 # datepool93: the imprint's owners and editor ("... от 13.12.2024.
                 # Учредитель — администрация района")
                 r"учредител[ьи]", r"издатель", r"главный\s+редактор")
# statpool96: a heading of the issue's contents that a newspaper page prints under its issue
# line ("№ 11 (2207), 14 марта 2025 г." / "В этом номере:"): the issue is the page's own
ISSUE_CONTENTS_HEADINGS = (r"читайте\s+в\s+(?:этом\s+|сегодняшнем\s+|свежем\s+)?номере",
                           r"в\s+(?:этом|сегодняшнем|свежем)\s+номере", r"в\s+номере")

# date62: marks that end a sentence inside a quote that glues several into one
# (candidate_dates.plan_date_of_other_sentence).
SENTENCE_STOPS = frozenset({".", "!", "?", "…"})
# date48: the relative day words that also tell the present of a state ("у фонда сегодня
# три сотни подопечных семей": ``agreement_dates.nowadays_told``), the class of the words of
# the page's own day in ``DAY_SHIFT``
NOWADAYS_WORDS = frozenset({"сегодня"})
# date48: the punctuation that bounds a clause inside a sentence for ``nowadays_told`` (a dash
# is left out: "Сегодня — подписание соглашения" is one clause)
CLAUSE_BOUNDS = frozenset({",", ":", ";"})
# pub57: the class of the markup properties that state a page's publication time, as a
# page saved with its head's tags left in the text prints them ("<meta
# property="article:published_time" content="2025-03-12T09:00:00+03:00">"); a property of
# the page's modification ("article:modified_time", "dateModified") is not of the class;
# fixpub57: nor is a bare "date" (any event's day, and it beat a labelled publication line)
MARKUP_PUBLISHED_PROPERTIES = (r"article:published_time", r"og:published_time",
                               r"datepublished", r"pubdate", r"publishdate",
                               r"publish[_-]date", r"dc\.date\.issued")
