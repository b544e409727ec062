"""signline62 (round 62 of issue 9): the signers of each agreement when a page names the
signers of several agreements together, or names a signer's body otherwise than the side.

- a region's branch named by its parent ("региональный Соцфонд", "региональное отделение
  Соцфонда") is the branch named in full with its place (``party_identity.branch_by_parent``,
  a way of ``party_identity.body_is_side``), and a series' line gives its head to the
  branch's item (``series_sides.spread_signers`` through ``party_identity.signs_for``);
- the signer of an agreement the page tells and the domain drops (another field's,
  signed at the same ceremony) signs no social record of the page
  (``signer_bodies.off_domain_signers_dropped``);
- a region's head on a shared line signs for a body of the region only when the line names
  no head of that body by name (``signer_shared.heads_by_name_first``, ``signs_own_side``).

Guards: a plain "фонд" or another ministry is no branch; a governor alone on the line still
signs the ministry's record; a body that is a side of a record of the page stays, and so
does a signer whose post names the record's side. Every
probe is written here, in words of its own."""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.lexicon_sides import EVERYDAY_NAMES

PUB = "2026-05-20"
# вымышленный регион
BRANCH = "Отделение Социального фонда России по Энской области"
# the fund's legal name from the lexicon: its ten words are in the dev texts
LEGAL = f"Отделение {EVERYDAY_NAMES[0][0]} по Энской области"


@pytest.mark.parametrize(("body", "side", "expected"), [
    ("региональный Соцфонд", BRANCH, True),
    ("региональное отделение Соцфонда", LEGAL, True),
    ("областной Соцфонд", LEGAL, True),
    ("краевой филиал Соцфонда", "Филиал Социального фонда России по Энскому краю", True),
    # guards: another parent, a bare "фонд", no adjective of the region, no branch side
    ("региональный минтруд", BRANCH, False),
    ("региональный фонд", BRANCH, False),
    ("Соцфонд России", BRANCH, False),
    ("региональный Соцфонд", "Социальный фонд России", False),
    ("региональный Соцфонд", "Министерство труда Энской области", False),
    # fixsignline62 guards (review item 4): a city's branch, a bank's office are no
    # region's branch of a fund
    ("региональный Соцфонд", "Отделение Социального фонда России в городе Энске", False),
    ("региональный Сбер", "Отделение Сбербанка России по Энской области", False),
    ("региональный Сбербанк", "Отделение Сбербанка России по Энской области", False),
])
def test_branch_by_parent(body: str, side: str, expected: bool) -> None:
    from soccoop.extract.party_identity import branch_by_parent
    assert branch_by_parent(body, side) is expected


@pytest.mark.parametrize(("body", "side", "expected"), [
    # fails on b62dev: the branch named by its parent was no side
    ("региональный Соцфонд", BRANCH, True),
    ("региональное отделение Соцфонда", LEGAL, True),
    # as on b62dev
    ("Министерство труда Энской области", "Министерство труда Энской области", True),
    ("региональный Соцфонд", "Министерство здравоохранения Энской области", False),
])
def test_body_is_side_branch(body: str, side: str, expected: bool) -> None:
    from soccoop.extract.party_identity import body_is_side
    assert body_is_side(body, side) is expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Энская область", False),  # no region of the gazetteer
    ("Тверская область", True),
    ("Министерство труда Тверской области", False),
    ("Социальный фонд", False),
])
def test_region_body(body: str, expected: bool) -> None:
    from soccoop.extract.signer_shared import region_body
    assert region_body(body) is expected


@pytest.mark.parametrize(("name", "listed", "sides", "expected"), [
    # a governor beside the minister: not the ministry's signer
    ("Игорь Руденко", {"Игорь Руденко": "Тверская область",
                       "Анна Котова": "Министерство труда Тверской области"},
     ["Министерство труда Тверской области", "АО «Вагонный завод»"], False),
    # guard: alone on the line for the ministry, he signs for it
    ("Игорь Руденко", {"Игорь Руденко": "Тверская область",
                       "Олег Лыков": "АО «Вагонный завод»"},
     ["Министерство труда Тверской области", "АО «Вагонный завод»"], True),
    # guard: the minister herself
    ("Анна Котова", {"Игорь Руденко": "Тверская область",
                     "Анна Котова": "Министерство труда Тверской области"},
     ["Министерство труда Тверской области", "АО «Вагонный завод»"], True),
])
def test_signs_own_side(name: str, listed: dict, sides: list, expected: bool) -> None:
    from soccoop.extract.signer_shared import signs_own_side
    assert signs_own_side(name, listed, sides) is expected


@pytest.mark.parametrize(("body", "side", "expected"), [
    ("региональный Соцфонд", BRANCH, True),
    ("Министерство труда Энской области", "Министерство труда Энской области", True),
    # a region named alone is every body of the region, as in body_is_side
    ("Тверская область", "Министерство труда Тверской области", True),
    ("региональный Соцфонд", "Центр «Исток»", False),
])
def test_signs_for(models, body: str, side: str, expected: bool) -> None:
    from soccoop.extract.agreement_types import _Party
    from soccoop.extract.party_identity import signs_for

    def party(name: str) -> _Party:
        return _Party(name, [], 0, 0, models)

    assert signs_for(party(body), party(side), models) is expected


def _record(sides: list[str], signers: list[str]):
    from soccoop.models import Agreement, Evidence, Party
    return Agreement("Соглашение", "signed", None, [Party(x) for x in sides], list(signers),
                     [], Evidence("", 0, 0))


def _official(name: str, post: str, body: str):
    from soccoop.models import Evidence, Official
    return Official(name, post, body, None, Evidence("", 0, 0))


@pytest.mark.parametrize(("case", "post", "body", "kept"), [
    # the federation's vice-president leaves the plant's record
    ("another field's signer", "вице-президент", "Федерация хоккея на траве", False),
    # guard: his post names the record's side by a word of its own (the body read for
    # him may be wrong): he stays
    ("the post names the side", "генеральный директор завода", "Федерация хоккея на траве",
     True),
    # guard: a body of no dropped agreement stays
    ("no dropped side", "директор", "Фонд «Заря»", True),
    # guard: the dropped agreement's side is the record's own under a short name
    ("the record's side by its acronym", "генеральный директор", "АО «ЭМЗ»", True),
])
def test_off_domain_signers_dropped(models, case: str, post: str, body: str,
                                    kept: bool) -> None:
    from soccoop.extract.signer_bodies import off_domain_signers_dropped
    record = _record(["Министерство труда Энской области", "АО «Энский машиностроительный завод»"],
                     ["Анна Котова", "Олег Лыков", "Павел Грачёв"])
    officials = [_official("Анна Котова", "министр", "Министерство труда Энской области"),
                 _official("Олег Лыков", "директор", "АО «Энский машиностроительный завод»"),
                 _official("Павел Грачёв", post, body)]
    off_domain_signers_dropped([record], officials, ["Федерация хоккея на траве", "АО «ЭМЗ»"],
                               models)
    assert ("Павел Грачёв" in record.signatories) is kept, case


def test_off_domain_bodies_asked_once(models, monkeypatch) -> None:
    """fixsignline62 (review item 7): each body is asked of the records' sides once, not
    once per signer and record (records x signers x sides on long pages)."""
    from soccoop.extract import signer_bodies
    calls: list[str] = []
    real = signer_bodies.identity

    def counted(p, q, m):
        calls.append(p.name)
        return real(p, q, m)

    monkeypatch.setattr(signer_bodies, "identity", counted)
    sides = ["Министерство труда Энской области", "АО «Энский машиностроительный завод»"]
    signers = ["Анна Котова", "Олег Лыков", "Павел Грачёв", "Иван Сомов"]
    records = [_record(sides, signers) for _ in range(3)]
    officials = [_official("Анна Котова", "министр", sides[0]),
                 _official("Олег Лыков", "директор", sides[1]),
                 _official("Павел Грачёв", "вице-президент", "Федерация хоккея на траве"),
                 _official("Иван Сомов", "президент", "Федерация хоккея на траве")]
    signer_bodies.off_domain_signers_dropped(records, officials, ["Федерация хоккея на траве"],
                                             models)
    assert all(r.signatories == ["Анна Котова", "Олег Лыков"] for r in records)
    assert calls.count("Федерация хоккея на траве") <= len(sides)


@pytest.mark.parametrize(("listed", "expected"), [
    # the governor after the minister who heads the ministry by name
    ([("Игорь Руденко", "Тверская область"),
      ("Анна Котова", "Министерство труда Тверской области"),
      ("Олег Лыков", "АО «Вагонный завод»")],
     ["Анна Котова", "Олег Лыков", "Игорь Руденко"]),
    # guard: no one heads a side of his by name: as listed (he takes the government's
    # side before a department's head tied to it by a word)
    ([("Игорь Руденко", "Тверская область"),
      ("Олег Лыков", "АО «Вагонный завод»"),
      ("Ольга Белова", "Департамент соцзащиты области")],
     ["Игорь Руденко", "Олег Лыков", "Ольга Белова"]),
])
def test_heads_by_name_first(listed: list, expected: list) -> None:
    from soccoop.extract.signer_shared import heads_by_name_first
    records = [_record(["Министерство труда Тверской области", "АО «Вагонный завод»"], []),
               _record(["Правительство Тверской области", "Фонд «Заря»"], [])]
    shared = [_official(n, "руководитель", b) for n, b in listed]
    assert [o.name for o in heads_by_name_first(shared, records)] == expected


def _signers(models, text: str) -> dict[str, list[str]]:
    """Each signed record's signers, by its sorted sides."""
    return {"; ".join(sorted(p.name for p in a.parties)): sorted(a.signatories)
            for a in probes.agreements_of(models, text, PUB) if a.status == "signed"}


LABOUR = "Министерство труда Тверской области"
GOV = "Правительство Тверской области"
PLANT = "АО «Тверской вагонный завод»"
VETS = "Тверская областная организация ветеранов"
TWO = (
    "В Твери подписаны два соглашения.\n\n"
    "Министерство труда Тверской области заключило соглашение с АО «Тверской вагонный "
    "завод» о трудоустройстве инвалидов.\n\n"
    "Правительство Тверской области подписало соглашение с Тверской областной организацией "
    "ветеранов о поддержке пенсионеров.\n\n")
HOCKEY = ("Третьим стало соглашение правительства области с Федерацией хоккея на траве о "
          "строительстве ледовой арены.\n\n")


@pytest.mark.parametrize(("case", "text", "expected"), [
    # fails on b62dev: the federation's vice-president signed the veterans' record, the
    # governor took the minister's place on the plant's
    ("another field's signer, a governor beside the minister",
     TWO + HOCKEY + "Подписи под документами поставили губернатор Тверской области Игорь "
     "Руденко, министр труда Тверской области Анна Котова, директор завода Олег Лыков, "
     "председатель организации ветеранов Иван Сидоров и вице-президент Федерации хоккея на "
     "траве Павел Грачёв.\n",
     {"; ".join(sorted([LABOUR, PLANT])): ["Анна Котова", "Олег Лыков"],
      "; ".join(sorted([GOV, VETS])): ["Иван Сидоров", "Игорь Руденко"]}),
    # guard (as on b62dev): no minister on the line, the governor signs for the ministry
    ("a governor alone",
     TWO + "Подписи под документами поставили губернатор Тверской области Игорь Руденко, "
     "директор завода Олег Лыков и председатель организации ветеранов Иван Сидоров.\n",
     {"; ".join(sorted([LABOUR, PLANT])): ["Игорь Руденко", "Олег Лыков"],
      "; ".join(sorted([GOV, VETS])): ["Иван Сидоров", "Игорь Руденко"]}),
])
def test_shared_line(models, case: str, text: str, expected: dict) -> None:
    assert _signers(models, text) == expected, case


def test_government_of_both_stays(models) -> None:
    """guard: the government signs the social record and the dropped one: its head stays on
    the social record; the federation's signer signs nothing."""
    text = ("В Твери подписаны два соглашения.\n\n"
            "Правительство Тверской области подписало соглашение с Тверской областной "
            "организацией ветеранов о поддержке пенсионеров.\n\n"
            "Также правительство области подписало соглашение с Федерацией хоккея на траве о "
            "строительстве ледовой арены.\n\n"
            "Подписи под документами поставили губернатор Тверской области Игорь Руденко, "
            "председатель организации ветеранов Иван Сидоров и вице-президент Федерации "
            "хоккея на траве Павел Грачёв.\n")
    assert _signers(models, text) == {
        "; ".join(sorted([GOV, VETS])): ["Иван Сидоров", "Игорь Руденко"]}


def test_series_branch_named_by_parent(models) -> None:
    """A series' line names the branch's head by its parent ("руководитель регионального
    Соцфонда"): he signs the branch's item, not the centre's (fails on b62dev: the
    branch's item had no signer and the centre's had him)."""
    text = ("В Энске подписаны соглашения о помощи семьям.\n\n"
            "Первым подписали соглашение министерство труда Энской области и " + BRANCH +
            ".\n\nЗатем соглашение заключено с центром «Исток».\n\n"
            "Подписи поставили министр труда Энской области Анна Котова, руководитель "
            "регионального Соцфонда Пётр Орлов и директор центра «Исток» Иван Сидоров.\n")
    got = _signers(models, text)
    labour = "Министерство труда Энской области"
    assert got == {"; ".join(sorted([labour, BRANCH])): ["Анна Котова", "Пётр Орлов"],
                   "; ".join(sorted([labour, "Центр «Исток»"])): ["Анна Котова", "Иван Сидоров"]
                   }, got


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, party_identity=("branch_by_parent", "signs_for",
                                                          "body_is_side"),
                                          signer_bodies=("off_domain_signers_dropped",
                                                         "_other_field"),
                                          coreference=("off_domain_signers",),
                                          signer_shared=("region_head", "heads_by_name_first",
                                                         "signs_own_side", "region_body"),
                                          series_sides=("spread_signers",))
