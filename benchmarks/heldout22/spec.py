"""Hand-written annotation for held-out set 22 (development, 8 PolNeAR train articles).

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


# The article's own mis-decoded "François" (bytes kept as they are in the source file).
FRANCOIS = "FranA\u0303\u0083A\u0302\u00a7ois"

# Met by the selection rule (build.py docstring) but without any commitment, in the order met.
SKIPPED = [
    "huff-post_2015-12-10_white-supremacists-are-capitaliz",
    "nyt_2015-12-14_visa-screening-missed-attacker-s",
    "usa-today_2015-12-15_nevada-a-newcomer-in-republican-",
]

ARTICLES = [
    # ------------------------------------------------------------------ 1 (index 14)
    {"doc": "breitbart_2015-12-11_exclusive-maria-espinoza-anti-il", "commitments": [
        C("“I won’t just talk like a conservative during the election season,”", "Maria Espinoza", "I",
          "promise", "won’t", "just talk like a conservative during the election season"),
        C("“I will take that same strength of conviction to Washington, standing up for our conservative values "
          "and American families,”", "Maria Espinoza", "I", "promise", "will",
          "take that same strength of conviction to Washington, standing up for our conservative values and "
          "American families"),
    ], "channels": [
        H("Espinoza tells Breitbart News", "Maria Espinoza", "tells", "Breitbart News", "interview"),
    ], "meetings": [
        M("In August Trump met with Espinoza and families of victims killed by illegal aliens",
          "Trump met with Espinoza and families of victims killed by illegal aliens",
          ["Donald Trump", "Maria Espinoza"], None, "August", "past"),
    ]},
    # ------------------------------------------------------------------ 2 (index 74)
    {"doc": "breitbart_2016-05-14_mccain-challenger-kelli-ward-imp", "commitments": [
        C("McCain Challenger Kelli Ward: Impeach AG Lynch", "Kelli Ward", "Kelli Ward", "demand", "Impeach",
          "Impeach AG Lynch"),
        C("Former Arizona State Senator Dr. Kelli Ward called for the impeachment of U.S. Attorney General Loretta "
          "Lynch", "Kelli Ward", "Dr. Kelli Ward", "demand", "called for",
          "the impeachment of U.S. Attorney General Loretta Lynch"),
        C("I’ll be a conservative champion for AZ, not DC.", "Kelli Ward", "I", "promise", "’ll",
          "be a conservative champion for AZ, not DC"),
        C("I’ll stop DC at the bathroom door.", "Kelli Ward", "I", "promise", "’ll",
          "stop DC at the bathroom door"),
        C("The addressees were given a May 9 close of business deadline to comply with the DOJ demand that HB2 not "
          "be implemented.", "U.S. Department of Justice", "DOJ", "demand", "demand", "HB2 not be implemented",
          timeframe="a May 9 close of business deadline", target="Pat McCrory and the state of North Carolina"),
    ], "channels": [
        H("had issued a threat to both Gov. McCrory and the state of North Carolina in a May 4 letter",
          "U.S. Department of Justice", "issued a threat", "in a May 4 letter", "email_or_letter"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 3 (index 194)
    {"doc": "huff-post_2016-05-16_trump-says-he-s-unlikely-to-have", "commitments": [
        C("Cameron criticised Trump in the British parliament over his call for the ban on Muslims", "Donald Trump",
          "over [[his]] call", "demand", "call for", "the ban on Muslims"),
        C("Cameron will work with whoever is elected U.S. president and is committed to maintaining the special "
          "relationship", "David Cameron", "Cameron", "promise", "will",
          "work with whoever is elected U.S. president"),
        C("Cameron will work with whoever is elected U.S. president and is committed to maintaining the special "
          "relationship", "David Cameron", "Cameron", "promise", "committed", "maintaining the special relationship"),
        C("adding: “If one is proposed we will consider it.”", "David Cameron", "we", "promise", "will",
          "consider it", condition="If one is proposed"),
        C("The Times newspaper also reported last month Cameron had ordered diplomats to attempt to repair relations "
          "with Trump.", "David Cameron", "Cameron", "demand", "ordered", "attempt to repair relations with Trump",
          target="diplomats"),
        C("said he would make an exception in the event of a ban on Muslims for him entering the United States",
          "Donald Trump", "said [[he]] would", "promise", "would",
          "make an exception in the event of a ban on Muslims for him entering the United States"),
    ], "channels": [
        H("Cameron criticised Trump in the British parliament", "David Cameron", "criticised",
          "in the British parliament", "rally_or_speech"),
        H("Trump told Britain’s ITV television station in an interview aired on Monday", "Donald Trump", "told",
          "Britain’s ITV television station", "interview"),
        H("Trump told ITV.", "Donald Trump", "told", "ITV", "interview"),
        H("Responding to this criticism in the ITV interview, Trump said:", "Donald Trump", "said",
          "in the ITV interview", "interview"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 4 (index 314)
    {"doc": "nyt_2016-05-17_a-big-bet-on-nostalgia", "commitments": [
        C("Mr. Nevins helped persuade David Lynch to create a new chapter of ''Twin Peaks,''", "David Nevins",
          "Mr. Nevins", "demand", "persuade", "create a new chapter of ''Twin Peaks,''", target="David Lynch"),
        C("only because Mr. Lynch agreed to participate", "David Lynch", "Mr. Lynch", "promise", "agreed",
          "participate"),
        C("''We've persuaded the original creators to complete their mission,''", "Showtime", "We", "demand",
          "persuaded", "complete their mission", target="the original creators of Twin Peaks"),
    ], "channels": [], "meetings": []},
    # ------------------------------------------------------------------ 5 (index 374)
    {"doc": "politico_2015-12-15_carson-huckabee-fiorina-earned-s", "commitments": [
        C("Jeb Bush, too, instructed the Washington Speakers Bureau to stop booking paid appearances", "Jeb Bush",
          "Jeb Bush", "demand", "instructed", "stop booking paid appearances", target="Washington Speakers Bureau"),
    ], "channels": [
        H("Carson reported on his disclosure forms", "Ben Carson", "reported", "on his disclosure forms",
          "written_statement"),
        H("At the time, he told POLITICO", "Mike Huckabee", "told", "POLITICO", "interview"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 6 (index 434)
    {"doc": "politico_2016-05-12_the-trump-gop-feud-lives-on", "commitments": [
        C("Ryan and Trump agreed to meet again in the coming weeks", "Paul Ryan and Donald Trump", "Ryan and Trump",
          "promise", "agreed", "meet again in the coming weeks", timeframe="in the coming weeks"),
    ], "channels": [
        H("both men issued a statement expressing optimism", "Donald Trump and Paul Ryan", "expressing",
          "a statement", "written_statement"),
        H("both men issued a statement expressing optimism about working together – Ryan saying he was",
          "Paul Ryan", "saying", "a statement", "written_statement"),
        H("both men issued a statement expressing optimism about working together – Ryan saying he was “very "
          "encouraged” and Trump calling it", "Donald Trump", "calling", "a statement", "written_statement"),
    ], "meetings": [
        M("For an hour, the Republican Party’s presumptive nominee sat face to face with House Speaker Paul Ryan",
          "the Republican Party’s presumptive nominee sat face to face with House Speaker Paul Ryan",
          ["Donald Trump", "Paul Ryan"], "RNC headquarters", "Thursday", "past"),
        M("Ryan and Trump agreed to meet again in the coming weeks",
          "Ryan and Trump agreed to meet again in the coming weeks", ["Paul Ryan", "Donald Trump"], None,
          "in the coming weeks", "scheduled"),
        M("Trump met with Republican House and Senate members on the Hill",
          "Trump met with Republican House and Senate members on the Hill",
          ["Donald Trump", "Republican House and Senate members"], "the Hill", None, "past"),
    ]},
    # ------------------------------------------------------------------ 7 (index 554)
    {"doc": "usa-today_2016-05-11_london-s-muslim-mayor-rebuffs-tr", "commitments": [
        C("to his call for a temporary ban on Muslims entering the United States", "Donald Trump", "his", "demand",
          "call for", "a temporary ban on Muslims entering the United States"),
        C("Trump called for the ban in December", "Donald Trump", "Trump", "demand", "called for", "the ban"),
        C("He said he planned to visit the United States before January", "Sadiq Khan", "said [[he]] planned",
          "promise", "planned", "visit the United States before January", timeframe="before January"),
    ], "channels": [
        H("that would be a terrific thing,\" Trump said in the newspaper.", "Donald Trump", "said",
          "in the newspaper", "interview"),
        H("Khan said in a statement.", "Sadiq Khan", "said", "in a statement", "written_statement"),
        H("In an interview with Time magazine, Khan said", "Sadiq Khan", "said",
          "In an interview with Time magazine", "interview"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 8 (index 614)
    {"doc": "wash-post_2015-12-13_agreement-is-a-big-win-for-obama", "commitments": [
        C("He pushed China and India to control hydrofluorocarbons", "Obama", "He", "demand", "pushed",
          "control hydrofluorocarbons", target="China and India"),
        C("And his promises of financial assistance to poor developing nations to adapt to climate change",
          "Obama", "his", "promise", "promises",
          "financial assistance to poor developing nations to adapt to climate change"),
    ], "channels": [
        H("the president said in a Rolling Stone interview in October 2010", "Obama", "said",
          "in a Rolling Stone interview", "interview"),
        H(f"Obama said in Paris at an event with Gates, French President {FRANCOIS} Hollande and Indian Prime "
          "Minister Narendra Modi", "Obama", "said",
          f"at an event with Gates, French President {FRANCOIS} Hollande and Indian Prime Minister Narendra Modi",
          "rally_or_speech"),
    ], "meetings": [
        M("Obama said Saturday at the White House after spending the early afternoon playing golf with World Bank "
          "President Jim Yong Kim", "playing golf with World Bank President Jim Yong Kim", ["Obama", "Jim Yong Kim"],
          None, "Saturday", "past"),
    ]},
]

LEFT_OUT = """
Selection: 11 files read under the rule (indices 14, 74, 134, 194, 254, 314, 374, 434, 494, 554, 614); the
  8th kept article is index 614, so indices 674, 734 and 794 were not read.
huff-post_2015-12-10 (skipped): a headline and one paragraph (the KKK "is using Donald Trump as a talking
  point", Stormfront "is upgrading its servers", David Duke "reports that ..."): progressive, no commitment.
nyt_2015-12-14 (skipped): Trump "has said there should be a temporary ban on Muslims' entering the country"
  (agentless "there should be", A.2-9); Obama "has ordered a review of the K-1 visa program" (an administrative
  decision told by the narrator, no addressee or stated call; cf. dev "prompted NATO ... to order the
  deployment"); "immigration officials are ... considering a moratorium", "The Obama administration is trying
  to determine" (progressive); Earnest "That program is at a minimum worth a very close look" (opinion);
  "Lawmakers have endorsed making it harder ..." (endorsement); "officials have to decide" (generic).
usa-today_2015-12-15 (skipped): predictions and voter concerns; "The state will hold a stand-alone contest"
  (narrator schedule); Titus "We're not taking anything for granted as Democrats" (present stance).
breitbart_2015-12-11: "She will be challenging incumbent Rep. John Culberson" (narrator, A.2-4); "Conservatives
  can no longer count on Culberson" (opinion). Channels: the bare "Espinoza said", "Espinoza said Friday";
  "She recently praised ... Trump for speaking out against illegal aliens" (no channel). Meeting: "families of
  victims killed by illegal aliens" are not a named party and are left out of the participants; when is
  "August" (from "In August"). Included although debatable: "I won't just talk like a conservative during the
  election season" (a negated assurance about her own conduct, A.2-15; trigger "won't" keeps the fused
  negation; "during the election season" is left inside the content and not coded as a timeframe, since it
  bounds the negated talk, not the undertaking); "I will take that same strength of conviction to Washington,
  standing up for ..." (the participle kept in the content: it states what she undertakes to do); the channel
  "tells Breitbart News" (the publisher as interlocutor, as dev "told The Huffington Post").
breitbart_2016-05-14: "Loretta Lynch should be impeached for such outrageous overreach" (passive, agentless,
  A.2-9); "Let individual business owners make up their own minds" (generic imperative about policy); the
  headline's quoted "'Stop DC at the Bathroom Door.'" (a clipped quotation of her promise, not an
  imperative addressed to anyone); "following news that the Department of Justice would sue North Carolina"
  (news report, no holder statement); Lynch "We are seeking a court order ..." (progressive) and "the DOJ was
  retaining the right of curtailing federal funding" (reservation of a right, progressive); "had issued a
  threat to both Gov. McCrory and the state of North Carolina" (nominal without complement, A.2-14); "Instead
  of complying with the DOJ's demand" (nominal without complement); "filed a complaint for declaratory
  judgement", "filed a separate complaint for declaratory relief" (completed legal acts; "complaint" is not
  a nominal trigger, cf. dev "filed suit"); "Follow Michelle Moons on Twitter" (publisher promo). Channels:
  "Dr. Ward stated:" (bare); "Lynch announced on Monday the DOJ lawsuit", "She further announced" (no
  channel); "detailed in the Charlotte Observer" (a newspaper's report of a lawsuit, no statement cue); the
  headline label "Kelli Ward:" (no cue). Decisions: the DOJ demand's holder_span is the noun modifier "DOJ"
  ("the DOJ demand that HB2 not be implemented"), its target the letter's addressees, and its timeframe "a
  May 9 close of business deadline" (the deadline for the demanded compliance). Included although debatable:
  the headline "Kelli Ward: Impeach AG Lynch" (an attributed imperative, demand, target null as a policy call;
  trigger and content overlap); "I'll be a conservative champion for AZ, not DC" (a campaign pledge about her
  own conduct) and "I'll stop DC at the bathroom door" (a figurative phrasing of a real policy pledge, kept
  unlike A.2-20's figurative commitment verbs); the channel "had issued a threat ... in a May 4 letter"
  (light-verb cue referring to the demand in the next sentence, as dev "made the pledge").
huff-post_2016-05-16: "It looks like we're not going to have a very good relationship" (prediction); "I hope
  to have a good relationship with him" (hope); "for proposing a temporary ban on Muslims" (proposal); Cameron
  "suggested that ... would unite Britain against him if he visited" (prediction); "The spokesman refused to
  answer questions" (refusal); "Frankly, tell him I will remember those statements" (an on-the-spot request to
  the interviewer; "remember" is no action); "the prime minister stood by his original comments" (stance).
  Channels: "Cameron's spokesman said", "the prime minister's spokesman said", "the spokesman said" (bare);
  "The Times newspaper also reported last month" (another outlet's report: the speaker is the outlet, no
  channel phrase); "Trump also criticised London's newly elected Muslim mayor" (no channel); "Khan said"
  (bare). Meetings: "there was no telephone call or meeting planned with Trump" (negated); "never met me"
  (negated). Decisions: "Cameron will work with whoever is elected U.S. president and is committed to
  maintaining the special relationship" is two promises (separate triggers "will" and "committed"), holder
  David Cameron (the spokesman refers to the principal in the third person); the spokesman's "we will consider
  it" also gets holder David Cameron (the article names no office for the "we"); Trump's "said he would make
  an exception in the event of a ban on Muslims for him entering the United States" keeps "in the event of a
  ban on Muslims" inside the content (it sits inside the VP, and a condition may not overlap the content), so
  condition is null; "told Britain's ITV television station in an interview aired on Monday" is one entry
  (one cue) with the addressee as channel. Included although debatable: "is committed to maintaining the
  special relationship" (verbal "committed" with a future action, as in heldout9; could be read as
  dedication); "Cameron had ordered diplomats to attempt to repair relations with Trump" (a directive with a
  specific addressee, reported via The Times, as dev "called for female contestants to ..."); Trump "said he
  would make an exception" is a promise here, although usa-today_2016-05-11 frames the same words as an
  "offer" (left out there, A.2-19: each mention follows its own framing); the channel "in the British
  parliament" (a parliamentary session read as a forum, not a bare venue).
nyt_2016-05-17: "MacGyver ... is returning to CBS", "''Tales From the Crypt'' ... will be resurrected on TNT"
  (narrator schedule); "executives are expected to unveil" (prediction); Madden "that's something we want to
  take advantage of" (desire); "CBS said it was canceling the low-rated ''Rush Hour''" and "ABC is axing its
  revival" (progressive, A.2-6); "David Duchovny and Gillian Anderson signed on" (completed act); "the plan is
  for a new twist" (nominal plan); Flannigan "''it will not be carpets and candles''" (a description of the
  show's look, figurative); "M. Night Shyamalan approached the network about revamping" (a pitch: proposal,
  and not reported as a meeting); "Peter Lenkov ... was recently tapped by CBS to run" (appointment, passive);
  "what Mr. Kaplan would like to see rebooted" (desire). Channels: every statement is a bare "said", "replied",
  "described", "said dryly"; "A recent survey by Comcast Xfinity found" (evidential). Included although
  debatable: "Mr. Nevins helped persuade David Lynch to create a new chapter of ''Twin Peaks''" (a successful
  persuasion, demand, as dev "set about persuading President Xi"); Nevins "''We've persuaded the original
  creators to complete their mission''" (the same persuasion in his own words, holder Showtime for the
  executive's "we", A.3; "complete their mission" is half-figurative); "Mr. Lynch agreed to participate" (an
  agreement with a counterparty, A.2-5).
politico_2015-12-15: "chose to fulfill commitments to the nonprofits" and "Carson's commitments included"
  (nominal commitments = bookings, no to-complement); "say they're no longer accepting speaking
  opportunities" (present progressive stance); "the former executive has no more speeches scheduled" (fact);
  "Fiorina's team denied that she would be accepting new speeches" (a denial of a report, not a stated
  undertaking); "she was clearly informed not to ask him any questions" (passive, the directive's holder is not
  named); "Hillary Clinton quit giving paid speeches", Gingrich "suspended", Giuliani "ended" (past acts);
  Gidley "Any candidate ... probably needs to make money" (generic); "didn't respond to a request for comment"
  (publisher line). Channels: "Fiorina delivered a pair of $48,000 speeches", "Carson spoke to the
  Alabama-based Phil Waldrep Ministries ...", "He spoke to CSP Business Media ..." (speeches as events, no
  reported content); "The Carson campaign declined to comment for this story" (negated); "her financial
  disclosure suggests" (evidential); "The Wall Street Journal reported in October that Fiorina's speaking firm
  advertised her availability ..., noting ..." (another outlet's report; the firm's advertisement has no
  channel phrase); "according to an NBC report at the time" (an evidential source attribution, as "according
  to the poll"). Decision: "seven months before he announced" is the time of Bush's instruction, not a
  timeframe.
politico_2016-05-12: "a joint fundraising agreement ... that is still needs to be hammered out" (nominal
  agreement); the campaign source's "if you don't like it, work harder next time" (generic taunt); Haynes
  "Trump needs to quiet the 'Never Trump' crowd", "Ryan will do this in a thoughtful and deliberate way"
  (strategist's opinion, prediction); "declaring he couldn't yet support his candidacy" (stance); "Trump is
  looking to smooth over" (progressive); "the nominee has earned the right to dictate the terms" (belief);
  "questions about whether the nominee will adhere" (question). Channels: "trying to tell the country" (the
  public, no channel; an attempt); the bare "said" of the source, the confidant, Haynes and the former aide;
  "Trump mocked Jeb Bush and Marco Rubio's protestations" (no channel). Decisions: "both men issued a statement
  expressing optimism about working together - Ryan saying ... and Trump calling it ..." has three entries on
  the one channel "a statement" (B.2: the joint statement, cue "expressing", and each man's part, cues
  "saying" and "calling"). Meetings: the Ryan meeting is annotated at its first mention ("sat face to face
  with House Speaker Paul Ryan"); its place "RNC headquarters" comes from the first paragraph (Trump "outside
  RNC headquarters") and its date "Thursday" from "Thursday's conversation" / "Thursday's meeting", so they
  are not strings of the anchor (place_when_in_anchor is off for this set); Reince Priebus is not stated to
  have taken part and is left out. "Ryan and Trump agreed to meet again in the coming weeks" is both a
  commitment (agreement, A.2-5) and a scheduled meeting. Included although debatable: "Trump met with
  Republican House and Senate members on the Hill" (a described group as the second party, as "a meeting with
  union leaders").
usa-today_2016-05-11: "Trump's offer to make an 'exception'" and the subtitle "Spurns offer" (offer, A.2-19);
  "There will always be exceptions" (generic); Khan "would like to go to the United States to meet with
  American mayors" (desire; the meeting is hypothetical); "I'll be stopped from going there" (prediction);
  "Khan ... stepped down" (past act). Channels: "Trump said he was 'happy to see' ..., according to The New
  York Times" and "'There will always be exceptions,' the Times reported" (the outlet as a source, evidential;
  the next sentence's "said in the newspaper" is annotated); "He added:" (the statement is named only in the
  previous sentence). Decision: Khan "planned to visit the United States before January in case Trump wins the
  presidential race": "in case ..." is the reason for the visit (a precaution), not a condition, and is left
  out of the content; "before January" is the timeframe, inside the content.
wash-post_2015-12-13: "tighten existing pledges to reduce those emissions" and "a series of individual
  pledges from countries to do as much as possible" (nominal pledges with no holder mention / generic
  content); "an early public pledge from China", "the U.S. pledge", "all the commitments" (nominal without
  complement); "Obama the idealist tried to rally world leaders to do as much as possible" (attempt, no concrete
  action); "getting the Chinese to be ambitious and active players" (goal); "has encouraged and applauded the
  efforts of ... Bill Gates" (support for an effort, no directive); Obama "we're also going to have to just
  invent some entirely new technologies", "we'll discover what works", "we will this time as well" (national
  inclusive, predictions); "We may end up having to do it in chunks" (hedged); "the accord would send a
  powerful signal" (prediction); "a carbon tax, which he favors but says would never win support" (opinion,
  prediction). Channels: "Obama said Saturday at the White House" (bare venue); "Obama was weighing in by
  phone with the leaders of France, Brazil, China and India" (no reported content); the bare "said" of
  Axelrod, Podesta, Nordhaus; "Bill has pointed out" (no channel); Nordhaus "welcomed 'the recognition ...'"
  (no channel). Meetings left out: the phone calls "weighing in by phone with the leaders of France, Brazil,
  China and India" (a series of calls over "the past week", not one occasion); "at an event with Gates, ...
  Hollande and ... Modi" (a public event with speeches, not talks). Decisions: holder "Obama" (the article
  never gives his first name); "his promises of financial assistance to poor developing nations to adapt to
  climate change": "to adapt to climate change" kept in the content (it gives the assistance's function, A.3).
  Included although debatable: "He pushed China and India to control hydrofluorocarbons" (a pressure verb
  with a specific target and a concrete action, demand, as dev "persuading"); the golf game with Jim Yong Kim
  as a meeting (a social occasion with a named party, like a meal), with when "Saturday" (the day of the
  sentence).
"""
