"""Hand-written blind annotation for held-out set 6 (8 PolNeAR train articles), dev guidelines unchanged.

Same conventions as ``benchmarks/heldout2/spec.py``: every span is a quoted string that occurs exactly
once inside its anchor fragment, and the anchor occurs exactly once in the article; ``"ctx [[span]]
ctx"`` marks a span inside disambiguating context. Meetings follow ``docs/meeting-guidelines.md``.
``build.py`` turns this into ``gold.jsonl`` and ``meetings.jsonl``. Borderline cases are listed in
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


# Met by the selection rule (build.py docstring) but without any commitment, in the order met.
SKIPPED = [
    "breitbart_2016-07-19_republicans-begin-roll-call-vote",
    "politico_2016-07-18_carson-on-why-young-black-men-sh",
    "usa-today_2016-02-18_bleak-outlook-for-bloomberg-inde",
]

SLAUGHTER = "Anne-Marie Slaughter"

ARTICLES = [
    # ------------------------------------------------------------------ 1
    {"doc": "breitbart_2016-02-16_donald-trump-praises-breitbart-s", "commitments": [
        C("Whether we save $100 billion a year or $350 billion a year, we’re going to competitive bid.",
          "Donald Trump", "year, [[we]]’re", "promise", "going to", "competitive bid"),
    ], "channels": [
        H("praised Breitbart News’ Washington Political Editor Matthew Boyle at a press conference in Hanahan, "
          "South Carolina on Monday", "Donald Trump", "praised", "at a press conference in Hanahan, South Carolina",
          "press_remarks"),
        H("which ran a nearly 3,000-word article on him naming him", "Daily Beast", "naming",
          "a nearly 3,000-word article", "article_or_oped"),
        H("Tweeted out Trump’s praise of Boyle", "Lloyd Grove", "Tweeted", "Tweeted", "social_post"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 2
    {"doc": "huff-post_2016-02-24_donald-trump-picks-up-his-first-", "commitments": [
        C("Editor’s note: Donald Trump is a serial liar, rampant xenophobe, racist, misogynist, birther and bully "
          "who has repeatedly pledged to ban all Muslims — 1.6 billion members of an entire religion — from "
          "entering the U.S.", "Donald Trump", "Donald Trump", "promise", "pledged",
          "ban all Muslims — 1.6 billion members of an entire religion — from entering the U.S."),
    ], "channels": [
        H("Collins said in a statement obtained by The Buffalo News", "Chris Collins", "said", "in a statement",
          "written_statement"),
        H("Hunter, meanwhile, told Politico on Wednesday", "Duncan Hunter", "told", "Politico", "interview"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 3
    {"doc": "huff-post_2016-07-27_guns-are-the-ultimate-public-hea", "commitments": [
        C("The Democratic Leadership Council, the centrist Dem organization that then-Arkansas Gov. Bill Clinton "
          "chaired in the early 1990s, pushed Democrats to moderate their stance on gun control and to say they "
          "support the Second Amendment.", "Democratic Leadership Council", "The Democratic Leadership Council",
          "demand", "pushed", "moderate their stance on gun control and to say they support the Second Amendment",
          target="Democrats"),
    ], "channels": [
        H("Howard Dean Tells Democratic Convention", "Howard Dean", "Tells", "Democratic Convention",
          "rally_or_speech"),
        H("proclaimed to a cheering crowd at the Democratic National Convention on Tuesday", "Howard Dean",
          "proclaimed", "a cheering crowd at the Democratic National Convention", "rally_or_speech"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 4
    {"doc": "nyt_2016-02-20_for-pope-it-s-bigger-than-trump-", "commitments": [
        C("as he called for greater Christian ethics in business", "Francis", "as [[he]] called", "demand",
          "called for", "greater Christian ethics in business"),
    ], "channels": [
        H("When Francis said Mr. Trump ''is not Christian'' in answering a reporter's question on his return "
          "flight from Mexico", "Francis", "Francis [[said]]", "a reporter's question on his return flight from Mexico",
          "press_remarks"),
        H("declared La Stampa in Italy", "La Stampa", "declared", "La Stampa", "article_or_oped"),
        H("Francis said in a speech to workers and business owners in Ciudad JuÃ¡rez, as he called for",
          "Francis", "Francis [[said]]", "in a speech to workers and business owners in Ciudad JuÃ¡rez",
          "rally_or_speech"),
        H("Francis said in a speech to workers and business owners in Ciudad JuÃ¡rez, as he called for",
          "Francis", "called", "in a speech to workers and business owners in Ciudad JuÃ¡rez",
          "rally_or_speech"),
        H("the Vatican spokesman, Federico Lombardi, told Vatican Radio", "Federico Lombardi", "told",
          "Vatican Radio", "interview"),
        H("In the final Mass of his Mexico trip, held along the United States border, Francis told the Biblical",
          "Francis", "told", "In the final Mass of his Mexico trip", "rally_or_speech"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 5
    {"doc": "nyt_2016-07-27_fed-governor-adopting-a-global-l", "commitments": [
        C("Mrs. Clinton has said she intends to fill half her cabinet with women", "Hillary Clinton",
          "said [[she]] intends", "promise", "intends", "fill half her cabinet with women"),
    ], "channels": [
        H("Ms. Brainard said at a New York conference in February", "Lael Brainard", "said",
          "at a New York conference", "rally_or_speech"),
        H("She said at the February conference that the Fed might", "Lael Brainard", "said",
          "at the February conference", "rally_or_speech"),
        H("she told an audience of academics and policy makers at the United States Monetary Policy Forum",
          "Lael Brainard", "told",
          "an audience of academics and policy makers at the United States Monetary Policy Forum",
          "rally_or_speech"),
        H("said in a recent interview that Congress had instructed", "Laurence Meyer", "said",
          "in a recent interview", "interview"),
        H("And in that October speech, Ms. Brainard chimed in, breaking with the Fed's chairwoman, Janet L. Yellen, "
          "to argue that", "Lael Brainard", "argue", "in that October speech", "rally_or_speech"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 6
    {"doc": "politico_2016-02-19_more-hillary-clinton-emails-rele", "commitments": [
        C("Last May, a federal judge handling a Freedom of Information Act lawsuit ordered the State Department to "
          "make monthly releases of the Clinton emails and to complete the process by the end of January.",
          "a federal judge handling a Freedom of Information Act lawsuit",
          "a federal judge handling a Freedom of Information Act lawsuit", "demand", "ordered",
          "make monthly releases of the Clinton emails and to complete the process by the end of January",
          timeframe="by the end of January", target="State Department"),
        C("she has to seize this moment to flesh out a real foreign policy strategy rather than just a set of "
          "proposals, as important as they are. The president has given her the opening,\" Slaughter wrote",
          SLAUGHTER, "Slaughter", "demand", "has to",
          "seize this moment to flesh out a real foreign policy strategy rather than just a set of proposals",
          target="Hillary Clinton"),
    ], "channels": [
        H("Slaughter wrote to Clinton in a March 19, 2011 message bearing", SLAUGHTER, "wrote",
          "in a March 19, 2011 message", "email_or_letter"),
        H("Slaughter wrote in a June 10, 2009 email.", SLAUGHTER, "wrote", "in a June 10, 2009 email",
          "email_or_letter"),
        H("The message, sent to Clinton Chief of Staff Cheryl Mills and forwarded to Clinton, called it",
          SLAUGHTER, "called", "The message", "email_or_letter"),
        H("In a message released Friday, White House Chief of Staff Denis McDonough (then deputy national security "
          "adviser) heaps praise on Kennedy", "Denis McDonough", "heaps praise", "In a message", "email_or_letter"),
        H("McDonough wrote in a September 16, 2012 email to top State officials.", "Denis McDonough", "wrote",
          "in a September 16, 2012 email to top State officials", "email_or_letter"),
        H("a message from Undersecretary for Political Affairs Wendy Sherman, reporting that", "Wendy Sherman",
          "reporting", "a message", "email_or_letter"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 7
    {"doc": "usa-today_2016-07-25_some-democrats-in-tight-races-wi", "commitments": [
        C("explaining why the candidate and former senator won't appear at the convention", "Russ Feingold",
          "the candidate and former senator", "promise", "won't", "appear at the convention"),
    ], "channels": [], "meetings": []},
    # ------------------------------------------------------------------ 8
    {"doc": "wash-post_2016-02-19_gowdy-promises-benghazi-panel-re", "commitments": [
        C("Gowdy promises Benghazi panel report 'as soon as possible.'", "Trey Gowdy", "Gowdy", "promise",
          "promises", "Benghazi panel report 'as soon as possible.'", timeframe="as soon as possible"),
        C("for Democrats to claim they will release transcripts that Chairman Gowdy has always said he plans to "
          "release with the final report", "Democrats on the House Select Committee on Benghazi", "[[they]] will",
          "promise", "will", "release transcripts"),
        C("for Democrats to claim they will release transcripts that Chairman Gowdy has always said he plans to "
          "release with the final report", "Trey Gowdy", "said [[he]] plans", "promise", "plans",
          "release with the final report"),
        C("He promised to release a report \"as soon as possible\" on the findings of the investigation.",
          "Trey Gowdy", "He", "promise", "promised",
          "release a report \"as soon as possible\" on the findings of the investigation",
          timeframe="as soon as possible"),
    ], "channels": [
        H("the aide said in an emailed statement", "Republican committee aide", "said", "in an emailed statement",
          "written_statement"),
        H("Gowdy said in a statement.", "Trey Gowdy", "said", "in a statement", "written_statement"),
    ], "meetings": []},
]

LEFT_OUT = """
breitbart_2016-07-19 (skipped): Melania Trump "Now, he will go to work for you" (assurance about another
  person); "Trump will officially accept the nomination Thursday", "They were due to stick to issues", "is due
  to address the convention" (narrator schedule); establishment figures "suggested Melania's speechwriter be
  fired" (suggestion, agentless passive); "Trump fans insist delegates must heed the will of the grassroots"
  (holder is a generic group of supporters, not a political actor; "insist" is an assertion, not a call);
  "seeking to convince delegates that their votes were not bound" (persuasion about a belief, progressive).
politico_2016-07-18 (skipped): Carson "Donald Trump plans to empower the black community" and "he's gonna be
  working on empowering people" (a surrogate's characterisation of another person's plans, not reported as
  speaking for the campaign; progressive); "they have to stop and listen" (generic, about attitude).
usa-today_2016-02-18 (skipped): "Trump said he'd welcome Bloomberg's entry" (willingness); Nader's "he says
  he'd only be in it to win" (hypothetical motive); "had decided not to make a 2008 presidential bid"
  (internal decision); "he's considering" (progressive).
breitbart_2016-02-16: "the drug companies are going to go to competitive bid" (about others); "the RNC has
  run default on their pledge" (nominal without complement). Channels: "Boyle asked Trump" (a single person
  as interlocutor, not an outlet or audience); "said when Boyle asked him a question" (no channel phrase).
  Included although debatable: "we're going to competitive bid" (stated as a commitment under "Whether ... or
  ...", like dev "we're going to get away from" that"); the Daily Beast "article ... naming him" and Grove's
  "Tweeted out Trump's praise" (noun-phrase content).
huff-post_2016-02-24: Collins "I am proud to endorse him" (present endorsement). Channels: "He also said he's
  liked Trump" (channel in the previous sentence); "has spoken about the need for tighter border control"
  (no channel).
huff-post_2016-07-27: Mapp "it is time that ... our elected members of Congress do what must be done" (vague
  action, delegate's generic call); "should be treated as such" (agentless); Huntley "said he wanted
  common-sense solutions" (reported desire); "Obama made gun control a priority" (priority). Channels: "Some
  delegates at the convention in Philadelphia said" (the phrase modifies "delegates"); Clinton "she said at the
  time" (time). Included although debatable: the DLC "pushed Democrats to moderate their stance" (pressure on
  a specific target, like held-out 2's "pressured them to stop").
nyt_2016-02-20: "He has challenged his own bishops to be humbler, to get out onto the streets and be more
  compassionate" (mostly attitude); "Francis' message is to call on all Christians to be more Christian"
  (narrator, generic target); Lombardi "we should not build walls but bridges" (generic); "God will hold the
  slave drivers ... accountable" (prediction); the Jonah story (anecdote). Channels: Franco "wrote on Friday"
  (bare wrote; "a columnist for" is an affiliation); "Mr. Franco added"; "Vatican officials emphasized on
  Friday"; "His speeches ... divide the world" (no cue). Included although debatable: "declared La Stampa in
  Italy" (a newspaper headline, the outlet as channel); "in answering a reporter's question on his return
  flight" (press remarks on the papal flight, participle left out); Francis "called for greater Christian
  ethics in business" as a demand with target null (the dev "called for" rule; the pope is a head of state).
nyt_2016-07-27: "The Fed is expected to announce ... that it again will pass" (expectation); "Officials have
  said they are still considering" (progressive); Brainard "the Fed needs to consider the impact" (cognitive
  content, her own institution) and "the Fed should care about other countries" (narrator, attitude); Meyer
  "Congress had instructed the Fed to focus on the United States" (a standing statutory mandate, cf. dev legal
  requirements); "he was advised to find a more experienced deputy" (agentless); Truman "we need to cooperate"
  (generic inclusive); "trying to cajole European leaders into addressing" (effort, progressive). Channels:
  "argued with Ms. Brainard at the February conference" (no content); "declined to be interviewed" and "she
  said almost nothing" (negated); "Otherwise, she said" (channel in the previous sentence). Meetings: "a
  two-day meeting of its policy-making committee" (the Fed's own meeting, no second party).
politico_2016-02-19: "but was ordered to make four releases this month" (agentless passive); Toner "are making
  every effort to comply" (progressive); "She's hoping" (hope); "she would have made a different decision"
  (counterfactual); "her success at persuading President Barack Obama to join a military intervention" (hedged
  by "appears", narrator's nominal); "called it "critical" that she make such a speech" (evaluation, not a
  trigger). Channels: "Nides wrote", "Clinton replied", "she wrote" (bare); "State spokesman Mark Toner said
  Friday" (time). Included although debatable: Slaughter's "she has to seize this moment" (an official's
  internal email: holder a political actor, specific target, concrete action); the judge's "ordered" (a court
  order to a named party, trigger like "instructed").
usa-today_2016-07-25: Tyler "Russ looks forward to campaigning with Secretary Clinton" (attitude); "You're much
  more likely to find him in Pardeeville" (prediction); "candidates ... who plan to attend" (narrator);
  Berkman's imagined "I'm going to stay as far away as possible" (hypothetical); Coit "the candidate sees the
  convention as an opportunity" (attitude). Channels: "according to the Roper Center" (evidential); "appeared
  by video" (no content). Included although debatable: Tyler "explaining why the candidate ... won't appear at
  the convention" (a spokesman's account of the candidate's announced absence, rule A.2-5).
wash-post_2016-02-19: the lede "Democrats on the House Select Committee on Benghazi plan to release a slew of
  interview transcripts" (plan in the narrator's voice); "Cummings is waiting ... before releasing them"
  (progressive); "a former Republican committee staffer announced plans to sue the panel" (nominal "plans");
  "will help the committee complete" (prediction); "he would not focus his investigative work on Clinton"
  (past refusal). Channels: "A Republican committee aide blasted the statement" (the statement is the object);
  "it stated" (pronoun, memo in the previous sentence); "a gaffe ... suggested" (evidential); "Cummings's staff
  made this announcement" (no channel phrase). Meetings: "a public hearing with ... Hillary Clinton" (hearing);
  "recent sit-downs with Rice and Rhodes", "the committee interviewed Huma Abedin and Cheryl Mills" (witness
  interviews of an investigation, not meetings under docs/meeting-guidelines.md).
"""
