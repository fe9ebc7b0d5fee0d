"""Hand-written annotation for held-out set 20 (development, 8 PolNeAR train articles).

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
    "breitbart_2016-02-02_red-hot-chili-peppers-in-final-s",
    "breitbart_2016-06-28_underdog-conservative-claudia-te",
    "huff-post_2016-02-02_don-t-let-the-media-and-marco-ru",
    "nyt_2016-02-01_iowa-caucus-is-first-look-into-m",
    "wash-post_2016-01-31_clinton-team-quietly-lining-up-l",
    "west-journal_2016-01-26_fox-news-just-uncovered-a-game-c",
]

ARTICLES = [
    # ------------------------------------------------------------------ 1 (index 212)
    {"doc": "huff-post_2016-06-17_trump-s-supporters-may-be-the-re", "commitments": [
        C("Editor’s note: Donald Trump regularly incites political violence and is a serial liar, rampant xenophobe, "
          "racist, misogynist and birther who has repeatedly pledged to ban all Muslims — 1.6 billion members of an "
          "entire religion — from entering the U.S.", "Donald Trump", "Donald Trump", "promise", "pledged",
          "ban all Muslims — 1.6 billion members of an entire religion — from entering the U.S."),
    ], "channels": [
        H("Sexton said in phone interview.", "Jared Sexton", "said", "in phone interview", "interview"),
        H("Sexton tweeted his observations of the rally", "Jared Sexton", "tweeted", "tweeted", "social_post"),
        H("a supporter asked people in the audience to crowd to clap", "a supporter", "asked",
          "people in the audience", "rally_or_speech"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 2 (index 332)
    {"doc": "nyt_2016-06-28_clinton-and-warren-team-up-on-tr", "commitments": [
        C("Mrs. Clinton delivered a forceful promise to strengthen labor unions, close loopholes that give "
          "corporations tax breaks when moving jobs overseas, raise the minimum wage and make college affordable.",
          "Hillary Clinton", "Mrs. Clinton", "promise", "promise",
          "strengthen labor unions, close loopholes that give corporations tax breaks when moving jobs overseas, "
          "raise the minimum wage and make college affordable"),
    ], "channels": [
        H("held their first joint campaign event on Monday, striking a populist tone as they sought to address the "
          "anger over income inequality that has swept the electorate while skewering Donald J. Trump",
          "Hillary Clinton and Elizabeth Warren", "skewering", "their first joint campaign event",
          "rally_or_speech"),
        H("visiting the Clinton campaign's headquarters in New York to encourage young staffers with a simple message",
          "Elizabeth Warren", "encourage", "young staffers", "rally_or_speech"),
        H("In an address that spoke to the ''frustration, the fear, the anxiety and, yes, the anger'' over an "
          "economy in which the wealthiest Americans have thrived as middle-class wages have remained virtually "
          "stagnant, Mrs. Clinton struck many of the same notes", "Hillary Clinton",
          "struck many of the same notes", "In an address", "rally_or_speech"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 3 (index 392)
    {"doc": "politico_2016-01-31_clinton-rolls-out-special-charac", "commitments": [
        C("who answered her door Sunday afternoon and said she planned to caucus for Clinton.", "Annette Guessford",
          "said [[she]] planned", "promise", "planned", "caucus for Clinton"),
    ], "channels": [
        H("Bill Clinton has said while stumping for his wife.", "Bill Clinton", "said", "while stumping for his wife",
          "rally_or_speech"),
        H("was a question at a televised town hall last week, when a young man asked Clinton why", "a young man",
          "asked", "at a televised town hall", "interview"),
        H("In her frequent correspondence with Clinton, she often referred to her by a nickname", "Betsy Ebeling",
          "referred", "In her frequent correspondence with Clinton", "email_or_letter"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 4 (index 452)
    {"doc": "politico_2016-07-05_criminal-charges-against-clinton", "commitments": [
        C("though she has said she’ll accept the recommendation of the career prosecutors", "Loretta Lynch",
          "said [[she]]’ll", "promise", "’ll", "accept the recommendation of the career prosecutors"),
        C("the ones Comey just advised not to proceed", "James Comey", "Comey", "demand", "advised",
          "not to proceed", target="career prosecutors"),
        C("a few Republican lawmakers have called for a special prosecutor to take a look at the FBI’s findings "
          "before the Justice Department makes a final decision on prosecution.", "a few Republican lawmakers",
          "a few Republican lawmakers", "demand", "called for",
          "a special prosecutor to take a look at the FBI’s findings before the Justice Department makes a final "
          "decision on prosecution",
          timeframe="before the Justice Department makes a final decision on prosecution", target="special prosecutor"),
        C("but he did call for more accountability down the road.", "Devin Nunes", "but [[he]] did", "demand", "call for",
          "more accountability down the road", timeframe="down the road"),
    ], "channels": [
        H("Trump called the system “rigged” in a tweet Tuesday", "Donald Trump", "called", "in a tweet",
          "social_post"),
        H("McCarthy wrote in National Review on Tuesday.", "Andrew McCarthy", "wrote", "in National Review",
          "article_or_oped"),
        H("Giuliani said in a phone interview", "Rudy Giuliani", "said", "in a phone interview", "interview"),
        H("James Melendres said on MSNBC that", "James Melendres", "said", "on MSNBC", "interview"),
        H("or applies for one in the future,” he said in a statement.", "Devin Nunes", "said", "in a statement",
          "written_statement"),
    ], "meetings": [
        M("former President Bill Clinton caused a furor last week with an impromptu social call on Attorney General "
          "Loretta Lynch.", "an impromptu social call on Attorney General Loretta Lynch",
          ["Bill Clinton", "Loretta Lynch"], None, "last week", "past"),
    ]},
    # ------------------------------------------------------------------ 5 (index 512)
    {"doc": "usa-today_2016-01-29_absent-trump-derides-debate-cruz", "commitments": [
        C("And both vowed to be tougher as president by focusing on stopping illegal immigrants before addressing "
          "the 12 million already here.", "Ted Cruz and Marco Rubio", "And [[both]] vowed", "promise", "vowed",
          "be tougher as president by focusing on stopping illegal immigrants before addressing the 12 million "
          "already here", timeframe="as president"),
        C("Cruz said both he and Rubio promised as Senate candidates to lead the fight against amnesty for illegal "
          "immigrants", "Ted Cruz and Marco Rubio", "both he and Rubio", "promise", "promised",
          "lead the fight against amnesty for illegal immigrants"),
        C("Cruz, who has seen his  lead in Iowa polling evaporate, challenged Trump to a one-on-one debate before "
          "Monday's caucus.", "Ted Cruz", "Cruz", "demand", "challenged", "a one-on-one debate before Monday's caucus",
          timeframe="before Monday's caucus", target="Donald Trump"),
    ], "channels": [
        H("Fiorina, speaking to Iowans, said,", "Carly Fiorina", "said", "Iowans", "rally_or_speech"),
        H("In an interview on Fox, Cruz said any candidate", "Ted Cruz", "said", "In an interview on Fox", "interview"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 6 (index 572)
    {"doc": "usa-today_2016-06-29_sanders-ready-to-take-a-stand-to", "commitments": [
        C("Sanders has said he will vote for Clinton", "Bernie Sanders", "said [[he]] will", "promise", "will",
          "vote for Clinton"),
    ], "channels": [
        H("The Vermont senator told USA TODAY that", "Bernie Sanders", "told", "USA TODAY", "interview"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 7 (index 692)
    {"doc": "wash-post_2016-06-29_attempt-to-fund-zika-fight-dies-", "commitments": [
        C("President Obama originally asked for $1.9 billion to fight Zika in February.", "Obama", "President Obama",
          "demand", "asked for", "$1.9 billion to fight Zika"),
        C("\"It is time for Congress to stop playing politics with the health, safety and well-being of families in "
          "Florida and come together to address the serious threat of the Zika virus,\" Scott said in a statement.",
          "Rick Scott", "[[Scott]] said", "demand", "It is time",
          "stop playing politics with the health, safety and well-being of families in Florida and come together to "
          "address the serious threat of the Zika virus", target="Congress"),
        C("he stood with other GOP leaders and urged Democrats to vote for the Republican deal instead.", "Roy Blunt",
          "[[he]] stood with", "demand", "urged", "vote for the Republican deal instead", target="Democrats"),
        C("Hillary Clinton called on Congress to pass a deal", "Hillary Clinton", "Hillary Clinton", "demand",
          "called on", "pass a deal", target="Congress"),
        C("Clinton dispatched O'Leary and political director Amanda Renteria to meet with doctors and officials in "
          "Puerto Rico, and directed policy staff to focus on the issue.", "Hillary Clinton",
          "[[Clinton]] dispatched", "demand", "directed", "focus on the issue", target="policy staff"),
        C("He said of Congress: \"They just need to get their act together and act in a responsible way, in a "
          "bipartisan way, on an issue that is clearly extraordinarily impactful to children and their families, and "
          "do it immediately.\"", "Benard Dreyer", "[[He]] said of Congress", "demand", "need to",
          "get their act together and act in a responsible way, in a bipartisan way, on an issue that is clearly "
          "extraordinarily impactful to children and their families, and do it immediately",
          timeframe="immediately", target="Congress"),
        C("A coalition of nearly 40 groups - including the American Academy of Pediatrics, American Congress of "
          "Obstetricians and Gynecologists and Easter Seals - sent a letter this week urging Congress to pass a "
          "measure that would not place restrictions on Zika funding and that would allow the budget to be "
          "expanded in subsequent years.",
          "coalition of nearly 40 groups (including the American Academy of Pediatrics, American Congress of "
          "Obstetricians and Gynecologists and Easter Seals)", "A coalition of nearly 40 groups", "demand", "urging",
          "pass a measure that would not place restrictions on Zika funding and that would allow the budget to be "
          "expanded in subsequent years", target="Congress"),
    ], "channels": [
        H("Cornyn told reporters this was the only chance", "John Cornyn", "told", "reporters", "press_remarks"),
        H("In a statement, Florida Gov. Rick Scott (R) blasted Congress", "Rick Scott", "blasted", "In a statement",
          "written_statement"),
        H("the Zika virus,\" Scott said in a statement.", "Rick Scott", "said", "in a statement", "written_statement"),
        H("Jason Kander, who is running against Missouri Republican Roy Blunt, said in a statement", "Jason Kander",
          "said", "in a statement", "written_statement"),
        H("She retweeted a message from her senior policy advisor", "Hillary Clinton", "retweeted", "retweeted",
          "social_post"),
        H("She retweeted a message from her senior policy advisor, Ann O'Leary, that read:", "Ann O'Leary", "read",
          "a message from her senior policy advisor, Ann O'Leary", "social_post"),
        H("sent a letter this week urging Congress", "coalition of nearly 40 groups (including the American Academy "
          "of Pediatrics, American Congress of Obstetricians and Gynecologists and Easter Seals)", "urging",
          "a letter", "email_or_letter"),
        H("The letter cited an April summit where Centers for Disease Control Director Thomas Frieden said",
          "Thomas Frieden", "Frieden [[said]]", "an April summit", "rally_or_speech"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 8 (index 812)
    {"doc": "west-journal_2016-06-23_this-well-known-author-would-con", "commitments": [
        C("Thor countered if he was able to get 15 percent in the polls he’d simply go on to run as a third-party "
          "candidate.", "Brad Thor", "polls [[he]]’d", "promise", "’d", "go on to run as a third-party candidate",
          condition="if he was able to get 15 percent in the polls"),
    ], "channels": [
        H("Best-selling thriller writer Brad Thor told TheBlaze founder Glenn Beck he would", "Brad Thor", "told",
          "TheBlaze founder Glenn Beck", "interview"),
        H("the two are on air again, now tossing around the idea of a Thor candidacy", "Brad Thor and Glenn Beck",
          "tossing around", "on air", "interview"),
    ], "meetings": []},
]

LEFT_OUT = """
Selection: all 14 candidates (indices 32, 92, ..., 812) were read; 8 kept, 6 skipped (indices 32, 92, 152,
  272, 632, 752). The 8th kept article is the last candidate (index 812).
breitbart_2016-02-02 (skipped): the band "announced a benefit concert" (an event announcement with a noun
  object and no future or commitment marking; "The concert will take place ..." is the narrator's schedule, as
  dev's "The full interview will premiere ..."); "The Rhcp offered to give him the money" (offer, A.2-19);
  "he wouldn't accept, he only accepts small donations" (past refusal, habitual practice).
breitbart_2016-06-28 (skipped): Tenney "none of them will come out and support Trump" (prediction about
  others); "I'm not afraid to stand up to the establishment" (attitude); "they need someone who's going to be
  strong" (generic).
huff-post_2016-02-02 (skipped): Conant "If you don't want Trump or Cruz to be the nominee, you better get on
  board with Marco Rubio" (generic "you", A.2-9); the author's "Don't believe them" and "The press doesn't have
  to -- and shouldn't -- take the bait" (author, A.2-17).
nyt_2016-02-01 (skipped): "rivals promising upheaval" (abstract and body; the narrator's label for unnamed
  rivals' messages, and the content is an outcome, A.2-16); "insurgent candidates who would bar Muslims from the
  country (Donald J. Trump), oppose concessions ... and pursue ..." (narrator's account of positions, A.2-4);
  "Mrs. Clinton's plans to build on President Obama's agenda" (nominal plan); Richardson "We have to take better
  care of our progressive wing" (party-wide inclusive); Vilsack "will find the elusive third way like Hillary
  will" (a supporter's prediction); "Rubio ... hopes Iowa will prove" (hope).
wash-post_2016-01-31 (skipped): "Many in Clinton's Iowa staff ... are expected to quickly fan out"
  (expectation); Marshall "the campaign is taking nothing for granted" (progressive) and "We have to go out and
  earn support" (inclusive, not concrete); Henry "We are on fire to make her the next president" (attitude) and
  "we're getting ready for our volunteer program" (readiness, progressive); Komar "you need to build an
  organization" (generic advice); "Mook convened senior staff for a strategy meeting to map out plans" (past
  internal decision).
west-journal_2016-01-26 (skipped): no commitment ("It exists to help encourage a Middle East peace" is the
  narrator; the headline "She'll Want To" is the publisher).
huff-post_2016-06-17: "more than a few" in Trump's audience "encourage anti-Trump protesters to kill
  themselves" (an abusive taunt heard in a crowd, read as an insult, not a call to act; A.2-20); "a supporter
  asked people in the audience to crowd to clap if they agreed" (an on-the-spot request, as dev "asked the crowd
  to welcome the governor"); "proclamations of jobs, wealth and greatness" (not a counting nominal). Channels:
  "Sexton, after previous Trump rallies, wrote that" (bare "wrote"; the rallies are a time); the photo caption
  "Donald Trump speaks at a campaign rally" (no content). Included although debatable: "Sexton tweeted his
  observations of the rally" (noun-phrase content); the channel "people in the audience" for the supporter's
  request (as dev "asked the crowd").
nyt_2016-06-28: Warren's message to Clinton staffers "Don't screw this up!" (a pep-talk exhortation about
  performance, not a concrete action); Warren "''Donald Trump says he'll make America great again''" (Trump's
  slogan quoted by an opponent to mock it, and an outcome vow, cf. dev "claims he's going to change", A.2-16);
  Clinton "we have got to go big and we have got to go bold" (inclusive); Warren "He will crush you into the
  dirt" (characterisation); supporters "in hopes of seeing the duo together on the ticket" (hope). Channels: "Mrs.
  Clinton delivered a forceful promise" ("In this battleground state" is a bare location); "Ms. Warren roused the
  crowd with criticism of the real estate developer" (no communication verb; the quote's "said" is in the next
  sentence); "railed against Wall Street ... from her perch in the Senate" (a role); "Both women framed their
  remarks ... by portraying" (the remarks are the statements, not a channel); "Mr. Trump's Twitter attacks"
  (nominal). Meetings left out: Warren "visiting the Clinton campaign's headquarters in New York to encourage
  young staffers" (an appearance before unnamed staff, a campaign event); the joint campaign event. Decisions:
  the address gets one entry (cue "struck many of the same notes", a light-verb phrase; "an address that spoke
  to" is the same statement). Included although debatable: "skewering Donald J. Trump" with the channel "their
  first joint campaign event" (the participle hangs on "held their first joint campaign event"); "encourage
  young staffers with a simple message" (addressee channel "young staffers", rally_or_speech).
politico_2016-01-31: Ebeling "Tell her I promised you a picture" (a jocular exchange at the door, A.2-20);
  Guessford "If ever get to shake Hillary's hand I'm going to say ..." (hypothetical); the organizer's "We want
  those personal stories" (no "X to do Y") and "You guys are gonna be the most effective messengers"
  (prediction); the imagined voter "I'll vote for her in November"; the Blagojevich anecdote "I'll be Gert";
  "The Ebelings said they were hoping to spend some personal time with Clinton" (hope). Channels: "the organizer
  told them" and "Tom told Annette Guessford" (private conversations, not a channel, as held-out 9);
  "Ebeling emerged as a regular character in the emails" (no cue); "email has helped her stay in close touch"
  (no statement). Meetings left out: the greeting by an unnamed organizer; the door-knock on Guessford's door
  (canvassing, a campaign activity); "hoping to spend some personal time with Clinton" (hope); Blagojevich "comes
  up to me" (a chance encounter). Included although debatable: Guessford "said she planned to caucus for
  Clinton" (a named voter's stated plan, A.2-5; not a poll aggregate like dev's "voters say they plan to tune
  in"); it is the article's only commitment, so it decides that the article is kept. Channels included although
  debatable: "has said while stumping for his wife" (stumping = campaign stops); "a question at a televised
  town hall last week, when a young man asked" (the town hall is where the question was asked; typed interview,
  as dev's televised "Commander-in-Chief Forum"); "In her frequent correspondence with Clinton, she often
  referred to her by a nickname" (habitual naming, the correspondence being emails).
politico_2016-07-05: "the FBI isn't recommending an indictment" (negated, progressive); Giuliani "he was going
  to either make no recommendation or recommend prosecution" (his expectation); "Comey's recommendation on
  prosecution" (not a counting nominal); Nunes "I hope the irresponsible handling ... will be considered" (hope,
  passive); "Trump, who has mused about abandoning decades of nuclear security policy" (musing); Comey "any
  reasonable person should have known" (past counterfactual); "she'll likely want other top aides ... to have
  access" (narrator prediction); Vladeck "a worthwhile debate that we ought to have" (generic, expert); "they
  won't make the same mistake again" (prediction); Giuliani "wouldn't directly speculate", "He wouldn't take
  any questions" (past refusals). Channels: "FBI Director James Comey's statement on Tuesday morning. He called
  ..." (the statement is in the previous sentence); "said Steven Aftergood ..., about Comey's statement" (topic);
  "just hours after Comey's remarks" (a time); "Trump claimed on Tuesday", "as Comey noted", "Comey talked
  about", "he accused the Justice Department" (no channel). Meetings left out: Obama and Clinton "appeared
  together on the campaign trail" (campaign event). Decisions: the career prosecutors "the ones Comey just
  advised not to proceed" is a demand (a directive verb with a specific target, the FBI's formal
  recommendation; content keeps "not to"); the Republican lawmakers' call has the special prosecutor as target
  (subject-plus-infinitive) and the before-clause as timeframe; Nunes "call for more accountability down the
  road" is a demand with target null (policy call) and "down the road" as timeframe. Included although
  debatable: the Bill Clinton-Lynch "impromptu social call" as a meeting (a visit with a named party; "last
  week" from the same clause).
usa-today_2016-01-29: "Donald Trump threatened to run away from the Republican presidential field Thursday
  night" (the narrator's pun on the boycott as it happened, followed by "Literally."; figurative, A.2-20); "stood
  by his plan to boycott the debate" (nominal plan); Cruz "If you guys ask one more mean question, I may have to
  leave the stage" (a quip, hedged) and Rubio "I'm not leaving the stage no matter what you ask me" (a joke,
  progressive); "kept his promise" (nominal without complement); Cruz "any candidate who wants to win Iowa 'owes
  it ...' to answer questions" (generic target); "please attack Ted" (a quoted label); "hoped to revive their
  candidacies" (hope). Channels: "he accused the debate moderators" ("debate" modifies "moderators"); "Cruz
  quipped in reference to the absent Trump" (no channel); "The debate between Cruz and Rubio grew so heated
  ... that ... Christie said" (the exchange, subject of another verb); "Four more ... debated earlier in the
  evening and used much of their time to criticize the media" (no channel noun); "With Trump speaking to a
  packed house" (no content). Decisions: "both vowed to be tougher as president by focusing on ..." keeps the
  means phrase in the content (it is the concrete part) with "as president" as timeframe. Included although
  debatable: Cruz "challenged Trump to a one-on-one debate before Monday's caucus" as a demand (a challenge puts
  pressure on a specific target, unlike an invitation, A.2-19); Fiorina "speaking to Iowans" (the audience
  addressed directly, typed rally_or_speech by the letter of B.2 although the occasion was the earlier debate).
usa-today_2016-06-29: "he is prepared for a floor fight ... if the party doesn't take more "progressive"
  stances" and the headline "ready to take a stand" (readiness, A.2-19); "Sanders and his supporters will work
  with labor, environmental and human rights groups to call for amendments" (no attribution in its sentence:
  narrator, A.2-4); "Sanders said he will have the votes to bring amendments to the convention floor" (an outcome,
  A.2-16); "we need to make it clear ..." and "That is what the Democratic Party has got to stand for" (party-wide
  inclusive, generic). Channels: "Sanders says", "Sanders said", "He acknowledged", "he said" (no channel).
wash-post_2016-06-29: "Democrats have pushed for new negotiations", Rubio and Nelson "have both pushed for Zika
  funding" (advocacy efforts, as dev "pushed for"); Clinton "said funding is needed" (agentless); "Clinton
  dispatched O'Leary and ... Renteria to meet with doctors and officials" (a past act, as held-out 9's
  "dispatched"); "Women in 46 ... countries ... have been advised by the World Health Organization to consider
  delaying pregnancy" (health advice whose content is hedged, "consider"); Cornyn "I'll tell you what shameful is"
  (performative) and "There's not going to be another opportunity" (prediction); "Each side said the other would
  be responsible" and "Public health officials warned that ... much of it wouldn't get to states" (predictions);
  Pellegrini "We can pay now ... or we can pay later" (generic); "his campaign did not respond to a request for
  comment" (publisher line). Channels: "Cornyn responded by standing on the Senate floor next to a large photo"
  (no verbal content; the quotation's "he said" follows without a channel); "he stood with other GOP leaders and
  urged Democrats" (no channel noun); "it read." (the letter is in the previous sentence, "it" is a pronoun); "The
  letter cited an April summit" (a display verb with a noun-phrase object, as dev "noted published reports");
  "Trump has not talked about Zika" (negated). Meetings left out: the aides sent "to meet with doctors and
  officials in Puerto Rico" (purpose clause, unnamed participants); "Democrats left bipartisan talks"
  (negotiations, no one occasion); "an April summit" (a conference). Decisions: Obama "asked for $1.9 billion to
  fight Zika" is a demand with target null ("asked for" a policy, A.2-8; "In February" is the time of the
  request; "to fight Zika" gives the money's function and stays); "directed policy staff to focus on the issue"
  is a demand (directive verb, as dev "instructed staff"). Included although debatable: Scott "It is time for
  Congress to stop playing politics ... and come together to address the serious threat of the Zika virus" and
  Dreyer (American Academy of Pediatrics, an interest group) "They just need to get their act together and act
  ... and do it immediately" (calls on Congress to act on Zika funding; read as concrete enough); the channel of
  Ann O'Leary's retweeted "message ... that read:" (medium as subject, typed social_post); "an April summit where
  ... Frieden said" (a summit, rally_or_speech).
west-journal_2016-06-23: "he would consider running as a third-party candidate if ..." (hedged, "consider");
  "many conservative patriots ... aren't planning on voting for the billionaire" (narrator, negated plan); "Beck
  reminded Thor he'd have to earn 15 percent" (a requirement, not a demand); "Thor expressed an interest in
  debating Trump" (desire). Channels: "as Western Journalism reported" (publisher); "Thor and Beck were
  discussing a hypothetical situation" (no channel in the sentence); "Beck reminded Thor", "Thor countered" (no
  channel); "mused Blaze co-host Stu Burguiere" (a speaker description). Meetings left out: "Thor and Beck often
  meet together" (habitual, no one occasion). Included although debatable: "Thor countered if he was able to get
  15 percent in the polls he'd simply go on to run as a third-party candidate" (a conditional promise of his own
  action, said in on-air banter; "simply" is left out of the content as an edge adverb); it is the article's
  only commitment, so it decides that the article is kept; the channel "on air" for "tossing around the idea of a
  Thor candidacy" (noun-phrase content, as dev "discussed his commitment ... at an event").
"""
