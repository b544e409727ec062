"""Signers of counted signings and partners: each member of a counted signing gets the
signers its ordinal paragraph names, a bare post next to a named one is someone else, two
signers counted by their post ("оба министра", "губернаторы"), a partner under "вместе
с", a pronoun subject named before, a teller who stands between a signing and its
signers, and the signer told in the lead with the agreement in the next sentence. Every
probe is written here, in words of its own; the negatives are attendees, reporters,
speakers and people the text names who did not sign."""

from __future__ import annotations

from functools import partial

import probes
import pytest

from soccoop.extract.lexicon_signers import ORDINAL_PLACES, SIGNER_PRONOUNS
from soccoop.extract.signers import _ordinal_place, member_places, ordinal_stretches

PUB = "2025-09-10"


signers_of = partial(probes.signers_of, published=PUB)


COUNTED = (
    "Министерство социального развития Пермского края во вторник заключило сразу два "
    "соглашения — с Пермским государственным университетом и с Пермским отделением "
    "Сбербанка.\n"
    "Первое соглашение посвящено подготовке социальных работников. Студенты будут "
    "проходить практику в центрах социального обслуживания. Подписи под ним поставили "
    "министр Павел Ветлугин и ректор Дмитрий Красильников.\n"
    "Второе соглашение, подписанное Павлом Ветлугиным и управляющим отделением банка "
    "Мариной Гордеевой, касается финансовой грамотности пенсионеров.\n"
)

SIDES = ("Министерство труда Ярославской области и департамент социальной защиты "
         "Костромской области подписали соглашение о сотрудничестве. ")

MEETING = ("Министр труда Ярославской области Ольга Белова провела в Ярославле встречу с "
           "директором департамента социальной защиты Костромской области Игорем "
           "Зотовым. ")

GOVERNORS = ("Губернатор Ярославской области Михаил Зарубин принял в Ярославле губернатора "
             "Костромской области Сергея Гладкова. По итогам встречи правительства двух "
             "областей подписали соглашение о сотрудничестве в социальной сфере. ")

PROBES = [
    # a counted signing split by partner: each member's ordinal paragraph names its signers
    (COUNTED, [["Дмитрий Красильников", "Павел Ветлугин"],
               ["Марина Гордеева", "Павел Ветлугин"]]),
    # a bare post beside a named one with the same post stands for the other minister
    ("Министр труда Ярославской области Ольга Белова встретилась с министром социальной "
     "защиты Костромской области Игорем Зотовым. " + SIDES +
     "Документ подписала министр, с костромской стороны — министр Игорь Зотов.",
     [["Игорь Зотов", "Ольга Белова"]]),
    # two signers counted by their post
    (GOVERNORS + "Под документом поставили подписи оба губернатора.",
     [["Михаил Зарубин", "Сергей Гладков"]]),
    # a plural post with no name as the subject of the signing
    (GOVERNORS + "Губернаторы скрепили документ подписями в присутствии журналистов.",
     [["Михаил Зарубин", "Сергей Гладков"]]),
    # the partner one signs with, under "вместе с"
    (SIDES + "Министр Ольга Белова скрепила документ своей подписью вместе с костромским "
     "коллегой Игорем Зотовым.",
     [["Игорь Зотов", "Ольга Белова"]]),
    # "она", the subject of the signing, is the woman named before
    (MEETING + SIDES + "Министр рассказала журналистам о задачах ведомства. Она подписала "
     "документ вместе с директором департамента Игорем Зотовым.",
     [["Игорь Зотов", "Ольга Белова"]]),
    # one who only tells of the document stands between the signing and its signers
    (SIDES + "Как пояснила журналистам министр Ольга Белова, документ рассчитан на пять "
     "лет. Подписи под ним поставили заместитель министра Нина Яковлева и директор "
     "департамента Игорь Зотов.",
     [["Игорь Зотов", "Нина Яковлева"]]),
    # the signer told in the lead, the agreement (a bare "документ" before) in the next
    ("Министр труда Ярославской области Ольга Белова в четверг подписала важный "
     "документ. Соглашение о сотрудничестве заключено с департаментом социальной защиты "
     "Костромской области.",
     [["Ольга Белова"]]),
    ("Министр Ольга Белова и директор департамента Игорь Зотов поставили подписи под "
     "документом в Костроме. Соглашение о сотрудничестве между министерством труда "
     "Ярославской области и департаментом социальной защиты Костромской области подписано "
     "на пять лет.",
     [["Игорь Зотов", "Ольга Белова"]]),
]

NEGATIVES = [
    # a guest of the ceremony does not sign
    (SIDES + "Документ подписали министр Ольга Белова и директор департамента Игорь "
     "Зотов. На подписании присутствовал сенатор Олег Рябов.",
     [["Игорь Зотов", "Ольга Белова"]]),
    # the press secretary who reports it does not sign
    (SIDES + "Подписи под документом поставили министр Ольга Белова и директор "
     "департамента Игорь Зотов, сообщил пресс-секретарь министерства Антон Широков.",
     [["Игорь Зотов", "Ольга Белова"]]),
    # a deputy who spoke at the ceremony does not sign
    (SIDES + "Выступая на церемонии, депутат областной думы Олег Рябов отметил значение "
     "документа. Документ подписали министр Ольга Белова и директор департамента Игорь "
     "Зотов.",
     [["Игорь Зотов", "Ольга Белова"]]),
    # "она" with no woman named before stands for nobody the text names
    ("Директор департамента социальной защиты Костромской области Игорь Зотов провёл "
     "встречу с коллегами. " + SIDES + "Она подписала документ от имени министерства.",
     [[]]),
    # "оба министра" when the text names three ministers: which two is not said
    ("Министр Ольга Белова, министр Игорь Зотов и министр Нина Яковлева провели встречу. "
     + SIDES + "Документ подписали оба министра.",
     [[]]),
    # the governor signed another paper in the sentence before: not the agreement
    ("Губернатор Ярославской области Михаил Зарубин в четверг подписал указ о поддержке "
     "семей. Соглашение о сотрудничестве заключено министерством труда Ярославской "
     "области с департаментом социальной защиты Костромской области.",
     [[]]),
    # the one who tells of the document and a correspondent who wrote of it did not sign
    (SIDES + "Об этом рассказала корреспондент Ольга Белова.", [[]]),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", PROBES + NEGATIVES)
def test_signers_of_unseen_phrasings(models, text, expected):
    assert signers_of(models, text) == expected


@pytest.mark.slow
def test_ordinal_paragraphs_naming_no_signer_change_nothing(models):
    """When no ordinal paragraph names a signer, the members keep what they had."""
    text = COUNTED.replace(" Подписи под ним поставили министр Павел Ветлугин и ректор "
                           "Дмитрий Красильников.", "").replace(
        ", подписанное Павлом Ветлугиным и управляющим отделением банка Мариной Гордеевой,",
        "")
    assert signers_of(models, text) == [[], []]


@pytest.mark.slow
def test_ordinal_stretches(models):
    """Each ordinal opens a stretch that runs to the end of its paragraph."""
    analysis = models.analyse(COUNTED)
    stretches = ordinal_stretches(analysis, 0)
    assert sorted(stretches) == [0, 1]
    assert [len(s) for s in (stretches[0], stretches[1])] == [3, 1]
    assert stretches[1][0].text.startswith("Второе соглашение")
    # an ordinal out of order ("второе" with no "первое") opens nothing
    later = models.analyse(COUNTED.replace("Первое соглашение", "Это соглашение"))
    assert ordinal_stretches(later, 0) == {}


@pytest.mark.slow
@pytest.mark.parametrize("sentence,place", [
    ("Второй документ подписали министры.", 1),
    ("Первое соглашение касается выплат.", 0),
    ("Третий меморандум готовится.", 2),
    ("Второй год подряд область помогает соседям.", None),  # no document noun
    ("Министры обсудили, что второе соглашение готовится.", None),  # not at the start
])
def test_ordinal_place(models, sentence, place):
    assert _ordinal_place(models.analyse(sentence).sentences[0]) == place


def test_lexicon_orders_places_and_genders():
    assert sorted(set(ORDINAL_PLACES.values())) == list(range(5))
    assert set(SIGNER_PRONOUNS.values()) == {"femn", "masc"}


@pytest.mark.slow
def test_cli_ingest_and_list_counted_members(listed_rows):
    rows = listed_rows({"perm.txt": COUNTED}, "--kind", "agreements", "--format", "jsonl",
                       "--limit", "0")
    assert [(r["status"], sorted(r["signatories"])) for r in rows] == [
        ("signed", ["Дмитрий Красильников", "Павел Ветлугин"]),
        ("signed", ["Марина Гордеева", "Павел Ветлугин"])]


@pytest.mark.slow
def test_member_places_by_own_region(models):
    """A member finds its stretch by the region only it has, whatever order listed it;
    by order when none has one; not at all when a region is told in both stretches."""
    text = ("Область подписала два соглашения.\nПервое соглашение заключено с Тверской "
            "областью.\nВторое соглашение заключено с Псковской областью.\n")
    analysis = models.analyse(text)
    stretches = ordinal_stretches(analysis, 0)
    tver, pskov = text.index("Тверской"), text.index("Псковской")
    mentions = [(tver, "RU-TVE"), (pskov, "RU-PSK")]
    assert member_places([{"RU-YAR", "RU-PSK"}, {"RU-YAR", "RU-TVE"}], stretches,
                         mentions) == [1, 0]
    assert member_places([{"RU-YAR"}, {"RU-YAR"}], stretches, mentions) == [0, 1]
    assert member_places([{"RU-YAR", "RU-PSK"}, {"RU-YAR", "RU-TVE"}], stretches,
                         mentions + [(pskov - 3, "RU-TVE")]) is None
