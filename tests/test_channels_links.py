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
    # an occasion hung on the topic, a moment of an event, a "during which" clause, a passive issuing verb
    ("\u201cI just heard that,\u201d Trump said of the move during an interview on Fox News Tuesday night.", "said",
     "during an interview on Fox News", "interview"),
    ("At one point in the debate, Trump called Clinton a liar.", "called", "in the debate", "debate"),
    ("Clinton held a conference call with researchers during which she underscored the urgency of the work.",
     "underscored", "a conference call with researchers", "other"),
    ("Hours earlier, a campaign memo was released as the polls closed stating that the loss was expected.",
     "stating", "a campaign memo", "written_statement"),
    # a medium used to speak; a work written in; an answer typed by who asked; the asker's occasion
    ("Ramos used his acceptance speech to call for the resignation of the president.", "call",
     "his acceptance speech", "rally_or_speech"),
    ("Obama used the speech to try to refute gloomy Republican assessments.", "refute", "the speech",
     "rally_or_speech"),
    ("\u201cThis is a mistake,\u201d Kamarck wrote in an analysis.", "wrote", "in an analysis", "article_or_oped"),
    ("\u201cIt's not appropriate,\u201d Cruz said in response to a question from a reporter ahead of his event.",
     "said", "in response to a question from a reporter", "press_remarks"),
    ("In footage aired by CNN, Trump says he would ban Muslims.", "says", "In footage", "other"),
    ("A billboard paid for by the group says Trump is a fraud.", "says", "A billboard", "other"),
    ("When pressed by the debate's moderators, Sanders did apologize to Clinton.", "apologize",
     "the debate's moderators", "debate"),
    # "other": clips and recorded messages; a medium subject shared by a coordinated verb; a fronted medium
    # outranks the audience it addressed
    ("A campaign video released Monday shows Trump insulting women and asks whether he should be president.",
     "asks", "A campaign video", "other"),
    ("In a videotaped message, the president urged calm.", "urged", "In a videotaped message", "other"),
    ("In a Facebook video, Sanders asked supporters to volunteer.", "asked", "In a Facebook video", "social_post"),
    ("In a letter, the senators asked the agency to explain its decision.", "asked", "In a letter",
     "email_or_letter"),
    # documents an office issues
    ("In court documents filed Friday, prosecutors said the defendant had fled.", "said", "In court documents",
     "written_statement"),
    ("The White House said in a readout of the call that the leaders agreed to cooperate.", "said",
     "in a readout of the call", "written_statement"),
    ("The campaign said in a fundraising appeal that the race was tightening.", "said",
     "in a fundraising appeal", "email_or_letter"),
    ("The document, which was obtained by Politico, says the campaign must cut costs.", "says", "The document",
     "written_statement"),
    # gatherings of organisations, campaign events, audiences before the speaker
    ("Speaking at the Republican Jewish Coalition, Cruz said Iran was the greatest threat.", "said",
     "at the Republican Jewish Coalition", "rally_or_speech"),
    ("Clinton told the Economic Club of New York that taxes were too high.", "told",
     "the Economic Club of New York", "rally_or_speech"),
    ("Obama spoke before the United Nations General Assembly and said climate change was real.", "said",
     "before the United Nations General Assembly", "rally_or_speech"),
    ("At the Iowa State Fair on Saturday, Clinton said she would protect Social Security.", "said",
     "At the Iowa State Fair", "rally_or_speech"),
    ("During a campaign swing through Ohio, Kasich said the state was doing well.", "said",
     "During a campaign swing through Ohio", "rally_or_speech"),
    ("Before a crowd of supporters in Virginia, Trump promised to build the wall.", "promised",
     "Before a crowd of supporters in Virginia", "rally_or_speech"),
    ("Obama, giving a speech in Toledo, said the auto industry was back.", "said", "a speech in Toledo",
     "rally_or_speech"),
    ("Trump told a news conference that he would win.", "told", "a news conference", "press_remarks"),
    ("In his response, the dean said on Tuesday that he had reviewed the articles.", "said", "In his response",
     "written_statement"),
    ("Trump returned to the subject at last week's rally in San Diego, where he suggested the judge was biased.",
     "suggested", "at last week's rally in San Diego", "rally_or_speech"),
])
def test_linked_channel(nlp, text: str, cue: str, channel: str, typ: str) -> None:
    assert _channel(nlp, text, cue) == (channel, typ)


@pytest.mark.parametrize(("text", "cue"), [
    # pictures posted are no statement (guidelines §B.1: what a medium shows)
    ("Weiner resigned after he accidentally posted an explicit image of himself on Twitter.", "posted"),
    ("In 2011, he resigned after accidentally tweeting a crotch-shot meant for someone else.", "tweeting"),
    ("She posted a selfie of herself on Instagram.", "posted"),
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
    # a medium still to be issued, inside another statement's content
    ("Trump said in a tweet that additional lawsuits will be filed questioning Cruz's eligibility.", "questioning"),
    ("At one point, he said the plan would fail.", "said"),
    ("In response to the attack, the senator said the country must act.", "said"),
    ("In his response to the question, Trump said he would win.", "said"),
    ("He made an appeal to unity, saying the party must come together.", "saying"),
    # a venue is no event (guidelines §B.1); "before the convention" is a time; a swing state is no swing
    ("Sanders spoke at Georgetown University and said socialism was misunderstood.", "said"),
    ("He voted for the bill before the convention and said it was a mistake.", "said"),
    ("In a swing state, the senator said the race was close.", "said"),
    ("At his cookout, the band leader called the guests to the stage, singing \u201cIt's our time.\u201d", "singing"),
])
def test_no_linked_channel(nlp, text: str, cue: str) -> None:
    assert _channel(nlp, text, cue) == (None, None)


def test_retweet_of_a_picture_keeps_its_channel(nlp) -> None:
    """Passing on someone's post endorses its message (the dev gold's retweeted photo); so does a picture of a
    rival posted on purpose."""
    text = "Trump also retweeted an unflattering photo of Heidi Cruz next to a photo of his wife."
    assert _channel(nlp, text, "retweeted") == ("retweeted", "social_post")
    text = "Trump on Saturday tweeted an image of Hillary Clinton alongside $100 bills."
    assert _channel(nlp, text, "tweeted") == ("tweeted", "social_post")


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


def test_relative_clause_on_an_issued_medium_is_one_entry(nlp) -> None:
    """'released a video statement in which he apologized': one statement, one channel."""
    found = _all(nlp, "Trump released a video statement in which he apologized for his remarks.")
    assert list(found.values()) == [("a video statement", "other")]


@pytest.mark.parametrize(("text", "channel", "typ"), [
    ("Trump on Twitter: Cruz is a liar", "on Twitter", "social_post"),
    ("Sanders to supporters: The fight goes on", "supporters", "rally_or_speech"),
])
def test_headline_label_channel(nlp, text: str, channel: str, typ: str) -> None:
    """A headline label names the channel before the colon that introduces the words."""
    colon = text.index(":")
    stmt = Statement(speaker=None, speaker_span=(0, colon), cue_span=(colon, colon + 1),
                     content_spans=[(colon + 2, len(text))], kind="direct")
    annotate_channels(nlp(text), [stmt], None, fallback=False)
    assert stmt.channel_span is not None
    assert (text[stmt.channel_span[0]:stmt.channel_span[1]], stmt.channel_type) == (channel, typ)


def test_headline_label_place_is_no_channel(nlp) -> None:
    """'Clinton in Ohio: …' names a place, not a channel (guidelines §B.1)."""
    text = "Clinton in Ohio: Trump is unfit"
    colon = text.index(":")
    stmt = Statement(speaker=None, speaker_span=(0, colon), cue_span=(colon, colon + 1),
                     content_spans=[(colon + 2, len(text))], kind="direct")
    annotate_channels(nlp(text), [stmt], None, fallback=False)
    assert stmt.channel_span is None


def test_two_statements_at_one_event_keep_two_entries(nlp) -> None:
    """'Starr said during a panel discussion …, in which he compared …': two statements share the channel
    (guidelines §B.2: one entry per reported statement)."""
    text = ("\u201cHe has remarkable gifts,\u201d Starr said during a panel discussion on the presidency, in which he "
            "compared the president to his predecessors.")
    said, compared = text.index("said"), text.index("compared")
    statements = [Statement(speaker=None, speaker_span=None, cue_span=(i, i + len(w)), content_spans=[],
                            kind="indirect") for i, w in ((said, "said"), (compared, "compared"))]
    annotate_channels(nlp(text), statements, None, fallback=False)
    assert all(s.channel_type == "rally_or_speech" for s in statements)
