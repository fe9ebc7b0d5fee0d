"""Modal commitments: future modals in the holder's own voice and "should"/"must" directives.

A first-person quote ("I will vote", "we're going to"), reported speech ("said he would", "says the
ad will air") and obligations ("You should resign", "said local officials should reach out").
Forecasts, counterfactuals, refusals, schedules and claims about rivals are left out.
"""

from __future__ import annotations

from onrecord.analyze import commitment_lexicon as L
from onrecord.analyze import commitment_patterns as P
from onrecord.analyze.commitment_assembly import finish, group_name
from onrecord.analyze.commitment_checks import (
    animate,
    bare_pronoun,
    future_speech,
    generic_group,
    has_to,
    in_condition,
    in_wh_clause,
    named_group,
    negated,
    negative_subject,
    organisation,
    specific,
    speech_head,
    under_belief,
    volitional,
)
from onrecord.analyze.commitment_extents import clause_content, condition_clause
from onrecord.analyze.commitment_forms import (
    commentator,
    counterfactual,
    fused_negation,
    modal_trigger_span,
    person_talked_about,
    poll_share,
    reported_third_party,
    speaks_for,
)
from onrecord.analyze.commitment_spans import TITLES, ArticleContext, make_span, subject_of
from onrecord.analyze.commitment_speech import according_source
from onrecord.models import Commitment


def modal_trigger(tok, ctx: ArticleContext) -> Commitment | None:
    """Future modals in a first-person quote or under a speech verb; "should" directives."""
    low = tok.lower_
    if tok.lemma_.lower() in L.NECESSITY_VERBS:
        return necessity(tok, ctx)
    going = low == "going" and any(c.dep_ == "xcomp" and has_to(c) for c in tok.children)
    if not going and (tok.tag_ != "MD" or tok.dep_ not in {"aux", "auxpass"}):
        return None
    verb = next(c for c in tok.children if c.dep_ == "xcomp") if going else tok.head
    clause = tok if going else verb  # the token that carries subject, negation and speech head
    if not volitional(verb) or has_ability(verb) or (going and any(c.dep_ == "mark" and c.lower_ in P.CONDITION_MARKS
                                               for c in tok.children)):
        return None
    if under_belief(clause) or in_wh_clause(clause, verb) or (  # a forecast or an embedded question
            clause.dep_ == "ccomp" and negated(clause.head)):  # "I never said I was going to pay"
        return None
    subj = subject_of(clause, climb=False)
    if subj is None and clause.dep_ == "conj" and (tok.i == 0 or tok.doc[tok.i - 1].pos_ in {"CCONJ", "PUNCT", "ADV"}):
        subj = subject_of(clause.head, climb=False)  # "would not come ... but would first review";
        # not "I will create borders & the drugs will stop": a subject the parser left on the object
    if subj is None or (subj.lower_ in P.NON_HOLDER_SUBJECTS and subj.lower_ != "it") or negative_subject(clause):
        return None  # also "No candidate will cut taxes": a negative subject holds nothing
    quoted = ctx.in_quote(tok.idx) or ctx.in_direct_statement(tok.idx)
    first_person = bare_pronoun(subj) in {"i", "we"}  # also an editor's "[W]e"
    speech = speech_head(clause)
    if speech is None and clause.dep_ == "conj" and low not in P.OBLIGATION_MODALS and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        speech = speech_head(clause.head)  # "said that her focus was jobs, and that she would not outsource it"
    if future_speech(speech):
        return None
    source = according_source(clause) if speech is None and low not in P.OBLIGATION_MODALS else None
    if low in P.OBLIGATION_MODALS:
        return obligation(tok, verb, subj, quoted, speech, ctx)
    if not first_person and verb.tag_ == "VBG" and (speech is None or negated(clause) or negated(tok)
                                                   or verb.lemma_.lower() == "do"):  # "he'd be doing so because"
        return None  # "Palin will not be attending": a schedule; but "said he will be releasing ..." a plan
    if going:
        future = True
    else:  # backshifted "would" needs a past-tense speech verb ("said he would", not "says it would")
        future = low in P.FUTURE_MODALS or (low in P.BACKSHIFT_MODALS and (source is not None or speech is not None
                                                                         and speech.tag_ not in {"VBZ", "VBP"}))
    if not future or in_condition(tok) or any(c.lower_ == "otherwise" and c.dep_ == "advmod" for c in verb.children):
        return None  # "…, saying that otherwise Netanyahu would walk all over us": a forecast if not
    if quoted and not first_person and (speech is None or not (
            ctx.in_quote(speech.idx) or ctx.in_direct_statement(speech.idx))):
        return None  # a quoted prediction about someone else; but "BENENSON: a man who said he'd never"
    if quoted and going and any(c.dep_ == "aux" and c.lower_ in {"was", "were"} for c in tok.children):
        return None  # "I was going to do one really wild": a past intention in direct speech
    if (negated(clause) or negated(tok)) and verb.lemma_.lower() in P.DISCLOSURE_VERBS and (
            verb.lemma_.lower() not in {"go", "get"} or any(c.lower_ == "into" for c in verb.children)):
        return None  # "would not identify any issue", "not going to go into that": a refusal, now
    if low in P.BACKSHIFT_MODALS and counterfactual(condition_clause([verb], tok), reported=not quoted):
        return None  # "If I were in my 40s, I'd go back to school": a counterfactual
    if quoted and first_person and low in P.BACKSHIFT_MODALS and not condition_clause([verb], tok) \
            and not own_past_report(clause, speech):
        return None  # direct speech is not backshifted: "I wouldn't put out any moral arguments" is a hedge
    if quoted and first_person:
        speaker = ctx.quote_speaker(tok)
        if speaker is None or ctx.in_nested_quote(tok.idx) or commentator(speaker[1], ctx):
            return None  # an economist's "we're going to be attracting workers": a forecast
        holder_span, holder = make_span(tok.doc, subj.i, subj.i), speaker[1]
    elif speech is not None and speech.lemma_.lower() not in P.NON_COMMITTAL_SPEECH:
        owner = subject_of(speech)
        if owner is not None and owner.lower_ in P.PARTITIVE_HEADS:  # "Most of the Senate Republicans said they"
            owner = next((g for p in owner.children if p.dep_ == "prep" and p.lower_ == "of"
                          for g in p.children if g.dep_ == "pobj"), owner)
        if owner is not None and speech.tag_ == "VBG" and speech.dep_ == "acl" and owner.i == speech.head.i \
                and not animate(owner) and owner.dep_ == "dobj":
            if subj.pos_ != "PRON":
                return None  # "spent the call telling Netanyahu that Clinton would": a claim about her
            owner = subject_of(owner.head)  # "spent the call reassuring Netanyahu that he would": Trump
        if owner is not None and owner.lemma_.lower() in L.PERSON_COMMON_NOUNS and subj.lower_ in {"he", "she"}:
            if (ctx.name(subj) or subj.lower_).lower() == subj.lower_ or _gender_clash(ctx, subj):
                return None  # "a woman who said she would vote for him": an unnamed person
            owner = subj  # "This is a man who said he'd never run a negative ad": the "he" is the speaker
        if owner is not None and owner.pos_ == "NOUN" and owner.is_lower and not animate(owner) \
                and owner.lemma_.lower() not in P.DOCUMENT_HOLDERS:
            return None  # "the money machine guarantees that he will have the resources"
        if subj.lower_ == "it" and owner is not None and organisation(owner) \
                and not (owner.pos_ == "PROPN" and owner.lower_ in ctx.person_keys):  # a person is not "it"
            holder_span, holder = ctx.mention_span(subj), ctx.name(owner)  # "the network said it would"
        elif subj.lower_ == "they" and owner is not None and owner.tag_ in {"NNS", "NNPS"} \
                and animate(owner) and named_group(owner):  # "Sanders supporters say they'll shift"
            holder_span, holder = ctx.mention_span(subj), group_name(ctx, owner) or ctx.name(owner)
        elif subj.lower_ == "they" and owner is not None and owner.pos_ == "PROPN" and (
                pair := [owner, *(c for c in owner.children if c.dep_ == "conj" and c.pos_ == "PROPN")])[1:]:
            holder_span = ctx.mention_span(subj)  # "O'Malley and Huckabee announced they will suspend"
            holder = " and ".join(ctx.name(t) or t.text for t in pair)
        elif subj.lower_ in {"you", "they", "it"} or not animate(subj) or generic_group(subj):
            if subj.lemma_.lower() not in P.OWN_PRODUCT_SUBJECTS or owner is None:
                return None
            holder_span, holder = ctx.mention_span(owner), ctx.name(owner)
        elif subj.lower_ in {"he", "she"} and owner is not None and (
                owner.pos_ == "PROPN" or owner.tag_ == "NN" and animate(owner)):
            # "Trump said he would"; but "Lee said the candidate would X, adding that he would Y": he
            # is the person the speaker was just talking about
            owner_name = _same_surname_of_gender(ctx, owner, subj) or ctx.name(owner)
            if _gender_of(ctx, owner_name) not in {None, "m" if subj.lower_ == "he" else "f"}:
                if not any(t.lower_ in P.SPOKES_NOUNS for t in owner.subtree):
                    return None  # "Hillary Clinton went on offense against Trump, saying he would abdicate …"
                owner_name = ctx.name(subj)  # "Nick Merrill, a spokesman for Mrs. Clinton, said … she would"
            about = reported_third_party(owner, subj) or person_talked_about(
                speech, owner_name, subj, ctx.resolver)
            if about is not None and (about.dep_ == "dobj" or about.i == subj.i and not any(
                    t.lower_ in P.SPOKES_NOUNS for t in owner.subtree)):
                return None  # "attacked Trump, saying he would ...": a claim about him, not his word
            holder_span = ctx.mention_span(subj)
            holder = ctx.name(about) if about is not None else owner_name
        elif owner is not None and {owner.lower_, subj.lower_} == {"he", "she"}:
            return None  # "She said he would ...": a claim about someone else
        elif owner is not None and not speaks_for(owner, subj, ctx):
            return None  # "Trump told a rally, saying Clinton would abolish ...": a claim about a rival
        else:
            holder_span, holder = ctx.mention_span(subj), ctx.name(subj)
    elif source is not None and not quoted and (found := _according_holder(ctx, subj, source)) is not None:
        holder_span, holder = found  # "According to the senator, he would vote against the bill"
    else:
        return None
    trigger = modal_trigger_span(tok, clause, going)
    start = (next(c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to").i + 1) if going \
        else fused_negation(tok) + 1
    if tok.i < subj.i < verb.i:
        start = max(start, subj.i + 1)  # "not only will I stand up": the inverted subject is not the act
    content = clause_content([verb], tok, start=start)
    if content is None:
        return None
    if source is not None and speech is None and content[0] < source.head.head.idx < content[1]:
        last = tok.doc[source.head.head.i - 1]  # "..., according to Senator Smith": the attribution is no act
        last = tok.doc[last.i - 1] if last.is_punct and last.i > verb.i else last
        content = (content[0], last.idx + len(last.text))
    return finish(ctx, "promise", holder, holder_span, trigger, content, [verb], tok, None,
                   speech or clause)


def necessity(tok, ctx: ArticleContext) -> Commitment | None:
    """"Trump said Mexico has to pay for the wall", "“Congress needs to act now,” Obama said": a
    necessity put on a named other party in the holder's own statement (a demand, like "should")."""
    verb = next((c for c in tok.children if c.dep_ == "xcomp" and has_to(c)), None)
    if verb is None or tok.tag_ not in {"VBZ", "VBP", "VBD"} or negated(tok) or not volitional(verb) \
            or verb.lemma_.lower() in L.NECESSITY_NON_ACTS or tok.dep_ == "relcl" \
            or tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].lower_ != "to" or under_belief(tok):
        return None  # "doesn't have to", "has the power to", "I think she has to", "the needle she has to thread"
    subj = subject_of(tok, climb=False)
    speech = speech_head(tok)
    if subj is None or subj.pos_ != "PROPN" or subj.lower_ in L.OWN_NATION_NAMES:
        return None  # "the next president has to", "the U.S. needs to": a role or the nation, not a party
    if any(t.lower_ in {"we", "us", "our"} for t in verb.subtree):
        return None  # "the Democratic Party ... need to make clear that we stand with ...": inclusive
    if future_speech(speech) or (tok.tag_ == "VBD" and (speech is None or speech.tag_ != "VBD")):
        return None  # "had to" is a past necessity unless backshifted under "said"
    quoted = ctx.in_quote(tok.idx) or ctx.in_direct_statement(tok.idx)
    return obligation(tok, verb, subj, quoted, speech, ctx, trigger_end=tok.i + 1)


def obligation(tok, verb, subj, quoted: bool, speech, ctx: ArticleContext,
               trigger_end: int | None = None) -> Commitment | None:
    """"You should resign" (quoted, to an addressee) or "said local officials should reach out";
    ``trigger_end`` is the last token of a two-word trigger ("has to")."""
    if tok.lower_ not in {"should", "must"} and trigger_end is None or bare_pronoun(subj) in {"i", "we", "they"} \
            or verb.lemma_.lower() in P.OBLIGATION_NON_ACTS \
            or verb.tag_ == "VBG" and not any(c.dep_ == "dobj" for c in verb.children):
        return None  # "should not be living in poverty": a state; but "should be taking measures"
    if quoted and speech is not None and bare_pronoun(subject_of(speech) or speech) not in {"i", "we"} \
            and ctx.in_quote(speech.idx) == ctx.in_quote(tok.idx):
        quoted = False  # "the campaign said the administration should": the holder is the subject of
        # "said", also in a quotation ("“A lot of people said the governor should step down”": no holder)
    if (tok.lower_ == "must" or trigger_end is not None) and (subj.lower_ == "you" or not (animate(subj) and specific(subj))):
        return None  # "the killings must stop": no actor named
    if quoted:
        speaker = ctx.quote_speaker(tok)
        if speaker is None or ctx.in_nested_quote(tok.idx) or (subj.lower_ != "you" and not specific(subj)) \
                or commentator(speaker[1], ctx):
            return None  # "Judges should avoid commenting": a generic rule; a columnist's advice
        holder_span, holder = speaker
        target = ctx.addressee(tok) if subj.lower_ == "you" else ctx.name(subj)
    elif (speech := speech or speech_head(verb, P.SUGGESTION_VERBS)) is not None and subj.lower_ not in {"you", "it"} and specific(subj):
        owner = subject_of(speech)
        if owner is None or owner.lower_ in P.NON_HOLDER_SUBJECTS or poll_share(owner) or not animate(owner):
            return None  # "all but two said the party should": no holder named
        if trigger_end is not None and (generic_group(owner) or commentator(ctx.name(owner), ctx)):
            return None  # "analysts say Clinton has to ...": advice, not a demand
        holder_span, holder, target = ctx.mention_span(owner), ctx.name(owner), ctx.name(subj)
    else:
        return None
    if subj.lower_ in {"he", "she"} and target and holder and target.lower() == holder.lower():
        target = _other_person(ctx, subj, holder)  # Trump: "Obama refused ... he should step down"
        if target is None:
            return None
    end = tok.i if trigger_end is None else trigger_end
    content = clause_content([verb], tok, start=end + 1)
    if content is None or (target and holder and target.lower() == holder.lower()):
        return None
    return finish(ctx, "demand", holder, holder_span, make_span(tok.doc, tok.i, end), content,
                   [verb], tok, target, speech or verb)


def _other_person(ctx: ArticleContext, pronoun, holder: str, within: int = 120) -> str | None:
    """The nearest person named before ``pronoun`` who is not the holder: a speaker who says "he
    should" means someone else (the holder would say "I")."""
    own = {w.lower() for w in holder.split()}
    for t in reversed(ctx.doc[max(0, pronoun.i - within):pronoun.i]):
        if t.pos_ == "PROPN" and t.ent_type_ == "PERSON" and t.dep_ != "compound" \
                and t.lower_.rstrip(".") not in TITLES and t.lower_ not in own:
            name = ctx.fullest(t) or t.text
            if not own & {w.lower() for w in name.split()}:
                return name
    return None


def has_ability(verb) -> bool:
    """"he would have the power to get them to do it": an ability, not an undertaking."""
    return verb.lemma_.lower() == "have" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in P.ABILITY_NOUNS for c in verb.children)


def own_past_report(clause, speech) -> bool:
    """"I've always said that I would support the nominee", "we promised we'd": the speaker reports
    their own earlier word, so "would" is backshifted "will" (the parser may hang the speech verb
    under the reported clause)."""
    candidates = [speech] if speech is not None else []
    candidates += [c for c in clause.children if c.dep_ in {"ccomp", "parataxis"} and c.i < clause.i]
    return any(v.tag_ in {"VBD", "VBN"} and v.lemma_.lower() in P.SPEECH_VERBS | P.PROMISE_VERBS and any(
        c.dep_ == "nsubj" and bare_pronoun(c) in {"i", "we"} for c in v.children) for v in candidates)


def _same_surname_of_gender(ctx: ArticleContext, owner, pronoun) -> str | None:
    """"Her husband, President Clinton, said he would ...": a gender-less title resolved to the
    wrong person of that surname; the person of the pronoun's gender who shares it, if any."""
    name = ctx.name(owner)
    people = ctx.resolver.people
    known = _person_named(ctx, name)
    wanted = "m" if pronoun.lower_ == "he" else "f"
    if known is None or known.gender is None or known.gender == wanted:
        return None
    surname = (name or "").split()[-1:]
    other = next((p for p in people if p is not known and p.full_name.split()[-1:] == surname
                  and p.gender in {wanted, None}), None)
    if other is not None:
        return other.full_name
    titles = ctx.resolver.lex.titles
    first_named = any(c.dep_ in {"compound", "flat"} and c.i < owner.i and c.lower_.rstrip(".") not in titles
                      for c in owner.children)
    return None if first_named else owner.text  # "Hillary Clinton … saying he would": not her, nor a Clinton


def _according_holder(ctx: ArticleContext, subj, source):
    """(holder span, holder) of a future under "according to <source>": the source itself when the
    subject is its pronoun; the named subject when the source is its staff or its own document."""
    if not animate(subj):
        return None
    if subj.lower_ in {"he", "she", "it", "we"} and animate(source) and source.pos_ != "PRON" \
            and source.lemma_.lower() not in P.DOCUMENT_HOLDERS and not poll_share(source) \
            and (subj.lower_ != "it" or organisation(source)):
        return ctx.mention_span(subj), ctx.name(source)
    staff = source.lemma_.lower() in P.STAFF_WORDS | P.SPOKES_NOUNS or source.lemma_.lower() in P.DOCUMENT_HOLDERS
    if (subj.pos_ == "PROPN" or organisation(subj)) and staff and not any(c.dep_ == "poss" and c.i != subj.i and c.pos_ == "PROPN"
                                                  and c.lower_ != subj.lower_ for c in source.children):
        return ctx.mention_span(subj), ctx.name(subj)  # "Trump would sign it, according to his aides"
    return None


def _person_named(ctx: ArticleContext, name: str | None):
    """The article's person with that full name, or None."""
    return next((p for p in ctx.resolver.people if p.full_name == name), None)


def _gender_of(ctx: ArticleContext, name: str | None) -> str | None:
    """The known gender ("m"/"f") of the article's person with that full name, else None."""
    known = _person_named(ctx, name)
    return known.gender if known is not None else None


def _gender_clash(ctx: ArticleContext, pronoun) -> bool:
    """The pronoun resolves to a person of the other known gender ("a man who said he'd ..." read as
    the only woman the article names): the speaker is someone the article does not name here."""
    return _gender_of(ctx, ctx.name(pronoun)) not in {None, "m" if pronoun.lower_ == "he" else "f"}
