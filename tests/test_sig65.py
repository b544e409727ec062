"""Signatories of sig65 (messy pages), probes written for this file (not copied from any
round).

* A name of initials and a surname after a nominative post holds that post, however the
  parser hung it (initials written without a space, "В.Г. Колесников", confuse it):
  ``signers.initials_post_holder``; a name after a genitive post ("в день визита
  председателя В. И. Котова") does not sign.
* A name right after "имени"/"им." is the namesake of an institution whatever case the
  tagger gives it ("ПАО «Нефтемаш» имени В.Д. Шашина"): ``signers.namesake``.
* The NER's person span run on over the namesake before a name is cut after it ("ректор
  университета им. М. К. Аммосова Нюргун Слепцов"), and a body's span run on over the
  person after its namesake is parted ("университета имени М. К. Аммосова Е. Н.
  Гоголева"): ``nlp.without_namesake``.
* A speaker a relative clause of signing describes signs for their side ("— заявил
  председатель фонда X, который поставил подпись под документом"):
  ``signers.relative_signer``, ``signer_shapes.relative_clause_signers``.
* A man's first name the dictionary lacks loses the instrumental "-ом" beside a possessive
  surname's "-ым" ("ректором Ньургуном Слепцовым" → "Ньургун Слепцов"):
  ``person_names._first_like_surname``.
* Signers named side by side several paragraphs after a signing that named nobody, past
  a head who only greets: ``candidate_signers.far_side_signers`` (and
  ``_following_signers`` past one aside); a person acting on the occasion between, another
  paper, several documents at once or a plan end its reach.
"""

from __future__ import annotations

from typing import Any

import pytest
from probes import check_no_signers, hand_parsed, officials_of, signer_surnames

PUBLISHED = "2024-05-16"

# (id, text, surnames of the signed records)
INITIALS = [
    ("initials glued, under a headline",
     "Отделение СФР и организация ВОС подписали соглашение о сотрудничестве\n\n"
     "Отделение Социального фонда по Омской области и Омская областная организация "
     "Всероссийского общества слепых 15 мая заключили соглашение о взаимодействии. "
     "Документ подписали управляющий отделением Е. А. Смирнова и председатель областной "
     "организации ВОС В.Г. Колесников.\n",
     [["колесников", "смирнова"]]),
    ("a surname read as a genitive",
     "Отделение СФР и общество глухих подписали соглашение о сотрудничестве\n\n"
     "Отделение Социального фонда по Курской области и Курская областная организация "
     "Всероссийского общества глухих 15 мая заключили соглашение о взаимодействии. "
     "Документ подписали управляющий отделением И.П. Сорокина и председатель областной "
     "организации ВОГ Т.Н. Белов.\n",
     [["белов", "сорокина"]]),
]


@pytest.mark.parametrize("name,text,signers", INITIALS, ids=[r[0] for r in INITIALS])
def test_initials_after_nominative_post_sign(models: Any, name: str, text: str,
                                             signers: list[list[str]]) -> None:
    assert signer_surnames(models, text, published=PUBLISHED) == signers


# (id, text, who must not sign)
NOT_SIGNERS = [
    ("name after a genitive post",
     "Министерство и университет 15 мая подписали соглашение о сотрудничестве в день "
     "визита председателя комитета В.И. Котова. Документ подписали министр Анна Лебедева "
     "и ректор Олег Жуков.\n",
     {"В. И. Котов", "В. И. Котова", "В.И. Котова"}),
    ("namesake of a company right after имени",
     "В среду министерство труда Республики Татарстан заключило соглашение о "
     "сотрудничестве с ПАО «Нефтемаш» имени В.Д. Шашина. Документ со стороны ведомства "
     "подписал министр Рустем Гарипов.\n",
     {"В. Д. Шашина", "В. Д. Шашин", "В.Д. Шашина"}),
]


@pytest.mark.parametrize("name,text,not_signers", NOT_SIGNERS,
                         ids=[r[0] for r in NOT_SIGNERS])
def test_not_signers(models: Any, name: str, text: str, not_signers: set[str]) -> None:
    check_no_signers(models, text, PUBLISHED, not_signers)


def _tagged_nominative_namesake() -> tuple[Any, Any]:
    """"... ПАО «Нефтемаш» имени В.Д. Шашина ." parsed by hand as the tagger read it on a
    page: the surname's last word a (feminine-looking) nominative."""
    from soccoop.extract.nlp import NerSpan

    a = {"Animacy": "Anim", "Case": "Gen", "Gender": "Masc", "Number": "Sing"}
    sent = hand_parsed(
        ("ПАО", "пао", "PROPN", "conj", -1, {"Case": "Gen"}),
        ("«Нефтемаш»", "нефтемаш", "PROPN", "appos", 0, {"Case": "Nom"}),
        ("имени", "имя", "NOUN", "nmod", 0, {"Case": "Gen"}),
        ("В", "в", "PROPN", "nmod", 2, a), (".", ".", "PUNCT", "punct", 3, {}),
        ("Д", "д", "PROPN", "flat:name", 3, a), (".", ".", "PUNCT", "punct", 3, {}),
        ("Шашина", "шашина", "PROPN", "flat:name", 3, {**a, "Case": "Nom"}),
    )
    start = sent.tokens[3].start
    return sent, NerSpan("PER", start, sent.stop, sent.text[start:])


def test_namesake_right_after_imeni_whatever_its_case() -> None:
    from soccoop.extract.signers import namesake

    sent, span = _tagged_nominative_namesake()
    assert namesake(sent, span)


def test_person_parted_from_namesake_of_a_body(models: Any) -> None:
    text = ("15 мая министр социального развития Ольга Петрова и директор Института "
            "психологии Северо-Восточного федерального университета имени М. К. Аммосова И. "
            "В. Сидорова подписали соглашение.\n")
    found = officials_of(models, text)
    assert "И. В. Сидорова" in found
    assert found["И. В. Сидорова"][0] == "директор"


def test_person_span_cut_after_namesake(models: Any) -> None:
    text = ("[Фото] Министр Ольга Петрова и ректор СГУ им. М. К. Аммосова Нюргун Слепцов "
            "после подписания соглашения.\n")
    found = officials_of(models, text)
    assert "Нюргун Слепцов" in found
    assert not any("Аммосов" in n for n in found)


SIGNED = ("Соглашение о взаимодействии в сфере социального обслуживания подписано 15 мая "
          "между комитетом по социальной политике Новгородской области и комитетом по "
          "социальной защите Псковской области. Документ закрепляет порядок предоставления "
          "услуг жителям, которые зарегистрированы в одном регионе, а живут в другом.\n\n"
          "Речь идёт прежде всего о семьях с детьми и пожилых людях. Стороны будут "
          "обмениваться сведениями о получателях услуг.\n\n"
          "Кроме того, соглашение предусматривает совместную работу выездных бригад.\n\n"
          "На церемонии присутствовал депутат областной думы Игорь Сергеев. «Граница "
          "между регионами для многих семей давно стала условностью», — отметил он.\n\n")

FAR = [
    ("acting head signs, head greets",
     SIGNED + "Со стороны Новгородской области документ подписал исполняющий обязанности "
     "председателя комитета Павел Орлов. Председатель комитета Олег Быстров, находящийся "
     "в командировке, поприветствовал участников по видеосвязи. Со стороны Псковской "
     "области подпись поставила председатель комитета Марина Лосева.\n",
     [["лосева", "орлов"]]),
    ("another paper signed on the way: not read",
     SIGNED + "Тогда же губернатор подписал указ о создании рабочей группы. Со стороны "
     "Новгородской области документ подписал исполняющий обязанности председателя "
     "комитета Павел Орлов.\n",
     [[]]),
    ("several documents signed at once: their common signer only",
     SIGNED + "Со стороны Новгородской области все три документа подписал исполняющий "
     "обязанности председателя комитета Павел Орлов. Псковскую делегацию возглавлял "
     "председатель комитета Олег Быстров.\n",
     [["орлов"]]),
    ("a person acting on the occasion between: not read",
     SIGNED + "Губернатор Андрей Никитин поблагодарил участников. Со стороны Новгородской "
     "области документ подписал исполняющий обязанности председателя комитета Павел "
     "Орлов.\n",
     [[]]),
    ("a plan to sign later: not read",
     SIGNED + "Дорожную карту со стороны Новгородской области подпишет председатель "
     "комитета Олег Быстров в июне.\n",
     [[]]),
]


@pytest.mark.parametrize("name,text,signers", FAR, ids=[r[0] for r in FAR])
def test_far_side_signers(models: Any, name: str, text: str,
                          signers: list[list[str]]) -> None:
    assert signer_surnames(models, text, published=PUBLISHED) == signers


RELATIVE = ("Соответствующее соглашение во вторник, 14 мая, подписал губернатор Курганской "
            "области Вадим Шумков в ходе рабочего визита руководства фонда. Визит оказался "
            "насыщенным: гости побывали в клиентской службе и в доме-интернате. ")

# (id, the sentence after, surnames of the signed records)
RELATIVES = [
    ("speaker who put the signature",
     "«Здесь особенно важно, чтобы человеку не нужно было никуда ехать», — заявил "
     "председатель фонда Сергей Чирков, который поставил подпись под документом со "
     "стороны фонда.\n",
     [["чирков", "шумков"]]),
    ("speaker who signed a decree: not read",
     "«Здесь особенно важно, чтобы человеку не нужно было никуда ехать», — заявил "
     "председатель фонда Сергей Чирков, который подписал приказ о создании офиса.\n",
     [["шумков"]]),
    ("speaker who will sign: not read",
     "«Здесь особенно важно, чтобы человеку не нужно было никуда ехать», — заявил "
     "председатель фонда Сергей Чирков, который поставит подпись позже.\n",
     [["шумков"]]),
]


@pytest.mark.parametrize("name,after,signers", RELATIVES, ids=[r[0] for r in RELATIVES])
def test_relative_clause_signer(models: Any, name: str, after: str,
                                signers: list[list[str]]) -> None:
    assert signer_surnames(models, RELATIVE + after, published=PUBLISHED) == signers


def test_unknown_first_name_in_the_instrumental(models: Any) -> None:
    text = "Соглашение подписано министром Анной Котовой и ректором Ньургуном Слепцовым.\n"
    found = officials_of(models, text)
    assert "Ньургун Слепцов" in found
    assert "Анна Котова" in found
