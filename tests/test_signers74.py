"""signers74 (round 74 of issue 9, branch signers74): one signers' reader of record
identity, a signing's signers kept from a record of the page they are not of.

- ``candidate_signers.holders_of_another_region``: a post told alone in a back reference
  ("Документ подписали губернатор области и генеральный директор компании") is not the
  page's one holder of that post when that holder's own region is known and is none of the
  regions the signing and its back reference name (he heads another region, and signed or
  spoke for it elsewhere on the page).

A second read, ``several_papers`` (a plural agreement noun as its clause's paper lends no
later "документ"'s signers to its record), was measured and taken out: it fails the
round284 signatories floor (``soccoop eval`` counts signers per document, and the three
signers it took off a wrong record are the missed record's).

Every probe is written here, in words of its own. On b74dev (``git archive b74dev src``)
the rows marked "fails on b74dev" fail; the guards pass there too."""

from __future__ import annotations

import probes
import pytest

PUB = "2025-06-16"

# (id, text, the signed records' signers, each as sorted surnames, in the records' order)
SIGNED = [
    # fails on b74dev: the page's one governor (of another region) read for "губернатор
    # области" of the second signing, and the chairwoman of the first record's fund with him
    ("post_of_another_region",
     "Администрация Псковской области и фонд «Опора» заключили договор о заботе о "
     "ветеранах. Договор скрепили подписями губернатор Псковской области Игорь Лыков и "
     "председатель фонда Анна Котова. Церемонию посетили депутаты областного собрания."
     "\n\nПравительство Тверской области и АО «Заря» подписали соглашение о найме "
     "инвалидов на работу. Предприятие откроет тридцать новых вакансий. Документ подписали "
     "губернатор области и генеральный директор общества.",
     [["котова", "лыков"], []]),
    # guard: the page's one governor is of the signing's own region
    ("post_of_the_same_region",
     "Губернатор Тверской области Игорь Лыков встретился с предпринимателями.\n\n"
     "Правительство Тверской области и АО «Заря» подписали соглашение о найме инвалидов на "
     "работу. Предприятие откроет тридцать новых вакансий. Документ подписал губернатор "
     "области.",
     [["лыков"]]),
]


@pytest.mark.parametrize(("text", "expected"), probes.named_rows(SIGNED))
def test_signed_signers(models, text: str, expected: list[list[str]]) -> None:
    assert probes.signer_surnames(models, text, ("signed",), published=PUB) == expected


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, candidate_signers=("holders_of_another_region",))
