"""reg45: regions named only by site noise, and the customary abbreviations of republics.

- merge._comments_start: a social network's thread (an author's line, the reader's words,
  a line with the comment's time and a reply button, "Ответить") opens the readers'
  comments, also under a button's heading "Показать предыдущие комментарии"
  (lexicon.COMMENT_HEADING_OPENERS, COMMENT_REPLY_WORDS).
- boilerplate._LIST_HEADER: "Другие сюжеты", "Другие материалы", "Ещё по теме", "Ещё
  новости", "Новости других регионов" head lists of other pages; boilerplate._ITEM_MARK: a
  middle dot is a bullet, a weekday's abbreviation with a dash a calendar's day.
- regions.ambiguous_abbreviations_resolved: "ЧР", "РБ", "РК", "РА", "РМ", "РТ", "РСО", "ЛО"
  stand for the subject the text names otherwise (lexicon_regions.AMBIGUOUS_ABBREVIATIONS,
  ABBREVIATION_DEFAULTS, ABBREVIATION_FOREIGN); regions._qualified_abbreviations: "РС(Я)".
- regions._after_street_modifier: "ул. Большая X-ская" is a street.
Every probe is written here, in words of its own.
"""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.boilerplate import mask_reasons
from soccoop.extract.merge import _comments_start
from soccoop.extract.pipeline import extract
from soccoop.extract.regions import find_regions

ARTICLE = ("Пандус у библиотеки\n\nВ среду в Сокольском районе открыли пандус у районной "
           "библиотеки. Губернатор Вологодской области Георгий Филимонов поблагодарил "
           "волонтёров за помощь.\n\n")

# (id, the lines after the article, whether the first line opens the comment section)
THREADS = probes.named_rows([
    ("reply_button_after_time",
     "Комментарии\n\nЗоя Белкина\nА у нас в Череповце такого пандуса нет!\n"
     "3 мар в 10:14 · Ответить\n\nПавел Лукин\nМолодцы\n3 мар в 11:02 · Ответить\n", True),
    ("button_heading_and_wide_gap",
     "Показать предыдущие комментарии\nМарина Д.\nДавно пора было сделать.\nИ лифт бы ещё.\n"
     "4 мар в 09:40   Ответить\n", True),
    ("button_heading_over_chat_lines",
     "Показать комментарии\nЛеонид Орлов: Хорошее дело.\nВера К.: Спасибо волонтёрам!\n",
     True),
    # negatives: a quoted expert's words with a time but no reply button; prose under a
    # button's heading
    ("expert_with_time_no_button",
     "Мнения\nАнна Лосева\nПандусы нужны у каждой библиотеки.\n3 марта 2025, 10:14\n", False),
    ("button_heading_over_prose",
     "Показать комментарии\nГлава района рассказал, что пандусы появятся и у школ.\n"
     "Работы начнутся весной.\n", False),
])


@pytest.mark.parametrize("thread,cut", THREADS)
def test_reg45_comment_threads(thread: str, cut: bool) -> None:
    text = ARTICLE + thread
    at = text.index(thread.split("\n", 1)[0])
    assert (_comments_start(text) == at) is cut


def _masked_lines(text: str) -> set[str]:
    return {text[s:e].strip() for s, e, why in mask_reasons(text) if why is not None}


BODY = ("Новый пандус у библиотеки\n\nВ среду в Сокольском районе открыли пандус у районной "
        "библиотеки, сообщили в администрации района. Работы выполнили за две недели на "
        "средства местного бюджета и пожертвования жителей.\n\nВолонтёры пообещали "
        "помочь и другим учреждениям района, начиная со школы искусств и дома культуры.\n\n")

# a long paragraph under the list (a site's notice, a second story), so that the list stands
# inside the page's prose, not after it
TRAILER = ("\nРедакция напоминает, что перепечатка материалов сайта разрешена только со ссылкой на "
           "источник, а мнение авторов может и не совпадать с мнением редакции газеты.\n")

# (id, the lines after the body, a line that must be masked or None, one that must stay)
LISTS = probes.named_rows([
    ("other_stories_with_colon",
     "Другие сюжеты:\n• В Тотьме отремонтируют мост\n• Кадуй готовится к ярмарке\n",
     "• В Тотьме отремонтируют мост", None),
    ("other_regions_indented",
     "Новости других регионов\n  В Кирове обновили трамвайные пути\n"
     "  Пермские школьники победили в олимпиаде\n", "Пермские школьники победили в олимпиаде",
     None),
    ("more_on_topic",
     "Ещё по теме\nТверские библиотеки получат книги\nВ Ржеве открыли читальный зал\n",
     "Тверские библиотеки получат книги", None),
    ("middle_dot_items",
     "Новости благочиния\n· В Кадникове освятили колокол\n· Прошёл детский праздник в селе\n",
     "· В Кадникове освятили колокол", None),
    ("weekday_calendar",
     "Календарь недели\nПн — Память святых Ивановских мучеников\nВт — Собор Тульских святых\n",
     "Вт — Собор Тульских святых", None),
    # negative: a long sentence of the article opening with the same words is prose
    ("prose_opening_alike",
     "Ещё по теме доступной среды высказался глава района: по его словам, пандусы "
     "появятся у всех школ и поликлиник района до конца года.\n", None,
     "Ещё по теме доступной среды высказался глава района: по его словам, пандусы "
     "появятся у всех школ и поликлиник района до конца года."),
])


@pytest.mark.parametrize("tail,masked,kept", LISTS)
def test_reg45_lists_of_other_pages(tail: str, masked: str | None, kept: str | None) -> None:
    lines = _masked_lines(BODY + tail + TRAILER)
    if masked is not None:
        assert masked in lines
    if kept is not None:
        assert kept not in lines


# (id, text, region codes that must be found, codes that must be absent)
REGION_ROWS = probes.named_rows([
    ("abbreviation_resolved_by_a_town",
     "Минтруд ЧР провёл выездной приём граждан в Гудермесе.", {"RU-CE"}, {"RU-CU"}),
    ("the_same_letters_another_republic",
     "Минтруд ЧР и администрация Новочебоксарска подписали план работы.", {"RU-CU"},
     {"RU-CE"}),
    ("ossetia_abbreviated", "Волонтёры РСО-А навестили ветеранов в больнице.", {"RU-SE"},
     set()),
    ("sakha_with_its_letter", "Минтруд РС(Я) провёл совещание с улусами.", {"RU-SA"}, set()),
    ("tyva_beside_its_capital", "Правительство РТ и мэрия Кызыла подписали план работы.",
     {"RU-TY"}, {"RU-TA"}),
    ("a_street_with_a_modifier",
     "Приём ведётся в офисе на ул. Малая Рязанская, 4, сообщили в администрации Тамбова.",
     {"RU-TAM"}, {"RU-RYA"}),
    # negatives: no other name decides; a foreign state the letters stand for; a police unit
    ("no_hint_no_subject", "Глава ЧР провёл совещание с министрами.", set(),
     {"RU-CE", "RU-CU"}),
    ("belarus_beside_minsk",
     "Делегация РБ из Минска посетила выставку и обсудила поставки техники.", set(),
     {"RU-BA", "RU-BU"}),
    ("police_unit", "ЛО МВД на транспорте предупредил пассажиров о мошенниках.", set(),
     {"RU-LEN"}),
    ("tatarstan_by_custom", "Минтруд РТ провёл приём граждан.", {"RU-TA"}, {"RU-TY"}),
])


@pytest.mark.slow
@pytest.mark.parametrize("text,present,absent", REGION_ROWS)
def test_reg45_region_rows(models, text: str, present: set[str], absent: set[str]) -> None:
    codes = {r.code for r in find_regions(models.analyse(text), models)}
    assert present <= codes, codes
    assert not codes & absent, codes


VK_PAGE = (ARTICLE + "❤ 52  💬 3\n\nКомментарии\n\nЗоя Белкина\nПоздравляем из Перми! У нас "
           "в Пермском крае такие пандусы уже у всех библиотек.\n3 мар в 10:14 · Ответить\n\n"
           "Павел Лукин\nМолодцы\n3 мар в 11:02 · Ответить\n")


@pytest.mark.slow
def test_reg45_region_named_only_in_a_thread_left_out(models) -> None:
    codes = {r.code for r in extract(VK_PAGE, "t.txt", models).regions}
    assert "RU-VLG" in codes
    assert "RU-PER" not in codes, codes


def test_examples_quote_no_dev_text() -> None:
    probes.check_rules_invented(__file__, merge=("_reply_stamped",),
                                          regions=("ambiguous_abbreviations_resolved",
                                                   "_qualified_abbreviations",
                                                   "_ambiguous_abbreviations",
                                                   "_after_street_modifier"))
