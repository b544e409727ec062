"""Signatories where the agreement itself is found: the announced signers of
a planned agreement told by a periphrastic future ("подписывать документ будут X и Y"),
a plan, a duty, a future passive or "Подписантами станут", with a pronoun for one named
before ("— она сама и министр X"), anywhere after the only planned agreement (a placing
of signatures, "подписи поставят X и Y", is not read: the dev rounds' gold lists none); the
one an interviewer's question addresses ("– Михаил Александрович, вы подписали ...") and
the partner of the answer ("мы подписали с министром X"); signers named past a sentence
where a guest speaks ("На церемонии выступил губернатор X"); the holder of a "post of
post" ("первый заместитель министра … И.В. Назаренко") and an agent in the instrumental
the parser hung on a side's noun ("подписано министром … Аллой Ветровой и …"); the
author of a letter who says "мы … подписали", named by its sign-off line ("С уважением,
министр X", kept by the boilerplate masking); a bare generic head of a side ("С пензенской
стороны документ подписала глава ведомства"). Probes are written for this file; the
dev-round texts of these causes are checked against their gold in
``test_signers_dev_round_instances.py``; the pairing report's signer errors in
``test_pairing_report.py``."""

from __future__ import annotations

from typing import Any

import pytest
from probes import agreements_of, signers_of

from soccoop.extract import signers as signer_rules
from soccoop.extract.syntax import ensure_parsed

PUB = "2025-10-20"

PLAN_HEADLINE = (
    "Депутаты одобрили проект соглашения с Тверской областью о помощи ветеранам\n"
    "На заседании областной думы министр социальной защиты Смоленской области Ольга "
    "Кравец представила проект соглашения между правительствами Смоленской и Тверской "
    "областей. По её словам, документ предусматривает обмен опытом. Председатель комитета "
    "Ирина Белых отметила, что похожее соглашение с Брянской областью, заключённое в 2022 "
    "году, себя оправдало. Депутаты поддержали проект. Подписать соглашение планируется в "
    "мае на форуме в Смоленске. Документ подпишут губернатор Смоленской области Василий "
    "Анохин и губернатор Тверской области Игорь Руденя.")

PERIPHRASTIC = (
    "В мае министерство труда Курской области и министерство социальной защиты Орловской "
    "области подпишут соглашение о сотрудничестве. Подписывать документ будут министр "
    "Анна Седых и министр Пётр Гусев.")

PRONOUN = (
    "Министр социального развития Брянской области Вера Сомова рассказала о планах "
    "ведомства. По её словам, подписывать соглашение с Калужской областью будут "
    "руководители ведомств — она сама и министр труда Калужской области Павел Коновалов.")

INTERVIEW = (
    "Начальник департамента социальной защиты Томской области Игорь Савин рассказал "
    "газете о новых партнёрах.\n"
    "– Игорь Петрович, в прошлый четверг вы подписали соглашение с Алтайским краем. Зачем "
    "области такой документ?\n"
    "– У нас с Алтаем много общего. Соглашение мы подписали с министром Ольгой Лебедевой "
    "в Барнауле, и уже в марте к ним поедут наши специалисты.")

SPEAKER_ASIDE = (
    "Министерство труда Калужской области и министерство социального развития Брянской "
    "области подписали соглашение о сотрудничестве. На церемонии выступил губернатор "
    "Калужской области Владислав Шапша. Документ подписали министр Павел Коновалов и "
    "министр Вера Сомова.")

DEPUTY = (
    "Во вторник в Белгороде подписано соглашение о сотрудничестве между Курским "
    "университетом и министерством социальной защиты Белгородской области. Со стороны "
    "университета документ подписал ректор Андрей Михайлов, со стороны министерства — "
    "первый заместитель министра социальной защиты Белгородской области И.В. Назаренко.")

OBLIQUE_PAIR = (
    "Соглашение о сотрудничестве между министерством социальной защиты Пензенской области "
    "и министерством труда Саратовской области подписано министром социальной защиты "
    "Пензенской области Аллой Ветровой и министром труда Саратовской области Глебом "
    "Корнеевым.")

SIGN_OFF = (
    "Уважаемые коллеги!\n"
    "Вчера мы вместе с министром труда Республики Мордовия Артёмом Вдовиным подписали "
    "соглашение между министерством социального развития Ульяновской области и "
    "министерством труда Республики Мордовия о сотрудничестве.\n"
    "С уважением, министр социального развития Ульяновской области Елена Кривошеева")

DUTY = (
    "Министерство труда Курской области и министерство социальной защиты Орловской "
    "области готовят соглашение о сотрудничестве. Подписать его должны министр Анна Седых "
    "и министр Пётр Гусев.")

# the signer of a second agreement, told with its own partner, is not the first one's
TWO_AGREEMENTS = (
    "Пензенская и Саратовская области заключили соглашение о сотрудничестве. Его "
    "подписали министр Алла Ветрова и министр Глеб Корнеев. Министр Алла Ветрова также "
    "подписала соглашение с Тамбовской областью, которое со стороны Тамбова подписал Олег "
    "Рябов.")

PREPARED = ("Министерство социальной защиты Пензенской области и министерство труда "
            "Саратовской области готовят соглашение о сотрудничестве. ")

GENERIC_HEAD = (
    "Министерство социальной защиты Пензенской области подписало соглашение с министерством "
    "труда Саратовской области. С пензенской стороны документ подписала глава ведомства. "
    "Министр социальной защиты Пензенской области Алла Ветрова отметила, что сотрудничество "
    "важно.")

SHE_AND_SIDE = (
    "Министр социальной защиты Пензенской области Алла Ветрова находилась с рабочим "
    "визитом в Саратове. Она подписала соглашение о сотрудничестве с министерством труда "
    "Саратовской области. Со стороны Саратова документ подписал министр Глеб Корнеев.")

PROBES = [
    (PLAN_HEADLINE, ("planned",), [["Василий Анохин", "Игорь Руденя"]]),
    (PERIPHRASTIC, ("planned",), [["Анна Седых", "Пётр Гусев"]]),
    (PRONOUN, ("planned",), [["Вера Сомова", "Павел Коновалов"]]),
    (INTERVIEW, ("signed",), [["Игорь Савин", "Ольга Лебедева"]]),
    (SPEAKER_ASIDE, ("signed",), [["Вера Сомова", "Павел Коновалов"]]),
    (DEPUTY, ("signed",), [["Андрей Михайлов", "И. В. Назаренко"]]),
    (OBLIQUE_PAIR, ("signed",), [["Алла Ветрова", "Глеб Корнеев"]]),
    (SIGN_OFF, ("signed",), [["Артём Вдовин", "Елена Кривошеева"]]),
    (DUTY, ("planned",), [["Анна Седых", "Пётр Гусев"]]),
    (PREPARED + "Соглашение планируют подписать министр Алла Ветрова и министр Глеб "
     "Корнеев в мае.", ("planned",), [["Алла Ветрова", "Глеб Корнеев"]]),
    (PREPARED + "Подписантами станут министр Алла Ветрова и министр Глеб Корнеев.",
     ("planned",), [["Алла Ветрова", "Глеб Корнеев"]]),
    (PREPARED + "Документ будет подписан министром Аллой Ветровой и министром Глебом "
     "Корнеевым.", ("planned",), [["Алла Ветрова", "Глеб Корнеев"]]),
    (PREPARED + "Подписать документ поручено министру Алле Ветровой и министру Глебу "
     "Корнееву.", ("planned",), [["Алла Ветрова", "Глеб Корнеев"]]),
    (GENERIC_HEAD, ("signed",), [["Алла Ветрова"]]),
    (SHE_AND_SIDE, ("signed",), [["Алла Ветрова", "Глеб Корнеев"]]),
    ("Министерство социальной защиты Пензенской области и министерство труда Саратовской "
     "области заключили соглашение о сотрудничестве. Торжественное подписание провели "
     "министр Алла Ветрова и министр Глеб Корнеев.", ("signed",),
     [["Алла Ветрова", "Глеб Корнеев"]]),
    (TWO_AGREEMENTS, ("signed",), [["Алла Ветрова", "Глеб Корнеев"],
                                   ["Алла Ветрова", "Олег Рябов"]]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "statuses", "expected"), PROBES)
def test_signers_found(models: Any, text: str, statuses: tuple[str, ...],
                       expected: list[list[str]]) -> None:
    assert signers_of(models, text, PUB, statuses) == expected


NEGATIVES = [
    # a governor who only attends: the ministers named after him sign
    ("Министерство труда Калужской области и министерство социального развития Брянской "
     "области подписали соглашение о сотрудничестве. На подписании присутствовал "
     "губернатор Калужской области Владислав Шапша. Документ подписали министр Павел "
     "Коновалов и министр Вера Сомова.", ("signed",), {"Владислав Шапша"}),
    # one who only speaks at the occasion, no signer named: nobody
    ("Министерство труда Калужской области и министерство социального развития Брянской "
     "области подписали соглашение о сотрудничестве. На церемонии выступил губернатор "
     "Калужской области Владислав Шапша.", ("signed",), {"Владислав Шапша"}),
    # the addressee's first name is shared by two people named before: no guess
    ("Министр Томской области Игорь Савин и его заместитель Игорь Лаптев приехали в "
     "Барнаул.\n– Игорь Петрович, в четверг вы подписали соглашение с Алтайским краем?\n"
     "– Да, документ рассчитан на три года.", ("signed",),
     {"Игорь Савин", "Игорь Лаптев", "Игорь Петрович"}),
    # the pronoun leaves two women named before: no guess
    ("Министр Брянской области Вера Сомова и её заместитель Ольга Ланина рассказали о "
     "планах. По их словам, подписывать соглашение с Калужской областью будут "
     "руководители ведомств — она сама и министр Калужской области Павел Коновалов.",
     ("planned",), {"Вера Сомова", "Ольга Ланина"}),
    # the author of a letter whose "мы" did not sign: the two ministers named sign
    ("Уважаемые коллеги!\nВчера министр Анна Седых и министр Пётр Гусев подписали "
     "соглашение между министерствами Курской и Орловской областей о сотрудничестве.\n"
     "Ваш губернатор Роман Старовойт", ("signed",), {"Роман Старовойт"}),
    # a byline after the body is no sign-off and no signer
    ("Вчера мы вместе с министром труда Республики Мордовия Артёмом Вдовиным подписали "
     "соглашение между министерствами Ульяновской области и Республики Мордовия.\n"
     "Текст: Иван Сидоров", ("signed",), {"Иван Сидоров"}),
    # a past passive is no announcement: "был подписан" tells of another, older one
    (PREPARED + "Прежний документ был подписан министром Аллой Ветровой и министром "
     "Глебом Корнеевым в 2019 году.", ("planned",), {"Алла Ветрова", "Глеб Корнеев"}),
    # those who only plan to meet are not announced signers
    (PREPARED + "Министр Алла Ветрова и министр Глеб Корнеев планируют встретиться в мае.",
     ("planned",), {"Алла Ветрова", "Глеб Корнеев"}),
    # a generic head of the other side: the Penza minister did not sign for Saratov
    (GENERIC_HEAD.replace("С пензенской стороны", "С саратовской стороны"), ("signed",),
     {"Алла Ветрова"}),
    # the verb's gender leaves nobody: the Penza head named is a woman
    (GENERIC_HEAD.replace("подписала глава", "подписал глава"), ("signed",),
     {"Алла Ветрова"}),
    # "он" agrees with no woman named before: she is not taken for him
    (SHE_AND_SIDE.replace("Она подписала", "Он подписал"), ("signed",), {"Алла Ветрова"}),
    # those who hold a meeting conduct no signing
    ("Министерство социальной защиты Пензенской области и министерство труда Саратовской "
     "области заключили соглашение о сотрудничестве. Совещание провели министр Алла Ветрова "
     "и депутат Иван Орлов.", ("signed",), {"Алла Ветрова", "Иван Орлов"}),
    # a placing of signatures already done is no announcement for the planned agreement
    ("Министерство труда Курской области планирует подписать соглашение с Орловской "
     "областью. В прошлом году подписи под соглашением с Брянской областью поставили "
     "министр Анна Седых и министр Пётр Гусев.", ("planned",), {"Анна Седых", "Пётр Гусев"}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "statuses", "not_signers"), NEGATIVES)
def test_not_signers(models: Any, text: str, statuses: tuple[str, ...],
                     not_signers: set[str]) -> None:
    found = [a for a in agreements_of(models, text, PUB) if a.status in statuses]
    assert found  # the agreement itself is still found
    assert not {n for a in found for n in a.signatories} & not_signers


@pytest.mark.slow
@pytest.mark.parametrize(("text", "surname", "expected"), [
    # the parser hangs the initials on "министра": the deputy's name all the same
    ("Со стороны министерства — первый заместитель министра социальной защиты населения "
     "и труда Белгородской области И.В. Назаренко.", "Назаренко", True),
    ("Документ подписал заместитель министра Ивана Петрова.", "Петрова", False),
    ("Документ подписал министр Иван Петров.", "Петров", False),
])
def test_outer_post_name(models: Any, text: str, surname: str, expected: bool) -> None:
    analysis = models.analyse(text)
    sent = ensure_parsed(analysis.sentences[0], models)
    span = next(s for s in analysis.spans if s.type == "PER" and surname in s.text)
    assert signer_rules.outer_post_name(sent, span) is expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "surname", "expected"), [
    (OBLIQUE_PAIR, "Ветровой", True),
    # a partner in the instrumental with "с": no agent
    ("Соглашение подписано с министром труда Саратовской области Глебом Корнеевым.",
     "Корнеевым", False),
    # an instrumental post that is no agent of the signing
    ("Соглашение подписано в Саратове, встреча завершилась обедом с министром труда "
     "области Глебом Корнеевым.", "Корнеевым", False),
])
def test_written_agent(models: Any, text: str, surname: str, expected: bool) -> None:
    analysis = models.analyse(text)
    sent = ensure_parsed(analysis.sentences[0], models)
    span = next(s for s in analysis.spans if s.type == "PER" and surname in s.text)
    assert signer_rules.written_agent(sent, span) is expected


@pytest.mark.slow
def test_cli_ingest_and_list_announced_signers(listed_rows: Any) -> None:
    rows = listed_rows({"duma.txt": PLAN_HEADLINE}, "--kind", "agreements", "--format", "jsonl",
                       "--limit", "0")
    assert [(r["status"], sorted(r["signatories"])) for r in rows if r["status"] == "planned"] \
        == [("planned", ["Василий Анохин", "Игорь Руденя"])]
