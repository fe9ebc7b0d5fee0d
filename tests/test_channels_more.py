"""More channel cases (analyze/channels.py): publications after "writing in", legal filings cited with
"according to", addressed briefings and shows, media inside a series, and a mis-tagged speech verb.

Statements are built by hand from a cue span; ``annotate_channels`` must find (or refuse) the phrase.
Sentences are written for these tests (guidelines §B of ../shared/data/ledger-gold-dev).
"""

from __future__ import annotations

import pytest

from channel_helpers import channel_of as _channel
from channel_helpers import pipeline_channels


@pytest.mark.parametrize(("text", "cue", "channel", "typ"), [
    # a capitalised publication after "writing in" / "wrote in" (guidelines §B.1: a column, an article)
    ("Writing in The Atlantic last month, Smith argued that the party had lost its way.", "argued",
     "in The Atlantic", "article_or_oped"),
    ("Smith, writing in Foreign Affairs, argued that the alliance was weakening.", "argued",
     "in Foreign Affairs", "article_or_oped"),
    ("Smith wrote in The New Yorker that the plan would fail.", "wrote", "in The New Yorker", "article_or_oped"),
    ("Writing in the Harvard Law Review, Smith argued that the plan was unconstitutional.", "argued",
     "in the Harvard Law Review", "article_or_oped"),  # a named outlet is a publication for a writer
    # legal filings speak for a party (§B.1 lists complaints, motions, SEC filings)
    ("The company broke the law, according to a court filing.", "according", "a court filing",
     "written_statement"),
    ("The city broke the law, according to a filing by the Justice Department.", "according",
     "a filing by the Justice Department", "written_statement"),
    ("Writing in the Atlantic, Smith said the party had lost its way.", "said", "in the Atlantic",
     "article_or_oped"),  # the outlet's "the" in lower case
    ("The campaign said in a court filing that the count was flawed.", "said", "in a court filing",
     "written_statement"),
    # addressees: a news briefing is the press, a show is an interview (§B.2 told/tells)
    ("\u201cThe whole world applauded,\u201d Mr. Lou told a news briefing near the end of the meetings.", "told",
     "a news briefing", "press_remarks"),
    ("\u201cWe will decide what kind of society we are,\u201d he told the show.", "told", "the show", "interview"),
    # a medium inside a series noun, with its topic modifier left out (§B.2)
    ("\u201cComments like his set us back,\u201d Clinton said in one of a blizzard of Twitter messages about the "
     "remarks.", "said", "in one of a blizzard of Twitter messages", "social_post"),
    ("\u201cIt matters,\u201d Smith wrote in an email response to questions.", "wrote",
     "in an email response to questions", "email_or_letter"),
    # a part of an event is the event ("during a taping of a town hall")
    ("Cruz said Thursday during a taping of a town hall meeting in Buffalo that states should decide.", "said",
     "during a taping of a town hall meeting in Buffalo", "rally_or_speech"),
    # the parser reads "promises" as a noun; the website is the medium (§B.1: website postings)
    ("On his campaign website, Torres promises to cut taxes for families.", "promises",
     "On his campaign website", "written_statement"),
    # a body's own meeting is an event (§B.1: "a meeting of Pacific Island leaders")
    ("Smith said in a cabinet meeting on Monday that the deal was done.", "said", "in a cabinet meeting",
     "rally_or_speech"),
    ("\u201cWe had the numbers,\u201d Smith recounted in an Oct. 21 staff meeting.", "recounted",
     "in an Oct. 21 staff meeting", "rally_or_speech"),
    # "us" outside quotation marks is the publication, as "me" is the columnist (§B.1 "told me")
    ("Acme tells us that the keys can be replaced.", "tells", "us", "interview"),
    ("A company spokesperson told us the plant would stay open.", "told", "us", "interview"),
    # speaking through a representative (§B.1: dev leaves out "Through a spokesman" only when negated)
    ("Mr. Ailes denied the charges through his lawyer.", "denied", "through his lawyer", "other"),
    ("Through a spokesman, the senator said he would not resign.", "said", "Through a spokesman", "other"),
    # an audience thanked or greeted is addressed (§B.2 addressees)
    ("Sanders thanked his supporters and said the fight would go on.", "thanked", "his supporters",
     "rally_or_speech"),
    # documents and books of one's own
    ("In his personal financial disclosures, Trump reports investments in Ford.", "reports",
     "In his personal financial disclosures", "written_statement"),
    ("In his autobiography, published in 2015, Mr. Cruz described how he changed his name.", "described",
     "In his autobiography", "article_or_oped"),
    ("On a campaign swing this month, she said her husband had a plan.", "said", "On a campaign swing",
     "rally_or_speech"),
    # a medium issued with a participle giving its content (§B.2: "issued a policy paper welcoming …")
    ("Pro-Trump forces sent an email blast encouraging supporters to run.", "encouraging", "an email blast",
     "email_or_letter"),
    ("The principal and the bishop have since released statements deploring what happened.", "released",
     "statements", "written_statement"),
    ("One Nation began a $1 million ad campaign this week praising Sen. Kelly Ayotte.", "praising",
     "a $1 million ad campaign", "other"),
    ("The group has taken the lead in running ads praising Sen. Patrick Toomey.", "praising", "ads", "other"),
    # campaign events and audiences (§B.1)
    ("\u201cShe is still a good friend,\u201d Bill Clinton has said while stumping for his wife.", "said",
     "while stumping for his wife", "rally_or_speech"),
    ("Fiorina, speaking to Iowans, said, \u201cLast time I looked, you hadn't started voting yet.\u201d", "said",
     "Iowans", "rally_or_speech"),
    ("She also called on attendees to oppose bigotry.", "called", "attendees", "rally_or_speech"),
    # British spelling of a cue, a chamber, a newspaper quoting someone, diplomatic cables
    ("Cameron criticised Trump in the British parliament over his call for the ban.", "criticised",
     "in the British parliament", "rally_or_speech"),
    ("\u201cThat would be a terrific thing,\u201d Trump said in the newspaper.", "said", "in the newspaper",
     "interview"),
    ("She wrote in the newspaper that the plan would fail.", "wrote", "in the newspaper", "article_or_oped"),
    ("Columnist Ai Jun wrote in the Global Times piece that China should reject him.", "wrote",
     "in the Global Times piece", "article_or_oped"),
    ("According to State Department cables released later, Manafort pressed the diplomats.", "According",
     "State Department cables", "email_or_letter"),
    # a medium as the antecedent of the relative that says (§B.2: "released a letter … that says …")
    ("The memo, which says the agency failed, was leaked on Friday.", "says", "The memo", "written_statement"),
    # session 5: a platform taken to with any saying verb, a plea, an issue of a magazine, a news report that
    # notes, a relative clause hung on a noun inside the medium's phrase, "made clear" without "that"
    ("The singer took to Twitter to air her grievances with the label.", "air", "to Twitter", "social_post"),
    ("Lazar admitted in his plea agreement that he had turned over the emails.", "admitted",
     "in his plea agreement", "written_statement"),
    ("Mr. Kim said in a recent issue of Foreign Policy magazine that the bank must change.", "said",
     "in a recent issue of Foreign Policy magazine", "interview"),
    ("The senator cited the Associated Press report, which notes that half of the donors met her.", "notes",
     "the Associated Press report", "article_or_oped"),
    ("He was charged over a phone call he made to her office, in which he said he would hurt her.", "said",
     "a phone call he made to her office", "other"),
    ("As iFixit points out in its teardown, the keyboard is identical to the old one.", "points",
     "in its teardown", "article_or_oped"),
    # general-news audiences and occasions: a parliament, a court or jury addressed, a sermon, a programme
    # the parser read as a verb
    ("The prime minister told parliament that the deal was done.", "told", "parliament", "rally_or_speech"),
    ("The witness told the court that she saw the attack.", "told", "the court", "testimony"),
    ("The officer told jurors that he saw the car.", "told", "jurors", "testimony"),
    ("The pope said during Mass on Sunday that peace was possible.", "said", "during Mass", "rally_or_speech"),
    ("In his sermon, the bishop said the war must end.", "said", "In his sermon", "rally_or_speech"),
    ("The actress said Thursday on NBC's Today show that she was pregnant.", "said", "on NBC's Today show",
     "interview"),
    ("Kym Lino, a spokesperson for the app, confirmed to WIRED that the company notifies people.", "confirmed",
     "WIRED", "interview"),  # an outlet beyond US politics
    ("He and his wife explained on an episode of their podcast that income matters most.", "explained",
     "on an episode of their podcast", "interview"),
    ("“We will appeal,” the statement continued.", "continued", "the statement", "written_statement"),
    # audiences addressed directly (§B.1): protesters, a counted crowd of people, colleagues written to
    ("“We are leaving behind the lies,” Stein told the protesters.", "told", "the protesters",
     "rally_or_speech"),
    ("He told 2,267 people gathered at Purdue University that the fight goes on.", "told", "2,267 people",
     "rally_or_speech"),
    ("“We must never give up,” Sanders wrote to his colleagues.", "wrote", "his colleagues",
     "email_or_letter"),
    # occasions of general news: talks, eulogies, webinars, protests, a sentencing, a research note
    ("The founder said in a TED talk that failure matters.", "said", "in a TED talk", "rally_or_speech"),
    ("The widow said in a eulogy that he was kind.", "said", "in a eulogy", "rally_or_speech"),
    ("The activist said at a protest that the law was unjust.", "said", "at a protest", "rally_or_speech"),
    ("The defendant said at his sentencing that he was sorry.", "said", "at his sentencing", "testimony"),
    ("The economist wrote in a research note that inflation would fall.", "wrote", "in a research note",
     "email_or_letter"),
    ("The prime minister said during a media scrum that the election was coming.", "said", "during a media scrum",
     "press_remarks"),
    ("The doctor told the inquiry that the hospital had failed.", "told", "the inquiry", "testimony"),
    ("The coroner said at an inquest that the death was accidental.", "said", "at an inquest", "testimony"),
    ("The agency said in guidance issued Friday that masks were optional.", "said", "in guidance",
     "written_statement"),
    ("The senator said in comments aired Sunday that she would run.", "said", "in comments", "interview"),
    ("The general told local media that the town had fallen.", "told", "local media", "interview"),
    ("The president told state television that the economy was strong.", "told", "state television", "interview"),
    ("\u201cI am not going anywhere,\u201d she posted on X.", "posted", "on X.", "social_post"),  # "X." one token
    # quoted by an outlet, heard on a video
    ("The minister was quoted by Reuters as saying the deal was off.", "saying", "Reuters", "interview"),
    ("The senator was quoted in the Guardian as saying the bill would fail.", "saying", "in the Guardian",
     "interview"),
    ("In a video posted to social media, the man can be heard saying he was innocent.", "saying", "In a video",
     "other"),
    # any participle with an object on an issued medium gives its content (§B.2)
    ("Two liberal groups rolled out radio and online advertisements tethering Cruz to Trump.", "tethering",
     "radio and online advertisements", "other"),
    ("Politico published a story detailing four police reports.", "detailing", "a story", "article_or_oped"),
    ("He made several statements affirming the commitment.", "affirming", "several statements",
     "written_statement"),
    # a medium as subject (§B.2), counted by "one"
    ("One message, apparently referring to air strikes, said the attacks must stop.", "said", "One message",
     "email_or_letter"),
])
def test_channel_found(bare_nlp, text: str, cue: str, channel: str, typ: str) -> None:
    assert _channel(bare_nlp, text, cue) == (channel, typ)


@pytest.mark.parametrize(("text", "cue"), [
    ("Smith wrote in Paris that the alliance was weakening.", "wrote"),  # a place, not a publication
    ("Smith wrote in December that the alliance was weakening.", "wrote"),  # a date
    ("The group raised $2 million, according to FEC filings.", "according"),  # disclosure data: evidence
    ("Most voters back the plan, according to the poll.", "according"),  # §B.1: evidential
    ("The group raised $2 million, according to filings with the Federal Election Commission.", "according"),
    ("He is one of the poorest senators, according to Senate filings.", "according"),  # disclosure data
    ("On his campaign website, Torres promises to cut taxes for families.", "website"),  # not a cue
    ("Q: So far in your journey, tell me one thing that has surprised you.", "tell"),  # a question put
    ("\u201cThey told us to leave,\u201d she said.", "told"),  # "us" inside a quotation is the speaker's
    ("Smith said Friday's meeting went well.", "said"),  # a meeting that is the topic, not the channel
    ("Trump's campaign did not respond to emailed questions about his investments.", "emailed"),  # a modifier
    ("He commented on the tour.", "commented"),  # a topic after "on"
    ("He told people that he was tired.", "told"),  # people, uncounted, are no audience
    ("Sanders also sent out a fundraising call following the remarks.", "following"),  # a preposition
    ("The listing was removed. It has now been posted on another website, GunGroup.com.", "posted"),  # a thing
    # ads still to come, in a relative clause under "will be"
    ("A key element of the strategy will be a wave of television ads that slam Democratic contenders.", "slam"),
    # a content clause's phrase (the parser hung the clause on the object and its subject on the auxiliary)
    ("Until recent days, when he expressed concern that the billionaire businessman was encouraging violence at "
     "his rallies, he said little.", "expressed"),
    ("The letter continued to draw criticism from Democrats.", "continued"),  # aspectual, no saying
    ("The phone supports 4K streaming at release, the company said.", "said"),  # a launch, not a press release
    ("Trump made no comment on the ruling at the rally on Monday.", "made"),  # §B.1: negated
    # §B.1: a noun phrase that only characterises a medium inside another statement
    ("Donald Trump's campaign is defending his early-morning tweets shaming Alicia Machado.", "shaming"),
    ("A member of the family suggested they tweet a picture of Trump enjoying his lunch.", "tweet"),  # proposed
    ("Trump will be holding a news conference late Tuesday to thank supporters.", "thank"),  # still to come
])
def test_no_channel(bare_nlp, text: str, cue: str) -> None:
    assert _channel(bare_nlp, text, cue) == (None, None)


def test_a_broadcast_airing_is_no_statement(nlp) -> None:
    """'air' says something only with an object ("aired her grievances"); an interview that aired is a broadcast."""
    assert pipeline_channels(nlp, "Two hours after the interview aired on MSNBC, the governor asked for federal help.") == []


def test_made_clear_without_that_gets_its_channel(nlp) -> None:
    """'In his second book, he made clear he believes …': the fallback statement of a light-verb cue whose
    clause follows "clear" without "that" keeps its channel."""
    text = "In his second book, he made clear he believes the court works best when it is quiet."
    assert [(ch, typ) for _, ch, _, typ in pipeline_channels(nlp, text)] == [("In his second book", "article_or_oped")]


def test_a_participle_on_an_issued_medium_is_a_statement(nlp) -> None:
    """'rolled out … advertisements tethering X to Y': the fallback adds the statement, the issuer speaks."""
    text = "Two liberal groups rolled out radio and online advertisements tethering Cruz to Trump."
    assert [(cue, ch, who) for cue, ch, who, _ in pipeline_channels(nlp, text)] == [
        ("tethering", "radio and online advertisements", "Two liberal groups")]


@pytest.mark.parametrize(("text", "found"), [
    # a statement reported inside a quotation is not attributed (PolNeAR does not), so it has no channel;
    # nor have the quoted speaker's own "I said" and a habit
    ("\u201cShe has actually said on the campaign trail that she refuses to use the phrase,\u201d he noted.", []),
    ("\u201cI said on television that we would win,\u201d Trump said.", []),
    ("\u201cShe talks to the press a lot,\u201d he said.", []),
])
def test_statements_reported_inside_quotations(nlp, text: str, found: list) -> None:
    assert [(cue, ch) for cue, ch, _, _ in pipeline_channels(nlp, text)] == found
