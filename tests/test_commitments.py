"""Commitments: the sample page, the gold guidelines' examples and hard cases, and the dev gold score."""

from __future__ import annotations

import pytest

from commitment_helpers import official_commitment_f1
from conftest import need_shared
from onrecord.analyze.commitments import find_commitments


def sample_text(sample_page) -> str:
    """The article body of the sample page (its lines from "During his campaign" to "...in the air.”")."""
    raw = sample_page.read_text(encoding="utf-8")
    start = raw.index("During his campaign")
    end = raw.index("in the air.”") + len("in the air.”")
    return raw[start:end]


def run(nlp, text: str, published: str | None = "2016-09-30"):
    doc = nlp(text)
    return text, find_commitments(doc, list(doc._.statements or []), published)


def span(text: str, sp) -> str | None:
    return text[sp[0]:sp[1]] if sp else None


def only(nlp, text: str, published: str | None = "2016-09-30"):
    text, found = run(nlp, text, published)
    assert len(found) == 1, [(c.kind, span(text, c.trigger_span), span(text, c.content_span)) for c in found]
    return text, found[0]


# ---------------------------------------------------------------- the sample page


def test_sample_page_promise_and_threat(nlp, sample_page):
    text, found = run(nlp, sample_text(sample_page), "2025-08-16")
    promise = next(c for c in found if "end the Russia-Ukraine war" in span(text, c.content_span))
    assert promise.kind == "promise"
    assert promise.holder == "Donald Trump"
    assert span(text, promise.trigger_span) == "promised"
    assert span(text, promise.timeframe_span) == "in the first 24 hours of his presidency"

    threat = next(c for c in found if "severe consequences" in span(text, c.content_span))
    assert threat.kind == "threat"
    assert threat.holder == "Donald Trump"
    assert span(text, threat.holder_span) == "Trump"
    assert span(text, threat.condition_span) == "if Putin did not agree to a ceasefire"
    assert threat.target == "Vladimir Putin"
    assert threat.when == "2025-08-13"  # the Wednesday before Saturday 16 August 2025


def test_sample_page_has_no_commitment_from_opinions_or_hypotheticals(nlp, sample_page):
    text, found = run(nlp, sample_text(sample_page), "2025-08-16")
    contents = " | ".join(span(text, c.content_span) for c in found)
    assert "great things" not in contents  # "we would have done great things together": counterfactual
    assert "happy" not in contents  # "I'm not going to be happy": a state, not an act
    assert len(found) == 2, contents


# ---------------------------------------------------------------- guideline examples (positive)


def test_demand_with_addressee(nlp):
    text, c = only(nlp, "Trump urges supporters to monitor polling places.")
    assert (c.kind, span(text, c.trigger_span), span(text, c.content_span)) == (
        "demand", "urges", "monitor polling places")
    assert span(text, c.holder_span) == "Trump" and c.target == "supporters"


def test_called_on_is_a_two_word_trigger(nlp):
    text, c = only(nlp, "Palmieri called on Trump to stop attacking Machado and apologize.")
    assert (c.kind, span(text, c.trigger_span), span(text, c.content_span), c.target) == (
        "demand", "called on", "stop attacking Machado and apologize", "Trump")


def test_called_for_without_addressee_is_a_demand_with_no_target(nlp):
    text, c = only(nlp, "President Obama has long called for tax fairness and the closure of loopholes.")
    assert (c.kind, span(text, c.trigger_span), c.target) == ("demand", "called for", None)
    assert span(text, c.content_span) == "tax fairness and the closure of loopholes"


def test_first_person_quote_takes_the_quote_internal_holder_span(nlp):
    text, c = only(nlp, "In a Facebook message, Cruz said: “I will vote for the Republican nominee, Donald Trump.”")
    assert (c.kind, span(text, c.holder_span), span(text, c.trigger_span)) == ("promise", "I", "will")
    assert span(text, c.content_span) == "vote for the Republican nominee, Donald Trump"
    assert "Cruz" in c.holder


def test_fused_negation_stays_in_the_trigger(nlp):
    text, c = only(nlp, 'Cruz said he wasn\'t going to "act like a servile puppy dog" and back Trump.')
    assert span(text, c.trigger_span) == "wasn't going to"
    # the quotation opens and closes inside the content, so its marks stay (guidelines A.3)
    assert span(text, c.content_span) == '"act like a servile puppy dog" and back Trump'


def test_reported_promise_with_condition(nlp):
    text, c = only(nlp, "Trump said after the convention he would not accept Cruz's endorsement if it were offered.")
    assert (c.kind, span(text, c.trigger_span), span(text, c.content_span)) == (
        "promise", "would", "not accept Cruz's endorsement")
    assert span(text, c.condition_span) == "if it were offered"
    assert span(text, c.holder_span) == "he"


def test_conditional_negative_consequence_is_a_threat(nlp):
    text, c = only(nlp, "Witney said Trump keeps saying he'll tear up the NATO treaty if the Europeans don't shape up.")
    assert (c.kind, span(text, c.content_span)) == ("threat", "tear up the NATO treaty")
    assert span(text, c.condition_span) == "if the Europeans don't shape up"
    assert "Europeans" in c.target


def test_nominal_threat_takes_the_possessor_as_holder(nlp):
    text, c = only(nlp, "Mr. Trump's threats to wall off the Mexican people worry Mexico.")
    assert (c.kind, span(text, c.holder_span), span(text, c.trigger_span)) == ("threat", "Mr. Trump", "threats")
    assert span(text, c.content_span) == "wall off the Mexican people"


def test_company_announcement_with_timeframe(nlp):
    text, c = only(nlp, "Wells Fargo announced it would get rid of these incentives, beginning in January 2017.")
    assert (c.kind, span(text, c.holder_span), c.holder) == ("promise", "it", "Wells Fargo")
    assert span(text, c.content_span).startswith("get rid of these incentives")
    assert span(text, c.timeframe_span) == "beginning in January 2017"


def test_should_directive_to_a_specific_party(nlp):
    text, c = only(nlp, "Johnson said local election officials should reach out to the federal government.")
    assert (c.kind, span(text, c.trigger_span), span(text, c.holder_span)) == ("demand", "should", "Johnson")
    assert c.target == "local election officials"


def test_agreement_with_timeframe(nlp):
    text, c = only(nlp, "Merkel said the leaders had agreed to put together a reform plan by March of next year.")
    assert (c.kind, span(text, c.trigger_span)) == ("promise", "agreed")
    assert span(text, c.timeframe_span) == "by March of next year"


# ---------------------------------------------------------------- hard cases (negative)


@pytest.mark.parametrize("sentence", [
    "Hillary Clinton plans to call on young people to participate in national service.",  # narrator plan
    "He said he was trying to find some middle ground.",  # present progressive
    "Meeks said members will help him raise cash.",  # assurance about others
    "Donald Trump is warning voters that a Hillary Clinton victory would bring scandal back to the White House.",
    "Clinton says she hopes to be elected president.",  # hope
    "Mr. President, will you pledge not to issue a pardon to Hillary Clinton?",  # request as a question
    "“I'll be able to raise what's necessary,” Scott said.",  # ability
    "Patriot could threaten to liquidate its properties.",  # hypothetical
    "Trump invited Gennifer Flowers to sit in the front row.",  # invitation
    "He refuses to discuss potential appointees.",  # refusal
    "The new rules promise to transform the economy.",  # inanimate holder
    "A proposal in which the United States would pledge to increase its target if the Chinese pledged to cap emissions.",
])
def test_not_a_commitment(nlp, sentence):
    text, found = run(nlp, sentence)
    assert found == [], [(c.kind, span(text, c.trigger_span), span(text, c.content_span)) for c in found]


# ---------------------------------------------------------------- the dev gold set


@pytest.mark.slow
def test_dev_gold_f1_with_the_official_scorer(nlp, tmp_path):
    gold_path = need_shared("data", "ledger-gold-dev", "gold.jsonl")
    text_dir = need_shared("data", "polnear", "dev", "text")
    scorer = need_shared("tools", "ledger", "score.py")
    f1, out = official_commitment_f1(nlp, gold_path, text_dir, scorer, tmp_path)
    assert f1 >= 0.70, out


def test_commitment_links_to_the_statement_that_holds_it(nlp):
    from onrecord.models import Statement

    text = "Trump said on Friday that he would build the wall. Clinton spoke in Ohio."
    doc = nlp(text)
    content = (text.index("he would"), text.index("wall") + 4)
    statements = [
        Statement(speaker="Clinton", speaker_span=(51, 58), cue_span=(59, 64), content_spans=[], kind="indirect"),
        Statement(speaker="Trump", speaker_span=(0, 5), cue_span=(6, 10), content_spans=[content], kind="indirect"),
    ]
    (c,) = find_commitments(doc, statements, "2016-09-30")
    assert (span(text, c.trigger_span), span(text, c.content_span)) == ("would", "build the wall")
    assert c.statement == 1
    assert c.when == "2016-09-30"  # "on Friday", attached to "said": the Friday on or before publication


# ---------------------------------------------------------------- forms beyond the dev set


def test_call_for_subject_plus_infinitive_keeps_the_subject_in_the_content(nlp):
    text, com = only(nlp, "The governor is calling for the state legislature to repeal the gas tax.")
    assert (com.kind, span(text, com.trigger_span)) == ("demand", "calling for")
    assert span(text, com.content_span) == "the state legislature to repeal the gas tax"
    assert com.target == "state legislature"


def test_absolute_with_clause_gives_the_holder_of_calling_for(nlp):
    text, com = only(nlp, "The debate grew tense, with Ann Porter, Bill Reyes and Carl Dunn all calling for "
                          "a ban on the new pipeline.")
    assert span(text, com.trigger_span) == "calling for"
    assert span(text, com.holder_span).startswith("Ann Porter")
    assert span(text, com.content_span) == "a ban on the new pipeline"


def test_threat_with_an_object_and_an_inverted_condition(nlp):
    text, com = only(nlp, "The senator is threatening the mayors with loss of federal funding should they "
                          "refuse to cooperate.")
    assert com.kind == "threat"
    assert span(text, com.content_span) == "loss of federal funding"
    assert span(text, com.condition_span) == "should they refuse to cooperate"


def test_adjectival_commitment_and_document_demand(nlp):
    text, com = only(nlp, "The governor remains committed to cutting taxes for the middle class.")
    assert (com.kind, span(text, com.trigger_span)) == ("promise", "committed")
    assert span(text, com.content_span) == "cutting taxes for the middle class"
    text, com = only(nlp, "The lawsuit demands an immediate halt to the construction of the pipeline.")
    assert (com.kind, span(text, com.holder_span)) == ("demand", "The lawsuit")


def test_renewed_call_takes_the_infinitive_as_content(nlp):
    text, com = only(nlp, "Senator Lydia Marsh renewed her call to raise the federal minimum wage.")
    assert (com.kind, span(text, com.trigger_span)) == ("demand", "call")
    assert span(text, com.content_span) == "raise the federal minimum wage"


def test_made_it_clear_introduces_a_reported_promise(nlp):
    text, com = only(nlp, "Ms. Jones made it very clear that she would follow the schedule set by the committee.")
    assert (com.kind, span(text, com.trigger_span), com.holder) == ("promise", "would", "Jones")
    assert span(text, com.content_span) == "follow the schedule set by the committee"


def test_adding_that_starts_a_second_commitment_about_the_principal(nlp):
    text, found = run(nlp, "The campaign chief, Tom Lane, spoke on Monday. Mr. Lane said Mr. Ortiz would meet "
                           "with the group, adding that he would also hold similar events.")
    assert [span(text, c.content_span) for c in found] == ["meet with the group", "also hold similar events"]
    assert found[1].holder == "Ortiz"


def test_title_cased_headline_trigger(nlp):
    text = ("Ortiz Steps In: Urges Voters to Reject the Casino Plan\n\n"
            "Mayor Ben Ortiz spoke on Monday about the casino.\n")
    _, found = run(nlp, text)
    com = next(c for c in found if span(text, c.trigger_span) == "Urges")
    assert com.kind == "demand"
    assert span(text, com.holder_span) == "Ortiz"
    assert span(text, com.content_span) == "Reject the Casino Plan"
    assert com.target == "Voters"


def test_should_in_a_quote_attributed_in_an_earlier_paragraph(nlp):
    text = ("“The board should fire the chief executive today. This is a scandal,” Senator Ruth Hale said.\n\n"
            "“And the regulators should open an investigation.”\n")
    _, found = run(nlp, text)
    com = next(c for c in found if span(text, c.content_span) == "open an investigation")
    assert (com.kind, com.holder, com.target) == ("demand", "Ruth Hale", "regulators")


@pytest.mark.parametrize("sentence", [
    "“I don't think we will stop the plan,” Brown said.",  # a hedged forecast
    "“We are going to go through a period of pain,” Brown said.",  # something undergone, not done
    "“I don't know how much I'm going to make this year,” Brown said.",  # an embedded question
    "Ms. Smith pledged her commitment to some of the causes of the movement.",  # dedication
    "Mr. Diaz said he was frustrated when he called the company only to be told to wait three hours.",
    "The plan is supposed to curb speculation, and it's supposed to persuade executives to plan ahead.",
])
def test_not_a_commitment_beyond_the_dev_set(nlp, sentence):
    text, found = run(nlp, sentence)
    assert found == [], [(c.kind, span(text, c.trigger_span), span(text, c.content_span)) for c in found]


def test_saying_clause_about_the_object_is_not_the_speakers_commitment(nlp):
    text, found = run(nlp, "Mary Smith criticized John Brown, saying he would cut the budget for schools.")
    assert found == []


def test_other_gender_pronoun_is_not_the_speaker(nlp):
    text, found = run(nlp, "Hillary Clinton said Trump was dangerous. She said he would start a war with China.")
    assert found == []


def test_same_gender_saying_clause_stays_the_speakers(nlp):
    text, c = only(nlp, "Hillary Clinton spoke in Ohio on Monday, saying she would raise taxes on the rich.")
    assert c.holder == "Hillary Clinton" and span(text, c.content_span) == "raise taxes on the rich"


def test_entering_a_recession_is_a_prediction(nlp):
    text, found = run(nlp, "Warren said: “We are going to enter the next recession.”")
    assert found == []


def test_future_progressive_after_going_to_is_a_promise(nlp):
    text, c = only(nlp, "Johnson said: “We are going to be putting it out next week.”")
    assert span(text, c.trigger_span) == "going to" and span(text, c.content_span).startswith("be putting it out")


def test_suggested_that_x_should_is_a_demand(nlp):
    text, c = only(nlp, "Clinton suggested the United States should send more troops to the region.")
    assert c.kind == "demand" and span(text, c.trigger_span) == "should"
    assert c.holder == "Clinton" and span(text, c.content_span) == "send more troops to the region"


def test_boilerplate_requests_counts_and_abilities_are_not_commitments(nlp):
    for sentence in ("A White House official, who requested anonymity to discuss the talks, said nothing.",
                     "Clinton leads Sanders by 271 pledged delegates, according to a count.",
                     "Rubio can ask them to support another candidate, but they don’t have to.",
                     "He said, “I never said I was going to pay for fees.”"):
        assert run(nlp, sentence)[1] == [], sentence


def test_narrated_future_and_scheduled_attendance_are_not_commitments(nlp):
    for sentence in ("Within five years Iran will threaten little Israel with nuclear bombs.",
                     "“The campaign has informed the party that Sarah Palin will not be attending the "
                     "convention,” the release said."):
        assert run(nlp, sentence)[1] == [], sentence


def test_named_group_saying_they_will_is_a_promise_but_bare_voters_are_not(nlp):
    text, c = only(nlp, "Democrats in Ohio said they would appeal the ruling.")
    assert span(text, c.holder_span) == "they" and c.holder.startswith("Democrats")
    assert span(text, c.content_span) == "appeal the ruling"
    assert run(nlp, "Voters said they would stay home.")[1] == []


def test_reported_must_with_a_specific_addressee_is_a_demand(nlp):
    text, c = only(nlp, "On Monday, Sanders reiterated that the party must support Clinton in November.")
    assert c.kind == "demand" and span(text, c.trigger_span) == "must" and c.target == "party"


def test_condition_first_that_clause_keeps_the_act_as_content(nlp):
    text, c = only(nlp, "The senator promised that if voters backed her, she would cut the gas tax.")
    assert span(text, c.trigger_span) == "promised"
    assert span(text, c.content_span) == "she would cut the gas tax"


def test_forecasts_generic_holders_and_unsaid_statements_are_not_commitments(nlp):
    for sentence in (
        '"I can guarantee that this will show up in an ad soon," said the strategist Dana Reyes.',
        "The party is paying for a flyer sent to every Iowa voter who requests an absentee ballot.",
        "And all the worriers who will say, 'Oh, he's going to slip up' - give me a break.",
        "Aides say Mayor Ortiz has been considering announcing that he will not run again.",
    ):
        assert run(nlp, sentence)[1] == [], sentence


def test_outcomes_named_by_their_object_are_not_undertakings(nlp):
    assert run(nlp, "Organizers of the summit insist they will meet their fundraising targets.")[1] == []
    assert run(nlp, "Managers at Acme say the firm will save $12 million a year with the move.")[1] == []
    text, c = only(nlp, "The governor said she will meet with the striking nurses on Monday.")
    assert span(text, c.content_span).startswith("meet with the striking nurses")


def test_unmentioned_requests_and_impersonal_infinitives_have_no_holder(nlp):
    for sentence in (
        "Mayor Ortiz did not at any point Friday mention requesting a loan from the bank.",
        "The aide acknowledged that it will be very difficult to persuade delegates to switch their allegiances.",
    ):
        assert run(nlp, sentence)[1] == [], sentence
    text, c = only(nlp, "The aide said the mayor urged delegates to change sides.")
    assert c.kind == "demand" and span(text, c.content_span) == "change sides"


def test_first_person_holders_in_quotes_are_the_speaker(nlp):
    text, c = only(nlp, "\"I renew my call for an apology from the governor,\" Senator Dale Brooks said.")
    assert c.kind == "demand" and c.holder == "Dale Brooks"
    assert span(text, c.holder_span) == "my"


def test_bare_verb_of_a_reduced_relative_takes_its_antecedent(nlp):
    # The object of "beat" is the noun before the relative clause: a bare "beat" would say nothing.
    text, c = only(nlp, "Mayor Ann Lund said the wall would be finished in December, weeks after the autumn "
                        "storms she had promised to beat.")
    assert (c.kind, span(text, c.trigger_span)) == ("promise", "promised")
    assert span(text, c.content_span) == "the autumn storms she had promised to beat"
    text, c = only(nlp, "Lund promised to resign.")
    assert span(text, c.content_span) == "resign"


@pytest.mark.parametrize(("sentence", "holder", "content"), [
    ("A Texas man pleaded guilty Monday to threatening to kill a county judge.", "man", "kill a county judge"),
    ("Jones was arrested in March for threatening to burn down the clinic.", "Jones", "burn down the clinic"),
    ("Lee, 44, was charged with threatening to assault a federal officer.", "Lee", "assault a federal officer"),
])
def test_threat_someone_was_prosecuted_for(nlp, sentence, holder, content):
    text, c = only(nlp, sentence)
    assert (c.kind, span(text, c.trigger_span), span(text, c.content_span)) == ("threat", "threatening", content)
    assert holder in (c.holder or "")


def test_threat_an_accuser_alleges_is_not_recorded(nlp):
    text, found = run(nlp, "Smith accused Jones of threatening to kill the judge.")
    assert found == []


def test_passive_demand_is_its_agents(nlp):
    text, c = only(nlp, "Vindman said he was told by Bolton to go straight to the legal counsel.")
    assert (c.kind, c.holder, span(text, c.trigger_span), span(text, c.content_span)) == (
        "demand", "Bolton", "told", "go straight to the legal counsel")
    assert c.target == "Vindman"
    text, found = run(nlp, "Vindman said he was told to go straight to the legal counsel.")
    assert found == []  # no agent: nobody known demands it


def test_pleas_from_a_group_are_its_demand_on_the_one_who_rebuffs_them(nlp):
    text, c = only(nlp, "The senator rebuffed pleas from conservatives to run for president.")
    assert (c.kind, c.holder, span(text, c.trigger_span), span(text, c.content_span)) == (
        "demand", "conservatives", "pleas", "run for president")
    assert c.target == "senator"


def test_order_with_a_subjunctive_that_clause(nlp):
    text, c = only(nlp, "Bush ordered that the agency release the files.")
    assert (c.kind, c.holder, span(text, c.content_span)) == ("demand", "Bush", "the agency release the files")
    text, found = run(nlp, "Gingrich told the host that you have to look at it very seriously.")
    assert found == []  # a generic "you have to" is no demand


def test_asking_for_a_photo_is_no_demand(nlp):
    text, found = run(nlp, "After the rally, a woman asked for a photo.")
    assert found == []


@pytest.mark.parametrize(("sentence", "holder", "trigger", "content"), [
    # future progressive under a speech verb is a plan announced (guidelines §A.2-5), not a present act
    ("Bernie Sanders said on Monday that he will be releasing broader immigration policies in the coming days.",
     "Bernie Sanders", "will", "be releasing broader immigration policies in the coming days"),
    # agreements with a counterparty (§A.2-5)
    ("Netanyahu finally agreed to a 10-month moratorium.", "Netanyahu", "agreed", "a 10-month moratorium"),
    # "they" for two named people who speak
    ("O'Malley and Huckabee announced they will suspend their campaigns.", "O'Malley and Huckabee", "will",
     "suspend their campaigns"),
])
def test_promise_forms_of_session_four(nlp, sentence, holder, trigger, content):
    text, c = only(nlp, sentence)
    assert (c.kind, c.holder, span(text, c.trigger_span), span(text, c.content_span)) == (
        "promise", holder, trigger, content)


def test_progressive_that_is_no_plan_stays_out(nlp):
    assert run(nlp, "Palin will not be attending the convention, her spokesman said.")[1] == []
    _, found = run(nlp, "Smith agrees with the agency's call to cut emissions.")
    assert [(c.kind, c.holder) for c in found] == [("demand", "agency")]  # the agency's call; Smith binds nobody


def test_challenge_to_a_debate_is_a_demand(nlp):
    text, c = only(nlp, "Cruz challenged Trump to a one-on-one debate before the caucus.")
    assert (c.kind, c.holder, c.target, span(text, c.content_span)) == (
        "demand", "Cruz", "Trump", "a one-on-one debate before the caucus")
    assert run(nlp, "The ruling challenged the law.")[1] == []
