"""Commitments: recall patterns found by scanning non-blind PolNeAR train articles for trigger
sentences the analyzer left empty (round 2), each with a near miss that must stay empty.

Each sentence is written for the test in the style of the news prose where the miss was seen.
"""

from __future__ import annotations

from conftest import need_shared
from onrecord.analyze.commitments import find_commitments
from test_commitments import only, run, span


def found(nlp, text: str) -> list[tuple[str, str, str | None]]:
    """(kind, holder, content) of every commitment found in ``text``."""
    text, coms = run(nlp, text)
    return [(c.kind, c.holder, span(text, c.content_span)) for c in coms]


# ---------------------------------------------------------------- relative "who" after a list of nouns


def test_editors_note_relative_who_after_appositions(nlp):
    text = ("Editor's note: Donald Trump regularly incites political violence and is a serial liar, rampant "
            "xenophobe, racist, misogynist and birther who has repeatedly pledged to ban all Muslims from "
            "entering the U.S.")
    text, com = only(nlp, text)
    assert com.kind == "promise" and "Trump" in com.holder
    assert span(text, com.content_span).startswith("ban all Muslims")


def test_editors_note_in_a_real_article_is_trumps_pledge(nlp):
    path = need_shared("data", "polnear", "train", "text", "huff-post_2016-08-10_another-gop-figure-endorses-hill.txt")
    text = path.read_text(encoding="utf-8")
    doc = nlp(text)
    pledges = [c for c in find_commitments(doc, list(doc._.statements or []), "2016-08-10")
               if span(text, c.trigger_span) == "pledged"]
    assert [(c.holder, span(text, c.content_span)) for c in pledges] == [("Donald Trump", "ban all Muslims")]


# ---------------------------------------------------------------- "he should" in a speaker's own words


def test_quoted_he_should_names_the_person_talked_about(nlp):
    text = ("Donald Trump attacked the president on Sunday. \"President Obama refused to even say the words. "
            "For that reason alone, he should step down,\" Trump said.")
    text, com = only(nlp, text)
    assert (com.kind, span(text, com.content_span)) == ("demand", "step down")
    assert "Trump" in com.holder and "Obama" in (com.target or "")


def test_should_get_an_award_is_not_a_demand(nlp):
    text = ("Donald Trump spoke about Hillary Clinton on Monday. \"She has been a disaster. She should get the "
            "most valuable player award from ISIS,\" Trump said.")
    assert found(nlp, text) == []


# ---------------------------------------------------------------- nominal and coordinated forms


def test_demand_noun_with_a_subjunctive_that_clause(nlp):
    text = ("One sticking point is a demand by House Minority Leader Nancy Pelosi that the legislation "
            "include better tax breaks for the working poor.")
    text, com = only(nlp, text)
    assert com.kind == "demand" and "Pelosi" in com.holder
    assert span(text, com.content_span) == "the legislation include better tax breaks for the working poor"


def test_second_coordinated_that_clause_keeps_the_speech_verb(nlp):
    text = ("Nick Merrill, a spokesman for Hillary Clinton, said that the focus of her campaign was raising "
            "wages, and that she would not outsource that effort.")
    text, com = only(nlp, text)
    assert (com.kind, span(text, com.content_span)) == ("promise", "not outsource that effort")


def test_called_to_infinitive_is_a_policy_call_but_not_a_phone_call(nlp):
    assert found(nlp, "Most recently, Donald Trump called to ban Muslims from entering the country.") == [
        ("demand", "Donald Trump", "ban Muslims from entering the country")]
    assert found(nlp, "Clinton said that she called Sanders after the primaries to congratulate him.") == []


def test_group_named_by_members_and_partitive_speakers(nlp):
    text = ("But others, including Sen. Jeff Merkley and Rep. Raul Grijalva, are urging Sanders to accept "
            "the result.")
    assert [k for k, _, _ in found(nlp, text)] == ["demand"]
    text = "Most of the vulnerable Senate Republicans have already said they would support Trump."
    assert found(nlp, text) == [("promise", "Senate Republicans", "support Trump")]


def test_a_poll_share_saying_they_would_vote_stays_out(nlp):
    assert found(nlp, "In the survey, 47 percent of voters said they would vote for Clinton.") == []


def test_a_plural_group_is_not_named_after_its_leader(nlp):
    coms = found(nlp, "Bernie Sanders lost. Sanders supporters have long called for her ouster.")
    assert coms == [("demand", "Sanders supporters", "her ouster")]


def test_both_as_subject_holds_the_promise(nlp):
    text = ("Clinton and Sanders spoke in Chicago. Both have promised to pursue legislation to force companies "
            "to pay back tax benefits.")
    assert [(k, h) for k, h, _ in found(nlp, text)] == [("promise", "Both")]


def test_called_for_someone_to_act_keeps_the_whole_clause(nlp):
    text = "Trump called for a special prosecutor to oversee an investigation into the foundation."
    assert found(nlp, text) == [
        ("demand", "Trump", "a special prosecutor to oversee an investigation into the foundation")]


def test_quotation_opening_clause_is_not_the_content_of_i_ask_you(nlp):
    text = ("\"If you don't want the convention to hand the election to Hillary Clinton, I ask you to support "
            "this slate,\" Ted Cruz said.")
    assert found(nlp, text) == [("demand", "Ted Cruz", "support this slate")]


def test_request_to_people_in_the_audience_to_stand_is_on_the_spot(nlp):
    assert found(nlp, "At the rally, Trump asked people in the audience to stand and applaud the veterans.") == []


def test_statement_run_into_a_quoted_question_keeps_its_commitment(nlp):
    text = ("Mrs. Clinton delivered a forceful promise to strengthen labor unions and raise the minimum wage. "
            "''Why should they get away with it?'' she asked.")
    found_ = found(nlp, text)
    assert [(k, c) for k, _, c in found_] == [("promise", "strengthen labor unions and raise the minimum wage")]


def test_a_question_that_continues_after_its_mark_stays_out(nlp):
    text = ("He asks, \u201cDo we really feel confident about a candidate saying she is going to bring change "
            "when she is so dependent on big money?\u201d ___.")
    assert found(nlp, text) == []
