"""Hand-written blind annotation for held-out set 3 (PolNeAR train articles), dev guidelines unchanged.

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
    """One meeting (first mention of one occasion); ``place``/``when`` as written in the anchor, or None."""
    return {"anchor": anchor, "span": span, "participants": participants, "place": place, "when": when,
            "status": status}


# Met by the selection rule (build.py docstring) but without any commitment, in the order met.
SKIPPED = [
    "huff-post_2015-12-22_of-the-most-powerful-things-lati",
    "nyt_2015-12-31_trump-turns-attacks-on-another-c",
    "usa-today_2016-01-04_bernie-sanders-raises-m-is-withi",
    "west-journal_2015-12-28_drivers-are-so-shocked-by-these-",
]

PATE = "Luther Stan Pate IV"
STOLTENBERG = "Jens Stoltenberg"

ARTICLES = [
    # ------------------------------------------------------------------ 1 (index 21)
    {"doc": "breitbart_2016-01-01_jeb-bush-super-pac-chief-praises", "commitments": [
        C("Pate also told Breitbart News he’d support Democrat Hillary Clinton in a general election over "
          "Republican Trump.", PATE, "[[he]]’d support", "promise", "’d",
          "support Democrat Hillary Clinton in a general election over Republican Trump",
          timeframe="in a general election"),
        C("Rubio has broken many promises he made to the voters of Florida since being elected to the U.S. "
          "Senate—most notably that he wouldn’t back an amnesty bill", "Marco Rubio", "promises [[he]] made",
          "promise", "promises", "he wouldn’t back an amnesty bill"),
    ], "channels": [
        H("Murphy, the head of Right to Rise USA, Tweeted on Friday with an image", "Mike Murphy", "Tweeted",
          "Tweeted", "social_post"),
        H("Pate claimed in an interview with Breitbart News that he’s not backing any particular candidate",
          PATE, "claimed", "in an interview with Breitbart News", "interview"),
        H("he said in the interview with Breitbart News.", PATE, "said", "in the interview with Breitbart News",
          "interview"),
        H("Pate also told Breitbart News he’d support", PATE, "told", "Breitbart News", "interview"),
    ], "meetings": [
        M("in addition to a private meeting he had with Rubio a year ago,",
          "a private meeting he had with Rubio a year ago", [PATE, "Marco Rubio"], None, "a year ago", "past"),
    ]},
    # ------------------------------------------------------------------ 2 (index 381)
    {"doc": "politico_2016-01-05_republicans-blast-obama-after-no", "commitments": [
        C("Donald Trump pointed to China as the regional enforcer, remarking that the U.S. should make things "
          "harder on Beijing if it does not lean in on North Korea.", "Donald Trump", "Donald Trump", "demand",
          "should", "make things harder on Beijing", condition="if it does not lean in on North Korea",
          target="United States"),
        C("Sen. Bernie Sanders on Wednesday morning also called upon the U.S. to press China into forcing North "
          "Korea to abide by international norms.", "Bernie Sanders", "Sen. Bernie Sanders", "demand",
          "called upon", "press China into forcing North Korea to abide by international norms",
          target="United States"),
        C("NATO's secretary general, meanwhile, called on the North Korean regime to abandon its nuclear "
          "weapons and comply with the international community.", STOLTENBERG, "NATO's secretary general",
          "demand", "called on", "abandon its nuclear weapons and comply with the international community",
          target="North Korea"),
        C("NATO Secretary General Jens Stoltenberg said. \"North Korea should abandon nuclear weapons and "
          "existing nuclear and ballistic missile programs in a complete, verifiable and irreversible manner, "
          "and engage in credible and authentic talks on denuclearization.\"", STOLTENBERG,
          "NATO Secretary General Jens Stoltenberg", "demand", "should",
          "abandon nuclear weapons and existing nuclear and ballistic missile programs in a complete, "
          "verifiable and irreversible manner, and engage in credible and authentic talks on denuclearization",
          target="North Korea"),
        C("“I strongly urge the [Democratic People’s Republic of Korea] to implement fully all relevant "
          "resolutions of the U.N. Security Council and the IAEA,”", "Yukiya Amano", "[[I]] strongly", "demand", "urge",
          "implement fully all relevant resolutions of the U.N. Security Council and the IAEA",
          target="North Korea"),
    ], "channels": [
        H("the Florida senator and Republican presidential candidate said in a statement.", "Marco Rubio",
          "said", "in a statement", "written_statement"),
        H("In her statement condemning the test, Hillary Clinton defended her record", "Hillary Clinton",
          "defended", "In her statement", "written_statement"),
        H("Ben Carson, speaking with The Des Moines Register editorial board, called the incident",
          "Ben Carson", "called", "The Des Moines Register editorial board", "interview"),
        H("In an interview with \"Fox and Friends,\" Donald Trump pointed to China as the regional enforcer, "
          "remarking that", "Donald Trump", "remarking", "In an interview with \"Fox and Friends,\"",
          "interview"),
        H("the independent Vermont senator and Democratic presidential candidate told ABC's \"Good Morning "
          "America.\"", "Bernie Sanders", "told", "ABC's \"Good Morning America.\"", "interview"),
        H("White House press secretary Josh Earnest told reporters.", "Josh Earnest", "told", "reporters",
          "press_remarks"),
        H("according to a Pentagon readout.", "Pentagon", "according to", "a Pentagon readout",
          "written_statement"),
        H("said in a statement Wednesday that, if its claims are true", "Yukiya Amano", "said",
          "in a statement", "written_statement"),
        H("Earnest told reporters at the time.", "Josh Earnest", "told", "reporters", "press_remarks"),
    ], "meetings": [
        M("Defense Secretary Ash Carter spoke with his South Korean counterpart Han Min-koo",
          "spoke with his South Korean counterpart Han Min-koo", ["Ash Carter", "Han Min-koo"], None, None,
          "past"),
    ]},
    # ------------------------------------------------------------------ 3 (index 621)
    {"doc": "wash-post_2015-12-28_tug-of-war-in-central-asia", "commitments": [
        C("Under the Silk Road plan, China also is promising to spend hundreds of millions of dollars to build "
          "new infrastructure here", "China", "China", "promise", "promising",
          "spend hundreds of millions of dollars to build new infrastructure here"),
        C("Xi has worked overtime to calm Russian fears, reassuring his counterpart Vladimir Putin that Beijing "
          "has no plans to counter his country's political and security dominance in Central Asia.",
          "Xi Jinping", "Xi", "promise", "reassuring",
          "Beijing has no plans to counter his country's political and security dominance in Central Asia"),
    ], "channels": [
        H("\"Our philosophy is simple: We should get on board that train,\" he said in an interview in Astana.",
          "Erlan Idrissov", "said", "in an interview in Astana", "interview"),
    ], "meetings": []},
]

LEFT_OUT = """
Selection: only 3 of the 7 candidates (names[21::120]) hold a commitment under guidelines §A, so the set
  has 3 kept articles, not 6 (the candidate list is exhausted; nothing else was read).
huff-post_2015-12-22 (skipped): headline "Zoe Saldana Asked Men Everywhere To “Redefine Masculinity.”"
  (generic target, attitude: A.2-11/A.2-13); Arturo Castro "asked white actors to act “whiter.”" (a staged
  fake-audition stunt: A.2-20); Saldana "critics should instead question ..." (not a political actor,
  generic: A.2-9); "Men, you will not cease to exist" (prediction).
nyt_2015-12-31 (skipped): "Mr. Trump's pitches to the former president to settle in a gilded Trump building"
  and "His overtures for them to vacation at his Mar-a-Lago estate" (offers/invitations: A.2-19); the Clinton
  campaign's "Hillary Clinton won't be bullied" or "distracted by the slings ..." (a stance/vow of outcome,
  not an action: A.2-16); "Mr. Clinton will hold two organizing events" (narrator schedule: A.2-4);
  "everybody should be believed at first" (generic); Madden "He will say things ..." (characterisation).
  Meeting: "Mrs. Clinton and her husband attended Mr. Trump's 2005 wedding" (a social event, not a meeting;
  the article is skipped in any case).
usa-today_2016-01-04 (skipped): Weaver "we can run a strong national campaign without a super PAC"
  (ability); "Candidates have until Jan. 31 ... to disclose fundraising details" (legal deadline).
west-journal_2015-12-28 (skipped): the hacked sign "Vote Donald Trump." (anonymous author, generic target);
  the Arizona road signs "always buckle up", "Arrested you will be" (public-service advice, joke).
breitbart_2016-01-01: Rubio's catch phrase that Crist "would say or do anything to win an election"
  (characterisation of Crist); "Rubio is keeping the ... contribution" (progressive). Channels: "FEC records
  ... show he backed" and "Federal Election Commission records compiled by the Center for Responsive Politics
  show" (evidential); "praised the efforts of a donor" (channel only in the next sentence). Meeting: "he also
  hosted Bush aboard his private jet" (hospitality, not presented as a meeting; left out).
  Judgement calls: Pate "he’d support Democrat Hillary Clinton in a general election over Republican Trump"
  is a promise (cf. dev "would never vote for Clinton") with timeframe "in a general election" (the event
  when the support would be given; it also reads as an implicit condition); Rubio's "promises he made ...
  —most notably that he wouldn’t back an amnesty bill" is a reported past promise (A.2-3) with the nominal
  trigger "promises" and the that-clause as content. The channel "told Breitbart News" names the publisher of
  this article as interlocutor (dev included "told The Huffington Post").
politico_2016-01-05: Rubio "We need new leadership that will stand up to people like Kim Jong-un" (national
  inclusive, generic); Cruz "the need to scrap the nuclear agreement reached last year" (nominal need,
  agentless); Carson "called the incident a reason for the U.S. to reinvest in its space program" ("called"
  = named; no directive trigger); Earnest "we’re continuing the work necessary to learn more" (progressive);
  Amano "The IAEA remains ready to contribute ... by resuming its nuclear verification activities"
  (readiness: A.2-19); "the United Nations Security Council ... called an emergency session" (past act).
  Channels: "Sen. Marco Rubio responded first, ripping into President Barack Obama" (no channel phrase; the
  statement is named in the next sentence and annotated there); "condemning the test" in "In her statement
  condemning the test" (a participle on the channel NP, not a separate entry); "the White House cited initial
  analysis" (no channel); bare "said"/"wrote" (Clinton, Stoltenberg, USGS, Albright and Kelleher-Vergantini,
  Lewis); "which he added" (same statement as Amano's "said in a statement"). Cue for Trump is the
  participle "remarking" (B.2: "pointed to China as ..." is a speech-act verb with an NP object, the
  participle introduces the content). Meetings: the Security Council's emergency session (a body's own
  meeting); Carson "speaking with The Des Moines Register editorial board" (an interview).
  Included although debatable: Trump "the U.S. should make things harder on Beijing" (a candidate's
  should-demand on a specific actor other than himself, A.2-9); the meeting "Ash Carter spoke with his South
  Korean counterpart Han Min-koo "to discuss potential alliance responses..."" (official bilateral talks
  reported from a Pentagon readout; the text does not say whether in person or by call).
wash-post_2015-12-28: Xi's "Silk Road Economic Belt that would revive ancient trading routes" (project
  description/prediction); "it hopes to reap benefits" and the Kazakh government's "what it hopes will
  become" (hope); "Russia's leaders decided to divide the labor: Russia would provide security, while China
  would bring its financial muscle" (internal decision, told by an analyst: A.2-5); "Xi and Putin signed a
  treaty designed to balance ..." (nominal agreement, past act); Idrissov "We should get on board that train"
  (national inclusive) and "We want to benefit" (desire); CITIC "says it has established a $110 billion fund
  to invest" (past act, purpose); Gabuyev's "they want to exploit our economic difficulties" (reported
  feeling); "Beijing's grander commercial plans - to export its industrial overcapacity and find new markets"
  (narrator's nominal plans); "it wants to create alternative trading routes" (desire); "Beijing has long been
  working to secure a share" (progressive). Channels: "chose Kazakhstan's ... capital, Astana, to announce" (venue with no event noun); "the
  People's Daily newspaper calls it "the pearl"" (a newspaper's own report, cf. dev "The New York Times
  reported"); "reassuring his counterpart Vladimir Putin" (private addressee); "says political scientist
  Dossym Satpayev in Almaty" (bare location); bare "said"/"says"/"argues" elsewhere; "a survey ... found
  that" (evidential). Meetings: "Xi and Putin signed a treaty" (the text does not say they met) and the
  reassurance to Putin (no occasion named).
  Included although debatable: "China also is promising to spend ..." (progressive speech verb reporting a
  pledge, A.2-6; "to build new infrastructure here" kept as the function of the money); Xi "reassuring his
  counterpart Vladimir Putin that Beijing has no plans to counter ..." (a head of state's negative assurance
  about his own government's future conduct, read as a promise; holder Xi Jinping as the officeholder).
"""
