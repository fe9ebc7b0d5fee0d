"""Statement extraction on the sample page and on small texts written for these tests."""

from __future__ import annotations

import pytest

from conftest import TEST_DATA


@pytest.fixture(scope="module")
def sample_doc(nlp, sample_page):
    text = sample_page.read_text(encoding="utf-8")
    start = text.index("During his campaign")
    end_marker = "battlefield and in the air.\u201d"
    end = text.index(end_marker) + len(end_marker)
    return nlp(text[start:end])


def _find(doc, cue_word: str, content_piece: str):
    """The statement whose cue is ``cue_word`` and whose content contains ``content_piece``."""
    for st in doc._.statements:
        cue = doc.text[st.cue_span[0]:st.cue_span[1]]
        content = " ".join(doc.text[s:e] for s, e in st.content_spans)
        if cue == cue_word and content_piece in content:
            return st
    found = [(doc.text[slice(*s.cue_span)], s.speaker) for s in doc._.statements]
    raise AssertionError(f"no statement with cue {cue_word!r} and content {content_piece!r}; found {found}")


def test_air_force_one_quote(sample_doc):
    st = _find(sample_doc, "telling", "I want to see a ceasefire rapidly")
    assert st.speaker == "Donald Trump" and st.kind == "direct"
    assert sample_doc.text[slice(*st.speaker_span)] == "Trump"


def test_truth_social_post_attributed_after_quote(sample_doc):
    st = _find(sample_doc, "wrote", "It was determined by all")
    assert sample_doc.text[slice(*st.speaker_span)] == "he"
    assert st.speaker == "Donald Trump" and st.kind == "direct"


def test_hannity_interview_quote(sample_doc):
    st = _find(sample_doc, "saying", "I always had a great relationship")
    assert st.speaker == "Donald Trump"


def test_partial_quote_with_pronoun(sample_doc):
    st = _find(sample_doc, "complain", "Russia Russia Russia hoax")
    assert st.speaker == "Donald Trump" and st.kind == "partial"


def test_block_quote_after_colon(sample_doc):
    st = _find(sample_doc, "wrote", "It seemed rather obvious")
    assert st.speaker == "David Corn" and st.kind == "direct"
    content = sample_doc.text[slice(*st.content_spans[0])]
    assert content.startswith("It seemed rather obvious") and "\n" not in content
    # nothing inside the block quote is attributed to anyone else
    start, end = st.content_spans[0]
    others = [s for s in sample_doc._.statements if s is not st and start <= s.cue_span[0] < end]
    assert others == []


def test_description_resolves_to_zelenskyy(sample_doc):
    st = _find(sample_doc, "wrote", "the killings must stop")
    assert sample_doc.text[slice(*st.speaker_span)] == "the Ukrainian president"
    assert st.speaker == "Volodymyr Zelenskyy"


def test_indirect_insisted(sample_doc):
    st = _find(sample_doc, "insisted", "he wants to see the killings in Ukraine end")
    assert st.speaker == "Donald Trump" and st.kind == "indirect"
    assert "David Corn" not in " ".join(sample_doc.text[s:e] for s, e in st.content_spans)


def test_promised_partial_quote(sample_doc):
    st = _find(sample_doc, "promised", "very severe consequences")
    assert st.speaker == "Donald Trump" and st.kind == "partial"


def test_spans_are_offsets_into_text(sample_doc):
    for st in sample_doc._.statements:
        for s, e in [*st.content_spans, st.cue_span] + ([st.speaker_span] if st.speaker_span else []):
            assert 0 <= s < e <= len(sample_doc.text)
            assert sample_doc.text[s:e].strip() == sample_doc.text[s:e]


def test_written_article(nlp):
    doc = nlp((TEST_DATA / "analyze" / "quotes.txt").read_text(encoding="utf-8"))
    said = _find(doc, "said", "the bill would cut costs")
    assert said.speaker == "Maria Lopez" and said.kind == "indirect"
    told = _find(doc, "told", "We are not going to let this go")
    assert told.speaker == "Maria Lopez" and told.kind == "direct"
    # the cue-less quotation right after continues the same statement
    assert any("The farmers deserve better" in doc.text[s:e] for s, e in told.content_spans)
    added = _find(doc, "added", "she expects a vote")
    assert added.speaker == "Maria Lopez"  # "The senator" -> the senator introduced earlier
    according = _find(doc, "According to", "the committee will meet again")
    assert doc.text[slice(*according.speaker_span)] == "two officials"
    assert according.speaker == "two officials"  # kept as written, never guessed


def test_component_registered_and_configurable(nlp):
    import spacy

    import onrecord.analyze.component as comp

    assert "onrecord_statements" in nlp.pipe_names
    from spacy.language import Language

    assert Language.has_factory(comp.COMPONENT_NAME)
    assert nlp.get_pipe_meta(comp.COMPONENT_NAME).default_config == {"threshold": None}
    fn = spacy.registry.misc.get(comp.REGISTRY_NAME)
    assert callable(fn(threshold=0.9))


def test_quote_regions_run_on_paragraphs():
    from onrecord.analyze.quotes import find_quotes

    text = (TEST_DATA / "analyze" / "runon.txt").read_text(encoding="utf-8")
    regions = find_quotes(text)
    unclosed = [r for r in regions if not r.closed]
    assert len(unclosed) == 1 and text[unclosed[0].start:unclosed[0].end].startswith("“Our parks")
    assert text[unclosed[0].end] == "\n"  # runs to the end of its paragraph
    nxt = regions[regions.index(unclosed[0]) + 1]
    assert nxt.continues and text[nxt.start:nxt.end] == "“And next year we will do more,”"


def test_attribution_after_quote_and_run_on(nlp):
    doc = nlp((TEST_DATA / "analyze" / "runon.txt").read_text(encoding="utf-8"))
    said = _find(doc, "said", "We have cut waste")
    assert doc.text[slice(*said.speaker_span)] == "Mayor Tom Reyes"
    assert said.speaker == "Tom Reyes" and said.kind == "direct"
    assert any("Our parks are cleaner" in doc.text[s:e] for s, e in said.content_spans)
    added = _find(doc, "added", "next year we will do more")
    assert added.speaker == "Tom Reyes"
    ortiz = _find(doc, "said", "the cuts had hurt libraries")
    assert ortiz.speaker == "Ana Ortiz" and ortiz.kind == "indirect"


def test_parenthetical_shared_source_and_headline(nlp):
    doc = nlp((TEST_DATA / "analyze" / "indirect.txt").read_text(encoding="utf-8"))
    # "X, the mayor said, Y": the clause around the cue is the content, in two pieces
    mayor = _find(doc, "said", "the new bus lanes would cut commuting times")
    assert doc.text[slice(*mayor.speaker_span)] == "the mayor"
    assert any("In the long run" in doc.text[s:e] for s, e in mayor.content_spans)
    assert not any("said" in doc.text[s:e] for s, e in mayor.content_spans)
    # one source, two statements ("told ..., adding that ...")
    first = _find(doc, "told", "the plan was rushed")
    second = _find(doc, "adding", "she would vote against it")
    assert first.speaker_span == second.speaker_span
    assert first.speaker == second.speaker == "Ana Ortiz"
    # a headline "Name: ‘...’" is that person's quotation
    headline = _find(doc, ":", "We Will Not Back Down")
    assert doc.text[slice(*headline.speaker_span)] == "Lopez"


def test_inline_label_and_markup_attributes(nlp):
    from onrecord.analyze.quotes import find_quotes

    text = ("The polls were wrong again - Maria Lopez: “Pollsters stopped calling voters far too early "
            "this year.”\n\n"
            "<tweet id=\"12\" author=\"@cityhall\">Roads reopen tomorrow.</tweet>\n\n"
            "For example: “The buses will run on time,” the mayor said.\n")
    # quotation marks inside a markup tag are attribute values, not quotations
    assert [text[r.start:r.end] for r in find_quotes(text)] == [
        "“Pollsters stopped calling voters far too early this year.”", "“The buses will run on time,”"]
    doc = nlp(text)
    label = _find(doc, ":", "Pollsters stopped calling")
    assert doc.text[slice(*label.speaker_span)] == "Maria Lopez" and label.kind == "direct"
    # "For example:" is no speaker: the quotation is the mayor's
    mayor = _find(doc, "said", "The buses will run")
    assert doc.text[slice(*mayor.speaker_span)] == "the mayor"


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    # the parser hangs a named subject on the clause before; an appositive sits between name and cue
    ("Twelve emails were moved to secure storage, Patrick F. Kennedy, the undersecretary for management, "
     "wrote in a memo to the inspector general.", "wrote", "Patrick F. Kennedy"),
    # a place's appositive is no speaker: the subject stays the senator
    ("Sen. Chuck Morton, facing a hard race in Iowa, a swing state, said he would welcome the help.", "said",
     "Chuck Morton"),
])
def test_lost_subject_after_a_comma(nlp, text: str, cue: str, speaker: str):
    doc = nlp(text)
    found = [s.speaker for s in doc._.statements if doc.text[slice(*s.cue_span)] == cue]
    assert found == [speaker]
