"""Hand-written annotation for held-out set 16 (development, 8 PolNeAR train articles).

Commitments and channels follow ``shared/data/ledger-gold-dev/guidelines.md`` unchanged; meetings follow
``docs/meeting-guidelines.md``. Same conventions as ``benchmarks/heldout2/spec.py`` (commitments ``C``,
channels ``H``) and ``benchmarks/meetings_dev/spec.py`` (meetings ``M``): every span is a quoted string
that occurs exactly once inside its anchor fragment, and the anchor occurs exactly once in the article;
``"ctx [[span]] ctx"`` marks a span inside disambiguating context. ``build.py`` turns this into
``gold.jsonl`` and ``meetings.jsonl``. Borderline cases are listed in ``LEFT_OUT`` (for the record; the
builder ignores them). One source spells Guelen as "GA" + combining tilde + "1" + fraction slash + "4len";
the spec writes those characters as escapes.
"""

from __future__ import annotations

GULEN = "GA\u03031\u20444len"  # the source's garbled spelling of Guelen (usa-today_2015-11-20)


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
    "huff-post_2016-04-08_cecile-richards-i-m-sick-of-men-",
]

ARTICLES = [
    # ------------------------------------------------------------------ 1 (index 1)
    {"doc": "breitbart_2015-11-16_o-malley-campaign-to-shift-staff", "commitments": [
        C("O’Malley’s campaign says it will shift staff from its Baltimore headquarters to the early states.",
          "O’Malley’s campaign", "says [[it]] will", "promise", "will",
          "shift staff from its Baltimore headquarters to the early states"),
        C("the candidate has “always run a lean campaign and will continue to do so.”", "Martin O’Malley",
          "the candidate", "promise", "will", "continue to do so"),
        C("Morris says the campaign will be pursuing federal matching funds and will “compete vigorously for the "
          "nomination.”", "O’Malley’s campaign", "the campaign", "promise", "[[will]] be pursuing",
          "be pursuing federal matching funds"),
        C("Morris says the campaign will be pursuing federal matching funds and will “compete vigorously for the "
          "nomination.”", "O’Malley’s campaign", "the campaign", "promise", "and [[will]] “compete",
          "compete vigorously for the nomination"),
    ], "channels": [], "meetings": []},
    # ------------------------------------------------------------------ 2 (index 61)
    {"doc": "breitbart_2016-04-12_mexican-anchor-crosses-swords-wi", "commitments": [
        C("the real estate tycoon entered the race for the Republican nomination with harsh words about Mexican "
          "immigrants, calling them rapists and vowing to make Mexico pay for a massive border wall.",
          "Donald Trump", "the real estate tycoon", "promise", "vowing", "make Mexico pay for a massive border wall"),
        C("Ramos used his acceptance speech to call for the resignation of President Enrique Pena Nieto",
          "Jorge Ramos", "Ramos", "demand", "call for", "the resignation of President Enrique Pena Nieto",
          target="Enrique Pena Nieto"),
    ], "channels": [
        H("Ramos, 58, told AFP in an interview in Mexico City on Monday.", "Jorge Ramos", "told", "AFP",
          "interview"),
        H("Ramos used his acceptance speech to call for", "Jorge Ramos", "call for", "his acceptance speech",
          "rally_or_speech"),
        H("Ramos reminded viewers about his daughter’s job", "Jorge Ramos", "reminded", "viewers", "interview"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 3 (index 121)
    {"doc": "huff-post_2015-11-09_bernie-sanders-promises-action-o", "commitments": [
        C("Bernie Sanders Promises Action On Immigration In First 100 Days As President.", "Bernie Sanders",
          "Bernie Sanders", "promise", "Promises", "Action On Immigration",
          timeframe="In First 100 Days As President"),
        C("Democratic presidential candidate Bernie Sanders promised Monday to begin taking executive action on "
          "immigration reform during the first 100 days of his presidency, including sweeping deportation relief "
          "that would go beyond the policies of President Barack Obama.", "Bernie Sanders", "Bernie Sanders",
          "promise", "promised",
          "begin taking executive action on immigration reform during the first 100 days of his presidency, "
          "including sweeping deportation relief that would go beyond the policies of President Barack Obama",
          timeframe="during the first 100 days of his presidency"),
        C("Sanders promised to take bold action should he win the presidency.", "Bernie Sanders", "Sanders",
          "promise", "promised", "take bold action", condition="should he win the presidency"),
        C("Former Secretary of State Hillary Clinton and former Maryland Gov. Martin O’Malley, who are also seeking "
          "the nomination, have pledged to act as well.", "Hillary Clinton and Martin O’Malley",
          "Hillary Clinton and former Maryland Gov. Martin O’Malley", "promise", "pledged", "to [[act]] as well"),
        C("Sanders promised Sunday at a Las Vegas rally to end “the excessively wasteful $18 million deportation "
          "regime.”", "Bernie Sanders", "Sanders", "promise", "promised",
          "end “the excessively wasteful $18 million deportation regime.”"),
        C("saying he would direct Immigration and Customs Enforcement “to immediately stop initiating deportations "
          "against” certain undocumented immigrants.", "Bernie Sanders", "saying [[he]] would", "promise", "would",
          "direct Immigration and Customs Enforcement “to immediately stop initiating deportations against” "
          "certain undocumented immigrants"),
        C("He also pledged to shut down private detention centers", "Bernie Sanders", "He", "promise", "pledged",
          "shut down private detention centers"),
        C("Sanders also said he would expand on Obama’s deferred actions programs for undocumented young people and "
          "parents of U.S. citizens and legal permanent residents.", "Bernie Sanders", "said [[he]] would",
          "promise", "would",
          "expand on Obama’s deferred actions programs for undocumented young people and parents of U.S. citizens "
          "and legal permanent residents"),
        C("Sanders said if he were president, DACA and DAPA would be supplemented by deportation relief for parents "
          "of DACA recipients, along with other family members and anyone who would have been eligible for legal "
          "status under the 2013 immigration reform bill that passed the Senate but never got a vote in the House.",
          "Bernie Sanders", "[[Sanders]] said if", "promise", "DAPA [[would]] be",
          "be supplemented by deportation relief for parents of DACA recipients, along with other family members "
          "and anyone who would have been eligible for legal status under the 2013 immigration reform bill that "
          "passed the Senate but never got a vote in the House",
          condition="if he were president"),
        C("unaccompanied minors who came to the U.S. from Central America would be considered a distinct group for "
          "purposes of asylum, Sanders said", "Bernie Sanders", "Sanders", "promise", "would",
          "be considered a distinct group for purposes of asylum"),
        C("Finally, Sanders said he would ensure that women who come to the U.S. with their husbands would be able "
          "to work even if they entered because of their spouse’s work visa", "Bernie Sanders", "said [[he]] would",
          "promise", "he [[would]] ensure",
          "ensure that women who come to the U.S. with their husbands would be able to work even if they entered "
          "because of their spouse’s work visa"),
        C("Sanders said he will be releasing broader immigration policies in the coming days.", "Bernie Sanders",
          "said [[he]] will", "promise", "will", "be releasing broader immigration policies in the coming days",
          timeframe="in the coming days"),
        C("All three candidates have said they would expand Obama’s deportation relief policies and push for "
          "comprehensive immigration reform.", "Bernie Sanders, Hillary Clinton and Martin O’Malley", "they",
          "promise", "would",
          "expand Obama’s deportation relief policies and push for comprehensive immigration reform"),
        C("All of the GOP candidates oppose Obama’s executive actions on immigration, and have pledged to end the "
          "DACA and DAPA programs.", "GOP candidates", "All of the GOP candidates", "promise", "pledged",
          "end the DACA and DAPA programs"),
    ], "channels": [
        H("he said in Las Vegas at a forum hosted by the advocacy group", "Bernie Sanders", "said", "at a forum",
          "rally_or_speech"),
        H("Sanders promised Sunday at a Las Vegas rally to end", "Bernie Sanders", "promised",
          "at a Las Vegas rally", "rally_or_speech"),
        H("O’Malley said at a press conference, according to the Las Vegas Sun.", "Martin O’Malley", "said",
          "at a press conference", "press_remarks"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 4 (index 241)
    {"doc": "nyt_2015-11-10_netanyahu-and-obama-a-tortured-r", "commitments": [
        C("Mr. Obama had told Jewish leaders that he would not continue President George W. Bush's policy of "
          "allowing ''no daylight'' between the United States and Israel.", "Obama", "that [[he]] would",
          "promise", "would",
          "not continue President George W. Bush's policy of allowing ''no daylight'' between the United States "
          "and Israel"),
        C("Mr. Netanyahu finally agreed to a 10-month moratorium", "Benjamin Netanyahu", "Mr. Netanyahu", "promise",
          "agreed", "a 10-month moratorium"),
        C("Then came Mr. Obama's decision not to follow through on threats of airstrikes against Syria if it was "
          "found to use chemical weapons.", "Obama", "Mr. Obama", "threat", "threats", "airstrikes against Syria",
          condition="if it was found to use chemical weapons", target="Syria"),
    ], "channels": [
        H("Mr. Netanyahu denouncing the president's efforts before a joint meeting of Congress.",
          "Benjamin Netanyahu", "denouncing", "before a joint meeting of Congress", "rally_or_speech"),
        H("as Mrs. Clinton, then the secretary of state, put it in her memoir.", "Hillary Rodham Clinton", "put",
          "in her memoir", "article_or_oped"),
        H("In his new book, ''Doomed to Succeed,'' and in an interview, Mr. Ross said", "Dennis B. Ross",
          "said", "In his new book, ''Doomed to Succeed,'' and in an interview", "article_or_oped"),
        H("Mr. Obama had told Jewish leaders that he would not", "Obama", "told", "Jewish leaders",
          "rally_or_speech"),
        H("In an interview last week, Mr. Hoenlein described the Jewish leaders' meeting", "Malcolm Hoenlein",
          "described", "In an interview", "interview"),
    ], "meetings": [
        M("When Prime Minister Benjamin Netanyahu arrived at the White House on Monday, he and President Obama",
          "Prime Minister Benjamin Netanyahu arrived at the White House on Monday",
          ["Benjamin Netanyahu", "Obama"], "the White House", "Monday", "past"),
        M("So when Prime Minister Benjamin Netanyahu of Israel arrived at the White House for a hastily arranged "
          "visit", "Prime Minister Benjamin Netanyahu of Israel arrived at the White House for a hastily arranged "
          "visit", ["Benjamin Netanyahu", "Obama"], "the White House", "March 2010", "past"),
        M("Mr. Obama and Mr. Netanyahu first met in 2007 when their aides hastily arranged a chat at Ronald Reagan "
          "Washington National Airport", "Mr. Obama and Mr. Netanyahu first met in 2007",
          ["Obama", "Benjamin Netanyahu"], "Ronald Reagan Washington National Airport", "2007", "past"),
        M("They met again, in July 2008, when Mr. Obama had secured the Democratic nomination and was visiting "
          "Jerusalem.", "They met again, in July 2008", ["Obama", "Benjamin Netanyahu"], "Jerusalem", "July 2008",
          "past"),
        M("When Mr. Netanyahu came to Washington in May 2009, he felt blindsided by the demand. Emerging from nearly "
          "two hours alone with Mr. Obama", "nearly two hours alone with Mr. Obama", ["Benjamin Netanyahu", "Obama"],
          "Washington", "May 2009", "past"),
        M("Mr. Hoenlein described the Jewish leaders' meeting with Mr. Obama.",
          "the Jewish leaders' meeting with Mr. Obama", ["Obama", "Malcolm Hoenlein"], None, None, "past"),
        M("when Vice President Joseph R. Biden Jr. visited Israel in March 2010",
          "Vice President Joseph R. Biden Jr. visited Israel in March 2010",
          ["Joseph R. Biden Jr.", "Benjamin Netanyahu"], "Israel", "March 2010", "past"),
        M("The visit in March 2013 became", "The visit in March 2013",
          ["Obama", "Benjamin Netanyahu", "Sara Netanyahu"], "Israel", "March 2013", "past"),
    ]},
    # ------------------------------------------------------------------ 5 (index 301)
    {"doc": "nyt_2016-04-12_ryan-wages-campaign-to-counter-t", "commitments": [
        C("even while keeping his promise to spend Sunday at his children's sporting events in Janesville, Wis., "
          "instead of golfing with donors.", "Paul D. Ryan", "keeping [[his]] promise", "promise", "promise",
          "spend Sunday at his children's sporting events in Janesville, Wis., instead of golfing with donors"),
        C("while Mr. Trump has vowed to leave such spending untouched.", "Donald J. Trump", "Mr. Trump", "promise",
          "vowed", "leave such spending untouched"),
        C("Mr. Ryan has long said that he will support the party's nominee", "Paul D. Ryan", "that [[he]] will",
          "promise", "will", "support the party's nominee"),
    ], "channels": [
        H("where he also met with local reporters and made several statements affirming the United States' "
          "commitment there", "Paul D. Ryan", "affirming", "several statements", "press_remarks"),
        H("his staff churned out its latest flattering video of Mr. Ryan, deploring identity politics",
          "Paul D. Ryan", "deploring", "its latest flattering video", "other"),
    ], "meetings": [
        M("He visited Prime Minister Benjamin Netanyahu in Israel, where",
          "He visited Prime Minister Benjamin Netanyahu in Israel", ["Paul D. Ryan", "Benjamin Netanyahu"],
          "Israel", None, "past"),
    ]},
    # ------------------------------------------------------------------ 6 (index 361)
    {"doc": "politico_2015-11-11_clinton-blasts-trump-over-deport", "commitments": [
        C("The Democratic presidential candidate blasted Trump's call for a \"deportation force\" on Wednesday",
          "Donald Trump", "Trump", "demand", "call for", "a \"deportation force\""),
        C("And I always say the wall, we're going to build the wall.", "Donald Trump", "wall, [[we]]'re",
          "promise", "going to", "build the wall"),
    ], "channels": [
        H("No, Trump. -H\" Clinton tweeted, quoting", "Hillary Clinton", "tweeted", "tweeted", "social_post"),
        H("In an extended appearance on \"Morning Joe,\" co-host Mika Brzezinski asked Trump", "Mika Brzezinski",
          "asked", "In an extended appearance on \"Morning Joe,\"", "interview"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 7 (index 421)
    {"doc": "politico_2016-04-09_trump-s-getting-trounced-in-indi", "commitments": [
        C("The state’s Republican national committeeman, John Hammond, has vocally called to reject Trump as well.",
          "John Hammond", "John Hammond", "demand", "called", "reject Trump"),
        C("Dunn and John agreed that they’d support a Daniels candidacy if it emerged.", "Craig Dunn and Tom John",
          "they", "promise", "’d", "support a Daniels candidacy", condition="if it emerged"),
        C("He said he intends to pursue a slot as an at-large delegate next week", "Rex Early",
          "said [[he]] intends", "promise", "intends", "pursue a slot as an at-large delegate next week",
          timeframe="next week"),
        C("We’ll have a sit-down and see where we are", "Rex Early", "[[We]]’ll", "promise", "’ll",
          "have a sit-down and see where we are"),
        C("pro-Trump forces attempted to mobilize grass-roots delegate candidates with an email blast encouraging "
          "supporters to run.", "pro-Trump forces", "pro-Trump forces", "demand", "encouraging", "to [[run]].",
          target="supporters"),
    ], "channels": [
        H("according to interviews with a dozen party leaders and officials involved",
          "a dozen party leaders and officials", "according to", "interviews with a dozen party leaders and officials",
          "interview"),
        H("with an email blast encouraging supporters to run", "pro-Trump forces", "encouraging", "an email blast",
          "email_or_letter"),
        H("Contacted by POLITICO, a terse Miller agreed that she was not in the Trump camp", "Pat Miller", "agreed",
          "POLITICO", "interview"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 8 (index 481)
    {"doc": "usa-today_2015-11-20_campaign-cash-tied-to-turkish-gr", "commitments": [
        C("Ayotte called on others who received money from the same donors -- including President Obama and Hillary "
          "Clinton -- to return that money as well.", "Kelly Ayotte", "Ayotte", "demand", "called on",
          "return that money", target="others who received money from the same donors, including Obama and "
          "Hillary Clinton"),
        C("President Recep Tayyip Erdogan reiterated his request that the United States extradite " + GULEN,
          "Recep Tayyip Erdogan", "reiterated [[his]] request", "demand", "request",
          "the United States extradite " + GULEN, target="the United States"),
        C("\"If we were to find out that it weren't, we would return it.\"", "Cuellar campaign",
          "weren't, [[we]] would", "promise", "would", "return it",
          condition="If we were to find out that it weren't"),
    ], "channels": [
        H("Ayotte wrote a letter congratulating organizers", "Kelly Ayotte", "congratulating", "a letter",
          "email_or_letter"),
        H("the foundation reported to the IRS that his full-time salary was", "Turkish American Federation of Midwest",
          "reported", "the IRS", "written_statement"),
    ], "meetings": []},
]

LEFT_OUT = """
Selection: 9 files read under the rule (indices 1, 61, 121, 181, 241, 301, 361, 421, 481); the 8th kept
  article is index 481, so indices 541, 601, 661, 721 and 781 were not read.
huff-post_2016-04-08 (skipped): an interview write-up with Cecile Richards; "Ted Cruz wants to ban all
  abortions in this country" (reported desire, A.2-10); "people begin to face the logical conclusion" and
  "It's really important that we take away the stigma" (generic, inclusive); Kasich "has signed 18 different
  bills" (past); "Watch the full interview below" (publisher line, A.2-17). No commitment.
breitbart_2015-11-16: the headline "O'Malley campaign to shift staff, resources to Iowa" and "is shifting
  staff and resources to Iowa" (narrator voice, no trigger, and progressive, A.2-4/6). Holder: Morris's "the
  candidate ... will continue to do so" is O'Malley's (spokesperson about the principal, A.3); "the campaign
  will be pursuing ... and will "compete ..."" is two promises (two "will" triggers, A.3). Channels: "He's
  been ratcheting up his critique of his opponents, most recently in last weekend's debate" (no reported
  content, as dev "campaigned"); "first reported by MSNBC" (the move, not a statement); bare "says".
breitbart_2016-04-12: "Go back to Univision," Trump barked (an on-the-spot order to leave, as dev "summoned"
  / "asked the crowd to welcome", A.2-19); "Trump said ... he was willing to accept an interview"
  (willingness); "Trump has not replied to his interview requests" (nominal request with no action
  complement, like requests for comment); Ramos "I am ready whenever he's ready" (readiness); Ramos "warned
  that nobody ... can get to the White House without Latinos" (prediction). Target: Ramos's "call for the
  resignation of President Enrique Pena Nieto" gets Pena Nieto as target (the one who must act is named),
  not null. Channels: "told AFP in an interview in Mexico City" is one entry (one cue); the addressee "AFP"
  is the span (B.2 addressee rule), the interview phrase is not a second entry; "he complained"-type bare
  verbs; "according to him" (no channel); "(a security guard escorted Ramos out)" etc. Included although
  debatable: "Ramos reminded viewers about his daughter's job" (habitual, NP content; the TV audience as
  addressee, typed interview as dev "told the RT America audience").
huff-post_2015-11-09: "it is clear to me that the president of the United States has got to use the powers"
  (generic necessity); "He echoed that promise" (nominal without complement); "introduced a bill last month
  that would end private prison contracts" (a bill, past act); "O'Malley frequently notes that he was the
  first" (past); "The candidate's executive action announcements" (nominal, no trigger). Content: the first
  "promised Monday to begin ..." keeps the "including sweeping deportation relief ..." elaboration (part of
  what was promised). Holder: "All three candidates have said they would" lists Sanders, Clinton and
  O'Malley (members identified in the article, A.3). Channels: "O'Malley spoke at the Fair Immigration
  Reform Movement and The Nation forum on Sunday, and criticized Sanders and Clinton after the event" (no
  content reported for "spoke"; the criticism's channel is the press conference of the next sentence, which
  is annotated there); "according to the Las Vegas Sun" (an outlet as evidential source, not the channel of
  the statement); "He echoed that promise on Monday, saying ..." (time, the forum is named two paragraphs
  earlier); the forum's "hosted by the advocacy group ..." is a participial modifier left out of the span
  (B.2). Included although debatable: the passive platform statements "DACA and DAPA would be supplemented
  by deportation relief ..." (condition "if he were president") and "Victims of domestic violence and
  unaccompanied minors ... would be considered a distinct group for purposes of asylum, Sanders said"
  (promises about what his administration would do, inanimate subject, holder_span the attribution mention
  as dev "the ad will air nationally"); the headline "Promises Action On Immigration In First 100 Days As
  President" (timeframe "In First 100 Days As President").
nyt_2015-11-10: "Mr. Obama decided to press Israel to freeze settlement construction" (internal decision,
  A.2-5); Emanuel "urged a strong stand" (a stance, not a concrete action, as dev "urged Republicans to join
  the ranks of climate change believers"); "he felt blindsided by the demand" (nominal without complement);
  "Mr. Netanyahu suggested that they walk to the attack site" (an on-the-spot suggestion); "I really want to
  try to do something here" and "'I just need to go to Israel'" (desire, self-necessity; the trip is a
  decision); "at Mr. Obama's request" (nominal without complement); "Mr. Netanyahu refused to extend it"
  (refusal); "struck a deal to eliminate Syria's chemical arsenal" (agreement nominal, A.2-14); "They will
  discuss a new security agreement" (narrator schedule); "There shouldn't be daylight between the two
  countries" (Hoenlein, generic). Holder name: "Obama" (the article gives "Barack" only in the nickname pair
  "Barack and Bibi", never "Barack Obama"). Included although debatable: "Mr. Netanyahu finally agreed to a
  10-month moratorium" (a counterparty agreement with a noun object, A.2-5); "Mr. Obama's decision not to
  follow through on threats of airstrikes against Syria if it was found to use chemical weapons" (nominal
  threat with complement, A.2-14; holder_span is the only mention, the possessor of "decision"). Channels
  left out: "he complained to an American afterward" (a private remark to one person, as dev Clarke "told
  some of the miners"); "he told advisers afterward, according to Uzi Arad" (a private remark to his own
  staff); "Mr. Mitchell recalled the president telling him" (one person); bare "said", "recalled",
  "argues"; "Mr. Obama spoke Hebrew, quoted the Talmud" (the visit is in the previous sentence). Channel
  decisions: Ross's "In his new book, ''Doomed to Succeed,'' and in an interview, Mr. Ross said" is one entry
  (one cue) whose span covers both coordinated channel phrases, typed by the first (a book, article_or_oped,
  as other sets type books); Clinton's "put it in her memoir" (book, article_or_oped); "told Jewish leaders"
  (a group addressed directly, rally_or_speech, as dev "told a meeting of Pacific Island leaders").
  Meetings: the Nov. 9 White House visit is annotated at the abstract's "arrived at the White House on
  Monday" (first mention; "was to arrive ... They will discuss" folded in; status past, since the article is
  dated Nov. 10); the March 2010 visit folds "the tense meeting at the White House, without the photographs"
  (its date "March 2010" comes from the next paragraph, checked verbatim in the article by build.py); the
  July 2008 meeting folds "After talking about security"; the Jewish leaders' meeting lists Obama and
  Hoenlein (the only named participants; Hoenlein speaks in it), at its first meeting phrase (the earlier
  "had told Jewish leaders" is a statement). Included although debatable: Biden "visited Israel in March
  2010" (with Netanyahu: "Mr. Netanyahu assured him") and "The visit in March 2013" (Obama's visit to Israel,
  with Netanyahu - "their relationship" - and the dinner with Sara Netanyahu folded in). Meetings left out:
  "a joint meeting of Congress" (a speech); "Mitt Romney, traveled to Jerusalem and Mr. Netanyahu embraced
  him" (political embrace, no stated meeting); "secret talks with Iran brokered by Oman" (negotiations, no
  single occasion); "Mr. Mitchell recalled the president telling him" (a conversation, not a meeting).
nyt_2016-04-12: "he plans to roll out right before the convention" (narrator voice, A.2-4); "Mr. Ryan has
  repeatedly said he has no intention of becoming his party's nominee this year" (a statement of
  non-intention, no commitment marking); "he will not support the deep spending cuts" (narrator voice, no
  speech verb); "Mr. Ryan will avoid directly helping him" (others' expectation); "Mr. Ryan may still offer"
  (prediction); Graham "The House and the Senate and the candidate have to come together on policy ideas"
  (inclusive, vague); "Mr. Trump's plan to bar Muslims ... and to force Mexico to pay" (plan, nominal,
  A.2-14); Wehner's "I don't think he would ..." (predictions). Channels left out: "He gives regular speeches
  on politics and policy" (habitual, no content); "two emails from Mr. Ryan" (fund-raising, no cue);
  "publicly tamping down" (manner); bare "said". Channel decisions: "met with local reporters and made
  several statements affirming ..." has cue "affirming" and the medium "several statements" as channel
  (B.2 participle on an issued medium), typed press_remarks because they were made to reporters on the
  trip, not issued in writing; "churned out its latest flattering video of Mr. Ryan, deploring identity
  politics" (cue "deploring", speaker Ryan, the video typed other). Meeting: "He visited Prime Minister
  Benjamin Netanyahu in Israel" (a visit with a named party); "met with local reporters" (unnamed, press) and
  "heading ... to Germany to discuss security and intelligence issues" (no named counterpart) are left out.
politico_2015-11-11: "Trump's plan to deport 11 million people" (plan); Trump's generic-"you" description
  "You're going to have a deportation force, and you're going to do it humanely" (impersonal "you", left out
  in doubt); "It's going to be a real wall" (description); Mika Brzezinski's question "how he would handle
  ..." (question); "Don't forget, Mika, ..." (imperative about thought). Included: "Trump's call for a
  "deportation force"" (nominal call for with complement, demand with target null, A.2-8). Channels left
  out: "Trump's comments made earlier in the morning on MSNBC" (a nominal inside Clinton's tweet statement,
  as dev "Trump's early-morning tweets accusing ..."); "blasted ... calling it "absurd"" (the tweet is named
  in the next sentence); "quoting a New York Times reporter's tweet" (same statement as "tweeted"); bare
  "Trump said". Channel decision: Mika Brzezinski's question gets the appearance phrase as channel.
politico_2016-04-09: Dunn "I might vote for Donald Trump" and "he couldn't give me a casino" (hypothetical,
  joke); "Indiana GOP insiders are working to engineer slates" (progressive, narrator); "Applicants must
  promise to furnish $2,000" (a rule with generic holders); "Several delegate candidates said they're even
  likely to support an effort to draft ... Mitch Daniels" (hedged, "likely"); Barbknecht "I am supporting the
  Draft Mitch Daniels for President at the convention" and Miller "I'm supporting Tom Selleck" (present
  stance, progressive); "We're going to do something" (vague); Hammond "Hoosier Republicans are going to aim
  to be fair and they will" (party-wide aim, assurance about others); Williams "is on a mission to draft
  Daniels" (goal) and "We need to start it nationally" (inclusive); Williams "declined to name", Hupfer and
  Martin "declined to rule out" (refusals); Wynn "the district's slate ... would consist of longtime party
  hands" (description/prediction). Included although debatable: Rex Early "He said he intends to pursue a
  slot as an at-large delegate next week" ("intends" treated like "plans", A.2-5); "We'll have a sit-down and
  see where we are" (an announced own campaign step; holder Rex Early, Trump's Indiana chairman; not a
  meeting, the other party "the Trump people" is unnamed); "Dunn and John agreed that they'd support a Daniels
  candidacy if it emerged" ("agreed" = concurred, neutral speech verb plus "'d"); "an email blast encouraging
  supporters to run" (demand, target the Trump supporters the email addresses). Channels left out: "Reached by
  POLITICO, Hammond ... hesitated to repeat his previous criticism" (no statement made); "has vocally called"
  (manner); "Correction: An earlier version of this story" (publisher); bare "said". Included although
  debatable: "according to interviews with a dozen party leaders and officials" (cue "according to", as dev
  "according to a speech"); "Contacted by POLITICO, a terse Miller agreed that ..." (the publisher as
  interlocutor, named in a participle; channel "POLITICO", interview). Meetings: none ("a state committee
  meeting", "the party meets next Wednesday", "Saturday's caucuses" are a party's own meetings; the
  sit-down has an unnamed party).
usa-today_2015-11-20: the headline "Sen. Kelly Ayotte returns $43,100" and "the campaign has refunded" (past,
  present acts); Strother "We make sure that the donors are legal" (habitual); Birkenstock "a compliance team
  should follow up on" (expert, generic); "Others did not return calls and emails seeking comment"
  (publisher line). Included although debatable: Strother's "If we were to find out that it weren't, we would
  return it" (the Cuellar campaign's conditional policy, promise, holder "Cuellar campaign" for the
  spokesman's "we"); Erdogan "reiterated his request that the United States extradite Gulen" (nominal request
  with complement, reported by Turkish media). Channels left out: "a USA TODAY investigation found", "USA
  TODAY reported last month" (the publisher's own reporting); "Turkish media reported" (the media are the
  speaker, no channel phrase; "during Obama's visit to Turkey this week" is an occasion, not a medium);
  "FEC records show", "State public records suggest" (evidential); "has been called "strategic ambiguity"
  by Joshua Hendrick" (no channel). Included although debatable: "the foundation reported to the IRS that
  ..." (a filing to the IRS, written_statement; speaker the Turkish American Federation of Midwest, which
  the article calls "the foundation"); "Ayotte wrote a letter congratulating organizers" (NP content).
  Meetings left out: "during Obama's visit to Turkey this week" (a visit to a country; a meeting with
  Erdogan is not stated); "attending the ribbon cutting" (an event).
"""
