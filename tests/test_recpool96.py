"""recpool96: record errors pooled over the dev rounds. A document called base ("основной",
"базовый", "первоначальный") and signed, told after an agreement, is that agreement's base,
a record of its own with its own date; a plural body's head over districts whose adjectives
the tagger calls proper nouns ("с администрациями Томпонского и Кобяйского улусов") is that
body of each district, "улус" being a district too; a roadmap its own relative clause signs
("«дорожной карте», которую намерены подписать") is an agreement of the sides. Every probe
is written here, in words of its own."""

from __future__ import annotations

import probes
import pytest
from probes import agreement_records, noun_at, parsed_analysis

from soccoop.extract.agreements import base_document_signed
from soccoop.extract.candidate_signers import signed_by_its_relative
from soccoop.extract.party_phrases import municipal_bodies

MINISTRY = "Комитет социальной поддержки Курской области"
SOCIETY = "Автономная некоммерческая организация «Тихий берег»"
SIGNING = (f"{MINISTRY} и {SOCIETY} продлили соглашение о сотрудничестве. Документ "
           "подписали во вторник председатель комитета Иван Петров и директор Анна "
           "Смирнова. ")
YAKUTIA = "Департамент занятости Республики Саха (Якутия)"
TOMPO = "Администрация Томпонского улуса"
ULUSES = (f"{YAKUTIA} и {TOMPO} подписали соглашение о содействии занятости. ")


def records(models, text: str) -> list[tuple]:
    """(status, date or "", sorted side names) of every record, sorted."""
    return agreement_records(models, text, "2024-11-21", "status", "date_or_empty",
                             "parties")


BOTH = sorted([MINISTRY, SOCIETY])
SIGNED = ("signed", "2024-11-19", BOTH)

# (id, text, every record as (status, date or "", sorted sides), sorted)
RECORDS = [
    # a base document told signed after the extension: the older agreement of the sides
    ("base-passive", SIGNING + "Основной документ был заключён в мае 2018 года и "
     "действовал до конца 2024 года.", [("mentioned", "2018-05", BOTH), SIGNED]),
    ("base-object", SIGNING + "Базовый документ стороны заключили в 2018 году.",
     [("mentioned", "2018", BOTH), SIGNED]),
    ("base-participle", SIGNING + "Первоначальный документ, подписанный в 2017 году, "
     "действует до 2030 года.", [("mentioned", "2017", BOTH), SIGNED]),
    # negatives: a base document that is no agreement signed, a document not called base
    ("base-law", SIGNING + "Основной документ, регулирующий работу с инвалидами, — "
     "федеральный закон.", [SIGNED]),
    ("base-certificate", SIGNING + "Основной документ для получения помощи — справка об "
     "инвалидности.", [SIGNED]),
    # a roadmap its relative clause plans to sign: the sides' planned agreement, dated by
    # its deadline's year since round 51 (date51's plan_deadline_ahead: "к лету" after a
    # November publication is next summer)
    ("roadmap-relative", SIGNING + "Шаги стороны опишут в плане — «дорожной карте», "
     "которую намерены подписать к лету.", [("planned", "2025", BOTH), SIGNED]),
    # negative: a roadmap only approved is no signing
    ("roadmap-approved", SIGNING + "Шаги стороны опишут в «дорожной карте», которую "
     "утвердят к лету.", [SIGNED]),
    # districts whose adjectives the tagger calls proper nouns: one agreement each
    ("uluses", ULUSES + "Прежде похожие соглашения департамент подписал с "
     "администрациями Верхоянского, Жиганского и Нюрбинского улусов.",
     sorted([("mentioned", "", sorted([YAKUTIA, "Администрация Верхоянского улуса"])),
             ("mentioned", "", sorted([YAKUTIA, "Администрация Жиганского улуса"])),
             ("mentioned", "", sorted([YAKUTIA, "Администрация Нюрбинского улуса"])),
             ("signed", "", sorted([YAKUTIA, TOMPO]))])),
]


@pytest.mark.parametrize(("case", "text", "expected"), RECORDS, ids=[r[0] for r in RECORDS])
def test_records(models, case: str, text: str, expected: list) -> None:
    assert records(models, text) == expected


# (id, sentence, lemma of the noun read, is it a base document signed?)
BASE = [
    ("passive", "Основной документ был заключён в мае 2018 года.", "документ", True),
    ("object", "Базовый документ стороны заключили в 2018 году.", "документ", True),
    ("participle", "Первоначальный документ, подписанный в 2017 году, действует.",
     "документ", True),
    # negatives: no base word, no signing, not a document
    ("no-base-word", "Новый документ стороны заключили в 2018 году.", "документ", False),
    ("no-signing", "Основной документ для получения помощи — справка.", "документ", False),
    ("agreement-noun", "Основное соглашение стороны заключили в 2018 году.", "соглашение",
     False),
]


@pytest.mark.parametrize(("case", "text", "lemma", "expected"), BASE,
                         ids=[r[0] for r in BASE])
def test_base_document_signed(models, case: str, text: str, lemma: str,
                              expected: bool) -> None:
    sent = parsed_analysis(models, text).sentences[0]
    assert base_document_signed(sent, noun_at(sent, lemma)) is expected


# (id, sentence, is the roadmap signed by its own relative clause?)
ROADMAPS = [
    ("plan-to-sign", "Шаги стороны опишут в «дорожной карте», которую намерены подписать "
     "к лету.", True),
    ("signed", "Шаги описаны в «дорожной карте», которую стороны подписали весной.", True),
    # negatives: a clause of approving, a clause whose "который" is the subject
    ("approved", "Шаги стороны опишут в «дорожной карте», которую утвердят к лету.", False),
    ("subject-clause", "Шаги описаны в «дорожной карте», которая вступит в силу летом.",
     False),
]


@pytest.mark.parametrize(("case", "text", "expected"), ROADMAPS,
                         ids=[r[0] for r in ROADMAPS])
def test_signed_by_its_relative(models, case: str, text: str, expected: bool) -> None:
    sent = parsed_analysis(models, text).sentences[0]
    assert signed_by_its_relative(sent, noun_at(sent, "карта")) is expected


# (id, sentence, the bodies read from its plural head over districts)
DISTRICTS = [
    ("proper-noun-adjectives", "Ранее министерство заключило соглашения с администрациями "
     "Верхоянского, Жиганского и Нюрбинского улусов.",
     ["Администрация Верхоянского улуса", "Администрация Жиганского улуса",
      "Администрация Нюрбинского улуса"]),
    ("districts", "Министерство подписало соглашения с администрациями Верхоянского и "
     "Жиганского районов.", ["Администрация Верхоянского района",
                             "Администрация Жиганского района"]),
    # negatives: one district, a plural head over no district noun
    ("one-district", "Министерство подписало соглашение с администрацией Верхоянского "
     "улуса.", []),
    ("no-district-noun", "Министерство подписало соглашения с администрациями Верхоянского и "
     "Жиганского поселений.", []),
]


@pytest.mark.parametrize(("case", "text", "expected"), DISTRICTS,
                         ids=[r[0] for r in DISTRICTS])
def test_municipal_bodies(models, case: str, text: str, expected: list) -> None:
    analysis = parsed_analysis(models, text)
    sent = analysis.sentences[0]
    found = municipal_bodies(models, sent, 0, len(sent.tokens), [], analysis.text)
    assert [p.name for p in found] == expected


RECPOOL96_FUNCTIONS = [("agreements", "base_document_signed"),
                       ("candidate_signers", "signed_by_its_relative"),
                       ("party_phrases", "municipal_bodies"),
                       ("party_phrases", "_genitive_name_adjective")]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, RECPOOL96_FUNCTIONS)
