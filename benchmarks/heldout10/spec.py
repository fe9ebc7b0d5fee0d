"""Hand-written annotation for fresh blind held-out set 10: 8 English news articles (extraction benchmark).

The texts are the true article bodies (``articleBody``) of ``shared/data/extraction-benchmark/ground-truth.json``;
a document is named by the first 16 hex digits of its key (``benchmarks/heldout/fresh.py``). Commitments and
statement channels follow ``shared/data/ledger-gold-dev/guidelines.md`` unchanged; meetings follow
``docs/meeting-guidelines.md``. Same conventions as ``benchmarks/heldout7/spec.py``: every span is a quoted
string that occurs exactly once inside its anchor fragment, and the anchor occurs exactly once in the article;
``"ctx [[span]] ctx"`` marks a span inside disambiguating context. ``build.py`` turns this into ``gold.jsonl``
and ``meetings.jsonl``. Articles are listed with their meetings whether or not they hold one (an empty list is
a claim too). Borderline cases are listed in ``LEFT_OUT`` (for the record; the builder ignores them).
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
    "042bb7b5fedab6ea",
    "0e014df693f18282",
    "20b2b64916b00b25",
    "23aaecd14171f96c",
    "287e4d9f4af31733",
    "30b771a40a4e9615",
    "358cc4a080456476",
    "3c6d3381ef52ca26",
    "3cb5e2f46626d5bb",
    "432362af0be43f6d",
]

NEUMANN = "Adam Neumann"
CLAURE = "Marcelo Claure"
WEWORK_SPOKESPERSON = "WeWork spokesperson"
STEENBURGEN = "Mary Steenburgen"

ARTICLES = [
    # ------------------------------------------------------------------ 1 (candidate 2)
    {"doc": "06e5123e4ef7cfb4", "publication_date": "2019-11-18", "commitments": [
        C("He also agreed to return the cash he received from the use of “We.”", NEUMANN, "[[He]] also", "promise",
          "agreed", "return the cash he received from the use of “We.”"),
        C("SoftBank agreed to inject $6.5 billion in debt and equity into WeWork and to fund a $3 billion buyout of "
          "existing shareholders, including $1 billion for some of Neumann’s shares", "SoftBank Group Corp",
          "SoftBank", "promise", "agreed",
          "inject $6.5 billion in debt and equity into WeWork and to fund a $3 billion buyout of existing "
          "shareholders, including $1 billion for some of Neumann’s shares"),
        C("Job cuts will be announced later this week in areas that do not support WeWork’s core business goals, "
          "said The We Company’s recently named executive chair Marcelo Claure", CLAURE, "Marcelo Claure",
          "promise", "will", "be announced later this week in areas that do not support WeWork’s core business goals",
          timeframe="later this week"),
        C("Next steps to shape the company’s future will be divulged in an all-company meeting on Friday, Claure "
          "said in the email", CLAURE, "Claure", "promise", "will", "be divulged in an all-company meeting on Friday",
          timeframe="on Friday"),
        C("“We are going to eliminate and scale back certain functions and responsibilities,” added Claure", CLAURE,
          "We", "promise", "going to", "eliminate and scale back certain functions and responsibilities"),
    ], "channels": [
        H("said a WeWork spokesperson when contacted by Reuters", WEWORK_SPOKESPERSON, "said", "Reuters",
          "interview"),
        H("said The We Company’s recently named executive chair Marcelo Claure in an email to staff", CLAURE, "said",
          "in an email to staff", "email_or_letter"),
        H("Claure said in the email", CLAURE, "said", "in the email", "email_or_letter"),
        H("An October 11 presentation to bondholders indicated administrative jobs", "WeWork", "indicated",
          "An October 11 presentation to bondholders", "other"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 2 (candidate 3)
    {"doc": "098bb3e96c0acdf3", "publication_date": "2019-11-19", "commitments": [], "channels": [
        H("Mayer, Disney’s chairman of direct-to-consumer and international, said Tuesday at the Vox Media’s Code "
          "Media conference in Hollywood", "Kevin Mayer", "said",
          "at the Vox Media’s Code Media conference in Hollywood", "rally_or_speech"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 3 (candidate 5)
    {"doc": "1ace8c85aaee21b9", "publication_date": "2019-11-18", "commitments": [
        C("though he later asked the company to unwind the agreement", NEUMANN, "[[he]] later", "demand", "asked",
          "unwind the agreement", target="WeWork"),
    ], "channels": [
        H("A company spokesperson said in an email that", WEWORK_SPOKESPERSON, "said", "in an email",
          "email_or_letter"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 4 (candidate 9)
    {"doc": "2c46804d9db4a85e", "publication_date": None, "commitments": [], "channels": [
        H("In a three-hour recorded interview with the FBI, Webb confessed to the kidnapping, admitting that",
          "Michael Webb", "admitting", "In a three-hour recorded interview with the FBI", "interview"),
        H("officers announced on their radios", "officers", "announced", "on their radios", "other"),
        H("The victim's mother testified, describing her daughter", "the victim's mother", "describing",
          "testified", "testimony"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 5 (candidate 12)
    {"doc": "35b158918c676ff2", "publication_date": None, "commitments": [], "channels": [
        H("The band unveiled its plans towards the close of its Monday night performance in Nashville",
          "The Doobie Brothers", "unveiled", "towards the close of its Monday night performance in Nashville",
          "rally_or_speech"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 6 (candidate 13)
    {"doc": "374ac9a59a85196c", "publication_date": "2019-11-20", "commitments": [
        C("told reporters at a press conference that the airline — the largest international carrier in the world "
          "— will recommence its expansion in the early 2020s", "Emirates Airline", "the airline", "promise",
          "will", "recommence its expansion in the early 2020s", timeframe="in the early 2020s"),
        C("led the French manufacturer to announce it would scrap its production", "Airbus", "[[it]] would",
          "promise", "would", "scrap its production"),
    ], "channels": [
        H("executives of both companies announced Wednesday at the Dubai Air Show",
          "executives of Emirates Airline and Boeing", "announced", "at the Dubai Air Show", "rally_or_speech"),
        H("Emirates President Tim Clark, meanwhile, told reporters at a press conference that", "Tim Clark", "told",
          "reporters at a press conference", "press_remarks"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 7 (candidate 16)
    {"doc": "3d8f3404cf975af8", "publication_date": None, "commitments": [
        C("Buckley — who landed a key role in “War & Peace” after surging to fame on the U.K. singing competition "
          "“I’d Do Anything” — had agreed to play Rose-Lynn Harlan", "Jessie Buckley", "Buckley", "promise",
          "agreed", "play Rose-Lynn Harlan"),
    ], "channels": [
        H("the late neurologist wrote about similar, potentially stroke-inspired symptoms in his book “Musicophilia”",
          "Oliver Sacks", "wrote", "in his book “Musicophilia”", "article_or_oped"),
        H("I called a very talented friend of mine on Martha’s Vineyard and I said", STEENBURGEN, "said", "called",
          "other"),
        H("Phoning in from London, Harper remembered the anxiety", "Tom Harper", "remembered",
          "Phoning in from London", "interview"),
        H("“The script just said something along the lines of", "Nicole Taylor", "said", "The script", "other"),
        H("So I called her up and said", STEENBURGEN, "said", "called", "other"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 8 (candidate 18)
    {"doc": "4a44ab3e4c41d56c", "publication_date": None, "commitments": [
        C("Public Ombudsman Nadia Cruz’s office said the deaths were caused by gunshot wounds and called on the "
          "“interim” government to withdraw military units from all policing operations", "Nadia Cruz's office",
          "Public Ombudsman Nadia Cruz’s office", "demand", "called on",
          "withdraw military units from all policing operations", target="Bolivia's interim government"),
    ], "channels": [
        H("A doctor on the scene told Ruptly that", "A doctor on the scene", "told", "Ruptly", "interview"),
    ], "meetings": []},
]

LEFT_OUT = """
Selection: the candidates are fresh.selection_order(0) (the 121 sorted document names [0::2], 61 candidates).
  18 were read (candidates 1-18); the 8th kept article is the 18th candidate. 8 kept, 10 skipped; candidates
  19-61 were not opened. Keep rule: English and at least one commitment (§A) or one statement channel (§B).
Skipped: 3 not in English (Italian shopping list, Portuguese video transcript, Russian food-blogger feature);
  7 English texts with neither a commitment nor a channel: a 369-character paywall teaser (gaming); a sponsored
  family blog post (author's promo line "Be sure to visit ...", a hope about Walmart, a desire "would love to");
  a deals page (the publisher's own imperatives "Get it on Amazon", "Read our ... review"); a product review;
  a football transfer note ("will undergo a medical today" is narrator, "Chelsea hope to announce" a hope); a
  car launch (Nissan "believe the all-new Sentra will reach new heights", "said that the new 2.0-liter will
  deliver better fuel efficiency": predictions about a product; "which Nissan claims", "said David Kershaw":
  no channel); a plague report ("according to the state-run Xinhua News Agency", "the news agency said, citing
  the regional health commission", "Authorities say": an outlet and its source, no channel phrase).
Publication dates: from the URL when it gives a full date (2019/11/18, 2019-11-19, 2019/11/20); two URLs give
  only "2019/11" and three give none, and no text states a full date: null.
Holder/speaker names: fullest name in the article ("SoftBank Group Corp", "Emirates Airline", "Jessie Buckley");
  unnamed speakers get a description ("WeWork spokesperson" for "a WeWork spokesperson" and "A company
  spokesperson", "officers", "the victim's mother", "A doctor on the scene").
06e5123e4ef7cfb4 (WeWork, Reuters):
  Left out: "WeWork agreed to a rescue by its largest shareholder" (agreement to an offer, noun object, no
  action of the holder stated); "had also planned to charge WeWork almost $6 million" (narrator, past plan);
  "is expected to lay off thousands", "WeWork is preparing to cut 4,000 jobs" (expectation; a newspaper's
  report, progressive); "are cooperating in the matter" (progressive); "He said WeWork needs a more efficient
  ... organization to grow" (evaluation of a need, the company's own; no channel in that sentence); "An October
  11 presentation to bondholders indicated administrative jobs would be cut" as a commitment ("indicated" is a
  signal, and the reporter adds "a possible reference"); "The company shelved its plans", "rolled back its
  policy" (past). Channels left out: "according to two people familiar with the matter", "according to data
  from MarketAxess" (evidential); "The New York Times reported on Sunday", "Bloomberg News reported on Friday"
  (an outlet's report, no channel phrase); "declined to comment" (twice) and "WeWork declined to comment on the
  report" (negated); "confirmed on Monday that it had been contacted" (no channel).
  Decided: Claure, executive chair, is treated like an officeholder speaking for his office (A.3, Husted): he
  is the holder of the company actions he announces ("Job cuts will be announced later this week", "Next steps
  ... will be divulged in an all-company meeting on Friday", "We are going to eliminate ..."), each a
  promise under A.2-5 (announced own future action with explicit future marking); with an inanimate subject
  the holder_span is the attribution mention. Neumann "agreed to return the cash" and SoftBank "agreed to
  inject ... and to fund ..." are counterparty agreements (A.2-5), one commitment for the coordination.
  Included although debatable: the channel "when contacted by Reuters" (interlocutor Reuters, typed
  interview, span the outlet NP as for "told <outlet>"); the channel "An October 11 presentation to bondholders
  indicated ..." (medium as subject of a cue verb with clausal content, B.2; speaker WeWork, the issuer, which
  the sentence does not name; typed other like a presentation slide).
  Meetings: "an all-company meeting on Friday" is the company's own meeting with no second party; "reaching a
  settlement with the attorney general" is not an occasion. None.
098bb3e96c0acdf3 (Disney+, LA Times):
  Left out: "We want to serve consumers the way they wish to be served" (desire, generic addressee); "He
  declined to say when Disney might change its sports strategy" (refusal); "Disney is expected to switch gears"
  (expectation); "We will see the industry shake out a bit", "Not everyone will succeed", "There will be a time
  ..." (predictions); "Mayer hinted that ..." (no channel); "to remain a leader ... and take on Netflix"
  (narrator, purpose). Channels: only the sentence naming the Code Media conference has a channel; "It was his
  first public appearance since the launch" has no cue; the other "Mayer said" quotes name no channel.
1ace8c85aaee21b9 (WeWork, TechCrunch):
  Left out: "announced on Sept. 30 that it was withdrawing its S-1 filing" (progressive, and no channel); "are
  cooperating" (progressive); "WeWork is now engaging in major cost-cutting measures" (narrator). Channels left
  out: "According to Reuters" (the outlet as source, no channel); "Bloomberg reported" (no channel); "had no
  comment" (negated). Included: Neumann "later asked the company to unwind the agreement" (a past request about
  a then-future act, A.2-3; target WeWork, the company).
2c46804d9db4a85e (kidnapping, CBS News):
  No commitment: Nealy Cox "he will never be able to harm another little child again" (prediction, ability);
  "we are thankful for and agree with the Judge's decision" (attitude); "Webb admitted to threatening the girl"
  (a past act, the threat's content not given). Channels left out: "CBS DFW reports" (outlet's report);
  "Later that evening, he admitted that ..." and "Webb admitted to threatening" (the interview is named only in
  the previous sentence); "According to evidence presented at trial" (evidential); "Police released dramatic
  video showing", "The video shows", "Neighborhood surveillance video shows" (display verbs); "said U.S.
  Attorney Nealy Cox" (bare). Decided: "Webb confessed to the kidnapping, admitting that" gets cue "admitting"
  (the participle that introduces the content, B.2); "The victim's mother testified, describing her daughter
  ... before describing for the jury ..." is one entry (coordinated verbs of one statement share the first that
  introduces content), cue "describing", channel "testified" (the verb names the medium), type testimony.
  Included although debatable: "officers announced on their radios" (radio traffic typed other, like a phone
  call; speaker "officers").
35b158918c676ff2 (Doobie Brothers, cleveland.com):
  Kept on its one channel. No commitment: the tour plans are told in the narrator's voice ("The Doobie Brothers
  will look to ride ...", "the band will do it with singer Michael McDonald", A.2-4); "Tickets ... go on sale"
  (schedule). Channel left out: "Rolling Stone reported details of the reunion tour" (outlet's report).
  Included although debatable: "The band unveiled its plans towards the close of its Monday night performance
  in Nashville" (an announcement with a noun-phrase object, like "detailed in SEC filings"; the band addresses
  its concert audience directly, so rally_or_speech; span keeps the whole preposition "towards the close of").
374ac9a59a85196c (Emirates/Boeing, CNBC):
  Left out: "finalized a deal to purchase 30 of Boeing's 787-9 Dreamliner jets" (agreement as a noun, A.2-14);
  "a prior commitment of 777x jets" (noun); "which Emirates is opting for" (progressive); "attract bids for some
  60 of the embattled 737 Max jet" (offers, A.2-19); "Clark in October revealed lofty plans to expand the
  Emirates fleet by 30% by the end of 2025" (nominal "plans", A.2-14; no channel); "announced an order of 50
  Airbus A350-900 jets" (an order as a noun, a completed purchase act; no channel); "had been revised to cancel a
  prior order" (past). Channel left out: "Aviation analysts called it the "end of an era"" (no channel).
  Decided: Clark's "the airline ... will recommence its expansion in the early 2020s" is a promise (the
  airline's announced own future action, A.2-5; holder the principal, A.3); "following its current period of
  consolidation" left out of the content as a circumstance. Airbus "announce it would scrap its production" is
  a promise (announced company policy, like Wells Fargo). The "executives of both companies" channel: the
  Dubai Air Show typed rally_or_speech (an industry show, like conferences of organisations).
  Meetings: the deal announcement is not a meeting; none.
3d8f3404cf975af8 (Wild Rose song, IndieWire):
  Left out: Steenburgen "could you help me make them into songs?" (request phrased as a question, A.2-12);
  "‘Talk to me in your accent — talk to me about you.’" (an on-the-spot request to a friend inside an anecdote,
  A.2-19/20); "I just told myself: ‘I’m going to go right up and sing the bleeping song if it kills me!’" (self-
  talk in an anecdote, A.2-20); "The script called for a soaring, original anthem" (a requirement of a script,
  noun object); "the three writers knew they had to craft something", "they all decided to stay there"
  (necessity; internal decision); "can you give me until tomorrow?" (hypothetical question); "“Wild Rose” is now
  available on DVD and VOD" (publisher's line). Channels left out: "Buckley, who phoned in from the Chicago set
  of “Fargo,” had a similar experience: ..." (no speech cue); "So I called one of my best friends, ..." (the call
  has no content in that sentence; the next sentence, "So I called her up and said", is annotated);
  "sent 12 of the best ones to a music lawyer" (songs, not a statement); "I told her my secrets", "told
  myself", "McDowell laughed", "Smith agreed" (no channel); "If your mom comes to you after surgery and says"
  (hypothetical). Decided: Buckley "had agreed to play Rose-Lynn Harlan" is a counterparty agreement (A.2-5),
  a promise. Included although debatable: Oliver Sacks "wrote about similar ... symptoms in his book
  “Musicophilia”" (a book typed article_or_oped, the nearest type); "Phoning in from London, Harper remembered
  the anxiety ...: “...,” Harper said." (the participle names the medium of the interview with the author, so
  it is the channel, typed interview; cue "remembered", the verb of the same clause); "“The script just said
  something along the lines of, ‘...’”" (medium as subject of a verb of saying with quoted content; speaker the
  script's writer, Nicole Taylor; typed other); Steenburgen "I called ... and I said: ‘Look, ...’" and "So I
  called her up and said ‘...’" (phone calls, channel "called", typed other like dev's "called Alicia
  Machado"; cue "said", which introduces the content).
  Meetings: "sat down with a guitarist in a room" (unnamed party); none.
4a44ab3e4c41d56c (Bolivia, RT):
  Holder of "called on the “interim” government to withdraw military units" is the office as the article names
  it ("Nadia Cruz's office"; also "Bolivia's public defender's office"); purpose "in order to reduce the
  violence" left out. Channels left out: "Bolivia's public defender's office said ... but added" (no channel);
  "An Associated Press journalist ... reported hearing gunfire" (a journalist's report, no channel); "the doctor
  said" (bare).
"""
