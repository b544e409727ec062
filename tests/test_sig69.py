"""Signatories of sig69, probes written for this file (not copied from any round).

* A body's quoted name or an abbreviation point inside a post's phrase keeps the name
  after it the post's own (``signers.name_mark``): in a second signer joined by "и"
  (``signers._joined_to``: "и председатель совета ветеранов района г. Читы Г.Д. Бадмаев",
  "и директор учреждения «Центр ... района» Н. А. Сомова"), after initials
  (``signers.initials_post_holder``) and in a side's clause after a dash whose post opens
  with an adjective ("со стороны завода — генеральный директор АО «Вектор» X",
  ``signers.gapped_post_name``).
* A duty or plan to put the signatures under the agreement names its signers, however the
  parser hung the fronted "Подписи" and the subject after the verb
  (``signer_shapes.duty_signature_people``).
* After initials, a woman's surname the dictionary knows only as a place's oblique case
  ("Е.В. Кунцева", read as "Кунцево") holds the nominative post before it
  (``signers.initials_post_holder``).
* An agreement whose term or effect an addendum extends ("дополнительное соглашение о
  продлении срока действия соглашения ...") is no second document for "Документ подписали
  ..." after it, and takes none of its signers (``candidate_signers.extended_base``,
  ``extending_document_base``).
* A personal pronoun that is the announced signing's only person, the other side's signer
  told by post alone, is the one person of its gender named just before as a verb's
  subject (``signer_shapes._pronoun_subject_only``).
"""

from __future__ import annotations

from typing import Any

import pytest
from probes import person_span, signer_surnames

from soccoop.extract.signers import gapped_post_name, initials_post_holder, joined_signer

PUBLISHED = "2024-03-13"

CAPTION = ('Центр соцобслуживания подписал соглашение с советом ветеранов\n'
           '\n'
           'Вчера в центре «Надежда» подписано соглашение о сотрудничестве между центром '
           'социального обслуживания «Надежда» и Советом ветеранов Ленинского района г. Читы.\n'
           '\n'
           'Совет ветеранов поможет находить одиноких пожилых людей, которым нужна помощь на '
           'дому. Напомним, в 2020 году министерство заключило соглашение с краевым советом '
           'ветеранов.\n'
           '\n'
           'Фото: Подписание соглашения: директор центра «Надежда» Анна Петровна Сомова и '
           'председатель Совета ветеранов Ленинского района г. Читы Г.Д. Бадмаев ставят '
           'подписи под документом.\n')

QUOTED = ('Центры соцобслуживания двух городов подписали меморандум\n'
          '\n'
          '24 апреля директор учреждения «Центр социального обслуживания «Рябинка» '
          'Л.В. Гринько и директор муниципального учреждения города Томска «Центр '
          'социального обслуживания населения Кировского района» Н. А. Сомова подписали '
          'меморандум о сотрудничестве.\n'
          '\n'
          'Центры будут обмениваться опытом работы с пожилыми людьми.\n')

GAPPED = ('Подписание соглашения о трудоустройстве людей с инвалидностью перенесли\n'
          '\n'
          'Министерство труда Курской области и АО «Курский завод «Вектор» подпишут '
          'соглашение о трудоустройстве людей с инвалидностью 20 мая.\n'
          '\n'
          'Со стороны министерства документ подпишет министр труда Курской области Ольга '
          'Зотова, со стороны завода — генеральный директор АО «Вектор» Игорь Петрович '
          'Власов.\n')

DUTY = ('Подписание соглашения о долговременном уходе отложено\n'
        '\n'
        'Министерство социальной защиты Курской области отложило подписание соглашения о '
        'долговременном уходе с областным отделением Красного Креста.\n'
        '\n'
        'Подписи под соглашением должны были поставить министр социальной защиты Курской '
        'области Иван Сомов и председатель областного отделения Красного Креста Людмила '
        'Петровна Ткач.\n'
        '\n'
        'Новая дата подписания пока не определена.\n')

DUTY_OTHER_PAPER = DUTY.replace('Подписи под соглашением', 'Подписи под обращением')

PRONOUN = ('Подписание меморандума о трудоустройстве людей старшего возраста отложили\n'
           '\n'
           'Подписание меморандума о сотрудничестве между департаментом труда Курской '
           'области и Курской торгово-промышленной палатой перенесено.\n'
           '\n'
           '«Подпишем, как только согласуем текст», — сказал руководитель департамента '
           'Олег Сергеевич Панов. С курской стороны подпись под меморандумом поставит он '
           'сам, со стороны палаты — её президент.\n')

EXTENDED = ('Управление социальной защиты населения и банк подписали дополнительное соглашение\n'
            '\n'
            '5 марта в управлении социальной защиты населения Курской области подписано '
            'дополнительное соглашение о продлении до 2028 года срока действия соглашения о '
            'сотрудничестве с ПАО «Банк Надёжный», заключённого 12 мая 2020 года.\n'
            '\n'
            'Документ подписали начальник управления социальной защиты населения Курской '
            'области Ольга Ивановна Зотова и управляющий курским отделением банка Пётр '
            'Сергеевич Гурин.\n'
            '\n'
            'Банк проводит для пожилых людей занятия по финансовой грамотности.\n')

# (id, text, statuses read, surnames of each record of those statuses, in order)
RECORDS = [
    ("second signer after an abbreviation point, caption after a recalled agreement",
     CAPTION, ("signed",), [["бадмаев", "сомова"]]),
    ("second signer after a quoted body name", QUOTED, ("signed",), [["гринько", "сомова"]]),
    ("side's signer after a dash, adjective post and quoted body", GAPPED, ("planned",),
     [["власов", "зотова"]]),
    ("duty to put signatures, past", DUTY, ("planned",), [["сомов", "ткач"]]),
    ("duty to put signatures under another paper", DUTY_OTHER_PAPER, ("planned",), [[]]),
    ("lone pronoun as announced signer", PRONOUN, ("planned",), [["панов"]]),
    ("addendum extending another's term: its signers", EXTENDED, ("signed",),
     [["гурин", "зотова"]]),
    ("addendum extending another's term: none for the extended one", EXTENDED,
     ("mentioned",), [[]]),
]


@pytest.mark.parametrize("name,text,statuses,signers", RECORDS, ids=[r[0] for r in RECORDS])
def test_signers_of_records(models: Any, name: str, text: str, statuses: tuple[str, ...],
                            signers: list[list[str]]) -> None:
    assert signer_surnames(models, text, statuses, published=PUBLISHED) == signers


# (id, sentence, the name (for "joined": the name before, the name after), the rule, expected)
SHAPES = [
    ("gap: adjective and quoted body in the post",
     "Со стороны министерства документ подписал министр Ольга Зотова, со стороны завода — "
     "генеральный директор АО «Вектор» Игорь Власов.", "Власов", "gapped", True),
    ("gap: no side phrase before the dash",
     "Документ подписал министр Ольга Зотова — генеральный директор АО «Вектор» Игорь "
     "Власов был гостем.", "Власов", "gapped", False),
    ("initials after a quoted body name",
     "Документ подписали директор учреждения «Центр социального обслуживания Кировского "
     "района» Н. А. Сомова и министр Олег Панов.", "Сомова", "initials", True),
    ("initials, surname known only as a place",
     "Документ подписали директор центра Е.В. Кунцева и руководитель фонда Ольга Смирнова.",
     "Кунцева", "initials", True),
    ("initials, surname known only as a place, post in the genitive",
     "Соглашение подписано в день визита председателя совета Е.В. Кунцева.",
     "Кунцева", "initials", False),
    ("initials after a quoted name, post in the genitive",
     "Соглашение подписано в день визита директора учреждения «Центр социального "
     "обслуживания» Н. А. Сомова.", "Сомова", "initials", False),
    ("abbreviation point in the second post",
     "Документ подписали директор центра Анна Сомова и председатель совета ветеранов района "
     "г. Читы Григорий Бадмаев.", ("Сомова", "Бадмаев"), "joined", True),
    ("a verb between the names",
     "Документ подписала директор центра Анна Сомова и поблагодарила г. Читы Григорий "
     "Бадмаев.", ("Сомова", "Бадмаев"), "joined", False),
]


@pytest.mark.parametrize("name,text,person,rule,expected", SHAPES, ids=[r[0] for r in SHAPES])
def test_post_phrase_marks(models: Any, name: str, text: str, person: str | tuple[str, str],
                           rule: str, expected: bool) -> None:
    if rule == "joined":
        first, second = person
        sent, kept = person_span(models, text, first)
        _, span = person_span(models, text, second)
        assert joined_signer(sent, kept, span) is expected
        return
    assert isinstance(person, str)
    sent, span = person_span(models, text, person)
    k = next(i for i, t in enumerate(sent.tokens) if t.start == span.start)
    if rule == "gapped":
        assert gapped_post_name(sent, k) is expected
    else:
        assert initials_post_holder(sent, span, models) is expected
