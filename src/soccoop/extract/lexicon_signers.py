"""Words the signer passes (extract.signers) read; the rules themselves live there."""

from __future__ import annotations

import re

# Words of a signing a signer hangs on: the verb, its participle, the noun "подпись"
# ("подписано министром ...", "за подписью министра ...", "подписи ... поставили").
SIGNING_HEADS = frozenset({"подписать", "подписывать", "подписанный", "подпись", "заключить",
                           "заключать", "заключённый", "заключенный", "скрепить"})

# Relations by which an agent in an oblique case hangs on a signing word.
AGENT_RELATIONS = frozenset({"obl:agent", "obl", "iobj", "nmod"})

# Relations inside a name group: a post and its name, the parts of a name, conjuncts.
NAME_GROUP_RELATIONS = frozenset({"appos", "flat:name", "flat", "conj"})

# Cases of an agent: the instrumental of a passive ("подписано министром X"), the genitive
# of the owner of a signature ("подписи министра X", "за подписью губернатора X").
AGENT_CASES = {"Ins": frozenset({"подписать", "подписывать", "подписанный", "заключить",
                                 "заключать", "заключённый", "заключенный"}),
               "Gen": frozenset({"подпись"})}

# How many words of a post's genitive phrase may stand between the post and the name
# written after it: "министром труда и социальной защиты Пензенской области Аллой ..."
# (sigD, ``written_agent``).
WRITTEN_POST_GAP = 10

# Words that open a sentence identifying people named before only by a plural post:
# "Главы регионов подписали соглашение. Это губернатор X и губернатор Y."
IDENTIFYING_WORDS = frozenset({"это", "ими", "им"})

# Verbs of an identifying sentence: "Ими стали ...", "Это были ...".
COPULAS = frozenset({"быть", "стать", "являться"})

# Words opening a sentence that names another signer of a signing just told: "Документ
# также подписал ...". Lemmas.
MORE_SIGNER_WORDS = frozenset({"документ", "также"})

# Opening words of a side phrase: "со стороны X", "от X".
SIDE_OPENERS = frozenset({"со", "с", "от"})

# dig93: possessives of the first person that stand for the speaker's side with its noun
# left out: "с нашей — я" ("с нашей стороны"), "от моего — я" (lemmas)
OWN_SIDE_POSSESSIVES = frozenset({"наш", "мой"})

# Dashes that stand for a left-out verb: "Со стороны области — губернатор X."
ELLIPSIS_DASHES = frozenset({"—", "–", "-"})

# sig69: the point of an abbreviation inside a sentence ("района г. Улан-Удэ"), after a
# lower-case word of at most ABBREVIATION_LETTERS letters.
ABBREVIATION_POINT = "."
ABBREVIATION_LETTERS = 3

# sig69: nouns of an agreement's effect or term that an addendum extends: "дополнительное
# соглашение о продлении срока действия соглашения о сотрудничестве" (the agreement noun
# after them is the extended document, not a second one signed).
EXTENDED_TERMS = frozenset({"действие", "срок"})

# Marks that may open a clause of its own after a signer, explaining the signing: a dash,
# a colon, a semicolon ("подписала исполняющая обязанности министра X: министр Y в эти
# дни в командировке"), sig56.
CLAUSE_MARKS = ELLIPSIS_DASHES | frozenset({":", ";"})

# Words of a sentence that may name signers: the first rules' words, and "Под документом
# подписались X и Y", "Подписантами выступили X и Y", "Под ним расписались X и Y".
SIGNER_WORDS = frozenset({"подписать", "подпись", "подписывать", "заключить", "подписаться",
                          "подписываться", "подписант", "автограф", "расписаться",
                          "расписываться"})

# Nouns of a signature itself: "Подписи поставили ...", "Автографы под документом
# поставили ...".
SIGNATURE_WORDS = frozenset({"подпись", "автограф"})

# Verbs and nouns of a guest of a signing, who is named but does not sign: "На церемонии
# присутствовал заместитель губернатора X", "В подписании принял участие сенатор Y".
# sig50: how far up a guest's name is read to the noun of attendance it hangs on: name
# parts, post, the conjuncts of a list ("в присутствии губернатора X и заместителя министра Y")
ATTENDANCE_CLIMB = 6

GUEST_WORDS = frozenset({"присутствовать", "участвовать", "участие", "присутствие"})

# Verbs of one who speaks at the occasion, a guest too when the sentence signs nothing:
# "На церемонии выступил губернатор X", "Участников приветствовал мэр Y" (sigD); "С
# приветственным словом к участникам обратился губернатор X" (sig44).
SPEAKER_WORDS = frozenset({"выступить", "выступать", "приветствовать", "поприветствовать",
                           "обратиться", "обращаться"})

# How many sentences after a signing may tell of other things (its content, its guests)
# before the one that names who signed it: "Подписи под документом поставили ...".
DISTANT_REACH = 12

# How many sentences, either side of the one agreement a report tells signed, a sentence of
# signatures naming no document may stand: "Подписи поставили X и Y." (sig42)
SIGNATURES_REACH = 4

# How many sentences after a signed record's own a "heads of the sides" subject may tell
# its signing, for the heads named anywhere in the text ("Центр занятости и завод подписали
# соглашение. ... Документ подписали руководители центра занятости и завода", sig46).
HEADS_AFTER_REACH = 3

# Words that make a reference to documents signed before collective: "Все четыре
# документа подписала ...", "Оба документа со стороны области подписал ...".
COLLECTIVE_WORDS = frozenset({"все", "весь", "оба", "обе"})

# How many sentences after a signing a collective reference to it may stand: a list of
# the agreements may come between ("1) с X ...; 2) с Y ...").
COLLECTIVE_REACH = 8

# Posts whose holder signs for the body she heads: "мы подписали", said by the minister,
# is signed by her. The first word of the speaker's position.
HEAD_POSTS = frozenset({"министр", "губернатор", "глава", "директор", "руководитель",
                        "начальник", "председатель", "мэр", "ректор", "управляющий",
                        "президент", "врио"})

# Nouns a collective reference counts: "Все четыре документа", "Оба соглашения".
COLLECTIVE_DOCUMENTS = frozenset({"документ", "соглашение", "меморандум", "договор"})

# How many paragraphs after a collective signing ("Все документы подписал министр X") may
# tell its documents one by one, a paragraph each (sig44: forums with four or five).
ITEM_PARAGRAPHS = 6
# ... and how many sentences in all they may hold: a run-on page without paragraph breaks
# must not make every collective signing read the rest of the page.
ITEM_SENTENCES = 40

# Prepositions of a partner under an agreement noun or its signing: "соглашение с
# университетом", "подписали между фондом и министерством".
PARTNER_CASES = frozenset({"с", "со", "между"})

# Nouns of the signing as an occasion: "На подписании присутствовали депутаты".
SIGNING_EVENTS = frozenset({"подписание", "заключение"})

# caption96: verbs a caption tells the signers' exchange of the signed copies by, a scene
# of the signing itself when a signing word is in the caption: "На фото: министр и
# директор обмениваются подписанными экземплярами".
COPY_EXCHANGE_VERBS = frozenset({"обмениваться", "обменяться"})

# Nouns of other documents an aside may name, after which "документ" may be that one:
# "Губернатор утвердил региональную программу. Документ подписан ...".
OTHER_PAPERS = frozenset({"программа", "план", "стратегия", "приказ", "положение",
                          "регламент", "концепция", "устав", "письмо", "декларация",
                          "хартия", "резолюция", "протокол", "указ", "закон",
                          "постановление", "распоряжение", "законопроект"})

# Objects that make a participle one of attending: "принявший участие в подписании".
ATTENDING_OBJECTS = frozenset({"участие"})

# Relations of a clause that describes a person: "X, присутствовавший на подписании, ..."
# (a participle), "X, который присутствовал ..." (a relative clause).
DESCRIBING_RELATIONS = frozenset({"acl", "acl:relcl"})

# Pronouns of a first-person signer: "От нас документ подписывал я".
FIRST_PERSON_SIGNERS = frozenset({"я"})

# Relations by which a first-person signer hangs on the signing verb.
SUBJECT_RELATIONS = frozenset({"nsubj", "nsubj:pass"})

# The longest header line of a post or a column that names its author: "Олег Ларин |
# Псковская область", "Ирина Петрова, министр".
AUTHOR_LINE_MAX = 100

# hid95: nouns of a person's own page, opening its header line before the owner's name in
# the genitive: "Блог министра ... Анны Котовой", "Колонка главы района Петра Гусева".
PERSONAL_PAGE_NOUNS = frozenset({"блог", "колонка", "дневник", "страница", "канал"})

# talk91: parts of speech of a word that cannot be the surname of a masked title line's
# author ("Новости Кузбасса |" is no person), unless the dictionary reads it a surname too.
AUTHOR_NOT_SURNAME_POS = frozenset({"VERB", "INFN", "ADVB", "PREP", "CONJ", "PRCL", "NPRO"})

# Quotation marks: a first-person sentence holding them is someone's quoted words; sig69: in
# a post's phrase they mark a body's quoted name ("генеральный директор АО «ВМЗ» Олег
# Тимофеев": what stands between them is the name, in whatever case; signers.name_mark).
QUOTE_MARKS = frozenset('«»"„“”')

# Dependents that leave an agreement noun the same one named before: "это соглашение",
# "данный документ" (a determiner), punctuation.
SAME_DOCUMENT_RELATIONS = frozenset({"det", "punct"})

# Subject pronouns a comitative partner hangs on: "мы с коллегой X подписали" (X and I).
COMITATIVE_SUBJECTS = frozenset({"мы", "я"})

# Labels that open a photo caption: "На снимке: министр X и министр Y во время подписания";
# a caption set in brackets opens with the bracket: "[Фото: министр X и министр Y после
# подписания соглашения]"; a bracketed mark of a picture may stand before the label: "[Фото]
# На фото (слева направо): директор X и директор Y во время подписания соглашения"; the
# bracketed mark alone may open it too (sig46): "[Фото] Министр X и ректор Y во время
# подписания соглашения". sigpool95: a picture mark of a messenger post (an emoji, "🖼",
# "📷") may stand before the label: "📷 На фото: министр X и ректор Y после подписания".
CAPTION_PICTOGRAPH = r"(?:[\u2190-\u2bff\U0001f000-\U0001faff][\ufe0f\u200d]*\s*)?"
CAPTION_LABELS = (r"(?i)^\s*" + CAPTION_PICTOGRAPH +
                  r"(?:(?:[\[(]\s*(?:фото|снимок)\s*[\])]\s*)?[\[(]?\s*"
                  r"(?:на\s+(?:фото|снимке|фотографии|снимках|фото\s+слева\s+направо)"
                  r"|фото)\s*[:.—–-]?\s"
                  r"|[\[(]\s*(?:фото|снимок)\s*[\])]\s*(?=(?-i:[А-ЯЁ])))")

# dig94: the people's order opening a caption's second sentence, after its label and
# scene: "Фото: подписание соглашения. Слева направо: А. Иванов, Б. Петрова".
CAPTION_ORDER = r"(?i)^\s*[\[(]?\s*(?:слева\s+направо|справа\s+налево)\s*[\])]?\s*[:.—–-]"

# The label of a fact box's line of signers, by the lemma of its first word: "Подписали:
# министр ... ; министр ...", "Подписанты: ...".
SIGNERS_LABELS = frozenset({"подписать", "подписант", "подписавший", "подпись"})

# Question words of a person that open a card's question of who signed: "Кто подписал
# соглашение?", "Кем подписан документ?" (the answer on the next line names the signers).
WHO_WORDS = frozenset({"кто", "кем"})

# How far after a signing a fact box's line of signers may stand, in sentences (the box
# follows the lead paragraph: its heading, the sides' line, then the signers).
CARD_REACH = 8

# Ordinals by which a report takes up the agreements a signing counted, and the place of
# each among them: "Первое соглашение касается ...", "Второй документ подписали ...".
ORDINAL_PLACES = {"первый": 0, "второй": 1, "третий": 2, "четвёртый": 3, "четвертый": 3,
                  "пятый": 4}

# Nouns an ordinal counts the agreements by: "Второй документ — между ...".
ORDINAL_DOCUMENTS = frozenset({"документ", "соглашение", "меморандум", "договор"})

# Parts of speech that may follow an ordinal opening a sentence when the noun it counts
# is left out: the predicate ("Первое подписано ... с X"), a preposition ("Второе с Y");
# a dash (ELLIPSIS_DASHES) does too ("Второе — с Y").
ELIDED_ORDINAL_NEXT = frozenset({"VERB", "AUX", "ADP"})

# How many sentences after a counted signing the first ordinal may stand ("Первое
# соглашение ..."), and how many tokens into its sentence the ordinal may come.
ORDINAL_REACH = 6
ORDINAL_LEAD = 3

# Words that count two signers by their common post: "Документ подписали оба министра",
# "Подписи поставили обе руководительницы", "главы обоих ведомств".
BOTH_WORDS = frozenset({"оба", "обе"})

# Posts that stand for the head of each side, whatever her own post's first word: "главы
# обоих ведомств", "руководители обоих министерств".
GENERIC_HEADS = frozenset({"глава", "руководитель", "руководительница"})

# sig62: the body word that names any government body of ANAPHORIC_BODIES ("глава
# ведомства" may head a ministry, a department or a committee; ``body_head_holder``).
BODY_KIND_ANY = "ведомство"

# Adverbs of doing a thing together, under which the partner one signs with may hang:
# "скрепила документ подписью вместе с коллегой X", "совместно с ректором Y подписал";
# fixplans65: never an adverb parting a list of partners into one agreement each
# (extract.agreement_sides.apart_adverbs: "вместе с фондом и с колледжем" signs beside).
TOGETHER_WORDS = frozenset({"вместе", "совместно"})

# Nouns of someone's words a teller's name hangs on: "по словам министра X".
SAYING_NOUNS = frozenset({"слово"})

# Third-person pronouns that may stand for a signer named before, with the gender of the
# first name they agree with (pymorphy's grammeme): "Она подписала документ ...".
SIGNER_PRONOUNS = {"она": "femn", "он": "masc"}

# sig90: words that open a side's clause after a semicolon ("; со стороны фонда — директор
# X", "; от фонда — X", "; за фонд — X", "; в лице директора — X"): its name signs for
# that side, unlike "; справа — X" (where someone stands in the picture).
SIDE_CLAUSE_WORDS = frozenset({"сторона", "от", "за", "имя", "лицо"})

# sig90: the same pronouns' gender as the parser tags a noun, to find a body they may
# stand for instead ("У центра занятости такой опыт есть. В прошлом году он заключил
# соглашение с ...": the centre, no man).
PRONOUN_NOUN_GENDERS = {"она": "Fem", "он": "Masc"}
# plan62: the morphology's gender of a pronoun ("ей": Fem) as the dictionary's gender of a
# first name ("Анна": femn), to find a dative pronoun's holder (not words: the two tag sets)
PRONOUN_GENDERS = {"Fem": "femn", "Masc": "masc"}

# sig90: head nouns of a body such a pronoun may stand for, beside lexicon.ORG_HEADS and
# lexicon.BODY_HEADS ("Филиал работает с 2015 года. Он заключил соглашение ...").
PRONOUN_BODY_NOUNS = frozenset({"филиал", "вуз", "техникум", "училище", "завод", "комбинат",
                                "холдинг", "концерн", "кооператив", "учреждение", "центр"})

# Nouns a signing names its paper by without saying what it is: "Министр подписал важный
# документ. Соглашение заключено с ..." (the agreement is told in the next sentence).
BARE_DOCUMENTS = frozenset({"документ", "бумага"})

# A name's Latin spelling in brackets after it, which the NER takes into the person's span:
# "Ирина Жирнова (Irina Zhirnova)" (a pattern, read from the span's end).
LATIN_GLOSS = r"\s*\([A-Za-z][A-Za-z .'\-]*\)\s*$"

# A surname with one or two initials after it, ending a person's span that ran on over
# the word before the name: "Рыбинска Смирнова Н.В." (sig30; read from the span's end).
SURNAME_INITIALS = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.?)?\s*$"

# A first-person plural subject that, with a person named with "с", is the author and that
# person: "мы вместе с главой республики X подписали соглашение" (the author signed).
AUTHOR_WITH_PARTNER = frozenset({"мы"})

# Formulas that open the sign-off line of an address or a letter, whose name is its
# author: "Ваш губернатор Олег Баранцев", "С уважением, министр Анна Котова" (sigD; the
# boilerplate masking keeps such a line after the body).
SIGN_OFF_OPENERS = ("ваш ", "ваша ", "ваши ", "с уважением", "искренне ваш")

# Verbs of presence at an occasion: a sentence between a signing and its signers that only
# tells who led, attended or represented a side ("Делегацию возглавил вице-премьер X",
# "На церемонии присутствовал губернатор Y", "Кузбасс представляла министр Z") (sig26).
PRESENCE_VERBS = frozenset({"возглавить", "возглавлять", "присутствовать", "участвовать",
                            "прибыть", "приехать", "сопровождать", "представлять",
                            "представить"})

# How many words a post's phrase may hold between a gap's dash and the name it ends:
# "со стороны кожууна – председатель администрации кожууна Аяс Ооржак" (sig30).
GAP_POST_WORDS = 8
# How many words a post's phrase may hold between "имени"/"им." and the name an
# institution bears: "имени первого Президента России Б.Н. Ельцина".
NAMESAKE_POST_WORDS = 5

# The legal formula naming the person a side acts through: "фонд в лице директора Галины
# Поповой" (the preposition, then the noun's lemma). The person so named signs for it.
REPRESENTATIVE_PHRASE = ("в", "лицо")

# Words that may stand between "в лице" and the name: possessives of the post ("в лице
# его председателя Ольги Ивановой"); the post's own words are in the genitive.
REPRESENTATIVE_POSSESSIVES = frozenset({"его", "её", "ее", "их", "свой"})

# Conjunctions joining a second representative to the first in one "в лице" phrase: "в
# лице министра Егора Лаптева и министра Оксаны Чернышовой" (sig44).
REPRESENTATIVE_JOINS = frozenset({"и"})

# dig94: marks inside one representative's post that a word in the genitive goes on
# after: a body's fields listed ("министра труда, занятости и социального развития"),
# a second post of the same person ("заместителя губернатора — руководителя департамента").
REPRESENTATIVE_MARKS = frozenset({",", "—", "–"})

# How many words of a post may stand between "в лице" and the name ("в лице первого
# заместителя министра труда и социальной защиты Анны Котовой"; dig94: 10 → 16, a post
# naming a body with its fields listed, or two posts of one person joined by a dash).
REPRESENTATIVE_REACH = 16

# muni90: how many sentences a list of sides cut at its semicolons may go on for
# (extract.signers.list_items_after)
LIST_ITEM_REACH = 12

# Words of a sentence about a side of an agreement, where "в лице" names its signer:
# "Третьей стороной выступил ...", with an agreement noun or a bare document too.
REPRESENTED_CONTEXT = frozenset({"сторона"})
# sig44: a plural signing naming two sides' signers ("со стороны центра документы подписала
# X, со стороны компаний — Y и Z") tells per-side signers, no common signer of them all
PER_SIDE_PHRASES = 2

# Verbs of a sentence saying who represented a side at the signing: "Омское министерство
# представлял его руководитель X" (sig44). The imperfective only: "представил проект"
# presents a thing.
REPRESENTING_VERBS = frozenset({"представлять"})

# How many sentences after a signing by post only ("подпись поставил его директор") may
# name each post's holder in full ("Директор департамента Игорь Рахманов пояснил ...").
NAMED_NEXT_REACH = 2

# agr72: how many sentences after a split signing may tell its signers, each by his post
# ("Со стороны министерства документ подписал X. Со стороны партнёров — директор ... Y и
# председатель ... Z"; ``signers._signers_by_posts``).
SIGNERS_TOLD_REACH = 2

# sig48: how many sentences after a signing by "руководители ведомства и вуза" a photo
# caption of the signing may stand and still show who they are (a caption closes a page's
# article, below its quotes and its guests).
CAPTION_HEADS_REACH = 16
# sig47: ... and after a signing by posts alone, naming no side ("Подписи под документом
# поставили министр ... региона и ректор вуза"), the paragraphs of their words that follow.
NAMED_LATER_REACH = 5

# sig47: a minister named later by the generic post of the ministry's head ("глава
# регионального минтруда Ярослав Фролов"); the ministries' names are read by
# ``normalize.ministry_abbreviation``.
GENERIC_HEAD_POSTS = frozenset({"глава", "руководитель"})

# Demonstratives (lemmas) by which a plural document noun refers back to agreements told
# before: "эти три соглашения", "данные документы" (``signers.several_told``).
BACK_DETERMINERS = frozenset({"этот", "тот", "данный", "указанный", "перечисленный"})
# dig94: the demonstratives pointing a bare agreement noun back to the one told last, as
# the parse lemmatises them too ("этого соглашения" → "это"); not the distal "тот" (an
# older document told beside, ``DISTAL_DETERMINERS``).
POINTING_DETERMINERS = frozenset({"этот", "это", "данный", "указанный"})

# sig67: determiners (lemmas) by which a document noun points past the agreement just
# signed to an older one told beside it: "Тот документ подписывали ещё X и Y", "прежнее
# соглашение" (``candidate_signers.older_document``); not with "же" ("тот же документ").
DISTAL_DETERMINERS = frozenset({"тот", "прежний", "предыдущий", "прошлый"})

# sig67: how many sentences after a group of agreements told together (one per partner)
# may name each partner's signer after its own side phrase ("За Булунский район подпись
# поставил X, со стороны Анабарского района документ подписал Y"), past the terms and a
# quote between.
SIDE_PHRASE_REACH = 12

# Third-person pronouns (lemmas) by which a later clause signs the agreement again: "мы
# подписали соглашение — я подписывала его вместе с министром X".
BACK_PRONOUNS = frozenset({"он", "она"})

# First-person subjects of a clause that signs the agreement again ("я подписывала его",
# "мы подписывали его"): left to the speaker rules (``signers.back_clause_persons``).
FIRST_PERSON_SUBJECTS = frozenset({"я", "мы"})

# sig51: how many signing captions of one text the caption-to-its-sides pass reads (a page
# shows a few photos; a hostile input of thousands of caption lines costs no more).
CAPTIONS_READ = 8

# sig54: how many sentences after a reported aside ("Министр X напомнила, что ...") may go
# on with what was told before the sides' signers are named ("Средний возраст ... 52 года.")
ASIDE_TAIL = 2

# sig65: how many sentences after a signing that named no signer may come before the
# sentence that names its signers side by side ("Со стороны Петербурга документ подписал
# ..." several paragraphs on, after the agreement's terms and the guests' words).
FAR_SIDE_REACH = 20


# ---- Tuning of ``candidate_signers.py``'s passes (kept apart from the rules) ----

# names in one list of attending persons read back from the last (a list is short)
WITNESS_CONJUNCTS = 6

# sigpool98: prepositions that put a person beside a signing, never in it: "у X" (a
# contact), "к X", "для X", "о X", "про X", "без X", "кроме X", "вместо X", "после X"
# (``candidate_signers.prepositional_bystander``). "с X" (a partner's signer), "между X и
# Y", "от"/"со стороны" (a side's), "в лице X" are not here.
BYSTANDER_PREPOSITIONS = frozenset({"у", "к", "для", "о", "об", "про", "без", "кроме",
                                    "вместо", "после"})

# dashes that open an interview's answer line ("— Мы подписали ..."): its words are the guest's
ANSWER_DASHES = ("—", "–", "-")

# characters a quotation of whole paragraphs may reach each way (_unattributed_quote)
QUOTE_REACH = 3000

# characters back a transcript's speaker label may stand from the words spoken
SPEAKER_LOOKBACK = 3000


# ---- Tuning and words of ``signers.py``'s passes (kept apart from the rules) ----

# first letters of a side's adjective that name its region ("пензенской" → "пензе", sigD)
SIDE_STEM = 5

# person mentions before a lone surname searched for its full name (keeps it linear)
SURNAME_LOOKBACK = 40

# genitive adjective endings skipped to reach a head post's body ("регионального минтруда")
ADJECTIVE_GENITIVE = ("ого", "его")

# signer_bodies (sig58):
# Words of a body's name that tell it from another, by their stems: four letters or more
# ("фонд", "центр"); shorter ones ("АНО", "ООО", "по") are forms or joins.
BODY_WORD_MIN = 4

# How many records of a page the pass reads at most: each record's signers are compared
# with every other record's sides, so a hostile page of thousands of records is left as
# it is (a news page tells a dozen agreements at most).
PAGE_RECORDS = 24
# sigpool97 post_only: how many sentences before a record's own its signing sentence with a
# post and no name may stand ("Министр ... и директор АО «Вега» подписали соглашение. ...
# Стороны соглашения — ..."), and the statuses of a past signing whose bare post is read.
POST_BEFORE_REACH = 2
PAST_STATUSES = frozenset({"signed", "mentioned"})

# How many words a body shares with a side for the two to be possibly one
# (``party_identity.body_touches_side``).
TOUCHING_WORDS = 2

# sig60 post_only: how many heads up from a name's word its post may stand ("министр" ←
# "Анна" ← "Котова").
NAME_LEVELS = 3

# sig61: the nouns of a charge under "по" ("по поручению директора X документ подписал Y";
# sig58: a power of attorney, "по доверенности директора X") and the prepositions of one in
# whose stead another signs ("вместо министра X"): the person under them is no signer
# (``signers.charging_person``)
CHARGE_NOUNS = frozenset({"поручение", "доверенность"})
INSTEAD_PREPOSITIONS = frozenset({"вместо"})
# sig64: the prepositions before a pronoun standing for the head in whose stead a deputy
# signs ("соглашение за него подписала заместитель министра X", "вместо неё"; class:
# prepositions of standing in, ``INSTEAD_PREPOSITIONS`` and "за", which stands in only before
# a pronoun or, signers69, an animate noun of a person in the accusative ("за министра"):
# "за фонд" names a side; ``signer_stand_in``)
STAND_IN_PREPOSITIONS = INSTEAD_PREPOSITIONS | {"за"}
# signers69: how many words after "за" the noun of a person it stands in for may stand
# before any parse ("за министра", "за первого вице-губернатора": the noun itself, or after
# an adjective or two; ``signer_stand_in._may_stand_in``)
STAND_IN_REACH = 3
# the preposition a sentence opens with, before a noun of ``CHARGE_NOUNS``, when it tells
# the charge its signer acted on ("По поручению директора X документ подписал Y",
# ``candidate_signers._charged_opening``)
CHARGE_OPENING = "по"
# sig58: how many tokens back from a genitive name the charge's noun may stand when the
# parse hangs the name elsewhere ("по поручению генерального директора АО «Северный
# литейный завод» Олега Рыбина": post, body and its quoted name between,
# ``signers.charge_by_order``)
CHARGE_REACH = 16

# many62: how many sentences after a list of agreements split per partner ("соглашения с
# правительствами A, B и C") a sentence listing all their signers ("Соглашения подписали
# ...") may stand and still be read as the list's signers, each to the agreement of the
# body of their post.
LIST_SIGNERS_REACH = 2

# cap89: prepositions placing the people of a caption at another occasion ("на открытии",
# "во время"): such a caption shows no signing
CAPTION_OCCASION_PREPOSITIONS = frozenset({"на", "в", "во", "при", "перед", "после", "с"})

# sigpool93: dashes that close a relative clause on a recalled agreement ("..., которое
# подписали в 2019 году, — рассказала директор ..."): who speaks after one did not sign.
RELATIVE_CLAUSE_DASHES = frozenset({"—", "–"})

# sigpool93: an adverb pointing back at the time of the signing told just before: "Тогда
# подписи поставили ..." tells who signed that agreement, as "Документ подписали" does;
# not "тогда как" (a contrast).
THEN_WORDS = frozenset({"тогда"})
THEN_NOT_BEFORE = frozenset({"как"})
# fixbasis60: words that set a signing in the past time of a recalled agreement: "Подписи
# под ним тогда поставили ...", "в ту пору", "в своё время" (ё read as е) tell who signed
# that agreement, not the page's new one (``signer_recalled.new_signers_from_recalled``)
PAST_TIME_PHRASES = (("тогда",), ("в", "ту", "пору"), ("в", "свое", "время"))

# sigpool93: the endings of a see's adjective after a clergy title ("епископ Городецкий и
# Ветлужский", "митрополитом Иркутским"), in any case and gender; only "-ск-"/"-цк-" (a
# name's instrumental may end like "-ным": "Тихоном").
SEE_ADJECTIVE_END = re.compile(r"[сц]к(?:ий|ая|ого|ой|ому|им|ом)$")
# fixpartners68: a place's adjective opening a company's branch, in any case and gender
# ("Энское отделение", "Энским филиалом"): "-ск-"/"-цк-" before the ending
# (extract.party_identity.parent_of_branch; "Новое отделение" names no place).
PLACE_ADJECTIVE_END = re.compile(r"[сц]к(?:ий|ое|ая|ие|ого|ой|ому|им|ом|ым|ую|их|ими)$")

# sig45 (signer_author): a first name's grammatical gender (pymorphy's tag) as the Gender
# feature of the past-tense verb that agrees with it: "подписала" of "Анна Котова".
AUTHOR_GENDERS = {"masc": "Masc", "femn": "Fem"}

# sig45 (signer_shared.their_heads_subject): the possessive of the third person plural
# under a plural head noun that signs for the partners told before: "Со стороны фондов
# документы подписали их руководители".
THEIR_WORDS = frozenset({"их"})

# sig45 (signer_interview.asked_guest_signer): the pronoun by which an interview's host
# tells the guest's own signing: "Анна Петровна, в марте вы подписали соглашение ...?".
ASKED_GUEST_WORDS = frozenset({"вы"})

# sig46: the dictionary's locative cases; a lone word read only in them names no signer
# ("в Увинском": ``signers.lone_locative``)
LOCATIVE_CASES = frozenset({"loct", "loc2"})
# fin53: the cases of a paper made (the subject or object of a past verb), not a body's
# genitive topic ("Центр молодёжных программ"): `signers.tells_other_paper` (tidy54)
PAPER_CASES = frozenset({"Nom", "Acc"})

# sig50 (signer_later): a side's signer told in a later sentence of an agreement's story
# ("Со стороны фонда документ подписал директор X", "Подпись от компании поставил X"):
# the noun of a side phrase, the preposition that names a side by its body's noun ("от
# компании"), the relations of words an agreement noun standing for one told before may
# have ("документ", "этот договор", "к соглашению"), and how far back the sentence may
# stand from the record's own (sentences; line or paragraph breaks).
SIDE_NOUN = "сторона"
SIDE_FROM_PREPOSITIONS = frozenset({"от"})
BARE_PAPER_RELATIONS = frozenset({"det", "punct", "case"})
LATER_SIDE_REACH = 4
LATER_SIDE_BREAKS = 1

# sig53 (signer_later.after_signing_head): the noun of the signing as an occasion and the
# prepositions that place a remark after it ("сказала после подписания министр X"), and how
# many sentences after a record's own such a remark may stand (another record's sentence
# ends the reach first).
SIGNING_NOUN = "подписание"
AFTER_OCCASION_PREPOSITIONS = frozenset({"после"})
AFTER_SIGNING_REACH = 6
# rev53: and how many paragraph breaks it may cross (dev round 200: the remark stands three
# breaks after the record's sentence, and two); a remark further on tells another story.
AFTER_SIGNING_BREAKS = 3
# rev53 (signer_later.later_pair_signers): how many paragraph breaks after a record's own
# sentence a pair "Под документом расписались X и Y" may stand (dev round 200: five, past
# the opening speech, the quote, the terms and the guests); further on, another story.
LATER_PAIR_BREAKS = 6

# signers70 (signer_later.nested_paper): the class of dependency relations of a noun that is
# part of another noun's name (the nominal dependents, genitive or prepositional: "к
# договору", "о продлении меморандума"); an agreement noun reached from another agreement
# noun by these only names no paper of its own.
NESTED_PAPER_RELATIONS = frozenset({"nmod"})

# sig50 (signers.quote_teller): the marks right after a quote's closing guillemet that hand
# it to its teller ("», — сказала министр", "», – прокомментировал X").
QUOTE_TELLING_MARKS = frozenset({",", "—", "–", "-"})

# lead52: words by which a lead introduces the speaker of an interview or a first-person
# piece ("рассказывает директор фонда Анна Котова", "в интервью министра Олега Зуева",
# "Выступление главы района Петра Лосева"): ``signer_interview.lead_speaker``
LEAD_SPEECH_WORDS = frozenset({
    "рассказывать", "рассказать", "говорить", "интервью", "выступление", "поделиться",
    "делиться", "рассуждать", "ответить", "отвечать",
})
# lead52: how many of a page's first sentences are its lead
LEAD_SENTENCES = 4

# sig54 (signer_later.likened_signing_signers): the class of words that place a likened
# signing in the past, inside a "как и …" phrase hung on the signing verb: "Как и два года
# назад, подписи поставили …", "как и в прошлый раз", "как и при прежнем соглашении".
# (A year's number places it too, read apart.)
LIKENED_PAST_WORDS = frozenset({"назад", "прошлый", "прежний", "предыдущий", "тогда",
                                "первый"})
# The words of the likening itself: the subordinator and its "и" ("как и").
LIKENING_MARKS = frozenset({"как"})
LIKENING_ALSO = frozenset({"и"})
# How many heads up from the likened phrase's word the verb of signing may stand: the parser
# hangs a fronted "в 2021 году" on the subject or the object now and then.
LIKENED_CLIMB = 2
# How many sentences before the likened signing the two records' own sentences may stand
# (dev round 205: the new record two sentences before, the old one right before).
LIKENED_REACH = 3


# sig55: the parts of speech that end the words read on from a post towards its holder's
# name (signers.name_after_post): a verb or a subordinate clause is past the post's phrase
POST_RUN_STOPS = frozenset({"VERB", "AUX", "SCONJ", "PRON"})
# sig55: the marks a post's phrase may hold before its holder's name, the quotes and
# brackets of a body's name ("директор ООО «Заря» Иван Котов", "министр ... (Якутия) ...")
POST_RUN_MARKS = frozenset({"«", "»", '"', "“", "”", "„", "(", ")"})

# signers71 (signer_later.added_signature): the class of adverbs of addition, telling a
# signature put besides one told before: "Свою подпись поставил также директор фонда".
ADDITION_ADVERBS = frozenset({"также", "тоже"})
