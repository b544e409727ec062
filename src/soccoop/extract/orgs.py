"""Countries as organisations: "президент Франции", "председатель КНР", "британский премьер".

News names a state by its short name, an abbreviation, an official long form or an adjective;
officials records want one name per country ("КНР" → "Китай", "французский" → "Франция"),
the one other reports of the same office use. A general table of states often named in
Russian news; lookups work on word lemmas, so any case form matches.
"""

from __future__ import annotations

from functools import lru_cache

from soccoop.extract.nlp import Models

# canonical name | other names and abbreviations | adjective lemmas
_TABLE = """
Россия | РФ, Российская Федерация | российский
США | Америка, Соединённые Штаты, Соединённые Штаты Америки, Штаты | американский
Китай | КНР, Китайская Народная Республика, Поднебесная | китайский
Великобритания | Британия, Соединённое Королевство, Англия | британский, английский
Франция | Французская Республика | французский
Германия | ФРГ | германский, немецкий
Италия | Итальянская Республика | итальянский
Испания | | испанский
Португалия | | португальский
Япония | | японский
Индия | | индийский
Пакистан | | пакистанский
Афганистан | | афганский
Иран | | иранский
Ирак | | иракский
Израиль | | израильский
Палестина | | палестинский
Турция | Турецкая Республика | турецкий
Египет | | египетский
Сирия | | сирийский
Ливия | | ливийский
Ливан | | ливанский
Иордания | | иорданский
Саудовская Аравия | | саудовский
Украина | | украинский
Белоруссия | Беларусь, Республика Беларусь | белорусский
Казахстан | Республика Казахстан | казахстанский
Узбекистан | | узбекский, узбекистанский
Киргизия | Киргизстан, Кыргызстан | киргизский, кыргызский
Таджикистан | | таджикский
Туркмения | Туркменистан | туркменский
Азербайджан | | азербайджанский
Армения | | армянский
Грузия | | грузинский
Молдавия | Молдова | молдавский, молдовский
Латвия | | латвийский
Литва | | литовский
Эстония | | эстонский
Польша | | польский
Чехия | | чешский
Словакия | | словацкий
Венгрия | | венгерский
Румыния | | румынский
Болгария | | болгарский
Сербия | | сербский
Хорватия | | хорватский
Греция | | греческий
Австрия | | австрийский
Швейцария | | швейцарский
Бельгия | | бельгийский
Нидерланды | Голландия | нидерландский, голландский
Дания | | датский
Швеция | | шведский
Норвегия | | норвежский
Финляндия | | финский, финляндский
Ирландия | | ирландский
Канада | | канадский
Мексика | | мексиканский
Бразилия | | бразильский
Аргентина | | аргентинский
Венесуэла | | венесуэльский
Куба | | кубинский
Чили | | чилийский
Колумбия | | колумбийский
Австралия | | австралийский
Новая Зеландия | | новозеландский
Южная Корея | Республика Корея | южнокорейский
КНДР | Северная Корея | северокорейский
Вьетнам | | вьетнамский
Таиланд | | таиландский, тайский
Индонезия | | индонезийский
Монголия | | монгольский
Мьянма | Бирма | мьянманский
ЮАР | Южно-Африканская Республика | южноафриканский
Нигерия | | нигерийский
Кения | | кенийский
Словения | | словенский
Черногория | |
Северная Македония | Македония | македонский
Босния и Герцеговина | Босния | боснийский
Албания | | албанский
Кипр | | кипрский
Исландия | | исландский
Люксембург | | люксембургский
Тунис | | тунисский
Алжир | | алжирский
Марокко | | марокканский
Судан | | суданский
Эфиопия | | эфиопский
Зимбабве | | зимбабвийский
Малави | | малавийский
Мали | | малийский
Гана | | ганский
Сенегал | | сенегальский
Ангола | | ангольский
Мозамбик | | мозамбикский
Замбия | | замбийский
Уганда | | угандийский
Танзания | | танзанийский
Камерун | | камерунский
Мадагаскар | | мадагаскарский
Руанда | | руандийский
Сомали | | сомалийский
Перу | | перуанский
Эквадор | | эквадорский
Боливия | | боливийский
Парагвай | | парагвайский
Уругвай | | уругвайский
Гондурас | | гондурасский
Никарагуа | | никарагуанский
Гватемала | | гватемальский
Панама | | панамский
Гаити | | гаитянский
Ямайка | | ямайский
Филиппины | | филиппинский
Малайзия | | малайзийский
Сингапур | | сингапурский
Камбоджа | | камбоджийский
Лаос | | лаосский
Непал | | непальский
Шри-Ланка | | ланкийский, шри-ланкийский
Бангладеш | | бангладешский
Кувейт | | кувейтский
Катар | | катарский
Бахрейн | | бахрейнский
Оман | | оманский
Йемен | | йеменский
ОАЭ | Объединённые Арабские Эмираты | эмиратский
"""


@lru_cache(maxsize=1)
def _rows() -> tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]:
    rows = []
    for line in _TABLE.strip().splitlines():
        name, others, adjs = (part.strip() for part in line.split("|"))
        rows.append((name,
                     tuple(x.strip() for x in others.split(",") if x.strip()),
                     tuple(x.strip() for x in adjs.split(",") if x.strip())))
    return tuple(rows)


# Capitals stand for their state in news ("Вашингтон ввёл эмбарго"); for context only.
CAPITALS = {
    "Вашингтон": "США", "Пекин": "Китай", "Лондон": "Великобритания", "Париж": "Франция",
    "Берлин": "Германия", "Рим": "Италия", "Мадрид": "Испания", "Токио": "Япония",
    "Киев": "Украина", "Минск": "Белоруссия", "Тбилиси": "Грузия", "Ереван": "Армения",
    "Баку": "Азербайджан", "Кишинёв": "Молдавия", "Астана": "Казахстан", "Ташкент": "Узбекистан",
    "Бишкек": "Киргизия", "Душанбе": "Таджикистан", "Варшава": "Польша", "Прага": "Чехия",
    "Анкара": "Турция", "Тегеран": "Иран", "Багдад": "Ирак", "Дамаск": "Сирия",
    "Каир": "Египет", "Исламабад": "Пакистан", "Кабул": "Афганистан", "Дели": "Индия",
    "Нью-Дели": "Индия", "Гавана": "Куба", "Каракас": "Венесуэла", "Оттава": "Канада",
    "Сеул": "Южная Корея", "Пхеньян": "КНДР", "Рига": "Латвия", "Вильнюс": "Литва",
    "Таллин": "Эстония", "Хельсинки": "Финляндия", "Стокгольм": "Швеция", "Осло": "Норвегия",
    "Копенгаген": "Дания", "Вена": "Австрия", "Афины": "Греция", "Белград": "Сербия",
    "Бухарест": "Румыния", "София": "Болгария", "Будапешт": "Венгрия", "Кремль": "Россия",
}


def _key(models: Models, phrase: str) -> str:
    words = [w for w in phrase.replace("ё", "е").replace("Ё", "Е").split() if w]
    out = []
    for w in words:
        w = w.strip(",.;:()«»\"")
        if not w:
            continue
        if w.isupper() and len(w) > 1:
            out.append(w.lower())
        else:
            out.append(models.lemma(w).lower().replace("ё", "е"))
    return " ".join(out)


@lru_cache(maxsize=4)
def _index(models: Models) -> tuple[dict[str, str], dict[str, str]]:
    names: dict[str, str] = {}
    adjectives: dict[str, str] = {}
    for name, others, adjs in _rows():
        for alias in (name, *others):
            names.setdefault(_key(models, alias), name)
            names.setdefault(alias.lower().replace("ё", "е"), name)
        for adj in adjs:
            adjectives[adj.replace("ё", "е")] = name
    return names, adjectives


def country_name(models: Models, phrase: str | None) -> str | None:
    """The canonical country a whole phrase names ("КНР", "Соединённых Штатов"), or None."""
    if not phrase or len(phrase) > 80:
        return None
    names, _ = _index(models)
    plain = " ".join(phrase.replace("ё", "е").lower().split())
    return names.get(plain) or names.get(_key(models, phrase))


@lru_cache(maxsize=4)
def _capitals(models: Models) -> dict[str, str]:
    return {_key(models, city): name for city, name in CAPITALS.items()}


def country_of_capital(models: Models, phrase: str | None) -> str | None:
    """The state whose capital a phrase names ("Вашингтоном" → "США"), or None."""
    if not phrase or len(phrase) > 40:
        return None
    return _capitals(models).get(_key(models, phrase))


def country_of_adjective(models: Models, word: str | None) -> str | None:
    """The country an adjective names ("французского" → "Франция"), or None."""
    if not word or not word.replace("-", "").isalpha():
        return None
    _, adjectives = _index(models)
    return adjectives.get(models.lemma(word).lower().replace("ё", "е"))


def genitive_name(models: Models, name: str) -> str:
    """A country's canonical name in the genitive, to follow the body it has: "Эстония" →
    "Эстонии", "Южная Корея" → "Южной Кореи"; abbreviations ("США", "РФ") stay."""
    out = []
    for word in name.split():
        if word.isupper() and len(word) > 1:
            out.append(word)
            continue
        parse = next((p for p in models.parse(word)
                      if p.tag.POS in ("NOUN", "ADJF") and p.tag.case == "nomn"), None)
        form = parse.inflect({"gent"}) if parse is not None else None
        out.append(word if form is None else
                   (form.word[:1].upper() + form.word[1:] if word[:1].isupper() else form.word))
    return " ".join(out)
