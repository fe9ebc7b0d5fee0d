"""Where a statement's source is when the parser did not find it, for ``statements.StatementExtractor``.

``SourceFinder`` is mixed into the extractor (it uses its ``text``, ``doc``, ``mask`` and
``regions``). News prose it knows: an inverted or appositive speaker beside a quotation ("“...,”
said Smith, an aide"), a subject the parser lost before its cue ("..., a White House official who
spoke anonymously said Wednesday, “...”"), a subject cut off by a paragraph break or a dateline
dash, a subject phrase grown over a quotation or into markup left in the text, and the holder of a sign or shirt that "reads".
"""

from __future__ import annotations

import bisect

from onrecord.analyze import cues
from onrecord.analyze.frames import before_adverbs, find_source, span_subtree, span_tok_range, span_trim
from onrecord.analyze.quote_layout import Draft
from onrecord.analyze.quotes import MARKUP_TAG, char_before_close
from onrecord.analyze.sentence_ends import next_sentence_end
from onrecord.models import Span

MAX_SOURCE_WORDS = 6  # a source found beside a quotation (not by the parser) is at most this long
MAX_CLAUSE_SOURCE_WORDS = 14  # a source taken from the words before its cue is at most this long
BEFORE_CUE_STOPS = frozenset({",", ";", ":", ".", "!", "?", "(", "—", "–"})
LEADING_NON_SOURCE_POS = frozenset({"CCONJ", "ADV", "SCONJ", "ADP", "PART"})  # "and then boomed"
PARTICIPLE_CLIMB = 8  # heads climbed from a participle cue to the verb whose subject it shares
PARTICIPLE_LEADS = frozenset({",", "and", "while", "before", "after"})  # "..., writing “...”"
MAX_BARE_SUBJECT_WORDS = 12  # words of subject between "“... emails.”" and its cue "Trump said."
BARE_CUE_TAIL = 12  # words after such a cue before its sentence ends ("said in an interview on Monday.")
ADDRESSEE_VERBS = frozenset({"tell", "ask", "remind", "assure", "warn", "inform", "urge"})  # "told reporters"
BARE_CUE_CLAUSE_DEPS = frozenset({"ccomp", "parataxis", "xcomp", "csubj"})
COLON_GAP = 6  # chars searched before a quotation for the colon introducing it (over a paragraph break)
COLON_NON_SOURCES = frozenset({"it", "this", "that", "there", "here", "which", "what"})
COLON_CLIMB_DEPS = frozenset({"pcomp", "pobj", "prep", "relcl", "ccomp", "advcl"})  # a clause inside the speaker's
DATELINE_DASHES = (") — ", ") – ", ") - ", ") —")  # "WASHINGTON (AP) — ..."


class SourceFinder:
    """Source-finding rules (see module docstring); a mixin of ``StatementExtractor``."""

    def _sign_holder(self, tok, src_tok) -> Span | None:
        """Words on a sign, shirt or banner are its holder's ("Pelletier hoisted a sign that read
        “15%!”", "protesters carrying signs saying ..."): the subject of the holding verb."""
        noun = tok.head if tok.dep_ in ("relcl", "acl") else src_tok
        if noun is None or cues.lemma(noun) not in cues.SIGN_NOUNS:
            return None
        before = self.doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else noun
        verb = noun.head if cues.lemma(noun.head) in cues.HOLDING_VERBS else \
            before if cues.lemma(before) in cues.HOLDING_VERBS else None
        if verb is None:
            return None
        holder, _ = find_source(verb, lambda c: not self.mask[c.idx])
        if holder is not None and not self.mask[holder.idx]:
            return span_subtree(self.doc, holder)
        return self._source_before_cue(verb)

    def _outside_quotes(self, source: Span, head_at: int) -> Span | None:
        """A subject phrase the parser grew over a quotation ("“...,” Sarandon, 69, told"): the words
        between the quotations around its head at ``head_at``."""
        start, end = source
        for q in self.regions_in(start, end):
            r = self.regions[q]
            if r.end <= head_at:
                start = max(start, r.end)
            elif r.start > head_at:
                end = min(end, r.start)
        return span_trim(self.text, start, end) if end > start else None

    def _source_after_break(self, source: Span, cue_at: int) -> Span:
        """A parsed subject cut off from its cue by a paragraph break or a dateline dash ("4:40 p.m.
        ⏎ Marco Rubio says", "LONDON (Reuters) — Donald Trump said"): the words after the break."""
        gap = self.text[source[1]:cue_at]
        cut = max([gap.rfind("\n")] + [gap.rfind(d) + len(d) - 1 for d in DATELINE_DASHES if d in gap])
        if cut < 0:
            return source
        words = span_trim(self.text, source[1] + cut + 1, cue_at)
        if words and len(self.text[words[0]:words[1]].split()) <= MAX_SOURCE_WORDS:
            return words
        return source

    def _source_beside_quote(self, tok, quotes: list[int]) -> Span | None:
        """The parser missed the subject of a quote's cue: take the words between the quotation and
        the cue ("“...,” Conway notes") or right after the cue ("“...,” said Smith, an aide"; a cue
        opening its paragraph: "Continued Stone: “...”")."""
        text, doc = self.text, self.doc
        before = [self.regions[q] for q in quotes if self.regions[q].end <= tok.idx]
        line_start = text.rfind("\n", 0, tok.idx) + 1
        if not before and text[line_start:tok.idx].strip():
            return None
        gap = text[before[-1].end:tok.idx].replace("\xa0", " ") if before else ""
        if gap.strip(" ,\n") and len(gap.split()) <= MAX_SOURCE_WORDS and "\n" not in gap:
            return span_trim(text, before[-1].end, tok.idx)
        if gap.strip(" ,") or tok.tag_ == "VBG":  # "“...,” referencing the large number": an object
            return None
        last = tok.i
        for t in doc[tok.i + 1:tok.i + 1 + MAX_SOURCE_WORDS]:
            if t.is_punct or self.mask[t.idx]:
                break
            last = t.i
        return span_tok_range(doc, tok.i + 1, last) if last > tok.i else None

    def _source_before_cue(self, tok) -> Span | None:
        """The parser lost the subject of a quotation's cue ("..., a White House official who spoke
        anonymously said Wednesday, “...”"): the words from the clause boundary (a comma, a
        sentence or paragraph start, a quotation) up to the cue, when they hold a noun phrase."""
        doc = self.doc
        first = last = tok.i
        if doc[(lead := before_adverbs(tok))].text == ",":
            last = lead + 1  # "the campaign chief, Paul Manafort, bluntly suggested"
        if last > 0 and doc[last - 1].text == ",":
            last -= 1  # "Gene Sperling, a top outside Clinton adviser, said"
        for t in reversed(doc[max(0, last - MAX_CLAUSE_SOURCE_WORDS):last]):
            if self.mask[t.idx] or t.is_space or t.text in BEFORE_CUE_STOPS:
                break
            first = t.i
        else:
            return None
        words = [t for t in doc[first:last] if not t.is_punct]
        while words and words[0].pos_ in LEADING_NON_SOURCE_POS:
            words.pop(0)
        if not words or not any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in words) \
                or any(t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "conj") for t in words):
            return None
        return span_tok_range(doc, words[0].i, words[-1].i)

    def _participle_subject(self, tok) -> Span | None:
        """A participle cue after a comma or "and" ("Flea shared the news, writing “...”", "he hinted
        ... and adding, “...”") speaks for the subject of its sentence's main verb, before it."""
        doc = self.doc
        prev = doc[tok.i - 1] if tok.i > 0 else None
        if tok.tag_ != "VBG" or prev is None or prev.lower_ not in PARTICIPLE_LEADS:
            return None
        para_start = self.text.rfind("\n", 0, tok.idx) + 1
        subj, t = [], tok
        for _ in range(PARTICIPLE_CLIMB):  # the nearest verb above the participle with a subject before it
            if t.head is t or t.head.idx < para_start:
                break
            t = t.head
            subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and para_start <= c.idx
                    and c.i < tok.i and c is not tok and not self.mask[c.idx]]
            if subj:
                break
        if not subj:  # the parser hung the participle elsewhere: the verb before it
            verb = self._verb_before(tok.i, para_start, need_subject=True)
            subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] if verb is not None else []
            if not subj or self.mask[subj[-1].idx] or subj[-1].idx < para_start:
                return None
        span = span_subtree(doc, subj[-1])
        if span is None or "\n" in self.text[subj[-1].idx:tok.idx]:
            return None
        cut = self.text.rfind("\n", span[0], subj[-1].idx)  # the parser ran over a paragraph break
        span = span_trim(self.text, cut + 1, span[1]) if cut >= 0 else span
        return self._outside_quotes(span, subj[-1].idx) if span else None

    def colon_quotes(self, drafts: list[Draft]) -> list[Draft]:
        """A quotation after a colon closing a clause, claimed by no cue ("Smith was blunt: “...”",
        "he suggested acting after the election: “...”", "Here's Clinton in 1992: “...”"): the
        clause's subject is the source, its verb the cue."""
        covered = sorted(sp for d in drafts for sp in d.content)
        starts = [s for s, _ in covered]
        claimed = {q for d in drafts for q in d.quotes}
        out = []
        for qi, region in enumerate(self.regions):
            before = self.text[max(0, region.start - COLON_GAP):region.start].rstrip()
            if qi in claimed or region.continues or not before.endswith(":") \
                    or self.text[region.start - COLON_GAP:region.start].count("\n") > 2:
                continue  # (the colon may close the paragraph before: "Smith took to Twitter:⏎⏎“...”")
            line_end = self.text.find("\n", region.end)
            if char_before_close(self.text, region) in (",", "?", "!") \
                    and self.text[region.end:line_end if line_end >= 0 else None].strip()[:1].isalpha():
                continue  # "NBC News has proof:⏎“...?” a reporter can be heard asking": its cue follows
            j = bisect.bisect_right(starts, region.end) - 1
            if j >= 0 and covered[j][1] > region.start or not self._is_full_quote(region):
                continue
            colon = region.start - COLON_GAP + len(before) - 1 if region.start >= COLON_GAP \
                else len(before) - 1
            line_start = self.text.rfind("\n", 0, colon) + 1
            span = self.doc.char_span(colon, colon + 1, alignment_mode="expand")
            if span is None or not self.text[line_start:colon].strip():
                continue
            verb = span[0].head
            if verb.idx >= colon or verb.idx < line_start or self.mask[verb.idx]:
                verb = self._verb_before(span[0].i, line_start)  # the parser hung the clause on the quotation
                if verb is None:  # "Lopez’s full statement:", "From Lopez’s speech:": the possessor
                    out.extend(self._possessor_label(line_start, colon, region, qi))
                    continue
            speech = next((a for a in verb.ancestors if line_start <= a.idx < colon and a.pos_ == "VERB"
                           and cues.lemma(a) in cues.QUOTE_VERBS), None)
            if speech is not None and cues.lemma(verb) not in cues.QUOTE_VERBS:
                verb = speech  # "Lopez said in her speech, in which she attacked Jones:": the speech verb's
            k = bisect.bisect_right(starts, verb.idx) - 1
            if k >= 0 and covered[k][1] > verb.idx:
                continue  # "Another said he hoped Trump wins: “...”": the clause is already reported speech
            source = self._clause_subject(verb, line_start, colon)
            while source is None and verb.dep_ in COLON_CLIMB_DEPS and line_start <= verb.head.idx < verb.idx:
                verb = verb.head  # "Clinton apologized for what happened: “...”": the clause above
                if verb.pos_ in ("VERB", "AUX"):
                    source = self._clause_subject(verb, line_start, colon)
            if source is None:
                continue
            out.append(Draft(verb.i, (verb.idx, verb.idx + len(verb)), source,
                             [(region.start, region.end)], 0.5, quotes=[qi]))
        return out

    def _possessor_label(self, lo: int, colon: int, region, qi: int) -> list[Draft]:
        """A verbless label before a colon naming whose words follow ("Lopez’s full statement:", "From
        Obama’s speech:"): source = the possessor, cue = the noun it owns."""
        span = self.doc.char_span(lo, colon, alignment_mode="expand")
        if span is None or len(span) > MAX_SOURCE_WORDS + 2 or any(t.pos_ in ("VERB", "AUX") for t in span):
            return []
        poss = next((t for t in span if t.dep_ == "poss" and t.pos_ == "PROPN" and t.head.pos_ == "NOUN"), None)
        if poss is None:
            return []
        source = span_tok_range(self.doc, poss.left_edge.i, poss.i)
        noun = poss.head
        return [Draft(noun.i, (noun.idx, noun.idx + len(noun)), source, [(region.start, region.end)], 0.5,
                      quotes=[qi])] if source else []

    def _verb_before(self, i: int, lo: int, need_subject: bool = False):
        """The nearest verb (with a subject) before token ``i`` in its sentence, not before ``lo``."""
        for t in reversed(self.doc[max(0, i - MAX_CLAUSE_SOURCE_WORDS):i]):
            if t.idx < lo or t.text in (".", ";", "!", "?") or self.mask[t.idx]:
                return None
            if t.pos_ in ("VERB", "AUX") and (not need_subject or any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in t.children)):
                return t
        return None

    def _clause_subject(self, verb, lo: int, hi: int) -> Span | None:
        """The subject (or "Here's X" attribute) of ``verb`` between ``lo`` and ``hi``."""
        subj, _ = find_source(verb, lambda c: not self.mask[c.idx])
        if subj is None and verb.lemma_ == "be":
            subj = next((c for c in verb.children if c.dep_ == "attr" and c.pos_ == "PROPN"), None)
        if subj is None or not lo <= subj.idx < hi:  # the parser lost the subject ("Smith was blunt:")
            span = self._source_before_cue(verb)
            return span if span and span[0] >= lo and self.text[span[0]:span[1]].lower() not in COLON_NON_SOURCES \
                else None
        if subj.lower_ in COLON_NON_SOURCES or self.mask[subj.idx]:
            return None
        if subj.dep_ == "attr":
            return span_tok_range(self.doc, subj.i, subj.i)
        span = span_subtree(self.doc, subj)
        if span is None:
            return None
        return span_trim(self.text, max(lo, span[0]), min(hi, span[1]))

    def _bare_cue_after(self, lo: int, at: int) -> bool:
        """"“... the emails.” Trump said.", "“...” Lopez, the county chair, said in an interview.": a
        quotation closed by a full stop, then its speaker (a verbless phrase or the cue's parsed
        subject) and a speech verb with no clause or quotation of its own up to the sentence end."""
        tok = self.doc.char_span(at, at + 1, alignment_mode="expand")
        if tok is None or not len(tok) or cues.lemma(tok[0]) not in cues.QUOTE_VERBS \
                or len(self.text[lo:at].split()) > MAX_BARE_SUBJECT_WORDS:
            return False
        verb = tok[0]
        if self._gap_has_verb(lo, at):  # "Lopez, who chairs the party, said": the parsed subject fills the gap
            subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
            first = len(self.text[lo:at]) - len(self.text[lo:at].lstrip()) + lo
            if subj is None or subj.left_edge.idx != first or subj.right_edge.i >= verb.i:
                return False
        if any(c.dep_ in BARE_CUE_CLAUSE_DEPS or (c.dep_ == "dobj" and cues.lemma(verb) not in ADDRESSEE_VERBS)
               for c in verb.children):
            return False  # "“...” Trump said the plan would work.", "He demands safeguards.": a new statement
        line_end = self.text.find("\n", at)
        stop = next_sentence_end(self.text, at, line_end if line_end >= 0 else len(self.text))
        tail = self.text[verb.idx + len(verb):stop + 1]
        return len(tail.split()) <= BARE_CUE_TAIL and not any(c in tail for c in "\"“”:;")

    def _after_markup(self, span: Span) -> Span | None:
        """``span`` without markup left in the text ('<tweet author="@x">Rudy Giuliani' -> 'Rudy
        Giuliani'): it starts after a tag it begins in or contains, and ends before the next tag."""
        text = self.text
        start, end = span
        opened = text.rfind("<", 0, start + 1)
        closed = text.find(">", opened) if opened >= 0 else -1
        if opened >= 0 and closed >= start and "\n" not in text[opened:start]:
            start = closed + 1
        for m in MARKUP_TAG.finditer(text, start, end):
            start = max(start, m.end())
        cut = text.find("<", start, end)
        end = cut if cut >= 0 else end
        return span_trim(text, start, end) if end > start else None
