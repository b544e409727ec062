"""The merge decision as named passes (``extract.merge_rules.MERGE_PASSES``).

Each pass is probed on the pairs (agreement found, later mention) that the real pipeline
hands to ``same_agreement`` for short texts written for these tests (other regions, bodies
and words than the dev rounds), with a positive and a negative each: the pass answers what
its docstring says, and has no opinion on the near variant without the shape it reads.
Every pass is asked on its own, whichever pass decides first in the loop."""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from probes import agreements_of, named_rows

from soccoop.extract import merge, merge_rules
from soccoop.extract.merge_rules import (
    BARE_PASSES,
    MERGE_PASSES,
    BareMention,
    join_bare,
    same_agreement,
)

PUB = "2025-06-10"
DEV_LOG = Path(__file__).resolve().parent.parent / "docs" / "development-log.md"

TVER = "Министерство труда Тверской области"
PSKOV = "министерство социального развития Псковской области"
PSKOV_INS = "министерством социального развития Псковской области"
SIGNED = f"{TVER} и {PSKOV} подписали соглашение о сотрудничестве. "
# agr91: an agreement the text sets apart as another, told as history
ASIDE = ("Работе помогает и другое соглашение, которое Тверской центр занятости и "
         "Тверской колледж сервиса заключили в 2021 году. ")
# status72: a plan (called new or not) and the agreement in force naming one side
OMSK_NEW_PLAN = ("Министерство социального развития Омской области и Омский государственный "
                 "университет готовят {new}соглашение о подготовке социальных работников. ")
IN_FORCE_WITH_UNIVERSITY = ("Действующее соглашение с Омским государственным университетом "
                            "было подписано 12 апреля 2021 года и истекает в апреле.")
# status72: a contract carrying out a base agreement between other sides
KURSK_FRAME = ("В Курске подвели итоги работы службы занятости за год.\n"
               "Соглашение с заводом заключено во исполнение Регионального соглашения между "
               "Правительством Курской области, Курским областным союзом организаций "
               "профсоюзов и Союзом работодателей Курской области.")

ORENBURG_EXTENDED = ("Министерство социального развития Оренбургской области и Отделение "
                     "Социального фонда России по Оренбургской области продлили соглашение об "
                     "информационном взаимодействии еще на три года. ")
KHAKASSIA_ITEMS = ("В четверг в Абакане были подписаны четыре соглашения о сотрудничестве. "
                   "Первым стало соглашение между Министерством социальной защиты Республики "
                   "Хакасия и Министерством социальной защиты населения Красноярского края. "
                   "Второе соглашение министерство заключило с Отделением Социального фонда "
                   "России по Республике Хакасия. Третье соглашение министерство заключило с "
                   "Хакасским государственным университетом имени Н. Ф. Катанова и ресурсным "
                   "центром «Доверие». ")

# leads shared by a pass's probe and its negative (the rows below differ after them)
BRYANSK_KEEPS = ("Министерство социальной защиты Брянской области подписало соглашение с "
                 "министерством труда Калужской области. Кроме того, министерство социальной "
                 "защиты Брянской области сохраняет соглашения с ")
KURSK_BELGOROD = ("Министерство социальной защиты Курской области и министерство социального "
                  "развития Белгородской области подписали соглашение о сотрудничестве. ")
OMSK_SIGNED = ("Министерство труда Омской области и центр занятости Омска подписали соглашение "
               "о сотрудничестве. Кроме того, было заключено ")
OMSK_THREE = ("соглашение между Омским университетом, центром занятости Омска и министерством "
              "образования Омской области.")
KURGAN_PAGE = "Курганская область. Официальный портал\nНовости\n\n12 марта 2025 г.\n\n"
KURGAN_SIDES = ("Министерство социальных отношений Курганской области и Отделение Фонда "
                "пенсионного и социального страхования Российской Федерации по Курганской "
                "области")
TWICE_ON = f"{TVER} и {PSKOV} подписали соглашение 14 марта 2025 года. {TVER} и {PSKOV} " \
    "подписали соглашение "
PERIODS = ("Рабочая группа обсудила выполнение соглашения между министерством труда Тверской "
           f"области и {PSKOV_INS} на 2023–2025 годы. Решено готовить проект соглашения между "
           f"министерством труда Тверской области и {PSKOV_INS} на {{}} годы.")
AT_ONCE = (f"{TVER} и {PSKOV} подписали трёхстороннее соглашение на 2024–2027 годы. {{}} "
           f"{TVER.lower()} и {PSKOV} подписали соглашение о минимальной оплате труда.")
ENDED_TERM = (f"{TVER} и {PSKOV} планируют подписать соглашение о сотрудничестве в мае 2024 "
              "года. Стороны подвели итоги соглашения между министерством труда Тверской "
              f"области и {PSKOV_INS} на {{}} годы.")
CONCLUDED = f"Соглашение между министерством труда Тверской области и {PSKOV_INS} было " \
    "заключено "
TODAY_SIGNED = f"Сегодня {TVER.lower()} и {PSKOV} подписали соглашение о сотрудничестве. "
CHEREPOVETS = ("Администрация Череповца и администрация Вологды подписали соглашение о "
               "сотрудничестве. Ранее администрация Череповца заключила ")
OMSK_TYUMEN = ("Омская и Тюменская области подпишут соглашение о трудовой мобильности. "
               "Соглашение между управлением занятости Омской области и департаментом труда "
               "Тюменской области ")
CHUVASHIA = ("Министерство труда Чувашской Республики в октябре подписало соглашение с "
             "министерством труда Ставропольского края. Сейчас министерство труда Чувашской "
             "Республики готовит соглашение с министерством труда ")
KURSK_UNIVERSITY = ("Вчера министерство социальной защиты Курской области и Курский "
                    "государственный университет подписали соглашение о практике студентов.")
KURSK_PLANS = ("Министерство социальной защиты Курской области и министерство труда "
               "Белгородской области готовят соглашение об обмене опытом. Министерство "
               "социальной защиты Курской области ")
PENZA = ("Министерство социальной защиты Пензенской области подписало соглашение с фондом "
         "«Милосердие». Кроме того, министерство социальной защиты Пензенской области "
         "подписало соглашение с ")
MARI_CHUVASH = ("Министр социальной защиты Республики Марий Эл Ирина Волкова и министр труда "
                "Чувашской Республики Алла Елизарова")
BURYATIA = ("Министерство социальной защиты Бурятии и министерство труда Якутии подписали "
            "соглашение о сотрудничестве. Между правительствами Бурятии и Якутии ")
KALUGA = ("Министерство труда Калужской области подписало соглашение с министерством "
          "социальной защиты Брянской области. Также министерство труда Калужской области "
          "подписало соглашение с министерством социальной защиты ")
SPB_BODIES = ("Комитет по труду и занятости Санкт-Петербурга и Комитет по социальной защите "
              "населения Ленинградской области")
SPB_TERM = ("Соглашение между Комитетом по труду и занятости Санкт-Петербурга и Комитетом по "
            "социальной защите населения Ленинградской области рассчитано на пять лет.")
KALUGA_NOT_EXTENDED = ("\n\nМинистерство труда Калужской области и министерство социальной "
                       "защиты Брянской области не продлили соглашение о сотрудничестве.")
GOMEL_PUT_OFF = ("\n\nБрянск, 11 апреля 2025 года\n\nПодписание соглашения о дружбе между "
                 "министерством социальной защиты Брянской области и Управлением по делам "
                 "ветеранов Гомельской области, намеченное на 20 апреля, перенесено на 5 июня.")
TVER_MINISTERS = ("Министр труда Тверской области Иван Петров и министр социального развития "
                  "Псковской области Анна Смирнова")
KHAKASSIA_FOURTH = (f"{KHAKASSIA_ITEMS}Четвертое соглашение заключили между собой Отделение "
                    "Социального фонда России по Республике Хакасия и Хакасский "
                    "государственный университет имени Н. Ф. Катанова.")
PSKOV_TERMS = ("Соглашение с министерством социального развития Псковской области закрепляет "
               "порядок помощи семьям.")
KURSK_BLIND = ("Министерство социальной защиты Курской области и Курское региональное "
               "отделение Всероссийского общества слепых подписали соглашение о "
               "сотрудничестве. Кроме того, министерство социальной защиты Курской области "
               "готовит соглашение с Курским ")
SOLNTSE = "Фонд «Солнце» и общество «Милосердие» подписали соглашение о сотрудничестве. "
# pair83: a signing, then a deputy head of the government who attended speaks of it
KOSTROMA_SIGNED = ("Костромская область и Ивановская область заключили соглашение о "
                   "сотрудничестве в сфере занятости. Документ подписан 6 мая в Костроме. От "
                   "костромской стороны соглашение подписал министр труда и занятости "
                   "Костромской области Иван Петров, от ивановской — председатель комитета по "
                   "труду Ивановской области Олег Сидоров. В подписании приняла участие "
                   "заместитель председателя правительства Костромской области Анна Белова. "
                   "Анна Белова подчеркнула, что соглашение с Ивановской областью ")


@dataclass
class Decision:
    """One pair the merge loop compared: the sentences of the agreement's mentions at that
    moment (its first mention's first), the mention's sentence and side names, and each
    pass's answer on the pair."""
    found: list[str]
    mention: str
    answers: dict[str, bool | None]


def decisions(models: Any, text: str, monkeypatch: pytest.MonkeyPatch) -> list[Decision]:
    """Run the whole extraction on ``text`` and note every pair ``same_agreement`` is asked
    about, with every pass's own answer on it."""
    seen: list[Decision] = []

    def watched(m: Any, c: Any, bare: frozenset[str], models: Any) -> bool:
        seen.append(Decision([x.sentence.text for x in m.candidates],
                             c.sentence.text + " || " + "; ".join(p.name for p in c.parties),
                             {rule.__name__: rule(m, c, bare, models) for rule in MERGE_PASSES}))
        return same_agreement(m, c, bare, models)

    monkeypatch.setattr(merge, "same_agreement", watched)
    monkeypatch.setattr(merge_rules, "same_agreement", watched)
    agreements_of(models, text, PUB)
    return seen


# (id, text, words of the mention's sentence or sides, words of the sentence of the found
#  agreement's first mention, pass, its answer)
# status56: a branch recalled, then a branch of another organisation signing (one side key)
BRANCHES = ("Соглашение с Курским региональным отделением Всероссийского общественного "
            "движения {recalled} помогает одиноким пенсионерам. Вчера председатель комитета "
            "социальной защиты Курской области Ольга Сомова и председатель Курского "
            "регионального отделения Всероссийского общественного движения «Милосердие без "
            "границ» Игорь Баранов подписали соглашение о помощи маломобильным пенсионерам.")

# series61: a ranked first item whose sides are told after its noun
TVER_SERIES = ("Первым подписали соглашение министерство социальной политики Тверской области "
               "и Тверской областной центр занятости населения о найме людей с инвалидностью. ")

PROBES: list[tuple[str, str, str, str, str, bool | None]] = [
    ("list member vs member",
     "Министерство социальной защиты Тверской области подписало соглашения с Псковской "
     "областью, Новгородской областью и Смоленской областью.",
     "Министерство социальной", "Министерство социальной", "split_list_member", False),
    ("list member vs an agreement outside the list",
     BRYANSK_KEEPS + "Москвой и Республикой Беларусь.",
     "сохраняет", "подписало", "split_list_member", None),
    ("отдельное соглашение",
     KURSK_BELGOROD + "Кроме того, министерство социальной защиты Курской области и Курский "
     "университет заключили отдельное соглашение о подготовке кадров.",
     "Кроме того", "Белгородской", "distinct_mention", False),
    ("no отдельное",
     KURSK_BELGOROD + "Кроме того, министерство социальной защиты Курской области и Курский "
     "университет заключили соглашение о подготовке кадров.",
     "Кроме того", "Белгородской", "distinct_mention", None),
    ("ещё одного документа — соглашения",
     KURSK_BELGOROD + "Также состоялось подписание ещё одного документа — соглашения о "
     "подготовке специалистов между Курским государственным университетом и министерством "
     "социальной защиты Курской области.",
     "Также", "Белгородской", "set_apart_by_apposition", False),
    ("no apposition",
     KURSK_BELGOROD + "Также состоялось подписание соглашения о подготовке специалистов между "
     "Курским государственным университетом и министерством социальной защиты Курской области.",
     "Также", "Белгородской", "set_apart_by_apposition", None),
    ("трёхстороннее with other sides",
     f"{OMSK_SIGNED}трёхстороннее {OMSK_THREE}",
     "Кроме того", "Министерство труда Омской", "declared_side_count", False),
    ("no count of sides",
     OMSK_SIGNED + OMSK_THREE,
     "Кроме того", "Министерство труда Омской", "declared_side_count", None),
    ("title and preamble of the agreement itself",
     f"СОГЛАШЕНИЕ о сотрудничестве между Министерством труда Тверской области и "
     f"Министерством социального развития Псковской области\n\n{TVER}, в лице министра "
     f"Иванова Петра Сергеевича, и Министерство социального развития Псковской области, в "
     f"лице министра Сидорова Ивана Петровича, заключили настоящее Соглашение о "
     f"нижеследующем.",
     "в лице министра", "СОГЛАШЕНИЕ о сотрудничестве", "same_document", True),
    ("a report, not the document",
     f"{SIGNED}Соглашение между министерством труда Тверской области и {PSKOV_INS} "
     f"рассчитано на три года.",
     "рассчитано", "подписали", "same_document", None),
    ("list partner the agreement lacks",
     BRYANSK_KEEPS + "Москвой и Республикой Беларусь.",
     "сохраняет", "подписало", "new_list_partner", False),
    ("list partner of the same region",
     BRYANSK_KEEPS + "Калужской областью и Республикой Беларусь.",
     "Калужская область", "подписало", "new_list_partner", None),
    ("a signing planned after one done",
     f"{SIGNED}{TVER} также планирует подписать соглашение с {PSKOV_INS}.",
     "планирует", "подписали", "signing_after_signed", False),
    ("the signing told after the plan",
     f"{TVER} планирует подписать соглашение с {PSKOV_INS}. {TVER} и {PSKOV} подписали "
     f"соглашение в июне.",
     "в июне", "планирует", "signing_after_signed", None),
    ("full agreement after a protocol of intentions",
     f"{TVER} и {PSKOV} подписали протокол о намерениях. Стороны намерены подготовить "
     f"полноценное соглашение.",
     "намерены", "протокол", "next_step", False),
    ("a plan after a full agreement",
     f"{SIGNED}Стороны намерены подготовить полноценное соглашение.",
     "намерены", "подписали", "next_step", None),
    ("второе соглашение with another partner",
     "Министерство социальной защиты Рязанской области заключило два соглашения. Первое "
     "соглашение министерство социальной защиты Рязанской области подписало с министерством "
     "труда Московской области. Второе соглашение министерство социальной защиты Рязанской "
     "области заключило с Рязанским государственным университетом.",
     "Второе", "Первое", "later_ordinal_other_sides", False),
    ("an agreement with another partner, not counted",
     "Министерство социальной защиты Рязанской области подписало соглашение с министерством "
     "труда Московской области. Также министерство социальной защиты Рязанской области "
     "заключило соглашение с Рязанским государственным университетом.",
     "Также", "подписало", "later_ordinal_other_sides", None),
    ("a headline naming the body's sides short",  # pair54
     f"{KURGAN_PAGE}Минсоц и Социальный фонд продлили соглашение об обмене сведениями\n\n"
     f"{KURGAN_SIDES} вчера продлили соглашение об информационном взаимодействии.",
     "вчера продлили", "Минсоц", "headline_in_short_names", True),
    ("a headline of another status than the body's",
     f"{KURGAN_PAGE}Минсоц и Социальный фонд подписали соглашение\n\n{KURGAN_SIDES} подпишут "
     "соглашение об информационном взаимодействии в мае.",
     "подпишут", "Минсоц", "headline_in_short_names", None),
    ("two subjects",
     f"{TVER} и {PSKOV} подписали соглашение о занятости инвалидов. Также {TVER.lower()} и "
     f"{PSKOV} подписали соглашение о развитии туризма.",
     "туризма", "инвалидов", "other_subject", False),
    ("one subject",
     f"{SIGNED}Также {TVER.lower()} и {PSKOV} подписали соглашение о сотрудничестве.",
     "Также", "подписали", "other_subject", None),
    ("two days",
     TWICE_ON + "2 апреля 2025 года.",
     "апреля", "марта", "other_date", False),
    ("one day",
     TWICE_ON + "14 марта 2025 года.",
     "марта", "марта", "other_date", None),
    # hid95: two mentions of the same sides stating other years they cover
    ("another term", PERIODS.format("2026–2028"), "Решено", "Рабочая", "other_period", False),
    ("the same term", PERIODS.format("2023–2025"), "Решено", "Рабочая", "other_period", None),
    # miss43: a signing told at the time of one signed before, on a subject of its own
    ("a signing at once", AT_ONCE.format("Одновременно"), "оплате", "трёхстороннее",
     "another_signing_at_once", False),
    ("a signing after", AT_ONCE.format("Затем"), "оплате", "трёхстороннее",
     "another_signing_at_once", None),
    # miss43: a mentioned term over before the plan's year is an older agreement
    ("a term ended before the plan", ENDED_TERM.format("2019–2021"), "итоги", "планируют",
     "term_ended_before", False),
    ("a term running at the plan", ENDED_TERM.format("2023–2026"), "итоги", "планируют",
     "term_ended_before", None),
    ("undated signing, dated reminder",
     f"{SIGNED}{CONCLUDED}в 2017 году.",
     "2017", "подписали", "signing_beside_dated_reminder", False),
    ("undated signing, undated reminder",
     f"{SIGNED}{CONCLUDED}на пять лет.",
     "пять лет", "подписали", "signing_beside_dated_reminder", None),
    ("today's signing, an agreement of another year",
     f"{TODAY_SIGNED}{CONCLUDED}в 2017 году.",
     "2017", "Сегодня", "year_of_older_agreement", False),
    ("today's signing, the reminder dated by month",
     f"{TODAY_SIGNED}{CONCLUDED}в марте 2017 года.",
     "2017", "Сегодня", "year_of_older_agreement", None),
    ("подобное соглашение with another partner",
     CHEREPOVETS + "подобное соглашение с администрацией Архангельска.",
     "Ранее", "Вологды", "signing_beside_other_sides", False),
    ("the same partner recalled",
     CHEREPOVETS + "соглашение с администрацией Вологды.",
     "Ранее", "подписали", "signing_beside_other_sides", None),
    # pair83: an official's word on the signing, her government lent as its other side
    ("the signing told again by an official of another body",
     KOSTROMA_SIGNED + "поможет сезонным работникам.",
     "подчеркнула", "заключили", "told_again_by_reporter", True),
    ("an agreement of the partner dated by its own year",
     KOSTROMA_SIGNED + "заключённое в 2019 году, помогло сезонным работникам.",
     "подчеркнула", "заключили", "told_again_by_reporter", None),
    ("in force beside a plan",
     OMSK_TYUMEN + "действует с 2022 года.",
     "действует", "подпишут", "in_force_beside_plan", False),
    ("signed before, not in force",
     OMSK_TYUMEN + "было подписано в 2022 году.",
     "2022", "подпишут", "in_force_beside_plan", None),
    # status72
    ("in force beside a plan called new, one side named",
     OMSK_NEW_PLAN.format(new="новое ") + IN_FORCE_WITH_UNIVERSITY,
     "Действующее", "готовят", "in_force_beside_new_plan", False),
    ("in force beside a plan not called new",
     OMSK_NEW_PLAN.format(new="") + IN_FORCE_WITH_UNIVERSITY,
     "Действующее", "готовят", "in_force_beside_new_plan", None),
    ("a new partner in preparation",
     CHUVASHIA + "Республики Таджикистан.",
     "Сейчас", "октябре", "other_partners_other_status", False),
    ("the same partner in preparation",
     CHUVASHIA + "Ставропольского края.",
     "Сейчас", "октябре", "other_partners_other_status", None),
    ("rec92: a plan with another college of the signing's region",
     "Министерство социальной защиты Курганской области и Курганский государственный "
     "медицинский колледж подписали соглашение о подготовке сиделок. Помимо этого, "
     "министерство сейчас готовит соглашение с Курганским государственным педагогическим "
     "колледжем.",
     "Помимо", "подписали", "other_body_of_one_region", False),
    ("rec92: a plan with the signing's partner named again",
     CHUVASHIA + "Ставропольского края.",
     "Сейчас", "октябре", "other_body_of_one_region", None),
    ("hid94: a further signing with another partner of the same side",
     "Центр занятости населения Тамбовской области и АО «Тамбовский станкозавод» 3 марта "
     "подписали соглашение о наставничестве молодых станочников. Помимо этого, 3 марта "
     "предприятие заключило соглашение с комитетом физической культуры и спорта Тамбовской "
     "области: команда завода выступит на спартакиаде. Документ подписали председатель "
     "комитета Олег Тихонов и директор завода Павел Гусев.",
     "Помимо", "наставничестве", "further_signing_other_sides", False),
    ("hid94: the same partners told again, no additive word",
     "Центр занятости населения Тамбовской области и АО «Тамбовский станкозавод» 3 марта "
     "подписали соглашение о наставничестве молодых станочников. По словам директора, "
     "центр занятости и АО «Тамбовский станкозавод» заключили соглашение на три года.",
     "По словам", "наставничестве", "further_signing_other_sides", None),
    ("agr60: a region named bare beside its body, another partner of that region",
     "Курская и Белгородская области подпишут соглашение о сотрудничестве. Проект "
     "соглашения между министерством социальной защиты Курской области и министерством "
     "труда Белгородской области направлен на согласование. " + KURSK_UNIVERSITY,
     "Вчера", "подпишут", "other_partner_beside_region_names", False),
    ("agr60: no region named bare",
     "Министерство социальной защиты Курской области и министерство труда Белгородской "
     "области подпишут соглашение о сотрудничестве. " + KURSK_UNIVERSITY,
     "Вчера", "подпишут", "other_partner_beside_region_names", None),
    ("agr45: two plans with a partner each",
     KURSK_PLANS + "также обсуждает соглашение с фондом «Добрые руки».",
     "обсуждает", "готовят", "other_partners_of_plans", False),
    ("agr45: one plan told again with its partner",
     KURSK_PLANS + "обсуждает соглашение с министерством труда Белгородской области.",
     "обсуждает", "готовят", "other_partners_of_plans", None),
    ("agr45: a plan told again with a partner named short",
     "Министерство социального развития Пермского края и Соцфонд готовят соглашение об "
     "обмене сведениями. Соглашение между министерством социального развития Пермского края "
     "и Отделением Социального фонда России по Пермскому краю планируют подписать в марте.",
     "готовят", "планируют", "other_partners_of_plans", None),
    ("agr46: two signings of one ministry, each with its own named partner",
     PENZA + "Пензенским государственным университетом.",
     "Кроме того", "«Милосердие»", "other_partners_of_signings", False),
    ("agr46: one signing told again with its partner named longer",
     PENZA + "благотворительным фондом «Милосердие».",
     "Кроме того", "«Милосердие»", "other_partners_of_signings", None),
    ("agr44: a second signing with its own co-signer and partner",
     f"{MARI_CHUVASH} подписали соглашение о сотрудничестве. Затем Ирина "
     "Волкова подписала соглашение с Марийским государственным университетом — с его "
     "стороны документ подписал ректор Михаил Швецов.",
     "Затем", "Елизарова", "other_signers_other_partner", False),
    ("agr44: the same signers told again",
     f"{MARI_CHUVASH} подписали соглашение о сотрудничестве. Соглашение между "
     "министерством социальной защиты Республики Марий Эл и министерством труда Чувашской "
     "Республики подписали Ирина Волкова и Алла Елизарова.",
     "Соглашение между", "Елизарова", "other_signers_other_partner", None),
    ("agr44: the ministers' signing after the governors' one",
     "Глава Республики Марий Эл Юрий Зайцев и глава Чувашской Республики Олег Николаев "
     "подписали соглашение о сотрудничестве. Кроме того, министр социальной защиты "
     "Республики Марий Эл Ирина Волкова и министр труда Чувашской Республики Алла Елизарова "
     "подписали соглашение между министерствами.",
     "Кроме того", "Николаев", "other_signers_other_partner", False),
    ("уже действует beside today's signing",
     BURYATIA + "уже действует соглашение о сотрудничестве.",
     "уже действует", "подписали", "recalled_beside_signing", False),
    ("a plan beside today's signing",
     BURYATIA + "будет заключено соглашение о сотрудничестве.",
     "будет", "подписали", "recalled_beside_signing", None),
    ("partners of other regions",
     KALUGA + "Тульской области.",
     "Тульской", "Брянской", "other_regions", False),
    ("partners of the same regions",
     KALUGA + "Брянской области.",
     "Также", "подписало", "other_regions", None),
    ("two regions, then their bodies",
     "Санкт-Петербург и Ленинградская область подписали соглашение о трудовой мобильности. "
     + SPB_TERM,
     "рассчитано", "подписали", "regions_for_their_bodies", True),
    ("agr46: two towns of a digest heading, then their regions' bodies",
     "3. Тамбов и Липецк: второй год по соглашению\n"
     "В рамках соглашения о сотрудничестве между управлением социальной защиты населения "
     "Тамбовской области и управлением социальной защиты населения Липецкой области прошла "
     "стажировка специалистов.",
     "В рамках", "Тамбов и Липецк", "regions_for_their_bodies", True),
    ("bodies, then bodies",
     f"{SPB_BODIES} подписали соглашение о трудовой мобильности. {SPB_TERM}",
     "рассчитано", "подписали", "regions_for_their_bodies", None),
    ("bodies, then the partner's region",
     f"{SPB_BODIES} подписали соглашение о сотрудничестве. Соглашение с Ленинградской "
     "областью позволит трудоустроить жителей.",
     "позволит", "подписали", "region_within_bodies", True),
    ("bodies, then another region",
     f"{SPB_BODIES} подписали соглашение о сотрудничестве. Соглашение с Новгородской "
     "областью позволит трудоустроить жителей.",
     "позволит", "подписали", "region_within_bodies", None),
    # agr76
    ("bare regions recalled, then a body of one of them",
     "Тверская и Псковская области заключили соглашение о сотрудничестве в 2019 году. "
     "«Соглашение 2019 года мы выполнили», — сказал министр социальной защиты Тверской "
     "области Иван Петров.",
     "мы выполнили", "заключили", "body_of_bare_region", True),
    ("bare regions signing now, then a body recalled",
     "Тверская и Псковская области подписали соглашение о сотрудничестве. "
     "«Соглашение мы выполним», — сказал министр социальной защиты Тверской "
     "области Иван Петров.",
     "мы выполним", "подписали", "body_of_bare_region", None),
    ("headline over the bodies",
     "Минтруд Калуги не продлил договор с Брянском" + KALUGA_NOT_EXTENDED,
     "не продлили", "Минтруд Калуги", "headline_over_bodies", True),
    ("headline of another status",
     "Минтруд Калуги продлит договор с Брянском" + KALUGA_NOT_EXTENDED,
     "не продлили", "Минтруд Калуги", "headline_over_bodies", None),
    # statpool94
    ("headline's place inside a body's name",
     "Подписание соглашения с Гомельской областью отложено" + GOMEL_PUT_OFF,
     "о дружбе", "с Гомельской", "headline_place_in_body", True),
    ("headline's place of another status",
     "Соглашение с Гомельской областью подписано" + GOMEL_PUT_OFF,
     "о дружбе", "с Гомельской", "headline_place_in_body", None),
    # agr34
    ("extension signed, then the decision to extend",
     f"{TVER_MINISTERS} продлили соглашение о сотрудничестве. «Решение продлить "
     "соглашение было принято быстро», — отметил Иван Петров.",
     "Решение продлить", "продлили", "extension_told_again", True),
    ("signing, then a plan to extend",
     f"{TVER_MINISTERS} подписали соглашение о сотрудничестве. «Решение подписать "
     "соглашение было принято быстро», — отметил Иван Петров.",
     "Решение подписать", "подписали", "extension_told_again", None),
    ("the document of an extension told",
     f"{ORENBURG_EXTENDED}Дополнительное соглашение о продлении подписали министр Татьяна "
     "Самохина и управляющий отделением Олег Гусев.",
     "Дополнительное", "продлили", "extension_document", True),
    ("a document of another subject after an extension",
     f"{ORENBURG_EXTENDED}Кроме того, министр Татьяна Самохина и ректор университета Олег "
     "Гусев подписали соглашение о практике студентов.",
     "Кроме того", "продлили", "extension_document", None),
    ("items of other ordinals",
     KHAKASSIA_FOURTH,
     "Четвертое", "Третье", "other_ordinal", False),
    ("an item after a first one not counted by its noun",
     KHAKASSIA_FOURTH,
     "Второе", "Первым", "other_ordinal", None),
    # series61
    ("two items of one series with other partners",
     TVER_SERIES + "Затем министерство заключило соглашение с Тверским городским обществом "
     "Красного Креста о помощи беженцам.",
     "Затем", "Первым", "other_series_item", False),
    ("the first item told again outside the series",
     TVER_SERIES + "Соглашение с центром занятости рассчитано на три года.",
     "рассчитано", "Первым", "other_series_item", None),
    ("a bare region, then its body",
     "Министерство труда Тверской области подписало соглашение с Псковской областью. "
     + PSKOV_TERMS,
     "закрепляет", "подписало", "body_of_bare_side", True),
    ("a body, then the same body",
     "Министерство труда Тверской области подписало соглашение с министерством социального "
     "развития Псковской области. " + PSKOV_TERMS,
     "закрепляет", "подписало", "body_of_bare_side", None),
    ("a partner of another kind, the same region",
     KURSK_BLIND + "государственным медицинским университетом.",
     "Кроме того", "подписали", "partner_of_another_kind", False),
    ("a partner of the same kind",
     KURSK_BLIND + "региональным отделением Всероссийского общества глухих.",
     "Кроме того", "подписали", "partner_of_another_kind", None),
    # status56
    ("a branch of another organisation, one side key",
     BRANCHES.format(recalled="ветеранов «Союз ветеранов труда»"),
     "Вчера", "Союз ветеранов", "only_key_of_other_names", False),
    ("the same organisation's branch again",
     BRANCHES.format(recalled="«Милосердие без границ»"),
     "Вчера", "Милосердие", "only_key_of_other_names", None),
    ("no side in common",
     SOLNTSE + "Педагогический университет и музыкальный колледж заключили соглашение "
     "о сотрудничестве.",
     "Педагогический", "Солнце", "no_common_side", False),
    ("a side in common",
     SOLNTSE + "Фонд «Солнце» и педагогический университет заключили соглашение о "
     "сотрудничестве.",
     "педагогический", "подписали", "no_common_side", None),
    ("новое соглашение told again beside the one it replaces",
     "Министерство социальной защиты Курганской области и Отделение Социального фонда России "
     "по Курганской области 3 июня подписали соглашение об обмене сведениями.\n\n"
     "Новое соглашение заменит соглашение, которое министерство заключило в 2018 году с "
     "отделением Пенсионного фонда России по Курганской области.",
     "Отделение Социального фонда", "3 июня подписали", "new_agreement_told_again", True),
    ("новое соглашение of another status",
     "Министерство труда Псковской области и Псковский государственный университет вчера "
     "подписали соглашение о подготовке кадров.\n\nНовое соглашение министерство планирует "
     "подписать в июле с Псковским колледжем.",
     "Новое соглашение министерство", "вчера", "new_agreement_told_again", None),
    # agr67
    ("an agreement recalled beside a roadmap signed now",
     f"{TVER} и {PSKOV} подписали дорожную карту на 2025 год. {CONCLUDED}в 2019 году.",
     "2019", "дорожную карту", "roadmap_beside_agreement", False),
    ("an agreement recalled beside an agreement",
     f"{SIGNED}{CONCLUDED}на пять лет.",
     "пять лет", "подписали", "roadmap_beside_agreement", None),
    # pair68
    ("a past need of a new agreement beside the signing",
     "10 октября министр труда Калужской области Олег Иванов и председатель регионального "
     "отделения Союза пенсионеров России Мария Котова подписали соглашение о сотрудничестве. "
     "В 2024 году департамент был преобразован в министерство, поэтому потребовалось "
     "заключить новое соглашение.",
     "потребовалось", "подписали", "need_of_signed_new", True),
    ("an agreement recalled beside an agreement, no need told",
     f"{SIGNED}{CONCLUDED}на пять лет.",
     "пять лет", "подписали", "need_of_signed_new", None),
    # date76
    ("the signers of an addendum beside the agreement joined",
     "В прошлую среду Отделение Социального фонда России по Курской области присоединилось "
     "к соглашению о совместной реабилитации, которое с 2020 года действовало между "
     "Министерством социального обеспечения Курской области и Курским государственным "
     "университетом. Под дополнительным соглашением расписались министр Анна Петрова, "
     "ректор Олег Смирнов и управляющий отделением Иван Сидоров.",
     "Под дополнительным", "присоединилось", "addendum_beside_base", False),
    ("a joining of the agreement signed just before",
     "Министерство социального обеспечения Курской области и Курский государственный "
     "университет подписали соглашение о сотрудничестве. К соглашению министерства и "
     "университета присоединился и Курский колледж сервиса.",
     "присоединился", "подписали", "addendum_beside_base", None),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,mention,found,rule,answer", named_rows(PROBES))
def test_pass_decides_on_real_mentions(models, monkeypatch, text, mention, found, rule,
                                       answer):
    pairs = [d for d in decisions(models, text, monkeypatch)
             if mention in d.mention and found in d.found[0]]
    assert pairs, [(d.mention[:40], [s[:40] for s in d.found]) for d in
                   decisions(models, text, monkeypatch)]
    assert [d.answers[rule] for d in pairs] == [answer] * len(pairs), \
        [(d.mention[:40], d.answers) for d in pairs]


def test_every_pass_is_probed_both_ways():
    """Each pass has a probe where it decides and one where it has no opinion."""
    decided = {p[4] for p in PROBES if p[5] is not None}
    silent = {p[4] for p in PROBES if p[5] is None}
    names = {rule.__name__ for rule in MERGE_PASSES}
    assert decided == names and silent == names


def test_pass_names_unique_and_docstrings_russian():
    names = [rule.__name__ for rule in MERGE_PASSES]
    assert len(names) == len(set(names))
    for rule in MERGE_PASSES:
        assert rule.__doc__ and re.search(r"[А-Яа-яЁё]{3}", rule.__doc__), rule.__name__


def _rule(name: str, answer: bool | None, calls: list[str]) -> Any:
    def rule(m: Any, c: Any, bare: frozenset[str], models: Any) -> bool | None:
        calls.append(name)
        return answer
    rule.__name__ = name
    return rule


@pytest.mark.parametrize("answers,expected,asked", [
    ((None, False, True), False, ["a", "b"]),
    ((None, True, False), True, ["a", "b"]),
    ((None, None, None), True, ["a", "b", "c"]),
    ((False, None, True), False, ["a"]),
])
def test_first_answer_decides(monkeypatch, answers, expected, asked):
    calls: list[str] = []
    rules = tuple(_rule(n, a, calls) for n, a in zip("abc", answers, strict=True))
    monkeypatch.setattr(merge_rules, "MERGE_PASSES", rules)
    monkeypatch.setattr(merge_rules, "REJOIN_PASSES", ())
    assert same_agreement(object(), object(), frozenset(), object()) is expected  # type: ignore[arg-type]
    assert calls == asked


@pytest.mark.parametrize("rejoin,expected,asked", [
    (True, True, ["a", "again"]),
    (None, False, ["a", "again"]),
])
def test_a_rejoin_pass_is_asked_only_after_a_mention_is_set_apart(monkeypatch, rejoin,
                                                                   expected, asked):
    """pair68: ``REJOIN_PASSES`` may join a mention a merge pass set apart, and nothing else."""
    calls: list[str] = []
    monkeypatch.setattr(merge_rules, "MERGE_PASSES", (_rule("a", False, calls),))
    monkeypatch.setattr(merge_rules, "REJOIN_PASSES", (_rule("again", rejoin, calls),))
    assert same_agreement(object(), object(), frozenset(), object()) is expected  # type: ignore[arg-type]
    assert calls == asked
    calls.clear()
    monkeypatch.setattr(merge_rules, "MERGE_PASSES", (_rule("a", True, calls),))
    assert same_agreement(object(), object(), frozenset(), object()) is True  # type: ignore[arg-type]
    assert calls == ["a"]


def test_development_log_lists_the_passes_in_order():
    """The development log's list of merge passes is the tuple, in its order."""
    text = DEV_LOG.read_text(encoding="utf-8")
    at = text.index("Merge passes (`MERGE_PASSES`)")
    listed = re.findall(r"^\d+\. `(\w+)`", text[at:at + 8000], flags=re.M)  # hid94: 41 passes
    names = [rule.__name__ for rule in MERGE_PASSES]
    assert listed[:len(names)] == names


# --- bare mentions (BARE_PASSES) -------------------------------------------------------


@dataclass
class Bare:
    """One side-less mention as pass 2 of merging got it, and what became of it."""
    given: BareMention  # a copy of the state before any pass ran
    decided_by: str
    dropped: bool
    target: str | None  # the first sentence of the agreement it joined
    parties: list[str]  # its own sides after the passes

    def fresh(self) -> BareMention:
        """The state as given, with a copy of the mention, for one pass to run on."""
        return _copy_state(self.given)


def _copy_state(s: BareMention) -> BareMention:
    """A copy of a bare mention's state that the passes can change without touching ``s``:
    the mention, its sides and the open agreements copied."""
    given = copy.copy(s)
    given.c = copy.copy(s.c)
    given.c.parties = list(s.c.parties)
    given.recent = list(s.recent)
    return given


def bare_mentions(models: Any, text: str, monkeypatch: pytest.MonkeyPatch) -> list[Bare]:
    """Run the whole extraction on ``text`` and note every side-less mention pass 2 reads."""
    seen: list[Bare] = []

    def watched(s: BareMention) -> BareMention:
        given = _copy_state(s)
        out = join_bare(s)
        seen.append(Bare(given, out.decided_by, out.dropped,
                         out.target.candidates[0].sentence.text if out.target else None,
                         [p.name for p in out.c.parties]))
        return out

    monkeypatch.setattr(merge, "join_bare", watched)
    agreements_of(models, text, PUB)
    return seen


def one_bare(models: Any, text: str, mention: str, monkeypatch: pytest.MonkeyPatch) -> Bare:
    found = [b for b in bare_mentions(models, text, monkeypatch)
             if mention in b.given.c.sentence.text]
    assert len(found) == 1, [b.given.c.sentence.text[:50] for b in found]
    return found[0]


MEMO = f"{TVER} и {PSKOV} подписали меморандум о намерениях. "
PERM_SIGNED = ("Министерство социального развития Пермского края и Фонд поддержки детей "
               "подписали соглашение о реализации комплекса мер. ")
PERM_PLAN = ("Министерство социального развития Пермского края и Фонд поддержки детей "
             "готовят соглашение о реализации комплекса мер. ")  # agr89
KURSK = ("Министерство социальной защиты Курской области и министерство социального развития "
         "Белгородской области подписали соглашение о взаимодействии. ")
# rounds42: under a verb of planning ("планирует подписать") the fronted noun reads its
# partner itself (``agreement_sides.planned_signing_verbs``) and is no bare mention; "обещает"
# is no such verb
SMOLENSK = ("Аналогичное соглашение министерство обещает подписать с министерством "
            "социальной защиты Смоленской области.")

# hist86: a plan of two sides, and an agreement in force of one of them told after it
HIST86_PLAN = ("Центр занятости Тверской области и Тверской колледж сервиса подпишут "
               "соглашение о трудоустройстве выпускников в октябре. ")
HIST86_IN_FORCE = ("С 2021 года центр занятости сотрудничает по соглашению с Тверским "
                   "политехническим институтом. ")

KOSTROMA_TWO = ("Министерство социального развития Костромской области и Костромской "
                "государственный университет 5 июня подписали соглашение о подготовке "
                "кадров. Подписи под документом поставили министр Ольга Мухина и ректор "
                "университета Пётр Зуев.\n\nНапомним, ранее министерство заключило "
                "аналогичное соглашение с Костромским политехническим колледжем.\n\n")

# agr90: bodies told before an agreement "между министерством и ветеранской организацией"
TVER_VETERANS = ("В пятницу прошло заседание Тверской областной организации ветеранов войны "
                 "и труда. В нём участвовал министр социальной защиты Тверской области Иван "
                 "Петров.\n\n")

# (id, text, words of the mention's sentence, the pass that decided ("" none), outcome:
#  "own" agreement / "dropped" / words of the first sentence of the agreement it joins)
BARE_OUTCOMES: list[tuple[str, str, str, str, str]] = [
    ("dig94: a demonstrative points back to the agreement told last",
     SIGNED + "Сейчас ведомства работают по соглашению между правительствами, подписанному "
     "в 2020 году. В минувшем году по линии этого соглашения стажировку прошли 40 "
     "специалистов.", "по линии этого", "demonstrative_of_told", "Сейчас ведомства"),
    ("agr56: the preparation of the agreement signed, told after it",
     SIGNED + "По словам министра, при разработке соглашения министерство изучило опыт "
     "соседних регионов.", "при разработке", "preparation_of_signed", "dropped"),
    ("full agreement after a memorandum",
     MEMO + "На его основе в следующем году будет подготовлено полноценное соглашение.",
     "На его основе", "preliminary_follow_up", "own"),
    ("a reminder after a memorandum",
     MEMO + "Соглашение рассчитано на три года.", "рассчитано", "nearest_told", "меморандум"),
    ("drafts of additional agreements",
     SIGNED + "Проекты дополнительных соглашений поручено подготовить к маю.", "Проекты",
     "drafts_of_further_documents", "dropped"),
    ("a draft of one agreement",
     SIGNED + "Проект соглашения о трудовой мобильности поручено подготовить к маю.",
     "Проект", "nearest_told", "Псковской"),
    ("the nearest of two",
     SIGNED + KURSK + "Соглашение рассчитано на три года.", "рассчитано", "nearest_told",
     "Курской"),
    ("a plan with a partner of its own", SIGNED + SMOLENSK, "Аналогичное", "", "own"),
    ("old89: the agreement in force named bare is the one recalled before",
     SIGNED + "В 2018 году министерство социальной защиты Курской области и министерство "
     "социального развития Белгородской области заключили соглашение о взаимодействии. "
     "В прошлом году к действующему соглашению присоединились ещё сорок учреждений.",
     "к действующему", "in_force_told_before", "2018"),
    ("status48: a tally of more agreements than told",
     SIGNED + "Всего на форуме делегация области заключила 24 соглашения на общую сумму "
     "более 300 млрд рублей.", "Всего",
     "tally_beyond_told", "dropped"),
    ("agr45: in force between a holder and a partner told by common nouns",
     PERM_SIGNED + "Председатель общественной организации «Радуга» Анна Сергеева рассказала, "
     "что с министерством у организации уже два года действует соглашение о взаимодействии.",
     "Радуга", "holder_and_partner", "own"),
    ("agr89: in force between two common nouns, of an earlier year, beside a plan",
     PERM_PLAN + "«Между министерством и фондом уже действует соглашение о грантах, "
     "заключённое в 2021 году», — сказал министр.", "грантах", "between_told_sides", "own"),
    ("status50: a section headline heads the signing told after it",
     f"{TVER} и {PSKOV} договорились подготовить соглашение о туризме.\n\n"
     "Центр занятости и завод подписали соглашение о трудоустройстве\n\n" + KURSK,
     "Центр занятости", "headline_of_next", "Курской"),
    # negative: a sentence of the text (closing stop) is no headline: the nearest before
    ("status50: a sentence is no headline",
     f"{TVER} и {PSKOV} подписали соглашение о трудоустройстве.\n\n"
     "Центр занятости и завод подписали соглашение о трудоустройстве.\n\n" + KURSK,
     "Центр занятости", "nearest_told", "Псковской"),
    ("agr90: between two common nouns naming bodies told before, no agreement before",
     TVER_VETERANS + "Говорили о работе по договору о взаимодействии между министерством и "
     "ветеранской организацией, заключённому в 2020 году.", "Говорили",
     "between_bodies_told", "own"),
    ("agr90: a new agreement of the sides of the one told before",
     TVER_VETERANS + "Говорили о работе по договору о взаимодействии между министерством и "
     "ветеранской организацией, заключённому в 2020 году. Стороны решили подготовить "
     "проект нового соглашения.", "Стороны решили", "new_between_told", "own"),
    ("agr90: an addendum beside its base in one sentence",
     "— Много лет работаем с Тверским отделением общества «Знание». Договор с ними "
     "заключили ещё в 2018 году, а в ноябре прошлого года стороны продлили его, подписав "
     "дополнительное соглашение.", "ещё в 2018", "addendum_of_told", "own"),
    ("agr50: a bare ordinal item opens the agreement told next",
     "На форуме подписаны три соглашения. " + SIGNED + KURSK + "Третий документ — "
     "трёхсторонний. Министерство труда Тверской области, "
     "Отделение Социального фонда России по Тверской области и Тверской областной совет "
     "ветеранов подписали соглашение о совместной работе.", "Третий",
     "ordinal_item_told_next", "Отделение"),
    # negative: no year told, the work may be under the signing (``basis_of_work_since``
    # is probed in BARE_PROBES: the sides of its own record come later)
    ("status70: work under an agreement with no year told",
     SIGNED + "Сейчас министерства сотрудничают в рамках соглашения ежедневно.",
     "ежедневно", "nearest_told", "Псковской"),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,mention,by,outcome", named_rows(BARE_OUTCOMES))
def test_bare_mention_outcome(models, monkeypatch, text, mention, by, outcome):
    b = one_bare(models, text, mention, monkeypatch)
    assert b.decided_by == by
    if outcome == "own":
        assert b.target is None and not b.dropped and b.parties
    elif outcome == "dropped":
        assert b.dropped and b.target is None
    else:
        assert not b.dropped and b.target is not None and outcome in b.target


# One pass on the state pass 2 was given: (id, text, words of the mention's sentence, pass,
# the options it starts with ("recent": every open agreement; "none"), what it leaves: words
# of each option's first sentence, or "sides: WORD" for the mention's own sides ("sides:"
# none))
BARE_PROBES: list[tuple[str, str, str, str, str, list[str] | str]] = [
    # history63: an agreement first told as one more after a bare signing is not it
    ("history63: one more agreement after the signing is not it",
     "Соглашение об обмене сведениями о пенсионерах подписано утром. Днём министерство "
     "спорта Кировской области и федерация плавания подписали ещё одно соглашение — о "
     "поддержке юных пловцов.", "об обмене", "another_told_after", "recent", []),
    # negative: told with no word setting it apart, the later agreement stays an option
    ("history63: an agreement not set apart stays",
     "Соглашение об обмене сведениями о пенсионерах подписано утром. Днём министерство "
     "социального развития Кировской области и фонд «Опора» подписали соглашение о помощи "
     "семьям.", "об обмене", "another_told_after", "recent", ["Днём"]),
    # status72
    ("a contract carrying out the base is not the base", KURSK_FRAME, "Соглашение с заводом",
     "base_it_carries_out", "recent", []),
    ("no base named: the options stay", SIGNED + "Соглашение рассчитано на три года.",
     "рассчитано", "base_it_carries_out", "recent", ["подписали"]),
    ("a reminder can be the signing", SIGNED + "Соглашение рассчитано на три года.",
     "рассчитано", "compatible_agreements", "none", ["подписали"]),
    ("аналогичное is another", SIGNED + SMOLENSK, "Аналогичное", "compatible_agreements",
     "none", []),
    ("partner of another region", SIGNED + SMOLENSK, "Аналогичное", "partner_of_another",
     "recent", []),
    # agr45: a "с" partner naming a side told elsewhere leaves the agreements it names not
    ("agr45: the partner names the story's ministry, not the fund's plan",
     "Совет ветеранов Энской области и Министерство социальной политики Энской области "
     "подписали соглашение. Совет ветеранов готовит соглашение с Энским областным отделением "
     "Социального фонда России. Ветераны помогают пенсионерам по соглашению с областным "
     "министерством, подписанному в 2018 году.", "Ветераны", "partner_named_elsewhere",
     "recent", ["подписали"]),
    # negative: a partner naming no side told leaves every agreement
    ("agr45: a partner named nowhere leaves both",
     "Совет ветеранов Энской области и Министерство социальной политики Энской области "
     "подписали соглашение. Совет ветеранов готовит соглашение с Энским областным отделением "
     "Социального фонда России. Ветераны помогают пенсионерам по соглашению с областным "
     "колледжем, подписанному в 2018 году.", "Ветераны", "partner_named_elsewhere",
     "recent", ["подписали", "готовит"]),
    ("partner of the agreement's region",
     SIGNED + "Аналогичное соглашение министерство обещает подписать с министерством "
     "социального развития Псковской области.", "Аналогичное", "partner_of_another",
     "recent", ["подписали"]),
    ("status50: a plan told after the signing is not it",
     "Центр занятости и завод подписали соглашение о трудоустройстве.\n\n"
     f"{TVER} планирует заключить соглашение о туризме с {PSKOV_INS}.",
     "Центр занятости", "plan_told_after_signing", "recent", []),
    # negative: a plan told before the signing may be the one now signed
    ("status50: a plan told before may be signed now",
     f"{TVER} планировал заключить соглашение о туризме с {PSKOV_INS}.\n\n"
     "Вчера соглашение о туризме подписали.",
     "Вчера", "plan_told_after_signing", "recent", ["планировал"]),
    ("date62: a caption of a signing beside a plan still to come",
     f"{TVER} и {PSKOV} подписали соглашение о туризме.\n\n" + SMOLENSK +
     "\n\nФото: после подписания соглашения.", "Фото:",
     "signing_beside_plans_to_come", "recent", ["подписали"]),
    # negative: no signing in the running, the plan may be the one now signed
    ("date62: a caption beside a plan alone",
     SMOLENSK + "\n\nФото: после подписания соглашения.", "Фото:",
     "signing_beside_plans_to_come", "recent", ["Аналогичное"]),
    # hist86: a bare plan beside a plan and an agreement told in force
    ("hist86: a plan's waiting is not the agreement in force",
     HIST86_PLAN + HIST86_IN_FORCE + "Студентка колледжа Анна ждёт подписания соглашения с "
     "нетерпением.",
     "ждёт", "plan_beside_agreements_in_force", "recent", ["подпишут"]),
    # negative: no plan in the running, the agreement in force stays an option
    ("hist86: no plan beside the agreement in force",
     HIST86_IN_FORCE + "Студентка колледжа Анна ждёт подписания соглашения с нетерпением.",
     "ждёт", "plan_beside_agreements_in_force", "recent", ["2021"]),
    ("headline of the one signing",
     "Подписано соглашение о трудоустройстве\n\n" + f"{TVER} и {PSKOV} подписали соглашение "
     "о занятости инвалидов.", "трудоустройстве", "sole_of_same_status", "none",
     ["Псковской"]),
    ("headline over two signings",
     "Подписано соглашение о трудоустройстве\n\n" + f"{TVER} и {PSKOV} подписали соглашение "
     "о занятости инвалидов. " + KURSK, "трудоустройстве", "sole_of_same_status", "none", []),
    ("протокол о намерениях among two",
     f"{TVER} и {PSKOV} подписали протокол о намерениях и соглашение о занятости. Протокол о "
     f"намерениях предусматривает обмен опытом.", "предусматривает", "named_subject",
     "recent", ["протокол"]),
    ("no subject of its own", SIGNED + KURSK + "Соглашение рассчитано на три года.",
     "рассчитано", "named_subject", "recent", ["Псковской", "Курской"]),
    ("по условиям соглашения",
     SIGNED + KURSK + "По условиям соглашения уже в сентябре первая группа пенсионеров "
     "отправится в Курск.", "По условиям", "terms_of_last_told", "none", ["Курской"]),
    ("no terms", SIGNED + KURSK + "Соглашение рассчитано на три года.", "рассчитано",
     "terms_of_last_told", "none", []),
    ("the partner named", SIGNED + SMOLENSK, "Аналогичное", "plan_partners", "none",
     "sides: Смоленской"),
    ("no partner named",
     SIGNED + "Аналогичное соглашение министерство планирует подписать в следующем году.",
     "Аналогичное", "plan_partners", "none", "sides:"),
    ("agr45: the holder and the partner",
     PERM_SIGNED + "Председатель общественной организации «Радуга» Анна Сергеева рассказала, "
     "что с министерством у организации уже два года действует соглашение о взаимодействии.",
     "Радуга", "holder_and_partner", "none", "sides: Радуга"),
    ("agr45: a holder no body told",
     PERM_SIGNED + "Как рассказала Анна Сергеева, с министерством у ассоциации уже два года "
     "действует соглашение о взаимодействии.", "ассоциации", "holder_and_partner", "none",
     "sides:"),
    ("agr89: the two sides of the plan told before",
     PERM_PLAN + "«Между министерством и фондом уже действует соглашение о грантах, "
     "заключённое в 2021 году», — сказал министр.", "грантах", "between_told_sides", "none",
     "sides: Фонд"),
    # negative: with no date of its own the mention takes no sides here (it may be the plan)
    ("agr89: in force between the two, no year",
     PERM_PLAN + "«Между министерством и фондом действует соглашение о грантах», — сказал "
     "министр.", "грантах", "between_told_sides", "none", "sides:"),
    ("pair61: a caption naming the signers of one signing",
     KOSTROMA_TWO + "На фото: министр Ольга Мухина и ректор Пётр Зуев после подписания "
     "соглашения.", "На фото", "signers_named_again", "recent", ["5 июня"]),
    ("pair61: a caption naming no signer",
     KOSTROMA_TWO + "На фото: губернатор Сергей Ситников после подписания соглашения.",
     "На фото",
     "signers_named_again", "recent", ["5 июня", "Напомним"]),
    # sig50: the pass's positive cases are probed on its state in tests/test_signers_sig50.py
    ("sig50: a mention carrying no signers", SIGNED + "Соглашение рассчитано на три года.",
     "рассчитано", "signers_sides", "none", []),
    ("agr44: the older agreement of the told sides",
     SIGNED + "Первое соглашение министерств было заключено в 2019 году.", "Первое",
     "older_agreement_of_told_sides", "none", "sides: Тверской"),
    ("agr44: an older one with another partner",
     SIGNED + "Напомним, что с 2019 года у завода действует соглашение с местным центром "
     "занятости.", "2019", "older_agreement_of_told_sides", "none", "sides:"),
    ("agr67: an agreement recalled after a roadmap takes the roadmap's sides",
     f"{TVER} и {PSKOV} подписали дорожную карту на 2025 год. Соглашение о сотрудничестве "
     "было заключено в мае 2019 года.", "2019", "agreement_beside_roadmap", "none",
     "sides: Тверской"),
    # negative: after an agreement of its own kind the mention takes no sides here
    ("agr67: an agreement recalled after an agreement",
     f"{SIGNED}Соглашение о туризме было заключено в мае 2019 года.", "2019",
     "agreement_beside_roadmap", "none", "sides:"),
    # agr91: the new agreement after an aside set apart as another is the signing
    ("agr91: the new one is not the aside",
     SIGNED + ASIDE + "Первые стажёры по новому соглашению придут в июне.", "стажёры",
     "set_apart_as_another", "recent", ["подписали"]),
    # negative: a plain reminder may still be the aside
    ("agr91: a reminder keeps the aside",
     SIGNED + ASIDE + "Соглашение рассчитано на три года.", "рассчитано",
     "set_apart_as_another", "recent", ["подписали", "другое"]),
    # miss97: a programme still to be adopted is not the signing before it
    ("miss97: a programme to adopt is no signing",
     SIGNED + "Мероприятия распишут в программе сотрудничества на 2026–2029 годы, которую "
     "хотят утвердить в мае.", "распишут", "programme_beside_signed", "recent", []),
    # negative: a plain reminder keeps the signing
    ("miss97: a reminder keeps the signing", SIGNED + "Соглашение рассчитано на три года.",
     "рассчитано", "programme_beside_signed", "recent", ["подписали"]),
    # plan50: the base of a roadmap still to be adopted stands for that roadmap, none of the
    # agreements told as signed or recalled before it
    ("plan50: a roadmap to adopt is no signing",
     SIGNED + "Дорожную карту по выполнению соглашения утвердят осенью.",
     "утвердят", "base_of_plan_to_come", "recent", []),
    # negative: a plain reminder keeps the signing
    ("plan50: a reminder keeps the signing", SIGNED + "Соглашение рассчитано на три года.",
     "рассчитано", "base_of_plan_to_come", "recent", ["подписали"]),
    # miss43: a term over before the plan's year is not the plan
    ("miss43: an ended term is no later plan",
     f"{TVER} и {PSKOV} планируют подписать соглашение о сотрудничестве в мае 2024 года. "
     "Подведены итоги соглашения на 2019–2021 годы.", "итоги", "older_term_aside", "recent",
     []),
    # negative: a term still running may be the plan's
    ("miss43: a running term keeps the plan",
     f"{TVER} и {PSKOV} планируют подписать соглашение о сотрудничестве в мае 2024 года. "
     "Подведены итоги соглашения на 2023–2026 годы.", "итоги", "older_term_aside", "recent",
     ["подписать"]),
    # miss58: a bare plan is none of the agreements told only after it as past
    ("miss58: a plan before an older agreement told as past",
     "Министерство социального развития Курской области и благотворительный фонд «Светлый "
     "путь» закончили согласовывать текст соглашения о сотрудничестве. До этого фонд уже "
     "сотрудничал по похожему соглашению с Комитетом здравоохранения Курской области.",
     "закончили", "plan_before_recalled", "recent", []),
    # negative: a content sentence in the present after the plan stays in the running
    ("miss58: a plan before its content in the present",
     "Министерство социального развития Курской области и благотворительный фонд «Светлый "
     "путь» закончили согласовывать текст соглашения о сотрудничестве. Соглашение между "
     "министерством и фондом «Светлый путь» предусматривает помощь многодетным семьям.",
     "закончили", "plan_before_recalled", "recent", ["предусматривает"]),
    # status70: work under an agreement since an earlier year is none of the agreements
    # dated otherwise (the undated signing of the page's time)
    ("status70: work since an earlier year is no signing",
     SIGNED + "Напомним, с 2019 года министерства сотрудничают в рамках соглашения о "
     "стажировках.", "стажировках", "basis_of_work_since", "recent", []),
    # negative: work to come from a year may be under the signing
    ("status70: work to come keeps the signing",
     SIGNED + "С 2026 года министерства будут сотрудничать в рамках соглашения о "
     "стажировках.", "стажировках", "basis_of_work_since", "recent", ["подписали"]),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,mention,rule,start,left", named_rows(BARE_PROBES))
def test_bare_pass_on_real_mention(models, monkeypatch, text, mention, rule, start, left):
    s = one_bare(models, text, mention, monkeypatch).fresh()
    s.options = list(s.recent) if start == "recent" else []
    next(r for r in BARE_PASSES if r.__name__ == rule)(s)
    if isinstance(left, str):
        word = left.removeprefix("sides:").strip()
        names = [p.name for p in s.c.parties]
        assert (any(word in n for n in names) if word else names == []), names
    else:
        firsts = [m.candidates[0].sentence.text for m in s.options]
        assert len(firsts) == len(left) and all(w in f for w, f in zip(left, firsts,
                                                                       strict=True)), firsts


def test_every_bare_pass_is_probed():
    names = {rule.__name__ for rule in BARE_PASSES}
    probed = {p[3] for p in BARE_OUTCOMES} | {p[3] for p in BARE_PROBES}
    assert names <= probed | {""}
    assert len(names) == len(BARE_PASSES)
    for rule in BARE_PASSES:
        assert rule.__doc__ and re.search(r"[А-Яа-яЁё]{3}", rule.__doc__), rule.__name__


def test_bare_loop_stops_at_the_deciding_pass(monkeypatch):
    calls: list[str] = []

    def deciding(s: BareMention) -> None:
        calls.append("deciding")
        s.done = True

    def never(s: BareMention) -> None:
        calls.append("never")

    monkeypatch.setattr(merge_rules, "BARE_PASSES", (deciding, never))
    s = join_bare(BareMention(None, [], frozenset(), None, [], [], None))  # type: ignore[arg-type]
    assert calls == ["deciding"] and s.decided_by == "deciding"
