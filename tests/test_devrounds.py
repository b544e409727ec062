"""Development rounds: regional news texts written for testing. Each round was scored blind
once, then the rules were tuned on it, so its figures now are dev (tuned) figures, not an
estimate for unseen news. tests/data/devrounds/round1 (15 texts, first round) and
round2 (12 texts, second round: press releases with footers, agency flashes and
incuts, re-posts, trilateral agreements, foundations and foreign partners, addenda,
interviews); round3 (6 texts, third round: a digest, two pairs at a forum, a
signing that did not happen, a region-university contract, a video-link signing, parties only
in the headline); round4 (12 texts, fourth round, scored blind on commit 541a0b0 and not
tuned on: an agency dateline, a city portal, a TV site and a newspaper issue line, two
agreements in one text, planned and "в рамках соглашения 2019 года" agreements, a trilateral
with Social Fund branches, a region with a federal fund, a text with only a lease contract and
"пришли к соглашению", female surnames in oblique cases, "в четверг", no publication date);
round5 (15 texts, fifth round, written before any run and scored blind on commit 5cd73bd,
not tuned on: a wire with a dateline, a long interview, a press release with a long list of
participants, a municipal portal, an aggregator page, a forum report, two agreements of one
region, a ministry with an NGO, a company and a university, a trilateral with a Social Fund
branch, an extension, a roadmap under an agreement, an anniversary with a planned signing, a
postponed signing, a collective labour dispute and a court settlement); round6 (15 texts, sixth
round, written before any run and scored blind on commit 34ae3cc, not tuned on: a Telegram post,
a PDF bulletin with hyphenation and page headers, a government meeting transcript, a weekly
digest, a Q&A with a minister, cities named by their capitals, municipal districts, a
video-link signing with a Belarusian committee, a supplementary agreement, a numbered list of
agreements, a fund with a university and a company, a page carrying the same news twice, a
prosecutor's report and two distractors); round7 (15 texts, seventh round, written before any
run and scored blind on commit 29119bb, not tuned on: varied page kinds and styles, site noise
in half of them, and two distractors; its analysis is kept outside the repository so that the
texts stay unseen by whoever tunes the rules); round8 (16 texts, eighth round, written before
any run and scored blind on commit 21b7bd3, not tuned on: other page kinds again (photo
captions, one unbroken paragraph, a refutation, comments under an article, an English site
menu, a newsletter, a parliament session, a vacancy notice, a blog post, a press approach),
a five-party agreement, abbreviated posts and two distractors; its analysis is kept outside
the repository too); round9 (16 texts, ninth round, written before any run and scored blind
on commit d5029b7, not tuned on: page kinds and styles unlike rounds 1-8, site noise in half
of them and two distractors; its analysis is kept outside the repository too); round10 (16
texts, tenth round, written before any run and scored blind on commit b5d6e75, not tuned on:
a regional government order approving an agreement, patronage over a district of a new
region, a forum report with a dozen agreements of which one is social, an agency flash, a
radio interview, neighbouring municipal districts, a Social Fund branch, national-republic
names, a video-link signing with acting officials, ministers named by post only, a
prolongation, a background mention, and two distractors (a procurement notice and a court
report); its analysis is kept outside the repository too); round11 (16
texts, eleventh round, written before any run and scored blind on commit b5d6e75, not tuned on:
a "Справка" block, a governor's address, a federal service as a party, a children's camp
exchange, a prison service, a deaf society, a partner region's view, a TV page with "СНХ:", an
initialled memorandum, two signings on different days, a four-region agreement with comments and a
poll, Latin names in brackets, a Bashkir quote, a parliament committee and two distractors; its
analysis is kept outside the repository too); round12 (16 texts, twelfth round, written before
any run and scored blind on commit 1e80ccd, not tuned on: a city hall's twin-city agreement, a
feature story mentioning an agreement in passing, a health ministry with another region's
social ministry signing by exchange of copies, children's ombudsmen, an agency flash followed by
its full version, signers introduced "в лице министра", paragraphs duplicated by a CMS, a
working visit that only discussed an agreement, a Social Fund Q&A, a weekly digest, a date in
words, an English date stamp, a pensioners' union, Siberian and Ural regions and two
distractors; its analysis is kept outside the repository too); round13 (16 texts, thirteenth
round, written before any run and scored blind on commit d61cfc3, not tuned on: a newspaper
print page with hyphenation and page headers, a bilingual page, a conference resolution
recommending agreements, a charity foundation, a youth committee with a labour committee,
separate agreements with three districts, parties named by capitals, a social-tourism
agreement with an operator, a public chamber, clauses quoted verbatim, a signing "в кулуарах",
an agreement terminated early, institutions' own site, Central and North-West regions and two
distractors; its analysis is kept outside the repository too); round14 (16 texts, fourteenth
round, written before any run and scored blind on commit 7aa082f, not tuned on: an employment
centre's release on a joint job fair, a minister's report to a regional parliament listing
agreements, an interdepartmental data-exchange agreement, a district paper on a district office
and a charity, deputies signing on the minister's behalf, a plan of events under an agreement, one
page with a signing, an extension and a plan, a Chinese province on labour migration, quote blocks
naming the signers, a headline saying "подписали" over a signing due tomorrow, Russian Post
delivering payments, an electronic signing, explainer cards, a notice for job seekers,
Volga-Vyatka and Caucasus regions and two distractors; its analysis is kept outside the repository
too); round15 (16 texts, fifteenth round, written before any run and scored blind on commit
adcfc57, not tuned on: the most ordinary regional news (ministry releases, agency items, a
regional TV page, government portals, a municipal item, Social Fund branch news, a newspaper
item), site noise in half of them, initials and double surnames, relative dates, planned and
background agreements, regions all over Russia and two distractors; its analysis is kept outside
the repository too); round16 (16 texts, sixteenth round, written before any run and scored blind on
commit 50a3c4e, not tuned on: full crawled pages from many outlet kinds (a ministry, a government
portal, a municipal site, a Social Fund branch, agencies, a TV site, a university, an NGO, a federal
bureau's page, a newspaper issue), "Читайте также" blocks naming other regions and agreements,
signers in every common sentence shape, planned and background agreements, initials and double
surnames, relative dates, a page without a date and two distractors; its analysis is kept outside
the repository too); round17 (16 texts, seventeenth round, written before any run and scored blind
on commit 50a3c4e, not tuned on: a regional newspaper's article with quotes, agency flashes, a
release listing the signers, a municipal item on a centre joining a regional agreement, an
interview fragment, a working-trip round-up, a story with the agreement in its last paragraph, a
video-link signing between distant regions, a business sponsor with a care home, an ombudsman,
signers introduced before "стороны подписали" and named for a planned signing, initials and
double surnames, relative dates, site noise in half of them and two distractors; its analysis is
kept outside the repository too); round18 (16 texts, eighteenth round, written before any run and
scored blind on commit de8f19e, not tuned on: a ministry release, an agency flash, a government
portal, a district administration, a Social Fund branch, a regional newspaper's forum report with
four agreements and many officials, an NGO post, a business news site, an employment centre, a
regional parliament, an official's quotes, a feature story with the agreement as a side remark,
signers in every common sentence shape, planned and background agreements, initials after the
surname, double surnames, relative dates, a page without a date and two distractors; its analysis
is kept outside the repository too); round19 (16 texts, nineteenth round, written before any run
and scored blind on commit 979f8e2, not tuned on: a ministry page with two signings and a
background agreement, an agency flash of a planned signing, a Social Fund branch, a newspaper
item with signers introduced before they sign, "со стороны ... — ..." signers, a district
administration with mentioned and drafted agreements, an NGO post with initials, a business
news item with the agreement as a side remark, an employment centre's page without a date, a
regional parliament, an agency report with quotes and three agreements, a feature story, a
government portal with "накануне", "в прошлый четверг", double surnames, patronymics and two
distractors; its analysis is kept outside the repository too); round20 (16 texts, twentieth round,
written before any run and scored blind on commit b749251, not tuned on: short and medium pages
of a ministry, an agency, a Social Fund branch, a municipality, an NGO, a business site, an
employment centre and a parliament, signers in many sentence shapes, a postponed and a refused
signing, an approved draft, old agreements recalled, six formats of publication stamp and two
distractors); round21 (16 texts, twenty-first round, written before any run and scored blind on
commit b749251, not tuned on: a forum with several signings, a year review with month headings,
an interview, a parliament session, a delegation visit with a planned agreement, a portal with
heavy site noise, foreign partners and two distractors); rounds 20 and 21 were handed to the
second wave of developers of that session (dev since). round22 (16 texts, the brief of
round 20) and round23 (16 texts, the brief of round 21) were written before any run and never
run until the final main of that session (b2215de), where each was scored once, blind for
everybody; after that score only one text of round 23 was read (to see why its two
signatory figures differ), and no rule was changed; then they were handed to a third wave
of developers (dev since). round24 (16 texts, the brief of round 20) and round25 (16 texts,
the brief of round 21) were written before any run and never run until the final main of
that session (9b6e964), where each was scored once, blind for everybody. round26 (16 texts:
one body signing several agreements at one event or visit) and round27 (16 texts: flashes,
side remarks, signers by initials or by post) were written before any run, scored blind on
the first main of the next session (f503d3e) and again after its first wave of developers
(750d9d6), who never saw them; then handed to its second wave (dev since). round28 (16 texts:
status cues of every kind, prolonged, postponed and refused signings) and round29 (16 texts:
scraped pages with menus, headline lists and repeated paragraphs, inter-regional and
federal partners) were written before any run and never run until the final main of that
session (2a9e575), where each was scored once, blind for everybody. round30 (16 texts: one
signing told several times, several agreements at one event, signers in every sentence
shape) and round31 (16 texts: status cues and dates of every kind) were written before any
run and scored blind on the first main of the next session (b2ec57a); dev since. round32
(16 texts: scraped pages with menus, "Читайте также" blocks and three distractors) and
round33 (16 texts: parties of every kind, complex posts, names in several forms) were
written before any run and scored once on that session's main after its first wave
(9e60b2b), blind for everybody; round33's score found an extraction crash (a cyclic parse),
fixed after it (30f6459); dev since. round34 (16 texts: posts told apart from the signing,
plural posts over lists, three- and four-party agreements) and round35 (16 texts: prolonged,
postponed, cancelled and drafted agreements, dates of every kind) were written before any
run and scored blind on the first main of the next session (8084358); round36 (16 texts: one
event told several times, several agreements at one event) and round37 (16 texts: scraped
pages, flashes, regions by adjective or capital, three distractors) were scored once on that
session's main after its first wave, blind for everybody; dev since. round38 (16 texts:
agreement dates of every kind, signers named in varied ways) and round39 (16 texts: press
releases of ministries and funds, passive signings, sides named outside the signing's
sentence) were scored blind on the first main of the next session (87df4ce); round40 (16
texts: an aggregator's mix, an interview, several statuses in one text) and round41 (16
texts: regions of every part of the country, acting officials, extended, amended and ended
agreements) were scored once on that session's main after its first wave, blind for
everybody; dev since. round42 (16 texts: one event with several signings, partner lists,
captions) and round43 (16 texts: officials in every shape, agreements referred to in passing)
were scored blind on the first main of the next session (77666f5); round44 (16 texts: signed,
planned and mentioned told apart, long official pages) and round45 (16 texts: small outlets,
everyday social protection, retold news, comments) were scored once on that session's final
main (2715f66), blind for everybody; dev since. round46 and round47 (16 texts each: two to
five agreements per text; interviews, reviews of the year, working visits) were scored blind
on b5e1456 in both record orders; dev since. round48 (16 texts: an ordinary month of regional
news) and round49 (16 texts: how signers are told, status around the signing) were scored blind
on round 14's first main (af31771); dev since. Round 13 lists a record's agreements in text
order (`merge.in_order_told`): the status and date floors of rounds 6-9, 17, 18, 20, 21, 23,
29 and 35, whose gold lists a report's own news first, were lowered to what they reach then;
floors that reach more in text order were raised (39 of them, in 20 rounds). Round 14 raised
every floor that sat more than two points below its round's score on that session's final main
(283 of them) to two points below it. round52 (16 texts: an ordinary month of regional news)
and round53 (16 texts: how signers and their posts are told) were scored blind on round 15's
first main (462f641); dev since. round54 (16 texts: Siberia, the Far East, the North
Caucasus, the Volga, the new regions) and round55 (16 texts: status and dates) were scored
blind on round 15's first and final mains (462f641, cedc562); dev since round 16. round56
(16 texts: how signers are told) and round57 (16 texts: status and dates in varied grammar)
were scored blind on round 16's first main (655596e); dev since. round58 (16 texts: an
ordinary month from many kinds of outlets) and round59 (16 texts: signers and status mixed,
digests) were scored blind on round 16's first and final mains (655596e, b5b63f9); dev since
round 17. round60 (16 texts: how signers are told) and round61 (16 texts: status and dates
in varied grammar) were scored blind on round 17's first main (403ed25); dev since. round62
(16 texts: an ordinary month from many kinds of outlets) and round63 (16 texts: pages with
several agreements, three-party sides, common-noun and acronym sides) were scored blind on
round 17's first and final mains (403ed25, 1fbfc4a); dev since round 18. round64 (16 texts:
an ordinary month) and round67 (16 texts: status and dates in varied grammar) were scored
blind on round 18's first main (752585b); dev since. round65 (16 texts: how signers are
told) and round66 (16 texts: pages with several agreements) were scored blind on round 18's
first and final mains (752585b, b7c442b); dev since round 19. round68 (16 texts: an
ordinary month) and round71 (16 texts: how signers and status are told together) were
scored blind on round 19's first main (4114837); dev since. round69 (16 texts: pages with
several agreements) and round70 (16 texts: how sides and officials are told) were scored blind
on round 19's first and final mains (4114837, 4f50cc0); dev since round 20. round73 (16 texts:
who signed, told every way) and round75 (16 texts: messy collected pages) were scored blind on
round 20's first main (a7348bb); dev since. round72 (16 texts: an ordinary month) and
round74 (16 texts: status and dates) were scored blind on round 20's first and final mains
(a7348bb, 73a9737); dev since round 21. round77 (16 texts: pages with several agreements)
and round79 (16 texts: how sides and officials are named) were scored blind on round 21's
first main (c387d75); dev since. round76 (16 texts: an ordinary month) and round78 (16
texts: who signed, in new shapes) were scored blind on round 21's first and final mains
(c387d75, e1ae3e0); dev since round 22. round82 (16 texts: status and dates) and round83
(16 texts: officials and their posts in longer reports) were scored blind on round 22's first
main (b006976); dev since. round80 (16 texts: an ordinary month from smaller outlets) and
round81 (16 texts: who signed, in shapes easy to get wrong) were scored blind on round 22's
first and final mains (b006976, d4cd74c); dev since round 23. round86 (16 texts: regions
in the many shapes news uses) and round87 (16 texts: who signed, in other shapes) were scored
blind on round 23's first main (e241f61); dev since. round90 (16 texts: officials and
their posts in longer reports) and round91 (16 texts: one body, many partners) were scored
blind on round 24's first main (6e7f351); dev since. round88 (16 texts: an ordinary
month) and round89 (16 texts: status and dates) were scored blind on round 24's first and
final mains (6e7f351, 6d135c5) and joined the dev rounds at its end. round94 (16 texts:
signatories and officials on messy pages) and round95 (16 texts: status and dates of
agreements) were scored blind on round 25's first main (5461fd5); dev since. round92 (16
texts: an ordinary month) and round93 (16 texts: cooperation between regions) were scored
blind on round 25's first and final mains (5461fd5, c58f227) and joined the dev rounds at
its end. round98 (16 texts: messy republished pages) and round99 (16 texts: officials and
their posts at sessions and visits) were scored blind on round 26's first main (54671ad);
dev since. round96 (16 texts: an ordinary month) and round97 (16 texts: agreements with
businesses, universities and federal bodies, addenda) were scored blind on round 26's first
and final mains (54671ad, 16d3d1b) and joined the dev rounds at its end. round102 (16
texts: signings told indirectly, in quotes, reported speech and captions) and round103 (16
texts: the life cycle of agreements: drafts, postponements, addenda, results, anniversaries)
were scored blind on round 27's first main (e47a8405); dev since. round100 (16 texts: an
ordinary month) and round101 (16 texts: cooperation between regions, forums, extensions) were
scored blind on round 27's first and final mains (e47a8405, 46a6bf85) and joined the dev rounds
at its end; round106 (16 texts: the municipal and district level, district social-service
centres, employment centres, district papers) and round107 (16 texts: northern and Siberian
regions with partners elsewhere, renewed agreements, messy pages) were scored blind on round
28's first main (d859c12c), then tuned on; round104 (16 texts: an ordinary month) and
round105 (16 texts: signers told in every common sentence shape) were scored blind on round
28's first and final mains (d859c12c, the merge of region73) and joined the dev rounds at its
end; round108 (16 texts: the life cycle of agreements: renewals, addenda, postponements, year
turns) and round110 (16 texts: social partnership with unions, NGOs, funds, banks, companies and
universities) were scored blind on round 29's first main (d4343fe2), then tuned on; round109
(16 texts: forums and visits with several agreements signed at once) and round111 (16 texts:
the Volga, the Urals, the North Caucasus and the Far East, patronage of the new subjects,
messy pages) were scored blind on round 29's first and final mains (d4343fe2, the merge of
fix78) and joined the dev rounds at its end; round112 (16 texts: Siberia and the Arctic north:
long-term care, rehabilitation, active longevity and social tourism) and round114 (16 texts:
Central Russia and the North-West: data exchange and one-window services, aggregator pages)
were scored blind on round 30's first main (11cf23e1), then tuned on; round113 (16 texts:
support for participants of the special military operation and their families) and round115
(16 texts: the South and the republics, employment quotas, interviews) were scored blind on
round 30's first and final mains (11cf23e1, the merge of nerel82) and joined the dev rounds
at its end; round117 (16 texts: the Far East and Eastern Siberia: forum lists, interviews in
the first person, relative dates) and round118 (16 texts: Central Russia and the new
subjects: patronage, several agreements on one day, plans discussed) were scored blind on
round 31's first main (ea41ff2f), then tuned on; round116 (16 texts: the Urals and the Middle
Volga: employers and employment centres, extensions and addenda, signers in photo captions)
and round119 (16 texts: the European North and the North-West with federal bodies: digests,
terminations, two agreements of the same parties, posts in brackets) were scored blind on
round 31's first and final mains (ea41ff2f, the merge of side85) and joined the dev rounds at
its end; round120 (16 texts: the South and the North Caucasus: veterans' rehabilitation,
social tourism, wires and TV transcripts) and round121 (16 texts: Western Siberia and the
Tyumen cluster: agreements told with their history, new editions, roadmaps, reviews of the
year) were scored blind on round 32's first main (8bcf5a16), then tuned on; round122 (16
texts: how status and dates are told: passives, drafts, plans put off, relative dates,
publication dates in odd places) and round123 (16 texts: how people and posts are told:
acting officials, deputies signing, initials, double surnames, captions) were scored blind on
round 32's first and final mains (8bcf5a16, the merge of speed88) and joined the dev rounds at
its end. The golds of rounds 120-123 list signed, then planned, then mentioned agreements (the
writers were told to); earlier rounds' golds mostly follow the text, and so do those of rounds
124-127 (the writers were told to list agreements in the order the text first tells them).
Round124 (16 texts: who signed and in what post: "в лице", "со стороны", captions, acting
heads, deputies, several sides with some signers unnamed) and round126 (16 texts: messy pages:
Telegram posts, digests, repeated paragraphs, comments, social partnership) were scored blind
on round 33's first main (ec6cf0a8), then tuned on; round125 (16 texts: interregional
cooperation between federal subjects, abbreviations, demonyms, capitals) and round127 (16
texts: extensions, supplementary agreements, new editions, postponed and cancelled signings,
interviews listing earlier agreements, relative dates) were scored blind on round 33's first,
middle and final mains (ec6cf0a8, 80877c2f, the merge of cap89; the same on all three) and
joined the dev rounds at its end.
Round130 (16 texts: radio and TV transcripts, Telegram posts, interviews and press
conferences) and round131 (16 texts: municipalities, universities, multilateral agreements,
roadmaps, new editions and addenda) were scored blind on round 34's first main (a28f6573),
then tuned on; round128 (16 texts: interregional cooperation of ministries and their
centres, earlier agreements and extensions, relative dates) and round129 (16 texts: Social
Fund branches, employment centres, NGOs and companies; signers introduced in many ways) were
scored blind on round 34's first and final mains (a28f6573, the merge of sig90) and joined
the dev rounds at its end.
Round132 (16 texts: Social Fund branches and employment centres with governments,
universities, employers and NGOs; forum lists of signed documents, some outside social
protection) and round135 (16 texts: interviews, press-conference transcripts and Telegram
posts mentioning agreements of several years and statuses, reposts, relative dates) were
scored blind on round 35's first main (2aea5d30), then tuned on; round133 (16 texts:
municipalities, dioceses and parishes, volunteers and veterans; church calendars and parish
news as noise) and round134 (16 texts: labour mobility between regions, rotational work,
vacancy exchange, supplementary agreements and terminations, regions by abbreviation and
capital) were scored blind on round 35's first and final mains (2aea5d30, the merge of
regpool91) and joined the dev rounds at its end.
Round137 (16 texts: results pages, digests, newsletters and registers that list many
agreements at once, in bullets, numbered lists and "|" tables, with plans and agreements in
force) and round138 (16 texts: the Volga and Central Russia; people and posts in genitive and
instrumental, acting officials, posts in brackets or after a dash, signers only in captions)
were scored blind on round 36's first main (42eb7162), then tuned on; round136 (16 texts: the
Urals and the Far East, regions by abbreviation, adjective and capital, long vice-premier
posts) and round139 (16 texts: federal bodies and regions, patronage of new regions'
municipalities, partners abroad, renewals and terminations) were scored blind on round 36's
first and final mains (42eb7162, the merge of mend92) and joined the dev rounds at its end.
Round140 (16 texts: Siberia; interviews, Q&A pages, radio and TV transcripts with speaker
labels, Telegram posts, an agreement later called "документ" or "он", signers in indirect
speech) and round141 (16 texts: the Northwest; NGOs, dioceses, businesses and universities,
three- and four-sided agreements, organisations joining an existing agreement, supplementary
agreements) were scored blind on round 37's first main (76811f48), then tuned on; round142
(16 texts: the South and the North Caucasus; a cooperation's history over years, relative
dates, postponed and cancelled signings) and round143 (16 texts: whole scraped pages of
Central Russia with heavy site noise, agreements in unrelated fields beside social ones, three
distractors) were scored blind on round 37's first and last mains (76811f48, the merge of
statpool93) and joined the dev rounds at its end.
Round144 (16 texts: the Far East; agreements of several sides, prolonged, amended or ended,
signers "в лице" and in the instrumental, a year's agreements in a table) and round146 (16
texts: the Urals and the North; interregional agreements, acting officials, signers in
captions or after a dash, church and diaspora bodies, postponed signings, first-person
officials) were scored blind on round 38's first main (b6cf763a), then tuned on; round145 (16
texts: the Volga; wire copy, weekly digests of unrelated items, relative dates) and round147
(16 texts: Central Russia; documents pasted from PDF, tripartite agreements, a minister's
blog) were scored blind on round 38's first and final mains (b6cf763a, the merge of dig94)
and joined the dev rounds at its end. Round148 (16 texts: the Northwest and Kaliningrad;
forums where several pairs of sides sign, signers in captions, renewals) and round150 (16
texts: Siberia and the Volga; signers told every way, acting officials, double surnames) were
scored blind on round 39's first main (13c87519), then tuned on. Round152 (16 texts: the Far
East and the Arctic; NGOs, companies and northern districts as sides, signers in captions,
initials and double surnames) and round155 (16 texts: the Central Black Earth and the Volga;
a signing, a plan and a background agreement on one page, forums, video links, postponed
signings, relative dates) were scored blind on round 40's first main (c996364a), then tuned
on. Round153 (16 texts: Yugra, Yamal and the Urals; interregional agreements, renewals, a
forum digest) and round154 (16 texts: messy pages from all over Russia; channels, aggregators,
district portals) were round 40's hidden pair, scored blind on its first and final mains
(c996364a, 2ae45bbb: the same records) and joined the dev rounds at round 41's start.
Round157 (16 texts: Siberia; universities, employment centres, NGOs and companies, signers in
captions, lists and quotes) and round158 (16 texts: the North-West and Moscow; digests and
interregional pages with several signings, renewals and supplementary agreements) were
scored blind on round 41's first main (770bc24a), then tuned on. Round156 (16 texts: the
North Caucasus and the South; Social Fund branches, rehabilitation, employment, officials named
every way) and round159 (16 texts: the national republics of the Volga and Urals;
abbreviations, planned and postponed agreements, relative dates) were round 41's hidden pair,
scored blind on its first and final mains (770bc24a, 9cfd9edf) and joined the dev rounds at
round 42's start.
Round160 (16 texts: Central Russia; ministries with districts, employers and NGOs on
employment of the disabled and long-term care, signers in captions and passives) and round161
(16 texts: one body with many partners; per-partner agreements in one ceremony, counted
agreements in digests and reports) were scored blind on round 42's first main (9c0ea3dd),
then tuned on.
Round162 (16 texts: the Social Fund, unions and employers in the North and the Volga;
tripartite agreements, supplements, acting officials) and round163 (16 texts: veterans of the
special military operation, children and the elderly in the Urals, the Volga and the Far
East; foundations, dioceses, women officials in oblique cases) were round 42's hidden pair,
scored blind on its first and final mains (9c0ea3dd, 0013590e) and joined the dev rounds at
round 43's start.
Round164 (16 texts: the Central Black Earth and the Moscow region; rehabilitation and sport
for people with disabilities, social taxi, supplementary agreements, signers in captions or
listed after the text) and round166 (16 texts: Siberia; interregional agreements,
ombudsmen and public chambers, officials with two posts, planned and postponed agreements)
were scored blind on round 43's first main (9603b1ab), then tuned on.
Round165 (16 texts: the North-West; employment of young people, pre-retirees and veterans of
the special military operation, forums where several pairs sign, background agreements) and
round167 (16 texts: messy pages from the Volga, the Urals and the Caucasus; digests, PDF
pastes, Telegram and VK posts, an aggregator's reprint) were round 43's hidden pair, scored
blind on its first and final mains (9603b1ab, 61abb45f) and joined the dev rounds at round
44's start.
Round168 (16 texts: the Far East and the Arctic; social services in remote settlements,
indigenous peoples, employment and relocation, signers in captions and with initials) and
round170 (16 texts: Central Russia and the Volga; employers, banks and retail chains with
employment services, tripartite and sectoral agreements, signatories listed after the text)
were scored blind on round 44's first main (cdbdb9c0), then tuned on.
Round169 (16 texts: the South; patronage of regions over towns, interregional agreements
between ministries, sanatorium treatment of veterans, supplementary agreements, drafts) and
round171 (16 texts: messy and aggregated pages; a ministry's monthly review, first-person
Telegram channels, an interview, a press-conference transcript, a PDF paste) were round 44's
hidden pair, scored blind on its first and final mains (cdbdb9c0, 676efeab) and joined the
dev rounds at round 45's start.
Round172 (16 texts: the North-West and the Urals; agreements between two regions at
forums, long-term care and active longevity, volunteer centres, signers in participles) and
round173 (16 texts: Siberia; Social Fund branches with ministries, universities and
prosthetics makers, signings by video link, double surnames, captions left to right) were
scored blind on round 45's first main (b9cd79cc), then tuned on.
Round174 (16 texts: the North Caucasus and the national republics; charity foundations,
the "Защитники Отечества" fund, religious organisations, ombudsmen, long names in oblique
cases, republics' abbreviations) and round175 (16 texts: official and odd genres; a decree,
an announcement, a timestamped feed, a weekly digest, a correction, an interview recalling
past years) were round 45's hidden pair, scored blind on its first and final mains
(b9cd79cc, fbb57b8c) and joined the dev rounds at round 46's start.
Round176 (16 texts: Central Russia at district level; social service centres, employment
centres, libraries, parishes and farms, initials, posts after the name, several notes on
one page) and round178 (16 texts: the Social Fund, health and data; agreements on
information exchange with registry offices, MFCs, tax offices, hospitals and prosthetics
centres, acting heads, signings by electronic signature) were scored blind on round 46's
first main (f5ee630e), then tuned on.
Round 46's hidden pair (rounds 177 and 179) was lost with the machine before round 47 and
never joined. Round180 (16 texts: long multi-topic pages where one or two social agreements
hide among trade, construction, transport and education agreements of the same visit, forum,
meeting or annual report; written to be tuned on) and round182 (16 texts: bodies named by
abbreviations and acronyms, public organisations of disabled people, veterans and large
families; Siberia, the Far East and the Volga) were scored blind on round 47's first main
(s47start = 28ce60d5), then tuned on.
Round181 (16 texts: signers when several agreements are signed at one event, signers in pairs,
"в лице" clauses with the surname first, deputies signing for their chiefs, captions) and
round183 (16 texts: an ordinary month of news with status and dates of every kind) were round
47's hidden pair, scored blind on its first and final mains (28ce60d5, 04128047) and joined
the dev rounds at round 48's start.
Round184 (16 texts: regions told by abbreviations, adjectives, capitals and informal names;
venues in another region, regions in passing, agreements of three or more regions) and round185
(16 texts: signing dates of every kind, relative, without a year, in captions and lead lines,
planned, background years) were scored blind on round 48's first main (s48start = cf9c2461),
then tuned on.
Round186 (16 texts: officials and their posts told every way: acting, deputy and interim
posts, initials, surname first, oblique cases, clergy, heads of fund branches) and round187
(16 texts: municipal and local agreements, patronage, Telegram and VK posts, heavy site noise)
were round 48's hidden pair, scored blind on its first and final mains (cf9c2461, 3d3b65cf) and
joined the dev rounds at round 49's start.
Round188 (16 texts: several agreements signed at one event: governors' visits, federal and
regional forums, collegiums, social ones among trade, construction and sport) and round189 (16
texts: agreements told again: follow-ups, renewals, a new agreement of the same sides as an
older one, digests and interviews recalling past signings) were scored blind on round 49's
first main (s49start = 0dd019f7), then tuned on.
Round190 (16 texts: who signed and in what post: acting, deputy and interim officials, proxy
signings, initials, two people of one surname) and round191 (16 texts: hostile pages: portal
clutter, comment threads, repost chains, one-line pages, regions given by abbreviations and
adjectives) were round 49's hidden pair, scored blind on its first and final mains (0dd019f7,
8e82dfcc) and joined the dev rounds at round 50's start.
Round192 (16 texts: agreements in passing: news about something else (an annual report, a
visit, an award, a new service, a grant, a court case, an interview) telling a social
agreement signed, planned or referred to in a sentence or two; Central Russia and the Volga)
and round194 (16 texts: the national republics; Turkic, Caucasian, Yakut and Buryat names,
initials, women in oblique cases, republics' abbreviations, bilingual fragments) were scored
blind on round 50's first main (s50start = a374af6c), then tuned on.
Round193 (16 texts: agreements named by other words and changed over time: memoranda,
protocols of intent, roadmaps, programmes, supplementary agreements, a third side joining,
agreements extended, ended or replaced) and round195 (16 texts: hostile pages, second series:
aggregators, an article pasted twice, comments, PDF/OCR damage, a single-paragraph page, a
headline in capitals, a date only in the URL or footer) were round 50's hidden pair, scored
blind on its first and final mains (a374af6c, bb6943bb) and joined the dev rounds at round
51's start.
Round196 (16 texts: new regions and foreign partners: patronage of the Donetsk, Luhansk,
Zaporozhye and Kherson regions, agreements with Belarusian oblasts, Kazakhstan, Abkhazia and
Uzbekistan; which sides are federal subjects) and round199 (16 texts: long official genres: an
annual report, a governor's address, minutes, a register of agreements pasted as text,
numbered releases, background paragraphs of past agreements) were scored blind on round 51's
first main (s51start = a5e5ad6a), then tuned on.
Round197 (16 texts: status told in hard ways: agreements initialled, drafts approved, sent
for signing, signings postponed, cancelled or denied, agreements expired or suspended, a
week's schedule of signings, the conditional; the Urals and Western Siberia) and round198
(16 texts: the federal cities Moscow, St Petersburg and Sevastopol: committees, prefectures,
districts, regions named by their cities, towns named like a region, a venue in one city)
were round 51's hidden pair, scored blind on its first and final mains (a5e5ad6a, 12eb0150)
and joined the dev rounds at round 52's start.
Round202 (16 texts: first-person and spoken genres: interviews, readers' questions, a
governor's direct line, a minister's speech to a collegium, officials' posts, a press
conference, where tense, aspect and modal words tell the status and date; the Far East,
Siberia and the Volga) and round203 (16 texts: federal bodies and all-Russian organisations as
sides with regions: the Ministry of Labour, Rostrud, the Social Fund's central office and
branches, the Agency for Strategic Initiatives, societies of the disabled, foundations, the Red
Cross, federal universities; one agreement with all regions of a district; the North
Caucasus, the Black Earth and the North) were scored blind on round 52's first main
(s52start = 7fbd4faa), then tuned on.
Round200 (16 texts: signers told apart from the signing sentence: captions, quotes after
the signing, later paragraphs, the post first and the name later, initials, the instrumental,
several pairs at one ceremony, officials present who did not sign; the Volga, the Urals and
Siberia) and round201 (16 texts: names that look like regions and are not: streets,
districts, stations, companies, universities, clubs, papers, towns named like a region;
Central Russia, the North-West and the South) were round 52's hidden pair, scored blind on its
first and final mains (7fbd4faa and 4061d1a5), and joined the dev rounds at round 53's start.
Round206 (16 texts: sides below and beside the region: municipal districts and city
administrations, municipal social centres, employment centres, colleges, hospitals, dioceses,
businesses, veterans' and disabled people's organisations, volunteer groups, universities; a
side named only by a pronoun or a generic word, the region clear from the page; several sides
in one agreement; the North-West and Central Russia) and round207 (16 texts: regions named
that the agreement does not involve: a forum's venue elsewhere, comparisons and rankings, the
home regions of people helped, regions in experts' quotes, a model to be copied, other regions
with similar agreements, an outlet reporting news from elsewhere; a side told only by its
capital, governor or adjective; the South, the North Caucasus and the Black Earth) were scored
blind on round 53's first main (s53start = a28cc3e2), then tuned on.
Round204 (16 texts: dates told every way: relative days, photo captions, dates without a
year, deadlines, validity and effect dates, forum days, publication dates in bylines, footers
and URLs; the Volga and the Urals) and round205 (16 texts: agreements with a history:
recalled, extended, supplemented, replaced and ended; anniversaries; results "в рамках
соглашения"; Siberia and the Far East) were round 53's hidden pair, scored blind on its first
and final mains (a28cc3e2 and 7d903f42), and joined the dev rounds at round 54's start.
Round209 (16 texts: agreements not yet signed: announcements of a planned signing, a draft
approved by a government order or a council, a signing on a forum's or visit's agenda,
negotiations that may end in no agreement, an agreement being prepared, a signing postponed,
a plan in the future tense beside a signing done; the expected signers when told; the
North-West and Siberia) and round211 (16 texts: ordinary social-protection news as crawled,
with heavy page noise: menus, calendars, unrelated headlines naming other regions and
agreements, repeated paragraphs, comments, cookie notices, one unbroken paragraph; the Urals
and the North Caucasus) were scored blind on round 54's first main (s54start = f60eb9cb),
then tuned on.
Round208 (16 texts: signers told every way: deputy and acting heads signing "по
доверенности", "врио", posts only, initials, a post after the name, a signer named later or
in a quote, women's surnames in oblique cases; several signings at one event; witnesses,
guests and a moderator who did not sign; the Black Earth and the Volga) and round210 (16
texts: sides told through their people and names: a minister for the ministry, renamed
bodies, abbreviations, the Social Fund and branches of federal services, ombudsmen, public
chambers, municipal bodies, posts with complements, "ведомство", "наши коллеги"; the South
and the Far East) were round 54's hidden pair, scored blind on its first and final mains
(f60eb9cb and 075778ec), and joined the dev rounds at round 55's start.
Round214 (16 texts: status told every way within one text: one agreement signed at an event,
another announced or being prepared, an old one referred to "в рамках" or "действующее с
2019 года"; an extension or addendum signed now beside its base; an agreement terminated,
suspended, replaced or postponed; plans in the future tense, "планируется", "намерены", "в
ближайшее время"; Central Russia) and round215 (16 texts: officials told every way in pages
where agreements are few: round tables, visits, appointments, reports; "врио", "и.о.",
managers of Social Fund branches, ombudsmen, NGO chairs, clergy, rectors, posts with
complements, a post after the name, initials, women's surnames in oblique cases; the Volga
and the Far East) were scored blind on round 55's first main (s55start), then tuned on.
Round212 (16 texts: dates told every way: "вчера", "накануне", "в минувший четверг", "на
прошлой неделе", a December signing published in January, an earlier agreement's year, an
anniversary, a forum over three days, a date only in the headline or the dateline; Siberia
and the Urals) and round213 (16 texts: regions told every way: adjectives, abbreviations
(КБР, КЧР, РТ, ЧР, ЯНАО, ЛНР, ДНР), a capital for its region, districts and towns, people's
home regions, the new subjects with patron regions, regions only in site noise; the North
Caucasus, the North-West and the new subjects) were round 55's hidden pair, scored blind on
its first and final mains (f5c2c026 and 660c2798), and joined the dev rounds at round 56's
start. Round218 (16 texts: the history of cooperation: older agreements recalled in
background clauses, agreements renewed or extended now, addenda, a new agreement replacing
an old one, anniversaries, a chronicle of a region's agreements with their years, a report
on how an agreement worked; the Centre and the North-West) and round219 (16 texts: messy
pages: menus, calendars, unrelated headlines naming other regions and agreements, the lead
repeated, print versions, two items stacked on one page, comments, adverts and channel
blocks; Eastern Siberia and the Far East) were scored blind on round 56's first main
(s56start), then tuned on. Round216 (16 texts: several agreements at one event: signers in
one list after all the agreements, a person signing two, agreements on other subjects at the
same event, an agreement told again, captions and quotes; the South) and round217 (16 texts:
plans, deadlines and postponements: "до конца года", "в ближайшее время", a forum in May, a
plan's date told later or in a quote, a signing put off to the autumn or to a month,
programme deadlines, a plan made earlier and signed now; the Black Earth and the
Volga-Vyatka) were round 56's hidden pair, scored blind on its first and final mains
(43860b46 and 3562a0a0), and joined the dev rounds at round 57's start. Round221 (16
texts: who signed and on whose behalf: acting heads, a deputy signing for a minister,
initials only, a post told after the name or in an earlier sentence, funds, universities,
NGOs and companies beside a ministry, officials present who did not sign, three sides, a
signer only in a quote or a caption; the North-West) and round222 (16 texts: when: relative
days, a December signing told in January, a date inside a quote, an earlier event's date
beside the signing, validity periods and deadlines, odd or missing page dates; the Urals)
were scored blind on round 57's first main (s57start), then tuned on. Round220 (16 texts:
the history of agreements between the same sides: an older agreement replaced, an additional
agreement or a prolongation, "в развитие", a background clause, an agreement expired or
terminated; Siberia and the Far East) and round223 (16 texts: messy pages and how regions are
named: menus, headline lists, repeated paragraphs, abbreviations such as КЧР, КБР,
РСО-Алания, ЧР and РД, town adjectives, municipal sides, a region named by its capital; the
North Caucasus) were round 57's hidden pair, scored blind on its first and final mains
(3cad4595 and 208a27a4), and joined the dev rounds at round 58's start. Round226 (16
texts: page dates and dates told against them: the publication date in many places and
formats, an update label later than the first date, a date only in the URL line, a post's
"вчера, 18:20" beside a crawl header, comment dates later than the page, an event calendar,
relative signing days, one page with no date; the South) and round227 (16 texts: who signed,
in hard forms: double surnames, women's surnames in oblique cases, "Иванова Т.П." and "Т.П.
Иванова", a signer named first by post, signing by proxy or "по поручению", "подписи под
документом поставили", signers in a caption or a dashed list, people who only spoke or
attended; the Black Earth) were scored blind on round 58's first main (s58start), then tuned
on. Round224 (16 texts: several agreements at one event and who signed which: a governor
signing three or four in a row, one list of signers after all of them, a person signing two,
"также были подписаны", other fields' agreements at the same event, captions and quotes, a
table or dashed list; the Volga) and round225 (16 texts: which agreements are social
protection: a social agreement beside investment, building, hotel, sport, culture or
education ones, "о сотрудничестве в сфере …" with a company, a broad socio-economic agreement
with a social part, employers, a meeting that only discussed, a services contract; the
Centre) were round 58's hidden pair, scored blind on its first and final mains (3fe2bbb5 and
868478a1), and joined the dev rounds at round 59's start. Round228 (16 texts: several
agreements at one event told in plain prose: a minister signing with three partners of
different kinds one after another, a shared list of signers of several bodies, one person
signing two documents, another field's agreement at the same forum, the signing told again
in a quote; Siberia) and round229 (16 texts: agreements whose other side is not a region: a
company, a bank, a university, a charity, employers, a diocese, a pension fund branch;
planned, signed and mentioned ones, "мы заключили соглашение с …", another sphere with the
same partner, an interview; the Urals) were scored blind on round 59's first main
(s59start), then tuned on. Round230 (16 texts: dates that are hard to read: a day without a
year on a page dated only at its foot or after "Опубликовано:", "на прошлой неделе", "в
минувший четверг", a forum over several days with its programme, a signing at a year's end
published the next, "до 2027 года", "№ 45 от 12.03.2024", "до конца года"; the North-West)
and round231 (16 texts: pages full of other text: a menu, a "Главное за сутки" block of
headlines naming other regions, weather, a calendar, a repeated paragraph, comments, a
gallery, tags, "Читайте также"; regions in adjectives and abbreviations such as ДФО and ЕАО;
the Far East) were round 59's hidden pair, scored blind on its first and final mains
(8e9a20b2 and 1fbdcdbf), and joined the dev rounds at round 60's start. Round234 (16 texts:
new agreements built on older ones: a supplementary agreement, a prolongation, a new edition
replacing an old one, a roadmap signed "в рамках" or "в развитие" of a framework agreement,
"на основании соглашения, подписанного в 2021 году"; which document is the new signing and
which is only recalled; the Volga and Vyatka) and round235 (16 texts: social protection told
in rarer words: housing for orphans, people with disabilities, veterans of the special
operation and their families, long-term care, large families, the homeless, palliative care,
supported living, people near pension age, beside agreements of other fields signed by the
same bodies; the Arctic and the North) were scored blind on round 60's first main
(s60start), then tuned on. Round232 (16 texts: several agreements at one event told as a
prose series: "Первым …", "Затем …", "Следующим стало …", "Завершило церемонию …", later
items leaving one side implied, a shared line of signers of several bodies, one person
signing two, another field's item, a planned one at the end; the North Caucasus) and
round233 (16 texts: who signed, told in many ways: "в лице", "от имени", "со стороны", a
deputy or acting head "по доверенности", a signer only in a caption or a quote, a governor
who only attended or handed over, female surnames and initials in oblique cases; the South)
were round 60's hidden pair, scored blind on its first and final mains (26e3819c and
e50cf3ee), and joined the dev rounds at round 61's start. Round237 (16 texts: dates that are
hard to pin: a signing told only by a weekday on a dated page, "в начале марта", "в конце
прошлого года", "в 2023-м", "полгода назад", a page dated only in a URL line or at its foot,
two signings of one page on different days, "вчера" and "накануне" after midnight, a forum
over several days; the Central Black Earth) and round238 (16 texts: regions told in every
way but their full name: capitals, demonyms and adjectives, abbreviations such as ЯО and
МО, a municipal body or a federal body's regional office as a party, other regions only in
a list of past partners or in a weather or news block; the Upper Volga and the Centre) were
scored blind on round 61's first main (s61start), then tuned on. Round236 (16 texts: planned
signings with their announced signers: "Документ подпишут …", "подписи поставят …", "в
присутствии … будет заключено", a signing postponed, a draft approved by decree before
signing, a signing announced then reported with other signers, a plan whose signers are not
yet named; Siberia) and round239 (16 texts: agreements of agencies rather than regions: a
ministry with a federal body's branch, an NGO, a university, a bank, a diocese; long titles,
a deputy signing for the head, a signer named twice with two titles; other fields'
agreements of the same bodies; the Urals and Western Siberia) were round 61's hidden pair,
scored blind on its first and final mains (62286a00 and f2f0a186), and joined the dev rounds
at round 62's start.
Round242 (16 texts: several agreements told in one item with their signers listed together,
"Подписи под документами поставили …" after two or three agreements, a signer's body named
otherwise than the party (a department, an abbreviation, a fund's branch named by the fund),
one body signing with three partners in turn, a signer of two of the documents, another
field's agreement signed at the same ceremony; the North-West) and round243 (16 texts: older
agreements told beside new ones, "соглашение 2019 года", "действующее с прошлого года", a
prolongation, an agreement told by its number and date, a signing told as "на прошлой неделе"
or "в понедельник", a day without a year on a page of another year, a date only in the
headline, URL or footer; the North Caucasus and the South) were scored blind on round 62's
first main (s62start), then tuned on. Round240 (16 texts: signers told in the first person
or only inside quotes, "«Сегодня мы с ректором … подписали …», — рассказал министр …", "Я
подписала …", an interview, a fund branch's "we" voice, a quoted person who only praises, a
signer only in a photo caption; the Far East) and round241 (16 texts: regions named in
passing beside the real sides: experience studied "по примеру …", participants "из 20
регионов", past partners, a guest speaker from another region, a federal district, a byline
or weather line; a region told by an adjective or capital that is a side or venue; the
Volga) were round 62's hidden pair, scored blind on its first and final mains (13404a23 and
a15f94a5), and joined the dev rounds at round 63's start.
Round244 (16 texts: regions named in passing beside the two sides of an item: a national
ranking or federal programme listing regions, "как и в …", a delegation that visited
earlier, a conference of many subjects, an expert from another region, a map caption, a
dateline in another city; and a side region told only by its capital, an adjective, a
demonym or an abbreviation; Siberia) and round246 (16 texts: agreements told against their
history: a supplementary agreement to a base agreement of earlier years, a signing put off
or moved, a signing told in one sentence and its signers in the next or in a quote, another
field's agreement at the same meeting, "в минувшую пятницу", a day without a year, a page
recalling an old agreement while reporting its results; the Urals) were scored blind on
round 63's first main (s63start), then tuned on.
Round245 (16 texts: several agreements told as lists: bulleted or numbered partners of one
body, "подписаны соглашения с: …", lines with different sides, long names with «имени …»,
signers in a closing paragraph or a caption, signed and planned in one list; the Centre) and
round247 (16 texts: announced agreements and reports of them with other signers, plans whose
sides are common nouns, a draft agreed but not signed, signing by letters or electronically,
a memorandum beside an agreement, a deputy signing "по доверенности"; the South and Crimea)
were round 63's hidden pair, scored blind on its first and final mains (1f097f7b and
426936c5), and joined the dev rounds at round 64's start.
Round248 (16 texts: several agreements told as lists: "Соглашения подписали: …" with a
signer, post and region per line, partners separated by semicolons, a table flattened into
text lines, chains with «а также» and «кроме того», signed and planned in one list, social and
non-social agreements in one list; the Volga) and round251 (16 texts: agreements told against
earlier ones: a new agreement replacing or extending an old one, an additional agreement, a
roadmap signed within an older agreement, an agreement ended or not extended, an old
agreement cited with no new signing; the North Caucasus and the South) were scored blind on
round 64's first main (s64start), then tuned on.
Round249 (16 texts: dates of signing told in hard ways: relative dates, a day without a year
in January about late December, a date only in a headline or caption, a moved signing in a
quote, an anniversary, a forum's range; the North-West) and round250 (16 texts: signers' names
in hard forms: initials after the surname, hyphenated first names, Buryat, Yakut, Tuvan and
Tatar names, oblique female surnames, namesakes, a deputy for the head, a signer only in a
caption; Siberia and the Far East) were round 64's hidden pair, scored blind on its first and
final mains (9db6e767 and a59bd9a3; also run on the names64 code: unchanged), and joined the
dev rounds at round 65's start.
Round252 (16 texts: agreements with three or more sides and many signers: signers listed
with their posts after the signing, one person signing for two bodies, a side with no named
signer, a body joining an existing agreement, heads of several districts signing one
agreement; the Urals) and round255 (16 texts: agreements with partners outside government:
charities, universities, banks, companies, a diocese, trade unions, the Red Cross, the Union
of Pensioners, with their heads' posts; Moscow, the Moscow region and Kaliningrad) were scored
blind on round 65's first main (s65start), then tuned on.
Round253 (16 texts: the status of an agreement told in hard ways: a draft approved by a
decree but not signed, a signing set for a coming forum, a signing put off or cancelled, an
initialled draft, a draft sent for approval, a signing reported weeks later, an agreement
cited as in force, talks without one; the Centre) and round254 (16 texts: the signing told
in one or two sentences inside a long text: a collegium's report, an interview, a year's
summary, a visit with many meetings, many officials quoted who did not sign; the Black Earth
regions and the Volga-Vyatka) were round 65's hidden pair, scored blind on its first and
final mains (cdf17d42 and 093cfb53), and joined the dev rounds at round 66's start.
Round256 (16 texts: one agreement told more than once on a page and agreements built on
earlier ones: a headline, lead and body retelling one signing, a caption or quote naming it
again, an additional agreement or prolongation of an old one, a plan adopted under an old
agreement; the North-West) and round259 (16 texts: messy web pages around a real story:
menus, lists of unrelated headlines naming other agreements, calendars, repeated paragraphs,
comments, "Читайте также" links, tags, a press release's contact block; the South and the
North Caucasus) were scored blind on round 66's first main (s66start), then tuned on.
Round257 (16 texts: plans and intentions told in many voices: an agreement being prepared,
officials quoted saying they intend to sign, a plan with unnamed partners, who is expected to
sign, a governor instructing a ministry to prepare one, a plan in a quote then signed in the
same text; Siberia) and round258 (16 texts: officials and posts in many forms: acting heads,
one person with two posts, long genitive chains, initials before and after the surname, a
deputy signing for the head, signers only in a caption or at the end, officials quoted who
did not sign; the Far East) were round 66's hidden pair, scored blind on its first and final
mains (f4655492 and 527a4b51), and joined the dev rounds at round 67's start.
Round260 (16 texts: many sides and lists: agreements of three or more sides with their
signers listed after them, several agreements signed in turn at one ceremony, municipalities
joining an agreement one by one, partners in bullet points, a table of who signed with whom;
the Urals) and round262 (16 texts: cooperation between regions and with federal bodies: one
region's ministry signing with another region's, a federal ministry or agency signing with a
region, delegations exchanging experience, a region adopting another's practice; Central
Russia) were scored blind on round 67's first main (s67start), then tuned on.
Round261 (16 texts: agreements referred to rather than signed: results under an existing
agreement, an anniversary, an expiry or termination, an audit or court decision, a plan to
extend one, the page's own signing told again as background; the Volga region) and round263
(16 texts: the same news in unusual text shapes: Telegram and VK posts with emoji and
hashtags, bullet-point releases, a question-and-answer interview, a meeting transcript, PDF
text with hyphenated line breaks, headlines in capitals, one long paragraph, a caption-only
report; the Black Earth region) were round 67's hidden pair, scored blind on its first and
final mains (60fcf1e0 and 1655ea41), and round264 (16 texts: ordinary regional news from
sixteen regions, held out from the developers as a merge gate) with them; all three joined
the dev rounds at round 68's start.
Round266 (16 texts: partners of many kinds, often in lower case or described rather than
named: a branch of the Social Fund, a university, a diocese, a trade union, a bank, employers,
a chamber of commerce, an association of NGOs, a veterans' organisation; the North-West) and
round267 (16 texts: dates in many forms: relative dates, dates without a year, a date only in
the headline or a caption, an agreement's term, a planned date beside the signing date, an
earlier agreement's date, publication dates in several site formats; Siberia) were scored
blind on round 68's first main (s68start), then tuned on.
Round265 (16 texts: one official, several papers, and several officials of one body: a
minister signing with several partners in one day, a governor and a deputy both signing, one
person with two posts, a signer by initials and in full, an acting head; the South) and
round268 (16 texts: agreements not yet signed or not signed after all: negotiations, drafts,
a decree approving an agreement to be signed later, a postponed or cancelled signing, a
headline "подпишут", a memorandum of intent, a refusal; the Far East) were round 68's hidden
pair, scored blind on its first and final mains (5c91ee7d and e9b55dee), and round269 (16
texts: ordinary news with two difficulties per text, sixteen regions, held out as a merge
gate) with them; all three joined the dev rounds at round 69's start.
Round270 (16 texts: agreements that build on earlier ones: a new agreement signed in
development of an older one, an addendum or extension signed now, a programme under an existing
agreement, an anniversary, an earlier agreement named only by its year or partner, an old
agreement replaced; the Volga) and round272 (16 texts: officials whose posts are qualified or
change: former, acting, newly appointed, first deputy, a post later told as "глава ведомства",
two people with one surname, initials, long posts, a federal official visiting; Central
Russia) were scored blind on round 69's first main (s69start), then tuned on.
Round 69's hidden pair, round271 (16 texts: a signing told by the people who signed it: an
interview in the first person, a governor's Telegram or VK post, a report to the regional
parliament, the partner's own release, a partner named only in a quote; the Urals and Western
Siberia) and round273 (16 texts: many sides and lists: tripartite agreements, several
municipalities or employers at once, "соглашения с A, B и C", a count with examples, partners
named as a class, sides in lower case, signers after the partners; the North Caucasus), was
scored blind on round 69's first and final mains (047ad5b3 and a03d5001), with round274 (16
texts: ordinary news with two difficulties in each, from sixteen regions), held out as the
merge gate; all three joined at round 70's start.
Round 70's dev pair, round277 (16 texts: when it was signed: relative dates, dates without a
year, the date only in the headline or dateline, a signing on another day than the event told,
an agreement named by number and date, a forum over several days, a page updated later than
published; the South) and round278 (16 texts: signers spread over the text: in a quote or a
caption, "со стороны ... подписал ...", a list of signers after the agreement, a deputy signing
for the head, initials, a head present who did not sign; the Far East), were scored blind on
round 70's first main (s70start), then tuned on.
Round 70's hidden pair, round275 (16 texts: who will sign, and who signed, in plans and
announcements; Siberia) and round276 (16 texts: an agreement mentioned, not signed in the
story; the Northwest), was scored blind on round 70's first and final mains (dee4e694 and
3fea6480), with round279 (16 texts: ordinary news with two difficulties in each, each from
another region), held out as the merge gate; all three joined at round 71's start.
Round 71's dev pair, round281 (16 texts: who signed, as long posts tell it: posts in the
genitive or instrumental, acting heads, a deputy signing for the head, "в лице", "от имени",
a name in full and then by initials, two people with one surname, people present who did not
sign; the Urals) and round283 (16 texts: several partners at one event: one side signing with
several others, a list of signed documents at a forum, a bilateral agreement beside a
tripartite one, one signer for several agreements, sides later named by abbreviation or
pronoun; the South and the North Caucasus), were scored blind on round 71's first main
(s71start), then tuned on.
Round 71's hidden pair, round280 (16 texts: several agreements in different states on one
page: a new one signed beside older ones it builds on, ones only planned, one extended or
replaced; the Volga) and round282 (16 texts: when it was signed: dates without a year,
relative dates, a signing date unlike the page's other dates; Central Russia), was scored
blind on round 71's first and final mains (245b8956 and bc2df390), with round284 (16 texts:
ordinary news with two difficulties in each, each from another region), held out as the merge
gate; all three joined at round 72's start.
Round 72's dev pair, round286 (16 texts: signers told in quotes, captions and interviews: a
signer speaking in the first person, signers named only in a caption or at the end, a
tripartite agreement with three signers, a signer named by post only, officials present who
did not sign; the Far East) and round288 (16 texts: messy pages as sites publish them: menus,
lists of other headlines naming other agreements, tags, a calendar widget, a repeated lead, a
second unrelated item; the Volga and the South), were scored blind on round 72's first main
(s72start), then tuned on.
Round 72's hidden pair, round285 (16 texts: status told by grammar and by who says it:
signings done, announced, intended, postponed or not signed after all, told in reported
speech; Siberia) and round287 (16 texts: agreements of non-state bodies, NGOs, universities,
businesses, churches and funds, with social protection; the Northwest), was scored blind on
round 72's first and final mains (b1a5eada and 3b502d9c), with round289 (16 texts: ordinary
news with two difficulties in each, each from another region), held out as the merge gate;
all three joined at round 73's start.
Round 73's dev pair, round292 (16 texts: who signed, in which post: acting and deputy
officials, a deputy signing instead of the minister, initials, namesakes, posts in oblique
cases; the South and the North Caucasus) and round293 (16 texts: regions cooperating with
regions: interregional agreements, regions named by adjectives, abbreviations and informal
names, a region of Belarus or Kazakhstan, an exchange of experience without an agreement; the
Northwest and the Volga), were scored blind on round 73's first main (s73start), then tuned on.
Round 73's hidden pair, round290 (16 texts: several agreements on one page: one signed now,
an older one recalled, one planned with another partner, a forum's list, a supplementary or
prolonged agreement; Central Russia) and round291 (16 texts: when it was signed: relative
dates, dates without a year, a page published days later, an older agreement's own date, a
planned date, no date at all; the Urals), was scored blind on round 73's first and final mains
(3b502d9c and dc605694), with round294 (16 texts: ordinary news with two difficulties in each,
each from another region), held out as the merge gate; all three joined at round 74's start.
Round 74's dev pair, round296 (16 texts: the same agreement told again: in the headline,
the lead, a quote, a caption and a closing paragraph with other words, repeated paragraphs, a
reprint, lists of other headlines, an older agreement of the same sides; the Far East) and
round298 (16 texts: who signed and who was only present: lists of participants, signers told
by pronoun or post, in quotes and interview answers, a governor present while ministers sign,
three or more signers, initials and posts in oblique cases; the Northwest and the South),
were scored blind on round 74's first main (s74start); round 74's developers did not open them
(with rounds 289–294 they were the round's transfer set).
Round 15 raised 11 floors the same way; round 16 raised 15 (rounds 24 and 54–57);
round 17 raised 25 (rounds 23, 39, 44, 52 and 54–61); round 18 raised 32 (rounds 5, 8, 14,
16, 24, 33, 38, 41, 44, 45, 48, 55, 57, 58 and 61, round 58's two that agrmiss52 had lowered
among them) and set those of rounds 62–64 and 67; round 19 raised 57 (most of them
officials_full, after nerel54's organisations) and set those of rounds 65, 66, 68 and 71;
round 20 set those of rounds 69, 70, 73 and 75 and raised 24; round 21 set those of rounds
72, 74, 77 and 79, raised 68 and lowered three (rounds 24, 55 and 56, each explained beside it);
round 22 set those of rounds 76, 78, 82 and 83 and raised 25;
round 23 set those of rounds 80, 81, 86 and 87 and raised 31;
round 24 set those of rounds 88–91, raised 58 and lowered two (rounds 61 and 74, each
explained beside it);
round 25 set those of rounds 92–95, raised 37 and lowered two of round 41 (explained beside
them); round 26 set those of rounds 96–99, raised 46 and lowered two (rounds 30 and 52,
explained beside them); round 27 set those of rounds 100–103 and raised 35; round 28 set
those of rounds 104–107, raised 45 and lowered three (rounds 48, 55 and 69, each explained
beside it); round 29 set those of rounds 108–111, raised 16 and lowered one (round 9's status,
explained beside it); round 30 set those of rounds 112–115, raised 46 and lowered one (round 80's
date, explained beside it); round 31 set those of rounds 116–119 and raised 16; round 32
set those of rounds 120–123, raised 28 and lowered three (rounds 69, 95 and 121, each
explained beside it); round 33 set those of rounds 124–127, raised 52 and lowered two (rounds
19 and 115, each explained beside it); round 34 set those of rounds 128–131, raised 42 and
lowered three (round 5's agreements and signatories, round 122's date, each explained beside
it); round 35 set those of rounds 132–135 and raised 37; round 36 set those of rounds 136–139,
raised 50 and lowered four (rounds 30, 47, 74 and 97, each explained beside it); round 37
set those of rounds 140–143 (0.02 below the final code's scores) and raised 44; round 38
set those of rounds 144–147 (0.03 below the blind start for 144 and 146, below the final
code for 145 and 147), raised 30 and lowered one (round 141's signatories, explained
beside it); round 39 set those of rounds 148 and 150 (0.03 below the blind start), and
side95 brought district_body back with its floors (round 111's and 133's agreements raised
again, round 133's date lowered, explained beside it); then 52 were raised on the final
code (18 rounds); round 40 set those of rounds 152 and 155 (0.03 below the blind start),
then raised 25 on the final code (14 rounds); round 41 set those of rounds 153 and 154
(0.03 below the blind score, the same at round 40's start and end) and those of rounds 157
and 158 (0.03 below their blind start), then raised 14 on the first wave's merge (11
rounds); round 42 set those of rounds 156 and 159 (0.03 below their score on round 41's
final code) and those of rounds 160 and 161 (0.03 below their blind start), lowered two of
round 122 (explained beside them), then raised 26 on the final code (15 rounds); round 43
set those of rounds 162 and 163 (0.03 below their score on round 42's final code) and
those of rounds 164 and 166 (0.03 below their blind start), then raised 46 on the final
code (18 rounds); round 44 set those of rounds 165 and 167 (0.03 below their score on round
43's final code) and those of rounds 168 and 170 (0.03 below their blind start), and
lowered one (round 40's agreements, explained beside it), then raised 21 on the final code
(13 rounds); round 45 set those of rounds 169 and 171 (0.03 below round 44's final
code's scores) and those of rounds 172 and 173 (0.03 below their blind start), then
raised 51 on the final code (31 rounds); round 46 set those of rounds 174 and
175 (0.03 below round 45's final code's scores) and those of
rounds 176 and 178 (0.03 below their blind start), then raised 117 on the final code
(90 rounds); round 47 set those of rounds 180 and 182 (0.03 below their blind start), then
raised 34 on the final code (28 rounds); round 48 set those of rounds 181 and 183 (0.03 below
their score on round 47's final code) and those of rounds 184 and 185 (0.03 below their blind
start), then raised 24 on the final code; round 49 set those of rounds 186 and 187 (0.03 below
their score on round 48's final code) and those of rounds 188 and 189 (0.03 below their blind
start), then raised 27 on the merged code (m49); round 50 set those of rounds 190 and 191
(0.03 below their score on round 49's final code) and those of rounds 192 and 194 (0.03
below their blind start), then on the merged code (m50) raised 24 and lowered 42, each
explained beside it: 36 agreement dates of rounds 2–150, whose golds leave undated a plan
the text gives a period (pdate50 dates it), and six figures of rounds 124, 164 and 183, where
the scorer pairs a right new mentioned record with a gold agreement still missed; round 51
set those of rounds 193 and 195 (0.03 below their score on round 50's final code) and those
of rounds 196 and 199 (0.03 below their blind start), then raised 24 and lowered nine on
the final code; round 52 set those of rounds 197 and 198 (0.03 below their score on round
51's final code) and those of rounds 202 and 203 (0.03 below their blind start), then
raised 15 on the final code (10 rounds); round 53 set those of rounds 200 and 201 (0.03
below their score on round 52's final code) and those of rounds 206 and 207 (0.03 below
their blind start), then raised 12 on the final code (7 rounds); round 54 set those of
rounds 204 and 205 (0.03 below their score on round 53's final code) and those of rounds 209
and 211 (0.03 below their blind start), then raised 15 on the final code (7 rounds); round 55
set those of rounds 208 and 210 (0.03 below their score on round 54's final code) and those
of rounds 214 and 215 (0.03 below their blind start), then raised 20 on the final code (9 rounds);
round 56 set those of rounds 212 and 213 (0.03 below their score on round 55's final code)
and those of rounds 218 and 219 (0.03 below their blind start), then raised 8 on the final code
(6 rounds); round 57 set those of rounds 216 and 217 (0.03 below their score on round 56's
final code) and those of rounds 221 and 222 (0.03 below their blind start), then raised 16
on the final code (9 rounds); round 58 set those of rounds 220 and 223 (0.03 below their
score on round 57's final code) and those of rounds 226 and 227 (0.03 below their blind
start), then raised 13 on the final code (8 rounds); round 59 set those of rounds 224 and
225 (0.03 below their score on round 58's final code) and those of rounds 228 and 229 (0.03
below their blind start), then raised 11 on the final code (6 rounds); round 60 set those
of rounds 230 and 231 (0.03 below their score on round 59's final code) and those of rounds
234 and 235 (0.03 below their blind start), then raised 17 on the final code (11 rounds);
round 61 set those of rounds 232 and 233 (0.03 below their score on round 60's final code)
and those of rounds 237 and 238 (0.03 below their blind start), then raised 20 on the final
code (15 rounds); round 62 set those of rounds 236 and 239 (0.03 below their score on round
61's final code) and those of rounds 242 and 243 (0.03 below their blind start), then raised
17 on the final code (11 rounds); round 63 set those of rounds 240 and 241 (0.03 below their
score on round 62's final code) and those of rounds 244 and 246 (0.03 below their blind
start), lowered one (round 207's regions, explained beside it), then raised 33 on the
final code (22 rounds); round 64 set those of rounds 245 and 247 (0.03 below their score on
round 63's final code) and those of rounds 248 and 251 (0.03 below their blind start), then
raised 16 on the merged code (7 rounds) and 7 after the lead's names64 (4 rounds); round 65
set those of rounds 249 and 250 (0.03 below their score on round 64's final code) and those of
rounds 252 and 255 (0.03 below their blind start), then raised 19 on the merged code (14
rounds); round 66 set those of rounds 253 and 254 (0.03 below their score on
round 65's final code) and those of rounds 256 and 259 (0.03 below their blind start), then
raised 11 on the final code (7 rounds); round 67 set those of rounds 257 and 258 (0.03 below
their score on round 66's final code) and those of rounds 260 and 262 (0.03 below their
blind start), then raised 17 on the final code (10 rounds) and lowered three (rounds 120 and
148, each explained beside it); round 68 set those of rounds 261, 263 and 264 (0.03 below
their score on round 67's final code) and those of rounds 266 and 267 (0.03 below their
blind start), then raised 19 on the final code (12 rounds); round 69 set those of rounds
265, 268 and 269 (0.03 below their score on round 68's final code) and those of rounds 270
and 272 (0.03 below their blind start), then raised 12 on the final code (7 rounds); round 70
set those of rounds 271, 273 and 274 (0.03 below their score on round 69's final code) and
those of rounds 277 and 278 (0.03 below their blind start), then raised 15 on the final code
(14 rounds); round 71
set those of rounds 275, 276 and 279 (0.03 below their score on round 70's final code)
and those of rounds 281 and 283 (0.03 below their blind start), then raised 9 on the final
code (7 rounds); round 72 set those of rounds 280, 282 and 284 (0.03 below their score on
round 71's final code) and those of rounds 286 and 288 (0.03 below their blind start), then
raised 21 on the merged code (16 rounds); round 73 set those of rounds 285, 287 and 289
(0.03 below their score on round 72's final code) and those of rounds 292 and 293 (0.03 below
their blind start), then raised 7 on the final code (6 rounds); round 74 set those of rounds
290, 291 and 294 (0.03 below their score on round 73's final code) and those of rounds 296 and
298 (0.03 below their blind start), then raised 12 on the final code (7 rounds).
Floors sit slightly below the measured scores so that a regression shows;
raise them when the extractors improve."""

from __future__ import annotations

import json
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import ROOT

from soccoop.cli import cli

# every test here reads a sample ingested with the models (the fixture starts processes)
pytestmark = pytest.mark.slow

SAMPLES = {
    # dev: regions 1.0, agreements 1.0 (0.968 before the tree passes), signatories 1.0,
    # officials_name 1.0, officials_full 1.0; status, date, published accuracy 1.0
    "round1": (
        {"regions": 0.98, "agreements": 0.98, "signatories": 0.98, "officials_name": 0.98,
         "officials_full": 0.98},
        {"agreement_status": 0.98, "agreement_date": 0.98, "published": 0.98},
    ),
    # dev: regions 1.0, agreements 1.0 (0.914 before round 3), signatories 1.0,
    # officials_name 0.98, officials_full 0.902; status 1.0, date 1.0, published 1.0
    # round 50 lowered agreement_date 0.98 -> 0.86:
    # pdate50 dates a plan by the period its own sentence gives
    # ("до конца года", "осенью" -> the year ahead of the publication date); its
    # golds leave such plans undated, the writer brief since round 150 dates them, and
    # domain_eval counts no date a gold leaves null
    "round2": (
        {"regions": 0.98, "agreements": 0.98, "signatories": 0.98, "officials_name": 0.98,
         "officials_full": 0.98},
        {"agreement_status": 0.98, "agreement_date": 0.86, "published": 0.98},
    ),
    # blind: regions 1.0, agreements 0.842, signatories 0.8, officials_name 0.963,
    # officials_full 0.963; status 0.625, date 1.0, published 1.0. After the round-3 rules:
    # agreements 1.0, signatories 1.0, status 1.0 (dev: fitted on these texts; the blind
    # figures are the honest estimate)
    "round3": (
        {"regions": 0.98, "agreements": 0.98, "signatories": 0.98, "officials_name": 0.98,
         "officials_full": 0.98},
        # datesB: n01's "Подписать документ ... в декабре" is dated by the golds' majority
        {"agreement_status": 0.98, "agreement_date": 0.86, "published": 0.98},  # datesB
    ),
    # blind (commit 541a0b0, no rule tuned on these texts): regions 1.0, agreements 0.833,
    # signatories 0.864, officials_name 1.0, officials_full 0.786; status 1.0, date 0.667,
    # published 0.917. Dev since then for publication dates (the issue-line rule, tuned on
    # p07: domain_eval published 0.909 -> 1.0, agreement date 0.545 -> 0.636) and for
    # signatories (the back-reference signers rule: 0.936)
    "round4": (
        {"regions": 0.98, "agreements": 0.98, "signatories": 0.98, "officials_name": 0.98,
         "officials_full": 0.98},
        {"agreement_status": 0.98, "agreement_date": 0.98, "published": 0.98},
    ),
    # blind (commit 5cd73bd, written before any run; dev since for status, signatories and
    # dates, whose misses were read and fixed, see the README): regions
    # 1.0, agreements 0.894, signatories 0.952, officials_name 0.990, officials_full 0.673;
    # status 0.619, date 0.429, published 0.8 (domain_eval.py: agreements 0.894,
    # signatories 0.762, officials+position 0.95, status 0.619, date 0.4, published 0.769)
    # agr90 lowered agreements 0.98 -> 0.97 and signatories 0.98 -> 0.95: q11's roadmap
    # signed beside "План мероприятий принят в развитие соглашения" is now a record, as the
    # newer golds count it (round121 z402, round127 f505); q11's gold counts none
    "round5": (
        {"regions": 0.98, "agreements": 0.97, "signatories": 0.95, "officials_name": 0.98,
         "officials_full": 0.84},
        {"agreement_status": 0.98, "agreement_date": 0.92, "published": 0.98},
    ),
    # blind (commit 34ae3cc, written before any run, not tuned on): regions 1.0, agreements
    # 0.739, signatories 0.651, officials_name 0.975, officials_full 0.8; status 0.941, date
    # 0.529, published 0.467 (domain_eval.py: agreements 0.826, signatories 0.757,
    # officials+position 0.975, status 0.895, date 0.438, published 0.429)
    # dev since (soccoop eval at 1e7c707): agreements 1.0, signatories 1.0, officials_name
    # 0.988, officials_full 0.815; status 1.0, date 0.962, published 1.0
    "round6": (
        {"regions": 0.98, "agreements": 0.95, "signatories": 0.98, "officials_name": 0.96,
         "officials_full": 0.91},
        # agr15 (dev): agreements 0.739 -> 0.941, signatories 0.711 -> 0.885; dates right
        # 9 -> 11, but of 24 matched agreements, not 17: most new ones are dated only by
        # "вчера"/"во вторник" against a publication date not yet read (0.529 -> 0.458)
        {"agreement_status": 0.87, "agreement_date": 0.87, "published": 0.98},
    ),
    # blind (commit 29119bb, written before any run, not tuned on): regions 1.0, agreements
    # 0.92, signatories 0.889, officials_name 0.923, officials_full 0.846; status 0.870, date
    # 0.565, published 0.667 (domain_eval.py: agreements 0.96, signatories 0.889,
    # officials+position 0.872, status 0.833, date 0.556, published 0.643)
    # dev since (soccoop eval at 1e7c707): agreements 1.0, signatories 1.0, officials_name
    # 0.949, officials_full 0.872; status 1.0, date 1.0, published 1.0
    "round7": (
        {"regions": 0.98, "agreements": 0.98, "signatories": 0.95, "officials_name": 0.95,
         "officials_full": 0.92},
        {"agreement_status": 0.91, "agreement_date": 0.91, "published": 0.98},
    ),
    # blind (commit 21b7bd3, written before any run, not tuned on): regions 1.0, agreements
    # 0.786, signatories 0.906, officials_name 0.957, officials_full 0.681; status 0.682, date
    # 0.545, published 0.625 (domain_eval.py: agreements 0.893, signatories 0.706,
    # officials+position 0.83, status 0.76, date 0.526, published 0.6)
    # dev since (soccoop eval at 1e7c707): agreements 1.0, signatories 0.962, officials_name
    # 0.957, officials_full 0.702; status 1.0, date 0.741, published 0.75
    "round8": (
        {"regions": 0.98, "agreements": 0.98, "signatories": 0.98, "officials_name": 0.95,
         "officials_full": 0.81},
        {"agreement_status": 0.76, "agreement_date": 0.75, "published": 0.98},
    ),
    # blind (commit d5029b7, written before any run, not tuned on): regions 0.961, agreements
    # 0.793, signatories 0.72, officials_name 0.938, officials_full 0.833; status 0.913, date
    # 0.826, published 0.875 (domain_eval.py: agreements 0.793, signatories 0.667,
    # officials+position 0.875, status 0.913, date 0.812, published 0.857)
    # dev since (soccoop eval at 1e7c707): agreements 0.929, signatories 0.926,
    # officials_name 0.938, officials_full 0.833; status 0.962, date 0.846, published 0.875
    # round 29 lowered status 0.91 -> 0.84: fix78 gave u13's two likened agreements the
    # speaker's Zaporozhye side, as the gold has it, so three records now share that side and
    # soccoop eval's in-order pairing crosses them against the gold's order (records right)
    "round9": (
        {"regions": 0.96, "agreements": 0.96, "signatories": 0.98, "officials_name": 0.98,
         "officials_full": 0.89},
        {"agreement_status": 0.84, "agreement_date": 0.8, "published": 0.91},
    ),
    # blind (commit b5d6e75, written before any run, not tuned on): regions 0.988, agreements
    # 0.81, signatories 0.947, officials_name 0.923, officials_full 0.739; status 0.824, date
    # 0.824, published 0.75 (domain_eval.py: agreements 0.81, signatories 0.895,
    # officials+position 0.738, status 0.824, date 0.786, published 0.733)
    # dev since this session's waves (soccoop eval now: regions 1.0, agreements 1.0,
    # signatories 1.0, officials_name 1.0, officials_full 0.939; status 0.905, date 1.0,
    # published 1.0)
    "round10": (
        {"regions": 0.98, "agreements": 0.98, "signatories": 0.98, "officials_name": 0.98,
         "officials_full": 0.91},
        {"agreement_status": 0.98, "agreement_date": 0.98, "published": 0.98},
    ),
    # blind (commit b5d6e75, written before any run, not tuned on): regions 1.0, agreements
    # 0.884, signatories 0.863, officials_name 0.959, officials_full 0.877; status 0.895, date
    # 0.789, published 0.875 (domain_eval.py: agreements 0.93, signatories 0.824,
    # officials+position 0.932, status 0.85, date 0.722, published 0.857)
    # dev since this session (soccoop eval now: regions 1.0, officials_name 0.973,
    # officials_full 0.892, agreements 0.955, signatories 0.943, agreement_status 0.905,
    # agreement_date 0.857, published 1.0); floors raised to 0.03 below
    "round11": (
        {"regions": 0.98, "agreements": 0.95, "signatories": 0.98, "officials_name": 0.98,
         "officials_full": 0.9},
        {"agreement_status": 0.98, "agreement_date": 0.98, "published": 0.98},
    ),
    # blind (commit 1e80ccd, written before any run, not tuned on): regions 1.0, agreements
    # 0.909, signatories 1.0, officials_name 0.986, officials_full 0.870; status 0.9, date
    # 0.75, published 0.875 (domain_eval.py: agreements 0.955, signatories 1.0,
    # officials+position 0.928, status 0.905, date 0.722, published 0.867)
    # dev since this session's waves (soccoop eval now: 1.0 on every measure)
    "round12": (
        {"regions": 0.98, "agreements": 0.98, "signatories": 0.98, "officials_name": 0.98,
         "officials_full": 0.98},
        {"agreement_status": 0.98, "agreement_date": 0.98, "published": 0.98},
    ),
    # blind (commit d61cfc3, written before any run, not tuned on): regions 0.976, agreements
    # 0.851, signatories 0.909, officials_name 1.0, officials_full 0.816; status 1.0, date
    # 0.95, published 0.938 (domain_eval.py: agreements 0.894, signatories 0.871,
    # officials+position 0.921, status 0.905, date 0.867, published 0.933)
    # dev since this session (soccoop eval now: regions 1.0, officials_name 1.0,
    # officials_full 0.868, agreements 0.958, signatories 1.0, agreement_status 1.0,
    # agreement_date 1.0, published 1.0); floors raised to 0.03 below
    # round 50 lowered agreement_date 0.98 -> 0.92:
    # pdate50 dates a plan by the period its own sentence gives
    # ("до конца года", "осенью" -> the year ahead of the publication date); its
    # golds leave such plans undated, the writer brief since round 150 dates them, and
    # domain_eval counts no date a gold leaves null
    "round13": (
        {"regions": 0.98, "agreements": 0.93, "signatories": 0.98, "officials_name": 0.98,
         "officials_full": 0.90},
        {"agreement_status": 0.98, "agreement_date": 0.92, "published": 0.98},
    ),
    # blind (commit 7aa082f, written before any run, not tuned on): regions 0.938, agreements
    # 0.830, signatories 0.941, officials_name 0.971, officials_full 0.8; status 0.773, date
    # 0.682, published 0.813 (domain_eval.py: agreements 0.868, signatories 0.765,
    # officials+position 0.971, status 0.739, date 0.579, published 0.8)
    # dev since this session's last wave (soccoop eval now: regions 0.95, agreements 0.939,
    # signatories 1.0, officials_name 0.971, officials_full 0.8; status 0.957, date 0.826,
    # published 1.0)
    # sig46: signatories 1.0 -> 0.947: y10's gold gives no signers to the planned agreement
    # whose text says "Подписи под документом поставят министр ... Татьяна Чернова и министр
    # ... Андрей Злобин", while round 53 (r213, r215), round 25 (f04) and 18 planned gold
    # entries in all list such announced signers; the rule reads the shape, the gold differs
    "round14": (
        {"regions": 0.93, "agreements": 0.95, "signatories": 0.94, "officials_name": 0.96,
         "officials_full": 0.82},
        {"agreement_status": 0.98, "agreement_date": 0.85, "published": 0.98},
    ),
    # blind (commit adcfc57, written before any run, not tuned on): regions 1.0, agreements
    # 0.974, signatories 1.0, officials_name 1.0, officials_full 0.938; status 1.0, date
    # 0.947, published 1.0 (domain_eval.py: agreements 0.974, signatories 0.955,
    # officials+position 0.969, status 1.0, date 0.923, published 1.0)
    "round15": (
        {"regions": 0.98, "agreements": 0.98, "signatories": 0.98, "officials_name": 0.98,
         "officials_full": 0.94},
        {"agreement_status": 0.98, "agreement_date": 0.98, "published": 0.98},
    ),
    # blind (commit 50a3c4e, written before any run, not tuned on): regions 1.0, agreements
    # 0.963, signatories 0.980, officials_name 0.974, officials_full 0.872; status 0.962, date
    # 0.808, published 0.813 (domain_eval.py: agreements 0.963, signatories 0.98,
    # officials+position 0.974, status 0.962, date 0.81, published 0.8)
    # round 50 lowered agreement_date 0.94 -> 0.89:
    # pdate50 dates a plan by the period its own sentence gives
    # ("до конца года", "осенью" -> the year ahead of the publication date); its
    # golds leave such plans undated, the writer brief since round 150 dates them, and
    # domain_eval counts no date a gold leaves null
    "round16": (
        {"regions": 0.98, "agreements": 0.98, "signatories": 0.98, "officials_name": 0.98,
         "officials_full": 0.95},
        {"agreement_status": 0.98, "agreement_date": 0.89, "published": 0.98},
    ),
    # blind (commit 50a3c4e, written before any run, not tuned on): regions 1.0, agreements
    # 0.902, signatories 0.776, officials_name 0.977, officials_full 0.930; status 0.913, date
    # 0.826, published 1.0 (domain_eval.py: agreements 0.941, signatories 0.723,
    # officials+position 0.977, status 0.875, date 0.789, published 1.0)
    # dev since this session (soccoop eval now: regions 1.0, officials_name 0.977,
    # officials_full 0.93, agreements 0.96, signatories 0.943, agreement_status 1.0,
    # agreement_date 0.917, published 1.0); floors raised to 0.03 below
    "round17": (
        {"regions": 0.98, "agreements": 0.97, "signatories": 0.98, "officials_name": 0.96,
         "officials_full": 0.92},
        {"agreement_status": 0.89, "agreement_date": 0.89, "published": 0.98},
    ),
    # blind (commit de8f19e, written before any run, not tuned on): regions 0.96, agreements
    # 0.889, signatories 0.980, officials_name 0.977, officials_full 0.773; status 0.792, date
    # 0.792, published 1.0 (domain_eval.py: agreements 0.889, signatories 0.857,
    # officials+position 0.977, status 0.792, date 0.889, published 1.0)
    # dev since this session (soccoop eval now: regions 0.96, officials_name 0.977,
    # officials_full 0.773, agreements 0.963, signatories 0.98, agreement_status 1.0,
    # agreement_date 0.962, published 1.0); floors raised to 0.03 below
    "round18": (
        {"regions": 0.97, "agreements": 0.94, "signatories": 0.98, "officials_name": 0.98,
         "officials_full": 0.88},
        {"agreement_status": 0.91, "agreement_date": 0.91, "published": 0.98},
    ),
    # blind (commit 979f8e2, written before any run, not tuned on): regions 0.937, agreements
    # 0.844, signatories 0.978, officials_name 0.988, officials_full 0.889; status 0.842, date
    # 0.789, published 0.813 (domain_eval.py: agreements 0.844, signatories 0.889,
    # officials+position 0.988, status 0.737, date 0.538, published 0.769)
    # dev since this session (soccoop eval now: regions 0.95, officials_name 0.988,
    # officials_full 0.889, agreements 0.889, signatories 0.978, agreement_status 0.95,
    # agreement_date 0.8, published 1.0); floors raised to 0.03 below
    "round19": (
        {"regions": 0.93, "agreements": 0.93, "signatories": 0.98, "officials_name": 0.96,
         "officials_full": 0.86},
        # date89: 0.84 -> 0.82: m02's "подписание ожидается в марте" is now a plan of
        # March ("--03"); this gold leaves it null, round123 b513's gold dates the same
        # words (2025-03), as the golds date a plan's stated month (domain_eval unchanged)
        {"agreement_status": 0.98, "agreement_date": 0.88, "published": 0.98},
    ),
    # blind (commit b749251, written before any run, not tuned on): regions 1.0, agreements
    # 0.909, signatories 0.919, officials_name 1.0, officials_full 0.892; status 0.95, date
    # 0.80, published 1.0 (domain_eval.py: agreements 0.909, signatories 0.800,
    # officials+position 0.919, status 0.95, date 0.846, published 1.0)
    # dev since the second wave of this session (soccoop eval now: regions 1.0,
    # officials_name 1.0, officials_full 0.892, agreements 0.978, signatories 0.944,
    # agreement_status 1.0, agreement_date 0.864, published 1.0); floors 0.03 below
    # round 50 lowered agreement_date 0.81 -> 0.7:
    # pdate50 dates a plan by the period its own sentence gives
    # ("до конца года", "осенью" -> the year ahead of the publication date); its
    # golds leave such plans undated, the writer brief since round 150 dates them, and
    # domain_eval counts no date a gold leaves null
    "round20": (
        {"regions": 0.98, "agreements": 0.98, "signatories": 0.98, "officials_name": 0.98,
         "officials_full": 0.87},
        {"agreement_status": 0.9, "agreement_date": 0.7, "published": 0.98},
    ),
    # blind (commit b749251, written before any run, not tuned on): regions 0.983, agreements
    # 0.825, signatories 0.889, officials_name 0.979, officials_full 0.872; status 0.885, date
    # 0.885, published 0.938 (domain_eval.py: agreements 0.857, signatories 0.889,
    # officials+position 0.979, status 0.815, date 0.789, published 0.938)
    # dev since the second wave of this session (soccoop eval now: regions 0.983,
    # officials_name 0.99, officials_full 0.884, agreements 0.844, signatories 1.0,
    # agreement_status 0.926, agreement_date 0.926, published 1.0); floors 0.03 below
    # round 50 lowered agreement_date 0.83 -> 0.78:
    # pdate50 dates a plan by the period its own sentence gives
    # ("до конца года", "осенью" -> the year ahead of the publication date); its
    # golds leave such plans undated, the writer brief since round 150 dates them, and
    # domain_eval counts no date a gold leaves null
    "round21": (
        {"regions": 0.96, "agreements": 0.9, "signatories": 0.98, "officials_name": 0.98,
         "officials_full": 0.89},
        {"agreement_status": 0.83, "agreement_date": 0.78, "published": 0.98},
    ),
    # blind (commit b2215de, the final main of this session; written before any run, never
    # run before): regions 0.961, agreements 0.885, signatories 1.0, officials_name 0.986,
    # officials_full 0.873; status 0.913, date 0.870, published 1.0 (domain_eval.py:
    # agreements 0.962, signatories 0.875, officials+position 0.986, status 0.88, date 0.895,
    # published 1.0)
    "round22": (
        {"regions": 0.97, "agreements": 0.9, "signatories": 0.98, "officials_name": 0.98,
         "officials_full": 0.89},
        # agr46: status 0.98 -> 0.91, date 0.93 -> 0.87: c15's 2022 agreement now has its
        # gold sides (the Tyva ministry and Khakassia's, no longer "Абакан"), so the greedy
        # pairing in gold order takes it for the planned one told after it in the text
        {"agreement_status": 0.91, "agreement_date": 0.87, "published": 0.98},
    ),
    # blind (commit b2215de, as round22): regions 1.0, agreements 0.875, signatories 0.903,
    # officials_name 1.0, officials_full 0.867; status 0.893, date 0.714, published 0.875
    # (domain_eval.py: agreements 0.906, signatories 0.581, officials+position 1.0, status
    # 0.828, date 0.60, published 0.875)
    "round23": (
        {"regions": 0.98, "agreements": 0.93, "signatories": 0.98, "officials_name": 0.98,
         "officials_full": 0.86},
        {"agreement_status": 0.85, "agreement_date": 0.85, "published": 0.98},
    ),
    # blind (commit 9b6e964, the final main of this session; written before any run, never
    # run before): regions 0.987, agreements 0.923, signatories 0.952, officials_name 0.970,
    # officials_full 0.909; status 0.792, date 0.708, published 1.0 (domain_eval.py:
    # agreements 0.962, signatories 0.857, officials+position 0.97, status 0.80, date 0.737,
    # published 1.0)
    # round 21 lowered officials_full 0.90 -> 0.87: nerel58's unit_posts writes a regional
    # parliament committee's chair as "председатель комитета по социальной защите" of the
    # assembly, where this round's gold keeps the committee as the organisation (the rounds'
    # gold differs on this; see the development log, round 21)
    "round24": (
        {"regions": 0.98, "agreements": 0.98, "signatories": 0.98, "officials_name": 0.96,
         "officials_full": 0.87},
        {"agreement_status": 0.98, "agreement_date": 0.94, "published": 0.98},
    ),
    # blind (commit 9b6e964, as round24): regions 1.0, agreements 0.820, signatories 0.902,
    # officials_name 1.0, officials_full 0.818; status 0.84, date 0.60, published 0.938
    # (domain_eval.py: agreements 0.852, signatories 0.833, officials+position 1.0, status
    # 0.731, date 0.368, published 0.933)
    "round25": (
        {"regions": 0.98, "agreements": 0.93, "signatories": 0.98, "officials_name": 0.98,
         "officials_full": 0.82},
        {"agreement_status": 0.98, "agreement_date": 0.94, "published": 0.98},
    ),
    # blind (commit 750d9d6; the same figures at the session's start): regions 0.955,
    # agreements 0.875, signatories 0.903, officials_name 0.989, officials_full 0.835; status
    # 0.821, date 0.50, published 0.938 (domain_eval.py: agreements 0.875, signatories
    # 0.767, officials+position 0.967, status 0.786, date 0.36, published 0.933)
    "round26": (
        {"regions": 0.97, "agreements": 0.91, "signatories": 0.98, "officials_name": 0.98,
         "officials_full": 0.93},
        {"agreement_status": 0.94, "agreement_date": 0.93, "published": 0.98},
    ),
    # blind (commit 750d9d6): regions 0.987, agreements 0.792, signatories 0.919,
    # officials_name 0.912, officials_full 0.824; status 1.0, date 0.895, published 1.0
    # (domain_eval.py: agreements 0.875, signatories 0.909, officials+position 0.882, status
    # 0.905, date 0.765, published 1.0; at the session's start signatories 0.875)
    "round27": (
        {"regions": 0.98, "agreements": 0.87, "signatories": 0.98, "officials_name": 0.92,
         "officials_full": 0.83},
        # agr46: date 0.92 -> 0.9: s08's plan has both ministries as sides (no longer
        # "Омск") and is paired with another gold agreement of the document
        {"agreement_status": 0.98, "agreement_date": 0.9, "published": 0.98},
    ),
    # blind (commit 2a9e575, the final main of the session; written before any run, never run
    # before): regions 0.964, agreements 0.815, signatories 0.833, officials_name 0.987,
    # officials_full 0.861; status 0.773, date 0.909, published 0.938 (domain_eval.py:
    # agreements 0.852, signatories 0.882, officials+position 0.987, status 0.783, date
    # 0.933, published 0.929)
    # round 50 lowered agreement_date 0.93 -> 0.88:
    # pdate50 dates a plan by the period its own sentence gives
    # ("до конца года", "осенью" -> the year ahead of the publication date); its
    # golds leave such plans undated, the writer brief since round 150 dates them, and
    # domain_eval counts no date a gold leaves null
    "round28": (
        {"regions": 0.97, "agreements": 0.88, "signatories": 0.98, "officials_name": 0.98,
         "officials_full": 0.85},
        {"agreement_status": 0.93, "agreement_date": 0.88, "published": 0.98},
    ),
    # blind (commit 2a9e575, as round28): regions 0.917, agreements 0.846, signatories 0.853,
    # officials_name 0.990, officials_full 0.821; status 0.864, date 0.773, published 1.0
    # (domain_eval.py: agreements 0.923, signatories 0.852, officials+position 0.968, status
    # 0.875, date 0.789, published 1.0)
    "round29": (
        {"regions": 0.94, "agreements": 0.82, "signatories": 0.96, "officials_name": 0.98,
         "officials_full": 0.85},
        {"agreement_status": 0.8, "agreement_date": 0.79, "published": 0.98},
    ),
    # blind (commit b2ec57a, the first main of the session; written before any run): regions
    # 1.0, agreements 0.894, signatories 0.913, officials_name 1.0, officials_full 0.930;
    # status 1.0, date 0.952, published 0.938 (domain_eval.py: agreements 0.894, signatories
    # 0.864, officials+position 1.0, status 0.952, date 0.867, published 0.909)
    # now (dev, 30f6459): agreements 0.936, signatories 0.980, status 1.0, date 1.0
    # round 26 lowered signatories 0.95 → 0.92: sig67 gives the Murmansk record its own
    # signer (right by gold; domain_eval 0.88 → 0.902), and soccoop eval pairs the page's
    # four-party summary record otherwise (0.96 → 0.941)
    # round 36 lowered agreement_date 0.98 -> 0.95: datepool92's plan_told_in_story dates
    # q16's plan by "Документ планируется подписать в сентябре" four sentences on (--09),
    # which this round's gold leaves undated, as round 47's y209; the golds of rounds 58,
    # 120 and 125 date such plans (domain_eval, which counts dated golds only, unchanged)
    # round 50 lowered agreement_date 0.95 -> 0.87:
    # pdate50 dates a plan by the period its own sentence gives
    # ("до конца года", "осенью" -> the year ahead of the publication date); its
    # golds leave such plans undated, the writer brief since round 150 dates them, and
    # domain_eval counts no date a gold leaves null
    "round30": (
        {"regions": 0.98, "agreements": 0.91, "signatories": 0.92, "officials_name": 0.98,
         "officials_full": 0.91},
        {"agreement_status": 0.98, "agreement_date": 0.87, "published": 0.98},
    ),
    # blind (commit b2ec57a, as round30): regions 1.0, agreements 0.824, signatories 0.818,
    # officials_name 1.0, officials_full 0.889; status 0.905, date 0.857, published 0.938
    # (domain_eval.py: agreements 0.902, signatories 0.829, officials+position 1.0, status
    # 0.739, date 0.647, published 0.929)
    # now (dev, 30f6459): agreements 0.906, signatories 0.96, status 0.917, date 0.917
    "round31": (
        {"regions": 0.98, "agreements": 0.94, "signatories": 0.98, "officials_name": 0.98,
         "officials_full": 0.91},
        {"agreement_status": 0.98, "agreement_date": 0.97, "published": 0.98},
    ),
    # blind (commit 9e60b2b; written before any run): domain_eval.py agreements 0.927,
    # signatories 1.0, officials+position 0.988, status 0.895, date 0.9, published 0.929,
    # regions 1.0. soccoop eval (30f6459, same records): regions 1.0, agreements 0.878,
    # signatories 1.0, officials_name 0.988, officials_full 0.868; status 1.0, date 0.833,
    # published 0.938
    "round32": (
        {"regions": 0.98, "agreements": 0.85, "signatories": 0.98, "officials_name": 0.96,
         "officials_full": 0.89},
        {"agreement_status": 0.98, "agreement_date": 0.81, "published": 0.98},
    ),
    # blind (commit 9e60b2b, as round32; one text crashed): domain_eval.py agreements 0.818,
    # signatories 1.0, officials+position 0.849, status 1.0, date 1.0, published 0.846,
    # regions 0.917. After the crash fix (30f6459), soccoop eval: regions 0.962, agreements
    # 0.833, signatories 0.955, officials_name 0.988, officials_full 0.790; status 0.95, date
    # 0.85, published 0.875
    "round33": (
        {"regions": 0.94, "agreements": 0.89, "signatories": 0.98, "officials_name": 0.98,
         "officials_full": 0.8},
        {"agreement_status": 0.98, "agreement_date": 0.88, "published": 0.98},
    ),
    # blind (commit 8084358; written before any run): domain_eval.py agreements 0.837,
    # signatories 0.955, officials+position 0.98, status 0.944, date 0.8, published 0.933,
    # regions 0.974. soccoop eval after wave 1 (dev): regions 0.947, agreements 0.864,
    # signatories 0.898, officials_name 0.959, officials_full 0.776; status 0.895, date 0.842,
    # published 1.0
    "round34": (
        {"regions": 0.97, "agreements": 0.91, "signatories": 0.98, "officials_name": 0.96,
         "officials_full": 0.84},
        {"agreement_status": 0.98, "agreement_date": 0.98, "published": 0.98},
    ),
    # blind (commit 8084358, as round34): domain_eval.py agreements 0.824, signatories 0.923,
    # officials+position 0.985, status 0.81, date 0.7, published 1.0, regions 1.0. soccoop
    # eval after wave 1 (dev): regions 1.0, agreements 1.0, signatories 0.976, officials_name
    # 0.985, officials_full 0.892; status 1.0, date 0.958, published 1.0
    "round35": (
        {"regions": 0.98, "agreements": 0.98, "signatories": 0.98, "officials_name": 0.96,
         "officials_full": 0.89},
        {"agreement_status": 0.98, "agreement_date": 0.97, "published": 0.98},
    ),
    # blind (main after wave 1; records identical to 8084358's): domain_eval.py agreements
    # 0.877, signatories 0.774, officials+position 0.944, status 0.84, date 0.5, published
    # 1.0, regions 0.976. soccoop eval (same records): regions 0.976, agreements 0.877,
    # signatories 0.875, officials_name 0.989, officials_full 0.854; status 0.88, date 0.6,
    # published 1.0
    # round 50 lowered agreement_date 0.83 -> 0.75:
    # pdate50 dates a plan by the period its own sentence gives
    # ("до конца года", "осенью" -> the year ahead of the publication date); its
    # golds leave such plans undated, the writer brief since round 150 dates them, and
    # domain_eval counts no date a gold leaves null
    "round36": (
        {"regions": 0.98, "agreements": 0.94, "signatories": 0.98, "officials_name": 0.96,
         "officials_full": 0.83},
        {"agreement_status": 0.98, "agreement_date": 0.75, "published": 0.98},
    ),
    # blind (as round36): domain_eval.py agreements 0.917, signatories 0.875,
    # officials+position 1.0, status 0.909, date 0.571, published 1.0, regions 1.0. soccoop
    # eval (same records): regions 1.0, agreements 0.917, signatories 0.88, officials_name
    # 1.0, officials_full 0.875; status 1.0, date 0.636, published 1.0
    "round37": (
        {"regions": 0.98, "agreements": 0.93, "signatories": 0.98, "officials_name": 0.98,
         "officials_full": 0.87},
        {"agreement_status": 0.98, "agreement_date": 0.8, "published": 0.98},
    ),
    # blind on the first main of round 12 (87df4ce): domain_eval.py agreements 0.909,
    # signatories 0.898, officials+position 0.966, status 0.85, date 0.4, published 0.846,
    # regions 0.985; dev since (domain_eval after wave 1: 1.0 / 0.966 / 0.909 / 0.688)
    "round38": (
        {"regions": 0.98, "agreements": 0.98, "signatories": 0.98, "officials_name": 0.95,
         "officials_full": 0.89},
        {"agreement_status": 0.98, "agreement_date": 0.98, "published": 0.91},
    ),
    # blind as round38: agreements 0.857, signatories 0.8, officials+position 0.976, status
    # 0.857, date 0.733, published 1.0, regions 0.98; dev since
    "round39": (
        {"regions": 0.92, "agreements": 0.98, "signatories": 0.96, "officials_name": 0.98,
         "officials_full": 0.77},
        {"agreement_status": 0.98, "agreement_date": 0.9, "published": 0.98},
    ),
    # blind on round 12's main after wave 1 (d945ae9): agreements 0.955, signatories 0.96,
    # officials+position 0.974, status 0.81, date 0.733, published 1.0, regions 0.986
    # round 50 lowered agreement_date 0.93 -> 0.87:
    # pdate50 dates a plan by the period its own sentence gives
    # ("до конца года", "осенью" -> the year ahead of the publication date); its
    # golds leave such plans undated, the writer brief since round 150 dates them, and
    # domain_eval counts no date a gold leaves null
    "round40": (
        # round 44 lowered agreements 0.98 -> 0.96 (agr44): a background 2021 agreement is
        # now its own, right record and takes the gold an older duplicate plan record had
        # paired with, so that duplicate (the plan told twice, once by a side's adjective)
        # now counts as extra
        {"regions": 0.96, "agreements": 0.96, "signatories": 0.98, "officials_name": 0.98,
         "officials_full": 0.81},
        {"agreement_status": 0.93, "agreement_date": 0.87, "published": 0.98},
    ),
    # blind as round40: agreements 0.923, signatories 0.815, officials+position 0.989, status
    # 0.917, date 0.857, published 0.923, regions 1.0
    # round 25 lowered status 0.98 → 0.94 and date 0.94 → 0.90 (region65): once "НАО" reads
    # as the Nenets okrug, d07's headline gives the terminated 2016 agreement its own record,
    # which is gold's second agreement (agreements rise); the scorer pairs it, in gold order,
    # with the new signed one, so status and date of that pair count wrong (right under the
    # best pairing)
    "round41": (
        {"regions": 0.98, "agreements": 0.96, "signatories": 0.94, "officials_name": 0.98,
         "officials_full": 0.89},
        {"agreement_status": 0.94, "agreement_date": 0.90, "published": 0.98},
    ),
    # blind on the first main of round 13 (77666f5): domain_eval.py agreements 0.926,
    # signatories 0.795, officials+position 0.989, status 0.88, date 0.524, published 1.0,
    # regions 0.944; dev since
    # round 50 lowered agreement_date 0.94 -> 0.85:
    # pdate50 dates a plan by the period its own sentence gives
    # ("до конца года", "осенью" -> the year ahead of the publication date); its
    # golds leave such plans undated, the writer brief since round 150 dates them, and
    # domain_eval counts no date a gold leaves null
    "round42": (
        {"regions": 0.9, "agreements": 0.96, "signatories": 0.94, "officials_name": 0.97,
         "officials_full": 0.87},
        {"agreement_status": 0.98, "agreement_date": 0.85, "published": 0.92},
    ),
    # blind as round42: agreements 0.808, signatories 0.873, officials+position 0.978, status
    # 0.952, date 0.889, published 1.0, regions 0.946; dev since
    "round43": (
        {"regions": 0.92, "agreements": 0.96, "signatories": 0.98, "officials_name": 0.97,
         "officials_full": 0.83},
        {"agreement_status": 0.98, "agreement_date": 0.94, "published": 0.98},
    ),
    # blind on round 13's final main (2715f66): agreements 0.957, signatories 0.708,
    # officials+position 0.988, status 0.727, date 0.706, published 1.0, regions 0.945
    "round44": (
        {"regions": 0.92, "agreements": 0.95, "signatories": 0.95, "officials_name": 0.98,
         "officials_full": 0.88},
        {"agreement_status": 0.98, "agreement_date": 0.98, "published": 0.98},
    ),
    # blind as round44: agreements 0.87, signatories 0.75, officials+position 0.96, status
    # 0.85, date 0.812, published 0.846, regions 0.967
    # round 51 lowered agreement_date 0.92 -> 0.88:
    # date51 dates a plan by the deadline its sentence gives its
    # signing ("к концу года", "к лету" -> the year ahead of the publication date); this
    # round's golds leave such plans undated, the writer brief since round 150 dates them
    # (round 50's ruling), and domain_eval counts no date a gold leaves null
    "round45": (
        {"regions": 0.91, "agreements": 0.93, "signatories": 0.96, "officials_name": 0.96,
         "officials_full": 0.9},
        {"agreement_status": 0.97, "agreement_date": 0.88, "published": 0.98},
    ),
    # blind on b5e1456 (news first): domain_eval.py agreements 0.926, signatories 0.921,
    # officials+position 0.99, status 0.92, date 1.0, published 1.0, regions 0.973; the same
    # in text order
    # round 51 lowered agreement_date 0.94 -> 0.89:
    # date51 dates a plan by the deadline its sentence gives its
    # signing ("к концу года", "к лету" -> the year ahead of the publication date); this
    # round's golds leave such plans undated, the writer brief since round 150 dates them
    # (round 50's ruling), and domain_eval counts no date a gold leaves null
    "round46": (
        {"regions": 0.92, "agreements": 0.96, "signatories": 0.98, "officials_name": 0.97,
         "officials_full": 0.92},
        {"agreement_status": 0.98, "agreement_date": 0.89, "published": 0.98},
    ),
    # blind on b5e1456: news first agreements 0.839, signatories 0.667, status 0.692, date
    # 0.611; text order 0.871 / 0.902 / 0.815 / 0.889; officials+position 1.0, regions 0.984
    # round 36 lowered agreement_date 0.85 -> 0.84: datepool92's plan_told_in_story dates
    # y209's plan by "Документ планируется подписать ... в июне" five sentences on, which
    # this round's gold leaves undated (as round 30's q16; rounds 58, 120, 125 date them)
    # round 50 lowered agreement_date 0.84 -> 0.78:
    # pdate50 dates a plan by the period its own sentence gives
    # ("до конца года", "осенью" -> the year ahead of the publication date); its
    # golds leave such plans undated, the writer brief since round 150 dates them, and
    # domain_eval counts no date a gold leaves null
    "round47": (
        {"regions": 0.93, "agreements": 0.98, "signatories": 0.96, "officials_name": 0.98,
         "officials_full": 0.96},
        {"agreement_status": 0.98, "agreement_date": 0.78, "published": 0.91},
    ),
    # blind on af31771 (round 14's start): domain_eval.py agreements 0.875, signatories 0.957,
    # officials+position 0.989, status 0.952, date 0.917, published 1.0, regions 1.0
    # round 28 lowered agreement_date 0.85 -> 0.81: date72 dates a signing "перенесено на июнь"
    # by the month, as the golds of rounds 61, 82, 106 and 107 do; this round's gold leaves
    # that plan undated (domain_eval skips undated gold, so it does not move there)
    # round 50 lowered agreement_date 0.81 -> 0.76:
    # pdate50 dates a plan by the period its own sentence gives
    # ("до конца года", "осенью" -> the year ahead of the publication date); its
    # golds leave such plans undated, the writer brief since round 150 dates them, and
    # domain_eval counts no date a gold leaves null
    "round48": (
        {"regions": 0.94, "agreements": 0.94, "signatories": 0.98, "officials_name": 0.98,
         "officials_full": 0.89},
        {"agreement_status": 0.98, "agreement_date": 0.76, "published": 0.98},
    ),
    # blind as round48: agreements 0.902, signatories 0.772, officials+position 0.955, status
    # 1.0, date 1.0, published 1.0, regions 1.0
    "round49": (
        {"regions": 0.94, "agreements": 0.91, "signatories": 0.96, "officials_name": 0.95,
         "officials_full": 0.87},
        {"agreement_status": 0.98, "agreement_date": 0.84, "published": 0.98},
    ),
    # blind on round 15's first main (462f641): domain_eval.py agreements 0.921, signatories
    # 0.928, officials+position 0.977, status 0.862, date 0.708, published 0.938, regions 1.0
    # round 26 lowered agreements 0.98 → 0.95: pair68 gives s202's planned record the
    # ministry gold names beside a wrong partner, and soccoop eval pairs it otherwise (1.0 →
    # 0.969; domain_eval 1.0 before and after)
    "round52": (
        {"regions": 0.98, "agreements": 0.98, "signatories": 0.98, "officials_name": 0.95,
         "officials_full": 0.84},
        {"agreement_status": 0.98, "agreement_date": 0.91, "published": 0.98},
    ),
    # blind as round52: agreements 0.885, signatories 0.764, officials+position 0.967, status
    # 0.957, date 0.81, published 0.938, regions 1.0
    # round 50 lowered agreement_date 0.98 -> 0.92:
    # pdate50 dates a plan by the period its own sentence gives
    # ("до конца года", "осенью" -> the year ahead of the publication date); its
    # golds leave such plans undated, the writer brief since round 150 dates them, and
    # domain_eval counts no date a gold leaves null
    "round53": (
        {"regions": 0.98, "agreements": 0.94, "signatories": 0.98, "officials_name": 0.98,
         "officials_full": 0.79},
        {"agreement_status": 0.98, "agreement_date": 0.92, "published": 0.98},
    ),
    # blind on round 15's first main (462f641): domain_eval.py agreements 0.935, signatories
    # 0.889, officials+position 1.0, status 0.897, date 0.65, published 1.0, regions 1.0;
    # blind again on round 15's final main (cedc562), then dev
    # round 50 lowered agreement_date 0.98 -> 0.93:
    # pdate50 dates a plan by the period its own sentence gives
    # ("до конца года", "осенью" -> the year ahead of the publication date); its
    # golds leave such plans undated, the writer brief since round 150 dates them, and
    # domain_eval counts no date a gold leaves null
    "round54": (
        {"regions": 0.98, "agreements": 0.96, "signatories": 0.98, "officials_name": 0.98,
         "officials_full": 0.88},
        {"agreement_status": 0.98, "agreement_date": 0.93, "published": 0.98},
    ),
    # blind as round54: agreements 0.886, signatories 0.688, officials+position 0.992, status
    # 0.771, date 0.655, published 0.933, regions 1.0; blind again on cedc562, then dev
    # round 21 lowered agreement_date 0.84 -> 0.81: date58's story_signing_day dates an extra
    # record (one domain_eval already counts as an extra) by the story's day, not the page's
    # round 28 lowered agreement_status 0.92 -> 0.89: status72 tells an in-force agreement
    # from a new plan between the same bodies; the two records come out in text order and gold
    # lists them the other way, so the gold-order pairing crosses them (best pairing: right)
    "round55": (
        {"regions": 0.94, "agreements": 0.94, "signatories": 0.95, "officials_name": 0.98,
         "officials_full": 0.96},
        {"agreement_status": 0.89, "agreement_date": 0.81, "published": 0.98},
    ),
    # blind on round 16's first main (655596e): domain_eval.py agreements 0.947, signatories
    # 0.928, officials+position 0.98, status 0.926, date 0.955, published 1.0, regions 1.0
    # round 21 lowered agreement_date 0.98 -> 0.94: date58's story_signing_day gives o201's
    # second signing the story's day (the same day the publication stand-in gave it, now no
    # longer marked as a stand-in); its gold gives that signing no date
    # round 50 lowered agreement_date 0.98 -> 0.93:
    # pdate50 dates a plan by the period its own sentence gives
    # ("до конца года", "осенью" -> the year ahead of the publication date); its
    # golds leave such plans undated, the writer brief since round 150 dates them, and
    # domain_eval counts no date a gold leaves null
    "round56": (
        {"regions": 0.98, "agreements": 0.98, "signatories": 0.98, "officials_name": 0.97,
         "officials_full": 0.9},
        {"agreement_status": 0.98, "agreement_date": 0.93, "published": 0.98},
    ),
    # blind as round56: agreements 0.901, signatories 0.909, officials+position 1.0, status
    # 0.875, date 0.778, published 0.933, regions 0.984
    "round57": (
        {"regions": 0.98, "agreements": 0.93, "signatories": 0.98, "officials_name": 0.98,
         "officials_full": 0.91},
        {"agreement_status": 0.98, "agreement_date": 0.98, "published": 0.98},
    ),
    # blind on round 16's first main (655596e): domain_eval.py agreements 0.971, signatories
    # 0.985, officials+position 0.983, status 0.909, date 0.741, published 0.875, regions 1.0;
    # blind again on round 16's final main (b5b63f9), then dev
    # agrmiss52 lowered the status floor: m201's September signing with the university,
    # merged into the week's signing before, is now its own record, and its status (signed,
    # gold mentioned: a past month's signing recalled) is for the status branch
    # round 51 lowered agreement_date 0.98 -> 0.93:
    # date51 dates a plan by the deadline its sentence gives its
    # signing ("к концу года", "к лету" -> the year ahead of the publication date); this
    # round's golds leave such plans undated, the writer brief since round 150 dates them
    # (round 50's ruling), and domain_eval counts no date a gold leaves null
    "round58": (
        {"regions": 0.98, "agreements": 0.96, "signatories": 0.96, "officials_name": 0.98,
         "officials_full": 0.91},
        {"agreement_status": 0.98, "agreement_date": 0.93, "published": 0.98},
    ),
    # blind as round58: agreements 0.938, signatories 0.825, officials+position 0.978, status
    # 0.967, date 0.778, published 0.933, regions 1.0; blind again on b5b63f9, then dev
    # agr50 had lowered the date floor (l214's gapped signing found shifted the pairing);
    # with agr51's two ministries' agreement and status50's forum dates it is 0.969
    "round59": (
        {"regions": 0.98, "agreements": 0.98, "signatories": 0.98, "officials_name": 0.98,
         "officials_full": 0.9},
        {"agreement_status": 0.98, "agreement_date": 0.98, "published": 0.98},
    ),
    # blind on round 17's first main (403ed25): domain_eval.py agreements 0.894, signatories
    # 0.825, officials+position 0.977, status 0.952, date 0.789, published 1.0, regions 1.0
    "round60": (
        {"regions": 0.98, "agreements": 0.98, "signatories": 0.96, "officials_name": 0.97,
         "officials_full": 0.83},
        {"agreement_status": 0.98, "agreement_date": 0.98, "published": 0.98},
    ),
    # blind as round60: agreements 0.932, signatories 0.708, officials+position 1.0, status
    # 0.794, date 0.724, published 1.0, regions 1.0
    "round61": (
        {"regions": 0.98, "agreements": 0.93, "signatories": 0.98, "officials_name": 0.98,
         "officials_full": 0.91},
        # date62 (round 24) lowered the date floor 0.88 -> 0.85: a 2022 base agreement under
        # a planned addendum is now its own, right record ("mentioned"), and the scorer's
        # gold-order pairing then compares one date with the wrong record
        {"agreement_status": 0.98, "agreement_date": 0.91, "published": 0.98},
    ),
    # blind on round 17's first and final mains (403ed25, 1fbfc4a) and on round 18's first
    # (752585b): domain_eval.py agreements 0.926, signatories 0.897, officials+position
    # 0.937, status 0.92, date 0.737, published 0.867, regions 1.0
    "round62": (
        {"regions": 0.98, "agreements": 0.96, "signatories": 0.98, "officials_name": 0.98,
         "officials_full": 0.82},
        {"agreement_status": 0.98, "agreement_date": 0.94, "published": 0.98},
    ),
    # blind as round62: agreements 0.928, signatories 0.721, officials+position 0.971,
    # status 0.812, date 0.571, published 0.867, regions 1.0
    # round 51 lowered agreement_date 0.91 -> 0.87:
    # date51 dates a plan by the deadline its sentence gives its
    # signing ("к концу года", "к лету" -> the year ahead of the publication date); this
    # round's golds leave such plans undated, the writer brief since round 150 dates them
    # (round 50's ruling), and domain_eval counts no date a gold leaves null
    "round63": (
        {"regions": 0.95, "agreements": 0.98, "signatories": 0.98, "officials_name": 0.97,
         "officials_full": 0.87},
        {"agreement_status": 0.98, "agreement_date": 0.87, "published": 0.98},
    ),
    # blind on round 18's first main (752585b): agreements 0.933, signatories 1.0,
    # officials+position 0.991, status 1.0, date 0.95, published 0.933, regions 1.0
    "round64": (
        {"regions": 0.98, "agreements": 0.98, "signatories": 0.97, "officials_name": 0.96,
         "officials_full": 0.9},
        {"agreement_status": 0.98, "agreement_date": 0.98, "published": 0.98},
    ),
    # blind as round64: agreements 0.909, signatories 0.846, officials+position 0.972,
    # status 0.8, date 0.76, published 1.0, regions 0.958
    # round 50 lowered agreement_date 0.98 -> 0.93:
    # pdate50 dates a plan by the period its own sentence gives
    # ("до конца года", "осенью" -> the year ahead of the publication date); its
    # golds leave such plans undated, the writer brief since round 150 dates them, and
    # domain_eval counts no date a gold leaves null
    "round67": (
        {"regions": 0.93, "agreements": 0.96, "signatories": 0.89, "officials_name": 0.96,
         "officials_full": 0.94},
        {"agreement_status": 0.98, "agreement_date": 0.93, "published": 0.98},
    ),
    # blind on round 18's first and final mains (752585b, b7c442b): agreements 0.982 / 0.982,
    # signatories 0.80 / 0.909, officials+position 0.922 / 0.957, status 0.893 / 0.964,
    # date 0.808 / 0.923, published 1.0, regions 1.0
    # round 50 lowered agreement_date 0.98 -> 0.93:
    # pdate50 dates a plan by the period its own sentence gives
    # ("до конца года", "осенью" -> the year ahead of the publication date); its
    # golds leave such plans undated, the writer brief since round 150 dates them, and
    # domain_eval counts no date a gold leaves null
    "round65": (
        {"regions": 0.98, "agreements": 0.98, "signatories": 0.98, "officials_name": 0.97,
         "officials_full": 0.93},
        {"agreement_status": 0.98, "agreement_date": 0.93, "published": 0.98},
    ),
    # blind as round65: agreements 0.904 / 0.904, signatories 0.909 / 0.909,
    # officials+position 0.984 / 0.992, status 0.818 / 0.818, date 0.806 / 0.806,
    # published 1.0, regions 1.0
    # round 50 lowered agreement_date 0.92 -> 0.85:
    # pdate50 dates a plan by the period its own sentence gives
    # ("до конца года", "осенью" -> the year ahead of the publication date); its
    # golds leave such plans undated, the writer brief since round 150 dates them, and
    # domain_eval counts no date a gold leaves null
    "round66": (
        {"regions": 0.94, "agreements": 0.95, "signatories": 0.94, "officials_name": 0.97,
         "officials_full": 0.86},
        {"agreement_status": 0.92, "agreement_date": 0.85, "published": 0.98},
    ),
    # blind on round 19's first main (4114837): agreements 0.933, signatories 0.982,
    # officials+position 1.0, status 1.0, date 0.85, published 0.938, regions 1.0
    "round68": (
        {"regions": 0.98, "agreements": 0.98, "signatories": 0.98, "officials_name": 0.98,
         "officials_full": 0.92},
        {"agreement_status": 0.98, "agreement_date": 0.98, "published": 0.98},
    ),
    # blind as round68: agreements 0.921, signatories 0.667, officials+position 0.975,
    # status 0.862, date 0.6, published 0.933, regions 0.977
    # round 50 lowered agreement_date 0.94 -> 0.89:
    # pdate50 dates a plan by the period its own sentence gives
    # ("до конца года", "осенью" -> the year ahead of the publication date); its
    # golds leave such plans undated, the writer brief since round 150 dates them, and
    # domain_eval counts no date a gold leaves null
    "round71": (
        {"regions": 0.96, "agreements": 0.92, "signatories": 0.97, "officials_name": 0.97,
         "officials_full": 0.84},
        {"agreement_status": 0.94, "agreement_date": 0.89, "published": 0.98},
    ),
    # blind on round 19's first and final mains (4114837, 4f50cc0), the same both times:
    # agreements 0.937, signatories 0.812, officials+position 0.983, status 0.919, date 0.889,
    # published 1.0, regions 1.0
    # round 28 lowered agreements 0.93 -> 0.9: agr72 finds a plan the round missed; a stray
    # record that the loose party match had paired by chance now counts as an extra
    "round69": (
        # agr87: officials_full 0.78 -> 0.77: the NER's span "НГТУ НЭТИ" no longer runs on
        # past the headline's blank line, so a205's rector belongs to the acronym the
        # headline writes, not the gold's full name (0.793 -> 0.777)
        {"regions": 0.98, "agreements": 0.93, "signatories": 0.92, "officials_name": 0.97,
         "officials_full": 0.8},
        {"agreement_status": 0.98, "agreement_date": 0.98, "published": 0.98},
    ),
    # blind as round69: agreements 0.939, signatories 0.951, officials+position 0.984,
    # status 0.957, date 0.905, published 1.0, regions 0.98
    "round70": (
        {"regions": 0.94, "agreements": 0.95, "signatories": 0.96, "officials_name": 0.98,
         "officials_full": 0.89},
        {"agreement_status": 0.98, "agreement_date": 0.93, "published": 0.98},
    ),
    # blind on round 20's first main (a7348bb): agreements 0.917, signatories 0.857,
    # officials+position 0.936, status 0.955, date 0.955, published 1.0, regions 1.0
    "round73": (
        {"regions": 0.98, "agreements": 0.93, "signatories": 0.98, "officials_name": 0.98,
         "officials_full": 0.81},
        {"agreement_status": 0.98, "agreement_date": 0.98, "published": 0.98},
    ),
    # blind as round73: agreements 0.967, signatories 0.949, officials+position 0.966,
    # status 0.931, date 0.852, published 0.933, regions 1.0
    "round75": (
        {"regions": 0.98, "agreements": 0.96, "signatories": 0.98, "officials_name": 0.98,
         "officials_full": 0.84},
        {"agreement_status": 0.98, "agreement_date": 0.98, "published": 0.98},
    ),
    # blind on round 20's first and final mains (a7348bb, 73a9737), the same on both but dates,
    # published and officials: agreements 0.936, signatories 0.931, officials+position 0.98,
    # status 1.0, date 0.95, published 1.0, regions 1.0
    "round72": (
        {"regions": 0.98, "agreements": 0.93, "signatories": 0.98, "officials_name": 0.96,
         "officials_full": 0.92},
        {"agreement_status": 0.98, "agreement_date": 0.98, "published": 0.98},
    ),
    # blind as round72 (start -> final): agreements 0.88, signatories 0.889,
    # officials+position 0.989 -> 1.0, status 0.909, date 0.75 -> 0.8, published 0.929 -> 1.0,
    # regions 0.955
    "round74": (
        {"regions": 0.93, "agreements": 0.94, "signatories": 0.94, "officials_name": 0.98,
         "officials_full": 0.95},
        # date62 (round 24) lowered the status floor 0.93 -> 0.89: a status now right sits
        # next to an agreement already missed, so the gold-order pairing shifts (0.957 -> 1.0
        # under the best pairing, benchmarks/pairing_report.py); rec92 lowered status
        # 0.93 -> 0.91 and date 0.89 -> 0.87: c312's plan with the Social Fund's branch is
        # now a record of its own (agreements 0.941 -> 0.962), and the digest's heading
        # naming the union short, left alone, is paired first with the signed gold
        {"agreement_status": 0.91, "agreement_date": 0.87, "published": 0.98},
    ),
    # blind on round 21's first main (c387d75, extraction as 73a9737): agreements 0.889,
    # signatories 0.922, officials+position 1.0, status 0.932, date 0.579, published 0.875,
    # regions 1.0
    "round77": (
        {"regions": 0.95, "agreements": 0.93, "signatories": 0.95, "officials_name": 0.98,
         "officials_full": 0.9},
        {"agreement_status": 0.98, "agreement_date": 0.95, "published": 0.98},
    ),
    # blind as round77: agreements 0.935, signatories 0.883, officials+position 0.964,
    # status 0.966, date 0.905, published 1.0, regions 1.0
    # round 50 lowered agreement_date 0.9 -> 0.82:
    # pdate50 dates a plan by the period its own sentence gives
    # ("до конца года", "осенью" -> the year ahead of the publication date); its
    # golds leave such plans undated, the writer brief since round 150 dates them, and
    # domain_eval counts no date a gold leaves null
    "round79": (
        {"regions": 0.95, "agreements": 0.93, "signatories": 0.98, "officials_name": 0.97,
         "officials_full": 0.88},
        {"agreement_status": 0.90, "agreement_date": 0.82, "published": 0.98},
    ),
    # blind on round 21's first main (c387d75, extraction as 73a9737) and final (e1ae3e0):
    # agreements 0.95, signatories 0.909 -> 0.957, officials+position 0.962, status 0.947,
    # date 1.0, published 1.0, regions 1.0
    "round76": (
        {"regions": 0.98, "agreements": 0.88, "signatories": 0.98, "officials_name": 0.98,
         "officials_full": 0.92},
        {"agreement_status": 0.98, "agreement_date": 0.92, "published": 0.98},
    ),
    # blind as round76, the same on both: agreements 0.938, signatories 0.866,
    # officials+position 0.949, status 0.967, date 0.931, published 1.0, regions 1.0
    "round78": (
        {"regions": 0.92, "agreements": 0.93, "signatories": 0.88, "officials_name": 0.93,
         "officials_full": 0.92},
        {"agreement_status": 0.98, "agreement_date": 0.98, "published": 0.98},
    ),
    # blind on round 22's first main (b006976, extraction as e1ae3e0): agreements 0.909,
    # signatories 0.909, officials+position 1.0, status 0.9, date 0.87, published 0.933,
    # regions 1.0
    "round82": (
        {"regions": 0.98, "agreements": 0.96, "signatories": 0.95, "officials_name": 0.98,
         "officials_full": 0.88},
        {"agreement_status": 0.98, "agreement_date": 0.94, "published": 0.98},
    ),
    # blind as round82: agreements 0.963, signatories 0.982, officials+position 0.897,
    # status 1.0, date 0.826, published 0.867, regions 0.983
    "round83": (
        {"regions": 0.94, "agreements": 0.92, "signatories": 0.96, "officials_name": 0.96,
         "officials_full": 0.86},
        {"agreement_status": 0.98, "agreement_date": 0.94, "published": 0.98},
    ),
    # blind on round 22's first main (b006976, extraction as e1ae3e0) and final (d4cd74c):
    # agreements 0.913, signatories 0.863, officials+position 0.948, status 0.905,
    # date 0.833 -> 0.889, published 0.8 -> 0.867, regions 1.0
    # round 30 lowered its date 0.98 -> 0.95: date82 reads "в первой декаде декабря" as the
    # month, as round114's gold gives it; i310's gold leaves that plan undated (domain_eval,
    # which skips undated golds, does not move)
    "round80": (
        {"regions": 0.94, "agreements": 0.97, "signatories": 0.98, "officials_name": 0.96,
         "officials_full": 0.84},
        {"agreement_status": 0.98, "agreement_date": 0.95, "published": 0.98},
    ),
    # blind as round80, the same on both: agreements 0.978, signatories 0.822,
    # officials+position 0.941, status 0.955, date 0.905, published 1.0, regions 0.889
    # round 50 lowered agreement_date 0.98 -> 0.92:
    # pdate50 dates a plan by the period its own sentence gives
    # ("до конца года", "осенью" -> the year ahead of the publication date); its
    # golds leave such plans undated, the writer brief since round 150 dates them, and
    # domain_eval counts no date a gold leaves null
    "round81": (
        {"regions": 0.83, "agreements": 0.95, "signatories": 0.98, "officials_name": 0.96,
         "officials_full": 0.88},
        {"agreement_status": 0.98, "agreement_date": 0.92, "published": 0.98},
    ),
    # blind on round 23's first main (e241f61, extraction as d4cd74c): agreements 0.928,
    # signatories 1.0, officials+position 0.983, status 0.938, date 0.903, published 1.0,
    # regions 1.0
    "round86": (
        {"regions": 0.98, "agreements": 0.88, "signatories": 0.98, "officials_name": 0.96,
         "officials_full": 0.91},
        {"agreement_status": 0.98, "agreement_date": 0.98, "published": 0.98},
    ),
    # blind as round86: agreements 0.889, signatories 0.821, officials+position 0.966,
    # status 0.875, date 0.773, published 1.0, regions 0.982
    # round 51 lowered agreement_date 0.98 -> 0.93:
    # agr51 now finds q307's signed record (sides read past
    # a body's kind before its quoted name); its date is the publication day where the
    # gold takes "в прошлую пятницу" of the sentence before: a record newly paired, a date
    # still to read
    "round87": (
        {"regions": 0.94, "agreements": 0.95, "signatories": 0.94, "officials_name": 0.96,
         "officials_full": 0.81},
        {"agreement_status": 0.98, "agreement_date": 0.97, "published": 0.98},
    ),
    # blind on round 24's first and final mains (6e7f351, 6d135c5), the same on both:
    # agreements 0.851, signatories 1.0, officials+position 0.987, status 1.0, date 0.944,
    # published 0.938, regions 0.923
    "round88": (
        {"regions": 0.93, "agreements": 0.9, "signatories": 0.98, "officials_name": 0.96,
         "officials_full": 0.83},
        {"agreement_status": 0.98, "agreement_date": 0.93, "published": 0.98},
    ),
    # blind as round88, the same on both: agreements 0.866, signatories 0.917,
    # officials+position 1.0, status 0.828, date 0.696, published 0.929, regions 0.976
    "round89": (
        {"regions": 0.90, "agreements": 0.87, "signatories": 0.86, "officials_name": 0.98,
         "officials_full": 0.8},
        {"agreement_status": 0.94, "agreement_date": 0.87, "published": 0.98},
    ),
    # blind on round 24's first main (6e7f351, extraction as 8b8d87e): agreements 0.889,
    # signatories 0.92, officials+position 0.976, status 0.792, date 0.824, published 1.0,
    # regions 0.909
    "round90": (
        {"regions": 0.93, "agreements": 0.86, "signatories": 0.93, "officials_name": 0.98,
         "officials_full": 0.84},
        {"agreement_status": 0.93, "agreement_date": 0.84, "published": 0.98},
    ),
    # blind as round90: agreements 0.796, signatories 0.66, officials+position 0.985,
    # status 0.854, date 0.853, published 0.938, regions 0.964
    # round 50 lowered agreement_date 0.92 -> 0.87:
    # pdate50 dates a plan by the period its own sentence gives
    # ("до конца года", "осенью" -> the year ahead of the publication date); its
    # golds leave such plans undated, the writer brief since round 150 dates them, and
    # domain_eval counts no date a gold leaves null
    "round91": (
        {"regions": 0.92, "agreements": 0.9, "signatories": 0.92, "officials_name": 0.96,
         "officials_full": 0.86},
        {"agreement_status": 0.92, "agreement_date": 0.87, "published": 0.98},
    ),
    # blind on round 25's first main (5461fd5, extraction as 6d135c5): agreements 0.844,
    # signatories 0.862, officials+position 0.965, status 0.895, date 0.765, published 0.938,
    # regions 1.0
    # round 51 lowered agreement_date 0.98 -> 0.92:
    # date51 dates a plan by the deadline its sentence gives its
    # signing ("к концу года", "к лету" -> the year ahead of the publication date); this
    # round's golds leave such plans undated, the writer brief since round 150 dates them
    # (round 50's ruling), and domain_eval counts no date a gold leaves null
    "round94": (
        {"regions": 0.98, "agreements": 0.98, "signatories": 0.96, "officials_name": 0.95,
         "officials_full": 0.86},
        {"agreement_status": 0.98, "agreement_date": 0.92, "published": 0.98},
    ),
    # blind as round94: agreements 0.892, signatories 0.909, officials+position 1.0,
    # status 0.897, date 0.792, published 1.0, regions 1.0
    "round95": (
        # agr87: agreements 0.86 -> 0.85: y315's planned trilateral with Chukotka now takes
        # the sides of the signing told last (the employment centre and the ministry), where
        # the gold extends the governments' plan (0.889 -> 0.857)
        # statpool92: agreements 0.85 -> 0.83: y308's addendum "будет подготовлено ... и
        # подписано до 1 апреля" is now planned and joins the extension plan, whose sides
        # are read as "трёхсторонняя комиссия" (an error it had before); its former signed
        # record, which paired with the gold plan by the signers' bodies, is gone;
        # mend92 restored 0.85 (0.839 -> 0.889): the commission is no side, the plan takes
        # its signers' bodies and comes after the agreement it extends
        {"regions": 0.98, "agreements": 0.86, "signatories": 0.98, "officials_name": 0.98,
         "officials_full": 0.87},
        {"agreement_status": 0.98, "agreement_date": 0.9, "published": 0.98},
    ),
    # blind on round 25's first and final mains (5461fd5, c58f227): agreements 0.84,
    # signatories 0.897, officials+position 0.99, status 0.952, date 0.947, published 1.0,
    # regions 0.979 → 1.0
    # round 50 lowered agreement_date 0.98 -> 0.93:
    # pdate50 dates a plan by the period its own sentence gives
    # ("до конца года", "осенью" -> the year ahead of the publication date); its
    # golds leave such plans undated, the writer brief since round 150 dates them, and
    # domain_eval counts no date a gold leaves null
    # round 51 lowered agreement_date 0.93 -> 0.89:
    # date51 dates a plan by the deadline its sentence gives its
    # signing ("к концу года", "к лету" -> the year ahead of the publication date); this
    # round's golds leave such plans undated, the writer brief since round 150 dates them
    # (round 50's ruling), and domain_eval counts no date a gold leaves null
    "round92": (
        {"regions": 0.98, "agreements": 0.95, "signatories": 0.98, "officials_name": 0.98,
         "officials_full": 0.92},
        {"agreement_status": 0.98, "agreement_date": 0.89, "published": 0.98},
    ),
    # blind as round92: agreements 0.824 → 0.84, signatories 0.783, officials+position 0.983,
    # status 0.857, date 0.882, published 0.938, regions 0.988 (the same at both ends but
    # agreements)
    # round 50 lowered agreement_date 0.98 -> 0.92:
    # pdate50 dates a plan by the period its own sentence gives
    # ("до конца года", "осенью" -> the year ahead of the publication date); its
    # golds leave such plans undated, the writer brief since round 150 dates them, and
    # domain_eval counts no date a gold leaves null
    "round93": (
        {"regions": 0.98, "agreements": 0.91, "signatories": 0.98, "officials_name": 0.97,
         "officials_full": 0.83},
        {"agreement_status": 0.98, "agreement_date": 0.92, "published": 0.98},
    ),
    # blind on round 26's first main (54671ad), then dev: regions 0.791, agreements 0.923,
    # signatories 0.857, officials + position 0.971; status 0.958, date 0.682, published 0.8
    # (domain_eval)
    # round 50 lowered agreement_date 0.98 -> 0.93:
    # pdate50 dates a plan by the period its own sentence gives
    # ("до конца года", "осенью" -> the year ahead of the publication date); its
    # golds leave such plans undated, the writer brief since round 150 dates them, and
    # domain_eval counts no date a gold leaves null
    "round98": (
        {"regions": 0.98, "agreements": 0.98, "signatories": 0.98, "officials_name": 0.97,
         "officials_full": 0.85},
        {"agreement_status": 0.98, "agreement_date": 0.93, "published": 0.91},
    ),
    # blind on round 26's first main (54671ad), then dev: regions 1.0, agreements 0.75,
    # signatories 0.93, officials + position 0.943; status 0.8, date 0.5, published 1.0
    # (domain_eval)
    "round99": (
        {"regions": 0.91, "agreements": 0.93, "signatories": 0.98, "officials_name": 0.97,
         "officials_full": 0.85},
        {"agreement_status": 0.92, "agreement_date": 0.92, "published": 0.98},
    ),
    # blind on round 26's first and final mains (54671ad, 16d3d1b), then dev (domain_eval,
    # start / final): agreements 0.979 / 1.0, signatories 0.864 / 1.0, status 0.913 / 0.958,
    # date 0.818 / 0.87, published 0.867, officials + position 0.989, regions 0.941
    "round96": (
        {"regions": 0.91, "agreements": 0.98, "signatories": 0.98, "officials_name": 0.96,
         "officials_full": 0.8},
        {"agreement_status": 0.98, "agreement_date": 0.98, "published": 0.91},
    ),
    # blind on round 26's first and final mains (54671ad, 16d3d1b), then dev (domain_eval,
    # start / final): agreements 0.877 / 0.892, signatories 0.721 / 0.8, status 0.844 /
    # 0.879, date 0.708 / 0.76, published 0.867, officials + position 0.948 / 0.966, regions
    # 1.0
    # round 50 lowered agreement_date 0.9 -> 0.84:
    # pdate50 dates a plan by the period its own sentence gives
    # ("до конца года", "осенью" -> the year ahead of the publication date); its
    # golds leave such plans undated, the writer brief since round 150 dates them, and
    # domain_eval counts no date a gold leaves null
    "round97": (
        {"regions": 0.98, "agreements": 0.84, "signatories": 0.93, "officials_name": 0.97,
         "officials_full": 0.88},
        # rec92: date 0.91 -> 0.90 and agreements raised 0.81 -> 0.84: b413's plan with
        # the other committee of the city is now found (a pair more), dated otherwise
        {"agreement_status": 0.94, "agreement_date": 0.84, "published": 0.91},
    ),
    # blind on round 27's first main (e47a8405), then dev (domain_eval at the start):
    # agreements 0.931, signatories 0.929, status 1.0, date 0.818, published 1.0,
    # officials + position 0.894, regions 0.968
    "round102": (
        {"regions": 0.88, "agreements": 0.94, "signatories": 0.98, "officials_name": 0.98,
         "officials_full": 0.88},
        {"agreement_status": 0.94, "agreement_date": 0.87, "published": 0.98},
    ),
    # blind on round 27's first main (e47a8405), then dev (domain_eval at the start):
    # agreements 0.867, signatories 0.792, status 0.808, date 0.542, published 0.8,
    # officials + position 0.99, regions 0.944
    "round103": (
        {"regions": 0.89, "agreements": 0.93, "signatories": 0.98, "officials_name": 0.96,
         "officials_full": 0.83},
        {"agreement_status": 0.87, "agreement_date": 0.87, "published": 0.91},
    ),
    # blind on round 27's first and final mains (e47a8405, 46a6bf85), then dev (domain_eval,
    # start / final): agreements 0.889 / 0.906, signatories 0.944, status 0.917, date 0.842,
    # published 0.929, officials + position 0.95 / 0.965, regions 0.973
    "round100": (
        {"regions": 0.98, "agreements": 0.91, "signatories": 0.98, "officials_name": 0.97,
         "officials_full": 0.78},
        {"agreement_status": 0.86, "agreement_date": 0.94, "published": 0.91},
    ),
    # blind on round 27's first and final mains (e47a8405, 46a6bf85), then dev (domain_eval,
    # start / final): agreements 0.877 / 0.893, signatories 0.885, status 0.96, date 0.895,
    # published 1.0, officials + position 0.977, regions 0.987
    # round 50 lowered agreement_date 0.94 -> 0.89:
    # pdate50 dates a plan by the period its own sentence gives
    # ("до конца года", "осенью" -> the year ahead of the publication date); its
    # golds leave such plans undated, the writer brief since round 150 dates them, and
    # domain_eval counts no date a gold leaves null
    "round101": (
        {"regions": 0.96, "agreements": 0.92, "signatories": 0.93, "officials_name": 0.98,
         "officials_full": 0.96},
        {"agreement_status": 0.94, "agreement_date": 0.89, "published": 0.98},
    ),
    # blind on round 28's first main (d859c12c), then dev (domain_eval at the start):
    # agreements 0.964, signatories 0.938, status 1.0, date 0.926, published 1.0,
    # officials + position 0.974, regions 0.982
    "round106": (
        {"regions": 0.94, "agreements": 0.94, "signatories": 0.98, "officials_name": 0.97,
         "officials_full": 0.84},
        {"agreement_status": 0.98, "agreement_date": 0.98, "published": 0.98},
    ),
    # blind on round 28's first main (d859c12c), then dev (domain_eval at the start):
    # agreements 0.966, signatories 0.9, status 0.929, date 0.808, published 0.857,
    # officials + position 0.989, regions 0.982
    "round107": (
        {"regions": 0.98, "agreements": 0.98, "signatories": 0.98, "officials_name": 0.98,
         "officials_full": 0.84},
        {"agreement_status": 0.98, "agreement_date": 0.98, "published": 0.98},
    ),
    # blind on round 28's first and final mains (d859c12c, region73's merge), then dev
    # (domain_eval, start / final): agreements 0.98, signatories 0.939, status 0.958, date
    # 0.917, published 1.0, officials + position 1.0, regions 1.0 (the same both times)
    "round104": (
        {"regions": 0.98, "agreements": 0.98, "signatories": 0.98, "officials_name": 0.98,
         "officials_full": 0.9},
        {"agreement_status": 0.98, "agreement_date": 0.98, "published": 0.98},
    ),
    # blind on round 28's first and final mains (d859c12c, region73's merge), then dev
    # (domain_eval, start / final): agreements 1.0 / 0.978, signatories 0.947, status 0.955,
    # date 0.909, published 0.933, officials + position 0.949, regions 1.0
    "round105": (
        {"regions": 0.94, "agreements": 0.98, "signatories": 0.96, "officials_name": 0.98,
         "officials_full": 0.91},
        {"agreement_status": 0.98, "agreement_date": 0.98, "published": 0.98},
    ),
    # blind on round 29's first main (d4343fe2), then dev (domain_eval at the start):
    # agreements 0.822, signatories 0.656, status 0.733, date 0.536, published 1.0,
    # officials + position 1.0, regions 1.0
    "round108": (
        {"regions": 0.98, "agreements": 0.98, "signatories": 0.98, "officials_name": 0.98,
         "officials_full": 0.94},
        {"agreement_status": 0.98, "agreement_date": 0.98, "published": 0.98},
    ),
    # blind on round 29's first main (d4343fe2), then dev (domain_eval at the start):
    # agreements 0.966, signatories 0.96, status 0.929, date 0.923, published 1.0,
    # officials + position 0.962, regions 1.0
    "round110": (
        {"regions": 0.98, "agreements": 0.98, "signatories": 0.98, "officials_name": 0.97,
         "officials_full": 0.93},
        {"agreement_status": 0.98, "agreement_date": 0.98, "published": 0.98},
    ),
    # blind on round 29's first and final mains (d4343fe2, the merge of fix78), then dev
    # (domain_eval, the same both times): agreements 0.98, signatories 0.906, status 0.918,
    # date 0.833, published 1.0, officials + position 1.0, regions 1.0; fair91 (round 35):
    # n413's third item signed under its header, with its signers (soccoop eval signatories
    # 0.957, status and date 0.979)
    "round109": (
        {"regions": 0.95, "agreements": 0.94, "signatories": 0.95, "officials_name": 0.98,
         "officials_full": 0.9},
        {"agreement_status": 0.98, "agreement_date": 0.98, "published": 0.98},
    ),
    # blind on round 29's first and final mains (d4343fe2, the merge of fix78), then dev
    # (domain_eval, the same both times): agreements 0.945, signatories 0.986, status 0.962,
    # date 0.88, published 0.933, officials + position 0.99, regions 0.914
    "round111": (
        {"regions": 0.89, "agreements": 0.92, "signatories": 0.98, "officials_name": 0.97,
         "officials_full": 0.93},
        {"agreement_status": 0.97, "agreement_date": 0.97, "published": 0.98},
    ),
    # blind on round 30's first main (11cf23e1), then dev (domain_eval at the start):
    # agreements 0.947, signatories 0.817, status 0.926, date 0.885, published 1.0,
    # officials + position 0.95, regions 0.988
    "round112": (
        {"regions": 0.98, "agreements": 0.98, "signatories": 0.98, "officials_name": 0.97,
         "officials_full": 0.89},
        {"agreement_status": 0.98, "agreement_date": 0.98, "published": 0.98},
    ),
    # blind on round 30's first main (11cf23e1), then dev (domain_eval at the start):
    # agreements 0.949, signatories 0.928, status 0.964, date 0.926, published 1.0,
    # officials + position 0.99, regions 0.986
    "round114": (
        {"regions": 0.96, "agreements": 0.98, "signatories": 0.98, "officials_name": 0.98,
         "officials_full": 0.86},
        {"agreement_status": 0.98, "agreement_date": 0.98, "published": 0.98},
    ),
    # blind on round 30's first and final mains (11cf23e1, the merge of nerel82), then dev
    # (domain_eval, start / final where they differ): agreements 0.984, signatories 0.878,
    # status 0.935, date 0.897, published 1.0, officials + position 0.972 / 1.0, regions 1.0
    "round113": (
        {"regions": 0.98, "agreements": 0.94, "signatories": 0.98, "officials_name": 0.98,
         "officials_full": 0.96},
        {"agreement_status": 0.98, "agreement_date": 0.93, "published": 0.98},
    ),
    # blind on round 30's first and final mains (11cf23e1, the merge of nerel82), then dev
    # (domain_eval, start / final where they differ): agreements 0.957, signatories 0.923 /
    # 0.909, status 0.909, date 0.839, published 0.929, officials + position 1.0, regions 0.958
    "round115": (
        {"regions": 0.93, "agreements": 0.96, "signatories": 0.94, "officials_name": 0.98,
         "officials_full": 0.93},
        # pub89 lowered the status floor 0.98 -> 0.96: t416's transcript is now dated by
        # its airing (2025-01-28), so its signing "19 декабря прошлого года" falls in an
        # earlier year than the page and reads as history (mentioned; gold signed); the
        # year-turn exception tried for it split the host's question ("в конце года") into
        # a record of its own (see the development log); date90's turn_of_year reads both
        # as the news's signing (soccoop eval 0.971 -> 1.0): floor back to 0.98
        {"agreement_status": 0.98, "agreement_date": 0.98, "published": 0.91},
    ),
    # blind on round 31's first main (ea41ff2f), then dev (domain_eval): agreements 0.986,
    # signatories 0.901, status 1.0, date 0.912, published 0.933, officials + position 0.976,
    # regions 1.0
    "round117": (
        {"regions": 0.98, "agreements": 0.97, "signatories": 0.95, "officials_name": 0.97,
         "officials_full": 0.88},
        {"agreement_status": 0.98, "agreement_date": 0.98, "published": 0.98},
    ),
    # blind on round 31's first main (ea41ff2f), then dev (domain_eval): agreements 0.963,
    # signatories 0.921, status 0.962, date 0.885, published 1.0, officials + position 0.973,
    # regions 0.984
    "round118": (
        {"regions": 0.96, "agreements": 0.98, "signatories": 0.98, "officials_name": 0.97,
         "officials_full": 0.84},
        {"agreement_status": 0.98, "agreement_date": 0.98, "published": 0.98},
    ),
    # blind on round 31's first and final mains (ea41ff2f, the merge of side85), then dev
    # (domain_eval, the same on both): agreements 0.936, signatories 1.0,
    # status 0.955, date 0.955, published 0.933, officials + position 0.982, regions 1.0
    "round116": (
        {"regions": 0.92, "agreements": 0.91, "signatories": 0.98, "officials_name": 0.96,
         "officials_full": 0.81},
        {"agreement_status": 0.98, "agreement_date": 0.98, "published": 0.98},
    ),
    # blind on round 31's first and final mains (ea41ff2f, the merge of side85), then dev
    # (domain_eval, the same on both): agreements 0.966, signatories 0.912,
    # status 0.857, date 0.8, published 1.0, officials + position 1.0, regions 1.0
    "round119": (
        {"regions": 0.98, "agreements": 0.96, "signatories": 0.97, "officials_name": 0.98,
         "officials_full": 0.89},
        {"agreement_status": 0.98, "agreement_date": 0.98, "published": 0.98},
    ),
    # blind on round 32's first main (8bcf5a16), then dev (domain_eval): agreements 0.955,
    # signatories 0.909, status 0.844, date 0.75, published 0.812, officials + position 0.97,
    # regions 1.0
    "round120": (
        # status and date lowered 0.91 -> 0.85 at round 67: plans67 gave y408's postponed
        # agreement its page's own body ("между нашей организацией и …"), the side gold
        # lists; the page tells that plan first, but its gold lists the signed record
        # first, so first-come pairing now takes the plan for the signed one (best pairing
        # unchanged)
        {"regions": 0.98, "agreements": 0.98, "signatories": 0.93, "officials_name": 0.94,
         "officials_full": 0.8},
        {"agreement_status": 0.85, "agreement_date": 0.85, "published": 0.98},
    ),
    # blind on round 32's first main (8bcf5a16), then dev (domain_eval): agreements 0.827,
    # signatories 0.793, status 0.774, date 0.69, published 0.867, officials + position 0.99,
    # regions 1.0
    "round121": (
        # agr87: agreements 0.74 -> 0.83 (0.773 -> 0.857); agreement_date 0.79 -> 0.72 (0.828
        # -> 0.727): the four records now found (z412's and z416's plans, z413's, z405's
        # plan no longer taken for a signing) are paired with dates still wrong or missing
        # (seasons, "в августе" on a page with no date: the dates branches' kinds)
        {"regions": 0.95, "agreements": 0.9, "signatories": 0.95, "officials_name": 0.94,
         "officials_full": 0.78},
        {"agreement_status": 0.83, "agreement_date": 0.84, "published": 0.98},
    ),
    # blind on round 32's first and final mains (8bcf5a16, the merge of speed88), then dev
    # (domain_eval, the same on both): agreements 0.899, signatories 0.7, status 0.645,
    # date 0.536, published 0.8, officials + position 0.963, regions 0.985
    # sig89: signatories (soccoop eval) 0.903 -> 0.970, floor 0.87 -> 0.95
    # date90 lowered the date floor 0.82 -> 0.80 (soccoop eval 0.844 -> 0.8125; domain_eval's
    # best pairing 0.833 -> 0.9): a503's plan is now of May, not of its initialling's day;
    # the in-order pairing matches the gold's signing (ТГУ) with that plan (one side in
    # common), whose old day matched it only by accident
    # sidecoref lowered the status and date floors 0.81 -> 0.77 (soccoop eval 0.82 -> 0.788;
    # domain_eval unchanged): a513's record lost a duplicate "Отделение" side and now equals
    # its gold record, so soccoop eval pairs all four gold agreements (F1 there 0.75 -> 1.0),
    # in order, and its first gold takes another record's status and date
    "round122": (
        {"regions": 0.93, "agreements": 0.92, "signatories": 0.98, "officials_name": 0.97,
         "officials_full": 0.86},
        {"agreement_status": 0.85, "agreement_date": 0.85, "published": 0.98},
    ),
    # blind on round 32's first and final mains (8bcf5a16, the merge of speed88), then dev
    # (domain_eval): agreements 0.969, signatories 0.915, status 0.871, date 0.846 -> 0.885,
    # published 0.933 -> 1.0, officials + position 0.991, regions 1.0
    # sig89: signatories (soccoop eval) 0.881 -> 0.952, floor 0.85 -> 0.93
    # round 50 lowered agreement_date 0.81 -> 0.77:
    # pdate50 dates a plan by the period its own sentence gives
    # ("до конца года", "осенью" -> the year ahead of the publication date); its
    # golds leave such plans undated, the writer brief since round 150 dates them, and
    # domain_eval counts no date a gold leaves null
    "round123": (
        {"regions": 0.93, "agreements": 0.98, "signatories": 0.97, "officials_name": 0.97,
         "officials_full": 0.87},
        {"agreement_status": 0.85, "agreement_date": 0.77, "published": 0.98},
    ),
    # round 50 lowered agreement_status 0.94 -> 0.89, agreement_date 0.94 -> 0.89:
    # passing50's new mentioned record (an older agreement told
    # by its year) is right, but the scorer's first-come pairing gives it to a gold
    # agreement the page still misses; under the best pairing nothing goes down
    "round124": (
        {"regions": 0.93, "agreements": 0.96, "signatories": 0.98, "officials_name": 0.98,
         "officials_full": 0.86},
        {"agreement_status": 0.89, "agreement_date": 0.89, "published": 0.98},
    ),
    "round126": (
        {"regions": 0.93, "agreements": 0.94, "signatories": 0.98, "officials_name": 0.98,
         "officials_full": 0.88},
        {"agreement_status": 0.98, "agreement_date": 0.95, "published": 0.98},
    ),
    # blind on round 33's first, middle and final mains (ec6cf0a8, 80877c2f, the merge of
    # cap89; the same on all three), then dev (domain_eval): agreements 0.984, signatories
    # 0.968, status 0.967, date 0.846, published 0.929, officials + position 0.961, regions 1.0
    "round125": (
        {"regions": 0.95, "agreements": 0.95, "signatories": 0.97, "officials_name": 0.98,
         "officials_full": 0.86},
        {"agreement_status": 0.94, "agreement_date": 0.87, "published": 0.98},
    ),
    # blind on round 33's first, middle and final mains (the same on all three), then dev
    # (domain_eval): agreements 0.938, signatories 0.732, status 0.711, date 0.706, published
    # 0.929, officials + position 1.0, regions 1.0
    "round127": (
        {"regions": 0.93, "agreements": 0.94, "signatories": 0.93, "officials_name": 0.98,
         "officials_full": 0.83},
        {"agreement_status": 0.93, "agreement_date": 0.88, "published": 0.98},
    ),
    # blind on round 34's first main (s34start, a28f6573), then dev (domain_eval): agreements
    # 0.894, signatories 0.78, status 0.816, date 0.6, published 0.867, officials + position
    # 0.956, regions 1.0; bcast90 (dev): agreements 0.941, status 0.825, date 0.781,
    # published 1.0 (floors raised: soccoop eval agreements 0.894, signatories 0.885, status
    # 0.842, date 0.763, published 1.0)
    "round130": (
        {"regions": 0.98, "agreements": 0.89, "signatories": 0.94, "officials_name": 0.95,
         "officials_full": 0.89},
        {"agreement_status": 0.9, "agreement_date": 0.85, "published": 0.98},
    ),
    # blind on round 34's first main (a28f6573), then dev (domain_eval): agreements 0.82,
    # signatories 0.821, status 0.92, date 0.955, published 1.0, officials + position 0.97,
    # regions 1.0
    "round131": (
        {"regions": 0.94, "agreements": 0.88, "signatories": 0.93, "officials_name": 0.96,
         "officials_full": 0.86},
        {"agreement_status": 0.94, "agreement_date": 0.9, "published": 0.98},
    ),
    # blind on round 34's first and final mains (a28f6573, the merge of sig90), then dev
    # (domain_eval): agreements 0.939 -> 0.954, signatories 0.92, status 0.968, date 0.96,
    # published 1.0, officials + position 0.965, regions 1.0
    # round 50 lowered agreement_date 0.98 -> 0.93:
    # pdate50 dates a plan by the period its own sentence gives
    # ("до конца года", "осенью" -> the year ahead of the publication date); its
    # golds leave such plans undated, the writer brief since round 150 dates them, and
    # domain_eval counts no date a gold leaves null
    "round128": (
        {"regions": 0.95, "agreements": 0.88, "signatories": 0.98, "officials_name": 0.94,
         "officials_full": 0.87},
        {"agreement_status": 0.94, "agreement_date": 0.93, "published": 0.98},
    ),
    # blind on round 34's first and final mains, then dev (domain_eval): agreements 0.839 ->
    # 0.852, signatories 0.814, status 0.885, date 0.864, published 1.0, officials + position
    # 0.979, regions 0.941; agr91 (round 35: one signing told in headline, lead and signers'
    # lines joined, the recalled agreements' sides read): agreements 0.983, signatories
    # 0.983, status 1.0, date 0.96 (domain_eval); shape91: regions 0.941 -> 1.0 (soccoop eval
    # 0.902 -> 0.958), the teasers of other days' news under a short header masked; floors
    # raised below
    "round129": (
        {"regions": 0.95, "agreements": 0.96, "signatories": 0.94, "officials_name": 0.98,
         "officials_full": 0.86},
        {"agreement_status": 0.98, "agreement_date": 0.98, "published": 0.98},
    ),
    # blind on round 35's first main (s35start, 2aea5d30), then dev (domain_eval): agreements
    # 0.886, signatories 0.871, status 0.903, date 0.714, published 0.867, officials + position
    # 0.962, regions 0.979; fair91 (round 35, dev): agreements 0.959, signatories 0.921,
    # status 0.971, date 0.968, published 1.0 (soccoop eval 0.959, 0.947, 0.971, 0.971, 1.0)
    # round 50 lowered agreement_date 0.98 -> 0.94:
    # pdate50 dates a plan by the period its own sentence gives
    # ("до конца года", "осенью" -> the year ahead of the publication date); its
    # golds leave such plans undated, the writer brief since round 150 dates them, and
    # domain_eval counts no date a gold leaves null
    "round132": (
        {"regions": 0.93, "agreements": 0.98, "signatories": 0.95, "officials_name": 0.94,
         "officials_full": 0.81},
        {"agreement_status": 0.98, "agreement_date": 0.94, "published": 0.98},
    ),
    # blind on round 35's first main (2aea5d30), then dev (domain_eval): agreements 0.957,
    # signatories 0.63, status 0.75, date 0.78, published 0.933, officials + position 0.947,
    # regions 1.0; talk91 (dev): signatories 0.939, status 0.884, date 0.854 (soccoop eval
    # signatories 0.939, status 0.930, date 0.907)
    "round135": (
        {"regions": 0.94, "agreements": 0.94, "signatories": 0.94, "officials_name": 0.94,
         "officials_full": 0.9},
        {"agreement_status": 0.95, "agreement_date": 0.93, "published": 0.98},
    ),
    # blind on round 35's first and final mains (2aea5d30, the merge of regpool91), then dev
    # (domain_eval): agreements 0.896 -> 0.879, signatories 0.738, status 0.8 -> 0.793, date
    # 0.68, published 0.867, officials + position 0.929, regions 0.9 -> 0.947
    # hid92 (soccoop eval): agreements 0.849 -> 0.896, status 0.821 -> 0.967, date 0.679 ->
    # 0.833 (one signing told twice kept as one, two eparchies under one plural noun, the
    # plan91 cut of the "с" list at a planning verb undone)
    "round133": (
        {"regions": 0.92, "agreements": 0.92, "signatories": 0.96, "officials_name": 0.94,
         "officials_full": 0.79},
        # recpool94, back with district_body (side95): date 0.91 -> 0.89: l506's three-sided
        # plan now has its sides and is paired (soccoop eval agreements 0.882 -> 0.912,
        # domain_eval date 0.84 -> 0.846), but its month, told only by a postponement to
        # January, is not read (28/30 -> 28/31); raised back to 0.91 on round 39's final
        # code (soccoop eval date 0.9375: more of the round's records read)
        {"agreement_status": 0.98, "agreement_date": 0.97, "published": 0.98},
    ),
    # blind on round 35's first and final mains (the same on both), then dev (domain_eval):
    # agreements 0.933, signatories 0.776, status 0.886, date 0.781, published 1.0, officials +
    # position 0.987, regions 1.0
    # round 50 lowered agreement_date 0.86 -> 0.77:
    # pdate50 dates a plan by the period its own sentence gives
    # ("до конца года", "осенью" -> the year ahead of the publication date); its
    # golds leave such plans undated, the writer brief since round 150 dates them, and
    # domain_eval counts no date a gold leaves null
    "round134": (
        {"regions": 0.96, "agreements": 0.93, "signatories": 0.96, "officials_name": 0.96,
         "officials_full": 0.86},
        {"agreement_status": 0.95, "agreement_date": 0.77, "published": 0.98},
    ),
    # blind on round 36's first main (s36start, 42eb7162), then dev (domain_eval): agreements
    # 0.783, signatories 0.706, status 0.704, date 0.562, published 0.933, officials + position
    # 1.0, regions 1.0
    # dig92 (dev): agreements 0.883, signatories 0.804, status 0.838, date 0.639 (soccoop
    # eval agreements 0.754 -> 0.870, signatories 0.734 -> 0.925, status 0.827 -> 0.881, date
    # 0.712 -> 0.746): floors raised
    "round137": (
        {"regions": 0.95, "agreements": 0.85, "signatories": 0.9, "officials_name": 0.98,
         "officials_full": 0.88},
        {"agreement_status": 0.89, "agreement_date": 0.77, "published": 0.98},
    ),
    # blind on round 36's first main (42eb7162), then dev (domain_eval): agreements 0.967,
    # signatories 0.966, status 0.931, date 0.923, published 0.933, officials + position 0.981,
    # regions 1.0
    "round138": (
        {"regions": 0.9, "agreements": 0.96, "signatories": 0.98, "officials_name": 0.96,
         "officials_full": 0.85},
        {"agreement_status": 0.98, "agreement_date": 0.91, "published": 0.98},
    ),
    # blind on round 36's first and final mains (42eb7162, the merge of mend92), then dev
    # (domain_eval): agreements 0.909, signatories 0.868 -> 0.943, status 0.9 -> 0.967, date
    # 0.76 -> 0.84, published 1.0, officials + position 0.968, regions 1.0
    # round 50 lowered agreement_date 0.89 -> 0.82:
    # pdate50 dates a plan by the period its own sentence gives
    # ("до конца года", "осенью" -> the year ahead of the publication date); its
    # golds leave such plans undated, the writer brief since round 150 dates them, and
    # domain_eval counts no date a gold leaves null
    "round136": (
        {"regions": 0.98, "agreements": 0.85, "signatories": 0.98, "officials_name": 0.96,
         "officials_full": 0.88},
        {"agreement_status": 0.98, "agreement_date": 0.82, "published": 0.98},
    ),
    # blind on round 36's first and final mains (the same on both), then dev (domain_eval):
    # agreements 0.943, signatories 0.868, status 0.939, date 0.958, published 0.929, officials
    # + position 1.0, regions 1.0
    # round 50 lowered agreement_date 0.98 -> 0.93:
    # pdate50 dates a plan by the period its own sentence gives
    # ("до конца года", "осенью" -> the year ahead of the publication date); its
    # golds leave such plans undated, the writer brief since round 150 dates them, and
    # domain_eval counts no date a gold leaves null
    "round139": (
        {"regions": 0.98, "agreements": 0.89, "signatories": 0.96, "officials_name": 0.98,
         "officials_full": 0.86},
        {"agreement_status": 0.98, "agreement_date": 0.93, "published": 0.98},
    ),
    # round 50 lowered agreement_date 0.94 -> 0.9:
    # pdate50 dates a plan by the period its own sentence gives
    # ("до конца года", "осенью" -> the year ahead of the publication date); its
    # golds leave such plans undated, the writer brief since round 150 dates them, and
    # domain_eval counts no date a gold leaves null
    "round140": (
        # dig93: signatories 0.967 -> 1.0 and agreement_date 0.767 -> 0.867 (the answer's
        # day, the new time told next, the compound future, the speaker's own side): both
        # floors raised to 0.03 below
        {"regions": 0.98, "agreements": 0.95, "signatories": 0.98, "officials_name": 0.95,
         "officials_full": 0.89},
        {"agreement_status": 0.94, "agreement_date": 0.9, "published": 0.98},
    ),
    # statpool94: signatories 0.95 -> 0.92. t512's Kotlas agreement "подписать не успели"
    # is planned now (as its gold); its wrongly signed mention had gathered the photo
    # caption's three signers, which belong to the three-sided agreement, whose own mention
    # ("Третье соглашение — ... — посвящено ...", a counted item told in the present) is
    # not read as signed, so no mention of it looks ahead for them (0.975 -> 0.935)
    "round141": (
        {"regions": 0.98, "agreements": 0.91, "signatories": 0.97, "officials_name": 0.97,
         "officials_full": 0.78},
        {"agreement_status": 0.91, "agreement_date": 0.88, "published": 0.98},
    ),
    "round142": (
        {"regions": 0.98, "agreements": 0.86, "signatories": 0.86, "officials_name": 0.98,
         "officials_full": 0.91},
        {"agreement_status": 0.93, "agreement_date": 0.86, "published": 0.98},
    ),
    "round143": (
        {"regions": 0.98, "agreements": 0.95, "signatories": 0.98, "officials_name": 0.95,
         "officials_full": 0.84},
        {"agreement_status": 0.98, "agreement_date": 0.98, "published": 0.98},
    ),
    # round 51 lowered agreement_date 0.95 -> 0.91:
    # date51 dates a plan by the deadline its sentence gives its
    # signing ("к концу года", "к лету" -> the year ahead of the publication date); this
    # round's golds leave such plans undated, the writer brief since round 150 dates them
    # (round 50's ruling), and domain_eval counts no date a gold leaves null
    "round144": (
        {"regions": 0.98, "agreements": 0.91, "signatories": 0.93, "officials_name": 0.97,
         "officials_full": 0.84},
        {"agreement_status": 0.95, "agreement_date": 0.91, "published": 0.98},
    ),
    # round 50 lowered agreement_date 0.88 -> 0.83:
    # pdate50 dates a plan by the period its own sentence gives
    # ("до конца года", "осенью" -> the year ahead of the publication date); its
    # golds leave such plans undated, the writer brief since round 150 dates them, and
    # domain_eval counts no date a gold leaves null
    "round146": (
        {"regions": 0.95, "agreements": 0.9, "signatories": 0.97, "officials_name": 0.98,
         "officials_full": 0.8},
        {"agreement_status": 0.94, "agreement_date": 0.83, "published": 0.98},
    ),
    "round145": (
        {"regions": 0.94, "agreements": 0.96, "signatories": 0.96, "officials_name": 0.98,
         "officials_full": 0.94},
        {"agreement_status": 0.98, "agreement_date": 0.98, "published": 0.98},
    ),
    # round 51 lowered agreement_date 0.88 -> 0.83:
    # date51 dates a plan by the deadline its sentence gives its
    # signing ("к концу года", "к лету" -> the year ahead of the publication date); this
    # round's golds leave such plans undated, the writer brief since round 150 dates them
    # (round 50's ruling), and domain_eval counts no date a gold leaves null
    "round147": (
        {"regions": 0.98, "agreements": 0.96, "signatories": 0.94, "officials_name": 0.94,
         "officials_full": 0.78},
        {"agreement_status": 0.98, "agreement_date": 0.83, "published": 0.91},
    ),
    "round148": (
        # date lowered 0.90 -> 0.85 at round 67: plans67 gave a612's recalled agreement the
        # page's own body ("мы заключили соглашение с …"), the side gold lists, and the
        # pairing of its records under `soccoop eval` shifted (domain_eval unchanged)
        {"regions": 0.98, "agreements": 0.91, "signatories": 0.94, "officials_name": 0.97,
         "officials_full": 0.82},
        {"agreement_status": 0.91, "agreement_date": 0.85, "published": 0.98},
    ),
    # round 50 lowered agreement_date 0.94 -> 0.9:
    # pdate50 dates a plan by the period its own sentence gives
    # ("до конца года", "осенью" -> the year ahead of the publication date); its
    # golds leave such plans undated, the writer brief since round 150 dates them, and
    # domain_eval counts no date a gold leaves null
    "round150": (
        {"regions": 0.88, "agreements": 0.92, "signatories": 0.95, "officials_name": 0.96,
         "officials_full": 0.82},
        {"agreement_status": 0.91, "agreement_date": 0.9, "published": 0.98},
    ),
    "round152": (
        {"regions": 0.98, "agreements": 0.98, "signatories": 0.95, "officials_name": 0.96,
         "officials_full": 0.86},
        {"agreement_status": 0.97, "agreement_date": 0.97, "published": 0.97},
    ),
    "round155": (
        {"regions": 0.98, "agreements": 0.95, "signatories": 0.98, "officials_name": 0.98,
         "officials_full": 0.93},
        {"agreement_status": 0.98, "agreement_date": 0.98, "published": 0.98},
    ),
    "round153": (
        {"regions": 0.98, "agreements": 0.92, "signatories": 0.93, "officials_name": 0.98,
         "officials_full": 0.9},
        {"agreement_status": 0.87, "agreement_date": 0.87, "published": 0.97},
    ),
    "round154": (
        {"regions": 0.98, "agreements": 0.89, "signatories": 0.9, "officials_name": 0.96,
         "officials_full": 0.93},
        {"agreement_status": 0.97, "agreement_date": 0.98, "published": 0.98},
    ),
    "round157": (
        {"regions": 0.92, "agreements": 0.95, "signatories": 0.96, "officials_name": 0.97,
         "officials_full": 0.88},
        {"agreement_status": 0.94, "agreement_date": 0.94, "published": 0.97},
    ),
    "round158": (
        {"regions": 0.98, "agreements": 0.88, "signatories": 0.88, "officials_name": 0.97,
         "officials_full": 0.88},
        {"agreement_status": 0.94, "agreement_date": 0.94, "published": 0.97},
    ),
    "round156": (
        {"regions": 0.97, "agreements": 0.92, "signatories": 0.97, "officials_name": 0.97,
         "officials_full": 0.81},
        {"agreement_status": 0.97, "agreement_date": 0.98, "published": 0.98},
    ),
    "round159": (
        {"regions": 0.77, "agreements": 0.98, "signatories": 0.98, "officials_name": 0.97,
         "officials_full": 0.83},
        {"agreement_status": 0.97, "agreement_date": 0.97, "published": 0.97},
    ),
    "round160": (
        {"regions": 0.98, "agreements": 0.98, "signatories": 0.96, "officials_name": 0.97,
         "officials_full": 0.88},
        {"agreement_status": 0.92, "agreement_date": 0.92, "published": 0.97},
    ),
    "round161": (
        {"regions": 0.97, "agreements": 0.89, "signatories": 0.91, "officials_name": 0.98,
         "officials_full": 0.88},
        {"agreement_status": 0.91, "agreement_date": 0.95, "published": 0.97},
    ),
    "round162": (
        {"regions": 0.97, "agreements": 0.96, "signatories": 0.94, "officials_name": 0.98,
         "officials_full": 0.86},
        {"agreement_status": 0.94, "agreement_date": 0.97, "published": 0.97},
    ),
    "round163": (
        {"regions": 0.97, "agreements": 0.96, "signatories": 0.96, "officials_name": 0.98,
         "officials_full": 0.87},
        {"agreement_status": 0.93, "agreement_date": 0.89, "published": 0.97},
    ),
    # round 50 lowered agreement_status 0.94 -> 0.89, agreement_date 0.94 -> 0.89:
    # passing50's new mentioned record (an older agreement told
    # by its year) is right, but the scorer's first-come pairing gives it to a gold
    # agreement the page still misses; under the best pairing nothing goes down
    "round164": (
        {"regions": 0.98, "agreements": 0.9, "signatories": 0.94, "officials_name": 0.96,
         "officials_full": 0.85},
        {"agreement_status": 0.89, "agreement_date": 0.89, "published": 0.97},
    ),
    "round166": (
        {"regions": 0.95, "agreements": 0.96, "signatories": 0.9, "officials_name": 0.95,
         "officials_full": 0.85},
        {"agreement_status": 0.98, "agreement_date": 0.94, "published": 0.98},
    ),
    "round165": (
        {"regions": 0.98, "agreements": 0.89, "signatories": 0.93, "officials_name": 0.97,
         "officials_full": 0.92},
        {"agreement_status": 0.89, "agreement_date": 0.9, "published": 0.97},
    ),
    "round167": (
        {"regions": 0.98, "agreements": 0.95, "signatories": 0.95, "officials_name": 0.98,
         "officials_full": 0.87},
        {"agreement_status": 0.97, "agreement_date": 0.98, "published": 0.98},
    ),
    "round168": (
        {"regions": 0.97, "agreements": 0.93, "signatories": 0.93, "officials_name": 0.96,
         "officials_full": 0.84},
        {"agreement_status": 0.97, "agreement_date": 0.98, "published": 0.98},
    ),
    "round170": (
        {"regions": 0.98, "agreements": 0.98, "signatories": 0.91, "officials_name": 0.94,
         "officials_full": 0.83},
        {"agreement_status": 0.92, "agreement_date": 0.97, "published": 0.97},
    ),
    "round169": (
        {"regions": 0.97, "agreements": 0.97, "signatories": 0.98, "officials_name": 0.98,
         "officials_full": 0.9},
        {"agreement_status": 0.93, "agreement_date": 0.93, "published": 0.97},
    ),
    "round171": (
        {"regions": 0.96, "agreements": 0.93, "signatories": 0.86, "officials_name": 0.95,
         "officials_full": 0.9},
        {"agreement_status": 0.92, "agreement_date": 0.9, "published": 0.97},
    ),
    "round172": (
        {"regions": 0.98, "agreements": 0.94, "signatories": 0.93, "officials_name": 0.97,
         "officials_full": 0.94},
        {"agreement_status": 0.88, "agreement_date": 0.88, "published": 0.97},
    ),
    "round173": (
        {"regions": 0.9, "agreements": 0.88, "signatories": 0.87, "officials_name": 0.93,
         "officials_full": 0.87},
        {"agreement_status": 0.85, "agreement_date": 0.89, "published": 0.97},
    ),
    "round174": (
        {"regions": 0.97, "agreements": 0.92, "signatories": 0.89, "officials_name": 0.93,
         "officials_full": 0.85},
        {"agreement_status": 0.9, "agreement_date": 0.9, "published": 0.97},
    ),
    "round175": (
        {"regions": 0.97, "agreements": 0.81, "signatories": 0.84, "officials_name": 0.95,
         "officials_full": 0.87},
        {"agreement_status": 0.91, "agreement_date": 0.71, "published": 0.98},
    ),
    "round176": (
        {"regions": 0.97, "agreements": 0.92, "signatories": 0.96, "officials_name": 0.94,
         "officials_full": 0.85},
        {"agreement_status": 0.97, "agreement_date": 0.98, "published": 0.98},
    ),
    "round178": (
        {"regions": 0.98, "agreements": 0.8, "signatories": 0.97, "officials_name": 0.98,
         "officials_full": 0.79},
        {"agreement_status": 0.93, "agreement_date": 0.93, "published": 0.97},
    ),
    "round180": (
        {"regions": 0.92, "agreements": 0.88, "signatories": 0.91, "officials_name": 0.97,
         "officials_full": 0.91},
        {"agreement_status": 0.97, "agreement_date": 0.78, "published": 0.97},
    ),
    "round182": (
        {"regions": 0.91, "agreements": 0.92, "signatories": 0.97, "officials_name": 0.97,
         "officials_full": 0.86},
        {"agreement_status": 0.97, "agreement_date": 0.92, "published": 0.97},
    ),
    "round181": (
        {"regions": 0.93, "agreements": 0.92, "signatories": 0.97, "officials_name": 0.97,
         "officials_full": 0.87},
        {"agreement_status": 0.97, "agreement_date": 0.93, "published": 0.97},
    ),
    # round 50 lowered agreement_status 0.97 -> 0.92, agreement_date 0.87 -> 0.83:
    # passing50's new mentioned record (an older agreement told
    # by its year) is right, but the scorer's first-come pairing gives it to a gold
    # agreement the page still misses; under the best pairing nothing goes down
    "round183": (
        {"regions": 0.94, "agreements": 0.94, "signatories": 0.97, "officials_name": 0.97,
         "officials_full": 0.86},
        {"agreement_status": 0.97, "agreement_date": 0.92, "published": 0.97},
    ),
    "round184": (
        {"regions": 0.92, "agreements": 0.97, "signatories": 0.97, "officials_name": 0.97,
         "officials_full": 0.84},
        {"agreement_status": 0.97, "agreement_date": 0.97, "published": 0.97},
    ),
    "round185": (
        {"regions": 0.97, "agreements": 0.94, "signatories": 0.97, "officials_name": 0.97,
         "officials_full": 0.94},
        {"agreement_status": 0.97, "agreement_date": 0.97, "published": 0.97},
    ),
    "round186": (
        {"regions": 0.97, "agreements": 0.92, "signatories": 0.93, "officials_name": 0.94,
         "officials_full": 0.84},
        {"agreement_status": 0.86, "agreement_date": 0.86, "published": 0.97},
    ),
    "round187": (
        {"regions": 0.97, "agreements": 0.97, "signatories": 0.97, "officials_name": 0.97,
         "officials_full": 0.87},
        {"agreement_status": 0.97, "agreement_date": 0.97, "published": 0.97},
    ),
    "round188": (
        {"regions": 0.92, "agreements": 0.87, "signatories": 0.85, "officials_name": 0.97,
         "officials_full": 0.87},
        {"agreement_status": 0.93, "agreement_date": 0.97, "published": 0.97},
    ),
    "round189": (
        {"regions": 0.91, "agreements": 0.95, "signatories": 0.97, "officials_name": 0.95,
         "officials_full": 0.88},
        {"agreement_status": 0.89, "agreement_date": 0.9, "published": 0.97},
    ),
    "round190": (
        {"regions": 0.97, "agreements": 0.91, "signatories": 0.92, "officials_name": 0.96,
         "officials_full": 0.87},
        {"agreement_status": 0.97, "agreement_date": 0.97, "published": 0.97},
    ),
    "round191": (
        {"regions": 0.97, "agreements": 0.94, "signatories": 0.92, "officials_name": 0.94,
         "officials_full": 0.83},
        {"agreement_status": 0.92, "agreement_date": 0.92, "published": 0.97},
    ),
    "round192": (
        {"regions": 0.97, "agreements": 0.91, "signatories": 0.97, "officials_name": 0.97,
         "officials_full": 0.87},
        {"agreement_status": 0.97, "agreement_date": 0.93, "published": 0.97},
    ),
    "round194": (
        {"regions": 0.97, "agreements": 0.97, "signatories": 0.91, "officials_name": 0.93,
         "officials_full": 0.83},
        {"agreement_status": 0.97, "agreement_date": 0.97, "published": 0.97},
    ),
    "round193": (
        {"regions": 0.91, "agreements": 0.95, "signatories": 0.94, "officials_name": 0.97,
         "officials_full": 0.91},
        {"agreement_status": 0.97, "agreement_date": 0.97, "published": 0.97},
    ),
    "round195": (
        {"regions": 0.97, "agreements": 0.86, "signatories": 0.87, "officials_name": 0.97,
         "officials_full": 0.87},
        {"agreement_status": 0.91, "agreement_date": 0.85, "published": 0.97},
    ),
    "round196": (
        {"regions": 0.97, "agreements": 0.94, "signatories": 0.97, "officials_name": 0.97,
         "officials_full": 0.87},
        {"agreement_status": 0.97, "agreement_date": 0.97, "published": 0.97},
    ),
    "round199": (
        {"regions": 0.97, "agreements": 0.83, "signatories": 0.78, "officials_name": 0.91,
         "officials_full": 0.82},
        {"agreement_status": 0.93, "agreement_date": 0.89, "published": 0.97},
    ),
    "round197": (
        {"regions": 0.97, "agreements": 0.87, "signatories": 0.85, "officials_name": 0.94,
         "officials_full": 0.83},
        {"agreement_status": 0.85, "agreement_date": 0.91, "published": 0.97},
    ),
    "round198": (
        {"regions": 0.79, "agreements": 0.92, "signatories": 0.92, "officials_name": 0.97,
         "officials_full": 0.87},
        {"agreement_status": 0.97, "agreement_date": 0.97, "published": 0.97},
    ),
    "round202": (
        {"regions": 0.97, "agreements": 0.94, "signatories": 0.89, "officials_name": 0.92,
         "officials_full": 0.87},
        {"agreement_status": 0.94, "agreement_date": 0.94, "published": 0.97},
    ),
    "round203": (
        {"regions": 0.97, "agreements": 0.89, "signatories": 0.91, "officials_name": 0.97,
         "officials_full": 0.85},
        {"agreement_status": 0.92, "agreement_date": 0.92, "published": 0.97},
    ),
    "round200": (
        {"regions": 0.97, "agreements": 0.97, "signatories": 0.97, "officials_name": 0.97,
         "officials_full": 0.87},
        {"agreement_status": 0.97, "agreement_date": 0.97, "published": 0.97},
    ),
    "round201": (
        {"regions": 0.91, "agreements": 0.97, "signatories": 0.97, "officials_name": 0.97,
         "officials_full": 0.88},
        {"agreement_status": 0.97, "agreement_date": 0.97, "published": 0.97},
    ),
    "round206": (
        {"regions": 0.97, "agreements": 0.9, "signatories": 0.95, "officials_name": 0.97,
         "officials_full": 0.77},
        {"agreement_status": 0.92, "agreement_date": 0.87, "published": 0.97},
    ),
    "round207": (
        # regions lowered 0.49 -> 0.45 at round 63: the pass that dropped a ranking's rivals
        # ("уступив лишь …") was taken out, as the seeds' gold lists every region an item
        # names (b803, b812: 0.529 -> 0.480; rounds 56 and 86 regain o209, p309)
        {"regions": 0.45, "agreements": 0.94, "signatories": 0.97, "officials_name": 0.97,
         "officials_full": 0.89},
        {"agreement_status": 0.97, "agreement_date": 0.91, "published": 0.97},
    ),
    "round204": (
        {"regions": 0.97, "agreements": 0.9, "signatories": 0.97, "officials_name": 0.97,
         "officials_full": 0.87},
        {"agreement_status": 0.97, "agreement_date": 0.97, "published": 0.97},
    ),
    "round205": (
        {"regions": 0.92, "agreements": 0.88, "signatories": 0.95, "officials_name": 0.96,
         "officials_full": 0.92},
        {"agreement_status": 0.8, "agreement_date": 0.84, "published": 0.97},
    ),
    "round209": (
        {"regions": 0.92, "agreements": 0.9, "signatories": 0.94, "officials_name": 0.97,
         "officials_full": 0.94},
        {"agreement_status": 0.97, "agreement_date": 0.97, "published": 0.97},
    ),
    "round211": (
        {"regions": 0.91, "agreements": 0.97, "signatories": 0.97, "officials_name": 0.97,
         "officials_full": 0.92},
        {"agreement_status": 0.97, "agreement_date": 0.97, "published": 0.97},
    ),
    "round208": (
        {"regions": 0.97, "agreements": 0.89, "signatories": 0.94, "officials_name": 0.94,
         "officials_full": 0.81},
        {"agreement_status": 0.97, "agreement_date": 0.97, "published": 0.97},
    ),
    "round210": (
        {"regions": 0.97, "agreements": 0.88, "signatories": 0.97, "officials_name": 0.97,
         "officials_full": 0.78},
        {"agreement_status": 0.97, "agreement_date": 0.92, "published": 0.97},
    ),
    "round214": (
        {"regions": 0.97, "agreements": 0.94, "signatories": 0.91, "officials_name": 0.96,
         "officials_full": 0.82},
        {"agreement_status": 0.94, "agreement_date": 0.94, "published": 0.97},
    ),
    "round215": (
        {"regions": 0.97, "agreements": 0.97, "signatories": 0.97, "officials_name": 0.96,
         "officials_full": 0.8},
        {"agreement_status": 0.97, "agreement_date": 0.72, "published": 0.97},
    ),
    "round212": (
        {"regions": 0.93, "agreements": 0.94, "signatories": 0.93, "officials_name": 0.97,
         "officials_full": 0.97},
        {"agreement_status": 0.97, "agreement_date": 0.97, "published": 0.97},
    ),
    "round213": (
        {"regions": 0.95, "agreements": 0.89, "signatories": 0.95, "officials_name": 0.95,
         "officials_full": 0.93},
        {"agreement_status": 0.91, "agreement_date": 0.97, "published": 0.97},
    ),
    "round218": (
        {"regions": 0.87, "agreements": 0.81, "signatories": 0.97, "officials_name": 0.95,
         "officials_full": 0.91},
        {"agreement_status": 0.89, "agreement_date": 0.89, "published": 0.97},
    ),
    "round219": (
        {"regions": 0.97, "agreements": 0.91, "signatories": 0.97, "officials_name": 0.94,
         "officials_full": 0.91},
        {"agreement_status": 0.97, "agreement_date": 0.97, "published": 0.97},
    ),
    "round216": (
        {"regions": 0.97, "agreements": 0.78, "signatories": 0.8, "officials_name": 0.96,
         "officials_full": 0.89},
        {"agreement_status": 0.93, "agreement_date": 0.93, "published": 0.97},
    ),
    "round217": (
        {"regions": 0.97, "agreements": 0.86, "signatories": 0.91, "officials_name": 0.97,
         "officials_full": 0.94},
        {"agreement_status": 0.87, "agreement_date": 0.73, "published": 0.97},
    ),
    "round221": (
        {"regions": 0.97, "agreements": 0.94, "signatories": 0.92, "officials_name": 0.93,
         "officials_full": 0.89},
        {"agreement_status": 0.97, "agreement_date": 0.97, "published": 0.97},
    ),
    "round222": (
        {"regions": 0.91, "agreements": 0.9, "signatories": 0.97, "officials_name": 0.97,
         "officials_full": 0.97},
        {"agreement_status": 0.97, "agreement_date": 0.97, "published": 0.97},
    ),
    "round220": (
        {"regions": 0.97, "agreements": 0.84, "signatories": 0.97, "officials_name": 0.97,
         "officials_full": 0.87},
        {"agreement_status": 0.97, "agreement_date": 0.97, "published": 0.97},
    ),
    "round223": (
        {"regions": 0.95, "agreements": 0.9, "signatories": 0.97, "officials_name": 0.97,
         "officials_full": 0.87},
        {"agreement_status": 0.97, "agreement_date": 0.97, "published": 0.97},
    ),
    "round226": (
        {"regions": 0.97, "agreements": 0.92, "signatories": 0.97, "officials_name": 0.97,
         "officials_full": 0.94},
        {"agreement_status": 0.97, "agreement_date": 0.97, "published": 0.97},
    ),
    "round227": (
        {"regions": 0.97, "agreements": 0.91, "signatories": 0.93, "officials_name": 0.97,
         "officials_full": 0.91},
        {"agreement_status": 0.97, "agreement_date": 0.97, "published": 0.97},
    ),
    "round224": (
        {"regions": 0.97, "agreements": 0.86, "signatories": 0.8, "officials_name": 0.97,
         "officials_full": 0.91},
        {"agreement_status": 0.94, "agreement_date": 0.94, "published": 0.97},
    ),
    "round225": (
        {"regions": 0.93, "agreements": 0.81, "signatories": 0.87, "officials_name": 0.97,
         "officials_full": 0.81},
        {"agreement_status": 0.97, "agreement_date": 0.97, "published": 0.97},
    ),
    "round228": (
        {"regions": 0.97, "agreements": 0.93, "signatories": 0.92, "officials_name": 0.97,
         "officials_full": 0.92},
        {"agreement_status": 0.85, "agreement_date": 0.79, "published": 0.97},
    ),
    "round229": (
        {"regions": 0.97, "agreements": 0.97, "signatories": 0.97, "officials_name": 0.97,
         "officials_full": 0.87},
        {"agreement_status": 0.97, "agreement_date": 0.97, "published": 0.97},
    ),
    "round230": (
        {"regions": 0.97, "agreements": 0.88, "signatories": 0.95, "officials_name": 0.97,
         "officials_full": 0.94},
        {"agreement_status": 0.92, "agreement_date": 0.87, "published": 0.97},
    ),
    "round231": (
        {"regions": 0.97, "agreements": 0.94, "signatories": 0.97, "officials_name": 0.94,
         "officials_full": 0.82},
        {"agreement_status": 0.92, "agreement_date": 0.92, "published": 0.97},
    ),
    "round234": (
        {"regions": 0.97, "agreements": 0.92, "signatories": 0.94, "officials_name": 0.95,
         "officials_full": 0.87},
        {"agreement_status": 0.86, "agreement_date": 0.86, "published": 0.97},
    ),
    "round235": (
        {"regions": 0.94, "agreements": 0.97, "signatories": 0.94, "officials_name": 0.97,
         "officials_full": 0.9},
        {"agreement_status": 0.97, "agreement_date": 0.97, "published": 0.97},
    ),
    "round232": (
        {"regions": 0.97, "agreements": 0.9, "signatories": 0.78, "officials_name": 0.95,
         "officials_full": 0.77},
        {"agreement_status": 0.92, "agreement_date": 0.92, "published": 0.97},
    ),
    "round233": (
        {"regions": 0.82, "agreements": 0.97, "signatories": 0.97, "officials_name": 0.97,
         "officials_full": 0.89},
        {"agreement_status": 0.97, "agreement_date": 0.97, "published": 0.97},
    ),
    "round237": (
        {"regions": 0.97, "agreements": 0.97, "signatories": 0.97, "officials_name": 0.97,
         "officials_full": 0.9},
        {"agreement_status": 0.97, "agreement_date": 0.97, "published": 0.97},
    ),
    "round238": (
        {"regions": 0.87, "agreements": 0.97, "signatories": 0.95, "officials_name": 0.97,
         "officials_full": 0.89},
        {"agreement_status": 0.97, "agreement_date": 0.97, "published": 0.97},
    ),
    "round236": (
        {"regions": 0.97, "agreements": 0.89, "signatories": 0.93, "officials_name": 0.95,
         "officials_full": 0.86},
        {"agreement_status": 0.97, "agreement_date": 0.97, "published": 0.97},
    ),
    "round239": (
        {"regions": 0.91, "agreements": 0.9, "signatories": 0.92, "officials_name": 0.97,
         "officials_full": 0.91},
        {"agreement_status": 0.97, "agreement_date": 0.97, "published": 0.97},
    ),
    "round242": (
        {"regions": 0.97, "agreements": 0.83, "signatories": 0.9, "officials_name": 0.97,
         "officials_full": 0.78},
        {"agreement_status": 0.93, "agreement_date": 0.93, "published": 0.97},
    ),
    "round243": (
        {"regions": 0.97, "agreements": 0.97, "signatories": 0.97, "officials_name": 0.95,
         "officials_full": 0.84},
        {"agreement_status": 0.92, "agreement_date": 0.97, "published": 0.97},
    ),
    "round240": (
        {"regions": 0.97, "agreements": 0.81, "signatories": 0.91, "officials_name": 0.95,
         "officials_full": 0.84},
        {"agreement_status": 0.97, "agreement_date": 0.9, "published": 0.97},
    ),
    "round241": (
        {"regions": 0.6, "agreements": 0.97, "signatories": 0.97, "officials_name": 0.97,
         "officials_full": 0.94},
        {"agreement_status": 0.97, "agreement_date": 0.97, "published": 0.97},
    ),
    "round244": (
        {"regions": 0.43, "agreements": 0.97, "signatories": 0.97, "officials_name": 0.96,
         "officials_full": 0.9},
        {"agreement_status": 0.97, "agreement_date": 0.97, "published": 0.97},
    ),
    "round246": (
        {"regions": 0.97, "agreements": 0.85, "signatories": 0.95, "officials_name": 0.95,
         "officials_full": 0.91},
        {"agreement_status": 0.97, "agreement_date": 0.92, "published": 0.97},
    ),
    "round245": (
        {"regions": 0.97, "agreements": 0.88, "signatories": 0.81, "officials_name": 0.95,
         "officials_full": 0.8},
        {"agreement_status": 0.92, "agreement_date": 0.92, "published": 0.97},
    ),
    "round247": (
        {"regions": 0.94, "agreements": 0.97, "signatories": 0.93, "officials_name": 0.97,
         "officials_full": 0.89},
        {"agreement_status": 0.97, "agreement_date": 0.92, "published": 0.97},
    ),
    "round248": (
        {"regions": 0.9, "agreements": 0.77, "signatories": 0.86, "officials_name": 0.97,
         "officials_full": 0.91},
        {"agreement_status": 0.88, "agreement_date": 0.82, "published": 0.97},
    ),
    "round251": (
        {"regions": 0.97, "agreements": 0.89, "signatories": 0.97, "officials_name": 0.95,
         "officials_full": 0.83},
        {"agreement_status": 0.93, "agreement_date": 0.93, "published": 0.97},
    ),
    "round249": (
        {"regions": 0.97, "agreements": 0.88, "signatories": 0.95, "officials_name": 0.97,
         "officials_full": 0.83},
        {"agreement_status": 0.97, "agreement_date": 0.97, "published": 0.97},
    ),
    "round250": (
        {"regions": 0.97, "agreements": 0.97, "signatories": 0.97, "officials_name": 0.95,
         "officials_full": 0.87},
        {"agreement_status": 0.82, "agreement_date": 0.77, "published": 0.97},
    ),
    "round252": (
        {"regions": 0.97, "agreements": 0.87, "signatories": 0.95, "officials_name": 0.96,
         "officials_full": 0.88},
        {"agreement_status": 0.86, "agreement_date": 0.8, "published": 0.97},
    ),
    "round255": (
        {"regions": 0.95, "agreements": 0.97, "signatories": 0.97, "officials_name": 0.97,
         "officials_full": 0.88},
        {"agreement_status": 0.97, "agreement_date": 0.92, "published": 0.97},
    ),
    "round253": (
        {"regions": 0.95, "agreements": 0.9, "signatories": 0.97, "officials_name": 0.95,
         "officials_full": 0.85},
        {"agreement_status": 0.92, "agreement_date": 0.77, "published": 0.97},
    ),
    "round254": (
        {"regions": 0.95, "agreements": 0.84, "signatories": 0.9, "officials_name": 0.97,
         "officials_full": 0.81},
        {"agreement_status": 0.85, "agreement_date": 0.91, "published": 0.97},
    ),
    "round256": (
        {"regions": 0.91, "agreements": 0.82, "signatories": 0.89, "officials_name": 0.97,
         "officials_full": 0.79},
        {"agreement_status": 0.97, "agreement_date": 0.97, "published": 0.97},
    ),
    "round259": (
        {"regions": 0.97, "agreements": 0.89, "signatories": 0.9, "officials_name": 0.95,
         "officials_full": 0.88},
        {"agreement_status": 0.97, "agreement_date": 0.97, "published": 0.97},
    ),
    "round257": (
        {"regions": 0.95, "agreements": 0.9, "signatories": 0.93, "officials_name": 0.97,
         "officials_full": 0.97},
        {"agreement_status": 0.92, "agreement_date": 0.87, "published": 0.97},
    ),
    "round258": (
        {"regions": 0.95, "agreements": 0.87, "signatories": 0.9, "officials_name": 0.97,
         "officials_full": 0.83},
        {"agreement_status": 0.97, "agreement_date": 0.97, "published": 0.97},
    ),
    "round260": (
        {"regions": 0.97, "agreements": 0.85, "signatories": 0.97, "officials_name": 0.96,
         "officials_full": 0.83},
        {"agreement_status": 0.87, "agreement_date": 0.9, "published": 0.97},
    ),
    "round262": (
        {"regions": 0.97, "agreements": 0.87, "signatories": 0.97, "officials_name": 0.97,
         "officials_full": 0.92},
        {"agreement_status": 0.97, "agreement_date": 0.97, "published": 0.97},
    ),
    "round261": (
        {"regions": 0.97, "agreements": 0.94, "signatories": 0.97, "officials_name": 0.97,
         "officials_full": 0.79},
        {"agreement_status": 0.92, "agreement_date": 0.97, "published": 0.97},
    ),
    "round263": (
        {"regions": 0.95, "agreements": 0.89, "signatories": 0.92, "officials_name": 0.97,
         "officials_full": 0.85},
        {"agreement_status": 0.92, "agreement_date": 0.92, "published": 0.9},
    ),
    "round264": (
        {"regions": 0.97, "agreements": 0.97, "signatories": 0.97, "officials_name": 0.97,
         "officials_full": 0.88},
        {"agreement_status": 0.97, "agreement_date": 0.97, "published": 0.97},
    ),
    "round266": (
        {"regions": 0.97, "agreements": 0.88, "signatories": 0.95, "officials_name": 0.97,
         "officials_full": 0.84},
        {"agreement_status": 0.87, "agreement_date": 0.87, "published": 0.97},
    ),
    "round267": (
        {"regions": 0.95, "agreements": 0.9, "signatories": 0.97, "officials_name": 0.97,
         "officials_full": 0.88},
        {"agreement_status": 0.97, "agreement_date": 0.97, "published": 0.97},
    ),
    "round265": (
        {"regions": 0.95, "agreements": 0.88, "signatories": 0.89, "officials_name": 0.92,
         "officials_full": 0.86},
        {"agreement_status": 0.93, "agreement_date": 0.93, "published": 0.97},
    ),
    "round268": (
        {"regions": 0.97, "agreements": 0.89, "signatories": 0.89, "officials_name": 0.97,
         "officials_full": 0.94},
        {"agreement_status": 0.97, "agreement_date": 0.92, "published": 0.97},
    ),
    "round269": (
        {"regions": 0.97, "agreements": 0.87, "signatories": 0.93, "officials_name": 0.97,
         "officials_full": 0.85},
        {"agreement_status": 0.97, "agreement_date": 0.97, "published": 0.97},
    ),
    "round270": (
        {"regions": 0.9, "agreements": 0.89, "signatories": 0.97, "officials_name": 0.97,
         "officials_full": 0.89},
        {"agreement_status": 0.82, "agreement_date": 0.82, "published": 0.97},
    ),
    "round272": (
        {"regions": 0.95, "agreements": 0.9, "signatories": 0.97, "officials_name": 0.97,
         "officials_full": 0.89},
        {"agreement_status": 0.97, "agreement_date": 0.97, "published": 0.97},
    ),
    "round271": (
        {"regions": 0.95, "agreements": 0.92, "signatories": 0.93, "officials_name": 0.97,
         "officials_full": 0.79},
        {"agreement_status": 0.8, "agreement_date": 0.87, "published": 0.97},
    ),
    "round273": (
        {"regions": 0.97, "agreements": 0.84, "signatories": 0.88, "officials_name": 0.95,
         "officials_full": 0.87},
        {"agreement_status": 0.97, "agreement_date": 0.89, "published": 0.97},
    ),
    "round274": (
        {"regions": 0.97, "agreements": 0.97, "signatories": 0.95, "officials_name": 0.97,
         "officials_full": 0.9},
        {"agreement_status": 0.97, "agreement_date": 0.92, "published": 0.9},
    ),
    "round277": (
        {"regions": 0.94, "agreements": 0.93, "signatories": 0.97, "officials_name": 0.97,
         "officials_full": 0.82},
        {"agreement_status": 0.97, "agreement_date": 0.97, "published": 0.97},
    ),
    "round278": (
        {"regions": 0.97, "agreements": 0.87, "signatories": 0.92, "officials_name": 0.97,
         "officials_full": 0.93},
        {"agreement_status": 0.91, "agreement_date": 0.85, "published": 0.97},
    ),
    "round275": (
        {"regions": 0.97, "agreements": 0.92, "signatories": 0.83, "officials_name": 0.94,
         "officials_full": 0.88},
        {"agreement_status": 0.87, "agreement_date": 0.74, "published": 0.97},
    ),
    "round276": (
        {"regions": 0.95, "agreements": 0.77, "signatories": 0.78, "officials_name": 0.97,
         "officials_full": 0.74},
        {"agreement_status": 0.79, "agreement_date": 0.83, "published": 0.97},
    ),
    "round279": (
        {"regions": 0.97, "agreements": 0.92, "signatories": 0.95, "officials_name": 0.95,
         "officials_full": 0.91},
        {"agreement_status": 0.92, "agreement_date": 0.92, "published": 0.9},
    ),
    "round281": (
        {"regions": 0.92, "agreements": 0.9, "signatories": 0.93, "officials_name": 0.97,
         "officials_full": 0.92},
        {"agreement_status": 0.97, "agreement_date": 0.92, "published": 0.97},
    ),
    "round283": (
        {"regions": 0.97, "agreements": 0.86, "signatories": 0.89, "officials_name": 0.97,
         "officials_full": 0.81},
        {"agreement_status": 0.92, "agreement_date": 0.78, "published": 0.9},
    ),
    "round280": (
        {"regions": 0.91, "agreements": 0.89, "signatories": 0.91, "officials_name": 0.97,
         "officials_full": 0.88},
        {"agreement_status": 0.91, "agreement_date": 0.74, "published": 0.9},
    ),
    "round282": (
        {"regions": 0.97, "agreements": 0.81, "signatories": 0.89, "officials_name": 0.95,
         "officials_full": 0.87},
        {"agreement_status": 0.92, "agreement_date": 0.77, "published": 0.97},
    ),
    "round284": (
        {"regions": 0.97, "agreements": 0.79, "signatories": 0.91, "officials_name": 0.95,
         "officials_full": 0.75},
        {"agreement_status": 0.97, "agreement_date": 0.97, "published": 0.97},
    ),
    "round286": (
        {"regions": 0.97, "agreements": 0.84, "signatories": 0.88, "officials_name": 0.96,
         "officials_full": 0.86},
        {"agreement_status": 0.82, "agreement_date": 0.73, "published": 0.97},
    ),
    "round288": (
        {"regions": 0.93, "agreements": 0.94, "signatories": 0.97, "officials_name": 0.97,
         "officials_full": 0.94},
        {"agreement_status": 0.97, "agreement_date": 0.97, "published": 0.97},
    ),
    "round285": (
        {"regions": 0.93, "agreements": 0.92, "signatories": 0.94, "officials_name": 0.97,
         "officials_full": 0.89},
        {"agreement_status": 0.97, "agreement_date": 0.92, "published": 0.97},
    ),
    "round287": (
        {"regions": 0.95, "agreements": 0.9, "signatories": 0.94, "officials_name": 0.97,
         "officials_full": 0.81},
        {"agreement_status": 0.92, "agreement_date": 0.88, "published": 0.97},
    ),
    "round289": (
        {"regions": 0.95, "agreements": 0.86, "signatories": 0.93, "officials_name": 0.97,
         "officials_full": 0.86},
        {"agreement_status": 0.92, "agreement_date": 0.92, "published": 0.97},
    ),
    "round292": (
        {"regions": 0.95, "agreements": 0.92, "signatories": 0.92, "officials_name": 0.95,
         "officials_full": 0.87},
        {"agreement_status": 0.92, "agreement_date": 0.77, "published": 0.97},
    ),
    "round293": (
        {"regions": 0.92, "agreements": 0.89, "signatories": 0.93, "officials_name": 0.95,
         "officials_full": 0.95},
        {"agreement_status": 0.92, "agreement_date": 0.92, "published": 0.97},
    ),
    "round290": (
        {"regions": 0.97, "agreements": 0.84, "signatories": 0.81, "officials_name": 0.97,
         "officials_full": 0.84},
        {"agreement_status": 0.8, "agreement_date": 0.78, "published": 0.97},
    ),
    "round291": (
        {"regions": 0.95, "agreements": 0.92, "signatories": 0.97, "officials_name": 0.97,
         "officials_full": 0.85},
        {"agreement_status": 0.92, "agreement_date": 0.92, "published": 0.97},
    ),
    "round294": (
        {"regions": 0.97, "agreements": 0.92, "signatories": 0.9, "officials_name": 0.95,
         "officials_full": 0.82},
        {"agreement_status": 0.97, "agreement_date": 0.97, "published": 0.97},
    ),
    "round296": (
        {"regions": 0.97, "agreements": 0.79, "signatories": 0.93, "officials_name": 0.97,
         "officials_full": 0.89},
        {"agreement_status": 0.87, "agreement_date": 0.82, "published": 0.97},
    ),
    "round298": (
        {"regions": 0.97, "agreements": 0.92, "signatories": 0.89, "officials_name": 0.94,
         "officials_full": 0.88},
        {"agreement_status": 0.86, "agreement_date": 0.86, "published": 0.97},
    ),
}


def _by_sample(cases: list[tuple]) -> list[Any]:
    """Each case in its sample's work unit (``xdist_group``): in a run shared by workers
    a sample is ingested by the one worker that runs its floors."""
    return [pytest.param(*case, marks=pytest.mark.xdist_group(f"devrounds-{case[0]}"))
            for case in cases]


F1_CASES = _by_sample([(s, k, f) for s, (f1, _) in SAMPLES.items() for k, f in f1.items()])
ACC_CASES = _by_sample([(s, k, f) for s, (_, acc) in SAMPLES.items() for k, f in acc.items()])


def _ingest_and_score(sample: str, store: Path) -> dict:
    """One sample ingested into its own store (one worker, in this process) and scored by
    ``soccoop eval`` against its gold; an ``_error`` key carries a failing command's output."""
    directory = ROOT / "tests/data/devrounds" / sample
    runner = CliRunner()
    ingest = runner.invoke(cli, ["ingest", str(directory), "--db", str(store),
                                 "--workers", "1"])
    if ingest.exit_code != 0:
        return {"_error": f"ingest: {ingest.output}"}
    scored = runner.invoke(cli, ["eval", str(directory / "gold"), "--db", str(store),
                                 "--format", "json"])
    if scored.exit_code != 0:
        return {"_error": f"eval: {scored.output}"}
    result = json.loads(scored.stdout)
    result["_n"] = len(list(directory.glob("*.txt")))
    return result


def _samples_selected(session: pytest.Session) -> list[str]:
    """The samples this run's selected tests of this module score, in their order."""
    out: dict[str, None] = {}
    for item in session.items:
        callspec = getattr(item, "callspec", None)
        if item.module is not None and item.module.__name__ == __name__ and callspec:
            sample = callspec.params.get("sample")
            if sample in SAMPLES:
                out[sample] = None
    return list(out)


def _size(sample: str) -> int:
    return sum(p.stat().st_size for p in (ROOT / "tests/data/devrounds" / sample).glob("*.txt"))


@pytest.fixture(scope="module")
def results(request, tmp_path_factory):
    """Every selected sample ingested and scored once, before its first test: on a machine
    with two cores or more, by two processes (each loads the models once), largest samples
    first, which halves this module's time; with one core, or a sample or two, in this
    process. In a worker of a run shared by workers (``PYTEST_XDIST_WORKER``), each sample
    is ingested in that worker before its first test: the run's scheduler gives the worker
    its samples one by one. The records are the same either way: each sample has its own
    store, and every document is ingested with the code under test."""
    wanted = [] if os.environ.get("PYTEST_XDIST_WORKER") else \
        sorted(_samples_selected(request.session), key=_size, reverse=True)
    stores = {s: tmp_path_factory.mktemp(s) / "store.db" for s in wanted}
    workers = min(2, os.cpu_count() or 1)
    if workers > 1 and len(wanted) > 2:
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            futures = {s: pool.submit(_ingest_and_score, s, stores[s]) for s in wanted}
            done = {s: f.result() for s, f in futures.items()}
    else:
        done = {s: _ingest_and_score(s, stores[s]) for s in wanted}

    def get(sample: str) -> dict:
        if sample not in done:
            store = tmp_path_factory.mktemp(sample) / "store.db"
            done[sample] = _ingest_and_score(sample, store)
        result = done[sample]
        assert "_error" not in result, result["_error"]
        return result

    return get


@pytest.mark.parametrize("sample", _by_sample([(s,) for s in SAMPLES]))
def test_every_document_is_matched(results, sample):
    result = results(sample)
    assert result["documents"]["matched"] == result["_n"]


@pytest.mark.parametrize(("sample", "kind", "floor"), F1_CASES)
def test_f1_floor(results, sample, kind, floor):
    assert results(sample)["kinds"][kind]["f1"] >= floor, results(sample)["kinds"][kind]


@pytest.mark.parametrize(("sample", "kind", "floor"), ACC_CASES)
def test_accuracy_floor(results, sample, kind, floor):
    acc = results(sample)["accuracy"][kind]
    assert acc["accuracy"] >= floor, acc
