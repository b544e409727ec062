"""hist86: an agreement's history and the status of each stage. Four small rules:

- a signing's day whose year the parser hangs on a term's boundary noun ("подписано 3
  февраля 2020 года и действовало до конца 2027 года") is still the signing's day, not the
  end of a term (``signing_dates.date_attachment`` in ``term_boundary``): the terminated
  agreement is mentioned with its own date, not signed on the day of the news;
- the base an addendum adds to, called by its own adjective ("Основное соглашение было
  заключено ...", ``lexicon.BASE_WORDS``, ``agreements.called_base``), takes the sides of
  the addendum just told: the sides' earlier agreement, mentioned with its own date;
- an alike agreement signed "в тот же день", "тогда же" or "одновременно" is a signing of
  the same occasion, not an earlier one (``candidate_status.same_time_told``);
- a bare mention of a signing still to come joins the plan, not an agreement told in force
  beside it (``merge_rules.plan_beside_agreements_in_force``).

The texts are invented."""

from __future__ import annotations

import probes
import pytest
from probes import agreements_of, named_rows, party_names, status_dates

from soccoop.extract.agreements import _former, called_base
from soccoop.extract.candidate_status import _analogous_signing
from soccoop.extract.dates import find_dates
from soccoop.extract.signing_dates import term_boundary

HIST86_FUNCTIONS = [("signing_dates", "date_attachment"), ("agreements", "called_base"),
                    ("candidate_status", "same_time_told"),
                    ("merge_rules", "plan_beside_agreements_in_force")]

TERMINATED = ("Комитет заботы Тверской области расторгает соглашение с ООО «Добрый дом».\n\n"
              "Комитет заботы Тверской области известил ООО «Добрый дом» о расторжении "
              "соглашения о помощи на дому. Соглашение было заключено 3 февраля 2020 года и "
              "должно было работать до конца 2027 года, однако теперь его действие "
              "прекратится 1 сентября.")

ADDENDUM = ("Тверь и Псков продлили соглашение о реабилитации\n\n10 октября в Твери глава "
            "Комитета заботы Тверской области Ирина Белова и глава Комитета опеки Псковской "
            "области Олег Кузнецов подписали первое дополнительное соглашение к соглашению о "
            "реабилитации ветеранов между Комитетом заботы Тверской области и Комитетом опеки "
            "Псковской области.\n\nОсновное соглашение было заключено 5 апреля 2018 года "
            "сроком на шесть лет. Дополнительным соглашением стороны продлили его действие "
            "до конца 2030 года.")

SAME_DAY = ("18 марта в Твери Правительство Тверской области и фонд «Заря» подписали "
            "соглашение о помощи одиноким старикам.\n\n{}")

PLAN_BESIDE = ("Центр занятости Тверской области и Тверской колледж сервиса подпишут "
               "соглашение о трудоустройстве выпускников в октябре.\n\nЦентр занятости уже "
               "имеет такой опыт. С 2021 года центр сотрудничает по соглашению с Тверским "
               "политехническим институтом — за это время работу нашли 40 выпускников.\n\n{}")

TVER = "Комитет заботы Тверской области"
PSKOV = "Комитет опеки Псковской области"

# (id, text, published, the records' (status, date of the text) in order)
RECORDS = [
    # positives (main: the terminated agreement signed on the day of the news; the base
    # joined to the addendum; the alike signings of the same day mentioned; the in-force
    # agreement planned)
    ("terminated_keeps_its_day", TERMINATED, "2025-06-10", [("mentioned", "2020-02-03")]),
    ("base_called_main", ADDENDUM, "2024-10-11",
     [("signed", "2024-10-10"), ("mentioned", "2018-04-05")]),
    ("alike_the_same_day",
     SAME_DAY.format("В тот же день фонд подписал аналогичные соглашения с правительствами "
                     "Смоленской и Брянской областей."), "2025-03-19",
     [("signed", "2025-03-18")] * 3),
    ("plan_beside_in_force",
     PLAN_BESIDE.format("Студентка колледжа Анна ждёт подписания соглашения с нетерпением."),
     "2025-06-10", [("planned", "2025-10"), ("mentioned", "2021")]),
    # negatives: a term's end stays no date; an alike signing told as earlier stays
    # mentioned; a bare mention told in force joins the agreement in force
    ("term_end_no_day",
     "Комитет заботы Тверской области и ООО «Добрый дом» заключили соглашение о помощи на "
     "дому. Документ будет действовать до конца 2029 года.",
     "2025-06-10", [("signed", None)]),
    ("alike_told_earlier",
     SAME_DAY.format("Ранее фонд подписал аналогичные соглашения с правительствами "
                     "Смоленской и Брянской областей."), "2025-03-19",
     [("signed", "2025-03-18"), ("mentioned", None), ("mentioned", None)]),
    ("in_force_mention_beside_plan",
     PLAN_BESIDE.format("По соглашению с институтом студенты проходят практику в центре."),
     "2025-06-10", [("planned", "2025-10"), ("mentioned", "2021")]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "published", "expected"), named_rows(RECORDS))
def test_records(models, text, published, expected):
    assert status_dates(models, text, published) == expected


@pytest.mark.slow
def test_base_keeps_the_sides(models):
    found = agreements_of(models, ADDENDUM, "2024-10-11")
    assert [party_names(a) for a in found] == [sorted([TVER, PSKOV])] * 2


def _sentence(models, text):
    return probes.first_sentence(models, text)


# the parser hangs "2020 года" on "конца" here (the signing's day on "заключён")
SLIPPED = ("Договор был заключён 3 февраля 2020 года и должен был действовать до конца 2027 "
           "года, однако теперь его действие прекратится 1 сентября.")

# (id, sentence, words of the date, is it a term's end)
TERMS = [
    ("signing_day_with_slipped_year", SLIPPED, "3 февраля 2020 года", False),
    ("term_end", SLIPPED, "2027 года", True),
    ("term_end_alone", "Документ будет действовать до конца 2026 года.", "2026 года", True),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "words", "expected"), named_rows(TERMS))
def test_term_boundary(models, text, words, expected):
    sent = _sentence(models, text)
    d = next(d for d in find_dates(text, "2025-06-10") if d.text == words)
    inside = [i for i, t in enumerate(sent.tokens) if d.start <= t.start < d.end]
    assert term_boundary(sent, inside) is expected


# (id, sentence, is the agreement noun called former, is it called a base)
FORMER = [
    ("base_main", "Основное соглашение фонда было заключено в 2018 году.", False, True),
    ("base_basic", "Базовое соглашение стороны заключили в 2019 году.", False, True),
    # two owners in the genitive are the base's own sides: it borrows none
    ("base_two_owners", "Основное соглашение министерства и колледжа было заключено в 2017 "
     "году.", False, False),
    ("former_kept", "Прежнее соглашение действовало три года.", True, False),
    ("no_adjective", "Соглашение фонда было заключено в 2018 году.", False, False),
    ("main_of_another_noun", "Основные направления соглашения обсудили на встрече.", False,
     False),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "former", "base"), named_rows(FORMER))
def test_former_and_base(models, text, former, base):
    sent = _sentence(models, text)
    k = probes.noun_at(sent)
    assert (_former(sent, k), called_base(sent, k)) == (former, base)


# (id, sentence, what the alike-signing pass says)
ALIKE = [
    ("the_same_day", "В тот же день аналогичное соглашение с фондом подписал университет.",
     None),
    ("then_too", "Тогда же аналогичное соглашение с фондом подписал университет.", None),
    ("at_once", "Одновременно аналогичное соглашение с фондом подписал университет.", None),
    ("earlier", "Ранее аналогичное соглашение с фондом подписал университет.", "mentioned"),
    ("a_year_before", "Аналогичное соглашение с фондом университет подписал в 2021 году.",
     "mentioned"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), named_rows(ALIKE))
def test_alike_signing(models, text, expected):
    from soccoop.extract.agreements import _predicate_path

    sent = _sentence(models, text)
    assert _analogous_signing(sent, _predicate_path(sent, probes.noun_at(sent))) == expected


def test_docstrings_quote_no_dev_text():
    probes.check_no_dev_text_quoted(__file__, HIST86_FUNCTIONS)
