"""Signatories of sigpool97, probes written for this file (not copied from any round).

* A signer told by post only in a signing sentence that stands before the sentence its
  record was read from ("Министр ... и директор АО «Вега» подписали соглашение. ...
  Стороны соглашения — ...") is the official the page names with that post in a side
  (``signer_posts.post_only_signers``, ``_scan_order``).
* A past signing's bare post ("С председателем общества Петром Гусевым министр подписала
  соглашение"), on a record of one side or of a mentioned signing, is the one person the
  whole page names with that post, whatever body (``signer_posts.sole_post_holder``); a
  post two people hold gives no one.
* A signed umbrella record of a plural signing ("Министр подписала соглашения с A, B и
  C") beside two-sided records of the same day for some partners gives those partners up,
  with their signers (``signer_umbrella.umbrella_partners``).
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

_BEFORE = ("Министр труда Вологодской области и генеральный директор АО «Северная верфь» "
           "подписали соглашение о наставничестве. Наставников обучат к осени.\n\n"
           "Стороны соглашения — Министерство труда Вологодской области и АО «Северная "
           "верфь». Верфь обещает каждый год брать на работу двадцать выпускников "
           "колледжей.\n\n"
           "Генеральный директор АО «Северная верфь» Олег Седов рассказал, что наставников "
           "уже выбрали в каждом цехе.\n")

_SOLE = ("{lead}В зале областного министерства прошла встреча с общественными "
         "организациями.\n\n"
         "С председателем областного общества глухих Петром Гусевым министр подписала "
         "соглашение о курсах жестового языка для соцработников. Соглашение позволит "
         "обществу вести занятия в каждом районе.\n")
_ONE_MINISTER = ("Министр социальной защиты Костромской области Анна Котова рассказала о "
                 "новых формах помощи семьям. ")
_TWO_MINISTERS = ("Министр социальной защиты Костромской области Анна Котова и министр "
                  "здравоохранения Костромской области Ирина Белова рассказали о новых "
                  "формах помощи семьям. ")


def _signers(models: Any, text: str) -> list[list[str]]:
    """The surnames of each record's signers, every status together."""
    return sorted(s for rows in probes.surnames_by_status(models, text).values()
                  for s in rows)


# (id, text, a signer list some record must have, a surname no record may have)
ROWS = [
    ("a post-only signing sentence before the record's own", _BEFORE, ["седов"], None),
    ("a past signing's bare post is its sole holder on the page",
     _SOLE.format(lead=_ONE_MINISTER), ["гусев", "котова"], None),
    # negatives
    ("two ministers named: the bare post is no one",
     _SOLE.format(lead=_TWO_MINISTERS), ["гусев"], "котова"),
    ("a deputy minister does not hold the post",
     _SOLE.format(lead=_ONE_MINISTER.replace("Министр", "Заместитель министра")),
     ["гусев"], "котова"),
]


@pytest.mark.parametrize(("text", "signers", "absent"), probes.named_rows(ROWS))
def test_signers(models: Any, text: str, signers: list[str], absent: str | None) -> None:
    found = _signers(models, text)
    assert signers in found
    assert absent is None or not any(absent in s for s in found)


# (id, the record's sentence, the told sentences, the sentence count, the order read)
ORDERS = [
    ("after first, then before", 3, {3}, 8, [3, 4, 5, 6, 2, 1]),
    ("another record's sentence ends the reach both ways", 3, {1, 3, 5}, 8, [3, 4, 2]),
    ("the page's first sentence", 0, {0}, 2, [0, 1]),
]


@pytest.mark.parametrize(("n", "told", "total", "expected"), probes.named_rows(ORDERS))
def test_scan_order(n: int, told: set[int], total: int, expected: list[int]) -> None:
    from soccoop.extract.signer_posts import _scan_order

    assert _scan_order(n, told, total) == expected


def _official(name: str, position: str, organization: str, start: int) -> Any:
    from soccoop.models import Evidence, Official

    return Official(name, position, organization, None, Evidence(name, start, start + 10))


# (id, officials as (name, position, body, offset), bodies of the record's signers, holder)
HOLDERS = [
    ("one minister on the page", [("Анна Котова", "министр социальной защиты",
                                   "Министерство социальной защиты", 0)], [], "Анна Котова"),
    ("one minister named twice", [("Анна Котова", "министр", "Министерство", 0),
                                  ("А. Котова", "министр", "Министерство", 50)], [],
     "Анна Котова"),
    # negatives
    ("two ministers", [("Анна Котова", "министр", "Министерство социальной защиты", 0),
                       ("Ирина Белова", "министр", "Министерство здравоохранения", 50)],
     [], None),
    ("a deputy minister", [("Анна Котова", "заместитель министра", "Министерство", 0)],
     [], None),
    ("named inside the signing sentence", [("Анна Котова", "министр", "Министерство", 120)],
     [], None),
    ("her body has its signer", [("Анна Котова", "министр", "Министерство труда", 0)],
     ["Министерство труда"], None),
]


@pytest.mark.parametrize(("officials", "bodies", "expected"), probes.named_rows(HOLDERS))
def test_sole_post_holder(officials: list[tuple[str, str, str, int]], bodies: list[str],
                          expected: str | None) -> None:
    from soccoop.extract.nlp import Sentence
    from soccoop.extract.signer_posts import sole_post_holder

    sent = Sentence(100, 129, "Министр подписала соглашение.", [])
    found = sole_post_holder([_official(*o) for o in officials], "министр", sent, bodies)
    assert found == expected


_TVER = "Министерство социальной защиты Тверской области"
_PSKOV = "Министерство социальной защиты Псковской области"
_UNI = "Тверской государственный университет"
_FUND = "Фонд «Тёплый дом»"
_PEOPLE = [("Анна Котова", "министр", _TVER, 0), ("Олег Белов", "министр", _PSKOV, 60),
           ("Пётр Гусев", "ректор", _UNI, 120), ("Ирина Сомова", "директор", _FUND, 180)]
_ALL = ["Анна Котова", "Олег Белов", "Пётр Гусев", "Ирина Сомова"]


def _record(status: str, date: str, sides: list[str], signers: list[str]) -> Any:
    from soccoop.models import Agreement, Evidence, Party

    return Agreement("Соглашение", status, date, [Party(x, None) for x in sides],
                     list(signers), [], Evidence("Соглашение", 0, 10))


# (id, records as (status, date, sides, signers), each record's sides and signers after)
UMBRELLAS = [
    ("the umbrella gives up the partners with records of their own",
     [("signed", "2025-05-12", [_TVER, _PSKOV, _UNI, _FUND], _ALL),
      ("signed", "2025-05-12", [_TVER, _UNI], ["Анна Котова", "Пётр Гусев"]),
      ("signed", "2025-05-12", [_TVER, _FUND], [])],
     [([_TVER, _PSKOV], ["Анна Котова", "Олег Белов"]),
      ([_TVER, _UNI], ["Анна Котова", "Пётр Гусев"]),
      ([_TVER, _FUND], ["Анна Котова", "Ирина Сомова"])]),
    # negatives
    ("every partner has its own record: the umbrella is a record of its own",
     [("signed", "2025-05-12", [_TVER, _UNI, _FUND], _ALL[:1] + _ALL[2:]),
      ("signed", "2025-05-12", [_TVER, _UNI], ["Анна Котова", "Пётр Гусев"]),
      ("signed", "2025-05-12", [_TVER, _FUND], ["Анна Котова", "Ирина Сомова"])],
     [([_TVER, _UNI, _FUND], ["Анна Котова", "Пётр Гусев", "Ирина Сомова"]),
      ([_TVER, _UNI], ["Анна Котова", "Пётр Гусев"]),
      ([_TVER, _FUND], ["Анна Котова", "Ирина Сомова"])]),
    ("a partner's record of another day",
     [("signed", "2025-05-12", [_TVER, _PSKOV, _FUND], _ALL),
      ("signed", "2024-03-01", [_TVER, _FUND], [])],
     [([_TVER, _PSKOV, _FUND], _ALL), ([_TVER, _FUND], [])]),
    ("an umbrella of a mentioned signing",
     [("mentioned", "2020", [_TVER, _PSKOV, _FUND], _ALL),
      ("mentioned", "2020", [_TVER, _FUND], [])],
     [([_TVER, _PSKOV, _FUND], _ALL), ([_TVER, _FUND], [])]),
]


@pytest.mark.parametrize(("records", "expected"), probes.named_rows(UMBRELLAS))
def test_umbrella_partners(models: Any, records: list[tuple[str, str, list[str], list[str]]],
                           expected: list[tuple[list[str], list[str]]]) -> None:
    from soccoop.extract.signer_umbrella import umbrella_partners

    agreements = [_record(*r) for r in records]
    umbrella_partners(agreements, [_official(*o) for o in _PEOPLE], models)
    assert [([p.name for p in a.parties], a.signatories) for a in agreements] == expected


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, signer_posts=("post_only_signers", "sole_post_holder",
                                                        "_scan_order", "_names_only_signers"),
                                          signer_umbrella=("own_partner_records",
                                                           "umbrella_partners"))
