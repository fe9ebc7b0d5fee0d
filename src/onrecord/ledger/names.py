"""Person names: normalising titles away and deciding whether two spellings name the same person.

Pure functions, no database: ``parse_name`` splits a surface form into first name and surname
(dropping titles, honorifics, nationality/office words, middle initials and suffixes);
``same_person`` compares two parsed names (surname equal or a transliteration variant, first names
compatible). ``is_person_name`` rejects honest unresolved speakers ("a source", "officials", "he").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Words that precede or decorate a name without being part of it (compared case-folded, "." removed).
TITLE_WORDS: frozenset[str] = frozenset({
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
    "president", "vice", "prime", "minister", "chancellor", "premier", "secretary", "general", "gen",
    "senator", "sen", "representative", "rep", "congressman", "congresswoman", "governor", "gov",
    "mayor", "councillor", "councilor", "councilwoman", "councilman", "council", "member", "speaker",
    "leader", "majority", "minority", "judge", "justice", "chief", "attorney", "former", "ex",
    "acting", "deputy", "foreign", "defense", "defence", "interior", "finance", "state", "commissioner",
    "ambassador", "king", "queen", "prince", "princess", "pope", "saint", "st", "rev", "reverend",
    "father", "sheikh", "col", "colonel", "capt", "captain", "lt", "sgt", "admiral", "adm", "the",
    "us", "u.s", "president-elect", "candidate", "nominee", "director", "spokesman", "spokeswoman",
    "spokesperson", "chair", "chairman", "chairwoman", "ceo", "founder", "city",
})
HONORIFIC_GENDER: dict[str, str] = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "dame": "f",
                                    "lord": "m", "lady": "f", "king": "m", "queen": "f", "prince": "m",
                                    "princess": "f", "congressman": "m", "congresswoman": "f",
                                    "spokesman": "m", "spokeswoman": "f", "chairman": "m", "chairwoman": "f"}
# Collective sources: plural groups and parties are not persons ("Republicans", "House Democrats").
GROUP_HEADS: frozenset[str] = frozenset({
    "republicans", "democrats", "americans", "conservatives", "liberals", "progressives", "independents",
    "evangelicals", "catholics", "christians", "muslims", "jews", "israelis", "palestinians", "russians",
    "ukrainians", "europeans", "britons", "chinese", "mexicans", "latinos", "voters", "lawmakers",
    "senators", "leaders", "members", "supporters", "delegates", "donors", "democrats'", "republicans'",
    "gop", "nato", "congress", "senate", "house", "administration", "government", "campaign", "committee",
    "police", "department", "ministry", "office", "agency", "court", "party", "council", "union",
})
# Demonyms and similar adjectives before a title ("Ukrainian President ...").
DEMONYM_SUFFIXES: tuple[str, ...] = ("ian", "ese", "ish", "ean", "ic", "an", "i")
NAME_SUFFIXES: frozenset[str] = frozenset({"jr", "sr", "ii", "iii", "iv", "phd", "md", "esq"})
# Speakers that are honest descriptions, not persons (compared on the case-folded head word).
NON_PERSON_HEADS: frozenset[str] = frozenset({
    "source", "sources", "official", "officials", "spokesperson", "spokesman", "spokeswoman",
    "aide", "aides", "analyst", "analysts", "expert", "experts", "critic", "critics", "people",
    "person", "witness", "witnesses", "resident", "residents", "observer", "observers", "someone",
    "diplomat", "diplomats", "insider", "insiders", "he", "she", "they", "i", "we", "you", "it",
    "him", "her", "them", "who", "one", "others", "many", "some", "reporters", "statement",
})
LEADING_DETERMINERS: frozenset[str] = frozenset({"a", "an", "some", "several", "two", "three", "one",
                                                 "many", "other", "senior", "unnamed", "anonymous"})
# Common short/long first-name pairs (both directions are checked).
NICKNAMES: dict[str, str] = {
    "bill": "william", "will": "william", "liz": "elizabeth", "beth": "elizabeth", "bob": "robert",
    "rob": "robert", "joe": "joseph", "jim": "james", "jimmy": "james", "mike": "michael",
    "chris": "christopher", "dan": "daniel", "dave": "david", "tom": "thomas", "tony": "anthony",
    "ted": "edward", "ed": "edward", "nick": "nicholas", "alex": "alexander", "kate": "katherine",
    "pete": "peter", "andy": "andrew", "steve": "steven", "sam": "samuel", "ben": "benjamin",
    "don": "donald", "hillary": "hillary", "chuck": "charles", "dick": "richard", "rick": "richard",
    "jon": "jonathan", "matt": "matthew", "greg": "gregory", "jeff": "jeffrey", "ron": "ronald",
}
# Transliteration spellings folded together before comparing surnames.
TRANSLIT_RULES: tuple[tuple[str, str], ...] = (
    ("yy", "y"), ("iy", "y"), ("ij", "y"), ("ii", "y"), ("y", "i"), ("kh", "h"), ("ph", "f"),
    ("ck", "k"), ("ou", "u"), ("w", "v"), ("ts", "c"), ("tz", "c"), ("j", "y"),
)

# A relative clause or apposition glued to a speaker ("Ingrid Sorenson, who in March vowed ...").
_CLAUSE_CUT = re.compile(r",|\s+(?:who|whose|which|that)\s+|\s+[-–—]\s+|\(")
LONG_FIRST_NAME = 7
_TOKEN = re.compile(r"[^\W\d_][\w'’.-]*", re.U)


@dataclass(frozen=True)
class ParsedName:
    """A name reduced to what identity depends on. ``first`` is '' when only a surname is known."""

    surface: str
    first: str
    last: str
    display: str = ""  # the name as written, titles dropped ("Volodymyr Zelenskyy")
    honorific: str = ""  # "m" for Mr., "f" for Mrs./Ms./Miss, else ""

    @property
    def full(self) -> bool:
        return bool(self.first) and len(self.first) > 1


def fold(s: str) -> str:
    """Lower-case, accents removed, curly apostrophes straightened, whitespace collapsed."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).replace("’", "'")
    return " ".join(s.casefold().split())


def _is_title(tok: str) -> bool:
    t = tok.strip(".").casefold()
    return t in TITLE_WORDS


def _is_demonym(tok: str) -> bool:
    return tok[:1].isupper() and tok.casefold().endswith(DEMONYM_SUFFIXES) and len(tok) > 4


def is_person_name(name: str | None) -> bool:
    """False for honest unresolved speakers ("a source", "officials", "he"), descriptions whose head is
    lower case ("the ferry operators' association"), all-caps datelines and empty names."""
    if not name or not name.strip():
        return False
    name = _CLAUSE_CUT.split(name.strip(), maxsplit=1)[0].strip()
    words = fold(name).replace(".", "").split()
    if not words or words[0] in LEADING_DETERMINERS or words[-1] in NON_PERSON_HEADS | GROUP_HEADS:
        return False
    if " and " in f" {name} " or "&" in name or any(ch.isdigit() for ch in name):
        return False  # several sources, or a count ("36 percent of Democrats")
    raw = name.split()
    if not raw or not raw[-1][:1].isupper():
        return False
    return not (len(raw) > 1 and name.upper() == name and any(ch.isalpha() for ch in name))


def parse_name(surface: str) -> ParsedName:
    """First name and surname of a surface form: "Ukrainian President Volodymyr Zelenskyy" ->
    (volodymyr, zelenskyy); "Donald J. Trump" -> (donald, trump); "Mr. Trump" -> ('', trump)."""
    text = _CLAUSE_CUT.split(surface.strip(), maxsplit=1)[0]
    text = re.sub(r"['’]s$", "", text)
    tokens = [t for t in _TOKEN.findall(text)]
    while tokens and fold(tokens[-1]).strip(".").replace(".", "") in NAME_SUFFIXES:
        tokens.pop()
    honorific = ""
    # Drop titles and demonyms before the name; keep the rest.
    while len(tokens) > 1 and (_is_title(tokens[0]) or _is_demonym(tokens[0]) or tokens[0].islower()):
        honorific = honorific or HONORIFIC_GENDER.get(tokens[0].strip(".").casefold(), "")
        tokens.pop(0)
    if len(tokens) == 1 and _is_title(tokens[0]) and len(surface.split()) > 1:
        tokens = []
    if not tokens:
        return ParsedName(surface, "", fold(surface), surface.strip())
    last = fold(tokens[-1]).strip(".")
    first = ""
    if len(tokens) > 1:
        first = fold(tokens[0]).strip(".")
    return ParsedName(surface, first, last, " ".join(tokens), honorific)


def translit_key(word: str) -> str:
    """A spelling key that folds common transliteration variants (Zelenskyy/Zelensky/Zelenskiy)."""
    w = fold(word).replace("-", "").replace("'", "")
    for a, b in TRANSLIT_RULES:
        w = w.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", w)


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Levenshtein distance, stopping early once every row exceeds ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


def surnames_match(a: str, b: str) -> bool:
    """Equal, same transliteration key, or one edit apart when both are long (>= 6 letters)."""
    if a == b:
        return True
    ka, kb = translit_key(a), translit_key(b)
    if ka == kb:
        return True
    return min(len(ka), len(kb)) >= 6 and edit_distance(ka, kb, 1) <= 1


def first_names_compatible(a: str, b: str) -> bool:
    """Missing, equal, an initial of the other, a known nickname, or a transliteration variant."""
    if not a or not b or a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    if NICKNAMES.get(a, a) == NICKNAMES.get(b, b):
        return True
    ka, kb = translit_key(a), translit_key(b)
    # Long first names one edit apart are transliterations (Mohammed/Mohammad, Muammar/Moammar).
    return ka == kb or (min(len(a), len(b)) >= LONG_FIRST_NAME and edit_distance(ka, kb, 1) <= 1)


def same_person(a: ParsedName, b: ParsedName) -> bool:
    """True when the two names can denote one person (surnames match, first names compatible)."""
    if a.honorific and b.honorific and a.honorific != b.honorific:
        return False
    return surnames_match(a.last, b.last) and first_names_compatible(a.first, b.first)
