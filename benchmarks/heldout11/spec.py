"""Hand-written annotation for held-out set 11 (BLIND): 8 English news articles of the extraction benchmark.

The texts are the true article bodies (``articleBody``) of ``shared/data/extraction-benchmark/ground-truth.json``
(news pages of November 2019); a document is named by the first 16 hex digits of its key
(``benchmarks/heldout/fresh.py``). Commitments and statement channels follow
``shared/data/ledger-gold-dev/guidelines.md`` unchanged; meetings follow ``docs/meeting-guidelines.md``. Same
conventions as ``benchmarks/heldout7/spec.py``: every span is a quoted string that occurs exactly once inside its
anchor fragment, and the anchor occurs exactly once in the article; ``"ctx [[span]] ctx"`` marks a span inside
disambiguating context. ``build.py`` turns this into ``gold.jsonl`` and ``meetings.jsonl``. Articles are listed
with their meetings whether or not they hold one (an empty list is a claim too). ``publication_date`` is the
date in the page's URL, or None when neither the URL nor the text gives it. Borderline cases are listed in
``LEFT_OUT`` (for the record; the builder ignores them).
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


# Met by the selection rule (build.py docstring) but not kept (not English, or no commitment and no channel),
# in the order met.
SKIPPED = [
    "0d46122928b6f468",
    "21486419bb109c5a",
    "3252222e61fe7898",
    "359fee228518d55b",
    "360c732d1fdbfc68",
]

TRUMP = "Trump"
MALL = "the mall located in Delhi's Saket area"
NOEM = "Kristi Noem"
POLYGRAPH = "Polygraph.info"
BOUDREAU = "Bruce Boudreau"
COOK = "Tim Cook"
BENIOFF = "Marc Benioff"
DONALD_TRUMP = "Donald Trump"

ARTICLES = [
    # ------------------------------------------------------------------ 1 (candidate 1)
    {"doc": "04a6711caa7c6875", "publication_date": "2019-11-19", "commitments": [
        C("Trump tweeted before Election Day. “Matt has my Complete and Total Endorsement, and always has. GET OUT "
          "and VOTE on November 5th for your GREAT Governor, @MattBevin!”", TRUMP, "Trump", "demand", "GET OUT",
          "GET OUT and VOTE on November 5th for your GREAT Governor, @MattBevin", timeframe="on November 5th",
          target="Kentucky voters"),
        C("go out and vote Republican today,” he said", TRUMP, "[[he]] said", "demand", "go out",
          "go out and vote Republican today", timeframe="today", target="Virginia voters"),
        C("“You gotta give me a big win please,” he said later.", TRUMP, "[[he]] said", "demand", "gotta",
          "give me a big win", target="the crowd at the rally in Louisiana"),
        C("Andy Beshear — whose father, also as governor, implemented the Affordable Care Act in the state — "
          "promised to protect Medicaid", "Andy Beshear", "Andy Beshear", "promise", "promised",
          "protect Medicaid"),
    ], "channels": [
        H("Trump tweeted before Election Day", TRUMP, "tweeted", "tweeted", "social_post"),
        H("Trump said at a rally in Louisiana last week", TRUMP, "said", "at a rally in Louisiana",
          "rally_or_speech"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 2 (candidate 2)
    {"doc": "076f4f33bf75059d", "publication_date": None, "commitments": [], "channels": [
        H("According to the website, the name of the oxygen bar", MALL, "According to", "the website",
          "written_statement"),
        H("the description on the website reads", MALL, "reads", "the description on the website",
          "written_statement"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 3 (candidate 4)
    {"doc": "156770d676ce7990", "publication_date": None, "commitments": [], "channels": [
        H("Noem tweeted Monday night", NOEM, "tweeted", "tweeted", "social_post"),
        H("Noem later tweeted that", NOEM, "tweeted", "tweeted", "social_post"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 4 (candidate 5)
    {"doc": "1ee91d1fce65e09b", "publication_date": None, "commitments": [
        C("Iran, Russia and Syria have been pressuring the U.S. to leave al-Tanf", "Iran, Russia and Syria",
          "Iran, Russia and Syria", "demand", "pressuring", "leave al-Tanf", target="the United States"),
    ], "channels": [
        H("In a joint statement published Oct. 25, the Russian and Syrian defense ministries accused",
          "the Russian and Syrian defense ministries", "accused", "In a joint statement", "written_statement"),
        H("sources in the Rukban camp told Polygraph.info the Russian",
          "independent analysts and sources in the Rukban camp", "told", POLYGRAPH, "interview"),
        H("told Business Insider in October 2018", "Omar Lamrani", "told", "Business Insider", "interview"),
        H("Feinstein International Center, told Polygraph.info the Russian", "Charles Simpson", "told", POLYGRAPH,
          "interview"),
        H("told VOA Pentagon correspondent Carla Babb", "Sean Robertson", "told",
          "VOA Pentagon correspondent Carla Babb", "interview"),
        H("Farhan Aziz Haq told Polygraph.info that", "Farhan Aziz Haq", "told", POLYGRAPH, "interview"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 5 (candidate 7)
    {"doc": "264dc3ae31249cb1", "publication_date": "2019-11-19", "commitments": [
        C("Boudreau has been on his players to avoid looking at the standings.", BOUDREAU, "Boudreau", "demand",
          "has been on", "avoid looking at the standings", target="the Wild's players"),
    ], "channels": [
        H("Boudreau gave his players a pep talk Tuesday, telling them", BOUDREAU, "telling", "a pep talk",
          "rally_or_speech"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 6 (candidate 8)
    {"doc": "291a8bf33ee49074", "publication_date": None, "commitments": [], "channels": [
        H("CEO Tim Cook said Tuesday in a fireside chat with Salesforce founder and co-CEO Marc Benioff", COOK,
          "said", "in a fireside chat with Salesforce founder and co-CEO Marc Benioff", "interview"),
        H("Cook said while visiting Salesforce's Dreamforce conference in San Francisco", COOK, "said",
          "Salesforce's Dreamforce conference in San Francisco", "rally_or_speech"),
        H('do this and that," Cook told Benioff', COOK, "told", "Benioff", "interview"),
        H("custom iOS apps, Cook told Benioff", COOK, "told", "Benioff", "interview"),
        H("Benioff introduced Cook to the Dreamforce audience as", BENIOFF, "introduced", "the Dreamforce audience",
          "rally_or_speech"),
        H('need one," he told Cook', BENIOFF, "told", "Cook", "interview"),
        H('or handoffs," he told Benioff', COOK, "told", "Benioff", "interview"),
        H("Benioff weighed in, telling Cook", BENIOFF, "telling", "Cook", "interview"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 7 (candidate 9)
    {"doc": "2f42ef1d3ea0c96e", "publication_date": None, "commitments": [
        C("The neo-banks have promised that they’ll ease your pain", "The neo-banks", "The neo-banks", "promise",
          "promised", "they’ll ease your pain"),
    ], "channels": [
        H("as one neo-bank CEO told me", "one neo-bank CEO", "told", "me", "interview"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 8 (candidate 13)
    {"doc": "39d5c43beb60605c", "publication_date": None, "commitments": [
        C("Beijing's demands to roll back existing tariffs on Chinese goods", "Beijing", "Beijing", "demand",
          "demands", "roll back existing tariffs on Chinese goods", target=DONALD_TRUMP),
        C('The president said on Tuesday that China "is going to have to make a deal that I like.', DONALD_TRUMP,
          "The president", "demand", "is going to have to", "make a deal that I like", target="China"),
    ], "channels": [], "meetings": []},
]

LEFT_OUT = """
Selection: 13 candidates read (fresh.selection_order(1)[0:13]); the rule stopped at the 8th kept article (the
  13th candidate). 5 skipped: 0d46122928b6f468 (sports report: only bare "X said" quotes, no channel phrase and
  no commitment), 21486419bb109c5a (not English: Indonesian), 3252222e61fe7898 (not English: Portuguese),
  359fee228518d55b (science report: bare "said"/"added"/"asked", "the research published in the journal ..."
  is not a statement channel; "is set to launch", "is scheduled to reach" are the narrator's schedule),
  360c732d1fdbfc68 (markets report: "is set to officially announce the terms" is the narrator's schedule;
  "investors have been told ..., Reuters reported" has no speaker and no channel phrase; "An Alibaba
  spokesperson declined to comment on the pricing to Reuters" is negated). The remaining 47 candidates were
  not opened. publication_date: only two URLs carry a date (2019/11/19); the other kept pages give none in
  URL or text (weekday mentions and an embedded tweet's date are not taken as the publication date): None.
04a6711caa7c6875 (opinion column): the author's own views and advice (never holders); poll respondents
  "he should be impeached by the House and removed from office by the Senate" (not political actors, passive),
  "they want the House to impeach", "most Americans want Congress to investigate" (reported desires); "Trump
  thought voters would repudiate impeachment" (belief); "his plan for work requirements" (nominal plan);
  "Trump's attempt to coerce Ukraine", "the president's refusal to divest" (nominal, not commitments); "Matt has
  my Complete and Total Endorsement" (endorsement). Channels left out: "Trump sent a similar message ahead of
  the Virginia elections." (no content in that sentence; the quote's "he said" in the next sentence names no
  channel); "he said later" (the rally is named only in the previous sentence); "A new ABC News poll shows",
  "Fifty-one percent say" (evidential). Decided: the tweet's and the Virginia message's imperatives are demands
  addressed to voters (A.2-11), trigger the first imperative verb, content the coordinated imperatives with the
  timeframe inside; holder "Trump" (the article never gives his first name). Included although debatable:
  "You gotta give me a big win please" ("gotta" = must; a rally audience asked to deliver an election win,
  read as a concrete call to vote, target the rally crowd).
076f4f33bf75059d: no commitment ("Are you planning to visit?" is the author's question; the startup founders
  "decided to set up similar facility" is a past decision). Channels left out: "According to reports",
  "is said to be", "reportedly" (evidential, no speaker); "a news has gone viral on social media" and
  "publications have carried the news" (no speaker statement); "the monitoring agency announcing air
  emergency" (no channel). Included although debatable: "According to the website" (cue "according to", as
  dev "according to a speech"); both website channels get the speaker "the mall located in Delhi's Saket area"
  (the page is "the webpage of the mall"; the description may be Oxy Pure's own text).
156770d676ce7990: Noem "We are here to Get. It. OUT" (a present statement of purpose, no future or commitment
  marking), "needs to be a dinner table conversation" (agentless), "we need everyone on it" (generic need);
  the quoted tweet "Don't worry, South Dakota, no one's going to take your slogan" (a commentator's joke).
  Channels left out: "drew a mix of criticism and ridicule across Twitter" (no cue, the phrase modifies the
  criticism); "prompted some Twitter users to argue" (speaker description); "one user quipped" (no channel);
  "One campaign video featured a series of South Dakotans ... declaring" (display verb "featured"); the
  embedded tweet signed "— Robert Maguire" (no cue); "according to the Sioux Falls Argus Leader" and "the
  Department of Social Services reported" (an outlet's or agency's report, no channel phrase); "didn't
  immediately respond to The Hill's request for comment" (publisher's line, negated). "adding “we need everyone
  on it.”" shares the second tweet's entry (B.2).
1ee91d1fce65e09b: "The U.S. will keep its military base in al-Tanf ... under President Donald Trump's
  announcement" (narrator); "disrupting a United Nations plan to return people" (nominal plan); "in an attempt
  to force the U.S. to abandon the al-Tanf base" (narrator, attempt, passive "have been accused"); Robertson
  "The (refugees) must not be forced ..." (passive, agentless), "The regime must take responsibility for its
  choice to starve its own people" (accountability/evaluation, not a concrete action), "the pressure must
  continue for Damascus to allow the U.N. to deliver aid" (agentless "the pressure"), "we support informed, safe,
  voluntary ... movements" (present policy); Haq: the coalition forces "have said they need to undertake a
  security assessment before providing the necessary guarantees" (a stated necessity, not an undertaking), the
  U.N. "working ... to ensure U.N. access" (progressive); the refugee source "asked not to be identified"
  (sourcing boilerplate, passive). Channels left out: "The Pentagon rejected these accusations", "According
  to the Pentagon", "Middle East observers say", "According to the Jordanian government", "Lamrani further
  described", "Simpson suggested", "Robertson said", "He added" (no channel phrase); "From my interviews"
  (Simpson's evidential source, not the channel of his statement); "Nisan Ahmado's source ... said" (speaker
  description); "Polygraph.info has previously established" (publisher). Decided: Robertson's "told VOA
  Pentagon correspondent Carla Babb on Nov. that ..." is one entry (coordinated that-clauses), channel the
  addressee NP without the trailing date. Included although debatable: "Iran, Russia and Syria have been
  pressuring the U.S. to leave al-Tanf" (a progressive directive, as held-out 7's "are pressuring"; purpose
  "in order to open up a route ..." left out); the three "told Polygraph.info" (the publisher as interlocutor,
  as dev "told The Huffington Post"), one of them with the group speaker "independent analysts and sources in
  the Rukban camp".
264dc3ae31249cb1: Boudreau's pep-talk "telling them to “believe in yourselves”" (imperative about attitude,
  A.2-11); "if you start believing in yourself, then good things are going to happen" (prediction); Suter
  "we know what we got to do" (inclusive, vague). Channels left out: "Boudreau said before the Wild's 4-1 win"
  (time, not channel); "expressed confidence ..., saying" (no channel); `"...," he said he said he told them`
  (garbled attribution, pronoun addressee; the pep talk is named only in the previous sentence). Included
  although debatable: "Boudreau has been on his players to avoid looking at the standings" (idiomatic "be on
  someone to do something" = keep urging, read as a habitual directive with a specific target, A.2-13).
291a8bf33ee49074: customers "began to say we want you to do this and that" (generic, vague, inside Cook's
  account); "challenging itself to run entirely on renewable energy while encouraging suppliers to be cleaner"
  (narrator, ongoing, self-goal and generic target); "Apple is a strong advocate for DACA ... recipients to
  receive citizenship" (nominal advocacy). Channels left out: "Cook joked", "Cook remembered", "Benioff said",
  "Salesforce's CEO marveled", "Cook said the admiration is mutual", "Cook said Apple employs ..." (no channel
  phrase); 'Hosting Cook at Dreamforce "is our dream," Benioff said' ("at Dreamforce" modifies "Hosting").
  Meeting left out: the "fireside chat" between Cook and Benioff (an onstage interview at a conference, not a
  meeting under the meeting guidelines); Jobs would "stop by his office" (habitual, not one occasion).
  Included although debatable: the "told Benioff" / "told Cook" / "telling Cook" entries with the other
  onstage participant as interlocutor channel, typed interview (the chat is a public question-and-answer
  session, as held-out 7's Paley Center discussion; not a private addressee); "Benioff introduced Cook to the
  Dreamforce audience as “...”" (cue "introduced", an audience addressed directly); "while visiting Salesforce's
  Dreamforce conference in San Francisco" (participle left out, conference typed rally_or_speech).
2f42ef1d3ea0c96e (opinion column): the author's predictions and advice ("They'll assume ...", "Banks won't lie
  down", "there really should be a mission ...", "Let's not forget"); "the companies will let you go $50 or
  $100 into the red" (narrator, present product terms); "Others have applied for bank charters while touting
  ..." (past application, no commitment trigger); "all of them say, explicitly or by intimation, that they're
  mission-driven" (no channel, manner); "hear the same, somber message repeated ... at October's Money 20/20
  conference" (no speaker or cue in that sentence; "according to attendees and speakers" follows in the next);
  "Many riders will tell you" (generic). Included although debatable: "The neo-banks have promised that
  they'll ease your pain" (a generic class of companies, in the columnist's characterisation, but with an
  explicit commitment trigger).
39d5c43beb60605c: China's commerce ministry "said this month that removing tariffs ... is an important
  condition to any deal" (a stated condition with no directive trigger; the next sentence's "The demand" has
  no complement); "promises of improved access ..., and pledges to protect intellectual property" (nominal
  triggers with no holder mention, and offers under negotiation); "Trump has decided" (internal decision); "The
  president wants the option", "Some White House advisers would like to see China agree ...", "Beijing also
  wants Trump to eliminate the 15% tariffs ..." (reported desires, A.2-10); "Beijing is balking at committing"
  and "hasn't committed to any specifics" (refusals); the expert's "he would likely have to eliminate" and "could
  now be pushed into next year" (predictions); Trump's "If they don't, that's it." (no stated action: not
  coded as a threat). Channels: none (every attribution is a bare "said"/"say" or a speaker description:
  "people familiar with the talks", "Two people briefed on the talks", "a second person briefed on last
  weekend's trade phone call"; "touted by Trump in October" names no channel). Meetings left out: "last
  weekend's trade phone call" (no participant named); "an October news conference between Trump and Chinese
  vice-premier Liu He" (a press conference, not a meeting under the meeting guidelines). Decided: Beijing's
  demands are annotated at the nominal "Beijing's demands to roll back ..." although inside an "if" clause (the
  demand itself is reported as made; target Donald Trump, who must agree); Trump's 'China "is going to have to
  make a deal that I like."' is a demand (an officeholder's necessity with a specific other actor and a concrete
  action, A.2-9; holder_span the attribution "The president").
Meetings: none of the 8 articles reports a meeting between named parties under the meeting guidelines.
"""
