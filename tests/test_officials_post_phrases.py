"""Officials' post phrases cut from predicates and qualified posts, as general rules.

Each probe is written here in words of its own (other people, places and posts than the
NEREL texts the causes were found in): a post phrase the parser runs into a predicate, a
post before "и" and a courtesy title, a noun that is a post only with its own adjective.
Also the guard of ``benchmarks/eval_nerel.py`` that keeps the blind-ish fold a summary."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from probes import by_file, load_benchmark, officials_of

ROOT = Path(__file__).resolve().parents[1]


# --- a post phrase ends before a predicate (_before_a_predicate) ---------------------------

@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "position"), [
    ("Министром труда, занятости и миграции назначен Олег Захаров.",
     "Олег Захаров", "министр труда, занятости и миграции"),
    ("Председателем комитета по делам семьи, материнства и детства избрана Вера Лосева.",
     "Вера Лосева", "председатель комитета по делам семьи, материнства и детства"),
])
def test_post_phrase_stops_before_the_predicate(models, text, name, position):
    got = officials_of(models, text)
    assert name in got
    assert got[name][0] is not None and got[name][0].startswith(position.split(" ")[0])
    assert "назначен" not in got[name][0] and "избрана" not in got[name][0]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Олег Захаров назначен министром труда, занятости и миграции.",
    "Министр труда, занятости и миграции Олег Захаров открыл ярмарку вакансий.",
])
def test_post_phrase_without_a_joined_predicate_is_whole(models, text):
    # negative control: where no predicate is joined to the post, the phrase is whole
    got = officials_of(models, text)
    assert got.get("Олег Захаров", (None,))[0] == "министр труда, занятости и миграции"


# --- a post before "и" and a courtesy title is the other person's (_courtesy_title_between) -

@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Губернатор и миссис Уайт посетили приют для животных.",
    "Посол и госпожа Танака поблагодарили гостей за тёплый приём.",
])
def test_post_not_given_across_a_courtesy_title(models, text):
    got = officials_of(models, text)
    assert all(pos is None or " и " not in pos for pos, _ in got.values())
    assert not any(name.endswith(("Уайт", "Танака")) for name in got)


@pytest.mark.slow
def test_coordinated_posts_with_names_still_found(models):
    # negative control: "и" followed by another post and name keeps both officials
    got = officials_of(models, "Приют посетили губернатор Олег Сомов и мэр Павел Ершов.")
    assert got.get("Олег Сомов", (None,))[0] == "губернатор"
    assert got.get("Павел Ершов", (None,))[0] == "мэр"


# --- a noun that is a post only with its own adjective (_qualified_head) -------------------

@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "position"), [
    ("На открытии моста выступил городской голова Степан Гнатюк.",
     "Степан Гнатюк", "городской голова"),
    ("Жители пожаловались сельскому голове Остапу Кравцу на дороги.",
     "Остап Кравец", "сельский голова"),
])
def test_qualified_head_is_a_post(models, text, name, position):
    got = officials_of(models, text)
    assert any(n.split()[-1][:5] == name.split()[-1][:5] and p == position
               for n, (p, _) in got.items()), got


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "После матча у Степана Гнатюка сильно болела голова.",
    "Голова Остапа Кравца была перевязана бинтом.",
])
def test_bare_head_noun_is_no_post(models, text):
    assert officials_of(models, text) == {}


# --- a post after "имени" or a street's noun names a namesake (_commemorated) ---------------

@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Пожар случился в доме на улице Адмирала Макарова в Самаре.",
    "Пробка образовалась на проспекте генерала Белова у школы.",
    "Гимназия им. генерала Раевского отметила юбилей.",
    "Библиотека имени профессора Громова получила новые книги.",
])
def test_commemorated_person_holds_no_post(models, text):
    assert officials_of(models, text) == {}


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "position"), [
    # a street's noun in another role: the post after it is held
    ("На набережной губернатор Олег Сомов открыл сквер.", "Олег Сомов", "губернатор"),
    ("Адмирал Павел Макаров выступил на площади.", "Павел Макаров", "адмирал"),
    # "от имени": on behalf of the holder
    ("Письмо направлено от имени министра культуры Павла Макарова.", "Павел Макаров",
     "министр культуры"),
])
def test_post_after_a_street_noun_in_another_case_is_held(models, text, name, position):
    assert officials_of(models, text).get(name, (None,))[0] == position


# --- the blind-ish fold is read as a summary only -----------------------------------------

@pytest.mark.parametrize(("argv", "message"), [
    (["train", "--fold", "check", "--errors"], "--errors is not read on --fold check"),
    (["train", "--fold", "sealed", "--errors"], "--errors is not read on --fold sealed"),
    (["/nonexistent/split"], "/nonexistent/split: not a directory"),
])
def test_eval_nerel_refuses(monkeypatch, capsys, argv, message):
    mod = load_benchmark("eval_nerel")
    monkeypatch.setattr(sys, "argv", ["eval_nerel.py", *argv])
    with pytest.raises(SystemExit) as exc:
        mod.main()
    assert exc.value.code == 2
    assert message in capsys.readouterr().err


def test_eval_nerel_names_the_shared_splits():
    mod = load_benchmark("eval_nerel")
    assert mod.SPLITS["dev"] == mod.DEV
    assert mod.SPLITS["train"].name == "train"
    assert mod.fold_of("x") in ("tune", "check")


def test_eval_nerel_folds_part_the_split():
    """tune and check halve the split; open and sealed halve check, each non-empty."""
    mod = load_benchmark("eval_nerel")
    stems = [f"{n:04d}_text" for n in range(400)]
    folds = [mod.folds_of(s) for s in stems]
    assert all(f == ("tune",) or (f[0] == "check" and f[1] in ("open", "sealed")) for f in folds)
    halves = [mod.fold_of(s) for s in stems]
    assert all((f[0] == "tune") == (h == "tune") for h, f in zip(halves, folds, strict=True))
    counts = {name: sum(name in f for f in folds) for name in mod.FOLDS}
    assert counts["open"] + counts["sealed"] == counts["check"]
    assert min(counts.values()) > 50


# --- as a user runs it --------------------------------------------------------------------

@pytest.mark.slow
def test_cli_lists_qualified_post_and_cut_predicate(listed_rows) -> None:
    records = by_file(listed_rows({
        "a.txt": "Вчера городской голова Степан Гнатюк встретился с ветеранами.\n",
        "b.txt": "Министром труда, занятости и миграции назначен Олег Захаров.\n",
    }, "--format", "jsonl", "--limit", "0"))
    assert sorted(records) == ["a.txt", "b.txt"]
    assert [(o["name"], o["position"]) for o in records["a.txt"]["officials"]] == [
        ("Степан Гнатюк", "городской голова")]
    assert [(o["name"], o["position"]) for o in records["b.txt"]["officials"]] == [
        ("Олег Захаров", "министр труда, занятости и миграции")]
