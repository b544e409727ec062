"""sig50: a side's signer told in a later sentence of an agreement's story. The signer a side
phrase introduces after the terms ("Со стороны фонда документ подписал директор ...",
"Подпись от компании поставил ...") signs the signed record whose story the sentence stands
in: the record read from the nearest sentence before it, past sentences naming no agreement
of their own, or the one record whose own side the item's opening sentence names
(``signer_later.later_side_signers``, with ``later_side_sentence``, ``side_phrase``,
``bare_papers`` and ``_story_record``). Negatives: a side's signing still to come, a side
sentence naming an agreement of its own, a side sentence after another agreement the
page only mentions. The teller of a quote that alone tells a signing signs nothing
(``signers.quote_teller``); an agreement the page only recalls, signed by nobody it names,
takes no signer away from the page's signing (``signer_bodies.signers_of_own_sides``).
Every probe is written here, in words of its own."""

from __future__ import annotations

from typing import Any

import probes
import pytest

PUBLISHED = "2025-11-20"

# (text, a word of the record's side, the signers of the record with that side); the first
# two fail on b50dev (the later side's signer is missing), the last two pass there too
LATER = [
    # b50dev: Белова and Мухин only (the third side's signer two sentences on)
    ("В Энске министр социальной защиты Энской области Анна Белова и директор центра "
     "реабилитации Иван Мухин подписали соглашение о турпоездках для пожилых людей.\n"
     "Документ предусматривает бесплатные поездки для пенсионеров и инвалидов. Первые "
     "экскурсии состоятся весной. Со стороны турфирмы «Восход», которая тоже "
     "присоединилась к документу, его подписал директор Пётр Лыков.\n",
     "центр", ["Анна Белова", "Иван Мухин", "Пётр Лыков"]),
    # b50dev: Гуляев only on the plant's record (its item's own paragraph names the plant)
    ("Министерство труда Энской области заключило соглашения о партнёрстве с Энским "
     "университетом, Энской торговой палатой и АО «Энский станкозавод». Министр Пётр "
     "Гуляев подписал все три документа.\n"
     "Соглашение с университетом касается практики студентов. От университета "
     "документ подписал ректор Олег Мазуров.\n"
     "Торговая палата поможет министерству с ярмарками вакансий для молодёжи.\n"
     "Третье соглашение, со станкозаводом, посвящено трудоустройству людей с "
     "инвалидностью. Подпись от завода поставил генеральный директор Семён Орлов. Завод "
     "создаст двадцать рабочих мест.\n",
     "станкозавод", ["Пётр Гуляев", "Семён Орлов"]),
    # passing on b50dev too (the candidate rules' back reference reads it): an imperfective
    # "подписывал" by a side phrase two sentences on
    ("В марте министерство социальной защиты Энской области подписало с АО «Энский "
     "хлебозавод» соглашение о трудоустройстве ветеранов боевых действий. Завод выделит "
     "пятнадцать рабочих мест. Подписывал со стороны завода его директор Глеб Титов.\n",
     "хлебозавод", ["Глеб Титов"]),
    # passing on b50dev too: the side's signer in the sentence right after the signing
    ("Министр социальной защиты Энской области Анна Белова подписала соглашение с "
     "благотворительным фондом «Тёплый очаг» о помощи одиноким пенсионерам. Со стороны "
     "фонда подпись под документом поставила президент Ольга Кузина.\n",
     "Тёплый очаг", ["Анна Белова", "Ольга Кузина"]),
]


@pytest.mark.parametrize(("text", "side", "signers"), LATER)
def test_a_later_side_signer_signs_its_story(models: Any, text: str, side: str,
                                             signers: list[str]) -> None:
    found = [sorted(a.signatories) for a in probes.agreements_of(models, text, PUBLISHED)
             if a.status == "signed" and any(side.lower() in p.name.lower() for p in a.parties)]
    assert found == [sorted(signers)]


# (text, signers no signed record may have); guards, passing on b50dev too
GUARDS = [
    # the side's signing is still to come
    ("Министр социальной защиты Энской области Анна Белова и директор центра "
     "реабилитации Иван Мухин подписали соглашение о помощи пожилым гражданам. Документ "
     "рассчитан на три года. Позже к нему присоединится фонд «Заря». Со стороны фонда "
     "документ подпишет его директор Пётр Лыков.\n",
     {"Пётр Лыков"}),
    # the side sentence names an agreement of its own
    ("Министр социальной защиты Энской области Анна Белова и директор центра "
     "реабилитации Иван Мухин подписали соглашение о помощи пожилым гражданам. Документ "
     "рассчитан на три года. Со стороны фонда «Заря» договор аренды помещения с центром "
     "подписал его директор Пётр Лыков.\n",
     {"Пётр Лыков"}),
    # a side sentence after another agreement the page only mentions
    ("Министр социальной защиты Энской области Анна Белова и директор центра "
     "реабилитации Иван Мухин подписали соглашение о помощи пожилым гражданам. Министр также "
     "напомнила о давнем договоре с банком «Энский кредит» о льготных вкладах. Со стороны "
     "банка документ тогда подписал управляющий Пётр Лыков.\n",
     {"Пётр Лыков"}),
]


@pytest.mark.parametrize(("text", "not_signers"), GUARDS)
def test_no_later_signer_from_another_story(models: Any, text: str,
                                            not_signers: set[str]) -> None:
    found = {n for group in probes.signers_of(models, text, PUBLISHED) for n in group}
    assert not found & not_signers


# the teller of a quote that alone tells a signing signs nothing (``signers.quote_teller``,
# read in ``candidate_signers._reporter``): (text, signers no record of any status may have,
# signers the signed record keeps); the first fails on b50dev (Лосева signed the recalled
# one), the second passes there too (she signed, told outside the quote)
QUOTES = [
    ("Министр социальной защиты Энской области Анна Белова и директор фонда «Заря» Олег "
     "Котов подписали соглашение о поддержке одиноких пенсионеров.\n"
     "«Это уже пятое такое соглашение у нас. Первое подобное соглашение областное "
     "правительство заключило в 2021 году с АНО «Опора», и сегодня по нему помощь получают "
     "двести семей», – прокомментировала заместитель министра Вера Лосева.\n",
     {"Вера Лосева"}, ["Анна Белова", "Олег Котов"]),
    ("Министр социальной защиты Энской области Анна Белова подписала соглашение с фондом "
     "«Заря» о поддержке одиноких пенсионеров. «Этот документ мы готовили давно, фонд "
     "помогает нам уже пять лет», – прокомментировала подписание Анна Белова.\n",
     set(), ["Анна Белова"]),
]


@pytest.mark.parametrize(("text", "not_signers", "signers"), QUOTES)
def test_a_quote_teller_is_no_signer(models: Any, text: str, not_signers: set[str],
                                     signers: list[str]) -> None:
    records = probes.agreements_of(models, text, PUBLISHED)
    assert not {n for a in records for n in a.signatories} & not_signers
    assert [sorted(a.signatories) for a in records if a.status == "signed"] == [signers]


# ``signer_bodies.signers_of_own_sides``: an agreement the page only recalls, signed by
# nobody it names, is no other signing: the company's director of a three-party signing
# recorded with two sides stays though a recalled agreement has another company (fails on
# b50dev: Лыков dropped); a signed agreement of the page with that side still takes him
# away (passing on b50dev too)
_MIN = "Министерство труда Энской области"
_CZN = "ГКУ «Центр занятости населения Энской области»"
OWN_SIDES = [
    ("mentioned", [], ["Анна Белова", "Иван Мухин", "Пётр Лыков"]),
    ("signed", ["Анна Белова", "Олег Котов"], ["Анна Белова", "Иван Мухин"]),
]


@pytest.mark.parametrize(("status", "its_signers", "kept"), OWN_SIDES)
def test_a_recalled_agreement_takes_no_signer(status: str, its_signers: list[str],
                                              kept: list[str]) -> None:
    from soccoop.extract.signer_bodies import signers_of_own_sides
    from soccoop.models import Agreement, Evidence, Official, Party

    ev = Evidence(text="x", start=0, end=1)
    signed = Agreement(title="", status="signed", date=None,
                       parties=[Party(_MIN), Party(_CZN)],
                       signatories=["Анна Белова", "Иван Мухин", "Пётр Лыков"], regions=[],
                       evidence=ev)
    other = Agreement(title="", status=status, date=None,
                      parties=[Party(_MIN), Party(_CZN), Party("ООО «Северная речная компания»")],
                      signatories=list(its_signers), regions=[], evidence=ev)
    officials = [Official("Анна Белова", "министр", _MIN, None, ev),
                 Official("Иван Мухин", "директор", _CZN, None, ev),
                 Official("Пётр Лыков", "исполнительный директор",
                          "АО «Энская горнорудная компания»", None, ev)]
    signers_of_own_sides([signed, other], officials)
    assert signed.signatories == kept


SIG50_FUNCTIONS = [("signer_later", "later_side_signers"),
                   ("signer_later", "later_side_sentence"),
                   ("signer_later", "side_phrase"),
                   ("signer_later", "bare_papers"),
                   ("signer_later", "_story_record"),
                   ("signers", "quote_teller")]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, SIG50_FUNCTIONS)
