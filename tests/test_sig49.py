"""sig49: signers when several agreements signed at one event are told one to a paragraph or
list item. An agreement that opens its own line ("— Соглашение между ...", "2. Соглашение
...", "Третьим стал договор ...") is signed by the persons of the first signing sentence of
that line, however many sentences of its terms stand between
(``candidate_signers.paragraph_signers``, with ``nlp.opens_line``, ``_bare_paper`` and
``_signing_told``). A bare post never stands for a person named between that post and the
name the parser hung on it (``signer_shapes._name_between``). Negatives: a signing told on
the next line, a signing still to come, a post that is the name's own. Every probe is
written here, in words of its own."""

from __future__ import annotations

from typing import Any

import probes
import pytest

PUBLISHED = "2025-10-15"

# (text, a word of the item's side, the signers of the record with that side); the first
# two fail on b49dev (that record has no signer), the last passes there too
ITEMS = [
    # b49dev: none (two sentences of terms, then "Подписи поставили", no noun)
    ("Делегация Энской области подписала на форуме три соглашения.\n"
     "Первым стало соглашение между правительством Энской области и АО «Энскстрой» о "
     "строительстве нового дома-интерната. Соглашение подписали губернатор Степан Жуков и "
     "директор АО «Энскстрой» Глеб Титов.\n"
     "Второй социальный документ — соглашение между министерством социальной защиты "
     "Энской области и автономной некоммерческой организацией «Шаг вперёд». АНО будет "
     "бесплатно подбирать протезы для ветеранов. Кроме того, специалисты АНО обучат "
     "сотрудников областного центра реабилитации. Подписи поставили министр социальной "
     "защиты Энской области Анна Ветрова и директор АНО Ольга Кузина.\n",
     "Шаг вперёд", ["Анна Ветрова", "Ольга Кузина"]),
    # b49dev: none ("Договор подписали" after two sentences of terms)
    ("Энский университет подписал на форуме три документа.\n"
     "Первым было подписано соглашение с министерством социальной защиты Энской области о "
     "практике студентов. Его подписали министр Анна Ветрова и ректор Олег Мазуров.\n"
     "Также университет подписал соглашение с федерацией волейбола о студенческом спорте. "
     "Документ подписали ректор Олег Мазуров и президент федерации Иван Сидоров.\n"
     "Третьим стал договор о партнёрстве между вузом и автономной "
     "некоммерческой организацией «Опора семьи». Студенты будут вести занятия с детьми. "
     "Преподаватели подготовят для центра курс лекций. Договор подписали ректор Олег "
     "Мазуров и директор АНО Вера Егорова.\n",
     "Опора семьи", ["Вера Егорова", "Олег Мазуров"]),
    # passing on b49dev too: each item keeps its own pair (both items social: since event49
    # children's sport is no record, so the second item is a job agreement)
    ("На форуме в Энске министерства Энской области подписали несколько документов.\n"
     "Подписанные документы:\n"
     "— Соглашение между министерством социальной защиты Энской области и "
     "благотворительным фондом «Тёплый дом» о помощи одиноким пенсионерам. Фонд купит "
     "для домов престарелых новые кровати. Волонтёры фонда будут навещать жильцов по "
     "выходным. Подписали: министр Анна Ветрова и президент фонда Ольга Кузина.\n"
     "— Соглашение между министерством труда Энской области и АНО «Ракета» о "
     "трудоустройстве ветеранов боевых действий. Подписали: министр Пётр Гуляев и директор "
     "АНО Семён Орлов.\n",
     "Ракета", ["Пётр Гуляев", "Семён Орлов"]),
]


def _signers_by_record(models: Any, text: str) -> list[list[str]]:
    return probes.signers_of(models, text, PUBLISHED, ("signed", "mentioned"))


@pytest.mark.parametrize(("text", "side", "signers"), ITEMS)
def test_an_item_is_signed_by_its_own_line(models: Any, text: str, side: str,
                                           signers: list[str]) -> None:
    found = [sorted(a.signatories) for a in probes.agreements_of(models, text, PUBLISHED)
             if any(side.lower() in p.name.lower() for p in a.parties)]
    assert found == [sorted(signers)]


# (text, signers none of the records may have); guards, passing on b49dev too
GUARDS = [
    # the signing is told on the next line, after a line break: not read for the item
    ("В Энске прошёл форум социальных проектов.\n"
     "Соглашение между министерством социальной защиты Энской области и фондом «Тёплый "
     "дом» о помощи пенсионерам действует с 2020 года. Фонд покупает кровати для домов "
     "престарелых. Волонтёры навещают жильцов.\n"
     "Вечером губернатор Энской области Степан Жуков и министр спорта Пётр Гуляев "
     "подписали приказ о новых спортивных площадках.\n",
     {"Степан Жуков", "Пётр Гуляев"}),
    # a signing still to come in the item's line
    ("На форуме в Энске обсудили новые документы.\n"
     "— Соглашение между министерством социальной защиты Энской области и фондом «Тёплый "
     "дом» о помощи пенсионерам. Фонд купит кровати для домов престарелых. Волонтёры "
     "будут навещать жильцов. Подписать документ планируют министр Анна Ветрова и "
     "президент фонда Ольга Кузина.\n",
     {"Анна Ветрова", "Ольга Кузина"}),
]


@pytest.mark.parametrize(("text", "not_signers"), GUARDS)
def test_no_signer_from_outside_the_item(models: Any, text: str,
                                         not_signers: set[str]) -> None:
    found = {n for group in _signers_by_record(models, text) for n in group}
    assert not found & not_signers


# (text, a word of the record's side, its signers); a bare post stands for the one named
# before with it, never for a person named between that post and the name the parser hung
# on it (``signer_shapes._name_between``); the first fails on b49dev (Рябов for Котов)
POSTS = [
    ("12 мая в Энском университете подписан договор о партнёрстве между вузом и "
     "администрацией города Энска по социальному туризму для пожилых горожан. Подписи под "
     "договором поставили ректор университета Иван Петрович Котов и глава города Энска "
     "Олег Юрьевич Рябов.\n"
     "Экскурсии для пожилых горожан будут проводить студенты.\n"
     "В тот же день ректор университета и председатель Энского отделения Союза "
     "пенсионеров России Вера Ивановна Лосева подписали меморандум о партнёрстве, по "
     "которому вуз откроет для пенсионеров курсы компьютерной грамотности.\n",
     "Союза пенсионеров", ["Вера Ивановна Лосева", "Иван Петрович Котов"]),
    # guard, passing on b49dev too: the post is the name's own
    ("Министр труда Энской области Анна Котова открыла форум социальных проектов. Затем "
     "министр и директор благотворительного фонда «Заря» Пётр Лосев подписали "
     "соглашение о помощи пожилым гражданам.", "Заря", ["Анна Котова", "Пётр Лосев"]),
]


@pytest.mark.parametrize(("text", "side", "signers"), POSTS)
def test_a_bare_post_stands_for_its_own_holder(models: Any, text: str, side: str,
                                                signers: list[str]) -> None:
    found = [sorted(a.signatories) for a in probes.agreements_of(models, text, PUBLISHED)
             if any(side.lower() in p.name.lower() for p in a.parties)]
    assert found == [sorted(signers)]


SIG49_FUNCTIONS = [("candidate_signers", "paragraph_signers"),
                   ("nlp", "opens_line"),
                   ("candidate_signers", "_bare_paper"),
                   ("candidate_signers", "_signing_told"),
                   ("signer_shapes", "_name_between")]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, SIG49_FUNCTIONS)
