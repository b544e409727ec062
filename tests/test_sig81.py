"""Signatories of sig81, probes written for this file (not copied from any round).

* A person's name the NER cut is mended where the spans are made
  (``nlp.mend_person_spans``): a surname and its initials at the end of a body's span, a
  span of initials alone whose surname the body's span took, a first name cut from its
  patronymic or a patronymic from its surname, a span run past a sentence's last initials.
* A sentence razdel ran on after a name written surname first ends at the initials'
  full stop when a capitalised word that is no name follows (``nlp.split_after_initials``),
  so a guest told in the next sentence is not read as one more signer.
* A name in initials after a post whose genitive is itself a post ("заместитель министра
  А.А. Котова") is that post's holder, not a bystander (``signers._post_of_post``); the
  sentence cut above made such a further side's signer a sentence of its own.
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

# (id, text, NER spans given, spans after mending)
SPANS = [
    ("surname and initials at a body's end",
     "Документ подписал председатель общества ВОГ Никонова Е.Д. и министр.",
     [("ORG", "ВОГ Никонова Е.Д")], [("ORG", "ВОГ"), ("PER", "Никонова Е.Д.")]),
    ("initials alone take the surname the body took",
     "Подписали управляющий Филиалом Сомов Р.Т. и министр Анна Котова.",
     [("ORG", "Филиалом Сомов"), ("PER", "Р.Т."), ("PER", "Анна Котова")],
     [("ORG", "Филиалом"), ("PER", "Сомов Р.Т."), ("PER", "Анна Котова")]),
    ("first name cut from the patronymic",
     "Соглашение подписано директором Ириной Павловной Седых.",
     [("PER", "Ириной"), ("PER", "Павловной Седых")], [("PER", "Ириной Павловной Седых")]),
    ("patronymic cut from the surname",
     "Соглашение подписано директором Ириной Павловной Седых.",
     [("PER", "Ириной Павловной"), ("PER", "Седых")], [("PER", "Ириной Павловной Седых")]),
    ("span run past the initials ending a sentence",
     "Подписал директор Орлова А.А. В зале были гости.",
     [("PER", "Орлова А.А. В")], [("PER", "Орлова А.А.")]),
    # negatives
    ("a body's name without initials stays whole",
     "Документ подписали в Министерстве труда Республики Карелия вчера.",
     [("ORG", "Министерстве труда Республики Карелия")],
     [("ORG", "Министерстве труда Республики Карелия")]),
    ("a common noun's genitive before initials is no surname",
     "Подписал управляющий отделением Соцфонда Р.Т. Сомов.",
     [("ORG", "Соцфонда"), ("PER", "Р.Т.")], [("ORG", "Соцфонда"), ("PER", "Р.Т.")]),
    ("an abbreviation before initials is no surname",
     "Подписал ректор СПбГУ А.В. вчера.",
     [("ORG", "СПбГУ"), ("PER", "А.В.")], [("ORG", "СПбГУ"), ("PER", "А.В.")]),
    ("two persons, the second no patronymic, stay two",
     "Документ подписали Ирина Петрова Анна Седых.",
     [("PER", "Ирина Петрова"), ("PER", "Анна Седых")],
     [("PER", "Ирина Петрова"), ("PER", "Анна Седых")]),
    ("a first name and a surname apart by a comma stay two",
     "Подписали Ирина, Павловна и другие.",
     [("PER", "Ирина"), ("PER", "Павловна")], [("PER", "Ирина"), ("PER", "Павловна")]),
]


@pytest.mark.parametrize(("text", "given", "mended"), probes.named_rows(SPANS))
def test_person_spans_mended(models: Any, text: str, given: list[tuple[str, str]],
                             mended: list[tuple[str, str]]) -> None:
    probes.check_mended_spans(models, text, given, mended)


# (id, text, number of sentences)
SENTENCES = [
    ("a preposition after a surname's initials opens a sentence",
     "Документ подписал директор Сомов Р.Т. В работе совещания участвовал депутат Орлов.", 2),
    ("a noun after a surname's initials opens a sentence",
     "Соглашение подписал начальник управления Сомов Р.Т. Документ вступает в силу сразу.", 2),
    # negatives
    ("a proper noun after the initials is the next name",
     "Соглашение подписали Сомов Р.Т. Орлова А.А. и другие.", 1),
    ("a lower-case word after the initials goes on",
     "Директору Сомову Р.Т. поручено подготовить соглашение.", 1),
    ("initials before the surname (razdel's own cut only)",
     "Соглашение подписал Р.Т. Сомов. Документ вступает в силу.", 2),
    ("a namesake's initials and surname",
     "Соглашение подписал ректор университета имени Б.Н. Ельцина в четверг.", 1),
]


@pytest.mark.parametrize(("text", "count"), probes.named_rows(SENTENCES))
def test_sentence_ends_after_surname_initials(models: Any, text: str, count: int) -> None:
    assert len(models.analyse(text).sentences) == count


GUEST = (
    "В Сыктывкаре заключено соглашение об обмене данными между Отделением Социального фонда "
    "по Республике Коми, Министерством труда Республики Коми и Управлением занятости "
    "Республики Коми. Документ подписали управляющий Отделением Лапин В.П., министр труда "
    "Республики Коми Жукова О.А. и начальник Управления занятости Рябов И.С. В церемонии "
    "приняла участие заместитель Председателя Правительства Республики Коми Алла Титова.")
PATRONYMIC = (
    "В Омске подписано соглашение между департаментом социальной защиты Омской области и "
    "фондом «Добрый день». Соглашение подписано начальником департамента Ириной Павловной "
    "Седых и президентом фонда Анной Олеговной Котовой.")
INITIALS_LAST = (
    "В Курске подписано соглашение между министерством социальной защиты Курской области и "
    "Курской региональной организацией ВОГ. Соглашение подписали министр социальной защиты "
    "Курской области А.Б. Волков и председатель Курской региональной организации ВОГ "
    "Тхагапсова З.Б.")

DEPUTY = (
    "В Курске подписано соглашение между министерством труда Курской области и Курским "
    "университетом. Соглашение подписали министр труда Курской области Иван Петров и ректор "
    "университета Олег Сидоров. Со стороны министерства подпись поставила также заместитель "
    "министра А.А. Котова, курирующая кадры.")
VISIT = (
    "В Курске подписано соглашение между министерством труда Курской области и Курским "
    "университетом. Соглашение подписали министр труда Курской области Иван Петров и ректор "
    "университета Олег Сидоров в день визита министра А.А. Котова.")

# (id, text, signers' surnames)
RECORDS = [
    ("a deputy's name in initials after her post's genitive signs", DEPUTY,
     [["котова", "петров", "сидоров"]]),
    ("a name in initials after a visit's genitive does not", VISIT, [["петров", "сидоров"]]),
    ("surname kept with its initials; the guest after them no signer", GUEST,
     [["жукова", "лапин", "рябов"]]),
    ("first name, patronymic and surname one signer", PATRONYMIC, [["котова", "седых"]]),
    # negative: a name the NER read whole stays as it was
    ("surname and initials last in a body's span", INITIALS_LAST, [["волков", "тхагапсова"]]),
]


@pytest.mark.parametrize(("text", "surnames"), probes.named_rows(RECORDS))
def test_signers(models: Any, text: str, surnames: list[list[str]]) -> None:
    assert probes.signer_surnames(models, text) == surnames


def test_docstrings_quote_no_dev_text() -> None:
    quoted = probes.docstrings_quoting_dev_texts([
        ("nlp", "mend_person_spans"), ("nlp", "_surname_like"), ("nlp", "_joined_name"),
        ("nlp", "split_after_initials"), ("signers", "_post_of_post")])
    assert not quoted, quoted
