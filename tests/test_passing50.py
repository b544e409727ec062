"""passing50 (round 50): agreements told in passing, pooled over the dev rounds; an older
agreement a page about something else recalls by its year is a mentioned record of its own.

- an older agreement recalled by its year, its clause naming the sides by common nouns
  ("центр", "фонд", "отделения"), on a page that keeps no record holding those sides (an
  award, a meeting), takes the bodies the page names in full that those nouns name
  (``agreement_background.older_agreement_named_bodies``, through ``merge._BodiesTold``);
- a year-only date the parser hung across the signing verb, on a clause on the verb's far
  side (a relative clause of the agreement noun, the clause before a colon), dates the
  signing; a year before the page's makes it an older agreement, mentioned and kept apart
  from the page's news (``candidate_dates.year_across_signing``).

The negatives keep each reading to its shape: a mention naming no body, the page's own
year; a date hung on the signing verb itself, the page's year, no page date, an
agreement noun the parser made the signing's subject.
Every probe is written here, in words of its own."""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.candidate_dates import year_across_signing
from soccoop.models import DateRef

PUB = "2024-06-15"
AWARD = ("В Озёрске наградили лучших добровольцев года\n\n"
         "В Озёрском центре социального обслуживания населения прошла церемония награждения "
         "добровольцев. Грамоты вручил председатель совета благотворительного фонда "
         "«Тёплый дом» Игорь Петрович Соловьёв. ")
GIFTS = " Волонтёры получили памятные подарки."
CENTRE = "Озёрский центр социального обслуживания населения"
FUND = "Благотворительный фонд «Тёплый дом»"


def _records(models, text: str) -> list[tuple[str, str, list[str]]]:
    return sorted((a.status, a.date or "", probes.party_names(a))
                  for a in probes.agreements_of(models, text, PUB))


@pytest.mark.parametrize(("case", "told", "expected"), [
    # fails on b50dev ([]): the older agreement named its sides by kind only, the page kept
    # no record holding them, and the mention, naming no side, was dropped
    ("in the frame of, by its year",
     "С 2022 года центр работает с фондом в рамках соглашения о помощи одиноким "
     "пенсионерам.", [("mentioned", "2022", sorted([CENTRE, FUND]))]),
    # passes on b50dev too: a relative clause of signing naming the sides was read before
    ("signed in its year",
     "Волонтёры помогают пенсионерам по соглашению, которое центр и фонд подписали в "
     "2021 году.", [("mentioned", "2021", sorted([CENTRE, FUND]))]),
    # negatives: no body word in the mention; the page's own year
    ("no body word",
     "Напомним, что ещё в 2020 году было подписано соглашение о заботе об одиноких "
     "пенсионерах.",
     []),
    ("the page's year",
     "С этого года волонтёры работают по соглашению о помощи одиноким пенсионерам.", []),
])
def test_older_agreement_takes_the_bodies_named(models, case: str, told: str,
                                                expected: list) -> None:
    assert _records(models, AWARD + told + GIFTS) == expected, case


def _sentence(words: list[tuple[str, str, str, str, int]]):
    return probes.hand_parsed(*[(w, lemma, pos, rel, head, {})
                                for w, lemma, pos, rel, head in words])


def _year(sent, word: str) -> DateRef:
    tok = next(t for t in sent.tokens if t.text == word)
    end = next(t for t in sent.tokens if t.start > tok.start).stop  # "2022 году"
    return DateRef(word, sent.text[tok.start:end], tok.start, end)


# "в 2022 году центр подписал соглашение с фондом , по которому работает клуб": the parser
# hangs the year on the relative clause's verb (index 12), across the signing verb (4)
ACROSS = [("в", "в", "ADP", "case", 2), ("2022", "2022", "ADJ", "amod", 2),
          ("году", "год", "NOUN", "obl", 12), ("центр", "центр", "NOUN", "nsubj", 4),
          ("подписал", "подписать", "VERB", "root", -1),
          ("соглашение", "соглашение", "NOUN", "obj", 4), ("с", "с", "ADP", "case", 7),
          ("фондом", "фонд", "NOUN", "nmod", 5), (",", ",", "PUNCT", "punct", 12),
          ("по", "по", "ADP", "case", 10), ("которому", "который", "PRON", "obl", 12),
          ("работает", "работать", "VERB", "root", -1),
          ("клуб", "клуб", "NOUN", "nsubj", 12)]


def _variant(**heads: int) -> list[tuple[str, str, str, str, int]]:
    """ACROSS with other heads for the words named (by index, "w<index>")."""
    return [(w, lemma, pos, rel, heads.get(f"w{i}", head))
            for i, (w, lemma, pos, rel, head) in enumerate(ACROSS)]


@pytest.mark.parametrize(("case", "words", "year", "published", "expected"), [
    # fails on b50dev (no such function: the year went to the relative clause, the older
    # signing read as the page's news, undated, and joined its record)
    ("hung across the verb", ACROSS, "2022", PUB, "2022"),
    # negatives: the year on the signing verb (the clause date reads it), the page's year,
    # no page date, the noun as the signing's subject (a misparse)
    ("on the signing verb", _variant(w2=4), "2022", PUB, None),
    ("the page's year", ACROSS, "2024", PUB, None),
    ("no page date", ACROSS, "2022", None, None),
])
def test_year_across_signing(case: str, words, year: str, published: str | None,
                             expected: str | None) -> None:
    words = [(year if w == "2022" else w, lemma if lemma != "2022" else year, pos, rel, h)
             for w, lemma, pos, rel, h in words]
    sent = _sentence(words)
    k = next(i for i, t in enumerate(sent.tokens) if t.lemma == "соглашение")
    assert year_across_signing(sent, k, [_year(sent, year)], published) == expected, case


def test_year_across_signing_not_of_a_subject() -> None:
    """Guard: an agreement noun the parser made the subject of an active signing is a
    misparse ("Наше соглашение – развитие того, что …: центр подписал …"), given no year."""
    words = [("соглашение", "соглашение", "NOUN", "nsubj", 4) if w == "соглашение"
             else (w, lemma, pos, rel, h) for w, lemma, pos, rel, h in ACROSS]
    sent = _sentence(words)
    assert year_across_signing(sent, 5, [_year(sent, "2022")], PUB) is None


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, agreement_background=("older_agreement_named_bodies",
                                                                "_full_name"),
                                          candidate_dates=("year_across_signing",))
