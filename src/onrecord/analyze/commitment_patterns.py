"""Lexicons for the commitments pass: trigger lemmas, modal forms, condition and time markers.

Kept as data so the rules in ``commitments.py`` stay readable and the word lists can be extended
without touching the logic. All entries are lower-case lemmas or surface forms as noted.
"""

from __future__ import annotations

# Verbs whose complement is the holder's own future act ("vowed to", "promised that he would").
PROMISE_VERBS: frozenset[str] = frozenset({
    "promise", "vow", "pledge", "commit", "agree", "guarantee", "swear", "undertake",
})
# Plan verbs count only when the plan is reported as the holder's own statement ("said he plans to").
PLAN_VERBS: frozenset[str] = frozenset({"plan", "intend"})
# Verbs whose complement is someone else's act (demand); "warn" only with a directive ("warned X to").
DEMAND_VERBS: frozenset[str] = frozenset({
    "urge", "demand", "ask", "implore", "exhort", "instruct", "encourage", "tell", "persuade",
    "warn", "request", "order", "direct", "press", "beg", "challenge", "petition", "pressure", "push",
})
# Demand verbs that need an explicit addressee + infinitive ("asked X to", "told X to").
DEMAND_NEEDS_ADDRESSEE: frozenset[str] = frozenset({
    "ask", "tell", "warn", "order", "direct", "press", "challenge", "persuade", "beg", "encourage",
    "instruct", "exhort", "implore", "pressure", "push",
})
THREAT_VERBS: frozenset[str] = frozenset({"threaten"})
# Two-word triggers: verb lemma + particle/preposition ("called on", "called for", "pushed for").
PHRASAL_DEMANDS: dict[str, frozenset[str]] = {
    "call": frozenset({"on", "for", "upon"}),
    "appeal": frozenset({"to", "for"}),
    "ask": frozenset({"for"}),  # "a letter to the attorney general asking for the investigation of"
}
# Nouns that are triggers when they have a complement ("a pledge to support", "calls for X").
NOMINAL_TRIGGERS: dict[str, str] = {
    "pledge": "promise",
    "promise": "promise",
    "vow": "promise",
    "demand": "demand",
    "request": "demand",
    "plea": "demand",
    "call": "demand",
    "motion": "demand",
    "threat": "threat",
    "ultimatum": "threat",
}

# Verbs of saying that put a modal clause in the holder's own voice ("said he would").
SPEECH_VERBS: frozenset[str] = frozenset({
    "say", "tell", "add", "write", "tweet", "state", "announce", "declare", "insist", "claim",
    "argue", "note", "explain", "stress", "reiterate", "confirm", "assure", "vow", "pledge",
    "promise", "repeat", "post", "proclaim", "affirm", "emphasize",
    "maintain", "acknowledge", "reply", "respond", "answer", "remark", "predict", "warn", "reveal", "disclose",
})
# Speech verbs whose modal complement is a prediction, not an undertaking.
NON_COMMITTAL_SPEECH: frozenset[str] = frozenset({"predict", "claim", "argue", "warn"})

# Future markers (surface forms, lower-case). "would"/"'d" count only in reported speech.
FUTURE_MODALS: frozenset[str] = frozenset({"will", "'ll", "’ll", "shall", "wo"})
BACKSHIFT_MODALS: frozenset[str] = frozenset({"would", "'d", "’d"})
OBLIGATION_MODALS: frozenset[str] = frozenset({"should", "must", "ought"})

# Main verbs after a modal that make an outcome, state or ability, not an undertaking.
NON_VOLITIONAL_VERBS: frozenset[str] = frozenset({
    "be", "become", "seem", "happen", "win", "lose", "like", "love", "hate", "know", "need",
    "want", "wish", "hope", "see", "feel", "look", "remain", "die", "fail", "succeed",
    "cost", "mean", "matter", "depend", "deserve", "expect", "think", "believe", "regret",
    "prefer", "enjoy", "miss", "suffer", "last", "sound", "arrive", "say", "tell", "ask",
    "wonder", "imagine", "can", "could", "remember", "forget", "recall", "recognize",
    "contemplate", "weigh", "mull", "ponder", "welcome",  # "would mull it over", "would welcome Cruz"
})
# Objects of "have" that make an ability, not an act ("would have the power to").
ABILITY_NOUNS: frozenset[str] = frozenset({"power", "ability", "authority", "capacity", "right", "chance",
                                           "opportunity", "means", "strength"})
# Main verbs after "should" that make a state, an outcome or a receipt, not a required act
# ("should be", "should have", "He should get the most valuable player award", "should get a boost"),
# or attention and attitude ("she must focus on how best to connect", "leaders should worry about").
OBLIGATION_NON_ACTS: frozenset[str] = frozenset({"be", "have", "get", "receive", "deserve", "earn", "bear",
                                                 "feel", "know", "focus", "concentrate", "think", "consider",
                                                 "reflect", "worry", "care", "fear", "understand", "realize",
                                                 "realise", "recognize", "remember", "appreciate"})
# "called to ban Muslims" is a call for a policy; "called Sanders to congratulate him", "called to
# say" are phone calls: the infinitive's verb tells them apart.
CALL_TO_PHONE_VERBS: frozenset[str] = frozenset({
    "congratulate", "thank", "apologize", "apologise", "offer", "check", "inform", "invite", "discuss",
    "express", "wish", "complain", "chat", "talk", "ask", "tell", "say", "let", "see", "find", "get",
    "make", "share", "give", "relay", "explain", "confirm", "request", "speak", "update", "tout",
})
# Particles that make "look" an act ("look for ways", "look into it", "look at options").
LOOK_ACT_PARTICLES: frozenset[str] = frozenset({"for", "into", "at"})
# Adjectives of conduct: "will be more circumspect" is an undertaking, unlike "will be happy".
CONDUCT_ADJECTIVES: frozenset[str] = frozenset({
    "circumspect", "careful", "cautious", "transparent", "forthcoming", "candid", "respectful", "civil",
    "accountable", "neutral", "silent", "upfront", "honest", "truthful", "frank", "straightforward",
})
# Adverbs by which the reporter glosses an act as a call ("essentially telling them to shut up").
HEDGE_ADVERBS: frozenset[str] = frozenset({"essentially", "basically", "effectively", "virtually",
                                           "practically", "implicitly", "tacitly", "figuratively"})
# Verbs whose object noun (a pledge, a call, a demand) is the subject's own act ("signed a pledge to").
LIGHT_VERBS: frozenset[str] = frozenset({"make", "file", "issue", "submit", "send", "renew", "repeat",
                                         "reiterate", "deliver", "sign", "take", "write", "publish",
                                         "release", "post"})
# Prepositions that list an example of the object ("made statements, including a call for ...").
EXAMPLE_PREPS: frozenset[str] = frozenset({"including", "like"})
# Desire verbs of attempt: "sought to assure X that he would" reports an assurance that was given.
ATTEMPT_VERBS: frozenset[str] = frozenset({"seek", "try", "attempt"})
# Words describing someone who speaks for a principal ("communications director Jennifer Palmieri").
STAFF_WORDS: frozenset[str] = frozenset({
    "spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "manager", "director",
    "chief", "strategist", "chairman", "chairwoman", "surrogate", "staffer", "secretary", "press",
    "lawyer", "attorney", "counsel", "representative", "communications", "campaign", "pollster",
    "official",
})
# Objects of "have" that make it an act the subject holds ("we'll have a vote", "have a sit-down"); with
# any other object "have" is a state or outcome ("we'll have a wipeout", "will have the opportunity").
HAVE_EVENT_NOUNS: frozenset[str] = frozenset({
    "vote", "hearing", "hearings", "meeting", "sit", "sit-down", "talk", "talks", "conversation",
    "debate", "debates", "discussion", "announcement", "conference", "event", "rally", "summit",
    "review", "investigation", "look", "word", "session", "election", "referendum", "ceremony",
})
# Adverbs that make "do" an outcome ("do very well", "do quite fine").
PERFORMANCE_ADVERBS: frozenset[str] = frozenset({"well", "fine", "great", "better", "badly", "poorly",
                                                 "worse", "okay", "ok", "best"})
# "is likely to stress that ...", "is expected to announce": a statement not yet made.
PROSPECT_WORDS: frozenset[str] = frozenset({"likely", "unlikely", "expected", "set", "due", "poised",
                                           "sure", "certain", "bound", "scheduled"})
# Adverbs that make a present-tense call habitual or generic ("news outlets usually call upon experts").
HABITUAL_ADVERBS: frozenset[str] = frozenset({"usually", "typically", "generally", "normally",
                                             "traditionally", "routinely", "customarily", "rarely", "seldom",
                                             "often", "frequently", "regularly", "sometimes"})
# Complements of a "threat of ..." that name a threatened act ("the threat of sanctions"), unlike
# "a threat of unknown potency" (a danger).
THREAT_OF_NOUNS: frozenset[str] = frozenset({
    "lawsuit", "litigation", "action", "retaliation", "violence", "force", "shutdown", "strike",
    "prosecution", "impeachment", "filibuster", "default", "expulsion", "deportation", "arrest",
    "closure", "suit", "legal", "military", "boycott", "walkout", "resignation", "dismissal",
})
# Indefinite or universal determiners: "a leader must fight", "any candidate should": generic.
GENERIC_DETERMINERS: frozenset[str] = frozenset({"a", "an", "any", "every", "each", "no"})
# Descriptions of commentators rather than actors (their quoted "we will ..." is a forecast).
COMMENTATOR_WORDS: frozenset[str] = frozenset({
    "economist", "analyst", "professor", "demographer", "expert", "scholar", "researcher", "historian",
    "consultant", "commentator", "pundit", "columnist", "forecaster", "scientist", "observer", "blogger",
})
# Nouns of hope or attempt: a trigger under them was not (yet) carried out.
ATTEMPT_NOUNS: frozenset[str] = frozenset({"hope", "effort", "attempt", "bid", "goal", "aim", "intention",
                                          "desire", "quest", "push", "drive", "decision", "refusal"})
# Objects that make an -ing adjunct an unsuccessful effort ("had trouble persuading buyers to pay").
DIFFICULTY_NOUNS: frozenset[str] = frozenset({"trouble", "difficulty", "problem", "struggle", "time"})
# Imperatives that open a supposition ("Say Mexico demanded ...", "Suppose Congress agreed to ...").
SUPPOSITION_VERBS: frozenset[str] = frozenset({"say", "suppose", "imagine", "assume", "picture"})
# An audience present at the event, and what an audience is asked to do on the spot ("asked the
# congregation to stand", "asked the crowd to welcome the governor"): not a commitment.
AUDIENCE_NOUNS: frozenset[str] = frozenset({"crowd", "congregation", "audience", "room", "attendee",
                                           "spectator", "onlooker", "assembly", "gathering"})
ON_THE_SPOT_VERBS: frozenset[str] = frozenset({
    "stand", "rise", "sit", "welcome", "applaud", "cheer", "chant", "clap", "pray", "bow", "raise",
    "repeat", "give", "observe", "join", "quiet", "calm", "wave", "thank", "greet",
})
# Partitive subjects that stand for their of-phrase ("All of the GOP candidates have pledged to").
PARTITIVE_HEADS: frozenset[str] = frozenset({"all", "both", "each", "most", "many", "some", "several",
                                            "none", "two", "three", "four"})
# Relative pronouns: inside a relative clause they are not the opening of an embedded question.
RELATIVE_PRONOUNS: frozenset[str] = frozenset({"which", "who", "whom", "that"})
# Verbs that take a predicate adjective as an outcome ("get elected", "stay quiet"), not an act.
LINKING_VERBS: frozenset[str] = frozenset({"get", "stay", "keep", "grow", "turn", "go", "become"})
# A trigger under these is a wish or a plan told by someone else, not a commitment made.
DESIRE_VERBS: frozenset[str] = frozenset({
    "hope", "want", "expect", "plan", "intend", "wish", "aim", "seek", "try", "need", "like",
    "decide", "consider", "refuse", "decline", "fail", "threaten",
})
# Demands whose content is thought or a question are rhetorical ("encouraged them to ask why").
RHETORICAL_CONTENT_VERBS: frozenset[str] = frozenset({"ask", "think", "wonder", "imagine", "remember",
                                                      "know", "consider", "look", "compare", "picture"})
# Modals on a trigger verb that make it hypothetical ("could threaten", "would pledge").
HYPOTHETICAL_MODALS: frozenset[str] = frozenset({"would", "could", "might", "may", "should", "'d",
                                                 "’d", "must", "can", "ca"})
# Nouns that can hold a commitment (people, groups, institutions), besides names and pronouns.
HOLDER_NOUNS: frozenset[str] = frozenset({
    "campaign", "company", "administration", "government", "party", "leader", "spokesman",
    "spokeswoman", "spokesperson", "president", "senator", "governor", "candidate", "nominee",
    "official", "lawmaker", "legislator", "group", "coalition", "committee", "panel", "court", "network",
    "newspaper", "union", "state", "country", "nation", "city", "council", "board", "agency",
    "department", "ministry", "office", "team", "army", "military", "police", "republican",
    "democrat", "member", "congress", "senate", "house", "parliament", "firm", "bank", "organization",
    "association", "alliance", "bloc", "challenger", "plaintiff", "defendant", "lawyer", "attorney",
    "minister", "mayor", "secretary", "chairman", "chairwoman", "chair", "director", "manager",
    "executive", "ceo", "judge", "doctor", "speechwriter", "aide", "adviser", "advisor", "staff",
    "donor", "activist", "protester", "media", "outlet", "station", "moderator", "host",
    "prosecutor", "regulator", "authority", "authorities", "student", "worker", "voter", "citizen",
    "family", "side", "rebel", "force", "troops", "negotiator", "diplomat", "ambassador",
    "envoy", "king", "queen", "prince", "premier", "chancellor", "delegation", "caucus", "corporation",
    "industry", "industries", "school", "university", "district", "county", "province",
    "successor", "predecessor", "opponent", "rival", "ally", "partner", "supporter", "critic",
    "colleague", "friend", "officer", "employee", "contestant", "representative", "backer",
    "tycoon", "mogul", "billionaire", "businessman", "businesswoman", "entrepreneur", "developer",
    "celebrity", "star", "anchor", "journalist", "reporter", "columnist", "pastor", "bishop", "pope",
    "cardinal", "rabbi", "imam", "preacher", "evangelist", "priest", "hopeful", "frontrunner",
    "front-runner", "incumbent", "contender", "commissioner", "sheriff", "commander", "general",
    "admiral", "soldier", "veteran", "superdelegate", "delegate", "dictator", "monarch",
    "community", "detractor", "demonstrator", "resident", "advocate", "congressman", "congresswoman",
    "assemblyman", "councilman", "councilwoman", "legislature", "lobbyist", "movement", "campaigner",
    "organizer",
    # plain people nouns ("A Texas man pleaded guilty to threatening to ...")
    "man", "woman", "person", "suspect", "teenager", "teen", "boy", "girl",
    "driver", "customer", "patient", "owner", "fan", "user", "inmate", "chief", "boss", "supervisor",
    "singer", "actor", "actress", "artist", "writer", "musician", "rapper", "player", "coach",
    "athlete", "researcher", "scientist", "professor", "teacher", "nurse", "surgeon", "physician", "founder",
    "co-founder", "cofounder", "investor", "chef", "designer", "architect", "engineer", "farmer", "pilot",
    "witness", "victim", "survivor", "conservative", "liberal", "progressive", "moderate", "evangelical",
})
# Holder nouns for organisations, which can say "it will" of themselves ("the network said it would").
INSTITUTION_NOUNS: frozenset[str] = frozenset({
    "campaign", "company", "administration", "government", "party", "group", "coalition", "committee", "panel",
    "court", "network", "newspaper", "union", "state", "country", "nation", "city", "council", "board",
    "agency", "department", "ministry", "office", "team", "army", "military", "police", "congress",
    "senate", "house", "parliament", "firm", "bank", "organization", "association", "alliance", "bloc",
    "corporation", "industry", "school", "university", "district", "county", "province", "media",
    "outlet", "station", "authority", "delegation", "caucus",
})
PERSON_NOUN_SUFFIXES: tuple[str, ...] = ("ist", "ian")
# Subjects that never hold a commitment (expletives, demonstratives, generic people).
NON_HOLDER_SUBJECTS: frozenset[str] = frozenset({
    "it", "there", "this", "that", "these", "those", "which", "what", "everyone", "everybody",
    "anyone", "anybody", "nobody", "people", "things", "nothing", "something", "one", "who",
    "whoever", "all", "thou",
})
# Inanimate subjects a campaign or company announces about its own product ("the ad will air").
OWN_PRODUCT_SUBJECTS: frozenset[str] = frozenset({"ad", "ads", "spot", "commercial", "campaign"})

# Marks that open a condition clause, and those that open a time clause (timeframe).
CONDITION_MARKS: frozenset[str] = frozenset({"if", "unless", "provided", "providing"})
CONDITION_PHRASES: tuple[str, ...] = ("as soon as", "as long as", "only if", "even if")
TIME_CLAUSE_MARKS: frozenset[str] = frozenset({"when", "while", "before", "after", "until", "till",
                                               "once", "whenever"})
# Nouns that make a prepositional phrase a timeframe ("in the first 24 hours of his presidency").
TIME_NOUNS: frozenset[str] = frozenset({
    "day", "days", "hour", "hours", "week", "weeks", "month", "months", "year", "years", "term",
    "presidency", "administration", "life", "tenure", "decade", "decades", "session", "night",
    "morning", "afternoon", "evening", "weekend", "summer", "winter", "spring", "fall", "autumn",
    "quarter", "deadline", "election", "future", "january", "february", "march", "april", "may",
    "june", "july", "august", "september", "october", "november", "december", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tomorrow",
    "tonight", "soon", "later", "immediately", "now",
})
TIME_PREPOSITIONS: frozenset[str] = frozenset({"in", "on", "by", "within", "before", "after",
                                               "during", "until", "beginning", "starting", "from",
                                               "at", "over", "through"})
TIME_ADVERBS: frozenset[str] = frozenset({"soon", "immediately", "later", "tomorrow", "tonight",
                                          "today", "eventually", "shortly", "now", "henceforth"})
# Events an act runs up to ("fight on to the July Democratic convention", "through the primary").
UNTIL_EVENT_NOUNS: frozenset[str] = frozenset({"convention", "primary", "primaries", "election", "inauguration",
                                               "end", "finish", "caucus", "caucuses", "vote"})
UNTIL_PREPOSITIONS: frozenset[str] = frozenset({"to", "through", "until", "till"})
# Verbs whose object is a stretch of time ("will spend the coming weeks honing her message").
TIME_OBJECT_VERBS: frozenset[str] = frozenset({"spend", "devote", "use", "take"})

# A consequence with these words, aimed at someone under a condition, is a threat.
NEGATIVE_CONSEQUENCE_WORDS: frozenset[str] = frozenset({
    "consequence", "consequences", "sanction", "sanctions", "tariff", "tariffs", "punish",
    "retaliate", "retaliation", "strike", "attack", "destroy", "sue", "cut", "withdraw", "pull",
    "end", "tear", "ban", "block", "fire", "impose", "penalty", "penalties", "veto", "halt",
    "suspend", "expel", "boycott", "war", "force", "punishment", "crush", "jail", "prosecute",
    "arrest", "deport", "bomb", "invade", "revoke", "cancel", "terminate", "stop", "wall",
})

# Words in a sentence that make it a question or hypothetical rather than an undertaking.
HYPOTHETICAL_MARKS: frozenset[str] = frozenset({"were", "perhaps", "maybe", "might", "could"})

# Belief and hedge verbs: a future clause under them is a forecast, not an undertaking
# ("I don't think we will stop ...", "I expect we'll see ...").
BELIEF_VERBS: frozenset[str] = frozenset({
    "think", "believe", "guess", "suppose", "doubt", "expect", "imagine", "suspect", "bet", "assume",
    "reckon", "fear", "worry", "hope", "predict", "know", "figure", "feel", "wonder", "sense",
})
# Content verbs that something happens to the subject (stative or experiential), not an act.
EXPERIENCE_VERBS: frozenset[str] = frozenset({
    "experience", "undergo", "face", "witness", "encounter", "endure", "notice", "learn", "discover",
    "realize", "understand", "receive", "inherit", "hear",
})
# "go through a period", "go into a recession": "go" + these prepositions is an experience.
EXPERIENCE_GO_PREPS: frozenset[str] = frozenset({"through", "into"})
# Motion verbs whose object is a period or condition the subject is carried into ("enter the next
# recession", "hit a wall", "head into a downturn"): an outcome, not an act.
ENTRY_VERBS: frozenset[str] = frozenset({"enter", "hit", "head", "go", "slip", "fall", "plunge", "sink"})
PERIOD_NOUNS: frozenset[str] = frozenset({
    "recession", "depression", "downturn", "slump", "crisis", "period", "era", "phase", "stage",
    "age", "decline", "slowdown", "stagnation", "chaos", "turmoil", "wall", "trouble", "default",
})
# Roles that speak for a principal: their "she will" of a principal of the other gender is the
# principal's commitment; anyone else's is a claim about that person.
SPOKES_NOUNS: frozenset[str] = frozenset({"spokesman", "spokeswoman", "spokesperson", "aide", "adviser",
                                          "advisor", "manager", "secretary", "staffer", "surrogate"})
# Quantifiers that leave a plural group generic ("many voters", "some Republicans").
QUANTIFIERS: frozenset[str] = frozenset({"many", "some", "few", "most", "several", "other", "more"})
# Verbs that report a recommendation: a "should" clause under them is a call for action
# ("suggested the United States should send ...", "proposed that the Senate should hold ...").
SUGGESTION_VERBS: frozenset[str] = frozenset({"suggest", "propose", "recommend", "insist", "urge",
                                              "demand"})
# Question words that open an embedded question ("how much I'm going to make").
WH_WORDS: frozenset[str] = frozenset({"how", "what", "whether", "why", "where", "which", "who", "whom",
                                      "whose", "when"})
# Objects of "pledge"/"promise" that mean dedication or backing, not a future act.
DEDICATION_NOUNS: frozenset[str] = frozenset({
    "commitment", "dedication", "allegiance", "loyalty", "solidarity", "fealty", "devotion",
    "sympathy", "condolence", "condolences", "prayers", "thoughts", "love", "respect",
    "delegate",  # "271 pledged delegates" misparsed as "pledged [delegates]": a count, not a pledge
})
# Objects that make a request journalistic boilerplate ("who requested anonymity to discuss").
BOILERPLATE_OBJECTS: frozenset[str] = frozenset({"anonymity", "comment"})
# What one "asks for" that is an attitude or a favour, not an act ("I ask for respect for our privacy").
ASK_FOR_NON_ACTS: frozenset[str] = frozenset({
    "respect", "privacy", "patience", "prayer", "prayers", "understanding", "forgiveness", "time", "space",
    "help", "advice", "autograph", "directions", "permission", "trouble", "it", "that", "this", "what",
    "photo", "photograph", "picture", "selfie", "comment", "comments",
})
# More verbs and light-verb phrases that report the holder's words ("assured X that", "made it
# clear that"): a would-clause under them is in the holder's own voice.
ASSURANCE_VERBS: frozenset[str] = frozenset({"assure", "reassure", "inform", "notify", "swear",
                                             "guarantee", "commit", "vow", "pledge", "promise"})
# "make clear/plain that ...": adjective heads whose that-clause is a statement of the subject's.
CLEAR_ADJECTIVES: frozenset[str] = frozenset({"clear", "plain", "known", "explicit"})
# Documents that make demands of their own ("The lawsuit demands ...", "the letter calls on").
DOCUMENT_HOLDERS: frozenset[str] = frozenset({
    "lawsuit", "suit", "complaint", "motion", "petition", "letter", "resolution", "filing", "brief",
    "ultimatum", "statement", "order", "injunction", "appeal", "memo", "memorandum", "op-ed", "email",
    "tweet", "directive",
})
# Documents that speak only through an issuer the article names ("the SVP launched the initiative.
# This initiative called for ..."); alone ("the platform calls for") they are the writer's description.
ISSUED_DOCUMENTS: frozenset[str] = frozenset({"initiative", "referendum", "manifesto", "platform", "proposal"})
# Verbs by which someone issues a document that later speaks for them ("launched the initiative").
ISSUING_VERBS: frozenset[str] = frozenset({"launch", "file", "send", "issue", "submit", "write", "draft",
                                           "introduce", "release", "publish", "sign", "deliver", "sponsor"})
# Demand triggers a document can be the subject of.
DOCUMENT_DEMAND_VERBS: frozenset[str] = frozenset({"demand", "request", "ask", "urge", "call", "seek",
                                                   "instruct", "direct", "order", "encourage"})
# Adjectival commitment: "remains committed to cutting taxes" (the complement is a gerund).
COMMITTED_ADJECTIVES: frozenset[str] = frozenset({"committed", "pledged", "determined", "sworn"})
COMMITTED_LINKS: frozenset[str] = frozenset({"be", "remain", "stay"})
# Inverted conditions: "should they dare to vote", "had he known", "were it offered".
INVERTED_CONDITION_AUX: frozenset[str] = frozenset({"should", "had", "were"})
# Headline triggers, matched on surface form when a title-cased headline parses badly
# ("Clinton Wades In: Urges Britain to Remain"): surface form -> (kind, needs "to"-infinitive).
HEADLINE_TRIGGERS: dict[str, tuple[str, bool]] = {
    **{w: ("demand", True) for w in ("urges", "urged", "urging", "asks", "asked", "tells", "told",
                                      "implores", "presses", "pressed", "calls on", "called on",
                                      "calling on", "encourages", "warns", "warned", "orders")},
    **{w: ("demand", False) for w in ("demands", "demanded", "demanding", "calls for", "called for",
                                       "calling for")},
    **{w: ("promise", True) for w in ("vowing", "pledging", "promising")},
    # "Trump Promises Big Report On Clinton": a finite form may take an object, like "promised lower taxes"
    **{w: ("promise", False) for w in ("vows", "vowed", "pledges", "pledged", "promises", "promised")},
    **{w: ("threat", True) for w in ("threatening",)},
    **{w: ("threat", False) for w in ("threatens", "threatened")},
}

# determiners that make a holder generic ("every voter who requests a ballot")
UNIVERSAL_DETERMINERS: frozenset[str] = frozenset({"every", "any", "each", "no", "all"})
# subjects of a forecast rather than an act ("guarantee that this will appear")
DEMONSTRATIVES: frozenset[str] = frozenset({"this", "that", "these", "those"})
# verb + object pairs that name an outcome, not an act ("will meet their financial targets")
OUTCOME_VERBS: frozenset[str] = frozenset({"meet", "hit", "reach", "exceed", "achieve", "save", "gain",
                                           "pick", "carry", "get", "take"})
OUTCOME_OBJECTS: frozenset[str] = frozenset({"target", "goal", "quota", "benchmark", "projection", "estimate",
                                             "expectation", "expectations", "ground", "momentum", "traction",
                                             "delegate", "vote", "seat", "majority", "nomination", "lead",
                                             # "it would take two months": a duration, not an act
                                             "time", "minute", "hour", "day", "week", "month", "year"})
# Verbs of disclosure: "would not identify any issue", "not going to define it now" report a refusal
# to say something now, not an undertaking.
DISCLOSURE_VERBS: frozenset[str] = frozenset({
    "identify", "comment", "discuss", "disclose", "reveal", "name", "specify", "elaborate", "answer",
    "define", "detail", "speculate", "say", "talk", "go", "get", "speak",
})
# Subjects that are shares of a poll ("three-fourths say the government should ...").
POLL_SHARES: frozenset[str] = frozenset({"third", "thirds", "fourth", "fourths", "half", "majority",
                                         "percent", "%", "respondent", "plurality", "minority", "quarter"})
# verbs whose negation means the reported act was never said ("did not mention requesting a donation")
REPORTING_VERBS: frozenset[str] = SPEECH_VERBS | {"mention", "discuss", "recall"}
# first-person holder mentions resolved to a quotation's speaker
FIRST_PERSON: frozenset[str] = frozenset({"i", "we", "my", "our", "me", "us"})
