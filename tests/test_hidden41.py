"""hidden41: round 41's hidden pair (rounds 156 and 159), classed by cause. A body's first
adjective the NER tagged alone opens the body's name; "стороны" take two bodies of their
own sentence before the sentence before's; a document an ordinal counts in a sentence of
signing is the one document "Подпись под ним поставил" refers to; a sentence counting its
documents signs no more records after it than it counts; a plural noun of agreements
signed ("Подписанные сегодня соглашения") recalls the signings told; a noun's own
preposition stands before it; a channel page of day headings is dated by the post that
tells the most. Every probe is written here, in words of its own."""

from __future__ import annotations

import probes
import pytest
from probes import hand_parsed

from soccoop.extract.published import channel_day_headings, find_published
from soccoop.extract.status import absent_agreement

PUBLISHED = "2025-05-20"


# (id, text, expected records: "status | sides sorted | signers sorted", sorted)
RECORDS: list[tuple[str, str, list[str]]] = [
    # the NER tags "Марийским" alone: the branch's name runs on to its head noun
    ("adjective-tagged-alone",
     "Год назад фонд подписал такие же соглашения с Марийским региональным "
     "отделением Всероссийского общества инвалидов, а также с Чувашской республиканской "
     "организацией Союза пенсионеров.",
     ["mentioned | Марийское региональное отделение Всероссийского общества инвалидов | ",
      "mentioned | Чувашская республиканская организация Союза пенсионеров | "]),
    # "стороны" of the relative clause: the two bodies of the signers' posts before it
    ("sides-of-own-sentence",
     "Пенсионеры Белгородской области смогут оформлять больше выплат Социального фонда в "
     "районах. Вчера управляющая Отделением СФР по Белгородской области Инна Павловна "
     "Смирнова и директор ГАУ «Многофункциональный центр Белгородской области» Павел "
     "Олегович Кротов подписали дополнительное соглашение к договору об обмене данными, "
     "который стороны подписали ещё в 2020 году.",
     ["mentioned | ГАУ «Многофункциональный центр Белгородской области», Отделение СФР по "
      "Белгородской области | ",
      "signed | ГАУ «Многофункциональный центр Белгородской области», Отделение СФР по "
      "Белгородской области | Инна Павловна Смирнова, Павел Олегович Кротов"]),
    # "Второй документ": the next sentence's signer is its; a count of two signs no third
    ("ordinal-document-and-count",
     "Министр социальной политики Нижегородской области Олег Петрович Зуев заключил два "
     "соглашения. Первое — с АНО «Доброе сердце», его подписала руководитель организации "
     "Анна Сомова. Второй документ министерство подписал с ООО «Волжская верфь». Подпись "
     "под ним поставил директор предприятия Игорь Семёнович Беляков, обещавший взять на "
     "работу выпускников колледжа. Ещё одно соглашение в тот день заключили глава "
     "Отделения СФР по Нижегородской области Ольга Ткачёва и председатель клуба ветеранов "
     "«Память» Пётр Гусев.",
     ["signed | АНО «Доброе сердце», Министерство социальной политики Нижегородской "
      "области | Анна Сомова, Олег Петрович Зуев",
      "signed | Министерство социальной политики Нижегородской области, ООО «Волжская "
      "верфь» | Игорь Семёнович Беляков, Олег Петрович Зуев",
      "signed | Отделение СФР по Нижегородской области, клуб ветеранов «Память» | "
      "Ольга Ткачёва, Пётр Гусев"]),
    # the speaker recalls the two signings: no record of his region
    ("signed-ones-recalled",
     "Фонд «Исток» подписал соглашения с колледжем «Радуга» и с АНО «Мост». «Это важный "
     "шаг. Подписанные сегодня соглашения дадут выпускникам работу», — сказал, открывая "
     "встречу, вице-губернатор Нижегородской области Андрей Носов.",
     ["signed | АНО «Мост», Фонд «Исток» | ",
      "signed | Колледж «Радуга», Фонд «Исток» | "]),
    # negatives: "стороны" with no bodies of their own sentence take the sentence before's;
    # a count of two with two records signs both; a recalled plural with a partner of its
    # own is a record
    ("sides-of-sentence-before",
     "Фонд «Заря» и колледж «Парус» провели встречу в Туле. Стороны подписали соглашение о "
     "практике студентов.",
     ["signed | Колледж «Парус», Фонд «Заря» | "]),
    ("count-signs-its-own",
     "Министр социальной политики Нижегородской области Олег Петрович Зуев заключил два "
     "соглашения. Первое — с АНО «Доброе сердце», его подписала руководитель организации "
     "Анна Сомова. Второе соглашение министерство подписало с ООО «Волжская верфь», подпись "
     "поставил директор предприятия Игорь Семёнович Беляков.",
     ["signed | АНО «Доброе сердце», Министерство социальной политики Нижегородской "
      "области | Анна Сомова, Олег Петрович Зуев",
      "signed | Министерство социальной политики Нижегородской области, ООО «Волжская "
      "верфь» | Игорь Семёнович Беляков, Олег Петрович Зуев"]),
    ("recalled-with-partner",
     "Фонд «Исток» подписал соглашения с колледжем «Радуга» и с АНО «Мост». Подписанные в "
     "2021 году соглашения с Тульской областью фонд тоже продлил.",
     ["mentioned | Тульская область | ",
      "signed | АНО «Мост», Фонд «Исток» | ",
      "signed | Колледж «Радуга», Фонд «Исток» | "]),
]


def _rows(models: object, text: str) -> list[str]:
    return sorted(f"{a.status} | {', '.join(probes.party_names(a))} | "
                  f"{', '.join(sorted(a.signatories))}"
                  for a in probes.agreements_of(models, text, PUBLISHED))


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), probes.named_rows(RECORDS))
def test_records(models: object, text: str, expected: list[str]) -> None:
    assert _rows(models, text) == expected


# a noun's own preposition is the one before it: "без" of another noun the parser hung on
# "соглашению" after it does not make the agreement absent
_MISHUNG = hand_parsed(
    ("благодаря", "благодаря", "ADP", "case", 1, {}),
    ("соглашению", "соглашение", "NOUN", "obl", 6, {"Case": "Dat", "Number": "Sing"}),
    ("с", "с", "ADP", "case", 3, {}),
    ("фондом", "фонд", "NOUN", "nmod", 1, {"Case": "Ins"}),
    ("справку", "справка", "NOUN", "obj", 6, {"Case": "Acc"}),
    ("можно", "можно", "ADV", "root", -1, {}),
    ("получить", "получить", "VERB", "csubj", 5, {"VerbForm": "Inf"}),
    ("без", "без", "ADP", "case", 1, {}),
    ("очереди", "очередь", "NOUN", "conj", 6, {"Case": "Gen"}),
)
_WITHOUT = hand_parsed(
    ("районы", "район", "NOUN", "nsubj", 1, {"Case": "Nom", "Number": "Plur"}),
    ("работают", "работать", "VERB", "root", -1, {}),
    ("без", "без", "ADP", "case", 3, {}),
    ("соглашения", "соглашение", "NOUN", "obl", 1, {"Case": "Gen", "Number": "Sing"}),
)


@pytest.mark.parametrize(("sent", "k", "absent"), [
    pytest.param(_MISHUNG, 1, False, id="preposition-after-the-noun"),
    pytest.param(_WITHOUT, 3, True, id="without-the-agreement"),
])
def test_own_preposition(sent: object, k: int, absent: bool) -> None:
    assert absent_agreement(sent, k) is absent  # type: ignore[arg-type]


# a channel's page: a short notice under the first day, the signing under the second
PAGE = ("Минсоц Новгородской области\n8 310 подписчиков\n\n4 марта 2025\n\n"
        "📌 Кадры недели в Центре занятости: инженеры-сметчики, водители погрузчика, "
        "воспитатели детских садов, пекари. Все вакансии — по номеру справочной службы.\n"
        "👁 1,2K  · 09:30\n\n5 марта 2025\n\n"
        "🤝 Подписано соглашение с фондом «Вече»\n\n"
        "Сегодня министерство социальной защиты Новгородской области и фонд «Вече» подписали "
        "соглашение о помощи пожилым гражданам на дому. Волонтёры фонда будут навещать одиноких "
        "пенсионеров в отдалённых деревнях и помогать им с покупками.\n\n"
        "Фонд работает с 2018 года и объединяет более двухсот добровольцев.\n"
        "👁 3,1K  · 16:10\n")
UNTIMED = PAGE.replace("  · 09:30", "").replace("  · 16:10", "")


@pytest.mark.parametrize(("page", "day", "published"), [
    pytest.param(PAGE, "2025-03-05", "2025-03-05", id="day-of-the-longest-post"),
    # negative: counter rows without a time are no channel's posts
    pytest.param(UNTIMED, None, "2025-03-04", id="untimed-counters"),
])
def test_channel_day_headings(page: str, day: str | None, published: str) -> None:
    found = channel_day_headings(page, page.split("\n"))
    assert (found.value if found else None) == day
    assert find_published(page)[0] == published


def test_examples_quote_no_dev_text() -> None:
    probes.check_rules_invented(__file__, party_phrases=("lone_adjective_body",),
                                          status=("own_preposition",),
                                          candidate_signers=("_ordinal_paper",),
                                          coreference=("signed_ones_recalled", "_recalls_signed"),
                                          agreement_lists=("documents_counted",),
                                          published=("channel_day_headings",))
