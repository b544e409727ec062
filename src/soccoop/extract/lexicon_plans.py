"""Words the passes of planned agreements read (agrplan, ``extract.agreements``), kept apart
from the rules."""

from __future__ import annotations

from soccoop.extract.lexicon_signers import OTHER_PAPERS

# Nouns of talks or of an accord reached with a partner: "по итогам переговоров с
# министерством ...", "достигнута договорённость с департаментом ...". The partner of such
# a noun is a side of the plan "стороны договорились подготовить соглашение" told with it.
TALK_NOUNS = frozenset({"переговоры", "договорённость", "договоренность", "встреча",
                        "консультация", "беседа"})

# Prepositions of such a partner ("переговоры с X", "встреча со Y").
TALK_PARTNER_PREPOSITIONS = frozenset({"с", "со"})
# agr48: how many sentences back such talks may be told before "стороны договорились ..."
TALKS_REACH = 2

# How many sentences back the occasion an agreement's "стороны" took part in may be told
# ("Делегация ... находилась с визитом в Омске. ... По итогам визита стороны ...").
OCCASION_SIDES_REACH = 6
# ... and for a plan whose sentence does not name the occasion: the sentences just before.
PLAN_OCCASION_REACH = 2

# Head nouns of a company a bare subject may name ("завод, министерство и агентство
# договорились ..."), besides ``lexicon.ORG_HEADS`` and ``lexicon.BODY_HEADS``.
COMPANY_HEADS = frozenset({"завод", "фабрика", "комбинат", "холдинг", "компания",
                           "предприятие"})

# history64: the class of head nouns that name any commercial company by its kind, whatever
# its trade ("предприятие", "компания"): a bare one stands for a body whose name opens with a
# commercial legal form ("ООО «Северный профиль»", ``lexicon_regions.COMMERCIAL_FORMS``)
# though no word of that name is the noun (``agreement_sides._named_before``).
ANY_COMPANY_NOUNS = frozenset({"предприятие", "компания"})

# How many sentences back a bare subject's named body may be told.
NAMED_BEFORE_REACH = 6

# Verbs of charging someone with an act ("подписать документ поручено министру ...").
ASSIGN_VERBS = frozenset({"поручить", "поручать", "доверить", "доверять"})

# sig50: verbs of an act falling due to someone, whose dative is its doer as with a verb of
# charging ("Подписать документ предстоит министру X и директору Y"); rounds41: an
# impersonal verb of intent with such a dative ("Подписать документ предполагается
# министру X").
DUE_VERBS = frozenset({"предстоять", "надлежать", "предполагаться"})

# pair68: impersonal verbs of need whose subject is an infinitive ("потребовалось заключить
# новое соглашение"): told in the past, the need a new agreement answered
# (merge_rules.need_of_signed_new).
NEED_VERBS = frozenset({"потребоваться", "понадобиться", "прийтись", "требоваться"})

# Objects of such a signing that are the agreement told ("подписать документ", "...его").
DOCUMENT_OBJECTS = frozenset({"документ", "соглашение", "меморандум", "договор", "он",
                              "оно"})

# stat30: the adjective of readiness that tells a signing to come ("документ будет готов к
# подписанию в первом полугодии") and the preposition of its goal.
READY_WORDS = frozenset({"готовый", "готов"})
READY_GOAL_PREPOSITIONS = frozenset({"к"})

# fixplanned70: words of plan (of ``PLAN_HEADS``) that tell a person's own readiness or
# intent, never an impersonal need or duty: with no subject of their own in the clause of a
# verb of telling, the teller is the one who will sign ("заявил, что готов подписать
# документ"); "напомнил, что подписать документ должны до конца месяца" tells no one's.
PERSONAL_PLAN_HEADS = frozenset({"готовый", "готов", "намерен", "намереваться", "хотеть",
                                 "желать", "собираться"})

# stat30: nouns of a part of a year whose year a plan is dated by ("в первом полугодии",
# "на второе полугодие", "в третьем квартале"): word stems, any case.
YEAR_PART_STEMS = ("полугоди", "квартал")

# stat30: a part of a year a signing is scheduled for, after "на" ("подписание намечено на
# второе полугодие", "перенесли на третий квартал") and its months, as ``datewords.
# YEAR_PARTS`` reads the same parts after "в".
YEAR_PARTS_SCHEDULED = {r"первый\s+квартал": (1, 2, 3), r"второй\s+квартал": (4, 5, 6),
                        r"третий\s+квартал": (7, 8, 9),
                        r"четв[её]ртый\s+квартал": (10, 11, 12),
                        r"первое\s+полугодие": (1, 2, 3, 4, 5, 6),
                        r"второе\s+полугодие": (7, 8, 9, 10, 11, 12)}

# status52: a class, the verbs of hope a speaker tells a plan of his own by, over a signing
# infinitive: "надеемся подписать его летом"; after a conditional signing
# they tell it still to come (``status._signing_told``)
HOPE_VERBS = frozenset({"надеяться"})

# plan54: a class, the verbs of authorising someone to act, whose subject a signing
# infinitive under them names as the one who will sign ("Подписать соглашение уполномочен
# вице-губернатор ...": ``plan_signers.signing_subjects``).
AUTHORIZE_VERBS = frozenset({"уполномочить", "уполномочивать"})


# plan54: how many sentences after a planned record's own sentence its story may name the
# ones who will sign it (``plan_signers.planned_story_signers``).
PLANNED_SIGNER_REACH = 8

# plan54: how many sentences after a roadmap's draft approved ("одобрен проект дорожной
# карты") may tell its signing still to come (``candidate_status.draft_to_sign``).
DRAFT_SIGNING_REACH = 3

# fixplan54: a class, the verbs by which a body approves or works on a draft ("Совет одобрил
# проект дорожной карты", "Министерство подготовило проект карты"): a roadmap's draft
# under one of them may be a plan of its sides (``candidate_status.draft_to_sign``); a
# draft rejected or merely named ("отклонил проект") is none.
DRAFT_WORK_VERBS = frozenset({
    "одобрить", "одобрять", "утвердить", "утверждать", "согласовать", "согласовывать",
    "поддержать", "поддерживать", "принять", "принимать", "подготовить", "готовить",
    "разработать", "разрабатывать", "доработать", "дорабатывать", "обсудить", "обсуждать",
    "рассмотреть", "рассматривать", "составить", "составлять", "представить",
    "представлять", "направить", "направлять", "внести", "вносить"})

# fixplan54: a class, the papers other than an agreement whose naming in a planned record's
# story ends the story its signers are read in ("Также администрация заключит контракт на
# ремонт дороги. Его подпишет глава района": the contract's signer, not the plan's;
# ``plan_signers._story_planned``). The signers' other papers and the contracts.
STORY_OTHER_PAPERS = OTHER_PAPERS - {"протокол"} | frozenset({
    "контракт", "госконтракт", "акт", "смета"})
