"""acro47: officials' bodies written with acronyms (ВОИ, ВОС, ОСФР, МФЦ, ЦЗН …) pooled over
every dev round (officials_full), and the shared acronym readers.

- ``normalize.spelled_with_acronyms`` (with ``name_words``): a body's name with acronyms
  among its words is a full name whose words it reads in turn, each acronym spelling a run
  of two words or more, passing over a few words first (a union's umbrella).
- ``official_sides.acronyms_spelled_out``: an official's body written so takes the one side
  of the page's records, or the one other official's body, that it spells in full; the
  legal name of the Social Fund and of the society of the blind read as their everyday
  names (``party_identity.everyday_name``, ``lexicon_sides.EVERYDAY_NAMES``).
- ``official_orgs._acronyms_read_in_full`` (in ``officials.gloss_acronyms``): such a body
  is written as the text names it in full elsewhere, read on the words from its first
  word's lemma (``normalize.acronyms_spell_to``).
- review (round 46): ``official_sides._spells`` and the higher-school acronym test
  (``_school_spelled``) call the shared readers (``normalize.acronym_words``,
  ``party_identity.acronym_of_name``) instead of their own first letters.

Every sentence here is invented for these tests; the negatives guard against over-reach:
an acronym of other words, a name whose other words differ, a place's abbreviation, two
full names that fit, a minister beside a society, a body named in full already, a name with
no acronym, a school whose name the acronym does not spell.
"""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.lexicon_sides import EVERYDAY_NAMES
from soccoop.extract.nlp import Models
from soccoop.extract.normalize import name_words, spelled_with_acronyms
from soccoop.extract.official_sides import (
    _spells,
    acronyms_spelled_out,
    higher_school_of_an_academic,
)
from soccoop.extract.party_identity import everyday_name
from soccoop.models import Agreement, Evidence, Official, Party

UNION = "Общероссийского союза «Всероссийское общество пчеловодов»"
SOCIETY = f"Рязанская городская организация {UNION}"
SFR_LEGAL = EVERYDAY_NAMES[0][0]  # the Social Fund's legal name, as the lexicon holds it
BLIND = (f"Рязанская городская организация Общероссийского союза «{EVERYDAY_NAMES[1][0]} "
         "слепых»")
BRANCH = f"Отделение {SFR_LEGAL} по Рязанской области"
CENTRE = "ГАУ РО «Центр семейной помощи Рязанского района»"
JOBS = "ГКУ «Рязанский центр трудовой помощи»"
MINISTRY = "Министерство социальной защиты Рязанской области"
YOUTH = "Рязанская городская организация «Союз молодёжи»"

# (id, short name, full name, read as one body)
SPELLINGS = [
    ("a-society-by-its-union", "Рязанская городская организация ВОП", SOCIETY, True),
    ("the-branch-by-initials", "РГО ВОП", SOCIETY, True),
    ("lower-case-own-region-word", "городская организация ВОП", SOCIETY, True),
    ("an-acronym-inside-quotes", "ГАУ РО «ЦСП»", CENTRE, True),
    ("an-acronym-ends-a-quoted-name", "ГКУ «Рязанский ЦТП»", JOBS, True),
    ("a-legal-form-and-the-rest", "АНО «Добрый день»",
     "Автономная некоммерческая организация «Добрый день»", True),
    # negatives
    ("another-union", "Рязанская городская организация ВОГ", SOCIETY, False),
    ("another-town", "Тульская городская организация ВОП", SOCIETY, False),
    ("no-acronym-at-all", "Рязанская городская организация", SOCIETY, False),
    ("letters-of-other-words", "ГКУ «Рязанский ЦЗН»", JOBS, False),
    ("a-capitalised-first-word-must-read-the-start", "Союз ВОП", SOCIETY, False),
    ("no-letters-from-the-acronym-itself", "Рязанская городская организация ВОИ",
     "Рязанская городская организация ВОИ и союз", False),
]


@pytest.mark.parametrize(("short", "full", "one"), probes.named_rows(SPELLINGS))
def test_acro47_spelled_with_acronyms(short: str, full: str, one: bool) -> None:
    assert spelled_with_acronyms(name_words(short), name_words(full)) is one


def test_acro47_everyday_names() -> None:
    """The Social Fund's and the society of the blind's legal names are read as the names
    their acronyms spell, inside quotes too; a name with neither stays."""
    assert everyday_name(BRANCH) == "Отделение Социальный фонд России по Рязанской области"
    assert "«Всероссийское общество слепых»" not in BLIND
    assert "Всероссийское общество слепых" in everyday_name(BLIND)
    assert everyday_name(MINISTRY) == MINISTRY
    assert spelled_with_acronyms(name_words("ОСФР по Рязанской области"),
                                 name_words(everyday_name(BRANCH)))
    assert spelled_with_acronyms(name_words("РГО ВОС"), name_words(everyday_name(BLIND)))


def test_acro47_name_words() -> None:
    assert name_words("ГБУ «Центр (ЦЗН)» Северо-Восточного округа") == [
        "ГБУ", "Центр", "Северо", "Восточного", "округа"]


def _official(name: str, post: str, org: str | None) -> Official:
    return Official(name, post, org, None, Evidence(name, 0, len(name)))


def _record(sides: list[str], signers: list[str]) -> Agreement:
    return Agreement("соглашение", "signed", None, [Party(s) for s in sides], signers, [],
                     Evidence("соглашение", 0, 10))


# (id, officials (name, post, body), the records' sides, the bodies after the pass)
BODIES = [
    ("society-side", [("Анна Орлова", "председатель", "городская организация ВОП")],
     [MINISTRY, SOCIETY], [SOCIETY]),
    ("blind-society-side", [("Анна Орлова", "председатель", "РГО ВОС")],
     [MINISTRY, BLIND], [BLIND]),
    ("branch-by-everyday-name", [("Игорь Рябов", "управляющий", "ОСФР по Рязанской области")],
     [BRANCH, SOCIETY], [BRANCH]),
    ("another-officials-body", [("Игорь Рябов", "директор", "ГАУ РО «ЦСП»"),
                                ("Нина Лосева", "заместитель директора", CENTRE)],
     [MINISTRY], [CENTRE, CENTRE]),
    ("a-quoted-name-after-a-legal-form", [("Игорь Рябов", "директор", "ЦСП")],
     [MINISTRY, CENTRE], [f"{CENTRE} (ЦСП)"]),
    # negatives
    ("two-full-names-fit", [("Анна Орлова", "председатель", "городская организация ВОП")],
     [SOCIETY, SOCIETY.replace("Рязанская", "Тульская")],
     ["городская организация ВОП"]),
    ("minister-takes-no-society", [("Пётр Гусев", "министр", "ВОП")],
     [MINISTRY, SOCIETY], ["ВОП"]),
    ("named-in-full-stays", [("Анна Орлова", "председатель", YOUTH)], [MINISTRY, SOCIETY],
     [YOUTH]),
    ("an-acronym-of-no-side", [("Анна Орлова", "председатель", "городская организация ВОГ")],
     [MINISTRY, SOCIETY], ["городская организация ВОГ"]),
    ("a-place-is-no-body", [("Анна Орлова", "глава", "ХМАО")],
     ["Ханты-Мансийский автономный округ"], ["ХМАО"]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("officials", "sides", "bodies"), probes.named_rows(BODIES))
def test_acro47_acronyms_spelled_out(models: Models,
                                     officials: list[tuple[str, str, str | None]],
                                     sides: list[str], bodies: list[str | None]) -> None:
    offs = [_official(*o) for o in officials]
    acronyms_spelled_out(offs, [_record(sides, [])], models)
    assert [o.organization for o in offs] == bodies


# (id, acronym, side, spells) — review: the shared reader behind ``_spells``
SPELLS = [
    ("a-word-of-the-name", "АНО", "АНО «Светлый путь»", True),
    ("a-run-inside-quotes", "КЦСП", "МБУ «Кашинский центр семейной помощи»", True),
    ("a-legal-form-spelled", "АНО", "Автономная некоммерческая организация «Опора»", True),
    ("a-mixed-case-acronym", "ТюмГУ", "Тюменский государственный университет", True),
    # negatives
    ("letters-out-of-order", "ЦКСП", "МБУ «Кашинский центр семейной помощи»", False),
    ("an-acronym-of-other-words", "ЦЗН", "МБУ «Кашинский центр семейной помощи»", False),
    ("letters-of-no-run", "АНО", "Фонд «Опора»", False),
    ("the-acronym-in-brackets", "ДТСП", "Департамент труда и семейной помощи (ДТСП)", True),
]


@pytest.mark.parametrize(("acronym", "side", "spells"), probes.named_rows(SPELLS))
def test_acro47_spells(acronym: str, side: str, spells: bool) -> None:
    assert _spells(acronym, side) is spells


RYAZAN = "Рязанский государственный университет имени С. А. Есенина"
RYAZAN_AGRO = "Рязанский государственный аграрный университет"
KAZAN = "Казанский (Приволжский) федеральный университет"

# (id, body of a dean, the records' sides, the body after the pass)
SCHOOLS = [
    ("eponym-left-out", "Факультет права РязГУ", [RYAZAN, MINISTRY], RYAZAN),
    ("a-word-in-brackets-left-out", "Институт психологии КФУ", [KAZAN], KAZAN),
    ("of-two-the-one-spelled", "Факультет права РГУ", [RYAZAN, RYAZAN_AGRO], RYAZAN),
    ("of-two-the-leading-words-spelled", "Факультет права РГУ",
     ["Рязанский государственный университет ГТИ", "Рязанский государственный аграрный "
      "университет"], "Рязанский государственный университет ГТИ"),
    ("a-lone-school-by-its-initial", "Факультет права РГПУ", [RYAZAN], RYAZAN),
    # negatives
    ("another-initial", "Факультет права СГУ", [RYAZAN], "Факультет права СГУ"),
    ("of-two-none-spelled", "Факультет права РГПУ", [RYAZAN, RYAZAN_AGRO],
     "Факультет права РГПУ"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("body", "sides", "after"), probes.named_rows(SCHOOLS))
def test_acro47_higher_school(models: Models, body: str, sides: list[str], after: str) -> None:
    o = _official("Марина Котова", "декан факультета права", body)
    higher_school_of_an_academic([o], [_record(sides, [])], models)
    assert o.organization == after


# (id, text, name, expected (position, organisation)), read by the whole extraction
ROWS: list[tuple[str, str, str, tuple[str, str | None] | None]] = [
    ("society-signer", "В Рязани министерство социальной защиты Рязанской области и "
     f"{SOCIETY} подписали соглашение о совместной работе. Документ скрепили подписями "
     "министр Ольга Белова и председатель городской организации ВОП Тамара Лисицына.",
     "Тамара Лисицына", ("председатель", SOCIETY)),
    ("branch-by-its-everyday-name", f"{BRANCH} и {SOCIETY} заключили соглашение о "
     "взаимодействии. Подписи поставили управляющий ОСФР по Рязанской области Игорь "
     "Рябинин и председатель РГО ВОП Вера Клёнова.", "Игорь Рябинин", ("управляющий", BRANCH)),
    ("society-by-initials", f"{BRANCH} и {SOCIETY} заключили соглашение о "
     "взаимодействии. Подписи поставили управляющий ОСФР по Рязанской области Игорь "
     "Рябинин и председатель РГО ВОП Вера Клёнова.", "Вера Клёнова", ("председатель", SOCIETY)),
    ("read-in-full-from-the-text", "Вчера в Рязанской городской организации Общероссийского "
     "союза «Всероссийское общество пчеловодов» прошло собрание. Как рассказала председатель "
     "городской организации ВОП Анна Орлова, сезон был удачным.", "Анна Орлова",
     ("председатель", SOCIETY)),
    # negative: the text spells out another union
    ("another-union-stays", "Вчера в Рязанской городской организации Общероссийского "
     "союза «Всероссийское общество пчеловодов» прошло собрание. Как рассказала председатель "
     "городской организации ВОГ Анна Орлова, сезон был удачным.", "Анна Орлова",
     ("председатель", "городская организация ВОГ")),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "expected"), probes.named_rows(ROWS))
def test_acro47_rows(models: Models, text: str, name: str,
                     expected: tuple[str, str | None] | None) -> None:
    probes.check_official(models, text, name, expected, read=probes.extracted_officials)


def test_examples_quote_no_dev_text() -> None:
    probes.check_rules_invented(__file__, normalize=("spelled_with_acronyms", "name_words",
                                                     "acronyms_spell_to"),
                                          party_identity=("everyday_name",),
                                          official_sides=("acronyms_spelled_out",
                                                          "_spelled_in_full", "_spells",
                                                          "_school_spelled",
                                                          "higher_school_of_an_academic"),
                                          official_orgs=("_acronyms_read_in_full",))


def test_acronyms_spell_to_reads_each_word_pair_once(monkeypatch):
    """A name of many acronyms each free to pass over words is read with one look at each
    (acronym, word) pair, not once per way of reaching it: ten "ООО" against sixty words
    that fail only at the end would be 5 ** 10 readings without the memo."""
    from soccoop.extract import normalize

    calls: list[int] = []
    spell = normalize.acronym_words

    def counted(word, words):
        calls.append(1)
        return spell(word, words)

    monkeypatch.setattr(normalize, "acronym_words", counted)
    short = ["ООО"] * 10 + ["ЯЯЯ"]
    full = ["Общество"] * 60
    assert normalize.acronyms_spell_to(short, full) == 0
    assert 0 < len(calls) <= len(short) * len(full) * (normalize.ACRONYM_SKIP_WORDS + 1)
