"""Noun, outlet and platform lexicons of the channel pass (data only; re-exported by ``channel_patterns``).

Channel nouns and their types (ledger guidelines §B.2 channel_type), the modifiers or positions that
make a vague noun a channel, and the names of social platforms and news outlets.
"""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` as a set (lexicons written as prose)."""
    return frozenset(text.split())


# Channel nouns (lemmas) -> channel_type.
CHANNEL_NOUNS: dict[str, str] = {
    # social
    "tweet": "social_post", "retweet": "social_post", "post": "social_post", "posting": "social_post",
    "twitter": "social_post", "facebook": "social_post", "instagram": "social_post",
    "tiktok": "social_post", "livestream": "social_post", "thread": "social_post",
    # interviews and broadcasts
    "interview": "interview", "appearance": "interview", "television": "interview", "tv": "interview",
    "radio": "interview", "podcast": "interview", "show": "interview", "program": "interview",
    "programme": "interview", "broadcast": "interview", "diatribe": "interview",
    "q&a": "interview", "sit-down": "interview", "segment": "interview", "station": "interview",
    # press
    "reporter": "press_remarks", "gaggle": "press_remarks", "briefing": "press_remarks",
    "presser": "press_remarks", "journalist": "press_remarks",
    # events, speeches, audiences
    "rally": "rally_or_speech", "speech": "rally_or_speech", "address": "rally_or_speech",
    "event": "rally_or_speech", "forum": "rally_or_speech", "conference": "rally_or_speech",
    "convention": "rally_or_speech", "summit": "rally_or_speech", "talks": "rally_or_speech",
    "stop": "rally_or_speech", "gathering": "rally_or_speech", "crowd": "rally_or_speech",
    "audience": "rally_or_speech", "supporter": "rally_or_speech", "group": "rally_or_speech",
    "delegation": "rally_or_speech", "breakfast": "rally_or_speech", "luncheon": "rally_or_speech",
    "dinner": "rally_or_speech", "fundraiser": "rally_or_speech", "meeting": "rally_or_speech",
    "remarks": "rally_or_speech", "sermon": "rally_or_speech", "lecture": "rally_or_speech",
    "talk": "rally_or_speech", "eulogy": "rally_or_speech", "webinar": "rally_or_speech", "protest": "rally_or_speech",
    "vigil": "rally_or_speech", "demonstration": "rally_or_speech", "sentencing": "testimony", "inquest": "testimony",
    "guidance": "written_statement", "submission": "written_statement",
    "commencement": "rally_or_speech", "town hall": "rally_or_speech", "townhall": "rally_or_speech",
    "ceremony": "rally_or_speech", "session": "rally_or_speech", "stump": "rally_or_speech",
    "floor": "rally_or_speech", "trail": "rally_or_speech", "panel": "rally_or_speech", "roundtable": "rally_or_speech",
    "discussion": "rally_or_speech", "gala": "rally_or_speech", "banquet": "rally_or_speech",
    "fair": "rally_or_speech", "festival": "rally_or_speech", "swing": "rally_or_speech",
    # debates
    "debate": "debate",
    # written statements and filings
    "statement": "written_statement", "website": "written_statement", "paper": "written_statement",
    "filing": "written_statement", "complaint": "written_statement", "motion": "written_statement",
    "brief": "written_statement", "ruling": "written_statement",
    "release": "written_statement", "memo": "written_statement", "memorandum": "written_statement",
    "opinion": "written_statement", "order": "written_statement", "decision": "written_statement",
    "blog": "written_statement", "communique": "written_statement",
    "proclamation": "written_statement", "affidavit": "written_statement",
    "petition": "written_statement", "lawsuit": "written_statement", "suit": "written_statement",
    "declaration": "written_statement", "indictment": "written_statement", "pleading": "written_statement",
    "report": "written_statement", "resolution": "written_statement", "platform": "written_statement",
    "readout": "written_statement", "notice": "written_statement", "bulletin": "written_statement",
    "advisory": "written_statement", "directive": "written_statement", "announcement": "written_statement",
    "document": "written_statement", "appeal": "email_or_letter", "plea": "written_statement",
    "sheet": "written_statement",
    # articles
    "column": "article_or_oped", "article": "article_or_oped", "op-ed": "article_or_oped",
    "oped": "article_or_oped", "essay": "article_or_oped", "expose": "article_or_oped",
    "exposé": "article_or_oped", "editorial": "article_or_oped", "book": "article_or_oped",
    "memoir": "article_or_oped", "autobiography": "article_or_oped", "cable": "email_or_letter",
    "newspaper": "interview", "magazine": "interview",  # "Trump said in the newspaper" (a quoted interview)
    "parliament": "rally_or_speech",  # "criticised Trump in the British parliament" (a speech in the chamber)
    "homily": "rally_or_speech",
    "piece": "article_or_oped", "newsletter": "article_or_oped", "teardown": "article_or_oped",
    # letters
    "letter": "email_or_letter", "email": "email_or_letter", "e-mail": "email_or_letter",
    "mail": "email_or_letter", "note": "email_or_letter", "text": "email_or_letter",
    "message": "email_or_letter",
    # testimony
    "hearing": "testimony", "testimony": "testimony", "deposition": "testimony",
    # other
    "ad": "other", "advertisement": "other", "spot": "other", "clip": "other", "video": "other",
    "commercial": "other", "slide": "other", "call": "other", "documentary": "other",
    "teleconference": "other", "videoconference": "other",
    "presentation": "other", "trailer": "other", "slideshow": "other", "recording": "other",
    "robocall": "other", "mailer": "other", "flyer": "other", "phone": "other", "telephone": "other",
    "footage": "other", "billboard": "other", "powerpoint": "other", "voicemail": "other", "webcast": "other",
}

# Documents that are a channel only as the grammatical subject of a verb of saying or as a medium a speaker
# issues ("The SVP counterproposal argued that …", "launched a referendum in Bern, calling for …"); elsewhere
# they are topics ("voted on the referendum").
ISSUED_DOCUMENTS: dict[str, str] = {
    "proposal": "written_statement", "counterproposal": "written_statement", "initiative": "written_statement",
    "referendum": "written_statement", "manifesto": "written_statement", "questionnaire": "written_statement",
    "question": "other",  # "One sweeping question asked whether the candidates would …" (a questionnaire's)
    "document": "written_statement",  # "The document, obtained by Politico, says …"
}

# Last words of a named organisation whose meeting a speaker addresses ("spoke at the Republican Jewish
# Coalition", "told the Economic Club of New York"): rally_or_speech; not venues ("Georgetown University").
GATHERING_WORDS: frozenset[str] = words("club coalition association council society federation alliance league "
                                        "caucus conference convention congress summit forum union chamber assembly")

# Talk with someone: "a discussion with BuzzFeed Editor-in-Chief Ben Smith" (interview), "a testy exchange with
# reporters" (press_remarks); typed by the interlocutor, and no channel with anyone else.
CONVERSATION_NOUNS: frozenset[str] = words("discussion conversation exchange chat")

# Answers typed by who asked: "in response to a question from a reporter" (press_remarks).
ANSWER_NOUNS: frozenset[str] = words("response answer reply")

# Parts of a written or recorded medium that place a statement in it after "in", with the medium as of-object
# or possessor ("in the final paragraph of the letter", "in the video's description"): the medium's type.
MEDIUM_PARTS: frozenset[str] = words("paragraph passage line sentence footnote caption description postscript "
                                     "headline")

# Nouns that are channels only with a modifier: (head lemma, modifier lemma) -> type.
COMPOUND_TYPES: dict[tuple[str, str], str] = {
    ("conference", "press"): "press_remarks", ("conference", "news"): "press_remarks",
    ("briefing", "press"): "press_remarks", ("release", "press"): "written_statement",
    ("call", "phone"): "other", ("call", "conference"): "other", ("interview", "phone"): "interview",
    ("chat", "fireside"): "interview", ("exchange", "email"): "email_or_letter", ("exchange", "e-mail"): "email_or_letter",
    ("message", "facebook"): "social_post", ("post", "facebook"): "social_post",
    ("message", "video"): "other", ("message", "videotaped"): "other", ("message", "recorded"): "other",
    ("message", "taped"): "other", ("statement", "video"): "other", ("statement", "videotaped"): "other", ("address", "state"): "rally_or_speech",
    ("network", "social"): "social_post", ("medium", "social"): "social_post",
    ("broadcast", "rally"): "rally_or_speech", ("broadcast", "speech"): "rally_or_speech",
    ("show", "slide"): "other", ("meeting", "hall"): "rally_or_speech", ("meeting", "town-hall"): "rally_or_speech",
    ("meeting", "town"): "rally_or_speech", ("meeting", "public"): "rally_or_speech",
    ("meeting", "community"): "rally_or_speech", ("meeting", "campaign"): "rally_or_speech",
    # a body's own meeting: "said in a cabinet meeting", "told a staff meeting"
    **{("meeting", body): "rally_or_speech" for body in ("cabinet", "staff", "board", "caucus", "leadership",
                                                         "shareholder", "council", "committee", "team")},
    ("statement", "written"): "written_statement", ("disclosure", "financial"): "written_statement",
    ("blast", "email"): "email_or_letter", ("blast", "e-mail"): "email_or_letter", ("campaign", "ad"): "other",
    ("form", "disclosure"): "written_statement", ("agreement", "plea"): "written_statement", ("scrum", "media"): "press_remarks", ("scrum", "press"): "press_remarks", ("deal", "plea"): "written_statement",
    ("report", "disclosure"): "written_statement",
    ("platform", "party"): "written_statement",
    ("response", "email"): "email_or_letter", ("response", "e-mail"): "email_or_letter",
    ("response", "written"): "written_statement", ("post", "blog"): "written_statement",
    ("file", "court"): "written_statement",
}

# Nouns too vague to be a channel on their own; they count only with one of these modifiers.
NEEDS_MODIFIER: dict[str, frozenset[str]] = {
    "stop": frozenset({"campaign", "whistle"}),
    "swing": frozenset({"campaign"}),  # "During a campaign swing through Ohio"; not "a swing state"
    "paper": frozenset({"policy", "white", "legal", "court", "position"}),
    "group": frozenset(),  # only as an addressee ("told the group")
    "supporter": frozenset(),
    "session": frozenset({"question", "q&a", "listening", "closed", "question-and-answer", "opening", "plenary",
                          "closing"}),
    "order": frozenset({"court", "executive"}),
    "decision": frozenset({"court", "written"}),
    "program": frozenset({"radio", "television", "tv"}),
    "show": frozenset({"radio", "television", "tv", "talk", "morning"}),
    "call": frozenset({"phone", "conference", "fundraising", "fund-raising"}),
    "note": frozenset({"handwritten", "hand-written", "research"}),
    "document": frozenset({"court", "legal", "filed"}),  # "in court documents filed Friday"; "The document says"
    "appeal": frozenset({"fundraising", "fund-raising", "email", "e-mail", "written"}),  # not "an appeal to unity"
    "text": frozenset({"message"}),
    "piece": frozenset({"opinion", "op-ed"}),
    "opinion": frozenset({"court", "written", "majority", "dissenting"}),
    "thread": frozenset({"twitter"}),
    "message": frozenset({"facebook", "video", "text", "email", "instagram", "telegram", "written", "videotaped",
                          "recorded", "taped", "radio"}),
    "address": frozenset({"state", "farewell", "inaugural", "union", "keynote", "commencement",
                          "weekly", "radio", "televised", "national"}),
    "talks": frozenset({"climate", "peace", "trade"}),
    "suit": frozenset({"civil", "federal", "class-action", "lawsuit", "defamation", "libel", "antitrust"}),
    "platform": frozenset({"party", "republican", "democratic", "gop"}),
    "resolution": frozenset({"un", "senate", "house", "council"}),
    "motion": frozenset(),  # with a determiner only ("filed a motion"; not "in constant motion")
    "floor": frozenset({"senate", "house", "chamber", "convention"}),  # "said on the Senate floor"
    "stump": frozenset(),  # "said on the stump" (DETERMINED_OK), not "a tree stump"
    "trail": frozenset({"campaign"}),  # "said on the campaign trail" (campaign events), not "a paper trail"
    "discussion": frozenset({"panel", "roundtable", "round-table", "moderated"}),  # not "in discussions"
    "station": frozenset({"radio", "television", "tv"}),  # "said on a Kansas City radio station"
    "sheet": frozenset({"fact"}),  # "according to a fact sheet lawmakers released"; not "a balance sheet"
}

# Channel nouns that count only in a phrase on the cue itself, not one borrowed from a neighbouring clause.
DIRECT_ONLY_NOUNS: frozenset[str] = words("trail")

# Nouns that are a channel after "in"/"on" or as a subject although NEEDS_MODIFIER holds them back
# elsewhere: "said on the show", "what she said in the piece", "the suit claims".
DETERMINED_OK: dict[str, frozenset[str]] = {
    "show": frozenset({"on"}), "piece": frozenset({"in"}), "suit": frozenset({"in", "nsubj"}),
    "call": frozenset({"during", "on", "in"}), "order": frozenset({"nsubj"}), "decision": frozenset({"nsubj"}),
    "opinion": frozenset({"nsubj"}), "address": frozenset({"in", "during"}),
    "motion": frozenset({"in", "nsubj", "dobj"}), "stump": frozenset({"on"}), "message": frozenset({"nsubj", "in"}),
}

# Held-back nouns that are a channel after one of these prepositions with a possessive only: "In his order,
# the judge noted …" (not "in order to", "in the order they arrived").
POSSESSED_OK: dict[str, frozenset[str]] = {"order": frozenset({"in"})}

# Remarks whose "to"-addressee decides the type ("in remarks to reporters", "in comments to The Associated
# Press"); "comment" is a channel only with such an addressee.
ADDRESSED_REMARK_NOUNS: frozenset[str] = words("remarks comment")

# Heads of a named programme ("on The Laura Ingraham Show"): a channel without NEEDS_MODIFIER's modifiers.
NAMED_SHOW_HEADS: frozenset[str] = words("show program programme hour")

# Social platforms (lower-case surface forms) -> canonical channel name.
PLATFORMS: dict[str, str] = {
    "twitter": "Twitter", "x": "X", "facebook": "Facebook", "instagram": "Instagram",
    "truth social": "Truth Social", "telegram": "Telegram", "tiktok": "TikTok", "youtube": "YouTube",
    "threads": "Threads", "bluesky": "Bluesky", "weibo": "Weibo", "linkedin": "LinkedIn",
    "snapchat": "Snapchat", "reddit": "Reddit", "gettr": "Gettr", "parler": "Parler",
    "gab": "Gab", "rumble": "Rumble", "substack": "Substack", "whatsapp": "WhatsApp",
    "vk": "VK", "mastodon": "Mastodon",
}

# News outlets and broadcasters often named as the addressee or venue of a statement.
OUTLETS: frozenset[str] = words("""
cnn msnbc nbc abc cbs fox pbs npr bbc c-span cnbc bloomberg reuters politico axios rt
newsmax telemundo univision sky itv al-jazeera yahoo buzzfeed vox slate salon newsweek theblaze afp
wired variety techcrunch engadget gizmodo mashable cnet tmz espn forbes huffpost xinhua tass kyodo yonhap
nikkei cbc abc7 politifact vanityfair
""")

# US broadcast call letters ("told WEEI", "told WKOW-TV"): K or W and two or three capitals.
CALL_LETTERS: str = r"[KW][A-Z]{2,3}(?:-(?:TV|FM|AM))?"
CALL_LETTER_EXCEPTIONS: frozenset[str] = words("WHO WTO WWE WWF WMD WWII KKK KGB WSJ KFC")
OUTLET_PHRASES: tuple[str, ...] = (
    "associated press", "new york times", "washington post", "wall street journal", "huffington post",
    "fox news", "nbc news", "abc news", "cbs news", "usa today", "los angeles times", "the atlantic",
    "the new yorker", "the guardian", "financial times", "the times", "the economist", "breitbart",
    "daily beast", "the hill", "face the nation", "meet the press", "state of the union", "60 minutes",
    "morning joe", "this week", "fox & friends", "fox and friends", "the view", "sunday morning futures",
    "daily caller", "the intercept", "mother jones", "national review", "weekly standard", "vice news",
    "people magazine", "time magazine", "al jazeera",
    # general news beyond US politics
    "the verge", "rolling stone", "hollywood reporter", "business insider", "sky news", "the independent",
    "the telegraph", "daily mail", "new york post", "chicago tribune", "boston globe", "der spiegel", "le monde",
    "france 24", "deutsche welle", "the wrap", "page six", "entertainment tonight", "good morning america",
    "cbs this morning", "the tonight show", "the late show", "bbc radio", "vanity fair", "teen vogue",
    "south china morning post", "the globe and mail", "sydney morning herald", "times of india",
)
