"""speed88: the same records with less work.

``nlp.crf_decode`` gives the very ids of slovnet's ``CRF.decode`` (a max where slovnet
gathers at the argmax; the path followed back for the whole batch at once);
``agreement_clauses._coordinate_bounds`` keeps each sentence's cuts under the tokens' edit
stamp (``nlp.tokens_edited``), so a signing verb re-tagged later or a parse on demand is
read anew; the extraction worker's shingle hashes serve the MinHash and the store's exact
near-copy check, and the writer no longer shingles the text. Invented sentences throughout.
"""

from __future__ import annotations

import ast
from pathlib import Path

import numpy as np
import pytest
from probes import check_no_dev_text_quoted, hand_parsed

from soccoop import nearcopy
from soccoop.extract import agreement_clauses, nlp
from soccoop.extract.agreement_clauses import _coordinate_bounds, _cut
from soccoop.extract.agreements import mistagged_signing_verbs
from soccoop.extract.pipeline import extract
from soccoop.extract.syntax import ensure_parsed
from soccoop.models import Record, document_id, sha256_text
from soccoop.store import Store, _ShingleSets

SRC = Path(nlp.__file__).parent


def _slovnet_decode(transitions, emissions, mask):
    from slovnet.exec.model import CRF

    crf = object.__new__(CRF)
    crf.transitions = type("W", (), {"array": transitions})()
    return [[int(x) for x in row] for row in crf.decode(emissions, mask)]


@pytest.mark.parametrize("seed", range(6))
def test_crf_decode_equals_slovnets(seed):
    rng = np.random.default_rng(seed)
    for trial in range(40):
        batch, width, tags = (int(rng.integers(1, 18)), int(rng.integers(1, 50)),
                              int(rng.integers(1, 9)))
        trans = rng.normal(size=(tags, tags)).astype(np.float32)
        em = rng.normal(size=(batch, width, tags)).astype(np.float32)
        if trial % 2:  # coarse scores: ties, where argmax takes the first
            trans, em = np.round(trans), np.round(em)
        lengths = rng.integers(1, width + 1, size=batch)
        mask = np.arange(width)[None, :] < lengths[:, None]
        assert nlp.crf_decode(trans, em, mask) == _slovnet_decode(trans, em, mask)


def test_crf_decode_on_the_ner_models_scores(models):
    texts = ["Губернатор Ирина Лосева и ректор Павел Грач подписали соглашение в Твери.",
             "Фонд «Опора» провёл встречу.", "Мэр Сургута Олег Кривцов посетил Ханты-Мансийск "
             "и обсудил с министром Анной Юдиной помощь ветеранам и семьям участников."]
    infer = models.ner.infer
    pieces = [[t for s in nlp._segment(x) for t in s.tokens] for x in texts]
    width = max(map(len, pieces))
    enc = infer.encoder
    codes: dict[str, tuple[int, int]] = {}
    word_id = np.full((len(pieces), width), enc.words_vocab.pad_id)
    shape_id = np.full(word_id.shape, enc.shapes_vocab.pad_id)
    for row, toks in enumerate(pieces):
        got = [codes.get(t.text) or models._encode(enc, codes, t.text) for t in toks]
        word_id[row, :len(got)] = [w for w, _ in got]
        shape_id[row, :len(got)] = [s for _, s in got]
    pad = word_id == enc.words_vocab.pad_id
    pred = nlp._forward(infer.model, word_id, shape_id, pad)
    ours = nlp.crf_decode(infer.model.head.crf.transitions.array, pred, ~pad)
    assert ours == [[int(x) for x in r] for r in infer.model.head.crf.decode(pred, ~pad)]
    assert [len(r) for r in ours] == [len(p) for p in pieces]
    assert any(set(r) - {0} for r in ours)  # the names are tagged: not all "O"


# --- coordinate cuts kept per sentence -----------------------------------------------------

def _fresh_bounds(sent, k, verbs=False):
    """The bounds walked with no cut kept (what ``_coordinate_bounds`` read before)."""
    lo = k
    while lo > 0 and not _cut(sent, lo - 1, verbs):
        lo -= 1
    hi = k + 1
    while hi < len(sent.tokens) and not _cut(sent, hi, verbs):
        hi += 1
    return lo, hi


BOUND_TEXTS = [
    "В 2023 году область заключила соглашение с фондом, а в этом году готовит договор с "
    "университетом.",
    "Это третий договор сторон: в мае министры подписали соглашение о реабилитации.",
    "Встреча началась в 11:30 и соглашение подписали у входа в музей.",
    "Форум «Забота: новые шаги» открылся, но соглашение подписали позже.",
    "Соглашение о поддержке семей подписали, и стороны договорились встретиться осенью.",
]


@pytest.mark.parametrize("text", BOUND_TEXTS)
def test_kept_cuts_give_the_bounds_walked_afresh(models, text):
    analysis = models.analyse(text)
    sent = ensure_parsed(analysis.sentences[0], models)
    for verbs in (False, True):
        for k in range(len(sent.tokens)):
            assert _coordinate_bounds(sent, k, verbs) == _fresh_bounds(sent, k, verbs)
            assert _coordinate_bounds(sent, k, verbs) == _fresh_bounds(sent, k, verbs)
    assert sent._cuts is not None  # kept


def _prolonged() -> nlp.Sentence:
    # "Соглашение о помощи семьям продлено , и пролонгировали договор": the last verb
    # tagged an adjective, as the tagger sometimes reads "пролонгировали"
    return hand_parsed(
        ("Соглашение", "соглашение", "NOUN", "nsubj:pass", 4, {"Case": "Nom"}),
        ("о", "о", "ADP", "case", 2, {}),
        ("помощи", "помощь", "NOUN", "nmod", 0, {"Case": "Loc"}),
        ("семьям", "семья", "NOUN", "nmod", 2, {"Case": "Dat"}),
        ("продлено", "продлить", "VERB", "root", -1, {"VerbForm": "Part"}),
        (",", ",", "PUNCT", "punct", 7, {}),
        ("и", "и", "CCONJ", "cc", 7, {}),
        ("пролонгировали", "пролонгировать", "ADJ", "conj", 4, {"Case": "Nom"}),
        ("договор", "договор", "NOUN", "obj", 7, {"Case": "Acc"}),
    )


def test_a_signing_verb_retagged_later_is_read_anew(models):
    sent = _prolonged()
    assert _coordinate_bounds(sent, 0, verbs=True) == (0, 9)  # no finite verb after "и"
    mistagged_signing_verbs(models, sent)
    assert sent.tokens[7].pos == "VERB"
    assert _coordinate_bounds(sent, 0, verbs=True) == (0, 6)  # cut at "и пролонгировали"
    assert _coordinate_bounds(sent, 0, verbs=False) == (0, 9)  # not a cut without verbs


def test_an_edit_elsewhere_drops_the_kept_cuts_of_another_view():
    sent = _prolonged()
    view = nlp.Sentence(sent.start, sent.stop, sent.text, sent.tokens, parsed=True)
    assert _coordinate_bounds(view, 0, verbs=True) == (0, 9)
    sent.tokens[7].pos, sent.tokens[7].feats = "VERB", {"VerbForm": "Fin"}
    assert _coordinate_bounds(view, 0, verbs=True) == (0, 9)  # no edit told: kept
    nlp.tokens_edited()
    assert _coordinate_bounds(view, 0, verbs=True) == (0, 6)


def test_a_parse_on_demand_is_read_anew(models):
    text = ("В прошлом году район заключил соглашение с соседним округом, сейчас юристы "
            "готовят проект соглашения с фондом.")
    sent = models.analyse(text).sentences[0]
    assert not sent.parsed
    k = next(i for i, t in enumerate(sent.tokens) if t.text == "соглашение")
    before = _coordinate_bounds(sent, k)
    ensure_parsed(sent, models)
    after = _coordinate_bounds(sent, k)
    assert after == _fresh_bounds(sent, k)
    assert before != after  # the comma joining two main clauses cuts once parsed


# every assignment to a token's lemma, pos, feats, head or rel in the extractors, by module
# and function, is in a function that calls ``tokens_edited``, but the tagger's own (the
# tokens are new, no reading of them is kept yet)
TAGGING = {("nlp", "_morph_many"), ("nlp", "analyse_many"), ("nlp", "untagged"),
           ("nlp", "_kept_tree")}  # _kept_tree: called by parse_sentences, which tells it
_EDITED = {"lemma", "pos", "feats", "head", "rel"}


def _edits(tree: ast.AST) -> bool:
    for node in ast.walk(tree):
        targets = node.targets if isinstance(node, ast.Assign) else (
            [node.target] if isinstance(node, ast.AugAssign | ast.AnnAssign) else [])
        for t in targets:
            for sub in ast.walk(t):
                if isinstance(sub, ast.Attribute) and sub.attr in _EDITED and \
                        isinstance(sub.ctx, ast.Store):
                    return True
                if isinstance(sub, ast.Subscript) and isinstance(sub.value, ast.Attribute) \
                        and sub.value.attr == "feats":
                    return True
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
                node.func.attr in {"update", "pop", "setdefault", "clear"} and \
                isinstance(node.func.value, ast.Attribute) and node.func.value.attr == "feats":
            return True
    return False


def _calls_edited(fn: ast.AST) -> bool:
    return any(isinstance(n, ast.Call) and getattr(n.func, "id", getattr(n.func, "attr", ""))
               == "tokens_edited" for n in ast.walk(fn))


def test_every_token_edit_tells_the_stamp():
    found, silent = [], []
    for path in sorted(SRC.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for fn in ast.walk(tree):
            if not isinstance(fn, ast.FunctionDef) or not _edits(fn):
                continue
            inner = [n for n in ast.walk(fn) if n is not fn and isinstance(n, ast.FunctionDef)]
            if inner and not any(_edits(b) for b in fn.body if b not in inner):
                continue  # the nested function is checked on its own
            found.append((path.stem, fn.name))
            if (path.stem, fn.name) not in TAGGING and not _calls_edited(fn):
                silent.append((path.stem, fn.name))
    assert ("agreements", "mistagged_signing_verbs") in found  # the check sees the edits
    assert ("nlp", "parse_sentences") in found
    assert not silent


def test_the_edit_check_sees_a_silent_edit():
    fn = ast.parse("def f(t):\n    t.pos = 'VERB'\n").body[0]
    assert _edits(fn) and not _calls_edited(fn)
    fn = ast.parse("def f(t):\n    t.feats['Tense'] = 'Fut'\n    tokens_edited()\n").body[0]
    assert _edits(fn) and _calls_edited(fn)
    fn = ast.parse("def f(t):\n    x = t.pos\n").body[0]
    assert not _edits(fn)


# --- shingles once -------------------------------------------------------------------------

TEXT = ("Министр труда края Инна Жук и директор фонда «Рассвет» Олег Лис подписали соглашение "
        "о помощи многодетным семьям. Документ действует три года и касается обучения.")


def test_the_worker_sends_the_shingle_hashes_of_its_signature(models):
    rec = extract(TEXT, "a.txt", models)
    assert rec.shingles is not None and "shingles" not in rec.to_dict()
    got = nearcopy.unpack_hashes(rec.shingles)
    assert got == frozenset(nearcopy.shingle_hashes(TEXT))
    assert len(got) == len(nearcopy.shingles(TEXT))
    assert rec.minhash == nearcopy.minhash(nearcopy.shingles(TEXT))
    assert nearcopy.minhash_of(nearcopy.shingle_hashes("")) is None


def _record(text: str, source: str, send: bool) -> Record:
    sha = sha256_text(text)
    hs = nearcopy.shingle_hashes(text)
    return Record(id=document_id(sha), source=source, sha256=sha, title=None, published=None,
                  minhash=nearcopy.minhash_of(hs),
                  shingles=nearcopy.pack_hashes(hs) if send else None)


@pytest.mark.parametrize("cache_cap", [400_000, 0])
def test_the_writer_does_not_shingle_a_text_whose_hashes_came(tmp_path, monkeypatch,
                                                               cache_cap):
    texts = {"a.txt": TEXT, "b.txt": "Погода в Твери: облачно, до 12 градусов.",
             "c.txt": TEXT + " Фото: пресс-служба фонда."}
    copies = {}
    for send in (False, True):
        with Store(tmp_path / f"{send}.db") as s:
            s._seen = _ShingleSets(cache_cap)
            records = {src: _record(t, src, send) for src, t in texts.items()}
            if send and cache_cap:
                def no_shingles(text, k=nearcopy.SHINGLE):
                    raise AssertionError("shingled again")
                monkeypatch.setattr(nearcopy, "shingles", no_shingles)
            for src, text in texts.items():
                s.upsert(records[src], text, src)
            monkeypatch.undo()
            copies[send] = dict(s.db.execute("SELECT source, copy_of FROM documents"))
    assert copies[True] == copies[False]
    assert copies[True]["c.txt"] == document_id(sha256_text(TEXT))
    assert copies[True]["b.txt"] is None


def test_no_dev_text_quoted():
    check_no_dev_text_quoted(__file__, [("agreement_clauses", "_coordinate_bounds")])
    assert agreement_clauses._coordinate_bounds.__doc__
