"""Quoting layouts of news prose beyond "“...,” X said" (small texts written here): labelled and
signed quotations, inverted cues, asides, quotations over paragraphs, colons, participles."""

from __future__ import annotations

from onrecord.analyze.statements import StatementExtractor
from statement_helpers import source_text as _source
from statement_helpers import with_content as _with_content

TITLE = "Voters weigh in on the race\n\n"


def _statements(nlp, body: str):
    doc = nlp(TITLE + body)
    return doc, StatementExtractor(doc).statements()




def test_name_and_descriptor_label_then_quotation_paragraph(nlp):
    doc, sts = _statements(nlp, "Maria Lopez, 34, a nurse in Phoenix:\n\n"
                                "“I have never seen the country this split. My family avoids politics now.”\n\n"
                                "John Park, a retired teacher from Ohio: “I am voting for whoever fixes the roads.”\n")
    st = _with_content(doc, sts, "never seen the country")
    assert _source(doc, st).startswith("Maria Lopez") and doc.text[slice(*st.cue_span)] == ":"
    st = _with_content(doc, sts, "whoever fixes the roads")
    assert _source(doc, st).startswith("John Park") and st.kind == "direct"


def test_label_that_is_not_a_name_is_not_a_speaker(nlp):
    doc = nlp(TITLE + "The bottom line for the campaign: “Turnout is everything and we know it.”\n")
    assert StatementExtractor(doc).name_labels() == []


def test_quoted_tweet_after_its_handle(nlp):
    doc, sts = _statements(nlp, "The ruling drew a quick reply.\n\n"
                                "@JaneDoe2016: “This ruling is a disgrace and we will appeal it at once.”\n")
    assert _source(doc, _with_content(doc, sts, "ruling is a disgrace")) == "@JaneDoe2016"


def test_quotation_signed_after_its_closing_mark_in_a_bulleted_list(nlp):
    doc, sts = _statements(nlp, "We asked people at the fair about the race.\n\n"
                                "• “We need more roads, not more taxes on the people of this state.” — Ed Park, 61, retired\n")
    st = _with_content(doc, sts, "We need more roads")
    assert _source(doc, st) == "Ed Park" and st.kind == "direct"


def test_inverted_speech_verb_opening_a_paragraph(nlp):
    doc, sts = _statements(nlp, "Added Jones, “Nobody in this room believes that for a second.”\n\n"
                                "Said Lopez, a Democrat, “We will see about that next week.”\n")
    st = _with_content(doc, sts, "Nobody in this room")
    assert _source(doc, st) == "Jones" and doc.text[slice(*st.cue_span)] == "Added"
    assert _source(doc, _with_content(doc, sts, "We will see about")).startswith("Lopez")


def test_cue_after_a_quotation_closed_by_a_full_stop(nlp):
    doc, sts = _statements(nlp, "“Russia, if you are listening, I hope you find the emails.” Trump said.\n\n"
                                "“We found it.” He added, “It was there all along, in the box.”\n")
    assert _source(doc, _with_content(doc, sts, "I hope you find")) == "Trump"
    assert _source(doc, _with_content(doc, sts, "It was there all along")) == "He"


def test_document_that_reads(nlp):
    doc, sts = _statements(nlp, "“Please delete these files before the audit starts next week. Do not forward "
                                "this message,” the email read.\n")
    st = _with_content(doc, sts, "Please delete these files")
    assert _source(doc, st) == "the email" and doc.text[slice(*st.cue_span)] == "read"


def test_quotation_set_off_as_an_aside(nlp):
    doc, sts = _statements(nlp, "The endorsements prompted blowback from members (“I want my dues back,” wrote "
                                "Ed Nelson, a technician in Ohio, on Facebook), and more is likely.\n\n"
                                "Clinton suggested the plan was unserious — “Again, we need to get into the details,” "
                                "she said — and charged that he would risk the law.\n")
    assert _source(doc, _with_content(doc, sts, "I want my dues back")).startswith("Ed Nelson")
    st = _with_content(doc, sts, "get into the details")
    assert _source(doc, st) == "she" and st.kind == "direct"


def test_quotation_over_paragraphs_with_its_cue_in_the_last(nlp):
    doc, sts = _statements(nlp, "“We have waited for this moment for a long time. The people of this state deserve "
                                "better.\n\n“And we will deliver it, starting today,” Governor Smith said at the rally.\n")
    st = _with_content(doc, sts, "And we will deliver it")
    assert any("We have waited" in doc.text[s:e] for s, e in st.content_spans)
    assert _source(doc, st) == "Governor Smith"


def test_quotation_paragraphs_after_said_colon(nlp):
    doc, sts = _statements(nlp, "Smith said:\n\n“We will not raise taxes this year. The budget is balanced.”\n\n"
                                "“Anyone who tells you otherwise is not reading the numbers.”\n")
    st = _with_content(doc, sts, "We will not raise taxes")
    assert any("Anyone who tells you" in doc.text[s:e] for s, e in st.content_spans)
    assert st.kind == "direct"


def test_quotation_after_a_colon_closing_a_clause(nlp):
    doc, sts = _statements(nlp, "Smith was blunt: “This is not going to work for anyone.”\n\n"
                                "Doe took to Twitter on Monday night:\n\n"
                                "“The ruling is a disgrace. We will appeal it and we will win.”\n")
    assert _source(doc, _with_content(doc, sts, "not going to work")) == "Smith"
    assert _source(doc, _with_content(doc, sts, "ruling is a disgrace")) == "Doe"


def test_participle_cue_speaks_for_the_sentence_subject(nlp):
    doc, sts = _statements(nlp, "The singer shared the news on social media last week, writing “Feels great to "
                                "support someone I believe in.”\n")
    st = _with_content(doc, sts, "Feels great")
    assert _source(doc, st) == "The singer" and doc.text[slice(*st.cue_span)] == "writing"


def test_live_blog_headline_is_not_a_speaker(nlp):
    doc = nlp("The Latest: Sanders declares ‘revolution,’ ignores losses\n\nSanders spoke in Vermont.\n")
    assert not any(doc.text[slice(*d.source)] == "The Latest" for d in StatementExtractor(doc).transcript_turns())


def test_pull_quote_signed_inside_its_marks(nlp):
    doc, sts = _statements(nlp, "Economists were skeptical.\n\n"
                                "\"I worry that we may see a return of the old budget fights next year.\n"
                                "Jane Roe, Center for Budget Studies.\"\n\nThe plan was released Monday.\n")
    st = _with_content(doc, sts, "I worry that we may see")
    assert _source(doc, st) == "Jane Roe, Center for Budget Studies"


def test_one_word_quotation_introduced_after_a_comma(nlp):
    doc, sts = _statements(nlp, "When someone in the crowd shouted, “Cruz,” the host joked, “Amen, brother! Come on "
                                "up here!”\n")
    assert _source(doc, _with_content(doc, sts, "Cruz")) == "someone in the crowd"
    assert _source(doc, _with_content(doc, sts, "Amen, brother")) == "the host"


def test_labels_from_a_report_and_an_organisation(nlp):
    doc, sts = _statements(nlp, "Online panels vary a lot. From the report:\u00a0“Samples with longer field periods "
                                "produced more accurate results.”\n\nTurnout is hard to predict - Pew Research: "
                                "“All the samples include more engaged people than they should.”\n")
    assert _source(doc, _with_content(doc, sts, "longer field periods")) == "the report"
    assert _source(doc, _with_content(doc, sts, "more engaged people")) == "Pew Research"


def test_quoted_excerpt_opening_with_an_ellipsis(nlp):
    doc, sts = _statements(nlp, "As the local paper reported, “… if the primary were held tonight, the mayor would "
                                "win, and easily.”\n")
    assert _source(doc, _with_content(doc, sts, "the mayor would win")) == "the local paper"


def test_titled_name_label_glued_to_its_quotation(nlp):
    doc, sts = _statements(nlp, "Rep. Tom Gray (R-Ohio):\"Who told you that figure? Who told you that?\"\n\n"
                                "Former secretary of state Jane Marie Doe:\"We learned that from the department "
                                "and its review of the files.\"\n")
    st = _with_content(doc, sts, "We learned that")
    assert _source(doc, st) == "Former secretary of state Jane Marie Doe"
    assert not any("We learned that" in doc.text[s:e] for s, e in _with_content(doc, sts, "Who told you").content_spans)


def test_quoted_transcript_turns_are_each_their_speakers(nlp):
    # Each turn opens with a quotation mark and its speaker's label; only the last closes (run-on style).
    doc, sts = _statements(nlp, "Mike Pence spoke with Chris Wallace on Sunday. Partial transcript as follows:\n\n"
                                "\"WALLACE: Governor, will Donald Trump raise the issue at the debate?\n\n"
                                "\"PENCE: I think he will focus on the issues that matter to the American people.\n\n"
                                "\"WALLACE: But he did tweet about it on Saturday.\n\n"
                                "\"PENCE: Well, I am not going to speak for him on that.\"\n")
    for piece, label in (("will Donald Trump raise", "WALLACE"), ("focus on the issues", "PENCE"),
                         ("he did tweet about it", "WALLACE"), ("not going to speak for him", "PENCE")):
        st = _with_content(doc, sts, piece)
        assert _source(doc, st) == label and doc.text[slice(*st.cue_span)] == ":"
        assert len(st.content_spans) == 1 and "\n" not in doc.text[slice(*st.content_spans[0])]


def test_closing_mark_typed_for_an_opening_one(nlp):
    doc, sts = _statements(nlp, "”Nobody talks to us until they need our votes,” Ana Torres said. ”Then they "
                                "disappear for four years.”\n\n“The economy matters most to me,” said Luis Herrera.\n")
    st = _with_content(doc, sts, "Nobody talks to us")
    assert _source(doc, st) == "Ana Torres" and st.kind == "direct"
    assert [doc.text[slice(*c)] for c in st.content_spans] == [
        "”Nobody talks to us until they need our votes,”", "”Then they disappear for four years.”"]
    assert _source(doc, _with_content(doc, sts, "The economy matters")) == "Luis Herrera"


def test_quotation_lines_signed_with_a_horizontal_bar_or_a_bare_name(nlp):
    doc, sts = _statements(nlp, "We asked readers what they expect.\n\n"
                                "“Politicians forget about us between elections.”\u00a0\u2015 Rosa Delgado\n"
                                "“I have voted in every election since I turned eighteen.” Miguel Angel Soto\n"
                                "“We will win this state in November,” the governor said.\n")
    assert _source(doc, _with_content(doc, sts, "Politicians forget")) == "Rosa Delgado"
    assert _source(doc, _with_content(doc, sts, "voted in every election")) == "Miguel Angel Soto"
    st = _with_content(doc, sts, "We will win this state")
    assert _source(doc, st) == "the governor" and doc.text[slice(*st.cue_span)] == "said"


def test_doubled_apostrophes_are_quotation_marks(nlp):
    # Some newspapers' archives type a double quotation mark as two apostrophes.
    doc, sts = _statements(nlp, "''We will win this state in November,'' Smith said. He added that ''nobody "
                                "should count us out.''\n")
    st = _with_content(doc, sts, "We will win this state")
    assert _source(doc, st) == "Smith" and st.kind == "direct"
    assert doc.text[slice(*st.content_spans[0])] == "''We will win this state in November,''"
    from onrecord.analyze.quotes import find_quotes
    assert [doc.text[r.start:r.end] for r in find_quotes("It's Smith's plan, isn't it?")] == []


def test_cue_after_a_quotation_closed_by_doubled_apostrophes(nlp):
    doc, sts = _statements(nlp, "During their first debate, Hillary Clinton cracked, ''I'm a progressive who likes to "
                                "get things done.''\n\n''We will win,'' Smith barked.\n")
    assert _source(doc, _with_content(doc, sts, "who likes to get things done")) == "Hillary Clinton"
    st = _with_content(doc, sts, "We will win")
    assert _source(doc, st) == "Smith" and doc.text[slice(*st.cue_span)] == "barked"
