"""Statement extraction: who said what, from one parsed spaCy ``Doc``.

One pass over the tokens finds cue candidates (``cues.py``: verbs and "according to", weighted by
precision learned from PolNeAR train). For each accepted cue the dependency tree gives

* the source: the cue's subject (climbing through ``xcomp``/``conj``/``advcl`` heads, e.g. the
  "saying" of "Trump praised Putin, saying ..."), the agent of a passive, the object of
  "according to"; none for an agentless passive ("it was reported that ...");
* the content: the quotation(s) next to the cue in its sentence ("“...,” he said, “...”"), else
  the clause complement ("said that ..."), the ``to``-infinitive ("wants to ..."), the object
  ("denied the report"), the prepositional object ("called for a ban"), or, for "according to",
  the rest of the clause; for a parenthetical cue ("X, he says, Y"), the clause around it.

News quoting style decides which quotation a cue owns: one set off right before it ("“...,” Trump
said before adding ...", "“...!” US Senator Jeff Sessions said") or introduced right after it by a
comma or colon, for any verb ("Hillary shot back, “...”", "he demurred: “...”"), is its content
rather than the parsed clause; a quotation right after another speech verb is that verb's
(``quote_owners.py``; titles and party tags end no sentence: ``sentence_ends.py``). A weak
non-speech cue whose only "clause" comes before it is narration, not attribution ("the story of
the race: Moscow attacked ..."), and aspect verbs with an infinitive ("continue to fight") are no
cues.

Parsed clauses are clipped to the cue's paragraph; a subject the parser found inside a quotation or
across a paragraph break / dateline dash is replaced by the words beside the cue (``quote_sources``:
also a lost subject before the cue, the subject of a participle cue, the holder of a sign that
"reads", the clause before a colon introducing an unclaimed quotation). Then layout rules
(``quote_layout.py``): transcript turns, headline quotes, block quotes after a colon (several
paragraphs when they read as one excerpt), cue-less quotations continuing the nearest earlier
quoted statement (news style: "“A,” he said. “B.”") unless a colon clause or a sentence naming a
new speaker introduces them (``quote_intros.py``: "Lopez disagreed. “...”"); ``quote_labels.py``:
quotations labelled with a name ("Maria Lopez, 34, a nurse: “...”", "Lopez on the polls: “...”",
"Lopez — “...”", "Added Jones, “...”") or signed with a dash; ``quote_tails.py``: speech verbs the
tagger read as nouns ("“...,” the ad states"). Nested attributions are dropped (each word of a content or cue
belongs to one attribution, as in PolNeAR): a cue inside a strong indirect cue's clause yields to
it; one source may head several statements ("Ortiz told reporters ..., adding that ...").
Everything is linear in the number of tokens and quotations (nesting checks: drafts squared,
per document).
"""

from __future__ import annotations

import bisect

from onrecord.analyze import cues
from onrecord.analyze.frames import (
    SpanSet,
    before_adverbs,
    doc_text,
    find_content,
    find_source,
    forget_text,
    span_overlaps,
    span_subtree,
    span_tok_range,
    span_trim,
)
from onrecord.analyze.quote_intros import IntroducedQuotes
from onrecord.analyze.quote_labels import LabelledQuotes
from onrecord.analyze.quote_layout import Draft, QuotationLayout
from onrecord.analyze.quote_owners import QuoteOwnership
from onrecord.analyze.quote_sources import SourceFinder
from onrecord.analyze.quote_tails import TailCues
from onrecord.analyze.quotes import QuoteRegion, find_quotes, quoted_mask
from onrecord.models import Span, Statement

RAISING_VERBS = frozenset({"seem", "appear"})  # cues whose subject is part of the content
EXPLETIVES = frozenset({"it", "this", "there"})
RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
FREE_RELATIVES = frozenset({"what", "whatever"})  # "for what happened: “...”" names no speaker
NARRATION_MAX_WEIGHT = 0.6  # a weaker cue with its "clause" before it is narration ("...: Moscow attacked")
QUOTE_PRIORITY_WEIGHT = 0.6  # quotations with a cue this strong win over wider clauses
SOURCELESS_MIN_WEIGHT = 0.7
NESTING_MIN_WEIGHT = 0.8  # an outer cue this strong keeps the clause holding a nested cue  # below this, a cue without its expected subject is dropped



class StatementExtractor(QuoteOwnership, QuotationLayout, LabelledQuotes, SourceFinder, TailCues, IntroducedQuotes):
    """Finds the statements of one ``Doc`` (see module docstring)."""

    def __init__(self, doc, weights: cues.CueWeights | None = None):
        self.doc = doc
        self.text = doc_text(doc)
        self.weights = weights or cues.cue_weights()
        self.regions: list[QuoteRegion] = find_quotes(self.text)
        self.mask = quoted_mask(self.text, self.regions)
        self.region_starts = [r.start for r in self.regions]

    def regions_in(self, start: int, end: int) -> list[int]:
        """Indices of quote regions overlapping ``[start, end)``."""
        i = max(0, bisect.bisect_right(self.region_starts, start) - 1)
        out = []
        while i < len(self.regions) and self.regions[i].start < end:
            if self.regions[i].end > start:
                out.append(i)
            i += 1
        return out

    def drafts(self) -> list[Draft]:
        """All cue-anchored drafts, before overlaps are resolved."""
        doc, out = self.doc, []
        threshold = self.weights.threshold
        self.speech = [t.idx for t in doc if not self.mask[t.idx] and t.pos_ in ("VERB", "NOUN")
                       and cues.lemma(t) in cues.QUOTE_VERBS and cues.is_candidate(t)]
        for tok in doc:
            if self.mask[tok.idx] or not cues.is_candidate(tok):
                continue
            if tok.lower_ == "according" and not (tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to"):
                continue
            frame = cues.frame(tok)
            lem = cues.lemma(tok)
            weight = self.weights.weight(lem, frame, cues.subject_class(tok))
            if frame == "xcomp" and lem in cues.ASPECTUAL_VERBS:
                weight = 0.0  # "Russia can continue to fight": the aspect of an action, not speech
            quotes = self._own_quotes(tok.idx)
            if tok.tag_ == "VBG" and tok.lower_ != "according":  # "“...,” referencing the large number ...": the quotation is the speaker's
                quotes = [q for q in quotes if self.regions[q].start > tok.idx]
            if lem not in cues.NAMING_VERBS:  # "Speaking on “This Week,” ...": a title, not words said
                quotes = [q for q in quotes if not self._is_title(self.regions[q])]
            intro = self._introduced_quote(tok) if quotes else None
            near_quote = bool(quotes) and (lem in cues.QUOTE_VERBS or self._follows_quote(tok)) \
                or (lem in cues.QUOTE_VERBS and self._ends_paragraph_with_colon(tok))
            if intro is not None and not near_quote and intro in quotes:
                near_quote, quotes = True, [q for q in quotes if self.regions[q].start >= tok.idx]
            if weight < threshold and not near_quote:
                continue
            if not near_quote:  # a quotation is a non-speech verb's content only when it is a sentence
                quotes = [q for q in quotes if frame in ("ccomp", "bare") and self._is_full_quote(self.regions[q])]
            draft = self._draft(tok, frame, weight, quotes)
            if draft is not None:
                out.append(draft)
        return out

    def _draft(self, tok, frame: str, weight: float, sent_quotes: list[int]) -> Draft | None:
        doc = self.doc
        src_tok, expects = find_source(tok, lambda c: not self.mask[c.idx])
        if src_tok is not None and self.mask[src_tok.idx] and not self.mask[tok.idx]:
            src_tok = None  # the parser climbed into a quotation ("“We were ...,” Ramos told AFP")
        source = None
        relative_head = None
        if src_tok is not None:
            source = span_subtree(doc, src_tok)
            if source and source[0] <= tok.idx < source[1]:
                source = span_tok_range(doc, src_tok.left_edge.i, src_tok.i) if src_tok.i < tok.i else \
                    span_tok_range(doc, src_tok.i, src_tok.i)
            if src_tok.lower_ in RELATIVE_PRONOUNS and tok.dep_ == "relcl":
                relative_head = tok.head.i
        if src_tok is not None and src_tok.lower_ == "that" and tok.dep_ == "relcl" \
                and tok.head.pos_ in ("NOUN", "PROPN"):
            source = span_tok_range(doc, tok.head.left_edge.i, src_tok.i)  # "a report that said ..."
        holder = self._sign_holder(tok, src_tok)
        if holder is not None:
            source, src_tok, relative_head = holder, None, None
        if source and src_tok is not None and not self.mask[src_tok.idx]:
            phrase = source  # "Bill Eastland, wearing “Ted Cruz” pins, said": the pins' words are no content
            source = self._outside_quotes(source, src_tok.idx)
            sent_quotes = [q for q in sent_quotes if not (phrase[0] < self.regions[q].start < tok.idx
                                                         and self.regions[q].end <= phrase[1])]
        if source and any(c in self.text[source[0]:source[1]] for c in "<>="):
            source = self._after_markup(source)  # '<tweet author="...">Rudy Giuliani' -> 'Rudy Giuliani'
        if source and "\n" in self.text[source[0]:source[1]]:  # the parser ran over a paragraph break
            para_start = self.text.rfind("\n", source[0], max(source[0], min(source[1], tok.idx))) + 1
            source = span_trim(self.text, para_start, source[1]) if para_start > source[0] else source
        if source and source[1] <= tok.idx:
            source = self._source_after_break(source, tok.idx)
        raising = cues.lemma(tok) in RAISING_VERBS
        cue = (tok.idx, tok.idx + len(tok))
        if tok.lower_ == "according":
            cue = (tok.idx, doc[tok.i + 1].idx + len(doc[tok.i + 1]))
        content = self._in_paragraph(find_content(doc, tok, frame), tok.idx)
        if tok.tag_ == "VBN" and (tok.i == 0 or doc[tok.i - 1].is_space or doc[tok.i - 1].is_sent_end):
            content = self._before_comma(content, tok)  # "Asked why, Sembler responded: “...”"
        if raising:  # "Republicans seem to ...": no source, the subject belongs to the content
            if source and src_tok is not None and src_tok.lower_ not in EXPLETIVES:
                content = [source, *content]
            source, src_tok, expects = None, None, False
            if not content:
                return None
        quotes = [q for q in sent_quotes
                  if not (self.regions[q].start <= tok.idx < self.regions[q].end)
                  and not (source and span_overlaps(source, (self.regions[q].start, self.regions[q].end)))]
        if quotes and cues.lemma(tok) in cues.QUOTE_VERBS and (
                frame in ("dobj", "prep", "bare") or self._set_off_after(tok, quotes, content)):
            content = []  # "telling reporters, “...”": the quotation is the content, not the object
        elif quotes and any(self._set_off_before(tok, self.regions[q]) or q == self._introduced_quote(tok)
                            for q in quotes) and not any(
                span_overlaps(c, (self.regions[q].start, self.regions[q].end)) for c in content for q in quotes):
            content = []  # "“...,” Trump said before adding: ...": the quotation before the cue is its content
        if quotes and (not content or any(span_overlaps(c, (self.regions[q].start, self.regions[q].end))
                                          for c in content for q in quotes)):
            if not content or self._mostly_quoted(content):
                content = [(self.regions[q].start, self.regions[q].end) for q in quotes]
            else:
                quotes = [q for q in quotes if any(span_overlaps(c, (self.regions[q].start, self.regions[q].end))
                                                   for c in content)]
        else:
            quotes = []
        if content and not quotes and frame == "ccomp" and weight < NARRATION_MAX_WEIGHT \
                and cues.lemma(tok) not in cues.QUOTE_VERBS and all(c[1] <= tok.idx for c in content):
            return None  # "...the story of the race: Moscow attacked ...": narration, not "X, Moscow said"
        block_quote = self._block_after(tok)
        if block_quote:
            content, quotes = block_quote, []
        if not content:
            return None
        if quotes and source and self.text[source[0]:source[1]].lower() in FREE_RELATIVES:
            return None  # "Clinton apologized for what happened: “...”": the clause before the colon speaks
        if source and any(span_overlaps(source, c) for c in content):
            source = None
        if source is None and expects and quotes:
            source = self._source_beside_quote(tok, quotes) or self._source_before_cue(tok)
        elif source is None and expects and self._lost_subject(tok):
            source = self._source_before_cue(tok)  # "Meeting with X, the campaign chief, Paul Manafort, said"
        if source is None and expects:
            source = self._participle_subject(tok)
        if source is None and expects and not quotes and not block_quote and weight < SOURCELESS_MIN_WEIGHT:
            return None  # an active verb whose subject we cannot find: rarely a sourceless attribution
        return Draft(tok.i, cue, source, content, weight, relative_head, quotes, bool(block_quote))

    @staticmethod
    def _lost_subject(tok) -> bool:
        """A finite main verb with no subject right after a comma: the parser hung its named subject on
        the clause before ("..., the campaign chief, Paul Manafort, suggested that ...")."""
        doc, i = tok.doc, before_adverbs(tok)  # "Paul Manafort, bluntly suggested"
        if tok.dep_ != "ROOT" or tok.tag_ not in ("VBD", "VBZ") or i < 1 or doc[i].text != "," \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return False
        prev = doc[i - 1]  # a name, or the end of an appositive on a name ("Patrick F. Kennedy, the
        return prev.pos_ == "PROPN" or any(  # undersecretary for management, wrote")
            a.dep_ == "appos" and "PERSON" in (a.ent_type_, a.head.ent_type_) for a in [prev, *list(prev.ancestors)[:3]])

    def _before_comma(self, spans: list[Span], tok) -> list[Span]:
        """A sentence-opening participle ("Asked why, Sembler responded ...") asks only up to its comma:
        the clause after it is the answer, with a speaker and cue of its own."""
        comma = self.text.find(",", tok.idx, spans[-1][1]) if spans else -1
        if comma < 0:
            return spans
        return [sp for s, e in spans if (sp := span_trim(self.text, s, min(e, comma))) is not None and s < comma]

    def _in_paragraph(self, spans: list[Span], at: int) -> list[Span]:
        """``spans`` clipped to the paragraph holding ``at`` (the parser runs sentences over breaks)."""
        text = self.text
        lo = text.rfind("\n", 0, at) + 1
        hi = text.find("\n", at)
        hi = len(text) if hi < 0 else hi
        out = []
        for s, e in spans:
            sp = span_trim(text, max(s, lo), min(e, hi)) if min(e, hi) > max(s, lo) else None
            if sp and any(c.isalnum() for c in text[sp[0]:sp[1]]):
                out.append(sp)
        return out

    def _mostly_quoted(self, spans: list[Span]) -> bool:
        inside = total = 0
        for s, e in spans:
            for i in range(s, e):
                if self.text[i].isalnum():
                    total += 1
                    inside += self.mask[i]
        return total > 0 and inside * 2 >= total

    def resolve_overlaps(self, drafts: list[Draft]) -> list[Draft]:
        """Each word in one attribution (as in PolNeAR): block quotes first, then the widest.

        A content that runs into a stronger attribution's cue or source is cut just before it
        ("Trump has insisted that ..., as my colleague David Corn wrote in May:").
        """
        nested = {id(d) for d in drafts if self._is_nested(d, drafts)}

        def rank(d: Draft) -> tuple[int, float, int]:
            return (0 if d.block else 3 if id(d) in nested else
                    1 if d.quotes and d.weight >= QUOTE_PRIORITY_WEIGHT else 2,
                    -round(d.weight, 1), -sum(e - s for s, e in d.content))

        kept: list[Draft] = []
        taken = SpanSet()  # contents and cues
        sources = SpanSet()  # one source may speak several times ("He said ... and added ...")
        for d in sorted(drafts, key=rank):
            if d.source and taken.overlapping(d.source):
                hits = taken.overlapping(d.source)
                d.source = span_trim(self.text, d.source[0], hits[0][0]) if hits[0][0] > d.source[0] else None
                if d.source is None:
                    continue
            if taken.overlapping(d.cue) or sources.overlapping(d.cue):
                continue
            content = []
            for s, e in d.content:
                hits = sorted(taken.overlapping((s, e)) + sources.overlapping((s, e)))
                if hits:
                    e = hits[0][0] if hits[0][0] > s else s
                trimmed = span_trim(self.text, s, e) if e > s else None
                if trimmed:
                    content.append(trimmed)
            if not content:
                continue
            d.content = content
            kept.append(d)
            for sp in [*content, d.cue]:
                taken.add(sp)
            if d.source and not sources.overlapping(d.source):
                sources.add(d.source)
        return sorted(kept, key=lambda d: d.content[0][0])

    @staticmethod
    def _is_nested(inner: Draft, drafts: list[Draft]) -> bool:
        """``inner``'s cue and source lie inside the parsed clause of another, stronger indirect
        statement ("Kasich says he'd ... tell him “no more nonsense”"): PolNeAR keeps the outer one."""
        head = [inner.cue] + ([inner.source] if inner.source else [])
        for d in drafts:
            if d is inner or d.block or d.quotes or d.weight < NESTING_MIN_WEIGHT:
                continue
            if all(any(s <= a[0] and a[1] <= e for s, e in d.content) for a in head):
                return True
        return False

    def statements(self, resolver=None) -> list[Statement]:
        """The statements of the document, in text order."""
        drafts = self.resolve_overlaps(self.transcript_turns() + self.headline_quote() + self.inline_labels() + self.dash_labels() + self.name_labels()
            + self.signed_quotes() + self.signed_tails() + self.signed_inside()
            + self.inverted_openings() + self.tail_cues() + self.drafts())
        drafts = drafts + self.colon_quotes(drafts)  # before cue-less quotations join earlier statements
        drafts = drafts + self.introduced_quotes(drafts)
        self.continued_sources(drafts)
        self.claim_quotes(drafts)
        self.claim_openings(drafts)
        drafts = sorted(drafts, key=lambda d: d.content[0][0])
        out = []
        for d in drafts:
            content = sorted({sp for sp in d.content})
            out.append(Statement(
                speaker=self._speaker(d, resolver),
                speaker_span=d.source,
                cue_span=d.cue,
                content_spans=content,
                kind="direct" if d.block else self._kind(content, d),
            ))
        return out

    def _speaker(self, d: Draft, resolver) -> str | None:
        if resolver is None or d.source is None:
            return None
        if d.relative_head is not None:
            head = self.doc[d.relative_head]
            sp = span_subtree(self.doc, head)
            span = (head.left_edge.idx, head.idx + len(head)) if sp else None
            if span:
                return resolver.resolve(*span)
        return resolver.resolve(*d.source)

def extract_statements(doc, weights: cues.CueWeights | None = None) -> list[Statement]:
    """Statements of a parsed ``Doc`` with speakers resolved in the article."""
    from onrecord.analyze.speakers import SpeakerResolver

    extractor = StatementExtractor(doc, weights)
    statements = extractor.statements(SpeakerResolver(doc, extractor.mask))
    forget_text(doc)
    return statements
