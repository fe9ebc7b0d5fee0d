"""Hand-written annotation for held-out set 29 (BLIND, 6 PolNeAR train articles).

Commitments and channels follow ``shared/data/ledger-gold-dev/guidelines.md`` unchanged; meetings follow
``docs/meeting-guidelines.md``. Same conventions as ``benchmarks/heldout9/spec.py`` (commitments ``C``,
channels ``H``, meetings ``M``): every span is a quoted string that occurs exactly once inside its anchor
fragment, and the anchor occurs exactly once in the article; ``"ctx [[span]] ctx"`` marks a span inside
disambiguating context. ``build.py`` turns this into ``gold.jsonl`` and ``meetings.jsonl``. Borderline cases
are listed in ``LEFT_OUT`` (for the record; the builder ignores them).
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
    """One meeting (one occasion), annotated at its first mention."""
    return {"anchor": anchor, "span": span, "participants": participants, "place": place, "when": when,
            "status": status}


GOP_CANDIDATES = "Republican presidential candidates"
PLAINTIFFS = ("plaintiffs (the Democratic National Committee, the Democratic Senatorial Campaign Committee, "
              "the Arizona Democratic Party and several Arizonans)")

# Met by the selection rule (build.py docstring) but without any commitment, in the order met.
SKIPPED = [
    "breitbart_2016-04-14_gillibrand-on-hillary-releasing-",
    "huff-post_2016-04-12_republicans-finally-confirmed-a-",
    "nyt_2015-11-13_clinton-stays-well-ahead-of-sand",
    "politico_2015-11-12_cruz-and-trump-tied-in-texas-pol",
    "politico_2016-04-10_snl-has-fun-with-clinton-s-strug",
    "wash-post_2015-11-10_caught-fibbing-these-gop-candida",
    "west-journal_2015-11-12_the-fbi-just-made-an-even-bigger",
    "west-journal_2016-04-15_breaking-trump-campaign-just-mad",
]

ARTICLES = [
    # ------------------------------------------------------------------ 1 (index 2)
    {"doc": "breitbart_2015-11-17_wash-post-fact-check-if-obama-sa", "commitments": [
        C("Then, in 2017, Kerry said that 100,000 would be accepted.", "John Kerry", "Kerry", "promise", "would",
          "be accepted", timeframe="in 2017"),
    ], "channels": [
        H("The snarky, anti-GOP/Obama water-carrying headline reads:", "Washington Post", "reads",
          "The snarky, anti-GOP/Obama water-carrying headline", "article_or_oped"),
        H("This phony fact check goes on to openly ridicule Donald Trump", "Washington Post", "ridicule",
          "This phony fact check", "article_or_oped"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 2 (index 122)
    {"doc": "huff-post_2015-11-10_top-climate-group-will-run-ads-d", "commitments": [
        C("Top Climate Group Will Run Ads Demanding GOP Candidates To Address Clean Energy.", "NextGen Climate",
          "Top Climate Group", "demand", "Demanding", "GOP Candidates To Address Clean Energy",
          target=GOP_CANDIDATES),
        C("A major climate group is demanding that the Republican presidential candidates propose efforts that "
          "would make clean energy a priority in economic growth, through", "NextGen Climate",
          "A major climate group", "demand", "demanding",
          "the Republican presidential candidates propose efforts that would make clean energy a priority in "
          "economic growth", target=GOP_CANDIDATES),
        C("The ads ask the candidates to make clean energy jobs a part of their economic policy proposals and "
          "develop ways to ensure that the country reaches more than 50 percent clean energy use by 2030.",
          "NextGen Climate", "The ads", "demand", "ask",
          "make clean energy jobs a part of their economic policy proposals and develop ways to ensure that the "
          "country reaches more than 50 percent clean energy use by 2030", target=GOP_CANDIDATES),
        C("“If Republican candidates are serious about creating jobs, they must make clean energy central to "
          "their plans to grow our economy,” Steyer said in a statement.", "Tom Steyer", "Steyer", "demand",
          "must", "make clean energy central to their plans to grow our economy",
          condition="If Republican candidates are serious about creating jobs", target=GOP_CANDIDATES),
    ], "channels": [
        H("A major climate group is demanding that the Republican presidential candidates propose efforts that "
          "would make clean energy a priority in economic growth, through an ad campaign", "NextGen Climate",
          "demanding", "through an ad campaign", "other"),
        H("The ads ask the candidates to make clean energy jobs", "NextGen Climate", "ask", "The ads", "other"),
        H("Steyer said in a statement.", "Tom Steyer", "said", "in a statement", "written_statement"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 3 (index 302)
    {"doc": "nyt_2016-04-18_for-news-outlets-feeling-the-squ", "commitments": [
        C("They would only describe it in the broadest terms, as ''a media company'' that will focus on news and "
          "information, exist largely on mobile devices and social media, and not directly compete against "
          "Politico.", "Jim VandeHei and Mike Allen", "They", "promise", "will",
          "focus on news and information, exist largely on mobile devices and social media, and not directly "
          "compete against Politico"),
    ], "channels": [
        H("I noticed a Twitter post by the freelance journalist Erik Malinowski that read,", "Erik Malinowski",
          "read", "a Twitter post by the freelance journalist Erik Malinowski", "social_post"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 4 (index 482)
    {"doc": "usa-today_2015-11-20_carson-says-cut-regulations-nati", "commitments": [
        C("He also laid out his plan for fighting the Islamic State, stating that the United States should "
          "formally declare war on the organization that has declared a \"caliphate\" in portions of Syria and "
          "Iraq.", "Ben Carson", "He", "demand", "should",
          "declare war on the organization that has declared a \"caliphate\" in portions of Syria and Iraq",
          target="United States"),
    ], "channels": [
        H("The New York Times quoted one of Carson's advisers as saying", "one of Carson's advisers", "saying",
          "The New York Times", "interview"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 5 (index 542)
    {"doc": "usa-today_2016-04-26_sanders-will-back-clinton-eventu", "commitments": [
        C("While he's said he'll fight all the way to the convention,", "Bernie Sanders", "said [[he]]'ll",
          "promise", "'ll", "fight all the way to the convention", timeframe="all the way to the convention"),
    ], "channels": [
        H("Kunin said in an interview with USA TODAY.", "Madeleine Kunin", "said", "in an interview with USA TODAY",
          "interview"),
        H("his campaign sent out a fundraising email stressing the impact", "Bernie Sanders' campaign",
          "stressing", "a fundraising email", "email_or_letter"),
        H("read the email.", "Bernie Sanders' campaign", "read", "the email", "email_or_letter"),
        H("telling MSNBC his involvement would depend", "Bernie Sanders", "telling", "MSNBC", "interview"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 6 (index 662)
    {"doc": "wash-post_2016-04-15_democrats-to-sue-ariz-on-poll-ac", "commitments": [
        C("The lawsuit is calling on the U.S. District Court of Phoenix to review the polling location plan for "
          "the November election.", PLAINTIFFS, "The lawsuit", "demand", "calling on",
          "review the polling location plan for the November election",
          target="U.S. District Court of Phoenix"),
        C("Phoenix Mayor Greg Stanton wrote a letter to Attorney General Loretta E. Lynch asking the Justice "
          "Department to investigate the \"fiasco.\"", "Greg Stanton", "Phoenix Mayor Greg Stanton", "demand",
          "asking", "investigate the \"fiasco.\"", target="Justice Department"),
        C("Earlier this week, senior Democrats on the House Judiciary Committee, along with top congressional "
          "leaders representing minority groups, also wrote to Lynch, urging the Justice Department to review the "
          "impact of voting restrictions across the country, specifically highlighting Arizona.",
          "senior Democrats on the House Judiciary Committee and top congressional leaders representing minority "
          "groups",
          "senior Democrats on the House Judiciary Committee, along with top congressional leaders representing "
          "minority groups", "demand", "urging", "review the impact of voting restrictions across the country",
          target="Justice Department"),
        C("In a request for information about the polling places and elections procedures, Chris Herren, chief "
          "of the civil rights division's voting section, noted", "Chris Herren", "Chris Herren", "demand",
          "request", "information about the polling places and elections procedures", target="Maricopa County"),
        C("The court said Congress must come up with a new formula based on current data to determine which "
          "states should be subject to that requirement.", "Supreme Court", "The court", "demand", "must",
          "come up with a new formula based on current data to determine which states should be subject to that "
          "requirement", target="Congress"),
    ], "channels": [
        H("\"alarmingly inadequate number of voting centers resulted in severe, inexcusable burdens on voters "
          "county-wide, as well as the ultimate disenfranchisement of untold numbers of voters who were unable or "
          "unwilling to wait in intolerably long lines,\" the lawsuit says.", PLAINTIFFS, "says", "the lawsuit",
          "written_statement"),
        H("in some cases no places to vote at all, the lawsuit alleges.", PLAINTIFFS, "alleges", "the lawsuit",
          "written_statement"),
        H("The lawsuit is calling on the U.S. District Court", PLAINTIFFS, "calling", "The lawsuit",
          "written_statement"),
        H("on minorities, who are more likely to vote Democratic, the lawsuit says.", PLAINTIFFS, "says",
          "the lawsuit", "written_statement"),
        H("Phoenix Mayor Greg Stanton wrote a letter to Attorney General Loretta E. Lynch asking", "Greg Stanton",
          "asking", "a letter to Attorney General Loretta E. Lynch", "email_or_letter"),
        H("In a request for information about the polling places and elections procedures, Chris Herren, chief "
          "of the civil rights division's voting section, noted", "Chris Herren", "noted",
          "In a request for information about the polling places and elections procedures",
          "written_statement"),
        H("Maricopa County Recorder Helen Purcell said during a contentious hearing in Arizona", "Helen Purcell",
          "said", "during a contentious hearing in Arizona", "testimony"),
        H("a culture of voter disenfranchisement,\" the lawsuit says.", PLAINTIFFS, "says", "the lawsuit",
          "written_statement"),
    ], "meetings": []},
]

LEFT_OUT = """
Selection: the rule's list (indices 2, 62, ..., 782: 14 files) ended before 8 articles were kept: all 14 files
  were read, 6 kept (indices 2, 122, 302, 482, 542, 662) and 8 skipped (indices 62, 182, 242, 362, 422, 602,
  722, 782).
breitbart_2016-04-14 (skipped): Gillibrand's "she believed that Clinton would inevitably release a transcript",
  "I think she will", "I think she will release them at the appropriate time" (predictions about another);
  "I think she's been clear that she's going to" (hedged, elided VP: a second-hand inference, not Clinton's own
  statement); "Yes, I would" (an answer to a hypothetical); "She wants to bring accountability" (desire).
huff-post_2016-04-12 (skipped): Don Stewart "wouldn't say when, or if, the Senate will vote" (refusal);
  "a broader GOP strategy to punt judicial confirmations" (narrator); Cornyn "would be surprised if ..."
  (prediction); "it should have a third judgeship added to it, according to the U.S. Judicial Conference"
  (agentless passive); "met with McConnell and ... Grassley ... to try to get the process moving" (past
  attempt); Tobias "they're just going to run out the clock" (an expert's prediction) and "Hillary should
  just do whatever she wants to do" (expert, not a political actor, A.2-9).
nyt_2015-11-13 (skipped): poll figures; "Biden Jr.'s decision not to enter the race" (nominal decision, past).
politico_2015-11-12 (skipped): poll figures; respondents "would definitely not support" (poll intentions).
politico_2016-04-10 (skipped): an SNL sketch; the maintenance man "here to fix the seven holes" (a sketch).
wash-post_2015-11-10 (skipped): Trump's tweet that Ford "is going to cancel their deal" (about another's
  action); Carson "I'm not going to say it is a mistake, so forget about it" (a present refusal; an imperative
  about thought); Fiorina's "Watch a fully formed fetus on the table ..." (rhetorical imagery in a debate
  answer, not a concrete call); "The company and its co-founder in 2009 agreed to a $7 million settlement"
  (the settling of a case, no future action VP: not a counterparty agreement "to" act, A.2-5/14); "Trump primes
  supporters not to trust the media" (habitual, about attitude); "All three will be onstage Tuesday" and
  "Tuesday's debates ... will air on Fox Business Network" (narrator schedule); Carson "will probably face
  more questions" (prediction).
west-journal_2015-11-12 (skipped): "The FBI is expanding the parameters of its probe" (progressive); "signing
  at least two non-disclosure agreements" (nominal agreement, past); "her responsibility to properly protect
  classified information" (duty, nominal).
west-journal_2016-04-15 (skipped): the Wyoming GOP release "The Donald Trump campaign has informed the Wyoming
  Republican Party that Sarah Palin ... will not be attending the State GOP Convention" (an announcement about
  another person's attendance, as dev Pence "Gennifer Flowers will not be attending", A.2-7; Palin is a
  surrogate, not the campaign's principal; reported second-hand through the party's release); "has not
  indicated whether another one of Trump's surrogates will be in Casper" (non-commitment); "Wyoming will
  select 23 of its 29 delegates Saturday" (narrator schedule); "required candidates to put forth an effort"
  (a process requirement).
breitbart_2015-11-17: "an announcement ... by Secretary of State John Kerry that the United States was prepared
  to boost the number of total refugees" (readiness, A.2-19); "Obama's decision to take in additional Syrian
  refugees" (nominal decision); "what Obama says and promises", "Obama's promises" (nominal, no complement);
  "the number of Syrian refugees Obama will accept" (the candidates' estimates, predictions); "Pay no attention
  to the liar behind the curtain" and "Follow John Nolte on Twitter" (author, publisher); "the Washington Post
  will brand you a liar and NBC News will accuse you" (author's hypothetical); "Republican threats against
  Hillary Clinton's ascendency" ("threats" = dangers). Channels left out: "Kerry said" (bare); "As we have
  explained before" (inside the quoted fact check, no medium); "said six-million people" (sarcasm, no
  channel); "for criticizing Obama's decision" (no channel). Decisions: Kerry's "100,000 would be accepted" is
  a promise (the Secretary of State announcing his government's refugee intake, explicit future marking,
  A.2-5; passive subject, so holder_span is the attribution mention, as dev "The campaign says the ad will
  air"), holder the officeholder (A.3, Husted); "in 2017" is its timeframe (the statement could not have been
  made in 2017 by a 2015 article: it dates the intake, not the saying). It is the article's only commitment,
  so it decides that the article is kept. Included although debatable: the channels "The snarky ... headline
  reads" and "This phony fact check goes on to openly ridicule ..." (the Washington Post's fact check as a
  medium that is the subject of a speech verb; article_or_oped).
huff-post_2015-11-10: "NextGen Climate ... will air an ad during Tuesday's Republican debate" (narrator
  schedule); "The group is also running full-page ads" (progressive, no content); "has made the same demands
  of the Democratic presidential candidates" (elliptical nominal, no complement of its own, A.2-14/18); "So
  what are the Republican candidates waiting for?" (rhetorical question); "We know we have the solutions"
  (no action); "Watch the ad above." (publisher). Channels left out: the headline "Will Run Ads Demanding"
  (ads not yet run at the time of the headline's statement); "the candidates debating whether the problem
  exists" ("in the GOP debates" attaches to "received little attention"). Decisions: the ads' demand "by 2030"
  is not a timeframe (it dates the country reaching 50 percent, not the demanded action); "The ads ask" takes
  "The ads" as holder_span (the subject of the trigger; the issuer is in the previous sentence). Included
  although debatable: the channel "through an ad campaign that will run on Tuesday" (the demand is present,
  "is demanding"; the newspaper ads are already running); Steyer's conditional "they must make clean energy
  central ..." (an interest group's founder and donor; specific target; the article frames these as demands).
nyt_2016-04-18: "Mashable announced that ... it was shedding several highly regarded journalists" (progressive,
  A.2-6); BuzzFeed "saying this year will meet expectations" (prediction); "executives ... say that we'd all
  better find our own watermelons" (generic inclusive); "it's incumbent upon news organizations to do a better
  job with them" (generic); "All I'm asking is that we be careful" (author); VandeHei "a smart, aggressive,
  forward-leaning media company is going to write what it thinks is important" (generic); "have been seeking
  potential investors", "is ... continuing to write" (progressive). Channels left out: "The Financial Times
  reported that" (no channel phrase); "Mashable announced", "Mr. VandeHei said", "he and Mr. Allen said"
  (bare); "denied the report, saying" (no medium); "They would only describe it" (the breakfast is named only
  in earlier sentences). Meeting left out: "over breakfast with Jim VandeHei ... and Mike Allen" / "When I met
  with Mr. VandeHei and Mr. Allen" (the unnamed columnist's interview of his sources, an interview, not a
  meeting; cf. dev "a March 2016 meeting with the editorial board" typed interview). Included although
  debatable: VandeHei and Allen's description of their venture as "a media company" that "will focus on news
  ..., exist largely on mobile devices ..., and not directly compete against Politico" (the founders' stated
  plan for their own company, explicit future marking, A.2-5; holder_span is the attribution mention "They");
  it is the article's only commitment, so it decides that the article is kept.
usa-today_2015-11-20: "Ben Carson suggests reducing government regulations" and "Carson also suggested rallying
  NATO ... and if necessary destroying oil fields" (suggestions = proposals, A.2-14, not "called for"); the
  headline "Carson says cut regulations, national debt to reduce poverty" (headline paraphrase of the
  suggestion, no trigger); "one of the things would be to get rid of the excessive regulation" (proposal);
  "laid out his plan" (nominal). Content: "formally" is left out of the demand (manner, A.3). Channels left
  out: "Carson said in an alleyway behind The Cincinnatian hotel downtown" (bare venue, no event noun); "the
  Republican said this week", "he said, arguing" (bare). Included although debatable: "the United States
  should formally declare war on the organization ..." (a candidate's should-demand on a specific actor, A.2-9);
  "The New York Times quoted one of Carson's advisers as saying" (the outlet as interlocutor, like "told The
  New York Times"; interview).
usa-today_2016-04-26: the headline "Sanders will back Clinton, eventually" and "Bernie Sanders will throw his
  support behind Hillary Clinton ..., predicted Madeleine Kunin" (predictions); Kunin "I think he will do it"
  (prediction) and "If he wants to hold that stature, he's got to do it" (a former governor's assessment of
  Sanders, framed as prediction, not a call; A.2-9); "Sanders must decide what price he'll demand" (narrator);
  "He's already begun to indicate he'll make demands of Clinton" (a signal, and "demands" has no complement);
  "the campaign believes it could have 90%" (prediction); "he hedged on whether he would strongly support
  her if nominated", "his involvement would depend upon what she includes" (non-commitment); the email's
  "we grow stronger" (prediction). Channels left out: "said Kunin", "she said", "Kunin said of Sanders",
  "recalling her own experience" (bare); "according to the Associated Press" (a source, no medium).
  Decisions: "all the way to the convention" is the timeframe of "fight" (the end of the committed action,
  inside the content). The speaker of the email is "Bernie Sanders' campaign" ("his campaign").
wash-post_2016-04-15: the headline "Democrats to sue Ariz. on poll access", the lede "The Democratic Party and
  the presidential campaigns ... will sue the state of Arizona" and "The lawsuit, which will be filed on
  Friday" (narrator, A.2-4); "The Clinton campaign will join the lawsuit ..., according to Democratic officials"
  (the officials are not reported as speaking for the campaign, A.2-7); Sanders "is also joining the lawsuit,
  according to one of his senior aides" (progressive, A.2-6); "The Kirkpatrick for Senate campaign will also be
  party to the lawsuit" and "Arizona will be the fifth state that Elias is suing" (narrator); "It also wants to
  stop state policies ..., the lawsuit says" (reported desire, A.2-10); Elias "with this lawsuit we hope to stop
  it now" (hope); "Elias is bringing the lawsuit" (progressive); "It states that courts should not issue an
  opinion ..." (a standing doctrine, generic); "which had to approve any changes" (legal requirement); Ducey's
  "unacceptable", Purcell's "I apologize" (no future action). Channels left out: "the filing cites a recently
  enacted law", "The lawsuit being filed this week also contests a rule", "the Wisconsin lawsuit, which
  challenges reductions" (a medium with a noun-phrase object, display/reference verbs); "also wrote to Lynch,
  urging" (the addressee is the head of the demand's target, as dev "Warren told Stumpf"; bare "wrote");
  "Stanton wrote" (the letter is named in the previous sentence); "The court said Congress must" (the ruling
  is in the previous sentence); "It states" (pronoun for the doctrine); "said Marc E. Elias", "Elias said",
  "said Leslie Feldman", "said Wendy R. Weiser", "Many Sanders supporters complained" (bare); "according to
  Democratic officials", "according to one of his senior aides" (sources, no medium). Decisions: the lawsuit's
  holder and speaker is the plaintiffs as the article lists them (Elias "is bringing the lawsuit on behalf of
  ..."); "The lawsuit" is holder_span of its call (inanimate subject, no attribution mention in the sentence).
  Included although debatable: Herren's "a request for information about the polling places and elections
  procedures" (nominal request with a complement, A.2-14; target Maricopa County, the county under
  investigation) and its channel "In a request ..." (written_statement); "The court said Congress must come up
  with a new formula ..." (a government body's must-demand on a specific actor, A.2-9); Purcell's statement
  "during a contentious hearing in Arizona" typed testimony.
Meetings: none in the 6 kept articles (see the nyt_2016-04-18 breakfast above).
"""
