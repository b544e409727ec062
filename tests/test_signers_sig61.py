"""Signatories of sig61, probes written for this file (not copied from any round).

* A head whose own clause tells something else ("находится в командировке"), in a sentence
  whose later clause signs with a subject of its own, did not sign
  (``signers.away_subject``): "Министр X в эти дни в отъезде, поэтому от имени министерства
  документ подписал её заместитель Y" → Y.
* The one on whose charge another signs is no signer (``signers.charging_person``): "По
  поручению директора X документ подписал его заместитель Y" → Y; and such a sentence
  after the first side's signer names the next side's (``candidate_signers._charged_opening``).
* One in whose stead another signs is no signer (``signers.charging_person``): "он
  подписал соглашение вместо министра X" → not X; and "он" after a name in its own
  sentence is that name (``signers.pronoun_holder``), not an official named before.
* A signer written by first name and patronymic ("подписали с Асланбеком Хамзатовичем")
  is the one official of that first name the text names in full
  (``signer_address.patronymic_address``); a surname ending like a patronymic
  ("Гуревич") stays.
* One who was expected to sign, in a sentence turning to say otherwise, is no signer
  (``signers.expected_signer``): "Ожидалось, что документ подпишет министр X, однако она
  ..." → not X.
* The signers named in a back reference past an aside paragraph are followed by the other
  sides' signers the sentences right after name (``candidate_signers._distant_signers``).
"""

from __future__ import annotations

from typing import Any

import pytest
from probes import signer_surnames

from soccoop.extract.signer_address import patronymic_address
from soccoop.models import Evidence, Official

LEAD = ("Министерство социальной защиты Липецкой области и Липецкое региональное отделение "
        "Союза пенсионеров России вчера подписали соглашение о сотрудничестве.\n\n")

ASIDE = ("Документ позволит пенсионерам области бесплатно посещать занятия в центрах "
         "активного долголетия и получать консультации юристов.\n\n")

# three sentences on the content: past the back reference's reach, a distant one
LONG_ASIDE = ("Документ позволит пенсионерам области бесплатно посещать занятия в центрах "
              "активного долголетия. Юристы отделения будут консультировать пожилых людей в "
              "районных центрах. Первые занятия начнутся в марте.\n\n")

# (id, text after the lead, surnames of the one signed record)
AWAY = [
    ("away on a trip, on behalf of the ministry",
     "Министр социальной защиты области Ольга Веселова в эти дни находится в отпуске, "
     "поэтому от имени министерства документ подписал её первый заместитель Денис Рябов. "
     "Со стороны Союза пенсионеров подпись поставил председатель отделения Павел Гринёв.",
     ["гринев", "рябов"]),
    ("ill, and the deputy signed",
     "Министр Ольга Веселова заболела, и соглашение подписал заместитель министра Денис "
     "Рябов. Со стороны Союза пенсионеров подпись поставил председатель отделения Павел "
     "Гринёв.",
     ["гринев", "рябов"]),
    ("governor greets, then signers sign",
     "Губернатор области Игорь Артамонов приветствовал участников, после чего документ "
     "подписали министр Ольга Веселова и председатель отделения Павел Гринёв.",
     ["веселова", "гринев"]),
    ("the sides of the first clause sign: kept",
     "Министр Ольга Веселова и председатель отделения Павел Гринёв обсудили документ ещё "
     "весной, а вчера стороны подписали соглашение.",
     ["веселова", "гринев"]),
    ("the subject signs herself: kept",
     "Министр Ольга Веселова подписала документ, а председатель отделения Павел Гринёв "
     "поставил свою подпись следом.",
     ["веселова", "гринев"]),
]


# (id, text after the lead, surnames of the one signed record)
CHARGED = [
    ("on the head's charge, after the first side",
     "От имени министерства документ подписал министр Андрей Лосев. По поручению "
     "председателя отделения Нины Гороховой документ подписал её заместитель Сергей "
     "Панин.",
     ["лосев", "панин"]),
    ("on the charge, the sentence alone",
     "По поручению министра Андрея Лосева документ подписал его заместитель Сергей "
     "Панин, а со стороны Союза пенсионеров — председатель Нина Горохова.",
     ["горохова", "панин"]),
]


# (id, text after the lead, surnames of the one signed record)
EXPECTED = [
    ("expected, however away",
     "Ожидалось, что документ подпишет министр Ольга Веселова, однако она находится в "
     "командировке. Поэтому от имени министерства подпись поставил её заместитель Денис "
     "Рябов. Со стороны Союза пенсионеров документ подписал председатель Павел Гринёв.",
     ["гринев", "рябов"]),
    ("expected, but ill",
     "Предполагалось, что соглашение подпишет министр Ольга Веселова, но она заболела. "
     "От имени министерства подпись поставил её заместитель Денис Рябов, со стороны "
     "Союза пенсионеров — председатель Павел Гринёв.",
     ["гринев", "рябов"]),
]


# (id, signers' paragraph after the aside, surnames of the one signed record)
DISTANT = [
    ("the other side's signer in the next sentence",
     "Документ подписали министр социальной защиты Ольга Веселова. Со стороны Союза "
     "пенсионеров подпись поставил председатель отделения Павел Гринёв.",
     ["веселова", "гринев"]),
    ("a deputy on behalf of the ministry, then the other side",
     "От имени министерства документ подписал её первый заместитель министра Денис Рябов. "
     "Со стороны Союза пенсионеров подпись поставил председатель отделения Павел Гринёв.",
     ["гринев", "рябов"]),
]


# (id, text after the lead, surnames of the one signed record)
INSTEAD = [
    ("in the minister's stead, the pronoun after the name",
     "Со стороны Союза пенсионеров документ подписал председатель отделения Павел Гринёв. "
     "Министерство представлял "
     "заместитель министра Денис Рябов — он подписал документ вместо министра Ольги "
     "Веселовой, которая находилась в отпуске.",
     ["гринев", "рябов"]),
    ("in the minister's stead, a side phrase",
     "От имени министерства документ вместо министра Ольги Веселовой подписал её "
     "заместитель Денис Рябов, со стороны Союза пенсионеров — председатель Павел Гринёв.",
     ["гринев", "рябов"]),
]


# (id, text after the lead and the long aside, surnames of the one signed record)
LONG = [
    ("a deputy on behalf of the ministry, past a long aside",
     "От имени министерства документ подписал первый заместитель министра Денис "
     "Рябов. Со стороны Союза пенсионеров подпись поставил председатель отделения "
     "Павел Гринёв.",
     ["гринев", "рябов"]),
]

# each table's rows follow the lead (and an aside): one page, one signed record, its signers
ONE_RECORD = [pytest.param(opening + told + "\n", signers, id=f"{table}: {name}")
              for table, opening, rows in [("away", LEAD, AWAY), ("charged", LEAD, CHARGED),
                                           ("expected", LEAD, EXPECTED),
                                           ("distant", LEAD + ASIDE, DISTANT),
                                           ("instead", LEAD, INSTEAD),
                                           ("long aside", LEAD + LONG_ASIDE, LONG)]
              for name, told, signers in rows]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "signers"), ONE_RECORD)
def test_one_signed_record_and_its_signers(models: Any, text: str,
                                           signers: list[str]) -> None:
    assert signer_surnames(models, text, published="2024-03-14") == [signers]


def _official(name: str) -> Official:
    return Official(name, "министр", None, None, Evidence(name, 0, len(name)))


PAGE = [_official("Тимур Бекмурзаев"), _official("Ирина Котова"), _official("Ирина Сомова"),
        _official("Олег Рябов")]

# (written name, the name it stands for on a page of PAGE's officials)
ADDRESSED = [
    ("Тимур Асланович", "Тимур Бекмурзаев"),  # the one Тимур of the page
    ("Олег Петрович", "Олег Рябов"),
    ("Ирина Петровна", "Ирина Петровна"),  # two Иринаs: which one, the text does not say
    ("Игорь Олегович", "Игорь Олегович"),  # no official of that first name
    ("Олег Гуревич", "Олег Гуревич"),  # a surname, though it ends like a patronymic
    ("Тимур Бекмурзаев", "Тимур Бекмурзаев"),
    ("Олег Петрович Рябов", "Олег Петрович Рябов"),  # full name with patronymic: as written
]


@pytest.mark.slow
@pytest.mark.parametrize(("written", "full"), ADDRESSED)
def test_patronymic_address(models: Any, written: str, full: str) -> None:
    assert patronymic_address(written, PAGE, models) == full


QUOTED = (
    "Министр труда и социального развития Кабардино-Балкарской Республики Ирина Котова "
    "провела рабочую встречу с управляющим Отделением Социального фонда России по "
    "Кабардино-Балкарской Республике Тимуром Бекмурзаевым. По итогам встречи подписано "
    "соглашение о взаимодействии между министерством и Отделением Соцфонда.\n\n"
    "«Соглашение, которое мы сегодня подписали с Тимуром Аслановичем, сократит сроки "
    "назначения выплат семьям участников СВО», — отметила Ирина Котова.\n"
)


@pytest.mark.slow
def test_quoted_partner_by_patronymic_signs_in_full(models: Any) -> None:
    found = signer_surnames(models, QUOTED, published="2024-03-14")
    assert found and all("асланович" not in row for row in found)
