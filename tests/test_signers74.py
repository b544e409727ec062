"""signers74 (round 74 of issue 9, branch signers74): two signers' readers of record
identity, a signing's signers kept from a record of the page they are not of.

- ``candidate_signers.holders_of_another_region``: a post told alone in a back reference
  ("Документ подписали губернатор области и генеральный директор компании") is not the
  page's one holder of that post when that holder's own region is known and is none of the
  regions the signing and its back reference name (he heads another region, and signed or
  spoke for it elsewhere on the page).
- ``candidate_signers.several_papers``: an agreement noun in the plural as the paper of its
  clause ("Соглашения … подписаны"), or the subject of a plural verb joined to no other
  noun (a headline's noun the tagger reads singular), tells several papers; so
  ``_distant_signers`` reads no signers for it: "Подписи под документом поставили X, Y и
  Z" further on is one of those papers', not the headline's record. (Read in
  ``_single_agreement`` for every caller, a first try merged the counted items of
  "подписаны сразу два соглашения"; it was narrowed.)

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
    # fails on b74dev: the plural headline took the three signers of the first paper
    # (a record the page tells with no signing verb of its own) beside the second's
    ("plural_headline",
     "Соглашения о помощи семьям подписаны в Твери\n\n"
     "Сегодня тверское министерство социальной защиты подписало в один день несколько "
     "документов со своими партнёрами по работе.\n\nПервым стало трёхстороннее соглашение "
     "министерства, регионального отделения Соцфонда и Тверского государственного "
     "университета о летней практике студентов. Подписи под документом поставили министр "
     "соцзащиты Анна Котова, управляющий отделением Олег Сомов и ректор университета "
     "Пётр Гусев."
     "\n\nВторым министерство заключило соглашение с АО «Заря» о резервировании вакансий "
     "для инвалидов. Со стороны предприятия документ подписал гендиректор Сергей Лыков.",
     [["лыков"]]),
    # guard: a singular headline keeps the signers of its one paper
    ("singular_headline",
     "Соглашение о помощи семьям подписано в Твери\n\n"
     "Министерство социальной защиты Тверской области и фонд «Опора» договорились "
     "помогать многодетным семьям. Подписи под документом поставили министр соцзащиты Анна "
     "Котова и директор фонда Олег Сомов.",
     [["котова", "сомов"]]),
]


@pytest.mark.parametrize(("text", "expected"), probes.named_rows(SIGNED))
def test_signed_signers(models, text: str, expected: list[list[str]]) -> None:
    assert probes.signer_surnames(models, text, ("signed",), published=PUB) == expected


# (id, sentence, the agreement noun's word, does it tell several papers); every row fails
# on b74dev at the import
SEVERAL = [
    ("plural_subject", "Соглашения о занятости подписаны вчера в Твери.", "Соглашения",
     True),
    ("plural_object", "Стороны подписали договоры о практике студентов.", "договоры", True),
    # guards: one noun, two joined nouns, a plural beside the paper told
    ("singular_subject", "Соглашение о занятости подписано вчера в Твери.", "Соглашение",
     False),
    ("two_joined_nouns", "Соглашение и меморандум подписаны вчера в Твери.", "Соглашение",
     False),
    ("singular_object_plural_verb", "Соглашение подписали министр и ректор.", "Соглашение",
     False),
    ("plural_in_another_role", "В рамках соглашений фонд помогает семьям.", "соглашений",
     False),
]


@pytest.mark.parametrize(("sentence", "word", "expected"), probes.named_rows(SEVERAL))
def test_several_papers(models, sentence: str, word: str, expected: bool) -> None:
    from soccoop.extract.candidate_signers import several_papers

    sent = probes.first_sentence(models, sentence)
    k = next(i for i, t in enumerate(sent.tokens) if t.text == word)
    assert several_papers(sent, k) is expected


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, candidate_signers=(
        "holders_of_another_region", "several_papers"))
