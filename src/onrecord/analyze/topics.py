"""Topics per article: each statement and commitment gets the key noun of its content.

Candidates are the content's noun lemmas (and two-word noun compounds); a seed lexicon
(``topic_lexicon.json``) folds synonyms into one key ("truce", "cease-fire" -> ceasefire) and a
stoplist drops nouns too generic to be a topic. A candidate scores by how often it occurs in the
content, times how central it is to the whole article, with seed topics weighted up; the best one
is the topic. Nouns outside the lexicon become topics too, so unseen issues still group.

``text_topics`` is the parse-free variant (regex tokens, naive singular) used across articles.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from functools import lru_cache
from importlib import resources
from typing import Any

SEED_WEIGHT = 2.0  # a seed-lexicon topic counts this much more than a plain noun
MIN_NOUN_LEN = 3
_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")


@lru_cache(maxsize=1)
def lexicon() -> tuple[dict[str, str], frozenset[str]]:
    """(term -> topic key, stoplist) from the packaged ``topic_lexicon.json``."""
    data = json.loads((resources.files("onrecord.analyze") / "topic_lexicon.json").read_text("utf-8"))
    terms = {key: key for key in data["topics"]}
    for key, words in data["topics"].items():
        for w in words:
            terms[w.lower()] = key
    return terms, frozenset(w.lower() for w in data["stoplist"])


def singular(word: str) -> str:
    """A naive English singular for parse-free matching ("taxes" -> "tax", "tariffs" -> "tariff")."""
    w = word.lower()
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if w.endswith(("sses", "xes", "ches", "shes")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def _candidates(lemmas: list[str]) -> list[str]:
    """Topic keys in a run of lower-case lemmas: lexicon bigrams first, then single lemmas."""
    terms, stop = lexicon()
    out: list[str] = []
    i = 0
    while i < len(lemmas):
        pair = f"{lemmas[i]} {lemmas[i + 1]}" if i + 1 < len(lemmas) else ""
        if pair in terms:
            out.append(terms[pair])
            i += 2
            continue
        w = lemmas[i]
        if w in terms:
            out.append(terms[w])
        elif w not in stop and len(w) >= MIN_NOUN_LEN and w.isalpha():
            out.append(w)
        i += 1
    return out


def text_topics(text: str) -> Counter[str]:
    """Seed-lexicon topics named in plain text, with counts (no parse; used across articles)."""
    terms, _ = lexicon()
    words = [singular(w) for w in _WORD.findall(text)]
    found: Counter[str] = Counter()
    i = 0
    while i < len(words):
        pair = f"{words[i]} {words[i + 1]}" if i + 1 < len(words) else ""
        if pair in terms:
            found[terms[pair]] += 1
            i += 2
            continue
        if words[i] in terms:
            found[terms[words[i]]] += 1
        i += 1
    return found


def topic_terms(topic: str) -> frozenset[str]:
    """Every lexicon term that stands for ``topic`` (the key itself when it is not a seed topic)."""
    terms, _ = lexicon()
    return frozenset({topic, *(t for t, k in terms.items() if k == topic)})


def _noun_lemmas(tokens: Any) -> list[list[str]]:
    """Runs of adjacent noun lemmas (lower case) in a token sequence: compounds stay together."""
    terms, _ = lexicon()
    runs: list[list[str]] = [[]]
    for t in tokens:
        lemma = t.lemma_.lower()
        plain = singular(t.text)
        if plain in terms and lemma not in terms:  # the lemmatizer's slips ("taxes" -> "taxis")
            lemma = plain
        if t.pos_ == "NOUN" or (t.pos_ in ("PROPN", "ADJ", "VERB") and lemma in terms):
            runs[-1].append(lemma)
        elif runs[-1]:
            runs.append([])
    return [r for r in runs if r]


def _span_candidates(doc: Any, spans: list[tuple[int, int]]) -> list[str]:
    out: list[str] = []
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            for run in _noun_lemmas(span):
                out.extend(_candidates(run))
    return out


def article_salience(doc: Any) -> Counter[str]:
    """How often each topic key occurs anywhere in the article."""
    found: Counter[str] = Counter()
    for sent in doc.sents:
        for run in _noun_lemmas(sent):
            found.update(_candidates(run))
    return found


def best_topic(candidates: list[str], salience: Counter[str]) -> str | None:
    """The highest-scoring candidate: count here x (1 + log article count), seed topics weighted up."""
    if not candidates:
        return None
    terms, _ = lexicon()
    seeds = set(terms.values())
    counts = Counter(candidates)
    order = {c: i for i, c in reversed(list(enumerate(candidates)))}

    def score(c: str) -> tuple[float, int]:
        w = counts[c] * (1.0 + math.log1p(salience.get(c, 0)))
        return (w * (SEED_WEIGHT if c in seeds else 1.0), -order[c])

    return max(counts, key=score)


def assign_topics(doc: Any, statements: list[Any], commitments: list[Any]) -> None:
    """Set ``.topic`` on each statement (from its content spans) and commitment (its content span).

    A commitment with no topic of its own takes its statement's topic.
    """
    salience = article_salience(doc)
    for st in statements:
        st.topic = best_topic(_span_candidates(doc, list(st.content_spans)), salience)
    for c in commitments:
        c.topic = best_topic(_span_candidates(doc, [c.content_span]), salience)
        if c.topic is None and c.statement is not None and 0 <= c.statement < len(statements):
            c.topic = statements[c.statement].topic
