"""A shape matrix of agreement status (statgram): probe texts written for this table, each
one grammatical shape of telling an agreement, with the statuses extraction should give.

Every row is (id, text, expected statuses in the record's order: signed, then planned, then
mentioned, each in text order). The texts are published on ``PUB``. Conventions followed
(README "Agreement records"): ``signed`` the text reports a signing (an extension is a
signing), ``planned`` to be signed, drafted or discussed, ``mentioned`` an earlier or
unsigned agreement referred to; mentions of one agreement merge to the strongest status.
Rows whose shape no pass reads yet are in ``XFAIL`` with the reason.
"""

from __future__ import annotations

PUB = "2025-06-10"  # a Tuesday

# sides, in the cases the shapes need
KUR = "Министерство социальной защиты Курской области"
BEL = "министерство социальной политики Белгородской области"
BEL_INS = "министерством социальной политики Белгородской области"
PAIR = "между Курской и Белгородской областями"
PERM = "Пермский край"
UDM = "Удмуртия"
OMSK_TOMSK = "между правительствами Омской и Томской областей"

SHAPES: list[tuple[str, str, list[str]]] = [
    # --- tense and aspect of the signing verb ------------------------------------------
    ("past_perfective", f"{KUR} и {BEL} подписали соглашение о сотрудничестве.", ["signed"]),
    ("present_imperfective_report",
     f"Сегодня {KUR} и {BEL} подписывают соглашение о сотрудничестве.", ["signed"]),
    ("future_perfective", f"{KUR} и {BEL} подпишут соглашение о сотрудничестве.",
     ["planned"]),
    ("future_passive", f"Соглашение о сотрудничестве {PAIR} будет подписано.", ["planned"]),
    ("past_passive_analytic", f"Соглашение о сотрудничестве {PAIR} было подписано вчера.",
     ["signed"]),
    ("short_participle", f"Соглашение о сотрудничестве {PAIR} подписано.", ["signed"]),
    ("future_imperfective_analytic",
     f"{KUR} и {BEL} будут подписывать соглашение о сотрудничестве.", ["planned"]),
    ("past_conclude", f"{PERM} и {UDM} заключили договор о взаимодействии в сфере опеки.",
     ["signed"]),
    ("future_conclude", f"{PERM} и {UDM} заключат договор о взаимодействии в сфере опеки.",
     ["planned"]),
    # --- modality and intention --------------------------------------------------------
    ("planned_impersonal",
     f"Подписать соглашение о сотрудничестве {PAIR} планируется осенью.", ["planned"]),
    ("intend_adjective",
     f"{KUR} и {BEL} намерены заключить соглашение о сотрудничестве.", ["planned"]),
    ("supposed_impersonal",
     f"Предполагается, что соглашение о сотрудничестве {PAIR} подпишут весной.",
     ["planned"]),
    ("ready_to_sign",
     f"{KUR} и {BEL} готовы подписать соглашение о сотрудничестве.", ["planned"]),
    ("can_sign", f"{KUR} и {BEL} могут подписать соглашение о сотрудничестве.", ["planned"]),
    ("want_first_person",
     f"«Мы хотим заключить с {BEL_INS} соглашение о сотрудничестве», — сказал министр "
     "социальной защиты Курской области.", ["planned"]),
    ("agreed_to_prepare",
     f"{KUR} и {BEL} договорились подготовить соглашение о сотрудничестве.", ["planned"]),
    ("agreed_to_conclude",
     f"{KUR} и {BEL} договорились заключить соглашение о сотрудничестве.", ["planned"]),
    ("instructed_to_prepare",
     f"Губернатор поручил подготовить соглашение о сотрудничестве {PAIR}.", ["planned"]),
    ("aim_of_visit",
     f"Целью визита станет подписание соглашения о сотрудничестве {PAIR}.", ["planned"]),
    ("discussed_possibility",
     f"{KUR} и {BEL} обсудили возможность заключения соглашения о сотрудничестве.",
     ["planned"]),
    ("decided_to_sign",
     f"{KUR} и {BEL} решили заключить соглашение о сотрудничестве.", ["planned"]),
    # --- the noun's state ------------------------------------------------------------
    ("draft_noun", f"Разработан проект соглашения о сотрудничестве {PAIR}.", ["planned"]),
    ("prepared_for_signing",
     f"Соглашение о сотрудничестве {PAIR} готовится к подписанию.", ["planned"]),
    ("sent_for_approval",
     f"Соглашение о сотрудничестве {PAIR} направлено на согласование.", ["planned"]),
    ("under_approval",
     f"Соглашение о сотрудничестве {PAIR} находится на согласовании.", ["planned"]),
    ("agreed_text",
     f"Текст соглашения о сотрудничестве {PAIR} согласован сторонами.", ["planned"]),
    ("approved_text",
     f"Правительство одобрило проект соглашения о сотрудничестве {PAIR}.", ["planned"]),
    # --- time ---------------------------------------------------------------------------
    ("soon", f"В ближайшее время {KUR} и {BEL} подпишут соглашение о сотрудничестве.",
     ["planned"]),
    ("by_year_end",
     f"Соглашение о сотрудничестве {PAIR} планируют подписать до конца года.", ["planned"]),
    ("next_month",
     f"Соглашение о сотрудничестве {PAIR} подпишут в следующем месяце.", ["planned"]),
    ("at_forum",
     f"Подписание соглашения о сотрудничестве {PAIR} намечено на форуме в сентябре.",
     ["planned"]),
    # --- negation and delay ---------------------------------------------------------------
    ("not_yet_signed", f"Соглашение о сотрудничестве {PAIR} пока не подписано.", ["planned"]),
    ("signing_postponed",
     f"Подписание соглашения о сотрудничестве {PAIR} перенесли на осень.", ["planned"]),
    ("never_concluded",
     f"{KUR} и {BEL} так и не заключили соглашение о сотрудничестве.", ["mentioned"]),
    ("refused",
     f"{KUR} отказалось подписывать соглашение о сотрудничестве с {BEL_INS}.",
     ["mentioned"]),
    # --- background -----------------------------------------------------------------------
    ("within_framework_dated",
     f"В рамках соглашения {PAIR}, подписанного в 2021 году, дети отдыхают в лагерях.",
     ["mentioned"]),
    ("in_force_verb",
     "Между Новгородской областью и Псковской областью действует "
     "соглашение о социальном сотрудничестве.", ["mentioned"]),
    ("according_to",
     f"Согласно соглашению {PAIR} семьи получают помощь в обоих регионах.", ["mentioned"]),
    ("by_agreement",
     f"По соглашению {PAIR} ветераны проходят реабилитацию в санаториях.", ["mentioned"]),
    ("in_accordance",
     f"В соответствии с соглашением {PAIR} открыт пункт приёма беженцев.", ["mentioned"]),
    ("on_the_basis",
     f"На основании соглашения {PAIR} специалисты обмениваются опытом.", ["mentioned"]),
    ("concluded_earlier",
     f"Соглашение о сотрудничестве {PAIR} было заключено ранее, в 2019 году.",
     ["mentioned"]),
    ("continue_cooperation",
     f"{KUR} и {BEL} продолжают сотрудничество по соглашению 2020 года.", ["mentioned"]),
    ("extended",
     f"{KUR} и {BEL} продлили соглашение о сотрудничестве до 2030 года.", ["signed"]),
    ("prolonged",
     f"{KUR} и {BEL} пролонгировали соглашение о сотрудничестве.", ["signed"]),
    ("implementing",
     f"{KUR} и {BEL} обсудили выполнение соглашения о сотрудничестве.", ["mentioned"]),
    # --- anniversaries ------------------------------------------------------------------------
    ("anniversary_years",
     f"Исполнилось пять лет соглашению о сотрудничестве {PAIR}.", ["mentioned"]),
    ("anniversary_noun",
     f"{KUR} и {BEL} отметили годовщину соглашения о сотрудничестве.", ["mentioned"]),
    # --- participles and relative clauses --------------------------------------------------
    ("relative_past_year",
     f"Соглашение {PAIR}, которое стороны подписали в прошлом году, помогает семьям "
     "участников СВО.", ["mentioned"]),
    ("participle_old",
     f"Соглашение {PAIR}, подписанное в 2022 году, помогает семьям участников СВО.",
     ["mentioned"]),
    ("participle_yesterday",
     f"Соглашение {PAIR}, подписанное вчера, вступит в силу с 1 июля.", ["signed"]),
    ("relative_future",
     f"Соглашение {PAIR}, которое стороны подпишут в июле, коснётся ухода за пожилыми.",
     ["planned"]),
    # --- headlines without verbs --------------------------------------------------------------
    ("headline_colon",
     f"Соглашение о сотрудничестве: {PERM} и {UDM}\n\n"
     f"{PERM} и {UDM} подписали соглашение о сотрудничестве в сфере соцзащиты.",
     ["signed"]),
    ("headline_colon_plan",
     f"Соглашение о сотрудничестве: {PERM} и {UDM}\n\n"
     f"{PERM} и {UDM} подпишут соглашение о сотрудничестве в сфере соцзащиты в июле.",
     ["planned"]),
    # --- two agreements of different status ------------------------------------------------------
    ("signed_and_roadmap",
     f"{KUR} и {BEL} подписали соглашение о сотрудничестве и договорились до конца года "
     "заключить меморандум о поддержке ветеранов.", ["signed", "planned"]),
    ("signed_new_under_old",
     f"{KUR} и {BEL} подписали дополнительное соглашение к соглашению 2019 года.",
     ["signed", "mentioned"]),
    # --- first person and interviews ----------------------------------------------------------
    ("first_person_plan",
     "«Соглашение с Белгородской областью мы "
     "планируем подписать в сентябре», — сообщил министр социальной защиты Курской области.",
     ["planned"]),
    ("first_person_past",
     f"«В мае мы подписали соглашение с {BEL_INS}», — рассказал министр социальной "
     "защиты Курской области.", ["signed"]),
    # --- more verb forms and periphrases (second batch) -----------------------------------
    ("signing_took_place",
     f"В Курске состоялось подписание соглашения о сотрудничестве {PAIR}.", ["signed"]),
    ("signing_will_take_place",
     f"Подписание соглашения о сотрудничестве {PAIR} состоится в пятницу.", ["planned"]),
    ("put_signatures",
     f"Министры поставили подписи под соглашением о сотрудничестве {PAIR}.", ["signed"]),
    ("will_put_signatures",
     f"Министры поставят подписи под соглашением о сотрудничестве {PAIR} в июле.",
     ["planned"]),
    ("must_be_signed",
     f"Соглашение о сотрудничестве {PAIR} должно быть подписано до конца лета.",
     ["planned"]),
    ("may_be_signed",
     f"Соглашение о сотрудничестве {PAIR} может быть подписано уже осенью.", ["planned"]),
    ("count_on_signing",
     f"{KUR} и {BEL} рассчитывают подписать соглашение о сотрудничестве летом.",
     ["planned"]),
    ("expressed_readiness",
     f"{KUR} и {BEL} выразили готовность заключить соглашение о сотрудничестве.",
     ["planned"]),
    ("plans_noun_phrase",
     f"В планах сторон — подписание соглашения о сотрудничестве {PAIR}.", ["planned"]),
    ("prepared_draft_past",
     f"{KUR} и {BEL} подготовили проект соглашения о сотрудничестве.", ["planned"]),
    ("in_force_since",
     f"Соглашение о сотрудничестве {PAIR} вступило в силу в 2020 году.", ["mentioned"]),
    ("signed_earlier_year",
     f"Ещё в 2019 году {KUR} и {BEL} заключили соглашение о сотрудничестве.",
     ["mentioned"]),
    ("expired",
     f"Срок действия соглашения о сотрудничестве {PAIR} истёк.", ["mentioned"]),
    ("will_enter_into_force_after",
     f"Соглашение о сотрудничестве {PAIR} вступит в силу после подписания.", ["planned"]),
    ("conditional_would_sign",
     f"{KUR} и {BEL} подписали бы соглашение о сотрудничестве, если бы нашлось "
     "финансирование.", ["planned"]),
    ("conditional_wish",
     f"{KUR} и {BEL} хотели бы подписать соглашение о сотрудничестве.", ["planned"]),
    ("agreed_and_signed",
     f"Стороны согласовали и подписали соглашение о сотрудничестве {PAIR}.", ["signed"]),
    ("discussed_and_signed",
     f"Министры обсудили и подписали соглашение о сотрудничестве {PAIR}.", ["signed"]),
    ("agreed_passive_and_signed",
     f"Соглашение о сотрудничестве {PAIR} согласовано и подписано.", ["signed"]),
    ("signed_today_passive_word_order",
     f"Подписано соглашение о сотрудничестве {PAIR}.", ["signed"]),
    ("gerund_after_signing",
     f"Подписав соглашение о сотрудничестве, {KUR} и {BEL} обменялись опытом.",
     ["signed"]),
    ("headline_present_body_future",
     f"{PERM} и {UDM} подписывают соглашение о сотрудничестве\n\n"
     f"{PERM} и {UDM} подпишут соглашение о сотрудничестве в сфере соцзащиты в пятницу.",
     ["planned"]),
    # --- shapes the dev rounds 17-19 showed that the first batches lacked (own words) ----------
    ("compound_past_and_draft",
     "В прошлом году Курская область уже заключила соглашение с Орловской областью, а сейчас "
     "специалисты готовят проект соглашения с Белгородской областью.",
     ["mentioned", "planned"]),
    ("means_relative_past",
     "Мы уже направили на отдых 40 детей по соглашению, которое в прошлом году подписали с "
     "министерством социальной политики Белгородской области, — сообщил министр социальной "
     "защиты Курской области.", ["mentioned"]),
    ("ordinal_then_signed",
     "Второе соглашение связало Курскую область с Белгородской областью. Документ подписали "
     "министры социальной защиты двух регионов.", ["signed"]),
    ("headline_exclaim",
     f"Подписали соглашение с белгородскими коллегами!\n\n{KUR} и {BEL} подписали "
     "соглашение о сотрудничестве.", ["signed"]),
    ("reminder_in_force",
     f"{KUR} и {BEL} обменялись опытом. Напомним, между правительствами Курской и "
     "Белгородской областей действует соглашение о сотрудничестве.", ["mentioned"]),
    ("pronoun_ready_to_sign",
     f"Проект соглашения {PAIR} уже направлен коллегам. «В ноябре мы готовы его подписать», "
     "— сказал министр.", ["planned"]),
    ("signatures_put_passive_order",
     f"Подписи под соглашением {PAIR} поставили министры двух регионов.", ["signed"]),
    ("next_step_with_pronoun",
     f"Следующим шагом станет соглашение {PAIR}: его планируется подписать до конца года.",
     ["planned"]),
    # --- third batch: drafting and goals (found by probing, own words) -----------------------
    ("still_to_agree",
     f"Соглашение о сотрудничестве {PAIR} ещё предстоит согласовать.", ["planned"]),
    ("text_to_discuss",
     f"Текст соглашения о сотрудничестве {PAIR} предстоит обсудить на коллегии.",
     ["planned"]),
    ("to_be_fulfilled",
     f"Соглашение о сотрудничестве {PAIR} предстоит выполнить до конца года.",
     ["mentioned"]),
    ("moving_towards_signing",
     f"Стороны приблизились к подписанию соглашения о сотрудничестве {PAIR}.", ["planned"]),
    ("ready_for_signing",
     f"Соглашение о сотрудничестве {PAIR} готово к подписанию.", ["planned"]),
    ("started_signing",
     f"Стороны приступили к подписанию соглашения о сотрудничестве {PAIR}.", ["signed"]),
    # --- several sentences: a mention's status inside its document --------------------------
    ("signed_then_similar_earlier",
     "Курская и Белгородская области подписали соглашение о сотрудничестве. Ранее, в 2020 "
     "году, Курская область заключила аналогичное соглашение с Орловской областью.",
     ["signed", "mentioned"]),
    ("signed_then_similar_planned",
     "Курская и Белгородская области подписали соглашение о сотрудничестве. В будущем "
     "Курская область планирует заключить аналогичное соглашение с Орловской областью.",
     ["signed", "planned"]),
    ("signed_then_in_force_after_signing",
     "Курская и Белгородская области подписали соглашение о сотрудничестве. Соглашение "
     "вступит в силу после подписания губернаторами.", ["signed"]),
    ("visit_old_and_new",
     f"Губернатор Курской области посетил Белгород. Стороны обсудили ход реализации "
     f"соглашения о сотрудничестве {PAIR}, подписанного в 2021 году, и договорились "
     "подготовить новое соглашение о трудовой мобильности.", ["mentioned", "planned"]),
    ("signed_then_was_ready",
     "Курская и Белгородская области подписали соглашение о сотрудничестве. Соглашение было "
     "готово к подписанию ещё весной.", ["signed"]),
    ("signed_then_long_way",
     "Курская и Белгородская области подписали соглашение о сотрудничестве. Стороны долго "
     "шли к подписанию соглашения.", ["signed"]),
    # --- statB: shapes of the causes that recur across the rounds ---------------------------
    ("relative_past_year_under_possible",
     f"Обмен опытом стал возможным благодаря соглашению о сотрудничестве {PAIR}, которое "
     "министры подписали ещё в 2022 году.", ["mentioned"]),
    ("relative_last_autumn_in_frame",
     f"Работа продолжится в рамках договора о взаимодействии {OMSK_TOMSK}, который "
     "стороны заключили осенью прошлого года.", ["mentioned"]),
    ("cause_participle_past_year",
     f"Лечение ветеранов стало возможно благодаря соглашению {PAIR}, подписанному в "
     "прошлом году.", ["mentioned"]),
    ("cause_bare_agreement",
     f"Благодаря соглашению с {BEL_INS} удалось открыть новые маршруты.", ["mentioned"]),
    ("signed_under_reflexive",
     f"Под соглашением о сотрудничестве {PAIR} подписались оба министра.", ["signed"]),
    ("sealed_will_be",
     f"Соглашение о сотрудничестве {PAIR} будет скреплено подписями министров в июле.",
     ["planned"]),
    # --- negatives: no agreement --------------------------------------------------------------
    ("agree_with_opinion",
     "Специалисты Курской и Белгородской областей соглашаются с мнением экспертов.", []),
    ("consent_to_data", "Для записи нужно дать согласие на обработку персональных данных "
     "в министерстве социальной защиты Курской области.", []),
    ("lease_of_person", "Жительница Курска заключила договор найма квартиры у соседа.", []),
    ("agreement_verb_colloquial",
     "Жители Курской области и Белгородской области договорились встретиться летом.", []),
]

# Rows left failing, with the reason (id → reason).
# statB: "agreed_and_signed" and "agreed_passive_and_signed" pass since the window's plan
# words skip a verb coordinated with a signing done and STATUS_PASSES lists signed_alongside
XFAIL: dict[str, str] = {}
