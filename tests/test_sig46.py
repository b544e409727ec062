"""sig46: the signers of agreements told together, item by item, and the review item of
``signer_author.person_told_before``. A person's signing of agreements in the plural that
counts them or their partners ("глава района подписал соглашения с тремя организациями")
gives that person to each item told after it one by one (an ordinal or the partner's "с"
opening the item), even when the records lack the person's body; a signing sentence read
back for one item ("Документ подписала директор АНО ...") is no lead of the next item; a
channel's lead ending in a colon over list clauses ending in ";" starts the body (it was
masked as a line above the headline zone). Negatives: a partner's director signs only her
own item, a planned counted signing, a menu row or a short line is no list clause.
``person_told_before`` reads an index built once per document, with the same answers as
the scan it replaces. Every probe is written here, in words of its
own."""

from __future__ import annotations

import random

import probes
import pytest

from soccoop.extract.boilerplate import _list_clause, _without_end_pictographs, mask_reasons
from soccoop.extract.nlp import Analysis, NerSpan, Sentence, Token
from soccoop.extract.signer_author import person_told_before

PUBLISHED = "2025-11-21"

ORDINAL_ITEMS = (
    "В Кольчугинском районе заключены три соглашения с общественниками\n\n"
    "20 ноября 2025\n\n"
    "Вчера в районной администрации глава района П.И. Скворцов подписал соглашения о "
    "партнёрстве с тремя некоммерческими организациями социальной направленности.\n\n"
    "Первое соглашение район заключил с АНО «Светлый дом». "
    "АНО пятый год помогает одиноким старикам по хозяйству. Документ подписала директор "
    "АНО Олеся Игоревна Мирошина.\n\n"
    "Второе – с Кольчугинской районной организацией ветеранов. Её председатель Фрол "
    "Кузьмич Ланской рассказал о планах на зиму.\n\n"
    "Третье соглашение подписано с Кольчугинским районным отделением Союза пенсионеров "
    "России.\n\n"
    "«Общественники получат помещения и гранты», – подчеркнул Пётр Игнатьевич Скворцов.\n")

CHANNEL_LIST = (
    "Центр занятости Заречья\n"
    "20 ноября 2025\n\n"
    "🤝 Два новых соглашения — о стажировках для выпускников\n\n"
    "Сегодня директор центра занятости населения Заречного района Ольга Сергеевна Лыкова "
    "подписала соглашения о стажировках сразу с двумя предприятиями:\n\n"
    "✅ с АО «Северный литейный завод» — со стороны завода соглашение подписал генеральный "
    "директор Игорь Пестов;\n"
    "✅ с ООО «Речная верфь» — соглашение подписала директор верфи Инна Васильевна "
    "Кравцова.\n\n"
    "Что это даст? 👇\n"
    "🔹 выпускники колледжей пройдут оплачиваемую стажировку на предприятиях;\n"
    "🔹 центр возместит заводам часть зарплаты наставников;\n"
    "🔹 вакансии будут попадать в базу центра в тот же день.\n\n"
    "Подать заявку на стажировку можно через портал «Работа России».\n\n"
    "#занятость #Заречье\n")


def _signed_by_partner(models, text: str) -> dict[str, list[str]]:
    return {p.name: a.signatories for a in probes.agreements_of(models, text, PUBLISHED)
            if a.status == "signed" for p in a.parties}


def test_counted_signing_signs_each_ordinal_item(models) -> None:
    """The head who signed "соглашения с тремя ... организациями" signs each of the three
    items told by ordinal; the first item's director signs that item only."""
    by_partner = _signed_by_partner(models, ORDINAL_ITEMS)
    for partner in ("Светлый дом", "ветеранов", "Союза пенсионеров"):
        signers = next(v for k, v in by_partner.items() if partner in k)
        assert "Пётр Игнатьевич Скворцов" in signers, partner
    for partner in ("ветеранов", "Союза пенсионеров"):
        signers = next(v for k, v in by_partner.items() if partner in k)
        assert "Олеся Игоревна Мирошина" not in signers, partner


def test_counted_signing_signs_each_list_item(models) -> None:
    """A channel's post: the lead is kept (it ended in a colon over list clauses), its
    subject signs both items, each partner's director only their own."""
    by_partner = _signed_by_partner(models, CHANNEL_LIST)
    plant = next(v for k, v in by_partner.items() if "литейный" in k)
    yard = next(v for k, v in by_partner.items() if "Речная верфь" in k)
    assert "Ольга Сергеевна Лыкова" in plant and "Игорь Пестов" in plant
    assert "Ольга Сергеевна Лыкова" in yard and "Игорь Пестов" not in yard


def test_channel_lead_over_list_clauses_is_kept() -> None:
    """The lead over the list clauses is body, not a line over the headline zone."""
    lead = next((why for a, b, why in mask_reasons(CHANNEL_LIST)
                 if CHANNEL_LIST[a:b].startswith("Сегодня директор")), "missing")
    assert lead is None


PLANNED = ORDINAL_ITEMS.replace("подписал соглашения о партнёрстве",
                                "подпишет соглашения о партнёрстве") \
    .replace("район заключил с АНО", "район заключит с АНО") \
    .replace("подписано с Кольчугинским", "будет подписано с Кольчугинским") \
    .replace("Документ подписала", "Документ подпишет")


def test_planned_counted_signing_signs_nothing(models) -> None:
    """A counted signing still to come gives its subject to no record."""
    for a in probes.agreements_of(models, PLANNED, PUBLISHED):
        if a.status != "signed":
            assert "Пётр Игнатьевич Скворцов" not in a.signatories


# (line, is it a list clause of the body)
LIST_CLAUSES = [
    ("✅ с АО «Исток» — со стороны общества документ подписал директор Иван Котов;", True),
    ("🔹 выпускники пройдут стажировку на предприятиях;", True),
    ("— с фондом «Опора»;", False),  # three words: too short to be a clause
    ("Главная; Новости; Контакты", False),  # a menu row ends in no semicolon
    ("Сегодня директор центра подписала соглашения:", False),  # a sentence, not an item
]


@pytest.mark.parametrize(("line", "expected"), LIST_CLAUSES, ids=[r[0][:24] for r in LIST_CLAUSES])
def test_list_clause(line: str, expected: bool) -> None:
    assert _list_clause(line) is expected


# (line, the line without the pictographs at its end)
END_PICTOGRAPHS = [
    ("Что это даст? 👇", "Что это даст?"),
    ("Подробнее по ссылке ⬇️", "Подробнее по ссылке"),
    ("Без значков.", "Без значков."),
    ("👇", "👇"),  # nothing but the pictograph: kept as it is
]


@pytest.mark.parametrize(("line", "expected"), END_PICTOGRAPHS,
                         ids=[r[0] for r in END_PICTOGRAPHS])
def test_without_end_pictographs(line: str, expected: str) -> None:
    assert _without_end_pictographs(line) == expected


def _scanned(analysis: Analysis, sent: Sentence) -> bool:
    """The scan ``person_told_before`` replaced (round 45), kept here as its reference."""
    prev = None
    for s in analysis.sentences:
        if s.start >= sent.start:
            break
        prev = s
    if prev is None or "\n" in analysis.text[prev.stop:sent.start]:
        return False
    return any(sp.type == "PER" and prev.start <= sp.start < prev.stop for sp in analysis.spans)


def _random_analysis(rng: random.Random) -> Analysis:
    """A page of random words cut into sentences, some joined by a line break, with PER,
    ORG and LOC spans at random words."""
    text, sentences, words = "", [], []
    for _ in range(rng.randint(1, 12)):
        start = len(text)
        toks = []
        for _ in range(rng.randint(1, 6)):
            w = rng.choice(["Иван", "соглашение", "подписал", "фонд", "вчера", "Котова"])
            toks.append(Token(w, len(text), len(text) + len(w)))
            words.append(toks[-1])
            text += w + " "
        sentences.append(Sentence(start, toks[-1].stop, text[start:toks[-1].stop], toks))
        text = text[:-1] + rng.choice([" ", "\n", "\n\n"])
    spans = [NerSpan(rng.choice(["PER", "ORG", "LOC"]), t.start, t.stop, t.text)
             for t in words if rng.random() < 0.25]
    return Analysis(text, sentences, spans)


def test_person_told_before_same_as_the_scan() -> None:
    """The index gives the scan's answer for every sentence of 300 random pages."""
    rng = random.Random(46)
    for _ in range(300):
        analysis = _random_analysis(rng)
        for sent in analysis.sentences:
            assert person_told_before(analysis, sent) == _scanned(analysis, sent)


SIG46_FUNCTIONS = [("signer_shared", "counted_item_signers"),
                   ("signer_shared", "opens_with_item"),
                   ("signer_shared", "_counted"),
                   ("signer_shared", "_umbrella_side_to_items"),
                   ("signers", "lone_locative"),
                   ("signer_author", "person_told_before"),
                   ("boilerplate", "_list_clause"),
                   ("boilerplate", "_without_end_pictographs")]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, SIG46_FUNCTIONS)
