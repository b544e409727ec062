"""sig47: the signers of a many-sided agreement told one side per sentence, in a row
after the first ("Подпись за X поставил ...", "Y представляла ..., а Z — ..."); a «quoted»
body the NER cut before its closing mark named whole. Own Russian texts, not taken from
any corpus."""

from __future__ import annotations

from typing import Any

import pytest
from probes import agreements_of, parsed_officials

from soccoop.extract.agreements import side_for_signature
from soccoop.extract.signers import representing_clause
from soccoop.extract.syntax import ensure_parsed

PUB = "2025-11-14"

ROWS = [
    # "за" + a body as a side phrase, then a union represented, then an elided one
    ("Трёхстороннее соглашение о трудоустройстве инвалидов подписано в Курске. От комитета "
     "соглашение подписала председатель комитета Ольга Смирнова. Подпись за отделение "
     "Социального фонда поставил его управляющий Игорь Белов. Областную организацию ВОИ "
     "представляла председатель Анна Кузина.",
     ["Анна Кузина", "Игорь Белов", "Ольга Смирнова"]),
    ("Соглашение о наставничестве подписано в Рязани. От министерства документ подписал "
     "министр Пётр Орлов. Областной союз промышленников представлял его председатель "
     "Виктор Сомов, а общество ветеранов — председатель Нина Лаптева.",
     ["Виктор Сомов", "Нина Лаптева", "Пётр Орлов"]),
    # a time after "за" is no side: the next sentence's speaker is no signer
    ("Министерство соцзащиты Тверской области и фонд «Опора» подписали соглашение о "
     "сотрудничестве. От министерства документ подписал министр Пётр Орлов. За неделю "
     "до подписания проект обсуждал с коллегами депутат "
     "Иван Рыков.",
     ["Пётр Орлов"]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_signers_told_side_by_side(models: Any, text: str, expected: list[str]) -> None:
    found = [a for a in agreements_of(models, text, PUB) if a.status == "signed"]
    assert [sorted(a.signatories) for a in found] == [expected]


SIDES = [
    ("Подпись за отделение фонда поставил его управляющий Игорь Белов.", True),
    ("За министерство документ подписал его глава Пётр Орлов.", True),
    ("За неделю до форума документ подписал министр Пётр Орлов.", False),
    ("Подпись за год работы получил каждый участник.", False),
]


@pytest.mark.parametrize(("text", "expected"), SIDES)
def test_side_for_signature(models: Any, text: str, expected: bool) -> None:
    sent = ensure_parsed(models.analyse(text).sentences[0], models)
    assert side_for_signature(sent) is expected


REPRESENTED = [
    ("Областную организацию ВОИ представляла председатель Анна Кузина.", True),
    ("Союз работодателей представлял его президент Олег Гусев.", True),
    ("Председатель Анна Кузина представляла доклад о работе.", False),
]


@pytest.mark.parametrize(("text", "expected"), REPRESENTED)
def test_body_represented(models: Any, text: str, expected: bool) -> None:
    sent = ensure_parsed(models.analyse(text).sentences[0], models)
    assert representing_clause(sent) is expected


def test_quoted_body_named_whole(models: Any) -> None:
    text = ("Участниками стали департамент и Ассоциация «Союз работодателей Севера». Союз "
            "представлял президент ассоциации Олег Гусев.")
    found = parsed_officials(models, text)
    assert found["Олег Гусев"][1] == "Ассоциация «Союз работодателей Севера»"


LATER = [
    # posts alone at the signing; each holder named in the words that follow
    ("Сегодня в министерстве социальной защиты Омской области подписано соглашение о "
     "сотрудничестве с Омским государственным педагогическим университетом. Подписи под "
     "документом поставили министр социальной защиты региона и ректор вуза. Соглашение "
     "рассчитано на три года. Стороны будут вместе готовить социальных работников. "
     "«Нам нужны молодые специалисты», — сказал после подписания глава регионального "
     "минсоцразвития Олег Жуков. Ректор ОмГПУ Ирина Лобова рассказала о новых программах.",
     ["Ирина Лобова", "Олег Жуков"]),
    # a deputy minister holds no minister's post; a post left unnamed leaves both
    ("Сегодня в министерстве социальной защиты Омской области подписано соглашение о "
     "сотрудничестве с Омским государственным педагогическим университетом. Подписи под "
     "документом поставили министр социальной защиты региона и ректор вуза. Заместитель "
     "министра Ольга Рябова рассказала о практике студентов.",
     []),
]


@pytest.mark.parametrize(("text", "expected"), LATER)
def test_posts_named_later(models: Any, text: str, expected: list[str]) -> None:
    found = [a for a in agreements_of(models, text, PUB) if a.status == "signed"]
    assert [sorted(a.signatories) for a in found] == [expected]


HOLDERS = [
    ("глава", "Минтруд", True),
    ("глава регионального минсоцразвития", None, True),
    ("руководитель министерства труда", None, True),
    ("глава отдела министерства", None, False),
    ("глава", "Администрация Омска", False),
    ("заместитель министра", None, False),
]


@pytest.mark.parametrize(("position", "org", "expected"), HOLDERS)
def test_minister_named_as_head_of_ministry(position: str, org: str | None,
                                           expected: bool) -> None:
    from soccoop.extract.signers import holds_post
    from soccoop.models import Evidence, Official

    o = Official(name="Олег Жуков", position=position, organization=org, region=None,
                 evidence=Evidence(text="", start=0, end=0))
    assert holds_post(o, {"министр"}) is expected


# sig47: a person named inside another noun's phrase of the back-referring sentence (a
# visit's, an instruction's) signs nothing; one who signs on instruction does
NOT_SIGNERS = [
    ("Министерство социального развития Курской области и отделение Социального фонда "
     "подписали соглашение о сотрудничестве. Документ подписан в день визита министра "
     "труда и социальной защиты России Антона Котякова.",
     []),
    ("Министерство социальной политики Удмуртии и фонд «Круг» заключили соглашение о "
     "сотрудничестве. Соглашение подписано по поручению исполняющего обязанности главы "
     "республики Сергея Ившина.",
     []),
    ("Министерство социальной политики Удмуртии и фонд «Круг» заключили соглашение о "
     "сотрудничестве. Документ по поручению главы республики подписала министр Ирина "
     "Кузнецова.",
     ["Ирина Кузнецова"]),
    ("Министерство социальной политики Удмуртии и фонд «Круг» заключили соглашение о "
     "сотрудничестве. Документ подписан исполняющим обязанности министра Олегом Рябовым.",
     ["Олег Рябов"]),
]


@pytest.mark.parametrize(("text", "expected"), NOT_SIGNERS)
def test_names_in_other_phrases(models: Any, text: str, expected: list[str]) -> None:
    found = [a for a in agreements_of(models, text, PUB) if a.status == "signed"]
    assert [sorted(a.signatories) for a in found] == [expected]
