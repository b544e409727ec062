"""Signatories of sig67, probes written for this file (not copied from any round).

* A colon list of signers after one sentence told as several agreements, one per partner,
  gives each record the person whose post names its own partner:
  ``signer_groups.listed_member_signers``; items may open with a pictographic bullet
  (``signers.list_item``), and a plural signature the parser read as the subject still
  opens the list (``signer_shapes.colon_signing``).
* A later signing sentence that names each partner's signer after that partner's side
  phrase ("За Катайский район ... X, со стороны Шадринского района ... Y") places each:
  ``signer_groups.side_phrase_member_signers``.
* "Тот документ подписывали ещё X и Y" after a new agreement and the older one it
  continues: X and Y sign the older one, not the new (``candidate_signers.older_document``).
* A name at the end of a "по словам" phrase, after posts in the genitive, only reports:
  ``candidate_signers._after_words_of``.
* An announced signer named by a pronoun ("документ подпишут она и управляющий X") is the
  woman a sentence before names, though the parser hung her post as an object ("рассказала
  врио министра ... Марина Зуева"): ``signer_shapes._nominative_stand_in``.
"""

from __future__ import annotations

from typing import Any

import pytest
from probes import agreements_of, person_span, signer_surnames

from soccoop.extract.candidate_signers import _reporter

PUBLISHED = "2024-03-13"

def _colon_list(header: str, bullet: str) -> str:
    """One minister's signing with three districts, then the districts' heads in a colon
    list whose header and items open with the marks given."""
    items = ["глава Шадринского района Петр Иванов;", "глава Катайского района Олег Смирнов;",
             "глава Далматовского района Виктор Кузнецов."]
    return ('Соцзащита подписала соглашения с тремя районами\n'
            '\n'
            'Министр социальной защиты Курганской области Анна Белова 12 марта подписала '
            'соглашения о сотрудничестве с администрациями Шадринского, Катайского и '
            'Далматовского районов.\n'
            '\n'
            f'{header}Подписи также поставили:\n'
            + "".join(f"{bullet}{item}\n" for item in items) +
            '\n'
            'Документы предусматривают, что районы предоставят мобильным бригадам '
            'комплексных центров социального обслуживания транспорт повышенной проходимости '
            'и помогут с маршрутами в отдалённые сёла, где живут пожилые люди и семьи с '
            'детьми-инвалидами.\n')


SIGNED = ("signed",)
THREE_DISTRICTS = [["белова", "иванов"], ["белова", "смирнов"], ["белова", "кузнецов"]]

# (id, text, statuses read, surnames of each record of those statuses, in order)
SPLIT = [
    ("colon list with dashes", _colon_list("", "— "), SIGNED, THREE_DISTRICTS),
    ("colon list with pictographic bullets", _colon_list("✍️ ", "▫️ "), SIGNED,
     THREE_DISTRICTS),
    ("side phrases after the terms", ('Соцзащита подписала соглашения с тремя районами\n'
     '\n'
     'Министр социальной политики Курганской области Ирина Соколова 12 марта '
     'подписала соглашения о сотрудничестве с администрациями Шадринского, Катайского '
     'и Далматовского районов.\n'
     '\n'
     'Документы касаются помощи одиноким пожилым людям в отдалённых деревнях: районы '
     'возьмут на себя транспорт, а центры социального обслуживания направят туда '
     'мобильные бригады.\n'
     '\n'
     'За Катайский район подпись под соглашением поставил глава района Олег '
     'Мельников. Со стороны Шадринского района документ подписал глава района Андрей '
     'Фомин, за Далматовский район расписался первый заместитель главы Денис Павлов.\n'),
     SIGNED, [["соколова", "фомин"], ["мельников", "соколова"], ["павлов", "соколова"]]),
    ("partners' signers the candidates missed",
     ('Университет подписал соглашения с тремя регионами\n'
     '\n'
     'Вчера ректор Курского государственного университета Виктор Сомов подписал '
     'соглашения о сотрудничестве с министерствами труда и социальной защиты '
     'Орловской, Брянской и Липецкой областей.\n'
     '\n'
     'Документы предусматривают целевое обучение специалистов по социальной работе, '
     'практику студентов в учреждениях социального обслуживания и совместные '
     'исследования по проблемам старшего поколения.\n'
     '\n'
     'Орловское ведомство представлял министр Андрей Панов, брянское — министр Игорь '
     'Гусев. От Липецкой области документ подписала заместитель министра Елена '
     'Лаврова.\n'),
     SIGNED, [["панов", "сомов"], ["гусев", "сомов"], ["лаврова", "сомов"]]),
]


OLDER = ('Минсоц и совет ветеранов подписали новое соглашение\n'
     '\n'
     '14 мая в Костроме министр социальной защиты Костромской области Елена Орлова и '
     'председатель областного совета ветеранов Павел Громов подписали соглашение о '
     'сотрудничестве на 2024–2027 годы.\n'
     '\n'
     'Документ подписан накануне Дня Победы и продолжает соглашение от 3 апреля 2019 '
     'года. Тот документ подписывали ещё начальник управления социальной защиты '
     'области Сергей Лапин и Павел Громов.\n'
     '\n'
     'Соглашение предусматривает совместную работу по поддержке ветеранов, одиноких '
     'пожилых людей и семей участников специальной военной операции, а также '
     'проведение ежегодного форума старшего поколения.\n')


def test_older_documents_signers_stay_with_it(models: Any) -> None:
    records = agreements_of(models, OLDER, "2024-05-15")
    new = [a for a in records if any("Орлова" in n for n in a.signatories)]
    assert new
    assert not any("Лапин" in n for a in new for n in a.signatories)
    assert any("Лапин" in n for a in records for n in a.signatories)


PRONOUN = ('Соглашение с Соцфондом подпишут в апреле\n'
     '\n'
     'В апреле министерство социальной защиты Курской области и Отделение Социального '
     'фонда по Курской области подпишут соглашение об обмене сведениями о получателях '
     'выплат.\n'
     '\n'
     'Об этом на совещании рассказала врио министра социальной защиты Курской области '
     'Марина Зуева. По её словам, документ подпишут она и управляющий отделением '
     'фонда Виктор Белых.\n'
     '\n'
     'Соглашение позволит назначать региональные выплаты семьям с детьми без '
     'заявлений, по сведениям, которые уже есть у фонда, и сократит сроки их '
     'назначения вдвое.\n')

SPLIT.append(("pronoun announced signer after object read post", PRONOUN, ("planned",),
              [["белых", "зуева"]]))


@pytest.mark.parametrize("name,text,statuses,signers", SPLIT, ids=[r[0] for r in SPLIT])
def test_each_partner_its_signer(models: Any, name: str, text: str, statuses: tuple[str, ...],
                                 signers: list[list[str]]) -> None:
    assert signer_surnames(models, text, statuses, published=PUBLISHED) == signers


# (id, sentence, the name, reports?)
REPORTERS = [
    ("words of, posts between",
     "По словам заместителя губернатора, заместителя председателя правительства Калужской "
     "области Олега Ситникова, следующим шагом станет подписание дорожной карты.",
     "Ситников", True),
    ("words of, name right after", "По словам Олега Ситникова, документ подпишут в июле.",
     "Ситников", True),
    ("a signer after a comma",
     "Соглашение подписали министр Анна Котова и заместитель губернатора Олег Ситников.",
     "Ситников", False),
]


@pytest.mark.parametrize("name,text,person,reports", REPORTERS, ids=[r[0] for r in REPORTERS])
def test_words_of_reporter(models: Any, name: str, text: str, person: str,
                           reports: bool) -> None:
    sent, span = person_span(models, text, person)
    assert _reporter(sent, span) is reports
