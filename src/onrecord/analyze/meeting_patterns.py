"""Lexicons of the meetings pass (``meetings.py``): meeting words, non-meetings, parties, places, time.

Every entry is a word of English news prose, not of one article; ``meetings.py`` holds the rules.
"""

from __future__ import annotations

MEETING_NOUNS: frozenset[str] = frozenset({"meeting", "summit", "talks", "sit-down", "meet", "tete-a-tete",
                                           "bilateral", "encounter", "conclave"})
# Meals are meetings only with a with/between party named ("a breakfast with the Texas delegation").
MEAL_NOUNS: frozenset[str] = frozenset({"breakfast", "lunch", "luncheon", "dinner", "supper", "brunch"})
# Other nouns that are a meeting with a with-party named: "a visit with Pope Francis", "an audience with".
WITH_NOUNS: frozenset[str] = frozenset({"visit", "audience", "huddle", "get-together", "one-on-one",
                                        "conference"})
# Verb forms of a meal (the tagger's lemma of "dined" is unreliable): "dined with Xi".
MEAL_VERB_FORMS: frozenset[str] = frozenset({"dine", "dined", "dines", "dining", "lunched", "lunches",
                                             "lunching", "breakfasted", "supped"})
# A reported call between named parties is a planned call ("a phone call with Xi", "their call").
CALL_NOUNS: frozenset[str] = frozenset({"call"})
# Verbs that place or take a call to or from a party: "placed a call to Erdogan", "took a call from Tsai".
CALL_VERBS: frozenset[str] = frozenset({"place", "make", "take", "receive", "get", "return", "accept"})
# Conversations are calls only with a phone word: "a telephone conversation with Putin".
CONVERSATION_NOUNS: frozenset[str] = frozenset({"conversation", "chat"})
# Calls that are not talks between parties: "a conference call with reporters", "robo calls".
NON_MEETING_CALL_MODIFIERS: frozenset[str] = frozenset({
    "conference", "robo", "robocall", "campaign", "sales", "fundraising", "roll", "curtain", "wake", "judgment",
    "judgement", "close", "last", "first", "tough", "hard", "right", "wrong", "bad", "good", "final", "game",
    "radio", "911", "emergency", "press", "media", "earnings", "investor", "town", "cold"})
PHONE_WORDS: frozenset[str] = frozenset({"phone", "telephone", "video", "videoconference", "teleconference",
                                         "cellphone", "speakerphone", "zoom", "skype"})
PHONE_PREPS: frozenset[str] = frozenset({"by", "on", "over", "via", "in", "during"})
PHONE_ADVERBS: frozenset[str] = frozenset({"telephonically"})
# Verbs of talking that are a call when held by phone with a named party ("spoke by phone with X").
PHONE_TALK_VERBS: frozenset[str] = frozenset({"speak", "talk", "chat", "confer"})
# Verbs that get one on the phone with a party: "got on the phone with Putin", "hopped on the phone".
PHONE_GET_VERBS: frozenset[str] = frozenset({"get", "hop", "jump"})
# Words of news outlets: "spoke with CNN", "talked to the Des Moines Register" is an interview, not a call.
MEDIA_WORDS: frozenset[str] = frozenset({
    "post", "times", "news", "journal", "press", "tribune", "herald", "register", "globe", "cnn", "msnbc", "npr",
    "fox", "reuters", "ap", "politico", "buzzfeed", "bloomberg", "abc", "cbs", "nbc", "bbc", "breitbart",
    "axios", "radio", "magazine", "gazette", "chronicle", "daily", "hill", "telegraph", "guardian", "mail"})
# Words that make a talk an interview or a broadcast: "spoke with Hannity on his radio show".
INTERVIEW_WORDS: frozenset[str] = frozenset({"interview", "show", "program", "programme", "air", "radio",
                                             "television", "podcast", "broadcast", "segment", "camera"})
# Words naming one day: a talk on such a day is one occasion ("spoke with Putin on Tuesday").
DAY_WORDS: frozenset[str] = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
    "tonight", "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec."})
# Verbs whose agent hosts a meal or meeting: "a breakfast hosted by Al Sharpton".
HOSTING_VERBS: frozenset[str] = frozenset({"host", "give", "throw", "organize", "organise", "arrange"})
# Adverbs that make a talk a face-to-face meeting: "spoke privately with Clinton".
IN_PERSON_ADVERBS: frozenset[str] = frozenset({"privately", "face-to-face", "personally"})
# Modifiers that make a conference or visit no meeting between parties: "a news conference with Trump".
NON_MEETING_CONFERENCE_MODIFIERS: frozenset[str] = frozenset({
    "press", "news", "joint", "party", "national", "annual", "academic", "conference", "call", "media", "donor",
    "campaign", "state", "site", "school", "home", "hospital", "sales", "fundraising"})
# Heads of a building named after a person: "a visit to Trump Tower" is a trip, not a meeting.
BUILDING_HEADS: frozenset[str] = frozenset({"tower", "towers", "house", "hall", "center", "centre", "building",
                                            "headquarters", "office", "library", "museum", "plaza", "hotel",
                                            "stadium", "arena", "university", "college", "foundation"})
# Verbs of a meal taken together: "Trump and Romney had dinner".
MEAL_VERBS: frozenset[str] = frozenset({"have", "eat", "share", "host", "attend", "grab"})
# Settings where named parties face off rather than meet: "met on the debate stage".
DEBATE_SETTINGS: frozenset[str] = frozenset({"debate", "stage", "battlefield"})
SETTING_PREPS: frozenset[str] = frozenset({"on", "in", "at", "during"})
MEETING_VERBS: frozenset[str] = frozenset({"meet", "confer"})
# Verb + particle that mean a meeting ("sat down with", "held talks with" is nominal).
MEETING_PHRASALS: dict[str, str] = {"sit": "down"}
# "X hosted Y", "X visited Y": a meeting when Y is a named person ("visited Mexico" is a trip).
HOST_VERBS: frozenset[str] = frozenset({"host", "visit", "receive"})
# Words that make a meeting a habit rather than one occasion ("would often meet", "at times").
HABITUAL_WORDS: frozenset[str] = frozenset({"often", "sometimes", "regularly", "frequently", "usually",
                                            "occasionally", "routinely", "repeatedly", "periodically",
                                            "times", "weekly", "monthly", "daily"})
# Adverbs that make "met" an experience rather than one occasion: "I've ever met", "has yet to meet".
NON_OCCASION_ADVERBS: frozenset[str] = frozenset({"ever", "yet"})
# Words that make "occasion" many: "on more than one occasion", "on multiple occasions".
MANY_WORDS: frozenset[str] = frozenset({"more", "several", "many", "multiple", "numerous", "few", "two", "three"})
# Objects of "meet" that are not people ("meet expectations", "met the deadline").
NON_PARTICIPANT_OBJECTS: frozenset[str] = frozenset({
    "expectation", "expectations", "deadline", "goal", "goals", "target", "targets", "requirement",
    "requirements", "standard", "standards", "demand", "demands", "need", "needs", "criteria",
    "criterion", "threshold", "obligation", "obligations", "challenge", "test", "quota", "end",
    "fate", "match", "mind", "minds", "eye", "payroll", "cost", "costs", "condition", "conditions",
    "bar", "level", "levels", "mark", "burden", "definition", "qualification", "qualifications", "press",
})
# Noun modifiers that make a meeting generic or institutional, not one between named people.
GENERIC_MEETING_MODIFIERS: frozenset[str] = frozenset({"town", "hall", "townhall", "board", "staff", "team",
                                                       "cabinet", "shareholder", "annual", "council", "pep",
                                                       "morning", "weekly", "daily", "regular", "caucus",
                                                       "committee", "party", "quarterly", "monthly", "biweekly"})
# Nouns for a group that is a party when a proper name qualifies it ("Patriot Coal's executives",
# "the Texas delegation", "Chinese officials", "the leaders of Brazil and China").
GROUP_NOUNS: frozenset[str] = frozenset({
    "delegation", "delegations", "executives", "officials", "leaders", "leadership", "representatives",
    "negotiators", "envoys", "ministers", "delegates", "management", "heads", "diplomats", "counterparts",
    "government", "governments", "administration", "lawmakers", "senators", "legislators", "members",
    "congressmen", "aides", "advisers", "advisors", "staffers", "strategists", "surrogates", "allies", "caucus"})
# Nouns for a part of a group that stand for the group: "the rest of the Senate Democratic caucus".
PART_NOUNS: frozenset[str] = frozenset({"rest", "remainder", "majority", "bulk"})
# Common-noun qualifiers that leave a group unnamed ("campaign officials"; "union leaders" is named).
VAGUE_GROUP_QUALIFIERS: frozenset[str] = frozenset({
    "campaign", "administration", "party", "government", "staff", "company", "state", "city", "county", "local",
    "top", "senior", "agency", "department", "law", "enforcement", "intelligence", "security", "military",
    "transition", "house", "world", "foreign", "trade", "finance", "health", "school", "family"})
QUANTIFIERS: frozenset[str] = frozenset({"other", "some", "several", "many", "few", "all", "both", "various"})
# Verbs whose subject learns or reports of a meeting rather than attending it.
OBSERVER_VERBS: frozenset[str] = frozenset({
    "learn", "hear", "report", "confirm", "deny", "criticize", "criticise", "describe", "know", "read",
    "see", "cover", "leak", "reveal", "question", "mock", "praise", "condemn", "call", "say", "tell",
    "write", "tweet", "disclose", "announce", "cite", "mention", "recall", "note"})
# Verbs that bring their object into the meeting: "invited X to a meeting", "joined X for talks".
BRING_VERBS: frozenset[str] = frozenset({"invite", "join", "bring", "welcome", "summon", "take", "host",
                                         "receive", "accompany", "send", "dispatch"})
# Bring verbs whose subject does not attend: "sent Eggleston to meet House Democrats".
SEND_VERBS: frozenset[str] = frozenset({"send", "dispatch"})
MOTION_VERBS: frozenset[str] = frozenset({"travel", "fly", "head", "go", "come", "arrive", "visit",
                                          "return", "journey"})
FUTURE_DATE_WORDS: frozenset[str] = frozenset({"next", "coming", "tomorrow", "upcoming"})
SCHEDULE_WORDS: frozenset[str] = frozenset({"scheduled", "planned", "upcoming", "expected", "set", "due",
                                            "next", "proposed", "future", "possible", "potential"})
PLACE_ENTS: frozenset[str] = frozenset({"GPE", "FAC", "LOC"})
PLACE_PREPS: frozenset[str] = frozenset({"in", "at"})
PARTICIPANT_ENTS: frozenset[str] = frozenset({"PERSON", "ORG", "NORP", "GPE"})
HYPOTHETICAL_MODALS: frozenset[str] = frozenset({"might", "could", "may", "should", "must"})
# Heads that make a meeting wished, offered or refused rather than set ("willing to meet Kim").
HYPOTHETICAL_HEADS: frozenset[str] = frozenset({
    "need", "want", "hope", "wish", "refuse", "decline", "try", "seek", "willing", "ready", "open",
    "eager", "offer", "propose", "like", "love", "prepared", "happy", "ask", "request", "demand", "push",
    "urge", "suggest", "consider", "intend", "willingness", "readiness", "desire", "honored", "honoured",
    "delighted", "glad", "pleased", "keen", "interested", "honor", "honour"})
# Prepositions that place a meeting in time; the verb they hang on does not make it hypothetical.
TEMPORAL_PREPS: frozenset[str] = frozenset({"after", "before", "since", "during", "following", "upon", "ahead",
                                            "until", "amid"})
# Head nouns of "the two men met": a pair named before.
PAIR_NOUNS: frozenset[str] = frozenset({"men", "women", "leaders", "presidents", "candidates", "sides", "rivals",
                                        "politicians", "senators"})
# Singular descriptions of a person that point back to someone named before ("the senator met with X").
PERSON_DESCRIPTIONS: frozenset[str] = frozenset({
    "senator", "nominee", "candidate", "governor", "congressman", "congresswoman", "lawmaker", "president",
    "mayor", "secretary", "billionaire", "businessman", "businesswoman", "frontrunner", "front-runner",
    "speaker", "chancellor", "minister", "premier", "leader", "chairman", "chairwoman", "senator-elect",
    "president-elect", "contender", "hopeful", "challenger", "incumbent", "populist", "democrat",
    "republican", "envoy", "ambassador", "diplomat", "politician", "official"})
# Party adjectives the tagger marks as nationalities: "the Democratic nominee" is no foreign leader.
PARTY_ADJECTIVES: frozenset[str] = frozenset({"democratic", "republican", "gop", "libertarian", "green",
                                              "independent", "conservative", "liberal", "progressive"})
DEFINITE_DETS: frozenset[str] = frozenset({"the", "this", "that", "these", "those"})
PRONOUN_PARTIES: frozenset[str] = frozenset({"he", "she", "they", "we", "i", "him", "her", "them", "us",
                                             "his"})
# Verbs whose negation, with the meeting as subject, cancels it ("the meeting did not take place").
HAPPEN_VERBS: frozenset[str] = frozenset({"happen", "take", "occur", "go", "proceed", "materialize"})
# Verbs that set a meeting up: "the meeting was scheduled two weeks ago" (scheduled, not past).
SCHEDULE_VERBS: frozenset[str] = frozenset({"schedule", "plan", "set", "slate"})

# Verbs that undo a planned meeting ("a meeting ... that was canceled", "the summit was scrapped").
CANCEL_VERBS: frozenset[str] = frozenset({"cancel", "scrap", "postpone", "scuttle", "abandon", "nix"})
