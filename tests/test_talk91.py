"""Transcripts and channel posts of talk91, probes written for this file (not copied from any
round).

* The name of a transcript's turn label ("Ольга Зимина: ...") names who speaks, not who
  signed (``signers.turn_label_name``), also when the NER missed it, unless the turn signs
  in the first person ("мы с X подписали", ``signers._first_person_signing``); the one a question
  addresses by first name and patronymic after an asker's label, with an outlet in brackets
  ("Вопрос («...»): Ольга Викторовна, ..."), is no signer either (``signers.addressee``,
  ``signers._label_end``).
* A signing verb in the past plural with no subject and "вместе с X" under it is the
  author's and X's signing (``signers._we_and_verb``), and the author of a channel post
  whose title line was masked as page chrome is named by that line
  (``signers.masked_author``).
* A mention dated by the current month ("В этом месяце фонд стал участником соглашения")
  is no reminder of an older agreement beside the signing the text tells
  (``merge_rules.current_period_told``).
* A plan whose signing verb was first set for one time and then put off ("мы хотели
  подписать в мае, но перенесли на июль") is of the new time
  (``agreement_dates.signing_verb_put_off``, read by ``put_off_after_first_set``).
* Agreements whose partner is a bare plural common noun closing the phrase ("зачем области
  соглашения с соседями, ...") are agreements in general, no record, though the tagger read
  the noun's form as a singular genitive (``agreements.unnamed_neighbours``,
  ``agreements.bare_plural_partner``).
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

_LABELS = ("«Вечерний разговор»: Ольга Зимина о помощи семьям\n\n"
           "Гостем студии стала министр социального развития Тверской области Ольга Викторовна "
           "Зимина. Ведущий — Игорь Лебедев.\n\n"
           "Игорь Лебедев: Ольга Викторовна, сегодня утром подписано соглашение с фондом «Опора». "
           "О чём оно?\n\n"
           "Ольга Зимина: Да, сегодня заместитель министра Пётр Орлов и председатель фонда «Опора» "
           "Инна Белова подписали соглашение о летнем отдыхе школьников.\n")
_ASKED = ("Министр социального развития Тверской области Ольга Викторовна Зимина ответила на "
          "вопросы журналистов.\n\n"
          "Вопрос («Тверские вести»): Ольга Викторовна, вчера было подписано соглашение с фондом "
          "«Опора». Что оно даст?\n\n"
          "Зимина: Его подписали заместитель министра Пётр Орлов и председатель фонда Инна Белова. "
          "Фонд будет помогать семьям с детьми.\n")
_CHANNEL = ("{title} | Тверская область ✔️\n"
            "Заместитель губернатора Тверской области по социальным вопросам. Официальный канал.\n"
            "8,1K подписчиков\n\n12 марта 2025\n\n"
            "Друзья, отличная новость для наших пенсионеров!\n\n"
            "{clause} соглашение о партнёрстве Тверской и Нижегородской областей в сфере "
            "поддержки пожилых людей.\n\n"
            "Теперь пенсионеры двух регионов смогут отдыхать в санаториях соседей.\n")
_TOGETHER = ("Сегодня в Нижнем Новгороде вместе с министром социальной политики Нижегородской "
             "области Олегом Сомовым подписали")
_MONTH = ("Фонд «Опора» о новом соглашении\n20.05.2025\n\n"
          "{when} наш фонд стал участником соглашения с министерством социального развития "
          "Тверской области. Мы поговорили с директором фонда Игорем Беловым.\n\n"
          "— Игорь, что произошло 14 мая?\n\n"
          "— В тот день фонд «Опора» и министерство социального развития Тверской области "
          "заключили соглашение о партнёрстве. Его подписали я и министр Ольга Зимина.\n")


# (id, text, the signers of every record, as surnames, by status)
SIGNERS = [
    ("a speaker's label and the host's in a studio transcript", _LABELS,
     {"signed": [["белова", "орлов"]]}),
    ("one addressed after an asker's label with an outlet", _ASKED,
     {"signed": [["белова", "орлов"]]}),
    ("the author of a channel post signs 'вместе с' a minister, 'мы' left out",
     _CHANNEL.format(title="Анна Котова", clause=_TOGETHER),
     {"signed": [["котова", "сомов"]]}),
    # negatives: the rules must not fire
    ("the speaker of a label says 'мы с X подписали': she signs",
     "Гостем студии стала министр социального развития Тверской области Ольга Викторовна "
     "Зимина.\n\nО. Зимина: Главное для нас — вчера мы с председателем фонда «Опора» Инной "
     "Беловой подписали соглашение о летнем отдыхе школьников.\n",
     {"signed": [["белова", "зимина"]]}),
    ("a verb before the colon: no label, the names after it sign",
     "Сегодня в Твери министерство социального развития Тверской области и фонд «Опора» "
     "заключили соглашение.\nПодписали: заместитель министра Пётр Орлов и председатель "
     "фонда Инна Белова.\n", {"signed": [["белова", "орлов"]]}),
    ("a channel's title that names no person",
     _CHANNEL.format(title="Соцзащита Твери", clause=_TOGETHER), {"signed": [["сомов"]]}),
    ("the signing verb has its own subject",
     _CHANNEL.format(title="Анна Котова", clause="Сегодня в Нижнем Новгороде губернатор Иван "
                     "Руденко вместе с министром социальной политики Нижегородской области "
                     "Олегом Сомовым подписал"), {"signed": [["руденко", "сомов"]]}),
]


@pytest.mark.parametrize(("text", "expected"), probes.named_rows(SIGNERS))
def test_signers(models: Any, text: str, expected: dict[str, list[list[str]]]) -> None:
    assert probes.surnames_by_status(models, text) == expected


# (id, text, the records' statuses in order)
STATUSES = [
    ("a mention of the current month beside the signing it tells",
     _MONTH.format(when="В этом месяце"), ["signed"]),
    # negative: a mention dated by a past year stays a reminder of its own
    ("a mention of a past year beside the signing", _MONTH.format(when="В 2021 году"),
     ["mentioned", "signed"]),
]


@pytest.mark.parametrize(("text", "expected"), probes.named_rows(STATUSES))
def test_current_period(models: Any, text: str, expected: list[str]) -> None:
    assert probes.statuses_of(models, text) == expected


_PUT = ("Министерство социального развития Тверской области готовит соглашение с Тверским "
        "колледжем сервиса. Соглашение между министерством и колледжем {rest}\n")

# (id, text, the records' (status, date) in order), published on 10 April 2025
PUT_OFF = [
    ("a signing verb's first month, then put off to another",
     _PUT.format(rest="мы хотели подписать в мае, но перенесли на июль."),
     [("planned", "2025-07")]),
    # negative: the verb of postponing moves another thing
    ("a seminar put off beside the signing's month",
     _PUT.format(rest="мы подпишем в мае, а семинар для студентов перенесли на июль."),
     [("planned", "2025-05")]),
]


@pytest.mark.parametrize(("text", "expected"), probes.named_rows(PUT_OFF))
def test_put_off(models: Any, text: str, expected: list[tuple[str, str]]) -> None:
    found = [(a.status, a.date) for a in probes.agreements_of(models, text, "2025-04-10")]
    assert found == expected


_GENERAL = ("Первый заместитель губернатора Тверской области Олег Петрович Сомов, отвечающий за "
            "социальную политику, рассказал газете «Тверская жизнь», зачем области соглашения "
            "с {partner}, кто поедет учиться в Москву и что изменится для пенсионеров.\n")

# (id, text, published, the records' (status, sides) in order)
GENERAL = [
    ("agreements with neighbours left unnamed", _GENERAL.format(partner="соседями"),
     "2025-04-10", []),
    # negatives: partners named after the plural noun
    ("neighbours named by their place", _GENERAL.format(partner="соседями из Псковской области"),
     "2025-04-10", [("mentioned", ["Псковская область", "Тверская область"])]),
    ("neighbours listed after a comma in their case",
     "Министерство социального развития Тверской области в мае подписало соглашения с "
     "соседями, Псковской и Смоленской областями.\n", "2025-06-10",
     [("signed", ["Министерство социального развития Тверской области", "Псковская область"]),
      ("signed", ["Министерство социального развития Тверской области",
                  "Смоленская область"])]),
]


@pytest.mark.parametrize(("text", "published", "expected"), probes.named_rows(GENERAL))
def test_unnamed_neighbours(models: Any, text: str, published: str,
                            expected: list[tuple[str, list[str]]]) -> None:
    found = [(a.status, probes.party_names(a))
             for a in probes.agreements_of(models, text, published)]
    assert found == expected


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, signers=("turn_label_name", "_first_person_signing",
                                                   "addressee", "_we_and_verb", "masked_author"),
                                          merge_rules=("current_period_told",),
                                          agreement_dates=("signing_verb_put_off",),
                                          agreements=("unnamed_neighbours", "bare_plural_partner"))
