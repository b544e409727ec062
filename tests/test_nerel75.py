"""nerel75: posts given to a person who does not hold them. A clause's post is not the
name's when the name stands in brackets the clause's verb is outside of
(``official_clauses._bracket_between``) or is a genitive the parse hung on the subject as an
apposition (the apposition must agree in case); a post in an oblique plural before one name
belongs to several people the name governs, so the name takes the singular post after it,
if any (``official_windows._oblique_plural_post_of_one_name``); a name that reads two ways
is the genitive a post governs when the parse apposes a later name in the post's case to
that post (``official_windows._apposed_to_a_later_name``); a post in the genitive after a
noun of kinship describes the relative, not the person named in the sentence before
(``officials._kin_of_the_post``).

Every sentence here is invented for these tests; each table has rows where the rules must
not fire.
"""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.nlp import Models

# (id, text, name, expected position, or None when the name is no official there)
POSTS: list[tuple[str, str, str, str | None]] = [
    # a name in brackets is not the subject of the verb outside them
    ("bracket", "С 2015 года Олег Смирнов занимал пост советника директора завода (в то "
     "время предприятие возглавлял министр Павел Корнеев).", "Павел Корнеев", "министр"),
    # a genitive hung on the subject as an apposition is no holder
    ("genitive-appos", "На пост ректора назначена заместительница Петра Кротова по науке "
     "Анна Лебедева.", "Пётр Кротов", None),
    # an oblique plural post before one name: the name is the owner
    ("team", "Большинство членов команды Бориса Громова остались на своих местах.",
     "Борис Громов", None),
    # ... and takes the singular post after the plural one, past a body the post heads
    # (nerel74's holder_of_the_office; merged with nerel74, this row had said no post at all)
    ("body", "Газета ссылается на неназванных представителей администрации президента "
     "Бразилии Андрея Сорокина.", "Андрей Сорокин", "президент"),
    ("later-head", "Газета сообщила об этом со ссылкой на неназванных представителей "
     "президента Бразилии Андрея Сорокина.", "Андрей Сорокин", "президент"),
    ("later-head-2", "Газета сообщила об этом со ссылкой на советников главы республики "
     "Андрея Сорокина.", "Андрей Сорокин", "глава республики"),
    # a post in the genitive after a noun of kinship does not describe the one named before
    ("kin", "Иван Ли погиб в аварии. Сын южнокорейского министра возвращался домой.",
     "Иван Ли", None),
]

# negatives: the rules leave these posts to their names
KEPT: list[tuple[str, str, str, str | None]] = [
    ("balanced-brackets", "Иван Петров (ЛДПР) был назначен министром спорта.", "Иван Петров",
     "министр спорта"),
    ("holder-after", "На пост ректора назначена заместительница Петра Кротова по науке "
     "Анна Лебедева.", "Анна Лебедева", "ректор"),
    ("woman-apposed", "Документ подписала председатель Союза ветеранов Валентина Кротова.",
     "Валентина Кротова", "председатель"),
    ("list", "Встреча прошла с участием депутатов Ивана Петрова и Анны Серовой.",
     "Анна Серова", "депутат"),
    ("one-of", "Его назвали одним из лидеров движения Петром Ивановым.", "Пётр Иванов",
     "лидер"),
    ("predicative", "Так были избраны сенаторами Иван Петров (2001—2005) и Олег Смирнов.",
     "Иван Петров", "сенатор"),
    ("counted-list", "Суд допросил трёх экс-министров: Ивана Петрова (2001—2005), Олега "
     "Смирнова (2005—2010).", "Олег Смирнов", "экс-министр"),
    ("singular-chain", "Об этом сообщили представителям министра Андрея Сорокина.",
     "Андрей Сорокин", "министр"),
    ("no-kin", "Иван Ли погиб в аварии. Южнокорейский министр возвращался домой.",
     "Иван Ли", "министр"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "position"), probes.named_rows(POSTS + KEPT))
def test_posts_of_someone_else(models: Models, text: str, name: str,
                               position: str | None) -> None:
    probes.check_post(models, text, name, position)
