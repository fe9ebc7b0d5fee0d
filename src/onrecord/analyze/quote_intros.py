"""Quotations introduced by the sentence before them, for ``statements.StatementExtractor``.

News style often names a new speaker in a short sentence of its own and lets the quotation follow
as the next sentence of the paragraph: "Lopez, the county chair, disagreed. “We will win ...”",
"Jones was unmoved. “...”". Without a cue of its own such a quotation would join the last quoted
statement (often another speaker's). ``IntroducedQuotes`` is mixed into the extractor (it uses its
``text``, ``doc``, ``regions``, ``mask`` and the layout helpers): an unclaimed quotation opening a
sentence inside a paragraph, after a sentence whose subject is a name and which reports no speech
of its own, is that name's statement, its main verb the cue.
"""

from __future__ import annotations

from onrecord.analyze import cues as cue_lexicon
from onrecord.analyze.frames import span_subtree, span_trim
from onrecord.analyze.quote_layout import Draft
from onrecord.analyze.sentence_ends import FULL_STOP, is_abbreviation_stop

INTRO_WEIGHT = 0.5
MAX_INTRO_WORDS = 25  # the introducing sentence is short
NAME_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
INTRO_STOPS = ".!?"
CONTINUE_WINDOW = 600  # chars from a statement to a subjectless "Adding, “...”" that goes on with it


class IntroducedQuotes:
    """The introducing-sentence rule (see module docstring); a mixin of the extractor."""

    def introduced_quotes(self, drafts: list[Draft]) -> list[Draft]:
        """Drafts for unclaimed quotations right after a short sentence that names a new speaker."""
        claimed = {q for d in drafts for q in d.quotes}
        cues = {d.cue_i for d in drafts}
        covered = [sp for d in drafts for sp in d.content]
        out = []
        for qi, region in enumerate(self.regions):
            if qi in claimed or region.continues or not self._is_full_quote(region) \
                    or self._opens_paragraph(region):
                continue  # (a quotation paragraph after "Lopez disagreed." is left to the layout rules)
            before = self.text[:region.start].rstrip()
            if before[-1:] not in INTRO_STOPS:
                continue
            para_start = self.text.rfind("\n", 0, region.start) + 1
            stops = [m.start() for m in FULL_STOP.finditer(self.text, para_start, len(before) - 1)
                     if not is_abbreviation_stop(self.text, m.start())]
            sent_start = stops[-1] + 1 if stops else para_start
            if self.regions_in(sent_start, len(before)) or any(s < region.start and e > sent_start for s, e in covered):
                continue  # the sentence quotes or reports speech of its own
            span = self.doc.char_span(sent_start, len(before), alignment_mode="expand")
            if span is None or len(span) > MAX_INTRO_WORDS:
                continue
            root = next((t for t in span if t.head.i == t.i or not (span.start <= t.head.i < span.end)), None)
            if root is None or root.pos_ not in ("VERB", "AUX") or root.i in cues \
                    or cue_lexicon.lemma(root) in cue_lexicon.QUOTE_VERBS:  # "Or Bush, Musser says.": parenthetical
                continue
            subj = next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i), None)
            if subj is None or not self._is_name(subj):
                continue
            source = span_subtree(self.doc, subj)
            if source is None or source[0] < sent_start:
                continue
            source = span_trim(self.text, source[0], min(source[1], root.idx))
            if source is None:
                continue
            out.append(Draft(root.i, (root.idx, root.idx + len(root)), source, [(region.start, region.end)],
                             INTRO_WEIGHT, quotes=[qi]))
        return out

    @staticmethod
    def _is_name(tok) -> bool:
        """A subject that names someone: a proper noun or a named entity (not a pronoun, not "it")."""
        return tok.pos_ == "PROPN" or tok.ent_type_ in NAME_ENTITIES

    def continued_sources(self, drafts: list[Draft]) -> None:
        """A sentence opening with a participle speech cue and no subject ("Adding, “...”", "Continuing:
        “...”") goes on for the speaker of the statement before it (within ``CONTINUE_WINDOW`` chars)."""
        order = sorted(drafts, key=lambda d: d.cue[0])
        for k, d in enumerate(order):
            if d.source is not None or d.cue_i < 0 or k == 0:
                continue
            tok = self.doc[d.cue_i]
            prev_tok = self.doc[tok.i - 1] if tok.i > 0 else None
            if tok.tag_ != "VBG" or cue_lexicon.lemma(tok) not in cue_lexicon.QUOTE_VERBS \
                    or not (prev_tok is None or prev_tok.is_space or prev_tok.text in INTRO_STOPS + "”\""):
                continue
            prev = next((p for p in reversed(order[:k]) if p.source is not None), None)
            if prev is not None and d.cue[0] - prev.cue[1] <= CONTINUE_WINDOW:
                d.source, d.relative_head = prev.source, prev.relative_head
