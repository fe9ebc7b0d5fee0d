"""Hand-written annotation for held-out set 9 (development, 8 PolNeAR train articles).

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
    "huff-post_2016-06-08_why-republicans-won-t-renounce-t",
    "nyt_2016-01-18_a-one-person-job-now-divided-amo",
    "usa-today_2016-01-13_trump-cruz-break-away-from-the-p",
]

ARTICLES = [
    # ------------------------------------------------------------------ 1 (index 26)
    {"doc": "breitbart_2016-01-18_trump-i-m-the-worst-thing-that-e", "commitments": [
        C("a wide-ranging speech that included Trump vowing to protect Christianity", "Donald Trump",
          "included [[Trump]] vowing", "promise", "vowing", "protect Christianity"),
    ], "channels": [
        H("addressed the students of the Christian university in a wide-ranging speech that included Trump vowing",
          "Donald Trump", "vowing", "in a wide-ranging speech", "rally_or_speech"),
        H("Also during that speech, Trump explained how he would be free", "Donald Trump", "explained",
          "during that speech", "rally_or_speech"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 2 (index 86)
    {"doc": "breitbart_2016-06-10_clinton-to-planned-parenthood-tr", "commitments": [
        C("told a Planned Parenthood gathering in Washington she will protect reproductive rights",
          "Hillary Clinton", "she", "promise", "will", "protect reproductive rights"),
    ], "channels": [
        H("Hillary Clinton told a Planned Parenthood gathering in Washington she will", "Hillary Clinton", "told",
          "a Planned Parenthood gathering in Washington", "rally_or_speech"),
        H("Clinton spoke to the Planned Parenthood Action Network, her first campaign speech", "Hillary Clinton",
          "spoke", "the Planned Parenthood Action Network", "rally_or_speech"),
        H("Clinton attacked Trump, saying he would appoint Supreme Court judges who would overturn Roe v. Wade, "
          "and reminded the audience of comments", "Hillary Clinton", "saying", "the audience", "rally_or_speech"),
        H("Clinton also told the largely female audience bathed in neon pink lighting", "Hillary Clinton", "told",
          "the largely female audience", "rally_or_speech"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 3 (index 146)
    {"doc": "huff-post_2016-01-19_flint-water-response-perfectly-c", "commitments": [
        C("Sen. Bernie Sanders (I-Vt.) called on Michigan Gov. Rick Snyder (R) to resign over the lead poisoning",
          "Bernie Sanders", "Sen. Bernie Sanders", "demand", "called on", "resign", target="Rick Snyder"),
        C("Since October, officials have told Flint residents not to drink the brown stuff coming out of their taps",
          "officials", "officials", "demand", "told", "not to drink the brown stuff coming out of their taps",
          target="Flint residents"),
        C("the Clinton campaign also called on the Federal Emergency Management Agency to conduct an “expedited "
          "review“ of Flint’s water infrastructure", "Clinton campaign", "the Clinton campaign", "demand",
          "called on", "conduct an “expedited review“ of Flint’s water infrastructure",
          target="Federal Emergency Management Agency"),
        C("Last week, the Clinton campaign also called on the Federal Emergency Management Agency to conduct an "
          "“expedited review“ of Flint’s water infrastructure and said the Obama administration should "
          "immediately set up a “health monitoring and surveillance system” to test residents for lead poisoning.",
          "Clinton campaign", "the Clinton campaign", "demand", "should",
          "immediately set up a “health monitoring and surveillance system” to test residents for lead poisoning",
          timeframe="immediately", target="Obama administration"),
        C("“There are no excuses,” he said. “The governor long ago knew about the lead in Flint’s water. He did "
          "nothing. As a result, hundreds of children were poisoned. Thousands may have been exposed to potential "
          "brain damage from lead. Gov. Snyder should resign.", "Bernie Sanders", "excuses,” [[he]] said",
          "demand", "should", "resign", target="Rick Snyder"),
        C("“I will be speaking with the campaign over the next few days to help him understand", "Erin Brockovich",
          "I", "promise", "will", "be speaking with the campaign", timeframe="over the next few days"),
    ], "channels": [
        H("Hillary Clinton went on national television and chastised Snyder", "Hillary Clinton", "chastised",
          "on national television", "interview"),
        H("who came out and endorsed Clinton during a conference call with reporters Tuesday morning",
          "Karen Weaver", "endorsed", "during a conference call with reporters", "press_remarks"),
        H("Renteria told reporters during Tuesday’s conference call.", "Amanda Renteria", "told",
          "reporters during Tuesday’s conference call", "press_remarks"),
        H("Snyder spokesman Dave Murray told the Washington Examiner.", "Dave Murray", "told",
          "the Washington Examiner", "interview"),
        H("Clinton was also the first candidate to bring up the Flint water crisis during a presidential debate.",
          "Hillary Clinton", "bring up", "during a presidential debate", "debate"),
        H("Brockovich said in a statement.", "Erin Brockovich", "said", "in a statement", "written_statement"),
        H("Sanders’ comments Tuesday, telling reporters, “A lot of people", "Karen Weaver", "telling", "reporters",
          "press_remarks"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 4 (index 326)
    {"doc": "nyt_2016-06-15_clinton-s-chance-to-make-bold-ch", "commitments": [
        C("''I am really, totally committed to bringing back manufacturing''", "Hillary Clinton", "I", "promise",
          "committed", "bringing back manufacturing"),
    ], "channels": [], "meetings": []},
    # ------------------------------------------------------------------ 5 (index 386)
    {"doc": "politico_2016-01-19_clinton-super-pac-answers-rove-a", "commitments": [
        C("they know that not only will I stand up for what the country needs, I will take it to the Republicans.",
          "Hillary Clinton", "will [[I]] stand", "promise", "[[will]] I stand", "stand up for what the country needs"),
        C("they know that not only will I stand up for what the country needs, I will take it to the Republicans.",
          "Hillary Clinton", "needs, [[I]] will", "promise", "I [[will]] take", "take it to the Republicans"),
        C("We're not going to let that stand.", "Priorities USA Action", "We", "promise", "not going to",
          "let that stand"),
    ], "channels": [
        H("The Rove ad hits Clinton for taking", "American Crossroads", "hits", "The Rove ad", "other"),
        H("In an interview with ABC News over the weekend, Clinton laughed off the attack ad.", "Hillary Clinton",
          "laughed off", "In an interview with ABC News", "interview"),
        H("At Sunday night’s debate, Sanders compared himself to Clinton, saying,", "Sanders", "saying",
          "At Sunday night’s debate", "debate"),
        H("In a statement, Priorities USA chief strategist Guy Cecil said:", "Guy Cecil", "said", "In a statement",
          "written_statement"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 6 (index 446)
    {"doc": "politico_2016-06-14_sanders-scripts-his-primary-seas", "commitments": [
        C("assure fellow senators and leading Democrats that he is committed to defeating Donald Trump above all "
          "else", "Bernie Sanders", "that [[he]] is committed", "promise", "committed", "defeating Donald Trump"),
        C("He continues to insist that he will fight on to the July Democratic convention", "Bernie Sanders",
          "that [[he]] will", "promise", "will", "fight on to the July Democratic convention",
          timeframe="to the July Democratic convention"),
        C("It’s a rare get-together that the candidates themselves agreed to hold", "Bernie Sanders and Hillary Clinton",
          "the candidates", "promise", "agreed", "hold"),
        C("as he urged the party to ax its superdelegate system, replace the Democratic National Committee's "
          "current leadership, open up same-day registration in primaries, and make its contests open to "
          "registered Democrats and independents alike.", "Bernie Sanders", "as [[he]] urged", "demand", "urged",
          "ax its superdelegate system, replace the Democratic National Committee's current leadership, open up "
          "same-day registration in primaries, and make its contests open to registered Democrats and independents "
          "alike", target="Democratic Party"),
        C("consistent reminders that he will do what it takes to stop Trump from reaching 1600 Pennsylvania Avenue",
          "Bernie Sanders", "that [[he]] will", "promise", "will",
          "do what it takes to stop Trump from reaching 1600 Pennsylvania Avenue"),
        C("the chorus of detractors calling for him to drop out", "detractors", "the chorus of detractors",
          "demand", "calling for", "him to drop out", target="Bernie Sanders"),
    ], "channels": [
        H("But Sanders also laid out a political reform agenda at a surprise news conference Tuesday outside his "
          "Capitol Hill campaign office", "Bernie Sanders", "laid out",
          "at a surprise news conference Tuesday outside his Capitol Hill campaign office", "press_remarks"),
        H("Sanders insisted to the gathered cameras", "Bernie Sanders", "insisted", "the gathered cameras",
          "press_remarks"),
        H("the one he had just delivered to his Senate colleagues", "Bernie Sanders", "delivered",
          "his Senate colleagues", "rally_or_speech"),
        H("he asserted to reporters on Tuesday", "Bernie Sanders", "asserted", "reporters", "press_remarks"),
    ], "meetings": [
        M("At the same time, he is meeting with Clinton in private", "he is meeting with Clinton in private",
          ["Bernie Sanders", "Hillary Clinton"], "Washington", "Tuesday night", "scheduled"),
        M("right after meeting with the rest of the Senate Democratic caucus",
          "meeting with the rest of the Senate Democratic caucus",
          ["Bernie Sanders", "the Senate Democratic caucus"], None, None, "past"),
        M("as the senator convened top surrogates (including former Ohio state Sen. Nina Turner and actress Shailene "
          "Woodley), activists, and sympathetic operatives and officials (like former Texas Agriculture Secretary Jim "
          "Hightower and the executive director of MoveOn) in Burlington, Vermont", "the senator convened top surrogates (including former Ohio state Sen. Nina Turner and "
          "actress Shailene Woodley), activists, and sympathetic operatives and officials (like former Texas "
          "Agriculture Secretary Jim Hightower and the executive director of MoveOn) in Burlington, Vermont",
          ["Bernie Sanders", "Nina Turner", "Shailene Woodley", "Jim Hightower", "MoveOn"],
          "Burlington, Vermont", "Sunday", "past"),
    ]},
    # ------------------------------------------------------------------ 7 (index 566)
    {"doc": "usa-today_2016-06-10_dems-hope-trump-s-behavior-will-", "commitments": [
        C("while saying they still will vote for their party's nominee", "some Republicans", "they", "promise",
          "will", "vote for their party's nominee"),
    ], "channels": [
        H("Tester told Capital Download on Thursday.", "Jon Tester", "told", "Capital Download", "interview"),
        H("Tester told USA TODAY's weekly video newsmaker series.", "Jon Tester", "told",
          "USA TODAY's weekly video newsmaker series", "interview"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 8 (index 626)
    {"doc": "wash-post_2016-01-17_cruz-glad-to-finish-fight-with-t", "commitments": [
        C("It took him most of a day to formulate a comeback, delivering an \"apology\" to New Yorkers for the "
          "liberal elected officials who were depriving them of safety and freedom, then calling Yahoo News to ask "
          "readers to watch the 1999 interview.", "Ted Cruz", "It took [[him]]", "demand", "ask",
          "watch the 1999 interview", target="Yahoo News readers"),
        C("Cruz spokesman Rick Tyler said that the campaign will highlight contrasts between Cruz and Trump",
          "Cruz campaign", "the campaign", "promise", "will", "highlight contrasts between Cruz and Trump"),
    ], "channels": [
        H("Cruz told reporters after a forum in Fort Mill", "Ted Cruz", "told", "reporters", "press_remarks"),
        H("saying in a tweet that additional lawsuits will be filed", "Donald Trump", "saying", "in a tweet",
          "social_post"),
        H("At a rally in Portsmouth, N.H., he knocked Cruz", "Donald Trump", "knocked",
          "At a rally in Portsmouth, N.H.", "rally_or_speech"),
        H("Trump said to a crowd of about 500.", "Donald Trump", "said", "a crowd of about 500", "rally_or_speech"),
        H("In another tweet, Trump called Cruz", "Donald Trump", "called", "In another tweet", "social_post"),
        H("a video of Trump on \"Meet the Press\" from 1999, in which Trump called himself", "Donald Trump",
          "Trump [[called]] himself", "on \"Meet the Press\"", "interview"),
        H("stating during the debate that they are", "Ted Cruz", "stating", "during the debate", "debate"),
        H("Trump offered an emotional defense of the city during the debate", "Donald Trump",
          "offered an emotional defense", "during the debate", "debate"),
        H("then calling Yahoo News to ask readers", "Ted Cruz", "calling", "calling", "other"),
        H("attacks that, Sweet noted, Trump said during the debate were sparked", "Donald Trump", "said",
          "during the debate", "debate"),
        H("At the time, Cruz told NBC News that", "Ted Cruz", "told", "NBC News", "interview"),
        H("His assumption, confidently stated on live TV, was that", "Ted Cruz", "stated", "on live TV",
          "interview"),
    ], "meetings": [
        M("meeting with him in July at Trump Tower", "meeting with him in July at Trump Tower",
          ["Ted Cruz", "Donald Trump"], "Trump Tower", "July", "past"),
    ]},
]

LEFT_OUT = """
Selection: 11 files read under the rule (indices 26, 86, 146, 206, 266, 326, 386, 446, 506, 566, 626); the
  8th kept article is index 626, so indices 686, 746 and 806 were not read.
huff-post_2016-06-08 (skipped): the text is a headline and one sentence ("When Donald Trump attacked a
  federal judge ..."): no commitment, no channel.
nyt_2016-01-18 (skipped): a feature on Hollywood fixers; the film line "the work of Eddie Mannix will never
  end" (a film's voice-over, not a commitment); "has been asked to manage scandals" (past, generic).
usa-today_2016-01-13 (skipped): expert rankings and predictions only ("The next three weeks will see a rapid
  increase in the jockeying", "Mainstream Republicans are running out of time").
breitbart_2016-01-18: "Trump explained how he would be free of conflicts of interest" (outcome, prediction);
  the role-played lobbyist dialogue ("we have to do this", "You've got to take care of Ford. Alright, I'll do
  it.") and "With me, they're going to equal" (hypothetical illustration, garbled). Channels: "According to
  Trump" (no channel); "(h/t RCP Video.)" (credit line, no cue); "Follow Jeff Poor on Twitter" (publisher
  promo). Channel decision: the speech channel of the vow is "in a wide-ranging speech" (the speech "included
  Trump vowing"), with cue "vowing"; "addressed the students" is not given a second entry.
breitbart_2016-06-10: the headline "Trump will reverse Roe v. Wade" and "saying he would appoint Supreme
  Court judges who would overturn Roe v. Wade" (Clinton's prediction about Trump, A.2-7/16); "Trump ...
  wants to “take America backward.”" (desire attributed by an opponent); Trump's walked-back comment "women
  who sought them should be punished" (passive, agentless); "we sure should believe him" (generic inclusive);
  "Trump was scheduled to address a conference" (narrator schedule; its channel not yet used). Channels: the
  headline label "Clinton to Planned Parenthood:" (no cue). Channel decision: "attacked Trump, saying ...,
  and reminded the audience of ..." is one entry (coordinated speech verbs, cue "saying", B.2) with the
  audience as channel. Included although debatable: "Clinton spoke to the Planned Parenthood Action
  Network" (cue "spoke", content in the following quotations, as dev "spoke to reporters").
huff-post_2016-01-19: "chastised Snyder for refusing to ask for federal assistance" (criticism);
  "dispatched two of her top aides ... to assist" (past act); "Sanders has continued to push for a single-payer
  health care system" (advocacy effort, cf. dev "pushed for"); "getting Snyder to resign" (narrator);
  Weaver's questions "What can I do? What kind of help do you need?"; Renteria's "Let's see what's going on"
  (inclusive, attitude); "the state was coordinating with FEMA" (progressive); Clinton's "I'll tell you what"
  (performative) and "there would've been action" (counterfactual); Brockovich "she hadn't yet called for the
  governor's resignation" (negated, past), "we need to focus all of our energy on helping the people of Flint"
  (generic inclusive), "she changed her position" (no stated call); Weaver's "A lot of people said the governor
  should step down" (generic others); "did not return a request for comment" (publisher line, negated); the
  newsletter promo. Channels: "In his statement Saturday, Sanders did go further in trying to hold Snyder
  accountable" (no speech cue; the quotation's "he said" is in the next sentence); "that interview aired on
  “The Rachel Maddow Show” on MSNBC" (no cue); "has denied that Clinton and her appearance on Maddow had
  anything to do" (the appearance is inside the content); "On Sunday night in South Carolina, Clinton said"
  (bare location; the debate is named in the previous sentence). Meeting left out: Renteria "one of the
  staffers who went to Flint last week to talk with the mayor" (a purpose clause: the talk itself is not
  reported as having taken place). Decisions: "immediately" is the timeframe of the Obama-administration
  demand (a time expression for the demanded action, inside the content); the officials' repeated advisory
  "have told Flint residents not to drink ..." is a demand (trigger "told (X to)", specific target, A.2-13).
  Included although debatable: Weaver "endorsed Clinton during a conference call with reporters" (an
  endorsement as the reported statement); "the first candidate to bring up the Flint water crisis during a
  presidential debate" (noun-phrase content, as dev "discussed his commitment ... at an event"); Brockovich
  "I will be speaking with the campaign over the next few days" (an announced own future action, A.2-5).
nyt_2016-06-15: "proposed to draft Mr. Clinton as an economic adviser" and "she is proposing $275 billion in
  federal infrastructure investment" (proposals, narrator); "Her plan to increase federal investment" (nominal
  plan); "How many can be added by threatening to slap tariffs" (rhetorical, no holder); "Mr. Trump would cut
  tax revenues by $9.5 trillion, promising impossible growth in return" (narrator's account of a plan; a
  promised outcome); Sperling's and Reich's advice ("She needs one or two big ideas"); the columnist's
  questions and "Mrs. Clinton might want to try to deliver one" (author). Channels: "according to the Tax
  Policy Center" (a source, no medium); "sounds great in Youngstown, Ohio" (no cue). Included although
  debatable: Clinton's quoted "I am really, totally committed to bringing back manufacturing" (verbal
  "committed" with a future action, cf. held-out 2's "is committed to taking every action possible"; not the
  nominal "commitment to X" of A.2-14); it is the article's only commitment, so it decides that the article
  is kept.
politico_2016-01-19: the PAC ad's voice-over "She'll stand up to the gun lobby and take on the NRA. And Hillary
  Clinton will protect funding for Planned Parenthood ..." (a super PAC is not the candidate's spokesperson:
  assurances about another's actions, A.2-7/16); "the PAC tries to shift the conversation" (present); "has
  made a six-figure digital ad buy" (past); "topics Clinton actually wants to talk about" (desire). Channels:
  "a ad targeting Iowa that attacks Clinton as a tool of Wall Street" (a relative clause characterising the
  medium inside another statement; the ad is annotated in the next sentence); "a voice-over in the ad states"
  (speaker description); "In the new spot set to post early Tuesday, the PAC tries to shift the conversation"
  (no speech cue; not yet aired); "she said" after the ABC interview sentence (channel in the previous
  sentence). Speaker "Sanders" (the article never gives his first name). Included although debatable: Guy
  Cecil's "We're not going to let that stand" (a vow of the organisation he speaks for; trigger "not going
  to" as held-out 2's Kasich); "Clinton laughed off the attack ad" with "In an interview with ABC News" (the
  content follows in the next sentences, as dev "spoke to reporters").
politico_2016-06-14: "refuses to answer questions" (refusal); "the Sanders campaign is mapping out a soft,
  extended landing" (progressive, narrator); "what exactly Sanders wants" and "the policy points he hopes to
  see" (desire, hope); "before he throws his support to Clinton or formally bows out" and "that won't happen,
  they believe" (narrator, prediction); "It's implied that he won't stand in Clinton's way" (implied, not
  stated); Wikler "That's going to happen now, at a whole new level" (prediction about Sanders); Cantor "I
  hope he will remain oriented ..." (hope); Cantor's "He has made it very clear that he is going to be onboard
  the stopping-Trump train" (figurative, a stance reported second-hand); "Let me make it very clear" (a
  performative). Channels: "assure fellow senators and leading Democrats" and "peppered their regular
  conversations with other Democrats with consistent reminders" (private addressees and conversations; a
  nominal cue); "when they spoke on the phone" (no content of its own; the agreement is the commitment);
  "according to a Democrat familiar with his afternoon remarks" (a source, no medium); "when he speaks to
  supporters nationwide via video on Thursday night" (a statement not yet made); "conference calls with
  progressive activists" (habitual, no content); "as he urged the party to ..." gets no channel entry of its
  own (the addressee "the gathered cameras" is the complement of "insisted"). Meetings: the Sanders-Clinton
  meeting is annotated at its first mention ("he is meeting with Clinton in private"), with place and date
  from the later mention "His one-on-one meeting with Clinton in neutral territory in Washington on Tuesday
  night" (so they are not strings of the first mention's anchor); status scheduled (the article was written
  on the Tuesday, before the meeting: "just hours before his meeting with Clinton"). The caucus meeting
  leaves out Harry Reid (he invited Sanders; his presence is not stated) and has no date of its own (the
  "Tuesday" of that sentence belongs to the news conference). "His team is stepping up its behind-the-scenes conversations with Hillary Clinton’s camp" (ongoing
  conversations, no one occasion); the phone call on which the candidates agreed to meet ("when they spoke on
  the phone", not presented as scheduled talks); "swinging by the Clinton-endorsing White House
  for a picnic on Tuesday night" (a social event, no second named party); "senior aides have been holding more
  frequent calls with their counterparts" (calls, unnamed); "initial party platform hearings and meetings"
  (hearings; unnamed participants). Decisions: "fight on to the July Democratic convention" has timeframe "to
  the July Democratic convention" (the end of the committed action, inside the content). Included although
  debatable: "he is committed to defeating Donald Trump" (verbal "committed", as above); "a rare
  get-together that the candidates themselves agreed to hold" (an agreement with a counterparty, A.2-5;
  content is the bare verb, A.3); "the chorus of detractors calling for him to drop out" (unnamed critics);
  the channel "the one he had just delivered to his Senate colleagues" (an audience addressed directly, the
  message being the one just quoted); the Burlington convening, with "MoveOn" standing for its unnamed
  executive director.
usa-today_2016-06-10: Tester's imagined voice "'He said this thing about a judge ..., but I'm still going to
  vote for him, I still endorse him'" (a generic, constructed quotation of unnamed people); "Democrats hope
  they will be able to gain the ground" (hope); "would divert to Senate contests money" and "is going to help
  our candidates" (predictions); "the folks here in the Senate have endorsed him" (past). Channels: "He
  derided efforts", "He dismissed efforts ... while saying", "He did express concern" (no channel); "Democratic
  attack ads this fall" (not yet made).
wash-post_2016-01-17: "saying in a tweet that additional lawsuits will be filed" (agentless, about others);
  "we ought to have someone who isn't springing out of bed" (generic); "we've attempted to stay in the
  counterpunch mode" (past attempt); Tyler's "we're glad to finish it" and the headline "'glad to finish'
  fight" (an attitude of willingness, A.2-19); "inviting him on a trip" and "Cruz invited Trump to a Capitol
  Hill rally" (invitations); "they would graduate from Trump's campaign to his" (prediction); Inman "she
  could not support Trump" (inability, a supporter); "'zero' voters would follow Sen. Lindsey O. Graham" and
  "He's got to knock out seven or eight guys" (predictions, evaluation). Channels: "Thursday's Republican
  debate marked the end of that. Cruz ... chided Trump" (debate in the previous sentence); "tweeting and
  emailing a video of Trump" (the campaign distributes footage: no content of its own); "Cruz pointed to the
  Wall Street Journal/NBC News poll" (evidence, not a medium); "Trump's campaign manager declined to discuss"
  and "Cruz never mentioned Trump by name", "did not mention Cruz" (negated); "Sandra Inman, a Cruz supporter
  ..., attending the South Carolina Tea Party Coalition Convention, said" (a speaker description);
  "Speaking in contested territory at the convention, the two candidates dialed down the rhetoric" (no
  content cue; "he suggested" follows in a later sentence); "Cruz said last week" (time); "delivering an
  "apology" to New Yorkers" (the public as addressee, no medium); "Trump, who spoke for more than 45 minutes"
  (no content). Meetings left out: "Cruz attended an event at the New York home of two wealthy gay
  businessmen" (an event; hosts unnamed). Decisions: "calling Yahoo News to ask readers to watch the 1999
  interview" is a demand (a public call, as dev "encouraged Americans to “check out” ...") and its channel is
  the phone call ("calling", type other, as dev "called Alicia Machado"). Included although debatable: "a
  video of Trump on "Meet the Press" from 1999, in which Trump called himself" (channel "on "Meet the
  Press"", interview); "Trump offered an emotional defense of the city during the debate" (light-verb cue);
  "His assumption, confidently stated on live TV, was that" (cue in a participle on the statement noun).
"""
