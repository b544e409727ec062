"""page49: page-level fields on crowded pages, in our own words.

- published._AGENCY_STAMP: an agency's quoted name, a dash and the page's date may close
  with the site's section after another dash or bar ("ИА «Энск-Пресс» — 4 марта 2025, 11:15
  — Общество"); before, the section made the date no date alone and the page had none.
- published.crumb_issue (read by ``_issue_date``): a breadcrumb one part of which is a
  newspaper's issue ("Архив номеров → № 9 (4321) от 6 июня 2025 г. → Полоса 4") dates the
  page by that issue.
- regions.hashtag_regions: a post's hashtag row, hidden by the boilerplate masking, names the
  subjects its tags name by name or alias ("#Кубань", "#Нижегородскаяобласть").
- regions.imprint_regions: a page whose body, header, copyright and hashtags name no subject
  takes the one its footer's imprint line names ("ОГРН ... Тверская область, г. ..., ул.
  ...").
Every probe is written here, in words of its own.
"""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.published import find_published

# --- publication dates ----------------------------------------------------------------------

PUB_ROWS = probes.named_rows([
    # positives: the first and the third None on b49dev (the second and the fourth, other
    # separators, were read there by other passes and stay read)
    ("agency_stamp_then_section",
     "ИА «Энск-Пресс» — 4 марта 2025, 11:15 — Общество\n\n"
     "Зетский фонд и областной центр занятости договорились вместе помогать ветеранам.\n\n"
     "Договор рассчитан на три года.\n", "2025-03-04"),
    ("agency_stamp_then_section_after_bar",
     "РИА «Зетск» | 12.11.2024, 09:05 | Регион\n\n"
     "Волонтёры Зетска будут навещать одиноких стариков каждую неделю.\n\n"
     "Об этом сообщили в управлении соцзащиты.\n", "2024-11-12"),
    ("breadcrumb_issue",
     "ВЕСТИ ЗЕТСКА — газета Зетского района\nГлавная | Новости | Архив номеров\n\n"
     "Архив номеров → № 9 (4321) от 6 июня 2025 г. → Полоса 4 «Люди района»\n\n"
     "ДОБРОЕ СОСЕДСТВО\n\n"
     "Районный центр соцобслуживания и фермерское хозяйство «Колос» заключили договор о "
     "поставке овощей для одиноких пенсионеров. Договор подписан в среду.\n", "2025-06-06"),
    ("breadcrumb_issue_with_small_arrows",
     "Главная › Номер № 15 (2210) от 11 апреля 2024 г. › Общество\n\n"
     "В районе появится служба сиделок для тех, кто живёт один.\n\n"
     "Её откроет местная общественная организация при поддержке администрации.\n",
     "2024-04-11"),
    # guards: a decree's number in a breadcrumb; a headline after the agency's date
    ("breadcrumb_decree_number",
     "Главная → Документы → Постановление № 12 от 5 марта 2025 г. → Приложение\n\n"
     "Порядок предоставления выплат семьям бойцов, вернувшихся со службы, "
     "утверждён заново.\n\nПодробности — в приложении к документу.\n", None),
    ("agency_stamp_then_headline",
     "ИА «Энск-Пресс» — 4 марта 2025 — Губернатор края подписал указ о новых выплатах "
     "многодетным\n\nВыплаты начнутся летом.\n\nПодробности позже.\n", None),
])


@pytest.mark.parametrize(("text", "expected"), PUB_ROWS)
def test_page49_published(text: str, expected: str | None) -> None:
    assert find_published(text)[0] == expected


# --- regions of page furniture --------------------------------------------------------------

KUBAN = "Краснодарский край"

# (text, region names that must be found, names that must be absent)
REGION_ROWS = probes.named_rows([
    # positives, each failing on b49dev (the subject missed)
    ("hashtag_alias_under_a_post",
     "Совет ветеранов станицы\n@sovet_vet · 812 подписчиков\n\n"
     "Сегодня глава сельского поселения Ирина Котова и председатель совета ветеранов Павел "
     "Гущин подписали соглашение о помощи одиноким пенсионерам станицы.\n\n"
     "Волонтёры будут привозить продукты и лекарства.\n\n"
     "#доброе_дело #соцзащита #Кубань\n\n👁 310   ❤️ 24\n", {KUBAN}, set()),
    ("hashtag_name_run_together",
     "Центр «Опора» · канал\n\n"
     "Наш центр и районная больница договорились вместе возить маломобильных жителей на "
     "процедуры. Договор подписан сегодня.\n\n#Нижегородскаяобласть #доступнаясреда\n\n"
     "👁 95\n", {"Нижегородская область"}, set()),
    ("imprint_of_a_regionless_page",
     "АНО «Тёплый дом»\nО нас | Проекты | Новости | Контакты\n\nНовости\n\n"
     "Автобус для пожилых поедет по деревням округа\n\n"
     "Вчера глава округа Семён Рябов и директор АНО «Тёплый дом» Вера Логинова подписали "
     "соглашение о бесплатных поездках в поликлинику для пенсионеров.\n\n"
     "Машину с подъёмником дала администрация, водителей найдёт наша организация.\n\n"
     "Поделиться: ВК | ОК\n\nДругие новости:\n→ Как прошла ярмарка рукоделия\n"
     "→ Итоги сбора тёплых вещей\n\n"
     "АНО «Тёплый дом». ОГРН 1234567000000. Псковская область, г. Порхов, ул. Садовая, 3\n"
     "Мы в соцсетях: ВКонтакте | Одноклассники\n",
     {"Псковская область"}, set()),
    # guards: a town's tag; a tag of another subject where the body names its own (the tag
    # is kept: the golds list tagged subjects); an imprint under a page naming its subject;
    # a copyright line's address (a federal body's seat)
    ("hashtag_of_a_town_only",
     "Клуб «Серебряный возраст»\n\nКлуб и городская библиотека подписали договор о занятиях "
     "для пенсионеров.\n\n#Димитровград #серебряныйвозраст\n", set(), {"Ульяновская область"}),
    ("imprint_under_a_page_with_its_subject",
     "Фонд «Рука помощи»\n\nФонд и министерство социальной защиты Омской области подписали "
     "соглашение о помощи семьям.\n\nПоделиться: ВК | ОК\n\n"
     "Фонд «Рука помощи». ОГРН 1234567000001. 119002, г. Москва, ул. Арбат, 10\n",
     {"Омская область"}, {"Москва"}),
    ("copyright_address_of_a_seat",
     "Университет и районный центр соцобслуживания подписали договор о практике студентов.\n\n"
     "Поделиться: ВК | ОК\n\n"
     "© 2024 Энский университет. 123456, Тверская область, г. Тверь, ул. Лесная, 5\n",
     set(), {"Тверская область"}),
])


@pytest.mark.slow
@pytest.mark.parametrize(("text", "present", "absent"), REGION_ROWS)
def test_page49_region_rows(models, text: str, present: set[str], absent: set[str]) -> None:
    probes.check_regions(models, text, present, absent)


def test_examples_quote_no_dev_text() -> None:
    probes.check_rules_invented(__file__, published=("crumb_issue",),
                                          regions=("hashtag_words", "hashtag_regions",
                                                   "imprint_regions"))
