"""Hand-written annotation for held-out set 7 (DEVELOPMENT, not blind): 8 PolNeAR train articles.

Commitments and statement channels follow ``shared/data/ledger-gold-dev/guidelines.md`` unchanged; meetings
follow ``docs/meeting-guidelines.md``. Same conventions as ``benchmarks/heldout2/spec.py`` and
``benchmarks/meetings_dev/spec.py``: every span is a quoted string that occurs exactly once inside its anchor
fragment, and the anchor occurs exactly once in the article; ``"ctx [[span]] ctx"`` marks a span inside
disambiguating context. ``build.py`` turns this into ``gold.jsonl`` and ``meetings.jsonl``. Articles are
listed with their meetings whether or not they hold one (an empty list is a claim too). Borderline cases are
listed in ``LEFT_OUT`` (for the record; the builder ignores them).
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
    "huff-post_2016-05-07_no-chief-justice-john-roberts-di",
    "politico_2016-05-06_trump-rips-joe-scarborough",
    "usa-today_2016-05-06_immigration-debate-hits-home-for",
]

ABEDIN = "Huma Abedin"
BOLTON = "John Bolton"
ZUCKER = "Jeff Zucker"
TRUMP = "Donald Trump"
COLL = "Steve Coll"
EXXON = "Exxon Mobil"
CLINTON = "Hillary Clinton"
SANDERS_CAMPAIGN = "Sanders campaign"
EMANUEL = "Rahm Emanuel"
DURBIN = "Richard J. Durbin"

ARTICLES = [
    # ------------------------------------------------------------------ 1 (index 11)
    {"doc": "breitbart_2015-12-07_clinton-camp-trump-s-islamaphobi", "commitments": [
        C("Vermont Sen. Bernie Sanders also sent out a fundraising call following the remarks, asking supports to "
          "“donate $3 to our campaign now", "Bernie Sanders", "Bernie Sanders", "demand", "asking",
          "donate $3 to our campaign now", timeframe="campaign [[now]]", target="Bernie Sanders's supporters"),
    ], "channels": [
        H("emailed supporters on Monday evening, telling them", ABEDIN, "telling", "emailed", "email_or_letter"),
        H("The email goes on to say:", ABEDIN, "say", "The email", "email_or_letter"),
        H("On Twitter, Former Florida Gov. Jeb Bush called Trump", "Jeb Bush", "called", "On Twitter",
          "social_post"),
        H("Bernie Sanders also sent out a fundraising call following the remarks, asking supports", "Bernie Sanders",
          "asking", "a fundraising call", "other"),
        H("A producer for Yahoo Studios told The New York Times Tuesday morning", "A producer for Yahoo Studios",
          "told", "The New York Times", "interview"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 2 (index 71)
    {"doc": "breitbart_2016-05-05_bolton-and-gorka-slam-neocons-fo", "commitments": [
        C("that I would support the Republican nominee, whoever that was", BOLTON, "[[I]] would", "promise", "would",
          "support the Republican nominee"),
        C("Promising that his future writings would take a closer look at the decision-making process behind the "
          "appalling disaster in Libya, Bolton said", BOLTON, "Bolton", "promise", "Promising",
          "his future writings would take a closer look at the decision-making process behind the appalling "
          "disaster in Libya"),
        C("“I’m going to support him, and support him enthusiastically", BOLTON, "[[I]]’m", "promise", "going to",
          "support him, and support him enthusiastically"),
    ], "channels": [
        H("both denounced the nascent “Neocons For Hillary” movement in their Breitbart News Daily on SiriusXM "
          "appearances", "John Bolton and Sebastian Gorka", "denounced",
          "in their Breitbart News Daily on SiriusXM appearances", "interview"),
        H("She’s actually said on the campaign trail", CLINTON, "said", "on the campaign trail", "rally_or_speech"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 3 (index 131)
    {"doc": "huff-post_2015-12-03_cnn-president-on-trump-we-do-not", "commitments": [
        C("Donald Trump, who has threatened not to show up to the next debate on the network unless he is paid "
          "$5 million", TRUMP, "Donald Trump", "threat", "threatened",
          "not to show up to the next debate on the network", condition="unless he is paid $5 million",
          target="CNN"),
        C("Trump asked the network to donate the profits from the upcoming Republican debate to veterans groups",
          TRUMP, "Trump", "demand", "asked",
          "donate the profits from the upcoming Republican debate to veterans groups", target="CNN"),
        C("Zucker said HLN’s coverage would more closely resemble that of its parent network moving forward",
          ZUCKER, "Zucker", "promise", "would", "more closely resemble that of its parent network",
          timeframe="moving forward"),
    ], "channels": [
        H("Zucker said during a discussion Thursday with BuzzFeed Editor-in-Chief Ben Smith", ZUCKER, "said",
          "during a discussion Thursday with BuzzFeed Editor-in-Chief Ben Smith", "interview"),
        H("Trump groused to a crowd in Georgia", TRUMP, "groused", "a crowd in Georgia", "rally_or_speech"),
        H("In a September letter to Zucker, Trump asked", TRUMP, "asked", "In a September letter to Zucker",
          "email_or_letter"),
        H("In a subsequent note to staff, Zucker said", ZUCKER, "said", "In a subsequent note to staff",
          "email_or_letter"),
        H("told BuzzFeed’s Smith he would still consider", ZUCKER, "told", "BuzzFeed’s Smith", "interview"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 4 (index 251)
    {"doc": "nyt_2015-12-03_columbia-defends-exxon-articles", "commitments": [
        C("We will continue working with the Columbia reporting team to publish journalism",
          "Los Angeles Times", "We", "promise", "will", "continue working with the Columbia reporting team"),
    ], "channels": [
        H("has published a letter strongly disputing accusations by Exxon Mobil", COLL, "disputing", "a letter",
          "email_or_letter"),
        H("the company wrote a detailed, six-page letter to Columbia's president, Lee C. Bollinger, calling",
          EXXON, "calling", "a detailed, six-page letter to Columbia's president, Lee C. Bollinger",
          "email_or_letter"),
        H("In his response, Steve Coll, the dean of the journalism school, said on Tuesday", COLL, "said",
          "In his response", "email_or_letter"),
        H("Exxon Mobil contended in its letter", EXXON, "contended", "in its letter", "email_or_letter"),
        H("The letter also accuses one of the journalists", EXXON, "accuses", "The letter", "email_or_letter"),
        H("In his response, Mr. Coll said he had been troubled", COLL, "said", "In his response",
          "email_or_letter"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 5 (index 311)
    {"doc": "nyt_2016-04-28_nomination-almost-certain-clinto", "commitments": [
        C("Her advisers and allies say she will spend the coming weeks honing her message for the general "
          "election, and stepping up fund-raising", CLINTON, "say [[she]] will", "promise", "will",
          "spend the coming weeks honing her message for the general election, and stepping up fund-raising",
          timeframe="the coming weeks"),
        C("Mr. Sanders's campaign vowed Tuesday to remain in the fight through the California primary on June 7",
          SANDERS_CAMPAIGN, "Mr. Sanders's campaign", "promise", "vowed", "remain in the fight",
          timeframe="through the California primary on June 7"),
        C("has said she will not call on Mr. Sanders to withdraw", CLINTON, "said [[she]] will", "promise", "will",
          "not call on Mr. Sanders to withdraw"),
        C("Democratic calls for her to bow out", "Democrats", "Democratic", "demand", "calls for", "her to bow out",
          target=CLINTON),
        C("Mrs. Clinton's aides and allies are pressuring Mr. Sanders to run on issues rather than continuing to "
          "attack Mrs. Clinton's ties to Wall Street or her previous support for global trade deals",
          "Hillary Clinton's aides and allies", "Mrs. Clinton's aides and allies", "demand", "pressuring",
          "run on issues rather than continuing to attack Mrs. Clinton's ties to Wall Street or her previous "
          "support for global trade deals", target="Bernie Sanders"),
        C("the campaign would not mislead voters about his chances at winning the nomination", SANDERS_CAMPAIGN,
          "the campaign", "promise", "would", "not mislead voters about his chances at winning the nomination"),
        C("If we are sitting here and there's no sort of mathematical way to do it, we will be upfront about that",
          SANDERS_CAMPAIGN, "[[we]] will", "promise", "will", "be upfront about that",
          condition="If we are sitting here and there's no sort of mathematical way to do it"),
    ], "channels": [
        H("Mrs. Clinton told a crowd of 1,300 here", CLINTON, "told", "a crowd of 1,300", "rally_or_speech"),
        H("he gave a defiant speech in West Virginia, predicting", "Bernie Sanders", "predicting",
          "a defiant speech in West Virginia", "rally_or_speech"),
        H("the Sanders campaign sent out a fund-raising email with an image of Mrs. Clinton and her husband, Bill "
          "Clinton, at Mr. Trump's 2005 wedding, and accused Clinton allies", SANDERS_CAMPAIGN, "accused",
          "a fund-raising email", "email_or_letter"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 6 (index 371)
    {"doc": "politico_2015-12-06_clinton-time-for-intensification", "commitments": [
        C("Hillary Clinton says the Obama administration should be taking additional measures against the Islamic "
          "State", CLINTON, "Hillary Clinton", "demand", "should",
          "be taking additional measures against the Islamic State", target="Obama administration"),
        C("Clinton said, while arguing the U.S. should increase its special operations forces against ISIL",
          CLINTON, "Clinton", "demand", "should", "increase its special operations forces against ISIL",
          target="United States"),
    ], "channels": [
        H("Clinton said on ABC’s “This Week” on Sunday", CLINTON, "said", "on ABC’s “This Week”", "interview"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 7 (index 491)
    {"doc": "usa-today_2015-12-07_republicans-reaction-is-that-all", "commitments": [
        C("Graham, who says the United States and allies should contribute ground forces to the battle",
          "Lindsey Graham", "Graham", "demand", "should", "contribute ground forces to the battle",
          target="United States and allies"),
        C("the Islamic State's calls for jihad", "Islamic State", "the Islamic State", "demand", "calls for",
          "jihad"),
        C("Some candidates have called for the United States and allies to organize ground forces to fight the "
          "Islamic State on the ground in Syria and Iraq", "Some candidates", "Some candidates", "demand",
          "called for",
          "the United States and allies to organize ground forces to fight the Islamic State on the ground in "
          "Syria and Iraq", target="United States and allies"),
    ], "channels": [
        H("Donald Trump, the leader in Republican polls, tweeted that", TRUMP, "tweeted", "tweeted", "social_post"),
        H("appearing on Fox News right after the speech, said", "Marco Rubio", "said", "on Fox News", "interview"),
        H("tweeted that the president's strategy", "Lindsey Graham", "tweeted", "tweeted", "social_post"),
        H("the strategy Obama trumpeted during Sunday's prime-time address from the Oval Office", "Obama",
          "trumpeted", "during Sunday's prime-time address from the Oval Office", "rally_or_speech"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 8 (index 611)
    {"doc": "wash-post_2015-12-04_a-killing-and-video-test-emanuel", "commitments": [
        C("In appealing for the inquiry, Illinois Attorney General Lisa M. Madigan", "Lisa M. Madigan",
          "Lisa M. Madigan", "demand", "appealing for", "the inquiry", target="Justice Department"),
        C('he "hand-delivered a letter to the attorney general today asking for the investigation of the incident '
          'and police department of Chicago', DURBIN, '[[he]] "hand-delivered', "demand", "asking for",
          "the investigation of the incident and police department of Chicago", target="Loretta E. Lynch"),
        C("Emanuel said he would no longer fight the release of another dash-cam police video", EMANUEL,
          "said [[he]] would", "promise", "would", "no longer fight the release of another dash-cam police video"),
        C("Emanuel told reporters that his office would stop opposing the video's release next week", EMANUEL,
          "his office", "promise", "would", "stop opposing the video's release", timeframe="next week"),
        C("he has sought to regain the initiative by pledging further police reform", EMANUEL, "[[he]] has sought",
          "promise", "pledging", "further police reform"),
        C("politicians and ordinary voters alike are calling on Emanuel to remake a police department",
          "politicians and ordinary voters", "politicians and ordinary voters", "demand", "calling on",
          "remake a police department", target=EMANUEL),
    ], "channels": [
        H('In an interview, Durbin said on Thursday he "hand-delivered', DURBIN, "Durbin [[said]] on",
          "In an interview", "interview"),
        H("hand-delivered a letter to the attorney general today asking for", DURBIN, "asking",
          "a letter to the attorney general", "email_or_letter"),
        H('In an interview, Durbin said on Thursday he "hand-delivered a letter to the attorney general today asking '
          'for the investigation of the incident and police department of Chicago," and he said he hoped', DURBIN,
          "and he [[said]] he hoped", "In an interview", "interview"),
        H("Emanuel told reporters that his office would stop", EMANUEL, "told", "reporters", "press_remarks"),
        H("Emanuel said in a sometimes-testy exchange with reporters this week", EMANUEL, "said",
          "in a sometimes-testy exchange with reporters", "press_remarks"),
        H("Axelrod said in an e-mail that", "David Axelrod", "said", "in an e-mail", "email_or_letter"),
        H("White House press secretary Josh Earnest told reporters", "Josh Earnest", "told", "reporters",
          "press_remarks"),
    ], "meetings": []},
]

LEFT_OUT = """
Selection: 11 candidates read (indices 11, 71, ..., 611); the rule stopped at the 8th kept article (index 611).
  The last three candidates (indices 671, 731, 791) were not opened.
huff-post_2016-05-07 (skipped): a blog teaser about Ilya Shapiro's argument; no statement about a future action.
politico_2016-05-06 (skipped): Trump "@JoeNBC ... is pushing hard for a third party candidate to run" (an advocacy
  effort reported by Trump, progressive); "every candidate has a standing invitation to the show" (invitation);
  "he has denied that he would seriously consider it" (denial, hedged).
usa-today_2016-05-06 (skipped): the interviewer's "Donald Trump ... says we should round up the 11 million people
  ... and deport them" (national inclusive "we", A.2-8, and reported inside a question); Guerrero "I want them to
  know" (desire); "if we band together ... we can make some changes" (ability); the hypothetical "'We have to get
  these people out!'" (an imagined speaker).
breitbart_2015-12-07: Abedin "We have to be ready to stop him." (inclusive, readiness); "Donald Trump's proposal
  to bar Muslims", "Donald Trump proposed a ban" (proposals); the email's "could even threaten our national
  security" (prediction). Channels: "rallied supporters, saying: ..." (the statement is the email of the next
  sentence; "rallied supporters" names no medium or event, and typing it rally_or_speech would be wrong);
  "The New York Times reported the email came ..." (an outlet's report, no channel phrase); Rubio "called the
  statement", O'Malley "calling", Clinton "slammed" (no channel); "Trump's campaign has not commented"
  (negated). Decided: Abedin "emailed supporters ..., telling them" gets cue "telling" (the participle that
  introduces the content, B.2) and channel "emailed" (the verb names the medium). Included although
  debatable: Sanders "asking supports to “donate $3 to our campaign now”" (a fundraising appeal to a specific
  audience, like "urges supporters to monitor polling places"; purpose "to condemn ..." left out; target
  written "Bernie Sanders's supporters" for the article's typo "supports"); its channel "a fundraising call"
  typed other (the medium is not named more precisely).
breitbart_2016-05-05: Gorka's "people who ... say now they're going to campaign or vote for Hillary Clinton"
  (unidentified generic group inside a complaint); Gorka "This is a woman who should simply recuse herself
  ..." (a pundit, A.2-9; the "urged" frames the thought imperatives "Compare ..."); Bolton "they should not make
  it on the basis that ..." (generic voters, advice); "they're gonna live to regret it" (prediction); Bolton
  "would be willing to bring his expertise to the Trump Administration if asked" (willingness, A.2-19) and the
  following "Bolton said he would advise Trump on dealing with the 'strategic threats ...'" (read as the
  content of that conditional offer, not an undertaking); "it will simply be another four, or another eight
  years" and "Obama's going to leave" (predictions). Channels: "Gorka declared", "he continued", "He noted",
  "Gorka urged", "Bolton added, making the argument", "Gorka similarly warned", "with Gorka noting", "Bolton
  charged" (no channel in the sentence; the SiriusXM appearances are named only in the first paragraph);
  "Listen to both Bolton and Gorka's interviews below" (publisher promo). Meeting left out: Gorka "I've met Mr.
  Trump on more than one occasion" (several unspecified occasions, not one occasion). Included although
  debatable: Clinton "She's actually said on the campaign trail, 'I refuse ...'" (a statement reported inside
  Gorka's quotation; "on the campaign trail" read as campaign events, rally_or_speech).
huff-post_2015-12-03: Trump's own "How about we do this for CNN: I won't do the debate unless they pay me $5
  million ...?" (a proposal phrased as a question, A.2-12; the threat is annotated through the narrator's
  "has threatened"); "floating the idea that the network should pay him" (a floated idea, hedged); the
  headline and "We do not pay candidates to appear at debates" (present policy); "The network did not respond
  to the request" (nominal without complement); "we can take that success to even greater heights" (ability);
  "he would still consider doing so", "has no plans to leave" (hedged; nominal); "I will be there for the
  foreseeable future but my eyesight's not that good" (a quip, A.2-20). Content: "not to show up to the next
  debate on the network" keeps "not to" (the negation cannot be kept without "to"; as held-out 2's "not to
  disclose"). Channels: "Zucker also addressed ... criticism", "remarking in particular on", "also addressed
  the network's rivalry", "Zucker added", "Zucker wrote at the time" (no channel / bare wrote); "Trump said,
  referring to the Sept. 16 debate" (topic, not channel); "This post has been updated" (publisher). Decided:
  "groused to a crowd in Georgia ... before floating the idea" is one statement (cue "groused"). The
  Paley Center discussion with Ben Smith is typed interview (onstage questions from a journalist) and is not
  a meeting. Included although debatable: Zucker "said HLN's coverage would more closely resemble that of its
  parent network moving forward" (announced company direction, like "announced it would get rid of these
  incentives"; holder the executive who announced it); "a subsequent note to staff" typed email_or_letter.
nyt_2015-12-03: no demand is stated in either letter. Channels: "The university rebutted Exxon's accusation"
  (no channel); "Mr. Coll wrote" (bare wrote); "It also accused another reporter ..." (pronoun); "He went on to
  rebut ..., writing that ..." (the only medium in the sentence is Exxon's letter, the object); Jeffers "said on
  Tuesday", "The Los Angeles Times said" (no channel). Content: the LA Times promise leaves out the purpose
  "to publish journalism on this very important subject". Included although debatable: "In his response"
  (twice) as the channel of Coll's statements, typed email_or_letter (his response is his letter: "the exchange
  of letters").
nyt_2016-04-28: Clinton "we're going to come back to Philadelphia ... with the most votes" and "we will unify
  our party to win this election and build an America ..." (outcome vows, A.2-16); "Mrs. Clinton will continue
  to face", "is expected to move swiftly", "is not expected to publicly pressure", "Mrs. Clinton will campaign
  in states ...", "the campaign will begin polling", "it will also pore over data" (narrator, A.2-4); Priorities
  "may start running", Cecil "might run ads" (hedged); Nides "She needs to be smart ..." (adviser, attitude);
  Murphy "she must focus on how best to connect to a broader electorate" (strategy advice, not a concrete
  action) and "he hoped Mrs. Clinton doesn't shy away" (hope); "and perhaps until the party's convention in
  July" (hedged extension, left out of the Sanders vow); Sanders "challenging us to get unaccountable money out
  of our politics" (inclusive, ongoing); Rendell "he'll go out on a very high note" (prediction); "predicting he
  would win", "argued ... that he would be a superior general-election candidate" (predictions); Axelrod
  "Mrs. Clinton would do well to begin ''building bridges''", "Hillary should" (strategist advice, A.2-9);
  "Stepping up fund-raising ... is among the priorities" (nominal). Content: "stepping up fund-raising" leaves
  out the narrator's "that has lagged in the face of Mr. Sanders's challenge". Channels: "did not attack Mrs.
  Clinton directly in his remarks on Tuesday night but argued ..." (the phrase attaches to the negated clause,
  as dev "refused to endorse Trump during a prime-time speech"); "Mrs. Clinton said Tuesday night, drawing
  applause", "Mrs. Clinton praised Tuesday night" (time, no channel); "who campaigned alongside Mrs. Clinton in
  his state, said" (the relative clause does not name the channel of "said"). Included although debatable:
  "sent out a fund-raising email ..., and accused Clinton allies of being ''traitors''" (the coordinated
  accusation read as made in the email, like dev "sent a letter ..., calling for ..."); the pressure of
  "Mrs. Clinton's aides and allies are pressuring Mr. Sanders to run on issues ..." (progressive directive,
  A.2-6; held-out 2 annotates "pressured them to stop").
politico_2015-12-06: "she expects President Barack Obama to announce an 'intensification'" (expectation); "the
  U.S. 'clearly' needed a more robust air campaign ..." (a need for a thing, no "need to" directive); "we've got
  to do a better job ...", "some additional steps we have to take" (national inclusive); "she did not want U.S.
  combat troops on the ground" (reported desire); "pushing for help from the private sector" and "We're going to
  need help from Facebook ..." (advocacy effort, as dev "pushed for"; a need); "she hoped that the private
  sector and law enforcement could come together" (hope). Channel: "She declined to weigh in" (negated).
  Included although debatable: the two "should" demands of a candidate on the Obama administration and the
  U.S. (A.2-9: political actor, specific actor other than the holder, concrete action).
usa-today_2015-12-07: Trump "We need a new President -- FAST!" (generic); "Other Republicans want Obama to push
  for new laws ..." (reported desire, A.2-10); "They criticized Obama for again proposing gun control proposals"
  (proposals). Channels: "according to Republicans who critiqued the speech" (no channel phrase: "the speech"
  is what they critiqued); "Other Republicans echoed those comments, saying", "They criticized", "Graham ...
  said", "McCain ... said" (no channel); "amid reports that" (no speaker). Included although debatable: "the
  Islamic State's calls for jihad" (nominal "call for" with a complement, A.2-14; target null); "the strategy
  Obama trumpeted during Sunday's prime-time address from the Oval Office" (a speech-act verb with a noun-phrase
  object in a relative clause, typed rally_or_speech).
wash-post_2015-12-04: "a judge's order to release a police video" and "A judge last month ordered the city to make
  the video public" (a court order, dev "a court order to treat polluted runoff"; past ruling); "the Justice
  Department is considering a request to open a civil rights investigation" (nominal request with no holder in
  its sentence; the same request is annotated through Madigan's "appealing for the inquiry"); Ervin "need to be
  more collaborative" (evaluation of conduct) and "some fence-mending that needs to be done" (agentless);
  Clinton "she, too, wants a Justice Department inquiry, as have other prominent Democrats including ...
  Durbin" (reported desire, A.2-10); Durbin "hoped that Attorney General Loretta E. Lynch would announce one
  shortly" (hope); "the city 'welcomes' a Justice Department role", "open to anything" (present stance,
  willingness); "The city is seeking hundreds of millions of dollars" (progressive, narrator); the Teachers
  Union "has scheduled a strike vote" (narrator schedule); Axelrod "has the opportunity to make some historic
  reforms" (opportunity); Burns "There needs to be a signal" (agentless); the protesters' chants "Rahm Emanuel's
  got to go!" and "Stop the coverup!" (slogans of unnamed marchers, not framed as a demand); "the city council
  voted to pay $5.5 million" (past act); "Emanuel said he meets with families of young victims" (habitual);
  "he has not considered resigning" (negated). Channels: "asserted", "Hillary Clinton said Wednesday", "Emanuel
  said Thursday", "He said", "said Democratic strategist David Axelrod", "Axelrod noted ... he wrote his first
  newspaper column 43 years ago on that exact subject" (no content from the column), "A White House official
  ... said", "said Alderman William D. Burns" (no channel); "some protesters chanted ... as they marched down
  Michigan Avenue" (a march is not a channel under B.1); "A 2014 examination by the nonpartisan Better
  Government Association found" (evidential). Meetings left out: "the president also has spoken with Emanuel"
  (a private conversation, not presented as a meeting or scheduled talks); Durbin "hand-delivered a letter to
  the attorney general" (a delivery, no meeting stated); "he meets with families of young victims" (habitual,
  unnamed). Decided: Durbin's "In an interview, Durbin said ... and he said he hoped ..." gets two entries
  sharing "In an interview" (two statements, B.2); his quoted "hand-delivered a letter ... asking for the
  investigation" is both a demand (holder span "he", the letter's issuer) and a channel ("a letter to the
  attorney general"); "his office would stop opposing" has holder Rahm Emanuel (officeholder for his office)
  with holder span "his office"; content "remake a police department" leaves out the reporter's relative clause.
Meetings: none of the 8 kept articles reports a meeting between named parties under docs/meeting-guidelines.md
  (the interview events, the debates and the rallies are excluded by that guideline).
"""
