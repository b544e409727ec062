"""Region extraction from short Russian sentences and from the sample corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from soccoop import gazetteer
from soccoop.extract.regions import find_regions

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
GOLD_DIRS = [ROOT / "tests" / "data" / "gold", ROOT.parent / "shared" / "seeds" / "gold",
             Path("/work/shared/seeds/gold")]


def codes(models, text: str) -> list[str]:
    return [r.code for r in find_regions(models.analyse(text), models)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Сегодня министр социальной защиты РТ Клавдия Новикова подписала документ.", ["RU-TA"]),
        ("Департамент труда и социальной защиты населения Ханты-Мансийского автономного "
         "округа - Югры", ["RU-KHM"]),
        ("Прибыла делегация из Югры.", ["RU-KHM"]),
        ("Такой же центр открыт в Ханты-Мансийском автономном округе.", ["RU-KHM"]),
        ("Директор Департамента ХМАО-Югры Татьяна Успенская.", ["RU-KHM"]),
        ("Костромские специалисты соцзащиты обменялись опытом.", ["RU-KOS"]),
        ("Обменялись опытом с коллегами из Меловского района ЛНР.", ["RU-LPR"]),
        ("Меловским районом Луганской Народной Республики", ["RU-LPR"]),
        ("Опыт Москвы будет использован.", ["RU-MOW"]),
        ("Столицу посетила делегация из Луганска.", ["RU-LPR"]),
        # a town that is not a capital names its subject only when the text names it too
        ("Гости посетят Центр социального обслуживания Зеленодольска.", []),
        ("Гости из Татарстана посетят Центр социального обслуживания Зеленодольска.",
         ["RU-TA"]),
        ("Москва продолжает организацию гуманитарной помощи Донецкой и Луганской народным "
         "республикам.", ["RU-MOW", "RU-DPR", "RU-LPR"]),
        ("Губернаторы Московской и Ленинградской областей встретились.", ["RU-MOS", "RU-LEN"]),
        ("Делегации Алтайского и Красноярского краёв.", ["RU-ALT", "RU-KYA"]),
        ("Делегация побывала в Беларуси и Казахстане.", []),
        ("Они переходят на законодательство Российской Федерации.", []),
        ("Это руководитель ульяновского регионального ведомства.", ["RU-ULY"]),
        ("Евгений Стружак, Министр Правительства Москвы.", ["RU-MOW"]),
        ("Московские эксперты посетили центры.", ["RU-MOW"]),
        ("Жители Подмосковья и Петербурга.", ["RU-MOS", "RU-SPE"]),
        ("Ленинградская область и Санкт-Петербург", ["RU-LEN", "RU-SPE"]),
        ("Он живёт в Донецке Ростовской области.", ["RU-ROS"]),
        ("Республика Алтай и Алтай", ["RU-AL"]),
        ("Соседи обсудили Алтай.", []),
        ("В Набережных Челнах и Нижнем Новгороде открыли центры.", ["RU-NIZ"]),
        ("В Набережных Челнах и Казани открыли центры.", ["RU-TA"]),
        ("Владимир Путин приехал в Казань.", ["RU-TA"]),
        ("Мы были во Владимире и в Орле.", ["RU-VLA", "RU-ORL"]),
        ("Орёл парил над полем.", []),
        ("Курган стоял в степи.", []),
        ("Улица Московская и Московский район.", []),
        ("Столица Татарстана приняла гостей.", ["RU-TA"]),
        ("Столица приняла гостей.", []),
        ("Москва и столица", ["RU-MOW"]),
        ("В 19 часов по московскому времени.", []),
        ("Встреча прошла на улице Кирова, д. 5, а потом на ул. Ленина.", []),
        ("Город Киров принял гостей.", ["RU-KIR"]),
        ("Глава Кировского муниципального округа подписал соглашение.", []),
        ("Жители Московского сельского поселения собрались.", []),
        ("Кировская областная больница получила оборудование.", ["RU-KIR"]),
        ("Делегация Ненецкого автономного округа прибыла.", ["RU-NEN"]),
        ("Совещание в г. Владимире.", ["RU-VLA"]),
        ("Мария Иванова и Пётр Глазов выступили.", []),
        ("Югорские и ямальские врачи.", ["RU-KHM", "RU-YAN"]),
        ("рт и хмао в нижнем регистре", []),
        ("Андрей Кострома сказал речь.", []),
        ("Российские и федеральные чиновники.", []),
        ("В Министерстве труда, занятости и социальной защиты РТ состоялось заседание.",
         ["RU-TA"]),
        ("Сургут, Нижневартовск и Тольятти", []),
        ("Югра: Сургут, Нижневартовск; Самарская область: Тольятти", ["RU-KHM", "RU-SAM"]),
        ("Республике Крым и Севастополю", ["RU-CR", "RU-SEV"]),
    ],
)
def test_find_regions(models, text: str, expected: list[str]) -> None:
    assert codes(models, text) == expected


def test_mentions_have_offsets_into_the_text(models) -> None:
    text = "Делегация из Югры прибыла в Казань. Гости из ХМАО-Югры и РТ."
    refs = find_regions(models.analyse(text), models)
    assert [r.code for r in refs] == ["RU-KHM", "RU-TA"]
    for r in refs:
        assert r.name == gazetteer.by_code(r.code).name  # type: ignore[union-attr]
        for m in r.mentions:
            assert text[m.start:m.end] == m.text
    assert [m.text for m in refs[0].mentions] == ["Югры", "ХМАО-Югры"]
    assert [m.text for m in refs[1].mentions] == ["Казань", "РТ"]


def test_capital_mention_counts_for_moscow_only_with_moscow(models) -> None:
    refs = find_regions(models.analyse("Опыт Москвы. Столица приняла гостей."), models)
    assert [m.text for m in refs[0].mentions] == ["Москвы", "Столица"]
    refs = find_regions(models.analyse("Опыт Москвы и статус второй столицы."), models)
    assert [m.text for m in refs[0].mentions] == ["Москвы"]


@pytest.mark.parametrize("text", ["", "   ", "12345 678", "\x00\x01\x1f", "—", "РТ" * 2000])
def test_odd_input_does_not_crash(models, text: str) -> None:
    assert isinstance(find_regions(models.analyse(text), models), list)


def _gold_dir() -> Path | None:
    return next((d for d in GOLD_DIRS if d.is_dir() and any(d.glob("*.json"))), None)


@pytest.mark.skipif(_gold_dir() is None or not CORPUS.is_dir(), reason="no corpus/gold")
def test_corpus_regions_match_gold(models) -> None:
    gold_dir = _gold_dir()
    assert gold_dir is not None
    checked = 0
    for gold_file in sorted(gold_dir.glob("*.json")):
        txt = CORPUS / (gold_file.stem + ".txt")
        if not txt.exists():
            continue
        names = json.loads(gold_file.read_text(encoding="utf-8"))["regions"]
        gold = {gazetteer.resolve(n).code for n in names}  # type: ignore[union-attr]
        got = set(codes(models, txt.read_text(encoding="utf-8")))
        assert got == gold, gold_file.stem
        checked += 1
    assert checked >= 5
