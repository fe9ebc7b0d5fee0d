"""Commitments: forms found by a recall audit by trigger word (promise, vow/pledge, assure, reported
"would", call on/for, demand, urge) over non-blind PolNeAR train articles, where an explicit trigger
produced no commitment. Each test sentence is written for the test in the style of the news prose
where the miss was seen, and each form has a near miss that must stay empty.
"""

from __future__ import annotations

from test_commitments import run, span


def found(nlp, text: str) -> list[tuple[str, str, str, str]]:
    """(kind, holder, trigger, content) of every commitment found in ``text``."""
    text, coms = run(nlp, text)
    return [(c.kind, c.holder, span(text, c.trigger_span), span(text, c.content_span)) for c in coms]


# ---------------------------------------------------------------- participles whose actor is further up


def test_participle_after_an_inanimate_clause_subject(nlp):
    coms = found(nlp, "He sent out a fundraising email as the committee meeting began vowing to fight for "
                      "every vote.")
    assert [(k, h, t) for k, h, t, _ in coms] == [("promise", "He", "vowing")]
    assert coms[0][3].startswith("fight for every vote")


def test_participle_coordinated_inside_a_prepositional_phrase(nlp):
    coms = found(nlp, "Instead, Mayor Lopez was back to boasting about winning and pledging to repave every "
                      "road in the city.")
    assert [(k, t) for k, _, t, _ in coms] == [("promise", "pledging")]
    assert "Lopez" in coms[0][1] and coms[0][3].startswith("repave every road")


def test_participle_with_its_own_inanimate_subject_is_not_the_clause_subjects(nlp):
    # the editorial, not Obama, told him to leave: no holder is taken from the main clause
    coms = found(nlp, "Obama did visit the state, but not until the week after the newspaper's editorial "
                      "telling him to leave his vacation and visit the flooded towns.")
    assert all(h != "Obama" for _, h, _, _ in coms)


def test_coordinated_call_hung_on_an_adjective(nlp):
    coms = found(nlp, 'Governor Hale called it "shameful" and called on lawmakers "not to feed that dark '
                      'impulse."')
    assert [(k, t) for k, _, t, _ in coms] == [("demand", "called on")]
    assert "Hale" in coms[0][1] and "feed that dark impulse" in coms[0][3]


# ---------------------------------------------------------------- nominal triggers


def test_promise_noun_in_a_with_phrase_of_the_holders_act(nlp):
    coms = found(nlp, "Cruz electrified the small crowds with impassioned speeches and promises to shake "
                      "things up in Washington if elected, a supporter said.")
    assert [(k, h, t) for k, h, t, _ in coms] == [("promise", "Cruz", "promises")]
    assert coms[0][3].startswith("shake things up")


def test_promises_met_or_dealt_with_are_not_the_subjects(nlp):
    assert found(nlp, "Trump was met with promises to fight him in every state.") == []
    assert found(nlp, "The mayor is dealing with promises to rebuild the bridge that were never kept.") == []


def test_demand_noun_whose_that_clause_the_parser_moved(nlp):
    coms = found(nlp, "The addressees were given a deadline to comply with the DOJ demand that HB2 not be "
                      "implemented.")
    assert [(k, t) for k, _, t, _ in coms] == [("demand", "demand")]
    assert coms[0][1] == "DOJ" and coms[0][3] == "HB2 not be implemented"  # not "DOJ DOJ"


def test_demand_noun_without_a_clause_stays_empty(nlp):
    assert found(nlp, "Instead of complying with the DOJ's demand, the governor sued.") == []


# ---------------------------------------------------------------- verbs and modals


def test_op_ed_split_by_the_tokenizer_speaks_for_its_writer(nlp):
    coms = found(nlp, "Senator Cruz, by contrast, wrote an op-ed urging Congress to approve the trade deal.")
    assert [(k, t) for k, _, t, _ in coms] == [("demand", "urging")]
    assert "Cruz" in coms[0][1] and coms[0][3].startswith("approve the trade deal")


def test_call_for_before_a_semicolon_is_not_under_the_next_clauses_desire(nlp):
    coms = found(nlp, "Sanders calls for a single-payer health care system; Mrs. Clinton aims to build on "
                      "the Affordable Care Act.")
    assert [(k, t) for k, _, t, _ in coms] == [("demand", "calls for")]
    assert "single-payer" in coms[0][3]


def test_will_tell_x_to_is_a_directive_act(nlp):
    coms = found(nlp, "In his address, Graham assures his audience he will tell the bigots who oppose "
                      "reform to shut up.")
    assert [(k, h, t) for k, h, t, _ in coms] == [("promise", "Graham", "will")]
    assert coms[0][3].startswith("tell the bigots")


def test_will_tell_without_an_infinitive_is_announcing_speech(nlp):
    assert found(nlp, '"I will tell you something," Graham said.') == []
    assert found(nlp, '"I will tell you, to be frank, that we are going to win," Graham said.') == []


def test_man_who_said_he_would_resolves_the_pronoun(nlp):
    coms = found(nlp, "Donald Trump attacked the ad. This is a man who said he'd never run a negative ad, "
                      "ever.")
    assert [(k, h, t) for k, h, t, _ in coms] == [("promise", "Donald Trump", "'d")]
    assert coms[0][3].startswith("never run a negative ad")


def test_unnamed_woman_who_said_she_would_stays_empty(nlp):
    assert found(nlp, "A woman who said she would vote for the measure declined to give her name.") == []


def test_panel_announces_its_own_next_step(nlp):
    coms = found(nlp, "Staff for the House committee said the panel has the full email and will address "
                      "it in its final report.")
    assert [(k, t) for k, _, t, _ in coms] == [("promise", "will")]
    assert coms[0][3].startswith("address it")


def test_man_who_said_he_would_is_not_the_only_woman_named(nlp):
    # the pronoun would resolve to the one person named, of the other gender: no holder to give
    coms = found(nlp, "Hillary Clinton's campaign said it would not debate. BENENSON: This is a man who said "
                      "he'd never run a negative ad, ever.")
    assert all(h != "Hillary Clinton" for _, h, t, _ in coms if t == "'d")


def test_promise_noun_in_a_with_phrase_of_an_infinitive(nlp):
    coms = found(nlp, "In Nevada, she has worked to woo Latino voters with promises to tackle immigration "
                      "reform in her first 100 days.")
    assert [(k, t) for k, _, t, _ in coms] == [("promise", "promises")]
    assert coms[0][3].startswith("tackle immigration reform")


# ---------------------------------------------------------------- push, reassure, has to


def test_pushed_x_to_is_a_demand_by_a_named_actor(nlp):
    coms = found(nlp, "In the weeks after the pitch, Fiorina pushed the board to hire outside advisers.")
    assert [(k, h, t) for k, h, t, _ in coms] == [("demand", "Fiorina", "pushed")]
    assert coms[0][3].startswith("hire outside advisers")


def test_circumstances_that_push_someone_are_no_demand(nlp):
    assert found(nlp, "Pressure from donors pushed Cruz to endorse Trump.") == []
    assert found(nlp, "His bold agenda has pushed Clinton to the left.") == []


def test_reassuring_an_addressee_that_he_would(nlp):
    coms = found(nlp, "Trump spent the call reassuring Netanyahu that he would move the embassy to Jerusalem.")
    assert [(k, h, t) for k, h, t, _ in coms] == [("promise", "Trump", "would")]
    assert coms[0][3].startswith("move the embassy")


def test_reassuring_an_addressee_about_someone_else_is_no_promise(nlp):
    assert found(nlp, "Trump spent the call reassuring Netanyahu that Clinton would move the embassy.") == []
    assert found(nlp, "She spent the morning telling reporters that the economy would grow.") == []


def test_has_to_put_on_a_named_other_party_is_a_demand(nlp):
    coms = found(nlp, "Trump said Mexico has to pay for the wall.")
    assert [(k, h, t, c) for k, h, t, c in coms] == [("demand", "Trump", "has to", "pay for the wall")]
    coms = found(nlp, '"Congress needs to act now," Obama said.')
    assert [(k, h, t) for k, h, t, _ in coms] == [("demand", "Obama", "needs to")]


def test_has_to_as_analysis_generic_or_negated_is_no_demand(nlp):
    assert found(nlp, "Clinton has to remind the rank and file why she was the front-runner.") == []
    assert found(nlp, '"I think she has to do it in a way that is authentic," he said.') == []
    assert found(nlp, '"There has to be some form of punishment," Trump said.') == []
    assert found(nlp, "Trump said Clinton doesn't have to apologize.") == []
    assert found(nlp, "Axelrod said the mayor has to contend with the suggestion that the city waited.") == []
    assert found(nlp, '"That is the needle she has to thread," Doggett said.') == []
    assert found(nlp, "Larry Sabato, a political scientist at the University of Virginia, said Clinton has "
                      "to pick a running mate soon.") == []


def test_necessity_on_a_role_the_nation_or_a_state_to_keep_is_no_demand(nlp):
    assert found(nlp, "The Ohio governor said the U.S. needs to secure the border.") == []
    assert found(nlp, 'She added that the next president "has to build on that progress."') == []
    assert found(nlp, '"Clinton has to maintain her support," said Jaime Harrison, chair of the state party.') == []


def test_pushing_to_with_no_one_pressed_is_an_effort(nlp):
    assert found(nlp, "Many leaders are pushing to make the Paris agreement legally binding.") == []


def test_pressed_for_a_party_to_act_stays_a_demand(nlp):
    coms = found(nlp, "But budget watchdog groups had pressed for Congress to offset the costs with other savings.")
    assert [(k, t) for k, _, t, _ in coms] == [("demand", "pressed")]
    assert coms[0][3].startswith("offset the costs")


def test_push_under_a_passive_instruction_and_unity_calls_are_no_demand(nlp):
    assert found(nlp, "Documents showed how staff members were guided to push customers to purchase "
                      "expensive follow-ups.") == []
    assert found(nlp, "''The House and the Senate and the candidate have to come together on policy ideas,'' "
                      "said Senator Lindsey Graham.") == []


def test_necessity_that_includes_the_speaker_is_no_demand(nlp):
    assert found(nlp, '"The Democratic Party and a new Democratic president need to make clear that we stand '
                      'with those who are struggling," Sanders said.') == []


# ---------------------------------------------------------------- "according to" attributions


def test_future_attributed_with_according_to(nlp):
    coms = found(nlp, "According to the senator, he would vote against the bill.")
    assert [(k, t, c) for k, _, t, c in coms] == [("promise", "would", "vote against the bill")]
    assert "senator" in coms[0][1].lower()
    coms = found(nlp, "The campaign would appeal the ruling, according to a statement.")
    assert [(k, h, c) for k, h, _, c in coms] == [("promise", "campaign", "appeal the ruling")]


def test_according_to_a_plan_poll_or_rival_is_no_promise(nlp):
    assert found(nlp, "According to the plan, taxes would rise.") == []
    assert found(nlp, "According to polls, Clinton would win the state.") == []
    assert found(nlp, "According to Clinton, Trump would start a war.") == []
    assert found(nlp, "According to a new poll, he would beat Trump by five points.") == []
