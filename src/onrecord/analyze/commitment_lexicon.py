"""Word lists of the commitments pass for forms met on unseen news (read through
``commitment_patterns``): object-control verbs, party adjectives as groups, speech nouns, factive
verbs, mandatives without "that", arrivals with an outcome, the holder's own work, adjunct clause
openers and judicial holders.
"""

from __future__ import annotations

# Verbs whose object is made to act by an infinitive ("drove thousands of Armenians to demand a
# referendum", "prompted members to call for"): the object, not the subject, holds the commitment.
# Not "called Yahoo News to ask readers to ...", "used the question to demand": a purpose clause.
OBJECT_CONTROL_VERBS: frozenset[str] = frozenset({
    "drive", "lead", "prompt", "spur", "push", "force", "compel", "cause", "inspire", "move", "get",
    "provoke", "motivate", "galvanize", "galvanise", "persuade", "convince", "embolden", "trigger",
})
# A party or national adjective holding a nominal trigger ("Democratic calls for her to bow out")
# names the group by its plural noun.
ADJECTIVE_GROUPS: dict[str, str] = {
    "democratic": "Democrats", "republican": "Republicans", "gop": "Republicans", "conservative":
    "conservatives", "liberal": "liberals", "progressive": "progressives", "libertarian": "Libertarians",
}
# Nouns of speech whose that-clause reports the holder's words ("consistent reminders that he will
# do what it takes", "assurances that they would vote"): a future clause under them is a commitment.
SPEECH_NOUNS: frozenset[str] = frozenset({
    "assurance", "reminder", "announcement", "statement", "declaration", "insistence", "message",
    "pronouncement",
})
# A factive verb whose knower is someone else: the speaker's own clause under it is asserted ("they
# know that not only will I stand up ...", "you know I will fight for you").
FACTIVE_VERBS: frozenset[str] = frozenset({"know", "understand", "realize", "realise"})
# Verbs that take a bare-infinitive clause after their object, the mandative without "that"
# ("used the question to demand wealthy Americans pay their fair share").
MANDATIVE_VERBS: frozenset[str] = frozenset({"demand", "insist", "require", "request", "ask", "propose", "recommend"})
# Verbs of arriving that, with an outcome "with" phrase, forecast a result ("come back with the most votes").
ARRIVAL_VERBS: frozenset[str] = frozenset({"come", "go", "arrive", "head", "walk", "leave", "finish", "end",
                                           "march", "emerge"})
# What a holder produces: "his future writings would take a closer look", "her ads will stop".
OWN_WORK_NOUNS: frozenset[str] = frozenset({
    "writing", "writings", "book", "column", "coverage", "show", "program", "programme", "ad", "speech",
    "report", "reporting", "newspaper", "network", "website", "budget", "bill", "legislation",
})
# First words of adverbial clauses that give a purpose or a reason, not the act ("to make sure ...",
# "so Mr. Clarke could start", "because he'd want to keep ...").
ADJUNCT_CLAUSE_OPENERS: frozenset[str] = frozenset({"to", "so", "in", "as", "because", "since"})
# Holders whose "order" is a ruling, not a call made on someone ("a federal judge ordered the city to").
JUDICIAL_HOLDERS: frozenset[str] = frozenset({"judge", "court", "justice", "justices", "magistrate", "jury",
                                              "panel", "tribunal"})
# Verbs that praise or blame someone "for"/"of" an act ("criticized Trump for calling on Russia to"):
# the act, and any commitment in it, is the object's, not the judge's.
JUDGING_VERBS: frozenset[str] = frozenset({
    "praise", "thank", "credit", "commend", "applaud", "hail", "laud", "congratulate", "criticize",
    "criticise", "blame", "fault", "attack", "slam", "blast", "chide", "rebuke", "condemn", "accuse", "charge",
    "scold", "mock", "ridicule", "denounce", "knock", "lambaste", "berate", "castigate", "chastise",
})
# Judging verbs whose act is only alleged ("accused Clinton of promising to raise taxes").
ALLEGING_VERBS: frozenset[str] = frozenset({"accuse", "charge", "suspect"})
# Demand verbs whose passive with an agent and an infinitive is still the agent's demand ("was told by X to").
PASSIVE_DEMAND_VERBS: frozenset[str] = frozenset({"tell", "ask", "urge", "order", "instruct", "direct",
                                                  "press", "pressure", "encourage", "implore", "beg"})
# Passive verbs of prosecution whose subject did what the gerund says ("was charged with threatening to
# kill ...", "arrested for threatening to ..."): a court's or police's record, not a rival's allegation.
PROSECUTION_VERBS: frozenset[str] = frozenset({"charge", "arrest", "convict", "indict", "sentence", "jail",
                                               "detain", "prosecute"})
# Speech verbs that are an act when they carry an addressee and an infinitive: "he will tell the bigots
# to shut up", "I'll ask Congress to act" (unlike "I'll tell you something").
DIRECTIVE_SPEECH_VERBS: frozenset[str] = frozenset({"tell", "ask"})
# Common nouns for a person ("a man who said he'd never run a negative ad"): the speaker is the one the
# pronoun of the reported clause resolves to.
PERSON_COMMON_NOUNS: frozenset[str] = frozenset({"man", "woman", "guy", "gentleman", "lady"})
# Verbs whose with-phrase holds someone else's promise ("dealing with promises", "was met with
# demands"), not the subject's own.
WITH_NOMINAL_NON_ACTS: frozenset[str] = frozenset({
    "deal", "meet", "grapple", "struggle", "contend", "cope", "agree", "disagree", "compare", "confront",
    "greet", "flood", "bombard", "face", "respond", "comply", "break", "keep", "follow", "side",
})
# Demand verbs that also describe a circumstance's force ("the scandal pushed him to resign") or an
# effort ("leaders are pushing to make the deal binding"): the holder must be a named actor, a pronoun
# or a holder noun, and the pressed party an object.
FORCE_DEMAND_VERBS: frozenset[str] = frozenset({"push", "pressure", "press", "drive", "force"})
# Verbs of necessity that make a demand like "should" when put on a named other party in the holder's
# statement ("said Mexico has to pay for the wall").
NECESSITY_VERBS: frozenset[str] = frozenset({"have", "need"})
# Verbs after "has to" that make a challenge an analyst sees, not an act demanded ("the mayor has to
# contend with the suggestion", "she has to show she is ready", "has to win over voters").
NECESSITY_NON_ACTS: frozenset[str] = frozenset({
    "contend", "deal", "cope", "grapple", "live", "face", "struggle", "wait", "worry", "navigate", "thread",
    "walk", "overcome", "win", "prove", "show", "convince", "persuade", "demonstrate", "earn", "balance",
    "compete", "hope", "assume", "figure", "wonder", "learn", "choose", "decide", "weigh", "maintain",
    "keep", "hold", "retain", "stay", "remain", "do", "come", "unite", "rally", "get",
})
# Names of the speaker's own nation in news prose: "the U.S. needs to secure the border" is a national
# necessity (like "we have to"), not a demand on another party.
OWN_NATION_NAMES: frozenset[str] = frozenset({"u.s.", "us", "america", "united", "states", "usa", "country",
                                              "nation"})
