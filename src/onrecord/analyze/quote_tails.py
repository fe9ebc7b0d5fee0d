"""Cues the tagger missed after a quotation, for ``statements.StatementExtractor``.

News style sets a quotation off before its source and a speech verb ("“...,” a voice-over in the ad
states.", "“...,” the Saudis state in the white paper."). The small tagger often reads the verb as a
noun ("states", "reads", "notes") and the parse gives no cue at all, so the quotation would join
an earlier statement. ``TailCues`` is mixed into the extractor (it uses its ``text``, ``doc``,
``regions`` and ``mask``): a quotation closed by ',', '?' or '!' followed by a short noun phrase and
an inflected speech verb the tagger did not take for a verb is that phrase's statement.
"""

from __future__ import annotations

from onrecord.analyze.frames import span_trim
from onrecord.analyze.quote_layout import Draft
from onrecord.analyze.quotes import char_before_close

# Inflected speech verbs the tagger may read as nouns after a quotation.
TAIL_VERB_FORMS = frozenset({
    "says", "said", "states", "stated", "writes", "wrote", "reads", "read", "adds", "added", "notes",
    "noted", "tweets", "tweeted", "posts", "posted", "explains", "explained", "argues", "argued",
    "claims", "claimed", "continues", "continued", "asks", "asked", "recalls", "recalled", "warns",
    "warned", "insists", "insisted", "concludes", "concluded", "declares", "declared", "replies",
    "replied", "responds", "responded", "answers", "answered", "counters", "countered", "quips",
    "quipped", "jokes", "joked", "promises", "promised", "announces", "announced", "reports", "reported",
    "say", "state", "write", "add", "note", "argue", "claim", "warn", "insist", "explain", "conclude",
    "declare", "reply", "respond",  # after a plural subject ("the Saudis state")
})
MAX_TAIL_SUBJECT_WORDS = 8  # "a voice-over in the ad": words between the quotation and the verb
TAIL_FOLLOWERS = frozenset({"PUNCT", "ADP", "ADV", "SCONJ"})  # "states.", "state in the white paper"
TAIL_SUBJECT_POS = frozenset({"PROPN", "NOUN", "PRON"})
TAIL_WEIGHT = 0.7


class TailCues:
    """The quotation-then-source-then-verb rule (see module docstring); a mixin of the extractor."""

    def tail_cues(self) -> list[Draft]:
        """Drafts for "“...,” <noun phrase> <speech verb tagged as a noun>": source = the noun phrase,
        cue = the verb, content = the quotation."""
        out = []
        text, doc = self.text, self.doc
        for qi, region in enumerate(self.regions):
            if char_before_close(text, region) not in (",", "?", "!") or not region.closed:
                continue
            mark = doc.char_span(region.end - 1, region.end, alignment_mode="expand")
            if mark is None or not len(mark) or text[region.end:region.end + 1] not in (" ", "\xa0"):
                continue
            i = mark[-1].i + 1
            words = []
            for t in doc[i:i + MAX_TAIL_SUBJECT_WORDS + 1]:
                if t.lower_ in TAIL_VERB_FORMS and words:
                    break
                if t.is_space or self.mask[t.idx] or (t.is_punct and t.text not in ("-", "'", "’")) \
                        or t.pos_ in ("VERB", "AUX"):
                    words = []
                    break
                words.append(t)
            else:
                continue
            if not words or not any(t.pos_ in TAIL_SUBJECT_POS for t in words):
                continue
            verb = doc[words[-1].i + 1]
            if verb.pos_ == "VERB":
                continue  # the parser has it: ``drafts`` takes it
            after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
            if after is not None and after.pos_ not in TAIL_FOLLOWERS and not after.is_space:
                continue
            source = span_trim(text, words[0].idx, words[-1].idx + len(words[-1]))
            if source is None:
                continue
            out.append(Draft(verb.i, (verb.idx, verb.idx + len(verb)), source, [(region.start, region.end)],
                             TAIL_WEIGHT, quotes=[qi]))
        return out
