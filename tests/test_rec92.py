"""rec92: agreement records pooled over the dev rounds. A plan (or a signing) of another
body of the same region beside a record is another agreement when both bodies are named in
full by their own words; an earlier agreement recalled by a verb of working together with
its "с" partner, the frame hung by the parser elsewhere or told after a colon; the further
«quoted» members of a plural head noun that the parse hangs under the first. Every probe is
written here, in words of its own."""

from __future__ import annotations

import probes
import pytest
from probes import agreement_records, parsed_analysis

from soccoop.extract.agreement_types import _Party
from soccoop.extract.party_identity import names_apart
from soccoop.extract.sides import colon_cooperation_frame, cooperation_frame

LEAD = "Новости\n\n"


def records(models, text: str, published: str) -> list[tuple[str, list[str]]]:
    """(status, sorted side names) of every record, sorted."""
    return [(s, sorted(p)) for s, p in agreement_records(models, text, published,
                                                          "status", "parties")]


# (id, published, text, (status, sorted sides) of every record, sorted)
RECORDS = [
    # a plan of another committee of the same city: not the signing told before (the bare
    # "вуз" of the plan is left unread)
    ("other-committee-plan", "2025-03-14",
     LEAD + "Комитет по социальной политике Вологды и Вологодский государственный "
     "университет вчера заключили договор о практике студентов. По словам ректора, вуз "
     "параллельно готовит соглашение с Комитетом по образованию Вологды о летних сменах "
     "для школьников.\n",
     [("planned", ["Комитет по образованию Вологды"]),
      ("signed", ["Вологодский государственный университет",
                  "Комитет по социальной политике Вологды"])]),
    # a plan with another college of the same region: two records, not one of three
    ("other-college-plan", "2025-03-14",
     LEAD + "Министерство социальной защиты Курганской области и Курганский "
     "государственный медицинский колледж подписали соглашение о подготовке сиделок. "
     "Помимо этого, министерство сейчас готовит соглашение с Курганским государственным "
     "педагогическим колледжем.\n",
     [("planned", ["Курганский государственный педагогический колледж",
                   "Министерство социальной защиты Курганской области"]),
      ("signed", ["Курганский государственный медицинский колледж",
                  "Министерство социальной защиты Курганской области"])]),
    # negative: the signing's own sides named again join it
    ("same-sides-again", "2025-03-14",
     LEAD + "Министерство социальной защиты Курганской области и Курганский "
     "государственный медицинский колледж подписали соглашение о подготовке сиделок. "
     "Министерство и Курганский государственный медицинский колледж готовили "
     "документ полгода.\n",
     [("signed", ["Курганский государственный медицинский колледж",
                  "Министерство социальной защиты Курганской области"])]),
    # an earlier agreement told after a colon that elaborates a cooperation
    ("colon-cooperation", "2025-03-14",
     LEAD + "Комплексный центр социального обслуживания Шадринского района подписал "
     "соглашение с фондом «Опора». Центр третий год сотрудничает с Шадринской городской "
     "больницей: соглашение, подписанное весной 2022 года, помогает организовать "
     "патронаж.\n",
     [("mentioned", ["Комплексный центр социального обслуживания Шадринского района",
                     "Шадринская городская больница"]),
      ("signed", ["Комплексный центр социального обслуживания Шадринского района",
                  "Фонд «Опора»"])]),
    # "в рамках соглашения" and "по соглашению" of a cooperation (guards: the parse hangs
    # these frames on the verb here, so main reads them too)
    ("frame-of-cooperation", "2025-03-14",
     LEAD + "Министерство социальной защиты Курганской области подписало соглашение с "
     "фондом «Опора». Отделение Социального фонда по Курганской области также "
     "взаимодействует с Общественной палатой Курганской области в рамках соглашения от "
     "2019 года: эксперты палаты проверяют клиентские службы.\n",
     [("mentioned", ["Общественная палата Курганской области",
                     "Отделение Социального фонда по Курганской области"]),
      ("signed", ["Министерство социальной защиты Курганской области", "Фонд «Опора»"])]),
    ("by-agreement", "2025-03-14",
     LEAD + "Министерство социальной защиты Курганской области подписало соглашение с "
     "фондом «Опора». Курганский областной союз пенсионеров с 2019 года сотрудничает с "
     "мэрией Кургана по соглашению о помощи одиноким пенсионерам.\n",
     [("mentioned", ["Курганский областной союз пенсионеров", "Мэрия Кургана"]),
      ("signed", ["Министерство социальной защиты Курганской области", "Фонд «Опора»"])]),
    # negative: a cooperation elaborated by a colon with no agreement in it
    ("colon-no-agreement", "2025-03-14",
     LEAD + "Комплексный центр социального обслуживания Шадринского района подписал "
     "соглашение с фондом «Опора». Центр давно сотрудничает с Шадринской городской "
     "больницей: врачи выезжают к пожилым вместе с соцработниками.\n",
     [("signed", ["Комплексный центр социального обслуживания Шадринского района",
                  "Фонд «Опора»"])]),
    # the further «quoted» names under a plural head noun
    ("plural-head-members", "2025-03-14",
     LEAD + "Министерство социальной защиты Курганской области подписало соглашение с "
     "фондом «Опора». Прежде аналогичные соглашения министерство заключило с фондами "
     "«Исток» и «Прибой».\n",
     [("mentioned", ["Министерство социальной защиты Курганской области", "Фонд «Исток»"]),
      ("mentioned", ["Министерство социальной защиты Курганской области", "Фонд «Прибой»"]),
      ("signed", ["Министерство социальной защиты Курганской области", "Фонд «Опора»"])]),
]


@pytest.mark.parametrize(("case", "published", "text", "expected"), RECORDS,
                         ids=[r[0] for r in RECORDS])
def test_records(models, case: str, published: str, text: str, expected: list) -> None:
    assert records(models, text, published) == expected


# (id, name, name, regions, apart?)
APART = [
    ("committees", "Комитет по социальной политике Вологды",
     "Комитет по образованию Вологды", ["RU-VLG"], True),
    ("colleges", "Курганский государственный медицинский колледж",
     "Курганский государственный педагогический колледж", ["RU-KGN"], True),
    ("two-heads", "Министерство здравоохранения Курганской области",
     "Федерация профсоюзов Курганской области", ["RU-KGN"], True),
    ("head-after-adjectives", "Курганский государственный университет",
     "Комитет по образованию Кургана", ["RU-KGN"], True),
    # negatives: a short name, one name holding the other's words, an acronym
    ("short-name", "Минтруд Курганской области",
     "Министерство труда и соцзащиты Курганской области", ["RU-KGN"], False),
    ("longer-name", "Агентство семейной политики Кузбасса",
     "Агентство семейной политики Кемеровской области — Кузбасса", ["RU-KEM"], False),
    ("acronym", "Отделение СФР по Курганской области",
     "Курганское отделение Социального фонда", ["RU-KGN"], False),
    ("two-words", "Фонд «Исток»", "Фонд «Прибой»", [], False),
    ("no-head", "Тюменский нефтяной техникум", "Тюменский аграрный техникум", ["RU-TYU"],
     False),
]


@pytest.mark.parametrize(("case", "a", "b", "regions", "expected"), APART,
                         ids=[r[0] for r in APART])
def test_names_apart(models, case: str, a: str, b: str, regions: list[str],
                     expected: bool) -> None:
    p, q = _Party(a, regions, 0, 1, models), _Party(b, regions, 0, 1, models)
    assert names_apart(models, p, q) is expected
    assert names_apart(models, q, p) is expected


# (id, sentence, (subject words, partner words) of the frame read)
FRAMES = [
    ("colon", "Колледж давно сотрудничает с городской больницей: соглашение, подписанное "
     "весной, помогает студентам.",
     colon_cooperation_frame, (["Колледж"], ["больницей"])),
    # "по соглашению" hung on the partner, "вместе с" partner hung on the adverb
    ("by-agreement", "С 2020 года союз сотрудничает с мэрией Кургана по соглашению о "
     "развитии волонтёрства.", cooperation_frame, (["союз"], ["мэрией"])),
    ("together-with", "Фонд работает вместе с городской поликлиникой — в рамках "
     "соглашения от 5 марта врачи навещают пожилых.", cooperation_frame,
     (["Фонд"], ["поликлиникой"])),
    # negatives: a signing verb, no verb of working together; a colon clause of its own verb
    ("signing-verb", "Центр подписал договор с больницей: соглашение действует три года.",
     colon_cooperation_frame, ([], [])),
    ("own-verb", "Центр сотрудничает с больницей: вчера фонд подписал соглашение с "
     "колледжем.", colon_cooperation_frame, ([], [])),
]


@pytest.mark.parametrize(("case", "text", "read", "expected"), FRAMES,
                         ids=[r[0] for r in FRAMES])
def test_cooperation_frames(models, case: str, text: str, read, expected: tuple) -> None:
    sent = parsed_analysis(models, text).sentences[0]
    k = max(n for n, t in enumerate(sent.tokens) if t.lemma in {"соглашение", "договор"})
    subjects, partners = read(sent, k)
    assert ([sent.tokens[i].text for i in subjects],
            [sent.tokens[i].text for i in partners]) == expected


REC92_FUNCTIONS = [("merge_rules", "other_body_of_one_region"),
                   ("party_identity", "names_apart"),
                   ("sides", "cooperation_verb_before"),
                   ("sides", "cooperation_partners"),
                   ("sides", "colon_cooperation_frame"),
                   ("agreement_sides", "plural_head_members")]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, REC92_FUNCTIONS)
