"""The organisation of an official: the passes at the end of ``extract/officials.py``, the
country genitive of ``extract/orgs.py`` and the FactRuEval scorer's reading of ``Where``."""

from __future__ import annotations

from pathlib import Path

import pytest
from probes import parsed_officials

from soccoop.evaluate import load_factrueval, score
from soccoop.extract.nlp import Models
from soccoop.extract.officials import _without_circumstance
from soccoop.extract.orgs import genitive_name

# (text, name, the organisation expected) -- one row per pass
CASES = [
    # _org_in_position: the post's own complement is a body
    ("Директор ростовского цирка Дмитрий Резниченко рассказал о планах.",
     "Дмитрий Резниченко", "Ростовский цирк"),
    ("Председатель кабинета министров Испании Мариано Рахой выступил в парламенте.",
     "Мариано Рахой", "Кабинет министров Испании"),
    ("Начальник генштаба армии Китая Чэнь Биндэ прибыл в Москву.",
     "Чэнь Биндэ", "Генштаб армии Китая"),
    # _ministry_of_minister
    ("Министр экономического развития Максим Орешкин прокомментировал прогноз.",
     "Максим Орешкин", "Министерство экономического развития"),
    # _body_of_post
    ("Премьер-министр Эстонии Таави Рыйвас заявил об отставке.",
     "Таави Рыйвас", "Правительство Эстонии"),
    # _org_named_before: a post of an organisation, the body named in the sentence before
    ("Компания «Северсталь» сообщила о переменах. Её директор Иван Петров уходит в отставку.",
     "Иван Петров", "Северсталь"),
    # _org_a_generic_word_stands_for
    ("Журнал «Огонёк» опубликовал интервью. Главный редактор издания Иван Петров рассказал "
     "о нём.", "Иван Петров", "Огонёк"),
    # _org_between_post_and_name: "от" + ORG, quotes of any style
    ("Ранее это сделал депутат от «Справедливой России» Илья Пономарев, в своем выступлении "
     "охарактеризовавший «Единую Россию» как «партию жуликов и воров».",
     "Илья Пономарев", "Справедливая Россия"),
    # wiki's two apostrophes are read as a quote mark (nerel86): the body keeps its quotes,
    # as a name in '"' does ('руководителя "Samsung Electronics"' gives the same)
    ("Суд не дал разрешение на арест руководителя ''Samsung Electronics'' Сан Джин Пака.",
     "Сан Джин Пака", '"Samsung Electronics"'),
    # _org_of_the_title_before
    ("Утром представитель вооружённых сил полковник Сансерн Каевкамнерд заявил о "
     "комендантском часе.", "Сансерн Каевкамнерд", "Вооружённые силы"),
    # _without_constituency
    ("Вице-спикер Госдумы от ЛДПР Игорь Лебедев выступил.", "Игорь Лебедев", "Госдума"),
    # _names_a_region: a region in an oblique case is a place for a governor's context
    ("Соглашение подписали директор Департамента социальной защиты населения Кемеровской "
     "области Елена Воронина и губернатор Сергей Цивилев.",
     "Сергей Цивилев", "Кемеровская область — Кузбасс"),
    # _without_second_title
    ("Заместитель председателя правительства Чувашии — министр труда и социальной защиты "
     "Алла Елизарова провела встречу.", "Алла Елизарова", "правительство Чувашии"),
    # _place_phrase / _dependents_end: the name in apposition after "Республики"
    ("Соглашение подписано с Министерством занятости Республики Узбекистан. С узбекской "
     "стороны документ подписал заместитель министра Бехзод Мусаев.",
     "Бехзод Мусаев", "Министерство занятости Республики Узбекистан"),
]


@pytest.mark.parametrize(("text", "name", "org"), CASES)
def test_organisation_of_a_post(models: Models, text: str, name: str, org: str) -> None:
    found = parsed_officials(models, text)
    assert name in found, found
    assert found[name][1] == org


@pytest.mark.parametrize(("text", "name", "not_org"), [
    # a state's body named by its common noun is not the body named before
    ("Роспотребнадзор проверил магазины. Пресс-секретарь главы правительства Наталья "
     "Тимакова сообщила о визите.", "Наталья Тимакова", "Роспотребнадзор"),
    # another paragraph is not "just before"
    ("Компания «Северсталь» сообщила о переменах.\nДиректор Иван Петров уходит в отставку.",
     "Иван Петров", "Северсталь"),
    # a board is an organ of the body after it, not the organisation
    ("Председатель правления Фонда поддержки детей Марина Гордеева открыла форум.",
     "Марина Гордеева", "Правление Фонда поддержки детей"),
])
def test_organisation_not_taken(models: Models, text: str, name: str, not_org: str) -> None:
    found = parsed_officials(models, text)
    assert name in found, found
    assert found[name][1] != not_org


@pytest.mark.parametrize(("name", "genitive"), [
    ("Эстония", "Эстонии"), ("Южная Корея", "Южной Кореи"), ("США", "США"),
    ("Китай", "Китая"),
])
def test_genitive_name(models: Models, name: str, genitive: str) -> None:
    assert genitive_name(models, name) == genitive


FACTS = """1-0 Occupation
Who obj1 Иванов Иван
Position span1 президенту
Where obj2 РФ
"""
COREF = """1 10 11
firstname Иван
lastname Иванов

2 12 13
name РФ
name Россия
"""


def test_factrueval_where_is_any_name_of_its_object(tmp_path: Path) -> None:
    (tmp_path / "book_1.facts").write_text(FACTS, encoding="utf-8")
    (tmp_path / "book_1.coref").write_text(COREF, encoding="utf-8")
    (tmp_path / "book_1.spans").write_text("", encoding="utf-8")
    gold = load_factrueval(tmp_path)
    official = gold["book_1"]["officials"][0]
    assert official["organization"] == "РФ"  # the name the fact line shows stays first
    assert official["alternatives"] == [["президенту", "РФ"], ["президенту", "Россия"]]
    for org, hit in (("Россия", 1), ("РФ", 1), ("Франция", 0)):
        rec = {"source": "x/book_1.txt",
               "officials": [{"name": "Иван Иванов", "position": "президент",
                              "organization": org}]}
        assert score([rec], gold)["kinds"]["officials_full"]["tp"] == hit


# ---------------------------------------------------------------------------------------
# round 4 (regional news): a region by its kind, a deputy's portfolio, abbreviations the
# text spells out, a superlative's nominative
# ---------------------------------------------------------------------------------------

# (text, name, the organisation expected) -- one row per pass and per side of it
REGIONAL_CASES = [
    # _region_of_its_kind: the region of that kind named last before
    ("Правительство Удмуртии и Роструд подписали соглашение. Документ подписали глава "
     "республики Александр Бречалов и руководитель Роструда Михаил Леонтьев.",
     "Александр Бречалов", "Удмуртская Республика"),
    ("Делегация Омской области побывала в Салехарде. Ямал готов делиться опытом.\n"
     "Губернатор округа Дмитрий Артюхов встретил гостей.",
     "Дмитрий Артюхов", "Ямало-Ненецкий автономный округ"),
    # _without_portfolio: the "по ... вопросам" group is the deputy's, the company is the
    # body named before
    ("Комитет по труду и компания «Северсталь» подписали соглашение. Документ подписал "
     "заместитель генерального директора компании по организационным вопросам Иван Петров.",
     "Иван Петров", "Северсталь"),
    # ... but a body whose name states its field keeps it
    ("Заместитель председателя комитета по социальной политике Иван Петров выступил.",
     "Иван Петров", "комитет по социальной политике"),
    # _spelled_out: an acronym inside the name, spelled out by the text before
    ("Отделение Социального фонда России по Омской области подписало соглашение. Подпись "
     "поставил управляющий Отделением СФР по Омской области Иван Петров.",
     "Иван Петров", "Отделение Социального фонда России по Омской области"),
    ("Соглашение подписали Министерство труда Якутии и Департамент социальной политики "
     "Чукотского автономного округа. Документ подписал начальник Департамента социальной "
     "политики ЧАО Иван Петров.",
     "Иван Петров", "Департамент социальной политики Чукотского автономного округа"),
    # ... an acronym that is the whole name is the text's own name for the body
    ("Омский государственный университет и министерство подписали соглашение. Документ "
     "подписал ректор ОГУ Сергей Иванов.", "Сергей Иванов", "ОГУ"),
    # ... a name given in brackets after the body, inside a longer name
    ("Представители Федеральной службы по труду и занятости (Роструда) приехали в Омск. "
     "Их встретил начальник управления Роструда Михаил Леонтьев.",
     "Михаил Леонтьев", "управление Федеральной службы по труду и занятости"),
    # ... but not from a name in another case: unsure, the text's form stays
    ("Федеральная служба по труду и занятости (Роструд) подписала соглашение. Документ "
     "подписал начальник управления Роструда Михаил Леонтьев.",
     "Михаил Леонтьев", "управление Роструда"),
    # ... a country's abbreviation stays
    ("Документ подписал министр труда и социальной защиты РФ Антон Котяков.",
     "Антон Котяков", "Министерство труда и социальной защиты РФ"),
    # ... an abbreviation the text never spells out stays as written
    ("Документ подписал управляющий Отделением СФР по Омской области Иван Петров.",
     "Иван Петров", "Отделение СФР по Омской области"),
    # _whole_genitive_chain: a role phrase cut inside its body's genitive chain
    ("Начальник отдела содействия занятости инвалидов регионального кадрового центра Оксана "
     "Мухина рассказала о вакансиях.", "Оксана Мухина",
     "отдел содействия занятости инвалидов регионального кадрового центра"),
    # _specific_org: a lower-case body named before with a place in its chain; a generic
    # name with its own adjective
    ("Соглашение заключили Главное управление социальной защиты населения Курганской "
     "области и департаментом социального развития Тюменской области. Его подписали "
     "начальник главного управления Людмила Беспалова и директор департамента Ольга "
     "Кудрявцева.", "Ольга Кудрявцева", "Департамент социального развития Тюменской области"),
    # _side_named_before: "со стороны" + the side, the one named before if generic
    ("Министерство подписало соглашение с благотворительным фондом «Добрые руки».\n"
     "Со стороны фонда — его директор Иван Петров.", "Иван Петров",
     "Фонд «Добрые руки»"),
    # ... the NER's span taking in a word before the head: the head starts the name
    ("В четверг на стенде Новосибирска комитет по труду и занятости населения Новосибирска "
     "и компания «Сибирь» подписали соглашение. Документ подписал председатель комитета "
     "Иван Петров.", "Иван Петров", "Комитет по труду и занятости населения Новосибирска"),
    # the nominative of a superlative keeps its written stem (normalize.inflect_word)
    ("Ректор Высшей школы экономики Ярослав Кузьминов выступил на форуме.",
     "Ярослав Кузьминов", "Высшая школа экономики"),
]


@pytest.mark.parametrize(("text", "name", "org"), REGIONAL_CASES)
def test_organisation_in_regional_news(models: Models, text: str, name: str,
                                       org: str) -> None:
    found = parsed_officials(models, text)
    assert name in found, found
    assert found[name][1] == org


# ---------------------------------------------------------------------------------------
# round 14 (unseen text): the body of a post's kind, of the same post named before, named
# after a person, a kind noun with its name, a post joined by "и"
# ---------------------------------------------------------------------------------------

# (text, name, the organisation expected) -- one row per pass and per side of it
UNSEEN_CASES = [
    # _body_of_the_posts_kind: a judge of the court named before
    ("Басманный суд Москвы рассмотрел жалобу адвокатов. Судья Елена Ленская отклонила "
     "ходатайство.", "Елена Ленская", "Басманный суд Москвы"),
    # ... not of a body of another kind
    ("Компания «Ромашка» подала иск. Судья Елена Ленская отклонила его.",
     "Елена Ленская", None),
    # _same_post_named_before: "генсек" after "генеральный секретарь НАТО"
    ("Генеральный секретарь НАТО выступил в Брюсселе с докладом. Доклад обсудили в "
     "Еврокомиссии. Генсек Йенс Столтенберг призвал союзников увеличить расходы.",
     "Йенс Столтенберг", "НАТО"),
    # ... or with an organisation noun and its name in quotes
    ("Генеральный директор компании «Ромашка» подал в отставку. Акции упали. Гендиректор "
     "Иван Петров ушёл из компании в пятницу.", "Иван Петров", "Компания «Ромашка»"),
    # _org_named_after_person: the name after the body noun is someone else's
    ("Иван Петров, директор музея Андрея Рублёва, открыл выставку икон.",
     "Иван Петров", "музей Андрея Рублёва"),
    # ... but not the official's own name after his post
    ("Директора фонда Ивана Петрова наградили орденом.", "Иван Петров", "фонд"),
    # _kind_noun_with_name: the generic word stands for the body of its kind named before
    # with its name, in quotes or in Latin letters
    ("В журнале ''The Atlantic Monthly'' вышла статья о выборах. Главред издания Джеймс "
     "Беннет прокомментировал её.", "Джеймс Беннет", "The Atlantic Monthly"),
    # ... nearer than another body the NER tagged
    ("Группа Blackstar выпустила альбом. В журнале ''Rolling Stone'' вышла рецензия. "
     "Главред издания Джеймс Беннет прокомментировал её.", "Джеймс Беннет", "Rolling Stone"),
    # _belongs_to_a_body: an adjective before "директор" makes no figure of speech
    ("В заявлении компании «Ромашка» говорится, что на должность руководителя назначен её "
     "операционный директор Иван Петров.", "Иван Петров", "Ромашка"),
    # ... a participle post too ("управляющий"), whose lemma is no verb's here
    ("Совет директоров МВФ собрался в Вашингтоне. Выборы нового руководителя фонда "
     "понадобились после того, как прежний управляющий фонда Иван Петров ушёл в отставку.",
     "Иван Петров", "МВФ"),
    # _body_of_post: "премьер страны" sits in the state's government
    ("Выборы в Дании выиграла оппозиция. Действующий премьер страны Ларс Петерсен признал "
     "поражение.", "Ларс Петерсен", "Правительство Дании"),
    # _org_named_before: a deputy minister with no field is of the body named before
    ("Делегация Минобороны прибыла в Казань, в том числе замминистра Иван Петров.",
     "Иван Петров", "Минобороны"),
    # _body_of_a_coordinated_post: two posts joined by "и" share the second's body
    ("Иван Петров, председатель правления и управляющий компании Berkshire Hathaway, "
     "выступил.", "Иван Петров", "Компания Berkshire Hathaway"),
    # _org_between_post_and_name: a name in quotes the NER left untagged
    # the quotes kept as for '"Samsung"' (nerel86: wiki's two apostrophes are a quote mark)
    ("Центральный районный суд Сеула выдал ордер на арест фактического главы ''Samsung'' "
     "Ли Джэён.", "Ли Джэён", '"Samsung"'),
    # _led_org: the object of "руководить" ends before a short adjective
    ("В этом матче столичной командой должен был руководить Иван Петров, который подал в "
     "отставку с поста главного тренера.", "Иван Петров", "столичная команда"),
]


@pytest.mark.parametrize(("text", "name", "org"), UNSEEN_CASES)
def test_organisation_on_unseen_text(models: Models, text: str, name: str,
                                     org: str | None) -> None:
    found = parsed_officials(models, text)
    assert name in found, found
    assert found[name][1] == org


def test_same_post_too_far_back_is_not_taken(models: Models) -> None:
    """The same post named more than ``ANAPHORA_SENTENCES`` sentences before is not
    looked at: the text has moved on."""
    text = ("Генеральный секретарь НАТО выступил в Брюсселе. Дождь шёл весь день. Улицы "
            "опустели. Магазины закрылись рано. Вечером генсек Йенс Столтенберг уехал.")
    # (with a window of ten sentences the same text gives "НАТО")
    found = parsed_officials(models, text)
    assert "Йенс Столтенберг" in found, found
    assert found["Йенс Столтенберг"][1] != "НАТО"


@pytest.mark.parametrize(("org", "cut"), [
    ("Зимбабве на фоне борьбы за место преемника", "Зимбабве"),
    ("американские ВВС и даже после того, как оставил", "американские ВВС"),
    ("Министерство труда в связи с реформой", "Министерство труда"),
    # a body's own name stays whole, and so does a phrase that starts with the word
    ("Движение против нелегальной иммиграции", "Движение против нелегальной иммиграции"),
    ("после школы", "после школы"),
    (None, None),
])
def test_org_without_circumstance(org: str | None, cut: str | None) -> None:
    assert _without_circumstance(org) == cut
