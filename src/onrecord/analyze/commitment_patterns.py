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
    "warn", "request", "order", "direct", "press", "beg", "challenge", "petition",
})
# Demand verbs that need an explicit addressee + infinitive ("asked X to", "told X to").
DEMAND_NEEDS_ADDRESSEE: frozenset[str] = frozenset({
    "ask", "tell", "warn", "order", "direct", "press", "challenge", "persuade", "beg", "encourage",
    "instruct", "exhort", "implore",
})
THREAT_VERBS: frozenset[str] = frozenset({"threaten"})
# Two-word triggers: verb lemma + particle/preposition ("called on", "called for", "pushed for").
PHRASAL_DEMANDS: dict[str, frozenset[str]] = {
    "call": frozenset({"on", "for", "upon"}),
    "appeal": frozenset({"to", "for"}),
}
# Nouns that are triggers when they have a complement ("a pledge to support", "calls for X").
NOMINAL_TRIGGERS: dict[str, str] = {
    "pledge": "promise",
    "promise": "promise",
    "vow": "promise",
    "demand": "demand",
    "request": "demand",
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
    "maintain", "acknowledge", "reply", "respond", "answer", "remark", "predict", "warn",
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
    "wonder", "imagine", "can", "could",
})
# Verbs that take a predicate adjective as an outcome ("get elected", "stay quiet"), not an act.
LINKING_VERBS: frozenset[str] = frozenset({"get", "stay", "keep", "grow", "turn", "go", "become"})
# A trigger under these is a wish or a plan told by someone else, not a commitment made.
DESIRE_VERBS: frozenset[str] = frozenset({
    "hope", "want", "expect", "plan", "intend", "wish", "aim", "seek", "try", "need", "like",
    "decide", "consider", "refuse", "decline", "fail", "threaten",
})
# Demands whose content is thought or a question are rhetorical ("encouraged them to ask why").
RHETORICAL_CONTENT_VERBS: frozenset[str] = frozenset({"ask", "think", "wonder", "imagine", "remember",
                                                      "know", "consider", "look"})
# Modals on a trigger verb that make it hypothetical ("could threaten", "would pledge").
HYPOTHETICAL_MODALS: frozenset[str] = frozenset({"would", "could", "might", "may", "should", "'d",
                                                 "’d", "must", "can", "ca"})
# Nouns that can hold a commitment (people, groups, institutions), besides names and pronouns.
HOLDER_NOUNS: frozenset[str] = frozenset({
    "campaign", "company", "administration", "government", "party", "leader", "spokesman",
    "spokeswoman", "spokesperson", "president", "senator", "governor", "candidate", "nominee",
    "official", "lawmaker", "legislator", "group", "coalition", "committee", "court", "network",
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
    "colleague", "friend", "officer", "employee", "contestant", "representative",
})
# Holder nouns for organisations, which can say "it will" of themselves ("the network said it would").
INSTITUTION_NOUNS: frozenset[str] = frozenset({
    "campaign", "company", "administration", "government", "party", "group", "coalition", "committee",
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
    "whoever", "all",
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
                                          "today", "eventually", "shortly"})

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
BOILERPLATE_OBJECTS: frozenset[str] = frozenset({"anonymity"})
# More verbs and light-verb phrases that report the holder's words ("assured X that", "made it
# clear that"): a would-clause under them is in the holder's own voice.
ASSURANCE_VERBS: frozenset[str] = frozenset({"assure", "reassure", "inform", "notify", "swear",
                                             "guarantee", "commit", "vow", "pledge", "promise"})
# "make clear/plain that ...": adjective heads whose that-clause is a statement of the subject's.
CLEAR_ADJECTIVES: frozenset[str] = frozenset({"clear", "plain", "known", "explicit"})
# Documents that make demands of their own ("The lawsuit demands ...", "the letter calls on").
DOCUMENT_HOLDERS: frozenset[str] = frozenset({
    "lawsuit", "suit", "complaint", "motion", "petition", "letter", "resolution", "filing", "brief",
    "ultimatum", "statement", "order", "injunction", "appeal",
})
# Demand triggers a document can be the subject of.
DOCUMENT_DEMAND_VERBS: frozenset[str] = frozenset({"demand", "request", "ask", "urge", "call", "seek"})
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
    **{w: ("promise", True) for w in ("vows", "vowed", "vowing", "pledges", "pledged", "pledging",
                                       "promises", "promised", "promising")},
    **{w: ("threat", True) for w in ("threatens", "threatened", "threatening")},
}

# determiners that make a holder generic ("every voter who requests a ballot")
UNIVERSAL_DETERMINERS: frozenset[str] = frozenset({"every", "any", "each", "no", "all"})
# subjects of a forecast rather than an act ("guarantee that this will appear")
DEMONSTRATIVES: frozenset[str] = frozenset({"this", "that", "these", "those"})
# verb + object pairs that name an outcome, not an act ("will meet their financial targets")
OUTCOME_VERBS: frozenset[str] = frozenset({"meet", "hit", "reach", "exceed", "achieve", "save"})
OUTCOME_OBJECTS: frozenset[str] = frozenset({"target", "goal", "quota", "benchmark", "projection", "estimate"})
# verbs whose negation means the reported act was never said ("did not mention requesting a donation")
REPORTING_VERBS: frozenset[str] = SPEECH_VERBS | {"mention", "discuss", "recall"}
# first-person holder mentions resolved to a quotation's speaker
FIRST_PERSON: frozenset[str] = frozenset({"i", "we", "my", "our", "me", "us"})
