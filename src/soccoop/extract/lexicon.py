"""Word lists of the agreement extractor, apart from its rules (lemmas, lower case).

Each list names a class of words a rule reads ("a signing verb", "a plan word"); a rule
never lists words itself, and no entry is here for one text. Officials' lists will join
this module.
"""

from __future__ import annotations

TRIGGERS = {"соглашение", "меморандум", "договор", "договорённость", "договоренность",
            "протокол"}

# records72: the nouns of a signed document whose plural tells several agreements signed
# ("соглашения", "меморандумов", "документы"); "подписание" is the act, not the papers
PLURAL_SIGNING_NOUNS = frozenset(TRIGGERS | {"документ"})

# "договор" alone is often a lease or a labour contract: require "о ..." after it.
NEEDS_OBJECT = {"договор", "договорённость", "договоренность"}

SIGN_VERBS = {"подписать", "подписывать", "подписываться", "заключить", "заключать",
              "заключаться", "подписание", "заключение", "подпись",
              "продлить", "пролонгировать",  # an extension is signed too
              "перезаключить", "переподписать"}  # status46: so is a renewal

PLAN_WORDS = {"проект", "планироваться", "планировать", "намереваться", "намерен",
              "предстоять", "подготовить", "подготовка", "обсуждаться", "обсуждать",
              "разработать", "разработка", "согласовать", "согласование", "готовиться",
              "будущий", "возможный", "собираться", "рассчитывать", "запланировать",
              "предполагаться", "намечаться", "наметить", "готовить"}

# "X и Y договорились подготовить соглашение": verbs whose subjects are the parties
SUBJECT_VERBS = SIGN_VERBS | {"договориться", "договариваться", "планировать", "намереваться",
                              "собираться", "готовиться", "намерен", "готовить",
                              "подготовить", "достигнуть", "достичь", "разработать",
                              "разрабатывать",  # agr44: "разработали проект соглашения"
                              # agr60: "X и Y обсудили (проработали) проект соглашения"
                              "обсудить", "обсуждать", "проработать", "прорабатывать"}

# "удалось подписать": an infinitive of signing that reports a signing
ACHIEVED = {"удаться", "успеть", "смочь"}

# "прийти к соглашению": to come to terms, not an agreement document (natasha lemmatises
# "пришли" as "прислать"; "прислать к соглашению" is no Russian)
IDIOM_VERBS = {"прийти", "приходить", "прислать"}

FRAME_WORDS = {"рамка"}  # "в рамках соглашения": a reference, not a report of signing
QUANTITY = {"много", "несколько", "порядок", "ряд", "десяток", "множество", "около",
            "свыше", "более"}

GENERIC_SUBJECT = {"сотрудничество", "сторона", "область", "сфера", "о", "в", "и", "между",
                   "взаимодействие", "соглашение", "по", "на", "с", "со", "а", "также",
                   "видеосвязь", "видеоконференция", "режим", "формат", "онлайн", "онлайна"}

COOP_WORDS = {"сотрудничать", "сотрудничество", "соглашение", "взаимодействие",
              "взаимодействовать", "партнёрство", "партнерство", "меморандум",
              "объединить", "объединять", "вместе", "совместно", "совместный", "договориться",
              "подписать", "договор"}

ORG_HEADS = {"администрация", "правительство", "министерство", "департамент", "мэрия",
             "управление", "комитет", "агентство", "служба", "центр", "учреждение", "фонд",
             "институт", "университет", "совет", "собрание", "дума", "отделение", "город",
             "облисполком", "исполком", "горисполком", "академия", "колледж"}

NEGATED_EVENTS = {"состояться", "подписать", "заключить", "пройти", "подписывать"}

REPORT_VERBS = {"сообщить", "рассказать", "отметить", "заявить", "пояснить", "подчеркнуть",
                "уточнить", "добавить", "сказать", "сообщать", "рассказывать", "отмечать",
                "заявлять", "подчёркивать", "подчеркивать", "напомнить", "информировать"}

EVENT_NOUNS = {"документ", "церемония", "подписание", "соглашение", "меморандум"}

# (status48: "заключить", "Документ, заключённый в 2022 году, обязывал ...")
EVENT_VERBS = {"подписать", "заключить", "пройти", "состояться", "проходить", "подписание"}

ANAPHORIC_BODIES = {"ведомство", "министерство", "департамент", "комитет", "управление"}

# Sentences worth a dependency parse for agreements (extract.syntax.needs_syntax)
AGREEMENT_NOUNS = frozenset(TRIGGERS | {"подписание"})

# Forms of "быть" that make a future tense: "будет подписано", "будут заключены"
FUTURE_AUX = {"буду", "будешь", "будет", "будем", "будете", "будут"}

# Words of plan, aim or ability that put an infinitive of signing in the future:
# "планируют подписать", "сможем подписать", "намерены заключить"
PLAN_HEADS = {"планировать", "планироваться", "намереваться", "намерен", "собираться",
              "хотеть", "желать", "предстоять", "рассчитывать", "смочь", "мочь",
              "готовиться", "готовый", "предполагать", "предполагаться", "решить",
              "договориться", "договариваться", "должный", "нужно", "необходимо",
              "стремиться", "намечаться"}

# agr81: verbs of a decision taken, whose past perfective puts the act decided after the
# decision: "стороны договорились подписать соглашение в мае", "решили заключить его в
# марте" (anchor: the infinitive's month is read on the nearer side of the publication day)
DECISION_VERBS = frozenset({"договориться", "условиться", "решить"})

# fixdate57: verbs of working a text out, decided ahead of a signing: "было решено
# выработать общий порядок", "договорились подготовить соглашение" tell a decision on the
# document to come (read with ``SIGN_VERBS`` by ``signing_ahead.decision_only``)
DECIDED_WORK_VERBS = frozenset({"подготовить", "готовить", "разработать", "разрабатывать",
                                "выработать", "вырабатывать", "доработать", "дорабатывать",
                                "согласовать", "согласовывать"})

# fixdate57: the short words whose full stop is an abbreviation's, no sentence's end ("ул.",
# "г.", "им."), beside a single capital letter, an initial (``agreement_dates._inner_sentences``)
ABBREVIATION_WORDS = frozenset({"ул", "г", "гг", "им", "пр", "пл", "пер", "д", "т", "с",
                                "п", "ст", "обл", "р", "руб", "тыс", "млн", "млрд"})

# Nouns under which a signing is a topic or an aim, not an event: "тема подписания была
# поднята", "целью визита станет подписание", "вопрос о заключении соглашения"
TOPIC_NOUNS = {"тема", "вопрос", "цель", "задача", "перспектива", "возможность", "план",
               "планы", "идея", "предложение", "инициатива", "намерение", "переговоры",
               "переговор", "консультация"}

# Verbs of becoming whose future form announces an event: "целью станет подписание"
BECOME_VERBS = {"стать", "становиться", "быть", "являться"}

# Anniversaries of an agreement are references to it: "исполняется десять лет соглашению"
ANNIVERSARY_WORDS = {"годовщина", "юбилей", "исполниться", "исполняться", "летие"}

# date76: a span of years counted up to now from a signing told in a clause of "когда" /
# "как": "исполнилось десять лет с того дня, когда ... подписали соглашение", "прошло пять
# лет с тех пор, как ... заключили соглашение". The verbs of a span run out (with those of
# ANNIVERSARY_WORDS), the nouns of the point it runs from ("с того дня", "с того момента",
# "с тех пор"), the conjunctions opening the signing's clause, the unit counted.
ELAPSE_VERBS = frozenset({"пройти", "проходить", "минуть", "миновать"})
SINCE_POINT_NOUNS = frozenset({"день", "момент", "время", "пора"})
SINCE_CLAUSE_WORDS = frozenset({"когда", "как"})
YEAR_UNIT = "год"
# fixdate53: marks that end the clause of a span told after its point ("Со дня подписания
# договора прошло полгода, а программа рассчитана на пять лет": no five years since).
SPAN_CLAUSE_MARKS = frozenset({",", ";"})

# Plural words standing for the sides named before: "Стороны обсудили ...", "Они подписали"
SIDE_WORDS = {"сторона", "участник", "регион", "они"}

# Plural posts and bodies that, as a subject, stand for the sides named just before:
# "Министры обсудили проект соглашения", "Губернаторы подписали соглашение"
SIDE_PLURALS = {"министр", "губернатор", "глава", "руководитель", "делегация",
                "министерство", "ведомство", "субъект"}

# Nouns naming the act of signing: "подписание соглашения", "заключение договора"
SIGN_NOUNS = {"подписание", "заключение"}

# agr34: posts that are a side of their own, named with their region after "в":
# "Уполномоченный по правам человека в Чувашской Республике"
REGIONAL_POSTS = frozenset({"уполномоченный", "омбудсмен"})
POST_REACH = 6  # words from such a post to the "в" of its region, at most

# agr34: nouns of an accord reached, not a document: "достигли договорённости о подписании
# соглашения" is the plan of that agreement, not a second one
ACCORD_NOUNS = {"договорённость", "договоренность"}

# Head nouns of places that can be a side of an agreement although no federal subject:
# "Меловский район", "город Шахты", "Кировский муниципальный округ"
PLACE_HEADS = {"район", "город", "округ", "муниципалитет", "поселение", "область", "край",
               "республика", "регион", "село", "посёлок", "поселок"}

# Head nouns of bodies that can be a side of an agreement besides ORG_HEADS: unions,
# federations, associations ("областная федерация профсоюзов", "Союз промышленников");
# agr72: the church's bodies ("Северным благочинием", "Курганская епархия")
BODY_HEADS = {"федерация", "союз", "ассоциация", "объединение", "организация", "профсоюз",
              "палата", "партия", "общество", "компания", "корпорация", "предприятие",
              "фракция", "конфедерация", "совет", "банк", "епархия", "благочиние",
              "митрополия"}

# agr58: head nouns of a body whose name ends in a «quoted» name, read from the head
# ("Краснодарской краевой общественной организацией ветеранов боевых действий «Кубанский
# рубеж»", "потребительского кооператива «Нартан-Агро»"): the bodies, the unions,
# societies and cooperatives; not a company ("компанией «Газпром нефть»" is "Газпром нефть").
QUOTED_BODY_HEADS = frozenset(ORG_HEADS | {
    "организация", "общество", "объединение", "ассоциация", "союз", "федерация",
    "профсоюз", "кооператив", "товарищество"})

# agr58: contracts a person signs with a body, named by their subject (lemmas of the
# subject's first two words after "о"): "договор о целевом обучении" binds a student to
# an employer, it is no agreement between bodies ("соглашение о целевом обучении" may be);
# pair65: "договор о предоставлении социальных услуг" is the contract a recipient of care
# signs with its provider (the law's name for it), "договор о социальном обслуживании" its
# other name.
PERSONAL_CONTRACT_NOUNS = frozenset({"договор", "контракт"})
PERSONAL_CONTRACT_SUBJECTS = frozenset({("целевой", "обучение"),
                                        ("предоставление", "социальный"),
                                        ("социальный", "обслуживание")})

# Possessives that make a body the speaker's own: "наше министерство", "мой департамент"
POSSESSIVES = {"наш", "мой"}

# Words that undo or refuse a signing: the agreement is only referred to ("отказаться от
# подписания соглашения", "выйти из соглашения", "расторгнуть договор")
REFUSE_WORDS = {"отказаться", "отказываться", "отказ", "отклонить", "отвергнуть", "сорвать",
                "срыв", "выйти", "выход", "расторгнуть", "расторжение", "денонсировать",
                "денонсация", "приостановить", "приостановка"}

# Other documents whose signing may govern an agreement noun: "подписал закон о
# ратификации соглашения" signs a law, the agreement is only referred to
OTHER_DOCUMENTS = {"закон", "указ", "постановление", "распоряжение", "ратификация",
                   "законопроект"}

# Documents other than an agreement that carry an "от"-date of their own: "по соглашению о
# реализации постановления от 5 мая 2019 года" dates the decree, not the agreement
# (fixolder62, read by ``candidate_dates.from_date_of``)
DATED_ACTS = frozenset(OTHER_DOCUMENTS | {"приказ", "решение"})

# Words by which a sentence after a signing refers back to the document just signed:
# "Документ подписали ...", "Подписи под ним поставили ..."
DOCUMENT_REFERENCES = {"документ", "он", "оно", "они"}  # natasha lemmatises "ним" as "они"

# How many sentences after a signing may refer back to it before the one naming signers:
# "Документ подписан 14 мая. Подписи под ним поставили ..."
REFERENCE_CHAIN = 2

# Verbs of a side's signer named side by side after a signing: "Калужскую сторону
# представлял заместитель губернатора ..., фонд — ..."
REPRESENT_VERBS = {"представлять", "представить"}

# How many sentences in a row after a named signing may each name a further side's
# signers (sig44: "От правительства подписали X. Со стороны профсоюзов — Y. Работодателей
# представляли Z."): one per side beyond the first two of a three- or four-sided agreement.
MORE_SIGNERS_CHAIN = 3

# sig50: how near a sentence's start "сторона" opens a side's signer ("Со стороны общества
# подпись поставил ..."), so that a sentence between two sides may be passed over
SIDE_OPENING = 6

# Nouns of an occasion whose date, given just before a signing that gives none, dates it:
# "Во вторник в Томске прошло совещание ... . Департамент подписал соглашение с ..."
OCCASION_NOUNS = {"совещание", "встреча", "форум", "заседание", "визит", "конференция",
                  "церемония", "переговоры", "сессия", "съезд"}

# Lemmas of a signing clause that names the signers ("подписал", "подпись поставил")
SIGNER_LEMMAS = {"подписать", "подписывать", "подпись", "заключить"}

# Numerals that count agreements: "подписали два соглашения"
NUMBER_WORDS = {"два": 2, "две": 2, "оба": 2, "обе": 2, "три": 3, "четыре": 4, "пять": 5,
                "шесть": 6, "семь": 7}

# status50: count words of two or more without a number: "подписанием нескольких соглашений"
INDEFINITE_COUNTS = frozenset({"несколько"})

# date52 (fixdate52: completed, moved from ``datewords``): the cardinals past "семь"
# (``NUMBER_WORDS`` stops there) that count a set: "подписано девять соглашений",
# "с двенадцатью колледжами"
LARGER_COUNT_WORDS = frozenset({
    "восемь", "девять", "десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать",
    "пятнадцать", "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать", "двадцать",
    "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто",
    "сто"})

# date52: how many words after a plural agreement noun its partners may be counted
# ("договоры о практике с четырьмя колледжами")
PARTNERS_COUNT_REACH = 6

# Ordinals that take up one of the counted agreements: "Первый документ заключён с ..."
ORDINALS = {"первый", "второй", "третий", "четвёртый", "четвертый", "пятый", "шестой",
            "седьмой"}

# rec93: the pronouns that tell two counted agreements apart after a colon: "по двум
# соглашениям: одно ..., другое — ..." (extract.agreement_lists.one_and_other).
ONE_OF_TWO = frozenset({"один", "первый"})
OTHER_OF_TWO = frozenset({"другой", "второй"})

# rec93: heads that make joining an agreement a plan ("планирует присоединиться"), and
# heads of mere ability, a plan only beside a draft ("может присоединиться ... — проект
# документа направлен"); words that leave the joiner unnamed ("другие вузы", "любой
# работодатель"). extract.agreement_joins.
JOIN_PLAN_HEADS = frozenset({"планировать", "планироваться", "намереваться", "намерен",
                             "намеренный",  # recpool94: the short form's lemma
                             "собираться", "готовиться", "готовый", "решить"})
JOIN_ABILITY_HEADS = frozenset({"мочь", "смочь"})
UNNAMED_JOINER_WORDS = frozenset({"другой", "любой", "остальной", "весь", "каждый", "иной"})
# extra74: determiners of every member of a class ("каждое соглашение", "за любым договором",
# "всякий меморандум"): a singular agreement noun they qualify speaks of agreements in
# general, no one document (extract.agreements.every_agreement).
EVERY_WORDS = frozenset({"каждый", "любой", "всякий"})
# Particles between the verb of joining and its joiner: "присоединится и администрация".
JOINER_PARTICLES = frozenset({"и", "также", "тоже", "ещё", "еще"})
# recpool94: a joining told by a link verb and a role noun in the instrumental, the agreement
# in the genitive after it: "фонд стал третьей стороной соглашения", "вуз стал участником
# меморандума" (extract.agreement_joins.linked_joining).
JOIN_LINK_VERBS = frozenset({"стать", "становиться"})
JOIN_ROLE_NOUNS = frozenset({"сторона", "участник", "участница"})

# agr30: subjects that make an agreement noun counted by an ordinal the agreement told
# before, ranked among others: "это уже третье соглашение", "Документ стал вторым ...".
RESTATING_SUBJECTS = frozenset({"это", "документ", "соглашение", "меморандум", "он", "оно"})

# agr30: how many sentences after the previous ordinal one the next ordinal "документ"
# still goes on the enumeration ("Первое соглашение ... Второй документ — с ...").
ORDINAL_CHAIN_REACH = 6

# agr50: the rank each ordinal gives, and how many sentences after a count ("заключены три
# соглашения") an ordinal "документ" of a rank within it still takes up one of them ("Третий
# документ — о ... — подписали ..."), however the items before were told.
ORDINAL_RANKS = {"первый": 1, "второй": 2, "третий": 3, "четвёртый": 4, "четвертый": 4,
                 "пятый": 5, "шестой": 6, "седьмой": 7}
# sigpool96: the nouns an ordinal item of a series may open with besides the agreement nouns:
# "Первый документ ..." (``signer_series``)
SERIES_NOUNS = frozenset(AGREEMENT_NOUNS | {"документ"})
# statpool96: marks that bound a clause in a sentence read without a parse
# (``anchor._SentenceTenses.own_clause``)
TENSE_CLAUSE_MARKS = frozenset({",", "—", "–", ":", ";", "(", ")"})
COUNTED_ITEM_REACH = 12
# agr48: the coordinating conjunctions that may open a list item before its ordinal ("И
# третье — соглашение ...", "А второе — с фондом"), and how many words the ordinal's remark
# between commas may hold before the item's dash ("Третье, для меня очень личное, — ...")
# (``agreement_lists.ordinal_item_dash``)
ITEM_CONJUNCTIONS = frozenset({"и", "а"})
ORDINAL_REMARK_WORDS = 6
# agr48: the tags of the marks a list item may open with before its words (a bullet, a dash,
# an emoji the tagger reads as a foreign symbol)
ITEM_MARK_TAGS = frozenset({"PUNCT", "SYM", "X"})

# agr59: verbs of coming to terms that tell an item of a count without an agreement noun:
# "Ещё три соглашения заключило министерство. С ООО «X» министерство договорилось о ..."
AGREED_ITEM_VERBS = frozenset({"договориться"})

# agr65: a partner noun as the complement of a verb of becoming tells the items of a count
# by their partners, with no agreement noun: "Министерство подписало соглашения с тремя
# компаниями. ... Третьим партнёром министерства стал кооператив «X»", "Партнёрами мэрии
# стали АНО «A», фонд «B» и ..." (agreement_lists.became_partners).
PARTNER_NOUNS = frozenset({"партнёр", "партнер"})
PARTNER_BECOME_VERBS = frozenset({"стать", "становиться", "выступить", "выступать"})
# agr65: signs before a number that label a place, never count: "в Доме правительства № 1
# состоялось подписание соглашений" (agreement_lists.counted_before).
NUMBER_SIGNS = frozenset({"№"})

# Words of likeness that make "документ" an agreement like the one just reported:
# "аналогичные соглашения заключили ...", "подобный документ министерство подписало с ..."
LIKENESS = {"аналогичный", "подобный", "схожий", "похожий", "идентичный"}

# Adverbs that put a past signing before the news: "Ранее ... заключили соглашение",
# "10 лет назад подписали"
EARLIER_WORDS = {"ранее", "прежде", "раньше", "назад"}

# Verbs of scheduling: an event they set is still to come, whatever their own tense
# ("подписание запланировано на апрель", "церемония намечена на осень")
SCHEDULE_VERBS = {"запланировать", "наметить", "намечаться", "предстоять", "назначить"}

# Agreement nouns that are one only with an object of cooperation: "протокол о намерениях",
# "протокол о сотрудничестве" (not "протокол об административном правонарушении")
OBJECT_ONLY = {"протокол": {"намерение", "сотрудничество", "взаимодействие", "партнёрство",
                            "партнерство"}}

# Verbs of plan whose negation takes the plan back: "не планирует подписывать соглашение"
NEGATED_PLANS = {"планировать", "планироваться", "собираться", "намереваться", "намерен",
                 "готовиться", "предполагаться"}

# Conjunctions that after a comma begin another coordinate clause: "..., а в этом году
# планирует подписать аналогичный документ"
CONTRAST_CONJUNCTIONS = {"а", "но", "однако"}

# Nouns of a time adverbial: "а в прошлом году — с Республикой Коми" names when, not who
# (agrB: a gapped second signing keeps the first one's subject).
TIME_WORDS = {"год", "месяц", "неделя", "квартал", "весна", "лето", "осень", "зима",
              "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
              "сентябрь", "октябрь", "ноябрь", "декабрь", "время", "период"}

# agr36: the nouns of a time adjunct right after the agreement noun ("подписали соглашение
# в прошлый четверг в здании правительства"): when it was signed, not what it is about
# (extract.agreements.time_adjunct).
TIME_NOUNS = frozenset(TIME_WORDS) | frozenset({
    "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье", "день",
})

# How many sides an agreement noun's adjective declares: "трёхстороннее соглашение" (agrB:
# a declared trilateral whose sides differ from a bilateral's is another agreement).
SIDE_COUNT_WORDS = {"двусторонний": 2, "трёхсторонний": 3, "трехсторонний": 3,
                    "четырёхсторонний": 4, "четырехсторонний": 4, "многосторонний": 3}

# Words that open a dependent clause after a comma: "..., который ...", "..., что ...".
# A comma before them never joins two main clauses (agrB: asyndetic clause breaks).
SUBORDINATORS = {"который", "что", "чтобы", "как", "где", "когда", "если", "куда",
                 "откуда", "чей", "поскольку", "пока", "хотя", "ли", "согласно"}

# Nouns that, bare and singular, stand for a side named before: "ранее регион подписал
# соглашения с ДНР ...", "область заключила ..." (a place), "министерство подписало ..."
BARE_PLACES = {"регион", "область", "край", "республика", "округ", "субъект"}
# fix78: the bare place nouns that may name a region of any kind; the others name only a
# region whose name holds them ("республика" is Республика Мордовия, not Курская область)
ANY_PLACE_NOUNS = frozenset({"регион", "субъект"})

# Prepositions of a term: a date after them starts or ends a period, it is no signing day
# ("продлили соглашение до 2027 года"); "действует с 2019 года" does date the agreement
TERM_PREPOSITIONS = {"до", "по"}

# People who sign contracts for themselves, not for a body: "жители заключили договор о
# целевом обучении", "родители подписывают договор с детским садом"
PRIVATE_PEOPLE = {"житель", "гражданин", "пенсионер", "родитель", "работник", "студент",
                  "выпускник", "абитуриент", "заявитель", "получатель", "семья"}

# agr46: words that stand for a body named elsewhere and never head a body's own name
# ("директор ведомства"), unlike "департамент" or "министерство"; agr54: the kind's
# abbreviation "НКО" ("некоммерческая организация": "соглашение с НКО" is with the NGO
# the text names, "АНО «...»")
REFERRING_BODY_WORDS = frozenset({"ведомство", "структура", "вуз", "нко"})

# agr54: hedges between "это" and the agreement noun of a definition ("X — это своего рода
# соглашение между ...", ``agreements.defined_as_agreement``), as lemmas
DEFINITION_HEDGES = frozenset({"свой", "род", "своеобразный", "некий", "как", "бы", "такой",
                               "фактически", "по", "сути", "суть"})

# agr46: verbs of drafting an agreement, whose subjects are its sides: "Его подготовят
# министерство ..., отделение ... и Федерация профсоюзов ..."
SIDE_DRAFTING_VERBS = frozenset({"подготовить", "готовить", "разработать", "разрабатывать",
                                 "доработать", "дорабатывать"})

# fixstatus55: words telling a drafting done each year or as a rule, a habit and no plan of
# sides: "Ежегодно министерство готовит дорожную карту ..."; plans69: the class also tells
# a signing done as a habit ("соглашения обычно заключаются на три года"), so it holds the
# adverbs of a habit or a usual course ("обычно", "постоянно") beside those of a period.
# fixplans69: one reader, ``syntax.habit_word_on``, serves both uses: a word added here
# ends a roadmap's drafting as a plan (``candidate_signers``, fixstatus55) as well as a
# signing done (``status._told_as_habit``)
HABITUAL_WORDS = frozenset({"ежегодно", "ежеквартально", "ежемесячно", "еженедельно",
                            "ежедневно", "традиционно", "регулярно", "ежегодный", "каждый",
                            "обычно", "постоянно"})

# bcast90: verbs of working on an agreement's draft together, whose subjects are its sides,
# in the clause a colon opens after the agreement noun: "Ещё одно соглашение на подходе:
# комитет и колледж обсуждают его проект"
DRAFT_WORK_VERBS = SIDE_DRAFTING_VERBS | frozenset({"согласовывать", "согласовать",
                                                    "обсуждать", "обсудить"})

# agr46: verbs of an agreement uniting its sides: "Документ объединяет усилия министерства,
# университета и компании"
UNITE_VERBS = frozenset({"объединить", "объединять"})

# agr46: the subject of a relative clause that stands for anyone who acts: "для тех, кто
# заключит договор о целевом обучении" (a person's own contract)
ANYONE_PRONOUNS = frozenset({"кто"})

# Words of attendance: "при участии губернатора", "в присутствии министра": a witness of a
# signing, not a signer
ATTENDANCE_WORDS = {"участие", "присутствие"}

# Modifiers that set an agreement apart from those named before: "заключили отдельное
# соглашение", "подписали другое соглашение"
ANOTHER_WORDS = {"отдельный", "другой"}

# Verbs that discuss, draft or prepare an agreement: it is planned ("Соглашение обсудят на
# форуме", "министерства подготовили соглашение")
DISCUSS_VERBS = {"обсудить", "обсуждать", "обсуждаться", "подготовить", "готовить",
                 "разработать", "разрабатывать", "согласовать", "согласовывать", "рассмотреть"}

# What an agreement is about when it names a partner: "соглашение о сотрудничестве с ..."
COOPERATION_NOUNS = {"сотрудничество", "взаимодействие", "партнёрство", "партнерство"}

# Words that put off a signing: it is still to come ("подписание перенесли на осень",
# "церемонию отложили")
POSTPONE_WORDS = {"перенести", "переносить", "перенос", "отложить", "откладывать",
                  "переноситься", "отложиться", "откладываться"}
# date72: the preposition of the month a signing is put off until: "подписание отложено до
# сентября" waits for September (after a verb of postponing only; elsewhere "до" bounds a term)
PUT_OFF_UNTIL = frozenset({"до"})

# Kinds of agreement that settle labour relations between unions and employers, not
# cooperation between bodies: "отраслевое соглашение", "коллективный договор"
LABOUR_AGREEMENT_KINDS = {"коллективный", "отраслевой", "тарифный", "трудовой"}

# agr38: kinds of agreement that end a dispute or a case, between a court's parties, not
# cooperation between bodies: "мировое соглашение" (a settlement a court approves),
# "досудебное соглашение о сотрудничестве" (a defendant's deal with the prosecutor)
SETTLEMENT_KINDS = frozenset({"мировой", "досудебный"})
# agr84: the reflexive possessive two signing sides call their joint document by ("свой
# документ не подписали")
OWN_POSSESSIVE = "свой"
# agr84: the word of a court among a side's words: after a settlement, an agreement noun
# whose sides are read off the court that approves it ("Соглашение утвердил районный суд")
# is that settlement again
COURT_WORDS = frozenset({"суд", "суда", "суду", "судом", "суде"})

# agr38: words that leave a partner unnamed: "соглашения с другими регионами" speaks of
# agreements in general, not of one with a named partner
UNNAMED_PARTNER_WORDS = frozenset({"другой", "иной", "разный", "различный", "многий"})
# talk91: marks that close a bare plural partner's phrase ("соглашения с соседями, ...")
CLAUSE_END_MARKS = frozenset({",", ".", ";", "!", "?"})
# agr48: ... unless some of them are named after all: "соглашения и с другими вузами, в
# том числе с Башкирским педагогическим университетом" (lemma sequences)
INCLUDING_PHRASES = (("в", "тот", "число"), ("в", "частность"), ("включая",), ("например",))

# agr30: of those, the kinds two regions' ministries also use for their own agreement under
# their governments' one ("подписали отраслевое соглашение"): of labour only with a branch
# ("по угольной промышленности") or a trade union or employers in the sentence ...
SECTORAL_KINDS = frozenset({"отраслевой"})

# ... the words that name those labour sides
LABOUR_SIDE_WORDS = frozenset({"профсоюз", "профсоюзный", "работодатель", "профобъединение"})

# Nouns under which an agreement is the base of another act or document, so only referred
# to: "план мероприятий по реализации соглашения", "дорожная карта принята в развитие
# соглашения", "на основании соглашения", "в соответствии с соглашением"
BASE_NOUNS = {"реализация", "исполнение", "выполнение", "развитие", "основа", "основание",
              "соответствие", "рамка"}

# Verbs that keep a signing from happening when they govern its infinitive: "помешали
# заключить соглашение" (refusals are in REFUSE_WORDS; a negated head does the same: "не
# позволили заключить", "не смогли подписать")
PREVENT_WORDS = {"помешать", "мешать", "препятствовать", "воспрепятствовать"}

# Verbs of an act of signing named by a noun: "Подписи под соглашением поставили ...",
# "соглашение скрепили подписями", "подписание соглашения состоялось"; signatures that
# appeared under it (status48: "Подписи министра и ректора появились под соглашением")
SIGNATURE_VERBS = {"поставить", "ставить", "скрепить", "состояться", "пройти", "появиться"}

# Nouns of a signature or a signing that such verbs take: "подпись", "подписание"
SIGNATURE_NOUNS = {"подпись", "подписание", "заключение"}

# Nouns for those who govern a region, standing for its side: "Руководство Псковской
# области отказалось подписывать соглашение с ..."
GOVERNING_NOUNS = {"руководство", "власть", "власти", "администрация", "правительство"}

# Third-person pronouns that stand for a partner named before: "с тюменскими коллегами —
# с ними договор действует с 2017 года"
PARTNER_PRONOUNS = {"он", "она", "оно", "они"}

# First-person words of a speaker and the speaker's side: "мы подписали", "у нас договор",
# "в ходе визита нашей делегации" (lemmas)
FIRST_PERSON = {"мы", "я", "наш", "мой"}

# Verbs of an occasion, as OCCASION_NOUNS: "Во вторник в Самаре встретились делегации ...
# . Стороны подписали соглашение" is dated by the meeting; agr67: so is a summing up,
# "В четверг в Салехарде подвели итоги пяти лет сотрудничества ... . Стороны подписали ..."
OCCASION_VERBS = {"встретиться", "встречаться", "собраться", "посетить", "провести",
                  "подвести"}

# Nouns of a document that is an agreement when it is about cooperation (OBJECT_ONLY's
# objects): "подписали документ о сотрудничестве"
COOPERATION_DOCUMENTS = {"документ"}

# agr90: nouns of a joint plan that is an agreement when named by the cooperation it plans,
# in the genitive right after it: "программа сотрудничества на 2025–2027 годы"
COOPERATION_PROGRAMMES = frozenset({"программа"})

# agr66: a document of joint steps named by a noun and its kind, an agreement when its
# sides sign it and no agreement noun is in the sentence: "подписали дорожную карту
# сотрудничества на 2024–2026 годы" (noun lemma -> the adjective lemmas that make it one)
ROADMAP_DOCUMENTS = {"карта": frozenset({"дорожный"})}

# muni90: verbs by which sides adopt such a roadmap, a signing when the next sentence tells
# the document signed: "Мэрия и центр приняли дорожную карту. Документ подписали ..."
# (extract.candidate_signers.adopted_roadmap_signed); dates71: a plan's time hung on such an
# infinitive under a word of plan dates the plan ("намерены утвердить до конца года",
# extract.agreement_dates._planned_act)
ADOPT_VERBS = frozenset({"принять", "утвердить"})

# ... nouns of carrying an agreement out, under which the agreement is the base of a roadmap
# in the roadmap's own phrase: "дорожная карта по реализации соглашения" (agr90: a sentence
# beside a signed roadmap, "Документ принят в развитие соглашения", no longer unmakes it)
IMPLEMENTING_BASES = frozenset({"реализация", "исполнение", "выполнение", "развитие"})

# Posts of a region's or a state's government whose holder, unnamed, stands for its side:
# "Глава Чувашии выразил надежду, что соглашение с Марий Эл будет продлено"
REGION_POSTS = {"глава", "губернатор", "врио", "министр", "премьер", "премьер-министр",
                "президент", "мэр", "председатель", "руководитель"}

# Nouns whose dependent person still signs: "в лице министра Ивана Петрова", "подпись
# министра ..." (a person under any other noun is a bystander: "визита председателя X")
SIGNER_HOLDERS = {"лицо", "подпись"}

# Adjectives of an earlier agreement of the same sides: "в рамках прежнего соглашения"
FORMER_WORDS = {"прежний", "предыдущий", "старый"}

# hist86: words telling a signing at the time of the one just reported: "в тот же день",
# "в этот же день", "тогда же" (a demonstrative and "же"), "одновременно"
SAME_TIME_DEMONSTRATIVES = frozenset({"тот", "этот"})
SAME_TIME_NOUNS = frozenset({"день", "час", "время"})
SAME_TIME_ADVERBS = frozenset({"тогда"})
AT_ONCE_ADVERBS = frozenset({"одновременно"})

# hist86: adjectives of the agreement an addendum or an extension adds to, told apart from
# it: "Основное соглашение было заключено в 2019 году", "базовое соглашение" (pymorphy2
# lemmatises "основное" as "основный")
BASE_WORDS = frozenset({"основной", "основный", "базовый", "первоначальный", "исходный"})

# "Not yet" before a negated signing: it is expected ("соглашение пока не подписано")
NOT_YET = {"пока", "ещё", "еще"}

# Nouns of a document that amends or adds to an agreement; the agreement under them ("к",
# "в") is the base, only referred to: "дополнительное соглашение к соглашению от ...",
# "изменения в договор", "приложение к меморандуму" (agreement nouns, TRIGGERS, count too)
AMENDMENT_NOUNS = {"дополнение", "приложение", "изменение", "поправка", "протокол"}

# Prepositions by which an amendment governs its base: "к соглашению", "в договор"
AMENDMENT_PREPOSITIONS = {"к", "в"}

# basis60: of those, the one that ties a base to the document just before it in the words'
# order alone, whatever the parse ("дополнительного соглашения к соглашению от ...";
# extract.candidate_status._amended_base_in_order): the class of the base's preposition
BASE_ORDER_PREPOSITIONS = frozenset({"к"})

# Nouns of "on behalf of" after "с"/"со": "со стороны министерства документ подписал ..."
# names who signed for a side, not a partner signed with
BEHALF_NOUNS = {"сторона"}

# A sentence that opens by pointing back at the event just reported, and the verbs of its
# happening: "Это произошло 14 апреля в ходе форума", "Событие состоялось в Омске"
EVENT_REFERENCES = {"это", "событие"}
HAPPEN_VERBS = {"произойти", "случиться", "состояться", "пройти"}
# dig93: verbs that stand for an action told before when "это" is their object ("сделаем это
# в июне": the signing just told)
PRO_VERBS = frozenset({"сделать", "делать"})

# Heads of a body's branch, governing the body's name in the genitive: "филиал фонда
# «Защитники Отечества»", "отделение банка", "представительство агентства"
BRANCH_HEADS = {"филиал", "отделение", "представительство"}

# Nouns that make their subject a side of the agreement they govern, and the verbs that link
# them: "Участником соглашения стал филиал фонда ...", "Сторонами договора выступили ..."
PARTICIPANT_NOUNS = {"участник", "сторона", "участница"}
LINK_VERBS = {"стать", "становиться", "являться", "выступить", "выступать", "быть"}

# agr34: what a sentence right after an agreement names as its sides in "Его сторонами
# стали X и Y", "Сторонами документа выступили ...": the owner of the side noun is a
# pronoun or a noun for the document
SIDES_OWNER_PRONOUNS = {"он", "она", "его", "её", "ее"}
SIDES_OWNER_NOUNS = {"документ", "соглашение", "меморандум", "договор"}
# agr42: the words setting the first side named apart from the others: "Сторонами
# документов выступили X, с одной стороны, и A, B, а также C – с другой"
ONE_SIDE = "с одной стороны"

# A group that acts for the region it comes from: "делегация Пермского края подписала с
# коллегами из Башкортостана соглашение" (the region is the side)
DELEGATION_NOUNS = {"делегация", "команда", "представитель"}

# Modifiers of a further agreement between the sides already named: "в декабре будет
# подписано новое соглашение, которое дополнит действующее"
NEW_WORDS = {"новый"}

# extra45: words by which a plan's own sentence tells of a document other than the one the
# text reports signed, between the same sides: "стороны договорились подписать отдельное /
# ещё одно / новое / аналогичное соглашение", "следующим станет соглашение"
# (extract.merge_extra.plan_of_a_told_signing)
FURTHER_DOCUMENT_WORDS = frozenset(ANOTHER_WORDS | LIKENESS | NEW_WORDS | {"ещё", "следующий"})
# extra46: determiners by which a quoted speaker points at the agreement the page reports
# rather than another ("«Такое соглашение было нужно давно», — сказал директор", "«Новое
# соглашение снимает эту проблему»"; merge_extra.quoted_mention_of_a_told_signing)
TOLD_AGREEMENT_DETERMINERS = frozenset({"такой", "подобный", "новый", "этот", "данный"})
# extra45: the relations by which a predicate framed by an agreement ("в рамках соглашения
# завершается строительство моста", "на основе соглашения край отремонтирует дорогу") holds
# what is done under it: its object, and the subject of a passive or reflexive verb
# (extract.agreements.framed_action_lemmas)
FRAMED_ACTION_RELATIONS = frozenset({"obj", "nsubj:pass"})
FRAMED_ACTION_SUBJECT = "nsubj"
REFLEXIVE_ENDINGS = ("ся", "сь")
# ... and the nouns that name no kind of document of their own in a record's title ("Документ
# о взаимодействии", "Договорённости"): such a title is of any kind
UNKINDED_TITLE_NOUNS = frozenset({"документ", "договорённость", "договоренность"})

# --- Status of an agreement (status16): the words its status passes read -------------------

# Verbs of a signing or an extension, for a signing denied by "не" ("не продлила
# соглашение", "так и не подписали")
NEGATABLE_SIGNINGS = {"подписать", "подписывать", "подписываться", "заключить", "заключать",
                      "заключаться", "продлить", "продлевать", "пролонгировать",
                      "возобновить"}

# A draft being worked on in the present: the agreement is still to be signed
# ("соглашение согласовывается", "документ дорабатывается юристами")
APPROVAL_VERBS = {"согласовываться", "согласовывать", "дорабатываться", "дорабатывать",
                  "разрабатываться", "рассматриваться", "прорабатываться", "прорабатывать",
                  "обсуждаться", "готовиться", "доработать"}

# Stages a draft sits in: "находится на согласовании", "направлен на рассмотрение"
APPROVAL_NOUNS = {"согласование", "рассмотрение", "доработка", "проработка", "экспертиза",
                  "визирование"}

# Nouns of a report about a signing, and words that refute it: "информация о подписании
# соглашения не соответствует действительности", "опровергли сообщения о подписании"
REPORT_NOUNS = {"информация", "сообщение", "слух", "данные", "публикация", "новость",
                "заявление", "сведение", "утверждение"}
REFUTE_WORDS = {"опровергнуть", "опровергать", "опровержение", "опровергаться", "фейк",
                "ложный", "недостоверный", "несоответствующий"}
# "не соответствует действительности": the verb that, negated, refutes a report
MATCH_VERBS = {"соответствовать", "подтвердиться", "подтверждаться"}

# Modifiers of an agreement already in force: it is referred to ("действующее соглашение",
# "существующие договоры")
IN_FORCE_WORDS = {"действующий", "существующий", "имеющийся", "нынешний", "действовать",
                  "существовать", "иметься"}  # natasha lemmatises a participle as its verb

# agreements69: the participles of an agreement in force ("действующий документ", natasha's
# lemma of the participle its verb) that, on a document noun signed in a year the sentence
# states, tell the agreement a renewal, an extension or a new agreement of the page builds
# on: "Действующий документ был заключён в 2021 году сроком на три года"
# (extract.candidate_dates.in_force_document_signed). A class of words: being in force; not
# "нынешний" ("нынешний документ" is as often the one just signed)
IN_FORCE_PARTICIPLES = frozenset({"действующий", "действовать", "существующий", "существовать"})

# Verbs that end an agreement in force: whatever their tense or mood, the agreement is only
# referred to ("намерены расторгнуть соглашение", "договор денонсирован")
END_VERBS = {"расторгнуть", "расторгать", "денонсировать", "прекратить", "прекращать",
             "приостановить", "приостанавливать", "аннулировать", "разорвать", "разрывать"}

# A signing that fell through: "подписание сорвалось", "церемонию отменили", "отмена
# подписания"
FAILED_EVENTS = {"сорваться", "срываться", "провалиться", "отменить", "отменять",
                 "отмениться", "отменяться", "отмена", "сорвать", "срыв"}

# Verbs that expect a signing to come: "подписание ожидается в сентябре"
EXPECT_VERBS = {"ожидаться", "предполагаться", "предвидеться"}

# Working on a text ("регионы работают над соглашением"): a draft, so planned
WORK_ON_VERBS = {"работать", "поработать", "трудиться"}
WORK_ON_PREPOSITIONS = {"над"}

# Nouns of a copy of the document: "обменялись подписанными экземплярами соглашения"
COPY_NOUNS = {"экземпляр", "текст", "копия", "оригинал", "документ"}

# Spans too short for "N ... назад" to make a signing an earlier one ("три дня назад")
SHORT_SPANS = {"день", "сутки", "неделя", "час", "минута"}

# --- agr16: the document itself, bodies named by an adjective, defined terms -------------
# Determiners by which a document speaks of itself: "заключили настоящее Соглашение" in the
# preamble of the text that is the agreement (extract.agreements._this_document).
SELF_DETERMINERS = frozenset({"настоящий", "данный"})
# Nouns a text uses for a region's social body, often shortened or colloquial: "калужский
# минтруд", "губернский соцблок", "региональное ведомство" (extract.agreements._adjective_body).
COLLOQUIAL_BODIES = frozenset({"минтруд", "минсоц", "минсоцразвития", "минсоцзащиты",
                               "соцблок", "соцзащита", "ведомство", "министерство",
                               "департамент", "комитет", "управление", "правительство",
                               "кабмин", "минсоцполитики"})
# Adjectives that name the text's own region without naming it: "губернский соцблок",
# "областное ведомство", "региональный минтруд".
OWN_REGION_ADJECTIVES = frozenset({"губернский", "областной", "краевой", "региональный",
                                   "республиканский", "окружной", "местный", "наш"})
# fixsigners67: the own region's adjectives that name a region's body, each with the noun
# of the region's kind its name must hold: "краевой минздрав" is a krai's ministry, never a
# republic's (extract.party_identity.own_region_compound); None: any kind ("региональный",
# "губернский"). "местный" and "наш" are not among them.
OWN_REGION_KIND_ADJECTIVES: dict[str, str | None] = {
    "краевой": "край", "областной": "область", "республиканский": "республика",
    "окружной": "округ", "региональный": None, "губернский": None}
# Terms a document defines for its sides, never a side's name: "совместно именуемые
# «Стороны»", "именуемое в дальнейшем «Сторона 1»" (first word, lower case).
DEFINED_SIDE_TERMS = frozenset({"сторона", "стороны", "партнер", "партнеры"})
# Nouns that name the text's own region in a genitive after a body: "ведомство региона",
# "министерство области" (extract.agreements._adjective_body).
OWN_REGION_NOUNS = frozenset({"регион", "область", "край", "республика", "округ"})
# Legal forms that open a company's or a non-profit's name: "ПАО Сбербанк", "АО «Почта
# России»", "АНО «Доброе дело»": a legal form does not decline (extract.agreements._can_be_nom).
LEGAL_FORMS = frozenset({"пао", "ао", "оао", "зао", "ооо", "ано", "нко", "фгуп", "гуп",
                         "муп", "гбу", "гку", "гау", "мку", "мбу", "фгбу", "фгбоу",
                         # agr69: an institution's form without "государственное" ("БУ
                         # «Сургутский центр»", "КУ «Центр занятости»", "АУ"), a municipal
                         # enterprise ("МП") and a farming cooperative ("СПК")
                         "бу", "ку", "ау", "мп", "спк"})
# agr38: the abbreviated legal form of a state or municipal institution, with the region's
# letters before it: "ГБУ", "ГАУСО", "КОГАУСО" (Кировское областное государственное
# автономное учреждение социального обслуживания), "ГАПОУ", "ФГБУ", "КГБУЗ"; fixlists64:
# a residential one, "КГБСУСО" (… бюджетное стационарное учреждение социального обслуживания).
STATE_INSTITUTION_FORM = r"[А-ЯЁ]{0,3}[ГМФ][АБК](?:П?ОУ|С?УСОН?|УЗ|У)"
# Head nouns of a province of another state, a side though no federal subject: "между
# Атырауской областью и Астраханской областью", "с Могилёвской областью", "провинция Хэйлунцзян".
FOREIGN_AREA_HEADS = frozenset({"область", "провинция", "штат", "воеводство", "губерния",
                                "префектура", "кантон"})

# --- agr17: status of hearsay and of approvals ---------------------------------------------
# Particles by which a text passes on a claim it does not vouch for: "министерство якобы
# подписало соглашение" reports no signing (extract.status.hearsay_signing).
HEARSAY_WORDS = frozenset({"якобы", "будто", "дескать", "мол"})
# Verbs of a body that approves, ratifies or endorses an agreement already signed: the
# approval is no signing (extract.status.approved_after_signing).
RATIFY_VERBS = frozenset({"одобрить", "одобрять", "ратифицировать", "утвердить",
                          "утверждать", "ратифицироваться", "одобряться", "утверждаться"})
# Nouns and prepositions that name an agreement as the frame of what a sentence tells:
# "по условиям соглашения", "в рамках договора", "согласно соглашению"; with no side of its
# own such a mention is the agreement told before (extract.agreements._terms_reference).
TERMS_NOUNS = frozenset({"условие", "рамка", "соответствие", "положение"})
TERMS_PREPOSITIONS = frozenset({"согласно"})
# Preliminary documents: a protocol of intentions or a memorandum comes before a full
# agreement; one planned after such a signing is the next document
# (extract.merge_rules._next_step).
PRELIMINARY_DOCUMENTS = frozenset({"протокол", "меморандум"})
# Headings of a readers' comment section: "Комментарии (4)", "Обсуждение:"
# (extract.merge._comments_start).
COMMENT_HEADINGS = frozenset({"комментарии", "обсуждение", "отзывы", "мнения"})
# reg45: the words a social network's button puts before that heading: "Показать комментарии",
# "Показать предыдущие комментарии", "Все комментарии" (extract.merge._comments_start).
COMMENT_HEADING_OPENERS = frozenset({"показать", "все", "предыдущие", "следующие", "ещё", "еще"})
# reg45: the reply button a social network writes after each comment's time: "9 ноя в 14:27
# Ответить", "2 апр в 08:15 · Ответить" (extract.merge._reply_stamped).
COMMENT_REPLY_WORDS = frozenset({"ответить"})

# --- tidy51: a web page's furniture, as a crawler may flatten it onto one line --------------
# (extract.page_blocks reads these capitalised, as a page prints a block's head; phrases
# as printed, lower case)
# The first part of a breadcrumb, the site's home: "Главная » Общество » Соцзащита",
# "Home / Новости".
CRUMB_ROOTS = ("главная", "главная страница", "новости", "home")
# pages66: the labels of a page's tag line, the class of words a site prints before its
# keywords ("Теги: инклюзия, ВОИ, Энск", "Ключевые слова: занятость, инвалиды", "Метки:
# #соцзащита #Энск"): the places among the tags are the site's index, not the news's
# (extract.boilerplate.tag_line).
TAG_LABELS = ("теги", "тэги", "метки", "ключевые слова", "хештеги", "хэштеги", "теги статьи")
# Labels of a page's trailing fields, before a colon: tags, rubrics, share buttons, a
# picture's credit, the editor's address ("Теги: соцзащита, семья", "Поделиться:",
# "Источник фото: пресс-служба", "Адрес редакции: …").
# fixpages66: the tag labels first, one list for the class
TRAILING_FIELD_LABELS = TAG_LABELS + ("рубрики", "поделиться", "источник фото",
                                      "адрес редакции")
# A comment section's heading that is also the name of a site's section of columns
# ("Главная Новости Мнения Спорт"): on a flattened page it heads no comments.
OPINION_SECTIONS = frozenset({"мнения"})
FLAT_PAGE_COMMENT_HEADINGS = COMMENT_HEADINGS - OPINION_SECTIONS
# Calls under an article to write a comment or to subscribe: "Оставить комментарий",
# "Подписывайтесь на наш канал".
COMMENT_FORM_CALLS = ("оставить комментарий", "написать комментарий")
SUBSCRIBE_CALLS = ("подписывайтесь", "подпишитесь")
# The label of an advert bar, before a bar or a colon: "Реклама | ООО «Ромашка»".
ADVERT_LABELS = ("реклама",)
# The opening words of a page's footer blocks: the copyright, the cookie notice, the terms
# of reuse, the link to the whole feed ("© 2025 «Энские вести»", "При копировании ссылка
# обязательна", "Все новости").
FOOTER_OPENERS = ("©", "мы используем cookie", "мы используем файлы cookie",
                  "при использовании", "при копировании",
                  "при полном или частичном использовании",
                  "при полном или частичном копировании", "все новости",
                  "все права защищены")
# A header's currency widget: the codes and signs before a rate ("USD 97,35", "€ 105,10").
CURRENCY_CODES = ("usd", "eur", "cny")
CURRENCY_SIGNS = ("$", "€", "¥")

# --- agr18: terms, retractions ---------------------------------------------------------------
# Prepositions that with the dative make an agreement the ground of what a clause's verb
# tells: "По соглашению пенсионеры смогут ..." means "согласно соглашению"
# (extract.agreements._terms_reference); "по соглашению сторон" is excluded before.
TERMS_DATIVE_PREPOSITIONS = frozenset({"по"})
# Words by which a text withdraws what it said before: "ошибочно указано, что соглашение
# подписали ...", "неверно сообщалось": the clause they govern is no report
# (extract.status.retracted_report).
RETRACTION_WORDS = frozenset({"ошибочно", "ошибочный", "неверно", "неправильно", "ошибка"})

# --- agr19: sides given by a count, neighbours ---------------------------------------------
# Counting words that, with a place noun in the genitive plural, stand for the places just
# named: "правительства двух областей заключили соглашение", "министерства обоих регионов"
# (extract.agreements._counted_places).
SIDE_COUNTS = frozenset({"два", "оба", "три"})
# Nouns by which a text calls the other side of an agreement just named:
# "соседи подписали соглашение" (extract.agreements._counted_places).
NEIGHBOUR_NOUNS = frozenset({"сосед"})
# Verbs of an extension: the base agreement extended is an earlier one of the same sides
# ("продлили действие соглашения, заключенного в 2020 году"; extract.agreements.
# _extended_base_date).
EXTEND_VERBS = frozenset({"продлить", "продлевать", "пролонгировать", "продлеваться"})
# pair53: words telling that an agreement extends itself by its own terms, with nothing
# signed: "оно автоматически продлевается на следующие пять лет"
AUTOMATIC_WORDS = frozenset({"автоматически", "автоматический"})
# status44: the nouns of extending: "дополнительное соглашение о продлении" is the document of
# an extension
EXTEND_NOUNS = frozenset({"продление", "пролонгация"})
# Participles of an earlier signing on the extended agreement
BASE_SIGNING_PARTICIPLES = frozenset({"заключить", "подписать"})
# pair96: endings of a full adjective or participle in the nominative or accusative
# singular ("заключённое", "подписанную"): such a participle never agrees with a base
# told in an oblique case ("к договору", "срока действия договора")
NOM_ACC_ENDINGS = ("ый", "ий", "ое", "ее", "ая", "яя", "ую", "юю")  # not "ой": also oblique
# Legal forms of commercial companies: an agreement all of whose sides are such companies
# is business, not cooperation of public bodies (extract.agreements._companies_only).
COMMERCIAL_FORMS = frozenset({"ооо", "ао", "пао", "зао", "оао", "нао", "ип"})
# The commercial forms a page writes in capitals before a quoted name ("ООО «Север»"),
# but "нао" (alone, the Nenets okrug) and "ип" (a person's business, never a quoted name)
# (extract.party_cleanup.company_told_elsewhere)
QUOTED_COMPANY_FORMS = COMMERCIAL_FORMS - frozenset({"нао", "ип"})

# --- agr20: round 10's causes (signing phrases, next steps, implementers, counts, domain) --
# Verbs that with "подписями/подписью" mean signing: "министры скрепили подписями соглашение"
# is "подписали соглашение" (extract.agreements.sealed_with_signatures); agr48: so is
# "Соглашение закрепили подписи министров" (a signature noun beside the verb, status.
# signed_with_signatures).
SEAL_VERBS = frozenset({"скрепить", "скреплять", "закрепить", "закреплять"})
# Nouns of a step or an outcome that, as the complement of a future "станет/будет", announce
# what comes next: "следующим шагом станет соглашение с X", "итогом визита будет договор"
# (extract.status.next_step_document); plan65: a verbless "Следующий этап – дорожная карта
# с X" tells one to come (extract.candidate_signers.roadmap_signed_next).
STEP_NOUNS = frozenset({"шаг", "этап", "итог", "результат", "продолжение"})
# date62: adjectives of order that stand for the elided step noun under a future "станет":
# "следующим станет соглашение с X", "очередным будет договор с Y"
# (extract.status.next_step_document, extract.candidate_signers.roadmap_signed_next).
ORDER_ADJECTIVES = frozenset({"следующий", "очередной"})
# Nouns of implementing an agreement: bodies "уполномоченные на реализацию Соглашения" carry
# out the agreement told before, they are no sides of a new one
# (extract.agreements.implementers_clause).
IMPLEMENT_NOUNS = frozenset({"реализация", "исполнение", "выполнение", "осуществление"})
# fixdate58: nouns of a signing's outcome or execution: what is discussed in "обсудили итоги
# подписания в марте соглашения", "ход выполнения" is a signing done, not one to come
# (extract.anchor._SentenceTenses._signing_discussed).
SIGNING_OUTCOME_NOUNS = frozenset({"итог", "результат", "ход", "последствие"} | IMPLEMENT_NOUNS)
# Words of authorising or charging a body with a task: "определить X органом,
# уполномоченным на ...", "возложить на X ..." (extract.agreements.implementers_clause).
AUTHORISE_WORDS = frozenset({"уполномоченный", "уполномочить", "определить", "ответственный",
                             "назначить", "возложить"})
# Nouns of places that, counted by a number, are no named side: "с 26 регионами",
# "с десятью субъектами" (extract.agreements.counted_party).
COUNTED_PLACE_NOUNS = frozenset({"регион", "субъект", "область", "край", "республика",
                                 "муниципалитет", "город", "страна", "территория"})
# Lemmas of words that put an agreement's subject or side in the social sphere: social
# protection, labour and employment, care, disability, family, pensions, health, education
# (extract.agreements.outside_social_sphere). An agreement naming none of them in its
# subject or sides, with a company as a side, is business of another field.
SOCIAL_SPHERE_WORDS = frozenset({
    "социальный", "соцзащита", "соцподдержка", "помощь", "труд",
    "трудовой", "занятость", "трудоустройство", "реабилитация", "абилитация", "инвалид",
    "инвалидность", "пенсионный", "пенсия", "пенсионер", "семья", "семейный", "ребёнок",
    "ребенок", "детский",
    "дети", "материнство", "детство", "пожилой", "старший", "уход", "обслуживание",
    "опека", "попечительство", "отдых", "оздоровление", "туризм", "здравоохранение",
    "здоровье", "медицинский", "образование", "образовательный", "кадр", "специалист",
    "участник", "ветеран", "благополучие", "сотрудничество", "взаимодействие", "партнёрство",
    "партнерство", "обмен", "опыт", "страхование", "гуманитарный", "мигрант", "миграция",
    "волонтёр", "волонтер", "благотворительный", "молодёжь", "молодежь", "спорт",
    # agr42: the groups and care social protection serves ("о доставке лекарств
    # маломобильным гражданам", "геронтологический центр")
    "маломобильный", "геронтологический", "многодетный", "малоимущий", "малообеспеченный",
    # pair67: sport of people with disabilities ("о развитии адаптивного спорта") and care
    # of the old ("о совместной программе по гериатрии")
    "адаптивный", "паралимпийский", "сурдлимпийский", "гериатрия", "гериатрический",
    # labour: training at work ("о наставничестве")
    "наставничество", "наставник",
    # muni90: care homes and rehabilitation named by their adjective ("о строительстве
    # реабилитационного центра", "дома-интерната для престарелых")
    "реабилитационный", "престарелый", "интернат", "дом-интернат",
    # bcast90: the quota of jobs an employer keeps for people with disabilities, a measure of
    # employment ("соглашение завода с центром занятости о квотировании вакансий")
    "квотирование",
    # miss43: the subject of tripartite agreements of a government, unions and employers
    # ("о регулировании социально-трудовых отношений")
    "социально-трудовой",
    # social60: the groups social protection serves and the care it gives, told by rarer
    # words than the above ("о жилье для детей-сирот", a hyphenated noun read by its parts;
    # "о помощи бездомным", "о паллиативной помощи", "граждан предпенсионного возраста",
    # "вынужденных переселенцев", "погорельцев")
    "сирота", "сиротство", "бездомный", "бездомность", "паллиативный", "предпенсионный",
    "переселенец", "беженец", "погорелец", "опекун"})
# fixsocial60: people with a disability of sight or hearing, named by their own adjective
# ("о доступности театров для незрячих и слабовидящих зрителей", "детей с ОВЗ"): a topic
# serving them is social whatever its venue, so field officials as an agreement's makers
# (extract.agreements.field_agents_told) do not make two regions' agreement on it another
# field's. Not in SOCIAL_SPHERE_WORDS: read by that pass only.
SERVED_GROUP_WORDS = frozenset({"незрячий", "слабовидящий", "слабослышащий", "слепоглухой",
                                "глухонемой", "овз"})
# Fields outside the social sphere, each by the words that name it in an agreement's subject
# or a body's name (shape91: one entry for the passes that drop such agreements,
# extract.agreements.other_field_subject, and for the bodies of those fields).
# pair65: fields next to the social sphere that a body may serve alone: a ministry of
# sport, a committee for tourism, a department of culture (extract.agreements
# .other_field_bodies); "социальный туризм" stays social by its other word. pair67: heritage
# bodies ("инспекция по охране объектов культурного наследия"). agr69: transport and road
# bodies ("Министерство транспорта края", "Федеральное дорожное агентство"). muni90: building
# works and roads ("соглашение о строительстве моста через реку", "о предоставлении субсидии
# на ремонт автодорог"), a field of public works with no body of its own here; a roadmap's
# kind ("дорожная карта", ROADMAP_DOCUMENTS) is no road.
# extra97: the sports a body or a subject may name by their discipline ("Федерация
# триатлона России", "Крымский футбольный союз"), each with the adjectives made of it: the
# one source of the field's disciplines, read as lemmas (``NON_SOCIAL_FIELDS["sport"]``)
# and as stems of the written word (``SPORT_DISCIPLINE_STEMS``)
SPORT_DISCIPLINES: dict[str, frozenset[str]] = {
    "футбол": frozenset({"футбольный"}), "хоккей": frozenset({"хоккейный"}),
    "баскетбол": frozenset({"баскетбольный"}), "волейбол": frozenset({"волейбольный"}),
    "гандбол": frozenset(), "биатлон": frozenset(), "триатлон": frozenset(),
    "паратриатлон": frozenset(), "теннис": frozenset(), "шахматы": frozenset({"шахматный"}),
    "самбо": frozenset(), "дзюдо": frozenset(), "атлетика": frozenset(), "регби": frozenset(),
    "гребля": frozenset(), "фехтование": frozenset(), "тхэквондо": frozenset(),
    "керлинг": frozenset(),
}
# ... a discipline's stem: its lemma less a declinable noun's ending ("шахматы" → "шахмат",
# "фехтование" → "фехтован"; "самбо", "регби" do not decline)
_DISCIPLINE_ENDINGS = ("ие", "а", "я", "ы")
NON_SOCIAL_FIELDS: dict[str, frozenset[str]] = {
    "sport": frozenset({"спорт", "спортивный", "физкультурный"}).union(
        SPORT_DISCIPLINES, *SPORT_DISCIPLINES.values()),
    "tourism": frozenset({"туризм", "туристический", "турист", "курортный"}),
    "culture": frozenset({"культура", "культурный", "наследие"}),
    "transport": frozenset({"транспорт", "транспортный", "дорожный"}),
    "works": frozenset({"строительство", "дорога", "автодорога", "дорожный", "автомобильный",
                        "трасса", "автотрасса", "магистраль", "обход", "мост", "путепровод",
                        "развязка", "газификация", "газоснабжение", "водоснабжение",
                        "водоотведение", "электроснабжение", "теплоснабжение",
                        # extra45: what is built for a field ("о развитии транспортной
                        # инфраструктуры"), not the service it gives ("транспортного
                        # сообщения"); "социальной инфраструктуры" names the sphere
                        "инфраструктура",
                        # agr54: a town's communal upkeep, the class of its waste and the
                        # care of its streets and yards ("о совместном вывозе бытовых
                        # отходов", "о благоустройстве набережной"), a utility like water
                        # supply above
                        "отход", "мусор", "благоустройство",
                        # agr57: the building of a quarter or a town's part ("о комплексной
                        # застройке квартала"), works as building is
                        "застройка",
                        # extras63: two classes of a road's words, works as roads above: its
                        # paving materials ("о закупке асфальта для ремонта улиц", "об
                        # испытаниях асфальтобетонного покрытия") and the services built
                        # along it ("об открытии придорожного кафе", "о строительстве
                        # автозаправочной станции у трассы")
                        "асфальт", "асфальтобетонный", "придорожный", "автозаправочный"}),
    # extra97: farming and food ("о сотрудничестве в сфере сельского хозяйства и
    # продовольственной безопасности", "о развитии агропромышленного комплекса")
    "agriculture": frozenset({"сельскохозяйственный", "агропромышленный", "аграрный",
                              "продовольственный", "продовольствие", "агропром",
                              "животноводство", "растениеводство", "мелиорация"}),
}
# ... every field's words together (event49: a side of such a field is no social body;
# extract.agreements.schooling_outside_social_sphere)
NON_SOCIAL_FIELD_WORDS = frozenset().union(*NON_SOCIAL_FIELDS.values())
# ... building works and the roads and transport they serve: a subject of these fields alone
# is public works (extract.agreements.other_field_subject)
PUBLIC_WORKS_FIELDS = frozenset({"works", "transport"})
# extra97: nouns of whose experience or example a text tells: a body named as their genitive
# is a model, not a side ("изучили опыт соседней Калмыкии", "по примеру Пермского края";
# extract.coreference.example_regions)
EXAMPLE_NOUNS = frozenset({"опыт", "пример", "практика"})
# extra97: the stems of sports named by their discipline in a body's name
# (``SPORT_DISCIPLINES``), read on the word as written since the tagger guesses odd lemmas
# for the rarer ones (extract.agreements._side_words)
SPORT_DISCIPLINE_STEMS = tuple(
    next((d[:-len(e)] for e in _DISCIPLINE_ENDINGS if d.endswith(e)), d)
    for d in SPORT_DISCIPLINES)
# extras63: a class, the acronyms that name a sports club by its discipline as the first
# word of the club's name ("ХК «Сокол»": хоккейный клуб; "ФК", "ПФК", "МФК", "ЖФК": the
# football clubs, professional, mini-football, women's); a side so named is a body of sport
# (extract.agreements._side_words). Not "СК" (also a body of investigators) nor "ВК".
SPORT_CLUB_ACRONYMS = frozenset({"хк", "фк", "пфк", "мфк", "жфк"})
# extra97: the money an agreement may grant and nothing else ("соглашение о предоставлении
# субсидии"), and the words of giving it: a subject of these alone is a funding contract
# unless the social sphere is named (extract.agreements.funding_alone)
FUNDING_WORDS = frozenset({"субсидия", "грант", "трансферт", "финансирование",
                           "софинансирование"})
FUNDING_GIVING_WORDS = frozenset({"предоставление", "выделение", "перечисление", "выплата",
                                  "получение", "бюджетный", "межбюджетный", "иной",
                                  "федеральный", "областной", "краевой", "республиканский",
                                  "региональный", "местный", "муниципальный", "бюджет"})
# extra97: two words of a subject that name a field as one ("сельское хозяйство"), and the
# word of NON_SOCIAL_FIELDS they stand for (extract.agreements.other_field_subject)
FIELD_WORD_PAIRS: dict[frozenset[str], str] = {
    frozenset({"сельский", "хозяйство"}): "сельскохозяйственный",
    # extras63: the town planners' term for rebuilding a whole area ("о комплексном развитии
    # территории", КРТ) names building works as "застройка" does
    frozenset({"комплексный", "развитие", "территория"}): "застройка"}
# extra97: fields of the economy that, like building works, make an agreement whose subject
# names them alone no record whoever its sides are (two regions' governors on farming and
# food, extract.agreements.other_field_subject); a body of them may still sign a social one
ECONOMY_FIELDS = frozenset({"agriculture"})
# topic43: the fields of trade, industry, investment and science an agreement's own words may
# name as its topic ("о торгово-экономическом и научно-техническом сотрудничестве", "в
# торгово-экономической и аграрной сферах", "инвестиционное соглашение"), with the farming
# words of NON_SOCIAL_FIELDS["agriculture"]: a story's own agreement of these fields alone is
# the economy's business, no record (extract.agreements.economy_topic_alone); a framework
# recalled beside a social agreement ("в развитие соглашения о торгово-экономическом
# сотрудничестве 2017 года") stays
ECONOMY_TOPIC_WORDS = frozenset({
    "торгово-экономический", "экономический", "внешнеэкономический", "торговый", "торговля",
    "научно-технический", "инвестиционный", "инвестиция", "промышленный", "промышленность",
    "товарооборот", "экспорт", "экспортный",
    # extras63: a class of one, industry told by its manufacture ("о выпуске и производстве
    # деталей для станков"). A broad word: it names industry only where nothing social is
    # named beside it, as every word here (a social word keeps the record:
    # "о производстве средств реабилитации для инвалидов" stays)
    "производство",
    # extra44: the goods a trade agreement promotes ("о продвижении продукции местных
    # производителей")
    "продукция",
    # multi47: the supply of goods, a trade contract's own subject ("о поставках
    # комплектующих", "договор поставки автобусов")
    "поставка",
    # multi47: the kinds of a public-private partnership's contract, an investment in
    # infrastructure named by the agreement noun's adjective ("концессионное соглашение о
    # реконструкции городских котельных", "соглашение о государственно-частном партнёрстве")
    "концессионный", "государственно-частный", "муниципально-частный",
}) | NON_SOCIAL_FIELDS["agriculture"]
# r60sig: words of geology, mining and the subsoil, a field of the economy an agreement's
# topic may name ("о разведке недр и добыче нефти", "о геологическом изучении участков"):
# with ECONOMY_TOPIC_WORDS and NON_SOCIAL_FIELD_WORDS, the fields by which a signing of
# another field's agreement at an event is told apart from the social one it joined
# (extract.agreements.other_field_signing). A class of words: the subsoil and its use
SUBSOIL_WORDS = frozenset({"недра", "геологический", "геология", "геологоразведка",
                           "геологоразведочный", "месторождение", "добыча", "золотодобыча",
                           "нефтедобыча", "нефть", "газ", "руда", "рудник", "горнорудный",
                           "недропользование"})
# extra44: verbs by which a text says what sphere an agreement belongs to, and the adjective
# naming the social sphere there: "Шестое соглашение к социальной сфере не относится"
# (extract.agreements.sphere_disowned)
SPHERE_BELONGING_VERBS = frozenset({"относиться", "касаться"})
SPHERE_NAMING_WORDS = frozenset({"социальный"})
# ... and the particles that make it a sphere and more: "касается не только социальной сферы"
SPHERE_LIMITING_WORDS = frozenset({"только", "лишь"})
# agr55: the strands a regions' trade framework names beside trade, culture and the
# humanities ("о торгово-экономическом, научно-техническом и культурном сотрудничестве", "в
# торгово-экономической и гуманитарной сферах"): beside a word of ECONOMY_TOPIC_WORDS they
# keep no agreement signed or planned (topic43 had kept the humanities); a social strand
# does ("социально-культурном"). A class of words, the fields of culture and the humanities
# (extract.agreements.economy_topic_alone)
# extras63: transport is such a strand too ("в торгово-экономической, научно-технической
# сфере и в области транспорта"), the words of NON_SOCIAL_FIELDS["transport"]
TRADE_FRAMEWORK_STRANDS = NON_SOCIAL_FIELDS["culture"] | NON_SOCIAL_FIELDS["transport"] | \
    frozenset({"гуманитарный"})
# agreements69: the heads of a region's or a town's general government, bodies of no field of
# their own ("Правительство Энской области", "Энский облисполком", "администрация города"):
# an agreement of such bodies or of the regions themselves on a page that names nothing of
# the social sphere is the regions' general business (trade, tourism, a roadmap of their
# ties), no record (extract.agreements.general_bodies_off_sphere). A class of words: the
# nouns of general government, a region's head among them ("губернатор", "аким")
GENERAL_GOVERNMENT_HEADS = frozenset({
    "правительство", "администрация", "мэрия", "облисполком", "исполком", "горисполком",
    "райисполком", "акимат", "губернатор", "аким", "глава"})
# agr55: prepositions whose phrase on an agreement noun names its topic as "о" does, read
# for the economy's topics only: "дорожная карта по торговле", "соглашение по
# инвестициям" (extract.agreements._about_phrase_lemmas with economy)
TOPIC_PREPOSITIONS = frozenset({"по"})
# agr55: relations that lead from the noun's "между"/"с" phrase to the other sides and their
# names, the words on which the parser may hang the agreement's "о ..." topic ("соглашение
# между правительством и облисполкомом о ..."; extract.agreements.side_topic_heads)
SIDE_CHAIN_RELATIONS = frozenset({"nmod", "conj", "flat", "appos"})
# multi47: verbs whose subject is an agreement and whose object tells that agreement's own
# topic, as an "о ..." phrase does: "Соглашение с АО «Вектор» касается создания
# лаборатории" (extract.agreements.touched_topic_lemmas)
TOPIC_TELLING_VERBS = frozenset({"касаться"})
# multi47: their participles on the agreement noun tell its topic the same way
# ("соглашение, касающееся поставок зерна": extract.agreements.touched_topic_lemmas)
TOPIC_TELLING_PARTICIPLES = frozenset({"касающийся"})
# agr57: verbs whose passive subject is an agreement and whose oblique tells its topic: the
# short participle "Соглашение посвящено ремонту котельных" (the parser's lemma the verb),
# and the participle on the noun, as the parser may lemmatise it ("соглашение, посвящённое
# ремонту котельных"). A class of words: verbs of dedicating (extract.agreements.
# touched_topic_lemmas)
TOPIC_TELLING_PASSIVES = frozenset({"посвятить", "посвящённый", "посвященный"})
# multi47: words of teaching that SOCIAL_SPHERE_WORDS counts because a school's agreement
# with a body of social protection trains its staff; between schools alone they name
# teaching, not the social sphere: "договор о сетевой образовательной программе по
# геологии" (extract.agreements.schools_on_teaching)
TEACHING_WORDS = frozenset({"образование", "образовательный", "кадр", "специалист"})
# multi47: head nouns of schools, higher and vocational, as a side's name opens with them
# ("Уральский государственный университет", "Колледж связи";
# extract.agreements.schools_on_teaching)
SCHOOL_HEADS = frozenset({"университет", "институт", "академия", "вуз", "колледж",
                          "техникум", "училище", "консерватория"})
# event49: nouns of schools and their classes as an agreement's topic names them ("о
# строительстве трёх школ", "о создании инженерных классов в школах"): with the teaching
# words, a topic of schooling (extract.agreements.schooling_outside_social_sphere); a class
# of words, the kinds of general schools and their classes
SCHOOLING_NOUNS = frozenset({"школа", "класс", "лицей", "гимназия"})
# extras63: a class, the nouns of schools for children that an adjective of age
# ("детский") makes no word of the social sphere: "детский сад", "детская школа искусств"
# (extract.agreements.age_of_field); "детский дом" is care and stays social
CHILD_SCHOOL_NOUNS = frozenset({"сад", "школа", "ясли"})
# event49: adjectives of the age of those who do a sport: on a noun of sport ("о развитии
# детского хоккея") they name that sport's people, not the social sphere of children
# (extract.agreements.age_of_sport); a class of words, the age groups of sport
SPORT_AGE_ADJECTIVES = frozenset({"детский", "юношеский", "детско-юношеский"})
# agr71: a class, the nouns of sport's contests and teams: an adjective of age on one of
# them ("о проведении детского турнира", "кубок среди детских команд", "юношеское
# первенство") names that sport's people as on the sport's own noun above, not the social
# sphere of children (extract.agreements.age_of_sport)
SPORT_CONTEST_NOUNS = frozenset({"турнир", "кубок", "чемпионат", "первенство", "соревнование",
                                 "спартакиада", "матч", "команда", "сборная"})
# event49: marks a post puts at the end of a line that announces the list below it, as a
# colon does ("Подписаны соглашения с партнёрами 👇"; extract.agreement_lists
# .list_item_lead); a class of signs, the arrows pointing down
LIST_LEAD_POINTERS = frozenset({"👇", "⬇", "⬇️", "↓", "🔽"})
# event49: how many lines above a verbless item, blank or other items, are read for its
# lead (extract.agreement_lists.list_item_lead)
LIST_LEAD_REACH = 24
# topic43: nouns that frame an agreement's field under a preposition of their own, read as
# its topic like an "о ..." phrase: "соглашение в сфере занятости", "в области туризма",
# "по вопросам торговли" (extract.agreements._about_phrase_lemmas)
TOPIC_FRAME_NOUNS: dict[str, frozenset[str]] = {
    "сфера": frozenset({"в"}), "область": frozenset({"в"}), "направление": frozenset({"по"}),
    "вопрос": frozenset({"по"})}
# ... the words of the fields a body may serve alone (all but building works and the economy)
OTHER_FIELD_WORDS: frozenset[str] = frozenset().union(
    *(words for field, words in NON_SOCIAL_FIELDS.items()
      if field != "works" and field not in ECONOMY_FIELDS))
# social60: a class, culture told in an agreement's topic by its houses and their events ("о
# гастрольном обмене театров и выставочных проектах музеев"; extract.agreements
# .other_field_subject); not in a side's name: a theatre may sign for the deaf
CULTURE_TOPIC_WORDS = frozenset({"театр", "театральный", "музей", "музейный", "гастроль",
                                 "гастрольный", "выставочный"})
# agr69: words of a sports team's dealings, players and sponsors: an agreement whose
# clause names one and nothing of the social sphere proper is a club's business, no record
# of this domain: "клуб заключил соглашение с полузащитником", "достиг соглашения о
# переходе нападающего", "продлил соглашение с титульным спонсором клуба"
# (extract.agreements.team_dealings).
TEAM_DEAL_WORDS = frozenset({"полузащитник", "нападающий", "вратарь", "голкипер", "форвард",
                             "хавбек", "футболист", "хоккеист", "баскетболист",
                             "волейболист", "гандболист", "легионер", "трансфер",
                             "трансферный", "спонсор", "спонсорский"})
# pair65: words of SOCIAL_SPHERE_WORDS that say how bodies work together, not in what
# field: "о межрегиональном сотрудничестве в сфере туризма" is about tourism
# (extract.agreements.other_field_bodies); agr57: their genitive on an agreement noun tells
# its field by its adjectives, "дорожная карта торгово-экономического сотрудничества"
# (extract.agreements.cooperation_genitive).
COOPERATION_MANNER_WORDS = frozenset({"сотрудничество", "взаимодействие", "партнёрство",
                                      "партнерство", "обмен", "опыт"})
# the words of the social sphere proper: its words less those of the fields beside it
# (sport, tourism, culture) and of a manner of cooperating (read by the field filters of
# extract.agreements)
SOCIAL_PROPER_WORDS = SOCIAL_SPHERE_WORDS - OTHER_FIELD_WORDS - COOPERATION_MANNER_WORDS
# Words that name a state or commercial corporation as a side: "госкорпорация «Росатом»",
# "корпорация развития ..." (extract.agreements._company)
CORPORATION_WORDS = frozenset({"госкорпорация", "корпорация", "госкомпания", "компания",
                               "холдинг"})
# Likeness with a particle: "такой же документ", "тот же договор" (extract.agreements._alike)
LIKENESS_WITH_PARTICLE = frozenset({"такой", "тот"})
# old89: the determiner of a kind, which makes plural agreements such agreements in general
# ("таких соглашений в области уже три десятка"; candidate_status.alike_kind)
KIND_DETERMINERS = frozenset({"такой"})
# Verbs of joining an agreement: "к ним присоединится Калужская" (extract.agreements.
# joining_side).
JOIN_VERBS = frozenset({"присоединиться", "присоединяться"})
# Nouns of an arrangement that is a document only when signed: "договорённости с Курской
# областью подписали ..." (extract.agreements.signed_arrangement)
SIGNED_ARRANGEMENTS = frozenset({"договорённость", "договоренность"})
# --- r14agr: round 14's agreement and status causes ------------------------------------------
# Words that say an agreement does not exist: "соглашений с ними нет", "договор отсутствует"
# (extract.status.absent_agreement).
ABSENCE_WORDS = frozenset({"нет", "отсутствовать"})
# Prepositions that name an agreement only as missing: "работают без соглашения"
# (extract.status.absent_agreement).
ABSENCE_PREPOSITIONS = frozenset({"без"})
# Nouns of a draft: "проект соглашения" names the agreement, not a new one, and the day the
# draft was agreed on is no signing date (extract.agreements.draft_of_named).
DRAFT_NOUNS = frozenset({"проект", "черновик"})
# agr48: nouns of the wording of an agreement being worked on: "текст соглашения стороны
# согласовали вчера" dates the work on the text, not the agreement (merge_rules.other_date)
TEXT_OF_DOCUMENT_NOUNS = DRAFT_NOUNS | frozenset({"текст", "редакция"})
# fixhistory63: the nouns of the wording alone, no draft: "текст соглашения" told after a
# plan is its own paper's text, a draft ("проект договора с колледжем") may be another paper
# (extract.agreement_dates._told_after).
WORDING_NOUNS = TEXT_OF_DOCUMENT_NOUNS - DRAFT_NOUNS
# Nouns of an occasion a signing can be the event of, besides OCCASION_NOUNS: "Главным
# событием коллегии стало подписание соглашения" (extract.agreements.occasion_of_signing);
# a fair is one ("Главным событием ярмарки вакансий стало подписание двух соглашений").
MORE_OCCASION_NOUNS = frozenset({"коллегия", "форум", "совет", "саммит", "выставка",
                                 "ярмарка", "слёт", "слет", "фестиваль", "семинар",
                                 "круглый стол"})
# Adjectives that put "год" in the past: "в прошлом году", "в позапрошлом году"
# (extract.status.listed_past_signing).
PAST_YEAR_WORDS = frozenset({"прошлый", "прошедший", "позапрошлый", "минувший"})


# ---- Tuning and words of ``agreement_lists.py``'s passes (kept apart from the rules) ----

# How many words after a plural agreement noun its "с" partner may start (its title between).
UNNAMED_PARTNER_REACH = 6

NAMED_AMONG_REACH = 30  # words after the unnamed partners where "в том числе с X" may stand


# ---- Tuning and words of ``agreements.py``'s passes (kept apart from the rules) ----

# how many sentences back the occasion a signing is the event of may be dated
OCCASION_REACH = 8

# ... and, past them, how many first sentences of the text (headline included), where a report
# introduces its occasion (status48)
OCCASION_LEAD = 3

# nouns down the agreement's name where a partner may hang (many43: a long topic, "о
# сотрудничестве в сфере занятости ветеранов боевых действий с ...", is six deep)
TOPIC_PARTNER_DEPTH = 8

SIDES_TOLD_REACH = 2  # sentences after an agreement where its sides may be told

# lists64: sentences before a list's sideless lead ("Соглашения заключены с:") where the
# side common to all its items may be told as the subject of its signing; the reader
# (``series_sides.side_before_lead``) returns that side
LEAD_SIDE_REACH = 3

# many43: sentences before a signing sentence ending in a colon where the mention its signer
# lines sign may stand (``signer_lines``)
SIGNER_LINES_REACH = 3

# many43: marks opening a list line besides dashes (``signer_lines``)
LINE_BULLETS = frozenset({"•", "*", "▪", "·"})

PARTNER_ANTECEDENT_REACH = 3  # sentences back where a partner's kind noun finds its body

# Prepositions of place: "в Курской области", "на Алтае".
LOCATIVE_PREPOSITIONS = frozenset({"в", "во", "на"})

# What joins the members of a list: "Курганской, Тюменской и Омской областей", "о X, о Y и о Z".
LIST_JOINERS = frozenset({",", "и"})

# The preposition "в" of a place or a time: "в Курской области", "в среду".
IN_PREPOSITIONS = frozenset({"в", "во"})

PLACE_CLIMB = 8  # links up a place's chain of conjuncts and genitives, at most

DIGEST_REACH = 200  # sentences of a digest searched for the first body of a bare noun

RELATIVE_BARE_WORDS = 2  # genitive words a bare head noun may carry ("центр занятости")

# agr57: characters between a heading line and the first sentence under it (line breaks
# only: "\n\n" and a stray space), merge_rules.heading_over_body
HEADING_GAP = 3


# ---- Tuning of ``merge_rules.py``'s passes (kept apart from the rules) ----

# characters after a headline where the agreement it heads may begin (status50)
HEADLINE_REACH = 600

# sentences after a bare ordinal item where its agreement may be told (agr50)
ORDINAL_ITEM_REACH = 2

# pair60 (merge._extended_object): genitive nouns walked up from an agreement noun to its
# extending noun ("продление срока действия соглашения": three steps)
EXTEND_CHAIN = 3
# agr54 (agreement_extension.extending_noun_before): words read back in word order from an
# agreement noun to its extending noun when the parse breaks the chain, at most seven ("о
# продлении до 2030 года срока действия соглашения": "продлении" is the sixth word back, so
# one word to spare)
EXTEND_GAP = 7

# pymorphy's grammemes of a person's name parts: a word with one of them may be a person, not
# a place or a body's word; in the order of a full name written surname first, as in the
# preamble of a document: "в лице министра Лисицыной Марины Олеговны"
PERSON_NAME_GRAMMEMES = ("Surn", "Name", "Patr")

# ---- Word lists the rules wrote inline, moved here (mend62) ----

# The prepositions that give an agreement noun a side of its own: "соглашение с
# Минтрудом", "соглашение между правительствами" (an agreement told as a frame of terms
# has none).
OWN_SIDE_PREPOSITIONS = frozenset({"с", "между"})

# topic43: characters between the sentence of a signing the report tells without its signers
# and a sentence of signatures after it that tells that signing again ("Министерство и фонд
# подписали соглашение. Это произошло на форуме. Подписи под документом поставили ...":
# merge_rules.same_signers_again)
SIGNATURES_TOLD_REACH = 400

# pair68: the months by lemma, for a sentence that names a month of its own
# (merge_extra.tells_a_date).
MONTH_LEMMAS = frozenset({
    "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
    "октябрь", "ноябрь", "декабрь"})

# Prepositions that go on within an agreement's name: "Соглашение о сотрудничестве в
# области занятости по вопросам ...", "об обмене".
TITLE_PREPOSITIONS = frozenset({"о", "в", "по", "об"})
# agr89: nouns of the authority a document is signed under, after "по": they end the
# agreement's name, they tell no subject ("подписал соглашение по доверенности ректора",
# "соглашение по поручению губернатора подписал заместитель")
AUTHORITY_NOUNS = frozenset({"доверенность", "поручение", "полномочие"})

# The words right before a party phrase that open a list of parties: "между X и Y", "с X,
# Y", "со Y".
PARTY_LIST_OPENERS = frozenset({"между", "с", "со", "и", ","})

# "один" in words or digits: a count of one is no count of several ("одно соглашение").
ONE_WORDS = frozenset({"один", "1"})

# Lemmas of "ещё одно" before an agreement noun: another agreement, told apart.
ONE_MORE_LEMMAS = ("ещё", "один")

# Numerals after which a noun stands in the genitive singular ("два министерства").
PAUCAL_NUMERALS = frozenset({"два", "две", "три", "четыре", "оба", "обе", "полтора"})

# pair62: the adverb that dates a clause by the date told just before it in the sentence:
# "Сотрудничество началось 17 декабря 2019 года: тогда соглашение подписали ...".
THEN_ADVERBS = frozenset({"тогда"})

# date52 (fixdate52: a lexicon class, moved from ``datewords``, with "накануне", "к",
# "в преддверии"): prepositions that make a genitive day of an occasion, or the noun
# governing it, a span's boundary, not the day itself: "с первого дня работы", "до второго
# дня", "накануне второго дня форума", "до начала второго дня работы форума"
EVENT_DAY_GEN_NOT_AFTER = frozenset({"с", "со", "до", "после", "течение", "от", "кроме",
                                     "накануне", "к", "ко", "преддверии", "перед"})
# fixdate52: of those, the ones that make the noun governing the genitive day a boundary
# ("до начала второго дня", "после окончания первого дня", "к открытию второго дня"); not
# "с": "знакомились с итогами второго дня" is the day's
EVENT_DAY_GOVERNOR_NOT_AFTER = frozenset({"до", "после", "накануне", "к", "ко", "преддверии",
                                          "перед"})
