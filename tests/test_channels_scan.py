"""Channel patterns found by scanning PolNeAR train attributions for uncovered channel phrases
(analyze/channels.py and its helpers): campaign-trail and panel events, phone and call-letter outlets,
"made it clear", media as subjects of carrier verbs, recipients of written media, and the cases that
must stay channel-less (negated cues, "in order to", bare "trail", agents after "by").

Sentences are written for these tests (guidelines §B of ../shared/data/ledger-gold-dev).
"""

from __future__ import annotations

import pytest

from channel_helpers import channel_of as _channel
from onrecord.analyze.channels import annotate_channels
from onrecord.models import Statement


@pytest.mark.parametrize(("text", "cue", "channel", "typ"), [
    # campaign events (§B.1: campaign stops and campaign events)
    ("On the campaign trail, Ortiz describes himself as a fiscal hawk.", "describes", "On the campaign trail",
     "rally_or_speech"),
    ("She mentions her late father often on the campaign trail.", "mentions", "on the campaign trail",
     "rally_or_speech"),
    # panels, moderated discussions and opening sessions are forums (§B.2 rally_or_speech)
    ("\u201cWe cannot wait,\u201d Diaz said during a housing panel in Tacoma.", "said",
     "during a housing panel in Tacoma", "rally_or_speech"),
    ("\u201cWe cannot wait,\u201d Diaz said at a moderated discussion on Thursday.", "said",
     "at a moderated discussion", "rally_or_speech"),
    ("\u201cTrade must be fair,\u201d the minister said at the opening session of the talks.", "said",
     "at the opening session of the talks", "rally_or_speech"),
    # a broadcast segment, a radio station, call letters (§B.2 interview)
    ("\u201cIt is the same attack,\u201d the spokesman said in the segment that followed.", "said",
     "in the segment", "interview"),
    ("Last week he suggested on a Dayton radio station that the mayor should resign.", "suggested",
     "on a Dayton radio station", "interview"),
    ("\u201cI replied to the post,\u201d Schilling told WEEI on Monday.", "told", "WEEI", "interview"),
    ("\u201cWe are ready,\u201d Park told Yahoo in an interview.", "told", "Yahoo in an interview", "interview"),
    # the phone (§B.1: a phone call is "other"), unless an outlet is named
    ("\u201cIt is nonsense,\u201d Mills said by phone.", "said", "by phone", "other"),
    ("\u201cIt is nonsense,\u201d Mills said over the phone from Denver.", "said", "over the phone", "other"),
    ("\u201cIt is nonsense,\u201d Mills said by telephone on NBC's \u201cMeet the Press.\u201d", "said",
     "on NBC", "interview"),
    # the medium with its recipient (§B.2: "in an email to the NFL Network's Rich Eisen")
    ("\u201cNobody can do it alone,\u201d Reyes wrote in a fundraising email to his supporters.", "wrote",
     "in a fundraising email to his supporters", "email_or_letter"),
    ("In a message to the board, Tanaka recounted the night of the vote.", "recounted",
     "In a message to the board", "email_or_letter"),
    # a judge's order (§B.1: court rulings)
    ("In his order, Judge Ruiz noted that the company had ignored the subpoena.", "noted", "In his order",
     "written_statement"),
    # the medium as subject (§B.2), also through a carrier verb, and over the outlet it appeared in
    ("The email went on to say that the club would close in May.", "say", "The email", "email_or_letter"),
    ("\u201cThe senator has no spine,\u201d reads a Monday editorial in The Columbus Dispatch.", "reads",
     "a Monday editorial in The Columbus Dispatch", "article_or_oped"),
    ("The new ad hits Ortiz on the violence at his rallies.", "hits", "The new ad", "other"),  # not the content's
    ("A statement from Ryan’s office indicated that the invitation was accepted.", "indicated",
     "A statement from Ryan’s office", "written_statement"),
    # a fronted event outranks an audience addressed by a verb that is not told/spoke to
    ("In the second debate, Ortiz apologized to his supporters for the breach.", "apologized",
     "In the second debate", "debate"),
    ("At a rally in Ohio, Vance told supporters that the plant would reopen.", "told", "supporters",
     "rally_or_speech"),
    # an outlet named by its kind, and a platform's followers (§B.2: told <outlet>; social posts)
    ("Although Weiner admitted to the newspaper that they had been friends, he denied it.", "admitted",
     "the newspaper", "interview"),
    ("“We will win,” Smith told the paper.", "told", "the paper", "interview"),
    ("Canova wrote to his 20,000 Twitter followers, “It is time to end her career.”", "wrote",
     "his 20,000 Twitter followers", "social_post"),
    # testimony before a panel (§B.2 testimony)
    ("Lee testified before the panel last fall.", "testified", "before the panel", "testimony"),
])
def test_scan_channel_found(bare_nlp, text: str, cue: str, channel: str, typ: str) -> None:
    assert _channel(bare_nlp, text, cue) == (channel, typ)


@pytest.mark.parametrize(("text", "cue"), [
    ("The judge acted in order to protect the witnesses, the lawyer said.", "said"),  # "in order to"
    ("He left a paper trail of emails, the auditor said.", "said"),  # no campaign
    ("The plan was criticized by reporters, Smith said.", "said"),  # an agent, not a medium
    ("In the debate, Ortiz refused to say whether he would sign it.", "refused"),  # §B.1: negated
    ("TRUMP ASKS WHAT HAPPENED TO THE MONEY.", "ASKS"),  # a capitalised word is no call sign
    ("The court needs a third judge, according to the U.S. Judicial Conference, its policy arm.",
     "according"),  # a named body, not an event
    ("Trump asked the network to donate the profits to veterans groups.", "asked"),  # a request, no interview
    ("We asked our followers which candidate won the debate.", "asked"),  # no platform named
])
def test_scan_no_channel(bare_nlp, text: str, cue: str) -> None:
    assert _channel(bare_nlp, text, cue) == (None, None)


def test_weak_trail_not_borrowed_from_another_clause(bare_nlp) -> None:
    """'has shown stamina on the campaign trail' describes him; it is no channel of 'acknowledge'."""
    text = "While he has shown stamina on the campaign trail, his aides acknowledge that a third bid is unlikely."
    assert _channel(bare_nlp, text, "acknowledge") == (None, None)


@pytest.mark.parametrize(("text", "cue", "channel", "content"), [
    ("In the interview, Sanders made it clear that her husband would not quit.", "made", "In the interview",
     "her husband would not quit"),
    ("Obama made clear in a statement that he would veto the bill.", "made", "in a statement",
     "he would veto the bill"),
])
def test_made_it_clear_fallback(bare_nlp, text: str, cue: str, channel: str, content: str) -> None:
    """'made (it) clear that …' with a channel and no statement of its own gets a fallback statement whose
    content is the that-clause (not 'it clear')."""
    statements: list[Statement] = []
    annotate_channels(bare_nlp(text), statements, None)
    found = [s for s in statements if text[s.cue_span[0]:s.cue_span[1]] == cue]
    assert len(found) == 1
    stmt = found[0]
    assert text[stmt.channel_span[0]:stmt.channel_span[1]] == channel
    assert content in text[stmt.content_spans[0][0]:stmt.content_spans[0][1]]
    assert not text[stmt.content_spans[0][0]:stmt.content_spans[0][1]].startswith("it clear")
