"""signers73 (round 73 of issue 9, branch signers73): round 72's ``signed_paper_subject``
brought back, narrowed by grammar, and one signer of a post's author widened.

- ``signers.signed_paper_subject`` (signers72, reverted at its merge): in a sentence whose
  every word of signing is a participle describing the paper, a person who is the subject
  of another verb speaks of a paper signed before and signs nothing there. Two narrowings:
  the participle is passive (``_attributive_signing``: an active participle, "подписавший
  документ министр", describes its agent, wherever the parser hangs it), and the subjects
  of an exchange of the signed copies ("обмениваются подписанными экземплярами",
  ``_exchanges_signed_copies``) are the signing's own people.
- ``signers._we_and_verb``: "мы" putting signatures ("Подписи под договором мы поставили
  вместе с директором фонда …", ``puts_signatures``) signs as "мы подписали" does, so a
  post's author and the partner named with "с" both sign (``we_with_partner``).

Every probe is written here, in words of its own. On b73dev (``git archive b73dev src``)
the rows marked "fails on b73dev" fail; the guards pass there too."""

from __future__ import annotations

import probes
import pytest
from test_signers72 import _LEAD, PUB  # the signers' page round 72 wrote for this rule

_POST = "Игорь Лыков | Губернатор Энской области\nканал · 12 000 подписчиков\n\n"

# (id, text, the signed records' signers, each as sorted surnames, in the records' order)
SIGNED = [
    # fails on b73dev: the governor who congratulated the sides on the signed paper
    ("congratulated_on_signed_paper",
     _LEAD + "Губернатор Игорь Лыков поздравил стороны с подписанным соглашением.",
     [["котова", "сомов"]]),
    # fails on b73dev: the post's author "мы поставили подписи" with the partner
    ("author_put_signatures_together",
     _POST + "Сегодня подписали соглашение между Правительством Энской области и "
     "благотворительным фондом «Опора» о помощи пожилым людям.\n\nСвои подписи под "
     "договором мы поставили вместе с председателем фонда Анной Петровной Котовой в зале "
     "областной думы.",
     [["котова", "лыков"]]),
    ("author_with_partner_put_signatures",
     _POST + "Сегодня Правительство Энской области подписало соглашение с "
     "благотворительным фондом «Опора» о помощи пожилым людям. С председателем фонда "
     "Анной Петровной Котовой мы вчера поставили подписи под договором в Энске.",
     [["котова", "лыков"]]),
    # guards: named signers of a post keep to themselves (the signers' own sentence is
    # test_signers72's row)
    ("post_names_other_signers",
     _POST + "Сегодня Правительство Энской области подписало соглашение с "
     "благотворительным фондом «Опора» о помощи пожилым людям. Договор от области "
     "подписал министр Пётр Гусев, от фонда — его председатель Анна Котова.",
     [["гусев", "котова"]]),
    # guard (round 72's merge broke it): an active participle before the post describes
    # the speaker as the signer
    ("active_participle_before_post",
     "Договор о взаимодействии министерства труда Энской области и министерства "
     "социальной защиты Тьмутараканского края подписан в Энске. «Людям "
     "нужна помощь рядом с домом», — сказал подписавший документ министр социальной "
     "защиты Тьмутараканского края Пётр Гусев.",
     [["гусев"]]),
]


@pytest.mark.parametrize(("text", "expected"), probes.named_rows(SIGNED))
def test_signed_signers(models, text: str, expected: list[list[str]]) -> None:
    assert probes.signer_surnames(models, text, ("signed",), published=PUB) == expected


# (id, sentence, the person's name in it, is that person the subject of another verb
# beside a signed paper); every row fails on b73dev at the import; the rows test_signers72
# already asks ("called", the signing verb, the participle's agent) are asked there only
SUBJECTS = [
    ("praised_passive", "Губернатор Пётр Гусев похвалил подписанный вчера договор.",
     "Пётр Гусев", True),
    # guards: an active participle hung on the paper describes its agent
    ("active_participle_on_paper",
     "— Это важный шаг, — отметил подписавший документ директор фонда Олег Сомов.",
     "Олег Сомов", False),
    ("active_participle_after_name",
     "Директор фонда Олег Сомов, подписавший договор от имени фонда, обещал помочь.",
     "Олег Сомов", False),
    # guards: the exchange of signed copies is the signing's own scene
    ("exchange_signed_copies",
     "Министр Анна Котова и директор Олег Сомов обмениваются подписанными экземплярами.",
     "Анна Котова", False),
    ("exchanged_signed_copies",
     "Затем министр Анна Котова и директор фонда Олег Сомов обменялись подписанными "
     "экземплярами договора.", "Олег Сомов", False),
    # an exchange of other things beside a signed paper is no signing scene
    ("exchanged_opinions",
     "Министр Анна Котова и директор Олег Сомов обменялись мнениями о подписанном "
     "соглашении.", "Анна Котова", True),
    ("exchanged_gifts_after",
     "Губернатор Пётр Гусев и министр Анна Котова обменялись подарками после подписанного "
     "соглашения.", "Пётр Гусев", True),
]


@pytest.mark.parametrize(("sentence", "name", "expected"), probes.named_rows(SUBJECTS))
def test_signed_paper_subject(models, sentence: str, name: str, expected: bool) -> None:
    from soccoop.extract.signers import signed_paper_subject

    assert signed_paper_subject(*probes.written_span(models, sentence, name)) is expected


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(
        __file__,
        signers=(
            "signed_paper_subject", "_attributive_signing", "_exchanges_signed_copies",
            "_we_and_verb",
        ),
    )
