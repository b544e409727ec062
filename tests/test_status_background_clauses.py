"""Agreement status and parties of background clauses, as general rules.

A signing told in a relative clause on the agreement noun and dated by a past year ("по
соглашению, которое в прошлом году подписали") is background even when the page carries
no publication day. Every probe is written here in words of its own (other regions, verbs
and word orders than the dev rounds' texts)."""

from __future__ import annotations

import pytest
from probes import agreements_of, statuses_of

# --- C/A6: a past-year signing in a relative clause (past_year_on_relative_signing) ---------

@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Центр занятости Новгородской области направил на обучение 30 человек по соглашению, "
    "которое в позапрошлом году заключили с комитетом социальной защиты Псковской области.",
    "Мы открыли две мастерские по соглашению, которое в минувшем году подписали с "
    "министерством труда Тульской области.",
])
def test_past_year_relative_signing_is_background(models, text):
    assert statuses_of(models, text) == ["mentioned"]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # no past year in the relative clause: the clause alone does not make it background
    "Мы открыли две мастерские по соглашению, которое подписали с министерством труда "
    "Тульской области.",
])
def test_relative_signing_without_past_year_keeps_status(models, text):
    assert statuses_of(models, text) == ["signed"]


# --- A5: what an agreement holds (_content_place) ------------------------------------------

SIGNED = ("Министерство социальной защиты Тверской области и комитет социальной защиты "
          "Тульской области подписали соглашение о сотрудничестве. ")


@pytest.mark.slow
def test_bodies_in_the_content_of_an_agreement_are_no_sides(models):
    text = SIGNED + ("В соглашении предусмотрены совместные стажировки специалистов и обмен "
                     "опытом работы центров «Исток» (Тверь) и «Родник» (Тула).")
    got = [(a.status, sorted(a.regions)) for a in agreements_of(models, text, "2025-06-10")]
    assert got == [("signed", ["RU-TUL", "RU-TVE"])]


# --- A5: a document carrying out the agreement, still to sign (_implementing_document_to_sign)

@pytest.mark.slow
@pytest.mark.parametrize(("tail", "status"), [
    ("Стороны собираются до конца года подписать план мероприятий по реализации соглашения.",
     "planned"),
    ("Осенью стороны подпишут дорожную карту в развитие соглашения.", "planned"),
    # negatives: a plan signed already, or approved, is a reference to the agreement
    ("В июле стороны подписали план мероприятий по реализации соглашения.", "mentioned"),
    ("Стороны утвердили план мероприятий по реализации соглашения.", "mentioned"),
])
def test_implementing_document_to_sign(models, tail, status):
    got = [a.status for a in agreements_of(models, SIGNED + tail, "2025-06-10")]
    assert got[0] == "signed"
    assert ("planned" in got[1:]) == (status == "planned")


# --- A4: an agreement others may join (_agreement_to_join) ---------------------------------

@pytest.mark.slow
@pytest.mark.parametrize("tail", [
    "Представитель департамента Минтруда России Иван Петров отметил, что в будущем к "
    "соглашению может присоединиться и Калужская область.",
    "По словам замминистра, к этому соглашению позднее присоединится Рязанская область.",
])
def test_joining_sentence_is_no_new_agreement(models, tail):
    got = [(a.status, sorted(a.regions)) for a in agreements_of(models, SIGNED + tail,
                                                                "2025-06-10")]
    assert got == [("signed", ["RU-TUL", "RU-TVE"])]


# --- A4: "между правительствами регионов" of the subject's officials (_bodies_of_subject_regions)

@pytest.mark.slow
def test_governments_of_the_subjects_regions(models):
    text = SIGNED + ("\n\nКроме того, губернатор Тверской области Игорь Руденя и губернатор "
                     "Калужской области Владислав Шапша обсудили на форуме подготовку "
                     "соглашения между правительствами регионов о сотрудничестве в социальной "
                     "сфере. Подписать его планируется в следующем году.")
    got = sorted((a.status, sorted(a.regions)) for a in agreements_of(models, text, "2025-06-10"))
    assert got == [("planned", ["RU-KLU", "RU-TVE"]), ("signed", ["RU-TUL", "RU-TVE"])]


@pytest.mark.slow
def test_governments_of_regions_need_two_named_regions(models):
    # one region named before the noun: no sides read from "правительствами регионов"
    text = ("Губернатор Тверской области Игорь Руденя обсудил подготовку соглашения между "
            "правительствами регионов о сотрудничестве в социальной сфере.")
    assert not any(p.name.startswith("Правительство")
                   for a in agreements_of(models, text) for p in a.parties)


# --- the CLI, as a user runs it --------------------------------------------------------------

@pytest.mark.slow
def test_cli_end_to_end(listed_rows):
    text = ("Мастерские для инвалидов\n\n"
            "Мы открыли две мастерские по соглашению, которое в минувшем году подписали с "
            "министерством труда Тульской области.\n")
    rows = listed_rows({"shop.txt": text}, "--format", "jsonl", "--limit", "0")
    assert len(rows) == 1
    got = [(a["status"], sorted(a["regions"])) for a in rows[0]["agreements"]]
    assert got == [("mentioned", ["RU-TUL"])]
