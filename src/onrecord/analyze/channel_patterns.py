"""Lexicons for the channel pass (data only; the logic is in ``channels.py``).

A *channel* says how or where a statement was made (ledger guidelines §B): a medium or platform
("on Twitter", "in a statement"), an outlet or interlocutor ("told reporters", "in an interview with
Sean Hannity"), or an event ("at a rally in Ohio", "during the debate"). Keys are lower-case lemmas.
The noun, outlet and platform lexicons live in ``channel_lexicon.py`` and are re-exported here.
"""

from __future__ import annotations

from onrecord.analyze.channel_lexicon import (  # noqa: F401  re-exported: the channel modules read them as P.X
    ADDRESSED_REMARK_NOUNS,
    ANSWER_NOUNS,
    CALL_LETTER_EXCEPTIONS,
    CALL_LETTERS,
    CHANNEL_NOUNS,
    COMPOUND_TYPES,
    CONVERSATION_NOUNS,
    DETERMINED_OK,
    DIRECT_ONLY_NOUNS,
    GATHERING_WORDS,
    ISSUED_DOCUMENTS,
    MEDIUM_PARTS,
    NAMED_SHOW_HEADS,
    NEEDS_MODIFIER,
    OUTLET_PHRASES,
    OUTLETS,
    PLATFORMS,
    POSSESSED_OK,
    words,
)

# Verbs that report speech (lemmas). A channel is only looked for around one of these.
SPEECH_VERBS: frozenset[str] = words("""
say tell write tweet retweet post add claim declare question cite mention note stress proclaim blast air
attack criticize criticise shame hit accuse laud liken denounce explain indicate thank urge implore
call welcome oppose argue reject detail shout ask speak blame promise pledge vow warn insist announce
deplore decry
acknowledge admit suggest describe predict respond reply tout praise charge assert contend recall
joke discuss encourage demand state testify comment remark emphasize emphasise lament complain concede
caution observe quip boast maintain dismiss slam condemn decry lash champion defend reiterate
repeat confirm disclose reveal outline predict express voice counter rebut scold mock tease
challenge press exhort plead beg appeal apologize apologise allege address hail congratulate talk
affirm pronounce report refer knock rip bash hammer lambaste chide rebuke fault
imply assure reassure inform remind hint email e-mail text brief word grouse chastise point
parrot trumpet echo vent muse opine gush rail fume ridicule taunt berate deride belittle disparage threaten
recount elaborate clarify retort snap marvel assail excoriate castigate label brand dub swear
dispute refute reminisce riff rant recommend propose
""")

# The model's odd lemmas for some speech verbs, mended before lookup.
LEMMA_FIXES: dict[str, str] = {"sham": "shame", "retweete": "retweet", "tweete": "tweet"}

# Speech verbs whose content can be a prepositional object ("pointed to the shootings as an example of …",
# "called for a ban"), used when a fallback statement has no clausal or nominal content.
PREP_CONTENT_VERBS: dict[str, frozenset[str]] = {
    "point": frozenset({"to"}), "call": frozenset({"for"}), "talk": frozenset({"about"}),
    "speak": frozenset({"about", "of"}), "warn": frozenset({"of", "about", "against"}),
    "complain": frozenset({"about", "of"}), "comment": frozenset({"on"}), "argue": frozenset({"for", "against"}),
    "apologize": frozenset({"for"}), "apologise": frozenset({"for"}),
    "laugh": frozenset({"off"}), "shrug": frozenset({"off"}), "brush": frozenset({"off", "aside"}),
}

# Predicates that make "make" a speech cue ("made it clear that …", "made clear that …").
LIGHT_VERB_PREDICATES: frozenset[str] = words("clear plain")

# Verbs whose addressee alone makes a statement even when the content is in the next sentence ("spoke to
# reporters Friday after …", "was speaking to the Virginia delegation at the convention when …").
CONTENTLESS_ADDRESS_VERBS: frozenset[str] = words("speak talk")

# Phrasal cues: the verb lemma plus the particle that makes it a speech act.
PHRASAL_CUES: dict[str, frozenset[str]] = {
    "lay": frozenset({"out"}),
    "make": frozenset(),  # light verb: "made the comments/remarks/reference/pledge"
}

# Phrasal verbs of dismissing or raising a point that report a statement ("laughed off the attack ad",
# "brushed aside the question", "was the first to bring up the crisis during a debate").
PHRASAL_SPEECH: dict[str, frozenset[str]] = {
    "laugh": frozenset({"off"}), "brush": frozenset({"off", "aside"}), "shrug": frozenset({"off"}),
    "wave": frozenset({"off", "away"}), "bring": frozenset({"up"}),
}

# Verbs that are a retort with the particle "back" ("fired back in a statement", "shot back in an article").
RETORT_VERBS: frozenset[str] = words("fire shoot push strike swing")

# Held-back nouns that are a channel with a "to"-complement naming the recipient ("In a May 2012 message to
# Clinton, Tanden recounted …"), not bare ("his message").
RECIPIENT_OK: frozenset[str] = words("message note")

# Objects that turn "make" into a speech cue ("made the comments").
LIGHT_VERB_OBJECTS: frozenset[str] = words("comment remark reference pledge statement promise claim case argument point announcement "
    "vow threat demand plea appeal speech")

# Verbs that name their own medium: channel_span = the cue (guidelines B.2).
MEDIUM_VERBS: dict[str, tuple[str, str]] = {
    "tweet": ("social_post", "Twitter"),
    "retweet": ("social_post", "Twitter"),
    "testify": ("testimony", "testimony"),
    "email": ("email_or_letter", "email"),
    "e-mail": ("email_or_letter", "email"),
    "phone": ("other", "phone call"),
    "telephone": ("other", "phone call"),
}

# Verbs of answering whose "with" names the medium ("responded with a statement accusing …") and which issue
# the medium a participle on it speaks through.
RESPONSE_VERBS: frozenset[str] = words("respond reply react counter answer")

# Count nouns whose of-object is the audience addressed ("spoke to thousands of supporters").
COUNT_NOUNS: frozenset[str] = words("thousand thousands hundred hundreds dozen dozens million millions lot lots "
                                    "number crowd couple")

# Verbs whose "into" names the programme phoned ("called into Fox News", "phoned into a radio show").
CALL_IN_VERBS: frozenset[str] = words("call phone dial")

# Places a speaker "took to" in order to speak ("took to the Senate floor", "took to the airwaves").
TAKE_TO_NOUNS: dict[str, str] = {
    "floor": "rally_or_speech", "stage": "rally_or_speech", "podium": "rally_or_speech",
    "lectern": "rally_or_speech", "pulpit": "rally_or_speech", "microphone": "rally_or_speech",
    "airwave": "interview", "airwaves": "interview",
}

# Verbs that carry a speech act done through a medium ("took to Twitter to accuse",
# "went on television to blame", "appeared in a televised interview to blame").
CARRIER_VERBS: frozenset[str] = words("take go appear turn use return seem speak talk continue begin start try")

# Verbs of appearing on a medium whose coordinated speech verb shares the phrase ("appeared on a show on
# WEEI radio and defended himself").
APPEARANCE_VERBS: frozenset[str] = words("appear go")

# Participles that introduce the event a statement was made at ("Speaking at a rally …",
# "Giving a speech in Toledo, …", "appearing after Clinton at the forum, …").
EVENT_PARTICIPLES: frozenset[str] = words("speak appear give address deliver talk testify write post campaign visit attend "
                                          "headline")
# Participles that are themselves a campaign event ("said while stumping for his wife", "Campaigning in Ohio, …").
STUMPING_PARTICIPLES: frozenset[str] = words("stump campaign barnstorm")

# Verbs by which a speaker issues a medium whose participle or relative clause gives the content
# ("unleashed a series of tweets saying …", "filed legal papers opposing …", "sent a letter …").
ISSUE_VERBS: frozenset[str] = words("issue release file send post publish unleash fire have put launch air run circulate "
    "distribute write submit pen sign deliver give respond reply react counter record tape film produce")
# Verbs of bringing out a medium whose participle gives its content ("rolled out ads criticizing …").
ROLL_OUT_VERBS: frozenset[str] = words("roll churn unveil blast debut begin start")

# Titles that present a person as a journalist or host ("radio host Hugh Hewitt", "anchor Lester Holt").
JOURNALIST_WORDS: frozenset[str] = words("host anchor moderator interviewer reporter correspondent columnist "
                                         "commentator journalist co-host cohost newsman broadcaster editor")

# Words that make a named addressee a broadcaster or paper ("told French television channel BFM TV").
OUTLET_KIND_WORDS: frozenset[str] = words("television tv radio channel station network broadcaster newspaper "
                                          "daily weekly magazine")

# Nouns whose of-object is the medium ("A redacted copy of the 2013 memo seen by Reuters said …").
COPY_NOUNS: frozenset[str] = words("copy draft version excerpt transcript issue edition part episode")

# Quantifiers over a medium: "in one of a series of Twitter messages".
SELECTOR_NOUNS: frozenset[str] = words("one some several two three many")

# Prepositions of a channel phrase the parser hung on a neighbour of the cue (not "over her statements").
MISATTACHED_PREPS: frozenset[str] = words("in at during on via")

# "in the evening session of the hearing", "at the end of the rally": a part of an event is the event.
PART_NOUNS: frozenset[str] = words("session part portion half end start beginning course segment section round "
                                   "opening close middle closing front outset conclusion taping")

# Works that are a channel after "wrote in"/"writing in" only ("wrote in an analysis", "wrote in her dissent").
WRITTEN_WORKS: dict[str, str] = {
    "analysis": "article_or_oped", "commentary": "article_or_oped", "review": "article_or_oped",
    "study": "written_statement", "dissent": "written_statement", "report": "written_statement",
    "paper": "written_statement", "filing": "written_statement", "journal": "article_or_oped",
    "diary": "article_or_oped",
}

# "At one point during the interview": a moment of an event is the event.
MOMENT_NOUNS: frozenset[str] = words("point moment")

# Proceedings in which many parties speak: "a lawsuit in which Democrats argued …" is no channel of theirs.
PROCEEDING_NOUNS: frozenset[str] = words("lawsuit suit case trial")

# Nouns that are channels only with a complement naming the other party or the audience
# ("a meeting with the editorial board", "a meeting of Pacific Island leaders"; not "Friday's meeting").
NEEDS_COMPLEMENT: dict[str, frozenset[str]] = {
    "meeting": frozenset({"with", "of"}),
}

# Modifiers that make any event an interview or broadcast ("a televised interview", "on-air").
BROADCAST_MODIFIERS: frozenset[str] = words("televised on-air radio tv television broadcast")
BROADCAST_HEADS: frozenset[str] = words("interview appearance diatribe segment remarks comments q&a session")

# Addressees of told/spoke to/shouted to/asked that are channels, and their type.
ADDRESSEE_NOUNS: dict[str, str] = {
    "hall": "rally_or_speech", "room": "rally_or_speech", "chamber": "rally_or_speech",
    "arena": "rally_or_speech", "auditorium": "rally_or_speech", "stadium": "rally_or_speech",
    "ballroom": "rally_or_speech", "gymnasium": "rally_or_speech", "gym": "rally_or_speech",
    "assembly": "rally_or_speech", "class": "rally_or_speech",
    "reporter": "press_remarks", "journalist": "press_remarks", "press": "press_remarks",
    "briefing": "press_remarks", "newsman": "press_remarks", "correspondent": "press_remarks",
    "camera": "press_remarks", "microphone": "press_remarks",
    "crowd": "rally_or_speech", "audience": "rally_or_speech", "supporter": "rally_or_speech",
    "throng": "rally_or_speech", "group": "rally_or_speech", "delegation": "rally_or_speech", "gathering": "rally_or_speech",
    "meeting": "rally_or_speech", "forum": "rally_or_speech", "conference": "rally_or_speech",
    "convention": "rally_or_speech", "rally": "rally_or_speech", "rallygoer": "rally_or_speech",
    "attendee": "rally_or_speech", "graduate": "rally_or_speech", "congregation": "rally_or_speech",
    "viewer": "interview", "listener": "interview", "interviewer": "interview", "host": "interview",
    "anchor": "interview", "editor": "interview", "show": "interview", "program": "interview",
    "panel": "testimony", "committee": "testimony", "subcommittee": "testimony", "hearing": "testimony",
    "court": "testimony", "jury": "testimony", "juror": "testimony", "tribunal": "testimony", "inquiry": "testimony",
    "inquest": "testimony", "investigator": "testimony", "media": "interview", "medium": "interview", "television": "interview", "tv": "interview",
    "radio": "interview",
    "parliament": "rally_or_speech", "worshipper": "rally_or_speech", "parishioner": "rally_or_speech",
    # an outlet named by its kind ("admitted to the newspaper", "told the paper", "told the network")
    "newspaper": "interview", "paper": "interview", "magazine": "interview", "network": "interview",
    "station": "interview", "outlet": "interview", "publication": "interview", "broadcaster": "interview",
    "tabloid": "interview", "website": "interview",
}

# Outlets named by their kind are addressees after "told" or "to" only: "asked the network to donate …" is a
# request to the network, not an interview.
OUTLET_KIND_ADDRESSEES: frozenset[str] = words("newspaper paper magazine network station outlet publication "
                                               "broadcaster tabloid website")

# Addressees that a platform modifier makes social posts ("wrote to his 20,000 Twitter followers").
PLATFORM_AUDIENCE: frozenset[str] = words("follower subscriber fan")

# Media whose "to"-recipient after the medium phrase joins the channel ("wrote in an email to his supporters").
ADDRESSED_MEDIA_TYPES: frozenset[str] = frozenset({"email_or_letter", "written_statement", "social_post"})

# Media types that a sentence-final "in a statement …" deep inside the cue's content still gives
# ("She called for a redoubling of efforts to … in a statement following the news").
TRAILING_MEDIA_TYPES: frozenset[str] = frozenset({"written_statement", "social_post", "interview", "email_or_letter",
                                                  "article_or_oped"})

# Speech verbs whose addressee can be the channel (guidelines B.2: told/tells/telling, spoke to,
# speaking to, shouted to, asked).
ADDRESSEE_VERBS: frozenset[str] = words("tell speak talk shout ask address write")

# Verbs whose direct object is the addressee ("assured members of the committee that …",
# "Addressing about 100 committee members …").
# Not warn/urge/promise/thank: their object is whom the content targets ("urges supporters to …").
DOBJ_ADDRESSEE_VERBS: frozenset[str] = words("tell ask assure reassure inform brief address email e-mail remind "
                                             "thank greet")

NEWSPAPER_NOUNS: frozenset[str] = words("newspaper magazine")

# People through whom someone speaks ("through his lawyer", "Through a spokesman, ..."): a channel of type other.
REPRESENTATIVE_NOUNS: frozenset[str] = words("spokesman spokeswoman spokesperson lawyer attorney representative "
                                             "publicist aide agent counsel")

# Verbs whose addressee's "of"/"about"/"on" phrase is the content ("reminded the audience of comments …").
OF_CONTENT_VERBS: frozenset[str] = words("remind inform brief warn")

# Speech verbs whose "to"-phrase is not an addressee ("referred to supporters", "appealed to voters").
TO_NOT_ADDRESSEE: frozenset[str] = words("refer appeal object point attest turn cater pander listen react "
                                         "respond reply pledge commit liken compare link tie equate attribute "
                                         "credit add switch shift point")

# Verbs whose "me" outside quotation marks is the column's author as interlocutor ("told me", "pointed out
# … to me", "explained to me"): an interview (guidelines §B.1).
# Not speak/talk: "came to talk to me about trade" names a meeting, not what was said.
AUTHOR_ADDRESSEE_VERBS: frozenset[str] = words("tell point explain say write describe mention admit confide "
                                               "complain insist ask")
# The author, or the publication speaking as "we": "told me", "Acme tells us that …" (outside quotation marks).
AUTHOR_PRONOUNS: frozenset[str] = words("me us")

# Plural people who, addressed directly, are an audience ("implied to Republican leaders", "told
# donors", "assured members of the committee"): rally_or_speech. Only plural nouns count.
AUDIENCE_PEOPLE: frozenset[str] = words("""
member leader donor voter student worker delegate lawmaker legislator activist veteran troop soldier
parishioner backer fan constituent farmer investor executive ceo conservative evangelical
republican democrat faithful graduate volunteer organizer mayor governor senator sheriff
officer businessman businesswoman miner steelworker autoworker protester demonstrator marcher colleague
employee staffer attendee guest congregant shareholder customer teacher nurse educator
""")

# Prepositions that introduce a channel phrase attached to the cue.
CHANNEL_PREPS: frozenset[str] = words("in at during on via through throughout over to from before with by")

# Media after "by" ("said by phone", "said by email"); any other "by" is an agent or a means.
BY_MEDIA: frozenset[str] = words("phone telephone email e-mail text video videoconference satellite letter fax")

# "with": an interlocutor only after verbs of talking ("spoke with reporters"); a medium when it is a post or
# fronted before the cue ("responded with a tweet", "With a statement …, X said").
ADDRESSED_WITH_TYPES: frozenset[str] = frozenset({"press_remarks", "interview"})
WITH_ADDRESSEE_VERBS: frozenset[str] = words("speak talk chat joke discuss share")

# Inside a channel phrase, a post-modifier starting with one of these ends the phrase (temporal or
# topic modifiers, guidelines B.2).
CUT_PREPS: frozenset[str] = words("after before following since during amid ahead about regarding concerning over on")

# Nouns that make a phrase temporal (trimmed from the end of a channel phrase).
TIME_NOUNS: frozenset[str] = words("""
monday tuesday wednesday thursday friday saturday sunday today yesterday tonight morning afternoon
evening night week month year day weekend time hours january february march april may june july
august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
""")

# Channel types that are occasions (a phrase of these inside the cue's object still counts).
EVENT_TYPES: frozenset[str] = frozenset({"rally_or_speech", "debate", "interview", "press_remarks", "testimony"})

# "a series of tweets", "a flurry of tweets": the medium is the of-object.
SERIES_NOUNS: frozenset[str] = words("series flurry barrage string pair couple stream volley spate torrent blizzard "
                                     "salvo")

QUOTE_MARKS: frozenset[str] = frozenset({"“", "”", '"', "''", "``", "‘", "’"})

# Verbs whose "before <body>" is a hearing ("testified before the committee", "appearing before the panel").
HEARING_VERBS: frozenset[str] = words("testify appear speak")

# Bodies whose "told <body>" is testimony, not an interview ("told the Senate Banking Committee").
HEARING_BODIES: tuple[str, ...] = ("committee", "subcommittee", "panel", "senate", "house", "congress",
                                   "commission", "court", "jury", "parliament", "inquiry")

# Entity labels of a place that may follow an addressee ("told reporters on Air Force One").
PLACE_ENTITIES: frozenset[str] = frozenset({"GPE", "LOC", "FAC", "ORG"})

# Nouns that are a medium after "on" ("on its website"); otherwise "on" + noun is a topic.
ON_MEDIA: frozenset[str] = words("website site page blog podcast program programme show air television tv radio "
                                 "channel stage panel call livestream broadcast stump floor trail phone telephone segment "
                                 "swing tour visit form")

# Sources that "according to" cites as evidence, not as the speaker's channel (guidelines §B.1).
EVIDENTIAL_NOUNS: frozenset[str] = words("poll survey study data analysis estimate record records "
                                         "document documents count figure figures tally filing filings")

# Polls never carry a statement, whoever ran them ("In a CNN/ORC poll, 38 percent of voters said …").
POLL_NOUNS: frozenset[str] = words("poll survey")

# Documents an institution issues that speak for it as a source ("according to a congressional report",
# "The report cited …", "a memo … said"), unless the report is a news outlet's (``NEWS_REPORT_WORDS``)
# or generic ("according to reports"): then it is the publisher's report, evidence (guidelines §B.1).
ISSUED_REPORT_NOUNS: frozenset[str] = words("report")
NEWS_REPORT_WORDS: frozenset[str] = words("news media press published newspaper television tv magazine affiliate "
                                          "station network broadcaster outlet reporter reporters journalist paper pool exclusive")

# Audiences that are a channel only as the addressee ("told the crowd", "spoke before a crowd"), not in a
# phrase of place ("spotted a sign in the crowd", "a heckler in the audience").
AUDIENCE_ONLY_NOUNS: frozenset[str] = words("crowd audience throng supporter group")

# Parts of a social platform that carry posts ("on his Facebook page", "her Twitter account").
# Also what is posted there ("posted a Twitter comment"); not its people ("A Twitter spokesman").
PLATFORM_PARTS: frozenset[str] = words("page account feed profile channel timeline story stories site comment reply "
                                       "response photo picture image remark update status rant screed missive "
                                       "live")

# Words that make a "filing" cited with "according to" a legal paper that speaks for a party ("according to
# a court filing", "a filing by the Justice Department"), not disclosure data ("according to FEC filings",
# "Senate filings"), which is evidence: guidelines §B.1.
LEGAL_FILING_WORDS: frozenset[str] = words("court courts legal sec bankruptcy appeals appellate judicial judge "
                                           "department prosecutors lawyers attorneys plaintiffs defendants")

# Entity labels of a capitalised name that "wrote in"/"writing in" makes a publication ("Writing in The
# Atlantic", "wrote in Foreign Affairs"), not a place ("wrote in Ohio").
PUBLICATION_ENTITIES: frozenset[str] = frozenset({"ORG", "WORK_OF_ART", ""})

# Heads of "as X put it" and similar, and verbs that only say what a medium shows (not channels).
DISPLAY_VERBS: frozenset[str] = words("show feature reference refer use depict include display highlight focus")

# Statement cues of the statements pass that are not speech verbs still get a channel ("backed her up in
# an interview", "insulted … in press conferences"), except verbs of thought, perception and publication.
NOT_SPEECH_CUES: frozenset[str] = words("""
find think believe know feel hope want wish fear expect contemplate consider see hear learn understand
realize realise wonder doubt suspect worry focus publish share sum boo cheer applaud watch view
seem appear look sound be have get sing dance
""")

# Last words of newspaper names: "The New York Post" is an outlet, not a social "post".
NEWSPAPER_WORDS: frozenset[str] = words("post times news journal tribune herald globe daily gazette review "
                                        "magazine press telegraph guardian mail sun star examiner observer "
                                        "chronicle inquirer bulletin register record dispatch")

# Verbs with which a medium as grammatical subject reports content ("The clip says", "said the
# ruling", "one slide says", "A memorable ad questioned whether …").
MEDIUM_SUBJECT_VERBS: frozenset[str] = words("say state read question argue claim declare warn ask assert contend allege charge continue "
                                             "accuse call urge demand note add explain insist "
                                             "write conclude talk speak imply predict promise pledge vow propose "
                                             "recommend describe detail outline criticize blast attack maintain "
                                             "cite estimate find hit slam blame mock indicate stress proclaim shame "
                                             "laud liken denounce thank implore welcome oppose praise announce "
                                             "assail lambaste ridicule label dub brand challenge defend emphasize "
                                             "reiterate remind encourage invite boast hail condemn decry deride "
                                             "disparage lament knock")

# With a medium subject, a phrase on one of these prepositions is content ("the statement talked
# about …", "the letter calls for …", "the suit accuses X of …").
MEDIUM_CONTENT_PREPS: frozenset[str] = words("about for on against of")

# With a medium subject, these verbs take their content as a direct object ("the suit demands $2 million").
MEDIUM_DOBJ_VERBS: frozenset[str] = words("accuse urge demand allege claim describe detail outline ask predict "
                                          "promise propose recommend criticize blast attack cite hit slam blame mock "
                                          "praise laud denounce thank welcome oppose assail lambaste ridicule label dub "
                                          "brand condemn decry deride disparage knock challenge defend announce shame liken")

# Writers whose bare "wrote" is an article ("as my colleague David Corn wrote in May").
COLLEAGUE_WORDS: frozenset[str] = frozenset({"colleague", "colleagues"})
