"""Round 38, dig94: probes written for this file (not copied from any round).

* "Стороны выступили в лице исполняющего обязанности министра спорта, туризма и ...
  области X, заместителя губернатора — руководителя департамента Y и ректора Z": a
  representative's post may list a body's fields, join two posts by a dash and open with
  an acting prefix; a comma before the next post in the genitive goes on to the next one
  (``signers.represented_signers``, ``_post_goes_on``, ``_next_representative``).
* "Фото: подписание соглашения. Слева направо: А. Иванов, Б. Петрова": the caption's second
  sentence names the signers (``signer_captions._signing_caption_goes_on``).
* A signing told as done does not join a plan that a bare mention of no plan has joined
  (``merge_rules.signing_beside_plans_to_come``).
* "Управление № 12 ... заключили соглашение": a number after "№" counts no agreements
  (``agreement_lists._count``).
* "ГООИ «Опора» — Городская общественная организация инвалидов" over "наша организация"
  (``page_owner._acronym_spelled_after``).
* "по линии этого соглашения" joins the agreement told last, whatever year its clause
  tells (``merge_rules.demonstrative_of_told``).
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

from soccoop.extract.agreement_lists import _count
from soccoop.extract.page_owner import page_owner

PUB = "2025-03-14"

# --- "в лице": a long post, two posts by a dash, an acting prefix, a comma list ----------
THREE_SIDES = ("Министерство семьи, демографии и социальной политики Тверской области, "
               "Департамент здравоохранения и социальной защиты Торжокского округа и Тверской "
               "филиал фонда «Опора» заключили трёхстороннее соглашение. ")
REPRESENTED = [
    ("acting-dash-list", THREE_SIDES + "Документ подписан 12 марта в Твери. Стороны выступили "
     "в лице исполняющего обязанности министра семьи, демографии и социальной политики "
     "Тверской области Олега Петровича Смирнова, заместителя главы округа — руководителя "
     "Департамента здравоохранения и социальной защиты Ивана Сергеевича Рябова и "
     "руководителя Тверского филиала фонда Павла Андреевича Зайцева.\n",
     ["зайцев", "рябов", "смирнов"]),
    ("comma-list", THREE_SIDES + "Документ подписан 12 марта. Стороны выступили в лице "
     "министра Олега Петровича Смирнова, заместителя главы округа Ивана Сергеевича Рябова и "
     "руководителя филиала Павла Андреевича Зайцева.\n",
     ["зайцев", "рябов", "смирнов"]),
]
# negative: after the name a comma goes on with no post of another person
REPRESENTED_NOT = [
    ("comma-no-post", "Министерство социальной защиты Тверской области и фонд «Опора» "
     "заключили соглашение 12 марта. Стороной выступил фонд в лице директора Олега Петровича "
     "Смирнова, действующего на основании устава, а на церемонии присутствовала журналистка "
     "Анна Котова.\n", {"Анна Котова"}),
]


@pytest.mark.parametrize("text,surnames", probes.named_rows(REPRESENTED))
def test_represented_signers(models: Any, text: str, surnames: list[str]) -> None:
    found = probes.signer_surnames(models, text)
    assert any(sorted(s) == surnames for s in found), found


@pytest.mark.parametrize("text,not_signers", probes.named_rows(REPRESENTED_NOT))
def test_represented_signers_not(models: Any, text: str, not_signers: set[str]) -> None:
    probes.check_no_signers(models, text, PUB, not_signers)


# --- a caption's second sentence ------------------------------------------------------------
SIGNING = ("Министерство социальной защиты Тверской области и Тверской технический "
           "университет заключили соглашение о практике студентов. Документ направлен на "
           "обучение будущих специалистов социальной сферы.\n\n")
CAPTIONS = [
    ("signing-then-order", SIGNING + "Фото: подписание соглашения в Твери. Слева направо: "
     "О. Смирнов, И. Волкова.\n", ["волкова", "смирнов"]),
]
# negative: the caption's first sentence tells another scene
CAPTIONS_NOT = [
    ("other-scene", SIGNING + "Фото: открытие выставки в Твери. Слева направо: О. Смирнов, "
     "И. Волкова.\n", {"О. Смирнов", "И. Волкова"}),
]


@pytest.mark.parametrize("text,surnames", probes.named_rows(CAPTIONS))
def test_caption_order_sentence(models: Any, text: str, surnames: list[str]) -> None:
    found = probes.signer_surnames(models, text)
    assert any(sorted(s) == surnames for s in found), found


@pytest.mark.parametrize("text,not_signers", probes.named_rows(CAPTIONS_NOT))
def test_caption_order_sentence_not(models: Any, text: str, not_signers: set[str]) -> None:
    found = probes.signers_of(models, text, PUB)
    assert not any(n.endswith(("Смирнов", "Волкова")) for g in found for n in g), found


# --- a signing told as done beside a plan that a bare mention joined -------------------------
PLAN_AFTER = (SIGNING + "В будущем году, по словам министра, министерство планирует подписать "
              "соглашение с Тверским медицинским колледжем о переподготовке сиделок. "
              "Соглашение действует с 1 февраля.\n\nФото: подписание соглашения в "
              "Твери.\n")


def test_signing_beside_joined_plan(models: Any) -> None:
    rows = probes.status_parties(models, PLAN_AFTER, PUB)
    college = [r for r in rows if any("колледж" in p for p in r[1])]
    assert college and all(r[0] == "planned" for r in college), rows


# --- a number after "№" is no count -----------------------------------------------------------
NUMBERED = [
    ("number-sign", "18 апреля Управление социальной политики № 12 и фонд «Опора» заключили "
     "соглашение о сотрудничестве.\n",
     ["Управление социальной политики № 12", "Фонд «Опора»"]),
]
# (id, sentence, the count of the first agreement noun)
COUNTS = [
    ("numeral", "Министерство подписало два новых соглашения с фондами.", 2),
    ("digit", "Министерство подписало 3 соглашения с фондами.", 3),
    ("participle-between", "Итог встречи: два подписанных соглашения с фондами.", 2),
    # negatives: a body's number after "№"; a noun between the numeral and the agreement
    ("number-sign", "Управление № 12 заключило соглашение с фондом.", 0),
    ("noun-between", "Два года назад соглашение с фондом продлили.", 0),
]


@pytest.mark.parametrize("text,sides", probes.named_rows(NUMBERED))
def test_numbered_body_is_no_count(models: Any, text: str, sides: list[str]) -> None:
    rows = [sorted(p) for _, p in probes.status_parties(models, text, PUB)]
    assert sides in rows, rows


@pytest.mark.parametrize("text,count", probes.named_rows(COUNTS))
def test_count(models: Any, text: str, count: int) -> None:
    sent = probes.first_sentence(models, text)
    assert _count(sent, probes.noun_at(sent)) == count


# --- the page's own body by its acronym line --------------------------------------------------
OWNER_PAGES = [
    ("acronym-dash-kind", "ГООИ «Опора» — Городская общественная организация инвалидов\n"
     "Главная | Новости\n\nНовость\n", "организация",
     "Городская общественная организация инвалидов «Опора»"),
    # negatives: no acronym before the quoted name; a description in lower case
    ("no-acronym", "Клуб «Опора» — Городская общественная организация инвалидов\n"
     "Главная | Новости\n\nНовость\n", "организация", None),
    ("lower-description", "ГООИ «Опора» — помощь людям с инвалидностью\nГлавная | Новости\n\n"
     "Новость\n", "организация", None),
]


@pytest.mark.parametrize("text,head,owner", probes.named_rows(OWNER_PAGES))
def test_page_owner_acronym_line(models: Any, text: str, head: str, owner: str | None) -> None:
    assert page_owner(models, text, head) == owner


# --- a demonstrative points back to the agreement told last -----------------------------------
POINTED = ("Церемонию подписания соглашения между министерством социальной защиты Тверской "
           "области и департаментом социальной политики Ярославской области, намеченную на "
           "10 марта, "
           "перенесли на апрель. Сейчас ведомства двух областей работают по соглашению о "
           "сотрудничестве между правительствами Тверской и Ярославской областей, подписанному "
           "в 2020 году. В минувшем году по линии этого соглашения 40 специалистов тверских "
           "центров прошли стажировку в Ярославле.\n")


def test_demonstrative_joins_told(models: Any) -> None:
    rows = probes.status_date_parties(models, POINTED, PUB)
    assert [r[:2] for r in rows] == [("mentioned", "2020"), ("planned", "2025-04")], rows


def test_docstrings_are_invented() -> None:
    probes.check_rules_invented(__file__, signers=("_post_goes_on", "_next_representative"),
                                          signer_captions=("_signing_caption_goes_on",),
                                          merge_rules=("demonstrative_of_told",),
                                          agreement_lists=("_count",),
                                          page_owner=("_acronym_spelled_after",))
