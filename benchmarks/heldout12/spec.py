"""Hand-written annotation for fresh development set 12: 8 English news articles (extraction benchmark).

The texts are the true article bodies (``articleBody``) of ``shared/data/extraction-benchmark/ground-truth.json``;
a document is named by the first 16 hex digits of its key (``benchmarks/heldout/fresh.py``). Commitments and
statement channels follow ``shared/data/ledger-gold-dev/guidelines.md`` unchanged; meetings follow
``docs/meeting-guidelines.md``. Same conventions as ``benchmarks/heldout10/spec.py``: every span is a quoted
string that occurs exactly once inside its anchor fragment, and the anchor occurs exactly once in the article;
``"ctx [[span]] ctx"`` marks a span inside disambiguating context. ``build.py`` turns this into ``gold.jsonl``
and ``meetings.jsonl``. Articles are listed with their meetings whether or not they hold one (an empty list is
a claim too). Borderline cases are listed in ``LEFT_OUT`` (for the record; the builder ignores them).
This is a DEVELOPMENT set: annotated blind (no system output seen), then open to error analysis.
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
    "5f03fc173ebc6abd",
    "5fbc7ccb504c755a",
    "6a72de37e8f98f4e",
]

SWIFT = "Taylor Swift"
PESCHORN = "Wolfgang Peschorn"
MINISTRY = "Interior Ministry"
CHINA_GOV = "Chinese government"
TRUMP = "Trump"
CARLINEO = "Patrick W. Carlineo Jr."
DEMPSEY = "Owen Dempsey"

ARTICLES = [
    # ------------------------------------------------------------------ 1 (candidate 1)
    {"doc": "55bb6340e3d7dd86", "publication_date": "2019-11-18", "commitments": [
        C("T-Swift took to Twitter to air her grievances with Big Machine, Braun and The Carlyle Group (what a time to "
          "be alive), recruiting fans to join her cause", SWIFT, "T-Swift", "demand", "recruiting", "join her cause",
          target="fans"),
        C("has indicated that she’ll be re-recording her biggest hits", SWIFT, "that [[she]]’ll", "promise",
          "she[[’ll]] be", "be re-recording her biggest hits"),
    ], "channels": [
        H("T-Swift took to Twitter to air her grievances", SWIFT, "air", "took to Twitter", "social_post"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 2 (candidate 2)
    {"doc": "57d46c9d751e3fd3", "publication_date": None, "commitments": [
        C("U.S. President Donald Trump said he would raise tariffs on Chinese imports if no deal is reached with "
          "Beijing to end the trade war", "Donald Trump", "said [[he]] would", "threat", "would",
          "raise tariffs on Chinese imports",
          condition="if no deal is reached with Beijing to end the trade war", target="China"),
    ], "channels": [
        H("Oil fell after sources told Reuters that", "sources", "told", "Reuters", "interview"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 3 (candidate 3)
    {"doc": "5a822960e9a2cb1e", "publication_date": None, "commitments": [
        C("The house where Adolf Hitler was born will be turned into a police station, Austria's interior minister "
          "said", PESCHORN, "Austria's interior minister", "promise", "born [[will]] be",
          "be turned into a police station"),
        C("It will house the local police force's offices, the Interior Ministry said in a statement", MINISTRY,
          "the Interior Ministry", "promise", "will", "house the local police force's offices"),
        C("Architects from across the European Union will be invited to submit plans for the building's redesign "
          "this month and a jury of experts and public officials will pick the winning design in the first half of "
          "next year, the Interior Ministry said.", MINISTRY, "the Interior Ministry", "promise", "Union [[will]] be",
          "be invited to submit plans for the building's redesign this month", timeframe="this month"),
    ], "channels": [
        H("It will house the local police force's offices, the Interior Ministry said in a statement", MINISTRY,
          "said", "in a statement", "written_statement"),
        H("who serves in a provisional government of civil servants, said in the statement", PESCHORN, "said",
          "in the statement", "written_statement"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 4 (candidate 6)
    {"doc": "624fcd903d56fc70", "publication_date": None, "commitments": [
        C("warned that the Chinese government “will not sit on our hands” if the Hong Kong situation “becomes "
          "uncontrollable”", CHINA_GOV, "the Chinese government", "threat", "will", "not sit on our hands",
          condition="if the Hong Kong situation “becomes uncontrollable”", target="Hong Kong protesters"),
        C("“If the situation becomes uncontrollable, the central government certainly would not sit on our hands "
          "and watch.", CHINA_GOV, "the central government", "threat", "would", "not sit on our hands and watch",
          condition="If the situation becomes uncontrollable", target="Hong Kong protesters"),
        C("Hong Kong police have laid siege to a university, pinning 800 students inside and threatened to use live "
          "ammunition on them", "Hong Kong police",
          "Hong Kong police", "threat", "threatened", "use live ammunition on them", target="800 students"),
        C("The UK has urged an “end to the violence and for all sides to engage in meaningful political dialogue”",
          "UK", "The UK", "demand", "urged",
          "an “end to the violence and for all sides to engage in meaningful political dialogue”",
          target="all sides"),
    ], "channels": [
        H("Chris Tang, Hong Kong’s new police commissioner, said in an interview", "Chris Tang", "said",
          "in an interview", "interview"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 5 (candidate 7)
    {"doc": "65bf3048b500bbd8", "publication_date": "2019-11-18", "commitments": [], "channels": [
        H("And, Apple tells us that individual keys can be replaced", "Apple", "tells", "tells [[us]] that",
          "interview"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 6 (candidate 9)
    {"doc": "702d1da63b8e064c", "publication_date": "2019-11-18", "commitments": [
        C("he said he pressed his team to more than triple that figure", TRUMP, "said [[he]] pressed", "demand",
          "pressed", "more than triple that figure", target="Trump's team"),
        C("he said he pressed his team to more than triple that figure, then trimmed that a little and asked for up "
          "to $50 billion in annual purchases", TRUMP, "said [[he]] pressed", "demand", "asked for",
          "up to $50 billion in annual purchases"),
        C("He has injected similar drama into trade talks with other partners, including Europe, Japan, Canada and "
          "Mexico, publicly threatening them with tariffs", TRUMP, "[[He]] has", "threat", "threatening", "with tariffs",
          target="Europe, Japan, Canada and Mexico"),
        C("Mr. Trump has since said that a deal signing would take place in United States “farm country,”", TRUMP,
          "Mr. Trump", "promise", "would", "take place in United States “farm country,”"),
        C("He urged Mr. Trump to make a deal as soon as possible", "Zippy Duvall", "He", "demand", "urged",
          "make a deal as soon as possible", timeframe="as soon as possible", target=TRUMP),
        C("the massive purchases Mr. Trump requested", TRUMP, "Mr. Trump", "demand", "requested",
          "massive purchases", target="China"),
    ], "channels": [
        H("In a dramatic public retelling in the Cabinet Room, he said", TRUMP, "said",
          "In a dramatic public retelling in the Cabinet Room", "rally_or_speech"),
        H("Mr. Trump recounted in an Oct. 21 cabinet meeting", TRUMP, "recounted", "in an Oct. 21 cabinet meeting",
          "rally_or_speech"),
        H("John Williams, the president of the Federal Reserve Bank of New York, said in a speech last week",
          "John Williams", "said", "in a speech", "rally_or_speech"),
        H("In a letter to the president in May, Zippy Duvall, the president of the American Farm Bureau, said",
          "Zippy Duvall", "Bureau, [[said]]", "In a letter to the president", "email_or_letter"),
        H("The president announced the Phase 1 trade deal during a meeting in the Oval Office with Liu He", TRUMP,
          "announced", "during a meeting in the Oval Office with Liu He", "rally_or_speech"),
        H("said at a Nov. 6 event at the Peterson Institute in Washington", "He Jianxiong", "said",
          "at a Nov. 6 event at the Peterson Institute in Washington", "rally_or_speech"),
    ], "meetings": [
        M("his abrupt departure from a high-profile meeting last February in Hanoi with North Korea’s leader, Kim "
          "Jong-un", "a high-profile meeting last February in Hanoi with North Korea’s leader, Kim Jong-un",
          [TRUMP, "Kim Jong-un"], "Hanoi", "last February", "past"),
        M("The president announced the Phase 1 trade deal during a meeting in the Oval Office with Liu He",
          "a meeting in the Oval Office with Liu He", [TRUMP, "Liu He"], "the Oval Office", None, "past"),
    ]},
    # ------------------------------------------------------------------ 7 (candidate 10)
    {"doc": "7a457a4f71735c17", "publication_date": None, "commitments": [
        C("A New York man pleaded guilty Monday to threatening to kill U.S. Rep. Ilhan Omar", CARLINEO,
          "A New York man", "threat", "threatening", "kill U.S. Rep. Ilhan Omar", target="Ilhan Omar"),
        C("Patrick W. Carlineo Jr., 55, of Addison, a village southwest of Ithaca, pleaded guilty to threatening to "
          "assault and murder a United States official", CARLINEO, "Patrick W. Carlineo Jr.", "threat",
          "threatening", "assault and murder a United States official", target="Ilhan Omar"),
        C("he said, \"I'll put a bullet in her (expletive) skull,\"", CARLINEO, "\"[[I]]'ll", "promise",
          "I[['ll]] put", "put a bullet in her (expletive) skull"),
    ], "channels": [
        H("the U.S. Attorney’s Office for the Western District of New York said in a statement",
          "U.S. Attorney’s Office for the Western District of New York", "said", "in a statement",
          "written_statement"),
        H("During the call, he asked about the Muslim Brotherhood", CARLINEO, "asked", "During the call", "other"),
        H("Sonya Zoghlin, said in an email to The Associated Press", "Sonya Zoghlin", "said",
          "in an email to The Associated Press", "email_or_letter"),
        H("Kennedy said in a statement", "James P. Kennedy Jr.", "said", "in a statement", "written_statement"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 8 (candidate 11)
    {"doc": "7bb1ca9035431384", "publication_date": None, "commitments": [
        C("he told the man to remove the bedding from his home", DEMPSEY, "[[he]] told", "demand", "told",
          "remove the bedding from his home", target="UK man"),
    ], "channels": [
        H("In a new case study out Monday, they detail how", "the man's doctors", "detail", "In a new case study",
          "article_or_oped"),
        H("Dempsey told Gizmodo by email", DEMPSEY, "told", "Gizmodo by email", "email_or_letter"),
        H("the man wrote in a patient perspective accompanying the case report", "UK man", "wrote",
          "in a patient perspective", "article_or_oped"),
    ], "meetings": []},
]

LEFT_OUT = """
Selection: the candidates are fresh.selection_order(0, skip=18) (the 121 sorted document names [0::2], less the 18
  held-out 10 read: 43 candidates). 11 were read (candidates 1-11); the 8th kept article is the 11th candidate. 8
  kept, 3 skipped; candidates 12-43 were not opened. Keep rule: English and at least one commitment (§A) or one
  statement channel (§B).
Skipped (all three in English, none with a commitment or a channel): a meal-prep plan (the publisher's own
  imperatives "Eat ...", "Drink ...", "Get more ... ideas here!"); a gadget round-up ("users and critics alike have
  been asking for noise cancellation" read as a generic reported wish in the author's voice, not a holder's
  demand; "Leave a comment and let us know" is the publisher; "One of my top requests to Amazon's Alexa" is a voice
  query); a football snap-count note ("Take a look at what PFF said about his performance:" names no channel in its
  sentence, the embedded tweet text that follows has no cue; "He needs to get his head snapped around" is the
  author's advice).
publication_date: from the URL when it gives a full date (dealbreaker's slug "opening-bell-11-18-19", appleinsider's
  /19/11/18/, nytimes' /2019/11/18/), else null; no text states a full date.
Meetings: 2, both in the NYT trade-war article. Left out: the Trump-Xi meeting in Chile "that was canceled" (neither
  past nor scheduled); "reluctant to commit to a meeting" (hypothetical); "an Oct. 21 cabinet meeting" (own meeting,
  no second named party); Russia's "meeting with fellow exporters next month" (only one named party); Dempsey
  "talked with the man over the phone" (the patient is unnamed); Carlineo's "call to the offices of Omar" (a
  threatening call, not talks); the Oval Office meeting's date (Oct. 11) is given only in an earlier sentence, so
  when is null.
Per article (commitments and channels weighed and left out; debatable inclusions marked "Included"):
* 55bb6340e3d7dd86 (Taylor Swift / Carlyle): "Taylor Swift is ready to take her songs back" (readiness); "Big
  Machine has denied Swift's claims, saying ..." and "According to Swift" (no channel); the headline song title.
  Included although debatable: "recruiting fans to join her cause" as a demand (narrator frames it as a call on her
  fans, cf. "encouraged Americans to check out"); cue "air" (her grievances) for the Twitter channel, with
  "recruiting" folded into the same entry; "has indicated that she'll be re-recording" as a promise (trigger "'ll").
* 57d46c9d751e3fd3 (Reuters markets): Russia "is unlikely to agree to cut its oil output" (prediction); "Russia
  also failed to fulfill its agreed cuts" (nominal, past); "Traders cited", analysts' "said" (no channel). Kind:
  Trump "would raise tariffs ... if no deal is reached" is a threat (conditional negative consequence, target China).
* 5a822960e9a2cb1e (Hitler's house): "Austria will invite architects to submit plans" (narrator voice, no
  attribution in its sentence; the attributed later mention is annotated); "a jury of experts and public officials
  will pick the winning design" (announcement about another body's action, A.2-7); Peschorn's "should send an
  unmistakable signal that this building will never again evoke ..." (expectation about an effect); "Austria's
  interior minister said on Tuesday" and the last "the Interior Ministry said" (no channel); "Austria argued".
  Holder: the minister's passive announcement -> "Wolfgang Peschorn" (officeholder for his office); the ministry's
  statements -> "Interior Ministry". Included although debatable: "It will house the local police force's offices"
  (inanimate subject, announced use of the building; holder span is the attribution mention).
* 624fcd903d56fc70 (Hong Kong): "police said the demonstrators ... had no option but to come out and surrender" and
  Cheuk Hau-yip "They have to face the consequences of their acts" (assessment / necessity, no concrete directive);
  Liu "China has the resolution and power to end Hong Kong unrest", "We have enough resolution and power" (ability);
  "the People's Liberation Army could be deployed" (hedged); "China said it is committed to the 'one country, two
  systems' formula" (commitment = dedication, A.2-14); police "say they show utmost restraint" (present); "accused
  the UK and the US of meddling" (no channel); "China has denounced a Hong Kong court ruling declaring ..." (the
  ruling only characterised inside another statement; China's statement names no channel). Holder of both
  sit-on-our-hands threats: "Chinese government" (the ambassador speaks for it in the third person; "our" kept in
  content). Kind: threat (warning trigger / conditional, target the protesters). Target of the UK demand: "all
  sides" (the "end to the violence" part has no addressee).
* 65bf3048b500bbd8 (MacBook Pro review): kept only for "Apple tells us that individual keys can be replaced" (the
  authors are the addressee, cf. "told me" -> interview). Left out: the authors' own "We'll be looking ...", "We'll
  be testing this more" (author); "Apple says ..." twice (no channel); "We've been told about times ..." (no
  speaker); "Despite some social media posts to the contrary" (no cue); "Coders have been clamoring for the former"
  (generic wish); the resellers' discounts.
* 702d1da63b8e064c (NYT trade war): the advisers "suggested that Beijing resume buying" (suggestion/proposal); the
  quoted anecdote "I said, 'I want more.'" (desire, no action complement) and "'Tell them to buy larger tractors.
  It's very simple.'" (a quip met with laughter, A.2-20); "even bigger threats should China not accede to his terms"
  (nominal threat without a stated action); "suggesting he might leave some trading partners behind" (hedged);
  "The threat of tariffs has prompted ..." (nominal, no holder); "his demands", "he will only demand more"
  (nominal / prediction by others); "the Chinese have been reluctant to commit to a meeting" (reluctance); "a 15
  percent tariff that the Trump administration had planned to impose Dec. 15" (narrator plan); "the big farm
  commitments that he showcased" (China's, nominal); "continues to insist his tactics will be worth it"
  (prediction); executives "have no choice but to postpone some hiring" (necessity, generic); "could finalize an
  agreement" (prediction). Channels left out: "Mr. Trump said on Nov. 8", Prasad, Levy, "people familiar ... said",
  "The president says" (bare); "He urged Mr. Trump ..., saying" (the letter is named in the previous sentence);
  "Mr. Trump's Oct. 11 announcement" (nominal); "publicly threatening" (manner adverb). Included although
  debatable: "pressed his team to more than triple that figure" and "asked for up to $50 billion" (demands Trump
  reports of himself; "asked for" has no addressee, target null); "publicly threatening them with tariffs" (a
  summarised, repeated threat; content "with tariffs", target the four partners named); "a deal signing would take
  place in United States 'farm country,'" (a schedule announcement read as a promise, not a prediction); "the
  massive purchases Mr. Trump requested" (relative-clause demand, content the antecedent NP, target China); the
  channel "In a dramatic public retelling in the Cabinet Room" (the event noun of his remarks) and the cabinet
  meeting, the Oval Office meeting with Liu He and the Peterson Institute event all typed rally_or_speech.
* 7a457a4f71735c17 (Omar threat plea): "somebody ought to put a bullet in her skull" (agentless "ought to");
  "Carlineo never intended to harm Omar" (denied intention); Kennedy's "the responsibility that individuals not make
  threats" (generic); "Sentencing is scheduled for Feb. 14" (narrator); "using threatening and inappropriate
  language" (nominal). Kind: the quoted "I'll put a bullet in her (expletive) skull" is coded promise (trigger
  "'ll", no threat trigger or condition in its sentence, A.2-8), kind-borderline; the two "threatening to" mentions
  (lede and charge) are threats with target Ilhan Omar. Channels left out: "prosecutors said", "the prosecutor's
  office said", "recalled that he said" ("the call" there modifies the staff member), "Zoghlin said", "said the case
  highlights" (bare). Included although debatable: "During the call, he asked ..., called ... and said" as one
  entry, cue "asked", channel the phone call (other).
* 7bb1ca9035431384 (feather duvet lung): Dempsey's "Hold onto your feather bedding, but if you do get chest
  symptoms, ... mention it to your health care professional" (generic advice to readers); "think Donald Trump rather
  than Barack Obama" (about thought); "According to the study, published in BMJ Case Reports" (evidential); "his
  doctors say", "Dempsey said", "Dempsey noted" (bare); "the man mentioned that ..." (the phone is named in the
  previous sentence); "as Gizmodo very recently explained" (publisher). Included although debatable: "he told the
  man to remove the bedding from his home" (a doctor's specific directive to a specific person, demand; the
  patient is unnamed, target "UK man"); the channel "Gizmodo by email" (addressee plus medium, typed
  email_or_letter); "In a new case study" and "in a patient perspective" typed article_or_oped.
"""
