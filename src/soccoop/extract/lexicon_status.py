"""Words the status passes of status22 read (``extract.status``), kept apart from the rules."""

from __future__ import annotations

from soccoop.extract.lexicon import END_VERBS, EXTEND_VERBS, JOIN_VERBS, SCHEDULE_VERBS

# Verbs that tell the reader again what happened before: "министр напомнила, что ...",
# "Напомним, ...". A signing told under them is background, not the report's news.
REMINDER_VERBS = frozenset({"напомнить", "напоминать"})

# Verbs of an aside "как ..." that points back to earlier reports: "Как сообщалось, ...",
# "как мы писали", "как известно".
EARLIER_REPORT_VERBS = frozenset({"сообщаться", "сообщать", "писать", "известно",
                                  "известный", "рассказывать", "рассказать"})

# The conjunction that opens such an aside.
AS_WORDS = frozenset({"как"})

# Words of joining an agreement that exists: the verbs of ``lexicon.JOIN_VERBS`` and their
# nouns ("присоединение к соглашению", "подключение к договору").
JOIN_WORDS = JOIN_VERBS | frozenset({"присоединение", "подключение", "подключиться",
                                     "подключаться"})

# date76: the adjective that makes an agreement noun an addendum to another agreement
# ("дополнительное соглашение о присоединении"), which is never the agreement it adds to.
ADDENDUM_ADJECTIVES = frozenset({"дополнительный"})
# social60: a class, the documents an addendum is made to, under "к" (``ADDENDUM_TO``):
# "дополнительное соглашение к государственному контракту на ремонт моста" tells its topic
# by the contract's (``agreements.addendum_topic_lemmas``); the agreement nouns and the
# contracts of public works.
ADDENDUM_TO = frozenset({"к"})
SUPPLEMENTED_DOCUMENTS = frozenset({"соглашение", "договор", "контракт", "госконтракт",
                                    "меморандум"})
# fixagr56: verbs that amend, extend, revise or end an agreement already in force, and the
# demonstratives that point back at one: "стороны решили продлить соглашение", "стороны
# пересмотрят условия этого соглашения" are about the agreement just recalled
# (``agreement_sides.story_sides_past_recall``).
AMEND_VERBS = frozenset(EXTEND_VERBS | END_VERBS | {
    "пересмотреть", "пересматривать", "изменить", "изменять", "дополнить", "дополнять",
    "скорректировать", "корректировать", "актуализировать", "обновить", "обновлять"})
AGREEMENT_DEMONSTRATIVES = frozenset({"этот", "данный", "тот"})

# Nouns of a stage a draft is at ("находится в стадии разработки", "на этапе подготовки"),
# and the work the stage is of.
STAGE_NOUNS = frozenset({"стадия", "этап", "фаза"})
DRAFT_WORK_NOUNS = frozenset({"разработка", "подготовка", "согласование", "доработка",
                              "проработка", "обсуждение", "рассмотрение"})

# Nouns of hope or expectation over a signing: "выразил надежду на подписание соглашения",
# "договорённость о подписании".
AWAIT_NOUNS = frozenset({"надежда", "ожидание", "готовность", "договорённость",
                         "договоренность", "настрой"})

# statpool91: active verbs of awaiting whose object is the signing: "стороны ждут
# подписания соглашения", "участники ожидали подписания договора" (still to come).
AWAIT_VERBS = frozenset({"ожидать", "ждать", "дожидаться"})  # not "дождаться": done

# Verbs of working a text out: the agreement is a draft, whatever their tense ("дали поручение
# проработать соглашение", "соглашение доработали с учётом замечаний").
DRAFT_VERBS = frozenset({"проработать", "прорабатывать", "доработать", "дорабатывать",
                         "подготавливать", "составить", "составлять"})

# Nouns of the act a document is sent for ("направлено на подпись", "внесён на подписание").
SEND_FOR_NOUNS = frozenset({"подпись", "подписание"})

# The preposition of such a destination.
SEND_FOR_PREPOSITIONS = frozenset({"на"})

# The preposition of a partner named in a clause ("договорились с министерством",
# "соглашение с Тулой"): r17st.
WITH_PREPOSITIONS = frozenset({"с", "со"})

# Adjectives of a further document, not one told before ("дополнительное соглашение",
# "новый договор", "очередной меморандум"): r17st.
FURTHER_WORDS = frozenset({"дополнительный", "новый", "очередной", "следующий"})

# Nouns a later sentence uses for the agreement it just introduced ("документ подписали",
# "подписали соглашение"): r18fix.
SIGNED_DOCUMENT_NOUNS = frozenset({"документ", "соглашение", "меморандум", "договор"})

# status56: the noun that stands for an agreement named before as the object of a plan to
# sign it ("подписать документ стороны планируют в январе"); the agreement nouns themselves
# would be mentions of their own
PLANNED_DOCUMENT_NOUNS = frozenset({"документ"})

# Lemmas of the third-person pronoun that, as the object of a signing verb, stands for the
# document an item of a list just told ("... подписали его"): agrplan.
# volga155: the tagger keeps "её" (written with ё) as its own lemma; "ее" is "она"
DOCUMENT_PRONOUNS = frozenset({"он", "она", "оно", "её"})
# agr48: the forms of that pronoun that are singular whatever the tagger leaves out (it
# reads "его" as a determiner with no number: "его снова подписала министр")
# (``status.singular_pronoun``)
SINGULAR_PRONOUN_FORMS = frozenset({"его", "её", "ее"})

# How many following sentences of the paragraph may tell the signing of an ordinal
# agreement ("Второе соглашение связало ... . Документ подписали ..."): r18fix.
ORDINAL_SIGNING_REACH = 3
# status53: the relations the parser gives a noun told after a dash as what an ordinal
# document noun before it is ("Второй документ — соглашение между ..."): a class of
# relations, not of words.
DASH_ITEM_RELATIONS = frozenset({"parataxis", "appos"})

# hid95: the mark over a draft's text ("ПРОЕКТ", "(проект)"), and how many sentences above
# the preamble of "настоящее Соглашение" it may stand (its title and place line between)
DRAFT_MARKS = frozenset({"проект"})
DRAFT_MARK_REACH = 8

# --- statgram: status by grammatical shape -------------------------------------------------

# Particles of the conditional mood ("подписали бы", "если бы"): a signing told so is a
# possibility, no report of one.
CONDITIONAL_PARTICLES = frozenset({"бы", "б"})

# Verbs of agreeing on a text: the agreement is a draft whatever their tense ("текст
# соглашения согласован сторонами", "стороны согласовали проект договора"). stat89: so is
# initialling, which fixes the final text before the signing ("текст договора парафирован
# заместителями министров").
AGREED_TEXT_VERBS = frozenset({"согласовать", "парафировать"})

# Prepositions that make a signing noun a point in time its clause waits for ("вступит в
# силу после подписания").
AFTER_PREPOSITIONS = frozenset({"после"})
# statpool92: the preposition of a signing that bounds a state holding until it ("до
# подписания нового договора заявления принимают по старым правилам": still to come)
BEFORE_PREPOSITIONS = frozenset({"до"})

# Verbs of drafting work on a text, as the infinitive of a plan or need ("соглашение
# предстоит согласовать", "договор нужно доработать"): the agreement is a draft.
DRAFTING_VERBS = DRAFT_VERBS | AGREED_TEXT_VERBS | frozenset({
    "согласовывать", "подготовить", "готовить", "разработать", "разрабатывать", "обсудить",
    "обсуждать", "доработать", "дорабатывать"})

# The preposition of a goal ("приблизились к подписанию"), and verbs of starting an act that
# make such a goal the act itself ("приступили к подписанию").
GOAL_PREPOSITIONS = frozenset({"к", "ко"})
START_VERBS = frozenset({"приступить", "приступать", "перейти", "переходить"})

# statpool93: words of going out, which leave what they take "из" ("регион вышел из
# соглашения": a refusal) and reach what they take "на" in the accusative ("к маю хотят выйти
# на подписание договора": a signing still to come).
GO_OUT_WORDS = frozenset({"выйти", "выходить", "выход"})
LEAVE_PREPOSITIONS = frozenset({"из", "изо"})
REACH_PREPOSITIONS = frozenset({"на"})

# statpool94: verbs of having time for a deed; negated, the deed is not done but still to
# come ("подписать соглашение не успели": the signing waits, planned), unlike a failure
# ("не удалось", "не смогли": the agreement only referred to)
IN_TIME_VERBS = frozenset({"успеть", "успевать"})

# --- statB: status causes that recur across rounds ------------------------------------------

# Prepositions that make the agreement the cause of what the clause tells ("стало возможным
# благодаря соглашению"): a word of possibility there is no plan for the agreement.
CAUSE_PREPOSITIONS = frozenset({"благодаря"})

# Verbs of putting one's own signature under a document ("под соглашением подписались X и
# Y"), and the preposition of the document signed.
SIGN_ONESELF_VERBS = frozenset({"подписаться", "подписываться"})
# the perfective of them, whose non-past forms are future ("подпишутся"), and the endings of
# their past forms, read when the tagger misses the verb ("подписались" tagged as a noun)
SIGN_ONESELF_PERFECTIVE = frozenset({"подписаться"})
PAST_REFLEXIVE_ENDINGS = ("лся", "лась", "лось", "лись")
UNDER_PREPOSITIONS = frozenset({"под"})

# status56: verbs of signatures standing under a document, the state a signing leaves ("Под
# ним стоят подписи министра и ректора"), read in the present as in the past
SIGNATURE_STATE_VERBS = frozenset({"стоять"})

# The noun of the marks that seal an agreement ("соглашение скреплено подписями министров";
# the verbs of sealing are ``lexicon.SEAL_VERBS``).
SIGNATURE_MARKS = frozenset({"подпись"})

# Words that date a clause's signing in a year gone by ("ещё в прошлом году", "осенью
# прошлого года"): read with "год" inside a relative clause.
YEAR_NOUNS = frozenset({"год"})

# statpool92: the words of the part of a year that closes it ("в конце прошлого года",
# "под конец года"): a past year's close told on a page of January is the turn of the year
# (``status.past_year_unanchored``), not history.
TURN_OF_YEAR_WORDS = frozenset({"конец", "исход", "декабрь"})

# Verbs that tell what an item of a list is ("Первым стало соглашение ...", "Вторым
# документом явился договор ..."): statC.
COPULA_VERBS = frozenset({"стать", "становиться", "являться", "явиться", "быть"})

# Copulas of a document still to come: "это будет второе соглашение", "станет первым".
FUTURE_COPULAS = frozenset({"быть", "стать"})

# Words of calling a signing off by decision (stat34): the event is cancelled, not the
# agreement, which stays to be signed ("Подписание соглашения, намеченное на 20 марта,
# отменено. О новой дате сообщат дополнительно"); a signing that fell through ("сорвалось")
# is ``lexicon.FAILED_EVENTS``.
CALLED_OFF_WORDS = frozenset({"отменить", "отменять", "отмениться", "отменяться", "отмена"})

# Verbs of coming to terms on something ("стороны договорились о соглашении"): an agreement
# agreed on as a thing to make is still to be signed (stat34), and the preposition of it.
AGREE_ON_VERBS = frozenset({"договориться", "договариваться", "условиться", "уславливаться",
                            "условливаться"})
ABOUT_PREPOSITIONS = frozenset({"о", "об"})

# Verbs that set a signing for a day, read in a noun's clause ("подписание, намеченное на 14
# ноября", "которое планировалось на 8 ноября"): a signing so set that did not take place is
# still to come (stat34).
SCHEDULED_WORDS = SCHEDULE_VERBS | frozenset({"планироваться", "планировать", "намечать"})

# How many sentences after an agreement told without any word of its status may report
# the document signed ("Такую возможность дает соглашение между ... . Подписи под документом
# поставили ..."): status52.
SIGNED_NEXT_REACH = 1

# Words that give a mention's own clause a status of its own, so that a signing told in
# the next sentence is not read into it (status52): signing, plan, frame, force, end and
# extension words are in ``lexicon``; these are the rest ("уже", "ранее", "прежний").
TOLD_BEFORE_WORDS = frozenset({"уже", "ранее", "прежде", "прежний", "предыдущий",
                               "прошлый", "прошлогодний", "старый"})

# The modal verb of a signing that could have taken place ("могло быть подписано ещё в марте,
# но ..."): in the past, with a contrast after it, the date is one the signing did not have
# (status52).
COULD_VERBS = frozenset({"мочь", "смочь"})


# ---- Tuning of ``status.py``'s passes (kept apart from the rules) ----

# a document's title lines (rubric, outlet, headline) stand among its first sentences
HEAD_SENTENCES = 6

# a month-only signing this many months before the publication is background, not news
BACKGROUND_MONTHS = 6

# statpool93: a month-only signing at most this many months before the month of the report's
# own day-dated signing is recent news beside it, not background ("в марте мы заключили
# договор с Вологдой" beside a signing of 11 April)
RECENT_MONTHS = 1
# ... unless told as earlier all the same: an adverb of "before" in its sentence, or a
# paragraph opened as a reminder ("Напомним, ...", "напоминаем": word beginnings)
BEFORE_NEWS_ADVERBS = frozenset({"уже", "ранее", "прежде", "раньше"})
REMINDER_STEMS = ("напомн", "напомина")

# numbered headings that make a page a list of events (the masker may hide later ones)
EVENT_LIST_ITEMS = 2

# agreements told before as existing that make a list of them (one alone is no list)
LISTED_BEFORE = 2

# a reminder dated this many days before the publication or less still reports the news
REMINDER_DAYS = 7

# date62: marks that end a relative clause's reach back to its pronoun ("..., которое
# намерено построить ...": a plan word after one of them is not the relative clause's).
CLAUSE_BREAKS = frozenset({",", ":", ";", "—", "–"})

# date62: closing quotation marks: the end of the quoted words a speaker's verb follows
# ("«После подписания соглашения этого не потребуется», — пояснила министр").
CLOSING_QUOTES = frozenset({"»", "“", "\""})
# status70: quotation marks that open a quoted name ("«Моя пенсия — моя ответственность»"),
# and the parts of speech a noun phrase may run through between an agreement noun and a verb
# the parse did not hang it on (plan_infinitive_after_name)
OPENING_QUOTES = frozenset({"«", "„"})
NOUN_PHRASE_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "ADV", "ADP", "DET", "CCONJ"})

# status65: a signing put off names its new day in a nominal sentence "Новая дата — 11
# декабря", "Новый срок подписания — 5 марта": the nouns of a time set and the adjective
# that marks the time as the one set anew.
SET_TIME_NOUNS = frozenset({"дата", "срок", "день"})
NEW_TIME_ADJECTIVES = frozenset({"новый"})
# date89: the nouns of a part of a month a new time may name: "Новая дата — начало апреля"
MONTH_PART_NOUNS = frozenset({"начало", "середина", "конец"})

# status65: the preposition of the period a document covers: "дорожная карта на 2025 год",
# "план мероприятий на 2025 год" (a year after it is no signing's year).
PERIOD_PREPOSITIONS = frozenset({"на"})
# ... but a year of plans is when they are to be done: "Планы на 2026 год. Министерство
# готовит соглашение ..." (the nouns of plans before the preposition)
PLAN_PERIOD_NOUNS = frozenset({"план", "планы"})
# ... and the marks between such a noun and the day it names ("Новая дата — 11 декабря",
# "Новый срок: 5 марта")
NEW_TIME_MARKS = frozenset({"—", "–", "-", ":"})

# pair65: words that put a time (or a publication's issue) still to come: "На следующей
# неделе в дайджесте: итоги подписания ... соглашения", "В следующем номере: ..."
# (extract.candidate_status.verbless_next_time).
NEXT_TIME_WORDS = frozenset({"следующий", "ближайший", "грядущий"})
ISSUE_NOUNS = frozenset({"номер", "выпуск"})

# status67: nouns of an act that carries an agreement out, whose dependent "по соглашению"
# names the agreement they serve ("план мероприятий по соглашению", "программа по
# соглашению"): the agreement is in force, whatever is planned for the act.
IMPLEMENTING_NOUNS = frozenset({"план", "мероприятие", "программа", "график"})
# ... and the preposition that hangs the agreement on such a noun.
UNDER_AGREEMENT_PREPOSITIONS = frozenset({"по"})

# status67: plan nouns (of ``lexicon.PLAN_WORDS``) that name an act of their own, so that
# they plan the agreement only when it hangs on them ("подготовка соглашения", "проект
# договора"), not when they name its subject ("подготовке кадров посвящено соглашение").
# status72: "проект" too, a project carried out under the agreement being no draft of it
# ("Проект ведётся в рамках соглашения с фондом" is mentioned).
PLAN_ACT_NOUNS = frozenset({"подготовка", "разработка", "согласование", "проект"})

# status67: the additive particle before an agreement's noun phrase that tells one more
# document signed ("подписали и региональное соглашение о минимальной заработной плате":
# the tagger reads it a particle, not the conjunction of "меморандум и соглашение").
ADDITIVE_PARTICLES = frozenset({"и"})

# status69: the noun and preposition of being next in line ("на очереди — соглашение с X":
# the agreement is still to come), read with ``lexicon.STEP_NOUNS`` under
# ``lexicon.ORDER_ADJECTIVES`` ("следующий шаг — соглашение с X")
# (extract.status.next_in_line).
IN_LINE_NOUNS = frozenset({"очередь"})
IN_LINE_PREPOSITIONS = frozenset({"на"})
# ... and the dashes that stand for the verbless copula between them and the agreement.
COPULA_DASHES = frozenset({"—", "–", "-"})

# status69: taking a signing off a programme calls it off ("подписание соглашения сняли с
# программы визита"): the verb, the preposition and the nouns of a programme or agenda
# (extract.status.taken_off_programme). Like ``CALLED_OFF_WORDS``, the agreement stays to
# be signed.
TAKE_OFF_VERBS = frozenset({"снять", "снимать", "исключить", "исключать"})
OFF_PREPOSITIONS = frozenset({"с", "из"})
PROGRAMME_NOUNS = frozenset({"программа", "повестка", "расписание", "план", "график"})

# stat89: a time of the signing that falls within the current period though no date is
# given (extract.status.recent_signing_time): an adverb of a recent past ("недавно
# подписанное соглашение"), "на днях" (the preposition and the plural noun), and the part of
# the current week or month ("подписанный в начале месяца договор"), unless another
# adjective than one of the current period moves it ("в начале прошлого месяца").
RECENT_ADVERBS = frozenset({"недавно", "накануне"})
FEW_DAYS = ("на", "день")
PERIOD_PARTS = frozenset({"начало", "середина"})
CURRENT_PERIODS = frozenset({"неделя", "месяц"})
CURRENT_PERIOD_WORDS = frozenset({"этот", "текущий", "нынешний"})
# talk91: the same with the lemma the tagger gives "этом"/"этой" as a determiner ("это")
CURRENT_PERIOD_DETERMINERS = CURRENT_PERIOD_WORDS | {"это"}
# stat89: the nominative and the accusative, one form for inanimate masculine and neuter
# nouns the tagger may read either way ("подписанный ... договор").
DIRECT_CASES = frozenset({"Nom", "Acc"})

# plan91: what cuts a lead sentence into parts each dated on its own ("Вчера обсудили —
# сегодня подписали", ``agreement_dates.signing_part_dates``)
PART_DASHES = frozenset({"—", "–"})


# statpool92: a signing called off, refused or not done is still planned when the talks are
# said to go on (``status.called_off_talks_go_on``): the verbs of refusing a signing, the
# verbs of going on or resuming, the nouns of talks they take, the nouns of the matter one
# comes back to ("вернёмся к вопросу"), and how many sentences after the call-off are read.
SIGNING_REFUSALS = frozenset({"отказаться", "отказываться", "сорваться", "срываться"})
RESUME_VERBS = frozenset({"продолжиться", "продолжаться", "продолжить", "продолжать",
                          "возобновиться", "возобновляться", "возобновить", "вернуться",
                          "возвращаться"})
TALKS_NOUNS = frozenset({"переговоры", "диалог", "консультация", "обсуждение"})
MATTER_NOUNS = frozenset({"вопрос", "тема"})
TALKS_REACH = 4
# statpool92: how many words after a verb of sealing its instrumental of signatures may stand
# ("скреплено в минувший четверг подписями"; ``status._signatures_after``).
SEAL_REACH = 5

# dig92: the words of a page that reports the results of a period ("Итоги 2024 года",
# "Губернатор отчитался о работе в 2024 году", "подвело итоги за I квартал"): signings
# dated in that period are the report's own news, not history (``report_year``)
REPORT_WORDS = frozenset({"итог", "отчёт", "отчет", "отчитаться", "отчитываться"})

# date46: the point a decree's order counts from ("Со дня подписания Соглашения считать ...",
# "с момента подписания договора установить ..."): the preposition and the nouns of the point
FROM_POINT_PREPOSITIONS = frozenset({"с"})
FROM_POINT_NOUNS = frozenset({"день", "момент"})

# agr48: the marks that open an item line of a timetable's signing ("• Соглашение между ..."),
# and how many lines (items, who signs) may stand between the item and the timetable's line
# of the signing ("11:30 — Церемония подписания документов:") (``status.timetable_signing_item``)
TIMETABLE_ITEM_MARKS = frozenset({"•", "·", "▪", "◦", "—", "–", "-", "*"})
TIMETABLE_ITEM_LINES = 8

# plan51: the preposition of a period of tasks ahead in a report's headline ("итоги за 2023 год
# и задачи на 2024 год"): that year is not the one whose results the page reports
TASKS_PREPOSITIONS = frozenset({"на"})

# miss58: the conjunction and the particle that make a past form of a verb a wish or a
# purpose, not a past ("важно, чтобы соглашение работало", "работало бы"): a mention under
# such a verb tells no agreement of the past (``merge_rules._told_past``)
WISH_MARKS = frozenset({"чтобы", "бы"})
