"""Agreements found or not: plural posts as sides, districts and sectoral agreements,
probed in words of their own (other districts, ministries and word orders than the dev
rounds' texts).

- a side-less agreement whose clause's subject is a plural post ("Главы подписали
  соглашение") is between the bodies of the officials of that post introduced just before
  (``coreference.group_post_sides``);
- an ordinal "документ" goes on an enumeration of counted agreements while the previous
  ordinal was told a few sentences before, however far the count is
  (``agreements.ordinal_chain``), and is signed when a later sentence of its paragraph
  tells signatures put under it or its signing, signed by the persons named there
  (``coreference.ordinal_signatures_later``);
- "отраслевое соглашение" of two regions' bodies is an agreement; of labour relations only
  with a branch ("по угольной промышленности") or a trade union or employers
  (``agreements.sectoral_labour``);
- an agreement noun counted by an ordinal as the predicate of "это" or of the document told
  before ("это уже третье соглашение, подписанное областью") is no agreement of its own
  (``agreements.ordinal_restatement``);
- a clarifying restatement ("Речь идет о соглашении между департаментом и ...") is the
  agreement told last before it (``merge_extra.join_restatement``), and a side that only
  describes a region's staff ("с башкирскими коллегами") gives way to that region's body
  (``coreference.colleague_descriptions``);
- an agreement said to be absent "yet" whose signing the same or the next sentence
  promises is planned ("соглашения ... у нас пока нет ... подпишем его в течение года";
  ``coreference._absent_yet_to_sign``);
- a side described by what it is, with its quoted name in a dashed apposition ("Ещё одно
  предприятие региона — АО «Завод» —"), is that name (``sides.dashed_name``);
- a record left without a side whose signers are officials with a body is between those
  bodies (``coreference.signers_bodies``).
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from probes import agreements_of, party_names

from soccoop.extract.agreements import _Party
from soccoop.extract.coreference import Records, colleague_descriptions, signers_bodies
from soccoop.extract.sides import Side, dashed_name
from soccoop.models import Agreement, Evidence, Official, Party

PUB = "2025-10-14"

SASOVO = "Сасовский муниципальный округ"
MORSHANSK = "Моршанский муниципальный округ"
BOTH_HEADS = ("Глава Сасовского муниципального округа Игорь Белов и глава Моршанского "
              "муниципального округа Ольга Кузнецова провели встречу в Сасове. ")
HEAD_MEETS_HEAD = ("Глава Сасовского муниципального округа Игорь Белов встретился с главой "
                   "Моршанского муниципального округа Ольгой Кузнецовой. ")
ABOUT = "соглашение о сотрудничестве в сфере социальной поддержки ветеранов"


@pytest.mark.slow
@pytest.mark.parametrize("text, status, signers", [
    # subject first, signed: the heads sign for their districts
    (BOTH_HEADS + f"Главы подписали {ABOUT}.", "signed", ["Игорь Белов", "Ольга Кузнецова"]),
    # subject after the verb
    (BOTH_HEADS + f"{ABOUT[:1].upper() + ABOUT[1:]} подписали главы.", "signed",
     ["Игорь Белов", "Ольга Кузнецова"]),
    # introduced by "встретился с главой ...", subject with its own genitive
    (HEAD_MEETS_HEAD + f"По итогам встречи главы муниципалитетов подписали {ABOUT}.",
     "signed", ["Игорь Белов", "Ольга Кузнецова"]),
    # a plan under an agreeing verb
    (HEAD_MEETS_HEAD + f"Главы договорились подготовить {ABOUT}.", "planned", []),
    # fronted object, subject before a plan verb
    (HEAD_MEETS_HEAD + f"{ABOUT[:1].upper() + ABOUT[1:]} главы планируют подписать в марте.",
     "planned", []),
])
def test_plural_post_subject_takes_the_officials_bodies(models, text, status, signers):
    found = agreements_of(models, text, PUB)
    assert [(a.status, party_names(a)) for a in found] == [
        (status, sorted([SASOVO, MORSHANSK]))]
    assert sorted(found[0].signatories) == signers


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # one head only: no pair of bodies to take
    "Глава Сасовского муниципального округа Игорь Белов посетил дом престарелых. "
    f"Главы подписали {ABOUT}.",
    # the plural post is not the post of the officials told before
    BOTH_HEADS + f"Директора центров подписали {ABOUT}.",
])
def test_plural_post_without_its_officials_names_no_sides(models, text):
    found = agreements_of(models, text, PUB)
    assert all(sorted([SASOVO, MORSHANSK]) != party_names(a) for a in found)
    assert all(not a.signatories or a.signatories != ["Игорь Белов", "Ольга Кузнецова"]
               for a in found)


@pytest.mark.slow
def test_cli_lists_heads_signing_with_their_districts(listed_rows):
    [record] = listed_rows({"heads.txt": f"{PUB}\n\n{BOTH_HEADS}Главы подписали {ABOUT}."},
                           "--format", "jsonl")
    assert [(a["status"], sorted(p["name"] for p in a["parties"]), sorted(a["signatories"]))
            for a in record["agreements"]] == [
        ("signed", sorted([SASOVO, MORSHANSK]), ["Игорь Белов", "Ольга Кузнецова"])]


MINISTRY = "Министерство социального развития Пензенской области"
INSPECTION = "Государственная инспекция труда в Пензенской области"


def _official(name: str, post: str, body: str | None) -> Official:
    return Official(name, post, body, "RU-PNZ" if body else None, Evidence(name, 0, 1))


PENZA_OFFICIALS = [_official("Анна Белова", "министр", MINISTRY),
                   _official("Виктор Орлов", "руководитель", INSPECTION),
                   _official("Пётр Седов", "директор", None)]


@pytest.mark.parametrize("parties, signers, expected", [
    # no side, two signers with bodies: their bodies, in the signers' order
    ([], ["Анна Белова", "Виктор Орлов"], [MINISTRY, INSPECTION]),
    ([], ["Виктор Орлов", "Анна Белова"], [INSPECTION, MINISTRY]),
    # a signer written in another form of the same name ("А. Белова") is the same official
    ([], ["А. Белова", "В. Орлов"], [MINISTRY, INSPECTION]),
    # one body only (the other signer has none): nothing to pair
    ([], ["Анна Белова", "Пётр Седов"], []),
    # a single signer
    ([], ["Анна Белова"], []),
    # sides found before are kept
    ([Party("Правительство Пензенской области", "RU-PNZ")], ["Анна Белова", "Виктор Орлов"],
     ["Правительство Пензенской области"]),
])
def test_record_without_sides_takes_its_signers_bodies(parties, signers, expected):
    a = Agreement("Соглашение", "signed", None, list(parties), list(signers), [],
                  Evidence("", 0, 0))
    signers_bodies(Records(None, None, [], PENZA_OFFICIALS, [], None, [a]))  # type: ignore[arg-type]
    assert [p.name for p in a.parties] == expected


PENZA = "Министерство социальной защиты Пензенской области"
SARATOV = "Министерство труда Саратовской области"
TAMBOV = "Департамент социальной защиты Тамбовской области"
COUNTED = (f"{PENZA} подписало на форуме два соглашения. Первое соглашение заключено с "
           "Министерством труда Саратовской области. Регионы будут обмениваться опытом "
           "реабилитации ветеранов. В Пензе откроется общий учебный центр. Министр рассказала "
           "о планах на год. ")
SECOND = "Второй документ — с Департаментом социальной защиты Тамбовской области. "


SIGNERS = ["Анна Белова", "Олег Серов"]


@pytest.mark.slow
@pytest.mark.parametrize("after, status, signers", [
    ("Он касается отдыха детей. Подписи под ним поставили министр Анна Белова и "
     "руководитель департамента Олег Серов.", "signed", SIGNERS),
    ("Под документом свои подписи поставили министр Анна Белова и руководитель "
     "департамента Олег Серов.", "signed", SIGNERS),
    ("Он касается отдыха детей. Его подписали министр Анна Белова и руководитель "
     "департамента Олег Серов.", "signed", SIGNERS),
    ("Подписи под ним пока не поставили.", "mentioned", []),  # negated: no signing told
    ("Он касается отдыха детей.", "mentioned", []),
])
def test_ordinal_far_from_its_count_is_the_next_agreement(models, after, status, signers):
    found = agreements_of(models, COUNTED + SECOND + after, PUB)
    assert [(a.status, party_names(a)) for a in found] == [
        ("signed", sorted([PENZA, SARATOV])), (status, sorted([PENZA, TAMBOV]))]
    assert sorted(found[1].signatories) == signers


@pytest.mark.slow
def test_ordinal_with_its_own_verb_far_from_the_count(models):
    text = COUNTED + "Второй документ заключён с Департаментом социальной защиты Тамбовской " \
        "области."
    assert [(a.status, party_names(a)) for a in agreements_of(models, text, PUB)] == [
        ("signed", sorted([PENZA, SARATOV])), ("signed", sorted([PENZA, TAMBOV]))]


@pytest.mark.slow
def test_ordinal_without_a_count_is_no_agreement(models):
    text = (f"{PENZA} подготовило доклад. В Пензе откроется общий учебный центр. Министр "
            f"рассказала о планах на год. {SECOND}")
    assert agreements_of(models, text, PUB) == []


ORENBURG = "Министерство социального развития Оренбургской области"
BASHKIRIA = "Министерство семьи, труда и социальной защиты населения Республики Башкортостан"


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Министерство социального развития Оренбургской области и Министерство семьи, труда и "
    "социальной защиты населения Республики Башкортостан подписали отраслевое соглашение.",
    "Отраслевое соглашение о сотрудничестве подписали Министерство социального развития "
    "Оренбургской области и Министерство семьи, труда и социальной защиты населения "
    "Республики Башкортостан.",
    "Развивая сотрудничество, министерство социального развития Оренбургской "
    "области и министерство семьи, труда и социальной защиты населения Республики "
    "Башкортостан сегодня заключили новое отраслевое соглашение.",
])
def test_sectoral_agreement_of_two_regions_is_cooperation(models, text):
    found = agreements_of(models, text, PUB)
    assert [(a.status, party_names(a)) for a in found] == [
        ("signed", sorted([ORENBURG, BASHKIRIA]))]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Министерство социального развития Оренбургской области и областная организация "
    "профсоюза работников социальной сферы подписали отраслевое соглашение.",
    "Министерство социального развития Оренбургской области подписало отраслевое "
    "соглашение по учреждениям социального обслуживания на 2025–2027 годы.",
    "Отраслевое соглашение по строительной отрасли подписали объединение работодателей и "
    "областной союз строителей.",
])
def test_sectoral_agreement_of_labour_is_not_cooperation(models, text):
    assert agreements_of(models, text, PUB) == []


@pytest.mark.slow
def test_plural_sectoral_documents_are_the_genre(models):
    text = (f"{ORENBURG} и {SAMARA} подписали соглашение о сотрудничестве. Ранее аналогичные "
            "отраслевые документы министерство заключило с Пензенской и Саратовской "
            "областями.")
    assert [party_names(a) for a in agreements_of(models, text, PUB)] == [
        sorted([ORENBURG, SAMARA])]


SAMARA = "Министерство труда Самарской области"
SIGNED_PAIR = (f"{ORENBURG} и {SAMARA} подписали соглашение о сотрудничестве. ")


@pytest.mark.slow
@pytest.mark.parametrize("after", [
    "Как отметил губернатор, это уже третье межрегиональное соглашение в социальной сфере, "
    "подписанное областью в этом году.",
    "По словам министра, это уже второе соглашение, которое область заключила в 2025 году.",
    "Документ стал третьим соглашением, заключенным министерством в этом году.",
])
def test_ranked_restatement_is_no_agreement_of_its_own(models, after):
    found = agreements_of(models, SIGNED_PAIR + after, PUB)
    assert [(a.status, party_names(a)) for a in found] == [
        ("signed", sorted([ORENBURG, SAMARA]))]


@pytest.mark.slow
@pytest.mark.parametrize("ranked", [
    "Соглашение станет вторым для Оренбуржья в этой сфере",
    "Документ станет вторым для Оренбуржья в этой сфере",
])
def test_agreement_ranked_by_ordinal_predicate_is_the_one_told(models, ranked):
    text = (f"{ORENBURG} и {SAMARA} в мае подпишут соглашение о социальном туризме. "
            f"{ranked}: в 2024 году аналогичный документ был подписан с Пензенской областью.")
    found = agreements_of(models, text, PUB)
    assert [(a.status, party_names(a)) for a in found][0] == (
        "planned", sorted([ORENBURG, SAMARA]))
    assert [a.status for a in found] == ["planned", "mentioned"]


@pytest.mark.slow
def test_ranked_mention_told_first_stays(models):
    text = ("Это первое соглашение между Оренбургской и Самарской областями в социальной "
            "сфере: его подписали министры двух регионов.")
    assert len(agreements_of(models, text, PUB)) == 1


KHMAO = "департамент социального развития Ханты-Мансийского автономного округа"
TATARSTAN = "Министерство труда, занятости и социальной защиты Республики Татарстан"
QUOTED_PLAN = ("«Мы договорились с татарскими коллегами, что уже в октябре подпишем "
               "соглашение», – сообщил директор департамента социального развития "
               "Ханты-Мансийского автономного округа Олег Романов. ")


@pytest.mark.slow
@pytest.mark.parametrize("after", [
    "Речь идет о соглашении между департаментом и Министерством труда, занятости и "
    "социальной защиты Республики Татарстан о реабилитации участников СВО.",
    "Речь идет о соглашении между департаментом и Министерством труда, занятости и "
    "социальной защиты Республики Татарстан.",
])
def test_clarifying_restatement_is_the_agreement_told(models, after):
    found = agreements_of(models, QUOTED_PLAN + after, PUB)
    assert [(a.status, party_names(a)) for a in found] == [
        ("planned", sorted([KHMAO, TATARSTAN]))]


@pytest.mark.slow
def test_restatement_of_two_other_sides_stays_apart(models):
    text = (f"{ORENBURG} и {SAMARA} подписали соглашение о сотрудничестве. Речь идет о "
            "соглашении между Министерством труда Пензенской области и Министерством "
            "социальной защиты Саратовской области.")
    assert len(agreements_of(models, text, PUB)) == 2


@pytest.mark.parametrize("names, kept", [
    # the colleagues of a region whose body is named give way to it, in either order
    ([("Башкирские коллеги", "RU-BA"), (BASHKIRIA, "RU-BA"), (ORENBURG, "RU-ORE")],
     [BASHKIRIA, ORENBURG]),
    ([(ORENBURG, "RU-ORE"), (BASHKIRIA, "RU-BA"), ("башкирские партнёры", "RU-BA")],
     [ORENBURG, BASHKIRIA]),
    # no body of that region: the description is all there is, kept
    ([("Башкирские коллеги", "RU-BA"), (ORENBURG, "RU-ORE")],
     ["Башкирские коллеги", ORENBURG]),
])
def test_colleagues_give_way_to_their_regions_body(models, names, kept):
    state = SimpleNamespace(parties=[_Party(n, [r], 0, 1, models) for n, r in names])
    colleague_descriptions(state)  # type: ignore[arg-type]
    assert [p.name for p in state.parties] == kept


INTRO = ("Министр социального развития Оренбургской области Иван Петров рассказал о "
         "партнёрах. ")


@pytest.mark.slow
@pytest.mark.parametrize("text, statuses", [
    (INTRO + "«Отдельного соглашения с министерством труда Самарской области у нас пока нет, "
     "но предложения мы направили. Если самарские коллеги поддержат, подпишем его в течение "
     "года», — сказал министр.", ["planned"]),
    (INTRO + "По его словам, соглашения с министерством труда Самарской области у "
     "министерства ещё нет, его подпишут осенью.", ["planned"]),
    # absent, with no signing promised: no agreement
    (INTRO + "По его словам, соглашения с министерством труда Самарской области у "
     "министерства пока нет.", []),
])
def test_absent_yet_then_promised_is_planned(models, text, statuses):
    found = agreements_of(models, text, PUB)
    assert [a.status for a in found] == statuses
    assert all(SAMARA in party_names(a) for a in found)


@pytest.mark.parametrize("text, name", [
    ("Ещё одно крупное предприятие региона — АО «Сызранский завод» — отказалось.",
     "АО «Сызранский завод»"),
    ("Крупнейший работодатель области – ПАО «Северный комбинат», подписал документ.",
     "ПАО «Северный комбинат»"),
    ("Ещё один партнёр — фонд «Добрые руки» — присоединится позже.", None),  # lower-case form
    ("Министерство — АО «Сызранский завод» — отказалось.", "АО «Сызранский завод»"),
    # a side with a name of its own keeps it
    ("Министерство труда Самарской области — АО «Сызранский завод» — отказалось.", None),
])
def test_described_side_takes_its_dashed_name(text, name):
    head = text.split(" —")[0].split(" –")[0]
    side = Side(head, (), 0, len(head))
    got = dashed_name(text, [side])[0].name
    assert got == (name or head)
