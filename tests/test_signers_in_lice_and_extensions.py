"""Signatories of rounds 30–35 (sig34): a further side's signer named by the legal formula
"в лице" in the sentence after a signing ("Третьей стороной выступил центр в лице
директора Галины Поповой"), a quoted "мы подпишем" that announces bodies, not signers, and
the one per-partner signer rule (``signers.partner_of``) both stages of a signing split per
partner apply. Every probe is written here in words of its own (other regions, posts,
names, word orders and cases); the negatives are a "в лице" that signs nothing (no side,
no document), a name outside the post's genitive phrase, and a planned signing a speaker
announces with no counterpart named."""

from __future__ import annotations

from functools import partial
from types import SimpleNamespace
from typing import Any

import probes
import pytest

from soccoop.extract.nlp import NerSpan
from soccoop.extract.signer_shapes import alone_we_of_plan
from soccoop.extract.signers import own_partner_signers, partner_of, represented_signers
from soccoop.extract.syntax import parse_documents

PUB = "2025-04-20"


signer_surnames = partial(probes.signer_surnames, published=PUB)


# --- "в лице" in the sentence after a signing ------------------------------------------

SIGNED = ("Министерство социального развития Пензенской области и министерство труда "
          "Саратовской области подписали соглашение о сотрудничестве. ")

REPRESENTED = [
    # a third side, verb before its subject, after a dash-elided pair of sides
    ("Вчера в Пензе подписано соглашение между министерством социального развития "
     "Пензенской области и министерством труда Саратовской области. Со стороны Пензенской "
     "области — министр Марина Волкова, со стороны Саратовской области — министр Игорь "
     "Жуков. Третьей стороной выступил Пензенский центр социального обслуживания в лице "
     "директора Светланы Зотовой.",
     ["волкова", "жуков", "зотова"]),
    # a body joining the signed document, the post with a possessive
    (SIGNED + "Документ подписали министр Марина Волкова и министр Игорь Жуков. К "
     "соглашению присоединился благотворительный фонд «Опора» в лице его председателя "
     "Татьяны Рябовой.",
     ["волкова", "жуков", "рябова"]),
    # the sides of the document, each with its person, the verb without signing
    (SIGNED + "Сторонами документа выступили пензенское министерство в лице министра "
     "Марины Волковой и саратовское министерство в лице министра Игоря Жукова.",
     ["волкова", "жуков"]),
    # a long post in the genitive between "в лице" and the name
    (SIGNED + "Документ подписали министр Марина Волкова и министр Игорь Жуков. Ещё одной "
     "стороной соглашения стало отделение Социального фонда в лице первого заместителя "
     "управляющего отделением Сергея Лаптева.",
     ["волкова", "жуков", "лаптев"]),
]


NOT_REPRESENTED = [
    # "в лице" in a sentence about neither a side nor a document
    (SIGNED + "Документ подписали министр Марина Волкова и министр Игорь Жуков. Область в "
     "лице губернатора Олега Мельникова поддержала инициативу ведомств.",
     ["волкова", "жуков"]),
    # the body "в лице" of a collective: no person in the formula
    (SIGNED + "Документ подписали министр Марина Волкова и министр Игорь Жуков. Третьей "
     "стороной выступил союз ветеранов в лице его правления, его поприветствовал "
     "депутат Олег Мельников.",
     ["волкова", "жуков"]),
]


SENTENCES = [
    ("Третьей стороной выступил центр «Доверие» в лице директора Анны Лосевой.", ["Анны Лосевой"]),
    ("Стороной соглашения стал фонд в лице исполнительного директора фонда Петра Гурова.",
     ["Петра Гурова"]),
    ("В лице заместителя министра Олега Шатова сторону представляло министерство.",
     ["Олега Шатова"]),
    # the name outside the formula: after a verb, not in the post's genitive phrase
    ("Стороной соглашения стал фонд в лице правления, его поздравил Пётр Гуров.", []),
    # no side, no document: nothing
    ("Фонд в лице директора Анны Лосевой провёл праздник для ветеранов.", []),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "names"), SENTENCES)
def test_represented_signers_unit(models, text: str, names: list[str]) -> None:
    analysis = models.analyse(text)
    parse_documents([analysis], models)
    found = represented_signers(analysis, analysis.sentences[0])
    assert [s.text for s in found] == names


# --- a quoted "мы подпишем": bodies, not signers, unless a counterpart is named -----------

PLANNED_ALONE = [
    # the speaker's post after the quote
    "Председатель комитета по труду Ивановской области Ольга Белова рассказала о планах. "
    "«Летом мы подпишем соглашение с министерством социальной защиты Владимирской "
    "области», — добавила председатель комитета.",
    # the speaker's name after the quote
    "«Летом мы подпишем соглашение с министерством социальной защиты Владимирской "
    "области», — сообщила председатель комитета по труду Ивановской области Ольга Белова.",
    # the time after the object
    "«Соглашение с министерством социальной защиты Владимирской области мы подпишем "
    "летом», — сказала Ольга Белова, председатель комитета по труду Ивановской области.",
]


# a quoted "мы подпишем" that names the counterpart: both sign
WE_PLAN_WITH_COUNTERPART = ("«Соглашение с Владимирской областью подпишем летом лично с "
                            "министром Павлом Егоровым», — сказала председатель комитета по "
                            "труду Ивановской области Ольга Белова.")


@pytest.mark.parametrize(("status", "known", "found", "alone"), [
    ("planned", [], ["Ольга Белова"], True),
    ("planned", [], ["Ольга Белова", "Павел Егоров"], False),
    ("planned", ["Павел Егоров"], ["Ольга Белова"], False),
    ("signed", [], ["Ольга Белова"], False),
    # sig58: an older agreement the text only recalls, as a plan (tests/test_signers_recalled_we.py)
    ("mentioned", [], ["Ольга Белова"], True),
    ("mentioned", [], ["Ольга Белова", "Павел Егоров"], False),
])
def test_alone_we_of_plan(status: str, known: list[str], found: list[str], alone: bool) -> None:
    assert alone_we_of_plan(status, known, found) is alone


# --- the one per-partner rule ------------------------------------------------------------

@pytest.mark.parametrize(("marks", "at", "partner"), [
    ([10, 40, 70], 5, -1),   # before every partner: signs for all
    ([10, 40, 70], 25, 0),
    ([10, 40, 70], 55, 1),
    ([10, 40, 70], 90, 2),
    ([70, 10, 40], 55, 2),   # marks in any order: the nearest before, by its index
    ([10, 40, 70], 40, 0),   # a name where a mark stands is not after it
    ([], 30, -1),
])
def test_partner_of(marks: list[int], at: int, partner: int) -> None:
    assert partner_of(marks, at) == partner


def _side(start: int, stop: int) -> SimpleNamespace:
    return SimpleNamespace(start=start, stop=stop)


def test_own_partner_signers_keeps_each_partners_own() -> None:
    """Built from offsets alone: the common signer named before the partners, each
    partner's person a word after it at most, a person far after a partner signs none."""
    text = ("Сомов подписал соглашения с районом А Беловым, районом Б Серовым "
            "и районом В, где был и глава Рыжов.")
    sides = [_side(text.index(w), text.index(w) + len(w))
             for w in ("районом А", "районом Б", "районом В")]
    own = _side(0, 0)
    persons = [NerSpan("PER", text.index(w), text.index(w) + len(w), w)
               for w in ("Сомов", "Беловым", "Серовым", "Рыжов")]
    who = ["Сомов", "Белов", "Серов", "Рыжов", "Котов"]  # Котов: not in the sentence
    members = [([own, s], list(who)) for s in sides]
    name_of = {"Сомов": "Сомов", "Беловым": "Белов", "Серовым": "Серов", "Рыжов": "Рыжов"}
    out = own_partner_signers(SimpleNamespace(text=text), members,  # type: ignore[arg-type]
                              persons, lambda s: name_of[s.text])
    assert [w for _, w in out] == [["Сомов", "Белов", "Котов"], ["Сомов", "Серов", "Котов"],
                                   ["Сомов", "Котов"]]
    # two members at one partner's offset: the lists stay as they were
    same = [([own, sides[0]], list(who)), ([own, sides[0]], list(who))]
    assert own_partner_signers(SimpleNamespace(text=text), same,  # type: ignore[arg-type]
                               persons, lambda s: name_of[s.text]) == same


# --- the CLI, as a user runs it ----------------------------------------------------------

@pytest.mark.slow
def test_cli_ingest_and_list_represented_signer(listed_rows: Any) -> None:
    rows = listed_rows({"penza.txt": REPRESENTED[0][0] + "\n"}, "--kind", "agreements",
                       "--format", "jsonl", "--limit", "0")
    assert [(r["status"], sorted(r["signatories"])) for r in rows] == [
        ("signed", ["Игорь Жуков", "Марина Волкова", "Светлана Зотова"])]


# --- a later clause of the same sentence signs the agreement again by a pronoun ----------

BACK_CLAUSE = [
    # after a colon, the agreement the subject of "стать"
    ("Во второй день делегация Тамбовской области побывала в Липецком государственном "
     "университете. Итогом визита стало соглашение о сотрудничестве: его подписали "
     "начальник управления социальной защиты Тамбовской области Олег Шатов и ректор "
     "Анна Лосева.\n",
     ["лосева", "шатов"]),
    # the third person, the clause after a comma, the post after the name
    ("В 2021 году министерство социальной защиты Курской области заключило соглашение с "
     "министерством труда Орловской области, подписывали его Анна Котова, тогда министр, "
     "и Павел Гусев.\n",
     ["гусев", "котова"]),
]


NO_BACK_CLAUSE = [
    # the pronoun's clause carries it out, it does not sign it
    "В 2021 году министерство социальной защиты Курской области заключило соглашение с "
    "министерством труда Орловской области, а выполнять его будет директор центра Олег "
    "Шатов.\n",
    # the later clause signs another paper
    "В 2021 году министерство социальной защиты Курской области заключило соглашение с "
    "министерством труда Орловской области, а затем губернатор Олег Шатов подписал указ.\n",
]


# --- who extends an agreement signs its extension -----------------------------------------

EXTENDED = [
    # two chairs of committees, the verb after the subject
    ("Председатель комитета Тверской областной думы по социальной политике Ирина Соколова "
     "и председатель комитета Псковского областного собрания по социальной политике Павел "
     "Лебедев пролонгировали соглашение о сотрудничестве комитетов ещё на три года.\n",
     ["лебедев", "соколова"]),
    # the object first, the subject after the verb
    ("Соглашение о сотрудничестве продлили министр социальной защиты Тверской области "
     "Ирина Соколова и министр труда Псковской области Павел Лебедев.\n",
     ["лебедев", "соколова"]),
]


NOT_EXTENDING = [
    # the one who tells of the extension is no subject of it
    "Министр социальной защиты Тверской области Ирина Соколова рассказала, что области "
    "продлили соглашение о сотрудничестве ещё на три года.\n",
    # the bodies extend it, the governor only reports it
    "Тверская и Псковская области продлили соглашение о сотрудничестве ещё на три года, "
    "сообщил губернатор Тверской области Павел Лебедев.\n",
]


# --- every table of the file: the surnames of each record of the statuses read ----------

ONE = ("signed",)
BACK = ("signed", "mentioned")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "statuses", "rows"), probes.table_params(
    represented=[(t, ONE, [s]) for t, s in REPRESENTED],
    not_represented=[(t, ONE, [s]) for t, s in NOT_REPRESENTED],
    we_plan_with_counterpart=[(WE_PLAN_WITH_COUNTERPART, ("planned",), [["белова", "егоров"]])],
    back_clause=[(t, BACK, [s]) for t, s in BACK_CLAUSE],
    no_back_clause=[(t, BACK, [[]]) for t in NO_BACK_CLAUSE],
    extended=[(t, ONE, [s]) for t, s in EXTENDED],
))
def test_signers_of_each_record(models, text: str, statuses: tuple[str, ...],
                                rows: list[list[str]]) -> None:
    assert signer_surnames(models, text, statuses) == rows


# (text, statuses read, a record of them must be found): no record of them has a signer
@pytest.mark.slow
@pytest.mark.parametrize(("text", "statuses", "found"), probes.table_params(
    planned_alone=[(t, ("planned",), True) for t in PLANNED_ALONE],
    not_extending=[(t, ONE, False) for t in NOT_EXTENDING],
))
def test_no_signer_of_any_record(models, text: str, statuses: tuple[str, ...],
                                 found: bool) -> None:
    rows = signer_surnames(models, text, statuses)
    assert rows or not found
    assert all(r == [] for r in rows)
