"""Officials, as a general rule (nerel52): an occupation noun in the singular names a post
by the body it serves right after it in the genitive, with a field after "по" between at
most ("юрист общественной приёмной", "специалист по социальной работе центра"); alone, or
in the plural, it stays an occupation (``SERVING_HEADS``, ``SERVED_BODIES``).

Each probe is worded for this file (other regions, bodies and names than the corpus); the
tables give the text, the person and the expected (position, organisation)."""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.nlp import Models

SERVING = [
    ("На приёме граждан консультировал юрист районной организации профсоюза учителей "
     "Олег Ветров.", "Олег Ветров", ("юрист", "районная организация профсоюза учителей")),
    ("Юрист общественной приёмной Максим Орехов напомнил о сроках подачи заявлений.",
     "Максим Орехов", ("юрист", "общественная приёмная")),
    ("Юрисконсульт фонда Вера Климова разъяснила порядок выплат.", "Вера Климова",
     ("юрисконсульт", "фонд")),
    ("Семью навестила специалист по социальной работе городского центра помощи семье "
     "Елена Гусева.", "Елена Гусева",
     ("специалист по социальной работе", "городской центр помощи семье")),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "expected"), SERVING)
def test_a_post_by_the_body_served(models: Models, text: str, name: str,
                                   expected: tuple[str | None, str | None]) -> None:
    probes.check_official(models, text, name, expected)


NO_POST = [
    # no body after the occupation
    "Юрист Олег Ветров дал бесплатную консультацию.",
    # a field but no body
    "Специалист по налогам Вера Климова ответила на вопросы.",
    # the plural: the body's staff, an occupation
    "Юристы фонда Олег Ветров и Вера Климова провели приём.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", NO_POST)
def test_an_occupation_alone_is_no_post(models: Models, text: str) -> None:
    assert probes.officials_of(models, text) == {}
