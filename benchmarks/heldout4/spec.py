"""Hand-written blind annotation for held-out set 4 (PolNeAR train articles), dev guidelines unchanged.

Same conventions as ``benchmarks/heldout/spec.py`` and ``benchmarks/heldout2/spec.py``: every span is a
quoted string that occurs exactly once inside its anchor fragment, and the anchor occurs exactly once in
the article; ``"ctx [[span]] ctx"`` marks a span inside disambiguating context. Commitments (``C``) and
channels (``H``) follow ``shared/data/ledger-gold-dev/guidelines.md``; meetings (``M``) follow
``docs/meeting-guidelines.md``. ``build.py`` turns this into ``gold.jsonl`` and ``meetings.jsonl``.
Borderline cases are listed in ``LEFT_OUT`` (for the record; the builder ignores them).
"""

from __future__ import annotations


def C(anchor: str, holder: str, holder_span: str, kind: str, trigger: str, content: str,
      condition: str | None = None, timeframe: str | None = None, target: str | None = None) -> dict:
    """One commitment."""
    return {"anchor": anchor, "holder": holder, "holder_span": holder_span, "kind": kind,
            "trigger": trigger, "content": content, "condition": condition, "timeframe": timeframe,
            "target": target}


def H(anchor: str, speaker: str, cue: str, channel: str, type: str) -> dict:  # noqa: A002
    """One statement channel."""
    return {"anchor": anchor, "speaker": speaker, "cue": cue, "channel": channel, "type": type}


def M(anchor: str, span: str, participants: list[str], place: str | None, when: str | None,
      status: str) -> dict:
    """One meeting (docs/meeting-guidelines.md): first mention's span, named parties, place, date, status."""
    return {"anchor": anchor, "span": span, "participants": participants, "place": place, "when": when,
            "status": status}


# Met by the selection rule (build.py docstring) but without any commitment, in the order met.
SKIPPED = [
    "breitbart_2016-06-04_delegate-update-the-latest-count",
    "huff-post_2016-06-02_israel-not-all-doom-and-gloom",
    "politico_2016-05-26_poll-clinton-and-sanders-in-dead",
    "usa-today_2016-06-03_calif-win-could-help-sanders-mak",
    "west-journal_2016-05-27_rush-limbaugh-explains-the-democ",
]

ARTICLES = [
    # ------------------------------------------------------------------ 1 (index 321)
    {"doc": "nyt_2016-06-03_no-love-lost-between-trump-and-t", "commitments": [
        C("Brian Krzanich, the chief executive of Intel, was planning to hold a fund-raiser for Mr. Trump on "
          "Thursday night at his Atherton, Calif., house", "Brian Krzanich", "Brian Krzanich", "promise",
          "planning", "hold a fund-raiser for Mr. Trump on Thursday night at his Atherton, Calif., house",
          timeframe="on Thursday night"),
    ], "channels": [
        H("the candidate said in an email message through an aide", "Donald J. Trump", "said",
          "in an email message", "email_or_letter"),
        H("said on Twitter that he was supporting Mrs. Clinton", "Marc Andreessen", "said", "on Twitter",
          "social_post"),
        H("and posted on Twitter that if Amazon", "Donald J. Trump", "posted", "on Twitter", "social_post"),
        H("He said at a Post-sponsored tech conference that", "Jeff Bezos", "said",
          "at a Post-sponsored tech conference", "rally_or_speech"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 2 (index 681)
    {"doc": "wash-post_2016-06-05_is-sanders-finally-connecting-wi", "commitments": [
        C("At a Thursday rally in Modesto, Sanders promised to legalize workers by executive order if Congress "
          "did not pass \"comprehensive\" reform.", "Bernie Sanders", "Sanders", "promise", "promised",
          "legalize workers by executive order", condition="if Congress did not pass \"comprehensive\" reform"),
    ], "channels": [
        H("Sanders's campaign manager, Jeff Weaver, said in an interview.", "Jeff Weaver", "said",
          "in an interview", "interview"),
        H("At a Thursday rally in Modesto, Sanders promised", "Bernie Sanders", "promised",
          "At a Thursday rally in Modesto", "rally_or_speech"),
        H("According to a January 2016 study by the Pew Research Center based on census data",
          "Pew Research Center", "According to", "a January 2016 study by the Pew Research Center",
          "written_statement"),
        H("As another Pew study from 2011 noted,", "Pew Research Center", "noted", "another Pew study",
          "written_statement"),
        H("In a telephone interview Thursday, he said his message", "Bernie Sanders", "said",
          "In a telephone interview", "interview"),
        H("Sanders told Rolling Stone in late May.", "Bernie Sanders", "told", "Rolling Stone", "interview"),
    ], "meetings": []},
]

LEFT_OUT = """
Selection: only 7 files meet the rule (names[81::120] of 840); all 7 were read, 2 hold a commitment, so the
  set has 2 articles, not 6.
breitbart_2016-06-04 (skipped): "these delegates must vote for the candidate who won them" (party rule in the
  narrator's voice); "superdelegates who have yet to commit" (no commitment made); "PLEDGED DELEGATES" (label).
huff-post_2016-06-02 (skipped, a contributor's essay): "Egyptian leader Al Sisi is offering to help Israel and
  the Palestinians achieve a lasting peace" (offer, progressive, A.2-19); "Iran will threaten little Israel",
  "Israeli hi-tech will commercialize new Russian creations" (the author's predictions).
politico_2016-05-26 (skipped): "about two-thirds ... say they will vote for Trump" (poll respondents'
  intentions, as dev politico_2016-09-25); "two Democrats are poised to advance" (prediction).
usa-today_2016-06-03 (skipped): Sanders "By the time our campaign in California is over on Monday, we will
  have spoken to a quarter-of-a-million people" (future perfect: a forecast of an outcome, A.2-16) and "we
  stand an excellent chance to win" (prediction); Romero "He has to seal the deal and get them to actually
  turn out" (analyst's necessity, A.2-9); "Clinton changed her schedule to be in California" (past decision);
  "Gov. Jerry Brown endorsed her" (endorsement).
west-journal_2016-05-27 (skipped): "the \"brilliant\" decision Donald Trump made to request a debate with ...
  Bernie Sanders" (a decision to propose a debate: an invitation, A.2-19, told as a decision, A.2-5);
  "mad at Sanders for agreeing to the debate" (acceptance of the proposed debate, noun complement; dev leaves
  "Mexico accepted the ... request" out); Limbaugh "urging him to keep following them [his instincts]" (a
  radio host; content is an attitude, cf. dev Graham "urged Republicans to join the ranks of climate change
  believers"); "if they put Bernie out there" (hypothetical).
nyt_2016-06-03: "Mr. Trump suggested boycotting Apple if the company did not help the government crack the
  iPhone" (suggestion, not a commitment verb; cf. dev "has mentioned refinancing", proposals left out);
  "He is holding a rally in San Jose, Calif., on Thursday instead" (narrator schedule, progressive);
  Harrison "He'll need many more if he truly intends to build ..." (prediction); Ruffini "Silicon Valley will
  need to learn to expect ..." (pundit, generic); Franklin "thinks Mr. Trump will pick up support"
  (prediction); "wants to restrict immigration" (narrator, desire). Channels: "according to figures that were
  be released Thursday by Crowdpac" and "according to new Crowdpac research" (donation data, evidential like
  "according to the poll"); "a columnist for the tech news site Pando said" (speaker description, no
  channel); "The Post reported" (no channel phrase); "did not return a message for comment", "declined to
  speak on the record", "declined to comment" (negated); "with broadsides in recent months against Jeff
  Bezos" (nominal, no content); "an Intel spokeswoman said on Tuesday", "Intel said the event was canceled"
  (no channel). Meetings: the Intel fund-raiser (a campaign event, and canceled); Pike's "business dealings
  with the candidate many years ago in Atlantic City" (dealings, not one meeting occasion).
  Included although debatable: Krzanich "was planning to hold a fund-raiser ... on Thursday night", said by an
  Intel spokeswoman (a spokesperson's schedule announcement for the principal, A.2-5 and A.3, like dev
  "Palmieri said Clinton will address ..."; "planning to" with a dated act is read as a plan marker, not an
  ongoing activity under A.2-6); "posted on Twitter" (cue "posted", channel "on Twitter").
wash-post_2016-06-05: Potocacetpl "At one point, I wasn't even going to vote" (a voter's past state of mind);
  "the promises that didn't come through" (nominal without complement); "Let me give you my prediction ...
  I think we will win by big numbers" (prediction); "But the plan was always to consolidate in California"
  (narrator, nominal plan). Channels: "at a forum for Asian American and Pacific Islander voters in Palo
  Alto, Sanders traded the microphone with activists who raised specific concerns" (no speech cue with
  content; the forum is not repeated in the following sentences' cues "asked", "described"); "She asked
  Sanders about ..." (the addressee is a private interlocutor, cf. dev "Warren told Stumpf"); "A Field Poll
  ... put his overall support ... at 5 percent" (poll, evidential); "It told the story of Florida tomato
  pickers" (the film, pronoun, display verb); "in the Sanders stump speech ... there are clues" (no cue).
  Meetings: the Palo Alto forum (a forum, with unnamed activists); "I met a lot of Bernie supporters"
  (unnamed); "his visit to Friendship Park" (a place, not a party).
  Included although debatable: "According to a January 2016 study by the Pew Research Center" and "As another
  Pew study from 2011 noted" (a study is a published document like heldout2's "according to a report from
  the SITE Intelligence Group"; polls and donation figures stay evidential); "by executive order" kept in the
  content (it is the promised means, not a circumstance).
"""
