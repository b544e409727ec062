"""Officials, as general rules: Turkic two-word
patronymics, an act's signature block, a post never taken from inside a body's name, form
lines, the whole noun group of a post (ordinals of deputy posts, bound compounds, double
titles across a dash), a name the parser hangs on a genitive post, "региона" standing for
the region named before, a side named by its region, a prosecutor's office and a body that
keeps its place genitive.

Each probe is worded for this file (other regions, posts, names and orders than the
corpus); the tables give the text, the person and what is expected (``None`` where "no
body" is the point)."""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.nlp import Models

RECORDS = [
    # an ordinal ranks a deputy's post: part of it ("первый президент" is dated, not ranked)
    ("Вчера в Омске первый вице-губернатор Омской области Андрей Соколов провёл совещание.",
     "Андрей Соколов", ("первый вице-губернатор", "Омская область")),
    ("На форум приехал второй вице-мэр Новосибирска Павел Жуков.", "Павел Жуков",
     ("второй вице-мэр", "Новосибирск")),
    # ... and the rank does not hide the region the post is of
    ("В Кемерове первый вице-губернатор Максим Орлов провёл совещание.", "Максим Орлов",
     ("первый вице-губернатор", "Кемеровская область — Кузбасс")),
    # a double title across a dash: both posts, each in the nominative; a minister's field
    # with the first title's region is the region's ministry, a body stays
    ("Встречу провел заместитель губернатора Курганской области — министр труда и "
     "занятости Сергей Волков.", "Сергей Волков",
     ("заместитель губернатора — министр труда и занятости",
      "Министерство труда и занятости Курганской области")),
    ("Выступил заместитель председателя правительства Удмуртии — министр социальной "
     "политики Павел Орехов.", "Павел Орехов",
     ("заместитель председателя — министр социальной политики", "правительство Удмуртии")),
    ("Делегацию встретила статс-секретарь — заместитель министра здравоохранения Анна "
     "Полякова.", "Анна Полякова",
     ("статс-секретарь — заместитель министра здравоохранения",
      "Министерство здравоохранения")),
    ("Приветствие зачитали от имени статс-секретаря — заместителя министра финансов Игоря "
     "Белова.", "Игорь Белов",
     ("статс-секретарь — заместитель министра финансов", "Министерство финансов")),
    # the parser hangs a nominative name on the genitive post: hers is the deputy's
    ("Со стороны Омской области документ подписал министр Олег Кузьмин, со стороны Тюмени — "
     "заместитель директора департамента Ирина Лаврова.", "Ирина Лаврова",
     ("заместитель директора", "департамент")),
    # a legal act's signature block: the post across lines, initials and surname at the end
    ("7. Постановление вступает в силу со дня подписания.\n\nПредседатель\nПравительства "
     "Омской области                              И.К. Петров", "И. К. Петров",
     ("председатель", "Правительство Омской области")),
    ("Министр социального развития\nПензенской области          О.Н. Кузьмина", "О. Н. Кузьмина",
     ("министр социального развития",
      "Министерство социального развития Пензенской области")),
    # a form line: the name, then the post after a comma
    ("Контактное должностное лицо: Соколова Анна Игоревна, главный специалист-эксперт "
     "отдела кадров", "Анна Игоревна Соколова", ("главный специалист-эксперт", "отдел кадров")),
    ("Исполнитель: Гришин Олег Петрович, ведущий специалист-эксперт отдела выплат",
     "Олег Петрович Гришин", ("ведущий специалист-эксперт", "отдел выплат")),
    # "региона" stands for the region named before
    ("В Пензенской области прошла встреча. Об этом рассказал министр труда региона Олег "
     "Кузьмин.", "Олег Кузьмин", ("министр труда", "Министерство труда Пензенской области")),
    ("Соглашение подписали Тюменская и Омская области. От Омской области подпись поставил "
     "и.о. министра социальной политики региона Павел Сидоров.", "Павел Сидоров",
     ("и. о. министра социальной политики", "Министерство социальной политики Омской области")),
    # a region's kind noun after a minister's field: the region of that kind named before,
    # the one whose ministry of that field the text named
    ("Министерство труда Алтайского края и министерство труда Омской области подписали "
     "план. Выступил министр труда края Игорь Белов.", "Игорь Белов",
     ("министр труда", "Министерство труда Алтайского края")),
    ("Министерство социальной политики Омской области и Департамент социального развития "
     "Тюменской области подписали соглашение. Документ подписали министр социальной "
     "политики региона Олег Пахомов и директор департамента Анна Юдина.", "Олег Пахомов",
     ("министр социальной политики", "Министерство социальной политики Омской области")),
    # a side named by its region: that region's body named before
    ("Министерство социальной политики Омской области и Министерство социального развития "
     "Новосибирской области заключили соглашение. С новосибирской стороны документ подписал "
     "министр Ярослав Фролов.", "Ярослав Фролов",
     ("министр", "Министерство социального развития Новосибирской области")),
    ("Департамент социальной защиты Тюменской области и министерство труда Омской области "
     "заключили соглашение. Со стороны Омской области документ подписал первый заместитель "
     "министра Олег Кузьмин, со стороны Тюмени — заместитель директора департамента Ирина "
     "Лаврова.", "Ирина Лаврова",
     ("заместитель директора", "Департамент социальной защиты Тюменской области")),
    # a prosecutor with only a place: the place's prosecutor's office
    ("Иск подал помощник прокурора Омска Сергей Лебедев.", "Сергей Лебедев",
     ("помощник прокурора", "Прокуратура Омска")),
    ("Генеральный прокурор Франции Жан Дюбуа выступил в суде.", "Жан Дюбуа",
     ("генеральный прокурор", "Франция")),
    # a body keeps the place genitive the NER left outside its span
    ("Департамент социальной защиты населения города Москвы и Комитет по социальной политике "
     "Ленинградской области продлили соглашение. Документ подписали руководитель департамента "
     "Евгений Стружак и председатель комитета Анна Гусева.", "Анна Гусева",
     ("председатель", "Комитет по социальной политике Ленинградской области")),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "expected"), RECORDS)
def test_the_record_of_a_person(models: Models, text: str, name: str,
                                expected: tuple[str, str | None]) -> None:
    found = probes.officials_of(models, text)
    assert found.get(name) == expected, found


TURKIC = [
    ("Слово взял глава поселения Тимур Ильдар улы Галиев.", "Тимур Ильдар улы Галиев"),
    ("Выступила заместитель министра Гульнара Айдар кызы Сафина. Она рассказала о планах.",
     "Гульнара Айдар кызы Сафина"),
    ("Делегацию возглавил советник министра Эльдар Камиль оглы Мамедов.",
     "Эльдар Камиль оглы Мамедов"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name"), TURKIC)
def test_a_turkic_patronymic_keeps_the_surname(models: Models, text: str, name: str) -> None:
    assert name in probes.officials_of(models, text)


NOT_OFFICIALS = [
    # the head of a body named in brackets after it: no post stated, none taken from the
    # body's own name
    ("4. Отделу по связям с общественностью Аппарата Губернатора Омской области (Иванов "
     "С.Н.) опубликовать настоящее постановление.", "Иванов"),
    ("3. Управлению делами Аппарата Губернатора Курганской области (Петров А.В.) обеспечить "
     "публикацию.", "Петров"),
    # initials and a surname on a line of their own after a sentence: no signature block
    ("Совещание прошло в Омске.\nКорреспондент                    А.Б. Орлов", "Орлов"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "surname"), NOT_OFFICIALS)
def test_not_an_official(models: Models, text: str, surname: str) -> None:
    found = probes.officials_of(models, text)
    assert not any(surname in name for name in found), found


NOT_CHANGED = [
    # a one-holder post's ordinal still dates it
    ("Первый президент Казахстана Нурсултан Назарбаев прибыл в Москву.",
     "Нурсултан Назарбаев", "президент"),
    # a compound whose first part is a word of its own keeps only the post
    ("На митинге выступила женщина-депутат Анна Орлова.", "Анна Орлова", "депутат"),
    # a judgement before a dash is no first title ("лучший игрок")
    ("Лучший игрок встречи — форвард «Зенита» Иван Сергеев.", "Иван Сергеев", "форвард"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "position"), NOT_CHANGED)
def test_posts_the_new_rules_leave(models: Models, text: str, name: str,
                                   position: str) -> None:
    found = probes.officials_of(models, text)
    assert found[name][0] == position, found


@pytest.mark.slow
def test_cli_lists_a_double_title_and_a_signature(listed_rows) -> None:
    """As a user runs it: a report with a double title and an act with a signature block."""
    records = probes.by_file(listed_rows({
        "meeting.txt": "В Кургане прошло совещание по вопросам социальной защиты. Встречу "
                       "провел заместитель губернатора Курганской области — министр труда и "
                       "занятости Сергей Волков.\n",
        "act.txt": "Об утверждении плана мероприятий по социальной поддержке семей\n\n"
                   "1. Утвердить прилагаемый план мероприятий.\n\n"
                   "2. Постановление вступает в силу со дня подписания.\n\n"
                   "Председатель\nПравительства Омской области"
                   "                              И.К. Петров\n",
    }, "--format", "jsonl", "--limit", "0"))
    assert sorted(records) == ["act.txt", "meeting.txt"]
    assert [(o["name"], o["position"], o["organization"])
            for o in records["meeting.txt"]["officials"]] == [
        ("Сергей Волков", "заместитель губернатора — министр труда и занятости",
         "Министерство труда и занятости Курганской области")]
    assert [(o["name"], o["position"], o["organization"])
            for o in records["act.txt"]["officials"]] == [
        ("И. К. Петров", "председатель", "Правительство Омской области")]
