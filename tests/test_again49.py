"""again49 (round 49): agreements told again, pooled over the dev rounds; an agreement the
text calls former is the older agreement of the sides, never the one the page reports.

- an agreement noun carrying an adjective of a former agreement ("предыдущее",
  "прежнее") is mentioned whatever the tense of its verb, and so kept apart from the new
  agreement of the same sides, also on a page whose own date is not known
  (``agreements.former_told_signed``);
- the adjective right before the noun, of the noun's number and gender, calls it former
  whatever head the parser gave it ("Предыдущее соглашение управление и колледж
  заключили ...": the parser may hang it on "управление"; ``candidate_dates.called_former``,
  read by ``agreements._former``);
- a "документ" called former that was signed, told after an agreement, is the older
  agreement, as a base document is (``agreements.former_document_signed``);
- a walk over the sentences after an undated signing, looking for its day, ends at a
  sentence telling a former agreement or document (``candidate_dates.ends_signing_walk``),
  so the renewal does not take the year of the agreement it replaces.

The negatives keep each reading to its shape: an agreement called "это" or "новое", a
former word on another noun, a signing dated by the next sentence that tells no former
agreement.
Every probe is written here, in words of its own."""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.candidate_dates import called_former

PUB = "2023-06-15"
HEAD = ("Управление соцзащиты Озёрного края и Озёрный колледж сервиса обновили соглашение о "
        "сотрудничестве\n\n")
NEW = ("Управление социальной защиты населения Озёрного края и Озёрный колледж сервиса "
       "перезаключили соглашение о партнёрстве. Новый документ вчера подписали начальник "
       "управления Пётр Сергеевич Лебедев и директор колледжа Анна Викторовна Громова.\n\n")
PRACTICE = " За это время студенты прошли практику в домах престарелых."


def _records(models, text: str, published: str | None) -> list[tuple[str, str]]:
    return sorted((a.status, a.date or "") for a in probes.agreements_of(models, text,
                                                                          published))


@pytest.mark.parametrize(("case", "older", "published", "expected"), [
    # fail on b49dev ([("signed", "2020-05")]): with no page date the former agreement read
    # signed, joined the new one and gave it its year
    ("previous, no page date",
     "Предыдущее соглашение управление и колледж заключили в мае 2020 года сроком на три "
     "года.", None, [("mentioned", "2020-05"), ("signed", "")]),
    ("former document, no page date",
     "Прежний документ стороны подписали в мае 2020 года сроком на три года.", None,
     [("mentioned", "2020-05"), ("signed", "")]),
    # fails on b49dev ([("signed", "2023-06-14")]): "документ" called former was no agreement
    ("former document, page dated",
     "Прежний документ стороны подписали в мае 2020 года сроком на три года.", PUB,
     [("mentioned", "2020-05"), ("signed", "2023-06-14")]),
    # passes on b49dev too: the page's date sets the former year apart
    ("previous, page dated",
     "Предыдущее соглашение управление и колледж заключили в мае 2020 года сроком на три "
     "года.", PUB, [("mentioned", "2020-05"), ("signed", "2023-06-14")]),
    # negatives: the agreement reported, called "это" or told by its term
    ("this one", "Это соглашение стороны подписали на три года.", PUB,
     [("signed", "2023-06-14")]),
    ("the new one", "Новое соглашение стороны заключили сроком на три года.", PUB,
     [("signed", "2023-06-14")]),
    ("former order, not agreement",
     "Соглашение заменит прежний порядок приёма практикантов.", PUB,
     [("signed", "2023-06-14")]),
])
def test_former_agreement_told_apart(models, case: str, older: str, published: str | None,
                                     expected: list[tuple[str, str]]) -> None:
    text = HEAD + NEW + older + PRACTICE
    assert _records(models, text, published) == expected, case


SIGNED = ("Управление социальной защиты населения Озёрного края и Озёрный колледж сервиса "
          "подписали соглашение о сотрудничестве. ")


@pytest.mark.parametrize(("case", "after", "expected"), [
    # fails on b49dev ([("signed", "2019-05")]): the walk took the former agreement's month
    ("former next", "Прежнее соглашение стороны заключили в мае 2019 года, оно истекло "
     "весной.", [("mentioned", "2019-05"), ("signed", "")]),
    # passes on b49dev too: a year alone never dated a signing reported as news
    ("former next, a year", "Прежнее соглашение стороны заключили в 2019 году, оно истекло "
     "весной.", [("mentioned", "2019"), ("signed", "")]),
    # negative: a sentence dating the signing itself still dates it
    ("its own day", "Документ подписан 3 октября 2022 года в Озёрске.",
     [("signed", "2022-10-03")]),
])
def test_walk_for_the_day_ends_at_a_former_agreement(models, case: str, after: str,
                                                     expected: list[tuple[str, str]]) -> None:
    assert _records(models, HEAD + SIGNED + after, None) == expected, case


@pytest.mark.parametrize(("case", "text", "noun", "expected"), [
    # fails on b49dev (no such function; ``_former`` read the parser's head only, and the
    # parser hangs "Предыдущее" on "управление")
    ("hung on the next noun",
     "Предыдущее соглашение управление и колледж заключили в мае 2020 года.", "соглашение",
     True),
    ("its own adjective", "Стороны напомнили о прежнем соглашении между ними.", "соглашение",
     True),
    # negatives: no former word before the noun; one on another noun
    ("new", "Новое соглашение управление и колледж заключили в мае.", "соглашение", False),
    ("another noun", "Соглашение заменит прежний порядок работы.", "соглашение", False),
])
def test_called_former(models, case: str, text: str, noun: str, expected: bool) -> None:
    from soccoop.extract.syntax import ensure_parsed
    sent = ensure_parsed(models.analyse(text).sentences[0], models)
    k = next(i for i, t in enumerate(sent.tokens) if t.lemma == noun)
    assert called_former(sent, k) is expected, case


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, agreements=("former_told_signed",
                                                      "former_document_signed", "_former"),
                                          candidate_dates=("called_former", "ends_signing_walk"))
