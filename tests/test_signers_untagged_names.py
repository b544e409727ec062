"""Signers whose names the NER missed or spelled otherwise, in sentence shapes any news
uses. A full name the NER did not tag in a signing sentence
(a first name that is also a common word, a name its body's span ran over), a name's
Latin spelling in brackets, agents joined through a participle post, agreements one
signing split per partner (each keeps the common signer and its own partner's), and the
speaker who only recalls a signing by others. Every probe is written here, in words of
its own; the negatives are attendees, speakers, names inside quotes and people who did
not sign."""

from __future__ import annotations

from functools import partial

import probes
import pytest

from soccoop.extract.nlp import Analysis, NerSpan
from soccoop.extract.person_names import without_transliteration as _without_transliteration
from soccoop.extract.signers import (
    partner_own_signers,
    recalls_others_signing,
    untagged_names,
)
from soccoop.extract.syntax import parse_documents
from soccoop.models import Agreement, Evidence, Party

PUB = "2025-10-15"


signers_of = partial(probes.signers_of, published=PUB)


TRANSLIT = (
    "Департамент социальной защиты Смоленской области и комитет по труду и социальной "
    "защите Витебского облисполкома подписали соглашение о сотрудничестве. Со стороны "
    "Смоленской области документ подписал начальник департамента Олег Ракитин (Oleg "
    "Rakitin), с белорусской стороны — председатель комитета Андрей Гурский (Andrei "
    "Gurski).\n"
)

DISTRICTS = (
    "Тверская область подписала соглашения с тремя районами Смоленской области\n\n"
    "Первый заместитель губернатора Тверской области Игорь Лебедев подписал соглашения о "
    "сотрудничестве в социальной сфере с главой Северного района Смоленской области "
    "Иваном Белоусовым, главой Озёрного района Сергеем Кругликовым и исполняющей "
    "обязанности главы Лесного района Анной Рыжовой.\n"
)

RECALLED = (
    "Министр социальной политики Калужской области Павел Коновалов и министр труда "
    "Брянской области Елена Соколова подписали соглашение о сотрудничестве. Павел "
    "Коновалов напомнил, что весной Калужская область уже подписала такое соглашение с "
    "Тульской областью.\n"
)

WE_WITH = (
    "Сегодня мы с министром социальной защиты Орловской области Инной Гречко подписали "
    "соглашение о сотрудничестве. Теперь ветераны смогут отдыхать в санаториях обоих "
    "регионов.\n"
)

DASH_BOTH = (
    "Курская и Орловская области подписали соглашение о сотрудничестве в социальной сфере. "
    "От Курской области — министр Олег Савин, от Орловской — директор департамента Инна "
    "Гречко.\n"
)

PROBES = [
    # a name's Latin spelling in brackets: both sides' signers, verb left out for the second
    (TRANSLIT, [["Андрей Гурский", "Олег Ракитин"]]),
    # per partner: the common signer and the one named with each district (the first
    # member merged with the headline's report, which carried every signer)
    (DISTRICTS, [["Иван Белоусов", "Игорь Лебедев"], ["Игорь Лебедев", "Сергей Кругликов"],
                 ["Анна Рыжова", "Игорь Лебедев"]]),
    # "мы с X" under a header naming the author: the author and X
    ("Олег Савин, министр труда Курской области\n\n" + WE_WITH,
     [["Инна Гречко", "Олег Савин"]]),
    # no header: the author is not guessed among the officials the text names
    (WE_WITH + "Об итогах года рассказала министр здравоохранения Курской области Анна "
     "Лосева.\n", [["Инна Гречко"]]),
    # "мы подписали соглашение с областью": the author's body, no person with "с"
    ("Олег Савин, министр труда Курской области\n\nСегодня мы подписали соглашение о "
     "сотрудничестве с Орловской областью. Документ подписала министр Инна Гречко.\n",
     [["Инна Гречко"]]),
    # each side's signer given with the verb left out, in the sentence after the signing
    (DASH_BOTH, [["Инна Гречко", "Олег Савин"]]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), PROBES,
                         ids=["translit", "districts", "we-with-header", "we-no-header",
                              "we-body", "dash-both"])
def test_signers_probes(models, text, expected):
    assert signers_of(models, text) == expected


@pytest.mark.slow
def test_recalled_signing_speaker_is_no_signer(models):
    """The signers of the news keep their signing; the one who recalls another region's
    signing ("напомнил, что ... область подписала") is no signer of that one."""
    recs = probes.agreements_of(models, RECALLED, PUB)
    news = [a for a in recs if "Елена Соколова" in a.signatories]
    assert [sorted(a.signatories) for a in news] == [["Елена Соколова", "Павел Коновалов"]]
    for a in recs:
        if a not in news:
            assert a.signatories == []


def _analysis_without_persons(models, text):
    """The text's analysis, parsed, with the NER's person spans taken out: the names the
    signer rules must then find on their own."""
    analysis = models.analyse(text)
    parse_documents([analysis], models)
    return Analysis(analysis.text, analysis.sentences,
                    [s for s in analysis.spans if s.type != "PER"], models)


UNTAGGED = [
    # a first name that is a common word too, after a body's genitive chain
    ("Министр Ольга Смирнова и председатель псковского отделения общества слепых Надежда "
     "Курочкина подписали соглашение.", ["Ольга Смирнова", "Надежда Курочкина"]),
    # in the instrumental, after a participle post; an indeclinable surname
    ("Соглашение, подписанное министром Еленой Гусевой и управляющим отделением банка "
     "Верой Ким, касается пенсионеров.", ["Еленой Гусевой", "Верой Ким"]),
    # with a patronymic
    ("Документ подписал директор центра Виктор Павлович Зорин.", ["Виктор Павлович Зорин"]),
    # negatives: a name inside quotes, a sentence with no signing, the first word
    ("Соглашение подписал фонд «Надежда Севера».", []),
    ("Министр Ольга Смирнова провела совещание.", []),
    # the sentence's first word: with a surname's reading only
    ("Надежда Курочкина подписала соглашение.", ["Надежда Курочкина"]),
    ("Надежда Пак подписала соглашение.", []),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), UNTAGGED,
                         ids=["common-word", "instrumental", "patronymic", "quoted",
                              "no-signing", "first-word", "first-word-no-surname"])
def test_untagged_names(models, text, expected):
    analysis = _analysis_without_persons(models, text)
    found = [s.text for sent in analysis.sentences for s in untagged_names(analysis, sent)]
    assert found == expected


@pytest.mark.slow
def test_untagged_name_not_over_a_person_span(models):
    """A name the NER did tag is not found again."""
    text = "Соглашение подписали министр Ольга Смирнова и директор Игорь Лапин."
    analysis = models.analyse(text)
    parse_documents([analysis], models)
    tagged = [s.text for s in analysis.spans if s.type == "PER"]
    found = [s.text for sent in analysis.sentences for s in untagged_names(analysis, sent)]
    assert not set(found) & set(tagged)


@pytest.mark.parametrize(("text", "kept"), [
    ("Ирина Жирнова (Irina Zhirnova)", "Ирина Жирнова"),
    ("Виктор Ковальчук (Viktar Kavalchuk) ", "Виктор Ковальчук"),
    ("Ирина Жирнова", "Ирина Жирнова"),
    ("Ирина Жирнова (директор)", "Ирина Жирнова (директор)"),  # not a Latin spelling
])
def test_without_transliteration(text, kept):
    span = _without_transliteration(NerSpan("PER", 10, 10 + len(text), text))
    assert (span.text, span.start, span.stop) == (kept, 10, 10 + len(kept))


def _agreement(parties, signers, start):
    return Agreement("Соглашение", "signed", None, [Party(p) for p in parties],
                     list(signers), [], Evidence("", start, start + 1))


@pytest.mark.slow
def test_partner_own_signers_unit(models):
    """Each member keeps the one named before every partner and the one after its own
    partner's word; members whose partner words are missing, or a signer the sentence
    does not name, leave the lists as they were."""
    analysis = models.analyse(DISTRICTS.split("\n\n")[1])
    parse_documents([analysis], models)
    who = ["Игорь Лебедев", "Иван Белоусов", "Сергей Кругликов", "Анна Рыжова"]
    sides = ["Северный район", "Озёрный район", "Лесной район"]
    group = [_agreement(["Тверская область", s], who, 0) for s in sides]
    partner_own_signers(analysis, group)
    assert [a.signatories for a in group] == [
        ["Игорь Лебедев", "Иван Белоусов"], ["Игорь Лебедев", "Сергей Кругликов"],
        ["Игорь Лебедев", "Анна Рыжова"]]
    # a partner the sentence does not name: unchanged
    group = [_agreement(["Тверская область", s], who, 0)
             for s in ["Северный район", "Южный район", "Лесной район"]]
    partner_own_signers(analysis, group)
    assert all(a.signatories == who for a in group)
    # a signer the sentence does not name: unchanged
    other = who[:3] + ["Пётр Лисицын"]
    group = [_agreement(["Тверская область", s], other, 0) for s in sides]
    partner_own_signers(analysis, group)
    assert all(a.signatories == other for a in group)
    # signers all named before the partners sign every member: unchanged
    analysis = models.analyse(
        "Министр Игорь Лебедев и министр Иван Белоусов подписали соглашения с Северным "
        "районом и с Озёрным районом.")
    parse_documents([analysis], models)
    both = ["Игорь Лебедев", "Иван Белоусов", "Сергей Кругликов"]
    group = [_agreement(["Тверская область", s], both, 0) for s in sides[:2]]
    partner_own_signers(analysis, group)
    assert all(a.signatories == both for a in group)


NEGATIVES = [
    # an attendee whose first name is a common word, named in the signing sentence
    "Министр труда Курской области Олег Савин и министр социальной защиты Орловской "
    "области Инна Гречко подписали соглашение о сотрудничестве в присутствии депутата "
    "Любови Сидоркиной.",
    # one who only spoke at the signing, in the next sentence
    "Министр труда Курской области Олег Савин и министр социальной защиты Орловской "
    "области Инна Гречко подписали соглашение о сотрудничестве. На церемонии выступила "
    "председатель совета ветеранов Вера Малахова.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", NEGATIVES, ids=["attendee", "speaker"])
def test_negatives(models, text):
    assert signers_of(models, text) == [["Инна Гречко", "Олег Савин"]]


@pytest.mark.slow
def test_cli_ingest_and_list_sig22(listed_rows):
    rows = listed_rows({"smolensk.txt": TRANSLIT, "tver.txt": DISTRICTS}, "--kind", "agreements",
                       "--format", "jsonl", "--limit", "0")
    got = sorted((r["sources"][0]["source"].rsplit("/", 1)[-1], sorted(r["signatories"]))
                 for r in rows)
    assert got == [
        ("smolensk.txt", ["Андрей Гурский", "Олег Ракитин"]),
        ("tver.txt", ["Анна Рыжова", "Игорь Лебедев"]),
        ("tver.txt", ["Иван Белоусов", "Игорь Лебедев"]),
        ("tver.txt", ["Игорь Лебедев", "Сергей Кругликов"]),
    ]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "recalls"), [
    ("Министр Анна Котова напомнила, что весной область уже подписала такое соглашение с "
     "соседями.", True),
    # the speaker among the signers of what she recalls: hers may be the signature
    ("Министр Анна Котова напомнила, что весной мы подписали такое соглашение с соседями.",
     False),
    # she signs, then tells of it
    ("Министр Анна Котова подписала соглашение и рассказала о его целях.", False),
    # she tells that she signed, with another
    ("Министр Анна Котова рассказала, что документ подписали она и губернатор.", False),
    # she tells that bodies signed: not her signature
    ("Министр Анна Котова сообщила, что документ подписали два министерства.", True),
], ids=["others", "we", "signs-and-tells", "she-and", "bodies"])
def test_recalls_others_signing(models, text, recalls):
    analysis = models.analyse(text)
    parse_documents([analysis], models)
    sent = analysis.sentences[0]
    person = next(s for s in analysis.spans if s.type == "PER")
    assert recalls_others_signing(sent, person) is recalls


@pytest.mark.slow
def test_untagged_name_and_other_spans(models):
    """A person's span hides a name, and so does a span of another kind that starts with
    it or ends inside it; a body's span that ran on over the name from before does not,
    nor a place's span over exactly a name the parse reads as one (sig42)."""
    text = "Соглашение подписали директор фонда Надежда Орлова и министр Вера Зотова."
    analysis = models.analyse(text)
    parse_documents([analysis], models)

    def span(kind, first, last):
        start, stop = text.index(first), text.index(last) + len(last)
        return NerSpan(kind, start, stop, text[start:stop])

    cases = [
        ([span("ORG", "фонда", "Орлова")], ["Надежда Орлова", "Вера Зотова"]),
        ([span("ORG", "фонда", "Надежда")], ["Вера Зотова"]),
        # sig42: a place's span over exactly a name the parse reads as one (apposed to the
        # post, the surname joined to the first name) does not hide it: the tagger took
        # the person for a place ("руководитель филиала Сардана Николаева")
        ([span("LOC", "Вера", "Зотова")], ["Надежда Орлова", "Вера Зотова"]),
        ([span("LOC", "Вера", "Зотова"), span("PER", "Вера", "Зотова")], ["Надежда Орлова"]),
        ([span("PER", "Вера", "Зотова")], ["Надежда Орлова"]),
    ]
    for spans, expected in cases:
        masked = Analysis(analysis.text, analysis.sentences, spans, models)
        assert [s.text for s in untagged_names(masked, masked.sentences[0])] == expected
