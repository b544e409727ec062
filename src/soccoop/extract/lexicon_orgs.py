"""Word lists for the organisation of an official (lemmas, ё written as е).

Read by the organisation passes at the end of ``extract/officials.py``; kept apart from the
rules so a list grows without touching a rule. General news vocabulary only: no entry is
here for one text.
"""

from __future__ import annotations

# Nouns of a body or unit that a post takes as its genitive (or instrumental) complement,
# besides the organisation heads of ``lexicon_officials.ORG_HEADS``: "директор цирка",
# "глава полиции района", "председатель кабинета министров", "командующий войсками".
# The complement is then the official's organisation. Organs of a body ("правление",
# "совет директоров") are left out: the body after them is the organisation.
ORG_COMPLEMENT_NOUNS = frozenset("""
цирк кабинет подразделение полиция генштаб пехота авиация гвардия спецназ погранслужба
пресс-служба лаборатория войско
флот секретариат бюро трибунал миссия биржа телекомпания авиакомпания
телерадиокомпания альянс фракция блок корпус дивизия полк бригада батальон отряд
префектура муниципалитет ассамблея конгресс сенат кнессет сейм бундестаг меджлис рада
хурал курултай скупщина лига кафедра факультет клиника комбинат трест кооператив
консорциум картель синдикат мвд фсб мчс фсин фнс фас цик цру фбр мвф оон обсе нато
""".split())

# Posts that head (or sit in) one body of a state: the body, with the state in the
# genitive, is the organisation ("премьер-министр Эстонии" → "Правительство Эстонии";
# "сенатор" of the USA → "Сенат США"). Keys are the post's first word, lower-cased.
BODY_OF_POST = {
    "премьер": "Правительство",
    "премьер-министр": "Правительство",
    "экс-премьер": "Правительство",
    "вице-премьер": "Правительство",
    "вице-премьер-министр": "Правительство",
    "сенатор": "Сенат",
}

# Posts whose office is a body named after them: the place after the post is where the
# office is ("прокурор Кургана" → "Прокуратура Кургана").
OFFICE_OF_POST = {"прокурор": "Прокуратура"}

# Words that stand for the region named before ("министр труда региона").
REGION_ANAPHORS = frozenset({"регион", "субъект"})

# A minister's post names the ministry's field: "министр финансов" → "Министерство
# финансов". Lower-cased first words of such posts.
MINISTER_WORDS = frozenset({"министр", "замминистра", "экс-министр"})

# Posts that always belong to an organisation (a company, a party, a team, an agency), not
# to a state: named without one, the body named just before is theirs ("компании Apple ...
# её операционный директор"). Lemmas of the post's first word. Occupations ("экономист",
# "эксперт") and words of two senses ("защитник": a defender or a defence lawyer) are not
# posts of the body named before.
ORG_POST_HEADS = frozenset("""
директор гендиректор руководитель глава председатель зампред зампредседатель
сопредседатель генсек пресс-секретарь представитель официальный управляющий начальник
замначальник заместитель секретарь член лидер координатор менеджер топ-менеджер
редактор главред шеф тренер наставник капитан вратарь полузащитник нападающий
форвард игрок ректор проректор декан заведующий завкафедрой помощник референт советник
спикер сотрудник
""".split())

# Of those bodies, the ones every state has, so a post without a state still names it: a
# prime minister heads a government anywhere, while "сенатор" is of the US Senate, of the
# Federation Council or of another chamber depending on the country.
BODY_OF_ANY_STATE = frozenset({"Правительство"})

# Bodies of a state or a region named by their common noun: "главы правительства",
# "администрации", "парламента" name the one body of the place, not a body named before
# (unlike "издания", "корпорации", "клуба").
STATE_BODY_NOUNS = frozenset("""
правительство администрация парламент дума госдума мэрия кабинет сенат конгресс
президиум госсовет правительство-кабмин кабмин аппарат канцелярия прокуратура суд
""".split())

# Nouns whose proper name follows them in apposition, in the nominative whatever their
# own case: "Республики Узбекистан", "города Чебоксары", "фонда «Память»".
APPOSITION_HEADS = frozenset("""
республика город область край округ район штат провинция фонд компания банк завод
""".split())

# Words that say a phrase names a Russian region by its kind ("Кемеровской области",
# "Республики Татарстан", "Ханты-Мансийского автономного округа"): such a phrase is looked
# up in any case form.
REGION_KIND_WORDS = frozenset({"область", "край", "республика", "округ", "автономный"})

# The noun of a region's kind a post takes as its complement ("глава республики",
# "губернатор округа", "руководитель области"): the region of that kind named last before
# is the post's. Lemmas; each is a word of the canonical names of such regions.
REGION_KIND_NOUNS = frozenset({"область", "край", "республика", "округ"})

# Nouns that end a deputy's portfolio, a "по" group that belongs to the post and not to the
# body: "заместитель генерального директора компании по организационным вопросам",
# "заместитель главы города по социальной политике". Lemmas.
PORTFOLIO_NOUNS = frozenset({"вопрос", "направление", "политика"})

# Bodies whose own name states a field with "по": "комиссия по социальным вопросам",
# "управление по вопросам миграции", "комитет по социальной политике". A "по" group after
# them is their name, not a deputy's portfolio. Lemmas.
FIELD_BODY_NOUNS = frozenset("""
комитет комиссия совет министерство управление департамент отдел агентство служба центр
инспекция палата фонд уполномоченный
""".split())

# First words (lemmas) of a post that has a portfolio: a deputy or an aide.
DEPUTY_WORDS = frozenset({"заместитель", "замглавы", "зам", "замруководитель",
                          "замдиректор", "помощник", "советник"})

# Posts whose holder works in a body of one kind: without a body in the phrase, the
# nearest body of that kind the text named before is theirs ("Магистратский суд ... судья
# Говард Риддли" → the court). Post lemma → lemmas of the kind nouns.
POST_BODY_KINDS: dict[str, frozenset[str]] = {
    "судья": frozenset({"суд", "трибунал"}),
    "прокурор": frozenset({"прокуратура"}),
    "ректор": frozenset({"университет", "академия", "институт"}),
    "проректор": frozenset({"университет", "академия", "институт"}),
    "декан": frozenset({"факультет"}),
    "главред": frozenset({"газета", "журнал", "издание", "телеканал", "радиостанция"}),
    "тренер": frozenset({"клуб", "команда", "сборная"}),
}

# nerel70: nouns naming a sports team, and the roles held in one (a coach, a captain, a
# player; "защитник", a defender or a defence lawyer, left out): a team's role written
# without its team is of the team the text names by such a noun nearest before it, else
# after it in its sentence (``official_orgs._team_named_near``: "Клуб «Заря» проиграл …
# Второй тренер Олег Сомов" → "Клуб «Заря»"). "клуб" and "команда" count only with a
# name after them (a quote or a capitalised word), "сборная" always (the tagger lemmatises
# it "сборный" at times, as in "сборной команды"). Lemmas: a coach's kinds of body
# (``POST_BODY_KINDS["тренер"]``), one list, with the tagger's "сборный".
TEAM_NOUNS = POST_BODY_KINDS["тренер"] | {"сборный"}
TEAM_NOUNS_NAMED_ONLY = frozenset({"клуб", "команда"})
TEAM_ROLE_HEADS = frozenset({"тренер", "бундестренер", "капитан", "вратарь", "голкипер",
                             "полузащитник", "нападающий", "форвард", "хавбек"})

# Kinds of body a generic word stands for ("главред издания" after "в журнале «...»"):
# the generic word's lemma → the lemmas of the kinds it covers (itself included).
GENERIC_BODY_KINDS: dict[str, frozenset[str]] = {
    "издание": frozenset({"издание", "газета", "журнал", "еженедельник", "телеканал",
                          "радиостанция", "агентство", "портал", "сайт"}),
    "фонд": frozenset({"фонд"}),
    "компания": frozenset({"компания", "корпорация", "концерн", "холдинг"}),
    "корпорация": frozenset({"корпорация", "компания", "концерн"}),
    "клуб": frozenset({"клуб"}),
    "команда": frozenset({"команда", "клуб"}),
    "партия": frozenset({"партия"}),
    "банк": frozenset({"банк"}),
}

# Bodies often named after a person, the name in the genitive right after the noun: "фонд
# Анны Франк", "музей Пушкина", "театр Вахтангова". Lemmas.
NAMED_AFTER_HEADS = frozenset("""
фонд музей театр институт университет библиотека школа центр премия академия
""".split())

# Words for "the state" a post may take instead of its name ("премьер страны", "президент
# государства"): no body of its own. Lemmas.
STATE_COMPLEMENTS = frozenset({"страна", "государство"})

# Compound posts and the words they contract, to find the same post named in full before:
# "генсек" ~ "генеральный секретарь ООН". Lower-cased compound → lemma of the full post's
# last word.
POST_CONTRACTIONS = {
    "генсек": "секретарь", "гендиректор": "директор", "генпрокурор": "прокурор",
    "главред": "редактор", "замминистра": "министр", "зампред": "председатель",
}

# Posts named without their body whose body the text named before, besides
# ``ORG_POST_HEADS``: a deputy minister with no field is the deputy of the ministry named
# just before ("представителями Пентагона, в том числе — с замминистра Бобом Уорком").
BODY_BEFORE_HEADS = frozenset({"замминистра", "генсек"})

# Posts that are always a job in some body, whatever adjective comes before them ("её
# операционный директор", "главный редактор"), unlike "лидер" or "глава" ("политический
# лидер боснийских сербов", "предыдущий лидер" of a chart). Lemmas.
ALWAYS_BODY_POSTS = frozenset("""
директор гендиректор председатель зампред зампредседатель начальник замначальник
управляющий заведующий ректор проректор декан редактор главред тренер менеджер
топ-менеджер пресс-секретарь генсек замминистра судья прокурор
""".split())

# Words that start a circumstance, never a part of a body's name: a role phrase that ran
# on past its body ("вице-президента Зимбабве на фоне борьбы за место преемника") is cut
# before them. Lower-cased words or word pairs.
# Nouns of a "по ..." group that says how or why, not a body's field: "по итогам",
# "по словам", "по поручению", "по собственному желанию", "по состоянию здоровья", "по
# совместительству" (lemmas). A body's name takes no such group, nor does a post.
CIRCUMSTANCE_PO_NOUNS = frozenset("""
итог результат слово данные информация сообщение мнение оценка поручение приглашение
инициатива просьба случай причина решение требование предложение согласование
желание состояние совместительство
""".split())

ORG_NAME_BREAKS = ("на фоне", "после", "из-за", "во время", "вместо", "несмотря", "и даже",
                   "в связи с", "в ходе")

# Bodies of the Russian state and their standard short names, the whole category (federal
# ministries, services, the chambers, the courts' and the prosecutors' offices): "short
# name | full name". A body built from a post ("министр финансов" → "Министерство
# финансов") is written by the short name the text itself uses ("Минфин"), so that the
# record names the body as the text does. Lemmas of the short name are looked up in the
# text (any case: "Минфина", "МВД").
STATE_BODY_SHORT_NAMES = """
МИД | Министерство иностранных дел
МВД | Министерство внутренних дел
Минфин | Министерство финансов
Минобороны | Министерство обороны
Минюст | Министерство юстиции
Минздрав | Министерство здравоохранения
Минтруд | Министерство труда и социальной защиты
Минэкономразвития | Министерство экономического развития
Минобрнауки | Министерство образования и науки
Минпросвещения | Министерство просвещения
Минкультуры | Министерство культуры
Минтранс | Министерство транспорта
Минэнерго | Министерство энергетики
Минприроды | Министерство природных ресурсов и экологии
Минсельхоз | Министерство сельского хозяйства
Минпромторг | Министерство промышленности и торговли
Минспорт | Министерство спорта
Минстрой | Министерство строительства и жилищно-коммунального хозяйства
Минцифры | Министерство цифрового развития связи и массовых коммуникаций
Минкомсвязи | Министерство связи и массовых коммуникаций
Минрегион | Министерство регионального развития
Минвостокразвития | Министерство по развитию Дальнего Востока
МЧС | Министерство по чрезвычайным ситуациям
ФСБ | Федеральная служба безопасности
ФСО | Федеральная служба охраны
СВР | Служба внешней разведки
ФНС | Федеральная налоговая служба
ФТС | Федеральная таможенная служба
ФСИН | Федеральная служба исполнения наказаний
ФАС | Федеральная антимонопольная служба
Росгвардия | Федеральная служба войск национальной гвардии
Генпрокуратура | Генеральная прокуратура
СКР | Следственный комитет
ЦИК | Центральная избирательная комиссия
Госдума | Государственная дума
Совфед | Совет Федерации
ЦБ | Центральный банк
Центробанк | Центральный банк
Госдеп | Государственный департамент
Госдепартамент | Государственный департамент
"""

# Posts and the kinds of body they sit in, for a state post whose organisation is only
# its state: the one body of an agreeing kind the text names for that state is the
# post's ("депутат" ↔ Госдума, парламент; "сенатор" ↔ Совет Федерации, Сенат;
# "госсекретарь" ↔ Госдепартамент). Post lemma → lemmas of a body's head noun or short
# name. A minister's ministry is not guessed so: a state has many.
POST_BODY_AGREEMENT: dict[str, frozenset[str]] = {
    "депутат": frozenset({"госдума", "дума", "парламент", "рада", "бундестаг", "сейм",
                          "кнессет", "меджлис", "хурал", "курултай", "скупщина", "ассамблея"}),
    "сенатор": frozenset({"сенат", "совфед", "совет федерации"}),
    "госсекретарь": frozenset({"госдеп", "госдепартамент", "государственный департамент"}),
    "спикер": frozenset({"госдума", "дума", "парламент", "рада", "сенат", "кнессет",
                         "сейм", "меджлис"}),
}

# The state a body named by its short name belongs to when the text names none after it:
# news in Russian writes "Госдума", "Минфин" for Russia's, "Госдеп" for the USA's.
# Lemmas; a short name not here belongs to Russia.
SHORT_NAME_STATES = {"госдеп": "США", "госдепартамент": "США"}

# Prepositions inside a body's name that govern one case only, so a region spelled out
# after them takes that case ("Отделение ... по ЯНАО" → "по Ямало-Ненецкому автономному
# округу", "Управление ... в РТ" → "в Республике Татарстан"). A preposition of two cases
# ("с", "за", "под") is not here: the name then stays in the genitive of a body's owner.
PREPOSITION_CASES = {"по": "datv", "при": "loct", "в": "loct", "во": "loct", "на": "loct",
                     "о": "loct", "об": "loct", "для": "gent", "от": "gent", "из": "gent",
                     "у": "gent", "до": "gent", "к": "datv", "ко": "datv"}

# nerel58: nouns after "по" that name a place, not a portfolio ("Отделение СФР по краю",
# ``official_units.portfolios_to_posts``). Lemmas.
PLACE_PO_NOUNS = REGION_KIND_NOUNS | frozenset({"район", "город", "регион", "муниципалитет"})

# nerel93: a body written as one contracted word, a territory's or the state's level before
# a governing body's noun ("облизбирком", "горсовет", "райсовет", "облспорткомитет"): the
# first part of the contraction (``CONTRACTED_LEVELS``) and the body noun it ends with
# (``CONTRACTED_BODY_HEADS``). Such a word is a body's name of its own, as "областной
# комитет" is (``official_orgs._contracted_body_in_post``). A place ("райцентр") is not
# here. Lower-case.
CONTRACTED_LEVELS = ("обл", "гор", "рай", "окр", "край", "респ", "мун", "гос")
CONTRACTED_BODY_HEADS = frozenset("""
комитет совет дума избирком исполком комиссия отдел управление департамент инспекция
собрание суд прокуратура администрация
""".split())
