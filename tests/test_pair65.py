"""pair65: extra, split and merged agreement records, fixed at their causes.

- ``agreements.future_read_as_past``: a signing verb the tagger read as past is future when
  every dictionary reading is ("Соглашение ... перезаключат до конца года" is a plan, so the
  headline joins the plan the lead tells);
- ``signer_shapes.acting_prefix_root``: "Подписывать его будут врио директора ... X и ...
  Y", where the parser cut the sentence at the indeclinable "врио";
- ``lexicon.PERSONAL_CONTRACT_SUBJECTS``: "договор о предоставлении социальных услуг" is a
  recipient's contract with a care provider, no agreement between bodies;
- ``agreements.other_field_bodies`` (side pass ``other_field``): an agreement of bodies of
  sport, tourism or culture only, about nothing social, is no record;
- ``turns.handle_line`` (``BRACKETED_STAMP``): "Гость (18.04.2025 10:12): ..." opens a
  readers' comment thread;
- ``agreements.settlement_told_again``: a side-less agreement noun after a court's
  settlement is that settlement again;
- ``candidate_status._title_end``: a short adjective ("должны") is a predicate, not part of
  the agreement's name, so "Подписать соглашение должны X и Y" joins the plan told before
  (and, in ``signer_shapes``, a planned headline's reach holds the sentence one further,
  as sig46 meant);
- ``candidate_status.verbless_next_time``: "На следующей неделе в дайджесте: итоги
  подписания соглашения" is no signing;
- ``merge_extra.signed_for_one_side``: "От отделения Социального фонда соглашение подписала
  управляющий X" tells one side's signer of the signing just told, no record of its own.
"""

from __future__ import annotations

import pytest
from probes import agreements_of, named_rows

PUB = "2024-09-03"
HEAD = "Северные новости\n\n3 сентября 2024, 10:00\n\n"

# --- one plan told in a headline with a verb the tagger reads as past -----------------------

RENEWED = (
    "Северные новости\n\n"
    "Соглашение о поддержке кочевых семей в Якутии перезаключат до конца года\n\n"
    "3 сентября 2024, 10:00\n\n"
    "Министерство труда и социального развития Республики Саха (Якутия) и Ассоциация "
    "коренных малочисленных народов Севера Якутии готовят новое соглашение о поддержке "
    "кочевых семей. Подписать документ планируется до конца года.\n\n"
    "Действующее соглашение между министерством и ассоциацией было заключено в 2018 году.")


def test_a_renewal_to_come_in_the_headline_is_the_plan(models):
    agreements = agreements_of(models, RENEWED, PUB)
    assert [a.status for a in agreements] == ["planned", "mentioned"]


def test_a_renewal_done_stays_a_signing(models):
    # negative: "перезаключили" is past in every reading
    text = RENEWED.replace("перезаключат до конца года", "перезаключили").replace(
        "готовят новое соглашение", "подписали новое соглашение").replace(
        " Подписать документ планируется до конца года.", "")
    statuses = [a.status for a in agreements_of(models, text, PUB)]
    assert "signed" in statuses and "planned" not in statuses


ACTING = (
    HEAD + "Департамент социальной защиты и ассоциация оленеводов готовят новое соглашение о "
    "поддержке семей. Подписать документ планируется до конца года.\n\n"
    "Подписывать его будут {post} Пётр Седов и президент ассоциации Нина Слепцова.")


@pytest.mark.parametrize("post", ["врио директора департамента",
                                  "врио министра социальной защиты",
                                  "директор департамента"],  # no prefix, as before
                         ids=["acting_director", "acting_minister", "no_prefix"])
def test_signers_after_an_acting_prefix_are_the_plans(models, post):
    (plan,) = agreements_of(models, ACTING.format(post=post), PUB)
    assert sorted(plan.signatories) == ["Нина Слепцова", "Пётр Седов"]


# --- no record: contracts of care, other fields, readers' comments, settlements --------------

NONE = [
    ("care_contract_of_a_recipient",
     HEAD + "В центре социального обслуживания прошёл праздник для пожилых жителей района. "
     "После концерта желающие смогли измерить давление и получить консультацию по оформлению "
     "договора о предоставлении социальных услуг на дому."),
    ("care_contract_of_a_family",
     HEAD + "Услуги сиделки оказываются по договору о социальном обслуживании, который семья "
     "заключила с комплексным центром в прошлом месяце."),
    ("sport_and_tourism_bodies",
     HEAD + "В Петрозаводске подписано соглашение о сотрудничестве в сфере туризма и спорта "
     "между Министерством спорта Республики Карелия и Комитетом по туризму Мурманской "
     "области. Документ подписали министр Иван Лесков и председатель комитета Ольга Рябова."),
    ("culture_bodies",
     HEAD + "Министерство культуры Республики Алтай и Министерство культуры Алтайского края "
     "подписали соглашение о сотрудничестве в сфере культуры."),
    ("rumour_in_bracket_stamped_comments",
     HEAD + "В районе открылся новый фельдшерский пункт.\n\nКомментарии\n\n"
     "Гость (03.09.2024 11:02): Наконец-то!\n"
     "Марат (03.09.2024 12:40): Слышал, минсоц с Татарстаном скоро соглашение подпишет, кто "
     "знает подробнее?\n"),
    ("settlement_told_again",
     "ГОРОД\n\nМэрия Кызыла и подрядчик центра соцобслуживания заключили мировое "
     "соглашение\n\n3 сентября 2024, 10:00\n\n"
     "Арбитражный суд Республики Тыва утвердил мировое соглашение между администрацией "
     "города Кызыла и ООО «ТываСтрой». Спор касался сроков строительства здания центра "
     "социального обслуживания.\n\n"
     "По условиям мирового соглашения компания обязуется завершить строительство до 1 "
     "декабря. Определение об утверждении соглашения вынесла судья Арбитражного суда "
     "Республики Тыва Анна Монгуш."),
]


@pytest.mark.parametrize("text", named_rows(NONE))
def test_no_record(models, text):
    assert agreements_of(models, text, PUB) == []


KEPT = [
    ("social_tourism_of_tourism_bodies",
     HEAD + "Комитет по туризму Республики Карелия и Министерство спорта Республики Карелия "
     "подписали соглашение о развитии социального туризма для пожилых людей."),
    ("tourism_body_with_a_social_ministry",
     HEAD + "Министерство социальной защиты Республики Карелия и Комитет по туризму Мурманской "
     "области подписали соглашение о сотрудничестве в сфере туризма."),
    ("agreement_of_bodies_after_a_settlement",
     HEAD + "Арбитражный суд утвердил мировое соглашение между мэрией Кызыла и ООО "
     "«ТываСтрой».\n\nВ тот же день министерство труда и социальной политики Республики Тыва "
     "и Тувинское отделение Союза пенсионеров России подписали соглашение о сотрудничестве."),
    ("sides_named_after_a_settlement",
     HEAD + "Суд утвердил мировое соглашение между мэрией Кызыла и ООО «ТываСтрой».\n\n"
     "Соглашения о сотрудничестве мэрия заключила также с Тувинским отделением Союза "
     "пенсионеров России и с Тувинской организацией Всероссийского общества инвалидов."),
]


@pytest.mark.parametrize("text", named_rows(KEPT))
def test_a_social_agreement_is_kept(models, text):
    assert agreements_of(models, text, PUB)


# --- one plan, its signers told after it with a modal short adjective -----------------------

PLAN_SIGNERS = (
    "Республика Хакасия\nОфициальный портал\n\n"
    "Хакасия и Тыва подпишут соглашение о сотрудничестве на социальном форуме\n\n"
    "Дата публикации: 2024-09-03 11:05\n\n"
    "Министерство социальной защиты Республики Хакасия и Министерство труда и социальной "
    "политики Республики Тыва завершили согласование соглашения о межрегиональном "
    "сотрудничестве. Документ готовится к подписанию: его планируется подписать в первый "
    "день социального форума, который пройдёт 18–19 сентября в Абакане.\n\n"
    "Подписать соглашение должны министр социальной защиты Хакасии Ольга Кыржинакова и "
    "министр труда и социальной политики Тывы Айдын Ооржак.\n\n"
    "Кроме того, на форуме министерство намерено подписать дополнительное соглашение о "
    "пролонгации соглашения с министерством социальной защиты Красноярского края, "
    "подписанного в 2021 году.")


def test_a_modal_short_adjective_is_no_subject_of_the_agreement(models):
    """``_title_end``: the bare mention with its signers joins the plan told before it."""
    agreements = agreements_of(models, PLAN_SIGNERS, PUB)
    plans = [a for a in agreements
             if a.status == "planned" and any("Тыва" in p.name for p in a.parties)]
    assert len(plans) == 1
    # ``signer_shapes``: a planned headline's reach counts from the body's first sentence
    assert sorted(plans[0].signatories) == ["Айдын Ооржак", "Ольга Кыржинакова"]


# --- a teaser of the next issue ------------------------------------------------------------

TEASER = (
    HEAD + "Министерство социальной защиты Республики Хакасия и Отделение Социального фонда "
    "России по Республике Хакасия готовят соглашение об обмене сведениями. Его планируется "
    "подписать 18 сентября.\n\n"
    "Соглашение должно упростить назначение мер поддержки.\n\n"
    "На следующей неделе в дайджесте: итоги подписания соглашения и новые выплаты.")

STATUS_LINES = [
    ("teaser_of_next_week", TEASER, ["planned"]),
    ("issue_to_come", TEASER.replace("На следующей неделе в дайджесте",
                                     "В следующем номере"), ["planned"]),
    ("signing_this_week_stays_signed",
     HEAD + "Итоги недели: подписание соглашения министерства социальной защиты Республики "
     "Хакасия и Отделения Социального фонда России по Республике Хакасия.", ["signed"]),
]


@pytest.mark.parametrize("text, statuses", named_rows(STATUS_LINES))
def test_a_verbless_line_of_a_time_to_come_is_no_signing(models, text, statuses):
    assert [a.status for a in agreements_of(models, text, PUB)] == statuses


# --- one side's signer of the signing just told -------------------------------------------

ONE_SIDE = (
    "Новости края\n\n14 ноября 2024, 16:40\n\n"
    "Сегодня в Уфе подписано соглашение о взаимодействии между Министерством семьи, труда и "
    "социальной защиты населения Республики Башкортостан и Отделением Фонда пенсионного и "
    "социального страхования Российской Федерации по Республике Башкортостан.\n\n"
    "Со стороны министерства подпись под документом поставил министр Ленар Иксанов. "
    "От регионального отделения Социального фонда соглашение подписала управляющий Гульнара "
    "Хабибуллина.\n\n"
    "Документ определяет порядок обмена сведениями.")

BEHALF = [
    ("from_the_branch", ONE_SIDE, 1),
    ("on_the_side_of_the_branch",
     ONE_SIDE.replace("От регионального", "Со стороны регионального"), 1),
    # negatives: a partner of its own is another signing; a plan is no signing to join
    ("with_a_partner_of_its_own",
     ONE_SIDE.replace("соглашение подписала управляющий",
                      "соглашение с университетом подписала управляющий"), 2),
    ("the_agreement_told_is_a_plan",
     ONE_SIDE.replace("Сегодня в Уфе подписано", "В декабре в Уфе планируется подписать"), 2),
    ("sides_of_another_signing_each_with_its_signer",
     "Новости края\n\n14 ноября 2024, 16:40\n\n"
     "Вчера министр социального развития Пермского края Павел Мелехин и министр социальной "
     "политики и труда Удмуртской Республики Светлана Касимова подписали соглашение о "
     "сотрудничестве.\n\n"
     "На прошлой неделе Центр занятости населения Пермского края и Пермский государственный "
     "национальный исследовательский университет договорились о совместной программе "
     "профориентации. Со стороны центра документ подписала директор Елена Шилова, со "
     "стороны вуза — проректор Андрей Шестаков.", 2),
]


@pytest.mark.parametrize("text, count", named_rows(BEHALF))
def test_one_sides_signer_joins_the_signing_told(models, text, count):
    agreements = agreements_of(models, text, "2024-11-14")
    assert len(agreements) == count
    if count == 1:
        assert sorted(agreements[0].signatories) == ["Гульнара Хабибуллина", "Ленар Иксанов"]
        names = {p.name for p in agreements[0].parties}
        assert {"Министерство семьи, труда и социальной защиты населения Республики "
                "Башкортостан", "Отделение Фонда пенсионного и социального страхования "
                "Российской Федерации по Республике Башкортостан"} <= names
