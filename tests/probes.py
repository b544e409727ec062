"""Helpers shared by the test files (fixtures live in ``conftest.py``).

- one text through the whole extraction, its agreements as the assertions read them:
  ``agreements_of``, ``agreement_records``, ``statuses_of``, ``signers_of``,
  ``signers_in_order``, ``status_dates`` (with ``text_date``), ``party_names``;
- officials: ``officials_of`` (as the ingest finds them), ``parsed_officials`` (no
  unwrapping), the table runners ``check_official`` (a whole record), ``check_post`` (a
  post), ``check_post_start`` (a post's first words) and ``check_extracted_post`` (a post
  of the whole extraction, the NEREL tables); a sentence parsed by hand:
  ``hand_parsed``; a name in its parsed sentence: ``person_span``;
- signers as surnames: ``signer_surnames`` (``surnames_of`` each agreement's names),
  ``surnames_by_status`` (every status from one extraction); the negatives' runner
  ``check_no_signers``;
- dev-round texts against their gold: ``round_signer_surnames``;
- CLI output read back: ``by_file`` (rows of ``listed_rows`` by file name);
- parametrization: ``table_params`` (several tables, ids "table-n"), ``named_rows`` (rows
  whose first item is the id), ``relation_rows`` (such rows led by the function they probe);
- ``load_benchmark``: a script of ``benchmarks/`` as a module;
- docstrings against the dev texts: ``docstrings_quoting_dev_texts`` (a docstring's
  example must be invented, not a run of words of a dev text), ``check_no_dev_text_quoted``
  (those docstrings and a test file's own sentences);
- NER spans given by hand (``ner_spans``) and their repair checked (``check_mended_spans``);
- a side built by hand: ``side`` (its key reads the morphology of the models given).
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any

from soccoop.extract.nlp import NerSpan, Sentence, Token, mend_person_spans
from soccoop.extract.pipeline import extract
from soccoop.models import Agreement, Evidence, Party

ROUNDS = Path(__file__).parent / "data" / "devrounds"


def agreements_of(models: Any, text: str, published: str | None = None) -> list[Agreement]:
    """The agreements extraction gives for ``text`` published on ``published``."""
    return extract(text, "t.txt", models, published=published).agreements


def date_stage(models: Any, text: str, published: str,
               records: list[tuple[str, str | None, str]]) -> tuple[Any, list[Agreement]]:
    """A date stage over the parsed ``text`` with hand-made records (status, date, the words
    their evidence starts with), on anchored values."""
    from soccoop.extract.agreement_dates import DateStage
    from soccoop.extract.dates import find_dates, stated_view
    from soccoop.extract.syntax import parse_documents
    analysis = models.analyse(text)
    parse_documents([analysis], models)
    dates = find_dates(text, published)
    recs = [Agreement(title="", status=st, date=d, parties=[], signatories=[], regions=[],
                      evidence=Evidence(text=w, start=text.index(w),
                                        end=text.index(w) + len(w)))
            for st, d, w in records]
    return DateStage(analysis=analysis, stated=stated_view(dates), dates=dates,
                     published=published, agreements=recs), recs


def check_regions(models: Any, text: str, present: set[str], absent: set[str]) -> None:
    """The page's regions (by name) include every one of ``present`` and none of
    ``absent``: the region rows of the region test files."""
    names = {r.name for r in extract(text, "t.txt", models).regions}
    assert present <= names, names
    assert not names & absent, names


def party_names(a: Agreement) -> list[str]:
    """The agreement's side names, sorted: the order of sides is not what a probe checks."""
    return sorted(p.name for p in a.parties)


def side_names(a: Agreement) -> set[str]:
    """The agreement's side names as a set (``party_names`` without the order)."""
    return {p.name for p in a.parties}


def signers_of(models: Any, text: str, published: str | None = None,
               statuses: tuple[str, ...] = ("signed",)) -> list[list[str]]:
    """The signers of each agreement of the given statuses, in the records' order, each
    sorted (the order of signers is not what is tested)."""
    return [sorted(a.signatories) for a in agreements_of(models, text, published)
            if a.status in statuses]


def check_no_signers(models: Any, text: str, published: str | None, not_signers: set[str],
                     statuses: tuple[str, ...] = ("signed",)) -> None:
    """``text`` still gives an agreement of the given statuses, and none of ``not_signers``
    signs any of them (the shared check of the table-driven negatives of signers)."""
    found = signers_of(models, text, published, statuses)
    assert found  # the agreement is still found
    assert not {n for group in found for n in group} & not_signers


def text_date(a: Agreement) -> str | None:
    """The date the text gives the agreement: None when the publication day only stands in
    for it (``date_from_published``; that stand-in is probed in ``test_published_day``)."""
    return None if a.date_from_published else a.date


def status_dates(models: Any, text: str, published: str | None = None
                 ) -> list[tuple[str, str | None]]:
    """Each agreement's status and the date its text gives (``text_date``), in the records'
    order."""
    return [(a.status, text_date(a)) for a in agreements_of(models, text, published)]


def officials_of(models: Any, text: str) -> dict[str, tuple[str | None, str | None]]:
    """Officials as the ingest finds them in the text, boilerplate masking aside: name →
    (position, organisation)."""
    from soccoop.extract.officials import find_officials
    from soccoop.extract.syntax import parse_documents
    from soccoop.extract.unwrap import unwrap

    analysis = models.analyse(unwrap(text, models.analyzer.word_is_known))
    parse_documents([analysis], models)
    return {o.name: (o.position, o.organization) for o in find_officials(analysis, models)}


def extracted_officials(models: Any, text: str) -> dict[str, tuple[str | None, str | None]]:
    """Officials of the whole extraction (``pipeline.extract``, masking and record passes
    included): name → (position, organisation)."""
    from soccoop.extract.pipeline import extract

    rec = extract(text, "probe.txt", models)
    return {o.name: (o.position, o.organization) for o in rec.officials}


def parsed_officials(models: Any, text: str) -> dict[str, tuple[str | None, str | None]]:
    """Officials of ``text`` analysed and parsed as the ingest does (no unwrapping): name →
    (position, organisation)."""
    from soccoop.extract.officials import find_officials
    from soccoop.extract.syntax import parse_documents

    analysis = models.analyse(text)
    parse_documents([analysis], models)
    return {o.name: (o.position, o.organization) for o in find_officials(analysis, models)}


def check_official(models: Any, text: str, name: str,
                   expected: tuple[str | None, str | None] | None, read: Any = None) -> None:
    """``read`` (``officials_of``, as the ingest finds them, by default; or
    ``parsed_officials``) finds the official ``name`` in ``text`` with the record
    ``expected``, (position, organisation); with ``None``, ``name`` is no official there:
    the shared check of the table-driven record probes."""
    found = (read or officials_of)(models, text)
    if expected is None:
        assert name not in found, found
        return
    assert name in found, found
    assert found[name] == expected


def check_post(models: Any, text: str, name: str, position: str | None) -> None:
    """The official ``name`` of ``text`` holds ``position``; with ``None``, ``name`` is no
    official there (the shared check of the table-driven post probes)."""
    found = parsed_officials(models, text)
    if position is None:
        assert name not in found, found
    else:
        assert name in found, found
        assert found[name][0] == position, found


def check_post_start(models: Any, text: str, name: str, position: str | None) -> None:
    """The official ``name`` of ``text`` (as extraction finds them, ``extracted_officials``)
    holds a post that begins with ``position``; with ``None``, ``name`` is no official there
    (the shared check of the post-prefix probes)."""
    found = extracted_officials(models, text)
    if position is None:
        assert name not in found, found
        return
    assert name in found, found
    assert (found[name][0] or "").startswith(position), found


def check_extracted_post(models: Any, text: str, name: str, position: str | None) -> None:
    """The official ``name`` of ``text``, as extraction finds them (``extracted_officials``),
    holds ``position`` exactly; with ``None``, no official there is ``name`` or shares its
    surname (the shared check of the NEREL post tables)."""
    found = extracted_officials(models, text)
    if position is None:
        assert not any(k.split()[-1] == name.split()[-1] or k == name for k in found), found
        return
    assert name in found, found
    assert found[name][0] == position, found


def check_mended_spans(models: Any, text: str, given: list[tuple[str, str]],
                       mended: list[tuple[str, str]]) -> None:
    """The NER spans ``given`` ((type, words), ``ner_spans``) come out of
    ``nlp.mend_person_spans`` as ``mended``, each still the slice of ``text`` it names (the
    shared check of the span-repair tables)."""
    found = mend_person_spans(text, ner_spans(text, *given), models.parse)
    assert [(s.type, s.text) for s in found] == mended
    assert all(text[s.start:s.stop] == s.text for s in found)


def ner_spans(text: str, *parts: tuple[str, str]) -> list[NerSpan]:
    """NER spans of ``(type, words)``, each at the first place of its words in ``text``, as
    the tagger would hand them to ``nlp.mend_person_spans``."""
    out = []
    for kind, words in parts:
        at = text.index(words)
        out.append(NerSpan(kind, at, at + len(words), words))
    return out


def region_units(words: str) -> list[Any]:
    """The region reader's units of a few words, each keyed by itself lower-cased (what the
    noun sets hold): "в Курском и Орловском отделениях" -> five units."""
    from soccoop.extract import regions
    out, at = [], 0
    for w in words.split():
        out.append(regions._Unit(w, at, at + len(w), frozenset({w.lower()}), True, True))
        at += len(w) + 1
    return out


def hand_parsed(*spec: tuple[str, str, str, str, int, dict[str, str]]) -> Sentence:
    """A sentence parsed by hand: (text, lemma, pos, rel, head, feats) per token."""
    tokens, pos = [], 0
    for text, lemma, upos, rel, head, feats in spec:
        tokens.append(Token(text, pos, pos + len(text), upos, dict(feats), lemma, head, rel))
        pos += len(text) + 1
    return Sentence(0, pos - 1, " ".join(t[0] for t in spec), tokens, parsed=True)


def _surnames(names: list[str]) -> list[str]:
    return sorted(n.split()[-1].lower().replace("ё", "е") for n in names)


def surnames_of(rows: list[list[str]]) -> list[list[str]]:
    """Each agreement's signers as sorted surnames (lower case, ё as е): a probe of who
    signs, not of how a name or its initials are written. [["Фомин Г.Р.", "Ольга Лаптева"]]
    -> [["лаптева", "фомин"]]."""
    return [_surnames(row) for row in rows]


def signer_surnames(models: Any, text: str, statuses: tuple[str, ...] = ("signed",), *,
                    published: str | None = None) -> list[list[str]]:
    """The signers of each agreement of the given statuses (``signers_of``), as
    ``surnames_of`` gives them."""
    return surnames_of(signers_of(models, text, published, statuses))


def surnames_by_status(models: Any, text: str, published: str | None = None
                       ) -> dict[str, list[list[str]]]:
    """Each status's agreements' signers as ``surnames_of`` gives them, in the records'
    order, from one extraction: {"signed": [["волков", "смирнова"]], "mentioned": [[]]}
    (a status with no record is no key)."""
    out: dict[str, list[list[str]]] = {}
    for a in agreements_of(models, text, published):
        out.setdefault(a.status, []).append(_surnames(a.signatories))
    return out


def round_signer_surnames(models: Any, rnd: str, stem: str) -> tuple[list[str], list[str]]:
    """The signers' surnames one dev-round text gives and those of its gold, each pooled
    over the text's agreements and sorted."""
    path = ROUNDS / rnd / f"{stem}.txt"
    gold = json.loads((ROUNDS / rnd / "gold" / f"{stem}.json").read_text(encoding="utf-8"))
    found = extract(path.read_text(encoding="utf-8"), path.name, models).agreements
    return (_surnames([n for a in found for n in a.signatories]),
            _surnames([n for a in gold["agreements"] for n in a["signatories"]]))


def by_file(rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Rows ``soccoop list --format jsonl`` printed (``listed_rows``), keyed by the name of
    the file each came from: a CLI test of several files reads each file's record."""
    return {r["source"].rsplit("/", 1)[-1]: r for r in rows}


# what ``agreement_records`` can read off an agreement
_FIELDS: dict[str, Any] = {
    "status": lambda a: a.status,
    "date": lambda a: text_date(a),
    "date_or_empty": lambda a: text_date(a) or "",  # "" for no date: records sort with a date
    "parties": party_names,
    "signers": lambda a: sorted(a.signatories),
    "regions": lambda a: sorted(a.regions),
}


def agreement_records(models: Any, text: str, published: str | None,
                      *fields: str) -> list[tuple[Any, ...]]:
    """The named fields (``_FIELDS``) of each agreement ``text`` gives, sorted: a probe says
    which facts it checks, not the order of the records. ("status", "parties") ->
    [("signed", ["Министерство ...", "Министерство ..."])]."""
    read = [_FIELDS[f] for f in fields]
    return sorted(tuple(r(a) for r in read) for a in agreements_of(models, text, published))


def status_date_parties(models: Any, text: str, published: str | None) -> list[tuple[Any, ...]]:
    """The record tables' usual view: (status, date or "", parties) of each agreement,
    sorted (``agreement_records``)."""
    return agreement_records(models, text, published, "status", "date_or_empty", "parties")


def status_parties(models: Any, text: str, published: str | None) -> list[tuple[Any, ...]]:
    """(status, sorted parties) of each agreement, sorted: the record tables that check
    sides and status but not dates."""
    return [(status, sorted(parties)) for status, _, parties in
            status_date_parties(models, text, published)]


def check_status_records(got: list[tuple[Any, ...]],
                         expected: list[tuple[str, list[str]]]) -> None:
    """``status_parties`` rows ``got`` hold one record per expected (status, parties) row,
    each expected party among that record's parties, and no record more."""
    for status, parties in expected:
        assert any(s == status and all(p in ps for p in parties) for s, ps in got), got
    assert len(got) == len(expected), got


def status_of_side(models: Any, text: str, published: str | None, side: str) -> str | None:
    """The status of the first record (``status_date_parties`` order) one of whose parties
    holds ``side`` or is held by it, case aside; None when no record has it."""
    side = side.lower()
    found = [r[0] for r in status_date_parties(models, text, published)
             if any(side in p.lower() or p.lower() in side for p in r[2])]
    return found[0] if found else None


def statuses_of(models: Any, text: str, published: str | None = None) -> list[str]:
    """The status of each agreement ``text`` gives, in the records' order."""
    return [a.status for a in agreements_of(models, text, published)]


def signers_in_order(models: Any, text: str, published: str | None = None,
                     statuses: tuple[str, ...] = ("signed",)) -> list[list[str]]:
    """The signers of each agreement of the given statuses, in the records' order and each
    in the order the record gives (``signers_of`` sorts them)."""
    return [a.signatories for a in agreements_of(models, text, published)
            if a.status in statuses]


def load_benchmark(name: str) -> Any:
    """``benchmarks/NAME.py`` as a module (registered in ``sys.modules`` under ``name``, so
    dataclasses inside it work; ``benchmarks/`` on the path, as the scripts import each
    other)."""
    import importlib.util
    import sys

    folder = Path(__file__).resolve().parents[1] / "benchmarks"
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
    path = folder / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name, module)
    spec.loader.exec_module(module)
    return module


def table_params(**tables: list[Any]) -> list[Any]:
    """Rows of several probe tables as one parametrization, each row's id its table's name
    and its index ("next-0", "next-1", "dash-0"): one test reads every table of a file."""
    import pytest

    return [pytest.param(*row, id=f"{name}-{n}")
            for name, rows in tables.items() for n, row in enumerate(rows)]


def named_rows(rows: list[Any]) -> list[Any]:
    """Probe rows whose first item names the case, as pytest parameters with that id."""
    import pytest

    return [pytest.param(*row[1:], id=row[0]) for row in rows]


def relation_rows(relation: Any, rows: list[Any]) -> list[Any]:
    """Probe rows whose first item names the case, as pytest parameters led by the
    ``relation`` they probe (id "relation: case"): one test reads the tables of several
    relations (a symmetric one checked both ways, say)."""
    import pytest

    return [pytest.param(relation, *row[1:], id=f"{relation.__name__}: {row[0]}")
            for row in rows]


def evidence_at(text: str, part: str) -> Any:
    """Evidence for the first ``part`` of ``text``, offsets included: hand-built records
    point into their own text as extraction's do."""
    from soccoop.models import Evidence

    i = text.index(part)
    return Evidence(part, i, i + len(part))


def cli_json(*args: str) -> Any:
    """``soccoop ARGS --format json`` as a user runs it (store from ``SOCCOOP_DB`` or
    ``--db``): it must exit 0; what it printed, parsed."""
    from click.testing import CliRunner

    from soccoop.cli import cli

    result = CliRunner().invoke(cli, [*args, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def parsed_analysis(models: Any, text: str) -> Any:
    """``text`` analysed with every sentence given its dependency parse (the ingest parses
    only the sentences an extractor reads structurally): for rules tested on one sentence."""
    analysis = models.analyse(text)
    models.parse_sentences(analysis.sentences)
    return analysis


def first_sentence(models: Any, text: str) -> Any:
    """The first sentence of ``text``, parsed: for a clause rule tested on one sentence."""
    return parsed_analysis(models, text).sentences[0]


def noun_at(sent: Any, lemma: str = "соглашение") -> int:
    """Index of the first token of ``sent`` with ``lemma`` (the agreement noun a rule reads)."""
    return next(i for i, t in enumerate(sent.tokens) if t.lemma == lemma)


def person_span(models: Any, text: str, name: str) -> tuple[Sentence, Any]:
    """The parsed sentence of ``text`` holding the first PER span with ``name`` in it, and
    that span: for a signer or post rule that reads one name in its sentence."""
    analysis = parsed_analysis(models, text)
    span = next(s for s in analysis.spans if s.type == "PER" and name in s.text)
    sent = next(x for x in analysis.sentences if x.start <= span.start < x.stop)
    return sent, span


def written_span(models: Any, sentence: str, name: str) -> tuple[Sentence, NerSpan]:
    """The parsed one-sentence ``sentence`` and a PER span over ``name`` as written there (in
    any case, "Анной Котовой"), not as NER found it: for a signer rule that asks about one
    person of its sentence (signers72 and signers73's ``signed_paper_subject`` tables)."""
    from soccoop.extract.syntax import ensure_parsed

    sent = ensure_parsed(models.analyse(sentence).sentences[0], models)
    at = sentence.index(name)
    return sent, NerSpan("PER", sent.start + at, sent.start + at + len(name), name)


def side(models: Any, name: str, *regions: str, start: int = 0, stop: int | None = None) -> Any:
    """A side (``agreement_types._Party``) of that name and region codes, at ``start`` in no
    text (``stop`` the name's length after it unless given): its key is read with the given
    models, as extraction builds every side."""
    from soccoop.extract.agreement_types import _Party

    return _Party(name, list(regions), start, start + len(name) if stop is None else stop, models)


# A plain local news page: its body, and a site menu with a headline and a date above it
# (shared by the page-header region tests).
SITE_BODY = ("В районном центре социального обслуживания подписали соглашение о сотрудничестве "
             "с местным университетом. Документ подписали директор центра и ректор, сообщает "
             "пресс-служба учреждения.\n"
             "Стороны будут вместе готовить специалистов по уходу за пожилыми людьми, а студенты "
             "пройдут практику в отделениях центра уже этой осенью.\n")
SITE_NAV = ("Главная | Новости | Документы | Контакты\nВерсия для слабовидящих\n\n"
            "Центр и университет подписали соглашение\n12 марта 2025\n")


_WORDS = re.compile(r"[а-яё]+|\d+")
QUOTE_RUN = 6  # words in a row a docstring shares with a dev text that make a quotation


def _word_runs(text: str) -> set[tuple[str, ...]]:
    words = _WORDS.findall(text.lower().replace("ё", "е"))
    return {tuple(words[i:i + QUOTE_RUN]) for i in range(len(words) - QUOTE_RUN + 1)}


@functools.cache
def dev_text_runs() -> frozenset[tuple[str, ...]]:
    """Every run of ``QUOTE_RUN`` words of the texts of ``tests/data/devrounds``, read once
    per test session (the dev texts do not change while the tests run; reading them all
    takes a second or two, and twenty test files ask)."""
    texts: set[tuple[str, ...]] = set()
    for path in ROUNDS.glob("round*/*.txt"):
        texts |= _word_runs(path.read_text(encoding="utf-8"))
    return frozenset(texts)


def check_no_dev_text_quoted(test_file: str, functions: list[tuple[str, str]]) -> None:
    """Neither the docstrings of ``functions`` (``docstrings_quoting_dev_texts``) nor the test
    file ``test_file`` (its ``__file__``: the probes' sentences) share a run of
    ``QUOTE_RUN`` words with a dev text: a round's examples are invented."""
    _check_docstrings(functions)
    shared = _word_runs(Path(test_file).read_text(encoding="utf-8")) & dev_text_runs()
    assert not shared, sorted(" ".join(r) for r in shared)[:3]


def _check_docstrings(functions: list[tuple[str, str]]) -> None:
    """Every docstring of ``functions`` gives a Russian example and quotes no dev text; the
    failure lists each function with the runs it shares."""
    quoted = docstrings_quoting_dev_texts(functions)
    assert not quoted, quoted


def check_docstrings_invented(**rules: tuple[str, ...]) -> None:
    """tidy74: the docstrings of a round's rules, by module (``agreements=("name", …)``, as
    ``check_rules_invented`` takes them), give a Russian example each and quote no dev text;
    the test file is not read. For a round's file whose probes were written before the
    texts they now share six words with joined the dev rounds (the file check runs only
    where the file's probes were checked when written): seven files of rounds 72–78 wrote
    this as their own two lines (``quoted = docstrings_quoting_dev_texts(...)``, an
    assert), over a list of pairs."""
    _check_docstrings([(m, n) for m, names in rules.items() for n in names])


def check_rules_invented(test_file: str, **rules: tuple[str, ...]) -> None:
    """The docstrings of a round's rules and the test file's probes share no run of words
    with a dev text: ``check_no_dev_text_quoted`` with the rules given by module, each
    module of ``soccoop.extract`` a keyword naming its functions, so a round's test reads
    ``probes.check_rules_invented(__file__, signers=("puts_signatures",))`` (quality72: the
    docstring and the list of pairs were copied into every round's file)."""
    check_no_dev_text_quoted(test_file, [(m, n) for m, names in rules.items() for n in names])


def docstrings_quoting_dev_texts(functions: list[tuple[str, str]]) -> dict[str, list[str]]:
    """The functions ``(module of soccoop.extract, name)`` whose docstring gives no Russian
    example, or quotes a dev text (``QUOTE_RUN`` words in a row shared with a text of
    ``tests/data/devrounds``), each with up to two of the runs it shares; empty when every
    example is invented."""
    import importlib

    texts = dev_text_runs()
    found = {}
    for module, name in functions:
        doc = getattr(importlib.import_module(f"soccoop.extract.{module}"), name).__doc__
        if not doc or not re.search("[а-яё]", doc):
            found[f"{module}.{name}"] = ["no Russian example"]
        elif shared := _word_runs(doc) & texts:
            found[f"{module}.{name}"] = sorted(" ".join(r) for r in shared)[:2]
    return found


def agreement(status: str, sides: list[tuple[str, str | None]], signers: tuple[str, ...] = (),
              date: str | None = None, at: int = 0) -> Agreement:
    """A hand-built record for the record passes' tables: sides as (name, region code), its
    regions those of its sides, evidence one character at ``at`` (the order passes read)."""
    return Agreement("Соглашение", status, date, [Party(n, r) for n, r in sides],
                     list(signers), sorted({r for _, r in sides if r}),
                     Evidence("", at, at + 1))


def check_body_of_named(models: Any, text: str, name: str,
                        expected: tuple[str, str] | None) -> None:
    """The official ``name`` of ``text`` has (position, organisation) ``expected`` (None: no
    official of that name): the NEREL tables' check of the body a post is read with."""
    found = extracted_officials(models, text)
    assert found.get(name) == expected, found


def day_read(reader: Any, text: str) -> Any:
    """The ISO day a line reader of dates (``stamp_line``, ``date_line``, ``address_day``,
    ``footer_issue`` …) finds in ``text``, or None. A day found must come with the span that
    tells it (``text[start:end] == text`` of the match), so a table of days also checks where
    each was read."""
    got = reader(text)
    if got is None:
        return None
    assert text[got.start:got.end] == got.text, (got.start, got.end, got.text)
    return got.value
