"""Signers: a guest described by a participle, a name
apposed to a nominative post, a name written surname first, the author of a first-person
post, and a bare re-naming of the agreement that says who signed for each side. Every
probe is written here, in words of its own."""

from __future__ import annotations

import pytest
from probes import parsed_analysis, person_span, signers_in_order

from soccoop.extract.nlp import Sentence
from soccoop.extract.signers import (
    apposed_name,
    attending,
    bare_renaming,
    comitative_signer,
    page_author,
    signed_by_author,
    signing_caption,
    sole_other_head,
    surname_first_name,
)
from soccoop.models import Evidence, Official

PUB = "2025-06-18"


def signers_of(models, text):
    """The signers of each signed agreement, in text order of the records."""
    return signers_in_order(models, text, PUB)


# (text, the signed agreements' signers)
PROBES = [
    # a guest described by a participle after his name is no signer, though his sentence
    # tells of the document's signing too
    ("Министр труда Новгородской области Олег Ракитин и министр социальной защиты "
     "Псковской области Анна Мирова подписали соглашение о сотрудничестве. Заместитель "
     "губернатора Новгородской области Сергей Бобров, присутствовавший на подписании "
     "соглашения, отметил, что документ подписан на пять лет.",
     [["Олег Ракитин", "Анна Мирова"]]),
    # an indeclinable first name, apposed to the second subject post
    ("Соглашение о сотрудничестве между фондами подписали директор ульяновского филиала "
     "Олег Сазонов и руководитель самарского филиала Гульназ Мухаметшина.",
     [["Олег Сазонов", "Гульназ Мухаметшина"]]),
    # a preamble names the signers surname first, in the genitive
    ("Министерство социальной политики Омской области, в лице министра Гончаровой Елены "
     "Викторовны, действующей на основании Положения, и Министерство труда Томской "
     "области, в лице министра Лапшиной Ирины Петровны, действующей на основании "
     "Положения, заключили настоящее Соглашение о нижеследующем.",
     [["Елена Викторовна Гончарова", "Ирина Петровна Лапшина"]]),
    # "расписались": a verb of signing by hand, the agreement named bare
    ("Министерство социальной защиты Курской области и министерство труда Белгородской "
     "области подписали соглашение о сотрудничестве. Под соглашением расписались министр "
     "Анна Котова и министр Пётр Гусев.",
     [["Анна Котова", "Пётр Гусев"]]),
    # a photo caption after the report shows who signed
    ("Министерство социальной защиты Курской области и министерство труда Белгородской "
     "области подписали соглашение о сотрудничестве.\nНа снимке: министр Анна Котова и "
     "министр Пётр Гусев во время подписания соглашения.",
     [["Анна Котова", "Пётр Гусев"]]),
    # "мы с коллегой X подписали", said in a quote: X and the speaker
    ("Министерство социальной защиты Курской области подписало соглашение с министерством "
     "труда Белгородской области. «Сегодня мы с коллегой Петром Гусевым подписали "
     "документ, который откроет нашим специалистам дорогу к стажировкам», — сказала "
     "министр социальной защиты Курской области Анна Котова.",
     [["Анна Котова", "Пётр Гусев"]]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), PROBES)
def test_signers_of_unseen_phrasings(models, text, expected):
    assert [sorted(names) for names in signers_of(models, text)] == \
        [sorted(e) for e in expected]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Заместитель мэра Олег Сомов, присутствовавший на церемонии, рассказал о планах.",
     "Сомов", True),
    ("Сенатор Анна Орлова, принявшая участие в церемонии, поздравила стороны.",
     "Орлова", True),
    # the participle of signing itself: a signer
    ("Министр Анна Орлова, подписавшая соглашение, поздравила коллег.", "Орлова", False),
    ("Заместитель мэра Олег Сомов рассказал о планах.", "Сомов", False),
])
def test_attending(models, text, name, expected):
    assert attending(*person_span(models, text, name)) is expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Документ подписали директор ульяновского филиала Олег Сазонов и руководитель "
     "самарского филиала Гульназ Хабибуллина.", "Хабибуллин", "Гульназ Хабибуллина"),
    # under a post in the instrumental the name is not in the nominative
    ("Министр встретился с руководителем филиала Гульназ Мухаметшиной.", "Мухаметшин",
     None),
])
def test_apposed_name(models, text, name, expected):
    assert apposed_name(*person_span(models, text, name), models) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Министерство, в лице министра Чащиной Юлии Борисовны, действующей на основании "
     "Положения, заключило соглашение.", "Юлии", "Юлия Борисовна Чащина"),
    ("Министерство в лице директора Круглова Петра Ивановича заключило соглашение.",
     "Петр", "Пётр Иванович Круглов"),
    # first name and surname only: nothing read surname first
    ("Соглашение подписала министр Ирина Лапшина.", "Лапшин", None),
])
def test_surname_first_name(models, text, name, expected):
    assert surname_first_name(*person_span(models, text, name), models) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Сегодня мы с коллегой Ильёй Зуевым подписали соглашение.", "Зуев", True),
    ("Я с министром Ильёй Зуевым подписал соглашение.", "Зуев", True),
    # the same phrase with a verb of meeting: no signing
    ("Сегодня мы с коллегой Ильёй Зуевым обсудили планы.", "Зуев", False),
    # "с X" on a third person: the partner, read elsewhere (``partner_signer``)
    ("Вчера губернатор встретился с министром Ильёй Зуевым.", "Зуев", False),
])
def test_comitative_signer(models, text, name, expected):
    assert comitative_signer(*person_span(models, text, name)) is expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    ("На фото: главы ведомств подписывают документ.", True),
    ("На снимке: министр Анна Котова во время подписания.", True),
    # a caption of something else
    ("На снимке: министр Анна Котова на открытии центра.", False),
    # a signing told in a sentence, not a caption
    ("Министр Анна Котова во время подписания рассказала о планах.", False),
])
def test_signing_caption(models, text, expected):
    assert signing_caption(_sentence(models, text)) is expected


def _sentence(models, text: str) -> Sentence:
    return parsed_analysis(models, text).sentences[0]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "signed", "expected"), [
    ("С тувинской стороны соглашение подписал министр Аяс Ондар, с хакасской — министр "
     "Елена Греку.", "соглашение", True),
    # a topic of its own may make it another agreement
    ("С тувинской стороны соглашение о туризме подписал министр Аяс Ондар.", "соглашение",
     False),
    # a partner of its own: another agreement
    ("Соглашение с Хакасией подписал министр Аяс Ондар.", "соглашение", False),
    # another noun than the one signed
    ("С тувинской стороны меморандум подписал министр Аяс Ондар.", "соглашение", False),
])
def test_bare_renaming(models, text, signed, expected):
    assert bare_renaming(_sentence(models, text), signed) is expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    ("От нашего ведомства документ подписывал я.", True),
    ("«От нашего ведомства документ подписывал я», — сказал министр.", False),
    ("Я рассказал коллегам о подписанном документе.", False),
])
def test_signed_by_author(models, text, expected):
    assert signed_by_author(_sentence(models, text)) is expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    ("Олег Ларин | Псковская область\nМы подписали соглашение.", "Олег Ларин"),
    ("Вчера министр Олег Ларин подписал соглашение с соседями по округу, о чём рассказал "
     "на брифинге.\nЕщё одна строка.", None),
])
def test_page_author(models, text, expected):
    analysis = models.analyse(text)
    found = page_author(analysis)
    assert (found[1].text if found else None) == expected


AUTHOR_POST = (
    "Олег Ларин | Псковская область\n"
    "вчера в 19:05\n"
    "Коллеги, хорошая новость! Мы подписали соглашение о сотрудничестве с министерством "
    "социальной защиты Новгородской области. От нас документ подписывал я, с новгородской "
    "стороны — министр Анна Гусева.\n"
    "Олег Ларин — начальник управления социальной защиты Псковской области.\n")


@pytest.mark.slow
def test_first_person_author_signs(models):
    got = signers_of(models, AUTHOR_POST)
    assert got and sorted(got[0]) == ["Анна Гусева", "Олег Ларин"]


@pytest.mark.slow
def test_first_person_inside_an_open_quote_is_not_the_author(models):
    text = AUTHOR_POST.replace("Коллеги, хорошая новость! ", "«Коллеги, хорошая новость! ")
    text = text.replace("министр Анна Гусева.", "министр Анна Гусева. Спасибо всем», — "
                        "сказал пресс-секретарь управления Илья Звягин.")
    for names in signers_of(models, text):
        assert "Олег Ларин" not in names


@pytest.mark.slow
def test_quoted_first_person_is_not_the_author(models):
    text = AUTHOR_POST.replace("От нас документ подписывал я, с новгородской стороны — "
                               "министр Анна Гусева.",
                               "«От нас документ подписывал я», — сказала министр Анна "
                               "Гусева.")
    for names in signers_of(models, text):
        assert "Олег Ларин" not in names


def _official(name: str, position: str) -> Official:
    return Official(name=name, position=position, organization=None, region=None,
                    evidence=Evidence(text=name, start=0, end=len(name)))


@pytest.mark.parametrize(("officials", "signers", "expected"), [
    ([("Олег Ларин", "начальник управления"), ("Анна Гусева", "министр")],
     ["Анна Гусева"], "Олег Ларин"),
    # two heads besides the signer: nobody can be told to be the author
    ([("Олег Ларин", "начальник управления"), ("Иван Оськин", "директор центра"),
      ("Анна Гусева", "министр")], ["Анна Гусева"], None),
    # a press secretary heads nothing
    ([("Олег Ларин", "пресс-секретарь"), ("Анна Гусева", "министр")], ["Анна Гусева"], None),
])
def test_sole_other_head(officials, signers, expected):
    people = [_official(n, p) for n, p in officials]
    # the posts' first words decide: no dictionary reading, so no models
    assert sole_other_head(people, signers, None) == expected  # type: ignore[arg-type]


@pytest.mark.slow
def test_cli_ingest_and_list_signers(listed_rows):
    rows = listed_rows({"post.txt": AUTHOR_POST}, "--kind", "agreements", "--format", "jsonl",
                       "--limit", "0")
    assert [(r["status"], r["signatories"]) for r in rows] == [
        ("signed", ["Олег Ларин", "Анна Гусева"])]
