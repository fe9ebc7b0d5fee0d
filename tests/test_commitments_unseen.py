"""Commitments: the error kinds met on unseen news prose (PolNeAR train articles read by hand).

Each test is a sentence of the kind that showed up as a false positive or a miss outside the gold
sets: claims about someone else, forecasts, refusals, generic or counterfactual statements, nested
quotations, nominal and document threats, headline forms.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from commitment_helpers import official_commitment_f1
from conftest import need_shared
from test_commitments import only, run, span


def kinds(nlp, text: str) -> list[tuple[str, str]]:
    """(kind, content) of every commitment found in ``text``."""
    text, found = run(nlp, text)
    return [(c.kind, span(text, c.content_span)) for c in found]


# ---------------------------------------------------------------- not commitments


def test_claim_about_a_rival_is_not_the_rivals_promise(nlp):
    text = ("Donald Trump spoke in Ohio. Hillary Clinton spoke in Iowa. Trump told a rally in North Carolina, "
            "saying Clinton would abolish the Second Amendment.")
    assert kinds(nlp, text) == []


@pytest.mark.parametrize("text", [
    # a pronoun of the other gender than the speaker's: a claim about someone else
    "Maria Lopez went on offense against her rival Tom Reed on Monday, saying he would abandon the farmers.",
    # "otherwise": the consequence if nothing is done, a forecast
    "Tom Reed spoke to the council on Monday, saying that otherwise Mr. Park would walk all over them.",
    # a negative subject holds nothing
    "Neither Senator Reed nor anyone on his team has ever asked for Maria Lopez's endorsement.",
    "Nobody promised to pay for the bridge.",
    "No candidate will cut taxes this year, Tom Reed said.",
])
def test_claims_forecasts_and_negative_subjects_are_no_commitments(nlp, text: str):
    assert kinds(nlp, text) == []


def test_a_spokesman_of_the_other_gender_speaks_for_her(nlp):
    text = ("Nick Merrill, a spokesman for Mrs. Clinton, said that the focus of her campaign was jobs, and that she "
            "would not outsource that effort.")
    assert kinds(nlp, text) == [("promise", "not outsource that effort")]


def test_a_spokesman_announces_the_principals_act(nlp):
    text = ("Clinton communications director Jennifer Palmieri spoke to reporters. Palmieri said Clinton will "
            "address Trump's comments at an event in Florida.")
    assert kinds(nlp, text) == [("promise", "address Trump's comments at an event in Florida")]


def test_forecast_by_an_unnamed_rival_is_not_a_promise(nlp):
    assert kinds(nlp, "Sanders will back Clinton, eventually, former rival says.") == []


def test_counterfactual_condition_in_direct_speech(nlp):
    assert kinds(nlp, "''If I were in my 40s, I'd go back to school,'' Bigbee said.") == []


def test_counterfactual_condition_in_reported_speech(nlp):
    text = "Biden added that if his son Beau were still serving in Iraq, he would advise him to leave."
    assert kinds(nlp, text) == []


def test_refusal_to_say_is_not_a_commitment(nlp):
    assert kinds(nlp, "She said she would not identify any single issue that could sway her.") == []
    assert kinds(nlp, "“I'm not going to define it now,” Trump told ABC.") == []


def test_outcomes_are_not_undertakings(nlp):
    assert kinds(nlp, "“We’re going to pick up delegates in all of them,” Rubio said.") == []
    assert kinds(nlp, "“I am going to do very well with the Hispanics,” Trump said.") == []
    assert kinds(nlp, "State initially said it would take two months to get the releases back on track.") == []
    assert kinds(nlp, "“We’re going to have a generational wipeout,” Wilson said.") == []


def test_a_commentators_we_is_a_forecast(nlp):
    text = ("“The risk,” said Edward Leamer, an economist at the university, “is that we're going to be "
            "attracting workers and repelling jobs.”")
    assert kinds(nlp, text) == []


def test_nested_quotation_is_not_the_speakers_promise(nlp):
    text = ("“What’s terrifying to us is people who say, ‘I like Hillary Clinton, I’ll vote for her in "
            "November,’” the organizer told them.")
    assert kinds(nlp, text) == []


def test_generic_and_indefinite_should(nlp):
    assert kinds(nlp, "“Judges should avoid commenting on a candidate for public office,” Ginsburg said.") == []
    assert kinds(nlp, "“A leader must fight for what they believe in,” Christie said.") == []


def test_poll_shares_and_documents_of_no_one_hold_nothing(nlp):
    assert kinds(nlp, "Three-fourths say the government should require police officers to wear body cameras.") == []
    assert kinds(nlp, "For Clinton so far, polls suggest she shouldn't try.") == []
    assert kinds(nlp, "Six in 10 Republicans said the party should nominate the candidate with the most support.") == []


def test_glossed_or_relative_acts_are_not_calls(nlp):
    text = "Obama began his presidency by essentially telling progressives to shut up."
    assert kinds(nlp, text) == []
    assert kinds(nlp, "That is pretty much what Mr. Trump has threatened to do.") == []
    assert kinds(nlp, "Or you could do what a partner at the firm told him to do with their money.") == []


def test_commit_a_crime_is_not_a_commitment(nlp):
    assert kinds(nlp, "I still don't think she committed some horrible crime.") == []
    assert kinds(nlp, "Some Democrats question the wisdom of committing to Scott.") == []


def test_misread_plural_nouns_and_narrated_plans(nlp):
    assert kinds(nlp, "Alongside BLM calls for action, even a top GOP strategist said Clinton will have to choose.") == []
    assert kinds(nlp, "Trump is going to urge voters to turn out.") == []
    assert kinds(nlp, "The way to win is to move the party forward, to challenge it, to bring in new people.") == []


def test_forecast_about_others_under_promise(nlp):
    text = "''As sure as you're here, they will call me up within 24 hours,'' he promises."
    assert kinds(nlp, text) == []


def test_negated_headline_trigger(nlp):
    text = "Trump Says He Never Pledged To Kill Family Members Of Terrorists\n\nDonald Trump spoke on Friday.\n"
    assert kinds(nlp, text) == []


# ---------------------------------------------------------------- commitments


def test_relative_clause_should_under_a_speech_verb(nlp):
    text = "Trump wants a wall at the border, which he said the Mexican government should also pay for."
    assert kinds(nlp, text) == [("demand", "also pay for")]


def test_pressured_and_pledge_signed_with_a_counterparty(nlp):
    _, c = only(nlp, "Rahm Emanuel pressured them to stop.")
    assert c.kind == "demand"
    text, c = only(nlp, "Beijing has decreased its hacking since signing a pledge with Washington last September "
                        "to refrain from commercial espionage.")
    assert (c.kind, span(text, c.holder_span), span(text, c.content_span)) == (
        "promise", "Beijing", "refrain from commercial espionage")


def test_nominal_call_among_statements(nlp):
    text, c = only(nlp, "Trump has made several statements — including a call for a temporary ban on Muslims.")
    assert (c.kind, c.holder, span(text, c.content_span)) == ("demand", "Trump", "a temporary ban on Muslims")


def test_conduct_promise_with_be(nlp):
    text, c = only(nlp, "\"In the future, I will be more circumspect,\" Ginsburg said.")
    assert (span(text, c.content_span), span(text, c.timeframe_span)) == ("be more circumspect", "In the future")


def test_document_speaks_for_its_owner(nlp):
    text, c = only(nlp, "Podliska’s lawsuit demands his reinstatement as a committee investigator.")
    assert span(text, c.holder_span) == "Podliska"
    text, c = only(nlp, "The senator's lawyers sent a letter threatening \"a major lawsuit\" if the network aired "
                        "the story.")
    assert (c.kind, span(text, c.content_span), span(text, c.condition_span)) == (
        "threat", "a major lawsuit", "if the network aired the story")


def test_threat_with_a_noun_object(nlp):
    text, c = only(nlp, "Trump threatened a lawsuit against the Times.")
    assert (c.kind, span(text, c.content_span)) == ("threat", "a lawsuit against the Times")


def test_headline_promise_with_an_object_and_a_full_stop(nlp):
    text = "Trump Promises Big Report On Clinton Emails\n\nDonald Trump spoke about Clinton on Monday.\n"
    text, c = only(nlp, text)
    assert (c.kind, span(text, c.trigger_span), span(text, c.content_span)) == (
        "promise", "Promises", "Big Report On Clinton Emails")
    text = "Clinton Wades In: Urges Britain to Remain In European Union.\n\nHillary Clinton spoke in London.\n"
    text, c = only(nlp, text)
    assert (c.kind, span(text, c.content_span)) == ("demand", "Remain In European Union")


def test_vow_that_clause_and_misparsed_if_clause(nlp):
    text, c = only(nlp, "The Census' vow that survey responses will be kept confidential is often repeated.")
    assert (c.kind, span(text, c.content_span)) == ("promise", "survey responses will be kept confidential")
    text, c = only(nlp, "The spokesman said there was no meeting planned, adding: “If one is proposed we will "
                        "consider it.”")
    assert span(text, c.content_span) == "consider it"


def test_timeframe_is_not_taken_from_a_relative_clause(nlp):
    text, c = only(nlp, "Hollande announced that France would extend the state of emergency, which had been "
                        "imposed after the attacks last November.")
    assert c.timeframe_span is None


def test_on_the_spot_requests_and_quoted_infinitives(nlp):
    assert kinds(nlp, "During the service, the pastor asked the congregation to stand to honor Ali.") == []
    text = "Bush tells reporters outside a polling place that “to be able to beat expectations would be helpful.”"
    assert kinds(nlp, text) == []
    assert kinds(nlp, "Trump tells his supporters at a rally to “go to your place and vote.”") == [
        ("demand", "“go to your place and vote.”")]


def test_hopes_troubles_and_suppositions_are_not_calls(nlp):
    assert kinds(nlp, "Clinton spoke with the CEO in hopes of persuading her to reconsider the move.") == []
    assert kinds(nlp, "Mr. Clarke has had trouble, however, persuading buyers to pay extra for the credits.") == []
    assert kinds(nlp, "Say Mexico demanded that the United States prove that a migrant was Mexican.") == []
    assert kinds(nlp, "Say what you will, Trump vowed to build a wall.") == [("promise", "build a wall")]


def test_fused_negation_stays_in_the_trigger_and_unless_makes_a_threat(nlp):
    text, c = only(nlp, "“I won’t do the debate unless they pay me $5 million,” Trump said.")
    assert (c.kind, span(text, c.trigger_span), span(text, c.content_span)) == ("threat", "won’t", "do the debate")
    assert span(text, c.condition_span) == "unless they pay me $5 million"


def test_a_date_is_not_the_object_of_a_promise(nlp):
    text, c = only(nlp, "Sanders promised Sunday at a Las Vegas rally to end the wasteful deportation regime.")
    assert span(text, c.content_span) == "end the wasteful deportation regime"


def test_poll_respondents_plans_and_request_for_comment(nlp):
    text = "A poll showed that only half — 55 percent — of Sanders supporters said they were planning to back Clinton."
    assert kinds(nlp, text) == []
    assert kinds(nlp, "A spokeswoman did not respond to a reporter’s request for comment on the criticism.") == []


def test_calls_inside_an_undertaking_or_a_hedge(nlp):
    text = "Gordon Humphrey told POLITICO he’ll work full-time to help encourage delegates to rebel against Trump."
    assert kinds(nlp, text) == [("promise", "work full-time")]
    assert kinds(nlp, "''I wouldn't put out any moral arguments about his work,'' said Kopachko.") == []
    assert kinds(nlp, "Whitman said she would rather vote for Hillary Clinton than Trump.") == []
    assert kinds(nlp, "Deese said he and his staff were preparing models and plans to lay the groundwork.") == []


def test_futurate_progressive_and_partitive_holders(nlp):
    text, c = only(nlp, "Sanders promised that he's staying in the race until the convention.")
    assert span(text, c.content_span) == "he's staying in the race until the convention"
    text, c = only(nlp, "All of the GOP candidates have pledged to end the DACA program.")
    assert (span(text, c.holder_span), span(text, c.content_span)) == ("the GOP candidates", "end the DACA program")


def test_questions_asked_and_embedded_questions_are_not_directives(nlp):
    assert kinds(nlp, "She said she asked the question to build on Dr. West’s comments.") == []
    text = "An ad promises that Johnson won't send you to fight wars overseas or tell you who to marry."
    assert ("demand", "marry") not in kinds(nlp, text)
    assert kinds(nlp, "He urged them to do the right thing.") == [("demand", "do the right thing")]


@pytest.mark.slow
@pytest.mark.parametrize("folder", ["heldout", "heldout2"])
def test_heldout_gold_f1_with_the_official_scorer(nlp, tmp_path, folder):
    """The two non-blind held-out sets (PolNeAR train articles annotated under the dev guidelines)."""
    gold_path = Path(__file__).resolve().parent.parent / "benchmarks" / folder / "gold.jsonl"
    text_dir = need_shared("data", "polnear", "train", "text")
    scorer = need_shared("tools", "ledger", "score.py")
    if not gold_path.exists():
        pytest.skip(f"{gold_path} is absent")
    f1, out = official_commitment_f1(nlp, gold_path, text_dir, scorer, tmp_path)
    assert f1 >= 0.80, out
