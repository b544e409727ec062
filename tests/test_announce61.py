"""announce61 (round 61 of issue 9, branch announce61): the signers of a planned signing as
the text announces them.

- a planned record told after its story (the merge took a programme line "11:00 –
  Подписание …" for its own sentence, or the date stage turned it planned after the record
  passes) takes the signers its story announces (``plan_signers._story_planned`` with the
  page's one planned record, ``coreference.signers_of_late_plans``), unless its own sentence
  tells a signing done (``plan_signers.signing_told_done``: a recalled agreement);
- the persons in the dative of an impersonal word of plan over a signing infinitive
  ("Подписать документ предстоит министру …", ``plan_signers.dative_signers``);
- the subject of an analytic future the parse read apart ("Подписывать договор будет
  директор …", ``plan_signers.inverted_future_subjects``);
- the words after the dash of a side's clause with its verb left out ("…, со стороны
  университета — ректор …", ``plan_signers.elided_side_signers``).

Every probe is written here, in words of its own. On b61dev the functions named above do not
exist (their tables fail to import), and the probes ``inverted`` and ``told_after`` of
``ANNOUNCED`` fail (one signer, none)."""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.syntax import ensure_parsed

PUB = "2024-05-14"

MIN = "Министерство социальной политики Энской области"
UNI = "Энский государственный университет"

# (id, text, the planned records' signers, each sorted)
ANNOUNCED = [
    # the analytic future read apart: "будет" hung below the signing infinitive
    ("inverted",
     f"{MIN} и благотворительный фонд «Тёплый дом» готовятся подписать соглашение о помощи "
     "одиноким пенсионерам.\nПодписывать соглашение со стороны фонда будет именно Олег "
     "Иванович Лыков, со стороны министерства — Анна Петровна Котова.",
     [["Анна Петровна Котова", "Олег Иванович Лыков"]]),
    # the record's own sentence is the programme line below its story
    ("told_after",
     "Завтра в Энске будет подписано соглашение о помощи пожилым между министерством "
     "социальной политики Энской области и Энским отделением Союза пенсионеров России.\n"
     "Оно определит порядок помощи одиноким людям.\nПодписи под ним поставят министр "
     "Анна Петровна Котова и председатель отделения Олег Иванович Лыков.\n\nПлан "
     "мероприятий на пятницу.\n\n11:00 – Подписание соглашения о помощи пожилым между "
     "министерством социальной политики Энской области и Энским отделением Союза "
     "пенсионеров России. Большой зал.",
     [["Анна Петровна Котова", "Олег Иванович Лыков"]]),
    # the dative of "предстоит" beside a pronoun
    ("dative",
     f"{MIN} и {UNI} в сентябре подпишут соглашение о стажировках студентов-психологов.\n"
     "Об этом рассказала министр социальной политики Энской области Анна Петровна Котова.\n"
     "Подписать документ предстоит ей и ректору университета Олегу Ивановичу Лыкову.",
     [["Анна Петровна Котова", "Олег Иванович Лыков"]]),
    # the elided side's clause after a future signing
    ("elided",
     f"{MIN} и {UNI} в сентябре подпишут соглашение о стажировках студентов-психологов.\n"
     "Со стороны ведомства документ подпишет сама министр Анна Петровна Котова, со стороны "
     "университета — ректор Олег Иванович Лыков.",
     [["Анна Петровна Котова", "Олег Иванович Лыков"]]),
    # guard (fixannounce61): a plan told with its own verb takes no signers of a document
    # told before it, another paper's
    ("guard_before",
     "На следующей неделе документ подпишет губернатор Энской области Иван Петрович "
     "Гусев.\nОн касается награждения волонтёров.\nВ следующем году министерство социальной "
     "политики Энской области и фонд «Заря» планируют заключить соглашение о помощи "
     "многодетным семьям.",
     [[]]),
    # guard: the one who tells the plan signs nothing
    ("guard_teller",
     f"{MIN} и {UNI} в сентябре подпишут соглашение о стажировках студентов-психологов.\n"
     "Министр Анна Петровна Котова планирует подписать его вместе с ректором, сообщил "
     "заместитель министра Пётр Сергеевич Гусев.",
     [["Анна Петровна Котова"]]),
]


@pytest.mark.parametrize(("text", "expected"), probes.named_rows(ANNOUNCED))
def test_announced_signers(models, text: str, expected: list) -> None:
    assert probes.signers_of(models, text, PUB, ("planned",)) == expected


# guard: a signing told done keeps its signers and stays signed (no planned record)
def test_signed_record_untouched(models) -> None:
    text = (f"{MIN} и {UNI} подписали соглашение о стажировках студентов-психологов.\n"
            "Со стороны ведомства документ подписала сама министр Анна Петровна Котова, со "
            "стороны университета — ректор Олег Иванович Лыков.")
    assert probes.signers_of(models, text, PUB) == [["Анна Петровна Котова",
                                                     "Олег Иванович Лыков"]]
    assert probes.signers_of(models, text, PUB, ("planned",)) == []


def _words(models, sentence: str, found) -> list[str]:
    sent = ensure_parsed(models.analyse(sentence).sentences[0], models)
    return [sent.tokens[i].text for i in sorted(found(sent))]


# (sentence, the dative words read)
DATIVES = [
    ("Подписать соглашение предстоит министру Анне Котовой и ректору Олегу Лыкову.",
     ["министру"]),
    ("Подписать документ предстоит ей и директору фонда Олегу Лыкову.", ["ей"]),
    # guard: a personal verb of plan, its subject signs (read elsewhere), no dative
    ("Министр планирует подписать соглашение с ректором Олегом Лыковым.", []),
    # guard: a signing told done
    ("Подписать соглашение министру Анне Котовой удалось ещё в мае.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), DATIVES)
def test_dative_signers(models, sentence: str, expected: list) -> None:
    from soccoop.extract.plan_signers import dative_signers
    assert _words(models, sentence, dative_signers) == expected


# (sentence, the subjects read)
INVERTED = [
    ("Подписывать договор со стороны фонда будет его директор Олег Котов.", True),
    # guard: a past "был" tells no signing to come
    ("Подписывать договор со стороны фонда был уполномочен директор Олег Котов.", False),
    # guard: negated
    ("Не подписывать же договор будет директор Олег Котов.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), INVERTED)
def test_inverted_future_subjects(models, sentence: str, expected: bool) -> None:
    from soccoop.extract.plan_signers import inverted_future_subjects
    assert bool(_words(models, sentence, inverted_future_subjects)) is expected


# (sentence, a word that must be read, a word that must not)
ELIDED = [
    ("Со стороны фонда документ подпишет директор Олег Котов, со стороны университета — "
     "ректор Иван Лыков.", "Лыков", "университета"),
    # guard: a side's clause with no dash names no signer
    ("Со стороны фонда документ подпишет директор Олег Котов, со стороны университета "
     "ректор пока не назван.", None, "ректор"),
]


@pytest.mark.parametrize(("sentence", "present", "absent"), ELIDED)
def test_elided_side_signers(models, sentence: str, present: str | None, absent: str) -> None:
    from soccoop.extract.plan_signers import elided_side_signers, signing_subjects
    words = _words(models, sentence,
                   lambda sent: elided_side_signers(sent, signing_subjects(sent)))
    assert absent not in words
    if present is not None:
        assert present in words


# (sentence, a signing told done): the page's one planned record told after its story takes
# the story's signers only when its own sentence tells no signing done
TOLD_DONE = [
    ("Год назад фонд заключил соглашение с обществом глухих.", True),
    ("Соглашение с колледжем было подписано ещё весной.", True),
    # guards: a signing to come, a negated one, a past verb of no signing
    ("Соглашение с колледжем будет подписано в пятницу.", False),
    ("Отдельных документов стороны пока не подписывали.", False),
    ("До сих пор работа строилась на устных договорённостях.", False),
]


# (sentence, a signing told by a verb): fixannounce61, the regular pass's one planned record
# reads a story before it only when its own sentence tells its signing by no verb
SIGNING_VERBS = [
    ("Министерство и фонд планируют заключить соглашение о помощи семьям.", True),
    ("Документ подпишут министр и ректор.", True),
    # guards: a programme line, a quote on what the agreement will do, a negated signing
    ("11:00 – Подписание соглашения о помощи пожилым. Большой зал.", False),
    ("«Новое соглашение закрепит порядок нашей совместной работы», — сказала министр.", False),
    ("Отдельных договоров с колледжем министерство пока не заключало.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), SIGNING_VERBS)
def test_signing_verb(models, sentence: str, expected: bool) -> None:
    from soccoop.extract.plan_signers import signing_verb
    sent = ensure_parsed(models.analyse(sentence).sentences[0], models)
    assert signing_verb(sent) is expected


@pytest.mark.parametrize(("sentence", "expected"), TOLD_DONE)
def test_signing_told_done(models, sentence: str, expected: bool) -> None:
    from soccoop.extract.plan_signers import signing_told_done
    sent = ensure_parsed(models.analyse(sentence).sentences[0], models)
    assert signing_told_done(sent) is expected


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, plan_signers=("_story_planned", "planned_story_signers",
                                                        "dative_signers",
                                                        "inverted_future_subjects",
                                                        "elided_side_signers", "signing_told_done",
                                                        "signing_verb"),
                                          coreference=("signers_of_late_plans",))
