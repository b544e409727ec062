"""agr58: agreements missed and extra on pages that list several partners.

- the clause of a signing verb reaches back over a body's long «quoted» name after its
  legal form ("ГКУ «Центр занятости населения Республики Саха (Якутия)» подписал ...",
  ``agreement_clauses.body_quote_open``);
- a "с" list of partners goes on past the subtree the parser gave it, through each side
  that follows after a comma or "и" (``agreement_sides.list_run_on``);
- a body whose name ends in a «quoted» name is read from its head noun for unions,
  societies, cooperatives and companies too ("общественной организацией ветеранов
  боевых действий «Кубанский рубеж»", ``lexicon.QUOTED_BODY_HEADS``), and the inner name of
  a nested quote is no second side;
- a list's next partner may open with an adjective the tagger read in another case
  ("..., Краснодарской краевой организацией ...", ``agreement_sides.can_be_instrumental``);
- a reader's comment stamped with its author and time set apart by a dash, a dot or a gap
  ("серовчанин_66 — 24.04.2025 12:10", ``merge._COMMENT_APART_STAMP``), or opening with a
  handle and a word about the reader ("Людмила, Шахты: ...", ``lexicon_turns.READER_TAG``), opens
  the comment thread.
"""

from __future__ import annotations

import pytest
from probes import agreements_of, named_rows, party_names

from soccoop.extract.merge import _comments_start

PUB = "2024-11-20"

# (id, text, the partners expected, each with the shared side)
PARTNER_LISTS = named_rows([
    ("long_quoted_subject",
     "В среду ГКУ «Центр занятости населения Республики Саха (Якутия)» заключил соглашения "
     "с ООО «Алмазный край», АО «Якутская стройка» и ООО «Северный берег».",
     "ГКУ «Центр занятости населения Республики Саха (Якутия)»",
     ["ООО «Алмазный край»", "АО «Якутская стройка»", "ООО «Северный берег»"]),
    ("long_quoted_subject_two",
     "ГБУ «Комплексный центр социального обслуживания населения Октябрьского района (филиал)» "
     "подписал соглашения с ООО «Светлый путь» и АО «Тёплый дом».",
     "ГБУ «Комплексный центр социального обслуживания населения Октябрьского района "
     "(филиал)»",
     ["ООО «Светлый путь»", "АО «Тёплый дом»"]),
    ("union_with_quoted_name",
     "Министр социального развития Оренбургской области Анна Петрова подписала соглашения с "
     "благотворительным фондом «Рука помощи», Оренбургской областной общественной "
     "организацией ветеранов боевых действий «Щит» и автономной некоммерческой организацией "
     "«Добрый дом».",
     "Министерство социального развития Оренбургской области",
     ["Рука помощи", "Щит", "Добрый дом"]),
])


@pytest.mark.parametrize("text,shared,partners", PARTNER_LISTS)
def test_one_agreement_per_listed_partner(models, text, shared, partners):
    found = agreements_of(models, text, PUB)
    names = [party_names(a) for a in found]
    assert len(found) == len(partners), names
    for partner in partners:
        assert any(any(partner in n for n in ns) for ns in names), (partner, names)
    for ns in names:
        assert any(shared.split("«")[0].strip() in n for n in ns), names


NESTED = ("Министерство подписало соглашение с автономной некоммерческой организацией «Центр "
          "поддержки семей «Родные люди».")


def test_inner_quoted_name_is_no_second_side(models):
    found = agreements_of(models, "Министерство труда Омской области " + NESTED[13:], PUB)
    assert len(found) == 1
    sides = party_names(found[0])
    assert sum("Родные люди" in n for n in sides) == 1, sides


ARTICLE = ("Министерство труда Омской области и ООО «Омский хлеб» подписали соглашение о "
           "трудоустройстве людей с инвалидностью.\n\nКомментарии (3)\n\n")

THREADS = named_rows([
    ("dash", "иртышанин_55 — 24.04.2025 12:10\nГоворят, скоро подпишут ещё одно "
     "соглашение.\n", True),
    ("middle_dot", "Рамиль · 17.10.2024, 10:02\nХорошее дело.\n", True),
    ("wide_gap", "Гость_8421   13.02.2024 10:02\nЛучше бы пенсии в срок.\n", True),
    ("gap_day_in_words", "Михалыч  3 октября, 16:40\nСлышал, мэрия подпишет меморандум.\n",
     True),
    ("reader_and_town", "Людмила, Шахты: А как записаться?\nНиколай, Омск: Были в прошлом "
     "году, понравилось.\n", True),
    ("no_time", "Рамиль — 17.10.2024\n\nЭто подпись к фото, а не комментарий.\n", False),
    ("a_sentence", "Министерство подписало соглашение 12.09.2024 в 19:02\n", False),
    # agr56: the day and month in words (``merge._COMMENT_WORD_STAMP``)
    ("day_and_month_comma", "Марина_О, 12 марта, 10:15\nГоворят, скоро подпишут ещё одно "
     "соглашение.\n", True),
    ("day_month_year_at", "Сергей Н., 12 марта 2024 в 10:15\nНе верю.\n", True),
    ("words_without_time", "Марина О., 12 марта\n\nЭто не комментарий, а подпись к фото.\n",
     False),
])


@pytest.mark.parametrize("thread,cut", THREADS)
def test_comment_stamps_set_apart(thread, cut):
    text = ARTICLE + thread
    at = text.index("Комментарии")
    assert (_comments_start(text) == at) == cut


def test_rumour_under_a_dashed_stamp_is_no_agreement(models):
    text = (ARTICLE + "иртышанин_55 — 24.04.2025 12:10\nГоворят, губернатор уже подписал с "
            "заводом меморандум о выкупе доли.\n\nМарина — 24.04.2025 12:33\nНе верю.\n")
    found = agreements_of(models, text, PUB)
    assert len(found) == 1, [party_names(a) for a in found]


# agr58: "между министерствами" with one ministry told only through its minister's post
BETWEEN_TOLD = named_rows([
    ("minister_and_delegation",
     "Министр социальной защиты Курской области Ирина Белова провела встречу с делегацией "
     "Министерства труда и социального развития Омской области. Гости осмотрели центр "
     "реабилитации. По итогам встречи стороны договорились подписать соглашение о "
     "сотрудничестве между министерствами.",
     ["Министерство социальной защиты Курской области",
      "Министерство труда и социального развития Омской области"]),
])


@pytest.mark.parametrize("text,sides", BETWEEN_TOLD)
def test_between_bodies_told_through_an_official(models, text, sides):
    """``coreference.told_through_officials`` and ``genitive_name_goes_on``."""
    found = agreements_of(models, text, PUB)
    assert len(found) == 1, [party_names(a) for a in found]
    assert found[0].status == "planned"
    assert party_names(found[0]) == sorted(sides)


def test_committees_of_two_chairs_stay_two_bodies():
    """``genitive_name_goes_on``: "и" before a post joins two phrases, not a name's words."""
    from soccoop.extract.coreference import genitive_name_goes_on
    from soccoop.extract.nlp import get_models

    m = get_models()
    joined = m.analyse("развития труда и социального развития края").sentences[0].tokens
    apart = m.analyse("комитета краевого Собрания и председателя комитета").sentences[0].tokens
    assert genitive_name_goes_on(joined, 2)
    assert not genitive_name_goes_on(apart, 3)


# agr58: a signing told as a condition, and an "аналогичное соглашение с X" of its own
CONDITIONS = named_rows([
    ("readers_call",
     "Министерство труда Омской области и ООО «Омский хлеб» подписали соглашение о "
     "трудоустройстве людей с инвалидностью. Пишите нам: если в вашем районе подписано "
     "соглашение в сфере занятости, присылайте новости в редакцию.", 1),
    ("if_they_sign",
     "Министерство труда Омской области и ООО «Омский хлеб» подписали соглашение о "
     "трудоустройстве людей с инвалидностью. Если центр занятости заключит соглашение с "
     "колледжем, выпускники получат работу.", 1),
])


def test_alike_agreement_with_its_own_partner_is_another(models):
    """``agreements.partner_on_noun``: the acronym of the signing's side does not join the
    "like this one" agreement to the signing."""
    text = ("Министерство социальной защиты Курской области подписало соглашение о "
            "сотрудничестве с автономной некоммерческой организацией «Добрые руки». "
            "Директор организации рассказала, что АНО уже второй год работает в Орловской "
            "области по аналогичному соглашению с областным департаментом социальной защиты.")
    found = agreements_of(models, text, PUB)
    assert [a.status for a in found] == ["signed", "mentioned"], \
        [party_names(a) for a in found]


# agr58: an acronym that keeps its eponym ("БГПУ им. М. Акмуллы"), the same eponym or not
ACRONYM_EPONYM = named_rows([
    ("same_eponym", "ОмГПУ им. А. С. Пушкина",
     "Омский государственный педагогический университет им. А. С. Пушкина", True),
    ("initials_joined", "ТГПУ им. Л.Н. Толстого",
     "Тульский государственный педагогический университет им. Л. Н. Толстого", True),
    ("other_eponym", "ОмГПУ им. А. С. Пушкина",
     "Омский государственный педагогический университет им. Ф. М. Достоевского", False),
    ("no_eponym_in_full", "ОмГПУ им. А. С. Пушкина",
     "Омский государственный педагогический университет", False),
])


@pytest.mark.parametrize("short,full,same", ACRONYM_EPONYM)
def test_acronym_with_its_eponym(models, short, full, same):
    """``party_identity.acronym_of_name``."""
    from soccoop.extract.agreement_types import _Party
    from soccoop.extract.party_identity import acronym_of_name

    p, q = _Party(short, [], 0, len(short), models), _Party(full, [], 0, len(full), models)
    assert acronym_of_name(p, q) == same


PERSONAL = named_rows([
    ("student_contracts",
     "Министерство труда Омской области и Омский государственный университет подписали "
     "соглашение о сотрудничестве. Абитуриенты смогут поступить по договору о целевом "
     "обучении с учреждениями социального обслуживания.", 1),
    ("body_agreement_on_training_stays",
     "Министерство труда Омской области и Омский государственный университет подписали "
     "соглашение о целевом обучении студентов.", 1),
])


@pytest.mark.parametrize("text,count", CONDITIONS + PERSONAL)
def test_only_the_signing_is_an_agreement(models, text, count):
    """A signing told as a condition (``agreements.hypothetical_signing``) and a contract of
    target training (``agreements.personal_contract``) are no agreements beside the
    signing."""
    found = agreements_of(models, text, PUB)
    assert len(found) == count, [party_names(a) for a in found]
    assert all(a.status == "signed" for a in found)


INNER_NAMES = named_rows([
    ("inner_name", "АНО «Опора»",
     "Автономная некоммерческая организация «Центр семейной поддержки «Опора»", True),
    ("inner_name_closed", "АНО «Опора»",
     "Автономная некоммерческая организация «Центр семейной поддержки «Опора»»", True),
    ("other_name", "АНО «Опора»",
     "Автономная некоммерческая организация «Центр семейной поддержки «Надежда»", False),
])


@pytest.mark.parametrize("short,full,same", INNER_NAMES)
def test_body_called_by_its_inner_name(models, short, full, same):
    """``agreement_types.same_quoted_name``: a name with a name inside is the body called by
    that inner name."""
    from soccoop.extract.agreement_types import _Party, same_quoted_name

    p, q = _Party(short, [], 0, len(short), models), _Party(full, [], 0, len(full), models)
    assert same_quoted_name(p, q) == same


def test_company_keeps_its_quoted_name_alone(models):
    """``lexicon.QUOTED_BODY_HEADS`` holds no company: "компанией «Газпром нефть»"."""
    found = agreements_of(models, "Губернатор Омской области подписал соглашение с "
                          "компанией «Газпром нефть».", PUB)
    assert any("Газпром нефть" in party_names(a) for a in found), \
        [party_names(a) for a in found]
