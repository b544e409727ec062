"""Officials, as general rules: a surname with initials
after a post's genitive chain is the chain head's person and keeps both initials; an
adjective naming the post's field stays in the post; an adjective-named body resolves to
the body of the same head and place the text names; a woman's first name the dictionary
lacks takes her surname's case into the nominative; an act's signature block is not
masked as boilerplate.

Each probe is worded for this file (other regions, posts, names than the corpus); the
tables give the text, the person and what is expected."""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.boilerplate import mask_reasons
from soccoop.extract.nlp import Models

RECORDS = [
    # 5a: a surname then initials after a post's genitive chain: the chain head's person,
    # in its case (instrumental), both initials kept, the surname in the nominative
    ("Вопросы опеки обсудили с заместителем начальника управления опеки Новгородской "
     "области Фёдоровой Е.С. на выездном совещании.", "Е. С. Фёдорова",
     ("заместитель начальника", "управление опеки Новгородской области")),
    ("Делегация комитета по труду Псковской области во главе с первым заместителем "
     "председателя комитета Гавриловой О.Н. побывала в Пскове.", "О. Н. Гаврилова",
     ("первый заместитель председателя", "Комитет по труду Псковской области")),
    ("Встреча прошла с директором центра занятости Лебедевым В.П. в Рязани.",
     "В. П. Лебедев", ("директор", "центр занятости")),
    # 5b: an adjective naming the post's field stays in it
    ("На заседание пригласили медицинского директора клиники Олега Сорокина.",
     "Олег Сорокин", ("медицинский директор клиники", None)),
    ("Социальный координатор Вологодского отделения фонда Анна Белова рассказала о "
     "помощи семьям.", "Анна Белова",
     ("социальный координатор", "Вологодское отделение фонда")),
    # a noun that is a post only with a grade before it
    ("На встрече выступил ведущий специалист отдела опеки Омской области Иван Петров.",
     "Иван Петров", ("ведущий специалист", "отдел опеки Омской области")),
    ("Вопрос решили с главным специалистом отдела Ольгой Ивановой.", "Ольга Иванова",
     ("главный специалист", "отдел")),
    # 5c: an adjective-named body: the body of that head and place the text named before
    ("Подготовкой документа занимались управление социальной защиты населения "
     "администрации Омска и департамент социальной политики Томска. Начальник омского "
     "управления соцзащиты Ирина Белова уточнила детали.", "Ирина Белова",
     ("начальник", "Управление социальной защиты населения администрации Омска")),
    ("Министерство труда Алтайского края и агентство труда и занятости населения "
     "Красноярского края подписали соглашение. Документ подписал руководитель "
     "красноярского агентства Олег Громов.", "Олег Громов",
     ("руководитель", "Агентство труда и занятости населения Красноярского края")),
    # 5d: an unknown woman's first name takes the case of her surname
    ("Письмо скреплено подписями министра культуры Забайкалья Дулмы Жамсоевой и министра "
     "спорта Ивана Петрова.", "Дулма Жамсоева", ("министр культуры", None)),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "expected"), RECORDS)
def test_the_record_of_a_person(models: Models, text: str, name: str,
                                expected: tuple[str | None, str | None]) -> None:
    found = probes.officials_of(models, text)
    assert name in found, found
    position, organization = found[name]
    assert position == expected[0]
    if expected[1] is not None:
        assert organization == expected[1]


NOT_CHANGED = [
    # a quality adjective is no field of the post
    ("Опытный координатор проекта Анна Серова рассказала о планах.", "Анна Серова",
     "координатор проекта"),
    # a body of another field than the one named before keeps its own short name
    ("Подготовкой документа занимались управление социальной защиты населения "
     "администрации Омска и департамент культуры. Начальник омского управления "
     "образования Ирина Белова уточнила детали.", "Ирина Белова", "начальник"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "position"), NOT_CHANGED)
def test_what_the_rules_leave_alone(models: Models, text: str, name: str,
                                    position: str) -> None:
    found = probes.officials_of(models, text)
    assert name in found, found
    assert found[name][0] == position
    organization = found[name][1] or ""
    assert "социальной защиты" not in organization


@pytest.mark.slow
def test_no_official_without_a_post(models: Models) -> None:
    """A surname with initials and no post before it is nobody's official record."""
    assert probes.officials_of(models, "Письмо передала Сидоровой Л.А. вчера вечером.") == {}


@pytest.mark.slow
def test_an_ungraded_specialist_is_no_post(models: Models) -> None:
    """"Специалисты центра" is an occupation: no official without a grade."""
    text = "Специалисты центра Иван Петров и Анна Белова провели приём."
    assert probes.officials_of(models, text) == {}


@pytest.mark.slow
def test_a_known_name_keeps_its_reading(models: Models) -> None:
    """A first name the dictionary knows, or one with no oblique ending, is not re-read."""
    found = probes.officials_of(
        models, "Приветствие зачитала председатель совета Айгерим Ахметовой.")
    assert "Айгерим Ахметова" in found
    found = probes.officials_of(models, "Работу возглавила директор фонда Дулма Жамсоева.")
    assert "Дулма Жамсоева" in found


PAGE = ("Главная | Документы | Поиск | Контакты\n\n"
        "ПОСТАНОВЛЕНИЕ\n\n"
        "О плане мероприятий по поддержке многодетных семей Вологодской области\n\n"
        "1. Утвердить прилагаемый план мероприятий по поддержке многодетных семей на 2026 "
        "год.\n\n"
        "2. Постановление вступает в силу со дня его официального опубликования.\n\n"
        "Губернатор\nВологодской области{gap}Г.Ю. Филимонов\n\n"
        "Приложение: План (3 л.) — в формате PDF\n\n"
        "Поделиться: ВКонтакте | Telegram\n"
        "© Правительство Вологодской области, 2026\n")


@pytest.mark.parametrize("gap", [" " * 30, "\t\t"])
def test_a_signature_block_is_not_masked(gap: str) -> None:
    text = PAGE.format(gap=gap)
    kept = {text[s:e].strip() for s, e, why in mask_reasons(text) if why is None}
    masked = {text[s:e].strip() for s, e, why in mask_reasons(text) if why is not None}
    assert "Губернатор" in kept
    assert f"Вологодской области{gap}Г.Ю. Филимонов".strip() in kept
    # the menu, the attachment line and the footer stay masked
    assert "Главная | Документы | Поиск | Контакты" in masked
    assert "Приложение: План (3 л.) — в формате PDF" in masked
    assert "© Правительство Вологодской области, 2026" in masked


def test_a_short_line_with_a_gap_but_no_initials_stays_masked() -> None:
    text = PAGE.format(gap=" " * 30).replace("Г.Ю. Филимонов", "Подписано")
    masked = {text[s:e].strip() for s, e, why in mask_reasons(text) if why is not None}
    assert "Губернатор" in masked


@pytest.mark.slow
def test_cli_lists_initials_and_a_signature(listed_rows) -> None:
    """As a user runs it: a visit report with a surname and initials after a post and an
    act with its signature block under a site menu."""
    records = probes.by_file(listed_rows({
        "visit.txt": "Делегация комитета по труду Псковской области во главе с первым "
                     "заместителем председателя комитета Гавриловой О.Н. побывала с рабочим "
                     "визитом в Новгородской области.\n",
        "act.txt": PAGE.format(gap=" " * 30),
    }, "--format", "jsonl", "--limit", "0"))
    assert sorted(records) == ["act.txt", "visit.txt"]
    assert [(o["name"], o["position"]) for o in records["visit.txt"]["officials"]] == [
        ("О. Н. Гаврилова", "первый заместитель председателя")]
    assert [(o["name"], o["position"], o["organization"])
            for o in records["act.txt"]["officials"]] == [
        ("Г. Ю. Филимонов", "губернатор", "Вологодская область")]
