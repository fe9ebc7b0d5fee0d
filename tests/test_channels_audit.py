"""Channel cases from the recall audit by channel word (analyze/channel_trailing.py, channel_attach.py):
an event phrase closing the sentence that the parser hung inside the cue's complement, a medium phrase
right after a closing quotation mark, words inside a quotation that are not the cue's channel, and the
occasion of "spent the rally attacking …", a part of a medium ("in the video's description"), and a
quotation the parser ended as a sentence of its own before the cue.

Sentences are written for these tests (guidelines §B of ../shared/data/ledger-gold-dev).
"""

from __future__ import annotations

import pytest

from channel_helpers import channel_of as _channel
from onrecord.analyze.channels import annotate_channels
from onrecord.models import Statement


@pytest.mark.parametrize(("text", "cue", "channel", "typ"), [
    # an event phrase closing the sentence, hung on the content of "called for" / "promised to"
    ("Trump called for a special prosecutor to look into the dealings of the charity at a campaign rally "
     "in Ohio on Monday night.", "called", "at a campaign rally in Ohio", "rally_or_speech"),
    ("Clinton promised to fight for workers during a speech in Detroit, Michigan, on Monday.", "promised",
     "during a speech in Detroit, Michigan", "rally_or_speech"),
    # a medium phrase right after the closing quotation mark, without a comma
    ("A neighbour referred to her as “the kindest person on our street” in a Facebook post.", "referred",
     "in a Facebook post", "social_post"),
    ("A friend referred to him as “the best man I have ever met” in a Facebook post.", "referred",
     "in a Facebook post", "social_post"),
    # a part of a medium: the medium's type
    ("The comedian asked in the video’s description whether voters cared.", "asked", "in the video’s description",
     "other"),
    ("She wrote in the final paragraph of the letter that she would resign.", "wrote",
     "in the final paragraph of the letter", "email_or_letter"),
    # the occasion that "spend" takes as its object, filled by the participle
    ("Obama spent much of the news conference defending his plan.", "defending", "the news conference",
     "press_remarks"),
    ("Clinton spent the call reassuring him that she would win.", "reassuring", "the call", "other"),
    # a quotation inside another clause: the phrase after it is that clause's, the medium stays
    ("Aides issued a statement saying that Trump had “praised the city” during the launch event.", "saying",
     "a statement", "written_statement"),
])
def test_audit_channel(bare_nlp, text: str, cue: str, channel: str, typ: str) -> None:
    assert _channel(bare_nlp, text, cue) == (channel, typ)


@pytest.mark.parametrize(("text", "cue"), [
    # a place of the content, not one occasion of the statement
    ("Clinton called for more security at the convention.", "called"),
    # the words of a quotation inside the object are not the cue's channel
    ("Critics mocked his “performance at the debate” on Monday.", "mocked"),
    # the event phrase belongs to a clause with a subject of its own
    ("Sanders called for an inquiry into the guards who shoved protesters at a rally in Iowa.", "called"),
    # a part of something that is no medium
    ("He said in a line of the script that he was sorry.", "said"),
    # "spend" with a stretch of time, not an occasion
    ("Trump spent the weekend attacking the judge.", "attacking"),
    ("He spends his time meeting with fellow commanders, observing training and leading seminars.", "observing"),
])
def test_audit_no_channel(bare_nlp, text: str, cue: str) -> None:
    assert _channel(bare_nlp, text, cue) == (None, None)


def test_fallback_after_quotation_split_off(bare_nlp) -> None:
    """A quotation the parser ended as its own sentence, then the speaker's cue with its channel."""
    text = "“Why is it fair?” Baker said at a press conference, according to the Boston Globe."
    statements: list[Statement] = []
    annotate_channels(bare_nlp(text), statements, None)
    found = {text[s.cue_span[0]:s.cue_span[1]]: text[s.channel_span[0]:s.channel_span[1]]
             for s in statements if s.cue_span and s.channel_span}
    assert found == {"said": "at a press conference"}
