"""Signatories told by who represented each side (sig44): the legal formula "в лице" naming
two representatives joined by "и", in a sentence about the sides of the agreement signed
two sentences before ("Стороны соглашения выступают в лице министра X и министра Y"); a
body, a side or a group "represented" by its head in the sentence after the signing
("Омское министерство представлял его руководитель X, курганский департамент —
директор Y"); and a row of such sentences after a named signing, one per side of a
three-sided agreement; and sides' signers given by post first ("подпись под соглашением
поставил его директор, со стороны фонда — управляющий"), each named in full with that post
in the sentences right after. Every probe is written here in words of its own; the
negatives are a representation that is no signing (a project presented, a region
represented at a forum with nothing signed), a sentence that signs an agreement of its
own, and a post whose holder is not named next."""

from __future__ import annotations

from functools import partial

import probes
import pytest

PUB = "2025-06-18"

signer_surnames = partial(probes.signer_surnames, published=PUB)

SIGNED = ("Министерство социального развития Пензенской области и министерство труда "
          "Саратовской области заключили соглашение о сотрудничестве в сфере социальной "
          "защиты. ")

REPRESENTED = [
    # two representatives in one "в лице" phrase, past a ceremony aside
    (SIGNED + "Церемония прошла вчера в Саратове. Стороны соглашения выступают в лице "
     "министра социального развития Пензенской области Марины Игоревны Волковой и "
     "министра труда Саратовской области Игоря Петровича Жукова.",
     ["волкова", "жуков"]),
    # the same, the sides as the subject with the formula and a comma aside
    (SIGNED + "Стороны соглашения, как сказано в документе, действуют в лице министра "
     "Марины Волковой и министра Игоря Жукова.",
     ["волкова", "жуков"]),
    # each body represented by its head, the second clause without its verb
    (SIGNED + "Пензенское министерство представлял его руководитель Сергей Орлов, "
     "саратовское — министр Игорь Жуков.",
     ["жуков", "орлов"]),
    # the body opening the sentence (tagged a proper noun), past a ceremony aside
    (SIGNED + "Церемония прошла в Саратове. Министерство представляла министр Марина "
     "Волкова, фонд — председатель правления Игорь Жуков.",
     ["волкова", "жуков"]),
    # a body in the accusative first, the verb before a long post
    (SIGNED + "Саратовское министерство на церемонии представляла первый заместитель "
     "министра Анна Котова, пензенское министерство — министр Марина Волкова.",
     ["волкова", "котова"]),
]


ROW = [
    # three sides told one after another, the third by "представляли"
    ("В Пензе подписали трехстороннее соглашение между правительством области, "
     "профсоюзами и работодателями. От имени правительства соглашение подписал вице-"
     "губернатор Олег Мельников. Со стороны профсоюзов подпись поставил председатель "
     "федерации профсоюзов Павел Рябов. Работодателей представляли президент "
     "регионального союза промышленников Николай Зуев и исполнительный директор союза "
     "Ольга Сомова.",
     ["зуев", "мельников", "рябов", "сомова"]),
    # the third side by "со стороны", the row of sentences after the first signer
    ("В Пензе подписали трехстороннее соглашение между правительством области, "
     "профсоюзами и работодателями. От имени правительства соглашение подписал вице-"
     "губернатор Олег Мельников. Со стороны профсоюзов подпись поставил председатель "
     "федерации профсоюзов Павел Рябов. Со стороны работодателей документ подписал "
     "президент регионального союза промышленников Николай Зуев.",
     ["зуев", "мельников", "рябов"]),
]


NOT_REPRESENTED = [
    # a project presented (the perfective, a thing): no signer
    (SIGNED + "Пензенское министерство представило проект центра долговременного ухода, "
     "его показал заместитель министра Сергей Орлов.",
     []),
    # after a signing with its signers, a region represented at a forum signs nothing more
    (SIGNED + "Документ подписали министр Марина Волкова и министр Игорь Жуков. Оба "
     "министра затем выступили на пленарном заседании форума. Пензенскую область на "
     "форуме также представлял ректор университета Андрей Гуляков.",
     ["волкова", "жуков"]),
    # "в лице" of the sides in a sentence that signs another agreement of its own
    (SIGNED + "Кроме того, министерство труда заключило соглашение с фондом «Опора» в "
     "лице его председателя Татьяны Рябовой.",
     []),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "signers"), NOT_REPRESENTED)
def test_not_represented(models, text: str, signers: list[str]) -> None:
    assert signer_surnames(models, text)[0] == signers


POST_FIRST = [
    # each side's post, its holder named in the next two sentences, another director before
    ("Директор департамента дорожного хозяйства Максим Ершов рассказал о ремонте улиц. В "
     "Перми подписано соглашение между Департаментом социальной защиты Пермского края и "
     "Отделением Социального фонда по Пермскому краю. Со стороны департамента подпись под "
     "соглашением поставил его директор, со стороны Отделения — управляющий. Директор "
     "департамента Павел Рябов пояснил, что выплаты станут быстрее. Управляющий "
     "Отделением Ольга Сомова добавила, что обмен пойдет через ЕГИССО.",
     ["рябов", "сомова"]),
]


NOT_NAMED_NEXT = [
    # the one named next holds another post (a deputy of the director): not the signer
    ("В Перми подписано соглашение между Департаментом социальной защиты Пермского края и "
     "Отделением Социального фонда по Пермскому краю. Со стороны департамента подпись под "
     "соглашением поставил его директор, со стороны Отделения — управляющий. Заместитель "
     "директора департамента Ольга Сомова пояснила, что выплаты станут быстрее. Обмен "
     "пойдет через ЕГИССО.", {"сомова"}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "not_signers"), NOT_NAMED_NEXT)
def test_post_first_needs_every_holder(models, text: str, not_signers: set[str]) -> None:
    found = signer_surnames(models, text)
    assert found and not {n for who in found for n in who} & not_signers


@pytest.mark.slow
@pytest.mark.parametrize(("text", "signers"), probes.table_params(
    represented=REPRESENTED, row=ROW, post_first=POST_FIRST))
def test_sides_signers(models, text: str, signers: list[str]) -> None:
    assert signer_surnames(models, text) == [signers]
