"""Hand-written blind annotation for held-out set 5 (8 PolNeAR train articles), dev guidelines unchanged.

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
    """One meeting (docs/meeting-guidelines.md): first mention, named parties, place, date, status."""
    return {"anchor": anchor, "span": span, "participants": participants, "place": place, "when": when,
            "status": status}


# Met by the selection rule (build.py docstring) but without any commitment, in the order met.
SKIPPED = [
    "politico_2016-03-23_reid-never-ever-ever-underestima",
    "usa-today_2016-03-18_laura-bush-sees-hope-help-for-af",
    "usa-today_2016-08-10_parents-of-two-benghazi-victims-",
]

ARTICLES = [
    # ------------------------------------------------------------------ 1 (index 51)
    {"doc": "breitbart_2016-03-15_the-latest-kasich-scores-all-del", "commitments": [
        C("She also called for all candidates to lay out specifics — including the cost — of their plans",
          "Hillary Clinton", "She", "demand", "called for",
          "all candidates to lay out specifics — including the cost — of their plans", target="all candidates"),
        C("He said that he would offer “a prayer” for the eventual Republican nominee", "Marco Rubio",
          "that [[he]] would", "promise", "would", "offer “a prayer” for the eventual Republican nominee"),
        C("says he spoke to Republican front-runner Donald Trump and asked him to condemn violence no matter who "
          "is responsible", "Mitch McConnell", "says [[he]] spoke", "demand", "asked",
          "condemn violence no matter who is responsible", target="Donald Trump"),
        C("Trump at the time said he’d asked his “people” to “look into” paying the fees", "Donald Trump",
          "said [[he]]’d", "demand", "asked", "“look into” paying the fees", target="Donald Trump's people"),
    ], "channels": [
        H("Clinton celebrated in Florida with supporters, declaring it", "Hillary Clinton", "declaring",
          "with supporters", "rally_or_speech"),
        H("Rubio told a crowd in Miami Tuesday that", "Marco Rubio", "told", "a crowd in Miami", "rally_or_speech"),
        H("Trump’s official campaign account has been busy, re-tweeting several negative comments",
          "Donald Trump's official campaign account", "re-tweeting", "re-tweeting", "social_post"),
        H("Ken Detzner sent out a statement reassuring voters that", "Ken Detzner", "reassuring", "a statement",
          "written_statement"),
        H("McConnell told reporters that he had a conversation", "Mitch McConnell", "told", "reporters",
          "press_remarks"),
        H("On ABC’s “Good Morning America” Tuesday, he said,", "Donald Trump", "said",
          "On ABC’s “Good Morning America”", "interview"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 2 (index 111)
    {"doc": "breitbart_2016-08-15_biden-stumping-for-clinton-trash", "commitments": [
        C("The Wall Street Journal called on Trump to get his act together or drop out in favor of his running mate",
          "Wall Street Journal", "The Wall Street Journal", "demand", "called on",
          "get his act together or drop out in favor of his running mate", target="Donald Trump"),
    ], "channels": [
        H("hit the 2016 campaign trail with Hillary Clinton for the first time, trashing Donald Trump",
          "Joe Biden", "trashing", "the 2016 campaign trail", "rally_or_speech"),
        H("In a scathing opinion piece, The Wall Street Journal called on Trump", "Wall Street Journal",
          "called on", "In a scathing opinion piece", "article_or_oped"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 3 (index 171)
    {"doc": "huff-post_2016-03-10_trump-says-he-never-pledged-to-k", "commitments": [
        C("Instead, Trump told CNN, his policy would merely be “to go after them” if he wins the White House.",
          "Donald Trump", "Trump", "promise", "would", "be “to go after them”",
          condition="if he wins the White House"),
        C("while he said he would bring back waterboarding for the terrorists themselves", "Donald Trump",
          "said [[he]] would", "promise", "would", "bring back waterboarding for the terrorists themselves"),
        C("“I’ll work on it with the generals.”", "Donald Trump", "I", "promise", "’ll",
          "work on it with the generals"),
        C("“I would be very, very firm with families,” Trump said", "Donald Trump", "I", "promise", "would",
          "be very, very firm with families"),
    ], "channels": [
        H("Instead, Trump told CNN, his policy", "Donald Trump", "told", "CNN", "interview"),
        H("he said in a different media appearance.", "Donald Trump", "said", "in a different media appearance",
          "interview"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 4 (index 231)
    {"doc": "huff-post_2016-08-12_why-progressives-are-celebrating", "commitments": [
        C("Progressive groups encouraging Hillary Clinton to run on a platform of bold economic change",
          "Progressive groups", "Progressive groups", "demand", "encouraging",
          "run on a platform of bold economic change", target="Hillary Clinton"),
        C("offered her firmest promise yet that she would not allow the accord to pass", "Hillary Clinton",
          "offered [[her]] firmest", "promise", "promise", "she would not allow the accord to pass"),
        C("“I will stop any trade deal that kills jobs or holds down wages, including the Trans-Pacific "
          "Partnership,”", "Hillary Clinton", "I", "promise", "will",
          "stop any trade deal that kills jobs or holds down wages, including the Trans-Pacific Partnership"),
        C("I’ll oppose it after the election.", "Hillary Clinton", "I", "promise", "’ll",
          "oppose it after the election", timeframe="after the election"),
        C("And I’ll oppose it as president.", "Hillary Clinton", "I", "promise", "’ll", "oppose it as president",
          timeframe="as president"),
        C("Democracy for America, a digital progressive activism outfit that endorsed Sanders in the primary, "
          "launched a petition campaign with CREDO Action on Wednesday asking Clinton to urge the White House and "
          "Democratic congressional leaders not to pass the TPP", "Democracy for America and CREDO Action",
          "Democracy for America", "demand", "asking",
          "urge the White House and Democratic congressional leaders not to pass the TPP",
          target="Hillary Clinton"),
    ], "channels": [
        H("Adam Green, co-founder of the Progressive Campaign Change Committee, said in a statement.", "Adam Green",
          "said", "in a statement", "written_statement"),
        H("Hillary Clinton cast herself as a champion of working people during a speech in Warren, Michigan on "
          "Thursday", "Hillary Clinton", "cast", "during a speech in Warren, Michigan", "rally_or_speech"),
        H("the progressive heavyweights wrote in a joint statement.", "Felicia Wong and Stan Greenberg", "wrote",
          "in a joint statement", "written_statement"),
        H("launched a petition campaign with CREDO Action on Wednesday asking Clinton", "Democracy for America",
          "asking", "a petition campaign", "written_statement"),
        H("Chamberlain said in a statement.", "Charles Chamberlain", "said", "in a statement",
          "written_statement"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 5 (index 291)
    {"doc": "nyt_2016-03-15_sanders-advances-agenda-via-side", "commitments": [
        C("while it expanded the government services that Mr. Sanders demanded", "Bernie Sanders", "Mr. Sanders",
          "demand", "demanded", "the government services"),
    ], "channels": [
        H("And he boasts about them  on the campaign trail", "Bernie Sanders", "boasts", "on the campaign trail",
          "rally_or_speech"),
        H("Mr. Sanders told CNN last year.", "Bernie Sanders", "told", "CNN", "interview"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 6 (index 351)
    {"doc": "nyt_2016-08-22_foundation-and-donors-complicate", "commitments": [
        C("former President Bill Clinton told foundation employees on Thursday that the organization would no "
          "longer accept foreign or corporate donations should Mrs. Clinton win in November",
          "Clinton Foundation", "the organization", "promise", "would",
          "no longer accept foreign or corporate donations", condition="should Mrs. Clinton win in November"),
        C("and yet the foundation submitted to even more rigorous standards when Clinton declared her candidacy "
          "for president, and is pledging to go even further if she wins", "Clinton Foundation",
          "the foundation", "promise", "pledging", "go even further", condition="if she wins"),
        C("Mr. Clinton said Thursday he would leave the foundation's board if Mrs. Clinton won.", "Bill Clinton",
          "Thursday [[he]] would", "promise", "would", "leave the foundation's board",
          condition="if Mrs. Clinton won"),
        C("Soon after, Mrs. Clinton agreed to keep foundation matters separate from official business",
          "Hillary Clinton", "Mrs. Clinton", "promise", "agreed",
          "keep foundation matters separate from official business"),
        C("Mrs. Clinton agreed to keep foundation matters separate from official business, including a pledge to "
          "''not participate personally and substantially in any particular matter that has a direct and "
          "predictable effect upon'' the foundation without a waiver.", "Hillary Clinton", "Mrs. Clinton",
          "promise", "pledge",
          "''not participate personally and substantially in any particular matter that has a direct and "
          "predictable effect upon'' the foundation without a waiver"),
        C("On Thursday, Mr. Clinton said the gathering in September in New York would be the foundation's last.",
          "Clinton Foundation", "Mr. Clinton", "promise", "would", "be the foundation's last"),
    ], "channels": [
        H("former President Bill Clinton told foundation employees on Thursday that", "Bill Clinton", "told",
          "foundation employees", "rally_or_speech"),
        H("he said in a statement, ''and yet", "Brian Fallon", "said", "in a statement", "written_statement"),
        H("Mr. Chagoury explained through a spokesman that", "Gilbert Chagoury", "explained", "through a spokesman",
          "other"),
        H("according to reports Mr. Schoen filed as a registered lobbyist", "Douglas E. Schoen", "according to",
          "reports", "written_statement"),
        H("wrote in a June 2012 email to Mrs. Clinton.", "Melanne Verveer", "wrote",
          "in a June 2012 email to Mrs. Clinton", "email_or_letter"),
    ], "meetings": [
        M("arranged about a dozen meetings with State Department officials on behalf of or with Mr. Pinchuk",
          "arranged about a dozen meetings with State Department officials on behalf of or with Mr. Pinchuk",
          ["Douglas E. Schoen", "Victor Pinchuk", "State Department"], None,
          "Between September 2011 and November 2012", "past"),
        M("''I had breakfast with Pinchuk.", "had breakfast with Pinchuk", ["Melanne Verveer", "Victor Pinchuk"],
          None, None, "past"),
        M("He will see you at the Brookings lunch,''", "He will see you at the Brookings lunch",
          ["Victor Pinchuk", "Hillary Clinton"], "the Brookings lunch", None, "past"),
    ]},
    # ------------------------------------------------------------------ 7 (index 471)
    {"doc": "politico_2016-08-17_ap-trump-chair-routed-ukrainian-", "commitments": [
        C("Weber announced earlier this month that he will not support Trump.", "Vin Weber", "that [[he]] will",
          "promise", "will", "not support Trump"),
    ], "channels": [
        H("Gates told the AP that he and Manafort introduced", "Rick Gates", "told", "the AP", "interview"),
        H("The heads of both lobbying firms told AP they concluded", "Tony Podesta and Vin Weber", "told", "AP",
          "interview"),
        H("according to U.S. lobbying records.", "lobbying firms", "according to", "U.S. lobbying records",
          "written_statement"),
        H("said Gates described the nonprofit's role in an April, 2012 meeting as supplying", "Rick Gates",
          "described", "in an April, 2012 meeting", "other"),
        H("In separate interviews, three current and former Podesta employees said",
          "three current and former Podesta employees", "said", "In separate interviews", "interview"),
        H("A legal opinion drafted for the project for Mercury in May 2012, and obtained by AP, concluded that",
          "counsel for Mercury", "concluded", "A legal opinion", "written_statement"),
        H("she said in a statement to the AP.", "Kimberley Fritts", "said", "in a statement to the AP",
          "written_statement"),
        H("She said the nonprofit provided a signed statement affirming its independence",
          "European Centre for a Modern Ukraine", "affirming", "a signed statement", "written_statement"),
        H("Podesta told the AP his firm worked closely", "Tony Podesta", "told", "the AP", "interview"),
        H("said John Ward Anderson, a current Podesta employee who attended the meeting, in a statement provided "
          "by his firm.", "John Ward Anderson", "said", "in a statement", "written_statement"),
        H("Gates, in contrast, told AP he was working", "Rick Gates", "told", "AP", "interview"),
        H("Weber told AP that Manafort discussed", "Vin Weber", "told", "AP", "interview"),
        H("Manafort discussed the project before it began in a conference call with Podesta and himself.",
          "Paul Manafort", "discussed", "in a conference call with Podesta and himself", "other"),
        H("Ina Kirsch, told the AP her group never worked", "Ina Kirsch", "told", "the AP", "interview"),
    ], "meetings": [
        M("said Gates described the nonprofit's role in an April, 2012 meeting as supplying",
          "an April, 2012 meeting", ["Rick Gates", "John Ward Anderson", "Podesta Group"], None, "April, 2012",
          "past"),
        M("Manafort discussed the project before it began in a conference call with Podesta and himself.",
          "a conference call with Podesta and himself", ["Paul Manafort", "Tony Podesta", "Vin Weber"], None,
          None, "past"),
        M("She said she had met with Manafort twice", "had met with Manafort twice", ["Ina Kirsch", "Paul Manafort"],
          None, None, "past"),
    ]},
    # ------------------------------------------------------------------ 8 (index 651)
    {"doc": "wash-post_2016-03-18_why-obama-s-high-court-pick-migh", "commitments": [
        C("but only to tell Garland that he won't agree to a \"perfunctory\" sit-down.", "Mitch McConnell",
          "that [[he]] won't", "promise", "won't", "agree to a \"perfunctory\" sit-down"),
        C("McConnell has said repeatedly \"the next president\" should choose the nominee.", "Mitch McConnell",
          "McConnell", "demand", "should", "choose the nominee", target="the next president"),
        C("Clinton, though she praised Garland and said Republicans should give him a hearing", "Hillary Clinton",
          "she", "demand", "should", "give him a hearing", target="Senate Republicans"),
    ], "channels": [
        H("agreed to a phone call on Wednesday, but only to tell Garland that", "Mitch McConnell", "tell",
          "a phone call", "other"),
        H("Obama privately made the case to 23 progressive group leaders that", "Obama", "made the case",
          "23 progressive group leaders", "rally_or_speech"),
    ], "meetings": [
        M("visited the Capitol on Thursday to meet with top Senate Democrats, including Harry Reid and Pat Leahy",
          "visited the Capitol on Thursday to meet with top Senate Democrats, including Harry Reid and Pat Leahy",
          ["Merrick Garland", "Harry Reid", "Pat Leahy"], "the Capitol", "Thursday", "past"),
        M("Majority Leader Mitch McConnell agreed to a phone call on Wednesday", "agreed to a phone call on Wednesday",
          ["Mitch McConnell", "Merrick Garland"], None, "Wednesday", "past"),
    ]},
]

LEFT_OUT = """
politico_2016-03-23 (skipped): Reid's advice "Don't underestimate Donald Trump", "Never, ever, ever underestimate
  Trump. No one should do that." (attitude, generic); "the party should brace for how unpredictable this election
  could be" (party-wide inclusive, attitude).
usa-today_2016-03-18 (skipped): Laura Bush "we need to stay with these countries and help them", "we need to stay
  engaged" (national inclusive); "I'm not going to answer. Don't ask that." (present refusal, on-the-spot request
  to the interviewer); "This is what I want Americans to remember" (desire about thought); Obama "decided to keep"
  troops (narrator, internal decision).
usa-today_2016-08-10 (skipped): the wrongful death lawsuit (filed, completed act; no stated request); Comey "said
  she should face no criminal charges" (agentless passive; the recommendation adopted by Lynch is nominal).
breitbart_2016-03-15: "something she has repeatedly asked of her Democratic rival Bernie Sanders" (the object is an
  anaphoric "something": no content of its own); Clinton "a president must be ready", "any president would have to
  keep the country safe" (generic); "she will win at least 56" (delegate arithmetic); Rubio "the person would “not
  get beat up” at his rally" (outcome about a third person); Rubio "says, win or lose ..., he's staying in the race"
  (present progressive, A.2-6, although it reads as an intention); "whether he would support Trump" (waffling);
  Kasich "expressed concern that the billionaire businessman was encouraging violence at his rallies" (a
  characterisation of Trump's conduct, no concrete act demanded); the conservative leaders' plans ("the discussion will focus first on ...", "High-dollar donors would be mobilized
  to pressure other candidates", reported by "a person familiar with the planning", passive); Trump "backed away from
  a suggestion that he might cover legal costs" (hedged), "I never said I was going to pay for fees" (negated past
  statement), "Maybe that's why I wouldn't do it" (hedged explanation). Channels: "Rubio offered the crowd an
  emotional evaluation on the state of politics" (noun-phrase object, no content); "spoke over boos from the
  audience as he congratulated" (no channel phrase); "saying the person would “not get beat up” at his rally" ("at
  his rally" sits inside the content); exit-poll "according to" sentences (evidential); "The meeting was first
  reported by Politico" (no content); "Trump replied" (channel in the previous sentence); "Trump at the time said"
  (time). Meetings: "a group of conservative leaders is calling a meeting" (participants unnamed); McConnell "spoke
  to" Trump / "had a conversation with the candidate Tuesday morning" (a conversation, medium not stated, not
  presented as a meeting or scheduled talks). Included although debatable: Rubio "would offer “a prayer” for the
  eventual Republican nominee" (a stated future act, though close to a figure of speech); Trump "he'd asked his
  “people” to “look into” paying the fees" (past directive to his staff); "celebrated in Florida with supporters,
  declaring" (the supporters as audience of the participle's statement); "re-tweeting several negative comments"
  (retweets with a noun-phrase object, as dev "retweeted an unflattering photo").
breitbart_2016-08-15: the Journal's own quoted "He needs to stop blaming everyone else ... or turn the nomination
  over to Mike Pence" (modal necessity from a newspaper editorial: A.2-9 excludes op-ed advice; the same call is
  annotated once through the explicit trigger "called on"). Channels: "Repeating from his much-praised speech at the
  Democratic National Convention last week, Biden rubbished" (the speech is where the words were first said, not
  the occasion of this statement); bare "the conservative-leaning newspaper wrote"; "In the former coal mining town
  of Scranton" (bare location); "according to the RealClearPolitics polling average" (evidential). Included
  although debatable: "hit the 2016 campaign trail ..., trashing Donald Trump" (campaign event as channel).
huff-post_2016-03-10: the headline "Trump Says He Never Pledged To Kill Family Members Of Terrorists" (negated past
  pledge); "Trump did rule out cutting off the heads of captured family members" (ruling out: not a listed
  commitment trigger); "he clarified that it would be on firm legal grounding" (a characterisation of the policy);
  "I have to expand the law" (first-person necessity, no commitment marking); "We have to do something", "We have
  to be a lot tougher", "We have to play the game at a much tougher level" (national inclusive); "you have to take
  out their families" (generic "you"); "let's take out the bomb" (voice of a hypothetical "everybody"). Channels:
  "Trump spoke only in evasive bromides during the interview" (no content); "Trump said at one point during the
  campaign" (time). Included although debatable: "his policy would merely be “to go after them” if he wins the
  White House" (an inanimate subject "his policy"; holder span = the attribution mention "Trump"; "merely" left
  out as a hedge); "I would be very, very firm with families" (conduct he would adopt, unconditioned in the text).
huff-post_2016-08-12: Clinton's "Don't believe it." (imperative about belief); "her own plans to boost incomes",
  "her proposals to invest $275 billion" (nominal plans/proposals); Democracy Corps "rather than just promising to
  build on existing progress" (generic message type); Chamberlain's "It's now more important than ever that the
  country and President Obama hear specifically from Secretary Clinton that a vote on the job-killing TPP ... must
  not happen" (evaluation of importance, agentless "must not happen"; appears twice: pull quote and body);
  "ratchet up the pressure" (nominal, no complement); CREDO "bought digital ad space promoting a video ad with a
  similar message" (elliptical); anti-TPP activists' "fear" (prediction). Channels: "Speaking at an advanced
  manufacturing facility in ... Warren, Michigan, Clinton tried to dispel the image" (bare venue; "tried to
  dispel" is not a cue); "are hailing the Democratic nominee's economic policy speech" (noun-phrase object; the
  speech is Clinton's, not the groups' channel); "Democracy Corps published research ... showing" (display verb).
  Included although debatable: the photo caption "cast herself as a champion of working people during a speech in
  Warren, Michigan" (cue "cast"); the petition campaign typed written_statement (an online petition; "other" was
  the alternative); holder span "her" of the nominal "her firmest promise yet that she would not allow".
nyt_2016-03-15: "he had a price, a $1.5 billion youth jobs program" and "got his wish" (nominal, desire); "the
  increase he seeks to the minimum wage" (goal); "his repeated attempts to get the federal government in the
  business of providing rebates" (attempts); "worked out an accord with Senator John McCain ... on a bill" (nominal
  agreement, past); McCain "people who tell you they are going to do one thing" (generic); "It is an issue we have
  got to talk more about" (inclusive). Channels: "He also gave an eight-hour floor speech to defend himself" (no
  content); "Mr. McCain recalled last week" (time). Meetings: none ("out for Chinese food with other members of
  Congress" is generic; "He worked with Senator Charles E. Grassley" is collaboration, not an occasion). Included
  although debatable: the article's only commitment, "the government services that Mr. Sanders demanded" (explicit
  demand verb with a policy object and no addressee, coded like dev "called for increased defense spending": demand,
  target null; the content is the antecedent noun phrase); "he boasts about them on the campaign trail" (habitual,
  the content is the list after the colon).
nyt_2016-08-22: "The foundation will continue to raise money from American individuals and charities" (narrator's
  voice, not attributed); Minassian "The only factor is that we remove the perception problems" (explains a
  decision); Rendell "the foundation should be disbanded if Mrs. Clinton won" (agentless passive), "it would make
  sense for the charity to stop taking foreign donations" (evaluation), "I think they'll do the right thing"
  (prediction); the CNN/ORC poll "Mr. Clinton should completely step down" (poll respondents); Fitton "the Clinton
  administration is going to have to grapple with" (prediction); "Chelsea Clinton ... would continue her
  leadership role" (narrator); Verveer's "He will see you at the Brookings lunch" (about Pinchuk's action, A.2-7;
  annotated as a meeting); "Douglas J. Band ... seeking to arrange a meeting" (an effort). Channels: "A Bloomberg poll
  in June showed", "In a CNN/ORC International Poll ..., 38 percent of voters said" (polls, evidential);
  "according to the foundation's tally" (a count, evidential); "Some emails and other records described" and "A
  previously undisclosed email ... shows" (display verbs); "John F. Tefft wrote to Mrs. Clinton about a visit"
  (bare wrote to a private addressee, topic only); "Mrs. Clinton replied" (no medium in the sentence); "A
  representative for Mr. Pinchuk said" (speaker description); "Mr. Clinton released a list of more than 200,000
  donors" (no content). Meetings left out: the Band-arranged meeting (proposed, the official unnamed); "donors
  seeking and in some cases obtaining meetings with State Department officials" (unnamed); the dinner party at the
  Clintons' home where Clinton and Pinchuk "had spoken briefly" (a party of 100+ guests, not a meeting between the
  two); the Ukraine visit "at the invitation of oligarch, Victor Pinchuk" (a visit/invitation); the birthday
  celebration and the Clinton Global Initiative gatherings (events). Included although debatable: "the gathering in
  September in New York would be the foundation's last" (announced decision of the organisation, inanimate
  subject, holder span = the attribution mention); the separate pledge inside the 2009 agreement ("including a
  pledge to ''not participate ...'' the foundation without a waiver", "without a waiver" kept in the content);
  "told foundation employees" as an audience channel; "explained through a spokesman" (typed other); "according to
  reports Mr. Schoen filed as a registered lobbyist" (lobbying filings; the relative clause is left out of the
  channel); the meeting "arranged about a dozen meetings with State Department officials on behalf of or with Mr.
  Pinchuk" (a series folded into one entry; the State Department as named party) and the Brookings lunch (status
  past: it was set for 2012, before publication).
politico_2016-08-17: "U.S. lobbyists must declare publicly" and the Justice Department "requires those who register
  ... to detail" (legal requirements); "a congressional resolution meant to pressure the Ukrainian leader to release
  an imprisoned political rival" and "congressional efforts to pressure Ukraine" (purpose, nominal); "If counsel had
  determined FARA was the way to go, we would have gladly registered" (counterfactual); "the nonprofit's assurances
  that none of its activities was ... supervised" (assurance about facts). Channels: "The revelation, provided to
  The Associated Press by people directly knowledgeable" (no cue); "Some of them spoke on condition of anonymity"
  (no content); "One former Podesta employee, speaking on condition of anonymity ..., said" (no channel); "Manafort
  did not directly respond to AP's requests" (negated); "Gates said he spoke to Manafort" (private); "The Justice
  Department's own published guidelines describe foreign political parties as covered" (display verb); "Mercury has
  disclosed to the Justice Department its work" (noun-phrase object, a regulator as addressee). Meetings left out:
  "he and Manafort introduced the lobbying firms to the European Centre nonprofit", "occasionally consulted with the
  firms" (introductions, recurring consultations); "Gates said he spoke to Manafort before providing answers" (a
  conversation). Included although debatable: "according to U.S. lobbying records" (filings; speaker not named in
  the sentence); the cue "described" with "in an April, 2012 meeting" typed other; the conference call as both a
  channel (other, "discussed") and a meeting (a planned call with three named parties); the April 2012 meeting's
  participants (Anderson "attended the meeting"; the Podesta Group inferred from its employees' accounts); Kirsch's
  "had met with Manafort twice" as one entry.
wash-post_2016-03-18: Cornyn "This person will not be confirmed" (outcome); "McConnell ... knows he will not cave"
  and "McConnell will shepherd Garland's confirmation through" (narrator, fear); Jeff Flake "said he would." (VP
  ellipsis: the content "vote for Garland during a lame-duck session if Clinton wins" is only in the previous
  sentence, no span of its own); Graham and Perdue "it would be inappropriate" (evaluation); Grassley "reiterated
  that there won't be a hearing" (existential, outcome-like, although he controls the committee); "did not rule out
  a meeting", "stopped short of committing to renominate him" (non-commitments); "expressed a willingness to take a
  courtesy meeting" (willingness); Obama "hopes" (hope); "an offer they can't afford to refuse" (offer); the poll's
  "want the Senate to hold hearings". Channels: "He's telling allies that he hopes" (private addressees); "As The
  Post's Ruth Marcus puts it", "As The Post's Dana Milbank puts it" (affiliation, not a channel); "said on the
  record" (manner); bare "wrote Post White House bureau chief Juliet Eilperin, citing participants in the meeting";
  "A Washington Post-ABC News poll last week found" (poll). Meetings left out: Obama's meeting with "23 progressive
  group leaders" (second party unnamed); "Grassley spoke with Garland" (a conversation the text contrasts with "a
  meeting"); the refused "perfunctory" sit-down and the "courtesy meeting" (not agreed). Included although
  debatable: McConnell "won't agree to a \\"perfunctory\\" sit-down" (negated commitment, fused negation in the
  trigger, A.2-15); McConnell's "the next president" should choose the nominee (a role, not a named person, as
  target); "agreed to a phone call on Wednesday" as a meeting (an arranged call, not a chance phone call) and as the
  channel of "tell".
Not in the set: wash-post_2016-08-28_in-crazy-election-gary-johnson-s (index 711) was opened and read before the
  kept count was checked; the 8th kept article is at index 651, so the rule stops there and this file is neither
  kept nor skipped.
"""
