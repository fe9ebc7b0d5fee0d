"""Channel forms found by probing common phrasings of political news (session 6), not by reading any gold
set: a medium as the subject of an evaluative verb ("The DNC's statement called the decision outrageous",
"the commercial praises …"), remarks as the subject, court papers cited with "according to", an
organisation addressed as an audience ("spoke to the Economic Club of New York"), a name told that is
neither a person nor a public body ("told Insider": the outlet), a recorded medium whose
participle gives its content, and an "in which" clause the parser hung on the recipient of a speech.

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
    ("Anna Becerra runs the caucus. “You are working it hard,” Crowley told Becerra.", "told"),
])
def test_form_no_channel(bare_nlp, text: str, cue: str) -> None:
    assert _channel(bare_nlp, text, cue) == (None, None)
