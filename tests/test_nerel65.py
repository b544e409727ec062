"""nerel65: a helper's post over two posts in the genitive joined by "и".

* ``official_windows._helper_of_joined_genitives``: "заместитель губернатора и председателя
  правительства" is one post, the helper's; the role phrase before the name no longer stops
  at the conjunction and keeps the chairman's post for the deputy;
* ``official_windows._post_read_as_a_name``: a post's word written with a capital that the
  NER took alone for a person ("Губернатора") does not end the role phrase;
* ``lexicon_officials.POSITION_HEADS``: clergy heads of every faith are posts ("муфтий",
  "раввин" beside "имам", "митрополит").

Every sentence and person here is invented for these tests; the table has rows where the
rule must not fire.
"""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.nlp import Models

# (id, text, name, expected start of the post, a start the post must not have)
POSTS: list[tuple[str, str, str, str | None, str | None]] = [
    # the helper in the nominative over two joined genitives; fails on b65dev
    # ("председатель")
    ("joined-0", "Отчёт представил второй заместитель губернатора и председателя "
     "правительства Курской области Иван Петров.", "Иван Петров",
     "второй заместитель губернатора", None),
    # without an ordinal; fails on b65dev ("председатель")
    ("joined-2", "Договор скрепил заместитель губернатора и председателя правительства "
     "Курской области Иван Петров.", "Иван Петров", "заместитель губернатора", None),
    # a woman deputy, the verb in the feminine; fails on b65dev ("председатель")
    ("joined-1", "Грамоты вручила заместитель губернатора и председателя правительства "
     "края Анна Белова.", "Анна Белова", "заместитель губернатора", None),
    # the posts written with capitals, "Губернатора" read by the NER as a person; fails on
    # b65dev ("председатель")
    ("capital-0", "Письмо направил заместитель Губернатора и Председателя Правительства "
     "Курской области Олег Смирнов.", "Олег Смирнов", "заместитель Губернатора", None),
    # guards: a helper in the genitive with a genitive name may be either's post: the rule
    # stays out
    ("guard-gen", "Встреча помощника губернатора и председателя правительства Ивана Петрова "
     "прошла в пятницу.", "Иван Петров", None, "помощник"),
    # two posts in the nominative are two roles: the nearer one is the name's
    ("guard-nom", "На встрече были заместитель губернатора и председатель комитета Иван "
     "Петров.", "Иван Петров", "председатель", "заместитель"),
    # a capitalised first title before a dash: the double title and its body are kept
    ("guard-dash", "Об итогах рассказала заместитель Губернатора – Председателя "
     "Правительства Тверской области Анна Рябова.", "Анна Рябова",
     "заместитель губернатора — председателя", None),
    # a capitalised title inside the name's own span still reads as the post
    ("guard-title", "Указ подписал Губернатор Олег Смирнов.", "Олег Смирнов", "губернатор",
     None),
    # a post with two joined fields is not a helper's: unchanged
    ("guard-fields", "Выставку открыла министр культуры и туризма области Анна Белова.",
     "Анна Белова", "министр культуры и туризма", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "position", "not_position"),
                         [pytest.param(*r[1:], id=r[0]) for r in POSTS])
def test_helper_of_joined_genitive_posts(models: Models, text: str, name: str,
                                         position: str | None,
                                         not_position: str | None) -> None:
    found = probes.extracted_officials(models, text)
    assert name in found, found
    post = (found[name][0] or "").lower()
    if position is not None:
        assert post.startswith(position.lower()), found
    if not_position is not None:
        assert not post.startswith(not_position), found


# (id, text, name, expected post or None for no official of that name)
CLERGY: list[tuple[str, str, str, str | None]] = [
    # a mufti with a hyphenated first name after a second signer; fails on b65dev (no
    # official)
    ("mufti-0", "Соглашение подписали директор центра Иван Петров и муфтий Республики "
     "Дагестан Абдул-Карим Ахмедович Исаев.", "Абдул-Карим Ахмедович Исаев", "муфтий"),
    # in the instrumental after a preposition; fails on b65dev (no official)
    ("mufti-1", "Встречу с муфтием Республики Адыгея Каримом Исаевым провели в мечети.",
     "Карим Исаев", "муфтий"),
    # a rabbi with a grade word; fails on b65dev (no official)
    ("rabbi-0", "Главный раввин области Берл Коган открыл выставку.", "Берл Коган",
     "главный раввин"),
    # guards: the body ("муфтият") is no post; the signer keeps his own
    ("guard-body", "Соглашение с муфтиятом республики подписал директор центра Иван Петров.",
     "Иван Петров", "директор"),
    ("guard-imam", "Имам мечети Карим Исаев посетил центр.", "Карим Исаев", "имам"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "position"),
                         [pytest.param(*r[1:], id=r[0]) for r in CLERGY])
def test_clergy_heads_are_posts(models: Models, text: str, name: str,
                                position: str | None) -> None:
    found = probes.extracted_officials(models, text)
    assert name in found, found
    assert (found[name][0] or "").startswith(position or ""), found


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, official_windows=("_helper_of_joined_genitives",
                                                            "_post_read_as_a_name"))
