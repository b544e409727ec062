"""old89: mentions that are no agreement of their own. Plural agreements of a kind ("таких
соглашений у нас уже три десятка", "опыт заключения таких договоров с вузами") speak of
agreements in general; an agreement ranked by any ordinal the morphology reads ("это уже
двенадцатое подобное соглашение"), also as the predicate of a told clause, ranks the one
told before; the agreement in force named bare ("к действующему соглашению присоединились")
is the older agreement the text recalled before. Every probe is written here, in words of
its own."""

from __future__ import annotations

import probes
import pytest
from probes import parsed_analysis, status_date_parties

from soccoop.extract.agreements import ordinal_restatement
from soccoop.extract.candidate_status import alike_kind

LEAD = "Новости\n\n"

TVER = "Министерство семейной политики Тверской области"
PSKOV = "Агентство по делам пожилых Псковской области"
PLANT = "ООО «Тверьстекло»"

SIGNED = (f"{TVER} и {PSKOV} 14 марта подписали соглашение о партнёрстве в уходе за "
          "пожилыми людьми.\n\n")

# (id, published, text, sorted (status, date_or_empty, sorted parties) of every record)
RECORDS = [
    # plural agreements of a kind in a quote: no record of their own
    ("such-counted-in-quote", "2025-03-15",
     LEAD + SIGNED + "«Таких соглашений у министерства уже почти три десятка, и все они "
     "приносят пользу», — подчеркнул министр Иван Петров.\n",
     [("signed", "2025-03-14", sorted([TVER, PSKOV]))]),
    # plural agreements of a kind with partners named by their kind only
    ("such-with-kinds", "2025-03-15",
     LEAD + SIGNED + "В ведомстве добавили, что практику заключения таких соглашений с "
     "университетами перенимают у соседей.\n",
     [("signed", "2025-03-14", sorted([TVER, PSKOV]))]),
    # an agreement ranked by a high ordinal in a told clause ranks the one told before
    ("ordinal-in-told-clause", "2025-03-15",
     LEAD + f"{TVER} и {PLANT} 14 марта заключили соглашение о найме выпускников "
     "колледжей.\n\nВ министерстве подчеркнули, что это уже двенадцатое подобное "
     "соглашение с крупным предприятием области.\n",
     [("signed", "2025-03-14", sorted([TVER, PLANT]))]),
    # the agreement in force named bare is the older agreement recalled before
    ("in-force-joins-recalled", "2025-03-15",
     LEAD + SIGNED + f"Оно заменит прежнее соглашение, которое {TVER} и {PSKOV} заключили в "
     "мае 2019 года.\n\nВ прошлом году к действующему соглашению присоединились ещё сорок "
     "учреждений соцобслуживания.\n",
     [("mentioned", "2019-05", sorted([TVER, PSKOV])),
      ("signed", "2025-03-14", sorted([TVER, PSKOV]))]),
    # negative: the agreement in force naming sides of its own is an agreement of its own
    ("in-force-with-own-sides", "2025-03-15",
     LEAD + SIGNED + "В прошлом году к действующему соглашению Тверской области с "
     "Новгородской областью присоединились ещё сорок учреждений.\n",
     [("mentioned", "2024", ["Новгородская область", "Тверская область"]),
      ("signed", "2025-03-14", sorted([TVER, PSKOV]))]),
    # negative: plural agreements of a kind with partners named by their names are kept
    ("such-with-named-partners", "2025-03-15",
     LEAD + f"Такие соглашения {TVER} ранее заключило с Псковской областью и Новгородской "
     "областью.\n",
     [("mentioned", "", sorted([TVER, "Новгородская область"])),
      ("mentioned", "", sorted([TVER, "Псковская область"]))]),
]


@pytest.mark.parametrize(("case", "published", "text", "expected"), RECORDS,
                         ids=[r[0] for r in RECORDS])
def test_records(models, case: str, published: str | None, text: str, expected: list) -> None:
    assert status_date_parties(models, text, published) == expected


# (id, sentence, is the agreement noun a plural of a kind)
KINDS = [
    ("such-plural", "Таких соглашений в области уже три десятка.", True),
    ("alike-plural", "Подобные соглашения действуют во многих регионах.", True),
    # negatives: a singular "такое", "такой же" singular, a plural with no kind word
    ("such-singular", "Такое соглашение было нужно давно.", False),
    ("same-singular", "Такой же договор подписали и соседи.", False),
    ("plain-plural", "Соглашения действуют во многих регионах.", False),
]


@pytest.mark.parametrize(("case", "text", "expected"), KINDS, ids=[r[0] for r in KINDS])
def test_alike_kind(models, case: str, text: str, expected: bool) -> None:
    sent = parsed_analysis(models, text).sentences[0]
    k = next(n for n, t in enumerate(sent.tokens) if t.lemma in {"соглашение", "договор"})
    assert alike_kind(sent, k) is expected


# (id, sentence, is the agreement noun ranked among others by an ordinal)
RANKS = [
    ("high-ordinal-root", "Это уже двенадцатое соглашение министерства.", True),
    ("told-clause", "Министр отметила, что это уже девятое соглашение с вузами.", True),
    ("list-ordinal", "Это уже третье соглашение министерства.", True),
    # negatives: no ordinal, an ordinal of no rank word, a list item with its sides
    ("no-ordinal", "Министр отметила, что это важное соглашение с вузами.", False),
    ("new-not-ordinal", "Это уже новое соглашение министерства.", False),
    ("item-with-sides", "Девятое соглашение подписали министерство и университет.", False),
]


@pytest.mark.parametrize(("case", "text", "expected"), RANKS, ids=[r[0] for r in RANKS])
def test_ordinal_restatement(models, case: str, text: str, expected: bool) -> None:
    sent = parsed_analysis(models, text).sentences[0]
    k = next(n for n, t in enumerate(sent.tokens) if t.lemma == "соглашение")
    assert ordinal_restatement(sent, k, models) is expected


OLD89_FUNCTIONS = [("candidate_status", "alike_kind"),
                   ("agreements", "_ranking_ordinal"),
                   ("agreements", "ordinal_restatement"),
                   ("merge_rules", "in_force_told_before")]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, OLD89_FUNCTIONS)
