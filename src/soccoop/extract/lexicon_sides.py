"""Words the passes of ``sides.py`` read (kept apart from the rules)."""

from __future__ import annotations

from soccoop.extract.lexicon_orgs import PORTFOLIO_NOUNS

# Posts that head a town: "глава города Кемерово", "мэр Томска" sign for the town itself.
CITY_HEAD_POSTS = frozenset({"мэр", "глава", "градоначальник", "сити-менеджер"})

# The noun that names a town as a town: "администрации двух городов", "глава города".
CITY_NOUNS = frozenset({"город"})

# The body that a town's head speaks for when the text names no other one.
CITY_DEFAULT_BODY = "Администрация"

# Bodies a town has, the heads a town's side may already carry ("мэрия Томска").
CITY_BODIES = frozenset({"администрация", "мэрия", "горисполком", "исполком", "дума"})

# pair62: a town's executive named two ways: "Мэрия Сургута" and "Администрация Сургута".
TOWN_EXECUTIVES = frozenset({"мэрия", "администрация"})

# pair62: words a town's executive may put before the town's name ("Администрация города
# Сургута", "администрация городского округа «Город Томск»"), lemmas.
TOWN_NAME_FILLERS = frozenset({"город", "городской", "округ", "муниципальный", "образование", "г"})

# First-person possessives: "наше отделение" is the speaker's own body.
SPEAKER_POSSESSIVES = frozenset({"наш", "мой"})

# agr77: where a page names its own body (page_owner): the first lines of the page (header)
# and its last lines (footer), and how long a name line may be in words.
OWNER_LINES_HEAD = 3
OWNER_LINES_FOOT = 6
OWNER_LINE_MAX_WORDS = 16

# agr77: the head noun a legal form's abbreviation spells, for a page's own body named by it
# ("АНО «Добрые руки»" is an организация, "ГБУ «Центр ...»" an учреждение).
OWNER_LEGAL_FORM_HEADS = {
    "ано": "организация", "нко": "организация", "роо": "организация", "ооо": "общество",
    "гбу": "учреждение", "гку": "учреждение", "гау": "учреждение", "мбу": "учреждение",
    "мку": "учреждение", "мау": "учреждение",
}

# Nouns whose "между X и Y" members may be bare heads of bodies named before:
# "между департаментом и главным управлением".
GENERIC_BODY_HEADS = frozenset({
    "администрация", "правительство", "министерство", "департамент", "мэрия", "управление",
    "комитет", "агентство", "служба", "центр", "учреждение", "фонд", "отделение", "филиал",
    "инспекция", "представительство",
})

# Region nouns whose plural takes coordinated region adjectives:
# "Курганской и Тюменской областей", "Пермского и Алтайского краёв".
REGION_NOUNS = frozenset({"область", "край", "округ", "республика"})

# many63: nouns of a municipal unit whose plural takes coordinated adjectives of the units,
# no federal subject: "администрациями Ржевского и Кимрского районов".
MUNICIPAL_NOUNS = frozenset({"район", "округ", "улус"})  # recpool96: "улус", a district

# hid92: kinds of settlement a municipality's official name writes before the town's own
# name in apposition ("городской округ город Ливны", "сельское поселение село Каменка").
TOWN_KIND_NOUNS = frozenset({"город", "село", "посёлок", "поселок", "деревня", "станица"})

# rounds42: "муниципальное образование", a municipality's unit word of its official name
# ("администрация муниципального образования Дубовский район"); "образование" alone is a
# field ("управление образования").
MUNICIPAL_FORMATION = frozenset({"образование"})
MUNICIPAL_ADJECTIVES = frozenset({"муниципальный"})
# rounds42: the nouns of a region, no municipal unit a town's name stands in apposition to
REGION_UNIT_NOUNS = frozenset({"область", "край", "республика", "регион"})

# Words of a body's name that say nothing of which body it is, for comparing names.
NAME_FILLERS = frozenset({"и", "по", "в", "на", "с", "для"})

# sidecoref (``sides.described_body``): a head that describes a body without being its
# name's head, and the heads of the full names it may stand for: "ведомство" after
# "Министерство труда ..." is that ministry.
DESCRIBING_HEADS: dict[str, frozenset[str]] = {
    "ведомство": frozenset({"министерство", "департамент", "комитет", "управление",
                            "агентство", "служба", "инспекция"}),
    "вуз": frozenset({"университет", "институт", "академия"}),
}
# sidecoref: a compound word of a description and the words of the full name it stands
# for: "отделение Соцфонда" describes "Отделение Социального фонда России по ...".
DESCRIBING_COMPOUNDS: dict[str, tuple[str, ...]] = {
    "соцфонд": ("социальный", "фонд"),
}

# Prepositions that open a body's complement in the dative: "комитет по социальной защите".
COMPLEMENT_PREPOSITIONS = frozenset({"по"})

# party97 (``side_shapes``): marks that open what follows and never end a side's name
NAME_OPENING_MARKS = frozenset({"(", "«", "\"", "„", "“", "—", "–", "-", ","})
# the cases of a side's first noun that ``side_shapes.nominative_name`` puts in the nominative
OBLIQUE_NAME_CASES = frozenset({"Gen", "Dat", "Ins", "Loc"})
# how many words the text may add to close a side's cut «quoted» title
CUT_QUOTE_REACH_WORDS = 8
# prepositions opening an agreement's subject, which a side's name never holds past its
# second word ("Правительство края о сотрудничестве"; ``side_shapes``)
SUBJECT_PREPOSITIONS = frozenset({"о", "об"})
# pymorphy's cases of a side's first noun put in the nominative when the text does not write
# the name as it stands (``side_shapes._unwritten_head_nominative``)
UNWRITTEN_OBLIQUE_CASES = frozenset({"ablt", "datv", "loct"})

# --- parties22 ---------------------------------------------------------------------------
# Words that mark an agreement noun as the one the text has just told of: "соответствующее
# соглашение", "указанный документ", "данное соглашение" (not "подобное", "аналогичное":
# those are another agreement like it). The tagger may lemmatise the participle to its verb.
REFERRING_WORDS = frozenset({"соответствующий", "соответствовать", "указанный", "указать",
                             "данный", "упомянутый", "названный", "этот"})

# Verbs of coming to terms whose "с X" names the partner of the agreement they lead to:
# "С министерством ... договорились подготовить соглашение".
AGREEING_VERBS = frozenset({"договориться", "условиться", "договариваться", "согласовать"})

# The preposition of sides named together by a plural body noun ("соглашение между
# комитетами"): r18fix.
BETWEEN_PREPOSITIONS = frozenset({"между"})
# agr87: the preposition of the two sides that hold an agreement ("у двух ведомств уже было
# соглашение"), read only with a count of two.
POSSESSOR_PREPOSITIONS = frozenset({"у"})

# How many sentences before such a mention may introduce the bodies it counts, and how many
# words one body's phrase may take ("комитета по социальной защите ... Собрания"): r18fix.
TOLD_BODIES_REACH = 3
TOLD_BODY_WORDS = 12
# agr72: when those name no two such bodies, how far back the report's lead may name them
# ("Сегодня прошло совещание между Министерством ... и Министерством ...", a paragraph of
# the talks' content between).
TOLD_BODIES_LEAD_REACH = 6

# agr34: plural nouns that name the sides of an agreement told before without naming them
# ("между парламентами действовало соглашение", "между ведомствами", "между сторонами"),
# besides the heads of bodies (lexicon.ORG_HEADS)
UNNAMED_SIDES_PLURALS = frozenset({"парламент", "ведомство", "регион", "субъект", "сторона",
                                   "министерство", "правительство", "администрация"})
BETWEEN_REACH = 6  # words between such a noun and the agreement noun, at most
# agr45: nouns naming the sides of the agreement a story tells, in any number, which an
# older agreement recalled by its year takes ("соглашения, заключённого сторонами в 2018
# году", "у двух ведомств уже было соглашение"), agreement_background.older_agreement_sides
TOLD_SIDES_WORDS = frozenset({"сторона", "ведомство"})
# agr73: how many words after the agreement noun the "с" of its partner may stand, after the
# signing verb ("соглашение министерство планирует заключить с ..."),
# agreement_sides.partner_after_signing
PARTNER_VERB_REACH = 6

# agr34: a draft one body sends another is planned between the two: "Отделение X направило
# на согласование в отделение Y проект соглашения"; the addressee under "в" (accusative)
# or in the dative
DRAFT_SEND_VERBS = frozenset({"направить", "направлять", "отправить", "отправлять",
                              "передать", "передавать", "представить", "представлять"})
ADDRESS_PREPOSITIONS = frozenset({"в"})

# Nouns for a partner's staff a draft is sent to ("проект направлен смоленским коллегам"):
# r18fix.
COLLEAGUE_NOUNS = frozenset({"коллега", "партнёр", "партнер"})

# agr36: a subject naming a body through its staff: "X и иркутские коллеги из министерства
# Y планируют подписать", "представители министерства Y и X подписали". The body is the
# side; "из"/"от" or a bare genitive ties it to the staff noun. agr51: the class also holds
# the noun of a body's head standing for the body ("Руководители центра X и больницы Y
# подписали соглашение": X and Y sign).
STAFF_NOUNS = COLLEAGUE_NOUNS | frozenset({"представитель", "руководитель"})
STAFF_PREPOSITIONS = frozenset({"из", "от"})

# agr36: the dashes that set off the names of a subject post: "председатели комитетов —
# депутат X и депутат Y — договорились".
ASIDE_DASHES = frozenset({"—", "–"})
# agr89: words after a comma that open a new clause, ending a list of sides told after a
# dash ("ещё одно соглашение — фонда и управления, однако подписание перенесли")
LIST_CLAUSE_OPENERS = frozenset({"однако", "но", "а", "который", "что", "чтобы", "где",
                                 "когда"})

# agr52: the marks that open the list of a contents line ("В этом выпуске — A, B, C",
# "В выпуске: A, B, C") and how many items after them make it a list of the report's items.
LIST_OPENERS = ASIDE_DASHES | {":"}
CONTENTS_ITEMS = 3

# fair91: a table of agreements written in rows with "|" between the cells, under a header
# row naming its columns ("№ | Участники | Тема | Подписали"): the lemmas of a column's
# name that make it the column of the sides, of the signers and of the subject
TABLE_SIDE_HEADS = frozenset({"сторона", "участник", "партнёр", "партнер", "стороны"})
TABLE_SIGNER_HEADS = frozenset({"подписант", "подписать", "подписавший", "подпись"})
TABLE_SUBJECT_HEADS = frozenset({"предмет", "тема", "содержание", "направление", "суть"})
TABLE_ROWS_MIN = 2  # rows under the header row that make it a table
# dig92: the marks before "с" that open a part of a colon's list of partners ("...: с A, с B
# и с C"), and those that close a part or the sentence
COLON_PART_OPENERS = frozenset({":", ",", "и", ";"})
COLON_PART_CLOSERS = frozenset({",", "и", ";"})
SENTENCE_END_MARKS = frozenset({".", "!", ";"})
# dig92: the column of each row's day ("Дата подписания", "Дата заключения") and of its
# state ("Статус": "действует", "подписано", "в проработке", "расторгнуто"); a state that
# ends the agreement tells it referred to, a state of work on it tells it planned
TABLE_DATE_HEADS = frozenset({"дата"})
TABLE_STATUS_HEADS = frozenset({"статус", "состояние"})
TABLE_ENDED_STATES = frozenset({"расторгнуть", "расторгнутый", "прекратить", "прекращённый",
                                "прекращенный", "прекращено", "расторгнуто", "истечь",
                                "утратить", "недействующий"})
TABLE_PLANNED_STATES = frozenset({"проработка", "согласование", "подготовка", "проект",
                                  "разработка", "планироваться", "планируемый",
                                  "рассмотрение"})

# --- agrbg: background agreements --------------------------------------------------------
# Verbs of working together whose "в рамках" / "по" agreement is one between the verb's
# subject and its "с" partner: "с Челябинской областью министерство сотрудничает в рамках
# соглашения", "министерства двух субъектов работают по соглашению 2020 года".
COOPERATION_VERBS = frozenset({"сотрудничать", "работать", "взаимодействовать"})

# Nouns that frame the agreement a cooperation runs under: "в рамках соглашения", "на основе
# соглашения"; and prepositions that do it on the agreement noun itself: "по соглашению".
BACKGROUND_FRAMES = frozenset({"рамка", "основа", "основание"})
# agr87: nouns of a visit that goes on under an agreement ("Визит прошёл в рамках
# соглашения с X"), and verbs of coming whose subject names the visitors ("Специалисты
# министерства побывали в Казани").
# agr87: a new wording of an agreement told before ("новая редакция соглашения"), and the
# adjective that makes it new: a document of its own between the same sides.
EDITION_NOUNS = frozenset({"редакция", "версия"})
NEW_WORDS = frozenset({"новый", "обновлённый", "обновленный"})
VISIT_NOUNS = frozenset({"визит", "поездка", "стажировка"})
VISITING_VERBS = frozenset({"побывать", "приехать", "прибыть", "посетить", "съездить"})
FRAME_PREPOSITIONS = frozenset({"по"})

# Prepositions of a partner: "сотрудничает с Карелией".
PARTNER_PREPOSITIONS = frozenset({"с", "со"})

# hid94: words that tell a signing as one more beside the one told before: the additive
# adverbs on its verb ("также подписали соглашение с колледжем") and the prepositions of
# "помимо этого", "кроме того" on it (merge_rules.further_signing_other_sides).
FURTHER_ADVERBS = frozenset({"также", "тоже"})
BESIDES_PREPOSITIONS = frozenset({"помимо", "кроме"})

# series60: the class of words that open a later item of a series of signings told one after
# another at one event ("Затем министр подписала соглашение с X", "Также ...", "Следом ...",
# "Кроме того, ...", "Наконец ..."): adverbs of order and of addition, a phrase as its words
# in a row. An item so opened leaves the series' side implied.
SERIES_ORDER_OPENERS = frozenset({("затем",), ("потом",), ("следом",), ("далее",),
                                  ("также",), ("наконец",), ("кроме", "того"),
                                  ("помимо", "этого"), ("после", "этого"),
                                  ("вслед", "за", "этим")})
# series60: the adjectives of rank that open an item of a series in the instrumental before
# its verb besides the ordinals ("Следующим стало соглашение с X", "Последним подписали ...").
SERIES_RANK_WORDS = frozenset({"следующий", "последний"})
# series61: the class of verbs of closing an event that open the last item of a series in
# place of an order word ("Завершило церемонию соглашение с X", "Завершил программу
# меморандум ..."): the item is the event's last signing, its side implied as the others'.
SERIES_CLOSING_VERBS = frozenset({"завершить", "завершать"})

# Prepositions before "сторона" naming a side: "со стороны Тюмени", "с новосибирской стороны"
# (lexicon_officials' SIDE_PREPOSITIONS adds "от").
SIDE_WORD_PREPOSITIONS = frozenset({"с", "со"})

# The relative pronoun of "соглашение, которое X и Y заключили в 2022 году" (and of a
# clause about a person's name, "министр, который был назначен ...", for the officials'
# readers), and how many words after the agreement noun it may stand (the noun's own
# complement in between).
RELATIVE_PRONOUNS = frozenset({"который"})
RELATIVE_REACH = 12

# Words that put an agreement in force before the news of the day: "между правительствами
# уже действует соглашение" is an older agreement than the one signed today.
ALREADY_WORDS = frozenset({"уже", "давно"})

# Personal pronouns (by lemma) that stand for the agreement told just before: "Первым
# документом года стало соглашение с X. 14 февраля его подписали министры ...".
AGREEMENT_PRONOUNS = frozenset({"он"})

# agr30: plural posts that stand for the officials named just before as a clause's subject:
# "Главы подписали соглашение", "Министры договорились подготовить соглашение". An
# official counts when his post opens with the same noun ("глава администрации района").
GROUP_POST_NOUNS = frozenset({
    "глава", "министр", "губернатор", "мэр", "председатель", "начальник", "директор",
    "ректор", "руководитель", "уполномоченный", "управляющий", "сити-менеджер",
})

# ... and the plural posts that stand for any official of a body: "Руководители подписали".
GROUP_ANY_POST = frozenset({"руководитель"})

# How many sentences before the subject the officials it stands for may be introduced.
GROUP_POST_REACH = 3

# agr30: a clarifying restatement of the agreement just told: "Речь идет о соглашении между
# департаментом и министерством ..." (the noun of the phrase and its present-tense verb).
TOPIC_NOUNS = frozenset({"речь"})
TOPIC_VERBS = frozenset({"идти"})

# pair62: the noun whose plural instrumental names an agreement's sides as a predicate:
# "Сторонами соглашения выступили министерство и епархия".
SIDES_NOUNS = frozenset({"сторона"})

# pair65: the preposition and the noun that say for which side a signer signed: "От
# регионального отделения Социального фонда соглашение подписала управляющий X", "Со
# стороны университета соглашение подписал ректор Y" (extract.merge_extra.
# signed_for_one_side).
BEHALF_PREPOSITIONS = frozenset({"от"})
BEHALF_SIDE_NOUNS = frozenset({"сторона"})

# agr36: the quotation marks of direct speech: a day a quoted speaker calls "сегодня" is the
# day of the speech (coreference.quoted_relative_day).
SPEECH_OPEN = "«„“"
SPEECH_CLOSE = "»“”"

# agr45: the preposition of the body that holds an agreement in force ("у организации
# действует соглашение с министерством"): its holder, a side like the "с" partner
HOLDER_PREPOSITIONS = frozenset({"у"})

# agrmiss52: head nouns that name one kind of body (merge_rules._kind): a branch is a
# "филиал", an "отделение" or a "представительство" of its parent ("красноярский филиал
# ВТБ" and "Красноярское отделение Банка ВТБ" are one kind).
KIND_OF_HEAD = {"филиал": "отделение", "представительство": "отделение"}

# agr56: a body's legal name and the everyday name news spell it with, whose acronym they
# write (party_identity.acronym_without_place): "Отделение СФР" is the "Отделение Фонда
# пенсионного и социального страхования Российской Федерации по Республике Башкортостан".
EVERYDAY_NAMES = (
    ("Фонд пенсионного и социального страхования Российской Федерации",
     "Социальный фонд России"),
    # acro47: an order's title inside a society's legal name is no letter of its acronym
    # ("ВОС" of the society of the blind, its legal name with the order's title)
    ("Всероссийское ордена Трудового Красного Знамени общество",
     "Всероссийское общество"),
    # lists63: the same legal name with the country's name cut to its acronym ("... РФ")
    ("Фонд пенсионного и социального страхования РФ", "Социальный фонд России"),
)

# agr91: the country's name after a body's everyday name ("Отделение Социального фонда
# России по ..."), by its first letters (``party_identity.own_region_branch``).
COUNTRY_NAME_STARTS = ("росси", "рф")

# agr56: prepositions that open the place of a body named with it ("Отделение ... по
# Республике Бурятия", "Управление ... в Омской области", "Совет при губернаторе края").
PLACE_OF_BODY_PREPOSITIONS = frozenset({"по", "в", "во", "при"})

# Dependents of a past verb that keep it from telling a done signing: negation ("не
# подписали") and the auxiliary of a plan told in the past ("должно было быть подписано")
# (mend62: moved from ``sides``).
UNDONE_PAST_WORDS = frozenset({"быть", "не"})

# region69: the quotes that open a name inside a «quoted» one, each with the marks that may
# close it: «Центр «Вместе»» and «Центр поддержки семьи „Тёплый дом“»
# (party_phrases._nested_name_close; the inner name's marks are no words of the name).
NESTED_NAME_QUOTES: dict[str, tuple[str, ...]] = {"«": ("»",), "„": ("“", "”")}

# agr76: a body noun whose genitive is one of these names a group of bodies, not one body:
# "министерства социального блока" (party_phrases.body_group_phrase)
BODY_GROUP_NOUNS = frozenset({"блок", "сфера"})

# agr76: nouns of people a region's adjective only gives a home to, no side: "тверские
# ветераны", "псковские пенсионеры" (agreement_sides.home_of_a_kind); not posts nor
# "коллеги", which stand for a region's body
PEOPLE_OF_PLACE_NOUNS = frozenset({"ветеран", "пенсионер", "житель", "горожанин", "селянин"})

# side82: a body is the page's common side when at least this many records of two or more
# sides hold it (``merge_extra.lone_plans_take_common_side``)
COMMON_SIDE_RECORDS = 2

# side95: what may stand between "со стороны <district>" and the post of the one signing for
# it (``party_phrases.behalf_district``): dashes and commas ("со стороны района – глава
# ..."), and the words of the signing besides its verb ("со стороны района документ
# подписал ...", "... подпись поставил ...").
BEHALF_GAP_MARKS = frozenset({"—", "–", "-", ","})
BEHALF_GAP_LEMMAS = frozenset({"документ", "соглашение", "договор", "подпись", "поставить",
                               "ставить"})
# agr46b: the accusative pronouns standing for an agreement noun told before, by the noun's
# gender and number ("заключить его с X", "подписать её с X", "заключила их с A и B";
# ``agreement_sides.pronoun_signing_clause``)
PRONOUN_OBJECT_FORMS = {"его": frozenset({"Masc", "Neut"}), "её": frozenset({"Fem"}),
                        "ее": frozenset({"Fem"})}

# agr51 (moved here by agr52 from party_phrases): a reach, not a word class — at most how
# many genitive nouns and adjectives of a body's kind may stand between the kind's head and
# its «quoted» name ("учреждением социального обслуживания «...»": two; "организацией
# инвалидов «...»": one; ``party_phrases.kind_before_quote``).
KIND_WORDS_REACH = 3

# agr53: words that count a set without a number, lemmas: "несколько регионов", "ряд
# субъектов", "многие регионы" (``agreement_likeness.vague_place_set``). A class: the
# indefinite quantity words; "все" is no such word (a definite set, agr52).
VAGUE_SET_WORDS = frozenset({"несколько", "ряд", "многий", "много", "множество", "немало",
                             "некоторый"})

# fixmiss59: nouns of a line of work a host of a meeting leads, not a body: "руководитель
# направления «Забота рядом»", "помощник по проектам «Добрый двор»": the name they govern
# is on the hosts' side of the first host (``agreement_sides._host_of_own_body``). Lemmas:
# the portfolio nouns and a project or programme.
HOST_WORK_NOUNS = PORTFOLIO_NOUNS | frozenset({"проект", "программа"})

# agr61: nouns of bodies merged into one or reorganised, lemmas: "после слияния городского
# управления и районного центра", "в ходе реорганизации двух управлений". A class: the
# event nouns of a merger; the bodies they govern in the genitive are what was merged, not
# sides of an agreement (``agreement_sides.merged_bodies``). "Объединение" as a body's
# head ("объединение работодателей") governs no body's name.
MERGER_NOUNS = frozenset({"объединение", "слияние", "реорганизация", "укрупнение"})
# partners68: the words a lower-case body's name runs on past its head noun, at most
# ("областным комитетом по социальной защите населения": four), and the steps of the climb
# that tells a word hangs on that head (extract.agreement_sides.own_body_tail).
OWN_BODY_REACH = 8
