"""speed94: the work a version of the code does, counted (``benchmarks/bench_work.py``).

The parse is the costliest step after the taggers, so which sentences get one is the work
count that matters most: a sentence with an agreement word or a person goes into the
batched parse (``syntax.needs_syntax``), the sentence after an agreement's is parsed
ahead (``syntax.likely_asked``), and nothing else is parsed unless a rule asks. The
benchmark counts those sentences per version; these probes pin the choice on invented
texts, negatives included, and check the benchmark counts what the extraction does.
Invented sentences throughout.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from probes import check_no_dev_text_quoted, load_benchmark

from soccoop.extract.syntax import likely_asked, needs_syntax

ROOT = Path(__file__).resolve().parents[1]

# (text, the sentences parsed in the batch, the sentences parsed ahead), by their first word
PARSED = [
    # an agreement word: parsed; the sentence after it: ahead
    ("Минтруд края и фонд заключили соглашение о помощи ветеранам. Оно вступит в силу "
     "с весны.", ["Минтруд"], ["Оно"]),
    # a person named by the NER: parsed, with no agreement word in the text
    ("Министр социальной политики Ольга Веретенникова открыла новый центр. В центре "
     "двенадцать кабинетов.", ["Министр"], []),
    # neither: nothing is parsed
    ("В выходные в Перми ожидается снег. Температура опустится до минус десяти градусов.",
     [], []),
    ("Цены на овощи выросли на четыре процента. Больше всего подорожала капуста.", [], []),
    # an agreement word with no word of signing: the sentence before it, in its paragraph,
    # is parsed ahead too, the sentence after a line break is not
    ("Стороны обсудили планы. Договор предусматривает обучение волонтёров. Встреча прошла "
     "в мэрии.\nЗавтра откроется выставка.", ["Договор"], ["Стороны", "Встреча"]),
]


def _first_words(sents):
    return [s.tokens[0].text for s in sents]


@pytest.mark.parametrize(("text", "batch", "ahead"), PARSED)
def test_sentences_parsed_in_the_batch_and_ahead(models, text, batch, ahead):
    analysis = models.analyse(text)
    assert _first_words(needs_syntax(analysis)) == batch
    assert sorted(_first_words(likely_asked(analysis))) == sorted(ahead)


def test_the_benchmark_counts_the_work_extraction_does(models, tmp_path):
    """``bench_work.py``'s child run on two invented texts: its counts of documents,
    sentences, tokens and sentences parsed in the batch are the extraction's own."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    texts = [PARSED[0][0], PARSED[2][0]]
    for n, text in enumerate(texts):
        (corpus / f"t{n}.txt").write_text(text, encoding="utf-8")
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench_work.py"),
                          "--child", str(ROOT), str(corpus)],
                         check=True, capture_output=True, text=True)
    count = json.loads(out.stdout.strip().splitlines()[-1])["count"]
    analyses = [models.analyse(t) for t in texts]
    assert count["documents"] == 2
    assert count["sentences"] == sum(len(a.sentences) for a in analyses)
    assert count["tokens"] == sum(len(s.tokens) for a in analyses for s in a.sentences)
    assert count["batch sentences"] == sum(len(needs_syntax(a)) for a in analyses) == 1
    assert count["ahead sentences"] == 1
    assert count["parser padded positions"] >= count["batch tokens"] + count["ahead tokens"]


def test_a_version_is_a_directory_or_a_revision(tmp_path):
    bench = load_benchmark("bench_work")
    assert bench.version_tree(str(ROOT), tmp_path) == ROOT
    with pytest.raises(subprocess.CalledProcessError):  # neither a tree nor a revision
        bench.version_tree("no-such-revision-speed94", tmp_path)


def test_no_dev_text_quoted():
    check_no_dev_text_quoted(__file__, [])
