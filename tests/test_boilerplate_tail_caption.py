"""A labelled photo caption right under the article is the article's, even after the photo's
credit line; the credit line and the furniture after the caption stay masked."""

from __future__ import annotations

import pytest

from soccoop.extract.boilerplate import mask_reasons

BODY = (
    "Новости региона\n\n"
    "Министерство и университет договорились о сотрудничестве\n\n"
    "Министерство социальной политики края и государственный университет заключили "
    "соглашение о подготовке кадров для социальных учреждений.\n\n"
    "Документ предусматривает целевое обучение студентов и практику в учреждениях "
    "социального обслуживания населения края.\n\n"
)


def _kept(text: str) -> dict[str, bool]:
    return {text[s:e].strip(): r is None for s, e, r in mask_reasons(text) if text[s:e].strip()}


@pytest.mark.parametrize("tail, caption, kept", [
    # a caption right under the last sentence
    ("На фото: министр Ольга Смирнова и ректор Павел Орлов\n",
     "На фото: министр Ольга Смирнова и ректор Павел Орлов", True),
    # a caption under the photo's credit line
    ("Фото: пресс-служба министерства\nНа снимке (слева направо): министр Ольга Смирнова "
     "и ректор Павел Орлов\n",
     "На снимке (слева направо): министр Ольга Смирнова и ректор Павел Орлов", True),
    # a numbered caption
    ("Фото 1. Министр Ольга Смирнова и ректор Павел Орлов на встрече\n",
     "Фото 1. Министр Ольга Смирнова и ректор Павел Орлов на встрече", True),
    # too short to name people or an event
    ("На фото: Смирнова\n", "На фото: Смирнова", False),
    # after furniture the caption no longer belongs to the article
    ("Теги: кадры, образование\nНа фото: министр Ольга Смирнова и ректор Павел Орлов\n",
     "На фото: министр Ольга Смирнова и ректор Павел Орлов", False),
])
def test_tail_caption(tail: str, caption: str, kept: bool) -> None:
    assert _kept(BODY + tail)[caption] is kept


def test_credit_line_stays_masked_and_sentences_after_it_do_not_join() -> None:
    text = BODY + ("Фото: пресс-служба министерства\n"
                   "Подписывайтесь на наш канал, чтобы не пропустить новости.\n")
    kept = _kept(text)
    assert kept["Фото: пресс-служба министерства"] is False
    assert kept["Подписывайтесь на наш канал, чтобы не пропустить новости."] is False
