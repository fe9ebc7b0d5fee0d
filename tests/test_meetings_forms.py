"""Meetings, round 3: ordinary meeting sentences of unseen news prose (written here, not taken from any
corpus): "met with", participles, relative clauses, possessives, hosts, meals, reported calls, passives,
groups from named countries, sentence-initial names, and the exclusions they must not break."""

from __future__ import annotations

import pytest

from onrecord.analyze.meetings import find_meetings


def meetings(nlp, text: str, published: str | None = "2016-09-08"):
    return find_meetings(nlp(text), published)


def lasts(event) -> set[str]:
    return {p.split()[-1] for p in event.participants}


FOUND = [
    ("Secretary of State John Kerry met with Russian Foreign Minister Sergei Lavrov on Tuesday in Geneva.",
     {"Kerry", "Lavrov"}),
    ("Trump and Cruz met privately at Trump Tower last month.", {"Trump", "Cruz"}),
    ("During a meeting with Chancellor Angela Merkel, Obama raised the issue of trade.", {"Obama", "Merkel"}),
    ("Senator Marco Rubio, who met Donald Trump last week, said he would not endorse him.", {"Rubio", "Trump"}),
    ("After meeting with Speaker Paul Ryan, Trump told reporters the talks went well.", {"Trump", "Ryan"}),
    ("Clinton's meeting with Attorney General Loretta Lynch drew criticism.", {"Clinton", "Lynch"}),
    ("Hillary Clinton and Bernie Sanders spoke on Tuesday. The two met at a hotel in Washington.",
     {"Clinton", "Sanders"}),
    ("President Obama hosted Prime Minister Justin Trudeau at the White House on Thursday.", {"Obama", "Trudeau"}),
    ("Donald Trump sat down with Mitt Romney on Saturday.", {"Trump", "Romney"}),
    ("Ivanka Trump had lunch with Al Gore at Trump Tower.", {"Trump", "Gore"}),
    ("Obama had dinner with Chinese President Xi Jinping on Tuesday.", {"Obama", "Jinping"}),
    ("Mr. Trump and Mr. Romney had dinner at Jean-Georges on Tuesday night.", {"Trump", "Romney"}),
    ("Kerry held talks with Iranian Foreign Minister Mohammad Javad Zarif in Vienna.", {"Kerry", "Zarif"}),
    ("Trump met with Mexican President Enrique Peña Nieto in Mexico City on Wednesday.", {"Trump", "Nieto"}),
    ("Netanyahu and Obama met for two hours at the White House.", {"Netanyahu", "Obama"}),
    ("Obama, who met with the Dalai Lama at the White House on Wednesday, praised his work.", {"Obama", "Lama"}),
    ("The meeting between Trump and Kim Jong Un lasted five hours.", {"Trump", "Un"}),
    ("German Chancellor Angela Merkel met French President Francois Hollande in Berlin on Monday.",
     {"Merkel", "Hollande"}),
    ("Lynch acknowledged that she met with Bill Clinton on her plane in Phoenix.", {"Lynch", "Clinton"}),
    ("Obama received Israeli Prime Minister Benjamin Netanyahu at the White House on Monday.",
     {"Obama", "Netanyahu"}),
    ("Hillary Clinton was met by Governor Terry McAuliffe at the airport.", {"Clinton", "McAuliffe"}),
    ("Officials from Russia and the United States met in Geneva on Monday.", {"Russia", "States"}),
    ("Vladimir Putin and Recep Tayyip Erdogan spoke on Monday. Erdogan visited Putin in St. Petersburg.",
     {"Erdogan", "Putin"}),
    ("Congressman Chris Collins said he met Thursday with Trump aides in Washington.", {"Collins", "aides"}),
    # reported calls between named parties are planned calls
    ("In a phone call with Chinese President Xi Jinping, Trump discussed North Korea.", {"Trump", "Jinping"}),
    ("Trump spoke by phone with Taiwan President Tsai Ing-wen on Friday.", {"Trump"}),
    ("Clinton spoke with Trump by phone Wednesday morning to concede the race.", {"Clinton", "Trump"}),
    ("Trump talked with Putin by phone on Monday, the Kremlin said.", {"Trump", "Putin"}),
    ("The call between Trump and Putin lasted an hour.", {"Trump", "Putin"}),
    ("During their phone call on Tuesday, Obama and Hollande discussed terrorism.", {"Obama", "Hollande"}),
    ("Obama and Hollande spoke by telephone on Tuesday about Syria.", {"Obama", "Hollande"}),
]


@pytest.mark.parametrize(("sentence", "parties"), FOUND)
def test_ordinary_meeting_sentence_is_found(nlp, sentence, parties):
    events = meetings(nlp, sentence)
    assert len(events) == 1, sentence
    assert parties <= lasts(events[0])
    assert len(events[0].participants) >= 2


NOT_MEETINGS = [
    "Trump said he would be willing to meet Kim Jong Un.",
    "The company failed to meet expectations for the quarter.",
    "Clinton met with donors in the Hamptons on Saturday.",
    "Trump held a rally in Ohio on Tuesday.",
    "Sanders appeared on Meet the Press on Sunday.",
    "Clinton and Trump met on the debate stage in St. Louis on Sunday.",
    "The committee met Tuesday to discuss the budget.",
    "Trump called Clinton a liar on Tuesday.",
    "Trump did not meet with Putin during his trip.",
    "If Trump meets Kim, it would be historic.",
    "Clinton's campaign held a conference call with reporters on Tuesday.",
    "The campaign made thousands of phone calls in Ohio.",
    "Giuliani said in a phone interview that Clinton had hidden records.",
    "Sanders spoke by phone from Burlington on Tuesday.",
    "The demands were met by the company on Friday.",
    "Obama spoke with reporters by phone on Tuesday.",
    "Donald Trump spoke about David Duke. “I don’t believe I’ve ever met him,” Trump said.",
    "Trump has yet to meet with Ryan.",
    "Speaking to MSNBC’s Morning Joe Monday in New Hampshire, Jeb Bush said he would win.",
    "Trump had dinner at Mar-a-Lago on Saturday.",
]


@pytest.mark.parametrize("sentence", NOT_MEETINGS)
def test_not_a_meeting(nlp, sentence):
    assert meetings(nlp, sentence) == []


def test_call_span_holds_the_phone_word_and_the_place_of_a_meeting_is_kept(nlp):
    text = "In a phone call with Chinese President Xi Jinping, Trump discussed North Korea."
    (event,) = meetings(nlp, text)
    assert text[event.span[0]:event.span[1]].startswith("phone call with Chinese President Xi Jinping")
    (event,) = meetings(nlp, "Trump met with Mexican President Enrique Peña Nieto in Mexico City on Wednesday.")
    assert event.place == "Mexico City"
    assert event.status == "past"


def test_pronoun_subject_keeps_a_person_the_parser_did_not_tag(nlp):
    (event,) = meetings(nlp, "Donald Trump and Vladimir Putin were in the news. Loretta Lynch acknowledged "
                             "that she met with Bill Clinton on her plane in Phoenix.")
    assert lasts(event) == {"Lynch", "Clinton"}


def test_he_inside_a_quotation_is_not_its_speaker(nlp):
    (event,) = meetings(nlp, "Phyllis Schlafly praised the trip. “Donald Trump’s surprise visit to Mexico, where he "
                             "met the Mexican president, reminds me of Reagan,” Schlafly wrote.")
    assert "Donald Trump" in event.participants and "Phyllis Schlafly" not in event.participants


def test_named_groups_as_possessor_and_with_party(nlp):
    (event,) = meetings(nlp, "Mr. Hoenlein described the Jewish leaders' meeting with Mr. Obama.")
    assert lasts(event) == {"Obama", "leaders"}
    events = meetings(nlp, "Donald Trump won. Following his meeting with Ryan, Trump met with Republican House "
                           "and Senate members on the Hill.")
    assert [lasts(e) for e in events] == [{"Trump", "Ryan"}, {"Trump", "members"}]


@pytest.mark.parametrize(("sentence", "found"), [
    ("Hillary Clinton spoke with Bernie Sanders on Tuesday.", True),
    ("Putin spoke to Trump by phone on Tuesday.", True),
    ("A White House official said the president also has spoken with Emanuel in the days since.", False),
    ("Trump spoke with Sean Hannity on his radio show on Tuesday.", False),
    ("Trump spoke to The Washington Post by phone on Tuesday.", False),
    ("Sanders talked to MSNBC by phone on Monday.", False),
    ("Ben Carson spoke to CSP Business Media on Nov. 14.", False),
    ("Harry Reid said that he spoke with Mr. Sanders on Tuesday.", True),
])
def test_a_talk_is_a_meeting_only_on_one_day_or_by_phone_and_not_on_air(nlp, sentence, found):
    assert bool(meetings(nlp, sentence)) is found


@pytest.mark.parametrize(("sentence", "parties"), [
    ("Obama dined with Xi at the White House.", {"Obama", "Xi"}),
    ("Trump and Romney dined at Jean-Georges on Tuesday.", {"Trump", "Romney"}),
    ("Sanders had a brief visit with Pope Francis at the Vatican on Saturday.", {"Sanders", "Francis"}),
])
def test_meals_and_visits_with_a_named_party(nlp, sentence, parties):
    (event,) = meetings(nlp, sentence)
    assert lasts(event) == parties


@pytest.mark.parametrize("sentence", ["Trump paid a visit to Mexico on Wednesday.",
                                      "Clinton dined at a restaurant in Harlem."])
def test_a_visit_or_meal_without_a_second_party_is_not_a_meeting(nlp, sentence):
    assert meetings(nlp, sentence) == []


@pytest.mark.parametrize(("sentence", "found"), [
    ("As it turned out, the United States had been in secret talks with Iran brokered by Oman.", False),
    ("Peace talks between Israel and the Palestinians collapsed in 2014.", False),
    ("Officials said talks between the United States and China in Geneva on Monday went well.", True),
])
def test_talks_between_countries_need_an_occasion(nlp, sentence, found):
    assert bool(meetings(nlp, sentence)) is found


@pytest.mark.parametrize("text", [
    "Donald Trump was busy this week. He had dinner Tuesday night with Mitt Romney at Jean-Georges.",
    "Barack Obama and Vladimir Putin disagree on Syria. It was the first meeting between the two men since the "
    "election.",
    "Barack Obama and Vladimir Putin disagree on Syria. The two leaders met on the sidelines of the summit in "
    "Hangzhou on Sunday.",
])
def test_parties_named_in_the_previous_sentence(nlp, text):
    (event,) = meetings(nlp, text)
    assert len(event.participants) == 2
    assert text.index(".") < event.span[0]  # the span stays in the meeting's own sentence


@pytest.mark.parametrize(("sentence", "parties"), [
    ("Donald Trump invited Mitt Romney to dinner at Jean-Georges on Tuesday.", {"Trump", "Romney"}),
    ("Sanders joined Al Sharpton for breakfast in Harlem.", {"Sanders", "Sharpton"}),
    ("Trump invited reporters to dinner.", None),
])
def test_a_meal_one_is_invited_to(nlp, sentence, parties):
    events = meetings(nlp, sentence)
    assert [lasts(e) for e in events] == ([parties] if parties else [])


@pytest.mark.parametrize(("sentence", "found"), [
    ("Obama called Erdogan by phone on Tuesday to offer his condolences.", True),
    ("Trump called Putin a strong leader on Monday.", False),
    ("Trump called Clinton “crooked” on Tuesday.", False),
    ("Sanders called out Clinton on Tuesday.", False),
    ("On Saturday, Sen. Bernie Sanders called on Michigan Gov. Rick Snyder to resign.", False),
])
def test_the_verb_call_is_a_meeting_only_by_phone_with_one_named_object(nlp, sentence, found):
    assert bool(meetings(nlp, sentence)) is found


def test_possessive_pronoun_continues_the_subject_not_a_person_named_as_object(nlp):
    text = ("Bernie Sanders spoke on Monday. The question is how he finds a position campaigning against "
            "Donald Trump. His meeting with Hillary Clinton in Washington on Friday is an important step.")
    (event,) = meetings(nlp, text)
    assert lasts(event) == {"Sanders", "Clinton"}


def test_a_meeting_dated_the_day_of_publication_merges_with_its_announcement(nlp):
    text = ("Bernie Sanders said he is meeting with Hillary Clinton. Sanders has not yet endorsed Clinton. "
            "His meeting with Clinton in Washington on Tuesday night is an important step.")
    (event,) = meetings(nlp, text, published="2016-06-14")  # a Tuesday
    assert lasts(event) == {"Sanders", "Clinton"}
    assert event.status == "scheduled" and event.place == "Washington"


def test_the_rest_of_a_named_group_stands_for_the_group(nlp):
    (event,) = meetings(nlp, "Bernie Sanders spoke Tuesday right after meeting with the rest of the Senate "
                             "Democratic caucus.")
    assert set(event.participants) == {"Bernie Sanders", "Senate Democratic caucus"}


def test_a_new_named_subject_moves_the_centre(nlp):
    text = ("Carl Lewis said he would stay home. Jack Nicklaus keeps photos of presidents in his office. "
            "He met Muhammad Ali for the first time in 1996 at the PGA Championship in Louisville.")
    (event,) = meetings(nlp, text)
    assert "Carl Lewis" not in event.participants
