"""News quoting style: which quotation a cue owns and who its source is (small texts written here)."""

from __future__ import annotations

import pytest

from statement_helpers import source_text as _source
from statement_helpers import with_content as _with_content


def _statements(nlp, text: str):
    doc = nlp(text)
    return doc, doc._.statements




def test_nearest_subject_not_the_one_inside_the_previous_quotation(nlp):
    doc, sts = _statements(nlp, "One man wrote, “What a pandering act. Never, never Hillary.”\n\n"
                                "Another commenter said, “We all know how she feels about the police.”\n")
    st = _with_content(doc, sts, "We all know how she feels")
    assert _source(doc, st) == "Another commenter" and st.kind == "direct"


def test_long_subject_after_an_exclaimed_quotation(nlp):
    doc, sts = _statements(nlp, "“The great state of Alabama is proud to cast its votes for Donald Trump!” "
                                "US Senator Jeff Sessions said as he launched the process.\n")
    st = _with_content(doc, sts, "The great state of Alabama")
    assert "Sessions" in _source(doc, st) and st.kind == "direct"


def test_opening_mark_typed_as_closer(nlp):
    from onrecord.analyze.quotes import find_quotes

    text = "“The reality is, that could create new problems for her here,“ said Jim Clyburn, a congressman.\n"
    regions = find_quotes(text)
    assert [text[r.start:r.end] for r in regions] == ["“The reality is, that could create new problems for her here,“"]
    doc, sts = _statements(nlp, text)
    st = _with_content(doc, sts, "create new problems")
    assert "Clyburn" in _source(doc, st) and st.kind == "direct"


def test_any_verb_introducing_a_quotation_after_a_comma(nlp):
    doc, sts = _statements(nlp, "After Jerry Brown criticized her husband during a debate, Hillary shot back, "
                                "“I suppose I could have stayed home and baked cookies.”\n")
    st = _with_content(doc, sts, "I suppose I could have stayed home")
    assert doc.text[slice(*st.cue_span)] == "shot" and _source(doc, st) == "Hillary"


def test_quotation_before_the_cue_beats_the_parsed_clause(nlp):
    doc, sts = _statements(nlp, "\"If she gets to pick her judges, nothing you can do, folks,\" Trump said before "
                                "adding: \"Though the Second Amendment people, maybe there is.\"\n")
    first = _with_content(doc, sts, "If she gets to pick her judges")
    assert doc.text[slice(*first.cue_span)] == "said" and _source(doc, first) == "Trump"
    assert first.kind == "direct"
    second = _with_content(doc, sts, "Though the Second Amendment people")
    assert second is not first and doc.text[slice(*second.cue_span)] == "adding"


def test_lost_subject_taken_from_the_words_before_the_cue(nlp):
    doc, sts = _statements(nlp, "Although there is no such overlap, a White House official who spoke "
                                "anonymously to discuss internal strategy said Wednesday, \"Certainly there "
                                "are discussions between the White House and the Sanders campaign.\"\n")
    st = _with_content(doc, sts, "Certainly there are discussions")
    assert "official" in _source(doc, st) and st.kind == "direct"


def test_quotation_signed_on_a_dash_line(nlp):
    doc, sts = _statements(nlp, "Delegates spoke to us after the speech.\n\n"
                                "\"The whole idea of a crooked candidate is something we hear all the time, "
                                "and it needs to stop.\"\n\n-Michelle Marks, Philadelphia.\n\nThe hall emptied.\n")
    st = _with_content(doc, sts, "The whole idea of a crooked candidate")
    assert _source(doc, st) == "Michelle Marks" and doc.text[slice(*st.cue_span)] == "-"
    assert st.kind == "direct"


def test_headline_quotation_after_a_long_title(nlp):
    doc, sts = _statements(nlp, "Gillibrand on Hillary Releasing Her Goldman Sachs Speech Transcripts: "
                                "‘I Think She Will.’\n\nThe senator spoke on Friday.\n")
    st = _with_content(doc, sts, "I Think She Will")
    assert _source(doc, st) == "Gillibrand" and st.kind == "direct"


def test_two_transcript_turns_on_one_line(nlp):
    doc, sts = _statements(nlp, "Clinton: \"Our goal is not to contain ISIS but to defeat and destroy ISIS.\" "
                                "Bush: \"The mission is to destroy ISIS, not to contain it.\"\n")
    clinton = _with_content(doc, sts, "Our goal is not to contain")
    bush = _with_content(doc, sts, "The mission is to destroy")
    assert _source(doc, clinton) == "Clinton" and _source(doc, bush) == "Bush"
    assert not any("The mission" in doc.text[s:e] for s, e in clinton.content_spans)


def test_quotation_right_after_a_speech_verb_is_that_verbs(nlp):
    doc, sts = _statements(nlp, "Asked how likely a win was, 21 percent said “not too likely” and 14 percent "
                                "said “not at all likely.”\n")
    st = _with_content(doc, sts, "not too likely")
    assert _source(doc, st) == "21 percent"


def test_participle_after_a_quotation_takes_no_inverted_subject(nlp):
    doc, sts = _statements(nlp, "Cuba threatened to sue.\n\nRubio fired back forcefully: “If they sue us in a court in Miami, they are "
                                "going to lose,” referencing the large number of Cuban immigrants there.\n")
    _with_content(doc, sts, "If they sue us in a court")
    assert not any("large number" in _source(doc, st) for st in sts)  # the participle's object


@pytest.mark.parametrize("text, cue", [
    ("For nine years, Trump has suppressed the most important story of the race: Moscow attacked the US "
     "election to assist Trump.\n", "attacked"),
    ("Without a demand for a ceasefire, Russia can continue to fight in Ukraine without concern for "
     "sanctions.\n", "continue"),
])
def test_narration_is_no_statement(nlp, text, cue):
    doc, sts = _statements(nlp, text)
    assert [doc.text[slice(*s.cue_span)] for s in sts if doc.text[slice(*s.cue_span)] == cue] == []


@pytest.mark.parametrize("text, holder", [
    ("The crowd grew.\n\nAt the rally in Concord, Lori Bernstein hoisted a sign that read “Jews Against Trump, "
     "because we have seen this before.”\n", "Lori Bernstein"),
    ("The crowd grew.\n\nHundreds of angry workers had amassed at the center, carrying signs saying, "
     "\"Merger today, Chapter 11 tomorrow, we say.\"\n", "Hundreds of angry workers"),
])
def test_words_on_a_sign_are_its_holders(nlp, text, holder):
    doc, sts = _statements(nlp, text)
    st = next(s for s in sts if s.kind == "direct")
    assert _source(doc, st) == holder


def test_title_of_a_show_is_not_a_quotation(nlp):
    doc, sts = _statements(nlp, "The race tightened.\n\nSpeaking on “CBS This Morning,” Rubio said the race "
                                "was far from over.\n")
    assert not any("CBS This Morning" in doc.text[s:e] for st in sts for s, e in st.content_spans)
    said = _with_content(doc, sts, "the race was far from over")
    assert _source(doc, said) == "Rubio"


@pytest.mark.parametrize("text, piece, source", [
    ("The census form is long.\n\nRespondents are obliged to disclose: \"When did this person come to live in "
     "the United States?\"\n", "When did this person", "Respondents"),
    ("The campaign is over.\n\nThe senator is expected to say, “We fought hard and we will be back next year.”\n",
     "We fought hard", "The senator"),
])
def test_subject_of_a_passive_head(nlp, text, piece, source):
    doc, sts = _statements(nlp, text)
    assert _source(doc, _with_content(doc, sts, piece)) == source


def test_inverted_cue_opening_its_paragraph(nlp):
    doc, sts = _statements(nlp, "He spoke on the radio.\n\nContinued Stone: “So I think it is a very real problem. "
                                "And the single best thing is to register voters.”\n")
    st = _with_content(doc, sts, "a very real problem")
    assert _source(doc, st) == "Stone" and st.kind == "direct"


def test_source_never_holds_markup(nlp):
    doc, sts = _statements(nlp, "The hats were a hit.\n\n<tweet id=\"77\" author=\"@dmartosko\">Rudy Giuliani is now "
                                "wearing a campaign hat that says \"MAKE MEXICO GREAT AGAIN ALSO\" for real</tweet>\n")
    st = _with_content(doc, sts, "MAKE MEXICO GREAT AGAIN")
    assert _source(doc, st) == "Rudy Giuliani"
