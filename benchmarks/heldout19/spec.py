"""Hand-written annotation for held-out set 19 (BLIND, PolNeAR train articles).

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
    "breitbart_2015-12-21_chelsea-clinton-husband-expectin",
    "breitbart_2016-05-27_sanders-clinton-email-story-has-",
    "politico_2016-05-24_ken-starr-praises-laments-bill-c",
    "usa-today_2015-12-23_saturday-night-s-all-right-for-f",
    "usa-today_2016-05-18_don-t-be-a-sucker-for-the-new-ol",
    "wash-post_2015-12-23_as-spotlight-shines-on-trump-and",
    "west-journal_2015-12-21_obama-just-pulled-out-the-race-c",
    "west-journal_2016-05-25_trey-gowdy-benghazi-investigatio",
]

ARTICLES = [
    # ------------------------------------------------------------------ 1 (index 139)
    {"doc": "huff-post_2015-12-20_hillary-clinton-s-claim-that-don", "commitments": [
        C("including his recent call to ban all Muslim immigrants from entering the U.S.", "Donald Trump",
          "including [[his]] recent", "demand", "call", "ban all Muslim immigrants from entering the U.S."),
    ], "channels": [
        H("stretched the truth a bit during Saturday’s primary debate, when she claimed", "Hillary Clinton",
          "claimed", "during Saturday’s primary debate", "debate"),
        H("he said of the claim during a call to ABC’s “This Week.”", "Donald Trump", "said",
          "during a call to ABC’s “This Week.”", "interview"),
        H("Palmieri said on the show.", "Jennifer Palmieri", "said", "on the show", "interview"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 2 (index 199)
    {"doc": "huff-post_2016-05-25_obama-to-asians-worried-about-u-", "commitments": [
        C("Obama also announced the Peace Corps would begin operating in Vietnam for the first time.",
          "Barack Obama", "Obama", "promise", "would", "begin operating in Vietnam for the first time"),
    ], "channels": [
        H("Obama told a townhall meeting with young leaders in Vietnam’s Ho Chi Minh City", "Barack Obama", "told",
          "a townhall meeting with young leaders in Vietnam’s Ho Chi Minh City", "rally_or_speech"),
        H("At the townhall in Ho Chi Minh City, a young woman who had been an exchange student in Montana asked",
          "a young woman who had been an exchange student in Montana", "asked",
          "At the townhall in Ho Chi Minh City", "rally_or_speech"),
        H("At his freewheeling townhall, where he was greeted with a standing ovation, Obama noted", "Barack Obama",
          "noted", "At his freewheeling townhall", "rally_or_speech"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 3 (index 259)
    {"doc": "nyt_2015-12-29_u-s-commandos-take-on-larger-rol", "commitments": [
        C("Mr. Obama's original pledge to remove all troops from Afghanistan except for a counterterrorism force and "
          "the troops guarding the United States Embassy in the capital, Kabul.", "Obama", "Mr. Obama", "promise",
          "pledge", "remove all troops from Afghanistan except for a counterterrorism force and the troops guarding "
          "the United States Embassy in the capital, Kabul"),
        C("Mr. Obama revised his withdrawal plans in October, saying that about 5,500 troops would remain in the "
          "country through the end of his term in early 2017.", "Obama", "Mr. Obama", "promise", "would",
          "remain in the country through the end of his term in early 2017",
          timeframe="through the end of his term in early 2017"),
        C("we're not going to do an Iraq-style invasion of Iraq or Syria with battalions that are moving across "
          "the desert", "Obama", "[[we]]'re not", "promise", "not going to",
          "do an Iraq-style invasion of Iraq or Syria with battalions that are moving across the desert"),
    ], "channels": [
        H("Mr. Obama himself tried to draw a distinction during an interview this month with CBS News", "Obama",
          "draw a distinction", "during an interview this month with CBS News", "interview"),
        H("Mr. Obama himself tried to draw a distinction during an interview this month with CBS News, when a "
          "reporter asked if", "a reporter", "asked", "during an interview this month with CBS News", "interview"),
        H("But in a conference call with reporters on Dec. 2, Col. Steven H. Warren, a military spokesman in "
          "Baghdad, said", "Steven H. Warren", "Baghdad, [[said]]", "in a conference call with reporters",
          "press_remarks"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 4 (index 319)
    {"doc": "nyt_2016-05-27_clinton-faces-tight-primary-with", "commitments": [
        C("after initially saying he would not advertise on television  in the state", "Bernie Sanders",
          "saying [[he]] would", "promise", "would", "not advertise on television  in the state"),
        C("Mr. Sanders's aides said he intended to spend nearly all his time in California until the state's "
          "primary.", "Bernie Sanders", "said [[he]] intended", "promise", "intended",
          "spend nearly all his time in California until the state's primary",
          timeframe="until the state's primary"),
    ], "channels": [], "meetings": []},
    # ------------------------------------------------------------------ 5 (index 379)
    {"doc": "politico_2015-12-28_carly-fiorina-bill-clinton-s-fai", "commitments": [
        C("But I’m never going to ask for people’s support because I’m a woman", "Carly Fiorina", "But [[I]]’m never",
          "promise", "never going to", "ask for people’s support because I’m a woman"),
        C("I’m going to ask for their support because I’m the most qualified candidate to beat Hillary Clinton and "
          "to do the job.", "Carly Fiorina", "[[I]]’m going to ask", "promise", "going to",
          "ask for their support because I’m the most qualified candidate to beat Hillary Clinton and to do the "
          "job"),
        C("Trump has repeatedly warned Clinton that he'd be making an issue of her husband's peccadilloes and "
          "alleged peccadilloes", "Donald Trump", "Trump", "threat", "warned",
          "he'd be making an issue of her husband's peccadilloes and alleged peccadilloes",
          target="Hillary Clinton"),
    ], "channels": [
        H("Fiorina told \"Fox and Friends,\" reminding", "Carly Fiorina", "told", "\"Fox and Friends,\"",
          "interview"),
        H("\"Fox and Friends,\" reminding the co-hosts that Trump", "Carly Fiorina", "reminding", "the co-hosts",
          "interview"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 6 (index 679)
    {"doc": "wash-post_2016-06-01_voters-skeptical-as-clinton-vows", "commitments": [
        C("Voters skeptical as Clinton vows change.", "Hillary Clinton", "Clinton", "promise", "vows", "change"),
        C("Hillary Clinton tried here last week to empathize with their frustrations and promised to deliver change.",
          "Hillary Clinton", "Hillary Clinton", "promise", "promised", "deliver change"),
    ], "channels": [
        H("Rallying hundreds of service workers who are struggling to get by, Hillary Clinton tried here last week to "
          "empathize with their frustrations and promised to deliver change.", "Hillary Clinton", "promised",
          "hundreds of service workers", "rally_or_speech"),
        H("In an interview with The Post last week, Trump was asked", "The Post", "asked",
          "In an interview with The Post", "interview"),
    ], "meetings": []},
]

LEFT_OUT = """
Selection: the list names[19::60] has 14 files (indices 19, 79, ..., 799); all 14 were read (fewer than 8 of
  them hold a commitment, so the list ended before 8 were kept): 6 kept, 8 skipped.
breitbart_2015-12-21 (skipped): a birth announcement; "Charlotte is going to be a big sister" (prediction).
breitbart_2016-05-27 (skipped): a TV interview; "what most politicians do is say, I'm great. You're terrible.
  Vote for me." (a caricature of generic politicians, not a directive).
politico_2016-05-24 (skipped): praise and regret; "Leave aside the unpleasantness" (imperative about attitude);
  "The school declined to comment" (negated).
usa-today_2015-12-23 (skipped): an editorial; "The Democratic Party should let its candidates define
  themselves" (publisher's voice, A.2-17).
usa-today_2016-05-18 (skipped): an op-ed; "Don't be a sucker." (author's voice, A.2-17).
wash-post_2015-12-23 (skipped): "Vice President Biden decided not to enter the race" (internal decision);
  "there was pressure on Clinton to get into the race earlier" (nominal, no holder, past).
west-journal_2015-12-21 (skipped): "Trump has based his campaign on the need to reverse Obama's leadership"
  (nominal need); "Like the page:" (publisher promo).
west-journal_2016-05-25 (skipped): "the Select Committee on Benghazi's insistence that any truly comprehensive
  review ... must include public records" ("insistence" is not a listed nominal trigger; the obligation is
  agentless, A.2-9); "released a statement highlighting" (no commitment).
huff-post_2015-12-20: Clinton's "They are going to people, showing videos" (claim about others); "it is highly
  likely that Trump will be used as a recruiting tool" (prediction). Channels: "an article cited by her campaign
  quoted a few experts" (evidential); "Fact-checkers soon noted", "foreign policy experts affirm" (no channel);
  "On Sunday, Trump went on the offensive." (no cue); "In a fiery takedown of the businessman, Sen. Bernie
  Sanders ... called him divisive" (a takedown is not a medium; the debate is named in the previous sentence).
  Included although debatable: "his recent call to ban all Muslim immigrants" (nominal "call" with an
  infinitive complement, treated as "call for", demand with target null, A.2-8/14; it is the article's only
  commitment, so it decides that the article is kept); the channel "during Saturday's primary debate" for cue
  "claimed" (the phrase sits in the main clause "stretched the truth", the claim in its when-clause).
huff-post_2016-05-25: "an announcement that Washington's ban on sales of lethal weapons ... would be completely
  lifted" (nominal "announcement", passive, no announcer mentioned); Obama's "Things are going to be ok. I
  promise." and the headline "It's Going To Be OK" (a vow of an outcome, A.2-16); "Critics accused Washington of
  throwing away a powerful lever" (past). Channels: "replied Obama" (the townhall is named in the previous
  sentence); "Obama made the comments just before ending a three-day trip" (a trip is not a channel); "White House
  officials say" (no channel); "pronouncements" (nominal). Meetings left out: the townhall (a public event, its
  participants unnamed); the three-day trip to Vietnam (a visit to a country, no named party met).
  Included although debatable: "Obama also announced the Peace Corps would begin operating in Vietnam" (a
  president announcing what a federal agency he directs will do, read like announced company policy, A.2-5;
  holder the announcer, as the principal who speaks for the agency; it decides that the article is kept).
nyt_2015-12-29: "has repeatedly said he opposes sending Americans to fight" (stance); "ordered nearly 300 of
  them to Cameroon" (a completed deployment order, narrator); "a militant group that has pledged loyalty to the
  Islamic State" (allegiance, no action); "considering a Pentagon proposal" (proposal); "many candidates have
  proclaimed a need for more Special Operations troops to be deployed" (nominal need, passive); Clinton "said she
  would consider sending more special operators" (consideration, hedged); "These calls for more American
  Special Operations troops" (anaphoric nominal, no holder mention in the phrase); "reversing his pledge" and
  "'No boots on the ground'" (nominal without complement; elliptical slogan); "what exactly these troops will
  be doing" (indirect question); Warren "more Americans will be coming here to Iraq, and some of them will be
  conducting raids" (a description of deployments under way, about others, A.2-7/16). Channels: "according to
  American military officials", "according to the United States Special Operations Command" (sources, no
  medium); "When Mr. Obama appeared before reporters in the Pentagon briefing room ... to discuss" (purpose, no
  content); "one senior administration official said, speaking on the condition of anonymity" (no channel); the
  "he said" after the CBS sentence (channel in the previous sentence). Holder and speaker "Obama" (the article
  never gives his first name). Included although debatable: "saying that about 5,500 troops would remain in the
  country through the end of his term" (the commander in chief's announced troop decision, holder the announcer
  as for the Peace Corps above); "we're not going to do an Iraq-style invasion" (Obama restating his pledge in
  his own words; "we" of his office → the officeholder, A.3; trigger "not going to" as held-out 9's Cecil); the
  cue "draw a distinction" (the content follows in the next sentence, as dev "spoke to reporters") and the
  reporter's "asked" in the when-clause, both with the CBS interview as channel.
nyt_2016-05-27: "ads set to begin running on Friday" (narrator); "many Democrats would be asking him to step
  aside" (hypothetical); "voters who said they would vote in the Democratic primary" (poll respondents'
  intentions, as dev politico_2016-09-25). Channels: the poll "showed" (evidential); "according to the
  institute" (no medium); "took to the airwaves" (no reported content). Included although debatable: "he
  intended to spend nearly all his time in California" (a plan stated by his aides, "intended" read like
  "planned", A.2-5, holder the principal, A.3); "saying he would not advertise on television" is a reported
  past commitment, later reversed (A.2-3).
politico_2015-12-28: "The former secretary of state will play the 'woman card,'" (prediction about another);
  "you're not going to beat Hillary Clinton by attacking Bill Clinton" (generic, prediction); "the way to go
  after it 'is to attack her track record.'" (advice); the "How about an honest woman?" questions. Channels:
  "Carly Fiorina said Monday", "Fiorina offered her own approach", "She also criticized" (no channel); "she
  remarked, without elaborating as the interview wrapped" (the clause times the non-elaboration; not taken as
  the remark's channel). Decisions: "I'm never going to ask" keeps "never" in the trigger (it sits before
  "going to", as "not going to"); the reason clauses "because I'm ..." stay in the content (they are what
  the commitment is about). Included although debatable: "Trump has repeatedly warned Clinton that he'd be
  making an issue of her husband's peccadilloes" (a warning whose content is a negative act the holder imposes,
  threat, A.2-8); "reminding the co-hosts that ..." as a second entry next to "told "Fox and Friends,"" (its own
  addressee and its own content).
wash-post_2016-06-01: "A Clinton presidency, she vowed, would bring better-paying jobs ... Labor laws would
  toughen, student debt would decline" (a vow of outcomes, A.2-16); Curtis "It's about time that we had a woman
  running this country" (opinion); Axelrod "she has to do it in a way that is authentic" and "He suggested that
  she share anecdotes" (a strategist's advice, A.2-9); "Sanders's clarion call for a "revolution"" (figurative
  slogan, A.2-20); Nguyen "thinks Clinton should be the president to do it" (belief); Clinton's rhetorical
  questions "do we make promises we can't keep ...? ... do we roll up our sleeves and get to work?" (A.2-12);
  Garcia "he would consider a third-party candidate" (hedged, a voter); Garin "that's not who Hillary Clinton is
  or ever will be" (characterisation). Channels: "she vowed" in a sentence with no channel; "exhorted Clinton's
  introducer" (no channel in that sentence); "during 36 minutes of remarks she tried to demonstrate that ..."
  (an attempt described by the narrator, not taken as a cue); the Post-ABC poll's "when voters were asked"
  (poll, evidential); "said his focus groups and other research show" (evidence); the "Trump said" after the
  interview sentence (channel in the previous sentence); "the crowd cried out" (no channel phrase). Meetings:
  none (rallies and a campaign headquarters). Included although debatable: the headline "Clinton vows change"
  and "promised to deliver change" (vows of her own action, unlike the outcome list); the channel "hundreds of
  service workers" (the audience rallied in the participle, cue "promised"; the relative clause is left out);
  "In an interview with The Post last week, Trump was asked" (the interviewer's question, speaker "The Post").
Meetings: none in the 6 kept articles (an empty list is a claim).
"""
