"""plan91: agreement records read from the sentence's structure in interviews. A
transcript's speaker label is no part of the sentence after it; a "с" partner opening the
clause of an agreement in force, past a time's "с"; an ordinal answering the question that
names it ("А второй документ?" — "Второй — с X") takes up the count told before; a
likened agreement ("аналогичный документ") whose subject is the acronym of a side told
before is that side's other agreement; the "с" list of partners ends at the clause's
predicate ("отложен до форума"); a lead sentence of two dashed parts dates the signing by
its own part; "Рассчитываем подписать в мае" dates the plan told before. Every probe is
written here, in words of its own."""

from __future__ import annotations

import probes
import pytest
from probes import parsed_analysis, status_date_parties

from soccoop.extract.agreement_clauses import _predicate_path
from soccoop.extract.agreement_sides import acronym_subject, in_force_partner
from soccoop.extract.nlp import split_speaker_label
from soccoop.extract.signing_dates import elided_object

LEAD = "Новости\n\n"


# (id, published, text, sorted (status, date or "", sorted parties) of every record)
RECORDS = [
    # a speaker's label before the fronted partner; "с 2020 года" is the time, not a partner
    ("label-fronted-partner", "2025-04-02",
     LEAD + "ВЕДУЩИЙ: А как с соседями?\n\nПЕТРОВА: С Министерством социального развития "
     "Орловской области у нас с 2020 года действует договор о взаимодействии. Обмениваемся "
     "опытом.\n",
     [("mentioned", "2020", ["Министерство социального развития Орловской области"])]),
    # the same without the label
    ("fronted-partner", "2025-04-02",
     LEAD + "С Министерством социального развития Орловской области у нас ещё с 2020 года "
     "действует договор о взаимодействии.\n",
     [("mentioned", "2020", ["Министерство социального развития Орловской области"])]),
    # the question names the second item far from the count; the answer stands for it
    ("asked-ordinal", "2025-06-11",
     LEAD + "ВЕДУЩИЙ: Что подписали на этой неделе?\n\nСОКОЛОВ: Во вторник мы подписали два "
     "договора. Первый — договор о практике студентов с Орловским медицинским колледжем. "
     "Колледж давно с нами работает.\n\nВЕДУЩИЙ: Это важно для районов?\n\nСОКОЛОВ: "
     "Очень. В районах не хватает медсестёр. Студенты поедут туда летом. Мы оплатим им "
     "дорогу.\n\nВЕДУЩИЙ: А второй договор?\n\nСОКОЛОВ: Второй — с Орловским "
     "государственным аграрным университетом.\n",
     [("signed", "2025-06-10", ["Орловский государственный аграрный университет"]),
      ("signed", "2025-06-10", ["Орловский медицинский колледж"])]),
    # negative: the question asks about another item; the answer is no second agreement
    ("asked-other-ordinal", "2025-06-11",
     LEAD + "ВЕДУЩИЙ: Что подписали на этой неделе?\n\nСОКОЛОВ: Во вторник мы подписали два "
     "договора. Первый — договор о практике студентов с Орловским медицинским колледжем. "
     "Колледж давно с нами работает.\n\nВЕДУЩИЙ: Это важно для районов?\n\nСОКОЛОВ: "
     "Очень. В районах не хватает медсестёр. Студенты поедут туда летом. Мы оплатим им "
     "дорогу.\n\nВЕДУЩИЙ: А третий вопрос?\n\nСОКОЛОВ: Второй — с Орловским "
     "государственным аграрным университетом.\n",
     [("signed", "2025-06-10", ["Орловский медицинский колледж"])]),
]


def _records(models, text: str, published: str) -> list[tuple[str, str, list[str]]]:
    return [(s, d, sorted(p)) for s, d, p in status_date_parties(models, text, published)]


@pytest.mark.parametrize(("case", "published", "text", "expected"), RECORDS,
                         ids=[r[0] for r in RECORDS])
def test_records(models, case: str, published: str, text: str, expected: list) -> None:
    assert _records(models, text, published) == expected


# (id, sentence, the lemma of the partner's head noun, or None)
IN_FORCE = [
    ("after-label", "ПЕТРОВА: С Министерством финансов у нас с 2016 года действует договор.",
     "министерство"),
    ("no-label", "С колледжем у нас давно действует договор.", "колледж"),
    # negatives: the "с" is a time; the noun is no subject of the verb; a "с" mid-clause
    ("time-only", "С 2016 года у нас действует договор.", None),
    ("object", "С колледжем мы подписали соглашение.", None),
    ("mid-clause", "У нас с колледжем действует соглашение.", None),
]


@pytest.mark.parametrize(("case", "text", "expected"), IN_FORCE, ids=[r[0] for r in IN_FORCE])
def test_in_force_partner(models, case: str, text: str, expected: str | None) -> None:
    nouns = {"соглашение", "договор"}
    sent = next(s for s in parsed_analysis(models, text).sentences
                if any(t.lemma in nouns for t in s.tokens))
    k = next(n for n, t in enumerate(sent.tokens) if t.lemma in nouns)
    found = in_force_partner(sent, _predicate_path(sent, k))
    assert (sent.tokens[found].lemma if found is not None else None) == expected


# (id, word, side's name, is the word the side's acronym)
ACRONYMS = [
    ("spelled", "ТГПК", "Тверской государственный политехнический колледж", True),
    ("mixed-case", "ОГУиП", "Омский государственный университет и политехникум", True),
    ("other-letters", "ТГУ", "Тверской государственный политехнический колледж", False),
    ("no-acronym", "Колледж", "Тверской государственный политехнический колледж", False),
]


@pytest.mark.parametrize(("case", "word", "name", "expected"), ACRONYMS,
                         ids=[r[0] for r in ACRONYMS])
def test_acronym_subject(case: str, word: str, name: str, expected: bool) -> None:
    assert acronym_subject(word, name) is expected


def test_likened_by_acronym_subject(models) -> None:
    """"Весной ТГПК заключил аналогичный документ с X" after the college's signing: the
    college's own earlier agreement with X, a record apart from the signing, dated by the
    season's year."""
    text = LEAD + ("Вчера Тверской государственный политехнический колледж и Тверской "
                   "областной центр реабилитации инвалидов подписали соглашение о "
                   "практике студентов.\n\nЭто не первый такой шаг колледжа: весной ТГПК "
                   "заключил аналогичный документ с Министерством по делам семьи "
                   "и молодёжи Тверской области.\n")
    records = _records(models, text, "2025-10-15")
    assert len(records) == 2
    likened = [r for r in records if any("Министерство" in p for p in r[2])]
    assert len(likened) == 1
    assert likened[0][:2] == ("mentioned", "2025")  # "весной": the season's year
    assert any("колледж" in p for p in likened[0][2])


# (id, line, the label split off, or None)
LABELS = [
    ("surname", "ПЕТРОВА: С колледжем у нас давно действует договор.", "ПЕТРОВА:"),
    ("two-words", "ОЛЬГА ПЕТРОВА: Мы подписали договор вчера.", "ОЛЬГА ПЕТРОВА:"),
    # negatives: a word in small letters, a colon with nothing after it, no colon
    ("small-letters", "Важно: договор подписан вчера в Орле.", None),
    ("label-only", "ПЕТРОВА:", None),
    ("no-colon", "ОРЁЛ. Договор подписан вчера.", None),
]


@pytest.mark.parametrize(("case", "line", "expected"), LABELS, ids=[r[0] for r in LABELS])
def test_split_speaker_label(models, case: str, line: str, expected: str | None) -> None:
    analysis = models.analyse(line)
    text = analysis.text
    tokens = [t for s in analysis.sentences for t in s.tokens]
    from soccoop.extract.nlp import Sentence
    whole = Sentence(tokens[0].start, tokens[-1].stop, text[tokens[0].start:tokens[-1].stop],
                     tokens)
    parts = split_speaker_label(text, whole)
    assert (parts[0].text if len(parts) == 2 else None) == expected
    assert "".join(p.text for p in parts).replace(" ", "") == whole.text.replace(" ", "")


def test_label_only_at_line_start(models) -> None:
    """A capitalised word and a colon inside a line is no speaker's label."""
    analysis = models.analyse("Сказал так. ПЕТРОВА: договор подписан.")
    text = analysis.text
    for sent in analysis.sentences:
        assert split_speaker_label(text, sent) == [sent]


# (id, sentence, is the signing infinitive's object left out)
ELIDED = [
    ("plan-month", "Рассчитываем подписать в ноябре.", True),
    ("plan-place", "Планируем подписать на форуме в Орле.", True),
    # negatives: an object of its own, a partner of its own, no plan word
    ("own-object", "Рассчитываем подписать новый договор в ноябре.", False),
    ("own-partner", "Рассчитываем подписать с колледжем в ноябре.", False),
    ("no-plan", "Подписать в ноябре.", False),
    ("noun-before", "Договор планировалось подписать 5 мая в Орле.", False),
]


@pytest.mark.parametrize(("case", "text", "expected"), ELIDED, ids=[r[0] for r in ELIDED])
def test_elided_object(models, case: str, text: str, expected: bool) -> None:
    toks = models.analyse(text).sentences[0].tokens
    i = next(n for n, t in enumerate(toks) if t.lemma == "подписать")
    assert elided_object(toks, i) is expected


# (id, published, text, (status, date or "") of every record, sorted)
DATED = [
    # the plan dated by the sentence after next, its object left out
    ("plan-elided-object", "2025-09-24",
     LEAD + "— С Орловской областью готовим соглашение о стажировках. Коллеги приезжали к "
     "нам летом. Рассчитываем подписать в ноябре.\n",
     [("planned", "2025-11")]),
    # the lead's dashed part that tells the signing dates it
    ("dashed-parts", "2025-05-06",
     LEAD + "Договорились!\n\nВчера обсудили — сегодня договор уже с подписями. "
     "Министерство социального развития Орловской области и ООО «Орловский хлеб» заключили "
     "соглашение о квотах для людей с инвалидностью.\n",
     [("signed", "2025-05-06")]),
    # the list of partners ends at the predicate: the forum is no side
    ("until-forum", "2025-07-03",
     LEAD + "Соглашение с Орловской областью отложено до ПМЭФ.\n\nМинистерство социальной "
     "защиты Курской области собиралось подписать в июне соглашение с Министерством "
     "социального развития Орловской области.\n",
     None),
    # negative: a signing verb ends no list; its subject after it is still a side
    ("subject-after-signing", "2025-07-03",
     LEAD + "Как напомнил министр, ранее соглашение с министерством подписал Орловский "
     "государственный аграрный университет.\n",
     "университет"),
]


@pytest.mark.parametrize(("case", "published", "text", "expected"), DATED,
                         ids=[r[0] for r in DATED])
def test_dated(models, case: str, published: str, text: str,
               expected: list | str | None) -> None:
    records = status_date_parties(models, text, published)
    if expected is None:  # "until-forum": no record has the forum for a side
        assert records
        assert not any("ПМЭФ" in p for _, _, parties in records for p in parties)
    elif isinstance(expected, str):  # a side whose name holds this word
        assert any(expected in p for _, _, parties in records for p in parties)
    else:
        assert [(s, d) for s, d, _ in records] == expected


PLAN91_FUNCTIONS = [("agreement_sides", "acronym_subject"),
                    ("agreement_sides", "in_force_partner"),
                    ("agreement_sides", "_time_from"),
                    ("agreement_sides", "_predicate_after"),
                    ("agreement_lists", "asked_count"),
                    ("agreement_dates", "signing_part_dates"),
                    ("agreement_dates", "season_of_mention"),
                    ("signing_dates", "elided_object"),
                    ("nlp", "split_speaker_label")]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, PLAN91_FUNCTIONS)
