"""Words the signer-shape passes (extract.signer_shapes) read; the rules live there."""

from __future__ import annotations

# Subjects of a signing that stand for people named before, not for themselves:
# "Стороны подписали соглашение", "Руководители подписали документ", "Они подписали ...".
COLLECTIVE_SUBJECTS = frozenset({"сторона", "руководитель", "они", "глава", "коллега",
                                 "партнёр", "партнер"})

# Verbs of two people meeting, whose participants a collective signing takes up:
# "Министр встретилась с министром ... X", "Губернатор встречался с ...", and of people
# taking part together: "В церемонии участвовали министр X и министр Y. Они подписали ...".
MEETING_VERBS = frozenset({"встретиться", "встречаться", "участвовать"})

# Verbs that hold a meeting as their object ("провела рабочую встречу с X") and the
# meeting nouns they hold.
HOLDING_VERBS = frozenset({"провести", "проводить"})
MEETING_NOUNS = frozenset({"встреча", "переговоры", "переговор"})

# sigpool95: how many sentences after an agreement's own may say that others signed
# "together with" its signer named just before ("Вместе с ним подписи поставили X и Y").
ALONG_REACH = 6

# Prepositions of the partner one meets: "встретилась с министром X".
PARTNER_PREPOSITIONS = frozenset({"с", "со"})

# sig44: how many sentences after agreements told together may name each one's own signer
# after its partner ("Соглашение с министерством скреплено подписью X, с центром — Y"),
# and how many words of a partner's phrase may stand between "с" and the word that marks
# it ("с региональным министерством").
PARTNER_SIGNERS_REACH = 3
PARTNER_PHRASE_WORDS = 3

# How many sentences before a collective signing its meeting may stand ("Министр
# встретилась с X. Руководители обсудили ... . Стороны подписали соглашение.").
MEETING_REACH = 3

# How many sentences after a signing or a planned agreement its signers may be listed or
# announced ("Подписи под соглашением поставили:", "Его подпишут X и Y.").
LIST_REACH = 2
# (status48: 3, a plan told with its scheduled day first: "... заключат соглашение. Об этом
# сообщили в пресс-службе. Подписание запланировано на 25 сентября. Подписи под документом
# поставят министр X и ректор Y.")
FUTURE_REACH = 3

# How many list items after a colon are read at most: a list of signers is short.
LIST_ITEMS = 8

# Verbs of a duty or a plan whose dative is who will sign: "Подписать соглашение
# предстоит министру X и министру Y".
DUTY_VERBS = frozenset({"предстоять", "поручить", "поручать"})

# Objects of a future signing that refer back to the planned agreement: "Его подпишут X
# и Y", "Документ подпишут ...".
BACK_OBJECTS = frozenset({"он", "она", "оно", "документ", "соглашение", "меморандум",
                          "договор", "бумага"})

# How many person mentions before a signing are searched for the full name of an
# initials-and-surname signer, or for the holder of a post a meeting names bare.
NAME_LOOKBACK = 40

# Prepositions that make a person on the path to a signing no agent of it: a partner
# ("с министром X"), a witness ("в присутствии X", "при участии X"), a place or an
# occasion ("у губернатора X", "для X", "перед X"). "о сотрудничестве" or "между
# областями" on the path are the agreement's own words and do not cut it.
NON_AGENT_CASES = frozenset({"с", "со", "при", "в", "во", "у", "для", "от", "перед",
                             "после", "кроме"})

# How many head steps a name's token climbs to the signing noun it is the agent of:
# "подписание соглашения о сотрудничестве … министром X" (name → post → … → noun).
AGENT_PATH_MAX = 8

# Reflexive verbs of signing whose subject signs and whose object is named with "под":
# "Под соглашением подписались министр X и министр Y".
SIGNING_REFLEXIVES = frozenset({"подписаться", "подписываться", "расписаться",
                                "расписываться"})

# Subjects of a signing that stand for a person named shortly before, beside a signer
# named in the same sentence: "Вместе с директором X они подписали ...", "Гостья и
# министр X подписали ..." (the sigC pass ``referring_signers``).
REFERRING_SUBJECTS = frozenset({"они", "гость", "гостья", "визитёр", "визитер", "коллега"})

# Referring nouns of either gender ("коллега"): the gender of the word says nothing of
# the person's, so only a single person named before is taken.
COMMON_GENDER_SUBJECTS = frozenset({"коллега"})

# How many sentences before such a signing its referent may be named.
REFERENT_REACH = 2

# sig86: how many sentences back from a first-person announcement of a signing the answer
# turn holding it may open with its dash ("— Кадров не хватает. ... Подписывать его буду я").
TURN_REACH = 6

# Verbs of a plan whose subject is to sign: "Соглашение планируют подписать министр X и
# министр Y" (sigD); "я рассчитываю подписать его в мае" (sig86).
PLAN_SUBJECT_HEADS = frozenset({"планировать", "намереваться", "собираться", "рассчитывать"})

# pair65: indeclinable acting prefixes of a post: the tagger gives "врио" any case (often
# the instrumental), and the parser then cuts the sentence at it, so that "Подписывать его
# будут врио директора департамента X и президент ассоциации Y" has a second root there
# (signer_shapes.acting_prefix_root).
INDECLINABLE_POST_PREFIXES = frozenset({"врио"})

# A noun of the signers and the verbs that make their subject one: "Подписантами станут
# министр X и министр Y" (sigD).
SIGNER_NOUNS = frozenset({"подписант"})

# sig89: a colon clause of nouns alone that names the signers of a signing told before:
# "Подписанты:", "Участники подписания:" (a participant of the signing itself, the
# signing noun its genitive; "Участники встречи:" lists guests).
SIGNING_PARTICIPANTS = frozenset({"участник"})
SIGNING_EVENT_NOUNS = frozenset({"подписание"})
BECOMING_VERBS = frozenset({"стать", "становиться", "быть"})

# Personal pronouns that stand for one person named shortly before, in an announced
# signing subject: "подписывать документ будут руководители — она сама и министр X" (sigD).
PERSONAL_PRONOUNS = frozenset({"он", "она"})
# sig48: the third-person plural pronoun, which stands for the people of the subject of
# the sentence just before when it is an announced signing's whole subject: "Проект
# обсудили министр X и министр Y. Именно они поставят подписи под документом".
PLURAL_PRONOUNS = frozenset({"они"})

# The subject of a signing in an interviewer's question that stands for the one addressed:
# "— Михаил Александрович, вы подписали соглашение с Кузбассом" (sigD).
ADDRESSED_SUBJECTS = frozenset({"вы"})

# The subject of a signing in the interviewee's answer: "Соглашение мы подписали с
# министром X" (sigD).
ANSWER_SUBJECTS = frozenset({"мы", "я"})

# sigpool96: verbs that schedule a signing named as a noun, which is their subject: "Подписание
# соглашения министром X и ректором Y намечено на май", "... запланировано", "... планируется
# на июнь"; and verbs of the event itself, read in the future: "... состоится в июне".
SCHEDULING_VERBS = frozenset({"запланировать", "наметить", "намечаться", "назначить",
                              "планироваться", "предстоять", "ожидаться"})
SCHEDULED_EVENT_VERBS = frozenset({"состояться", "пройти"})

# Verbs and nouns that call a signing off (not postpone it): "Подписание соглашения
# отменено" — the signers announced before will not sign it (sigD).
CALLED_OFF_WORDS = frozenset({"отменить", "отменять", "отмена"})

# Words of a duty whose nominative subject will sign: "Подписать его должны министр X и
# министр Y" (sigD).
DUTY_SUBJECT_HEADS = frozenset({"должный", "должен"})

# Verbs that conduct a signing named as a noun, whose subject signs: "Торжественное
# подписание провели министр X и министр Y" (sigD).
CONDUCT_VERBS = frozenset({"провести", "проводить", "осуществить"})

# A first-person subject of a signing inside a quotation, the speaker's side signing:
# "«Мы подписали соглашение ...», — рассказал министр" (sig30; "я" as well).
WE_SIGNERS = frozenset({"мы", "я"})

# Quotation marks that open and close a quote, and a straight one that does both.
OPENING_QUOTES = "«“„"
CLOSING_QUOTES = "»”"
STRAIGHT_QUOTE = '"'

# A quote's attribution after its closing mark: ", — сказал X", " - сообщила X" (sig30).
ATTRIBUTION = r"^\s*,?\s*[—–-]\s*\S"

# How many sentences after a planned or signed agreement's own a quote saying "мы
# подпишем/подписали" may stand and still be about it (sig30).
WE_REACH = 3

# How many sentences after a signed agreement's own the first-person signing quotes of its
# sides may stand (sig55): "«Подписывая сегодня этот документ, мы ...», — сказала X".
SIDE_QUOTE_REACH = 8

# Plural nouns of people by their sex, which as a signing subject stand for the people of
# that sex named just before: "Женщины подписали соглашение", "Документ подписали обе
# женщины" (sig36). Lemma → the grammatical gender of those people's first names.
GENDERED_PEOPLE = {"женщина": "Fem", "дама": "Fem", "мужчина": "Masc"}

# Counting words of a pair: "оба председателя", "обе министра" (sig36).
PAIR_WORDS = frozenset({"оба", "обе"})

# How many sentences before a plural referring signing the two people it stands for may
# be named ("Председатель X Андрей Л. и председатель Y Екатерина П. отметили ... .
# «...», — сказал Андрей Л. Документ подписали оба председателя.", sig36).
PAIR_REACH = 3

# Nouns of the head of an organisation that, plural as a signing subject and counted or
# said of "all"/"the sides", stand for the heads named before, one per party: "Документ
# подписали руководители всех четырёх организаций", "подписи поставили главы трёх
# сторон" (sig37).
HEAD_NOUNS = frozenset({"руководитель", "глава"})

# Words under such a subject that say it covers every party: "всех", "обоих", and the
# nouns of the sides it heads ("руководители сторон", "главы ведомств", "руководители
# организаций-участников") (sig37).
ALL_SIDES_WORDS = frozenset({"весь", "все", "всех", "оба", "обе", "сторона", "ведомство",
                             "организация", "участник", "учреждение", "регион",
                             "министерство", "организация-участник"})

# Counting words and their value: "руководители трёх сторон" (sig37).
COUNT_WORDS = {"два": 2, "оба": 2, "обе": 2, "три": 3, "четыре": 4, "пять": 5,
               "шесть": 6, "семь": 7, "восемь": 8}

# How many sentences before such a signing its heads may be named (sig37).
HEADS_REACH = 3

# Letters of a word's stem compared between a post's title and a party's name: enough to
# cover the case endings of "Отделением"/"Отделение" ("отдел") (sig37).
STEM_LETTERS = 5

# signers63: verbs of putting a signature down by one's own hand, the class of
# ``lexicon.SIGNATURE_VERBS`` that takes the signature as its object ("я поставил подпись
# под документом"); not "состояться", "пройти" (a signing that took place).
SIGNATURE_PUT_VERBS = frozenset({"поставить", "ставить"})
