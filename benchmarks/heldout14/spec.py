"""Hand-written annotation for held-out set 14 (development, 8 PolNeAR train articles).

Commitments and channels follow ``shared/data/ledger-gold-dev/guidelines.md`` unchanged; meetings follow
``docs/meeting-guidelines.md``. Same conventions as ``benchmarks/heldout2/spec.py`` (commitments ``C``,
channels ``H``) and ``benchmarks/meetings_dev/spec.py`` (meetings ``M``): every span is a quoted string
that occurs exactly once inside its anchor fragment, and the anchor occurs exactly once in the article;
``"ctx [[span]] ctx"`` marks a span inside disambiguating context. ``build.py`` turns this into
``gold.jsonl`` and ``meetings.jsonl``. Borderline cases are listed in ``LEFT_OUT`` (for the record; the
builder ignores them).
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


# Met by the selection rule (build.py docstring) but without any commitment, in the order met.
SKIPPED = [
    "breitbart_2015-12-13_poll-finds-clinton-would-beat-ou",
    "huff-post_2015-12-17_bernie-sanders-says-he-s-already",
    "huff-post_2016-05-19_these-are-the-people-missing-in-",
    "politico_2015-12-24_gop-big-money-group-whacks-clint",
]

ARTICLES = [
    # ------------------------------------------------------------------ 1 (index 76)
    {"doc": "breitbart_2016-05-18_trump-s-investments-include-comp", "commitments": [
        C("One of Trump’s main talking points during his campaign rallies is that as president he would stop the "
          "outflow of American jobs.", "Donald Trump", "president [[he]] would", "promise", "would",
          "stop the outflow of American jobs", timeframe="as president"),
        C("“I love Oreos. I will never eat them again,” Trump said", "Donald Trump", "Oreos. [[I]] will", "promise",
          "will", "never eat them again"),
        C("More recently, Trump pledged to make Apple “build their damn computers and things in this country.”",
          "Donald Trump", "Trump", "promise", "pledged",
          "make Apple “build their damn computers and things in this country.”"),
        C("“We’re going to tax you when those air conditioners come,” Trump said in February of air conditioner "
          "manufacturer Carrier Corp.", "Donald Trump", "We", "threat", "going to", "tax you",
          condition="when those air conditioners come", target="Carrier Corp."),
        C("In April, Trump called Ford’s plans to open a $1.6 billion assembly plant in Mexico “an absolute "
          "disgrace,” and threatened to impose a 35 percent tax on imported Ford vehicles.", "Donald Trump",
          "Trump", "threat", "threatened", "impose a 35 percent tax on imported Ford vehicles",
          target="Ford Motor Co."),
    ], "channels": [
        H("In his 104-page public financial disclosure report, the presumptive Republican nominee reported holding",
          "Donald Trump", "reported", "In his 104-page public financial disclosure report", "written_statement"),
        H("In his personal financial disclosures, Trump reports investments", "Donald Trump", "reports",
          "In his personal financial disclosures", "written_statement"),
        H("Trump said at a rally in Evansville, Indiana, last month.", "Donald Trump", "said",
          "at a rally in Evansville, Indiana", "rally_or_speech"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 2 (index 256)
    {"doc": "nyt_2015-12-18_rubio-and-cruz-diverge-on-approa", "commitments": [
        C("Three years after Republicans vowed to do a better job courting Latinos", "Republicans", "Republicans",
          "promise", "vowed", "do a better job courting Latinos"),
        C("an influential Hispanic Republican who said he would not vote for Mr. Cruz.", "Lionel Sosa",
          "said [[he]] would", "promise", "would", "not vote for Mr. Cruz"),
    ], "channels": [
        H("dampened plans to return home, Mr. Rubio said in his 2012 book, ''An American Son.''", "Marco Rubio",
          "said", "in his 2012 book, ''An American Son.''", "article_or_oped"),
        H("he showed his cultural dexterity at a recent rally by joking that he would bring", "Marco Rubio",
          "joking", "at a recent rally", "rally_or_speech"),
        H("two liberal Hispanic groups rolled out radio and online advertisements tethering Mr. Cruz and Mr. Rubio "
          "to Mr. Trump and criticizing them", "two liberal Hispanic groups", "tethering",
          "radio and online advertisements", "other"),
        H("In his autobiography, ''A Time for Truth,'' published in 2015, Mr. Cruz described how", "Ted Cruz",
          "described", "In his autobiography, ''A Time for Truth,''", "article_or_oped"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 3 (index 316)
    {"doc": "nyt_2016-05-18_clinton-hints-at-husband-s-job-r", "commitments": [
        C("she said her husband had ''got to come out of retirement and be in charge'' of creating jobs.",
          "Hillary Clinton", "she", "demand", "got to",
          "come out of retirement and be in charge'' of creating jobs", target="Bill Clinton"),
        C("''Hillary Clinton's statement that if elected president she'd put Bill Clinton 'in charge of "
          "revitalizing the economy ... because, you know, he knows how to do it'", "Hillary Clinton",
          "president [[she]]'d", "promise", "she[['d]] put",
          "put Bill Clinton 'in charge of revitalizing the economy ... because, you know, he knows how to do it'",
          condition="if elected president"),
        C("and that she would not outsource that effort.", "Hillary Clinton", "she", "promise", "would",
          "not outsource that effort"),
    ], "channels": [
        H("Mrs. Clinton told voters in Kentucky on Sunday that", "Hillary Clinton", "told", "voters in Kentucky",
          "rally_or_speech"),
        H("On a campaign swing this month before the West Virginia primary on May 10, she said", "Hillary Clinton",
          "said", "On a campaign swing", "rally_or_speech"),
        H("Mrs. Clinton said on ''The Late Show With Stephen Colbert'' last month", "Hillary Clinton", "said",
          "on ''The Late Show With Stephen Colbert''", "interview"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 4 (index 436)
    {"doc": "politico_2016-05-22_mark-cuban-i-d-consider-a-future", "commitments": [
        C("who rebuffed pleas from conservatives to run for president", "conservatives", "conservatives", "demand",
          "pleas", "run for president", target="Mark Cuban"),
    ], "channels": [
        H("Cuban said in an interview airing Sunday", "Mark Cuban", "said", "in an interview", "interview"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 5 (index 496)
    {"doc": "usa-today_2015-12-22_clinton-to-call-for-wider-effort", "commitments": [
        C("Tuesday, in her last campaign speech before the Christmas holiday, Clinton plans to call for a dramatic "
          "increase in federal spending to find a cure for the only cause of death ranked in America's top 10 "
          "that cannot be cured, prevented or even slowed, the campaign told", "Hillary Clinton", "Clinton",
          "promise", "plans",
          "call for a dramatic increase in federal spending to find a cure for the only cause of death ranked in "
          "America's top 10 that cannot be cured, prevented or even slowed", timeframe="Tuesday"),
        C("The Democratic front-runner will propose spending $2 billion a year in an attempt", "Hillary Clinton",
          "The Democratic front-runner", "promise", "will", "propose spending $2 billion a year"),
    ], "channels": [
        H("that cannot be cured, prevented or even slowed, the campaign told USA TODAY.", "Clinton campaign", "told",
          "USA TODAY", "interview"),
        H("Clinton held a conference call with researchers during which she underscored the urgency",
          "Hillary Clinton", "underscored", "a conference call with researchers", "other"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 6 (index 556)
    {"doc": "usa-today_2016-05-12_obama-order-opens-door-for-outsi", "commitments": [
        C("when President George W. Bush ordered that the executive branch coordinate efforts with \"major party\" "
          "candidates for president.", "George W. Bush", "President George W. Bush", "demand", "ordered",
          "the executive branch coordinate efforts with \"major party\" candidates for president",
          target="the executive branch"),
    ], "channels": [], "meetings": []},
    # ------------------------------------------------------------------ 7 (index 616)
    {"doc": "wash-post_2015-12-20_democratic-candidates-pivot-shar", "commitments": [
        C("Sen. Ted Cruz (Tex.) has said that he would \"carpet-bomb [the Islamic militants] into oblivion.",
          "Ted Cruz", "said that [[he]] would", "promise", "would", "carpet-bomb [the Islamic militants] into oblivion"),
    ], "channels": [
        H("Former Florida governor Jeb Bush tweeted:", "Jeb Bush", "tweeted", "tweeted", "social_post"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 8 (index 676)
    {"doc": "wash-post_2016-05-26_hacker-who-revealed-private-clin", "commitments": [
        C("added, \"I'll plead guilty, no problem.\"", "Marcel Lehel Lazar", "I", "promise", "'ll", "plead guilty"),
    ], "channels": [
        H("As a part of his plea, Marcel Lehel Lazar, 44, said that", "Marcel Lehel Lazar", "said",
          "As a part of his plea", "written_statement"),
        H("Lazar admitted in his plea that", "Marcel Lehel Lazar", "admitted", "in his plea", "written_statement"),
        H("he admitted as a part of his plea that he successfully broke into", "Marcel Lehel Lazar", "admitted",
          "as a part of his plea", "written_statement"),
        H("In a wide-ranging, in-prison interview with journalist Matei Rosca last year, Lazar said",
          "Marcel Lehel Lazar", "said", "In a wide-ranging, in-prison interview with journalist Matei Rosca",
          "interview"),
    ], "meetings": []},
]

# Borderline cases (left out unless stated), guideline decisions taken, and cases included although debatable.
LEFT_OUT = """
Skipped articles (closest candidates):
breitbart_2015-12-13: poll results and hypothetical match-ups only ("56 percent would vote for Clinton").
huff-post_2015-12-17: Sanders "the speech I have to give tomorrow" (his own schedule, inside a rhetorical
  question; necessity, no undertaking); "Watch the video above" (publisher line).
huff-post_2016-05-19: "He said her family asked for privacy as they sought answers" (a private family's plea for
  privacy: no concrete action and no addressee; left out when in doubt, so the article is skipped); "You will
  stay in our memories" (tribute); "This is a developing story and will be updated" (publisher line).
politico_2015-12-24: "The Future45 group ... is planning to plaster ... screens with a Christmas-themed Web ad"
  and "This latest spot, which will run statewide" (narrator's plans and schedule, A.2-4; no statement by the
  group).

Kept articles:
breitbart_2016-05-18: "But Trump has put the others on notice" (narrator, figurative); Trump "Carrier and Ford
  and Nabisco need to know that there are consequences" (knowledge/attitude, no concrete action: an implied
  threat with no committed act); "You can't just go to another country ..." (generic); Apple "not agreeing to
  crack into iPhones" and "the company balked at hacking an iPhone" (refusals); "did not respond to emailed
  questions", "did not return a phone message" (publisher lines, negated); "Follow Jeff Horwitz and Chad Day on
  Twitter" (promo). Channels: "One of Trump's main talking points during his campaign rallies is that ..." (no
  speech verb: "talking points" is a nominal; the commitment is annotated, its channel is not); "he uses as
  punching bags on the campaign trail" and "He often calls out companies ... by name" (no content; the rallies are
  in the previous sentence); "according to new financial documents he submitted to the U.S. government" (read as
  evidential sourcing of the reporter's statement, like "according to the poll"); "the companies he listed on his
  financial records" (a relative clause with no reported content). Decisions: "as president" is the timeframe of
  "he would stop the outflow of American jobs" (not an explicit conditional clause); "We're going to tax you when
  those air conditioners come" is a threat (conditional negative consequence aimed at Carrier), the "when" clause
  its condition, and the holder Donald Trump for the candidate's "we"; "pledged to make Apple 'build ...'" is a
  promise (Trump is the one who acts). Included although debatable: the disclosure channels "In his 104-page
  public financial disclosure report, ... reported holding investments" and "In his personal financial
  disclosures, Trump reports investments" (filings typed written_statement; the second has a noun-phrase object).
nyt_2015-12-18: Alfonso Aguilar "must do more to address Latino sensitivities" (an interest-group head, specific
  actors, but the action is an evaluation of conduct rather than a concrete act, A.2-9); Rubio "joking that he
  would bring a Cuban pork roasting box to Washington" and the Spanish quote (a joke, A.2-20); "Mr. Cruz
  supports squeezing out undocumented immigrants ..." (support, not an undertaking); "a tactic Democrats hope will
  dampen" (hope); "moved to emphasize border security" (past); "candidates probably need to capture about 40
  percent" (analysts' generic necessity). Channels: bare "Mr. Rubio wrote", "Mr. Cruz wrote" (three times); "On the
  stump, Mr. Cruz has embraced his Cuban father's story" ("embraced" introduces no reported content); "Their
  collisions ... formed one of the main story lines at Tuesday's Republican debate" (no cue); "in what one Latino
  conservative has dubbed" (no channel). Decisions: the two books are typed article_or_oped (nearest type); the
  ad channel's cue is "tethering", the first of the coordinated verbs ("tethering ... and criticizing", B.2).
nyt_2016-05-18: Mrs. Clinton "told voters in Kentucky ... that Mr. Clinton would be ''in charge of revitalizing the
  economy ...''" and the abstract's "Remarks that her husband would focus on economic growth" (the grammatical
  subject is Mr. Clinton: an announcement about someone else's role, A.2-7, although she would confer it; the
  abstract also has no holder mention); "even a passing promise that Mr. Clinton would be put in charge of a
  significant part of a president's portfolio" (an explicit nominal trigger, but passive and with no holder
  mention in the sentence, so no holder_span); aides "Mr. Clinton's role would be narrowly defined" (passive,
  agentless) and "they rejected any implication that Mrs. Clinton would outsource ..." (a rejection, not an
  undertaking); the "No." to "whether Mr. Clinton would hold a cabinet position" (elliptical answer, A.2-18);
  "I want every bit of advice he can give me" (a desire for a thing, not "I want X to do Y"); Merrill "is
  interested in having President Clinton focus ..." (interest) and "looks forward to having President Clinton be
  a part" (attitude); "Mrs. Clinton often says she is not running for her husband's third term" (present);
  Krueger "He would recommend policies" and advisers "the upside ... would outweigh" (predictions); "Mr. Trump
  might plan to exploit" (speculation); "Mrs. Clinton ... has put forth an economic agenda" (narrator). Channels:
  "Hillary Clinton's statement that ..." inside Reich's quote (nominal, no cue); "As she has repeatedly said
  throughout this campaign" (a period, not a channel); "according to a Quinnipiac poll", "according to a CNN/ORC
  poll" (evidential). Decisions: "she said her husband had ''got to come out of retirement and be in charge'' of
  creating jobs" is a demand on Bill Clinton (political actor, specific other actor, concrete act, A.2-9), with
  the closing quotation mark kept inside the content (A.3); Reich's paraphrase "she'd put Bill Clinton 'in
  charge ...'" is Hillary Clinton's promise with condition "if elected president" (her own act), its content
  running to the closing mark of the quotation that opens inside it (A.3); spokesman Merrill's "she would not
  outsource that effort" gives holder Hillary Clinton (principal in the third person).
politico_2016-05-22: Cuban "he'd consider offers to serve as vice president" and the headline "I'd consider a future
  White House bid" (willingness, A.2-19); "he's open to running in the future" (openness); "Clinton, though, would
  have to 'go more to center'" (a hedged condition of his acceptance from a non-officeholder, A.2-9); "I'd have the
  same conversation for Donald" (hypothetical). Channels: "airing Sunday on NBC's 'Meet the Press'" is left out
  of the channel span (participial modifier, B.2); "Pushed by host Chuck Todd ..., Cuban demurred" (no content).
  Included although debatable: "rebuffed pleas from conservatives to run for president" (nominal "pleas" read as
  "request", with a complement; demand, target Mark Cuban); it is the only commitment that keeps this article.
usa-today_2015-12-22: the headline "Clinton to call for wider efforts to cure Alzheimer's" and "Clinton plans to
  make her proposal at a campaign stop in Fairfield, Iowa" (narrator's plans, A.2-4); "Hillary Clinton wants to
  make it a major issue" (desire); "advocates lean on all 2016 campaigns to take up the issue" (narrator,
  habitual pressure on a class of campaigns, A.2-13); "Clinton is looking for issues" (progressive). Channels: "in
  her last campaign speech before the Christmas holiday" (a statement not yet made); "according to a campaign
  official who was not authorized to speak publicly" (no medium); Egge, Tanzi "said" (no channel). Meetings:
  "a conference call with researchers" (conference call; participants unnamed). Included although debatable:
  "Clinton plans to call for ..., the campaign told USA TODAY" (the campaign announcing the principal's own next
  step, A.2-5; timeframe "Tuesday") and "The Democratic front-runner will propose spending $2 billion a year ...,
  according to a campaign official"; the channel "held a conference call with researchers during which she
  underscored the urgency ..." (noun-phrase content; a call typed other).
usa-today_2016-05-12: "Congress required the president to get an earlier start on the transition" and "the
  president must establish a transition plan" (statutory requirements, as dev's "Death in Custody Reporting Act
  requiring ..."); "The candidate must: ..." (statutory eligibility criteria, generic); "Obama established a White
  House Transition Coordinating Council. Its job: to help eligible candidates" (an act, a mandate). Channels: "In an
  executive order, Obama established ..." ("established" is not a speech cue); Nash-Hahn "noted" (no channel).
  Included although debatable: "President George W. Bush ordered that the executive branch coordinate efforts
  with 'major party' candidates" (an executive directive with a specific target, demand; past, A.2-3).
wash-post_2015-12-20: Cruz "we're going to find out" (a joke after the vow, A.2-20); "Trump has proposed
  temporarily banning Muslims" (proposal); "the Republicans sought to outdo each other in saying how tough they
  would be" (no specific undertaking); Sanders "one of the heroes who we should recognize" (generic inclusive);
  "They want to 'create an economy ...'" (desire); "All the Democrats insisted that international cooperation will
  be necessary" (prediction); Clinton "You have to look at ..." (generic). Channels: "her assertion during the
  debate that ..." (nominal, no cue verb); "the Republicans raised a war cry in their debate in Las Vegas"
  (figurative, no content); "the Democratic contenders on Saturday presented a very different view" (no channel
  phrase); "O'Malley spoke of a recent visit to a mosque" (no channel; the visit is not a meeting: no named
  second party). Decision: Cruz "he would 'carpet-bomb [the Islamic militants] into oblivion'" is a promise (no
  threat trigger, A.2-8); the opening quotation mark is outside the content, so neither mark is included (A.3).
wash-post_2016-05-26: "plea agreement" (nominal agreement, A.2-14); "pleaded guilty Wednesday" (completed act);
  "he welcomed extradition" (attitude). Channels: "pleaded guilty ..., admitting that he was responsible" (no
  channel phrase); "In U.S. District Court in Alexandria, Va., Lazar ... said little, offering only short
  confirmations" (a bare venue, B.1); "According to Lazar's plea agreement, he faces ..." (evidential); "his claim
  in a recent Fox News interview that he had done so" (nominal, no cue verb); "he said after federal prosecutor
  Ryan Dickey read a summary" (no channel); "The New York Times later reported" (the outlet as speaker, no
  channel). Decisions: "said he welcomed extradition ... and added, 'I'll plead guilty, no problem.'" is one channel
  entry (coordinated speech verbs, cue "said", B.2); the plea channels are typed written_statement (legal filing,
  the nearest type). Meetings: none in the kept articles (no named-party meeting, call or visit).
"""
