"""agr87: agreements told with their history, and a site menu read as a body. Two bodies
counted under "у" hold the agreement told before them; a prolongation refused tells no
signing; a mention of an earlier year stays in force whatever the next sentence retells;
"министерства двух регионов" as the signing's subject are those regions' ministries; a
declared trilateral with one partner adds it to the sides told before; a visit framed by an
agreement lends it the visitors' body; "стороны" of a plan are the sides told before; a new
edition of an agreement is a plan between its sides; a menu row names no body. Every probe
is written here, in words of its own."""

from __future__ import annotations

import probes
import pytest
from probes import parsed_analysis, status_date_parties

from soccoop.extract.coreference import _sides_as_subject, _two_holders
from soccoop.extract.nlp import NerSpan, without_menu_row
from soccoop.extract.official_orgs import _menu_gap

LEAD = "Новости\n\n"

OMSK = "Министерство семейной политики Тверской области"
TOMSK = "Агентство по делам пожилых Псковской области"

# (id, published, text, sorted (status, date_or_empty, sorted parties) of every record)
RECORDS = [
    # two bodies counted under "у" hold the agreement told before; "оно действовало с"
    # dates it; a prolongation refused signs nothing
    ("two-holders-refused-prolongation", None,
     LEAD + f"{OMSK} и {TOMSK} подпишут соглашение о реабилитации в мае.\n\nПрежде у обоих "
     "ведомств имелось соглашение об обмене опытом: оно действовало с 2018 года. Когда срок "
     "вышел, его так и не продлили.\n",
     [("mentioned", "2018", sorted([OMSK, TOMSK])),
      ("planned", "--05", sorted([OMSK, TOMSK]))]),
    # negative: a signing retold by a pronoun, not negated, still signs the mention
    ("pronoun-signing-kept", "2025-03-01",
     LEAD + "Первым документом года стало соглашение между Министерством семейной политики "
     "Тверской области и Агентством по делам пожилых Псковской области. 14 февраля его "
     "подписали руководители двух ведомств.\n",
     [("signed", "2025-02-14", sorted([OMSK, TOMSK]))]),
    # the ministries of a count of two regions are those the text names
    ("ministries-of-two-regions", "2025-02-10",
     LEAD + "Пенсионеры Тверской области смогут ездить в Псковскую область, а псковичи — в "
     "Тверскую область. Соглашение о семейном отдыхе сегодня подписали министерства двух "
     "регионов.\n\nМинистр семейной политики Тверской области Иван Петров поблагодарил "
     "гостей. «Начало положено», — сказал министр соцподдержки Псковской области Олег "
     "Смирнов.\n",
     [("signed", "2025-02-10", ["Министерство семейной политики Тверской области",
                                "Министерство соцподдержки Псковской области"])]),
    # a declared trilateral with one partner: the two sides told before and the partner,
    # a plan of its own beside the signing
    ("trilateral-adds-partner", "2025-02-10",
     LEAD + f"{OMSK} и Агентство по делам пожилых Псковской области заключили "
     "соглашение о вахтовой работе.\n\nПотом готовится трёхстороннее соглашение с "
     "компанией «Тверьгаз» о наборе работников. Его хотят подписать в августе.\n",
     [("planned", "2025-08", sorted([OMSK, TOMSK, "Тверьгаз"])),
      ("signed", "", sorted([OMSK, TOMSK]))]),
    # a visit framed by an agreement: the visitors' body is its other side; "стороны" of
    # the plan after it are the same two
    ("visit-frame-and-sides", None,
     LEAD + "Сотрудники Министерства семейной политики Тверской области вместе с замминистра "
     "побывали в Пскове. Визит прошёл в рамках действующего соглашения с Агентством по "
     "делам пожилых Псковской области.\n\nПосле переговоров стороны решили подписать "
     "дополнительное соглашение о стажировках.\n",
     [("mentioned", "", sorted([OMSK, TOMSK])),
      ("planned", "", sorted([OMSK, TOMSK]))]),
    # negative: with no visitors told before, the framed agreement keeps its one side
    ("frame-without-visitors", None,
     LEAD + "Сотрудники обсуждали выплаты многодетным семьям. Работа идёт в рамках "
     "действующего соглашения с Агентством по делам пожилых Псковской области.\n",
     [("mentioned", "", [TOMSK])]),
    # an agreement in force since an earlier year stays mentioned, whatever the next
    # sentence retells; its new edition is a plan between the same sides
    ("in-force-and-new-edition", "2025-02-10",
     LEAD + "— Соглашение с Министерством семьи Республики Марий Эл работает у нас с 2014 "
     "года. Подписывали его ещё прежние министры. Осенью подготовим новую редакцию "
     "соглашения, — сказал глава Агентства по делам пожилых Псковской области Иван "
     "Петров.\n",
     [("mentioned", "2014", [TOMSK, "Министерство семьи Республики Марий Эл"]),
      # pdate50: the plan's season dates it by the year ahead
      ("planned", "2025", [TOMSK, "Министерство семьи Республики Марий Эл"])]),
    # a site menu's row under the page's name is no body: "центр" is the page's own
    ("menu-row-no-body", None,
     "Центр социального обслуживания «Забота»\nО центре   Проекты   Новости   Отзывы   "
     "[ПОДДЕРЖАТЬ]\n\nНовости / 21.05.2025\n\n19 мая директор центра Иван Петров и "
     "председатель Тверского областного совета ветеранов Олег Смирнов подписали соглашение о "
     "сотрудничестве.\n",
     [("signed", "2025-05-19", ["Тверской областной совет ветеранов",
                                "Центр социального обслуживания «Забота»"])]),
]


@pytest.mark.parametrize(("case", "published", "text", "expected"), RECORDS,
                         ids=[r[0] for r in RECORDS])
def test_records(models, case: str, published: str | None, text: str, expected: list) -> None:
    assert status_date_parties(models, text, published) == expected


# (id, sentence, the word, does it name two bodies holding the agreement)
HOLDERS = [
    ("two-bodies", "Прежде у двух ведомств имелось соглашение.", "ведомств", True),
    ("both-ministries", "У обоих министерств было соглашение о стажировках.", "министерств",
     True),
    # negatives: bodies of one region, no count, another preposition
    ("bodies-of-one-region", "У двух ведомств края было соглашение.", "ведомств", False),
    ("no-count", "У ведомств было соглашение о стажировках.", "ведомств", False),
    ("between", "Соглашение между двумя ведомствами действует.", "ведомствами", False),
]


@pytest.mark.parametrize(("case", "text", "word", "expected"), HOLDERS,
                         ids=[r[0] for r in HOLDERS])
def test_two_holders(models, case: str, text: str, word: str, expected: bool) -> None:
    sent = parsed_analysis(models, text).sentences[0]
    i = next(n for n, t in enumerate(sent.tokens) if t.text == word)
    assert _two_holders(sent, i) is expected


# (id, sentence, do bare "стороны" sign or plan the agreement)
SIDES_SUBJECT = [
    ("agreed-to-sign", "После переговоров стороны решили подписать соглашение.", True),
    ("will-sign", "Стороны подпишут соглашение в мае.", True),
    # negatives: "стороны" with words of their own, another subject
    ("sides-of-agreement", "Стороны форума договорились подписать соглашение.", False),
    ("ministry-signs", "Министерство договорилось подписать соглашение.", False),
]


@pytest.mark.parametrize(("case", "text", "expected"), SIDES_SUBJECT,
                         ids=[r[0] for r in SIDES_SUBJECT])
def test_sides_as_subject(models, case: str, text: str, expected: bool) -> None:
    sent = parsed_analysis(models, text).sentences[0]
    k = next(n for n, t in enumerate(sent.tokens) if t.lemma == "соглашение")
    assert _sides_as_subject(sent, k) is expected


# (id, span, the spans kept)
MENU_SPANS = [
    ("menu-row", NerSpan("ORG", 10, 37, "Проекты   Новости   Отчеты"), []),
    ("cut-at-blank-line", NerSpan("ORG", 0, 27, "Министерство труда\n\nНовости"),
     [NerSpan("ORG", 0, 18, "Министерство труда")]),
    # negatives: a body's name, a person, a name broken by one line end
    ("body", NerSpan("ORG", 0, 18, "Министерство труда"),
     [NerSpan("ORG", 0, 18, "Министерство труда")]),
    # hid95: a person's span keeps its gap but, as every span, stops at a blank line
    ("person", NerSpan("PER", 0, 17, "Иван   Петров\n\nА"),
     [NerSpan("PER", 0, 13, "Иван   Петров")]),
    ("one-line-end", NerSpan("ORG", 0, 19, "Министерство\nтруда"),
     [NerSpan("ORG", 0, 19, "Министерство\nтруда")]),
]


@pytest.mark.parametrize(("case", "span", "expected"), MENU_SPANS,
                         ids=[r[0] for r in MENU_SPANS])
def test_without_menu_row(case: str, span: NerSpan, expected: list) -> None:
    assert without_menu_row(span) == expected


@pytest.mark.parametrize(("gap", "expected"), [("   ", True), ("\n", True), ("\t", True),
                                               (" ", False), ("  ", False)])
def test_menu_gap(gap: str, expected: bool) -> None:
    assert _menu_gap(gap) is expected


AGR87_FUNCTIONS = [("coreference", "_two_holders"),
                   ("coreference", "_sides_as_subject"),
                   ("coreference", "_negated_verb"),
                   ("coreference", "_of_an_earlier_year"),
                   ("coreference", "counted_signing_subject"),
                   ("coreference", "_body_of_kind"),
                   ("coreference", "declared_sides_with_partner"),
                   ("coreference", "visitors_of_framed_visit"),
                   ("coreference", "new_edition_sides"),
                   ("merge_rules", "partner_added_by_count"),
                   ("signing_dates", "_restating_pronoun"),
                   ("official_orgs", "_menu_gap"),
                   ("nlp", "without_menu_row")]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, AGR87_FUNCTIONS)
