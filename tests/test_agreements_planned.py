"""Planned agreements found apart and not merged, probed in words of their own
(other regions, bodies and word orders than the dev rounds' texts).

- "стороны" of a plan told with talks or an accord with a partner named in the sentence
  are that partner and the document's own side (``agreements.talks_partner_sides``), not
  the sides of the agreement told before;
- "стороны" of a plan whose sentence names an occasion ("По итогам визита стороны ...")
  are the occasion's participants (``agreements.occasion_participant_sides``);
- a plan with no subject and no side told right after an occasion is between its
  participants (``agreements.plan_after_occasion``);
- a subject list of the plan's verb whose bodies are partly bare head nouns ("завод,
  министерство ... и агентство договорились ...") takes the bodies of those heads told
  before (``agreements.conjoined_subjects_named_before``);
- the signers of a plan are the persons charged with signing it ("Подписать документ
  поручено министру ...": ``agreements.assigned_signers``);
- an ordinal document said to be an agreement ("Третий документ – соглашение ...") that the
  next sentence reports signed through a pronoun ("подписали его") is signed
  (``status._ordinal_subject``, ``status._reports_document_signed``);
- a plan with a new partner after a signing of the same body with a second body of its own
  region is another agreement (``agreements._other_partners``), and "стороны договорились
  подготовить ещё одно соглашение" with no side named takes the sides of the record told
  just before (``coreference.sides_of_the_sides``)."""

from __future__ import annotations

import pytest
from probes import agreements_of, party_names

PUB = "2025-11-20"

KALININGRAD = "Министерство социальной политики Калининградской области"
PSKOV = "Министерство социальной защиты Псковской области"
SMOLENSK = "Департамент социальной защиты Смоленской области"

TWO_SIGNINGS = (
    "Министерство социальной политики Калининградской области подвело итоги года. В марте "
    "министерство социальной политики Калининградской области и министерство социальной "
    "защиты Псковской области подписали соглашение о реабилитации ветеранов. В мае "
    "министерство социальной политики Калининградской области подписало соглашение с "
    "департаментом социальной защиты Смоленской области об обмене опытом. ")

ONE_SIGNING = (
    "Министерство социальной политики Калининградской области и министерство социальной "
    "защиты Псковской области подписали соглашение о реабилитации ветеранов. ")

VISIT = ("Делегация министерства труда и социальной защиты Республики Алтай на этой неделе "
         "находилась с рабочим визитом в Омске. Гостей принял министр труда и социального "
         "развития Омской области Владимир Куприянов. Стороны обсудили опыт сопровождаемого "
         "проживания. ")

# (text, the planned records' sides expected: one sorted list of names per planned record)
PLAN_CASES = [
    # talks with a partner named in the sentence: the partner and the own side, the side
    # the earlier agreements name most often
    (TWO_SIGNINGS + "По итогам переговоров с министерством труда Республики Карелия "
     "стороны договорились подготовить соглашение о трудовой мобильности.",
     [sorted([KALININGRAD, "Министерство труда Республики Карелия"])]),
    # an accord reached with a partner, then "стороны договорились" after a colon
    (ONE_SIGNING + "Кроме того, на форуме достигнута договорённость с департаментом "
     "социального развития Тюменской области: стороны договорились подготовить соглашение "
     "об обмене опытом.",
     [sorted([KALININGRAD, "Департамент социального развития Тюменской области"])]),
    # talks told in the sentence before, the partner by its region: the body of the
    # official of that region who tells of the plan
    (ONE_SIGNING + "Кроме того, министерство провело рабочую встречу с делегацией "
     "Кировской области. Как сообщил заместитель министра социального развития Кировской "
     "области Иван Петров, стороны договорились подготовить соглашение о долговременном "
     "уходе.",
     [sorted([KALININGRAD, "Министерство социального развития Кировской области"])]),
    # the official who held the talks gives the own side, not the side named first
    ("Министерство социального развития Пермского края, министерство труда Удмуртской "
     "Республики и министерство социальной политики Калининградской области подписали "
     "соглашение о реабилитации. Министр социальной политики Калининградской области Анна "
     "Смирнова провела рабочую встречу с министром труда Республики Карелия Олегом "
     "Ивановым. Стороны договорились подготовить соглашение о трудовой мобильности.",
     [sorted([KALININGRAD, "Министерство труда Республики Карелия"])]),
    # negative: the partner of the talks is a side of the signing told before — "стороны"
    # are the signing's sides, as before agrplan
    (ONE_SIGNING + "По итогам переговоров с министерством социальной защиты Псковской "
     "области стороны договорились подготовить ещё одно соглашение о трудовой мобильности.",
     [sorted([KALININGRAD, PSKOV])]),
    # negative: agreeing on cooperation names no document — no planned agreement
    (ONE_SIGNING + "По итогам переговоров с министерством труда Республики Карелия "
     "стороны договорились о сотрудничестве.", []),
    # negative: a plan with no partner named anywhere stays side-less
    ("Стороны договорились подготовить соглашение о трудовой мобильности.", [[]]),
    # an occasion in the plan's sentence: its participants, the body of a delegation and
    # the body of the official who received it
    (VISIT + "По итогам визита стороны договорились подготовить соглашение о "
     "сотрудничестве в сфере реабилитации.",
     [sorted(["Министерство труда и социальной защиты Республики Алтай",
              "Министерство труда и социального развития Омской области"])]),
    # ... or the bodies a meeting's sentence names
    ("Председатель комитета Законодательного Собрания Пермского края по социальной "
     "политике Ирина Орлова провела совместное заседание с коллегами из Государственного "
     "Собрания Республики Башкортостан. По итогам заседания стороны договорились "
     "подготовить соглашение о взаимодействии.",
     [sorted(["Комитет Законодательного Собрания Пермского края",
              "Государственное Собрание Республики Башкортостан"])]),
    # a plan with no subject right after a meeting: the meeting's participants, by the
    # bodies of the officials who met
    ("Министр труда Самарской области Иван Петров встретился с министром социального "
     "развития Ульяновской области Олегом Сидоровым. Подписать соглашение министерства "
     "планируют в мае на форуме в Казани.",
     [sorted(["Министерство труда Самарской области",
              "Министерство социального развития Ульяновской области"])]),
    # ... a foreign state's body among them
    ("Директор центра занятости населения города Томска Анна Белова встретилась с "
     "представителями Агентства по миграции Республики Таджикистан. В ближайшее время "
     "будет заключено соглашение об организованном наборе работников.",
     [sorted(["Агентство по миграции Республики Таджикистан",
              "Центр занятости населения города Томска"])]),
    # negative: a plan whose clause has a subject of its own is not the meeting's
    ("Министр труда Самарской области Иван Петров встретился с министром социального "
     "развития Ульяновской области Олегом Сидоровым. Министерство труда Самарской области "
     "планирует подписать соглашение в мае.",
     # agr36: "в мае" is no subject (agreements.time_adjunct); side-less and with no
     # subject, the plan is no record (coreference.unidentified), never one with the partner
     []),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), PLAN_CASES)
def test_sides_of_planned_agreements(models, text, expected):
    planned = [a for a in agreements_of(models, text, PUB) if a.status == "planned"]
    assert [party_names(a) for a in planned] == expected


CHARGED = ("Директор центра занятости населения города Томска Анна Белова встретилась с "
           "представителями Агентства по миграции Республики Таджикистан. В ближайшее время "
           "будет заключено соглашение об организованном наборе работников. Подписать "
           "документ от томской стороны поручено министру труда Томской области Ирине "
           "Волковой.")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "signers"), [
    (CHARGED, ["Ирина Волкова"]),
    # negative: charged with drafting, not signing — no signer
    (CHARGED.replace("Подписать документ", "Подготовить документ"), []),
])
def test_signer_charged_with_signing_a_plan(models, text, signers):
    planned = [a for a in agreements_of(models, text, PUB) if a.status == "planned"]
    assert len(planned) == 1 and planned[0].signatories == signers


@pytest.mark.slow
def test_agreement_between_occasion_and_plan_is_the_antecedent(models):
    # negative: an agreement told between the occasion and the plan is the nearer
    # antecedent of "стороны"; it names no side, so the plan takes none from the occasion
    text = (VISIT + "Стороны напомнили, что регионы давно сотрудничают в рамках соглашения. "
            "По итогам визита стороны договорились подготовить дополнительное соглашение.")
    assert not any(a.parties for a in agreements_of(models, text, PUB))
    # the same plan with no agreement between takes the occasion's sides
    assert any(a.parties for a in agreements_of(models, text.replace(
        "в рамках соглашения", "в рамках программы"), PUB))


@pytest.mark.slow
def test_talks_plan_does_not_take_the_signing_sides(models):
    found = agreements_of(models, TWO_SIGNINGS + "По итогам переговоров с министерством "
                          "труда Республики Карелия стороны договорились подготовить "
                          "соглашение о трудовой мобильности.", PUB)
    assert sorted(a.status for a in found) == ["planned", "signed", "signed"]
    signed = [party_names(a) for a in found if a.status == "signed"]
    assert sorted([KALININGRAD, SMOLENSK]) in signed and sorted([KALININGRAD, PSKOV]) in signed


PLANT = ("ООО «Тульский машиностроительный завод» привлечет работников из Киргизии. Об этом "
         "сообщили на встрече с делегацией Министерства труда Киргизской Республики. По "
         "итогам переговоров завод, министерство труда Тульской области и министерство "
         "намерены заключить соглашение об организованном наборе.")


@pytest.mark.slow
def test_bare_subjects_are_the_bodies_named_before(models):
    planned = [a for a in agreements_of(models, PLANT, PUB) if a.status == "planned"]
    assert [party_names(a) for a in planned] == [sorted([
        "ООО «Тульский машиностроительный завод»", "Министерство труда Тульской области",
        "Министерство труда Киргизской Республики"])]


@pytest.mark.slow
def test_bare_subject_with_no_body_named_before_is_no_side(models):
    # negative: no plant is named before "завод": the list is not read as sides
    text = PLANT.replace("ООО «Тульский машиностроительный завод» привлечет", "Тула привлечет")
    assert not any("завод" in p.name.lower() for a in agreements_of(models, text, PUB)
                   for p in a.parties)


ITEMS = (
    "Министерство труда Алтайского края рассказало о трёх соглашениях. Первым стал "
    "документ с министерством социальной защиты Омской области. Подписи поставили министр "
    "Иван Петров и министр Олег Сидоров. Второй документ – трёхстороннее соглашение между "
    "министерством, Отделением Социального фонда по Алтайскому краю и Алтайским "
    "государственным университетом о подготовке кадров. Управляющий отделением Сергей "
    "Иванов и ректор Пётр Кузнецов подписали его вместе с министром.\n")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "status"), [
    (ITEMS, "signed"),
    # negative: the pronoun object of a signing still to come is no report of one
    (ITEMS.replace("подписали его", "подпишут его"), "mentioned"),
])
def test_ordinal_item_signed_through_a_pronoun(models, text, status):
    found = agreements_of(models, text, PUB)
    item = [a for a in found if any("университет" in p.name for p in a.parties)]
    assert len(item) == 1 and item[0].status == status


@pytest.mark.slow
def test_cli_plan_after_talks(listed_rows):
    text = ("Калининград, 20 ноября 2025 года\n\n" + TWO_SIGNINGS + "По итогам переговоров "
            "с министерством труда Республики Карелия стороны договорились подготовить "
            "соглашение о трудовой мобильности. Подписать его планируется в марте 2026 "
            "года.\n")
    rows = listed_rows({"kaliningrad.txt": text}, "--kind", "agreements", "--format", "jsonl",
                       "--limit", "0")
    got = [(r["status"], r["date"], sorted(p["name"] for p in r["parties"])) for r in rows]
    assert got == [
        ("signed", "2025-03", sorted([KALININGRAD, PSKOV])),
        ("signed", "2025-05", sorted([KALININGRAD, SMOLENSK])),
        ("planned", "2026-03", sorted([KALININGRAD, "Министерство труда Республики Карелия"])),
    ]


def test_plan_chain_stops_on_a_malformed_parse():
    # a token its own head (seen in natasha's parse of "Назначить ... ответственным"): the
    # climb through "xcomp" ends instead of looping
    from probes import hand_parsed

    from soccoop.extract.agreements import _plan_chain
    sent = hand_parsed(("Назначить", "назначить", "VERB", "xcomp", 0, {"VerbForm": "Inf"}),
                       ("соглашение", "соглашение", "NOUN", "obj", 0, {}))
    assert _plan_chain(sent, 0) == [0]
    assert _plan_chain(sent, 1) == [1]
    chained = hand_parsed(("договорились", "договориться", "VERB", "root", -1, {}),
                          ("подготовить", "подготовить", "VERB", "xcomp", 0, {}),
                          ("соглашение", "соглашение", "NOUN", "obj", 1, {}))
    assert _plan_chain(chained, 1) == [1, 0]


# --- a plan with new partners after a signing; the sides of "стороны" with no side named
PARTNERS_PUB = "2025-12-20"

PLAN_AFTER_LOCAL_SIGNING = (
    "Итоги года: пензенский Минтруд\n\n"
    "Министерство труда, социальной защиты и демографической политики Пензенской области "
    "подвело итоги года. 12 мая министр Марина Ивлева и руководитель Государственной "
    "инспекции труда в Пензенской области Олег Кузнецов подписали соглашение о "
    "взаимодействии в сфере защиты трудовых прав. Министерство готовит соглашение с "
    "Министерством социального развития Саратовской области о сотрудничестве в сфере "
    "долговременного ухода. Подписать его планируется весной.\n")


@pytest.mark.slow
def test_plan_with_new_partner_is_its_own_agreement(models):
    found = agreements_of(models, PLAN_AFTER_LOCAL_SIGNING, PARTNERS_PUB)
    planned = [a for a in found if a.status == "planned"]
    signed = [a for a in found if a.status == "signed"]
    assert len(planned) == 1 and len(signed) == 1
    assert "RU-SAR" in planned[0].regions and "RU-SAR" not in signed[0].regions
    assert not any("Саратов" in p.name for p in signed[0].parties)


SIDES_PLAN = (
    "В Калининград прибыл министр социальной защиты Псковской области Олег Волков. Во "
    "вторник гость и министр социальной политики Калининградской области Анна Смирнова "
    "подписали соглашение о сотрудничестве в сфере реабилитации. Помимо этого, стороны "
    "договорились подготовить дополнительное соглашение об обмене специалистами.\n")


@pytest.mark.slow
def test_plan_of_the_sides_takes_the_sides_of_the_signing(models):
    found = agreements_of(models, SIDES_PLAN, "2025-04-10")
    planned = [a for a in found if a.status == "planned"]
    signed = [a for a in found if a.status == "signed"]
    assert len(planned) == 1 and len(signed) == 1
    assert planned[0].parties and party_names(planned[0]) == party_names(signed[0])
    assert planned[0].regions == ["RU-KGD"]


@pytest.mark.slow
def test_a_plan_without_the_sides_as_subject_keeps_no_sides(models):
    # negative: no "стороны" — the plan is not given the signing's sides
    text = SIDES_PLAN.replace("стороны договорились подготовить", "планируется подготовить")
    planned = [a for a in agreements_of(models, text, "2025-04-10") if a.status == "planned"]
    assert len(planned) == 1 and not planned[0].parties


@pytest.mark.slow
def test_cli_plan_of_the_sides(listed_rows):
    rows = listed_rows({"news.txt": "Соцзащита\n\n" + SIDES_PLAN}, "--format", "jsonl", "--limit",
                       "0")
    assert len(rows) == 1
    got = [(a["status"], [p["name"] for p in a["parties"]]) for a in rows[0]["agreements"]]
    side = ["Министерство социальной политики Калининградской области"]
    assert got == [("signed", side), ("planned", side)]



@pytest.mark.slow
def test_a_meeting_in_between_makes_the_sides_its_participants(models):
    # negative: "стороны" of a meeting told after the signing are not the signing's sides
    text = SIDES_PLAN.replace("Помимо этого, стороны", "На встрече с делегацией Тверской "
                              "области стороны")
    planned = [a for a in agreements_of(models, text, "2025-04-10") if a.status == "planned"]
    assert len(planned) == 1 and not planned[0].parties
