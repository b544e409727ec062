"""Score soccoop records against hand-made gold: seed JSON files or FactRuEval-2016 facts.

Only documents present on both sides count; a record is matched to gold by the file stem of
its ``source`` ("corpus/000_x.txt" -> "000_x"). A kind is scored for a document only when
the gold dict has that key (FactRuEval gold has only ``officials``).

Matching rules
--------------
Normalisation: lower case, "ё" -> "е", every dash (‐‑‒–—―-) -> "-", quotes dropped, spaces
collapsed. Word comparison uses pymorphy2 lemmas (imported lazily, cached), so "мэра" and
"мэр" are the same word; without pymorphy2 a crude stem (first 5 letters) is used.
Prepositions and conjunctions (в, и, по, на, ...) are ignored in lemma sets.

- Names: the two names share a full-word part (the surname; either word order) equal after
  normalisation, allowing a case-ending difference of up to two letters ("Новиковой" ~
  "Новикова"), and the remaining parts are compatible: the first remaining part (the first
  name) of each is equal, or one is the initial of the other; a side with only the surname
  is compatible with anything. "К.Новикова" ~ "Клавдия Новикова"; "Т.Новикова" is not.
- Positions: the head words (first word lemmas) are equal and either the token-level
  Jaccard over lemma sets is >= 0.5 or one lemma set contains the other. "директор" ~
  "директор департамента"; "министр" is not "заместитель министра".
- Organisations: Jaccard over lemma sets >= 0.5 or one set contains the other (no head
  word condition: "Министерство ... РТ" and "Министерство ... Республики Татарстан");
  a one-word side also matches when its first five letters start a word of the other side
  ("Россия" ~ "российская сборная", "Китай" ~ "китайский").
  A gold official without an organisation accepts any system organisation.
- Regions: the gold name equals the record region's name or code after normalisation.
- Agreements: one-to-one greedy matching; two agreements match when their parties match
  (organisation rule) with a party-level Dice >= 0.5.
- Signatories: per document, the union of all agreements' signatories, by the name rule.
- Accuracy of agreement status and date is over matched agreement pairs (date: equal
  strings, None == None; a publication day standing in, ``date_from_published``, is None
  against a gold without a date). Publication date: over matched documents whose gold has the key;
  a reduced-precision gold value ("2023", "--04-18") accepts a more precise system value
  with the same known parts.

Officials are matched one-to-one, greedily. Three levels are reported:
``officials_name`` (name rule), ``officials_name_position`` (name and position) and
``officials_full`` (name, position and organisation). In FactRuEval all Occupation facts of
one person (one ``Who`` entity) form one gold official with alternative (position,
organisation) pairs; a system official matches when any alternative does. Alternative
spans of one argument ("Посол | посол Японии в Чехии") are alternatives too, and so are
the names of an object an argument refers to (a ``Where`` of the object "РФ" / "Россия"
accepts either), as in FactRuEval's own evaluation. Gold
officials with no position at all count for ``officials_name`` only: in the position levels
they are left out of the gold and a system official matching one of them by name is ignored
(neither a hit nor a false positive).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from soccoop.names import surname_eq

_DASHES = re.compile(r"[\u2010\u2011\u2012\u2013\u2014\u2015\u2212-]")
_QUOTES = re.compile(r"[«»\"„“”'`]")
_WORD = re.compile(r"[0-9a-zа-я]+(?:-[0-9a-zа-я]+)*")
_STOP = frozenset("в во и по на при с со для из от к ко о об а же или у за".split())

# ---------------------------------------------------------------------------------------
# normalisation
# ---------------------------------------------------------------------------------------


def normalise(text: str | None) -> str:
    """Lower case, ё -> е, unified dashes, no quotes, single spaces."""
    if not text:
        return ""
    s = str(text).lower().replace("ё", "е")
    s = _DASHES.sub("-", s)
    s = _QUOTES.sub(" ", s)
    return " ".join(s.split())


_ANALYZER: Any = None
_ANALYZER_FAILED = False


def _analyzer() -> Any:
    """pymorphy2 analyzer, created on first use; None if unavailable."""
    global _ANALYZER, _ANALYZER_FAILED
    if _ANALYZER is None and not _ANALYZER_FAILED:
        try:
            import os

            from soccoop.extract.nlp import _patch_pymorphy2

            _patch_pymorphy2()
            import pymorphy2

            _ANALYZER = pymorphy2.MorphAnalyzer(path=os.environ["PYMORPHY2_DICT_PATH"])
        except Exception:  # pragma: no cover - environment without pymorphy2
            _ANALYZER_FAILED = True
    return _ANALYZER


@lru_cache(maxsize=100_000)
def word_lemma(word: str) -> str:
    """Lemma of one normalised word; hyphenated words as a whole when pymorphy2 knows the
    compound ("экс-премьера" -> "экс-премьер", not "экс-премьера" the premiere), else per
    part."""
    morph = _analyzer()
    if "-" in word:
        if morph is not None and re.fullmatch(r"[а-я]+(?:-[а-я]+)+", word):
            parses = morph.parse(word)
            if parses and parses[0].normal_form.count("-") == word.count("-"):
                return str(parses[0].normal_form).replace("ё", "е")
        return "-".join(word_lemma(p) for p in word.split("-") if p)
    if morph is None or not re.fullmatch(r"[а-я]+", word):
        return word[:5] if re.fullmatch(r"[а-я]+", word) else word
    parses = morph.parse(word)
    return str(parses[0].normal_form).replace("ё", "е") if parses else word


# quality72: the grammemes an adjective shares with the noun it stands before
_AGREEING = ("case", "number", "gender")
_ADJECTIVE_POS = frozenset({"ADJF", "PRTF"})


@lru_cache(maxsize=100_000)
def agreeing_lemma(word: str, noun: str) -> str | None:
    """quality72 agreeing_lemma: the lemma of a word read as the adjective of the word after
    it, when its likeliest parse is a noun but one of its adjective (or participle) parses
    agrees in case, number and gender with a noun parse of the next word (gender in the
    singular only, and not with a noun of common gender: "главного судьи"): "главного
    тренера" gives "главный" (pymorphy2's first parse of "главного" is the noun "главное"),
    so it matches "главный тренер". None when the first parse is no noun, the word has no
    such parse, or pymorphy2 is missing; ``lemmas`` asks only of two words with a space
    between: "главное — участие" keeps the noun."""
    morph = _analyzer()
    if morph is None or not re.fullmatch(r"[а-я]+", word) or \
            not re.fullmatch(r"[а-я]+", noun):
        return None
    parses = morph.parse(word)
    if not parses or parses[0].tag.POS != "NOUN":
        return None
    nouns = [p.tag for p in morph.parse(noun) if p.tag.POS == "NOUN"]
    for p in parses:
        if p.tag.POS not in _ADJECTIVE_POS:
            continue
        if any(all(getattr(p.tag, g) == getattr(n, g) for g in _AGREEING
                   if not (g == "gender" and (p.tag.number == "plur" or
                                              "ms-f" in n)))
               for n in nouns):
            return str(p.normal_form).replace("ё", "е")
    return None


def lemmas(text: str | None) -> list[str]:
    """Content-word lemmas of a phrase, in order; a word right before a noun it agrees with
    as an adjective (a space between them, no mark) is read as that adjective
    (``agreeing_lemma``, quality72)."""
    text = normalise(text)
    found = list(_WORD.finditer(text))
    out = []
    for i, w in enumerate(found):
        if w.group() in _STOP:
            continue
        nxt = found[i + 1] if i + 1 < len(found) else None
        adjective = agreeing_lemma(w.group(), nxt.group().split("-")[0]) \
            if nxt is not None and not text[w.end():nxt.start()].strip() else None
        out.append(adjective or word_lemma(w.group()))
    return out


# "и. о. министра" and "исполняющий обязанности министра" are one post written two ways.
_ACTING_SHORT = re.compile(r"^\s*и\.\s?о\.\s*", re.IGNORECASE)


def _acting_written_out(post: str | None) -> str | None:
    return _ACTING_SHORT.sub("исполняющий обязанности ", post) if post else post


def positions_match(gold: str | None, system: str | None) -> bool:
    """Head words equal and (Jaccard >= 0.5 or containment) over lemma sets; "и. о." counts
    as "исполняющий обязанности"."""
    g, s = lemmas(_acting_written_out(gold)), lemmas(_acting_written_out(system))
    if not g or not s or g[0] != s[0]:
        return False
    return _sets_close(set(g), set(s))


def organisations_match(gold: str | None, system: str | None) -> bool:
    """Jaccard >= 0.5 or containment over lemma sets."""
    g, s = set(lemmas(gold)), set(lemmas(system))
    if not g or not s:
        return False
    if _sets_close(g, s):
        return True
    if min(len(g), len(s)) == 1:  # "Россия" ~ "российский", "Китай" ~ "китайский"
        small, big = (g, s) if len(g) == 1 else (s, g)
        return next(iter(small))[:5] in {w[:5] for w in big} and len(next(iter(small))) >= 4
    return False


def _sets_close(a: set[str], b: set[str]) -> bool:
    if a <= b or b <= a:
        return True
    return len(a & b) / len(a | b) >= 0.5


def _name_parts(name: str | None) -> list[tuple[str, bool]]:
    """(part, is_initial) for each part of a name; "К.Новикова" -> [(к, True), (новикова, F)]."""
    s = normalise(name).replace(".", ". ")
    parts: list[tuple[str, bool]] = []
    for tok in s.split():
        word = tok.strip(".,;:()")
        if not word:
            continue
        parts.append((word, len(word) == 1 or (tok.endswith(".") and len(word) <= 2)))
    return parts


def _surname_eq(a: str, b: str) -> bool:
    """Equal, or differing only in a case ending of at most two letters (the project's
    one rule, ``names.surname_eq``)."""
    return surname_eq(a, b)


def _first_compatible(a: tuple[str, bool], b: tuple[str, bool]) -> bool:
    (x, xi), (y, yi) = a, b
    if xi or yi:
        return x[0] == y[0]
    return x == y or _surname_eq(x, y)


def names_match(a: str | None, b: str | None) -> bool:
    """Same surname (either word order) and compatible first names (see module doc)."""
    pa, pb = _name_parts(a), _name_parts(b)
    for i, (x, xi) in enumerate(pa):
        if xi:
            continue
        for j, (y, yi) in enumerate(pb):
            if yi or not _surname_eq(x, y):
                continue
            ra = pa[:i] + pa[i + 1:]
            rb = pb[:j] + pb[j + 1:]
            if not ra or not rb or _first_compatible(ra[0], rb[0]):
                return True
    return False


def scored_date(gold: dict[str, Any], system: dict[str, Any]) -> str | None:
    """The system date compared with the gold's: a publication day standing in for an
    undated signing (``date_from_published``) says the text gives no date, so it agrees
    with a gold that gives none; against a gold date it is compared as it is."""
    if system.get("date_from_published") and not gold.get("date"):
        return None
    return system.get("date")


def dates_match(gold: str | None, system: str | None) -> bool:
    """Equal, or the system value is a more precise form of the reduced gold value."""
    if not gold or not system:
        return not gold and not system
    g, s = str(gold).strip(), str(system).strip()
    if g == s:
        return True
    if g.startswith("--"):  # month-day without year
        return s.endswith(g[1:]) and len(s) == 10
    return s.startswith(g) and len(s) > len(g) and s[len(g)] == "-"


# ---------------------------------------------------------------------------------------
# gold loading
# ---------------------------------------------------------------------------------------


def load_seed_gold(directory: str | Path) -> dict[str, dict]:
    """stem -> gold dict from ``NAME.json`` files in the seeds' format."""
    out: dict[str, dict] = {}
    for path in sorted(Path(directory).glob("*.json")):
        # a broken gold file is named, never skipped: scores without it would look right
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except OSError as e:
            raise ValueError(f"{path.name}: {e.strerror}") from None
        except ValueError as e:
            raise ValueError(f"{path.name}: invalid JSON ({e})") from None
        if not isinstance(data, dict):
            raise ValueError(f"{path.name}: not a JSON object but {type(data).__name__}")
        for key, item in (("regions", str), ("officials", dict), ("agreements", dict)):
            value = data.get(key)
            if value is not None and (not isinstance(value, list)
                                      or not all(isinstance(x, item) for x in value)):
                raise ValueError(f"{path.name}: {key!r} is not a list of "
                                 f"{'strings' if item is str else 'objects'}")
        out[path.stem] = data
    return out


def _read_lines(path: Path) -> list[str]:
    try:
        return path.read_text(encoding="utf-8-sig").splitlines()
    except OSError:
        return []


def _coref_blocks(path: Path) -> Iterator[tuple[str, list[tuple[str, str]]]]:
    """The blank-line separated blocks of a ``.coref`` file: the entity id the block's
    first line opens with, then each attribute line as (key, value): "15 …", "name Россия"
    -> ("15", [("name", "Россия")])."""
    ident: str | None = None
    attrs: list[tuple[str, str]] = []
    for line in [*_read_lines(path), ""]:
        if not line.strip():
            if ident is not None:
                yield ident, attrs
            ident, attrs = None, []
        elif ident is None:
            ident = line.split()[0]
        else:
            key, _, value = line.strip().partition(" ")
            attrs.append((key, value.strip()))


def _read_coref(path: Path) -> dict[str, dict[str, str]]:
    """entity id -> attributes (firstname, lastname, name, ...), the first of each key."""
    out: dict[str, dict[str, str]] = {}
    for ident, attrs in _coref_blocks(path):
        current = out.setdefault(ident, {})
        for key, value in attrs:
            current.setdefault(key, value)
    return out


def _read_coref_names(path: Path) -> dict[str, list[str]]:
    """entity id -> every ``name`` line of the object ("РФ", "Россия"), in file order."""
    out: dict[str, list[str]] = {}
    for ident, attrs in _coref_blocks(path):
        names = [value for key, value in attrs if key == "name" and value]
        if names:
            out.setdefault(ident, []).extend(names)
    return out


def _read_spans(path: Path) -> dict[str, str]:
    """span id -> the text after '#', token ids dropped."""
    out: dict[str, str] = {}
    for line in _read_lines(path):
        head, _, tail = line.partition("#")
        parts = head.split()
        if not parts:
            continue
        words = [w for w in tail.split() if not w.isdigit()]
        out[parts[0]] = " ".join(words)
    return out


def _person_name(attrs: dict[str, str], fallback: str) -> str:
    first = attrs.get("firstname") or attrs.get("firstname1") or ""
    last = attrs.get("lastname") or attrs.get("lastname1") or ""
    name = " ".join(x for x in (first, last) if x)
    return name or attrs.get("name") or fallback


def _arg_values(rest: str, coref: dict[str, dict[str, str]], spans: dict[str, str],
                person: bool = False,
                names_of: dict[str, list[str]] | None = None) -> list[str]:
    """Alternative texts of one fact argument: 'obj48 Лужков Юрий | span2 ...'."""
    names_of = names_of or {}
    values: list[str] = []
    for chunk in rest.split(" | "):
        chunk = chunk.strip()
        extra: list[str] = []
        if not chunk:
            continue
        ref, _, text = chunk.partition(" ")
        text = text.strip()
        if ref.startswith("obj") and ref[3:].isdigit():
            attrs = coref.get(ref[3:], {})
            if person:
                text = _person_name(attrs, text)
            else:
                # FactRuEval's rule: an argument that is an object is any of the object's
                # names ("РФ" | "Россия"), not only the one the fact line shows
                extra = [n for n in names_of.get(ref[3:], []) if n != text]
                text = text or (extra.pop(0) if extra else "")
        elif ref.startswith("span") and ref[4:].isdigit():
            text = text or spans.get(ref[4:], "")
        else:
            text = chunk
        if text:
            values.append(text)
        values.extend(n for n in extra if n not in values)
    return values


def parse_factrueval_facts(stem_path: Path) -> list[dict[str, Any]]:
    """Occupation facts of one document as {who, positions[], wheres[]} (who is None-safe)."""
    coref = _read_coref(stem_path.with_suffix(".coref"))
    names_of = _read_coref_names(stem_path.with_suffix(".coref"))
    spans = _read_spans(stem_path.with_suffix(".spans"))
    facts: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None
    for line in _read_lines(stem_path.with_suffix(".facts")) + [""]:
        if not line.strip():
            if current and current.get("who"):
                facts.append(current)
            current = None
            continue
        parts = line.split(maxsplit=1)
        if current is None:
            current = {"type": parts[-1].strip(), "who": None, "who_id": None,
                       "positions": [], "wheres": []}
            continue
        if current["type"] != "Occupation" or len(parts) < 2:
            continue
        role, rest = parts[0], parts[1]
        if role == "Who":
            vals = _arg_values(rest, coref, spans, person=True)
            if vals:
                current["who"] = vals[0]
                current["who_id"] = rest.split()[0]
        elif role in ("Position", "Job"):
            current["positions"].extend(_arg_values(rest, coref, spans))
        elif role == "Where":
            current["wheres"].extend(_arg_values(rest, coref, spans, names_of=names_of))
    return [f for f in facts if f["type"] == "Occupation"]


def load_factrueval(directory: str | Path) -> dict[str, dict]:
    """stem -> {"officials": [...]} from FactRuEval Occupation facts.

    Each official is {"name", "position", "organization", "alternatives": [(pos, org)]}:
    all facts of one person merge into one official; position/organization are the first
    alternative, for display.
    """
    out: dict[str, dict] = {}
    for path in sorted(Path(directory).glob("*.facts")):
        stem_path = path.with_suffix("")
        officials: dict[str, dict[str, Any]] = {}
        for fact in parse_factrueval_facts(stem_path):
            key = fact["who_id"] or fact["who"]
            off = officials.setdefault(key, {"name": fact["who"], "position": None,
                                             "organization": None, "alternatives": []})
            poss = fact["positions"] or [None]
            wheres = fact["wheres"] or [None]
            for p in poss:
                for w in wheres:
                    off["alternatives"].append([p, w])
            if off["position"] is None and fact["positions"]:
                off["position"] = fact["positions"][0]
                off["organization"] = fact["wheres"][0] if fact["wheres"] else None
            if off["organization"] is None and fact["wheres"]:
                off["organization"] = fact["wheres"][0]
        out[path.stem] = {"officials": list(officials.values())}
    return out


def load_gold(directory: str | Path) -> dict[str, dict]:
    """Seed JSON gold or FactRuEval .facts, whichever the directory holds."""
    d = Path(directory)
    if any(d.glob("*.json")):
        return load_seed_gold(d)
    if any(d.glob("*.facts")):
        return load_factrueval(d)
    return {}


# ---------------------------------------------------------------------------------------
# scoring
# ---------------------------------------------------------------------------------------


def _stem(source: str | None) -> str:
    name = str(source or "").replace("\\", "/").rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[0] if "." in name else name


class _Counts:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    def as_dict(self) -> dict[str, Any]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        if not (self.tp + self.fp + self.fn):
            p = r = f = 1.0
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


class _Acc:
    def __init__(self) -> None:
        self.correct = self.total = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.correct += int(ok)

    def as_dict(self) -> dict[str, Any]:
        acc = self.correct / self.total if self.total else None
        return {"correct": self.correct, "total": self.total,
                "accuracy": round(acc, 4) if acc is not None else None}


def greedy_match(gold: list[Any], system: list[Any],
                 ok: Callable[[Any, Any], bool]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, system index), first come first served."""
    used: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            if si not in used and ok(g, s):
                used.add(si)
                pairs.append((gi, si))
                break
    return pairs


def _score_items(gold: list[Any], system: list[Any], ok: Callable[[Any, Any], bool],
                 ignore: Callable[[Any], bool] | None = None) -> tuple[int, int, int]:
    pairs = greedy_match(gold, system, ok)
    matched_sys = {si for _, si in pairs}
    fp = sum(1 for si, s in enumerate(system)
             if si not in matched_sys and not (ignore and ignore(s)))
    return len(pairs), fp, len(gold) - len(pairs)


def _alternatives(off: dict[str, Any]) -> list[tuple[str | None, str | None]]:
    alts = off.get("alternatives")
    if alts:
        return [(a[0], a[1]) for a in alts]
    return [(off.get("position"), off.get("organization"))]


def _official_ok(level: str) -> Callable[[dict, dict], bool]:
    def ok(g: dict, s: dict) -> bool:
        if not names_match(g.get("name"), s.get("name")):
            return False
        if level == "name":
            return True
        for pos, org in _alternatives(g):
            if not pos or not positions_match(pos, s.get("position")):
                continue
            if level == "position" or not org:
                return True
            if organisations_match(org, s.get("organization")) or organisations_match(
                    org, f"{s.get('position') or ''} {s.get('organization') or ''}"):
                return True
        return False
    return ok


def _region_names(record: dict) -> list[tuple[str, str]]:
    out = []
    for r in record.get("regions") or []:
        if isinstance(r, dict):
            out.append((normalise(r.get("name")), normalise(r.get("code"))))
        else:
            out.append((normalise(str(r)), ""))
    return out


def _party_names(agreement: dict) -> list[str]:
    out = []
    for p in agreement.get("parties") or []:
        out.append(p.get("name", "") if isinstance(p, dict) else str(p))
    return out


def _agreements_ok(g: dict, s: dict) -> bool:
    gp, sp = _party_names(g), _party_names(s)
    if not gp or not sp:
        return False
    n = len(greedy_match(gp, sp, organisations_match))
    return 2 * n / (len(gp) + len(sp)) >= 0.5


def score(records: Iterable[dict], gold: dict[str, dict]) -> dict[str, Any]:
    """Precision/recall/F1 per kind and accuracies; see the module docstring for rules."""
    by_stem: dict[str, dict] = {}
    n_records = 0
    for rec in records:
        n_records += 1
        if isinstance(rec, dict):
            by_stem.setdefault(_stem(rec.get("source")), rec)
    kinds = {k: _Counts() for k in ("regions", "officials_name", "officials_name_position",
                                    "officials_full", "agreements", "signatories")}
    acc = {k: _Acc() for k in ("agreement_status", "agreement_date", "published")}
    matched = 0
    seen: set[str] = set()
    for stem, g in sorted(gold.items()):
        found = by_stem.get(stem)
        if found is None or not isinstance(g, dict):
            continue
        rec = found
        matched += 1
        seen.update(g)
        if "regions" in g:
            sys_regions = _region_names(rec)
            kinds["regions"].add(*_score_items(
                [normalise(x) for x in g.get("regions") or []], sys_regions,
                lambda gn, sr: gn in sr))
        if "officials" in g:
            gold_offs = [o for o in g.get("officials") or [] if isinstance(o, dict)]
            sys_offs = [o for o in rec.get("officials") or [] if isinstance(o, dict)]
            kinds["officials_name"].add(*_score_items(gold_offs, sys_offs, _official_ok("name")))
            with_pos = [o for o in gold_offs if any(p for p, _ in _alternatives(o))]
            no_pos = [o for o in gold_offs if o not in with_pos]

            def ignore(s: dict, no_pos: list[dict] = no_pos) -> bool:
                return any(names_match(o.get("name"), s.get("name")) for o in no_pos)

            kinds["officials_name_position"].add(*_score_items(
                with_pos, sys_offs, _official_ok("position"), ignore))
            kinds["officials_full"].add(*_score_items(
                with_pos, sys_offs, _official_ok("full"), ignore))
        if "agreements" in g:
            ga = [a for a in g.get("agreements") or [] if isinstance(a, dict)]
            sa = [a for a in rec.get("agreements") or [] if isinstance(a, dict)]
            pairs = greedy_match(ga, sa, _agreements_ok)
            kinds["agreements"].add(len(pairs), len(sa) - len(pairs), len(ga) - len(pairs))
            for gi, si in pairs:
                acc["agreement_status"].add(ga[gi].get("status") == sa[si].get("status"))
                acc["agreement_date"].add(dates_match(ga[gi].get("date"),
                                                      scored_date(ga[gi], sa[si])))
            gs = [n for a in ga for n in a.get("signatories") or []]
            ss = [n for a in sa for n in a.get("signatories") or []]
            kinds["signatories"].add(*_score_items(gs, ss, names_match))
        if "published" in g:
            acc["published"].add(dates_match(g.get("published"), rec.get("published")))
    return {
        "documents": {"matched": matched, "records": n_records, "gold": len(gold)},
        # only what some matched gold document annotates: FactRuEval has no regions
        "kinds": {k: v.as_dict() for k, v in kinds.items() if k.split("_")[0] in seen
                  or (k == "signatories" and "agreements" in seen)},
        "accuracy": {k: v.as_dict() for k, v in acc.items()
                     if (k.split("_")[0] + "s") in seen or k in seen},
    }


def format_table_rows(result: dict[str, Any]) -> list[dict[str, Any]]:
    """Flat rows (metric, tp, fp, fn, precision, recall, f1, correct, total, accuracy)."""
    rows: list[dict[str, Any]] = []
    empty = {"tp": None, "fp": None, "fn": None, "precision": None, "recall": None,
             "f1": None, "correct": None, "total": None, "accuracy": None}
    for name, v in (result.get("kinds") or {}).items():
        rows.append({"metric": name, **empty, **v})
    for name, v in (result.get("accuracy") or {}).items():
        rows.append({"metric": name, **empty, **v})
    docs = result.get("documents") or {}
    rows.append({"metric": "documents_matched", **empty, "correct": docs.get("matched"),
                 "total": docs.get("gold")})
    return rows
