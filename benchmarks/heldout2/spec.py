"""Hand-written blind annotation for held-out set 2 (8 PolNeAR train articles), dev guidelines unchanged.

Same conventions as ``benchmarks/heldout/spec.py``: every span is a quoted string that occurs exactly
once inside its anchor fragment, and the anchor occurs exactly once in the article; ``"ctx [[span]]
ctx"`` marks a span inside disambiguating context. ``build.py`` turns this into ``gold.jsonl``.
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


# Met by the selection rule (build.py docstring) but without any commitment, in the order met.
SKIPPED = [
    "breitbart_2016-07-10_ok-gov-fallin-trump-is-trying-to",
    "politico_2016-02-09_sanders-campaign-buys-ad-time-fo",
]

REPORT = "House Committee on Science, Space and Technology"

ARTICLES = [
    # ------------------------------------------------------------------ 1
    {"doc": "breitbart_2016-02-08_former-mexico-leader-calderon-ca", "commitments": [
        C("Trump has made several controversial statements on the matter — including a call for a temporary "
          "ban on Muslims entering the United States and a permanent wall at the Mexico border",
          "Donald Trump", "Trump", "demand", "call for",
          "a temporary ban on Muslims entering the United States and a permanent wall at the Mexico border"),
        C("which he said the Mexican government should also pay for", "Donald Trump", "which [[he]] said", "demand", "should",
          "pay for", target="Mexican government"),
        C("If elected POTUS- I will create borders", "Donald Trump", "[[I]] will", "promise", "will", "create borders",
          condition="If elected POTUS"),
    ], "channels": [
        H("went on the record recently in an interview with CNBC", "Felipe Calderon", "went on the record",
          "in an interview with CNBC", "interview"),
        H("Calderon told CNBC Saturday.", "Felipe Calderon", "told", "CNBC", "interview"),
        H("he tweeted Saturday.", "Donald Trump", "tweeted", "tweeted", "social_post"),
        H("he tweeted during the first half.", "Donald Trump", "tweeted", "tweeted", "social_post"),
    ]},
    # ------------------------------------------------------------------ 2
    {"doc": "huff-post_2016-02-12_the-democratic-primary-is-a-figh", "commitments": [
        C("former White House Chief Of Staff Rahm Emanuel pressured them to stop by threatening",
          "Rahm Emanuel", "Rahm Emanuel", "demand", "pressured", "stop", target="liberal organizations"),
    ], "channels": [
        H("Robert Gibbs derided and insulted “the professional left” in press conferences.", "Robert Gibbs",
          "derided", "in press conferences", "press_remarks"),
        H("began writing op-eds defending the Bush tax cuts for the rich", "Peter Orszag", "defending",
          "op-eds", "article_or_oped"),
    ]},
    # ------------------------------------------------------------------ 3
    {"doc": "huff-post_2016-07-14_fdic-accused-of-covering-up-chin", "commitments": [
        C("Russ Pittman, instructed employees not to disclose information about the foreign government’s hack",
          "Russ Pittman", "Russ Pittman", "demand", "instructed",
          "not to disclose information about the foreign government’s hack", target="FDIC employees"),
        C("Beijing has decreased its hacking activity since signing a pledge with Washington last September to "
          "refrain from breaking into computer systems for the purposes of commercial espionage.",
          "Chinese government", "Beijing", "promise", "pledge",
          "refrain from breaking into computer systems for the purposes of commercial espionage"),
    ], "channels": [
        H("according to a congressional report on Wednesday.", REPORT, "according to", "a congressional report",
          "written_statement"),
        H("The report cited an internal FDIC investigation", REPORT, "cited", "The report", "written_statement"),
        H("he told reporters.", "Lu Kang", "told", "reporters", "press_remarks"),
        H("according to the the congressional report.", REPORT, "according to", "the congressional report",
          "written_statement"),
        H("but the report on Wednesday for the first time cited a 2013 memo", REPORT, "cited", "the report",
          "written_statement"),
        H("the congressional report said, referring to", REPORT, "said", "the congressional report",
          "written_statement"),
        H("A redacted copy of the 2013 FDIC inspector general’s memo seen by Reuters said",
          "FDIC inspector general", "said", "A redacted copy of the 2013 FDIC inspector general’s memo",
          "written_statement"),
        H("and 10 servers, the congressional report said.", REPORT, "said", "the congressional report",
          "written_statement"),
        H("the foreign government’s hack, the report said.", REPORT, "said", "the report", "written_statement"),
        H("Chairman Gruenberg’s confirmation,” according to the report.", REPORT, "according to", "the report",
          "written_statement"),
    ]},
    # ------------------------------------------------------------------ 4
    {"doc": "nyt_2016-02-08_twitter-takes-bigger-steps-to-th", "commitments": [
        C("The administration is committed to taking every action possible to confront and interdict terrorist "
          "activities wherever they may occur, including in cyberspace", "Obama administration",
          "The administration", "promise", "committed",
          "taking every action possible to confront and interdict terrorist activities wherever they may "
          "occur, including in cyberspace"),
    ], "channels": [
        H("Twitter said in a statement, adding", "Twitter", "said", "in a statement", "written_statement"),
        H("In a Twitter message posted in December, just hours after the San Bernardino attack, the account "
          "pointed to the shootings", "@Musliiiiimah_1", "pointed to", "In a Twitter message", "social_post"),
        H("according to a report from the SITE Intelligence Group", "SITE Intelligence Group", "according to",
          "a report from the SITE Intelligence Group", "written_statement"),
        H("said at a news conference in New York in December.", "James B. Comey Jr.", "said",
          "at a news conference in New York", "press_remarks"),
        H("a report released by the Brookings Institution last year estimated that", "Brookings Institution",
          "estimated", "a report", "written_statement"),
        H("In a blog post on Friday, Twitter said", "Twitter", "said", "In a blog post", "written_statement"),
        H("tweeted that he welcomed Twitter's action", "Brett H. McGurk", "tweeted", "tweeted", "social_post"),
    ]},
    # ------------------------------------------------------------------ 5
    {"doc": "nyt_2016-07-11_from-failed-hopefuls-bold-ideas-", "commitments": [
        C("On his campaign website, Senator Bernie Sanders calls for credit score reform,", "Bernie Sanders",
          "Senator Bernie Sanders", "demand", "calls for", "credit score reform"),
        C("FICO has encouraged other companies to make scores available to customers.", "FICO", "FICO",
          "demand", "encouraged", "make scores available to customers", target="other companies"),
    ], "channels": [
        H("On his campaign website, Senator Bernie Sanders calls for credit score reform,", "Bernie Sanders",
          "calls for", "On his campaign website", "written_statement"),
        H("first pointed out Mr. Rubio's interest to me.", "William A. Birdthistle", "pointed out", "me",
          "interview"),
    ]},
    # ------------------------------------------------------------------ 6
    {"doc": "politico_2016-07-08_clinton-unleashes-democratic-dre", "commitments": [
        C("after Trump has promised to put it into play", "Donald Trump", "Trump", "promise", "promised",
          "put it into play"),
    ], "channels": []},
    # ------------------------------------------------------------------ 7
    {"doc": "usa-today_2016-02-09_new-hampshire-primary-game-on-wh", "commitments": [
        C("\"If we don't do well, we're not going to be dragging around like some band of minstrels that beg "
          "people to come to our shows,\"", "John Kasich", "[[we]]'re not going", "promise", "not going to",
          "be dragging around like some band of minstrels that beg people to come to our shows",
          condition="If we don't do well"),
    ], "channels": [
        H("he told reporters at a breakfast hosted by Bloomberg Politics.", "John Kasich", "told",
          "reporters at a breakfast", "press_remarks"),
        H("was the most forceful figure on stage at Saturday's final debate, mocking", "Chris Christie",
          "mocking", "at Saturday's final debate", "debate"),
        H("he declared at Saturday's debate.", "Ben Carson", "declared", "at Saturday's debate", "debate"),
    ]},
    # ------------------------------------------------------------------ 8
    {"doc": "usa-today_2016-07-15_ginsburg-apologizes-for-trump-co", "commitments": [
        C("Justice vows to be 'more circumspect' with her opinions.", "Ruth Bader Ginsburg", "Justice", "promise",
          "vows", "be 'more circumspect' with her opinions"),
        C("The Supreme Court justice -- who has been involved in a scuffle with the presumptive Republican "
          "nominee over the past few days -- said she regretted her remarks and promised to stay out of it in "
          "the future.", "Ruth Bader Ginsburg", "The Supreme Court justice", "promise", "promised",
          "stay out of it", timeframe="in the future"),
        C("In the future, I will be more circumspect.", "Ruth Bader Ginsburg", "[[I]] will", "promise", "will",
          "be more circumspect", timeframe="In the future"),
        C("Trump called on her to resign from her post", "Donald Trump", "Trump", "demand", "called on",
          "resign from her post", target="Ruth Bader Ginsburg"),
    ], "channels": [
        H("Ginsburg said in a statement.", "Ruth Bader Ginsburg", "said", "in a statement", "written_statement"),
        H("In three separate interviews, the justice sounded off on Trump, saying", "Ruth Bader Ginsburg",
          "saying", "In three separate interviews", "interview"),
    ]},
]

LEFT_OUT = """
breitbart_2016-07-10 (skipped): Tapper's "Talk to them." (an interviewer's prompt); Fallin "we all need to
  work towards unity", "we need to respect our law enforcement" (generic inclusive); "any candidate running
  for president should have" (generic). Channel: "Sunday, on CNN's State of the Union ... said" has no
  commitment-bearing article to attach to (article skipped).
politico_2016-02-09 (skipped): ad reservations (past acts), "which will likely rise" (prediction).
breitbart_2016-02-08: Calderon "we are not going to pay any single cent for such a stupid wall" (a former
  president speaking for "Mexican people": a prediction, not an undertaking he can make); the tweet's
  "The New Hampshire drug epidemic must stop" (agentless) and "the drugs will stop pouring in" (outcome).
  Channels: "keep up his fiery rhetoric over the weekend on Twitter" (no content); bare "he wrote";
  "Trump also said at the time" (time). Included although debatable: the light-verb cue "went on the
  record" with "in an interview with CNBC" (content in the relative clause "touched on").
huff-post_2016-02-12: "essentially telling movement progressives to shut up" (figurative, hedged);
  "by threatening their funding sources" (no stated action); "Obama who pressed for an entitlement-slashing
  Grand Bargain" and "Sanders ... to advocate for a primary challenger" (advocacy efforts, cf. dev
  "pushed for"); "Sanders didn't come out and say Obama should be replaced" (negated); "Obama announced that
  the war in Afghanistan would not end on his watch" (outcome); "a plan to spend a million dollars"
  (nominal plan). Channels: "Sanders said in 2011" (time); "publicly argued" (manner); "smears New York
  Times reporters on behalf of Amazon" (no channel).
huff-post_2016-07-14: Lu Kang "People should provide evidence" (generic); "Gruenberg is scheduled to
  testify" (narrator schedule); "the hush order" (nominal). Channels: "which the probe said" (an
  investigation, not a medium); "Speaking in Beijing" (bare location); "It accused", "It said" (pronoun);
  "The report did not provide", "declined to comment" (negated); "The report also provided details"
  (display verb).
nyt_2016-02-08: "intensifying pressure on Twitter ... to take more action" (narrator's nominal); "it decided
  to intensify its push" (internal decision); "was reviewing users" (progressive). Channels: "the social
  media company said on Friday" (time); "In December, The New York Times wrote about" (publisher's report);
  "It added", "It said" (channel in the previous sentence). Included although debatable: the
  administration's "is committed to taking every action possible" (commitment marking, broad content).
nyt_2016-07-11: "proposed just that", "Jeb Bush's proposal", Rubio "proposed that everyone ... ought to be
  able to invest" (proposals); Trump "wants to simplify" (desire); the law-firm partner's "Just put your
  money in Vanguard" (anecdote, private advice). Channels: "told him and his fellow associates", "the
  partner told them" (private addressees). Included although debatable: "pointed out ... to me" (the
  columnist as addressee, like "told me").
politico_2016-07-08: "an agreement that would see him endorse her" (nominal agreement); Kaine "will make
  his first public appearance" (narrator schedule); Harrison "she's going to be able to distribute" (ability);
  Doyle "President Obama is going to ... be the sensible adult" (prediction); expectations of the Clinton
  camp. Channels: "a series of contentious exchanges" (no cue); "appearing on surrogate conference calls"
  (no content); "the materials directly echo the message" (display verb); poll "according to".
usa-today_2016-02-09: "a contest that Sanders must win" (narrator); Jeb Bush "hopes" (hope). Channels:
  "Kasich, who brags he has held" (no channel); "attacks from ... Chris Christie at the final debate Saturday"
  (nominal). Included although debatable: Kasich's conditional "we're not going to be dragging around ..."
  (figurative wording of a conditional undertaking to quit; trigger keeps the negation before "going to");
  "mocking" with "at Saturday's final debate".
usa-today_2016-07-15: "Judges should avoid commenting" (generic). Channels: "my recent remarks in response
  to press inquiries" (noun phrase); "earning editorials" (no cue).
"""
