"""sig48: who signs when a chief only attends, a charge is set off by dashes, or an announced
signing names its signers by a pronoun. One told attending or speaking in a clause of a
signing sentence whose other clause signs with a subject of its own signs nothing
(``signers.guest_beside_signer``), also when the parser hangs a subject put after its
verb of attending on the signing verb (``signers._subjectless_attending_before``); a
back reference to the agreement reads its persons the same way (``subject_elsewhere``).
A nominative subject the parser hung on a charge set off by dashes is no charging person
(``signers._nominative_subject``). An announced signing's singular pronoun stands for the
one person of its gender named before it in the same sentence
(``signer_shapes.told_before_pronoun``), a plural pronoun that is its whole subject for the
people of the subject just before (``signer_shapes.announced_plural``), and a nominative
conjunct the parser hung on an oblique word after the subject and "и" joins the subject
(``signer_shapes._stray_subject_conjunct``). Negatives: one who attended and signed too,
a chief on whose charge a deputy signs, a plural pronoun with one person before it. Every
probe is written here, in words of its own."""

from __future__ import annotations

from typing import Any

import probes
import pytest

PUBLISHED = "2025-10-15"

SIGNED = ("Министерство труда Энской области и областной совет ветеранов заключили "
          "соглашение о сотрудничестве. ")

# (text, the signers of the one signed agreement); the first three fail on b48dev
ATTENDED = [
    # b48dev: Анна Петрова too (the parser hangs "министр" on "поставил")
    (SIGNED + "Во встрече приняла участие министр труда Энской области Анна Петрова, "
     "однако подпись за министерство поставил первый заместитель министра Олег "
     "Смирнов. Со стороны совета документ подписал председатель Иван "
     "Ковалёв.", ["Иван Ковалёв", "Олег Смирнов"]),
    # b48dev: Анна Петрова too
    (SIGNED + "В церемонии участвовала министр труда Энской области Анна Петрова, но "
     "документ от имени министерства подписал Олег Смирнов, первый заместитель министра. "
     "Со стороны совета документ подписал председатель Иван Ковалёв.",
     ["Иван Ковалёв", "Олег Смирнов"]),
    # b48dev: Анна Петрова too (a back reference read her as a signer)
    (SIGNED + "Срок действия документа составит три года. Министр труда Энской области "
     "Анна Петрова находится в командировке, поэтому документ за министерство "
     "подписал её заместитель Олег Смирнов. Со стороны совета документ подписал "
     "председатель Иван Ковалёв.", ["Иван Ковалёв", "Олег Смирнов"]),
    # guards, passing on b48dev too: she attended and signed
    (SIGNED + "Министр труда Энской области Анна Петрова приняла участие в заседании и "
     "подписала документ вместе с председателем совета Иваном Ковалёвым.",
     ["Анна Петрова", "Иван Ковалёв"]),
    (SIGNED + "Документ подписали министр труда Энской области Анна Петрова и председатель "
     "совета Иван Ковалёв.", ["Анна Петрова", "Иван Ковалёв"]),
]


@pytest.mark.parametrize(("text", "signers"), ATTENDED)
def test_a_guest_beside_a_signing_signs_nothing(models: Any, text: str,
                                                signers: list[str]) -> None:
    assert probes.signers_of(models, text, PUBLISHED) == [sorted(signers)]


# (text, signers, not signers)
CHARGES = [
    # b48dev: no Мария Лукина (the parser hangs "директор" on "поручению")
    ("Соглашение между министерством и АНО «Светлый путь» подписали заместитель министра "
     "социальной политики Энской области Антон Рыжов — по поручению министра — и директор "
     "АНО Мария Лукина.", {"Антон Рыжов", "Мария Лукина"}, set()),
    # guard, passing on b48dev too: the chief on whose charge the deputy signs
    ("По поручению министра социальной политики Энской области Олега Гаврилова соглашение "
     "с АНО «Светлый путь» подписал его заместитель Антон Рыжов.", {"Антон Рыжов"},
     {"Олег Гаврилов"}),
]


@pytest.mark.parametrize(("text", "signers", "not_signers"), CHARGES)
def test_a_charge_set_off_by_dashes(models: Any, text: str, signers: set[str],
                                    not_signers: set[str]) -> None:
    found = {n for group in probes.signers_of(models, text, PUBLISHED) for n in group}
    assert signers <= found
    assert not found & not_signers


PLANNED = ("Министерство труда Энской области и министерство социальной защиты Заозёрной "
           "области готовят соглашение о взаимодействии. Подписать его планируется "
           "20 мая. ")

# (text, the planned agreement's signers); the first two fail on b48dev
ANNOUNCED = [
    # b48dev: none
    (PLANNED + "Проект документа обсудили министр труда Энской области Олег Ремизов и "
     "министр социальной защиты Заозёрной области Дарья Волкова. Именно они и "
     "поставят свои подписи под соглашением.", ["Дарья Волкова", "Олег Ремизов"]),
    # b48dev: none (the parser hangs "глава" on the genitive "министра")
    ("В Энске подписано соглашение между городской администрацией и советом "
     "ветеранов. Работа на этом не закончится. 15 мая, во время визита в Энск министра "
     "социального развития Энской области Ольги Гусевой, она и глава города Пётр Шилов "
     "подпишут соглашение между администрацией города Энска и министерством социального "
     "развития Энской области о создании центра помощи семьям.",
     ["Ольга Гусева", "Пётр Шилов"]),
    # guard, passing on b48dev too: one person before the plural pronoun
    (PLANNED + "Проект документа обсудили на встрече с министром Олегом Ремизовым. Именно "
     "они и поставят свои подписи под соглашением.", []),
]


@pytest.mark.parametrize(("text", "signers"), ANNOUNCED)
def test_announced_signers_by_pronoun(models: Any, text: str, signers: list[str]) -> None:
    assert probes.signers_of(models, text, PUBLISHED, ("planned",)) == [sorted(signers)]


SIG48_FUNCTIONS = [("signers", "guest_beside_signer"),
                   ("signers", "_subjectless_attending_before"),
                   ("signers", "_signing_clause_verb"),
                   ("signers", "attending_verb"),
                   ("signers", "_nominative_subject"),
                   ("signers", "charging_person"),
                   ("signer_shapes", "told_before_pronoun"),
                   ("signer_shapes", "announced_plural"),
                   ("signer_shapes", "_stray_subject_conjunct")]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, SIG48_FUNCTIONS)
