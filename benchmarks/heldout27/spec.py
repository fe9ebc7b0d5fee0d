"""Hand-written annotation for blind held-out set 27: 8 English news articles (extraction benchmark).

The texts are the true article bodies (``articleBody``) of ``shared/data/extraction-benchmark/ground-truth.json``;
a document is named by the first 16 hex digits of its key (``benchmarks/heldout/fresh.py``). Commitments and
statement channels follow ``shared/data/ledger-gold-dev/guidelines.md`` unchanged; meetings follow
``docs/meeting-guidelines.md``. Same conventions as ``benchmarks/heldout12/spec.py``: every span is a quoted
string that occurs exactly once inside its anchor fragment, and the anchor occurs exactly once in the article;
``"ctx [[span]] ctx"`` marks a span inside disambiguating context. ``build.py`` turns this into ``gold.jsonl``
and ``meetings.jsonl``. Articles are listed with their meetings whether or not they hold one (an empty list is
a claim too). Borderline cases are listed in ``LEFT_OUT`` (for the record; the builder ignores them).
This is a BLIND set: annotated blind in session 5 (no system output seen); scored only in aggregate.
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


# Met by the selection rule (build.py docstring) but not kept (not English, or neither a commitment nor a
# statement channel), in the order met.
SKIPPED = [
    "85439e26c41c7590",
    "88c328b68b038a62",
    "8cad00dc22de45ba",
    "95301fb7883e0ee5",
    "9a440270bf8625d5",
    "ad826691a8a2f9c4",
]

GAMBILL = "Keith Gambill"
BOSMA = "Brian Bosma"
MCCORMICK = "Jennifer McCormick"
SONDLAND = "Gordon Sondland"
TRUMP = "Donald Trump"
ZELENSKIY = "Volodymyr Zelenskiy"
VINDMAN = "Alexander Vindman"
VOLKER = "Kurt Volker"
GIULIANI = "Rudy Giuliani"
D4CC = "Doctors for Camp Closure"
CBP = "Customs and Border Protection"

ARTICLES = [
    # ------------------------------------------------------------------ 1 (candidate 1)
    {"doc": "7de5241947a5f714", "publication_date": "2019-11-19", "commitments": [
        C("Several thousand teachers wearing red surrounded the Indiana Statehouse on Tuesday to call for better pay "
          "and more respect from the Republican-dominated state government", "Several thousand teachers",
          "Several thousand teachers", "demand", "call for",
          "better pay and more respect from the Republican-dominated state government",
          target="Indiana state government"),
        C("Teachers chanted, “Fund our schools,”", "Teachers", "Teachers", "demand", "Fund", "Fund our schools",
          target="Indiana state government"),
        C("Keith Gambill told a few thousand teachers who covered the Statehouse lawn that the Legislature should "
          "direct money from the state’s $2 billion in cash reserves toward helping schools", GAMBILL,
          "Keith Gambill", "demand", "should",
          "direct money from the state’s $2 billion in cash reserves toward helping schools",
          target="Indiana Legislature"),
        C("Bosma said lawmakers would take action to prevent the use of student test scores to evaluate teachers and "
          "schools", "Indiana lawmakers", "said [[lawmakers]] would", "promise", "would",
          "take action to prevent the use of student test scores to evaluate teachers and schools"),
    ], "channels": [
        H("Keith Gambill told a few thousand teachers who covered the Statehouse lawn that", GAMBILL, "told",
          "a few thousand teachers who covered the Statehouse lawn", "rally_or_speech"),
        H("Indiana House Speaker Brian Bosma spoke before lawmakers defending the state budget", BOSMA, "defending",
          "before [[lawmakers]] defending", "rally_or_speech"),
        H("told cheering teachers that they weren’t", MCCORMICK, "told", "cheering teachers", "rally_or_speech"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 2 (candidate 2)
    {"doc": "82b6d780c792df78", "publication_date": None, "commitments": [
        C("Trump’s July 25 call when he asked Ukraine President Volodymyr Zelenskiy for the political investigations",
          TRUMP, "when [[he]] asked", "demand", "asked", "the political investigations", target=ZELENSKIY),
        C("Sondland told visiting Ukraine officials they would need to “deliver” before the administration would "
          "agree to a meeting Zelenskiy wanted with Trump", SONDLAND, "Sondland", "demand", "would need to",
          "“deliver”", timeframe="before the administration would agree to a meeting Zelenskiy wanted with Trump",
          target="Ukraine officials"),
    ], "channels": [
        H("Yet Sondland has already amended his testimony once — “I now do recall,” he said,", SONDLAND,
          "he [[said]],", "his testimony", "testimony"),
        H("Trump’s July 25 call when he asked Ukraine President Volodymyr Zelenskiy", TRUMP, "asked",
          "Trump’s July 25 call", "other"),
        H("David Holmes revealed one of those interactions to impeachment investigators, saying he recalled it",
          "David Holmes", "saying", "impeachment investigators", "testimony"),
        H("investigation?’” Holmes testified.", "David Holmes", "testified", "testified", "testimony"),
        H("Sondland’s appearance follows the testimony Tuesday of four national security and diplomatic officials, "
          "including a career Army officer who described Trump’s call", VINDMAN, "described",
          "the testimony Tuesday of four national security and diplomatic officials", "testimony"),
        H("Lt. Col. Alexander Vindman told lawmakers it was his", VINDMAN, "told", "lawmakers", "testimony"),
        H("He testified about a July 10 meeting at the White House", VINDMAN, "testified", "testified",
          "testimony"),
        H("when Sondland told visiting Ukraine officials they would", SONDLAND, "told", "visiting Ukraine officials",
          "rally_or_speech"),
        H("Burisma in 2016,” Vindman testified,", VINDMAN, "testified", "testified", "testimony"),
        H("Timothy Morrison told investigators that he witnessed", "Timothy Morrison", "told", "investigators",
          "testimony"),
        H("if the country would announce the investigations, Morrison testified.", "Timothy Morrison", "testified",
          "testified", "testimony"),
        H("A series of text messages Volker provided to lawmakers showed conversations between him, Sondland and other "
          "leaders in which they discussed a need", "Kurt Volker, Gordon Sondland and other leaders", "discussed",
          "A series of text messages", "email_or_letter"),
        H("he had one in-person meeting with him, in which Giuliani “raised, and I rejected, the conspiracy theory",
          GIULIANI, "raised", "one in-person meeting with him", "rally_or_speech"),
        H("he had one in-person meeting with him, in which Giuliani “raised, and I rejected, the conspiracy theory",
          VOLKER, "rejected", "one in-person meeting with him", "rally_or_speech"),
    ], "meetings": [
        M("a newly revealed summertime phone call with President Donald Trump",
          "a newly revealed summertime phone call with President Donald Trump", [SONDLAND, TRUMP], None,
          "summertime", "past"),
        M("Trump’s July 25 call when he asked Ukraine President Volodymyr Zelenskiy", "Trump’s July 25 call",
          [TRUMP, ZELENSKIY], None, "July 25", "past"),
        M("The political counselor was having lunch with Sondland in Kyiv",
          "was having lunch with Sondland in Kyiv", ["David Holmes", SONDLAND], "Kyiv", None, "past"),
        M("He testified about a July 10 meeting at the White House when Sondland told visiting Ukraine officials",
          "a July 10 meeting at the White House", [SONDLAND, "Ukraine"], "the White House", "July 10", "past"),
        M("a key September conversation in Warsaw between Sondland and a top aide to Zelenskiy",
          "a key September conversation in Warsaw between Sondland and a top aide to Zelenskiy",
          [SONDLAND, "a top aide to Volodymyr Zelenskiy"], "Warsaw", "September", "past"),
        M("he had one in-person meeting with him, in which Giuliani", "he had one in-person meeting with him",
          [VOLKER, GIULIANI], None, None, "past"),
    ]},
    # ------------------------------------------------------------------ 3 (candidate 3)
    {"doc": "8380689f358c1e3a", "publication_date": None, "commitments": [], "channels": [
        H("took to social media apparently to discredit her testimony, claiming that", "some of Trump’s defenders",
          "claiming", "to social media", "social_post"),
        H("While the tweet shown above claimed that", "Twitter user", "claimed", "the tweet", "social_post"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 4 (candidate 9)
    {"doc": "9e8c9f082a8d77c5", "publication_date": "2019-11-18", "commitments": [], "channels": [
        H("an agency spokesman told us", "Customs and Border Protection spokesman", "told", "told [[us]]",
          "interview"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 5 (candidate 10)
    {"doc": "9eef8162bbb67b0b", "publication_date": None, "commitments": [], "channels": [
        H("wrote 43-year-old Martin Taylor of Aberdeenshire, Scotland, in a case study published Monday",
          "Martin Taylor", "wrote", "in a case study", "article_or_oped"),
    ], "meetings": [
        M("Dempsey picked up the phone and rang Taylor.", "Dempsey picked up the phone and rang Taylor",
          ["Owen John Dempsey", "Martin Taylor"], None, None, "past"),
    ]},
    # ------------------------------------------------------------------ 6 (candidate 11)
    {"doc": "abd9d6291b6bfae0", "publication_date": None, "commitments": [
        C("A group of physicians, alarmed that the Trump administration is denying flu vaccines to immigrants in "
          "custody, is urging the Department of Homeland Security to accept its offer to provide free flu shots to "
          "California detainees", D4CC, "A group of physicians", "demand", "urging",
          "accept its offer to provide free flu shots to California detainees",
          target="Department of Homeland Security"),
        C("the doctors pleaded with the administration to reconsider its decision to not vaccinate detained migrants "
          "for flu", D4CC, "the doctors", "demand", "pleaded with",
          "reconsider its decision to not vaccinate detained migrants for flu", target="Trump administration"),
        C("“We implore you to allow our volunteer physicians to hold our requested influenza vaccine clinic,”", D4CC,
          "We", "demand", "implore", "allow our volunteer physicians to hold our requested influenza vaccine clinic",
          target="Kevin McAleenan and Alex Azar"),
        C("said they would provide 100 doses of the influenza vaccines and four volunteer physicians to administer "
          "them", D4CC, "said [[they]] would", "promise", "would",
          "provide 100 doses of the influenza vaccines and four volunteer physicians to administer them"),
        C("The group had set a deadline of Tuesday for the administration to respond", D4CC, "The group", "demand",
          "set a deadline", "the administration to respond", timeframe="Tuesday", target="Trump administration"),
        C("In August, CBP announced that it would not be vaccinating migrant families in its holding centers ahead "
          "of the flu season", CBP, "announced that [[it]] would", "promise", "would",
          "not be vaccinating migrant families in its holding centers", timeframe="ahead of the flu season"),
    ], "channels": [
        H("In a Nov. 5 letter, the doctors pleaded with", D4CC, "pleaded", "In a Nov. 5 letter", "email_or_letter"),
        H("the physicians stated in the letter", D4CC, "stated", "in the letter", "email_or_letter"),
        H("said in a statement emailed to NBC News that the agency never", CBP, "said", "in a statement",
          "written_statement"),
        H("In a Nov. 5 letter to Kevin McAleenan, who was the acting director of the Department of Homeland Security "
          "and Alex Azar, the Health and Human Services secretary, said they would", D4CC, "said",
          "In a Nov. 5 letter to Kevin McAleenan, who was the acting director of the Department of Homeland Security "
          "and Alex Azar, the Health and Human Services secretary", "email_or_letter"),
        H("a member of the group and signatory to the letter, told NBC News", "Luz Contreras Arroyo", "told",
          "NBC News", "interview"),
        H("says the letter signed by seven physicians", D4CC, "says", "the letter", "email_or_letter"),
        H("At the time, the agency said in a statement that it chose", CBP, "said", "in a statement",
          "written_statement"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 7 (candidate 13)
    {"doc": "b0cf2bbf0192315e", "publication_date": "2019-11-20", "commitments": [], "channels": [
        H("A recent report by the International Energy Agency’s Photovoltaic Power Systems Program stated",
          "International Energy Agency’s Photovoltaic Power Systems Program", "stated",
          "A recent report by the International Energy Agency’s Photovoltaic Power Systems Program",
          "written_statement"),
        H("A further 17 manufacturers, according to the report, had", "International Energy Agency’s Photovoltaic "
          "Power Systems Program", "according to", "the report", "written_statement"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 8 (candidate 14)
    {"doc": "b6906ca016bbfc64", "publication_date": "2019-11-18", "commitments": [], "channels": [
        H("Trump said at a rally in Monroe, La., on Nov. 6, 2019.", TRUMP, "said", "at a rally in Monroe, La.",
          "rally_or_speech"),
        H("a March 2019 study by the Centre for Economic Policy Research, a London-based think tank, concluded that",
          "Centre for Economic Policy Research", "concluded",
          "a March 2019 study by the Centre for Economic Policy Research, a London-based think tank",
          "written_statement"),
    ], "meetings": []},
]

LEFT_OUT = """
Selection: the candidates are fresh.selection_order(1, skip=28) (the 121 sorted document names [1::2], less the 28
  earlier sets read: 32 candidates). 14 were read (candidates 1-14); the 8th kept article is the 14th candidate. 8
  kept, 6 skipped; candidates 15-32 were not opened. Keep rule: English and at least one commitment (§A) or one
  statement channel (§B).
Skipped: candidate 4 (not in English: a Japanese trademark-law blog post); candidate 5 (a podcast promo: "The Tennis
  Podcast team ... gave their initial impressions" names the team, not a channel, and reports no content; the
  rest are the publisher's questions and sponsor line); candidate 6 (a theatre's own blog: "We will become the
  Jeongdong Theater who always strives ..." is the publisher's voice, A.2-17); candidate 7 (a game developer's own
  note asking players to report bugs: author's voice and generic request); candidate 8 (football qualifying table:
  "according to UEFA" is evidential with no channel, "A draw will decide" is narrator); candidate 12 (a deals
  round-up: "Learn more in our hands-on review, where we called it ..." and "We loved them in our hands-on review"
  are the publisher's own statements, left out like "as Gizmodo very recently explained" in held-out 12; "Shop the
  rest of today's sale" is the publisher; the embedded tweet line has no cue).
publication_date: from the URL when it gives a full date (detroitnews /2019/11/19/, politifact /2019/nov/18/ twice,
  pv-magazine /2019/11/20/), else null (AP hosted page, snopes, msn twice); no date was taken from the texts.
Meetings: 7, all past: six in the AP Sondland article (the Sondland-Trump phone call of the lede, "summertime" as
  when, place null because Kyiv is named only in a later sentence outside the anchor; Trump's July 25 call with
  Zelenskiy; Holmes's lunch with Sondland in Kyiv; the July 10 White House meeting with the visiting Ukraine
  officials, participant "Ukraine" for the group from a named country; the September Warsaw conversation between
  Sondland and "a top aide to Zelenskiy", included although the aide is unnamed because he is identified by his
  principal; Volker's one in-person meeting with Giuliani, where "meeting with Giuliani was just part of the
  dialogue" is generic and the occasion is "one in-person meeting with him") and one in the feather-duvet article
  (Dempsey "rang Taylor": a phone call between two named parties, included although debatable as a doctor-patient
  call). Left out: "a meeting Zelenskiy wanted with Trump" (hypothetical); "has spoken several times with the
  president" (several occasions); Wednesday's hearing and the testimonies (hearings); Morrison as a participant of
  the Warsaw conversation (he "witnessed" it); the family doctor's call to the clinic and Dempsey (the family doctor
  is unnamed); Indiana legislators' "organizational meetings" (own meetings, no second party); the Republican
  Governors Association conference (a conference).
Per article (commitments and channels weighed and left out; debatable inclusions marked "Included"):
* 7de5241947a5f714 (Indiana teachers' rally): Cooper "We need to make sure we keep teachers in the classroom" and
  Gambill "we need action now" (inclusive, generic); the chant "Put kids first" (attitude / priority) and the signs
  and "Red for Ed" (slogans, no directive); Holcomb and GOP leaders "said they don't expect to take action on further
  boosting school funding until at least 2021" (expectation, not an undertaking); "His office said he was keeping
  long-standing plans" and "he was waiting for a teacher pay commission he appointed ... to make recommendations"
  (progressive; a past appointment, not a statement); "a 9% funding increase was needed" (agentless); "They seem
  intent on not antagonizing educators" (narrator); McCormick's "asking for the moon" (a characterisation, negated).
  Channels left out: "Gambill said to cheers from the crowd" ("to cheers" is a circumstance, not an addressee);
  "Teachers chanted ..." and "protesters chanted ... in a Statehouse hallway" (no event noun; bare location);
  "according to teachers unions", "The unions said", "Indiana State Police reported", "McCormick has cited a study",
  "touted the plan", bare "Bosma said", "she said", "he said". Included although debatable: "to call for better pay
  and more respect from the Republican-dominated state government" (the protest's purpose clause reports the
  teachers' call; target the state government); the chant "Fund our schools" as a demand (an imperative in direct
  speech addressed to the state, trigger = the imperative verb); Gambill's "the Legislature should direct money ..."
  (union president = interest group, specific actor, concrete act); Bosma "said lawmakers would take action to
  prevent ..." as a promise with holder "Indiana lawmakers" (the House Speaker announcing his chamber's action, the
  principal named in the third person; "after lower scores ..." is a reason adjunct left out of the content); the
  channel "spoke before lawmakers defending the state budget" (cue the participle, channel the audience).
* 82b6d780c792df78 (AP, Sondland): "the Republican president's efforts to get Ukraine to investigate" (nominal
  "efforts", not a trigger); "Sondland said he had relayed to the Ukrainian that U.S. aid might be freed if the
  country would announce the investigations" (hedged "might"; a relayed conditional, no commitment trigger); "a
  need for Ukraine to launch investigations" (nominal "need"); Trump's quoted question "So he's going to do the
  investigation?" (question); Sondland's "He's going to do it" and "Zelensky will ... 'do anything you ask him to'"
  (assurances about another person, A.2-16); Vindman's "duty" to report (past); "Hill, who will testify Thursday"
  (narrator schedule); "I rejected" kept only as a channel (past act). Channels left out: "said another witness in
  the impeachment probe, former White House Russia adviser Fiona Hill" (speaker description); "said Hill, who will
  testify Thursday" (future); "Ambassador Sondland replied that ..." inside Holmes's quote (the phone call is named
  in the previous sentence); "Sondland was known for telling others" (habitual, generic addressees); "Sondland said
  he had relayed to the Ukrainian" (a remark to one unnamed person, cf. dev "told some of the miners"); "Trump said
  ... At the White House" (bare location); "Trump assailed Williams" (no channel); "Volker ... shifted his own
  account of the July 10 meeting to say" ("account" is a version, not a medium or event); bare "Volker said".
  Included although debatable: bare
  "testified" typed testimony with channel = cue (the verb names the genre, like "tweeted"), four times; "amended
  his testimony once — 'I now do recall,' he said" (cue "said", channel "his testimony"); "the testimony Tuesday of
  four ... officials, including a career Army officer who described Trump's call ..." (speaker Alexander Vindman,
  identified in the next sentence); "told lawmakers" / "told investigators" / "revealed ... to impeachment
  investigators, saying" typed testimony; "Sondland told visiting Ukraine officials" (addressee channel at the July
  10 meeting, typed rally_or_speech like "a meeting of Pacific Island leaders"); the demand "they would need to
  'deliver'" (trigger the necessity modal, target the Ukraine officials; the "before ..." clause as timeframe, not
  condition); "Trump's July 25 call when he asked Ukraine President Volodymyr Zelenskiy for the political
  investigations" (demand, and the call as channel typed other like a phone call); "A series of text messages ...
  showed conversations ... in which they discussed a need" (the messages as the medium of the discussion, typed
  email_or_letter as private written messages; "showed" itself is a display verb); Giuliani "raised" and Volker
  "rejected" in "one in-person meeting with him" (two entries, one channel, typed rally_or_speech as talks).
* 8380689f358c1e3a (Snopes, Yovanovitch net worth): no commitment; "We reached out to Walikali and Gossipgist ...
  and will update this article" (publisher). Channels left out: "Yovanovitch testified before the U.S. House
  Intelligence Committee" (no reported content); "other social media users have offered differing estimates" and
  "Some social media users pointed to articles ..." (speaker descriptions, no medium in the cue's phrase); "these
  sites offered no evidence" (negated). Included although debatable: "took to social media ... claiming that"
  (channel "to social media" as in dev "to Twitter"; speaker the description "some of Trump's defenders"); "the
  tweet shown above claimed that" (medium as subject; "shown above" left out; the tweet itself is not in the text;
  speaker "Twitter user").
* 9e8c9f082a8d77c5 (PolitiFact, McKinley): McKinley "argued that the United States needs stronger border security,
  including more border patrol agents" (national, generic necessity); "additional resources are needed" (agentless);
  border agents "say you've got to pay attention to this" (generic); the publisher's "We'll start by noting",
  "we'll interpret" (publisher). Channels left out: "visited the U.S.-Mexico border near McAllen, Texas, and argued"
  (bare location); "he said, according to the Intelligencer, the Wheeling News-Register" (the newspaper is the
  source of the report, evidential; how he said it is not named); "McKinley's office did not provide PolitiFact with
  further information" (negated); "the DEA says", "said Bruce Bagley", "McKinley said", "McKinley cited" (bare).
  Included: "an agency spokesman told us" (the authors as addressee, like "told me" -> interview; speaker described
  as "Customs and Border Protection spokesman", the agency named in the previous sentence).
* 9eef8162bbb67b0b (feather duvet lung): Dempsey "doctors should always ask about exposures at home" (expert advice,
  generic target); "we miss a trick" (generic). Channels left out: "Taylor told Dempsey he didn't own any birds" (a
  personal remark to one person, cf. dev "told some of the miners"); "put in a call to the urgent respiratory clinic
  and spoke to Dr. Owen John Dempsey" (no reported content); bare "wrote Taylor", "Taylor added", "Taylor wrote",
  "Dempsey said", "Dempsey stressed"; "As Sherlock would say" (quip). Channel span "in a case study" leaves out the
  participial "published Monday in the journal BMJ" (B.2), typed article_or_oped as in held-out 12.
* abd9d6291b6bfae0 (doctors' flu-shot offer): "have offered to stage a mobile flu vaccine" and "its offer to provide
  free flu shots" (offers, A.2-19); "The doctors warned that migrants are not the only people at risk" and "Health
  care providers have protested ..., warning that children ... would face more serious health risks" (predictions);
  "They hope for government funding" (hope) and "If not, they will try to find other funding" (narrator voice, no
  attribution in its sentence); "have an established volunteer network ... to get the necessary vaccines and work
  with CBP" (ability / readiness); "Physicians are volunteering their time" (progressive); "before making the request
  public" (nominal without complement); "our requested influenza vaccine clinic" (participle; the request is the
  annotated "implore"); "The Centers for Disease Control recommends all individuals above age 6 months get a flu
  vaccine" (generic target); "CBP's guidelines recommend holding people no longer than 72 hours" and "the CDC
  requirement that immigrants be vaccinated" (standing rules, nominal); "it chose not to provide the vaccinations"
  (past decision); "Customs and Border Protection ... did not accept the offer" (past). Channels left out: "the
  doctors stated", "the physicians stated", "the spokesperson said", "Arroyo added", "said Arroyo", "She said", "The
  doctors said" (bare); "NBC News reported" (bare); "That report found children ..." ("found" read as an evidential
  research verb, like "shows"); "the policy manual ... notes the CDC requirement" (display verb with a noun-phrase
  object); "noted findings of ... by the DHS Office of Inspector General" (no medium of the doctors' statement);
  "Follow NBC Latino on Facebook" (publisher). Channel spans leave out the participials "emailed to NBC News" and
  "signed by seven physicians" (B.2). Speaker of the unnamed spokesperson's statement: the agency, "Customs and
  Border Protection". Holder of the doctors' commitments: the group named in the article, "Doctors for Camp Closure".
  Included although debatable: "said they would provide 100 doses ... and four volunteer physicians" (explicit
  future after a speech verb in the letter, read as a promise although it restates the offer); "The group had set a
  deadline of Tuesday for the administration to respond" (an ultimatum, demand, timeframe "Tuesday"); the target of
  "We implore you" is the letter's addressees "Kevin McAleenan and Alex Azar"; the garbled sentence "In a Nov. 5
  letter to Kevin McAleenan, ... and Alex Azar, ..., said they would ..." is read with the doctors as the subject;
  its channel keeps both addressees and the appositions between them.
* b0cf2bbf0192315e (South Korea solar roadmap): "MOTIE has unveiled a plan to help ..." and "another announced by
  MOTIE in March, which aimed to introduce ..." (nominal plan, aim); "Sixteen energy technology priorities ...
  include a reduction ..." (priorities); "The South Korean government also wants to help manufacturers" (desire);
  "Seoul expects PV cell producers to increase the average efficiency" (expectation, cf. dev "expects the campaign
  to continue"); "Seoul plans to install 30.8 GW of solar by 2030" (narrator plan; "According to data released by
  MOTIE" is evidential); the SunShot Initiative "aims to reduce" (goal); "a 3 GW ground-mounted PV array planned ...
  and announced by president Moon Jae-in" (participles). Channels left out: "the Department of Energy announced"
  (no channel); "According to data released by MOTIE in August" (evidential data); "submitted to Korean renewable
  energy industry representatives" (no reported content). Included although debatable: "A recent report by the
  International Energy Agency's Photovoltaic Power Systems Program stated ..." (medium as subject) and "according to
  the report" (cue "according to", as in dev "according to a speech ..."; not the evidential "according to the
  poll"), both typed written_statement (a programme's report, like a policy paper).
* b6906ca016bbfc64 (PolitiFact tariff guide): no commitment: Trump's rally quote is a boast, "Customs and Border
  Protection typically requires payment within 10 days" (standing rule), "The situation can worsen if ..."
  (prediction), the projections of the CBO and the Tax Foundation (predictions). Channels left out: "Backers of
  tariffs say", "Most mainstream economists ... argue", "said Scott Paul", "said Lawrence White", "Howard Gleckman
  ... has written", "Reuters reported", "said Monica de Bolle", "the Congressional Budget Office projects", "said
  Ross Burkhart", "The conservative-leaning Tax Foundation projected", "said Daniel Anthony", "according to the
  American Farm Bureau Federation", "retailers that said they raised prices", "said Mary E. Lovely", "Lovely said"
  (bare or evidential); "Studies have shown" (evidential). The rally channel leaves out the trailing date "on Nov. 6,
  2019". Included although debatable: "a March 2019 study by the Centre for Economic Policy Research, a London-based
  think tank, concluded that, ... '...'" (medium as subject of a verb of stating with quoted content, typed
  written_statement; "As we've noted" is the publisher).
"""
