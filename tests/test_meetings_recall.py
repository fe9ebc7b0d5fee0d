"""Meetings, round 2: recall patterns of unseen prose (the party on the verb, participle clauses,
headlines, pronoun objects, invited guests, meals) and the rejections they must not break."""

from __future__ import annotations

from onrecord.analyze.meetings import find_meetings


def meetings(nlp, text: str, published: str | None = "2016-05-06"):
    return find_meetings(nlp(text), published)


def lasts(event) -> set[str]:
    return {p.split()[-1] for p in event.participants}


def test_with_party_on_the_verb_that_holds_the_meeting(nlp):
    (event,) = meetings(nlp, "President Obama held a joint meeting in the morning with Japan Prime Minister "
                             "Shinzo Abe and South Korea President Park Geun Hye.")
    assert lasts(event) == {"Obama", "Abe", "Hye"}


def test_participle_clause_borrows_the_main_subject(nlp):
    (event,) = meetings(nlp, "In New York, after meeting with the Rev. Al Sharpton and other civil rights "
                             "leaders, Hillary Clinton proposed new federal regulations.")
    assert {"Clinton", "Sharpton"} <= lasts(event)
    assert event.status == "past"


def test_their_meeting_adds_the_object_of_the_verb(nlp):
    (event,) = meetings(nlp, "The stakes are so high that President Obama warned the Chinese leader, Xi Jinping, "
                             "during their recent meeting in Washington not to move on the shoal.")
    assert lasts(event) == {"Obama", "Jinping"}
    assert event.place == "Washington"


def test_invited_guest_meets_a_named_group_and_is_scheduled(nlp):
    (event,) = meetings(nlp, "Speaker Paul Ryan has invited Donald Trump to meet with members of the House "
                             "Republican leadership in Washington next Thursday.")
    assert {"Ryan", "Trump", "leadership"} <= lasts(event)
    assert event.status == "scheduled"


def test_object_pronoun_is_the_other_person(nlp):
    (event,) = meetings(nlp, "Benjamin Netanyahu rejected remarks by Donald Trump about Muslims, "
                             "but he will meet with him later this month.")
    assert lasts(event) == {"Netanyahu", "Trump"}


def test_title_case_headline_verb_is_a_meeting(nlp):
    (event,) = meetings(nlp, "Obama Meets With Xi Jinping Ahead Of Climate Summit")
    assert lasts(event) == {"Obama", "Jinping"}
    assert meetings(nlp, "Pence Will Meet The Press On Sunday To Talk Taxes") == []


def test_meal_with_the_party_on_the_verb(nlp):
    (event,) = meetings(nlp, "On Wednesday morning, Bernie Sanders had breakfast in New York with Al Sharpton.")
    assert lasts(event) == {"Sanders", "Sharpton"}
    assert event.place == "New York"


def test_rejections_still_hold(nlp):
    for text in ("Bernie Sanders has said he would be honored to meet with Pope Francis.",
                 "Trump said he would be willing to meet Kim Jong Un.",
                 "Mr. Obama did not meet with Benjamin Netanyahu on Monday.",
                 "Thor and Beck often meet together.",
                 "Ben Carson said on NBC's Meet the Press that he would win.",
                 "Hillary Clinton's plan failed to meet expectations.",
                 "Carly Fiorina ended her quarterly meeting with HP's directors early."):
        assert meetings(nlp, text) == [], text


def test_they_met_again_points_back_to_a_named_pair(nlp):
    first, again = meetings(nlp, "Obama and Netanyahu first met in 2007. They met again, in July 2008, "
                                 "when Mr. Obama was visiting Jerusalem.")
    assert lasts(again) == {"Obama", "Netanyahu"} and again.when == "2008-07"
    assert again.span[0] > first.span[1]  # the second occasion's span is its own sentence
    assert meetings(nlp, "Zeliff explained how canvassers would rank the voters they met.") == []


def test_hyphenated_pair_of_a_summit(nlp):
    (event,) = meetings(nlp, "The Trump-Kim summit in Singapore was a spectacle.")
    assert set(event.participants) == {"Trump", "Kim"}
    assert event.place == "Singapore"


def test_group_named_by_its_kind_but_not_a_vague_one(nlp):
    (event,) = meetings(nlp, "President Obama met with union leaders at the White House on Monday.")
    assert set(event.participants) == {"Obama", "union leaders"}
    assert meetings(nlp, "President Obama met with campaign officials at the White House on Monday.") == []


def test_quoted_i_is_the_speaker(nlp):
    (event,) = meetings(nlp, "Attorney General Loretta Lynch spoke on Tuesday. “Late this afternoon, I met with FBI "
                             "Director James Comey and career prosecutors,” Lynch said in a statement.", "2016-07-06")
    assert lasts(event) == {"Lynch", "Comey"}
    assert meetings(nlp, "“I’ve met Mr. Trump on more than one occasion,” John Bolton said.") == []


def test_a_sent_envoy_meets_for_the_sender(nlp):
    (event,) = meetings(nlp, "The White House sent Neil Eggleston to meet with Nancy Pelosi on Capitol Hill.")
    assert lasts(event) == {"Eggleston", "Pelosi"}
    assert meetings(nlp, "Clinton dispatched Ann O'Leary and political director Amanda Renteria to meet with "
                         "doctors and officials in Puerto Rico.") == []


def test_a_call_between_named_parties_is_a_meeting_other_calls_are_not(nlp):
    (event,) = meetings(nlp, "President Trump will hold a phone call with Xi Jinping on Friday.")
    assert lasts(event) == {"Trump", "Jinping"} and event.status == "scheduled"
    (event,) = meetings(nlp, "Bernie Sanders conceded the race in Nevada in a phone call with Hillary Clinton.")
    assert lasts(event) == {"Sanders", "Clinton"} and event.status == "past"
    assert meetings(nlp, "Bernie Sanders conceded the race in a conference call with reporters.") == []


def test_counterpart_and_paired_national_groups(nlp):
    (event,) = meetings(nlp, "John Kerry met with his Russian counterpart in Geneva on Friday.")
    assert set(event.participants) == {"John Kerry", "Russian counterpart"} and event.place == "Geneva"
    (event,) = meetings(nlp, "North Korean and South Korean officials met at the border on Tuesday.")
    assert set(event.participants) == {"North Korean officials", "South Korean officials"}
    assert meetings(nlp, "President Obama met with his staff on Tuesday.") == []


def test_the_two_leaders_of_a_meeting_noun(nlp):
    (event,) = meetings(nlp, "Barack Obama and Xi Jinping spoke to reporters. The two leaders discussed trade "
                             "during a 90-minute meeting.")
    assert lasts(event) == {"Obama", "Jinping"}
    assert event.span[0] > 40  # the meeting's own sentence
    later = meetings(nlp, "Barack Obama and Hillary Clinton learned of a meeting of the leaders of Brazil and China. "
                          "They crashed the meeting.")
    assert all(lasts(e) != {"Obama", "Clinton"} for e in later)  # "the meeting" points back to that one
