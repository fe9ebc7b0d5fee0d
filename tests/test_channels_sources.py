"""Channel cases for sources and parser slips (analyze/channels.py): an institution's report as the
source, outlets named by possessive or kind word, phrases the parser hung on a neighbour, and the
channel-driven fallback statements ("spoke to reporters", "pointed to …, according to a report").

Sentences are written for these tests (guidelines §B of ../shared/data/ledger-gold-dev); the held-out-2
convention that a report an institution issues is a written statement is in benchmarks/heldout2/spec.py.
"""

from __future__ import annotations

import pytest

from channel_helpers import channel_of as _channel
from onrecord.analyze.channels import annotate_channels
from onrecord.models import Statement


def _fallback(nlp, text: str) -> dict[str, tuple[str, str | None]]:
    """Cue text -> (channel text, type) of the statements the channel pass adds on its own."""
    statements: list[Statement] = []
    annotate_channels(nlp(text), statements, None)
    return {text[s.cue_span[0]:s.cue_span[1]]: (text[s.channel_span[0]:s.channel_span[1]], s.channel_type)
            for s in statements if s.cue_span and s.channel_span}


@pytest.mark.parametrize(("text", "cue", "channel", "typ"), [
    # a report or memo an institution issued is the source (written statement)
    ("Hackers broke into the agency's computers, according to a congressional report on Wednesday.",
     "according", "a congressional report", "written_statement"),
    ("The report cited an internal investigation as identifying Beijing as the likely perpetrator.", "cited",
     "The report", "written_statement"),
    ("A report released by the Brookings Institution last year estimated that 46,000 accounts were used.",
     "estimated", "A report", "written_statement"),
    ("A redacted copy of the 2013 inspector general\u2019s memo seen by Reuters said investigators were unable "
     "to determine which files had been taken.", "said",
     "A redacted copy of the 2013 inspector general\u2019s memo", "written_statement"),
    # outlets: possessive programme names, kind words, hyphenated call signs; hearings are testimony
    ("\u201cA deal would be in Israel's interests,\u201d Trump told ABC's This Week.", "told", "ABC's This Week",
     "interview"),
    ("Wilson told The Post and Courier newspaper on Saturday that he voted for Rubio.", "told",
     "The Post and Courier newspaper", "interview"),
    ("\u201cIt's just sad,\u201d he told WKOW-TV of Madison.", "told", "WKOW-TV of Madison", "interview"),
    ("CIA Director John Brennan told a Senate Intelligence Committee hearing on Thursday that the agency had "
     "found no link.", "told", "a Senate Intelligence Committee hearing", "testimony"),
    ("Mr. Birdthistle first pointed out the senator's interest to me.", "pointed", "me", "interview"),
    ("Kasich said the race was close, he told reporters at a breakfast hosted by Bloomberg Politics.", "told",
     "reporters at a breakfast", "press_remarks"),
    ("In a blog post on Friday, Twitter said it had suspended 125,000 accounts.", "said", "In a blog post",
     "written_statement"),
    # phrases the parser hung elsewhere
    ("The New Jersey governor was the most forceful figure on stage at Saturday's final debate, mocking  Rubio "
     "as a neophyte.", "mocking", "at Saturday's final debate", "debate"),
    ("Bernie Sanders: Credit scores On his campaign website, Senator Bernie Sanders calls for credit score "
     "reform.", "calls", "On his campaign website", "written_statement"),
    ("She greeted 2,000 supporters at a rowdy rally late Saturday night in Houston and told them that they "
     "would win.", "told", "at a rowdy rally", "rally_or_speech"),
    ("Trump called the system \u201crigged\u201d in a tweet Tuesday.", "called", "in a tweet", "social_post"),
    ("Making the rounds on the Sunday morning shows, Carson said he faced unique scrutiny.", "said",
     "on the Sunday morning shows", "interview"),
    ("O\u2019Malley spoke at the Fair Immigration Reform Movement and The Nation forum on Sunday.", "spoke",
     "at the Fair Immigration Reform Movement and The Nation forum", "rally_or_speech"),
    ("Sanders showed no sign of backing down, releasing a statement that accused the party leadership of "
     "unfairness.", "accused", "a statement", "written_statement"),
    # more outlets and media
    ("On Friday, Gingrich told Bill O\u2019Reilly of Fox News, that \u201cyou have to look at it.\u201d", "told",
     "Bill O\u2019Reilly of Fox News", "interview"),
    ("Christine Todd Whitman told The Star-Ledger of Newark last week that she would vote for Clinton.", "told",
     "The Star-Ledger of Newark", "interview"),
    ("\u201cI expect to be vetted,\u201d he said on \u201cMeet the Press.\u201d", "said",
     "on \u201cMeet the Press", "interview"),
    ("Hillary Clinton posted a Twitter comment of her own, saying, \u201cWe\u2019re so excited!\u201d", "saying",
     "a Twitter comment of her own", "social_post"),
    ("In an excerpt of the interview, which will air Tuesday night, Trump says he is a counterpuncher.", "says",
     "In an excerpt of the interview", "interview"),
    ("\u201cI\u2019d vote against them,\u201d he joked with reporters after a town hall in Worcester.", "joked",
     "with reporters", "press_remarks"),
    ("With a tweet featuring the Gonzales flag, Abbott told the President to \u201ccome and take it.\u201d", "told",
     "With a tweet", "social_post"),
    ("McConnell said on the Senate floor that the nominee deserved a vote.", "said", "on the Senate floor",
     "rally_or_speech"),
    ("Clinton said on the stump last year in Iowa that banks must pay.", "said", "on the stump", "rally_or_speech"),
    ("Kaine said in a conference call with reporters that Trump was dangerous.", "said",
     "in a conference call with reporters", "press_remarks"),
    ("In remarks to reporters, Trump said the wall would be built.", "said", "In remarks to reporters",
     "press_remarks"),
    ("In comments to The Associated Press, Trump said the wall would be built.", "said",
     "In comments to The Associated Press", "interview"),
    ("Lynch told Congress last month that the matter was handled by career people.", "told", "Congress",
     "testimony"),
])
def test_channel_found(bare_nlp, text: str, cue: str, channel: str, typ: str) -> None:
    assert _channel(bare_nlp, text, cue) == (channel, typ)


@pytest.mark.parametrize(("text", "cue"), [
    ("The senator lied, according to reports.", "according"),  # generic reports: evidence
    ("A Reuters report said the senator lied.", "said"),  # a publisher's report
    ("Walker will speak at the convention, according to a report Tuesday from WKOW, the ABC affiliate.",
     "according"),
    ("A Twitter spokesman, Christopher Abboud, said on Saturday that there were outages.", "said"),
    ("On Twitter, people can flag and report posts to Twitter staff members around the world.", "report"),
    ("\u201cIt would seal the deal,\u201d said David Wasserman, an elections analyst at the Cook Political Report.",
     "said"),  # an affiliation
    ("In constant motion all day, he talks to the utility-union boss about jobs.", "talks"),
    ("The debate promised to be a crucial moment for Ben Carson.", "promised"),  # an event is no speaker
    ("Trump spotted a sign in the crowd and mocked it.", "mocked"),
    ("Trump drew boos from the audience when he told Jeb Bush to quiet down.", "told"),
    ("Trump called the system \u201crigged\u201d in a tweet Tuesday, and a few Republican lawmakers have called for "
     "a special prosecutor.", "called", ),
    ("\u201cIt was great,\u201d he told Trump.", "told"),  # a person the model may tag ORG
    ("The governor disagreed with the ruling on Monday.", "disagreed"),  # "with": the object, not a medium
    ("In his comments on Iraq, Trump said the war was a mistake.", "said"),  # comments with no addressee
    ("Coin flips were used, according to a report in the Des Moines Register.", "according"),  # a paper's
    ("As Trump prepared to speak to supporters in Wisconsin on Tuesday, a girl was hurt.", "speak"),  # not yet
    ("The debate was marred by a debate that threatened to make or break campaigns.", "threatened"),
])
def test_no_channel(bare_nlp, text: str, cue: str) -> None:
    nth = 1 if text.count(cue) > 1 else 0
    assert _channel(bare_nlp, text, cue, nth) == (None, None)


def test_fallback_speaking_to_an_audience_without_content(bare_nlp) -> None:
    """"spoke to reporters Friday after …": the addressee alone reports a statement; "came to talk to me
    about trade" does not (the author as a meeting partner)."""
    found = _fallback(bare_nlp, "Clinton communications director Jennifer Palmieri spoke to reporters Friday "
                                "after Donald Trump unleashed a series of tweets.")
    assert found["spoke"] == ("reporters", "press_remarks")
    assert "talk" not in _fallback(bare_nlp, "When the secretary came to talk to me last week about trade, "
                                             "I did not expect him to mention the wall.")


def test_fallback_two_sources_in_one_sentence(bare_nlp) -> None:
    """A clause with its own speaker and an "according to" report are two statements with two channels."""
    text = ("In a Twitter message posted in December, the account pointed to the shootings as an example of "
            "retaliation, according to a report from the SITE Intelligence Group.")
    found = _fallback(bare_nlp, text)
    assert found["pointed"] == ("In a Twitter message", "social_post")
    assert found["according"] == ("a report from the SITE Intelligence Group", "written_statement")


def test_fallback_refuses_wishes(bare_nlp) -> None:
    """"He needs to keep speaking to crowds": no statement made."""
    assert _fallback(bare_nlp, "He needs to keep speaking to crowds 15,000 strong who believe in him.") == {}


def test_told_a_journalist_named_earlier(bare_nlp) -> None:
    """"told Hewitt" is an interview when the article presented Hewitt as a host; "asked Trump" next to the
    host's title is not."""
    text = ("Conservative radio host Hugh Hewitt asked Trump about it on Thursday. "
            "\u201cI meant exactly that,\u201d Trump told Hewitt.")
    assert _channel(bare_nlp, text, "told") == ("Hewitt", "interview")
    assert _channel(bare_nlp, text, "asked") == (None, None)
    assert _channel(bare_nlp, "Hewitt pressed him again. \u201cNo,\u201d Trump told Hewitt.", "told") == (None, None)
