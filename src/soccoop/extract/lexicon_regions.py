"""Capital adjectives: the word a federal subject is named by through its capital.

News names a region by its capital's adjective as often as by its own ("барнаульские
специалисты" are from the Altai krai, "казанский центр" from Tatarstan). The gazetteer
(``soccoop/data/regions.json``) lists each subject's own adjectives; this table adds the
capital's adjective where it is another word. :mod:`soccoop.extract.regions` reads both
with the same context rules (no match before "район", "улица", ...; never inside a
person's name). Capital adjectives left out on purpose are listed with the reason, so
the completeness test tells a gap from a choice.

Below the tables, the words and bounds the context rules of :mod:`soccoop.extract.regions`
read (place nouns, street nouns, city markers, ...), kept apart from the rules.
"""

from __future__ import annotations

# ISO code -> adjectives of the subject's capital (masculine nominative singular). Only
# where the capital's adjective differs from the subject's own ones in the gazetteer.
CAPITAL_ADJECTIVES: dict[str, tuple[str, ...]] = {
    "RU-AD": ("майкопский",),
    "RU-BA": ("уфимский",),
    "RU-BU": ("улан-удэнский",),
    "RU-DA": ("махачкалинский",),
    "RU-IN": ("магасский",),
    "RU-KB": ("нальчикский",),
    "RU-KL": ("элистинский",),
    "RU-KR": ("петрозаводский",),
    "RU-KO": ("сыктывкарский",),
    "RU-ME": ("йошкар-олинский",),
    "RU-MO": ("саранский",),
    "RU-SE": ("владикавказский",),
    "RU-TA": ("казанский",),
    "RU-TY": ("кызылский",),
    "RU-UD": ("ижевский",),
    "RU-KK": ("абаканский",),
    "RU-CE": ("грозненский",),
    "RU-CU": ("чебоксарский",),
    "RU-ALT": ("барнаульский",),
    "RU-PRI": ("владивостокский",),
    "RU-AMU": ("благовещенский",),
    "RU-LEN": ("гатчинский",),
    "RU-SAK": ("южно-сахалинский",),
    "RU-SVE": ("екатеринбургский",),
    "RU-ZAB": ("читинский",),
    "RU-YEV": ("биробиджанский",),
    "RU-CR": ("симферопольский",),
    "RU-NEN": ("нарьян-марский",),
    "RU-CHU": ("анадырский",),
    "RU-YAN": ("салехардский",),
}

# Capital adjectives deliberately not read, with why (a region must not come from them).
EXCLUDED_CAPITAL_ADJECTIVES: dict[str, str] = {
    # "черкесский" is the adjective of a people (адыги-черкесы) living in three subjects.
    "RU-KC": "черкесский",
    # "петропавловский" is also Petropavlovsk in Kazakhstan and the Peter and Paul
    # fortress and cathedral of St Petersburg.
    "RU-KAM": "петропавловский",
}

# Capitals whose name is also a town of another subject: capital -> that subject's code.
# Read by regions._homonymous_capitals: in a text that names the other subject and not the
# capital's, the word is that town ("пенсионерка из Благовещенска" in Bashkir news).
# Left out: Киров (also a town of the Kaluga oblast), which Kirov news pair with Kaluga too
# often for the rule to decide.
CAPITAL_HOMONYMS: dict[str, str] = {
    "Благовещенск": "RU-BA",  # a town of Bashkortostan, seat of its Благовещенский район
}

# Aliases that name a natural area spanning several subjects, used as a nickname of one
# ("Верхневолжье" for the Tver oblast, "Южный Урал" for the Chelyabinsk one): in the name of
# a conference, a company or a resort elsewhere in the area ("ООО «Аптеки Верхневолжья»" in
# Yaroslavl, "санатории Южного Урала" in Bashkortostan) they are not that subject. Read by
# regions._named_subjects_only like a town that is not a capital: they count when the text
# also names the subject otherwise.
AREA_ALIASES: dict[str, str] = {
    "Верхневолжье": "the Upper Volga: the Tver, Yaroslavl and Kostroma oblasts",
    "Южный Урал": "the Chelyabinsk and Orenburg oblasts and Bashkortostan",
    "Средний Урал": "the Sverdlovsk oblast and the Perm krai",
}


# region65: names a subject goes by that the gazetteer (``soccoop/data/regions.json``) does
# not list, read like its aliases: a colloquial or historic name ("на Колыме" is the
# Magadan oblast, "Алания" North Ossetia) or the abbreviation the subject's own bodies write
# ("Минсоцполитики УР", "Минтруд РД"). Abbreviations match only as written, in capitals.
EXTRA_ALIASES: dict[str, tuple[str, ...]] = {
    "RU-MAG": ("Колыма",),
    "RU-SE": ("Алания", "РСО-А"),
    "RU-UD": ("УР",),
    "RU-DA": ("РД",),
    "RU-IN": ("РИ",),
    "RU-KK": ("РХ",),
    "RU-NEN": ("НАО",),
    "RU-CHU": ("ЧАО",),
    # region81: the former autonomous okrugs the Krasnoyarsk krai took in (2007), whose
    # names still stand for the krai's north: "на Таймыре", "в Эвенкии"
    "RU-KYA": ("Таймыр", "Эвенкия"),
    # region51: a subject's colloquial "… край" of the regional press ("в Янтарном крае" is
    # the Kaliningrad oblast, "Вятский край" the Kirov oblast)
    "RU-KGD": ("Янтарный край",),
    "RU-KIR": ("Вятский край",),
    # region53: a subject called by the river it lies on, as its press and its own bodies
    # write it ("губернатор Дона", "на Дону" are the Rostov oblast)
    "RU-ROS": ("Дон",),
}

# reg45: the customary abbreviations several subjects share, each with the subjects it may
# stand for: "ЧР" is the Chechen and the Chuvash republic, "РБ" Bashkortostan and Buryatia,
# "РК" Karelia, Komi, Kalmykia and Crimea. Read only as written, in capitals, and only
# where the text decides (regions.ambiguous_abbreviations_resolved): it names one of these
# subjects some other way (its name, an adjective, its capital or a town of it). One
# candidate ("РМ", "ЛО") still needs that: "ЛО МВД" is a police unit, "РМ" also Moldova.
AMBIGUOUS_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "РА": ("RU-AD", "RU-AL"),
    "РБ": ("RU-BA", "RU-BU"),
    "РК": ("RU-KR", "RU-KO", "RU-KL", "RU-CR"),
    "РМ": ("RU-MO",),
    "РТ": ("RU-TA", "RU-TY"),
    "ЧР": ("RU-CE", "RU-CU"),
    "РСО": ("RU-SE",),
    "ЛО": ("RU-LEN",),
}

# reg45: the reading an ambiguous abbreviation keeps when the text names none of its subjects:
# "РТ" is what Tatarstan's bodies write ("Минтруд РТ"), Tyva's only beside its own name.
ABBREVIATION_DEFAULTS: dict[str, str] = {"РТ": "RU-TA"}

# reg45: lemmas of the foreign state an abbreviation also stands for: in a text naming it,
# "РБ" may be the Republic of Belarus, so the abbreviation decides nothing there.
ABBREVIATION_FOREIGN: dict[str, frozenset[str]] = {
    "РБ": frozenset({"беларусь", "белоруссия", "белорусский", "минск", "минский"}),
    "РК": frozenset({"казахстан", "казахстанский", "астана", "алматы"}),
    "РА": frozenset({"армения", "армянский", "ереван", "абхазия", "абхазский", "сухум"}),
    "РМ": frozenset({"молдова", "молдавия", "молдавский", "кишинёв", "кишинев"}),
    "РТ": frozenset({"таджикистан", "таджикский", "туркмения", "туркменистан"}),
}

# reg45: an abbreviation made unambiguous by the letter in brackets after it: "РС(Я)" is the
# Republic of Sakha (Yakutia) (regions._qualified_abbreviations).
QUALIFIED_ABBREVIATIONS: dict[tuple[str, str], str] = {("РС", "Я"): "RU-SA"}

# region65: adjectives of such a colloquial name, read like the subject's own adjectives
# ("зауральские пенсионеры" are from the Kurgan oblast, "прикамские волонтёры" from the Perm
# krai).
AREA_ADJECTIVES: dict[str, tuple[str, ...]] = {
    "RU-KGN": ("зауральский",),
    "RU-PER": ("прикамский",),
    "RU-AMU": ("приамурский",),
    "RU-MAG": ("колымский",),
    "RU-ROS": ("донской",),
}

# region53: the aliases above and in the gazetteer that are also the name of the river the
# subject lies on (lemmas): "губернатор Дона" is the Rostov oblast, "мост через Дон" the
# river. Read by regions._river_names_dropped with RIVER_WORDS.
RIVER_ALIASES = frozenset({"дон", "кубань"})
# region53: words that make such a name right after them the river's: a river's nouns and
# parts ("на берегу …", "в устье …") and the crossing's nouns ("мост через …", within two
# words). fixreg53: no "через" itself, also the time preposition ("уже через год Кубань …")
RIVER_WORDS = frozenset({"река", "берег", "набережная", "устье", "пойма", "русло",
                         "переправа", "мост", "плотина", "водохранилище", "дельта"})
# region53: an informal name's adjective (AREA_ADJECTIVES) opening a quoted name names a
# brand ("агрохолдинг «Энская нива»"): the informal name is an area's or a river's, a
# company's brand takes it anywhere near; read by regions._mark_quoted_adjectives
AREA_ADJECTIVE_WORDS = frozenset(a for words in AREA_ADJECTIVES.values() for a in words)

# region73: demonyms, the nouns for the people of a subject or of its capital (the
# dictionary's singular lemma): "к нам приехали коллеги-вологжане" names the Vologda oblast
# as surely as its adjective would. Only nouns of a subject or its capital: a resident of
# another town names no subject by himself (regions._named_subjects_only), and names of
# peoples ("татары", "буряты") tell an ethnicity, not where the people live. Each is a
# word the dictionary knows as an animate noun.
DEMONYMS: dict[str, tuple[str, ...]] = {
    "RU-MOW": ("москвич",),
    "RU-SPE": ("петербуржец",),
    "RU-SEV": ("севастополец",),
    "RU-CR": ("крымчанин",),
    "RU-BA": ("уфимец",),
    "RU-KR": ("петрозаводчанин",),
    "RU-KO": ("сыктывкарец",),
    "RU-UD": ("ижевчанин",),
    "RU-CU": ("чебоксарец",),
    "RU-ALT": ("барнаулец",),
    "RU-KDA": ("кубанец", "краснодарец"),
    "RU-KYA": ("красноярец",),
    "RU-PER": ("пермяк",),
    "RU-STA": ("ставрополец",),
    "RU-KHA": ("хабаровчанин",),
    "RU-AMU": ("амурчанин",),
    "RU-ARK": ("архангелогородец",),
    "RU-AST": ("астраханец",),
    "RU-BEL": ("белгородец",),
    "RU-BRY": ("брянец",),
    "RU-VLA": ("владимирец",),
    "RU-VGG": ("волгоградец",),
    "RU-VLG": ("вологжанин",),
    "RU-VOR": ("воронежец",),
    "RU-IVA": ("ивановец",),
    "RU-IRK": ("иркутянин",),
    "RU-KGD": ("калининградец",),
    "RU-KLU": ("калужанин",),
    "RU-KEM": ("кемеровчанин",),
    "RU-KIR": ("кировчанин",),
    "RU-KOS": ("костромич",),
    "RU-KGN": ("курганец",),
    "RU-KRS": ("курянин",),
    "RU-LIP": ("липчанин",),
    "RU-MUR": ("мурманчанин",),
    "RU-NIZ": ("нижегородец",),
    "RU-NGR": ("новгородец",),
    "RU-NVS": ("новосибирец",),
    "RU-OMS": ("омич",),
    "RU-ORE": ("оренбуржец",),
    "RU-ORL": ("орловец", "орловчанин"),
    "RU-PNZ": ("пензенец", "пензяк"),
    "RU-PSK": ("псковитянин", "псковичанин"),
    "RU-ROS": ("ростовчанин",),
    "RU-RYA": ("рязанец",),
    "RU-SAM": ("самарец",),
    "RU-SAR": ("саратовец",),
    "RU-SAK": ("сахалинец",),
    "RU-SVE": ("свердловчанин", "екатеринбуржец"),
    "RU-SMO": ("смолянин",),
    "RU-TAM": ("тамбовчанин",),
    "RU-TVE": ("тверитянин", "тверяк"),
    "RU-TOM": ("томич",),
    "RU-TUL": ("туляк",),
    "RU-TYU": ("тюменец",),
    "RU-CHE": ("челябинец", "южноуралец"),
    "RU-YAR": ("ярославец",),
    "RU-YAN": ("ямалец",),
    "RU-KHM": ("югорчанин",),
}

# region65: abbreviations of a subject that are also a company's legal form: "НАО «Кадастр»"
# is a non-public joint-stock company, "Правительство НАО" the Nenets okrug's. Before an
# opening quote they are the form.
COMPANY_FORM_ABBREVIATIONS = frozenset({"НАО", "ЧАО"})
# reg46: a commercial company's legal form before its quoted name ("ПАО «...»"); a region
# adjective opening such a name names a brand, a river or a namesake town
# (regions._company_brand), unlike a public body's or a non-profit's name ("АНО «...»")
COMMERCIAL_FORMS = frozenset({"АО", "ПАО", "ООО", "ЗАО", "ОАО", "НАО"})
OPENING_QUOTES = frozenset({"«", '"', "„", "“"})
CLOSING_QUOTES = frozenset({"»", '"', "“", "”"})

# region65: a subject's informal name is made from its adjective's stem with "-щина" (after
# "д" or "т" also "-чина"): "Свердловщина", "Ленинградщина", "Белгородчина", "Луганщина".
# regions derives them from each adjective the gazetteer gives a subject that ends in one
# of ADJECTIVE_ENDINGS (not hyphenated ones), and reads them like aliases. Subjects whose
# derived word is no name of theirs are left out with the reason.
AREA_NAME_SUFFIX = "щина"
AREA_NAME_SUFFIX_AFTER_DENTAL = "чина"
DENTAL_STEM_ENDINGS = ("д", "т")
ADJECTIVE_ENDINGS = ("ский", "ской")
NO_DERIVED_AREA_NAME: dict[str, str] = {
    # "Московщина" is the historic name of Muscovy, not of the city
    "RU-MOW": "Muscovy",
}

# region65: nouns that make a region adjective right before them part of the name of a thing
# named after the town, not located in its region: an icon ("храм Казанской иконы Божией
# Матери" in an Altai village) or a national exchange ("на Московской бирже").
# reg48: also a church's patriarchate, called after its see's town ("Русская православная
# церковь (Московский патриархат)" is a church of the whole country, in no subject).
NAMED_THING_NOUNS = frozenset({"икона", "биржа", "патриархат"})

# regpool91: lower-case modifiers that keep a capitalised region adjective inside a name
# the subject's own ("Кировский областной суд", "Тверской государственный университет",
# "Свердловское региональное отделение"): the name is a body of the subject, not a thing
# merely called after it (regions.proper_name_adjectives_dropped).
SUBJECT_LEVEL_MODIFIERS = frozenset({
    "областной", "краевой", "республиканский", "окружной", "региональный", "государственный",
    "городской", "муниципальный",
})

# regpool91: nouns of an event, which is held where the town it is called after lies
# ("на Казанском книжном фестивале" is in Tatarstan): such a name still names the subject.
EVENT_NOUNS = frozenset({
    "форум", "выставка", "фестиваль", "конгресс", "ярмарка", "конференция", "саммит", "съезд",
    "олимпиада", "марафон", "чемпионат", "турнир", "биеннале",
})

# region61: a town is an event's venue after one of these prepositions right after the
# event's noun (EVENT_NOUNS) or one of these verbs of an event being held ("форуме в Сочи",
# "проходит в Сочи"; regions._venue_towns). A class: the verbs saying where an event is held.
VENUE_PREPOSITIONS = frozenset({"в", "во"})
VENUE_VERBS = frozenset({"проходить", "пройти", "состояться"})

# region62: nouns of a road, which is named after its two ends ("трасса Энск — Зетск"):
# a town at an end of such a name tells where the road runs, not a subject the news
# involves (regions._road_ends_dropped). A class: the nouns of a road or highway.
ROAD_NOUNS = frozenset({
    "трасса", "автотрасса", "дорога", "автодорога", "шоссе", "магистраль", "автомагистраль",
})

# region62: the dashes that join a road's two ends ("Энск — Зетск", "Энск - Зетск";
# regions._road_ends_dropped). A class: the dash characters of Russian typing.
ROAD_DASHES = frozenset({"—", "–", "-", "−"})

# reg46: an event of this scope gathers sides from elsewhere; the region adjective opening
# its name is the venue, not a side (regions._gathering_name)
EVENT_SCOPE_WORDS = frozenset({"международный", "всероссийский"})

# A branch a region adjective names serves that region ("с Псковским отделением общества
# «Знание»", "Тверской филиал банка"): the name tells where the body works, as a
# subject-level modifier does (regions._mark_names).
BRANCH_NOUNS = frozenset({"отделение", "филиал", "представительство"})

# regpool91: how many lower-case words after such an adjective are searched for them.
MAX_NAME_MODIFIERS = 4

# region69: nouns of a school or university whose name a region adjective may open ("Орловский
# аграрно-технологический государственный колледж"): the adjective tells the name,
# not always where the news happens (regions.institution_names_named_elsewhere).
INSTITUTION_NOUNS = frozenset({
    "университет", "госуниверситет", "институт", "академия", "колледж", "техникум",
    "училище", "консерватория",
})

# Lower-case modifiers (or parts of a hyphenated one) that may stand between such an
# adjective and its institution noun ("Курский государственный медицинский университет").
MAX_INSTITUTION_MODIFIERS = 4

# region65: marks of a site's copyright line, whose owner's name may name the page's subject
# (regions.footer_regions).
COPYRIGHT_MARKS = ("©",)

# page49: the nouns of a subject's name that a hashtag runs into the adjective before them
# ("#Нижегородскаяобласть", "#Хабаровскийкрай"): read apart so the name matches
# (regions.hashtag_regions). A class: the generic nouns of subjects' official names.
HASHTAG_SUBJECT_NOUNS = ("область", "край", "округ", "республика")

# page49: marks of an organisation's imprint line in a page's footer (its registration
# numbers, a street, a postal code before them in digits: regions.imprint_regions). A class:
# the Russian registry numbers and the street's abbreviation that only an address carries.
IMPRINT_MARKS = ("ОГРН", "ОГРНИП", "ИНН", "КПП", "ул.")

# ---- Tuning and words of ``regions.py``'s passes (kept apart from the rules) ----

# Abbreviated region nouns read as the full noun: "Курская обл.", "респ. Алтай"; region51:
# "Ставропольского кр." (a class: the generic nouns of subjects' names as clerks cut them).
REGION_ABBREVIATIONS = {"обл": "область", "респ": "республика", "г": "город", "кр": "край"}

# region51: nouns of a settlement below a town's rank ("в соседнем районном центре — Энске",
# "в селе Энское"): a capital's name told as such a place is a namesake, not the subject's
# capital (regions._lower_settlement). A class: rural and district settlements' nouns;
# "районный" makes "центр" one ("районный центр"), "областной центр" stays the capital.
LOWER_SETTLEMENT_NOUNS = frozenset({
    "райцентр", "село", "посёлок", "поселок", "деревня", "станица", "хутор", "аул", "пгт",
    "слобода",
})
LOWER_CENTRE = ("районный", "центр")

# region54: the dictionary's grammemes of a proper noun a capitalised region adjective may
# open a two-word name with ("Энская Писаница", a rock, a man's surname): a person's name
# parts and an organisation's or trade name (regions._adjective_of_proper_name). A class: the
# proper-noun grammemes of the OpenCorpora tag set but Geox ("Тверская Карелия" is a part of
# the Tver oblast, so a place's name keeps the adjective a region's).
PROPER_NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Orgn", "Trad"})

# Nouns next to which a region adjective names a street, district, station or time zone,
# not the region ("Московский район", "улица Московская", "по московскому времени"), and
# the adjective of a district ("Кировский районный суд" is the court of a city's district).
PLACE_NOUNS = frozenset({
    "районный",
    "район", "улица", "проспект", "шоссе", "переулок", "площадь", "вокзал", "бульвар",
    "набережная", "микрорайон", "тракт", "вал", "посёлок", "поселок", "село", "станция",
    "метро", "проезд", "тупик", "уезд", "время", "округ", "поселение", "муниципалитет",
    "город",
})

# reg48: place nouns that are also the noun of a subject's own name ("Чукотский автономный
# округ"): a list of capitalised adjectives before one of them may still name subjects
# ("в Ненецком и Чукотском округах"), so regions._district_list does not read it.
SUBJECT_PLACE_NOUNS = frozenset({"округ"})

# region52: adjectives of a municipal unit's kind ("муниципальный округ", "городской округ",
# "сельское поселение"): before a subject's own noun ("округ") they make it a district's, so a
# list of names before them is of districts ("в Энском и Зетском муниципальных округах";
# regions._district_list). A class: the kinds of Russian municipal units.
MUNICIPAL_MODIFIERS = frozenset({"муниципальный", "городской", "сельский"})

# region56: the nouns of a municipal unit a town's adjective names ("Энский городской
# округ", "Энский муниципальный район", "по Энскому району"): the unit of that town, in the
# town's subject (regions.municipal_unit_regions). A class: the heads of the kinds of Russian
# municipal units (the modifiers above stand between).
MUNICIPAL_UNIT_NOUNS = frozenset({"район", "округ"})

# fixregion56: adjectives that name a city's own districts in many cities (after persons,
# revolutions, directions and the cities' old quarters: "Дзержинский район", "Выборгский
# район" of a big city): "район" after one of them, with no municipal kind between
# (MUNICIPAL_MODIFIERS: "Дзержинский муниципальный район"), is no unit of the town the
# adjective is also made from (regions._unit_town). A class: the common names of urban
# districts of Russian cities.
URBAN_DISTRICT_ADJECTIVES = frozenset({
    "дзержинский", "ленинский", "кировский", "октябрьский", "советский", "центральный",
    "фрунзенский", "выборгский", "калининский", "куйбышевский", "свердловский",
    "первомайский", "пролетарский", "красногвардейский", "железнодорожный", "заводской",
    "ворошиловский", "приморский", "московский", "невский", "коминтерновский",
    "краснооктябрьский", "тракторозаводский", "автозаводский", "орджоникидзевский",
    "северный", "южный", "западный", "восточный", "промышленный",
})

# Lower-case modifiers that may stand between such an adjective and its place noun
# ("Кировский муниципальный округ", "Московский сельский район"): at most this many.
MAX_PLACE_MODIFIERS = 2

# "вторая/северная/культурная столица" is not Moscow.
OTHER_CAPITAL = frozenset({"второй", "северный", "культурный", "южный", "третий"})

# Words of a capital city, read as the capital region when no region is named with them.
CAPITAL_WORDS = frozenset({"столица", "столичный"})

# Words (and abbreviations) that mark a city's name: "г. Курск", "город Тула".
CITY_MARKERS = frozenset({"г", "город", "гор"})

# "улица Кирова", "ул. Ленина", "проспект Мира": a street named after a person or town.
NAMED_STREET_NOUNS = frozenset({
    "улица", "ул", "проспект", "пр", "просп", "площадь", "пл", "переулок", "пер", "бульвар",
    "б-р", "проезд", "набережная", "наб", "шоссе", "тупик", "имя",
})

# region68: the street nouns before an adjective that is a street's name ("ул. Ярославского");
# "имени" before an adjective is "on behalf of" ("от имени татарстанского министерства").
STREET_NOUNS_BEFORE_ADJECTIVE = NAMED_STREET_NOUNS - {"имя"}

# The adjective of a subject's kind after a region adjective, and that kind's noun:
# "Московский областной центр" is a body of Московская область, not of Москва.
SUBJECT_OF_ADJECTIVE = {"областной": "область", "краевой": "край"}

# Head nouns that stand before the name in a subject's full name ("Республика Алтай"): a
# lower-case one may head a list of such names ("республик Хакасия, Алтай и Тыва").
HEADS_BEFORE_NAME = frozenset({"республика"})

# Words that join the places of a list: "Курганская, Тюменская и Омская области", "или",
# "а" (mend62: moved from ``regions``).
REGION_JOINERS = frozenset({"и", ",", "или", "а"})

# region81: prepositions that never govern the instrumental: after them a capital's
# instrumental form ("Архангельском", "Смоленском") is the adjective's locative ("в
# Смоленском" is a place called "Смоленское", the town would be "в Смоленске").
NO_INSTRUMENTAL_PREPOSITIONS = frozenset({"в", "во", "на", "о", "об", "обо", "при"})

# region51 (moved here by region52): an aggregator feed's item head is a time (or a date and
# time), one of these bars and the item's label ("18:52 | Энская область", "05.03.2025, 10:40
# • Общество"); a timetable's dash ("10:00–11:15") or a comment's stamp with no label is no
# such head (regions.feed_items). A class: the separators a news feed sets between a stamp
# and its rubric.
FEED_HEAD_BARS = ("|", "•", "·")
FEED_LABEL_WORDS = 6  # a head's label is a rubric or a place, not a headline
FEED_MIN_ITEMS = 3  # fewer timed heads are a post's stamps, not an aggregator's feed

# region52: a town's name and its adjective's ending: a town in "-ск" makes its adjective in
# "-ский" ("Кировск" → "кировский", "Амурск" → "амурский"), the same word as the adjective
# of a subject named after another town or a river (the Kirov oblast, the Amur oblast).
# regions._town_words reads the towns a text names by it, so a subject's adjective made
# from such a town is read as the town's (regions.namesake_town_adjectives_dropped). A class:
# the Russian derivation of a town's adjective.
TOWN_ADJECTIVE_SUFFIXES = {"ский": "ск"}
