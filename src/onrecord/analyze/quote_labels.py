"""Labelled and signed quotations, for ``statements.StatementExtractor``.

``LabelledQuotes`` is mixed into the extractor (it uses its ``text``, ``doc``, ``regions`` and the
``QuotationLayout`` helpers). News layout it knows, each a quotation whose speaker is named beside
it without a speech verb:

* a name before a colon and a quotation inside a paragraph ("Pollsters agree - Carl Bialik: “...”");
* a paragraph opening "Name, descriptor:" with the quotation after the colon or in the next
  paragraph (vox pops, lists of reactions, quoted tweets "@handle: “...”");
* a paragraph opening with an inverted speech verb ("Added Jones, “...”");
* a quotation paragraph signed on the next line ("— Bernie Sanders.") or after its closing mark
  ("“...” — Maria Lopez, 34, Phoenix"), list bullets allowed.
"""

from __future__ import annotations

import re

from onrecord.analyze import cues as cue_lexicon
from onrecord.analyze.frames import doc_ents, span_trim
from onrecord.analyze.quote_layout import BULLETS, INLINE_LABEL, MAX_LABEL_WORDS, SCARE_QUOTE_WORDS, Draft
from onrecord.models import Span

# "Lopez — “...”", "Rep. Ann Park -- “...”": a short name, a dash and a quotation (lists of reactions).
DASH_LABEL = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=[.!?][”\"]\s))[ \t]*([A-Z][^\n“”\"—–―:;,]{0,40}?)[ \t\xa0]+(?:—|–|―|--)[ \t\xa0]*(?=[“\"])",
                        re.M)
INLINE_LABEL_LEAD = re.compile(r"(?:more\s+)?from\s+", re.I)  # "More from Jones:" -> "Jones"
# "Trump on immigration:", "Lopez in a statement:", "Ryan via Twitter:": a speaker, then a topic or a channel.
LABEL_TOPIC = re.compile(r"\s+(?:on|in|via|at|during|to)\s+\S")
NAME_ENTITY_LABELS = frozenset({"PERSON", "ORG"})
LABEL_NON_NAME_POS = frozenset({"VERB", "AUX", "PRON"})
LABEL_BAD_FIRST_POS = frozenset({"ADV", "ADP", "SCONJ", "CCONJ"})
# "⏎“...”⏎⏎— Bernie Sanders, Vermont senator.": a quotation paragraph signed on the next line.
SIGNATURE_LINE = re.compile(r"^[ \t\xa0]*[-–—―][ \t\xa0]*([A-Z][^,\n–—―]{0,60}?)(?:,[^\n]*)?[.]?[ \t\xa0]*$", re.M)
MAX_SIGNATURE_WORDS = 5
# "“...” Maria Lopez": a quotation line signed by a bare name after its closing mark (reader lists).
BARE_SIGNATURE_TAIL = re.compile(r"(?<=[”\"])[ \t\xa0]+([A-Z][^,\n–—―“”\".!?:;()]{0,60}?)(?:,[^\n“”\"]*)?[.]?[ \t\xa0]*$", re.M)
BARE_SIGNATURE_WORDS = (2, 4)
# "“...” — Maria Lopez, 34, Phoenix": a quotation paragraph signed at its end.
SIGNATURE_TAIL = re.compile(r"(?<=[”\"])[ \t\xa0]*[-–—―]{1,2}[ \t\xa0]*([A-Z@][^,\n–—―“”\"]{0,60}?)(?:,[^\n“”\"]*)?[.]?[ \t\xa0]*$", re.M)
# A paragraph opening "Name, descriptor:" with its quotation after the colon or in the next paragraph
# ("Maria Lopez, 34, a nurse in Phoenix: “...”", "Sen. Jane Doe, D-Ohio:⏎⏎“...”", "@janedoe: “...”").
NAME_LABEL = re.compile(r"^[ \t]*(?:[•·*][ \t]*)?([A-Z@][^:\n“”\"]{1,110}?):[ \t\xa0]*\n?[ \t\xa0\n]*(?=[“\"])", re.M)
MAX_NAME_LABEL_WORDS = 16
MAX_TITLED_NAME_WORDS = 9  # "Former secretary of state Hillary Rodham Clinton"
# '"...⏎Dean Baker, Center for Economic Research."': a pull quote signed inside its marks.
SIGNED_INSIDE = re.compile(r"^[ \t]*([A-Z][^\n“”\"]{2,100}?)[.]?[”\"][ \t]*$", re.M)
MAX_INSIDE_SIGNATURE_WORDS = 10
# An inverted cue opening its paragraph: "Added Jones, “...”", "Said one aide: “...”".
INVERTED_OPENING = re.compile(
    r"^[ \t]*(Said|Says|Added|Adds|Asked|Asks|Wrote|Writes|Continued|Replied|Noted|Explained|Recalled"
    r"|Quipped|Countered|Tweeted)[ \t]+([^:\n“”\"]{1,80}?)[,:][ \t]*(?=[“\"])", re.M)


class LabelledQuotes:
    """Label and signature rules (see module docstring); a mixin of ``StatementExtractor``."""

    def inline_labels(self) -> list[Draft]:
        """A short verbless name right before a colon and a quotation ("Pollsters agree - Carl
        Bialik: “...”", "More from Jones: “...”"): source = the name, cue = the colon."""
        out = []
        for m in INLINE_LABEL.finditer(self.text):
            sentence = max(m.group(1).rfind(". "), m.group(1).rfind("! "), m.group(1).rfind("? "))
            first = m.start(1) + (sentence + 2 if sentence >= 0 else 0)  # "... a lot. From the report:"
            lead = INLINE_LABEL_LEAD.match(self.text, first, m.end(1))
            start = lead.end() if lead else first
            label = self.text[start:m.end(1)]
            if self.mask[m.end(1)] or not label.strip():
                continue
            end = m.end(1)
            topic = LABEL_TOPIC.search(label)  # "Lopez on the polls: “...”": the name before "on"
            if "," in label or topic:  # "“...,” he said. Lopez, the county chair: “...”"
                end = self.text.find(",", start, end) if "," in label else start + topic.start()
                whole = self.doc.char_span(start, m.end(1), alignment_mode="expand")
                if end <= start or len(label.split()) > MAX_NAME_LABEL_WORDS or whole is None \
                        or any(t.pos_ in ("VERB", "AUX", "PRON") and t.idx >= end for t in whole) \
                        or not self._known_name(start, end):
                    continue
            elif len(label.split()) > MAX_LABEL_WORDS:
                continue
            span = self.doc.char_span(start, end, alignment_mode="expand")
            words = [t for t in span if not t.is_punct] if span is not None else []
            if end == m.end(1) and (not words or any(t.pos_ in LABEL_NON_NAME_POS for t in span)
                                    or words[0].pos_ in LABEL_BAD_FIRST_POS
                                    or not self._label_head_ok(words, bool(lead))) \
                    and not (not lead and self._known_name(start, end)):
                continue  # "For example:", "He said:": not a name ("Lopez:" tagged an adjective is)
            qs = self.regions_in(m.end(), m.end() + 2)
            if not qs or not self._is_full_quote(self.regions[qs[0]]):
                continue
            region = self.regions[qs[0]]
            colon = m.end(1)
            out.append(Draft(-1, (colon, colon + 1), (start, end), [(region.start, region.end)], 1.0,
                             quotes=[qs[0]]))
        return out

    def _known_name(self, start: int, end: int) -> bool:
        """``[start, end)`` is a short name: capitalised words the tagger calls proper nouns or that the
        article names elsewhere as a person or organisation ("Lopez" tagged as an adjective)."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        words = [t for t in span if t.is_alpha] if span is not None else []
        if not words or len(words) > MAX_LABEL_WORDS or not all(t.text[:1].isupper() for t in words) \
                or any(t.pos_ == "PRON" for t in words):
            return False
        if all(t.pos_ == "PROPN" for t in words):
            return True
        names = self.__dict__.get("_entity_words")
        if names is None:
            names = self._entity_words = {t.lower_ for e in doc_ents(self.doc)
                                          if e.label_ in NAME_ENTITY_LABELS for t in e if t.is_alpha}
        return all(t.lower_ in names for t in words)

    def dash_labels(self) -> list[Draft]:
        """A short name, a dash and a quotation ("Lopez — “We will win ...”"): source = the name, cue =
        the dash, content = the quotation (a name the article knows, see ``_known_name``)."""
        out = []
        for m in DASH_LABEL.finditer(self.text):
            name = span_trim(self.text, m.start(1), m.end(1))
            if name is None or self.mask[name[0]] or not self._known_name(*name):
                continue
            qs = self.regions_in(m.end(), m.end() + 2)
            if not qs or len(self.text[self.regions[qs[0]].start:self.regions[qs[0]].end].split()) < SCARE_QUOTE_WORDS + 1:
                continue
            between = self.text[m.end(1):m.end()]
            dash = m.end(1) + len(between) - len(between.lstrip())
            region = self.regions[qs[0]]
            out.append(Draft(-1, (dash, dash + 1), name, [(region.start, region.end)], 1.0, quotes=[qs[0]]))
        return out

    @staticmethod
    def _label_head_ok(words, after_from: bool) -> bool:
        """A label ends in a name ("Carl Bialik"), is a capitalised name of an organisation ("Pew
        Research") or, after "From"/"More from", any noun phrase ("From the report:")."""
        last = words[-1]
        if last.pos_ == "PROPN" or (after_from and last.pos_ == "NOUN"):
            return True
        return last.pos_ == "NOUN" and not any(t.pos_ == "DET" for t in words) \
            and all(t.text[:1].isupper() for t in words if t.is_alpha)

    def name_labels(self) -> list[Draft]:
        """A paragraph opening with a name and a descriptor before a colon, its quotation after the
        colon or opening the next paragraph (vox pops, lists of reactions, quoted tweets):
        "Maria Lopez, 34, a nurse in Phoenix: “...”": source = the label, cue = the colon."""
        out = []
        for m in NAME_LABEL.finditer(self.text):
            label = span_trim(self.text, m.start(1), m.end(1))
            if label is None or len(self.text[label[0]:label[1]].split()) > MAX_NAME_LABEL_WORDS:
                continue
            if not self._names_someone(label):
                continue
            qs = self.regions_in(m.end(), m.end() + 2)
            if not qs or not self._is_full_quote(self.regions[qs[0]]):
                continue
            region = self.regions[qs[0]]
            cue = (m.end(1), m.end(1) + 1)
            verb = self._clause_verb(label)
            if verb is not None:  # "Sam Lau, a spokesman, said in a statement: “...”": the verb and its subject
                label, cue = span_trim(self.text, label[0], verb.idx), (verb.idx, verb.idx + len(verb))
                if label is None:
                    continue
            out.append(Draft(-1, cue, label, [(region.start, region.end)], 1.0, quotes=[qs[0]]))
        return out

    def signed_inside(self) -> list[Draft]:
        """A pull quote signed inside its marks: a paragraph opening an unclosed quotation, then a
        line that is only a name (and title) closing the marks ('"...⏎Dean Baker, economist."'):
        source = the name line, cue = the closing mark, content = the quotation."""
        out = []
        for m in SIGNED_INSIDE.finditer(self.text):
            name = span_trim(self.text, m.start(1), m.end(1))
            if name is None or len(self.text[name[0]:name[1]].split()) > MAX_INSIDE_SIGNATURE_WORDS \
                    or any(c in self.text[name[0]:name[1]] for c in ".!?;"):
                continue
            prev_end = m.start() - 1
            prev_start = self.text.rfind("\n", 0, max(0, prev_end)) + 1
            qs = self.regions_in(prev_start, prev_end)
            if prev_end <= 0 or len(qs) != 1 or self.regions[qs[0]].closed \
                    or self.regions[qs[0]].start != prev_start + len(self.text[prev_start:prev_end]) \
                    - len(self.text[prev_start:prev_end].lstrip()) \
                    or len(self.text[prev_start:prev_end].split()) < SCARE_QUOTE_WORDS * 2:
                continue
            close = m.end(1) + (1 if self.text[m.end(1)] == "." else 0)
            region = self.regions[qs[0]]
            out.append(Draft(-1, (close, close + 1), name, [(region.start, region.end)], 1.0, quotes=qs))
        return out

    def inverted_openings(self) -> list[Draft]:
        """A paragraph opening with an inverted speech verb, its speaker and a quotation ("Added
        Jones, “...”"): source = the speaker, cue = the verb."""
        out = []
        for m in INVERTED_OPENING.finditer(self.text):
            source = span_trim(self.text, m.start(2), m.end(2))
            qs = self.regions_in(m.end(), m.end() + 2)
            if source is None or len(self.text[source[0]:source[1]].split()) > MAX_NAME_LABEL_WORDS \
                    or not qs or self._clause_verb(source) is not None:
                continue  # "Asked why, Sembler responded: “...”": a question, then the speaker's own verb
            region = self.regions[qs[0]]
            inner = self.text[region.start + 1:region.end].strip()
            if len(inner.split()) < SCARE_QUOTE_WORDS or not inner[:1].isupper():
                continue
            out.append(Draft(-1, (m.start(1), m.end(1)), source, [(region.start, region.end)], 1.0, quotes=[qs[0]]))
        return out

    def _clause_verb(self, span: Span):
        """The verb of a clause ``span`` holds: one the parser heads it with or a speech verb ("Sam Lau,
        a spokesman, said in a statement", "why, Sembler responded"); None for a verbless label (a
        relative clause in a descriptor, "a nurse who lives in Phoenix", is fine)."""
        words = self.doc.char_span(span[0], span[1], alignment_mode="expand")
        return next((t for t in words or () if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("relcl", "acl")
                     and (t.dep_ == "ROOT" or cue_lexicon.lemma(t) in cue_lexicon.QUOTE_VERBS)), None)

    def _names_someone(self, label: Span) -> bool:
        """The label's first comma-separated part is a name ("Sen. Jane Doe", "@janedoe"): verbless,
        capitalised words ending in a proper noun (a handle is a name)."""
        head_end = self.text.find(",", label[0], label[1])
        head_end = label[1] if head_end < 0 else head_end
        head = self.text[label[0]:head_end].strip()
        if head.startswith("@"):
            return len(head.split()) == 1 and len(head) > 1
        span = self.doc.char_span(label[0], head_end, alignment_mode="contract")  # not 'Clinton:"We'
        if span is None or not len(span):
            span = self.doc.char_span(label[0], head_end, alignment_mode="expand")
        words = [t for t in span if not t.is_punct] if span is not None else []
        if not words or words[-1].pos_ != "PROPN" or any(t.pos_ in LABEL_NON_NAME_POS for t in words):
            return self._known_name(label[0], head_end)  # "Lopez" the tagger calls an adjective
        if len(words) <= MAX_LABEL_WORDS and all(t.text[:1].isupper() for t in words if t.is_alpha and len(t) > 3) \
                and not any(t.pos_ in LABEL_BAD_FIRST_POS for t in words):
            return True
        # "Former secretary of state Hillary Rodham Clinton": a title, then a name of two words or more
        return len(words) <= MAX_TITLED_NAME_WORDS and words[0].pos_ not in LABEL_BAD_FIRST_POS \
            and len(words) >= 2 and words[-2].pos_ == "PROPN" and words[-2].text[:1].isupper()

    def signed_quotes(self) -> list[Draft]:
        """A paragraph that is one quotation, signed on the next line by a dash and a name ("— Bernie
        Sanders." / "-Michelle Marks, Philadelphia."): source = the name, cue = the dash, content =
        the quotation. (Pull quotes signed inside their marks, "“...⏎Name, Title.”", repeat a
        quotation of the body and are left alone.)"""
        out = []
        for m in SIGNATURE_LINE.finditer(self.text):
            name = span_trim(self.text, m.start(1), m.end(1))
            if name is None or len(self.text[name[0]:name[1]].split()) > MAX_SIGNATURE_WORDS:
                continue
            qs = self._quotation_paragraph_before(m.start())
            if qs and self._names_someone(name):
                dash = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
                out.append(Draft(-1, (dash, dash + 1), name,
                                 [(self.regions[q].start, self.regions[q].end) for q in qs], 1.0, quotes=qs))
        return out

    def signed_tails(self) -> list[Draft]:
        """A paragraph that is one quotation signed after its closing mark ("“...” — Maria Lopez, 34,
        Phoenix"): source = the name, cue = the dash, content = the quotation."""
        out = []
        bare = ((m, True) for m in BARE_SIGNATURE_TAIL.finditer(self.text))
        for m, dashless in [*((m, False) for m in SIGNATURE_TAIL.finditer(self.text)), *bare]:
            name = span_trim(self.text, m.start(1), m.end(1))
            if name is None or len(self.text[name[0]:name[1]].split()) > MAX_SIGNATURE_WORDS \
                    or not self._names_someone(name) or dashless and not self._bare_signature(name, m.end()):
                continue
            line_start = self.text.rfind("\n", 0, m.start()) + 1
            qs = self.regions_in(line_start, m.start())
            if not qs or self.text[line_start:self.regions[qs[0]].start].strip(BULLETS + " \t") \
                    or self.regions[qs[-1]].end != m.start() or not self._is_full_quote(self.regions[qs[0]]):
                continue
            if any(self.text[self.regions[a].end:self.regions[b].start].strip() for a, b in zip(qs, qs[1:], strict=False)):
                continue  # narration between the quotations
            dash = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
            out.append(Draft(-1, name if dashless else (dash, dash + 1), name,
                             [(self.regions[q].start, self.regions[q].end) for q in qs], 1.0, quotes=qs))
        return out

    def _bare_signature(self, name: Span, end: int) -> bool:
        """A dashless signature is a person's name of two to four capitalised words, with no verb up
        to the line's ``end`` ("“...” Maria Lopez, 34, Phoenix", not "“...” Maria Lopez, 34, said")."""
        words = self.text[name[0]:name[1]].split()
        lo, hi = BARE_SIGNATURE_WORDS
        span = self.doc.char_span(name[0], end, alignment_mode="expand")
        return lo <= len(words) <= hi and all(w[:1].isupper() for w in words) and span is not None \
            and not any(t.pos_ in ("VERB", "AUX") for t in span)

    def _quotation_paragraph_before(self, at: int) -> list[int]:
        """Quote regions of the paragraph ending before ``at`` when it is nothing but quotation(s)."""
        prev_end = at - 1
        while prev_end > 0 and self.text[prev_end - 1] in "\n \t":
            prev_end -= 1
        if prev_end <= 0:
            return []
        prev_start = self.text.rfind("\n", 0, prev_end) + 1
        qs = self.regions_in(prev_start, prev_end)
        para = self.text[prev_start:prev_end]
        if not qs or self.regions[qs[0]].start != prev_start + len(para) - len(para.lstrip()):
            return []
        if self.text[self.regions[qs[-1]].end:prev_end].strip(" .") or not self._is_full_quote(self.regions[qs[0]]):
            return []  # the paragraph is not just the quotation
        return qs
