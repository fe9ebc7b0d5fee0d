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
