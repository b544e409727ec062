"""dates70 (round 70 of issue 9, branch dates70): the day of a signing the page dates
elsewhere in its story, where the blind rounds took the page's day for it.

- a story whose lead dates the occasion it tells (a visit, a trip, a meeting, a collegium, a
  forum, a fair) dates each signing told at that occasion later in it ("в ходе визита",
  "там же", the occasion told held just before) with no time of its own, no other day told
  between (``agreement_dates.story_day_of_later_signing``, ``_lead_tells_occasion``,
  ``_told_at_occasion``, ``_story_time_aside``);
- the signatures or "the document" told signed on a day a few sentences after the signing's
  own sentence, past sentences of the agreement's content, date it
  (``agreement_dates.signatures_told_later``).

Every probe is written here, in words of its own. On b70dev (``git archive b70dev src``)
the rows marked "fails on b70dev" give no date from the text (the page's day stands in), and
the docstring check fails at the import; the guards hold on both."""

from __future__ import annotations

import probes
import pytest

# (id, the page's day, the page, the date of its first signed record: None when only the
# page's day stands in)
STORY = [
    # held on b70dev too (the trip's outcome read by an older pass)
    ("trip_friday",
     "2025-03-17",
     "Губернатор побывал в Заречном районе\n\nВ минувшую пятницу губернатор Зетской "
     "области посетил Заречный район. Он осмотрел новую поликлинику и встретился с "
     "жителями.\n\nВ районной библиотеке прошла встреча с многодетными семьями. "
     "Обсуждали ремонт дорог и школьные автобусы.\n\nПо итогам поездки минсоцзащиты "
     "Зетской области и фонд «Светлый дом» подписали соглашение о помощи одиноким "
     "пенсионерам.",
     "2025-03-14"),
    # fails on b70dev: None (the page's day stands in)
    ("collegium_day",
     "2025-03-17",
     "Итоги года подвели на коллегии\n\n12 марта в Зетске состоялось заседание "
     "коллегии областного комитета соцзащиты. С докладом выступил председатель "
     "комитета.\n\nОн рассказал о выплатах семьям и о работе центров занятости.\n\nВ "
     "завершение заседания комитет соцзащиты Зетской области и зетское отделение "
     "Союза пенсионеров заключили соглашение о партнёрстве.",
     "2025-03-12"),
    # fails on b70dev: None (the page's day stands in)
    ("delegation_yesterday",
     "2025-03-17",
     "Зетские специалисты изучили опыт соседей\n\nВчера делегация минтруда Зетской "
     "области побывала в Игрекске. Гости познакомились с работой центра "
     "долговременного ухода.\n\nПрограмма визита включала посещение двух "
     "пансионатов.\n\nВ ходе визита меморандум о партнёрстве в уходе за пожилыми "
     "подписали зетский министр труда и игрекский директор департамента "
     "соцразвития.",
     "2025-03-16"),
    # fails on b70dev: None (the page's day stands in)
    ("forum_thursday",
     "2025-03-17",
     "Форум «Вместе» собрал НКО республики\n\nВ четверг в Зетске завершился "
     "республиканский форум «Вместе». В работе форума приняли участие около 400 "
     "человек.\n\nНа пленарной сессии выступили представители некоммерческих "
     "организаций.\n\nНа форуме зетский минтруд и благотворительный фонд «Доброе "
     "сердце» подписали договор о поддержке семей ветеранов.",
     "2025-03-13"),
    # fails on b70dev: None (the page's day stands in)
    ("meeting_date",
     "2025-03-17",
     "В Зетске обсудили трудоустройство инвалидов\n\n14 марта в правительстве "
     "Зетской области прошла рабочая встреча руководителей ведомств. Обсуждались "
     "вопросы занятости людей с инвалидностью.\n\nМинистр рассказал о квотах рабочих "
     "мест.\n\nПо итогам встречи зетский департамент соцполитики и городской центр "
     "занятости заключили соглашение о взаимодействии.",
     "2025-03-14"),
    # fails on b70dev: None (the page's day stands in)
    ("reception_passive",
     "2025-03-17",
     "Министр провела приём в Игрекске\n\nПозавчера зетский министр соцполитики "
     "провела выездной приём граждан в Игрекске. К ней обратились более тридцати "
     "человек.\n\nБольшинство вопросов касалось выплат.\n\nТам же был подписан договор "
     "о партнёрстве между зетским минсоцполитики и игрекской городской "
     "организацией ВОИ.",
     "2025-03-15"),
    # fails on b70dev: None (the page's day stands in)
    ("fair_sealed",
     "2025-03-17",
     "Работу предложили полсотни предприятий\n\nВ среду, 12 марта, в Зетске прошла "
     "ярмарка вакансий. Работу предложили более 50 предприятий.\n\nЯрмарку посетили "
     "около трёхсот соискателей.\n\nНа ярмарке зетский минтруд и АО «Зетский "
     "агрегатный завод» скрепили подписями соглашение о трудоустройстве инвалидов.",
     "2025-03-12"),
    # fails on b70dev: None (the page's day stands in)
    ("council_also",
     "2025-03-17",
     "Совет обсудил доступную среду\n\n11 марта в Зетске состоялось заседание совета "
     "по делам инвалидов при губернаторе. Участники обсудили доступность городской "
     "среды.\n\nВ 2024 году в области адаптировали 120 объектов.\n\nНа заседании также "
     "зетский минтруд подписал соглашение с областной организацией общества "
     "слепых.",
     "2025-03-11"),
    # guard: a programme launched on a day tells no occasion
    ("programme_started",
     "2025-03-17",
     "Новые выплаты для семей\n\n1 марта в Зетской области стартовала программа "
     "поддержки многодетных семей. Её оператором стал областной центр выплат.\n\nОна "
     "рассчитана на три года.\n\nЗетский департамент соцзащиты и фонд «Родник» "
     "подписали соглашение о партнёрстве.",
     None),
    # guard: a signing not told at the occasion keeps the page's day
    ("bare_signing",
     "2025-03-17",
     "Губернатор побывал в Заречном районе\n\nВ минувшую пятницу губернатор Зетской "
     "области посетил Заречный район. Он осмотрел новую поликлинику.\n\nОн пообещал "
     "отремонтировать дорогу к селу.\n\nМинсоцзащиты Зетской области и фонд «Светлый "
     "дом» подписали соглашение о помощи одиноким пенсионерам.",
     None),
    # guard: a day told between the lead and the signing ends the story
    ("other_day_between",
     "2025-03-17",
     "Губернатор побывал в Заречном районе\n\nВ минувшую пятницу губернатор Зетской "
     "области посетил Заречный район. Он осмотрел новую поликлинику.\n\nВ "
     "понедельник по итогам поездки минсоцзащиты Зетской области и фонд «Светлый "
     "дом» подписали соглашение о помощи одиноким пенсионерам.",
     "2025-03-17"),
]

SIGNATURES = [
    # fails on b70dev: None (the page's day stands in)
    ("yesterday_put",
     "2025-03-17",
     "Зетский хлебозавод остаётся партнёром соцзащиты\n\nЗЕТСК. Областное "
     "министерство соцзащиты и ООО «Зетский хлеб» подписали соглашение о продлении "
     "партнёрства в сфере занятости. Новый документ на три года продлил действие "
     "договора, который стороны заключили в 2022 году.\n\nВчера подписи под ним "
     "поставили министр Татьяна Быкова и директор хлебозавода Олег Ринчинов.",
     "2025-03-16"),
    # fails on b70dev: None (the page's day stands in)
    ("friday_signed_document",
     "2025-03-17",
     "Фонд и министерство договорились\n\nЗетский минтруд и фонд «Надежда» заключили "
     "соглашение о поддержке родителей особых детей. Срок его действия — три "
     "года.\n\nОно предусматривает обучение родителей и летний отдых "
     "детей.\n\nДокумент в пятницу подписали министр и председатель правления фонда.",
     "2025-03-14"),
    # held on b70dev too (the next sentence)
    ("date_put",
     "2025-03-17",
     "Соцзащита и университет будут готовить кадры\n\nЗетское министерство "
     "соцполитики и Зетский университет заключили соглашение о целевой подготовке "
     "социальных работников. Студенты пройдут практику в центрах "
     "обслуживания.\n\nСвои подписи под соглашением 12 марта поставили министр и "
     "ректор университета.",
     "2025-03-12"),
    # fails on b70dev: None (the page's day stands in)
    ("day_before_yesterday_signed",
     "2025-03-17",
     "Ведомства объединили усилия\n\nЗетский департамент соцзащиты и областное "
     "отделение Соцфонда подписали соглашение об информационном обмене. Это "
     "позволит ускорить назначение выплат.\n\nКак пояснили в департаменте, обмен "
     "данными начнётся в апреле.\n\nДокумент был подписан позавчера в Зетске.",
     "2025-03-15"),
    # fails on b70dev: None (the page's day stands in)
    ("signing_held_date",
     "2025-03-17",
     "Учреждения Зетска будут работать вместе\n\nЗетский центр социальных услуг и "
     "Зетский университет заключили соглашение о стажировках студентов. "
     "Студенты-психологи будут помогать пожилым людям.\n\nВ университете уточнили, "
     "что практика продлится два месяца.\n\nПодписание состоялось 10 марта в Зетске.",
     "2025-03-10"),
    # fails on b70dev: None (the page's day stands in)
    ("sealed_eve",
     "2025-03-17",
     "Соцзащита и ветераны: новый этап\n\nЗетское управление соцзащиты и совет "
     "ветеранов области подписали соглашение о взаимодействии. Им предусмотрены "
     "совместные акции и консультации.\n\nДокумент скрепили подписями накануне "
     "начальник управления и председатель совета.",
     "2025-03-16"),
    # held on b70dev too (the next sentence)
    ("paper_signed_monday_passive",
     "2025-03-19",
     "Зетские волонтёры помогут соцзащите\n\nЗетский комитет соцзащиты и АНО «Добрые "
     "соседи» заключили соглашение о помощи маломобильным гражданам. Волонтёры "
     "станут привозить им еду и лекарства.\n\nКак сообщили в комитете, документ был "
     "подписан в понедельник.",
     "2025-03-17"),
]

# (id, the page's day, the page, a date its first signed record must not take)
SIGNATURE_GUARDS = [
    # guard: the signatures' sentence is the second signing's
    ("second_signing_between",
     "2025-03-17",
     "Два соглашения в один день\n\nДепартамент соцзащиты Зетской области и "
     "благотворительный фонд «Поддержка» подписали соглашение о помощи семьям. Ещё "
     "одно соглашение департамент заключил с Зетским медицинским "
     "колледжем.\n\nПодписи под документом с колледжем вчера поставили начальник "
     "департамента и директор колледжа.",
     "2025-03-16"),
    # guard: signatures to come date nothing
    ("signatures_to_come",
     "2025-03-17",
     "Фонд и министерство договорились\n\nЗетское министерство соцразвития и фонд "
     "«Ночлежка» подписали договор о совместной работе с людьми без жилья. Фонд "
     "откроет пункт обогрева.\n\nПодписи под расширенной версией документа поставят "
     "в пятницу.",
     "2025-03-21"),
]


def _signed_dates(models, text: str, published: str) -> list[str | None]:
    return [d for st, d in probes.status_dates(models, text, published) if st == "signed"]


@pytest.mark.parametrize(("published", "text", "expected"),
                         probes.named_rows(STORY + SIGNATURES))
def test_signed_date(models, published: str, text: str, expected: str | None) -> None:
    got = _signed_dates(models, text, published)
    assert got and got[0] == expected, got


@pytest.mark.parametrize(("published", "text", "wrong"), probes.named_rows(SIGNATURE_GUARDS))
def test_signature_guards(models, published: str, text: str, wrong: str) -> None:
    got = _signed_dates(models, text, published)
    assert got and got[0] != wrong, got


# (id, a lead sentence, whether it tells an occasion held or a visit made)
LEADS = [
    ("visit", "В минувшую среду министр посетил дом-интернат в Кимрах.", True),
    ("meeting_held", "Во вторник в мэрии прошло совещание по вопросам опеки.", True),
    # guard: a launch is no occasion
    ("launch", "В понедельник в крае заработала горячая линия для пенсионеров.", False),
    # guard: a signing is told by its own sentence
    ("signing", "В пятницу министр посетил центр и подписал соглашение с фондом.", False),
    # guard: a plan
    ("plan", "В четверг губернатор планирует посетить Кимры.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), probes.named_rows(LEADS))
def test_lead_tells_occasion(models, sentence: str, expected: bool) -> None:
    from soccoop.extract.agreement_dates import _lead_tells_occasion

    assert _lead_tells_occasion(probes.first_sentence(models, sentence).tokens) is expected


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, [
        ("agreement_dates", "story_day_of_later_signing"),
        ("agreement_dates", "_lead_tells_occasion"),
        ("agreement_dates", "_story_time_aside"),
        ("agreement_dates", "_told_at_occasion"),
        ("agreement_dates", "signatures_told_later"),
    ])
