"""Which source a direct quotation goes to when several speakers are near (small texts written
here): titled names between a quotation and its cue, a new speaker between two quotations,
cues the tagger misses, labels with descriptors or topics, sentences introducing a speaker."""

from __future__ import annotations

import pytest

from onrecord.analyze.sentence_ends import has_sentence_end
from onrecord.analyze.statements import StatementExtractor
from statement_helpers import source_text as _source
from statement_helpers import with_content as _with_content

# An earlier quoted statement by someone else: a cue-less quotation would join it.
LEAD = ("Voters weigh in on the race\n\nMaria Lopez, the Democratic county chair, spoke after Tom Jones.\n\n"
        "“The plan will fail and everybody knows it,” he said.\n\n")


def _statements(nlp, body: str):
    doc = nlp(LEAD + body)
    return doc, StatementExtractor(doc).statements()


@pytest.mark.parametrize("gap, ends", [
    (" Rep. Jim McDermott (D-Wash.) said", False),
    (" Sen. Jane Doe, R-Ohio, said", False),
    (" John F. Kennedy and the U.S. Attorney said", False),
    (" Putin has resisted. He said", True),
    (" It was over! Smith said", True),
])
def test_titles_and_party_tags_end_no_sentence(gap, ends):
    assert has_sentence_end(gap, 0, len(gap)) is ends


@pytest.mark.parametrize("body, speaker", [
    ("“We will win this state. Nobody should doubt it,” Rep. Jim McDermott (D-Wash.) said.", "McDermott"),
    ("“We will win this state. Nobody should doubt it,” Sen. Jane Doe, R-Ohio, said Tuesday.", "Jane Doe"),
    ("“We will win this state. Nobody should doubt it.” Gov. John Smith said on Tuesday.", "John Smith"),
    ("“We will win this state. Nobody should doubt it,” according to Ann Park, the state chair.", "Ann Park"),
])
def test_quotation_then_titled_source_after_it(nlp, body, speaker):
    doc, sts = _statements(nlp, body)
    assert speaker in _source(doc, _with_content(doc, sts, "win this state"))


def test_long_subject_between_quotation_and_cue(nlp):
    doc, sts = _statements(nlp, "“We will win this state. The polls are wrong,” Ann Park, who chairs the county "
                                "party in the eastern part of the state and has worked on three campaigns, said.")
    assert _source(doc, _with_content(doc, sts, "win this state")).startswith("Ann Park")


def test_quotation_set_off_before_its_own_later_cue(nlp):
    doc, sts = _statements(nlp, "“His demeanor is grumpy,” she said, but despite the tone, "
                                "“I think he will do it,” said Kunin.")
    assert _source(doc, _with_content(doc, sts, "I think he will")) == "Kunin"
    assert _source(doc, _with_content(doc, sts, "demeanor is grumpy")) == "she"


def test_reply_after_a_quotation_introduced_by_another_verb(nlp):
    doc, sts = _statements(nlp, "Smith responded to Jones with, “Why now? That was on my way to Libya?” "
                                "Jones then wrote back, “You look cute.”")
    assert _source(doc, _with_content(doc, sts, "Why now")) == "Smith"
    assert _source(doc, _with_content(doc, sts, "You look cute")) == "Jones"


def test_conjunct_of_a_passive_shares_its_subject(nlp):
    doc, sts = _statements(nlp, "Silverman was joined on stage by Sen. Al Franken and joked, "
                                "“Bernie or Bust people, you are being ridiculous.”")
    assert _source(doc, _with_content(doc, sts, "Bernie or Bust")) == "Silverman"


def test_adding_after_a_reported_clause_is_the_teller(nlp):
    doc, sts = _statements(nlp, "Trump told Newsmax that Romney “had a crazy policy,” adding, "
                                "“He lost all of the Latino vote.”")
    assert _source(doc, _with_content(doc, sts, "Latino vote")) == "Trump"


def test_paired_participles_share_their_subject(nlp):
    doc, sts = _statements(nlp, "Republicans were quick to chime in, with Donald Trump tweeting that it was a "
                                "“disaster” for Clinton and asking, “How can someone with such bad judgement be "
                                "our next president?”")
    assert _source(doc, _with_content(doc, sts, "How can someone")) == "Donald Trump"


@pytest.mark.parametrize("body, speaker", [
    ("“They know she is the only one strong enough to stop Wall Street,” a voice-over in the ad states.",
     "a voice-over in the ad"),
    ("“Today, the kingdom is one of the leading nations in combating terrorism,” the Saudis state in the "
     "white paper.", "the Saudis"),
])
def test_speech_verb_the_tagger_reads_as_a_noun(nlp, body, speaker):
    doc, sts = _statements(nlp, body)
    assert _source(doc, _with_content(doc, sts, "Today, the kingdom" if "Saudis" in body else "They know")) == speaker


def test_colon_after_a_clause_with_a_free_relative(nlp):
    doc, sts = _statements(nlp, "Clinton has since apologized for what happened: “Yes, I should have used two "
                                "email addresses.”")
    st = _with_content(doc, sts, "two email addresses")
    assert _source(doc, st) == "Clinton" and doc.text[slice(*st.cue_span)] == "apologized"


def test_colon_quotation_is_not_the_last_speaker_s(nlp):
    doc, sts = _statements(nlp, "“The plan will fail,” he said. Lopez’s reply was simple: “We will win this "
                                "state and nobody should doubt it.”")
    assert "Lopez" in _source(doc, _with_content(doc, sts, "win this state"))


@pytest.mark.parametrize("label", ["Lopez, the county chair", "Lopez on the polls"])
def test_inline_label_with_descriptor_or_topic(nlp, label):
    doc, sts = _statements(nlp, f"“The plan will fail,” he said. {label}: “We will win this state and nobody "
                                "should doubt it.”")
    st = _with_content(doc, sts, "win this state")
    assert _source(doc, st) == "Lopez" and doc.text[slice(*st.cue_span)] == ":"


def test_inline_label_that_is_a_clause_is_not_a_name(nlp):
    doc = nlp(LEAD + "“The plan will fail,” he said. Clinton, exasperated, famously responded: “What difference "
                     "does it make at this point?”")
    assert StatementExtractor(doc).inline_labels() == []


def test_sentence_naming_a_new_speaker_before_a_quotation(nlp):
    doc, sts = _statements(nlp, "Lopez, the county chair, disagreed. “We will win this state and nobody should "
                                "doubt it.”")
    st = _with_content(doc, sts, "win this state")
    assert _source(doc, st).startswith("Lopez") and doc.text[slice(*st.cue_span)] == "disagreed"


def test_name_and_title_then_said_before_a_colon_is_a_cue_not_a_label(nlp):
    doc, sts = _statements(nlp, "Sam Lau, the communications director for the Iowa Democratic Party, said in a "
                                "statement: “There are no paper ballots to recount. The caucuses were unique.”")
    st = _with_content(doc, sts, "no paper ballots")
    assert doc.text[slice(*st.cue_span)] == "said" and _source(doc, st).endswith("Iowa Democratic Party")


def test_question_opening_with_asked_leaves_the_answer_to_its_speaker(nlp):
    doc, sts = _statements(nlp, "Asked why, Sembler responded in a text message: “Trump will be the Republican "
                                "Party’s nominee.”")
    st = _with_content(doc, sts, "Trump will be")
    assert _source(doc, st) == "Sembler" and doc.text[slice(*st.cue_span)] == "responded"


@pytest.mark.parametrize("label", ["Ayotte:", "Ayotte in a statement:", "Ayotte —"])
def test_short_labels_naming_a_senator_the_article_introduced(nlp, label):
    doc = nlp("Voters weigh in on the race\n\nSen. Maria Ayotte of Ohio spoke after Tom Jones.\n\n"
              f"“The plan will fail,” he said. {label} “We will win this state and nobody should doubt it.”")
    st = _with_content(doc, StatementExtractor(doc).statements(), "win this state")
    assert _source(doc, st) == "Ayotte"


def test_quotation_left_open_before_its_cue(nlp):
    doc, sts = _statements(nlp, "Often, families did not understand the paperwork.\n\n“There was not a lot of "
                                "education to adoptive parents about naturalizing their children, said Kessel, "
                                "whose group is pushing for bills.\n\nSome have been able to pursue a typical path.")
    assert _source(doc, _with_content(doc, sts, "education to adoptive")).startswith("Kessel")


def test_exclamation_then_and_said_keeps_one_speaker(nlp):
    doc, sts = _statements(nlp, "She declared “What a Super Tuesday for all of us!” and said that her campaign "
                                "would keep going.")
    st = _with_content(doc, sts, "What a Super Tuesday")
    assert _source(doc, st) == "She" and doc.text[slice(*st.cue_span)] == "declared"


@pytest.mark.parametrize("intro", [
    "Lopez said in her speech on Tuesday night, in which she also attacked Jones and his allies:",
    "Lopez, in remarks to reporters:",
    "From Lopez’s speech:",
    "Lopez’s full statement:",
])
def test_paragraph_ending_in_a_colon_before_a_quotation_paragraph(nlp, intro):
    doc, sts = _statements(nlp, intro + "\n\n“We will win this state. Nobody should doubt it.”")
    assert "Lopez" in _source(doc, _with_content(doc, sts, "win this state"))


def test_bulleted_quotation_signed_with_a_name_the_tagger_misreads(nlp):
    doc, sts = _statements(nlp, "* “We will win this state. Nobody should doubt it.” — Lopez")
    assert _source(doc, _with_content(doc, sts, "win this state")) == "Lopez"


@pytest.mark.parametrize("tail, speaker", [
    (" Lopez, the county chair, said on Tuesday.", "Lopez, the county chair"),
    (" Sen. Maria Lopez (D-Ohio) said in a statement.", "Maria Lopez"),
    (" Lopez told reporters after the vote.", "Lopez"),
])
def test_cue_after_a_quotation_closed_by_a_full_stop_with_a_titled_speaker(nlp, tail, speaker):
    doc, sts = _statements(nlp, "“We will win this state. Nobody should doubt it.”" + tail)
    assert speaker in _source(doc, _with_content(doc, sts, "win this state"))


def test_sentence_after_a_closed_quotation_with_its_own_object_is_a_new_statement(nlp):
    doc, sts = _statements(nlp, "Grandi reacted to the deal, “I am concerned about any agreement that lacks "
                                "safeguards.” He demands legal safeguards for any transfer.")
    st = _with_content(doc, sts, "concerned about any agreement")
    assert _source(doc, st) == "Grandi"



def test_speaker_after_a_parenthetical_reporting_verb(nlp):
    doc, sts = _statements(nlp, "As the crowd cheered Sanders on Tuesday night, The Washington Post's Robert Costa "
                                "reported, his wife whispered to him: “They're still with you.”")
    assert _source(doc, _with_content(doc, sts, "still with you")) == "his wife"


def test_passive_quoted_as_saying_names_the_speaker_not_the_outlet(nlp):
    doc, sts = _statements(nlp, "Lopez was quoted by the AP as saying, “We will win this state. Nobody should "
                                "doubt it.”")
    assert _source(doc, _with_content(doc, sts, "win this state")) == "Lopez"


def test_full_stop_typed_after_the_closing_mark(nlp):
    doc, sts = _statements(nlp, "“We will win this state. Nobody should doubt it”. Lopez said.")
    assert _source(doc, _with_content(doc, sts, "win this state")) == "Lopez"


def test_object_of_an_experiencer_verb_speaks_after_the_colon(nlp):
    doc, sts = _statements(nlp, "The timing of the surge doesn’t surprise Republican pollster Daron Shaw: "
                                "“Lesser-known candidates who win early contests see the biggest boost.”")
    assert _source(doc, _with_content(doc, sts, "Lesser-known candidates")).endswith("Daron Shaw")


def test_quotation_glued_to_its_cue_without_a_space(nlp):
    doc = nlp(LEAD + "Ryan said,“Look, those images have no place in a campaign. Candidates should know that.”")
    assert [t.text for t in doc if t.idx >= len(LEAD)][:4] == ["Ryan", "said", ",", "“"]
    assert _source(doc, _with_content(doc, doc._.statements, "those images")) == "Ryan"


def test_clause_in_the_cue_s_paragraph_not_the_title_the_parser_hung_on_it(nlp):
    doc = nlp("Voters weigh in on the race\n\nMaher said the report was not good for Clinton. Adding, “Like with "
              "all Clinton scandals, what they do is never that bad.”")
    sts = StatementExtractor(doc).statements()
    assert _source(doc, _with_content(doc, sts, "the report was not good")) == "Maher"
    assert _source(doc, _with_content(doc, sts, "Like with all")) == "Maher"
