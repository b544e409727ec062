"""signers71 (round 71 of issue 9, branch signers71): signers of signed and planned
agreements in three shapes read from the errors the code made on the even dev rounds
244-278 (the transfer split's tuning half), each read structurally:

- ``signer_shapes.our_signatures`` (in ``signature_put`` and ``_many_objects``) and
  ``signers.puts_signatures`` (in ``comitative_signer``): signatures in the plural that
  "мы" put under one paper sign as "подписали" does, so the quoted speaker and the partner
  named beside "мы" both sign ("«Мы с X поставили подписи под договором», — сказал Y");
- ``plan_signers.named_objects`` (in ``signing_subjects``; ``_own_paper`` skips a
  person's name): the names the parser hung as objects of a planned signing infinitive
  whose plan word has no subject are that subject ("Подписать его А.Котова и О.Лыков
  планируют в мае");
- ``signer_later.added_signature`` and ``_first_signature_record`` (in
  ``later_side_signers``): a signature counted after the first ("Вторую подпись
  поставила ...") or put "также" tells one more side's signer, of the record whose first
  signer the sentence before names.

Every probe is written here, in words of its own. On b71dev (``git archive b71dev src``)
the pages marked "fails on b71dev" below fail; the guards pass there too."""

from __future__ import annotations

import probes
import pytest

PUB = "2025-05-12"

_LEAD = ("Министерство социальной политики Энской области и благотворительный фонд "
         "«Опора» подписали соглашение о сотрудничестве. ")

# (id, text, the signed records' signers, each sorted, in the records' order)
SIGNED = [
    # fails on b71dev: the speaker missing (plural signatures read as several papers)
    ("we_put_signatures_first_name",
     _LEAD + "«Сегодня мы с Анной Сергеевной поставили подписи под документом, который "
     "поможет пожилым», — сказал министр социальной политики Энской области Иван "
     "Петрович Котов. Директор фонда «Опора» Анна Сергеевна Сомова поблагодарила "
     "министерство.",
     [["Анна Сергеевна Сомова", "Иван Петрович Котов"]]),
    # fails on b71dev: the partner beside "мы" missing
    ("we_put_signatures_full_name",
     _LEAD + "«Мы с Анной Сомовой поставили подписи под соглашением ещё утром», — "
     "рассказал министр социальной политики Энской области Иван Петрович Котов.",
     [["Анна Сомова", "Иван Петрович Котов"]]),
    # guard: signatures under three papers name no record's signer
    ("we_put_signatures_three_papers",
     "Министерство социальной политики Энской области подписало соглашения с фондом "
     "«Опора» и с обществом слепых. «Мы с коллегами поставили подписи под тремя "
     "документами», — рассказал министр социальной политики Энской области Иван "
     "Петрович Котов.",
     [[]]),
    # fails on b71dev: the second signature's signer missing
    ("second_signature_after_side",
     _LEAD + "От министерства соглашение подписал министр Иван Петрович Котов. Вторую "
     "подпись поставила директор фонда Анна Сергеевна Сомова.",
     [["Анна Сергеевна Сомова", "Иван Петрович Котов"]]),
    # fails on b71dev: a signature put "также"
    ("own_signature_also",
     _LEAD + "Документ подписал министр Иван Петрович Котов. Свою подпись под ним "
     "поставила также директор фонда Анна Сергеевна Сомова.",
     [["Анна Сергеевна Сомова", "Иван Петрович Котов"]]),
    # fails on b71dev: a third signature after a sentence of two signers
    ("third_signature_after_pair",
     "Министерство социальной политики Энской области, фонд «Опора» и Энский колледж "
     "подписали трёхстороннее соглашение о помощи пожилым. Со стороны министерства и "
     "фонда документ подписали министр Иван Петрович Котов и директор фонда Анна "
     "Сергеевна Сомова. Третью подпись поставил директор колледжа Пётр Ильич Гусев.",
     [["Анна Сергеевна Сомова", "Иван Петрович Котов", "Пётр Ильич Гусев"]]),
    # guard: a person walked past who signs nothing ends the walk
    ("second_signature_after_guest",
     _LEAD + "Губернатор Энской области Олег Лыков поблагодарил участников. Вторую "
     "подпись поставила директор фонда Анна Сергеевна Сомова.",
     [[]]),
    # guard: the first signature is no added one
    ("first_signature_not_added",
     _LEAD + "От министерства соглашение подписал министр Иван Петрович Котов. Первую "
     "подпись поставила директор фонда Анна Сергеевна Сомова.",
     [["Иван Петрович Котов"]]),
]


@pytest.mark.parametrize(("text", "expected"), probes.named_rows(SIGNED))
def test_signed_signers(models, text: str, expected: list[list[str]]) -> None:
    assert probes.signers_of(models, text, PUB, ("signed",)) == expected


_PLAN = ("Министр социальной политики Энской области Анна Петровна Котова и председатель "
         "фонда «Опора» Олег Иванович Сомов встретились в Энске. Стороны договорились о "
         "подготовке соглашения между министерством и фондом о помощи пожилым. ")

# (id, text, the planned records' signers, each sorted)
PLANNED = [
    # fails on b71dev: initials, the parser's objects of "подписать"
    ("initials_inverted_plan", _PLAN + "Подписать его А.Котова и О.Сомов планируют в марте.",
     [["Анна Петровна Котова", "Олег Иванович Сомов"]]),
    # fails on b71dev: bare surnames
    ("surnames_inverted_plan", _PLAN + "Подписать его Котова и Сомов планируют в марте.",
     [["Анна Петровна Котова", "Олег Иванович Сомов"]]),
    # fails on b71dev: spaced initials under "намерены"
    ("spaced_initials_intent",
     _PLAN + "Подписать его А. П. Котова и О. И. Сомов намерены в марте.",
     [["Анна Петровна Котова", "Олег Иванович Сомов"]]),
    # guard: a partner after "с" with a body for subject names no signer
    ("partner_with_body_subject",
     _PLAN + "Подписать его с О.Сомовым министерство планирует в марте.",
     [[]]),
    # guard: a body for subject, a bare name for object: the body signs, no person named
    ("name_object_with_body_subject",
     _PLAN + "Подписать его О.Сомов министерство планирует в марте.",
     [[]]),
]


@pytest.mark.parametrize(("text", "expected"), probes.named_rows(PLANNED))
def test_planned_signers(models, text: str, expected: list[list[str]]) -> None:
    assert probes.signers_of(models, text, PUB, ("planned",)) == expected


# (id, sentence, the verb's text, the signature noun's text, are they "мы"'s signatures
# under one paper)
OURS = [
    ("under_one_paper", "Вчера мы с ректором поставили подписи под договором.",
     "поставили", "подписи", True),
    # guards: papers in the plural, counted papers, no paper, a subject other than "мы"
    ("under_papers", "Вчера мы с ректором поставили подписи под договорами.",
     "поставили", "подписи", False),
    ("under_counted", "Вчера мы поставили подписи под 21 договором.",
     "поставили", "подписи", False),
    ("no_paper", "Вчера мы с ректором поставили подписи.", "поставили", "подписи", False),
    ("other_subject", "Вчера министр и ректор поставили подписи под договором.",
     "поставили", "подписи", False),
]


@pytest.mark.parametrize(("sentence", "verb", "noun", "expected"), probes.named_rows(OURS))
def test_our_signatures(models, sentence: str, verb: str, noun: str, expected: bool) -> None:
    from soccoop.extract.signer_shapes import our_signatures
    from soccoop.extract.syntax import ensure_parsed

    sent = ensure_parsed(models.analyse(sentence).sentences[0], models)
    k = next(i for i, t in enumerate(sent.tokens) if t.text == verb)
    c = next(i for i, t in enumerate(sent.tokens) if t.text == noun)
    assert our_signatures(sent, k, c) is expected


# (id, sentence, does it put an added signature)
ADDED = [
    ("second", "Вторую подпись поставил директор колледжа Иван Лыков.", True),
    ("also", "Свою подпись поставил также председатель общества Пётр Рябов.", True),
    # guards: the first signature, signatures in the plural, a signature to come
    ("first", "Первую подпись поставил директор колледжа Иван Лыков.", False),
    ("plural", "Подписи поставили также директор и ректор.", False),
    ("future", "Вторую подпись поставит директор колледжа Иван Лыков.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), probes.named_rows(ADDED))
def test_added_signature(models, sentence: str, expected: bool) -> None:
    from soccoop.extract.signer_later import added_signature
    from soccoop.extract.syntax import ensure_parsed

    sent = ensure_parsed(models.analyse(sentence).sentences[0], models)
    assert added_signature(sent) is expected


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, signer_shapes=("our_signatures",),
                                          signers=("puts_signatures",),
                                          plan_signers=("named_objects",),
                                          signer_later=("added_signature",
                                                        "_first_signature_record",
                                                        "later_side_sentence", "_story_record"))
