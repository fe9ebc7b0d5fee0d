"""Meetings, round 4: the other party named in an earlier sentence (pronouns, descriptions, implicit
subjects), and meeting words beyond "met with" (hosted meals, lunch meetings, conferences, visits paid,
private talks, meetings held on one day). Mini-articles written here, not taken from any corpus."""

from __future__ import annotations

import pytest

from onrecord.analyze.meetings import find_meetings


def meetings(nlp, text: str, published: str | None = "2016-09-08"):
    return find_meetings(nlp(text), published)


def lasts(event) -> set[str]:
    return {p.split()[-1] for p in event.participants}


FROM_CONTEXT = [
    # a description as subject: the person named as subject before
    ("Hillary Clinton campaigned in Ohio on Monday. Later that day, the Democratic nominee met with Senator "
     "Bernie Sanders in Cleveland.", {"Clinton", "Sanders"}),
    # the pronoun of the main clause of a participle is not the participle's own party
    ("Paul Ryan spoke to reporters on Thursday. After meeting with Donald Trump, he said the talks were "
     "encouraging.", {"Ryan", "Trump"}),
    ("John Kasich arrived in Ohio on Monday. After a meeting with Donald Trump on Tuesday, the governor endorsed "
     "him.", {"Kasich", "Trump"}),
    ("Bernie Sanders lost the primary. The Vermont senator is scheduled to meet with Hillary Clinton on Tuesday.",
     {"Sanders", "Clinton"}),
    ("Donald Trump and Hillary Clinton traded barbs. The two candidates had dinner together in New York on "
     "Thursday.", {"Trump", "Clinton"}),
    # a described subject and an object pronoun: "him" is the other man
    ("Mitt Romney attacked Donald Trump in March. The former Massachusetts governor had dinner with him on "
     "Tuesday.", {"Romney", "Trump"}),
    ("Paul Ryan praised the bill on Friday. The speaker, meeting with Donald Trump at the White House, urged "
     "caution.", {"Ryan", "Trump"}),
    # he/she keep their gender: "she" skips the man named in between
    ("Elizabeth Warren criticized the bank on Monday. Donald Trump answered her in a speech. Later, she spoke "
     "privately with Bernie Sanders in Washington.", {"Warren", "Sanders"}),
]


@pytest.mark.parametrize(("text", "parties"), FROM_CONTEXT)
def test_other_party_comes_from_an_earlier_sentence(nlp, text, parties):
    events = meetings(nlp, text)
    assert [lasts(e) for e in events] == [parties]


NEW_FORMS = [
    ("Hillary Clinton spoke at a breakfast hosted by Al Sharpton in Harlem on Wednesday.", {"Clinton", "Sharpton"}),
    ("Vice President Mike Pence held a lunch meeting with Paul Ryan on Capitol Hill on Thursday.",
     {"Pence", "Ryan"}),
    ("President Barack Obama held a conference with Chancellor Angela Merkel in Berlin.", {"Obama", "Merkel"}),
    ("Vice President Joe Biden paid a visit to Pope Francis at the Vatican on Friday.", {"Biden", "Francis"}),
    ("Senator Bernie Sanders spoke privately with Hillary Clinton at a hotel in Washington.",
     {"Sanders", "Clinton"}),
    ("Senator Elizabeth Warren talked with Hillary Clinton over dinner in Boston.", {"Warren", "Clinton"}),
    ("Hillary Clinton held meetings with Bernie Sanders and Elizabeth Warren on Tuesday.",
     {"Clinton", "Sanders", "Warren"}),
    ("Donald Trump discussed the economy over dinner with Mitt Romney on Tuesday.", {"Trump", "Romney"}),
    ("Donald Trump was on a call with Chinese President Xi Jinping on Friday.", {"Trump", "Jinping"}),
    ("President Barack Obama placed a call to Recep Tayyip Erdogan on Friday.", {"Obama", "Erdogan"}),
    ("Donald Trump received a congratulatory call from Vladimir Putin on Wednesday.", {"Trump", "Putin"}),
    ("Donald Trump spoke with Mitt Romney at Trump Tower.", {"Trump", "Romney"}),
    ("Donald Trump got on the phone with Vladimir Putin on Tuesday.", {"Trump", "Putin"}),
]


@pytest.mark.parametrize(("text", "parties"), NEW_FORMS)
def test_meeting_words_beyond_met_with(nlp, text, parties):
    events = meetings(nlp, text)
    assert [lasts(e) for e in events] == [parties]


NOT_MEETINGS = [
    "Ted Cruz campaigned in Iowa on Monday. A voter in Des Moines said he met with Donald Trump last year.",
    "Hillary Clinton campaigned in Ohio. She said she met with donors in Cleveland on Friday.",
    "Mitt Romney criticized the plan on Monday. The senator met with donors in Boston on Friday.",
    "Donald Trump held a news conference with Mike Pence on Friday.",
    "Donald Trump paid a visit to Mexico on Wednesday.",
    "Bruce Smith praised the staff. During his visit to Trump Tower, Smith met many workers.",
    "Hillary Clinton spoke privately with reporters on her plane.",
    "Hillary Clinton attended a dinner hosted by the campaign on Friday.",
    "Donald Trump spoke on Monday. Hillary Clinton held meetings with several donors on Tuesday.",
    "Hillary Clinton has held meetings with Bernie Sanders and Elizabeth Warren for months.",
    "Donald Trump held a conference call with reporters on Tuesday.",
    "The campaign sent robocalls to voters in Ohio on Tuesday.",
    "Jeb Bush said the plan would meet expectations in Iowa.",
    "Donald Trump gave an interview to Sean Hannity on Tuesday.",
    "Donald Trump received a call from a voter in Ohio on Tuesday.",
    "Hillary Clinton made calls to donors in Ohio on Tuesday.",
    "Donald Trump got on the phone with reporters on Tuesday.",
    "Hillary Clinton had dinner in Brooklyn on Tuesday.",
    "Hillary Clinton and Donald Trump met on the debate stage in St. Louis on Sunday.",
]


@pytest.mark.parametrize("text", NOT_MEETINGS)
def test_not_a_meeting(nlp, text):
    assert meetings(nlp, text) == []


def test_description_span_starts_at_the_description(nlp):
    text = ("Hillary Clinton campaigned in Ohio on Monday. Later that day, the Democratic nominee met with "
            "Senator Bernie Sanders in Cleveland.")
    (event,) = meetings(nlp, text)
    assert text[event.span[0]:event.span[1]].startswith("the Democratic nominee met with Senator Bernie Sanders")
    assert event.place == "Cleveland"
