"""sig58: signers in hard forms: one signing on another's charge or power of attorney.
A company's report may tell that its deputy signed "по поручению" or "по доверенности" of
the chief executive, the chief's name in the genitive after his post, his body and its
quoted name. The parser often hangs that genitive name on the signer's post across the
verb, so the parse alone took the chief as a signer; the token order reads him as the
charge's person (``signers.charge_by_order`` in ``charging_person``), and a sentence
opening with a power of attorney opens a side as a charge does (``CHARGE_NOUNS``).
Negatives: a signer in the nominative stays, a charge of a third person ("по поручению
губернатора") before a nominative signer takes nobody off. And signers named by initials
in the instrumental after their posts, the agents of a passive signing ("подписан
директором ... О.П. Стрелковой"), hold their posts (``signers.instrumental_initials_holder``
in ``candidate_signers._bystander``); a post after "с" or the agent of another act's
participle signs nothing. Every probe is written here, in words of its own."""

from __future__ import annotations

from typing import Any

import probes
import pytest

PUBLISHED = "2025-03-04"

HEAD = ("Вестник завода | Новости\n4 марта 2025\n\n"
        "3 марта в Калуге АО «Калужский турбинный завод» и калужский филиал фонда "
        "«Защитники Отечества» заключили соглашение: завод примет на работу вернувшихся "
        "бойцов и оплатит им переобучение.\n\n")
CHIEF = ("генерального директора АО «Калужский турбинный завод» Олега Петровича Фомина")
DEPUTY = ("заместитель генерального директора по кадрам АО «Калужский турбинный завод» "
          "Игорь Семёнович Ладыгин")
FUND = "руководитель калужского филиала фонда Марина Викторовна Сотникова"

# whole extraction: (text, the signers' surnames of the social record)
CHARGED = [
    # the chief's genitive name hung on the deputy's post: only the deputy signs for the
    # plant, the fund's head is read from her post; fails on b58dev (Фомин signed, and
    # the record's two signers left no room for the fund's head)
    (HEAD + "Руководитель калужского филиала фонда и представитель завода поставили "
     f"подписи под документом. По поручению {CHIEF} соглашение подписал {DEPUTY}.\n\n"
     f"«Для нас это важный шаг», — сказала {FUND}.\n",
     {"Ладыгин", "Сотникова"}),
    # the same charge, the fund's side told after a dash; fails on b58dev (Фомин signed)
    (HEAD + f"По поручению {CHIEF} соглашение подписал {DEPUTY}, со стороны фонда — "
     f"{FUND}.\n", {"Ладыгин", "Сотникова"}),
    # a power of attorney is a charge; fails on b58dev (Фомин signed)
    (HEAD + f"По доверенности {CHIEF} документ подписал его заместитель Игорь Семёнович "
     f"Ладыгин, со стороны фонда — {FUND}.\n", {"Ладыгин", "Сотникова"}),
    # guard: signers in the nominative, no charge
    (HEAD + "Соглашение подписали генеральный директор завода Олег Фомин и руководитель "
     "филиала фонда Марина Сотникова.\n", {"Фомин", "Сотникова"}),
    # guard: the charge of a third person before a nominative signer takes nobody off
    (HEAD + "Соглашение подписал по поручению губернатора генеральный директор завода Олег "
     "Фомин. Со стороны фонда подпись поставила руководитель филиала Марина Сотникова.\n",
     {"Фомин", "Сотникова"}),
]


def _signed_surnames(models: Any, text: str, published: str) -> list[set[str]]:
    """The signers' surnames of each signed record of two sides or more."""
    return [{n.split()[-1] for n in a.signatories}
            for a in probes.agreements_of(models, text, published)
            if a.status == "signed" and len(a.parties) >= 2]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), CHARGED)
def test_charged_signers(models: Any, text: str, expected: set[str]) -> None:
    found = _signed_surnames(models, text, PUBLISHED)
    assert found == [expected], found


STUDY = ("Новости Вологды\n10 марта 2025\n\n"
         "Управление социальной поддержки Вологодской области и Вологодский колледж "
         "сестёр милосердия заключили соглашение: студенты пройдут практику в центрах "
         "помощи пожилым.\n\n")

# whole extraction: (text, the signers' surnames of the record), the signers named by
# initials in the instrumental after their posts, the agents of a passive signing
AGENTS = [
    # a woman's surname in "-ой" read a genitive hung the name on the board; fails on
    # b58dev (no signer at all: both names taken for bystanders)
    (STUDY + "Документ подписан начальником управления О.П. Стрелковой и директором "
     "колледжа И.С. Рябининым.\n", {"Стрелкова", "Рябинин"}),
    # guard: full names in the instrumental, read before
    (STUDY + "Документ подписан начальником управления Ольгой Павловной Стрелковой и "
     "директором колледжа Игорем Семёновичем Рябининым.\n", {"Стрелкова", "Рябинин"}),
    # guard: a person met "с" a post in the instrumental signs nothing
    (STUDY + "После встречи с заместителем губернатора А.Н. Котовой документ подписали "
     "начальник управления Ольга Стрелкова и директор колледжа Игорь Рябинин.\n",
     {"Стрелкова", "Рябинин"}),
    # guard: the agent of a participle of another act signs nothing
    (STUDY + "Документ, подготовленный заместителем губернатора А.Н. Котовой, подписали "
     "начальник управления Ольга Стрелкова и директор колледжа Игорь Рябинин.\n",
     {"Стрелкова", "Рябинин"}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), AGENTS)
def test_instrumental_agents(models: Any, text: str, expected: set[str]) -> None:
    found = _signed_surnames(models, text, "2025-03-10")
    assert found == [expected], found


SIG58_FUNCTIONS = [("signers", "charge_by_order"),
                   ("signers", "instrumental_initials_holder"),
                   ("signers", "_signing_agent"),
                   ("signers", "charging_person"),
                   ("candidate_signers", "_charged_opening"),
                   ("signers", "_signed_agreement"),
                   ("signers", "_quoted_tokens"),
                   ("signers", "_in_prepositional")]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, SIG58_FUNCTIONS)


# fixsig58 (review item 1): a staff member signing a draft, a letter or the minutes of a
# meeting is no signer of the agreement; the passive's subject (or the participle's head
# noun) must be an agreement noun or "документ". The first three failed on m58 (Стрелкова
# signed); the last is a guard: an agreement told through "который" keeps its signers.
DRAFTS = [
    (STUDY + "Проект документа был подготовлен и подписан начальником отдела О.П. Стрелковой "
     "ещё в январе.\n", []),
    (STUDY + "Сопроводительное письмо было подписано начальником отдела О.П. Стрелковой.\n",
     []),
    (STUDY + "Протокол заседания подписан секретарём комиссии О.П. Стрелковой.\n", []),
    (STUDY + "Соглашение подписано начальником управления О.П. Стрелковой и директором "
     "колледжа И.С. Рябининым.\n", ["Рябинин", "Стрелкова"]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), DRAFTS)
def test_draft_signers(models: Any, text: str, expected: list[str]) -> None:
    found = [sorted(n.split()[-1] for n in a.signatories)
             for a in probes.agreements_of(models, text, "2025-03-10")
             if a.status == "signed" and len(a.parties) >= 2]
    assert found == [expected], found


# fixsig58 (review item 2): the charge's name read past quotes paired by position („…“ and
# straight ones: both failed on m58, Фомин signed) and not past an accusative noun
def _charged(q1: str, q2: str, deputy_body: str) -> str:
    return (HEAD + f"По поручению генерального директора АО {q1}Калужский турбинный "
            f"завод{q2} Олега Петровича Фомина соглашение подписал заместитель генерального "
            f"директора по кадрам{deputy_body} Игорь Семёнович Ладыгин, со стороны фонда — "
            f"{FUND}.\n")


QUOTED_CHARGES = [
    _charged("„", "“", ""),
    _charged('"', '"', ' АО "Калужский турбинный завод"'),
]


@pytest.mark.slow
@pytest.mark.parametrize("text", QUOTED_CHARGES)
def test_quoted_charge(models: Any, text: str) -> None:
    found = [{n.split()[-1] for n in a.signatories}
             for a in probes.agreements_of(models, text, PUBLISHED)
             if a.status == "signed" and len(a.parties) >= 2]
    assert found == [{"Ладыгин", "Сотникова"}], found


def _word(text: str, lemma: str, pos: str, case: str | None = None) -> tuple[
        str, str, str, str, int, dict[str, str]]:
    return (text, lemma, pos, "dep", -1, {"Case": case} if case else {})


ADP, GEN = "ADP", "Gen"
# (words before the name, is the name the charge's) for charge_by_order on a hand parse:
# the name "Олега Рыбина" (Gen) follows them
CHARGE_WALKS = [
    ([_word("По", "по", ADP), _word("поручению", "поручение", "NOUN", "Dat"),
      _word("директора", "директор", "NOUN", GEN), _word("АО", "ао", "PROPN", GEN),
      _word("„", "„", "PUNCT"), _word("Северный", "северный", "ADJ", "Nom"),
      _word("завод", "завод", "NOUN", "Nom"), _word("“", "“", "PUNCT")], True),
    ([_word("По", "по", ADP), _word("поручению", "поручение", "NOUN", "Dat"),
      _word("директора", "директор", "NOUN", GEN), _word("АО", "ао", "PROPN", GEN),
      _word('"', '"', "PUNCT"), _word("Северный", "северный", "ADJ", "Nom"),
      _word("завод", "завод", "NOUN", "Nom"), _word('"', '"', "PUNCT")], True),
    ([_word("По", "по", ADP), _word("поручению", "поручение", "NOUN", "Dat"),
      _word("директора", "директор", "NOUN", GEN), _word("по", "по", ADP),
      _word("социальным", "социальный", "ADJ", "Dat"),
      _word("вопросам", "вопрос", "NOUN", "Dat")], True),
    # a body in the instrumental its post governs stays inside the walk
    ([_word("По", "по", ADP), _word("поручению", "поручение", "NOUN", "Dat"),
      _word("заведующего", "заведующий", "NOUN", GEN),
      _word("кафедрой", "кафедра", "NOUN", "Ins")], True),
    # an accusative noun outside quotes and any preposition's phrase ends the walk
    ([_word("По", "по", ADP), _word("поручению", "поручение", "NOUN", "Dat"),
      _word("губернатора", "губернатор", "NOUN", GEN),
      _word("программу", "программа", "NOUN", "Acc"),
      _word("фонда", "фонд", "NOUN", GEN)], False),
]


@pytest.mark.parametrize(("before", "expected"), CHARGE_WALKS)
def test_charge_walk(before: list[Any], expected: bool) -> None:
    from soccoop.extract.signers import charge_by_order
    sent = probes.hand_parsed(*before, _word("Олега", "олег", "PROPN", GEN),
                              _word("Рыбина", "рыбин", "PROPN", GEN))
    assert charge_by_order(sent, [len(before), len(before) + 1]) is expected
