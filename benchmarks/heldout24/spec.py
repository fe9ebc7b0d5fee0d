"""Hand-written annotation for held-out set 24 (BLIND, PolNeAR train articles, names[55::60]).

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


# Met by the selection rule (build.py docstring) but without any commitment, in the order met.
SKIPPED = [
    "breitbart_2016-03-21_sanders-wins-democrats-abroad-gl",
    "huff-post_2016-08-28_hillary-clinton-receives-first-n",
    "politico_2016-04-04_anti-trump-super-pac-does-wiscon",
    "politico_2016-08-26_obama-biden-to-campaign-for-clin",
    "usa-today_2016-03-30_teen-girl-pepper-sprayed-in-scuf",
    "usa-today_2016-08-22_call-the-gop-s-bluff-on-merrick-",
    "wash-post_2016-09-04_growing-up-american-only-to-lear",
    "west-journal_2016-03-15_right-before-super-tuesday-hilla",
]

ARTICLES = [
    # ------------------------------------------------------------------ 1 (index 115)
    {"doc": "breitbart_2016-08-24_report-half-clinton-s-state-meet", "commitments": [
        C("have renewed Republican calls for a special prosecutor to investigate alleged pay-to-play policies with "
          "the Clinton Foundation while Clinton was secretary of state.", "Republicans", "Republican", "demand",
          "calls for", "a special prosecutor to investigate alleged pay-to-play policies with the Clinton Foundation "
          "while Clinton was secretary of state"),
        C("Earlier in the week, Trump called for a special prosecutor to investigate Clinton’s use of a private "
          "email server while secretary of state, saying", "Trump", "Trump", "demand", "called for",
          "a special prosecutor to investigate Clinton’s use of a private email server while secretary of state"),
        C("Other Republicans joined Pence’s call for a special prosecutor.", "Mike Pence", "Pence", "demand",
          "call for", "a special prosecutor"),
    ], "channels": [
        H("Mike Pence said in a statement released by the Trump campaign", "Mike Pence", "said", "in a statement",
          "written_statement"),
        H("Pence said in the statement.", "Mike Pence", "said", "in the statement", "written_statement"),
        H("Sessions told CNN.", "Jeff Sessions", "told", "CNN", "interview"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 2 (index 175)
    {"doc": "huff-post_2016-03-16_hillary-clinton-wins-missouri-de", "commitments": [
        C("the Sanders campaign said it would assess its options and look into the recount process in Missouri.",
          "Sanders campaign", "said [[it]] would", "promise", "would",
          "assess its options and look into the recount process in Missouri"),
        C("Sanders told the AP that he would not seek a recount, conceding", "Bernie Sanders", "that [[he]] would",
          "promise", "would", "not seek a recount"),
    ], "channels": [
        H("During a press call with reporters Wednesday afternoon, the Sanders campaign said it would",
          "Sanders campaign", "said", "During a press call with reporters", "press_remarks"),
        H("Sanders told the AP that he would not seek", "Bernie Sanders", "told", "the AP", "interview"),
        H("Sanders told the crowd.", "Bernie Sanders", "told", "the crowd", "rally_or_speech"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 3 (index 295)
    {"doc": "nyt_2016-03-21_factory-workers-feel-sting-of-gl", "commitments": [
        C("a Carrier executive tells employees, describing how their 1,400 jobs making furnaces and heating "
          "equipment will be sent to Mexico.", "Carrier", "a Carrier executive", "promise", "will",
          "be sent to Mexico"),
        C("While she says she will not be voting for Mr. Trump", "Jennifer Shanklin-Hawkins", "says [[she]] will",
          "promise", "will", "not be voting for Mr. Trump"),
        C("She says she plans to vote for Senator Bernie Sanders of Vermont,", "Jennifer Shanklin-Hawkins",
          "says [[she]] plans", "promise", "plans", "vote for Senator Bernie Sanders of Vermont"),
        C("hearing a leading presidential candidate acknowledging just how much economic ground they have lost - "
          "and promising to do something about it.", "Donald J. Trump", "a leading presidential candidate",
          "promise", "promising", "do something about it"),
        C("Mr. Trump has repudiated decades of Republican support for free trade, calling for heavy tariffs on "
          "Mexican-made goods from the likes of Carrier.", "Donald J. Trump", "Mr. Trump", "demand", "calling for",
          "heavy tariffs on Mexican-made goods from the likes of Carrier"),
        C("If Trump will kick Carrier's ass, then I'll vote for him.", "Mark Weddle", "then [[I]]'ll", "promise",
          "I[['ll]] vote", "vote for him", condition="If Trump will kick Carrier's ass"),
        C("That is pretty much what Mr. Trump has threatened to do.", "Donald J. Trump", "Mr. Trump", "threat",
          "threatened", "to [[do]]", target="Carrier"),
        C("At rally after rally, to rapturous crowds, he vows to impose a 35 percent tax on Carrier products from "
          "Mexico.", "Donald J. Trump", "[[he]] vows", "promise", "vows",
          "impose a 35 percent tax on Carrier products from Mexico"),
        C("And Mr. Trump vows not to take Carrier's calls until it agrees to change course.", "Donald J. Trump",
          "Mr. Trump", "threat", "vows", "not to take Carrier's calls", condition="until it agrees to change course",
          target="Carrier"),
        C("Carrier has said it will return public money in cases where the company has not kept its commitments to "
          "invest.", "Carrier", "said [[it]] will", "promise", "will", "return public money",
          condition="in cases where the company has not kept its commitments to invest"),
        C("who notes that United Technologies has vowed to cut at least a half-billion dollars in costs annually for "
          "the next few years.", "United Technologies", "United Technologies", "promise", "vowed",
          "cut at least a half-billion dollars in costs annually for the next few years",
          timeframe="for the next few years"),
    ], "channels": [
        H("a Carrier executive tells employees, describing", "a Carrier executive", "tells", "employees",
          "rally_or_speech"),
        H("Donald J. Trump seized on the video in a Republican presidential debate", "Donald J. Trump", "seized on",
          "in a Republican presidential debate", "debate"),
        H("when she saw Mr. Trump talking about Carrier on the news", "Donald J. Trump", "talking about",
          "on the news", "interview"),
        H("At rally after rally, to rapturous crowds, he vows to impose", "Donald J. Trump", "vows",
          "At rally after rally", "rally_or_speech"),
        H("as Mr. McDonough suggested at the meeting with analysts.", "Robert McDonough", "suggested",
          "at the meeting with analysts", "rally_or_speech"),
        H("she said over breakfast across the street from the Indiana Statehouse.", "Karlee Macer", "said",
          "over breakfast across the street from the Indiana Statehouse", "interview"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 4 (index 355)
    {"doc": "nyt_2016-09-03_as-trump-demands-wall-smugglers-", "commitments": [
        C("As Trump demands wall, smugglers build tunnels.", "Donald J. Trump", "Trump", "demand", "demands", "wall"),
        C("Mr. Trump said his border  plan would use the best technology, including above- and below-ground sensors "
          "to ''find and dislocate tunnels and keep out criminal cartels.''", "Donald J. Trump", "Mr. Trump",
          "promise", "would",
          "use the best technology, including above- and below-ground sensors to ''find and dislocate tunnels and "
          "keep out criminal cartels.''"),
    ], "channels": [
        H("During his immigration speech on Wednesday in Arizona, Mr. Trump said", "Donald J. Trump", "said",
          "During his immigration speech on Wednesday in Arizona", "rally_or_speech"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 5 (index 655)
    {"doc": "wash-post_2016-03-29_calif-may-raise-minimum-wage-to-", "commitments": [
        C("The group's appeals for a federal minimum-wage hike have fallen short in the Republican-controlled "
          "Congress.", "Fight for 15 movement", "The group", "demand", "appeals for",
          "a federal minimum-wage hike", target="Congress"),
        C("Sanders has called for the national minimum wage, now $7.25 an hour, to be raised to $15 by 2020.",
          "Bernie Sanders", "Sanders", "demand", "called for",
          "the national minimum wage, now $7.25 an hour, to be raised to $15 by 2020", timeframe="by 2020"),
    ], "channels": [
        H("according to a fact sheet lawmakers released Monday.", "state lawmakers", "according to", "a fact sheet",
          "written_statement"),
        H("Valdez Anderson, who works at a heating and air-conditioning company in Sacramento, said on a media call "
          "set up by labor unions.", "Valdez Anderson", "said", "on a media call", "press_remarks"),
        H("Brown, the governor, hinted at that in a news conference Monday.", "Jerry Brown", "hinted at",
          "in a news conference", "press_remarks"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 6 (index 835)
    {"doc": "west-journal_2016-08-27_newspaper-says-clinton-needs-to-", "commitments": [
        C("a Baton Rouge newspaper called on Democrat candidate Hillary Clinton to at least do something.",
          "The Advocate", "a Baton Rouge newspaper", "demand", "called on", "do something",
          target="Hillary Clinton"),
        C("the newspaper’s editorial telling him to leave his “playground for the posh and well-connected” and visit "
          "“the most anguished state in the union.”", "The Advocate", "the newspaper", "demand", "telling",
          "leave his “playground for the posh and well-connected” and visit “the most anguished state in the "
          "union.”", target="Barack Obama"),
        C("Clinton had said she would visit at some later time,", "Hillary Clinton", "said [[she]] would", "promise",
          "would", "visit at some later time", timeframe="at some later time"),
        C("“If she wants to be the next president, Hillary Clinton should act like one, and come to Louisiana,” the "
          "editorial read.", "The Advocate", "the editorial", "demand", "should", "act like one, and come to Louisiana",
          condition="If she wants to be the next president", target="Hillary Clinton"),
        C("The newspaper urged Clinton to make a decision on a basis other than its impact on the Electoral College.",
          "The Advocate", "The newspaper", "demand", "urged",
          "make a decision on a basis other than its impact on the Electoral College", target="Hillary Clinton"),
    ], "channels": [
        H("the newspaper’s editorial telling him to leave", "The Advocate", "telling", "the newspaper’s editorial",
          "article_or_oped"),
        H("come to Louisiana,” the editorial read.", "The Advocate", "read", "the editorial", "article_or_oped"),
        H("since the waters receded,” the editorial said.", "The Advocate", "said", "the editorial",
          "article_or_oped"),
        H("The editorial noted Clinton’s comment", "The Advocate", "noted", "The editorial", "article_or_oped"),
    ], "meetings": []},
]

LEFT_OUT = """
Selection: the candidates are names[55::60] (indices 55, 115, 175, 235, 295, 355, 415, 475, 535, 595, 655, 715,
  775, 835). All 14 were read in order; the list ended before 8 articles were kept: 6 kept (indices 115, 175,
  295, 355, 655, 835) and 8 skipped (indices 55, 235, 415, 475, 535, 595, 715, 775).
breitbart_2016-03-21 (skipped): delegate counts only; "the Western states ... that Sanders is counting on winning"
  (expectation, hope).
huff-post_2016-08-28 (skipped): Clinton's national security briefing (a past event); "The two are vying for the
  White House" (ongoing). Meeting left out: the briefing ("attended the meeting alone"; the briefers are
  unnamed, only one named party; the FBI field office is the venue).
politico_2016-04-04 (skipped): Ribble's robocall "Before you vote, ask yourself: Can we really trust Donald Trump
  ...?" (an imperative about thought, A.2-11; a rhetorical question); "would “unravel” the policies" (prediction
  about Trump); "a group that is devoted to defeating Trump" (dedication); "Ribble, who is retiring at the end of
  his current term" (narrator, progressive); "It is being sent to households" (progressive).
politico_2016-08-26 (skipped): "President Barack Obama and Vice President Joe Biden will campaign for Hillary
  Clinton and Tim Kaine in September ..., the Democratic nominee's campaign announced Friday" (the Clinton
  campaign announcing other people's actions; it does not speak for the President or the Vice President:
  A.2-7, like Pence on Gennifer Flowers); "Biden will appear on behalf of the Democratic ticket next Thursday"
  and "The event with Obama comes ... urging people ... to register to vote" (narrator schedule, A.2-4).
  This is the closest call of the skipped articles.
usa-today_2016-03-30 (skipped): "left the hotel at the request of police" (nominal without complement,
  A.2-14); "after refusing to leave the lobby" (refusal); "Trump abruptly canceled an event" (past); "the
  Wisconsin governor threw his support behind Sen. Ted Cruz" (endorsement, past act); "Trump's hopes to win"
  (hope).
usa-today_2016-08-22 (skipped): an op-ed by Aaron Kall: "He should use this political capital to pressure the
  Senate", "he should channel Republican nominee Donald Trump", "Obama should use his political strength"
  (author's voice, A.2-17) and the author's hypothetical "telling Sen. Chuck Grassley ... that he'll withdraw the
  Garland nomination unless hearings are underway" (hypothetical scenario).
wash-post_2016-09-04 (skipped): Klobuchar "We need to ensure international adoptees are recognized as the
  Americans they are" (national inclusive necessity, A.2-8); "proposed federal legislation that would grant
  citizenship" (a bill's terms); Kessel's organization "is helping push for bills" (ongoing advocacy effort);
  "The employer asked for proof of citizenship" (private on-the-spot request, past); an attorney "suggested she
  marry an American" (advice, A.2-9). Meeting left out: "She met with an array of immigration attorneys"
  (unnamed participants).
west-journal_2016-03-15 (skipped): Sanders "Smart politicians like Hillary Clinton and anybody else have got to
  move where the action is" (generic, figurative, no concrete action); poll figures. Channel-only: "told the New
  Yorker" (the article has no commitment, so it is skipped).
breitbart_2016-08-24: Pence "the AP report merits the appointment of a special prosecutor" (evaluation) and "The
  Clinton Foundation must be immediately shut down and an independent special prosecutor be appointed" (passive,
  agentless, A.2-9; the "dereliction of duty" sentence that names Obama and his Justice Department is a
  conditional evaluation); Priebus "it's time a special prosecutor be appointed" (passive); Sessions "you cannot
  be Secretary of State ... and use that position to extort" (generic); "after filing a lawsuit" (completed act).
  Decisions: "Other Republicans joined Pence's call for a special prosecutor" has holder Mike Pence (the
  possessor of the nominal trigger, A.3); the "Republican calls for a special prosecutor to investigate ..."
  keeps the infinitive (the prosecutor's function) and has holder "Republicans" (holder_span the noun modifier
  "Republican"); Trump is "Trump" (the article never gives his first name). Channels left out: "A spokesman ...
  called a report ... “outrageous.”", "Fallon said of the story" (no channel; "of the story" is the topic); "The
  report published Tuesday showed", "The report also documented" (display verbs on a medium); "The AP reported
  that, according to an analysis of her personal calendar" (evidential); "The AP said", "The Clinton campaign
  said" (no channel). Meetings left out: Clinton's meetings with donors (many occasions, unnamed participants).
huff-post_2016-03-16: "If it's just a small number of delegates at stake, the campaign said, it may not bother
  taking that step" (hedged); "Sanders could have requested a recount" (counterfactual); "said he would win the
  state's primary if turnout were high" (prediction); "Why don't you all surprise them on Tuesday?" (a request
  phrased as a question, A.2-12). Channels left out: "the Associated Press declared", "according to the
  Associated Press", "As The Washington Post reported" (no channel phrase / evidential); the rally in Springfield
  (named in the sentence before "said he would win"); "the campaign said" in the sentence after the press call
  (channel in the previous sentence); "stumped for her in Missouri" (no content). Decision: the campaign's "it
  would assess its options and look into the recount process" is one promise (coordination under one trigger),
  holder "Sanders campaign".
nyt_2016-03-21: the executive's "Please quiet down" (on-the-spot request, like "asked the crowd to welcome the
  governor"); Hargrove "I'd like to turn him loose on the financial world" (desire) and "they'd think twice"
  (hypothetical); Weddle "And now they're going to throw us under the bus?" (question); the laugh line "I want
  to do this myself" (joke, desire); "they will call me up within 24 hours, he promises" (a promised outcome
  about Carrier's action, A.2-16); Autor's expert predictions; McDonough "We have to look around
  the corner" (generic inclusive); "the union agreed in 2011 to a two-tier wage system" (acceptance of terms
  with a noun complement, past, not a verb of future action); "Indiana politicians ... want their money back"
  (reported desire); "its commitments to invest" (nominal commitment inside Carrier's condition); "it will not
  bring the jobs back" (prediction); "The first layoffs will not begin until 2017", "400 white-collar jobs ...
  will remain in Indiana", "an additional 700 United Technologies jobs will be transferred to Mexico"
  (narrator); "United Technologies has offered to cover the cost of ... schooling" (offer, A.2-19); Bigbee "If I
  were in my 40s, I'd go back to school" (counterfactual); "Carrier's management is eyeing a list of targets for
  future cuts" (narrator); Johri "We feel good about being able to execute on that" (attitude, ability); "the
  company says it fears it could end up in a similar situation" (fear); "Wall Street is looking for United
  Technologies to post a 17 percent increase" (expectation); Macer's question. Kind decisions: "vows to impose a
  35 percent tax on Carrier products" is a promise (trigger "vows", no condition, A.2-8), although the sentence
  before frames it as a threat; "vows not to take Carrier's calls until it agrees to change course" is a threat
  (a conditional negative consequence aimed at Carrier, like dev "he'll tear up the NATO treaty if the
  Europeans don't shape up"), with "until it agrees to change course" as condition; "That is pretty much what
  Mr. Trump has threatened to do" is a threat whose content is the bare verb (the object is the antecedent
  "what", A.3), target Carrier. Other decisions: Carrier's "will return public money in cases where ..." takes
  the "in cases where" clause as condition; United Technologies' vow has timeframe "for the next few years"
  ("annually" is frequency, left in the content). Included although debatable: "a Carrier executive tells
  employees, describing how their 1,400 jobs ... will be sent to Mexico" (announced company decision, A.2-5;
  holder Carrier, holder_span the attribution mention since the subject is inanimate); Shanklin-Hawkins' "she
  will not be voting for Mr. Trump" and "she plans to vote for Senator Bernie Sanders" and Weddle's conditional
  "I'll vote for him" (voters' stated own future acts, A.2-5); "a leading presidential candidate ... promising to
  do something about it" (Trump's promise as the workers heard it). Channels left out: "made Carrier's move to
  Mexico a centerpiece of his stump speeches attacking free trade" (the speeches are characterised inside another
  predicate; no speech cue); "shout ''Yessss!'' at the TV" (a private exclamation); "the executive says, ''Please
  quiet down.''" ("from the crowd" belongs to the boos); "are speaking to her with one voice" (figurative);
  "a dozen Carrier workers gathered at Sully's Bar & Grill to talk about the decades" (purpose clause, bare
  venue); "Akhil Johri ... noted that" (the investor-day meeting is named two paragraphs earlier); "he promises"
  (the rally is in the previous sentence); "Mr. Rubel pointed out", "Ms. Shanklin-Hawkins emphasized" (no
  channel). Channel decisions: the video's "tells employees, describing how ..." is one entry (cue "tells");
  "At rally after rally, to rapturous crowds, he vows" has channel "At rally after rally" (one entry, one cue).
  Included although debatable: "seized on the video in a Republican presidential debate" (speech-like cue with
  a noun-phrase object, as dev "discussed his commitment ... at an event"); "talking about Carrier on the news"
  (interview, as "on television"); "she said over breakfast across the street from the Indiana Statehouse"
  (a breakfast with the reporter, typed interview); "as Mr. McDonough suggested at the meeting with analysts"
  (investor day, typed rally_or_speech as a company's conference). Meetings left out: United Technologies'
  investor-day gathering at the Plaza Hotel ("management sits down with analysts and shareholders": only one
  named party) and the workers' gathering at Sully's (a reporter's group interview).
nyt_2016-09-03: Hecht "They know that we will eventually find them" and McCaffrey "No wall is going to fix that"
  (predictions); "has made building a wall at the border a central element of his campaign" (no trigger);
  "American officials hope", "in hopes of finding a way" (hope); "Congress provided about $120 million" and "a
  task force ... has tried a variety of technologies" (past); "A spokeswoman ... declined to comment" (negated,
  publisher line). Decisions: the headline "As Trump demands wall" is a policy demand with no addressee (target
  null, as "called for"); "Mr. Trump said his border plan would use the best technology ..." is a promise
  (the holder's own statement about his plan; holder_span the attribution mention because the subject is
  inanimate; the quoted infinitive gives the sensors' function and stays in the content). Channels left out:
  "the Science and Technology Directorate ... concluded that" (no channel), "Border Patrol agents described the
  ground ... as ''Swiss cheese''" (no channel). Meetings left out: "in a joint operation with the Mexican
  authorities" (an operation), "have worked with the Mexican authorities" (ongoing cooperation).
wash-post_2016-03-29: "Gov. Jerry Brown (D) announced the deal with state lawmakers" and "Under the agreement,
  California's minimum wage ... would climb gradually" (nominal deal/agreement, terms told by the narrator,
  A.2-14); "A pending ballot initiative threatened to raise the wage more swiftly if politicians didn't act"
  (an inanimate initiative "threatening" = posing a risk; no holder's statement); "The state legislature still
  has to vote on the plan" (narrator necessity); "California's plan would give the governor the power to delay
  an increase" (plan terms); Anderson's "will allow me to ..." (prediction); opponents' and economists'
  predictions; "its representatives in Washington are likely to step up efforts" (prediction); Brown "I hope
  that what's in California ... spreads" (hope). Channels left out: "according to calculations by Amy Glasmeier"
  (evidential); "which the Organization for Economic Cooperation and Development says" (no channel);
  "Ozimek ... calculates" (no channel); Brown's quotation "he said" (the news conference is in the previous
  sentence). Included although debatable: "The group's appeals for a federal minimum-wage hike" (nominal
  "appeals for" read as "calls for"/"request"; holder the "Fight for 15" movement, holder_span the possessor
  "The group"; target Congress, which the appeals failed to move); the channel "according to a fact sheet
  lawmakers released Monday" (cue "according to" with an issued medium, as dev "according to a speech ...");
  "hinted at that in a news conference" (content in the previous sentence, light cue).
west-journal_2016-08-27: the headline "Newspaper Says Clinton Needs To Quit Political Calculations, Show
  Compassion For Louisiana" (attitude and conduct, not a concrete act; A.2-9); "The Advocate had chided President
  Barack Obama ... for continuing his vacation" (criticism of past conduct); "whoever the next president is
  should know about it first hand" (generic, not an action); "That's reason enough for Clinton to visit the
  state" (evaluation); "she wanted to visit when she would not interfere" (reported desire); "surely the woman
  ... can do the same" (ability, rhetorical); "Louisiana's crisis should be a call to conscience" (no actor).
  Decisions: The Advocate is another newspaper, not this article's publisher, so it can hold commitments; its
  editorial's "Hillary Clinton should act like one, and come to Louisiana" is a demand because the article frames
  the editorial as a call ("called on", "urged"), one commitment over the coordination, with "If she wants to be
  the next president" as condition and holder_span the attribution mention "the editorial"; "called on ... to at
  least do something" has content "do something" ("at least" left out as a hedge at the edge). Channels left
  out: "” … if the incumbent president ...,” it read" (pronoun; the editorial is named in earlier sentences);
  "has only issued a tweet about the state" (no content); "who aimed their Friday editorial at Clinton" (no
  speech cue); "the newspaper admitted", "it added", "The newspaper said", "The newspaper urged" (no channel
  phrase; the newspaper is the speaker). Meetings left out: Trump's and Obama's visits to Louisiana (visits to a
  state, not to a named party).
"""
