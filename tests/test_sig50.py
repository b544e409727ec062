"""sig50: a side's signer told in a later sentence of an agreement's story. The signer a side
phrase introduces after the terms ("Со стороны фонда документ подписал директор ...",
"Подпись от компании поставил ...") signs the signed record whose story the sentence stands
in: the record read from the nearest sentence before it, past sentences naming no agreement
of their own, or the one record whose own side the item's opening sentence names
(``signer_later.later_side_signers``, with ``later_side_sentence``, ``side_phrase``,
``bare_papers`` and ``_story_record``). Negatives: a side's signing still to come, a side
sentence naming an agreement of its own, a side sentence after another agreement the
page only mentions, a person the records already have. Every probe is written here, in
words of its own."""

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
     "Соглашение с университетом касается практики студентов. Со стороны университета "
     "его подписал ректор Олег Мазуров.\n"
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
     "благотворительным фондом «Тёплый дом» о помощи одиноким пенсионерам. Со стороны "
     "фонда подпись под документом поставила президент Ольга Кузина.\n",
     "Тёплый дом", ["Анна Белова", "Ольга Кузина"]),
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
     "реабилитации Иван Мухин подписали соглашение о помощи пожилым людям. Документ "
     "рассчитан на три года. Позже к нему присоединится фонд «Заря». Со стороны фонда "
     "документ подпишет его директор Пётр Лыков.\n",
     {"Пётр Лыков"}),
    # the side sentence names an agreement of its own
    ("Министр социальной защиты Энской области Анна Белова и директор центра "
     "реабилитации Иван Мухин подписали соглашение о помощи пожилым людям. Документ "
     "рассчитан на три года. Со стороны фонда «Заря» договор аренды помещения с центром "
     "подписал его директор Пётр Лыков.\n",
     {"Пётр Лыков"}),
    # a side sentence after another agreement the page only mentions
    ("Министр социальной защиты Энской области Анна Белова и директор центра "
     "реабилитации Иван Мухин подписали соглашение о помощи пожилым людям. Министр также "
     "напомнила о давнем договоре с банком «Энский кредит» о льготных вкладах. Со стороны "
     "банка документ тогда подписал управляющий Пётр Лыков.\n",
     {"Пётр Лыков"}),
]


@pytest.mark.parametrize(("text", "not_signers"), GUARDS)
def test_no_later_signer_from_another_story(models: Any, text: str,
                                            not_signers: set[str]) -> None:
    found = {n for group in probes.signers_of(models, text, PUBLISHED) for n in group}
    assert not found & not_signers


SIG50_FUNCTIONS = [("signer_later", "later_side_signers"),
                   ("signer_later", "later_side_sentence"),
                   ("signer_later", "side_phrase"),
                   ("signer_later", "bare_papers"),
                   ("signer_later", "_story_record")]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, SIG50_FUNCTIONS)
