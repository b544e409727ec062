"""Party clean-up: the final list of one agreement's sides.

Bodies added for bare regions (``_add_bodies``, ``_bodies_for_regions``), the longest of
overlapping names (``_longest_names``), headline towns dropped (``_without_headline_towns``),
a party spelled out from a fuller name or an official's body (``_fuller``,
``_official_fuller``, ``_spelled_out``), cut quotes and bare regions dropped
(``_without_cut_quotes``, ``_drop_bare_regions``), a capital standing for its region and
a party's own region named in its words (``_capital_of_named_region``,
``_with_named_region``). It stands apart from extract.agreements because it only rewrites
a list of parties already read; which phrases are parties is decided elsewhere.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from soccoop.extract import sides as side_passes
from soccoop.extract.agreement_types import (
    _Merged,
    _Party,
    _token_index,
    _words_within,
)
from soccoop.extract.lexicon import (
    BRANCH_HEADS,
    COMMERCIAL_FORMS,
    OCCASION_NOUNS,
    ORG_HEADS,
    QUOTED_COMPANY_FORMS,
)
from soccoop.extract.lexicon_sides import GENERIC_BODY_HEADS
from soccoop.extract.nlp import Analysis, Models, Sentence
from soccoop.extract.normalize import (
    acronym_variant,
    ministry_abbreviation,
)
from soccoop.extract.official_orgs import ministry_of_post
from soccoop.extract.orgs import country_name
from soccoop.extract.party_identity import compound_inside, compound_of_stems, own_region_branch
from soccoop.extract.party_phrases import (
    _is_gen,
    _parties_in,
    _town,
)
from soccoop.models import (
    Official,
    RegionRef,
)


def _party_key(p: _Party) -> str:
    """Same body: the first two words' stems and the regions (computed at construction)."""
    return p.key


def _add_bodies(
    parties: list[_Party], bodies: list[_Party], regions: list[RegionRef]
) -> list[_Party]:
    """Bodies not yet among the parties; a bare region only when no party is from it."""
    names = {r.name for r in regions}
    out = list(parties)
    for b in bodies:
        keys = {_party_key(p) for p in out}
        covered = {c for p in out for c in p.regions}
        if _party_key(b) in keys or (b.name in names and set(b.regions) <= covered):
            continue
        if not b.regions and any(p.name.lower().startswith(b.name.lower()) for p in out):
            continue  # "Департамент социального развития": the one named in full already
        out.append(b)
    return out


def _longest_names(parties: list[_Party]) -> list[_Party]:
    """A side named without its region inside a side's full name ("министерство социальной
    политики края", "Министерство социальной политики Пермского края") is one entry, the
    full name in the place the side first took. Two names that both state a region are two
    bodies (a ministry and its former name), and a branch named without its territory
    ("Отделение Социального фонда России") is not the branch of another territory. A name
    with an acronym for words of the other ("Отделение СФР по Краснодарскому краю",
    ``normalize.acronym_variant``) is one entry too, the words in full (status44), and so
    is one compound of the full name's word beginnings ("Гострудинспекция" and
    "Государственная инспекция труда", ``party_identity.compound_of_stems``, pair69), or a name
    with one such compound among its words ("Тверской госуниверситет",
    ``party_identity.compound_inside``, stat89); agr91: so is a branch named by an adjective of
    the own region ("Областное отделение Пенсионного фонда", ``party_identity.own_region_branch``)
    and a name without its bracketed aside ("Томский государственный университет" beside
    "Томский (Сибирский) государственный университет")."""
    out: list[_Party] = []
    for p in parties:
        fuller = next((q for q in parties if (not p.regions and q.regions and
                       p.name.split()[0].lower() not in BRANCH_HEADS and
                       _words_within(p, q)) or (len(q.name) > len(p.name) and
                                                (acronym_variant(p.name, q.name) or
                                                 compound_of_stems(p, q) or
                                                 compound_inside(p, q) or
                                                 own_region_branch(p, q) or
                                                 _without_aside(q.name) == p.name))), None)
        pick = fuller if fuller is not None else p
        if all(q.name != pick.name for q in out):
            out.append(pick)
    return out


def _without_aside(name: str) -> str:
    """agr91: a name less its bracketed aside: "Томский (Сибирский) государственный
    университет" → "Томский государственный университет"."""
    return re.sub(r"\s*\([^()]*\)", "", name)


def _as_sides(parties: list[_Party]) -> list[side_passes.Side]:
    """Parties as ``side_passes.Side`` for the passes of ``sides.py``."""
    return [side_passes.Side(p.name, tuple(p.regions), p.start, p.stop) for p in parties]


def _from_sides(found: list[side_passes.Side], models: Models) -> list[_Party]:
    return [_Party(s.name, list(s.regions), s.start, s.stop, models) for s in found]


def _companies_only(parties: list[_Party], page: str = "") -> bool:
    """"ООО «Север» и АО «Южный порт» заключили соглашение о поставках": when every side is
    a commercial company named by its legal form, the agreement is business between
    companies, no cooperation of public bodies; with a ministry, a fund or a university
    among the sides it is one ("соглашение министерства с ПАО «Банк»"). extra73: a side the
    sentence names without its form is a company too when the page gives it that form
    elsewhere (``company_told_elsewhere``: "сеть магазинов «Северный двор»" above "директор
    ООО «Северный двор»")."""
    return len(parties) >= 2 and all(
        (p.name.split() or [""])[0].lower() in COMMERCIAL_FORMS or
        company_told_elsewhere(p.name, page) for p in parties)


# extra73: a legal form in capitals, then the quoted name (``company_told_elsewhere``);
# "НАО" is left out: alone it is the Nenets okrug
_FORM_BEFORE_QUOTE = r"(?<![\w-])(?:" + "|".join(
    sorted((f.upper() for f in QUOTED_COMPANY_FORMS), key=lambda f: (-len(f), f))) + \
    r")\s*[«\"„“]"
_FORMED_NAME = re.compile(_FORM_BEFORE_QUOTE + r"([^»\"“”]+)[»\"“”]")


def company_told_elsewhere(name: str, page: str) -> bool:
    """extra73: is the side, named without a legal form ("Северный двор", "Ямальская
    молочная компания"), given one before its quoted name somewhere on the page ("ООО
    «Северный двор»", "АО «Ямальская молочная компания»")? The page tells what the body is
    even where the signing sentence names it by its brand. One search of the page per
    side; a name with no letters, or one word shorter than four letters, is never read so.
    """
    core = name.strip("«»\"„“ ")
    if not page or len(core) < 4 or not any(ch.isalpha() for ch in core) or \
            name.split()[0].lower() in COMMERCIAL_FORMS:
        return False
    return core in _formed_names(page)


@functools.lru_cache(maxsize=8)
def _formed_names(page: str) -> frozenset[str]:
    """The quoted names the page gives a legal form before, read once per page (a page's
    records ask for their sides one by one)."""
    return frozenset(m.group(1) for m in _FORMED_NAME.finditer(page))


def _without_headline_towns(models: Models, m: _Merged, parties: list[_Party]) -> list[_Party]:
    """A headline names a side by its town ("Калуга не продлила соглашение с Брянском"),
    the body by its body ("министерство труда ... Калужской области"): the town only the
    headline gives is no side of its own next to a body of its region from the text. So is
    a town of a mention naming only towns, as the heading of a digest's item does (agr46:
    "4. Кызыл и Красноярск: год работы по соглашению" over the two ministries)."""
    told = {p.key for c in m.candidates if not c.headline and
            not all(_town(models, p.name) for p in c.parties) for p in c.parties}
    bodies = {r for p in parties if p.key in told for r in p.regions}
    return [p for p in parties if p.key in told or not p.regions or
            not set(p.regions) <= bodies or not _town(models, p.name)]


def _bodies_for_regions(
    analysis: Analysis, models: Models, m: _Merged, parties: list[_Party],
    regions: list[RegionRef],
) -> list[_Party]:
    """Headline regions ("Дагестан и Чечня ...") stand for the bodies of those regions that
    the agreement's own sentences name: "Министерство ... Республики Дагестан направило в
    Министерство ... Чеченской Республики проект соглашения"."""
    names = {r.name for r in regions}
    bodies: list[_Party] = []
    for c in m.candidates:
        bodies += [p for p in _parties_in(analysis, models, c.sentence, 0,
                                          len(c.sentence.tokens), regions)
                   if p.name not in names and len(p.regions) == 1 and
                   p.name.split()[0].lower() in ORG_HEADS and
                   not _occasion_host(c.sentence, _token_index(c.sentence, p.start))]
    out = []
    for p in parties:
        same = {b.name: b for b in bodies if p.name in names and b.regions == p.regions}
        out.append(next(iter(same.values())) if len(same) == 1 else p)
    return out


def _occasion_host(sent: Sentence, i: int) -> bool:
    """Is the body phrase at token i the host of an occasion ("На заседании комитета
    Волгоградской областной Думы депутаты заслушали информацию о выполнении соглашения")?
    A body whose meeting hears about an agreement is not a side of it."""
    return i > 0 and sent.tokens[i - 1].lemma in OCCASION_NOUNS and \
        _is_gen(sent.tokens[i])


def _ministry_spelled(name: str) -> str:
    """"Минтруд Башкирии" (an official's body as written) → "Министерство труда Башкирии",
    as the parties read from the text are."""
    first, _, rest = name.partition(" ")
    full = ministry_abbreviation(first)
    return full + (" " + rest if rest else "") if full is not None else name


def _fuller(p: _Party, known: list[_Party]) -> _Party:
    """"институт" in a signatory's title is the institute the headline names in full."""
    stem = p.name.lower()[:5]
    return next((k for k in known if len(k.name) > len(p.name) and
                 any(w.startswith(stem) for w in k.name.lower().split())), p)


def _official_fuller(p: _Party, officials: list[Official], models: Models) -> _Party:
    """"Министерство труда Чувашии" (from "Минтруд Чувашии") is the ministry an official of
    the same region works for when that name begins the same way and says more."""
    words = p.name.lower().split()
    if len(words) < 3 or words[0] != "министерство" or len(p.regions) != 1:
        return p
    for o in officials:
        org = o.organization or ""
        if o.region == p.regions[0] and org.lower().split()[:2] == words[:2] and \
                len(org) > len(p.name):
            return _Party(org, p.regions, p.start, p.stop, models)
    return p


def _by_first_words(parties: list[_Party]) -> dict[tuple[str, ...], list[_Party]]:
    """Parties with a region by their first word and first two words (lower case), for
    ``_spelled_out`` lookups that stay linear in the number of parties."""
    out: dict[tuple[str, ...], list[_Party]] = {}
    for k in parties:
        words = tuple(k.name.lower().split())
        if k.regions:
            for n in (1, 2):
                if len(words) > n:
                    out.setdefault(words[:n], []).append(k)
    return out


def _spelled_out(p: _Party, known: dict[tuple[str, ...], list[_Party]], models: Models) -> _Party:
    """A body named by its head words only ("главное управление", from a signer's title) is
    the one the document names in full beginning with the same words, of the same region,
    when exactly one does: "Главное управление социальной защиты населения Курганской
    области". ``known``: the document's parties by first words (``_by_first_words``)."""
    words = tuple(p.name.lower().split())
    if not words or not (words[0] in ORG_HEADS or words[-1] in ORG_HEADS) or len(words) > 2:
        return p
    fuller = {k.name: k for k in known.get(words, [])
              if set(p.regions) <= set(k.regions) and len(k.name) > len(p.name)}
    if len(fuller) != 1:
        return p
    k = next(iter(fuller.values()))
    return _Party(k.name, k.regions, p.start, p.stop, models)


def _without_cut_quotes(parties: list[_Party]) -> list[_Party]:
    """A side whose «quoted» name lost its closing quote ("АНО «Серебряное Зауралье") is
    the side named in full beside it ("АНО «Серебряное Зауралье»"), not a second one: the
    full name keeps the place the side first took (r18fix)."""
    full = {p.name for p in parties}
    out: list[_Party] = []
    for p in parties:
        if p.name.count("«") > p.name.count("»") and p.name + "»" in full:
            p = next(q for q in parties if q.name == p.name + "»")
        if all(q.name != p.name for q in out):
            out.append(p)
    return out


def _capital_of_named_region(models: Models, parties: list[_Party],
                             bare: frozenset[str]) -> list[_Party]:
    """A town the mention names beside its own region's name is that region's side, not a
    side of its own: "соглашение с Чукоткой — переговоры с коллегами из Анадыря" is one
    partner, the region (r18fix). A town with no region side beside it stays."""
    named = {r for p in parties if p.name in bare for r in p.regions}
    if not named:
        return parties
    return [p for p in parties if p.name in bare or not p.regions or
            not set(p.regions) <= named or not _town(models, p.name)]


def region_names(regions: list[RegionRef]) -> frozenset[str]:
    """The names a side that is only a region bears: the full name and the first part of a
    double one ("Чувашская Республика" of "Чувашская Республика — Чувашия")."""
    return frozenset(n for r in regions for n in {r.name, r.name.split(" — ")[0]})


def _drop_bare_regions(parties: list[_Party], regions: list[RegionRef]) -> list[_Party]:
    """A region named as a party is redundant next to its own agency among the parties
    (agr34: named by the first part of a double name too, "Чувашская Республика")."""
    names = region_names(regions)
    bodies = {c for p in parties if p.name not in names for c in p.regions}
    return [p for p in parties if not (p.name in names and set(p.regions) <= bodies)]


def _with_named_region(p: _Party, models: Models) -> _Party:
    """A party taken from elsewhere (a signatory's title) may name its region in its own
    words: "Московский институт ..." belongs to Moscow."""
    if p.regions:
        return p
    from soccoop import gazetteer

    for word in p.name.split():
        if word[:1].isupper():
            region = gazetteer.resolve(word.strip("«»\"(),"))
            if region is not None:
                return _Party(p.name, [region.code], p.start, p.stop, models)
    return p


def _finite_verb(models: Models, word: str) -> bool:
    """Is a lower-case word a finite verb and nothing else ("перезаключили", "подписали";
    not "стали", which may be a noun)? Morphology of the word alone."""
    if not word.isalpha() or not word.islower():
        return False
    parses = models.parse(word)
    return bool(parses) and str(parses[0].tag.POS) == "VERB" and \
        not any(str(p.tag.POS) in {"NOUN", "ADJF"} and p.score > 0.05 for p in parses)


def without_trailing_verb(models: Models, text: str, p: _Party) -> _Party:
    """agr77: a finite verb never ends a body's name: a side read as "Соцфонда подписали"
    (from "министерство и отделение Соцфонда подписали соглашение") loses the verb; when
    what is left is a genitive name under a lower-case body head just before it
    ("отделение Соцфонда"), the side is that head with the name ("Отделение Соцфонда")."""
    words = p.name.split()
    cut = len(words)
    while cut > 1 and _finite_verb(models, words[cut - 1]):
        cut -= 1
    if cut == len(words):
        return p
    name = " ".join(words[:cut])
    stop = text.rfind(words[cut - 1], p.start, p.stop)
    stop = stop + len(words[cut - 1]) if stop >= 0 else p.stop
    start = p.start
    before = text[max(0, p.start - 20):p.start].split()
    if cut == 1 and before and before[-1].isalpha() and before[-1].islower() and \
            models.lemma(before[-1]) in GENERIC_BODY_HEADS and \
            any("gent" in p2.tag for p2 in models.parse(words[0].lower())[:1]):
        name = f"{before[-1].capitalize()} {name}"
        start = text.rfind(before[-1], 0, p.start)
    return replace(p, name=name, start=start, stop=stop, models=models)


def minister_signs_for_ministry(models: Models, official: Official) -> Official:
    """agr52: a minister whose post names a field and whose organisation is a whole state
    signs for that state's ministry of the field, not for the state: "министр
    здравоохранения Российской Федерации" (organisation "Российская Федерация", as the
    officials reader keeps it) is, as a side, "Министерство здравоохранения Российской
    Федерации". A state is no side of an agreement its ministry signs; the officials of
    the page keep their organisation (this is the sides' view only). The state's name
    follows in the genitive as the post wrote it (``official_orgs.ministry_of_post``). A
    post with no field ("министр", "министр по делам"), a field cut short at an adjective,
    or a body that is no state stay as they are."""
    org, post = official.organization, official.position
    if not org or not post or country_name(models, org) is None:
        return official
    ministry = ministry_of_post(post, models, org, official.evidence.text)
    return official if ministry is None else replace(official, organization=ministry)
