"""plan54 (round 54): planned agreements, pooled over the dev rounds (round 209 first): which
plans are records and who will sign them.

- a planned record's signers are the persons its story names as the ones who will sign it
  (``plan_signers.planned_story_signers``, record pass ``planned_story``): a future verb of
  signing ("Со стороны центра договор подпишет его директор …"), signatures to be put ("Подписи
  под ним поставят …"), a verb of authorising over a signing infinitive ("Подписать
  соглашение уполномочен вице-губернатор …"), read by ``plan_signers.signing_subjects``;
- a roadmap's draft approved ("одобрили проект дорожной карты о совместной работе … с …") is a
  planned record when one of the next sentences plans its signing
  (``candidate_status.draft_to_sign``, ``candidate_status.signing_to_come_of``);
- a part of a time after "в" ("в начале марта") ends an agreement's name, as a time noun
  does (``candidate_status.time_adjunct``): the plan's time is no subject, and the plan
  told twice is one record.

The negatives keep each reading to its shape: a signing told done, a negated one, an
authorising of something else, a draft whose signing no sentence plans, a name's own "в"
phrase. Every probe is written here, in words of its own."""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.agreements import _parsed_signings
from soccoop.extract.candidate_status import _title_end, signing_to_come_of, time_adjunct
from soccoop.extract.lexicon import DOCUMENT_REFERENCES
from soccoop.extract.plan_signers import signing_subjects
from soccoop.extract.syntax import windows

PUB = "2024-03-15"

AUTHORISED = """Одобрен проект соглашения с фондом «Добрые соседи»

15 марта 2024

Распоряжением Правительства Тверской области утверждён проект соглашения о сотрудничестве \
Правительства Тверской области с благотворительным фондом «Добрые соседи» в деле \
помощи одиноким пенсионерам. Документ определяет порядок доставки продуктов и \
лекарств на дом. {charge} Подписание намечено на 25 марта.
"""


@pytest.mark.parametrize(("case", "charge", "expected"), [
    # fails on b54dev: no signer (the authorised vice-governor is read by no rule)
    ("authorised to sign", "Подписать соглашение от имени правительства области уполномочен "
     "вице-губернатор Тверской области Игорь Павлович Сомов.", {"Сомов"}),
    # negative: authorised to do something else, no signing infinitive
    ("authorised to check", "Проверять исполнение документа уполномочен вице-губернатор "
     "Тверской области Игорь Павлович Сомов.", set()),
])
def test_authorised_signer(models, case: str, charge: str, expected: set[str]) -> None:
    records = [a for a in probes.agreements_of(models, AUTHORISED.format(charge=charge), PUB)
               if a.status == "planned"]
    assert records, case
    got = {n.split()[-1] for a in records for n in a.signatories}
    assert got == expected, case


STORY = """Благотворительный фонд «Тёплый очаг» и Министерство социальной защиты Курской \
области подготовили к подписанию соглашение о досуге детей из приёмных семей.

Соглашение предусматривает выезды специалистов фонда в отдалённые сёла. Министерство \
передаст фонду списки семей, которые сами попросили о поддержке.

{later}
"""


@pytest.mark.parametrize(("case", "later", "expected"), [
    # passes on b54dev too (an older signer rule reads this shape); kept so that
    # planned_story adds no second reading of it
    ("future signing", "Со стороны фонда документ подпишет председатель правления фонда "
     "Тамара Ильинична Жукова.", {"Жукова"}),
    # passes on b54dev too, as above
    ("signatures to be put", "Свои подписи под ним в апреле поставят министр социальной "
     "защиты Курской области Роман Олегович Дёмин и председатель правления фонда Тамара Ильинична "
     "Жукова.", {"Дёмин", "Жукова"}),
    # negative: one who will attend the signing signs nothing
    ("attending", "На подписании будет присутствовать председатель правления фонда Тамара "
     "Ильинична Жукова.", set()),
])
def test_story_signers(models, case: str, later: str, expected: set[str]) -> None:
    records = [a for a in probes.agreements_of(models, STORY.format(later=later), PUB)
               if a.status == "planned"]
    assert len(records) == 1, case
    assert {n.split()[-1] for n in records[0].signatories} == expected, case


ROADMAP = """Министерство социальной защиты Курской области
Новости

Проект дорожной карты с обществом глухих одобрен советом

12 марта 2024

Члены Общественного совета, действующего при Министерстве социальной защиты Курской \
области, одобрили проект дорожной карты о совместной работе министерства с Курским \
региональным отделением Всероссийского общества глухих на 2024–2026 годы.

Дорожная карта включает обучение специалистов центров жестовому языку и сурдопереводу.

{plan}
"""


@pytest.mark.parametrize(("case", "plan", "expected"), [
    # fails on b54dev: no record (the roadmap's draft approved, its signing planned)
    ("signing planned", "Подписать дорожную карту планируется 2 апреля. Документ подпишут "
     "министр социальной защиты Курской области Роман Олегович Дёмин и председатель "
     "Курского регионального отделения Всероссийского общества глухих Ольга Петровна Лузина.",
     [("planned", "2024-04-02")]),
    # negative: a draft approved, no signing planned: no record
    ("no signing", "Члены совета предложили дополнить документ пунктами о трудоустройстве.",
     []),
])
def test_draft_roadmap(models, case: str, plan: str, expected: list[tuple[str, str]]) -> None:
    records = probes.agreements_of(models, ROADMAP.format(plan=plan), PUB)
    assert [(a.status, a.date) for a in records] == expected, case
    if expected:
        assert {n.split()[-1] for n in records[0].signatories} == {"Дёмин", "Лузина"}, case


def test_plan_told_twice_with_its_time(models) -> None:
    """Fails on b54dev: two planned records (the second "меморандум уже в начале апреля"
    read a subject "начало, апрель" apart from the first's)."""
    text = ("Министерство социальной защиты Курской области и Курское региональное отделение "
            "общества «Серебряный возраст» готовят к подписанию меморандум о совместной "
            "работе с людьми старшего возраста.\n\n«Мы намерены подписать меморандум "
            "уже в начале апреля», – сообщил министр социальной защиты Курской области Роман "
            "Олегович Дёмин.")
    planned = [a for a in probes.agreements_of(models, text, PUB) if a.status == "planned"]
    assert len(planned) == 1
    assert planned[0].date == "2024-04"


@pytest.mark.parametrize(("case", "sentence", "expected"), [
    ("future", "Документ подпишет директор центра Ольга Лузина.", ["директор"]),
    ("signatures", "Подписи под ним поставят ректор и министр.", ["ректор", "министр"]),
    ("authorised", "Подписать договор уполномочен заместитель министра Олег Котов.",
     ["заместитель"]),
    # negatives: a signing done, a negated one, authorised to do something else
    ("past", "Документ подписал директор центра Олег Котов.", []),
    ("negated", "Документ не подпишет директор центра Олег Котов.", []),
    ("other act", "Проверить отчёт уполномочен заместитель министра Олег Котов.", []),
    # a future signing in a sentence naming an agreement noun is the candidate rules' to read
    ("agreement named", "Завтра министр Олег Котов подпишет соглашение с фондом.", []),
    # fixplan54: fail on m54 (another paper's signer, a past authorising)
    ("other paper", "Контракт подпишет глава района Иван Петров.", []),
    ("an order", "Приказ подпишет министр Олег Котов.", []),
    ("authorised before", "Подписать соглашение был уполномочен заместитель министра Олег "
     "Котов.", []),
    # fixplan54 guard: a pronoun for the paper
    ("pronoun", "Его подпишет директор центра Ольга Лузина.", ["директор"]),
    # fixplan54: fails on m54 (the future auxiliary over an infinitive)
    ("auxiliary", "Документ будут подписывать ректор и министр.", ["ректор", "министр"]),
])
def test_signing_subjects(models, case: str, sentence: str, expected: list[str]) -> None:
    sent = probes.first_sentence(models, sentence)
    assert [sent.tokens[i].text for i in signing_subjects(sent)] == expected, case


@pytest.mark.parametrize(("case", "sentence", "word", "expected"), [
    ("part of a month", "Мы подпишем меморандум уже в начале марта.", "в", True),
    ("part of a year", "Соглашение подпишут в конце года.", "в", True),
    # negative: a name's own "в" phrase
    ("a sphere", "Подписан меморандум в сфере занятости инвалидов.", "в", False),
])
def test_time_adjunct(models, case: str, sentence: str, word: str, expected: bool) -> None:
    sent = probes.first_sentence(models, sentence)
    j = next(i for i, t in enumerate(sent.tokens) if t.text == word)
    assert time_adjunct(sent, j) is expected, case


def test_title_ends_before_time(models) -> None:
    sent = probes.first_sentence(models, "Мы подпишем меморандум уже в начале марта.")
    k = next(i for i, t in enumerate(sent.tokens) if t.lemma == "меморандум")
    assert [t.text for t in sent.tokens[k + 1:_title_end(sent, k)]] == ["уже"]


OTHER_STORY = """Министерство социальной защиты Курской области и фонд «Опора» подпишут \
соглашение о поддержке одиноких пенсионеров в июне.

Также администрация Суджанского района заключит контракт на ремонт сельской дороги.

{later}
"""


@pytest.mark.parametrize(("case", "later"), [
    # fixplan54: fails on m54 (the contract's signer given to the planned agreement)
    ("the contract named", "Контракт подпишет глава района Иван Степанович Петров."),
])
def test_other_paper_signer_not_the_plans(models, case: str, later: str) -> None:
    records = [a for a in probes.agreements_of(models, OTHER_STORY.format(later=later), PUB)
               if a.status == "planned"]
    assert records, case
    assert not any("Петров" in n for a in records for n in a.signatories), case


REJECTED = """Совет ветеранов Курской области {verb} проект дорожной карты о совместной \
работе министерства социальной защиты с обществом глухих на 2024–2026 годы.

Документ подпишут в мае.
"""


@pytest.mark.parametrize(("case", "verb", "expected"), [
    # fixplan54: fails on m54 (a draft rejected read as a plan)
    ("rejected", "отклонил", []),
    # guard: an approved draft whose signing is to come stays a plan
    ("approved", "одобрил", ["planned"]),
])
def test_rejected_draft(models, case: str, verb: str, expected: list[str]) -> None:
    records = probes.agreements_of(models, REJECTED.format(verb=verb), PUB)
    assert [a.status for a in records] == expected, case


@pytest.mark.parametrize(("case", "sentence", "expected"), [
    # fixplan54: fails on m54 (the future auxiliary unknown to signing_to_come_of)
    ("auxiliary", "Документ будут подписывать в мае.", True),
    ("future", "Документ подпишут в мае.", True),
    ("planned", "Документ планируется подписать в мае.", True),
    ("past", "Документ подписали в мае.", False),
    ("negated", "Документ не будут подписывать в мае.", False),
])
def test_signing_to_come(models, case: str, sentence: str, expected: bool) -> None:
    sent = probes.first_sentence(models, sentence)
    assert signing_to_come_of(sent, set(DOCUMENT_REFERENCES)) is expected, case


def test_no_draft_no_parse(models) -> None:
    """fixplan54: a roadmap sentence naming no draft is not parsed for draft_to_sign."""
    analysis = models.analyse("Министерство и фонд обсудили дорожную карту. Документ "
                              "подпишут в мае.")
    sents = windows(analysis)
    assert _parsed_signings(sents, 0, 3, models) is None
    assert not sents[1].parsed


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, signing_ahead=("future_tense", "future_signing", "_past"),
                                          plan_signers=("_own_paper", "signing_subjects",
                                                        "_story_planned", "planned_story_signers"),
                                          candidate_status=("signing_to_come_of", "draft_to_sign",
                                                            "time_adjunct"),
                                          coreference=("planned_story",))
