"""date49: agreement dates of signings told at an occasion, in our own words.

An ordinal that numbers an occasion's edition ("Пятая краевая конференция ... завершилась")
opens no item of a set, so the story of a signing dated by it goes on (``occasion_edition``,
read by ``story_signing_day``); a signing told as following an ordinal item ("Следом ...")
takes that item's day; a headline telling the page's signings at a named occasion dates an
undated signing of that occasion's story by the day the occasion was held or the visit made
(``named_occasion_day`` with ``_occasion_headline`` and ``_headline_occasion_day``).
Negatives guard each: an ordinal item's day for a later signing with no word of sequence, a
headline with no occasion, an occasion held over two days, another day told between.
"""

from __future__ import annotations

import probes
import pytest

PUB = "16.05.2025"  # a Friday: "накануне"/"вчера" is 15 May, "в среду" 14 May


def _dates(models, text: str, word: str) -> list[tuple[str, str | None]]:
    """The status and text date (None: the page's day stands in) of each record whose
    evidence holds ``word``."""
    return [(a.status, probes.text_date(a))
            for a in probes.agreements_of(models, text) if word in a.evidence.text]


# --- occasion_edition: an occasion's ordinal edition is no item of a set ---------------------

@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Пятая краевая конференция соцработников прошла в Зетске.", "Пятая", True),
    ("Третий окружной форум «Забота» завершился в пятницу.", "Третий", True),
    # negatives: an item of a set of documents
    ("Второе соглашение связало фонд и колледж.", "Второе", False),
    ("Первым стал документ о летнем отдыхе детей.", "Первым", False),
    ("Первый день форума завершился подписанием.", "Первый", False),
])
def test_occasion_edition(models, text: str, word: str, expected: bool) -> None:
    # fails on b49dev: ``occasion_edition`` is new
    from soccoop.extract.agreement_dates import occasion_edition
    from soccoop.extract.syntax import parse_documents
    analysis = models.analyse(text)
    parse_documents([analysis], models)
    toks = analysis.sentences[0].tokens
    n = next(i for i, t in enumerate(toks) if t.text == word)
    assert occasion_edition(toks, n) is expected


@pytest.mark.parametrize(("paragraph", "expected"), [
    # fails on b49dev: the edition's ordinal made the paragraph an item of a set
    ("Пятая краевая конференция социальных работников завершилась 15 мая в Зетске.", False),
    ("Третий окружной форум «Забота» прошёл 15 мая в Зетске.", False),
    # an item of a set stays one (right on both)
    ("Второе соглашение министерство подписало 15 мая с колледжем.", True),
    ("Первым 15 мая был подписан документ о летнем отдыхе детей.", True),
])
def test_told_in_ordinal_item(models, paragraph: str, expected: bool) -> None:
    from soccoop.extract.agreement_dates import _told_in_ordinal_item
    text = "Зетск-новости\n\n" + paragraph + "\n"
    stage, _ = probes.date_stage(models, text, "2025-05-16", [])
    day = next(d for d in stage.dates if d.value == "2025-05-15")
    assert _told_in_ordinal_item(stage, day.start) is expected


SEQUENCE = """Зетск-новости
Главная | Общество

{pub}

В Зетске подписали соглашения о помощи семьям

Первым 14 мая подписали соглашение министерство соцполитики Зетского края и фонд \
«Опора». Подписи под ним поставили министр Ольга Белова и \
председатель фонда Пётр Рыбин.

Фонд поддержит семьи, где растут дети-инвалиды. Министерство выделит помещение для \
консультаций. Волонтёры фонда пройдут обучение в ресурсном центре.

«Дружим много лет, а теперь и на бумаге», — сказал Пётр Рыбин.

{opening} министр Ольга Белова и директор колледжа «Зетский политех» Анна Смирнова \
подписали соглашение о практике студентов.
"""


@pytest.mark.parametrize(("opening", "expected"), [
    # fails on b49dev: an ordinal item's day dated that item only, out of sequence's reach
    ("Следом", ("signed", "2025-05-14")),
    ("Затем", ("signed", "2025-05-14")),
    # negative: no word of sequence, the item's day stays its own (page's day)
    ("Также", ("signed", None)),
])
def test_sequence_after_an_ordinal_item(models, opening: str,
                                        expected: tuple[str, str | None]) -> None:
    text = SEQUENCE.format(pub=PUB, opening=opening)
    assert _dates(models, text, "«Зетский политех»") == [expected]


# --- _headline_occasion_day: the page's signings at the occasion its headline names ----------

FORUM = """Зетск-новости
Главная | Общество

{headline}

{pub}

{held} в Зетске прошёл краевой форум «Забота». В нём участвовали пятьсот человек.

Вице-губернатор Иван Петров рассказал о работе мобильных бригад и пунктов проката. \
Участники обсудили долговременный уход и сопровождаемое проживание. На секциях говорили о \
занятости людей с инвалидностью. Волонтёры показали, как они помогают пожилым. Лучшим \
практикам года вручены награды.

{between}Под конец дня стороны по очереди поставили подписи под документами.

Министр социальной политики Зетского края Ольга Белова и председатель фонда «Опора» \
Пётр Рыбин подписали соглашение о помощи одиноким пенсионерам.

Затем соглашение о практике студентов подписали Ольга Белова и директор колледжа \
«Зетский политех» Анна Смирнова.
"""


COUNTED = "Два соглашения и одна отсрочка: на форуме «Забота» договорились о новых шагах"


@pytest.mark.parametrize(("case", "headline", "held", "between", "expected"), [
    # fails on b49dev (the page's day stands in for both: a headline with a plan word
    # in another clause, "договорились", is no count of signings there)
    ("counted", COUNTED, "14 мая", "", ("signed", "2025-05-14")),
    # fails on b49dev
    ("weekday", COUNTED, "В среду", "", ("signed", "2025-05-14")),
    # negatives: a headline naming no occasion; a range of days; another day between
    ("no-occasion", "Два соглашения и одна отсрочка: министерство подвело итоги недели",
     "14 мая", "", ("signed", None)),
    ("range", COUNTED, "13–14 мая", "", ("signed", None)),
    ("day-between", COUNTED, "14 мая",
     "15 мая министр осмотрела новый центр реабилитации.\n\n", ("signed", None)),
])
def test_headline_occasion_day(models, case: str, headline: str, held: str, between: str,
                               expected: tuple[str, str | None]) -> None:
    text = FORUM.format(pub=PUB, headline=headline, held=held, between=between)
    assert _dates(models, text, "«Опора»") == [expected]


VISIT = """Зетск-новости
Главная | Общество

Два соглашения заключены в ходе визита замминистра в Зетск

{pub}

{told} заместитель министра труда Иван Петров. Он осмотрел центр реабилитации и \
провёл совещание с руководителями служб.

В присутствии гостя подписаны сразу два документа.

• Соглашение между министерством социальной политики Зетского края и фондом «Опора» о \
помощи одиноким пенсионерам. Подписали министр Ольга Белова и председатель фонда Пётр Рыбин.

• Соглашение между министерством и колледжем «Зетский политех» о практике студентов. \
Подписали Ольга Белова и директор колледжа Анна Смирнова.
"""


@pytest.mark.parametrize(("told", "expected"), [
    # fails on b49dev: the page's day stood in
    ("Вчера в Зетск с рабочим визитом приехал", ("signed", "2025-05-15")),
    # negative: a visit still to come gives no day of a signing done
    ("В понедельник в Зетск с рабочим визитом приедет", ("signed", None)),
])
def test_visit_day_of_headline(models, told: str, expected: tuple[str, str | None]) -> None:
    text = VISIT.format(pub=PUB, told=told)
    assert _dates(models, text, "«Опора»") == [expected]


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, agreement_dates=("occasion_edition", "_occasion_headline",
                                                           "_tells_signings",
                                                           "_occasion_told_on_day",
                                                           "_headline_occasion",
                                                           "_headline_occasion_day",
                                                           "story_signing_day"))
