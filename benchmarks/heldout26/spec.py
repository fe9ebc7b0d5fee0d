"""Hand-written annotation for blind held-out set 26: 8 English news articles (extraction benchmark).

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
    "87bf60570e6e2e33",
    "8b19453030820413",
    "94fbcc2677208864",
    "961bd85ca85aaf79",
    "9da36ae4714bfccc",
    "ac3c035520461017",
    "ad9e9e596f21a681",
    "b37be3535e1fb61e",
    "b6fb53e9fb043c98",
    "c4a3637c6696f238",
    "c582d3b772578e8f",
    "c69e539d689a8335",
    "c81e134ed49902bc",
]

PA = "Palestinian Authority"
FORD = "John Milo Ford"
MATTHESEN = "Elise Matthesen"
FRY_FORD = "Martha Fry and Dale Ford"
TYVAK = "Tyvak Nano-Satellite Systems"
PATIENT = "the patient"

ARTICLES = [
    # ------------------------------------------------------------------ 1 (candidate 1)
    {"doc": "7f93c1944a41d019", "publication_date": None, "commitments": [], "channels": [
        H("who did not work on the study, told Newsweek", "Ian Hamilton", "told", "Newsweek", "interview"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 2 (candidate 2)
    {"doc": "833caf3bdba53dcf", "publication_date": None, "commitments": [
        C("The Palestinian Authority - which considers the US biased and has rejected the Trump administration as a "
          "mediator if peace talks are ever revived - called for an emergency meeting of the body", PA, "The Palestinian Authority", "demand", "called for",
          "an emergency meeting of the body"),
        C("Palestinian chief negotiator Saeb Erekat said they would take a series of measures to oppose it, including "
          "calling for a UN Security Council debate", PA, "said [[they]] would", "promise", "would",
          "take a series of measures to oppose it, including calling for a UN Security Council debate"),
        C("and we will ask... the International Criminal Court (ICC) to open an official judicial investigation", PA,
          "[[we]] will ask", "promise", "will",
          "ask... the International Criminal Court (ICC) to open an official judicial investigation"),
        C("The European Union's top court last week ruled that EU countries must identify products made in Israeli "
          "settlements on their labels", "European Union's top court", "The European Union's top court", "demand",
          "must", "identify products made in Israeli settlements on their labels", target="EU countries"),
    ], "channels": [
        H("he told settler leaders, according to a statement", "Benjamin Netanyahu", "told", "settler leaders",
          "rally_or_speech"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 3 (candidate 3)
    {"doc": "851498a2b9f4f0b5", "publication_date": None, "commitments": [
        C("When his editors would ask him to explain himself more", "Ford's editors", "his editors", "demand", "ask",
          "explain himself more", target=FORD),
        C("Martha Fry and her brother Dale Ford agreed to an interview, but only if they could do it together, and only "
          "if it were done over email", FRY_FORD, "Martha Fry and her brother Dale Ford", "promise", "agreed",
          "an interview", condition="only if they could do it together, and only if it were done over email"),
    ], "channels": [
        H("after the novelist Jo Walton explained them to me", "Jo Walton", "explained", "to [[me]]", "interview"),
        H("Gaiman told me", "Neil Gaiman", "told", "me", "interview"),
        H("Matthesen recalled in an email", MATTHESEN, "recalled", "in an email", "email_or_letter"),
        H("he emailed Gaiman about how hard it was", FORD, "emailed", "emailed", "email_or_letter"),
        H("“He looked a little surprised,” she wrote in an email.", MATTHESEN, "wrote", "in an email",
          "email_or_letter"),
        H("According to a document Matthesen prepared for her lawyers in October of 2006", MATTHESEN, "According to",
          "a document Matthesen prepared for her lawyers", "written_statement"),
        H("Ford’s unexecuted will specified that", FORD, "specified", "Ford’s unexecuted will", "written_statement"),
        H("Over the course of that interview, Dale and Martha disputed that", FRY_FORD, "disputed",
          "Over the course of that interview", "interview"),
        H("multiple friends of Mike Ford had told me", "multiple friends of Mike Ford", "told", "told [[me]]",
          "interview"),
        H("she replied in an email", MATTHESEN, "replied", "in an email", "email_or_letter"),
    ], "meetings": [
        M("“I once visited Mike with our parents in Minneapolis at his apartment,” Dale wrote.",
          "visited Mike with our parents in Minneapolis at his apartment", ["Dale Ford", FORD], "Minneapolis", None,
          "past"),
    ]},
    # ------------------------------------------------------------------ 4 (candidate 9)
    {"doc": "9ebb3af65694a953", "publication_date": None, "commitments": [], "channels": [
        H("Edmunds' executive director of industry analysis, said in a statement", "Jessica Caldwell", "said",
          "in a statement", "written_statement"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 5 (candidate 10)
    {"doc": "aade2ec8d1e7b091", "publication_date": None, "commitments": [], "channels": [
        H("Posted on social media by the performance analysts at Digital Foundry", "Digital Foundry", "Posted",
          "on social media", "social_post"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 6 (candidate 15)
    {"doc": "ba4dfe2d3e817ff7", "publication_date": None, "commitments": [], "channels": [
        H("The health commission said in a statement that", "Inner Mongolia health commission", "said",
          "in a statement", "written_statement"),
        H("told the media that the latest case", "Fan Mengguang", "told", "the media", "press_remarks"),
        H("one user on Weibo, which is essentially China’s version of Twitter, posted", "one user on Weibo", "posted",
          "on Weibo", "social_post"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 7 (candidate 16)
    {"doc": "bd673bd7988144f0", "publication_date": None, "commitments": [], "channels": [
        H("the patient described in the case report", PATIENT, "described", "in the case report", "article_or_oped"),
        H("the patient wrote in the case study", PATIENT, "wrote", "in the case study", "article_or_oped"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 8 (candidate 21)
    {"doc": "d1c57d7821e5a5b2", "publication_date": None, "commitments": [
        C("but said SpaceX would fly Starship “a lot” before flying any missions with people on board", "SpaceX",
          "said [[SpaceX]] would", "promise", "would",
          "fly Starship “a lot” before flying any missions with people on board",
          timeframe="before flying any missions with people on board"),
        C("said Tyvak would leverage that experience in its lunar landers", TYVAK, "Tyvak", "promise", "would",
          "leverage that experience in its lunar landers"),
        C("“We’re going to start with something smaller,”", TYVAK, "We", "promise", "going to",
          "start with something smaller"),
    ], "channels": [
        H("said of that on-ramp in a teleconference with reporters", "Steve Clarke", "said",
          "in a teleconference with reporters", "press_remarks"),
    ], "meetings": []},
]

LEFT_OUT = """
Selection: the candidates are fresh.selection_order(0, skip=29) (the 121 sorted document names [0::2], less the first
  29 that earlier sets read: 32 candidates). 21 were read (candidates 1-21); the 8th kept article is the 21st
  candidate. 8 kept, 13 skipped; candidates 22-32 were not opened. Keep rule: English and at least one commitment
  (§A) or one statement channel (§B).
Skipped: 3 not in English (a Korean drama column, an Italian streaming note, Russian game-console tips). 10 in
  English with neither a commitment nor a channel: an opinion column on a TV interview (the interview is named only in a sentence with no speech cue;
  "Giuffre said before the interview" is time, not channel; the author's "Let's hope"); a tabloid disease report
  ("The man told doctors" read as a private addressee, cf. "conveyed to Ms. Martin"; "say officials", "said" bare);
  the light-installation notice; a police arrest report (bare "said"; "a canine was requested" is passive and
  past); two charity blog posts in the publisher's own voice (its "We'll try to respond", "We plan to spend",
  "We summarized our case ... in a recently-published write-up" are the publisher's, A.2-17); a space-agency brief
  ("The agency said Monday", "She noted": bare); a self-help business blog (all in the author's voice, "that's a
  promise" included); a company press release (product announcement, bare "says:"); a high-school score sheet.
publication_date: null for all 8 (no kept page's URL gives a full date; slate's gives only /2019/11/).
Meetings: 1 (Dale Ford's visit to Mike Ford in Minneapolis; when null, "once" is not a date). Left out: "When Ford
  visited his editor Teresa Nielsen Hayden at her office" (habitual, not one occasion); "over breakfast, my friend
  Helen handed me a novel" (the author is not named in the text); "one phone conversation with Ford's mother"
  (mother not named); "she interviewed Mike for a convention" (interview); "I eventually reached Valerie Smith by
  phone" (interview by the unnamed author); Netanyahu "visited the Gush Etzion settlement bloc" and "told settler
  leaders" (a place and unnamed leaders); the PA's "called for an emergency meeting of the body" (proposal, and the
  body's own meeting); "We recently traveled to Google's offices in London" (the publisher, unnamed); "a
  teleconference with reporters" (press).
Per article (commitments and channels weighed and left out; debatable inclusions marked "Included"):
* 7f93c1944a41d019 (cannabis use disorder study): "The authors of the research published in the journal JAMA
  Psychiatry argued" (the research is in the speaker description, cf. "One of the docs who sent the letter");
  "according to a study" (evidential); "the authors wrote", "the authors said", "commented:", "he pointed out",
  "Hamilton argued", "Hamilton said" (bare); "This graphic, provided by Statista, shows" (display verb). Martins
  "legalization efforts should coincide with prevention and treatment", "The general public should be informed"
  and Hamilton "something other states and countries should factor in" (expert advice, agentless/generic, A.2-9);
  "Hamilton urged people to be cautious of believing assertions made by suppliers" (generic target and an
  attitude, not a concrete act; A.2-11/13). Included although debatable: "told Newsweek" (the publisher as
  interlocutor, cf. "told The Huffington Post").
* 833caf3bdba53dcf (settlements reaction): "We are going to the (UN) General Assembly" (futurate progressive without
  a modal; left out when in doubt, the coordinated "we will ask ..." is annotated); "We stand tall and we will stand
  tall" (figurative/attitude); the UN/EU "stressed the decision would not change the reality", Russia "it would
  likely further heighten tensions", Safadi "warning of 'dangerous consequences'", "The ICC is expected to take key
  decisions", analysts "it will further embolden" (predictions); "has rejected the Trump administration as a mediator"
  (stance); "the US to try to force the Palestinians to capitulate", "They wanted us on our knees" (characterisation,
  past); Pompeo "saying he trusted the Israeli courts to decide" (stance). Channels left out: "according to a
  statement" in the settler-leaders sentence (the source of the report; the remark was made to the leaders), the
  many bare "said"/"reiterated"/"stressed"/"condemned"; "the unilateral move announced on Monday by ... Pompeo"
  (nominal). Holder: Erekat's "they"/"we" -> "Palestinian Authority" (the organisation the article names). Target of
  the PA's "called for" is null (verbal policy call, A.2-8). Included although debatable: the European Union's top
  court "ruled that EU countries must identify products ..." as a demand (a government body, specific addressee,
  concrete act; the bare "ruled" gives no channel).
* 851498a2b9f4f0b5 (John M. Ford, long-form): "Tor and the family have reached an agreement that will gradually bring
  all of his books back into print" (nominal agreement, A.2-14) and "Then, in 2021, Tor will publish ... Aspects"
  (narrator); "No. You tell me one, and when you're gone, I'll tell it to somebody else." and the prompt "Tell me a
  story." (anecdote, A.2-20); "The Klingon Empire has decided that we should formalize our relationship" (joke);
  the author's "I needed comment from them" and "asked them for comment" (author, A.2-17); Ford and Fry "replied that
  I was threatening them" (characterisation of the author); "they had written to Mike's agent, trying to see if there
  was any interest in reprinting his work" and "his family's requests" (past inquiry, nominal without complement);
  "They refused to discuss anything having to do with his estate" (refusal); "Ford also wanted", "Matthesen and
  Ford's friends wanted some say" (desire); "Gaiman ... should've been marketed like The Name of the Rose. You needed
  to go" (counterfactual); "The couple hired Ford" (past); the will's "he did not want his family to get his estate"
  (desire). Channels left out: Helen "telling me I would love it" over breakfast (a friend's personal remark, not an
  interview; cf. "told some of the miners"); "Ford told some of his friends", "was how Ford described it to friends",
  the father "told Starner", Elise "told them of Ford's passing" (private addressees); "according to multiple people
  I spoke to" (speaker description); "who would eulogize Ford" (no statement channel phrase); "I asked Ford's
  friends", "I wrote back, saying" (the author's own); "Dale wrote", "Elise wrote", "he wrote" after the email
  sentence, "she recalled", "explained", "As Gaiman put it", "said" (bare; medium only in an earlier sentence);
  "I eventually reached Valerie Smith by phone" (no content in that sentence); "The story, repeated to me again and
  again (and, occasionally, online)" (no speaker); the pull quote "— Neil Gaiman" (no cue). Included although
  debatable: "When his editors would ask him to explain himself more" (habitual directive with a specific target,
  A.2-13; holder "Ford's editors"); "agreed to an interview, but only if ..." (an agreement with a counterparty,
  A.2-5, content "an interview", the only-if clauses as condition); "explained them to me" and "multiple friends of
  Mike Ford had told me" ("me" is the article's author -> interview; Walton's quote follows in the next sentence);
  "he emailed Gaiman about how hard it was ..." (verb names the medium, channel = cue); "According to a document
  Matthesen prepared for her lawyers" (cue "according to", cf. "according to a speech Mrs. Clinton delivered") and
  "Ford's unexecuted will specified that ..." (medium as subject of a verb of saying with clausal content), both
  written_statement; "Over the course of that interview, Dale and Martha disputed" (an email interview, typed
  interview). Names: "John Milo Ford" (the fullest name the article gives).
* 9ebb3af65694a953 (Houston car sales): "according to the TexAuto Facts report from InfoNation", "according to
  Edmunds.com", "according to InfoNation" (evidential data sources); McDowell "said, adding" (bare); "Industry
  experts expect", "should keep auto interest rates low", "Edmunds expects" (predictions).
* aade2ec8d1e7b091 (Stadia RDR2 frame rate): "The promise of Google Stadia: high quality visuals ..." and "You're
  promised a smooth ride" (the author's framing of a product's prospect, passive with no holder, cf. "rules that
  promise to transform"); "Preliminary tests by Digital Foundry reveal" (evidential); "The group state" (bare); the
  embedded tweet text with its signature line (no cue); "We called it ...", "Read our review-in-progress here"
  (publisher). Included although debatable: "Posted on social media by the performance analysts at Digital
  Foundry, the Stadia port ... is not entirely smooth" (a dangling participle; cue "Posted", channel "on social
  media").
* ba4dfe2d3e817ff7 (Inner Mongolia plague): "Health authorities ... have confirmed that" (no channel); "According to
  AFP" (source of the report, not a statement by AFP); "Another reportedly said" (no channel); "According to the
  Centre for Disease Control" (evidential); "The CDC advises the earlier people seek treatment ..." and "may need
  preventative antibiotic therapy" (generic advice). Speaker: "Inner Mongolia health commission" for "The health
  commission". Included although debatable: "told the media" typed press_remarks (cf. "told reporters"); "one user on
  Weibo, ..., posted:" with channel "on Weibo" (the phrase sits in the speaker description but names where the post
  was made; cue "posted").
* bd673bd7988144f0 (feather-duvet lung, Live Science): "according to a new case report" (evidential); Dempsey
  "people with pillows and duvets containing feathers shouldn't panic or throw them out", "they should let their
  health care professional know", "It's important for health care providers to 'take really detailed histories'"
  (generic expert advice); "His general practitioner ordered a chest X-ray" (past, a test ordered, not a directive to
  a person); "Dempsey said", "he added" (bare); "The findings were published today ... in the journal BMJ Case
  Reports" (no cue); "Originally published on Live Science" (publisher). Speaker "the patient" (unnamed, "A
  43-year-old-man"); the case report / case study typed article_or_oped (as held-out 12 typed a case study).
* d1c57d7821e5a5b2 (NASA CLPS on-ramp): "NASA announced Nov. 18 that it was adding five companies" (progressive,
  present act); "a rover NASA plans to fly in 2022" and "Blue Origin will offer NASA its Blue Moon lander" and "The
  agency is separately working on a call for proposals ... with a goal of" (narrator plans/goals, A.2-4);
  "Starhip will be able to deliver", "SNC would be able to start lunar lander missions in 2022", "the company could
  take larger payloads" (ability, A.2-16); "missions could begin in 2022", "could serve as a 'nice stepping stone'",
  "his company's lander should be available for missions starting in 2023", "a new task order ... that should be
  released 'sometime soon'", "The larger landers ... could deliver tools" (hedged expectations); Sherwood "declined
  later to state when", Villa "declined to say when", Roth "did not disclose" (refusals); "Our flexibility and
  ability to scale up is going to lead us to fulfill more and more complex missions" (prediction); "OrbitBeyond
  canceled its task order" (past). Channels: all other "said" bare; "NASA announced" (no channel). Included although
  debatable: Shotwell "said SpaceX would fly Starship 'a lot' before flying any missions with people on board" (the
  company's own future conduct, holder SpaceX; the before-clause as timeframe); Villa "said Tyvak would leverage that
  experience in its lunar landers" and "We're going to start with something smaller" (company plans stated by its
  COO, holder the company); "in a teleconference with reporters" typed press_remarks.
"""
