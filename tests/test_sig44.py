"""sig44: signers who write in the first person and the common signer of several
agreements. A channel post whose items open with a number ("1️⃣ Вместе с ... подписали"):
the number is no subject, the author the header names signs; an interview's answer that
opens with its dash ("— ... его подписывали мы с министром X") is the guest's, the one
the host addresses by name and patronymic; one person told to sign agreements in the
plural ("Ректор ... подписал соглашения:") signs each record with their body as a side.
Negatives: a quote closed by its speaker; a record of the plural signer's body whose side
has its own signer already; per-side signers of a plural signing. Every probe is written
here, in words of its own."""

from __future__ import annotations

import probes
import pytest

PUBLISHED = "2025-05-21"

CHANNEL = (
    "Олег Зимин | министр труда и занятости Курганской области\n"
    "канал · 3 105 подписчиков\n\n"
    "20 мая в 18:15\n\n"
    "Коротко о главном за вторник 👇\n\n"
    "1️⃣ Вместе с директором Курганского колледжа сервиса Ниной Петровной Гладких "
    "подписали договор о партнёрстве ведомства и колледжа. Студенты пройдут "
    "практику в наших центрах занятости.\n\n"
    "2️⃣ Провели выездной приём граждан в Шадринске, все обращения взяты в работу.\n\n"
    "#занятость45 #Курган\n")

INTERVIEW = (
    "ГАЗЕТА «ЗАУРАЛЬСКИЙ ВЕСТНИК»\n\n"
    "Андрей Громов: «Соседям есть чему поучиться»\n\n"
    "20.05.2025\n\n"
    "Министр труда и занятости Курганской области Андрей Павлович Громов рассказал нашей "
    "газете, зачем региону договоры с соседями.\n\n"
    "— Андрей Павлович, сколько документов подписано в этом году?\n\n"
    "— Если честно, с января мы подписали девять соглашений. Почти все — с "
    "муниципалитетами.\n\n"
    "— А Тюмень?\n\n"
    "— С Министерством труда и занятости Тюменской области соглашение подписано в марте, "
    "его подписывали мы с министром труда Тюменской области Верой Андреевной Сухих "
    "в Ялуторовске. Будем вместе обучать вахтовиков.\n\n"
    "— Что дальше?\n\n"
    "— Дальше колледжи.\n\n"
    "Беседовала Дарья Ломова\n")

PLURAL = (
    "Новости университета\n\n"
    "Курганский государственный университет заключил три соглашения о подготовке "
    "социальных работников.\n\n"
    "Ректор университета Аркадий Борисович Лыков подписал соглашения:\n"
    "• с Министерством социальной политики Курганской области — о целевом обучении;\n"
    "• с Курганским отделением Всероссийского общества глухих — по практике "
    "студентов;\n"
    "• с Курганским областным советом ветеранов — о волонтёрских сменах.\n\n"
    "Первые студенты выйдут на практику уже в сентябре.\n")

LISTED = (
    "Новости университета\n\n"
    "Курганский государственный университет заключил два соглашения о практике "
    "студентов.\n\n"
    "Ректор университета Аркадий Борисович Лыков подписал соглашения:\n"
    "• с Министерством социальной политики Курганской области (от министерства — "
    "министр социальной политики Курганской области Г.Н. Шубина);\n"
    "• с Курганским областным советом ветеранов (со стороны совета — председатель "
    "Курганского областного совета ветеранов Е.П. Фёдоров).\n\n"
    "Первые студенты выйдут на практику уже в сентябре.\n")

# (id, text, the signers of each signed record, sorted)
POSITIVES = [
    ("channel-numbered-item", CHANNEL, [["Нина Петровна Гладких", "Олег Зимин"]]),
    # (passes on main too, by another path; the dash-opened answer is read now as well)
    ("interview-dash-answer", INTERVIEW,
     [["Андрей Павлович Громов", "Вера Андреевна Сухих"]]),
]


@pytest.mark.parametrize(("case", "text", "expected"), POSITIVES, ids=[r[0] for r in POSITIVES])
def test_first_person_signers(models, case: str, text: str, expected: list[list[str]]) -> None:
    assert probes.signers_of(models, text, PUBLISHED) == expected


def test_listed_partner_signers(models) -> None:
    """Each line under the plural signing gives its partner's signer to that record."""
    found = probes.signers_of(models, LISTED, PUBLISHED)
    assert sorted(found) == [["Аркадий Борисович Лыков", "Г. Н. Шубина"],
                             ["Аркадий Борисович Лыков", "Е. П. Фёдоров"]]


def test_plural_signing_signs_each(models) -> None:
    """The rector told to sign the agreements in the plural signs each of the three."""
    found = probes.signers_of(models, PLURAL, PUBLISHED)
    assert len(found) == 3
    assert all("Аркадий Борисович Лыков" in names for names in found)


QUOTE = (
    "Новости\n\n"
    "Министерство труда и занятости Курганской области и Курганский колледж сервиса "
    "подписали соглашение о практике студентов.\n\n"
    "— Его подписывали мы с директором колледжа Ниной Петровной Гладких, — рассказал "
    "первый заместитель министра Олег Игоревич Зимин. — Студенты придут к нам уже в сентябре.\n")

OWN_SIDE = PLURAL + (
    "\nВ тот же день Курганский государственный университет и Курганский колледж сервиса "
    "подписали соглашение о сетевой программе. Со стороны университета его подписал "
    "проректор Курганского государственного университета Илья Сергеевич Панов, со "
    "стороны колледжа — директор колледжа Нина Петровна Гладких.\n")

PER_SIDE = (
    "Новости\n\n"
    "Центр занятости населения Шадринска подписал соглашения с двумя предприятиями "
    "города: ООО «Шадринская пекарня» и ООО «Автосалон „Исеть“».\n\n"
    "От центра занятости оба документа подписала директор центра занятости населения "
    "Шадринска Ольга Петровна Рябинина, со стороны предприятий — директор пекарни "
    "Семён Ильич Носков и директор автосалона Виктор Андреевич Гусельников.\n")

# (id, text, names that sign no record)
NEGATIVES = [
    # a quote closed by its speaker: the dash opens a quote, not an interview's answer
    ("quote-closed-by-speaker", QUOTE, {"Олег Игоревич Зимин"}),
    # a record of the plural signer's body whose side has its own signer already
    ("plural-own-side-signed", OWN_SIDE, {"Аркадий Борисович Лыков"}),
    # per-side signers of a plural signing: each partner's signer signs its own record only
    ("plural-per-side", PER_SIDE, {"Семён Ильич Носков", "Виктор Андреевич Гусельников"}),
]


@pytest.mark.parametrize(("case", "text", "not_signers"), NEGATIVES,
                         ids=[r[0] for r in NEGATIVES])
def test_not_signers(models, case: str, text: str, not_signers: set[str]) -> None:
    if case == "plural-per-side":
        for a in probes.agreements_of(models, text, PUBLISHED):
            assert len(set(a.signatories) & not_signers) <= 1
        return
    if case == "plural-own-side-signed":
        other = [a for a in probes.agreements_of(models, text, PUBLISHED)
                 if "Нина Петровна Гладких" in a.signatories]
        assert other
        assert not any(set(a.signatories) & not_signers for a in other)
        return
    probes.check_no_signers(models, text, PUBLISHED, not_signers)


SIG44_FUNCTIONS = [("signers", "item_number"),
                   ("signers", "signed_by_author"),
                   ("signer_interview", "opens_answer_turn"),
                   ("signer_shared", "shared_signers_of"),
                   ("signer_shared", "plural_signing_signers"),
                   ("signer_shared", "listed_partner_signers")]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, SIG44_FUNCTIONS)
