"""sig43: signers named outside the signing sentence, read as (post, name) and tied to a
record by the bodies of their posts. A list of signers under "Документ подписали:" far
below the report, its lines a lower-case post and a name; a channel's photo caption under
a pictograph. Negatives: a list of guests, a list of a signing to come, a list whose people
hold no posts in the record's sides. Every probe is written here, in words of its own."""

from __future__ import annotations

import probes
import pytest

LEAD = "Новости\n\n"
PUBLISHED = "2025-04-18"

MIN = "Министерство социальной защиты Тверской области"
FUND = "фонд «Светлый путь»"

BODY = (
    f"{MIN} и благотворительный {FUND} 17 апреля заключили соглашение: вместе они "
    "будут помогать семьям, где растут дети-инвалиды.\n\n"
    "Фонд будет оплачивать курсы лечебной физкультуры, а ведомство возьмёт на себя поиск "
    "семей и доставку детей на занятия.\n\n"
    "В прошлом году занятия в бассейне посещали сорок восемь детей из шести районов.\n\n"
    "Первые группы начнут заниматься в мае, рассказали в пресс-службе ведомства.\n\n"
)

LIST_OK = (
    "Документ от имени сторон подписали:\n"
    "министр социальной защиты Тверской области А.В. Смирнов;\n"
    "председатель правления благотворительного фонда «Светлый путь» И.И. Лыкова.\n\n"
    "Телефон горячей линии фонда работает по будним дням с девяти до восемнадцати часов.\n")

COMPANY = "ООО «Речной вокзал»"
# (id, text after the lead, the signers of each signed record, sorted)
POSITIVES = [
    # a list of signers under a colon clause, far from the signing, lines without marks
    ("closing-list", BODY + LIST_OK,
     [["А. В. Смирнов", "И. И. Лыкова"]]),
    # the same list with dash marks, still far from the signing
    ("closing-dash-list", BODY +
     "Свои подписи под документом тогда поставили:\n"
     "— министр социальной защиты Тверской области Павел Сергеевич Горелов;\n"
     "— председатель правления фонда «Светлый путь» Инна Ильинична Лыкова.\n",
     [["Инна Ильинична Лыкова", "Павел Сергеевич Горелов"]]),
]


@pytest.mark.parametrize(("case", "tail", "expected"), POSITIVES, ids=[r[0] for r in POSITIVES])
def test_signers_listed(models, case: str, tail: str, expected: list[list[str]]) -> None:
    assert probes.signers_of(models, LEAD + tail, PUBLISHED) == expected


CHANNEL = (
    "Соцзащита Тверской области\n\n"
    "17 апреля 2025\n\n"
    f"🚐 Сегодня министерство социальной защиты Тверской области и {COMPANY} подписали "
    "соглашение о бесплатных перевозках для людей на колясках.\n\n"
    "Машины с подъёмником будут ездить по заявкам из всех районов области. "
    "Подробности расскажем на следующей неделе 👇\n\n"
    "📷 На фото: министр Павел Сергеевич Горелов и генеральный директор "
    f"{COMPANY} Глеб Андреевич Фомин подписывают документ\n\n"
    "#соцзащита #Тверь\n")


def test_channel_caption(models) -> None:
    """A channel's caption under a pictograph is the article's, not page chrome."""
    assert probes.signers_of(models, CHANNEL, PUBLISHED) == [
        ["Глеб Андреевич Фомин", "Павел Сергеевич Горелов"]]


# (id, text after the lead, names that sign no record)
NEGATIVES = [
    # guests of the signing, listed like signers
    ("guests-list", BODY +
     "На подписании присутствовали:\n"
     "министр социальной защиты Тверской области А.В. Смирнов;\n"
     "председатель правления фонда «Светлый путь» И.И. Лыкова.\n",
     {"А. В. Смирнов", "И. И. Лыкова"}),
    # a list of those who will sign a later document
    ("future-list", BODY +
     "Подписи под следующим документом поставят:\n"
     "министр социальной защиты Тверской области А.В. Смирнов;\n"
     "председатель правления фонда «Светлый путь» И.И. Лыкова.\n",
     {"А. В. Смирнов", "И. И. Лыкова"}),
    # people holding posts in no side of the record
    ("other-bodies", BODY +
     "Документ подписали:\n"
     "глава Кашинского муниципального округа О.В. Дронов;\n"
     "директор районной библиотеки Е.А. Симакова.\n",
     {"О. В. Дронов", "Е. А. Симакова"}),
]


@pytest.mark.parametrize(("case", "tail", "not_signers"), NEGATIVES,
                         ids=[r[0] for r in NEGATIVES])
def test_not_signers(models, case: str, tail: str, not_signers: set[str]) -> None:
    probes.check_no_signers(models, LEAD + tail, PUBLISHED, not_signers)


SIG43_FUNCTIONS = [("signer_lists", "tied_sides"),
                   ("signer_lists", "closing_list_signers"),
                   ("signer_lists", "caption_list_signers"),
                   ("signer_shapes", "post_closing_name")]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, SIG43_FUNCTIONS)
