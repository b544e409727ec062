"""Word lists the officials extractor reads (lemmas, ё written as е).

Kept apart from the rules (``extract/officials.py``) so a list can grow without touching a
rule, and a rule never hides a word list. General news vocabulary only: no entry is here
for one text.
"""

from __future__ import annotations

# Position head words (lemmas). General nouns only; compiled from common news usage and
# the kinds of Position spans FactRuEval annotates (politics, business, sport, church).
# Founders, owners and shareholders are left out: a stake is not a post.
POSITION_HEADS = frozenset("""
министр замминистра заместитель зам директор гендиректор руководитель глава замглавы
губернатор вице-губернатор замгубернатора мэр вице-мэр заммэр градоначальник
председатель зампред зампредседатель сопредседатель президент вице-президент премьер
премьер-министр вице-премьер вице-премьер-министр экс-премьер экс-президент начальник
замначальник секретарь госсекретарь генсек пресс-секретарь депутат сенатор советник
посол консул атташе полпред представитель уполномоченный омбудсмен спикер вице-спикер
лидер координатор член парламентарий управляющий ректор проректор декан заведующий
завкафедрой руководитель-координатор прокурор генпрокурор судья командующий главком
командир главнокомандующий госсоветник генерал генерал-майор генерал-лейтенант
генерал-полковник полковник адмирал
менеджер топ-менеджер
редактор главред главврач главбух шеф аким префект ревизор инспектор комиссар канцлер король королева
царь принц монарх шейх эмир султан архиепископ митрополит патриарх епископ настоятель
император императрица принцесса кардинал понтифик
тренер бундестренер наставник капитан вратарь защитник полузащитник нападающий форвард
игрок пилот гонщик солист хореограф худрук дирижер ректор аудитор казначей
помощник референт специалист-эксперт эксперт аналитик экономист соцработник
помощница заместительница руководительница председательница советница начальница
политик чиновник чиновница дипломат
профессор доцент
""".split())

# Prefixes that make a post of a post ("вице-спикер", "экс-министр", "пресс-атташе"): the
# compound is the position as written.
POST_PREFIXES = ("вице-", "экс-", "пресс-")

# Words that end a Turkic patronymic of two words ("Ринат кызы", "Ильхам оглы"): the
# surname follows them.
TURKIC_PATRONYMIC_ENDS = frozenset({"кызы", "гызы", "улы", "уулу", "оглы", "оглу",
                                    "угли", "кизи"})

# Prefixes of a deputy's post: many hold it, ranked by an ordinal that is part of the post
# ("первый вице-губернатор", "первый вице-премьер"), unlike "первый президент".
DEPUTY_PREFIXES = ("вице-",)

# Modifiers that belong to the position ("первый заместитель", "генеральный директор").
POSITION_MODIFIERS = frozenset("""
первый второй генеральный главный бывший исполнительный старший ответственный
чрезвычайный полномочный официальный художественный народный временный исполняющий
почетный вице заместитель ученый государственный научный технический финансовый коммерческий
действующий новый запасной постоянный специальный верховный федеральный
""".split())

# Grades of a civil servant's post, part of it only right before the post noun ("ведущий
# специалист-эксперт", "ведущий инспектор"); elsewhere the word is a host or an adjective.
GRADE_MODIFIERS = frozenset({"ведущий"})

# Nouns that are a post only with a civil servant's grade right before them ("ведущий
# специалист", "главный специалист"); alone ("специалисты центра") an occupation. A
# profession with "главный" is the chief of that trade in a body, a post: "главный врач
# больницы", "главный инженер завода", "главный бухгалтер компании", "главный архитектор
# города", "главный режиссёр театра"; alone ("врачи больницы") an occupation.
GRADED_HEADS = frozenset("""
специалист врач инженер бухгалтер архитектор конструктор технолог механик энергетик
агроном режиссер режиссёр дирижер дирижёр художник
""".split())
GRADES = GRADE_MODIFIERS | frozenset({"главный", "старший"})

# Adjectives naming a post's field of work, part of the post when they modify its noun
# ("социальный координатор", "медицинский директор", "юридический советник"); elsewhere
# ("социальный контракт") no post at all.
FIELD_MODIFIERS = frozenset("""
социальный медицинский юридический педагогический психологический санитарный
""".split())

# Relatives named by the post of the person they are related to ("вдова президента").
RELATIVES = frozenset("""
супруг супруга жена муж вдова вдовец сын дочь мать отец брат сестра внук внучка
племянник племянница родственник родственница зять невестка теща тесть
""".split())

# Modifiers that date a post rather than name it; left out of the position.
TEMPORAL_MODIFIERS = frozenset("""
бывший новый нынешний действующий прежний будущий новоизбранный новоназначенный
""".split())

# Adverbs that date an apposition's post ("Владимира Путина, тогда президента России").
TIME_ADVERBS = frozenset("""
тогда ныне теперь сейчас впоследствии позднее позже прежде ранее затем уже еще ещё
""".split())

# Words that count a plural post's holders: "губернаторы нескольких регионов" says how
# many, not whose.
QUANTIFIERS = frozenset("несколько ряд многие некоторые все ряда".split())

# Nouns that start an organisation phrase.
ORG_HEADS = frozenset("""
министерство минтруд минздрав минфин мид департамент комитет правительство администрация
управление отдел учреждение институт университет академия школа колледж лицей гимназия
компания корпорация концерн холдинг группа банк фонд центр служба агентство совет
госсовет дума госдума дом собрание парламент палата суд прокуратура мэрия ведомство
партия движение организация отделение филиал ассоциация союз федерация клуб команда
сборная театр музей библиотека газета журнал издание редакция телеканал радиостанция
завод фабрика предприятие общество объединение инспекция комиссия коллегия штаб
аппарат канцелярия представительство посольство консульство епархия церковь
больница поликлиника диспансер госпиталь интернат приют дом-интернат
""".split())

# Positions held in a state: without an organisation in the phrase, the country is the one
# the text is about there ("Премьер-министр Михаил Фрадков" in a report on Russia).
STATE_HEADS = frozenset("""
президент вице-президент премьер премьер-министр вице-премьер вице-премьер-министр
экс-премьер экс-президент канцлер вице-канцлер король королева царь монарх эмир султан
госсекретарь сенатор парламентарий
""".split())
# "глава государства", "лидер страны": heads that need a state word after them.
STATE_HEAD_PAIRS = frozenset({"глава", "лидер", "руководитель"})
STATE_WORDS = frozenset({"государство", "страна", "правительство", "кабинет"})
# A speaker presides over a chamber; the chamber's name in the sentence is the organisation.
SPEAKER_HEADS = frozenset({"спикер", "вице-спикер"})
LEGISLATURES = frozenset("""
сенат парламент дума госдума конгресс рада меджлис кнессет сейм бундестаг хурал курултай
собрание палата меджлис скупщина стортинг риксдаг
""".split())
# Positions held in a Russian region or city: the region named nearest before.
REGION_HEADS = frozenset("""
губернатор вице-губернатор мэр вице-мэр градоначальник
""".split())

# Adjectives that make a generic organisation ("областной комитет") and the words the name
# it stands for must contain ("" = any).
GENERIC_PLACE_ADJECTIVES = {
    "областной": "область", "краевой": "край", "окружной": "округ",
    "республиканский": "республика", "районный": "район", "городской": "",
    "региональный": "", "муниципальный": "",
}

# Participles used as nouns for a post ("управляющий отделением"): the tagger lemmatises
# them to the verb, so they are recognised by their stem.
SUBST_PARTICIPLES = {"управляющ": "управляющий", "заведующ": "заведующий",
                      "командующ": "командующий", "уполномоченн": "уполномоченный",
                      "главнокомандующ": "главнокомандующий"}

# Words before a post that change what the post is and govern it in the genitive: "врио
# губернатора", "исполняющий обязанности министра", "и. о. главы". Lower-cased words;
# multi-word ones as tuples.
_ACTING = ("исполняющий", "исполняющая", "исполняющего", "исполняющей", "исполняющему",
           "исполняющим")
# The participles of those prefixes, put in the nominative with the post.
ACTING_PARTICIPLES = frozenset(_ACTING)
# Longest first, so "временно исполняющий обязанности" is taken whole.
ACTING_PREFIXES: tuple[tuple[str, ...], ...] = tuple(sorted(
    [("врио",), ("и.о.",), ("и.", "о."), ("и", ".", "о", "."), ("и.о",)]
    + [(w, "обязанности") for w in _ACTING]
    + [("временно", w, "обязанности") for w in _ACTING],
    key=len, reverse=True))

# The words of those prefixes, to find the post itself behind one.
ACTING_WORDS = frozenset(w.strip(".") for pre in ACTING_PREFIXES for w in pre) | frozenset(
    {"и.", "о.", "и.о.", "и. о."}) - {""}

# Posts that represent someone: their "при ..." and "по ..." groups name whom and what for,
# so they are the position, not an organisation: "уполномоченный при Президенте РФ по
# правам ребёнка".
REPRESENTATIVE_HEADS = frozenset({"уполномоченный", "омбудсмен", "полпред", "представитель"})

# Clergy titles: the title, the see's adjectives, then the monastic name ("епископ
# Выборгский и Приозерский Игнатий", "митрополит Киевский Онуфрий").
CLERGY_TITLES = frozenset("""
епископ архиепископ митрополит патриарх архимандрит игумен игумения иеромонах протоиерей
священник иерей диакон протодиакон настоятель викарий
""".split())

# Verbs that give their subject (or, for appointments, their object) a post named by a
# noun in the instrumental or by "пост"/"должность": "Иванов назначен министром", "занял
# пост губернатора", "избрали Петрову председателем".
HOLDING_VERBS = frozenset("""
назначить назначать избрать избирать переизбрать выбрать выбирать стать становиться
являться работать служить занять занимать утвердить вступить
избираться переизбираться назначаться выбираться
оставаться остаться проработать трудиться пробыть
""".split())  # the reflexive passives too: "трижды избирался мэром города"; staying in
# a post and working in it for a time hold it as well: "остается губернатором области",
# "проработал министром финансов четыре года", "трудится директором школы"
# Of those, the ones that appoint their object ("назначил Петрова министром", "назначен на
# пост губернатора").
APPOINTING_VERBS = frozenset({"назначить", "назначать", "избрать", "избирать", "утвердить",
                              "переизбрать", "выбрать", "выбирать"})
# Nouns of an appointment: their genitive is the appointee, their instrumental the post
# ("о назначении Тома Донилона советником").
APPOINTMENT_NOUNS = frozenset({"назначение", "избрание", "переизбрание", "утверждение"})
# Nouns that stand for "a post" and take the post itself as a genitive dependent.
POST_NOUNS = frozenset({"пост", "должность", "место"})

# Verbs whose participle (or relative clause) says that the person holds the post its
# object names: "занимающая пост премьер-министра", "возглавлявший должность главы ФТС",
# "выполнявшего обязанности главы Минимущества", "который был назначен министром".
CLAUSE_HOLDING_VERBS = HOLDING_VERBS | frozenset({"возглавлять", "исполнять", "выполнять"})
# Nouns of a post that a holding clause takes as its object, the post itself in the
# genitive after them.
CLAUSE_POST_NOUNS = POST_NOUNS | frozenset({"обязанность", "обязанности", "полномочие"})
# Relative pronouns that open a clause about the name before them.
RELATIVE_PRONOUNS = frozenset({"который"})
# Words that open a relative aside between a post and its holder's name: "Руководитель
# пресс-службы газеты, где работала Политковская, Надежда Прусенкова".
ASIDE_WORDS = frozenset({"где", "куда", "откуда", "чей"})

# Generic words a text uses for an organisation it named before by its kind: "главы
# ведомства" after "Федеральной службы по надзору ...", "директор предприятия" after
# 'ООО "МНКТ"'. Each maps to the kinds (lemmas inside the earlier name) it stands for.
ORG_HYPERNYMS: dict[str, frozenset[str]] = {
    "ведомство": frozenset("министерство служба агентство комитет департамент инспекция "
                           "управление".split()),
    "предприятие": frozenset("ооо оао зао ао пао компания завод комбинат фабрика "
                             "концерн".split()),
    "компания": frozenset("ооо оао зао ао пао".split()),
    "учреждение": frozenset("школа больница поликлиника центр институт университет "
                            "колледж театр музей библиотека".split()),
}

# Verbs of leading: their object is the organisation the subject heads ("возглавляет
# МВД", "Центрами ... руководит их бывший директор").
LEADING_VERBS = frozenset({"руководить", "возглавлять", "возглавить", "управлять"})

# Verbs of succession: their object (or, with "на посту X", subject) holds the post the
# clause names: "стал мэром, сменив на этом посту Добкина", "уступил пост президента
# Гарсии". Prepositions that name the predecessor the same way ("назначен министром
# вместо Гейтса", "станет главой ФИФА после Блаттера").
SUCCESSION_VERBS = frozenset({"сменить", "сменять", "заменить", "заменять", "уступить",
                              "передать", "сдать"})
SUCCESSION_PREPOSITIONS = frozenset({"вместо", "после"})
# Nouns that name someone by the post he shares with another: "своего предшественника
# Иванова", "преемник Петрова Сидоров" held (or hold) that person's post.
PREDECESSOR_NOUNS = frozenset({"предшественник", "предшественница", "преемник",
                               "преемница", "сменщик", "сменщица"})

# Heads that say a person belongs to a body rather than holds a post in it, or describe
# a public servant's trade or an academic title without a post ("политик", "чиновник",
# "дипломат", "профессор"): another mention's post stands for the person first ("член
# партии" vs "губернатор штата").
WEAK_HEADS = frozenset({"член", "представитель", "политик", "чиновник", "чиновница",
                        "дипломат", "профессор", "доцент"})

# A post someone leaves or is relieved of is still theirs: "с поста", "от должности",
# "с позиции" + the post in the genitive; or the object of a verb of leaving ("покинул
# пост президента").
LEFT_POST_NOUNS = frozenset({"пост", "должность", "позиция", "полномочие"})
# Nouns of an office held, in the locative after "в"/"на", the post in the genitive after
# them: "на посту директора ФБР", "в должности главного врача", "в качестве министра".
OFFICE_NOUNS = frozenset({"пост", "должность", "качество", "ранг", "бытность"})
OFFICE_PREPOSITIONS = frozenset({"в", "на"})
# Nouns of leaving a post: "о сложении с себя полномочий премьер-министра".
LEAVING_NOUNS = frozenset({"сложение", "оставление"})
LEAVING_VERBS = frozenset({"покинуть", "покидать", "оставить", "оставлять", "сложить",
                           "слагать", "освободить"})

# Pronouns whose clause may give the person named before a post ("он был назначен
# министром").
PERSONAL_PRONOUNS = frozenset({"он", "она"})
# Titles of royalty and nobility, whose holders are named by a first name and a
# territorial epithet, not a surname: "принц Гарри Уэльский", "герцогиня Анна Йоркская".
NOBLE_TITLES = frozenset({"принц", "принцесса", "герцог", "герцогиня", "эрцгерцог",
                          "князь", "княгиня", "княжна", "граф", "графиня", "король",
                          "королева", "царевич", "царевна", "инфант", "инфанта"})
# Possessives inside a post's phrase, before the body it belongs to: "президент её
# бизнес-подразделения", "глава своей администрации".
POSSESSIVE_WORDS = frozenset({"его", "её", "ее", "их", "свой", "своя", "своё", "свое",
                              "своего", "своей", "своих", "своему", "своим", "своём"})

# Posts held for a person: with a bare surname in the genitive they name that person's
# helper ("заместитель Мюллера" is Mueller's deputy, not Mueller).
RELATIONAL_HEADS = frozenset({"заместитель", "зам", "помощник", "советник", "пресс-секретарь",
                              "референт", "секретарь", "защитник"})

# Words that gather the people named just before into the subject of a plural predicate:
# "Иван Петров и Анна Серова (оба являются советниками губернатора)". Lemmas.
GROUP_SUBJECTS = frozenset({"оба", "обе", "все", "они"})

# Verbs of carrying out someone's duties: "Его обязанности будет исполнять X" gives X the
# post of the person the possessive stands for. Lemmas.
DUTY_VERBS = frozenset({"исполнять", "исполнить", "выполнять", "выполнить", "возложить",
                        "возлагать"})

# Courtesy titles before a name ("мисс Саймондс", "г-н Петров"): a form of address, no post;
# written lower-case, without a final dot.
COURTESY_TITLES = frozenset("""
мисс миссис мистер господин госпожа г-н г-жа сэр леди мадам месье мсье синьор синьора
сеньор сеньора фрау герр пани пан
""".split())

# Nouns that are a post only with one of their own adjectives right before them (lemmas):
# "городской голова" heads a city (Ukraine, pre-1917 Russia); "голова" alone is no post.
QUALIFIED_HEADS: dict[str, frozenset[str]] = {
    "голова": frozenset({"городской", "сельский", "поселковый", "станичный"}),
    "папа": frozenset({"римский"}),
    # "социальный работник Мария Иванова" is a post; "работники центра" are staff
    "работник": frozenset({"социальный"}),
}
# The same, with the adjective right after the noun, as a title is written: "Папа Римский
# Франциск"; "папа" alone is a father.
QUALIFIED_HEADS_AFTER: dict[str, frozenset[str]] = {
    "папа": frozenset({"римский"}),
}

# Words after which a post and a name name an institution or a street after someone
# ("имени академика Сахарова", "им. генерала Ермолова"): the person holds no post there.
# As written, lower-case, without the dot.
COMMEMORATIVE_WORDS = frozenset({"имени", "им"})
# Streets' nouns: a post in the genitive after one is part of the street's name ("улица
# Генерала Дорохова"). Lemmas.
STREET_NOUNS = frozenset("""
улица проспект переулок площадь бульвар набережная шоссе проезд сквер
""".split())

# Contracted first parts of compound words and the adjective each stands for (lemmas):
# "соцзащиты" is "социальной защиты", "соцработник" is "социальный работник". A post or a
# body is written out in full, as the official name and the gold of other reports have it.
CONTRACTED_ADJECTIVES: dict[str, str] = {
    "соц": "социальный",
}

# Nouns of a worker's seniority after "с": a post described by them names a trade, as a
# story of an ordinary worker does ("социальный работник с 12-летним стажем", "врач с
# большим опытом"), not an office. Lemmas.
SENIORITY_NOUNS = frozenset({"стаж", "опыт"})

# What joins a post's list of fields before the holder's name ("министр труда, занятости
# и социальной защиты Республики Татарстан Эльмира Зарипова"), and how many tokens back
# from the name that post may stand.
FIELD_JOINERS = frozenset({",", "и"})
FIELDS_REACH = 14
