"""Hand-written held-out annotation (8 PolNeAR train articles), following the dev guidelines.

Every span is a quoted string that occurs exactly once inside its anchor fragment, and the anchor
occurs exactly once in the article; ``"ctx [[span]] ctx"`` marks a span inside disambiguating
context. ``build.py`` turns this into ``gold.jsonl`` (offsets into ``shared/data/polnear/train/text``).
Borderline cases left out are listed in ``LEFT_OUT`` (for the record; the builder ignores them).
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
    "breitbart_2015-11-23_breitbart-news-daily-a-world-at-",
    "nyt_2015-11-24_momentum-builds-to-tax-consumpti",
    "usa-today_2015-11-25_carson-is-cratering-while-trump-",
    "usa-today_2016-04-28_trailing-cruz-lobs-hail-carly-pa",
    "wash-post_2016-04-20_beyond-victory-clinton-faces-dee",
]

ARTICLES = [
    # ------------------------------------------------------------------ 1
    {"doc": "breitbart_2016-04-23_clinton-wades-in-urges-britain-t", "commitments": [
        C("Clinton Wades In: Urges Britain to Remain In European Union.", "Hillary Clinton", "Clinton",
          "demand", "Urges", "Remain In European Union", target="Britain"),
        C("President Obama has endured criticism for telling the British people that they would be better "
          "off remaining within the Union, and threatening them with loss of American trade should they dare "
          "to vote to Leave.", "Obama", "President Obama", "threat", "threatening", "loss of American trade",
          condition="should they dare to vote to Leave", target="British people"),
        C("Ted Cruz was also critical of Obama’s stance, telling Breitbart London: “President Obama’s comments "
          "today are typical of his administration, which began by returning the bust of Winston Churchill "
          "from the Oval Office. “Rather than scolding our closest allies for even considering exercising "
          "their rights as a sovereign nation, the President of the United States should look for ways to make Brexit, if it happens, an "
          "opportunity to enhance and strengthen the special relationship between our two countries.",
          "Ted Cruz", "Ted Cruz", "demand", "should",
          "look for ways to make Brexit, if it happens, an opportunity to enhance and strengthen the "
          "special relationship between our two countries", target="Obama"),
    ], "channels": [
        H("In a statement to the Observer, her senior policy adviser, Jake Sullivan, said:", "Jake Sullivan",
          "said", "In a statement to the Observer", "written_statement"),
        H("Mr Farage told BBC Radio Four’s Any Questions.", "Nigel Farage", "told",
          "BBC Radio Four’s Any Questions", "interview"),
        H("telling Breitbart London:", "Ted Cruz", "telling", "Breitbart London", "interview"),
    ]},
    # ------------------------------------------------------------------ 2
    {"doc": "huff-post_2015-11-15_bernie-sanders-it-is-not-a-radic", "commitments": [
        C("defended his call to raise the federal minimum wage to $15 an hour", "Bernie Sanders", "his",
          "demand", "call", "raise the federal minimum wage to $15 an hour"),
    ], "channels": [
        H("the senator said during Saturday night’s Democratic debate.", "Bernie Sanders", "said",
          "during Saturday night’s Democratic debate", "debate"),
        H("what Alan Krueger said in the piece you’re referring to", "Alan Krueger", "said", "in the piece",
          "article_or_oped"),
    ]},
    # ------------------------------------------------------------------ 3
    {"doc": "huff-post_2016-04-27_bernie-sanders-suffered-a-big-bl", "commitments": [
        C("Sen. Bernie Sanders (I-Vt.) remains committed to seeing the Democratic primary through to the "
          "convention", "Bernie Sanders", "Sen. Bernie Sanders", "promise", "committed",
          "seeing the Democratic primary through to the convention"),
        C("He said the campaign remained committed to trying to persuade so-called superdelegates to change "
          "their support from Clinton", "Sanders campaign", "the campaign", "promise", "committed",
          "trying to persuade so-called superdelegates to change their support from Clinton"),
        C("While Sanders has pledged to support Clinton as the nominee", "Bernie Sanders", "Sanders",
          "promise", "pledged", "support Clinton as the nominee"),
    ], "channels": [
        H("his top aide, Tad Devine, told The Huffington Post.", "Tad Devine", "told", "The Huffington Post",
          "interview"),
        H("Instead, the statement talked about giving voters the right", "Sanders campaign", "talked about",
          "the statement", "written_statement"),
    ]},
    # ------------------------------------------------------------------ 4
    {"doc": "nyt_2016-04-23_campaign-for-trump-says-he-ll-re", "commitments": [
        C("Campaign for Trump says he'll recast image;", "Donald J. Trump", "he", "promise", "'ll",
          "recast image"),
        C("and that his campaign would begin working with the political establishment that he has scorned "
          "to great effect.", "Donald J. Trump's campaign", "his campaign", "promise", "would",
          "begin working with the political establishment that he has scorned to great effect"),
        C("Mr. Trump intends to deliver a foreign policy address at the National Press Club in Washington "
          "this month", "Donald J. Trump", "Mr. Trump", "promise", "intends",
          "deliver a foreign policy address at the National Press Club in Washington this month",
          timeframe="this month"),
        C("adding that he would also hold similar events to address his ''gender gap.''", "Donald J. Trump",
          "he", "promise", "would", "hold similar events"),
    ], "channels": [
        H("Incendiary style amounts to an act, top aide implies to Republican leaders.", "Paul Manafort",
          "implies", "Republican leaders", "rally_or_speech"),
        H("has sought to assure members of the Republican National Committee that", "Paul Manafort", "assure",
          "members of the Republican National Committee", "rally_or_speech"),
        H("Addressing about 100 committee members at the spring meeting here, many of them deeply skeptical "
          "about Mr. Trump's candidacy, the campaign chief, Paul Manafort, bluntly suggested",
          "Paul Manafort", "suggested", "about 100 committee members at the spring meeting here",
          "rally_or_speech"),
        H("Mr. Wiley walked them through a slide show that predicted victory", "Rick Wiley", "predicted",
          "a slide show", "other"),
    ]},
    # ------------------------------------------------------------------ 5
    {"doc": "politico_2015-11-24_clinton-s-iowa-dilemma", "commitments": [
        C("an op-ed in May, in which she called for getting the federal biofuels program \"back on track.\"",
          "Hillary Clinton", "she", "demand", "called for",
          "getting the federal biofuels program \"back on track.\""),
        C("they already have private promises from Clinton and other candidates to support the ethanol "
          "volumes that Congress required.", "Hillary Clinton and other candidates",
          "Clinton and other candidates", "promise", "promises",
          "support the ethanol volumes that Congress required"),
        C("she has made it very clear that she would follow the schedule and the law that’s there.",
          "Hillary Clinton", "that [[she]] would", "promise", "would",
          "follow the schedule and the law that’s there"),
        C("with Donald Trump, Mike Huckabee and Chris Christie all calling for a strong ethanol blending rule",
          "Donald Trump, Mike Huckabee and Chris Christie", "Donald Trump, Mike Huckabee and Chris Christie",
          "demand", "calling for", "a strong ethanol blending rule"),
        C("she's tacked to the left on environmental issues, criticizing the now-denied Keystone XL pipeline "
          "and calling for prohibitions on oil drilling in Arctic waters.", "Hillary Clinton", "she",
          "demand", "calling for", "prohibitions on oil drilling in Arctic waters"),
    ], "channels": [
        H("an op-ed in May, in which she called for", "Hillary Clinton", "called for", "an op-ed",
          "article_or_oped"),
        H("was bold enough to tout his position during an agriculture summit there in March.", "Ted Cruz",
          "tout", "during an agriculture summit there", "rally_or_speech"),
        H("Sen. Chuck Grassley (R-Iowa) told POLITICO.", "Chuck Grassley", "told", "POLITICO", "interview"),
    ]},
    # ------------------------------------------------------------------ 6
    {"doc": "politico_2016-04-18_outside-gop-group-goes-in-big-fo", "commitments": [
        C("The American Action Network says it will spend nearly $150,000 on a TV ad in Shuster’s western "
          "Pennsylvania district.", "American Action Network", "says [[it]] will", "promise", "will",
          "spend nearly $150,000 on a TV ad in Shuster’s western Pennsylvania district"),
    ], "channels": [
        H("At Saturday's debate, Halvorson blasted Shuster", "Art Halvorson", "blasted", "At Saturday's debate",
          "debate"),
    ]},
    # ------------------------------------------------------------------ 7
    {"doc": "wash-post_2015-11-16_clinton-s-claim-that-percent-of-", "commitments": [
        C("after the department asked Mills, Sullivan and Abedin to search their personal e-mails",
          "State Department", "the department", "demand", "asked", "search their personal e-mails",
          target="Cheryl Mills, Jake Sullivan and Huma Abedin"),
    ], "channels": [
        H("especially in the evening session of the 11-hour hearing, Clinton suggested",
          "Hillary Rodham Clinton", "suggested", "in the evening session of the 11-hour hearing", "testimony"),
        H("The Clinton campaign, in a Q&A on the e-mail controversy, worded it", "Clinton campaign", "worded",
          "in a Q&A", "written_statement"),
        H("according to a declaration filed in federal court by John F. Hackett", "John F. Hackett",
          "according to", "a declaration", "written_statement"),
    ]},
    # ------------------------------------------------------------------ 8
    {"doc": "west-journal_2015-11-23_look-how-trey-gowdy-just-fired-b", "commitments": [
        C("Ware insists that Podliska himself asked committee interns to take up partisan projects",
          "Bradley Podliska", "Podliska", "demand", "asked", "take up partisan projects",
          target="committee interns"),
        C("Podliska’s lawsuit demands his reinstatement as a committee investigator, recovery of lost wages "
          "and other damages.", "Bradley Podliska", "Podliska", "demand", "demands",
          "his reinstatement as a committee investigator, recovery of lost wages and other damages"),
    ], "channels": [
        H("The November 23 lawsuit filed by a former staffer named Bradley Podliska, an Air Force reserve major "
          "who Gowdy, R -S.C., fired in June for mishandling classified information, alleges a long list",
          "Bradley Podliska",
          "alleges", "The November 23 lawsuit", "written_statement"),
        H("Gowdy spokesman Jamal Ware said in a statement according to The Blaze.", "Jamal Ware", "said",
          "in a statement", "written_statement"),
        H("the suit claims that Gowdy made statements", "Bradley Podliska", "claims", "the suit",
          "written_statement"),
        H("the suit reads.", "Bradley Podliska", "reads", "the suit", "written_statement"),
        H("the suit says.", "Bradley Podliska", "says", "the suit", "written_statement"),
        H("Podliska’s lawsuit demands his reinstatement", "Bradley Podliska", "demands", "Podliska’s lawsuit",
          "written_statement"),
    ]},
]

LEFT_OUT = """
breitbart_2016-04-23: Obama's "advice that Britain should remain" (nominal, not a trigger noun); "his warning
  that Britain would go have to the back of the queue if ..." and the quoted "The UK is going to be in the
  back of the queue" (warning whose content is phrased as a prediction); poll respondents' "Britain should
  never have to wait". Channels: "telling the British people" (a national public, not an audience
  addressed); "sources close to her campaign say"; "A YouGov poll ... revealed" (evidential).
huff-post_2015-11-15: headline "To Ask For A $15 Minimum Wage" (no holder); "that person should not be living
  in poverty" (generic); Clinton "I support a $12 national official minimum wage" (support, not a
  commitment). Channel: "the other candidate on the stage" (speaker description).
huff-post_2016-04-27: "would likely place even more focus" (hedged); "I don't think we will stop" (hedged);
  "the senator owes it to his supporters to run through the California primary" (the campaign's "sense",
  no statement); "We want to make sure" (desire); "Clinton pledged her commitment to some of the causes"
  (commitment = dedication, no action). Channel: "sent a fundraising email that included a picture"
  (display verb, no content).
nyt_2016-04-23: abstract "he was set to work with the political establishment" (readiness, "suggested");
  "was about to begin a more professional phase" (prediction); "The negatives are going to come down"
  (prediction); "He gave us the mandate to bring together a team" ("mandate" not a trigger noun, past);
  "I don't want a fractured convention" (desire); "You'll start to see more depth" (prediction); "what we
  can do is make Hillary Clinton go to Illinois" (ability). Channels: "Mr. Manafort's comments ... came
  during a happy-hour reception" (no cue); "offered an olive branch ... at the start of his remarks" (no
  content); "sending Mr. Manafort to assure party stalwarts" (no content).
politico_2015-11-24: "the EPA's call to fall behind the specific gallon mandates" ("call" = decision);
  Shaw "I think you'll see a lawsuit" (hedged prediction); Cruz "has proposed repealing the mandate"
  (proposal); "confident that Secretary Clinton will continue to be a champion" (expectation); "ethanol
  promises" (no complement). Channels: "you hear her on the campaign trail saying" (negated); "said at the
  time" (time); "Clinton's op-ed supporting biofuels" (noun phrase characterising a medium).
politico_2016-04-18: "is spending $200,000" and "it's paying for digital advertisements" (progressive);
  "We want to ensure" (desire). Channel: "The ad touts Shuster's conservative bona fides" (display verb).
wash-post_2015-11-16: "received a request for e-mails" (no holder); "if a search was requested"
  (hypothetical); the author's "she should correct the record" and "Clinton would do better to say".
  Channels: "- exchange during an Oct. 22 hearing" (no cue); "as part of the exchange with Clinton, Gowdy
  referenced an inspector general's report that" (the report is evidential); "A footnote in the report
  makes that clear" (display); "according to the State Department" (no channel phrase).
west-journal_2015-11-23: "he was warned against doing so" (agentless passive); "will be fully exonerated"
  (prediction); "He also seeks a permanent injunction" ("seeks" not a trigger). Channels: "assured the
  American people" (a national public); "according to The Blaze" (publisher's report).
"""
