"""Hand-written annotation for held-out set 30 (BLIND, PolNeAR train articles names[3::60]).

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
    "breitbart_2015-11-18_ny-daily-news-paris-terror-attac",
    "huff-post_2015-11-11_a-meaningful-exchange-actually-h",
    "huff-post_2016-04-20_hillary-clinton-gives-emotional-",
    "nyt_2015-11-16_social-sites-overflow-when-crisi",
    "nyt_2016-04-20_campaigns-are-long-costly-and-ch",
    "politico_2015-11-13_casino-revenue-up-slightly-this-",
    "west-journal_2015-11-13_ben-carson-just-dropped-a-powerf",
    "west-journal_2016-04-16_new-polls-show-double-digit-gaps",
]

ARTICLES = [
    # ------------------------------------------------------------------ 1 (index 63)
    {"doc": "breitbart_2016-04-14_the-latest-trump-delivers-defens", "commitments": [
        C("Hillary Clinton is continuing to insist she will release transcripts of her paid speeches to Wall Street "
          "banks only when other presidential candidates do the same.", "Hillary Clinton", "insist [[she]] will",
          "promise", "will", "release transcripts of her paid speeches to Wall Street banks",
          condition="only when other presidential candidates do the same"),
        C("Clinton adds that she has released 30 years of tax returns and called on Sanders and Donald Trump to do "
          "the same.", "Hillary Clinton", "that [[she]] has", "demand", "called on", "do the same",
          target="Bernie Sanders and Donald Trump"),
        C("On his tax returns, he says he would release his information for 2014 on Friday", "Bernie Sanders",
          "says [[he]] would", "promise", "would", "release his information for 2014 on Friday",
          timeframe="on Friday"),
        C("Clinton says she would order regulators to break up banks if they don’t pass their stress tests or "
          "submit adequate “living wills” as required by the Dodd-Frank Wall Street reform bill.",
          "Hillary Clinton", "says [[she]] would", "threat", "would", "order regulators to break up banks",
          condition="if they don’t pass their stress tests or submit adequate “living wills” as required by the "
                    "Dodd-Frank Wall Street reform bill", target="banks"),
        C("Clinton says she would name regulators who “are tough enough and ready enough to break up” any bank "
          "that fails meet the law’s requirements.", "Hillary Clinton", "says [[she]] would", "promise", "would",
          "name regulators who “are tough enough and ready enough to break up” any bank that fails meet the law’s "
          "requirements"),
        C("Sanders says he’s determined to end a “rigged economy” where the rich get richer and everyone else gets "
          "poorer.", "Bernie Sanders", "says [[he]]’s", "promise", "determined",
          "end a “rigged economy” where the rich get richer and everyone else gets poorer"),
        C("Democratic presidential candidate Bernie Sanders is releasing a new 30-second ad that urges voters in New "
          "York to “send a message” to Wall Street banks and billionaires.", "Bernie Sanders", "Bernie Sanders",
          "demand", "urges", "“send a message” to Wall Street banks and billionaires",
          target="voters in New York"),
        C("Sanders often questions Clinton’s ties to super PACs and has called for the former secretary of state to "
          "release the transcripts of her paid speeches to employees of Wall Street banks.", "Bernie Sanders",
          "Sanders", "demand", "called for",
          "the former secretary of state to release the transcripts of her paid speeches to employees of Wall "
          "Street banks", target="Hillary Clinton"),
        C("While presidential candidates like Donald Trump and Bernie Sanders are vowing to bring back millions of "
          "American jobs lost to China and other foreign competitors", "Donald Trump and Bernie Sanders",
          "presidential candidates like Donald Trump and Bernie Sanders", "promise", "vowing",
          "bring back millions of American jobs lost to China and other foreign competitors"),
        C("Cruz says if elected president “I will work very, very closely with leaders in Congress.”", "Ted Cruz",
          "“[[I]] will", "promise", "will", "work very, very closely with leaders in Congress",
          condition="if elected president"),
        C("He says the meeting was the first in a series of gatherings he’ll be holding with lawmakers.",
          "Ed Brookover", "gatherings [[he]]’ll", "promise", "’ll", "be holding with lawmakers"),
    ], "channels": [
        H("Addressing attendees of the New York State Republican Party’s annual gala Thursday, Trump described "
          "families", "Donald Trump", "described", "attendees of the New York State Republican Party’s annual gala",
          "rally_or_speech"),
        H("Addressing New York State Republican Party’s annual gala Thursday, Trump said the South", "Donald Trump",
          "said", "New York State Republican Party’s annual gala", "rally_or_speech"),
        H("During the Democratic debate in Brooklyn, Clinton said that this was", "Hillary Clinton", "said",
          "During the Democratic debate in Brooklyn", "debate"),
        H("Clinton was booed at Thursday night’s debate when she said Sanders’ attack", "Hillary Clinton", "said",
          "at Thursday night’s debate", "debate"),
        H("Donald Trump is telling attendees at the New York State Republican Party’s annual gala how he helped",
          "Donald Trump", "telling", "attendees at the New York State Republican Party’s annual gala",
          "rally_or_speech"),
        H("He barely mentioned his campaign or political platform at the start of his speech, joking that",
          "Donald Trump", "joking", "at the start of his speech", "rally_or_speech"),
        H("In her opening statement at Thursday night’s Democratic debate in her home state, Clinton beamed as she "
          "noted", "Hillary Clinton", "noted",
          "In her opening statement at Thursday night’s Democratic debate in her home state", "debate"),
        H("Sanders is touting his recent wins in caucuses and primaries in his opening statement of Thursday "
          "night’s Democratic debate.", "Bernie Sanders", "touting",
          "in his opening statement of Thursday night’s Democratic debate", "debate"),
        H("is releasing a new 30-second ad that urges voters", "Bernie Sanders", "urges", "a new 30-second ad",
          "other"),
        H("The ad says “nothing will change", "Bernie Sanders", "says", "The ad", "other"),
        H("The ad targets a “corrupt political system", "Bernie Sanders", "targets", "The ad", "other"),
        H("Vatican spokesman the Rev. Federico Lombardi told reporters Thursday that", "Federico Lombardi", "told",
          "reporters", "press_remarks"),
        H("Corey Lewandowski, in a statement released by the campaign on Thursday, said he", "Corey Lewandowski",
          "said", "in a statement", "written_statement"),
        H("The campaign’s statement then declares “the matter is now concluded.”", "Donald Trump's campaign",
          "declares", "The campaign’s statement", "written_statement"),
        H("A court document filed Thursday says that Donald Trump’s campaign manager", "Dave Aronberg", "says",
          "A court document", "written_statement"),
        H("Fields later tweeted a photograph of her bruised forearm", "Michelle Fields", "tweeted", "tweeted",
          "social_post"),
        H("according to a court document filed by state attorney Dave Aronberg", "Dave Aronberg", "according to",
          "a court document", "written_statement"),
        H("Vermont Sen. Bernie Sanders is making an impassioned case to a New York gathering of black leaders that",
          "Bernie Sanders", "making an impassioned case", "a New York gathering of black leaders",
          "rally_or_speech"),
        H("Sanders is speaking Thursday to the National Action Network conference led by", "Bernie Sanders",
          "speaking", "the National Action Network conference", "rally_or_speech"),
        H("Cruz said Thursday during taping of a MSNBC town hall in Buffalo, New York, that states", "Ted Cruz",
          "said", "during taping of a MSNBC town hall in Buffalo, New York", "interview"),
        H("an accusation he made on the Senate floor that", "Ted Cruz", "made", "on the Senate floor",
          "rally_or_speech"),
        H("Cruz said Thursday during a taping of a MSNBC town hall meeting in Buffalo, New York, that state is wrong",
          "Ted Cruz", "said", "during a taping of a MSNBC town hall meeting in Buffalo, New York", "interview"),
        H("In an interview with reporters Thursday, the Wisconsin Republican criticized the president’s foreign "
          "policy", "Paul Ryan", "criticized", "In an interview with reporters", "interview"),
        H("Ed Brookover spoke to reporters Thursday following", "Ed Brookover", "spoke", "reporters",
          "press_remarks"),
        H("a campaign surrogate who said voters shouldn’t “continue to elect corporate Democratic whores” during a "
          "large New York City rally.", "Paul Song", "said", "during a large New York City rally",
          "rally_or_speech"),
        H("Sanders said on Twitter Thursday that the comment", "Bernie Sanders", "said", "on Twitter",
          "social_post"),
    ], "meetings": [
        M("Ed Brookover spoke to reporters Thursday following a meeting with House members who have endorsed Trump.",
          "a meeting with House members who have endorsed Trump",
          ["Ed Brookover", "House members who have endorsed Trump"], None, "Thursday", "past"),
    ]},
    # ------------------------------------------------------------------ 2 (index 423)
    {"doc": "politico_2016-04-11_clinton-and-sanders-trade-low-bl", "commitments": [
        C("Clinton's chief pollster and strategist Joel Benenson on Monday lashed out at what he characterized as an "
          "increasingly nasty Sanders campaign, advising the Vermont senator to stick to the issues.",
          "Joel Benenson", "Joel Benenson", "demand", "advising", "stick to the issues", target="Bernie Sanders"),
    ], "channels": [
        H("Clinton said at an impromptu question-and-answer session with reporters at a restaurant in Queens",
          "Hillary Clinton", "said",
          "at an impromptu question-and-answer session with reporters at a restaurant in Queens", "press_remarks"),
        H("Clinton said during a gun violence panel in Port Washington, N.Y.", "Hillary Clinton", "said",
          "during a gun violence panel in Port Washington, N.Y.", "rally_or_speech"),
        H("Sanders said at a rally in Binghamton, N.Y.", "Bernie Sanders", "said", "at a rally in Binghamton, N.Y.",
          "rally_or_speech"),
        H("Sanders campaign manager Jeff Weaver said Monday in an interview with MSNBC's Tamron Hall.", "Jeff Weaver",
          "said", "in an interview with MSNBC's Tamron Hall", "interview"),
        H("Sanders hit back, saying at a campaign event last week that", "Bernie Sanders", "saying",
          "at a campaign event", "rally_or_speech"),
        H("stating on NBC's \"Meet the Press\" that", "Bernie Sanders", "stating", "on NBC's \"Meet the Press\"",
          "interview"),
        H("telling Mic in an interview published on Monday", "Joe Biden", "telling", "Mic in an interview",
          "interview"),
        H("Clinton press secretary Brian Fallon said, in the segment following Weaver's on Monday.", "Brian Fallon",
          "said", "in the segment following Weaver's", "interview"),
        H("Speaking to MSNBC's \"Andrea Mitchell Reports,\" Clinton's chief pollster and strategist Joel Benenson on "
          "Monday lashed out at what he characterized as an increasingly nasty Sanders campaign, advising the "
          "Vermont senator", "Joel Benenson", "advising", "MSNBC's \"Andrea Mitchell Reports,\"", "interview"),
        H("Bill Clinton got in on the game, bashing Sanders during a rally in Brooklyn on Monday.", "Bill Clinton",
          "bashing", "during a rally in Brooklyn", "rally_or_speech"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 3 (index 483)
    {"doc": "usa-today_2015-11-20_cruz-channeling-strategy-he-used", "commitments": [
        C("Cruz electrified the small crowds with impassioned speeches and promises to shake things up in Washington "
          "if elected, Stovall said.", "Ted Cruz", "[[Cruz]] electrified", "promise", "promises",
          "shake things up in Washington", condition="if elected"),
    ], "channels": [
        H("Cruz electrified the small crowds with impassioned speeches and promises to shake things up",
          "Ted Cruz", "electrified", "the small crowds", "rally_or_speech"),
        H("super PACs that sided with Cruz and bankrolled ads attacking Dewhurst", "super PACs that sided with Cruz",
          "attacking", "ads", "other"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 4 (index 543)
    {"doc": "usa-today_2016-04-26_superdelegates-dems-have-too-man", "commitments": [
        C("Trailing contenders Ted Cruz and John Kasich have agreed to divide some of the remaining primaries",
          "Ted Cruz and John Kasich", "Trailing contenders Ted Cruz and John Kasich", "promise", "agreed",
          "divide some of the remaining primaries"),
    ], "channels": [], "meetings": []},
    # ------------------------------------------------------------------ 5 (index 603)
    {"doc": "wash-post_2015-11-10_opposition-appears-to-win-landsl", "commitments": [
        C("she said at a news conference last week that she would govern the country despite the constitutional "
          "barrier.", "Aung San Suu Kyi", "that [[she]] would", "promise", "would", "govern the country"),
        C("\"I'm going to be above the president,\" she said.", "Aung San Suu Kyi", "[[I]]'m", "promise",
          "going to", "be above the president"),
        C("She went so far as to say she'll be 'above the president,'", "Aung San Suu Kyi", "say [[she]]'ll",
          "promise", "'ll", "be 'above the president,'"),
    ], "channels": [
        H("Htay Oo, its acting chairman, told the Reuters news agency simply", "Htay Oo", "told",
          "the Reuters news agency", "interview"),
        H("Appearing before cheering supporters Monday morning at NLD headquarters, Suu Kyi, 70, said it was too "
          "early", "Aung San Suu Kyi", "said", "cheering supporters Monday morning at NLD headquarters",
          "rally_or_speech"),
        H("she said at a news conference last week that she would govern", "Aung San Suu Kyi", "said",
          "at a news conference", "press_remarks"),
        H("Asked at a briefing Monday in Washington about Suu Kyi's future role, White House press secretary Josh "
          "Earnest said", "Josh Earnest", "said", "at a briefing Monday in Washington", "press_remarks"),
        H("Secretary of State John F. Kerry said in a statement Sunday that", "John F. Kerry", "said",
          "in a statement", "written_statement"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 6 (index 663)
    {"doc": "wash-post_2016-04-17_cruz-wins-most-wyo-delegates-in-", "commitments": [
        C("\"If you don't want the convention in Cleveland to hand the election to Hillary Clinton - which is what a "
          "Donald Trump nomination does - I ask you to support this slate,\" Cruz said.", "Ted Cruz",
          "[[I]] ask", "demand", "ask", "support this slate",
          condition="If you don't want the convention in Cleveland to hand the election to Hillary Clinton",
          target="Wyoming Republican state convention delegates"),
        C("Palin called a pro-Trump delegate candidate, Clara Powers, and encouraged her to take the slot.",
          "Sarah Palin", "Palin", "demand", "encouraged", "take the slot", target="Clara Powers"),
        C("ran slates of national-delegate candidates who pledged their support on the second vote in Cleveland.",
          "national-delegate candidates on the Cruz and Trump slates", "national-delegate candidates", "promise",
          "pledged", "their support on the second vote in Cleveland",
          timeframe="on the second vote in Cleveland"),
        C("the remaining two delegates separately pledged to support the senator, according to Buchanan.",
          "the remaining two delegates", "the remaining two delegates", "promise", "pledged", "support the senator"),
    ], "channels": [
        H("told delegates here that their votes", "Ted Cruz", "told", "delegates here", "rally_or_speech"),
        H("Trump told supporters in Syracuse, N.Y., while", "Donald Trump", "told", "supporters in Syracuse, N.Y.",
          "rally_or_speech"),
        H("On Friday night, Palin called a pro-Trump delegate candidate", "Sarah Palin", "called", "called", "other"),
        H("Trump senior adviser Paul Manafort conceded in an interview before the vote.", "Paul Manafort",
          "conceded", "in an interview", "interview"),
        H("Wilkin said during his campaign speech to be a national delegate.", "William E. Wilkin", "said",
          "during his campaign speech to be a national delegate", "rally_or_speech"),
        H("Kasich's campaign announced via Twitter that it had won", "John Kasich's campaign", "announced",
          "via Twitter", "social_post"),
        H("\"Our team outhustled the other campaigns,\" Kasich tweeted.", "John Kasich", "tweeted", "tweeted",
          "social_post"),
    ], "meetings": [
        M("On Friday night, Palin called a pro-Trump delegate candidate, Clara Powers, and encouraged her",
          "Palin called a pro-Trump delegate candidate, Clara Powers", ["Sarah Palin", "Clara Powers"], None,
          "Friday night", "past"),
    ]},
]

LEFT_OUT = """
Selection: all 14 candidates were read (indices 3, 63, 123, ..., 783); the list ended before 8 articles were
  kept: 6 kept (indices 63, 423, 483, 543, 603, 663), 8 skipped (indices 3, 123, 183, 243, 303, 363, 723, 783).
breitbart_2015-11-18 (skipped): a Breitbart piece on a Daily News editorial: "the NRA's refusal to support more
  gun control" (refusal); "the push to expand background checks" (nominal, no holder statement); the quoted
  Breitbart News response "the solution is ... to deport or lock up those who pose a threat" (publisher);
  "the Syrian refugees President Obama, Hillary Clinton, and other Democrats want to bring" (reported desire);
  "perhaps we should rethink bringing them" (author); "Follow AWR Hawkins on Twitter" (promo).
huff-post_2015-11-11 (skipped): Rubio's answer "so government should help families cope with child care costs"
  (narrator's paraphrase of a generic principle about government, no specific addressee: A.2-9); Paul "We have
  to decide what is conservative" (inclusive); "Rubio's proposed child care credit", "Marco's plan for a
  trillion dollars" (nominal proposal/plan); "programs you're not going to pay for" (generic hypothetical).
huff-post_2016-04-20 (skipped): "we refuse to live in that" (present stance); "she has made it her mission to
  advocate" (mission, narrator); the quoted hypothetical "It's hard, so I'm going to walk away?".
nyt_2015-11-16 (skipped): "Facebook is also making a profile picture frame available" (progressive); "We're
  offering our community the chance" (offer, A.2-19); "people need to connect somehow" (generic).
nyt_2016-04-20 (skipped): an Upshot column; Dana, Dawes and Peterson "Our simple recommendation ... is not to use
  them" (experts' generic advice); the columnist's "shouldn't put too much weight" (author).
politico_2015-11-13 (skipped): "New Jersey officials ... are hoping they will win a federal appeals court case"
  (hope).
west-journal_2015-11-13 (skipped): Carson's "Pray for him." as reported by Armstrong Williams (a private remark to
  his own team about how to respond; praying read as an attitude rather than a concrete action, A.2-11, and left
  out when in doubt); Trump's "Anybody have a knife? Want to try it on me?" (rhetorical question); "Like the
  page:" (publisher promo).
west-journal_2016-04-16 (skipped): Chris Collins's guest column "our next president needs to speak frankly ..."
  (op-ed author, generic target) and "We need a leader who has faced ..." (inclusive).
breitbart_2016-04-14: Trump "things “should be wrapped up by Cleveland,”" (agentless); "he may move to the South
  if he doesn't do well" (hedged); Clinton "we should “set the same standard for everybody.”" (inclusive);
  Sanders "he would happily release all his speeches because “there were no speeches.”" (a joke: nothing to
  release); "Sanders was asked to name a specific decision" (a debate question, A.2-12); "ready to break up
  banks" (readiness); "Clinton says she wants to expand those standards" and "he wants to create an economy"
  (reported desires); "the U.S. needs “real campaign reform”" (generic); Sanders's quoted "a candidate saying
  she is going to bring change" (rhetorical question); Pataki "warns that ... Trump would “drive the Republican
  Party off the cliff.”" (prediction); the ad's "nothing will change until we elect ..." (generic); "the pope
  has no plans to either address the conference or meet with Sanders" (negated plans); Sanders "would be
  honored to meet with the pope" (willingness); "Dozens of speakers will commemorate" (narrator schedule); the
  court document "Donald Trump’s campaign manager will not be prosecuted" (agentless passive; the prosecutors'
  decision to drop the charge is a completed act, not an undertaking); Cruz "he could work effectively with
  GOP leadership" (ability); Ryan's "our oceans are going to save us" (hypothetical); Paul Song "voters
  shouldn’t “continue to elect corporate Democratic whores”" (generic target). Channels left out: "delivered an
  impassioned defense" (no channel in that sentence); "did note that he had won" (speech in the previous
  sentence); "to address the black-tie gala" and "spoke before Sanders addressed a Wednesday night rally" (no
  content); "pointing to a recent interview Sanders did with the editorial board" (no content of Sanders in it);
  "It makes no mention ... but amplifies Sanders’ message" (pronoun, display verb); "according to an Associated
  Press-GfK poll", "according to the survey" (evidential); "Cruz did not apologize for his remarks ... when they
  were played during taping" (negated); "making a pitch to New York voters" (the public as addressee, no medium);
  "He writes that" (bare verb). Meetings left out: "a series of gatherings he’ll be holding with lawmakers"
  (future, unnamed lawmakers, no occasion); "no meeting has been arranged" with the pope (negated); Ryan "led a
  congressional delegation to five countries" (a trip, no named party met). Decisions: Clinton's "would order
  regulators to break up banks if they don’t pass their stress tests ..." is coded threat (a conditional
  negative consequence the holder imposes on a target, A.2-8; could be read as a policy promise); "only when
  other presidential candidates do the same" is the condition of her transcript promise. Included although
  debatable: Sanders "he’s determined to end a “rigged economy”" (a stated resolve, like "committed to");
  the ad "urges voters in New York to “send a message”" (a call framed by "urges"; voting is the concrete act
  implied); Brookover "a series of gatherings he’ll be holding with lawmakers" (announced own future action,
  A.2-5; content is the verb phrase, the object being the antecedent, A.3); the channels "at Thursday night’s
  debate when she said" (as dev "since Monday night’s debate, when Clinton cited"), "at the start of his speech,
  joking that", "The ad targets" (attack verb on an issued medium, as dev "hitting"), "an accusation he made on
  the Senate floor" (cue "made"), "making an impassioned case to a New York gathering of black leaders"
  (light-verb cue), "Sanders is speaking ... to the National Action Network conference" (content in the next
  sentences), "In an interview with reporters" typed interview (head noun "interview"); the meeting "a meeting
  with House members who have endorsed Trump" (an identifiable group on the second side, as "union leaders";
  Chris Collins, who reports on the "meeting participants", is not stated to have attended and is left out).
politico_2016-04-11: "each suddenly willing to get personal" (willingness); "as Clinton readies for her own",
  "she is girding for a fight at the debate" (readiness, signal); Clinton "I hope doesn’t spill over"
  (hope); Bill Clinton "he’ll get used to it, and he’ll realize" (prediction); Fallon "I don't think will ring
  true" (prediction). Channels left out: "Clinton lost her cool on a rope line, jabbing her finger at an
  activist as she angrily said" (a remark to one individual; the rope line is a venue); "Clinton refused to say
  in an interview on MSNBC's "Morning Joe"" (negated); "including one in January in which he stated" (no
  channel); "A Monmouth poll out Monday showed" (poll); "the former president said, going on to jab" (rally in
  the previous sentence); "she hit him on guns", "ripped into Sanders" (no channel). Included although debatable:
  Benenson "advising the Vermont senator to stick to the issues" (a campaign strategist's directive to a named
  opponent, trigger "advising (X to)", like "urged"; the article's only commitment, so it decides that the
  article is kept); "telling Mic in an interview" (addressee and interview in one channel span); "in the
  segment following Weaver's" typed interview (a TV segment).
usa-today_2015-11-20: "Cruz's strategy was to attach himself to the anti-establishment Tea Party" (strategy,
  narrator); "has a plan" (nominal); predictions by the analysts. Meetings left out: "meeting with any and
  every Tea Party group that would have him", "those early meetings", "attending meetings" (habitual campaign
  gatherings, unnamed groups). Included although debatable: the promise is the nominal "promises to shake
  things up in Washington if elected" (reported by Stovall, holder Cruz as the subject of "electrified"); its
  channel "the small crowds" with cue "electrified" (audience addressed directly); "super PACs that ... bankrolled
  ads attacking Dewhurst" (issued medium with a participle, as dev "a new campaign ad hitting").
usa-today_2016-04-26: an editorial; "The latest plan to try to stop Donald Trump" (nominal plan); "the party's
  anti-Trump establishment should have gotten its act together" (author, past); "the GOP superdelegates have to
  vote for the candidate who won their state" (party rule). Decision: "Ted Cruz and John Kasich have agreed to
  divide some of the remaining primaries" is a counterparty agreement (A.2-5, as dev "many European countries
  agreed"); "in ways that might give both candidates a better chance ..." is left out of the content (manner
  and purpose adjunct). No channel, no meeting.
wash-post_2015-11-10: Suu Kyi "Those who lose should bravely concede, while those who win should humbly
  celebrate" (generic targets); "as she tries to form a government" (attempt, progressive); Earnest "will be
  the responsibility of the Burmese people ... to determine" (not an undertaking); "She fears that the generals
  will not honor the election results" (fear); "the Obama administration's hopes" (hope); "We have to be
  cautious" (inclusive). "despite the constitutional barrier" is left out of the content (circumstance adjunct,
  A.3). Channels left out: "T-shirts ... that said "We won."" (no speaker); "according to its analysis"
  (evidential); "the 1991 Nobel Peace Prize winner" etc. Meetings left out: "Hillary Rodham Clinton visited once
  ..., and President Obama has come twice" (visits to a country, no named party met). Included although
  debatable: "I'm going to be above the president" and Khin Zaw Win's report "she'll be 'above the president,'"
  (a declared role she will take, read as her own undertaking rather than a prediction; mention level, A.2-1).
wash-post_2016-04-17: "Sarah Palin canceled a planned trip" (past, nominal plan); the poem "the party
  establishment would try to steal the vote" (prediction); Manafort "We know how Wyoming is going to go" and
  "we're going to make up for what we're losing" (predictions of outcomes); Trump's "Look at what happened in
  Wyoming" (imperative about attention, A.2-11); "making sure that just 14 ... won" (narrator task); the
  "Wyoming first" push "which proposed their own slates" (proposal); "Cruz supporters required to vote for Trump"
  (rule). Channels left out: "closing with a poem about how ..." (topic, no speech cue); "Wilkin said, eliciting
  jeers from the crowd" (the crowd is not the complement of the cue); "The campaign distributed an 8-by-11-inch
  sheet", "released another brochure" (no content); "according to Buchanan" (no medium); "talking about the needs
  of Western states" (topic). Included although debatable: "I ask you to support this slate" (first-person
  request in direct speech with a concrete future act, voting; target the convention delegates; the "If you
  don't want ..." clause as condition, without the dashed aside); "national-delegate candidates who pledged
  their support on the second vote in Cleveland" (content is the pledged NP with its timeframe); the meeting
  "Palin called ... Clara Powers" (a reported call between named parties, also annotated as a phone-call
  channel, as dev "called Alicia Machado").
"""
