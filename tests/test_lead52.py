"""lead52 (round 52): the speaker a page's lead introduces signs a first-person signing.

An interview or a first-person piece names its speaker with a post in the lead ("О ...
рассказывает директор центра занятости Анна Котова") and then tells a signing in her
voice ("В мае мы подписали соглашение с заводом ..."): that official is a signer
(``signer_interview.lead_speaker``, used by ``candidate_signers._author_signer``). Guards:
a lead introducing two speakers, a signing told in the third person, and a quote of another
person give the introduced speaker no signing. Every probe is written here, in words of
its own."""

from __future__ import annotations

import probes
import pytest

PUB = "2025-05-20"
HEAD = "Городские новости\n\nМНЕНИЕ\n\n«Завод сам предложил нам рабочие места»\n\n"
LEAD = ("О том, как служба занятости ищет работу для молодых инвалидов, рассказывает "
        "директор центра занятости населения города Кирова Анна Сергеевна Котова.\n\n"
        "Ещё пять лет назад предприятия смотрели на нас как на проверяющих. Теперь всё "
        "иначе, и это видно по нашим договорённостям.\n\n")
LEAD_TWO = ("О том, как служба занятости ищет работу для молодых инвалидов, рассказывают "
            "директор центра занятости населения города Кирова Анна Сергеевна Котова и "
            "председатель областного общества инвалидов Павел Игоревич Рябов.\n\n"
            "Ещё пять лет назад предприятия смотрели на нас как на проверяющих.\n\n")
WE_SIGNED = ("3 апреля заключено соглашение с АО «Кировский станкозавод». Подписывали мы "
             "с генеральным директором завода Игорем Павловичем Сомовым прямо в цехе.")


@pytest.mark.parametrize(("case", "text", "expected"), [
    # fails before lead52 (no signer: the page has no author's header)
    ("we signed, the lead's speaker", HEAD + LEAD + WE_SIGNED, [["котова", "сомов"]]),
    ("I signed, the lead's speaker", HEAD + LEAD +
     "В апреле заключено соглашение с АО «Кировский станкозавод». С нашей стороны его "
     "подписывала я.", [["котова"]]),
])
def test_lead_speaker_signs(models, case: str, text: str, expected: list[list[str]]) -> None:
    assert probes.signer_surnames(models, text, published=PUB) == expected, case


@pytest.mark.parametrize(("case", "text", "not_signers"), [
    ("two speakers introduced", HEAD + LEAD_TWO + WE_SIGNED,
     {"Анна Сергеевна Котова", "Павел Игоревич Рябов"}),
    ("a signing in the third person", HEAD + LEAD +
     "3 апреля АО «Кировский станкозавод» подписало соглашение с областным фондом "
     "поддержки семьи.", {"Анна Сергеевна Котова"}),
    ("a quote of another person", HEAD + LEAD +
     "Генеральный директор завода Игорь Павлович Сомов доволен. «3 апреля мы подписали "
     "соглашение с АО «Кировский станкозавод» и с фондом», — говорит он.",
     {"Анна Сергеевна Котова"}),
])
def test_lead_speaker_guards(models, case: str, text: str, not_signers: set[str]) -> None:
    for row in probes.signers_of(models, text, PUB, ("signed",)):
        assert not set(row) & not_signers, case
