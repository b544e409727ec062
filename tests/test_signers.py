"""Issue 9, signers on unseen phrasings (extract.signers): names in oblique cases, lone
surnames, posts, people a plural post stood for, the other side's signer in the next
sentence. Probes written for these passes, not taken from any corpus text."""

from __future__ import annotations

import pytest
from probes import agreements_of

from soccoop.extract.nlp import NerSpan, Sentence, Token
from soccoop.extract.pipeline import extract
from soccoop.extract.signers import elided_side
from soccoop.models import Official

PUB = "2025-04-10"


def signed(models, text):
    return [a for a in agreements_of(models, text, PUB) if a.status == "signed"]


# (text, signers of each signed agreement)
PHRASINGS = [
    # the agent of a passive, women in the instrumental, second name hung elsewhere
    ("Соглашение о сотрудничестве между министерством труда Пензенской области и "
     "министерством социальной защиты Саратовской области подписано министром Еленой "
     "Старковой и министром Натальей Соколовой.",
     [["Елена Старкова", "Наталья Соколова"]]),
    # a double surname in the instrumental, signing by video link
    ("Министерство социальной политики Свердловской области подписало соглашение с "
     "министерством социальных отношений Челябинской области. Соглашение подписано "
     "министром Ириной Гехт-Ушаковой и министром Андреем Злоказовым по видеосвязи.",
     [["Ирина Гехт-Ушакова", "Андрей Злоказов"]]),
    # signers split across two sentences, the second one's verb its own
    ("Министерство труда Кировской области подписало соглашение с министерством "
     "социальной защиты Удмуртии. Документ подписала министр Елена Петухова. С удмуртской "
     "стороны подпись поставил министр Сергей Кузнецов.",
     [["Елена Петухова", "Сергей Кузнецов"]]),
    # "главы регионов подписали", the names in the next sentence that identifies them
    ("Главы регионов подписали соглашение о сотрудничестве между Тверской и Смоленской "
     "областями. Это губернатор Тверской области Игорь Руденя и губернатор Смоленской "
     "области Василий Анохин.", [["Игорь Руденя", "Василий Анохин"]]),
    ("Министерство труда Тверской области и министерство социальной защиты Псковской "
     "области подписали соглашение о сотрудничестве. Документ подписали руководители "
     "ведомств. Ими стали Ирина Лукина и Тамара Агапова.",
     [["Ирина Лукина", "Тамара Агапова"]]),
    # a lone surname after a full mention of a person with no recognised post
    ("Директор департамента социальной защиты Костромской области Иван Ковалев провел "
     "встречу с коллегами из Ярославской области. Соглашение о сотрудничестве подписали "
     "Ковалев и министр труда Ярославской области Ирина Абрамова.",
     [["Иван Ковалев", "Ирина Абрамова"]]),
    # a signer by post only, the one official named with that post before
    ("Министр труда Тульской области Андрей Жуков провел встречу с коллегами из Орловской "
     "области. Министерство труда Тульской области подписало соглашение с департаментом "
     "социальной защиты Орловской области. Документ подписал министр труда.",
     [["Андрей Жуков"]]),
    ("Министр труда и социальной защиты Тульской области Андрей Жуков провел встречу с "
     "руководством фонда. Министерство труда Тульской области подписало соглашение с "
     "фондом «Защитники Отечества». Документ подписали министр труда и директор филиала "
     "фонда Марина Соболева.", [["Андрей Жуков", "Марина Соболева"]]),
    # "подписались", "подписантами выступили": other words of signing
    ("Министерство труда Курской области и министерство социальной защиты Белгородской "
     "области подписали соглашение о сотрудничестве. Под документом подписались министр "
     "Светлана Котова и министр Ирина Ланина.", [["Светлана Котова", "Ирина Ланина"]]),
    ("Министерство труда Курской области и министерство социальной защиты Белгородской "
     "области подписали соглашение о сотрудничестве. Подписантами выступили министр "
     "Светлана Котова и министр Ирина Ланина.", [["Светлана Котова", "Ирина Ланина"]]),
    # an aside between the signing and its signers: the chain goes on past it
    ("Министерство труда Курской области подписало соглашение с министерством социальной "
     "защиты Белгородской области. Соглашение рассчитано на пять лет. Подписи под "
     "документом поставили министр Юрий Зайцев и министр Анна Белова.",
     [["Юрий Зайцев", "Анна Белова"]]),
    # ... but not past one naming a person: who signed what is no longer sure
    ("Министерство труда Курской области подписало соглашение с министерством социальной "
     "защиты Белгородской области. Губернатор Александр Хинштейн поблагодарил участников. "
     "Подписи под документом поставили министр Юрий Зайцев и министр Анна Белова.", [[]]),
    # the speaker who signs ("..., подписав соглашение"), unlike one who only reports
    ("«Это важный шаг для наших регионов», — отметил министр труда Курской области Юрий "
     "Зайцев, подписав соглашение с министерством социальной защиты Белгородской области.",
     [["Юрий Зайцев"]]),
    ("«Это важный шаг для наших регионов», — отметил министр труда Курской области Юрий "
     "Зайцев, рассказав о соглашении, которое министерство подписало с министерством "
     "социальной защиты Белгородской области.", [[]]),
    # the other side's signer with the verb left out
    ("Министерство труда Мордовии подписало соглашение с министерством социальной защиты "
     "Пензенской области. Документ со стороны министерства подписала Анна Смирнова, со "
     "стороны пензенского ведомства — Олег Котов.", [["Анна Смирнова", "Олег Котов"]]),
    # headline and lead: one agreement, not two
    ("Губернаторы Ивановской и Владимирской областей подписали соглашение\nГубернатор "
     "Ивановской области Станислав Воскресенский и губернатор Владимирской области "
     "Александр Авдеев подписали соглашение о сотрудничестве в сфере социальной защиты.",
     [["Станислав Воскресенский", "Александр Авдеев"]]),
    # attendees are not signers, nor who attends by "при участии"
    ("Министерство труда Тверской области и министерство социальной защиты Псковской "
     "области подписали соглашение о сотрудничестве. В церемонии приняли участие "
     "губернатор Игорь Руденя и губернатор Михаил Ведерников.", [[]]),
    ("Министерство труда Тверской области подписало соглашение с министерством социальной "
     "защиты Псковской области. Соглашение подписано при участии губернатора Михаила "
     "Ведерникова.", [[]]),
    # a governor named by post, but two governors were named: nobody is guessed
    ("Губернатор Тульской области Дмитрий Миляев и губернатор Орловской области Андрей "
     "Клычков провели встречу. Правительство Тульской области подписало соглашение с "
     "правительством Орловской области. Документ подписал губернатор.", [[]]),
    # a reporter is no signer, even when named in the nominative next to "подписали"
    ("Министр труда Тверской области Ирина Лукина рассказала о визите в Псков. "
     "Министерство труда Тверской области и министерство социальной защиты Псковской "
     "области подписали соглашение о сотрудничестве.", [[]]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), PHRASINGS)
def test_signers_in_unseen_phrasings(models, text, expected):
    got = [sorted(a.signatories) for a in signed(models, text)]
    assert sorted(got) == sorted(sorted(e) for e in expected)


@pytest.mark.slow
def test_paragraph_with_two_agreements_each_with_its_own_signers(models):
    text = (
        "Министерство социального развития Смоленской области подписало соглашение с "
        "министерством труда Брянской области. Документ подписала министр Валентина "
        "Кулагина. С брянской стороны подпись поставил министр Алексей Мазур. В церемонии "
        "приняла участие сенатор Ольга Петрова. Кроме того, министерство заключило "
        "соглашение с фондом «Защитники Отечества», его подписали Кулагина и руководитель "
        "филиала фонда Денис Фролов.")
    found = signed(models, text)
    assert sorted(sorted(a.signatories) for a in found) == [
        ["Алексей Мазур", "Валентина Кулагина"], ["Валентина Кулагина", "Денис Фролов"]]
    with_fund = [a for a in found if any("Защитники" in p.name for p in a.parties)]
    assert [sorted(a.signatories) for a in with_fund] == [["Валентина Кулагина", "Денис Фролов"]]
    assert all("Ольга Петрова" not in a.signatories for a in found)


def _sentence(words: list[tuple[str, str]]) -> Sentence:
    toks, pos = [], 0
    for text, tag in words:
        toks.append(Token(text, pos, pos + len(text), pos=tag))
        pos += len(text) + 1
    return Sentence(0, pos - 1, " ".join(w for w, _ in words), toks)


@pytest.mark.parametrize(("words", "expected"), [
    ([("Со", "ADP"), ("стороны", "NOUN"), ("фонда", "NOUN"), ("—", "PUNCT"),
      ("директор", "NOUN"), ("Анна", "PROPN"), ("Смирнова", "PROPN")], True),
    ([("От", "ADP"), ("фонда", "NOUN"), ("—", "PUNCT"), ("директор", "NOUN")], True),
    # a verb: not elided (the signing rules read it as a sentence of its own)
    ([("Со", "ADP"), ("стороны", "NOUN"), ("фонда", "NOUN"), ("—", "PUNCT"),
      ("выступил", "VERB"), ("директор", "NOUN")], False),
    # no dash standing for a verb
    ([("Со", "ADP"), ("стороны", "NOUN"), ("фонда", "NOUN"), ("директор", "NOUN")], False),
    # no side phrase at the start
    ([("Директор", "NOUN"), ("фонда", "NOUN"), ("—", "PUNCT"), ("Анна", "PROPN")], False),
])
def test_elided_side(words, expected):
    sent = _sentence(words)
    for t in sent.tokens:
        t.lemma = "сторона" if t.text == "стороны" else t.text.lower()
    assert elided_side(sent) is expected


def test_lone_surname_needs_exactly_one_full_mention_before():
    from soccoop.extract.nlp import Analysis
    from soccoop.extract.signers import surname_name

    sent = _sentence([("Подписал", "VERB"), ("Петров", "PROPN")])
    sent.tokens[1].feats = {"Case": "Nom"}
    span = NerSpan("PER", sent.tokens[1].start, sent.tokens[1].stop, "Петров")
    analysis = Analysis(sent.text, [sent], [span])
    # nobody named in full before: no name is read, so no models are needed
    assert surname_name(analysis, sent, span, None) is None  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------
# Second pass (round 6 causes, probes in other words): signers named at the end of the
# report past its guests, one signer of several documents at once, the head who speaks
# "мы подписали" in a transcript or a quote.
# ---------------------------------------------------------------------------------------

LATER_SIGNERS = [
    # the back reference at the end, past content, a guest and his words
    ("Двустороннее соглашение о трудоустройстве инвалидов заключено вчера в Ярославле. "
     "Участником соглашения стал региональный центр занятости. Специалисты центра будут "
     "подбирать вакансии. В первый год работу получат 120 человек. На церемонии "
     "присутствовал депутат областной думы Павел Смирнов. Он отметил важность проекта. "
     "Подписи под документом поставили директор департамента труда Ярославской области "
     "Ольга Ефимова и председатель регионального отделения ВОИ Андрей Зуев.",
     [["Андрей Зуев", "Ольга Ефимова"]]),
    ("Министерство социальной защиты Курской области заключило соглашение с министерством "
     "труда Белгородской области. Документ рассчитан на три года. Ведомства будут "
     "обмениваться опытом. В мероприятии участвовал сенатор Иван Орлов. Он поздравил "
     "коллег. Документ подписали министр Светлана Гусева и министр Олег Дроздов.",
     [["Олег Дроздов", "Светлана Гусева"]]),
    # signatures named with no document, past a sentence on the signing as an occasion
    ("Министерство труда Орловской области заключило соглашение с министерством социальной "
     "защиты Тамбовской области. Документ подписан сроком на пять лет. На подписании "
     "присутствовали депутаты. Подписи поставили министр Оксана Рябова и министр Денис "
     "Ложкин.", [["Денис Ложкин", "Оксана Рябова"]]),
    # "автографы": another word of signatures
    ("Министерство труда Орловской области заключило соглашение с министерством социальной "
     "защиты Тамбовской области. Автографы под документом поставили министр Оксана Рябова "
     "и министр Денис Ложкин.", [["Денис Ложкин", "Оксана Рябова"]]),
    # ... but the signing of another document named: not this one's
    ("Министерство труда Орловской области заключило соглашение с министерством социальной "
     "защиты Тамбовской области. На подписании плана мероприятий присутствовали депутаты. "
     "Подписи поставили министр Оксана Рябова и министр Денис Ложкин.", [[]]),
    # the one signed with, in the instrumental after "с" (the parser hangs the post on the
    # agreement's topic)
    ("Вчера министр труда Липецкой области Ирина Ульянова подписала соглашение о "
     "сотрудничестве с министром социальной защиты Воронежской области Олегом Сергеевым.",
     [["Ирина Ульянова", "Олег Сергеев"]]),
    # ... but not one met before it
    ("После встречи с министром социальной защиты Воронежской области Олегом Сергеевым "
     "министр труда Липецкой области Ирина Ульянова подписала соглашение о сотрудничестве "
     "с фондом «Защитники Отечества».", [["Ирина Ульянова"]]),
    # a post and a bare surname, named in full before (the parser hangs it as "of" the post)
    ("Министр труда Липецкой области Ирина Ульянова провела встречу с воронежскими "
     "коллегами. Министерство труда Липецкой области заключило соглашение с министерством "
     "социальной защиты Воронежской области. Документ подписали министр Ульянова и министр "
     "Олег Сергеев.", [["Ирина Ульянова", "Олег Сергеев"]]),
    # an aside naming another paper: "документ" may be that one
    ("Министерство труда Орловской области заключило соглашение с министерством социальной "
     "защиты Тамбовской области. Губернатор утвердил региональную программу занятости. "
     "Документ подписали министр Оксана Рябова и министр Денис Ложкин.", [[]]),
    # the other side's signer "represented" it, in the next sentence
    ("Соглашение о сотрудничестве между министерством труда Орловской области и "
     "министерством социальной защиты Тамбовской области подписано. С орловской стороны "
     "его подписала Оксана Рябова. Тамбовскую сторону представлял министр Денис Ложкин.",
     [["Денис Ложкин", "Оксана Рябова"]]),
    # a person between who is no guest: who signed what is not sure
    ("Министерство труда Курской области заключило соглашение с министерством социальной "
     "защиты Белгородской области. Губернатор Александр Хинштейн поблагодарил участников. "
     "Документ подписали министр Светлана Гусева и министр Олег Дроздов.", [[]]),
    # another document signed between: "документ" is that one
    ("Министерство труда Курской области заключило соглашение с министерством социальной "
     "защиты Белгородской области. Кроме того, министерство подписало план мероприятий с "
     "центром занятости. Документ подписали министр Светлана Гусева и директор Олег "
     "Дроздов.", [[]]),
    # the speaker of a transcript's turn, head of her ministry, the other side's signer named
    ("ПРОТОКОЛ\nзаседания коллегии\n\nГОЛУБЕВ П.С.: Слово предоставляется министру труда "
     "Псковской области Анне Смирновой.\n\nСМИРНОВА А.П.: Спасибо. Докладываю о "
     "сотрудничестве.\nВ январе мы подписали соглашение с Министерством социальной защиты "
     "Новгородской области. Документ со стороны Новгородской области подписал министр "
     "Виктор Орехов.\n", [["Анна Смирнова", "Виктор Орехов"]]),
    # ... not when nobody's signing is told (the bodies signed), nor a press secretary
    ("ПРОТОКОЛ\nзаседания коллегии\n\nГОЛУБЕВ П.С.: Слово предоставляется министру труда "
     "Псковской области Анне Смирновой.\n\nСМИРНОВА А.П.: Спасибо. Докладываю о "
     "сотрудничестве.\nВ январе мы подписали соглашение с Министерством социальной защиты "
     "Новгородской области.\n", [[]]),
    ("ПРОТОКОЛ\nзаседания коллегии\n\nГОЛУБЕВ П.С.: Слово предоставляется пресс-секретарю "
     "министерства труда Псковской области Анне Смирновой.\n\nСМИРНОВА А.П.: Спасибо. В "
     "январе мы подписали соглашение с Министерством социальной защиты Новгородской "
     "области. Документ со стороны Новгородской области подписал министр Виктор Орехов.\n",
     [["Виктор Орехов"]]),
    # the speaker of a quote
    ("«Мы подписали соглашение с министерством труда Алтайского края, а документ с "
     "алтайской стороны подписал министр Лариса Боровская», — рассказал министр труда "
     "Омской области Владимир Куприянов.", [["Владимир Куприянов", "Лариса Боровская"]]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), LATER_SIGNERS)
def test_signers_named_later_or_by_the_speaker(models, text, expected):
    got = [sorted(a.signatories) for a in signed(models, text)]
    assert sorted(got) == sorted(sorted(e) for e in expected)


@pytest.mark.slow
def test_one_signer_of_several_documents_joins_each(models):
    text = ("Министерство труда Омской области подписало соглашение с министерством "
            "социальной защиты Алтайского края. Кроме того, министерство подписало "
            "соглашение с Томским государственным университетом, его подписал ректор "
            "Эдуард Галажинский. Оба документа со стороны Омской области подписал министр "
            "Владимир Куприянов.")
    found = signed(models, text)
    assert len(found) == 2
    assert all("Владимир Куприянов" in a.signatories for a in found)
    with_university = [a for a in found if any("университет" in p.name for p in a.parties)]
    assert [a.signatories for a in with_university] == [
        ["Эдуард Галажинский", "Владимир Куприянов"]]
    # the rector signed the second one only: the sentence signs an agreement of its own
    others = [a for a in found if a not in with_university]
    assert [a.signatories for a in others] == [["Владимир Куприянов"]]
    # no collective reference: each keeps its own
    single = text.replace("Оба документа со стороны Омской области подписал",
                          "В церемонии участвовал")
    assert all("Владимир Куприянов" not in a.signatories for a in signed(models, single))


def test_turn_speaker_by_label_and_head_post():
    from soccoop.extract.nlp import Analysis
    from soccoop.extract.signers import heads_body, turn_speaker
    from soccoop.models import Evidence

    text = "ИВАНОВ И.И.: Слово Петровой.\nПЕТРОВА А.Б.: Мы подписали соглашение."
    sent = Sentence(text.index("Мы"), len(text), "Мы подписали соглашение.", [])
    first = Sentence(text.index("Слово"), text.index("\n"), "Слово Петровой.", [])
    analysis = Analysis(text, [first, sent], [])

    def official(name: str, position: str) -> Official:
        return Official(name, position, None, None, Evidence(name, 0, 1))

    minister = official("Анна Петрова", "министр труда")
    assert turn_speaker(analysis, sent, [minister]) is minister
    assert turn_speaker(analysis, first, [minister]) is None  # Иванов's turn
    assert turn_speaker(analysis, sent, [official("Анна Сидорова", "министр")]) is None
    # the post's first words decide here: no dictionary reading, so no models
    assert heads_body(minister, None)  # type: ignore[arg-type]
    assert not heads_body(official("Анна Петрова", "пресс-секретарь министерства"),
                          None)  # type: ignore[arg-type]


# Names of signers in oblique cases (extract.officials): a regular surname the dictionary
# lacks ("Солодовым" it reads as an adjective), a name written surname first.
@pytest.mark.parametrize(("word", "case", "gender", "expected"), [
    ("Солодовым", "Ins", "masc", "Солодов"),
    ("Кругловой", "Dat", "femn", "Круглова"),
    ("Журавлёву", "Dat", "masc", "Журавлёв"),
    ("Журавлёву", "Acc", "femn", "Журавлёва"),
    ("Синицыне", "Loc", "masc", "Синицын"),
    ("Ильиной", "Ins", "femn", "Ильина"),
    ("Ильиной", "Ins", "masc", None),  # no man's form
    ("Садовым", "Dat", "masc", None),  # the plural's case, no man's form
    ("Кравец", "Ins", "masc", None),  # no regular ending
])
def test_regular_surname(word, case, gender, expected):
    """Table of regular surname forms: each row could fail on its own."""
    from soccoop.extract.officials import _regular_surname

    assert _regular_surname(word, case, gender) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name"), [
    ("Соглашение подписано губернатором Владимиром Солодовым.", "Владимир Солодов"),
    ("Соглашение подписано министром Еленой Жуковой.", "Елена Жукова"),
    ("Слово предоставляется министру труда Псковской области Смирновой Анне Петровне.",
     "Анна Петровна Смирнова"),
    ("Поздравляем министра труда Сидорова Ивана Петровича с юбилеем.",
     "Иван Петрович Сидоров"),
    # the tagger's two spans of an address, surname then first name and patronymic
    ("Слово предоставляется министру социальной защиты Тамбовской области Кругловой Елене "
     "Викторовне.", "Елена Викторовна Круглова"),
    # initials only: the name agrees with the post beside it
    ("Заместитель министра К.Новикова провела совещание.", "К. Новикова"),
    ("Соглашение подписала министр О. Лебедева.", "О. Лебедева"),
    ("Доклад министра А.Новикова был коротким.", "А. Новиков"),
    ("Встреча с министром А. Новиковым прошла в Курске.", "А. Новиков"),
])
def test_official_names_in_the_nominative(models, text, name):
    assert [o.name for o in extract(text, "t.txt", models, published=PUB).officials] == [name]


@pytest.mark.parametrize(("first", "second", "expected"), [
    ("1) с департаментом Югры — об обмене опытом;", "2) с министерством (подписал министр "
     "Иван Петров);", True),
    ("— с фондом «Защитники Отечества»;", "— с университетом (подписал ректор Иван Петров).",
     True),
    # the list's opening line keeps the first item's signer
    ("Вчера подписаны соглашения:", "1) с министерством (подписал министр Иван Петров);",
     False),
    ("Соглашение подписано.", "Документ подписал министр Иван Петров.", False),
    ("1) с департаментом Югры;", "Документ подписал министр Иван Петров.", False),
])
def test_separate_items(first, second, expected):
    from soccoop.extract.signers import separate_items

    a = Sentence(0, len(first), first, [])
    b = Sentence(len(first) + 1, len(first) + 1 + len(second), second, [])
    assert separate_items(first + "\n" + second, a, b) is expected
