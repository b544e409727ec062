"""agr89: agreement records told beside the main one. A sectoral agreement of labour
relations whose sides the text names is a record; an agreement in force "между" two common
nouns naming the sides told before is between them, apart from a plan of theirs and from an
alike agreement told after it; "по доверенности" names no subject; sides listed after a
dash ("Стороны соглашения — X, Y и Z", "ещё одно соглашение — фонда, управления и ООО
«X»"). Every probe is written here, in words of its own."""

from __future__ import annotations

import probes
import pytest
from probes import parsed_analysis, status_date_parties

from soccoop.extract.dash_sides import dash_list_start
from soccoop.extract.dates import _period_start
from soccoop.extract.sectoral_sides import sides_in_sentence, sides_sentence_next
from soccoop.models import DateRef

LEAD = "Новости\n\n"

MIN = "Министерство социального развития Курской области"
UNION = "Курская областная организация профсоюза работников социального обслуживания"
UPR = "Управление социальной защиты Курской области"
UNI = "Курский государственный университет"
ORL = ["Орловский государственный университет", "Управление социальной защиты Орловской области"]

# (id, published, text, sorted (status, date_or_empty, sorted parties) of every record)
RECORDS = [
    # a sectoral agreement whose sides the next sentence names is a plan of its own
    ("sectoral-sides-next", "2025-09-12",
     LEAD + "Комиссия одобрила проект отраслевого соглашения по учреждениям социального "
     "обслуживания Курской области на 2026–2028 годы. Его сторонами станут "
     f"{MIN} и {UNION}. Подписать документ планируется в ноябре.\n",
     [("planned", "2025-11", sorted([MIN, UNION]))]),
    # negatives: a sectoral agreement told with no side, and the plural genre
    ("sectoral-no-sides", "2025-09-12",
     LEAD + "Действующее отраслевое соглашение по учреждениям социального обслуживания "
     "обязывает работодателей индексировать зарплату. Профсоюз напомнил об этом "
     "министерству.\n", []),
    ("sectoral-genre", "2025-09-12",
     LEAD + f"{MIN} заключило с профсоюзом коллективный договор. Отраслевые соглашения с "
     "профсоюзами действуют во всех районах.\n", []),
    # an agreement in force "между" two common nouns: the sides of the plan told before,
    # a record of its own with its year, not joined to the alike agreement told after it
    ("between-told-sides", "2025-09-12",
     LEAD + f"{UPR} и {UNI} подготовят соглашение о практике студентов.\n\n«Между "
     "управлением и университетом уже действует соглашение об обмене данными, заключённое "
     "в 2021 году», — сказал начальник управления Иван Петров.\n\nУчастники встречи "
     "обсудили опыт соседей: в марте аналогичное соглашение заключили Орловский "
     "государственный университет и Управление социальной защиты Орловской области.\n",
     [("mentioned", "2021", sorted([UNI, UPR])),
      ("mentioned", "2025-03", ORL),
      ("planned", "", sorted([UNI, UPR]))]),
    # negative: with no year of its own, the agreement in force is the plan's (as before)
    ("between-no-year", "2025-09-12",
     LEAD + f"{UPR} и {UNI} подготовят соглашение о практике студентов.\n\n«Между "
     "управлением и университетом действует соглашение, оно и станет основой», — сказал "
     "начальник управления Иван Петров.\n",
     [("planned", "", sorted([UNI, UPR]))]),
    # "по доверенности ректора" is how it was signed, not what about: one agreement
    ("signed-by-proxy", "2025-03-05",
     LEAD + f"{UPR} и {UNI} 3 марта подписали соглашение о практике студентов.\n\n«Я "
     "подписал документ, который поможет студентам», — рассказал проректор университета "
     "Пётр Сидоров, подписавший соглашение по доверенности ректора.\n",
     [("signed", "2025-03-03", sorted([UNI, UPR]))]),
    # "Стороны соглашения — X, Y и Z" names the signing's three sides
    ("sides-after-dash", "2025-03-05",
     LEAD + "Трёхстороннее соглашение подписали вчера в Курске.\n\nСтороны соглашения — "
     f"{UPR}, {UNI} и ООО «Курскмаш».\n",
     [("signed", "2025-03-04", sorted([UNI, "ООО «Курскмаш»", UPR]))]),
    # "ещё одно соглашение — управления, университета и ООО «X»": the bodies told before
    # and the new partner
    ("genitive-list-after-dash", "2025-03-05",
     LEAD + f"{UPR} и {UNI} вчера подписали соглашение о практике. Ещё одно соглашение — "
     "управления, университета и ООО «Курскагро» — планировали подписать тогда же, но "
     "подписание перенесли на июнь.\n",
     [("planned", "2025-06", sorted([UNI, "ООО «Курскагро»", UPR])),
      ("signed", "2025-03-04", sorted([UNI, UPR]))]),
    # "в тот же день" goes back past the first day of a period to the signing's day
    ("same-day-past-period-start", "2025-02-14",
     LEAD + f"{UPR} и {UNI} 12 февраля подписали соглашение о практике. С 1 марта "
     "стипендия практикантов вырастет. В тот же день фонд «Курская надежда» и управление "
     "заключили договор о волонтёрской помощи.\n",
     [("signed", "2025-02-12", sorted([UNI, UPR])),
      ("signed", "2025-02-12", sorted([UPR, "Фонд «Курская надежда»"]))]),
    # negative: "Соглашение — это ..." lists no sides
    ("dash-copula", "2025-03-05",
     LEAD + f"{UPR} и {UNI} вчера подписали соглашение о практике. Соглашение — это основа "
     "для совместной работы, сказал ректор.\n",
     [("signed", "2025-03-04", sorted([UNI, UPR]))]),
]


@pytest.mark.parametrize(("case", "published", "text", "expected"), RECORDS,
                         ids=[r[0] for r in RECORDS])
def test_records(models, case: str, published: str | None, text: str, expected: list) -> None:
    assert status_date_parties(models, text, published) == expected


def test_sectoral_between_sides_planned(models) -> None:
    """The sectoral plan "между" the ministry and a union is found (its union's name is cut
    by the tagger: only the status, date and the ministry are checked)."""
    text = LEAD + ("Подписание отраслевого соглашения на три года между министерством "
                   "социального развития Курской области и Курской областной организацией "
                   "профсоюза работников социального обслуживания, намеченное на эту неделю, "
                   "перенесено на октябрь.\n")
    records = status_date_parties(models, text, "2025-09-12")
    assert [(s, d) for s, d, _ in records] == [("planned", "2025-10")]
    assert MIN in records[0][2]


# (id, sentence, does the noun "соглашение" have sides named after it)
IN_SENTENCE = [
    ("between", "Соглашение между министерством и профсоюзом подписано.", True),
    ("with", "Министерство заключит отраслевое соглашение с областной организацией "
     "профсоюза.", True),
    ("with-people", "Соглашение обсуждали с работниками отрасли.", False),
    ("none", "Отраслевое соглашение действует третий год.", False),
    ("past-colon", "Соглашение продлено: встреча с министерством прошла вчера.", False),
]


@pytest.mark.parametrize(("case", "text", "expected"), IN_SENTENCE,
                         ids=[r[0] for r in IN_SENTENCE])
def test_sides_in_sentence(models, case: str, text: str, expected: bool) -> None:
    sent = parsed_analysis(models, text).sentences[0]
    k = next(n for n, t in enumerate(sent.tokens) if t.lemma == "соглашение")
    assert sides_in_sentence(sent, k) is expected


# (id, the next sentence, does it open with the pronoun's side noun)
NEXT = [
    ("his-sides", "Его сторонами станут министерство и профсоюз.", True),
    ("no-pronoun", "Сторонами станут министерство и профсоюз.", False),
    ("other", "Его подпишут министр и председатель профсоюза.", False),
]


@pytest.mark.parametrize(("case", "text", "expected"), NEXT, ids=[r[0] for r in NEXT])
def test_sides_sentence_next(models, case: str, text: str, expected: bool) -> None:
    assert sides_sentence_next(parsed_analysis(models, text).sentences[0]) is expected


# (id, sentence, is a list of sides after the dash)
DASH = [
    ("sides-of", "Стороны соглашения — управление и колледж.", True),
    ("genitive", "Ещё одно соглашение — фонда и управления — отложено.", True),
    ("copula", "Соглашение — это основа работы.", False),
    ("between", "Соглашение — между фондом и управлением.", False),
    ("no-dash", "Стороны соглашения обсудили план.", False),
]


@pytest.mark.parametrize(("case", "text", "expected"), DASH, ids=[r[0] for r in DASH])
def test_dash_list_start(models, case: str, text: str, expected: bool) -> None:
    sent = parsed_analysis(models, text).sentences[0]
    k = next(n for n, t in enumerate(sent.tokens) if t.lemma == "соглашение")
    assert (dash_list_start(sent, k) >= 0) is expected


# (id, text, the date's words, is it the first day of a period)
PERIOD_STARTS = [
    ("since", "С 1 марта пособие вырастет.", "1 марта", True),
    ("since-lower", "Выплаты идут со 2 апреля.", "2 апреля", True),
    ("event-day", "Договор подписали 1 марта.", "1 марта", False),
    ("in-day", "В 1 марта никто не верил.", "1 марта", False),
]


@pytest.mark.parametrize(("case", "text", "words", "expected"), PERIOD_STARTS,
                         ids=[r[0] for r in PERIOD_STARTS])
def test_period_start(case: str, text: str, words: str, expected: bool) -> None:
    at = text.index(words)
    d = DateRef("2025-03-01", words, at, at + len(words))
    assert _period_start(d, text) is expected


AGR89_FUNCTIONS = [("sectoral_sides", "sides_in_sentence"),
                   ("sectoral_sides", "sides_sentence_next"),
                   ("sectoral_sides", "sectoral_sides_named"),
                   ("merge_rules", "between_told_sides"),
                   ("dash_sides", "dash_list_start"),
                   ("dash_sides", "sides_after_dash"),
                   ("coreference", "listed_after_dash"),
                   ("dates", "_period_start")]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, AGR89_FUNCTIONS)
