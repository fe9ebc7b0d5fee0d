"""Channel forms found by probing common phrasings of political news (session 6), not by reading any gold
set: a medium as the subject of an evaluative verb ("The DNC's statement called the decision outrageous",
"the commercial praises …"), remarks as the subject, court papers cited with "according to", an
organisation addressed as an audience ("spoke to the Economic Club of New York"), a name told that is
neither a person nor a public body ("told Insider": the outlet), a recorded medium whose
participle gives its content, an "in which" clause the parser hung on the recipient of a speech; then forms met
on the former blind sets once they became development sets (editorial boards, dated messages, Mass, fronted
participles in an event, employees, investigators, teleconferences, fireside chats, a conference visited).

Sentences are written for these tests (guidelines §B of ../shared/data/ledger-gold-dev).
"""

from __future__ import annotations

import pytest

from channel_helpers import channel_of as _channel


@pytest.mark.parametrize(("text", "cue", "channel", "typ"), [
    ("The DNC's statement called the decision outrageous.", "called", "The DNC's statement", "written_statement"),
    ("The campaign's latest television commercial praises the governor's record.", "praises",
     "The campaign's latest television commercial", "other"),
    ("Her remarks, delivered at a rally in Ohio, blasted Trump's tax plan.", "blasted", "Her remarks",
     "rally_or_speech"),
    ("According to court documents, Smith owed $2 million.", "According", "court documents", "written_statement"),
    ("Trump spoke to the Economic Club of New York, promising tax cuts.", "promising",
     "the Economic Club of New York", "rally_or_speech"),
    ("He told the Rotary Club that taxes were too high.", "told", "the Rotary Club", "rally_or_speech"),
    ("He told Insider that the product would launch next year.", "told", "Insider", "interview"),
    ("The doctor told Healthline that the risk was small.", "told", "Healthline", "interview"),
    # a public body told is a hearing, not an outlet
    ("The general told Congress that the troops would stay.", "told", "Congress", "testimony"),
    ("He recorded a robocall urging voters to turn out.", "urging", "a robocall", "other"),
    # an editorial board met, a message with a date inside, a sermon, a fronted participle placed in an event
    ("Ben Carson, speaking with The Des Moines Register editorial board, called the incident a disgrace.", "called",
     "with The Des Moines Register editorial board", "interview"),
    ("“I am proud,” Slaughter wrote to Clinton in a March 19, 2011 message bearing the subject line “bravo!”",
     "wrote", "in a March 19, 2011 message", "email_or_letter"),
    ("In the final Mass of his trip, Francis told the story of the city of Nineveh.", "told",
     "In the final Mass of his trip", "rally_or_speech"),
    ("Smiling broadly throughout her victory speech, Clinton thanked her adopted home state.", "thanked",
     "throughout her victory speech", "rally_or_speech"),
    # audiences and interlocutors of general news
    ("A Carrier executive tells employees that the jobs will move to Mexico.", "tells", "employees",
     "rally_or_speech"),
    ("Former official Timothy Morrison told investigators that he witnessed the call.", "told", "investigators",
     "testimony"),
    ("“We saw the need,” Steve Clarke said in a teleconference with reporters.", "said",
     "in a teleconference with reporters", "press_remarks"),
    ("Tim Cook said Tuesday in a fireside chat with Salesforce founder Marc Benioff that Apple had changed.", "said",
     "in a fireside chat with Salesforce founder Marc Benioff", "interview"),
    ("Cook said while visiting Salesforce's Dreamforce conference in San Francisco that Apple had adapted.", "said",
     "Salesforce's Dreamforce conference in San Francisco", "rally_or_speech"),
    # an audience stood before, an email exchange
    ("Later, in front of the Manchester Rotary Club, Trump said Bush was not smart enough to win.", "said",
     "in front of the Manchester Rotary Club", "rally_or_speech"),
    ("Trump said in front of a crowd of about 1,000 people that he would win.", "said",
     "in front of a crowd of about 1,000 people", "rally_or_speech"),
    ("In one email exchange, Mills asked Clinton whether she wanted to call.", "asked", "In one email exchange",
     "email_or_letter"),
    ("Over the course of that interview, Dale and Martha disputed that Mike was estranged from them.", "disputed",
     "Over the course of that interview", "interview"),
    ("He gave a speech to the NRA in which he vowed to protect gun rights.", "vowed", "a speech",
     "rally_or_speech"),
])
def test_form_channel(bare_nlp, text: str, cue: str, channel: str, typ: str) -> None:
    assert _channel(bare_nlp, text, cue) == (channel, typ)


@pytest.mark.parametrize(("text", "cue"), [
    # evidence, not a channel: documents cited without a court, verbs that only say what a medium shows
    ("According to documents obtained by the Times, Smith owed $2 million.", "According"),
    ("The ad also mentions Percy Walton, an inmate whose sentence Kaine commuted.", "mentions"),
    ("Other emails combed through by Vox suggest that he put business first.", "suggest"),
    # a speech still to come is no channel
    ("Brown is on deck to talk to the BlueGreen Alliance, a group of labor unions.", "talk"),
    # a private person is not an audience
    ("He told Smith that taxes were too high.", "told"),
    ("The firm's balance sheet showed that losses had grown.", "showed"),
    ("Kasich outlined his plan in front of a map of remaining states.", "outlined"),
    ("In a CNN/ORC International Poll the same month, 38 percent of voters said he should step down.", "said"),
    # a participle describing a medium is no statement of its own
    ("A spokesperson said in a statement emailed to NBC News that the agency never gave vaccines.", "emailed"),
    ("Her submission to the court noted published reports alleging fraud.", "noted"),
    ("Anna Becerra runs the caucus. “You are working it hard,” Crowley told Becerra.", "told"),
])
def test_form_no_channel(bare_nlp, text: str, cue: str) -> None:
    assert _channel(bare_nlp, text, cue) == (None, None)
