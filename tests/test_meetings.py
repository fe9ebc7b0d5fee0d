"""Meetings: the sample page (one past summit, one scheduled visit), patterns, merging and non-meetings."""

from __future__ import annotations

import pytest

from onrecord.analyze.meetings import find_meetings


def sample_text(sample_page) -> str:
    """The article body of the sample page (its lines from "During his campaign" to "...in the air.”")."""
    raw = sample_page.read_text(encoding="utf-8")
    start = raw.index("During his campaign")
    end = raw.index("in the air.”") + len("in the air.”")
    return raw[start:end]


def meetings(nlp, text: str, published: str | None = "2016-09-08"):
    return find_meetings(nlp(text), published)


def test_sample_page_past_summit_is_one_merged_meeting(nlp, sample_page):
    text = sample_text(sample_page)
    found = meetings(nlp, text, "2025-08-16")
    past = [e for e in found if e.status == "past"]
    assert len(past) == 1, [e.to_dict() for e in found]
    summit = past[0]
    assert set(summit.participants) == {"Donald Trump", "Vladimir Putin"}
    assert summit.place == "Anchorage"  # from "Friday's meeting in Anchorage", merged in
    assert summit.when == "2025-08-15"  # Friday before Saturday 16 August 2025
    assert "summit with President Vladimir Putin" in text[summit.span[0]:summit.span[1]]


def test_sample_page_scheduled_meeting(nlp, sample_page):
    found = meetings(nlp, sample_text(sample_page), "2025-08-16")
    scheduled = [e for e in found if e.status == "scheduled"]
    assert len(scheduled) == 1, [e.to_dict() for e in found]
    visit = scheduled[0]
    assert set(visit.participants) == {"Volodymyr Zelenskyy", "Donald Trump"}
    assert (visit.place, visit.when) == ("Washington", "2025-08-18")  # the coming Monday


def test_met_with_place_and_date(nlp):
    (event,) = meetings(nlp, "Obama met with Chinese President Xi Jinping in Beijing on Tuesday.", "2016-09-08")
    assert event.participants == ["Obama", "Xi Jinping"]
    assert (event.place, event.when, event.status) == ("Beijing", "2016-09-06", "past")


def test_will_meet_is_scheduled(nlp):
    (event,) = meetings(nlp, "Sanders will meet with Harry Reid at the Capitol on Thursday.", "2016-06-07")
    assert set(event.participants) == {"Sanders", "Harry Reid"}
    assert (event.status, event.when) == ("scheduled", "2016-06-09")


def test_talks_between_two_named_sides(nlp):
    (event,) = meetings(nlp, "Merkel held talks with Hollande in Berlin on Monday.", "2016-09-08")
    assert set(event.participants) == {"Merkel", "Hollande"}
    assert event.place == "Berlin"


def test_mentions_of_one_meeting_merge(nlp):
    text = ("Adelson met with Trump in Las Vegas on Monday. After the meeting with Trump, "
            "Adelson said he found him charming.")
    (event,) = meetings(nlp, text, "2016-09-08")
    assert set(event.participants) == {"Adelson", "Trump"}
    assert event.place == "Las Vegas"


@pytest.mark.parametrize("sentence", [
    "The company's results met expectations this quarter.",
    "The agency met the deadline on Friday.",
    "It was a meeting of the minds.",
    "The town hall meeting drew a large crowd.",
    "If Nancy Davis had met Ronald Reagan earlier, he would have won an Oscar.",
    "Trump didn't need to meet with Pena Nieto.",
])
def test_not_a_meeting(nlp, sentence):
    assert meetings(nlp, sentence) == []
