"""records72 (round 72 of issue 9, branch records72): which records a page holds, read from
the errors the code made on the odd dev rounds 245–283 (blind start and b72).

One structural cause, seen in several layouts: a body's signing of agreements in the plural
with several partners, each partner signing for its own side, came out as one record holding
every partner and every signer whenever the partners were told in a layout no list reader
takes (a bulleted list of participants, adjectives coordinated under one noun, a count and a
colon). ``signer_bodies.partners_signed_apart`` reads the record itself, whatever reader made
it: the agreements named in the plural or counted, the first signer's body the shared side,
each later signer's body one partner, every side held by one signer; it gives one record
per partner.

Every probe is written here, in words of its own. On b72dev: ``PAGES``'s rows "listed" and
"counted_two" give one merged record, and ``signer_bodies`` has no
``partners_signed_apart`` (``SPLIT`` and ``PLURAL`` fail at import); the guards hold on both.
"""

from __future__ import annotations

import probes
import pytest

from soccoop.models import Agreement, Evidence, Official, Party

PUBLISHED = "2025-04-10"

# (id, text, the signed records as sorted (partner's signer, shared signer) pairs)
PAGES = [
    ("listed", "В администрации города Пскова подписаны меморандумы о поддержке пожилых "
               "горожан.\nУчастниками меморандумов стали:\n- Псковское общество ветеранов;\n"
               "- АНО «Тёплый дом».\nМеморандумы подписали глава города Пскова Елена "
               "Ромашова, председатель Псковского общества ветеранов Николай Громов и "
               "директор АНО «Тёплый дом» Вера Соколова.",
     [["Елена Ромашова", "Вера Соколова"], ["Елена Ромашова", "Николай Громов"]]),
    ("counted_two", "Министр социальной политики Курской области Ольга Зубова подписала два "
                    "соглашения: с фондом «Милосердие» и с АНО «Забота о ближнем». Со стороны "
                    "партнёров документы подписали председатель фонда «Милосердие» Инна "
                    "Лаптева и директор АНО «Забота о ближнем» Роман Фокин.",
     [["Ольга Зубова", "Инна Лаптева"], ["Ольга Зубова", "Роман Фокин"]]),
    ("districts", "Министр труда Орловской области Олег Лыков подписал соглашения о "
                  "совместной работе с администрациями Болховского, Мценского и Ливенского "
                  "районов. Со стороны районов документы подписали глава администрации "
                  "Болховского района Иван Сомов, глава администрации Мценского района Павел "
                  "Репин и глава администрации Ливенского района Юрий Крылов.",
     [["Олег Лыков", "Иван Сомов"], ["Олег Лыков", "Павел Репин"],
      ["Олег Лыков", "Юрий Крылов"]]),
    # guards: one three-sided document, one document signed by three, stay whole
    ("tripartite", "Министр труда Псковской области Анна Котова, директор фонда «Опора» Олег "
                   "Лыков и председатель общества «Исток» Ирина Зуева подписали трёхстороннее "
                   "соглашение о помощи семьям.",
     [["Анна Котова", "Ирина Зуева", "Олег Лыков"]]),
]


def _signer_sets(records: list[Agreement]) -> list[list[str]]:
    return sorted(sorted(a.signatories) for a in records if a.status == "signed")


@pytest.mark.parametrize(("text", "expected"), probes.named_rows(PAGES))
def test_partners_signed_apart_records(models, text: str, expected: list[list[str]]) -> None:
    records = probes.agreements_of(models, text, PUBLISHED)
    assert _signer_sets(records) == sorted(sorted(x) for x in expected)


# (id, sentence, is it a signing of agreements in the plural)
PLURAL = [
    ("plural_object", "Министр подписал соглашения с тремя фондами.", True),
    ("counted", "Министр подписал три соглашения с фондами.", True),
    ("genitive_plural", "В мэрии прошло подписание меморандумов с фондами.", True),
    # guards: one document; the act's noun; a three-sided document
    ("one", "Министр подписал соглашение с тремя фондами.", False),
    ("act_only", "В мэрии прошло подписание с фондами.", False),
    ("tripartite", "Стороны подписали трёхсторонние соглашения о помощи.", False),
]


@pytest.mark.parametrize(("text", "plural"), probes.named_rows(PLURAL))
def test_plural_signing(models, text: str, plural: bool) -> None:
    from soccoop.extract.signer_bodies import _plural_signing
    assert _plural_signing(probes.first_sentence(models, text)) is plural


def _official(name: str, body: str | None) -> Official:
    return Official(name=name, position="директор", organization=body, region=None,
                    evidence=Evidence(text=name, start=0, end=len(name)))


SENTENCE = "Министр Анна Котова подписала соглашения с фондами «Опора» и «Исток»."
MINISTRY = "Министерство труда Псковской области"
OPORA = "Фонд «Опора»"
ISTOK = "Фонд «Исток»"

# (id, sides, signers with their bodies, expected records as (sides, signers))
SPLIT = [
    ("shared_side_kept", [MINISTRY, OPORA, ISTOK],
     [("Анна Котова", MINISTRY), ("Олег Лыков", OPORA), ("Ирина Зуева", ISTOK)],
     [([MINISTRY, OPORA], ["Анна Котова", "Олег Лыков"]),
      ([MINISTRY, ISTOK], ["Анна Котова", "Ирина Зуева"])]),
    ("shared_side_from_post", [OPORA, ISTOK],
     [("Анна Котова", MINISTRY), ("Олег Лыков", OPORA), ("Ирина Зуева", ISTOK)],
     [([MINISTRY, OPORA], ["Анна Котова", "Олег Лыков"]),
      ([MINISTRY, ISTOK], ["Анна Котова", "Ирина Зуева"])]),
    # guards: a signer of no body; two signers of one partner; a side no signer holds
    ("unknown_body", [MINISTRY, OPORA, ISTOK],
     [("Анна Котова", MINISTRY), ("Олег Лыков", None), ("Ирина Зуева", ISTOK)], None),
    ("two_of_one", [MINISTRY, OPORA, ISTOK],
     [("Анна Котова", MINISTRY), ("Олег Лыков", OPORA), ("Ирина Зуева", OPORA)], None),
    ("side_left", [MINISTRY, OPORA, ISTOK, "Фонд «Рассвет»"],
     [("Анна Котова", MINISTRY), ("Олег Лыков", OPORA), ("Ирина Зуева", ISTOK)], None),
    # guard: the plural sentence names none of the record's signers (a page's summary)
    ("summary_sentence", [MINISTRY, OPORA, ISTOK],
     [("Вера Громова", MINISTRY), ("Олег Лыков", OPORA), ("Ирина Зуева", ISTOK)], None),
]


@pytest.mark.parametrize(("sides", "signers", "expected"), probes.named_rows(SPLIT))
def test_split_by_partner(models, sides: list[str], signers: list[tuple[str, str | None]],
                          expected: list[tuple[list[str], list[str]]] | None) -> None:
    from soccoop.extract.signer_bodies import partners_signed_apart
    analysis = probes.parsed_analysis(models, SENTENCE)
    a = Agreement(title="", status="signed", date=None, parties=[Party(s) for s in sides],
                  signatories=[n for n, _ in signers], regions=[],
                  evidence=Evidence(text=SENTENCE, start=0, end=len(SENTENCE)))
    officials = [_official(n, b) for n, b in signers]
    out = partners_signed_apart([a], officials, analysis.sentences)
    if expected is None:
        assert out == [a]
        return
    assert [([p.name for p in r.parties], r.signatories) for r in out] == expected
    assert len({r.id for r in out}) == len(out)


def _signed(sides: list[str], signers: list[str]) -> Agreement:
    return Agreement(title="", status="signed", date=None, parties=[Party(s) for s in sides],
                     signatories=signers, regions=[],
                     evidence=Evidence(text=SENTENCE, start=0, end=len(SENTENCE)))


def test_partner_of_another_pair_leaves_the_split(models) -> None:
    """A partner that is a side of another signed pair of the page, without the shared
    side, was pulled in from that pair: the record keeps the shared side's own partner."""
    from soccoop.extract.signer_bodies import partners_signed_apart
    analysis = probes.parsed_analysis(models, SENTENCE)
    a = _signed([MINISTRY, OPORA, ISTOK], ["Анна Котова", "Олег Лыков", "Ирина Зуева"])
    other = _signed([ISTOK, "Клуб «Волна»"], ["Ирина Зуева", "Пётр Гусев"])
    officials = [_official("Анна Котова", MINISTRY), _official("Олег Лыков", OPORA),
                 _official("Ирина Зуева", ISTOK)]
    out = partners_signed_apart([a, other], officials, analysis.sentences)
    assert [[p.name for p in r.parties] for r in out] == [[MINISTRY, OPORA],
                                                          [ISTOK, "Клуб «Волна»"]]


def test_summary_of_records_told_apart_stays(models) -> None:
    """Guard: the shared signer already signs as many records of the page as the summary
    has partners; the summary is left as it was (no second copy of each agreement)."""
    from soccoop.extract.signer_bodies import partners_signed_apart
    analysis = probes.parsed_analysis(models, SENTENCE)
    a = _signed([MINISTRY, OPORA, ISTOK], ["Анна Котова", "Олег Лыков", "Ирина Зуева"])
    # signed by the shared signer with others than the summary's partners' signers, so that
    # only the count of records she signs (``_told_apart``) can keep the summary whole
    told = [_signed([MINISTRY, "Фонд «Опора» Псковской области"], ["Анна Котова", "Пётр Гусев"]),
            _signed([MINISTRY, "Фонд «Исток» Псковской области"], ["Анна Котова", "Вера Громова"])]
    officials = [_official("Анна Котова", MINISTRY), _official("Олег Лыков", OPORA),
                 _official("Ирина Зуева", ISTOK)]
    assert partners_signed_apart([*told, a], officials, analysis.sentences) == [*told, a]


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(
        __file__,
        signer_bodies=(
            "partners_signed_apart", "_plural_signing", "_other_pair", "_told_apart",
            "_signed_together",
        ),
    )
