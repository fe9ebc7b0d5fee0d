"""Channel cases linked through a neighbouring clause, a parser slip or a document as source
(analyze/channel_links.py and the rules it feeds in channel_phrases/channel_attach/channel_nouns).

Every sentence is written for these tests after patterns of English news prose (guidelines §B of
../shared/data/ledger-gold-dev): media issued in a coordinated or participial clause, documents as
subjects, audiences addressed, conversations with the press, occasions named in a relative clause or a
fronted participle, and what is not a channel (pictures posted, statements still to come, a medium
someone else wrote, a phrase inside the content).
"""

from __future__ import annotations

import pytest

from channel_helpers import channel_of as _channel
from onrecord.analyze.channels import annotate_channels
from onrecord.models import Statement


def _all(nlp, text: str) -> dict[str, tuple[str, str | None]]:
    """Cue text -> (channel text, type) of every statement the channel pass adds with a channel."""
    statements: list[Statement] = []
    annotate_channels(nlp(text), statements, None)
    return {text[s.cue_span[0]:s.cue_span[1]]: (text[s.channel_span[0]:s.channel_span[1]], s.channel_type)
            for s in statements if s.cue_span and s.channel_span}


@pytest.mark.parametrize(("text", "cue", "channel", "typ"), [
    # a medium issued by the verb a coordinated or participial cue hangs on
    ("The campaign sent out a fund-raising email on Tuesday and accused the senator of taking money from banks.",
     "accused", "a fund-raising email", "email_or_letter"),
    ("Sanders sent out a fundraising call after the remarks, asking supporters to donate.", "asking",
     "a fundraising call", "other"),
    ("Clinton's campaign responded with a statement accusing Trump of lying.", "responded", "with a statement",
     "written_statement"),
    # documents as grammatical subject, or launched with a content participle
    ("The party's counterproposal argued that voters should decide directly.", "argued",
     "The party's counterproposal", "written_statement"),
    ("This initiative called for the deportation of convicted foreigners.", "called", "This initiative",
     "written_statement"),
    ("The youth wing launched a referendum in the canton, calling for stricter rules.", "calling",
     "a referendum in the canton", "written_statement"),
    # split or misparsed phrases right after the cue
    ("Axelrod said in an e-mail that the mayor faced a hard choice.", "said", "in an e-mail", "email_or_letter"),
    ("They disputed the attacks that, Sweet noted, Trump said during the debate were sparked by polls.", "said",
     "during the debate", "debate"),
    ("The governor said in his State of the State address that taxes would go down.", "said",
     "in his State of the State address", "rally_or_speech"),
    ("Testifying before the House Judiciary Committee, Comey said no charges were warranted.", "said",
     "before the House Judiciary Committee", "testimony"),
    ("The mayor, in a phone interview, said he would not resign.", "said", "in a phone interview", "interview"),
    # audiences and interlocutors
    ("Clinton also told the largely female audience bathed in pink light of Trump's remarks about women.", "told",
     "the largely female audience", "rally_or_speech"),
    ("Clinton reminded the audience of comments Trump made about women.", "reminded", "the audience",
     "rally_or_speech"),
    ("\u201cThe time is long overdue,\u201d Sanders insisted to the gathered cameras.", "insisted",
     "the gathered cameras", "press_remarks"),
    ("Sanders spoke to thousands of supporters in Brooklyn, telling them the fight would go on.", "telling",
     "thousands of supporters in Brooklyn", "rally_or_speech"),
    ("Sanders told a packed arena in Philadelphia that the revolution would continue.", "told",
     "a packed arena in Philadelphia", "rally_or_speech"),
    ("Rubio told the Des Moines Register editorial board that he would not quit.", "told",
     "the Des Moines Register editorial board", "interview"),
    ("\u201cDo we have to discuss the dictatorships?\u201d he asked me.", "asked", "me", "interview"),
    ("\u201cWe do not pay candidates,\u201d Zucker said during a discussion Thursday with BuzzFeed's editor.",
     "said", "during a discussion Thursday with BuzzFeed's editor", "interview"),
    ("\u201cSometimes I'm good at it,\u201d Emanuel said in a testy exchange with reporters this week.", "said",
     "in a testy exchange with reporters", "press_remarks"),
    # occasions in a relative clause, a fronted participle, or an event that includes the statement
    ("Trump held a rally in Tampa on Monday, where he said the polls were wrong.", "said", "a rally in Tampa",
     "rally_or_speech"),
    ("Asked about the report at a news conference, Trump said it was fake.", "said", "at a news conference",
     "press_remarks"),
    ("He addressed the students in a wide-ranging speech that included Trump vowing to protect churches.",
     "vowing", "in a wide-ranging speech", "rally_or_speech"),
    # places one takes to in order to speak; outlets phoned
    ("Warren took to the Senate floor to denounce the bill.", "denounce", "to the Senate floor",
     "rally_or_speech"),
    ("Cruz took to the airwaves to attack Trump.", "attack", "to the airwaves", "interview"),
    ("Cruz apologized to New Yorkers, then calling Yahoo News to ask readers to watch the interview.", "calling",
     "calling", "other"),
    ("Trump called into Fox News on Monday and said the election was rigged.", "called", "into Fox News",
     "interview"),
    ("In an op-ed in USA Today, Sanders argued that the system was rigged.", "argued",
     "In an op-ed in USA Today", "article_or_oped"),
])
def test_linked_channel(nlp, text: str, cue: str, channel: str, typ: str) -> None:
    assert _channel(nlp, text, cue) == (channel, typ)


@pytest.mark.parametrize(("text", "cue"), [
    # pictures posted are no statement (guidelines §B.1: what a medium shows)
    ("Weiner resigned after he accidentally posted an explicit image of himself on Twitter.", "posted"),
    ("The campaign went on the offensive, tweeting and emailing a video of the senator from 1999.", "tweeting"),
    # a statement still to come
    ("Most don't expect him to back Clinton when he speaks to supporters via video on Thursday night.", "speaks"),
    # a medium another party wrote is the topic; a phrase inside the content is the content's
    ("He went on to rebut many of the points in Exxon Mobil's letter, writing that she had time to respond.",
     "rebut"),
    ("It also accused another reporter of misrepresenting herself in interviews.", "accused"),
    # a quotation of the outer speaker is not the content of a medium written long ago
    ("Axelrod noted that he wrote his first newspaper column 43 years ago on that subject, \u201cYou fit it in.\u201d",
     "wrote"),
    # a speaker description, not a parenthetical channel; a "where" clause on a place
    ("The narrator in the ad says Trump is unfit.", "says"),
    ("He lives in Ohio, where he said the factories were closing.", "said"),
    # "remind" is an audience only for an audience noun
    ("She reminded Trump that the debate was on Monday.", "reminded"),
])
def test_no_linked_channel(nlp, text: str, cue: str) -> None:
    assert _channel(nlp, text, cue) == (None, None)


def test_retweet_of_a_picture_keeps_its_channel(nlp) -> None:
    """Passing on someone's post endorses its message (the dev gold's retweeted photo)."""
    text = "Trump also retweeted an unflattering photo of Heidi Cruz next to a photo of his wife."
    assert _channel(nlp, text, "retweeted") == ("retweeted", "social_post")


def test_phrasal_dismissal_is_a_statement_with_its_channel(nlp) -> None:
    """'laughed off' reports a statement; the fallback adds it with the fronted interview."""
    found = _all(nlp, "In an interview with ABC News over the weekend, Clinton laughed off the attack ad.")
    assert found.get("laughed") == ("In an interview with ABC News", "interview")


def test_relative_clause_cue_with_an_occasion_is_a_statement(nlp) -> None:
    """'the strategy Obama trumpeted during Sunday's address': the noun is what was said."""
    text = "Republicans criticized the strategy Obama trumpeted during Sunday's prime-time address."
    assert _all(nlp, text).get("trumpeted") == ("during Sunday's prime-time address", "rally_or_speech")


def test_one_entry_for_a_medium_and_its_participle(nlp) -> None:
    """'responded with a statement accusing …': one statement, one channel (guidelines §B.2)."""
    found = _all(nlp, "Clinton's campaign responded with a statement accusing Trump of lying.")
    assert len(found) == 1
    assert [(span.removeprefix("with "), typ) for span, typ in found.values()] == [("a statement", "written_statement")]
