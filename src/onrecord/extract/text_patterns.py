"""Patterns and lexicons for the plain-text scrape cleaner (``extract.text``), kept as data.

Every pattern here is generic news-page chrome (calls to action, navigation, share bars, credits),
not anything about a particular site.
"""

from __future__ import annotations

import re

# --- Markdown syntax stripped from each line (the words are kept) -------------------------------
MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
MD_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()\s]|\([^)]*\))*(?:\s+\"[^\"]*\")?\)")
MD_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
MD_LINK_DEF = re.compile(r"^\s*\[[^\]]+\]:\s+\S+")
MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+|\s+#+\s*$")
MD_SETEXT_RULE = re.compile(r"^\s*(?:=+|-+|_+|\*+)\s*$")
MD_QUOTE = re.compile(r"^\s*(?:>\s?)+")
MD_BULLET = re.compile(r"^\s*(?:[-*+•·▪►]|\d{1,3}[.)])\s+")
MD_EMPHASIS = re.compile(r"(\*\*|__|\*|`)(?=\S)(.+?)(?<=\S)\1")
MD_HTML_TAG = re.compile(r"</?[a-zA-Z][^>]*>")

# --- Line classes --------------------------------------------------------------------------------
# Calls to action, navigation, share bars, ads, footers: matched anywhere in a short line.
BOILERPLATE = re.compile(
    r"\b(?:sign[ -]?up|sign[ -]?in|log[ -]?in|subscribe|subscription|subscriber|newsletters?|"
    r"donat(?:e|ion|ions)|support (?:our|independent) journalism|advertisement|advert|sponsored|"
    r"click here|read more|read next|read these next|see also|related (?:articles?|stories|links|"
    r"coverage|content)|recommended|we recommend|most (?:popular|read|viewed|shared)|trending|"
    r"latest (?:news|stories|videos?)|share (?:this|on)|follow us|copyright|all rights reserved|"
    r"privacy policy|terms of (?:use|service)|cookie|payment methods|back to top|skip to|"
    r"you might also like|more from|watch (?:now|live)|download (?:the|our) app|inbox|"
    r"get (?:the|our) [\w-]+ (?:newsletter|app|magazine)|comments?|tweet|whatsapp|linkedin|"
    r"facebook|twitter|instagram|pinterest|youtube|email this|print this|copied)\b",
    re.IGNORECASE,
)
# A strong call to action (imperative pitch): dropped from the body whatever its length.
CALL_TO_ACTION = re.compile(
    r"\b(?:sign up for|subscribe (?:to|now|today)|support (?:our|independent) journalism|"
    r"please (?:help|support|consider)|make a (?:tax-deductible )?donation|donate (?:now|today)|"
    r"delivered (?:directly )?to your inbox|get our (?:free )?newsletter|click here to|"
    r"before you click away|become a (?:member|subscriber|patron)|turn off (?:your )?ad ?blocker)",
    re.IGNORECASE,
)
# Photo captions' credit lines.
CREDIT = re.compile(
    r"(?:^(?:photo(?:graph)?s?|image|picture|credit|illustration|video|source|file photo)\b\s*"
    r"(?:credit|copyright)?\s*[:|/©]|©|\(c\)|getty images|\bap photo\b|/ ?(?:ap|afp|reuters|getty|"
    r"shutterstock|epa|bloomberg|ap images)\b|\b(?:reuters|afp|shutterstock|istock|alamy|"
    r"epa-efe)\b|\bvia getty\b|\bfor the [A-Z][\w ]+$|\bsubmitted photo\b|^\(?image credit)",
    re.IGNORECASE,
)
BYLINE = re.compile(r"^(?:by|von|par|por|door|di)\b[\s:]+\S|^written by\b|^posted by\b", re.IGNORECASE)
DATE_LINE = re.compile(
    r"^(?:(?:updated|published|posted|last updated|modified)\s*:?\s*)?"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    r"(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}"
    r"|^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|\b\d{1,2}:\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?\s*(?:et|gmt|utc|"
    r"est|edt|pst|pdt|bst|cet)?\s*$|\b\d+\s+(?:minutes?|hours?|days?)\s+ago\b",
    re.IGNORECASE,
)
URL_LIKE = re.compile(r"https?://|www\.|\S+@\S+\.\w+|(?:^|\s)@\w+|\.(?:com|org|net|co\.uk)\b",
                      re.IGNORECASE)
SENTENCE_END = re.compile(r"[.!?…。][\"'”’»)\]]*\s*$|[:;]\s*$")
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
WORD = re.compile(r"\w+(?:['’]\w+)?", re.UNICODE)
TITLE_SITE_SUFFIX = re.compile(r"\s+[|\-–—:·•]\s+[^|\-–—:·•]{2,40}$")

# A short English stoplist: stopword density is the best single cue for running prose.
_STOPWORD_TEXT = """a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from further
    had has have having he her here hers herself him himself his how i if in into is it its itself
    just me more most my no nor not now of off on once only or other our ours out over own said same
    she should so some such than that the their theirs them then there these they this those through
    to too under until up very was we were what when where which while who whom why will with would
    you your yours told says say according but yet still however"""
STOPWORDS: frozenset[str] = frozenset(_STOPWORD_TEXT.split())

# --- Page structure ------------------------------------------------------------------------------
# A short line that closes the article: what follows is related links, comments or the footer.
END_MARKER = re.compile(
    r"^(?:\d+\s+)?(?:comments?|responses?|replies|leave a (?:reply|comment)|post a comment|"
    r"add (?:a )?comment|join the (?:conversation|discussion)|related(?: articles| posts| stories| "
    r"news| content| coverage| reading)?|you (?:may|might) (?:also )?like|more (?:stories|from|"
    r"news|on|in)\b.*|recommended(?: for you| stories)?|read (?:more|next|also)|see also|"
    r"most (?:popular|read|viewed)|tags?|filed under|share this(?: article| story| post)?|"
    r"about the author|popular (?:posts|stories)|trending(?: now)?|latest (?:news|stories|posts)|"
    r"don'?t miss|further reading|previous (?:post|article)|next (?:post|article))\s*:?$",
    re.IGNORECASE,
)
# A reader comment's header: "Jane on May 2, 2019 at 4:47 pm said:", "Reply", "Report abuse".
COMMENT_HEADER = re.compile(
    r"\b(?:said|says|wrote|writes|commented)\s*:\s*$|^(?:reply|report(?: abuse)?|"
    r"(?:\d+\s+)?likes?|flag|permalink)$|\bat \d{1,2}:\d{2}\s*(?:am|pm)\b.*:\s*$",
    re.IGNORECASE,
)

# --- Header metadata (``extract.text_meta``) -----------------------------------------------------
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
# A full calendar date written out: "May 20, 2025", "20 May 2025", "2025-05-20", "20/05/2025".
FULL_DATE = re.compile(
    rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+"
    rf"(?:of\s+)?{_MONTH},?\s+\d{{4}}\b|\b\d{{4}}-\d{{2}}-\d{{2}}\b|\b\d{{1,2}}[/.]\d{{1,2}}[/.]"
    r"\d{4}\b",
    re.IGNORECASE,
)
# A date line's label saying the date is a revision, not the publication.
UPDATED_LABEL = re.compile(r"\b(?:updated|modified|last (?:updated|modified)|revised|edited)\b",
                           re.IGNORECASE)
PUBLISHED_LABEL = re.compile(r"\b(?:published|posted|first published|released)\b", re.IGNORECASE)
# A line opening with a full date and a dash: "May 20, 2025 — ...".
DATE_LED = re.compile(rf"^\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:{FULL_DATE.pattern})"
                      r"\s*(?:[—–|·•]|-\s)", re.IGNORECASE)
# A lede opening with its own dateline: "PORT HALDEN — ...", "WASHINGTON, D.C. - ...".
DATELINE_LED = re.compile(r"^[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][\w.' -]{0,30})?\s+[—–-]\s")
# Where a byline's names stop: a date, a time, a separator.
BYLINE_STOP = re.compile(rf"\s+[|—–·•]\s+|\s+-\s+|\bupdated\b|\bpublished\b|\bposted\b|"
                         rf"\bon\s+{_MONTH}|{FULL_DATE.pattern}|\b\d{{1,2}}:\d{{2}}", re.IGNORECASE)
BYLINE_PREFIX = re.compile(r"^(?:written by|posted by|words by|by|von|par|por|door|di)\s*:?\s*",
                           re.IGNORECASE)
NAME_SPLIT = re.compile(r"\s*,\s*|\s+(?:and|und|et|e|y|&)\s+", re.IGNORECASE)
# Byline parts that are an organisation or a role, not a person.
NOT_A_PERSON = re.compile(
    r"^(?:the\s+)?(?:associated press|ap|afp|reuters|bloomberg|upi|dpa|efe|ansa|press association|"
    r"pa|cnn|bbc|staff|staff writers?|staff reports?|editorial (?:board|staff)|news desk|"
    r"contributors?|correspondents?|editors?|reporters?|wire services?|agencies|the editors)\b",
    re.IGNORECASE,
)
MASTHEAD_PARENTHETICAL = re.compile(r"\s*[(\[][^)\]]*[)\]]\s*$")
