"""pair68: stray and duplicate agreement records.

- ``merge_extra.adjective_side`` and ``signing_of_that_side``: "С кировской стороны
  соглашение подписал министр ..." is one side's signer of the signing with that region's
  body, told among several at once, not a record of its own;
- ``merge_rules.without_counted_summaries``: "Область подписала соглашения с тремя
  соседними регионами" above the signings told one by one is no record;
- ``merge_rules.same_signers_again``: a signing told again by its signers only (a photo
  caption, "Соглашение подписали председатель ... и директор ...") joins their record;
- ``merge_rules.need_of_signed_new``: "поэтому потребовалось заключить новое соглашение"
  is the reported signing, not a plan;
- ``coreference.subject_head_body`` (``agreement_sides.bare_subject_body``): "департамент
  планирует заключить" gets the department the document names in full.
"""

from __future__ import annotations

import pytest
from probes import agreements_of

PUB = "2024-10-11"
HEAD = "Новости региона\n\n11 октября 2024, 10:00\n\n"

THREE_SIGNINGS = "\n\n".join([
    ('Калужская область подписала соглашения о сотрудничестве в социальной сфере с '
     'тремя соседними регионами'),
    ('Вчера на форуме «Социальный диалог» министр социальной политики Калужской '
     'области Ольга Белова подписала соглашения о сотрудничестве с министерством '
     'социальной защиты населения Тульской области, министерством социальной защиты '
     'населения Брянской области и министерством труда и социальной защиты Орловской '
     'области.'),
    ('Открывая форум, заместитель губернатора Калужской области Иван Смирнов отметил: '
     '«У Тульской области сильная работа с пенсионерами, у Брянской – с семьями, у '
     'Орловской – с людьми с инвалидностью».'),
    ('Сегодня работа форума продолжится на выездных площадках.'),
    ('С тульской стороны соглашение подписал министр социальной защиты населения '
     'Тульской области Игорь Лебедев. Документ предусматривает обмен опытом в развитии '
     'долговременного ухода.'),
    ('От Брянской области документ подписал заместитель министра социальной защиты '
     'населения Брянской области Пётр Новиков.'),
])


def test_summary_and_side_signer_join_the_signings(models):
    agreements = agreements_of(models, HEAD + THREE_SIGNINGS, PUB)
    assert len(agreements) == 3
    assert all(len(a.parties) == 2 for a in agreements)
    tula = [a for a in agreements if any("Тульской" in p.name for p in a.parties)]
    assert len(tula) == 1 and any("Лебедев" in s for s in tula[0].signatories)


CAPTION = "\n\n".join([
    ('Подписано соглашение о сотрудничестве между Калужской епархией и министерством '
     'социального развития области'),
    ('Соглашение о сотрудничестве в сфере социального служения подписали 10 октября '
     'Калужская епархия Русской Православной Церкви и министерство социального '
     'развития Калужской области.'),
    ('Подпись под документом со стороны епархии поставил руководитель отдела по '
     'церковной благотворительности и социальному служению Калужской епархии '
     'протоиерей Иоанн Петров, со стороны министерства — министр социального развития '
     'Калужской области Анна Викторовна Сидорова.'),
    ('Документ предусматривает помощь одиноким пожилым людям.'),
    ('[Фото] Протоиерей Иоанн Петров и А.В. Сидорова подписывают соглашение'),
])


SIGNERS_BY_POSTS = "\n\n".join([
    ('10 октября в Калуге состоялось подписание соглашения о сотрудничестве между '
     'Калужским региональным отделением Общероссийской общественной организации «Союз '
     'пенсионеров России» и Государственным автономным учреждением Калужской области '
     '«Комплексный центр социального обслуживания населения Козельского района».'),
    ('Соглашение подписали председатель регионального отделения В.П. Морозов и '
     'директор центра Т.А. Белкина.'),
])


@pytest.mark.parametrize("body", [CAPTION, SIGNERS_BY_POSTS], ids=["caption", "by_posts"])
def test_signing_told_again_by_its_signers(models, body):
    agreements = agreements_of(models, HEAD + body, PUB)
    assert len(agreements) == 1


def test_same_signers_with_own_partner_kept(models):
    # negative: a mention with a partner of its own ("с ...") is left to the other rules
    body = CAPTION + ("\n\nКроме того, министр Анна Викторовна Сидорова и протоиерей Иоанн "
                      "Петров подписали соглашение с региональным отделением Союза "
                      "пенсионеров России.")
    assert len(agreements_of(models, HEAD + body, PUB)) == 2


def test_past_need_of_new_agreement_is_the_signing(models):
    body = ("10 октября министр труда Калужской области Олег Иванов и председатель "
            "регионального отделения Союза пенсионеров России Мария Котова подписали "
            "соглашение о сотрудничестве. Прежнее соглашение заключил ещё департамент "
            "труда Калужской области. В 2024 году департамент был преобразован в "
            "министерство, поэтому потребовалось заключить новое соглашение.")
    agreements = agreements_of(models, HEAD + body, PUB)
    assert [a.status for a in agreements if a.status == "planned"] == []


def test_future_need_stays_a_plan(models):
    # negative: a need still to come ("потребуется") is a plan
    body = ("Министр труда Калужской области Олег Иванов сообщил, что в связи с "
            "реорганизацией потребуется заключить новое соглашение с региональным "
            "отделением Союза пенсионеров России.")
    agreements = agreements_of(models, HEAD + body, PUB)
    assert [a.status for a in agreements] == ["planned"]


def test_bare_department_subject_is_the_named_department(models):
    body = ("Директор департамента труда и социальной защиты населения Тверской области "
            "Анна Орлова подписала соглашение с уполномоченным по правам человека. "
            "Аналогичные соглашения департамент в ближайшее время планирует заключить с "
            "администрациями Кимрского и Конаковского муниципальных округов.")
    agreements = agreements_of(models, HEAD + body, PUB)
    planned = [a for a in agreements if a.status == "planned"]
    assert len(planned) == 2
    for a in planned:
        assert any(p.name.lower().startswith("департамент труда") for p in a.parties)
