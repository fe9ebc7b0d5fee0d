"""Hand-written annotation for held-out set 15 (development, 8 PolNeAR train articles).

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


# Met by the selection rule (build.py docstring) but without any commitment, in the order met.
SKIPPED = [
    "huff-post_2016-08-05_bloodline-star-norbert-leo-butz-",
    "usa-today_2016-03-07_a-petite-powerhouse-with-an-undy",
    "usa-today_2016-07-28_the-hillary-speech-we-d-like-to-",
]

ARTICLES = [
    # ------------------------------------------------------------------ 1 (index 46)
    {"doc": "breitbart_2016-03-01_the-latest-sanders-wins-minnesot", "commitments": [
        C("Neither John Kasich nor Mario Rubio has won a state and Cruz strongly suggested they should drop out",
          "Ted Cruz", "and [[Cruz]] strongly", "demand", "should", "drop out", target="John Kasich and Marco Rubio"),
        C("Ted Cruz, who won Oklahoma and his home state of Texas, is calling for some of his Republican rivals to "
          "drop out.", "Ted Cruz", "Ted Cruz", "demand", "calling for", "some of his Republican rivals to drop out",
          target="Marco Rubio and John Kasich"),
        C("he made it clear that he felt they should drop out so Republicans", "Ted Cruz", "that [[he]] felt",
          "demand", "should", "drop out", target="Marco Rubio and John Kasich"),
        C("but his upbeat speech was full of promises to continue fighting", "Marco Rubio", "but [[his]] upbeat",
          "promise", "promises", "continue fighting"),
        C("said that her campaign would continue “to break barriers” across the nation",
          "Hillary Clinton’s campaign", "her campaign", "promise", "would",
          "continue “to break barriers” across the nation"),
        C("He has resisted calls from some other Republican power brokers to drop out of the race.",
          "some other Republican power brokers", "some other Republican power brokers", "demand", "calls",
          "drop out of the race", target="John Kasich"),
        C("And he vowed to “take our fight” to the 35 states that would have not yet voted by night’s end.",
          "Bernie Sanders", "And [[he]] vowed", "promise", "vowed",
          "“take our fight” to the 35 states that would have not yet voted by night’s end"),
        C("He pledged to enact judicial reform, fix the nation’s “broken” campaign finance system",
          "Bernie Sanders", "[[He]] pledged", "promise", "pledged",
          "enact judicial reform, fix the nation’s “broken” campaign finance system"),
        C("he, once again, pledged a “political revolution”", "Bernie Sanders", "[[he]], once", "promise",
          "pledged", "a “political revolution”"),
        C("said that he and his supporters would stand up to “billionaire class” that dominates the nation’s "
          "political system", "Bernie Sanders and his supporters", "he and his supporters", "promise", "would",
          "stand up to “billionaire class” that dominates the nation’s political system"),
        C("Dayton has been a longtime Clinton supporter and has pledged his support as a superdelegate to the "
          "national convention", "Mark Dayton", "[[Dayton]] has been", "promise", "pledged",
          "his support as a superdelegate to the national convention"),
    ], "channels": [
        H("“Ted Cruz is not my favorite by any means,” Graham, a former candidate, told CBS News", "Lindsey Graham",
          "told", "CBS News", "interview"),
        H("Ben Carson told a crowded banquet hall at a hotel in downtown Baltimore", "Ben Carson", "told",
          "a crowded banquet hall at a hotel in downtown Baltimore", "rally_or_speech"),
        H("but told his supporters, “our nation", "Ben Carson", "told", "his supporters", "rally_or_speech"),
        H("Trump posted a message on Twitter reading “Thank you Georgia”", "Donald Trump", "reading",
          "a message on Twitter", "social_post"),
        H("Marco Rubio, speaking at a Super Tuesday rally at his hometown in Miami, is criticizing", "Marco Rubio",
          "criticizing", "at a Super Tuesday rally at his hometown in Miami", "rally_or_speech"),
        H("but his upbeat speech was full of promises to continue fighting", "Marco Rubio", "promises",
          "his upbeat speech", "rally_or_speech"),
        H("John Kasich is thanking supporters at a Super Tuesday rally In Mississippi.", "John Kasich", "thanking",
          "at a Super Tuesday rally In Mississippi", "rally_or_speech"),
        H("After thanking the raucous crowd", "Bernie Sanders", "thanking", "the raucous crowd", "rally_or_speech"),
        H("Bernie Sanders is thanking supporters at a victory rally in his home state of Vermont.", "Bernie Sanders",
          "thanking", "at a victory rally in his home state of Vermont", "rally_or_speech"),
        H("He told the raucous crowd that it meant a lot", "Bernie Sanders", "told", "the raucous crowd",
          "rally_or_speech"),
        H("Dayton tells The Associated Press that he thinks", "Mark Dayton", "tells", "The Associated Press",
          "interview"),
        H("The Florida senator is telling reporters in Minnesota", "Marco Rubio", "telling", "reporters in Minnesota",
          "press_remarks"),
    ], "meetings": [
        M("Clinton arrived at the Holy Name gymnasium, a polling place in the city’s West Roxbury neighborhood "
          "where he met with Boston Mayor Marty Walsh", "he met with Boston Mayor Marty Walsh",
          ["Bill Clinton", "Marty Walsh"], "the Holy Name gymnasium", None, "past"),
    ]},
    # ------------------------------------------------------------------ 2 (index 106)
    {"doc": "breitbart_2016-07-27_obama-to-frame-election-as-comma", "commitments": [
        C("This has to be the first time that a major presidential candidate has actively encouraged a foreign "
          "power to conduct espionage against his political opponent", "Donald Trump",
          "a major presidential candidate", "demand", "encouraged",
          "conduct espionage against his political opponent", target="Russia"),
        C("Aides said Obama will make a familiar case for what has been achieved during his two terms",
          "Barack Obama", "said [[Obama]] will", "promise", "will",
          "make a familiar case for what has been achieved during his two terms"),
    ], "channels": [
        H("the two-term president will say, according to excerpts of his speech released by the White House",
          "White House", "according to", "excerpts of his speech", "written_statement"),
        H("In an incendiary press conference, Trump launched a pre-emptive attack against Obama, calling him",
          "Donald Trump", "calling", "In an incendiary press conference", "press_remarks"),
        H("she said in a video message to the convention", "Hillary Clinton", "said",
          "in a video message to the convention", "other"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 3 (index 166)
    {"doc": "huff-post_2016-03-01_donald-trump-is-now-being-held-u", "commitments": [
        C("referring to the Republican presidential candidate’s vow to construct a wall along the U.S.-Mexican "
          "border", "Donald Trump", "the Republican presidential candidate", "promise", "vow",
          "construct a wall along the U.S.-Mexican border"),
        C("Editor’s note: Donald Trump is a serial liar, rampant xenophobe, racist, misogynist, birther and bully "
          "who has repeatedly pledged to ban all Muslims — 1.6 billion members of an entire religion — from "
          "entering the U.S.", "Donald Trump", "Donald Trump", "promise", "pledged",
          "ban all Muslims — 1.6 billion members of an entire religion — from entering the U.S."),
    ], "channels": [
        H("Andrean High’s principal and the local bishop have since released statements deploring what happened",
          "Andrean High’s principal and the local bishop", "deploring", "statements", "written_statement"),
        H("A student wrote the local newspaper, The Perry Chief, that", "A student", "wrote",
          "the local newspaper, The Perry Chief", "email_or_letter"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 4 (index 286)
    {"doc": "nyt_2016-03-04_republicans-have-stake-in-a-deal", "commitments": [
        C("Senate Republican leaders have insisted they won't consider an Obama nominee to the Supreme Court",
          "Senate Republican leaders", "insisted [[they]] won't", "promise", "won't",
          "consider an Obama nominee to the Supreme Court"),
    ], "channels": [
        H("In his second book, he made clear he believes", "Obama", "made clear", "In his second book",
          "article_or_oped"),
    ], "meetings": [
        M("an offer the leadership rebuffed at a White House meeting this week", "a White House meeting this week",
          ["Obama", "Senate Republican leaders"], "White House", "this week", "past"),
    ]},
    # ------------------------------------------------------------------ 5 (index 346)
    {"doc": "nyt_2016-08-01_with-ailes-out-and-murdoch-in-wh", "commitments": [
        C("one group, Partnership for Responsible Growth, has run ads with both outlets reminding Republicans that "
          "their leaders used to support market-based solutions to climate change -- and calling on The Journal's "
          "editorial page to acknowledge humankind's role", "Partnership for Responsible Growth",
          "Partnership for Responsible Growth", "demand", "calling on", "acknowledge humankind's role",
          target="The Wall Street Journal's editorial page"),
        C("is saying he won't rush into picking a successor to Mr. Ailes", "Rupert Murdoch", "saying [[he]] won't",
          "promise", "won't", "rush into picking a successor to Mr. Ailes"),
    ], "channels": [
        H("by a devastating article in New York magazine by Gabriel Sherman, who reported that", "Gabriel Sherman",
          "reported", "a devastating article in New York magazine", "article_or_oped"),
        H("Mr. Ailes denied the charges through his lawyer.", "Roger Ailes", "denied", "through his lawyer", "other"),
        H("how he portrayed himself on Twitter", "Rupert Murdoch", "portrayed", "on Twitter", "social_post"),
        H("In an essay in Time magazine in December, he wrote,", "James Murdoch", "wrote",
          "In an essay in Time magazine", "article_or_oped"),
        H("one group, Partnership for Responsible Growth, has run ads with both outlets reminding Republicans",
          "Partnership for Responsible Growth", "reminding", "ads with both outlets", "other"),
        H("whom Michelle Obama referred to in her prime-time address", "Michelle Obama", "referred to",
          "in her prime-time address", "rally_or_speech"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 6 (index 406)
    {"doc": "politico_2016-03-01_trump-my-immigration-plans-aren-", "commitments": [
        C("his oft-stated promise to build a border wall", "Donald Trump", "his", "promise", "promise",
          "build a border wall"),
        C("We will work out some system that’s fair", "Donald Trump", "We", "promise", "will",
          "work out some system that’s fair"),
        C("Trump’s leading Republican rivals, Sens. Ted Cruz of Texas and Marco Rubio of Florida, have both urged "
          "the Manhattan mogul to release the audio tapes of his conversation with the Times from Jan 5.",
          "Ted Cruz and Marco Rubio", "Ted Cruz of Texas and Marco Rubio of Florida", "demand", "urged",
          "release the audio tapes of his conversation with the Times from Jan 5", target="Donald Trump"),
        C("Mitt Romney tweeted his call that the billionaire front-runner share the contents of the recording.",
          "Mitt Romney", "his", "demand", "call", "the billionaire front-runner share the contents of the recording",
          target="Donald Trump"),
    ], "channels": [
        H("In an interview with Fox News’ Sean Hannity on Monday night, Trump responded", "Donald Trump",
          "responded", "In an interview with Fox News’ Sean Hannity", "interview"),
        H("he told The New York Times editorial board in an off-the-record tape-recorded meeting", "Donald Trump",
          "told", "The New York Times editorial board in an off-the-record tape-recorded meeting", "interview"),
        H("Mitt Romney tweeted his call", "Mitt Romney", "tweeted", "tweeted", "social_post"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 7 (index 466)
    {"doc": "politico_2016-07-29_sex-lies-and-the-grayson-family-", "commitments": [
        C("as top fellow Democrats call on him to quit the Senate race", "top fellow Democrats",
          "top fellow Democrats", "demand", "call on", "quit the Senate race", target="Alan Grayson"),
        C("Harry Reid, who called on Grayson months ago to quit the Senate race", "Harry Reid", "Harry Reid",
          "demand", "called on", "quit the Senate race", target="Alan Grayson"),
        C("he told Randolph and others that she should step aside", "Alan Grayson", "[[he]] told", "demand",
          "should", "step aside", target="Susannah Randolph"),
        C("and I’m going to spend a lot of money on television", "Alan Grayson", "[[I]]’m going", "promise",
          "going to", "spend a lot of money on television"),
        C("Grayson argued that the group should not endorse Randolph and instead support his girlfriend",
          "Alan Grayson", "Grayson", "demand", "should", "not endorse Randolph and instead support his girlfriend",
          target="Congressional Progressive Caucus"),
        C("“I’m going to marry her.", "Alan Grayson", "I", "promise", "going to", "marry her"),
    ], "channels": [
        H("he blasted out a new robocall touting a Grayson", "Alan Grayson", "touting", "a new robocall", "other"),
        H("Lolita Grayson wrote Thursday in an email to POLITICO", "Lolita Grayson", "wrote",
          "in an email to POLITICO", "email_or_letter"),
        H("is otherwise listed as one of the congressman’s alleged “paramours” in his ex’s divorce filings",
          "Lolita Grayson", "listed", "in his ex’s divorce filings", "written_statement"),
        H("after POLITICO published a story detailing four domestic-abuse police reports", "POLITICO", "detailing",
          "a story", "article_or_oped"),
        H("he called her at one point and leveled the same threat", "Alan Grayson", "called", "called", "other"),
        H("At a March meeting of the Congressional Progressive Caucus, of which he is a member, Grayson argued",
          "Alan Grayson", "argued", "At a March meeting of the Congressional Progressive Caucus", "rally_or_speech"),
        H("After FOX13’s Craig Patrick asked about it in a recent interview", "Craig Patrick", "asked",
          "in a recent interview", "interview"),
        H("wrote in an email to POLITICO that Dena Grayson’s campaign", "Pat Schroeder", "wrote",
          "in an email to POLITICO", "email_or_letter"),
    ], "meetings": [
        M("Randolph told others that he called her at one point", "he called her at one point",
          ["Alan Grayson", "Susannah Randolph"], None, None, "past"),
    ]},
    # ------------------------------------------------------------------ 8 (index 646)
    {"doc": "wash-post_2016-03-04_in-china-wake-of-trump-s-super-t", "commitments": [
        C("He promises to immediately declare it a currency manipulator.", "Donald Trump", "He", "promise",
          "promises", "immediately declare it a currency manipulator", timeframe="immediately"),
        C("He rails against its \"Great Wall of Protectionism\" and pledges to stand firm against its \"cheating\" "
          "and \"financial blackmail.\"", "Donald Trump", "He", "promise", "pledges",
          "stand firm against its \"cheating\" and \"financial blackmail.\""),
    ], "channels": [
        H("as the nationalist Global Times tabloid noted in an op-ed Thursday", "Global Times", "noted",
          "in an op-ed", "article_or_oped"),
        H("columnist Ai Jun wrote in the Global Times piece", "Ai Jun", "wrote", "in the Global Times piece",
          "article_or_oped"),
        H("In an article posted on the party-controlled website, the Paper, and widely circulated online, Shen "
          "Xincheng, a doctoral candidate at the Georgia Institute of Technology, urged", "Shen Xincheng", "urged",
          "In an article", "article_or_oped"),
    ], "meetings": []},
]

LEFT_OUT = """
Selection: 11 files read under the rule (indices 46, 106, 166, 226, 286, 346, 406, 466, 526, 586, 646); the
  8th kept article is index 646, so indices 706, 766 and 826 were not read.
huff-post_2016-08-05 (skipped): an entertainment feature; the actor's "I'm gonna take some risks" describes the
  style of his show (an attitude, like dev's "I am not going to follow a script"), not an undertaking; "Butz
  will opt for something radically different", "he'll share anecdotes" (narrator's schedule); "For more
  information, head here" (publisher promo).
usa-today_2016-03-07 (skipped): an obituary feature on Nancy Reagan; only past acts and a counterfactual ("she
  would have insisted on it").
usa-today_2016-07-28 (skipped): an editorial that writes the acceptance speech the paper would like Clinton to
  give. Every "I will", "I have called on" and "he urged the Russians" in it is the publisher's imagined
  voice (A.2-17, hypotheticals by the writer); "Hillary Clinton will deliver her acceptance speech" is the
  narrator's schedule.
breitbart_2016-03-01 (AP "The Latest" live blog): Outcome vows left out (A.2-16): Sanders "is pledging to “win
  many hundreds of delegates”", Rubio "vowing to win his home state of Florida". Cruz "He asked them
  “prayerfully consider” the future of their campaigns" (the content is a thought, A.2-11, cf. dev "urged
  Republicans to join the ranks of climate change believers"). Carson "he’s not giving up" (present
  progressive stance). Trump "wanted to put internal Republican squabbles behind him" (desire); "his dealing
  powers would force companies to keep jobs in America" (inanimate subject, outcome); "she “isn’t going to
  straight it out”" (prediction about Clinton). Clinton's "make America whole again" ("the goal was ...", and
  Trump's "Clinton’s call earlier in the night to “make America whole again”": a slogan framed as a goal, not
  a call on anyone). Graham "the only way ... may be to rally behind Texas Sen. Ted Cruz" (hedged); "He joked
  that his comments should be taken with a grain of salt" (joke, passive). Galvin "is reminding Hillary
  Clinton’s campaign about state election laws" (reminder without a directive). "The billionaire businessman
  will be holding a news conference" (narrator schedule). Exit-poll "want" statements (voters' desires).
  Decisions: the power-brokers' "calls ... to drop out" target John Kasich (the 8:32 entry is about Kasich; the
  "Donald Trump has captured ..." sentence before it is the blog's recurring score line); Cruz's rivals are
  resolved to Marco Rubio and John Kasich (named in the following sentences; the article misspells "Mario
  Rubio" once); Dayton's "pledged his support as a superdelegate" is a promise with a noun-phrase content (cf.
  dev "Trump is promising lower taxes"); "no matter how she does Tuesday" is concessive, not a condition span;
  "pledged a “political revolution”" is kept as a promise with a noun-phrase content (same reason).
  Channels left out: "Speaking earlier Tuesday in Florida, Trump insisted" and "Trump, in Kentucky, said" (bare
  locations); "Carson took the stage Tuesday at the Grand Hotel in Baltimore and called" (venue, no event noun);
  "turned her attention during her victory rally toward her possible Republican opponents" (no speech cue) and
  "Clinton decried the GOP ..." (the rally is in the previous sentence); "Hillary Clinton is marking several
  Super Tuesday victories with a rally in Miami" (no cue); "Trump, speaking at the Mar-a-Lago resort in
  Florida, was introduced by ..." (no cue); "he touted how far his campaign had come" (the crowd attaches to
  "thanking"); Galvin "is reminding Hillary Clinton’s campaign" (the addressee is the reminder's target);
  "according to early results of the exit poll" (evidential). Channel decisions: Rubio's "his upbeat speech was
  full of promises to continue fighting and vowing to win" is one entry (coordinated, first content-introducing
  word "promises", as a light noun like "made the pledge"); "thanking supporters at a ... rally" (cue "thanked"
  of B.2) gets the rally as channel; "After thanking the raucous crowd" gets the crowd (an audience addressed
  directly). Included although debatable: "Dayton tells The Associated Press" (the wire service that wrote the
  blog, as dev "told The Huffington Post"). Meeting: Bill Clinton "met with Boston Mayor Marty Walsh" at the
  polling place (a visit with a named party); Christie introducing Trump is a campaign event, not a meeting.
breitbart_2016-07-27: narrator plans ("Obama will spearhead", "will make the case to Democrats", "will appear
  before the convention", "Obama will also try to leverage"); "the two-term president will say" (narrator:
  content of a coming speech); "The White House would like to make November’s crunch election a battle ..."
  (desire); "Democrats will hope" (narrator); Trump "Russia, if you’re listening, I hope you’re able to find the
  30,000 emails" (hope, A.2-10) and "Trump’s suggestion that Russia spy on his rival Clinton" ("suggestion" is
  not a counted nominal trigger); "did not recommend that she face criminal charges" (negated past). Channels
  left out: "Trump said", "said ... Jake Sullivan", "Clinton says" (no medium); "with a reference to thousands
  of Clinton emails" (no channel phrase); "The White House says Obama has been working on the roughly
  30-minute speech" (no medium for the White House's statement). Decisions: "Aides said Obama will make a
  familiar case ..." is a schedule announcement by his staff, holder the principal (A.2-5, A.3, as dev
  "Palmieri said Clinton will address ..."); the participle "highlighting America’s recovery ..." is left out
  of the content (circumstance). Channel type: "a video message to the convention" is typed other (a video),
  not rally_or_speech. Included although debatable: Sullivan's "a major presidential candidate has actively
  encouraged a foreign power to conduct espionage against his political opponent" (a Clinton aide reports
  Trump's remark as encouragement; the directive trigger is explicit, as dev "encouraged Americans to “check
  out”"; holder_span is the description that refers to Trump; target Russia); the channel "according to
  excerpts of his speech released by the White House" (the excerpts have been released, though the speech is
  still to come; speaker the White House, which issued them).
huff-post_2016-03-01: the students' chant "Build a wall" (fans' slogan, not a political actor's call);
  "Trump’s plan to deport immigrants" (nominal plan); the author's conditional "If we end up with a leader ..."
  (author). Channels left out: "the Chicago Tribune reports" (the outlet is the source, no channel phrase);
  "Footage from the game shows" (evidential). Decisions: the nominal "vow" is treated like "pledge" (A.2-14),
  holder_span the possessor; the HuffPost editor's note is annotated (A.2-2), holder_span the antecedent of
  "who". Channel type: "wrote the local newspaper, The Perry Chief" is email_or_letter (a letter to a paper).
nyt_2016-03-04 (column): experts' advice (Amar "Senate Republicans should remember ...", Tribe "I'd hope they'd
  see reason"; A.2-9); "the Republican leadership's repeated refusal to take up any Obama nominee" (refusal,
  nominal); "President Obama has sought Republican suggestions, an offer the leadership rebuffed" (an offer,
  A.2-19); "Mrs. Clinton, if elected, might nominate Mr. Obama himself" and Clinton's "Wow, what a great idea"
  (hedged; an evaluation); "Obama could name someone ..." (hypothetical). Channels left out: "she said in Iowa
  earlier this year in response to a voter's question" (bare location; the question is a circumstance, not a
  medium); "wrote an in-depth assessment ... In it, they conclude" (pronoun channel, as dev's "It says"); "none
  of the constitutional scholars I interviewed" (speaker description); "according to the average of recent
  polls" (evidential). Included although debatable: "In his second book, he made clear he believes ..." (a
  channel inside Tribe's quotation, as dev "You went on television to blame"; a book typed article_or_oped);
  the meeting "a White House meeting this week" between Obama and the Senate Republican leaders (the rebuff of
  his offer took place there; the leadership is a named group).
nyt_2016-08-01 (column): Murdoch's tweet "until they recognize and destroy their growing jihadist cancer they
  must be held responsible" (passive, agentless, generic target); "climate activists were hopeful that James
  Murdoch would force changes" (hope); Fenton "its main goal was to push a bipartisan solution" (goal); "It
  seems a near certainty that he will stay through the election" (columnist's prediction); "whether the
  Murdochs would be forced into a bigger house cleaning" (question). Channels left out: "Its hosts don't
  hesitate to report ...", "as the host Steve Doocy said in April while promoting a film" (no channel phrase for
  the statement); "None of the Murdochs would comment for this column" (negated); "executives ... say",
  "friends say", "according to Brian Wieser" (no medium); "Bill O'Reilly's aside" (nominal); "It didn't show
  the speech of Khizr Khan" (negated, no cue). Decisions: the ads' demand has holder the group that ran them
  (A.3, issuer of the medium) and target The Journal's editorial page; the channel of the ads is one entry
  with cue "reminding" (first content-introducing participle, B.2). Included although debatable: "Mr. Ailes
  denied the charges through his lawyer" (an intermediary named as the way the statement was made; dev left
  out "Through a spokesman, he declined to comment" only because it is negated; typed other); "whom Michelle
  Obama referred to in her prime-time address" (noun-phrase content).
politico_2016-03-01: Trump "I’ll make the wall 2 feet shorter or something" (a jocular, hedged illustration of
  what is "negotiable"); "Building it? Not negotiable." (stance, no trigger); "We need a border. We need a
  wall." (national inclusive); "he may not follow through with his proposed immigration measures if he is
  elected" (hedged, reported claim); Hannity's questions. Meeting left out: "he told The New York Times
  editorial board in an off-the-record tape-recorded meeting" / "We had a board meeting" (an editorial-board
  session with an outlet is an interview, not a meeting, under the meeting guidelines). Channel decisions: the
  editorial board plus its meeting phrase is the addressee channel of "told", typed interview; "tweeted"
  names the medium, so channel equals cue.
politico_2016-07-29: Outcome vow left out (A.2-16): "He promised to defeat Randolph and state Sen. Darren Soto
  thanks to the Grayson name" (an electoral outcome); "leveled the same threat" (nominal without complement);
  "She’s going to have my name", "she’s going to win", "would have no chance to win" (predictions); "Grayson
  was trying to get Florida’s Democratic House delegation to pressure Randolph ..." and "trying to force her
  out of the race" (attempts, progressive); "who now wants Grayson removed from the group" (desire); Huffman
  "would have attended the meeting" (counterfactual); "Grayson demanded to know which rival campaign leaked
  the information" (an on-the-spot question, as dev "asked the crowd to welcome the governor"; which Grayson is
  also unclear); Farley "we told her that maybe she should run for the state House" (hedged); Minning "I want to
  run for Congress" (desire); Schroeder "a woman should run on her own accomplishments" (generic); "his
  campaign staffers in 2014 tried to keep her away" (past attempt). Channels left out: "he told Randolph and
  others that she should step aside" (the addressee is the demand's target, as dev "Warren told Stumpf");
  "Grayson hit the phones on behalf of his wife, with a robocall to voters" and "he was phoning Wednesday" (no
  content); "He denied the charges" (no medium); "had a tense run-in with a POLITICO reporter, caught on video,
  when he refused to discuss the matter" (negated); "Randolph wouldn't comment", "Patrick wouldn’t comment"
  (negated); "She falsely presents herself as a practicing physician, even donning ... in her first TV ad" (the
  ad attaches to "donning"); "a fact first reported by Christopher Heath" (speaker description); "she doesn’t
  mention that on the campaign trail" (negated); "according to Farley’s account" (source). Decisions: "I’m
  going to spend a lot of money on television" is a promise (no threat trigger in its sentence; the next
  paragraph calls it "the same threat", kind-borderline); the caucus's own March meeting is not a meeting (no
  second party). Included although debatable: "I’m going to marry her" (an announced own future action with
  "going to", A.2-5); "listed as one of the congressman’s alleged “paramours” in his ex’s divorce filings"
  (a legal filing naming her; cue "listed"); the meeting "he called her at one point" (a reported call between
  named parties, Grayson and Randolph; "at one point" is not a date, so when is null).
wash-post_2016-03-04: "If China can build a Great Wall ..., then he can build one along the Mexican frontier"
  (ability); Ai Jun "China should reject an arrogant, hawkish candidate" (columnist's advice); Shen "urged
  Chinese people not to rush to judgment" (a doctoral candidate's advice about judgement, a thought, to a
  generic public, A.2-11/13); netizens' "I hope he reigns" and "hopes he will lift the world economy" (hopes).
  Channels left out: "one user wrote", "one user commented", "Jun wrote", "Shen wrote", "the Global Times wrote"
  (bare); "Hua Chunying said" (no medium); "there was a strong current of opinion on social media delighting in
  ..." (no speaker's cue); "he observed this week" (time, no medium). Decisions: "He promises to immediately
  declare ..." has timeframe "immediately" (inside the content); the Shen channel is "In an article" (the
  participle "posted on the party-controlled website, the Paper, and widely circulated online" is left out,
  B.2).
"""
