"""fix78: a bare place noun ("регион", "область", "республика") that signs a likened or
earlier agreement stands for a region of the agreement told before only when one region
fits (``agreement_sides.place_noun_referent``): the only region of the noun's kind
(``place_of_kind``), or, of two or more, the one not named as a partner
(``partner_phrase``). When the regions before signed alike and no speaker tells which
(``_speakers_region``), the noun gives no side: the mention keeps the partners it names.

Every sentence here is invented for these tests; the negatives show where the noun still
names its region.
"""

from __future__ import annotations

import probes
import pytest

from soccoop.extract import agreement_sides

PUB = "2025-12-26"


def regions_of(models, text):
    """(status, date, sorted region codes) of each agreement the text gives."""
    return probes.agreement_records(models, text, PUB, "status", "date_or_empty", "regions")


# --- positives: the regions before signed alike, nothing tells which is meant -----------

# (id, text, the regions of the agreement told first, the partners of the later one)
ALIKE = [
    ("two regions, plural likened",
     "Омская и Томская области подписали соглашение о сотрудничестве. Ранее подобные "
     "соглашения регион заключил с Алтайским краем и Новосибирской областью.",
     {"RU-OMS", "RU-TOM"}, {"RU-ALT", "RU-NVS"}),
    ("two governments, область",
     "Правительство Пензенской области и Правительство Саратовской области подписали "
     "соглашение о взаимодействии. В прошлом году область подписала аналогичный документ "
     "с Ульяновской областью.",
     {"RU-PNZ", "RU-SAR"}, {"RU-ULY"}),
    ("between two republics, республика",
     "Соглашение между Чувашской Республикой и Республикой Марий Эл подписано в "
     "Чебоксарах. Ранее республика заключила такое же соглашение с Татарстаном.",
     {"RU-CU", "RU-ME"}, {"RU-TA"}),
    ("two ministries, регион",
     "Министерство социальной защиты Тамбовской области и министерство труда Пензенской "
     "области подписали соглашение о сотрудничестве. Прежде регион подписал подобный "
     "документ с Рязанской областью.",
     {"RU-TAM", "RU-PNZ"}, {"RU-RYA"}),
    ("край and республика, регион",
     "Пермский край и Удмуртская Республика подписали соглашение о сотрудничестве. Ранее "
     "регион заключил подобное соглашение с Кировской областью.",
     {"RU-PER", "RU-UD"}, {"RU-KIR"}),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,first,partners", [r[1:] for r in ALIKE],
                         ids=[r[0] for r in ALIKE])
def test_alike_regions_give_the_bare_noun_no_side(models, text, first, partners):
    got = regions_of(models, text)
    later = [set(r) for _, _, r in got if set(r) != first]
    assert partners <= {c for r in later for c in r}  # the partners are still read
    assert not [r for r in later if r & first]  # neither region is guessed for the noun


# --- the noun's kind tells which region it is --------------------------------------------

@pytest.mark.slow
def test_republic_is_the_only_republic_before(models):
    # "республика" after an область and a республика signed alike: the республика
    text = ("Курская область и Республика Мордовия подписали соглашение о социальном "
            "партнёрстве. Подобные соглашения республика подписала в 2023 году с "
            "Орловской и Липецкой областями.")
    got = [r for _, _, r in regions_of(models, text)]
    assert ["RU-MO", "RU-ORL"] in got
    assert ["RU-LIP", "RU-MO"] in got
    assert not [r for r in got if "RU-KRS" in r and r != ["RU-KRS", "RU-MO"]]


# --- negatives: one region fits, the noun still names it ---------------------------------

# (id, text, the later agreement's regions that must be found)
ONE_FITS = [
    ("the other region is the partner after с",
     "Тверская область подписала соглашение о сотрудничестве с Псковской областью. Ранее "
     "регион заключил подобное соглашение со Смоленской областью.",
     ["RU-SMO", "RU-TVE"]),
    ("partner fronted, subject after the verb",
     "Соглашение с Псковской областью подписала Тверская область. Ранее регион заключил "
     "подобное соглашение со Смоленской областью.",
     ["RU-SMO", "RU-TVE"]),
    ("the only region before",
     "Социальный фонд России подписал соглашение с Ярославской областью. Ранее область "
     "заключила подобное соглашение с Костромской областью.",
     ["RU-KOS", "RU-YAR"]),
    ("the only край before",
     "Пермский край и Удмуртская Республика подписали соглашение о сотрудничестве. Ранее "
     "край заключил подобное соглашение с Кировской областью.",
     ["RU-KIR", "RU-PER"]),
    ("one signer, two partners before",
     "Белгородская область подписала соглашение о сотрудничестве с Курской и Воронежской "
     "областями. В прошлом году регион подписал такое же соглашение с Липецкой областью.",
     ["RU-BEL", "RU-LIP"]),
    ("a speaker's region",
     "Омская и Томская области подписали соглашение о сотрудничестве. Губернатор Омской "
     "области Иван Сомов напомнил, что ранее регион заключил подобные соглашения с "
     "Алтайским краем и Новосибирской областью.",
     ["RU-ALT", "RU-OMS"]),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,later", [r[1:] for r in ONE_FITS],
                         ids=[r[0] for r in ONE_FITS])
def test_one_fitting_region_is_the_side(models, text, later):
    assert later in [r for _, _, r in regions_of(models, text)]


# --- place_of_kind ---------------------------------------------------------------------------

# (noun lemma, region name, may the noun name it?)
KINDS = [
    ("регион", "Курская область", True),
    ("субъект", "Республика Мордовия", True),
    ("республика", "Чувашская Республика — Чувашия", True),
    ("республика", "Республика Марий Эл", True),
    ("область", "Курская область", True),
    ("край", "Пермский край", True),
    ("округ", "Ханты-Мансийский автономный округ — Югра", True),
    ("республика", "Курская область", False),
    ("область", "Пермский край", False),
    ("край", "Удмуртская Республика", False),
    ("область", "", False),
]


@pytest.mark.parametrize("noun,name,fits", KINDS)
def test_place_of_kind(noun, name, fits):
    assert agreement_sides.place_of_kind(noun, name) is fits


def test_docstrings_quote_no_dev_text():
    probes.check_docstrings_invented(
        agreement_sides=("place_noun_referent", "place_of_kind", "partner_phrase"),
    )
