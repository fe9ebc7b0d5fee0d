"""Hand-written annotation for held-out set 21 (development, 8 PolNeAR train articles).

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
    "breitbart_2016-03-20_news-guide-donors-flocked-to-rub",
    "huff-post_2016-03-15_ted-cruz-physically-assaulting-a",
    "politico_2016-03-24_polls-suggest-kasich-has-best-ch",
    "politico_2016-08-17_democrats-new-warning-leaks-coul",
]

ARTICLES = [
    # ------------------------------------------------------------------ 1 (index 113)
    {"doc": "breitbart_2016-08-23_mike-pence-calls-for-special-pro", "commitments": [
        C("Mike Pence Calls for Special Prosecutor after Report", "Mike Pence", "Mike Pence", "demand",
          "Calls for", "Special Prosecutor"),
        C("Indiana Gov. Mike Pence is joining his running mate Donald Trump in calling for a special prosecutor to "
          "investigate Hillary Clinton and for the Clinton Foundation to be shut down", "Mike Pence", "Mike Pence",
          "demand", "calling for",
          "a special prosecutor to investigate Hillary Clinton and for the Clinton Foundation to be shut down"),
        C("Trump called for a special prosecutor to oversee an investigation into the alleged pay-to-play "
          "relationship between the Clinton Foundation and the Department of State during Clinton’s tenure as "
          "secretary of state at a campaign rally", "Donald Trump", "Trump", "demand", "called for",
          "a special prosecutor to oversee an investigation into the alleged pay-to-play relationship between the "
          "Clinton Foundation and the Department of State during Clinton’s tenure as secretary of state"),
    ], "channels": [
        H("Pence stated in a press release on Tuesday afternoon.", "Mike Pence", "stated", "in a press release",
          "written_statement"),
        H("linked to the Associated Press report, which notes,", "Associated Press", "notes",
          "the Associated Press report", "article_or_oped"),
        H("Trump called for a special prosecutor to oversee an investigation into the alleged pay-to-play "
          "relationship between the Clinton Foundation and the Department of State during Clinton’s tenure as "
          "secretary of state at a campaign rally in Ohio on Monday night.", "Donald Trump", "called for",
          "at a campaign rally in Ohio", "rally_or_speech"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 2 (index 233)
    {"doc": "huff-post_2016-08-17_the-unhappy-campaign-of-paul-man", "commitments": [
        C("Editor’s note: Donald Trump regularly incites political violence and is a serial liar, rampant "
          "xenophobe, racist, misogynist and birther who has repeatedly pledged to ban all Muslims — 1.6 billion "
          "members of an entire religion — from entering the U.S.", "Donald Trump", "Donald Trump", "promise",
          "pledged", "ban all Muslims — 1.6 billion members of an entire religion — from entering the U.S."),
    ], "channels": [
        H("In an interview with The Huffington Post in late May, a confident-seeming Manafort bragged prematurely "
          "about his success.", "Paul Manafort", "bragged", "In an interview with The Huffington Post",
          "interview"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 3 (index 293)
    {"doc": "nyt_2016-03-16_via-legislative-side-doors-sande", "commitments": [
        C("Mr. Sanders is suddenly promising not just a few stars here and there, but the moon and a good part of "
          "the sun, from free college tuition paid for with giant tax increases to a huge expansion in government "
          "health care", "Bernie Sanders", "Mr. Sanders", "promise", "promising",
          "not just a few stars here and there, but the moon and a good part of the sun, from free college tuition "
          "paid for with giant tax increases to a huge expansion in government health care"),
    ], "channels": [
        H("And he boasts about them constantly on the campaign trail:", "Bernie Sanders", "boasts",
          "on the campaign trail", "rally_or_speech"),
        H("during their first debate, Hillary Clinton cracked,", "Hillary Clinton", "cracked",
          "during their first debate", "debate"),
        H("Mr. Sanders told CNN last year.", "Bernie Sanders", "told", "CNN", "interview"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 4 (index 353)
    {"doc": "nyt_2016-08-26_u-s-nominates-jim-yong-kim-for-n", "commitments": [
        C("A letter this month to the bank board from the staff association, which urged consideration of other "
          "nominees", "staff association", "the staff association", "demand", "urged",
          "consideration of other nominees", target="World Bank board"),
    ], "channels": [
        H("His nomination was made shortly after midnight in a statement from Treasury Secretary Jacob J. Lew.",
          "Jacob J. Lew", "nomination was made", "in a statement", "written_statement"),
        H("A letter this month to the bank board from the staff association, which urged consideration",
          "staff association", "urged", "A letter this month to the bank board", "email_or_letter"),
        H("As for Mr. Kim, the staff letter noted that annual employee surveys", "staff association", "noted",
          "the staff letter", "email_or_letter"),
        H("said in a recent issue of Foreign Policy magazine:", "Jim Yong Kim", "said",
          "in a recent issue of Foreign Policy magazine", "interview"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 5 (index 533)
    {"doc": "usa-today_2016-03-22_clinton-trump-s-view-of-the-worl", "commitments": [
        C("Yet she didn't limit her attacks to Israel policy, also calling on attendees to oppose \"bigotry\"",
          "Hillary Clinton", "Yet [[she]] didn't", "demand", "calling on", "oppose \"bigotry\"",
          target="AIPAC attendees"),
    ], "channels": [
        H("In speech to AIPAC, she attacks rival's foreign policy inexperience.", "Hillary Clinton", "attacks",
          "In speech to AIPAC", "rally_or_speech"),
        H("The former secretary of State began her speech before the influential American Israel Public Affairs "
          "Committee by slamming candidates", "Hillary Clinton", "slamming",
          "her speech before the influential American Israel Public Affairs Committee", "rally_or_speech"),
        H("Clinton told the AIPAC meeting in Washington.", "Hillary Clinton", "told",
          "the AIPAC meeting in Washington", "rally_or_speech"),
        H("also calling on attendees to oppose", "Hillary Clinton", "calling on", "attendees", "rally_or_speech"),
        H("after saying in a recent debate that he views himself", "Donald Trump", "saying", "in a recent debate",
          "debate"),
        H("In her speech, Clinton emphasized the need", "Hillary Clinton", "emphasized", "In her speech",
          "rally_or_speech"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 6 (index 593)
    {"doc": "usa-today_2016-08-16_millennials-agree-in-poll-on-tra", "commitments": [
        C("Guidelines recently issued by the Obama administration, telling schools to let students use the bathroom "
          "of the gender they identify with", "Obama administration", "the Obama administration", "demand",
          "telling", "let students use the bathroom of the gender they identify with", target="schools"),
        C("Friday, Texas, leading a coalition of 13 states, asked a federal judge to block the rules in time for "
          "this school year.", "Texas", "Texas", "demand", "asked", "block the rules",
          timeframe="in time for this school year", target="a federal judge"),
    ], "channels": [
        H("Guidelines recently issued by the Obama administration, telling schools", "Obama administration",
          "telling", "Guidelines", "written_statement"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 7 (index 653)
    {"doc": "wash-post_2016-03-24_republicans-building-firewall-be", "commitments": [
        C("followed by a clip of McCain saying he will support the Republican nominee.", "John McCain",
          "saying [[he]] will", "promise", "will", "support the Republican nominee"),
        C("who added that his organization plans to zero in on local issues", "U.S. Chamber of Commerce",
          "his organization", "promise", "plans", "zero in on local issues"),
        C("said it would jump into the White House race in the general election only if \"a candidate were able to "
          "garner support from the public with a positive message in support of the issues we care about, and did "
          "not engage in personal attacks and mudslinging.\"", "Koch network", "said [[it]] would", "promise",
          "would", "jump into the White House race in the general election",
          condition="only if \"a candidate were able to garner support from the public with a positive message in "
                    "support of the issues we care about, and did not engage in personal attacks and mudslinging.\"",
          timeframe="in the general election"),
    ], "channels": [
        H("Law's advocacy group One Nation began a $1 million ad campaign this week praising Sen. Kelly Ayotte",
          "One Nation", "praising", "a $1 million ad campaign", "other"),
        H("is running a TV spot attacking Democratic candidate", "Freedom Partners Action Fund", "attacking",
          "a TV spot", "other"),
        H("has rolled out a \"Party of Trump\" campaign dubbing GOP candidates", "Democratic Senatorial Campaign "
          "Committee", "dubbing", "a \"Party of Trump\" campaign", "other"),
        H("Americans for Prosperity ran an ad last August hitting Strickland", "Americans for Prosperity",
          "hitting", "an ad", "other"),
        H("has taken the lead in running ads praising Sen. Patrick J. Toomey", "Concerned Veterans for America",
          "praising", "ads", "other"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 8 (index 713)
    {"doc": "wash-post_2016-09-03_hacker-who-exposed-clinton-s-use", "commitments": [
        C("federal prosecutors wrote in seeking a maximum penalty of 41/2 years under U.S. sentencing guidelines.",
          "federal prosecutors", "federal prosecutors", "demand", "seeking",
          "a maximum penalty of 41/2 years under U.S. sentencing guidelines", target="James C. Cacheris"),
        C("In court documents, Lazar's public defense counsel asked for a sentence of three years",
          "Shannon S. Quill", "Lazar's public defense counsel", "demand", "asked for", "a sentence of three years",
          target="James C. Cacheris"),
        C("Romania's Justice Ministry requested that Lazar be immediately released to his home country",
          "Romania's Justice Ministry", "Romania's Justice Ministry", "demand", "requested",
          "Lazar be immediately released to his home country", timeframe="immediately"),
    ], "channels": [
        H("In court documents, Lazar's public defense counsel asked for", "Shannon S. Quill", "asked for",
          "In court documents", "written_statement"),
        H("his wife, Gabriela Violeta Lazar, wrote in a letter to the court.", "Gabriela Violeta Lazar", "wrote",
          "in a letter to the court", "email_or_letter"),
        H("He told the New York Times that he obtained", "Marcel Lehel Lazar", "told", "the New York Times",
          "interview"),
        H("Although he told the FBI that he was", "Marcel Lehel Lazar", "told", "the FBI", "interview"),
        H("In his 2014 interview, Lazar told FBI agents that", "Marcel Lehel Lazar", "told", "In his 2014 interview",
          "interview"),
        H("prosecutors say that he told one FBI agent,", "Marcel Lehel Lazar", "told", "one FBI agent",
          "interview"),
    ], "meetings": []},
]

LEFT_OUT = """
Selection: 12 files read under the rule (indices 53, 113, 173, 233, 293, 353, 413, 473, 533, 593, 653, 713);
  the 8th kept article is index 713, so indices 773 and 833 were not read.
breitbart_2016-03-20 (skipped): campaign-finance news guide; "must file their February campaign finance reports"
  (legal requirement, narrator); "Bush had to lend his campaign" (past).
huff-post_2016-03-15 (skipped): Cruz "calling the behavior a “fireable offense.”" (an evaluation, not a call to
  fire anyone); the quoted question "Should political campaign staffers physically assault reporters?";
  Rubio's counterfactual "He would have had to resign ... I would have had to quit that very day."
politico_2016-03-24 (skipped): poll results; respondents "said they would vote for the Ohio governor" (poll
  respondents' intentions in a hypothetical matchup, as dev politico_2016-09-25).
politico_2016-08-17 (skipped): Democrats' "warning" that leaks might contain fakes (prediction); strategists'
  advice "the party would be wise to trumpet warnings", "it makes sense ... for Democrats to put the concept in
  the public's mind now", Dunn "it's only prudent for people to raise that possibility" (advice, generic);
  "the firm the party has hired to investigate the breaches" (past act).
breitbart_2016-08-23: Pence's quoted "The Clinton Foundation must be immediately shut down and an independent
  special prosecutor be appointed" (passive, agentless, A.2-9; the same call is annotated through "calling
  for" and the headline's "Calls for"); "It would be a dereliction of duty by President Obama and his Justice
  Department if they fail to act" (an evaluation, no directive form); Trump's "require an expedited
  investigation by a Special Prosecutor" (inanimate subject, no directive). Holder: "Pence is joining his
  running mate Donald Trump in calling for" has holder Mike Pence only (Trump's own call is elliptical there,
  A.2-18, and is annotated in its own sentence). Channels left out: "after the Associated Press reports" (no
  channel phrase); "Pence added," and "Trump declared." (no channel); the <tweet> placeholder; "Pence's press
  release linked to the Associated Press report" (not a speech cue). Meetings: "Clinton's meetings as
  secretary of state with non-government officials" (many occasions, unnamed participants). Included
  although debatable: the channel "the Associated Press report, which notes," (medium as subject of a
  verb of saying with quoted content, B.2; another outlet's report, typed article_or_oped); the cue "called
  for" with "at a campaign rally in Ohio" (the call is the reported statement).
huff-post_2016-08-17: the editor's note is the only commitment (A.2-2), so it decides that the article is kept.
  Left out: Manafort's claim that "Trump would not need to put a woman or minority on the ticket" (prediction);
  "when advised to rein in his pugilistic ... campaign style" (passive, unnamed advisers); "a member of the
  family suggested they tweet a picture" (a suggestion, unnamed family member); "Manafort politely suggested
  that this might be seen as condescending and cautioned against it" (internal advice, no stated addressee;
  "cautioned against it" read as advice rather than a directive warning); "Roger Ailes has and will continue to
  informally advise Trump" (narrator, about Ailes); "Trump refused to help him" (refusal); "Manafort is
  donating his services" (progressive); "Manafort may stay on" (hedged narrator). Channels left out: "Paul
  Manafort told friends that" (private addressees, as dev "conveyed to Ms. Martin"); "“This is not a hard
  race,” he said" (the interview is named in the previous sentence); "he later said", "said a longtime adviser
  to Trump" (no channel). Included although debatable: "In an interview with The Huffington Post ...,
  Manafort bragged prematurely about his success" (cue "bragged", its content given in the next sentences;
  the trailing "in late May" is left out).
nyt_2016-03-16: "the government services that Mr. Sanders demanded" (2014 negotiation; the demanded thing is
  the relative clause's antecedent, the expansion is told in the narrator's main clause, and no addressee is
  given: left out as doubtful); "he had a price, a $1.5 billion youth jobs program" (narrator); "worked out an
  accord with Senator John McCain" (nominal agreement, A.2-14, and past); McCain "people who tell you they are
  going to do one thing ... Bernie did what he said" (generic, past); Schumer "His party could not suffer a
  single defection" (narrator's paraphrase of a necessity). Channels left out: "He also gave an eight-hour
  floor speech to defend himself" (no reported content); "said Representative Peter Welch", "Mr. McCain
  recalled last week", "Mr. Welch said" (no channel). Included although debatable: "Mr. Sanders is suddenly
  promising not just a few stars here and there, but the moon ..." (a progressive speech verb reporting a
  pledge, as dev "Trump is promising lower taxes"; the object is partly figurative but its listed items -- free
  college tuition, an expansion of government health care -- are literal platform promises; the whole object
  is the content); it is the article's only commitment, so it decides that the article is kept. The channel
  "he boasts about them constantly on the campaign trail" (habitual; typed rally_or_speech).
nyt_2016-08-26: "inviting nominations" (invitation, A.2-19); "the bank's board announced ... that it was
  beginning to consider" (progressive); the staff letter's "This must change." (agentless); Summers "The World
  Bank will need to be transformed", "it is going to have to pursue very different strategies" (passive,
  necessity, former official as pundit); "whose board representatives will vote" (narrator); "dispatched him to
  meet some" (past act, unnamed); Kim "you have to put jobs at risk" (generic). Holder: the article's label
  "the staff association"; target "World Bank board" for the letter's addressee "the bank board". Channels
  left out: "''We have accepted decades ...'' it said.", "It also pointed up", "it added" (the letter is named
  in an earlier sentence and "it" is a pronoun, as dev "The city sent a cease-and-desist letter Thursday. It
  says"); "Mr. Lew said", "The Treasury secretary also lauded Mr. Kim" (the statement is named in an earlier
  sentence); "according to a Treasury official", "officials say", "according to officials involved at the time"
  (sources); "Several nations announced support" (no channel); "Obama officials lobbied scores of finance
  ministers" (no content). Channel spans: "in a statement" and "A letter this month to the bank board" leave
  out the from-phrase naming the speaker. Included although debatable: "His nomination was made ... in a
  statement from Treasury Secretary Jacob J. Lew" (a nomination as the reported statement, light-verb cue
  "nomination was made"); Kim "said in a recent issue of Foreign Policy magazine" typed interview (a quotation
  given to a magazine, as "told <outlet>"), not article_or_oped.
usa-today_2016-03-22: "Let us never be neutral or silent in the face of bigotry" (inclusive, attitude);
  "This deal must come with vigorous enforcement" (agentless); "saying he would abdicate U.S. leadership" (a
  prediction about Trump); Trump "wants to be a \"neutral\" broker" (desire); "a group of liberal Rabbis
  planned to protest" (narrator plan); Adelson "may be willing to back Trump" (hedged willingness); "her
  commitment to enforcement", "the need for an \"unshakeable commitment\" to Israel" (nominal). Channels left
  out: "went on offense ... saying he would abdicate" (no channel phrase); "followed up with a more frontal
  attack on Trump" (nominal, no content of its own); "she said", "said Clinton" (no channel in the sentence);
  "when he speaks later Monday" (not yet made); "after citing Trump's proposed temporary ban" (no channel of
  its own). Included although debatable: "calling on attendees to oppose \"bigotry\"" (a directive trigger with
  a specific target; "oppose bigotry" read as an action, not a belief as in dev's "join the ranks of climate
  change believers"); it is the article's only commitment, so it decides that the article is kept. The
  channel "attendees" for cue "calling on" (an audience addressed directly, as dev "asked the crowd").
usa-today_2016-08-16: poll respondents' "should be able to use public bathrooms ..." (opinions, not political
  actors); Garcia "we should be focusing more on ..." (generic). Channels left out: Gloria Garcia "who was
  among those polled in a follow-up interview" (the interview is in a relative clause describing the speaker,
  as dev "who was under questioning from the Senate banking committee"); Texas "asked a federal judge" (the
  addressee is the target of the request, not an outlet or audience, as dev "Warren told Stumpf"); "a
  Reuters/Ipsos poll found", "survey ... shows" (evidential). Included although debatable: the Obama
  administration's guidelines "telling schools to let students use the bathroom ..." (a directive in a document
  the holder issued, holder_span the by-phrase, specific target "schools").
wash-post_2016-03-24: "Democrats have already signaled that they plan to try to link him to every Republican"
  (a signal reported by the narrator, as dev "Patriot signaled ... that it was going to make a deal"); "the
  U.S. Chamber of Commerce, which is planning to provide Senate Republicans with major air cover" (narrator,
  progressive); "we're gearing up" (progressive); the Koch network "aims to spend", "is now considering
  abandoning Trump", "is strongly considering focusing solely on Senate and House races" (goal, deliberation);
  Crossroads "is contemplating"; the ad narrator's "We need leaders to stand up to Donald Trump" (generic
  target, ad voice); donors' "We've got to keep the House" (reported, inclusive); Law "the most important thing
  you can do is aggressively localize the race" (generic advice); Lewandowski's and Lapp's predictions.
  Content: "zero in on local issues" leaves out the manner comparison "like folks are running for sheriff."
  Holder: Holden's "it would jump into the White House race" is given to the "Koch network" (the article's
  topic in that paragraph, continued by "Instead, the network has been making forays"), although "it" could
  be Freedom Partners, which he chairs. Channels left out: "she released a web ad compiling some of Trump's
  most inflammatory statements, followed by a clip of McCain saying ..." (display verb; the clip is footage
  shown in another's ad, as dev "uses footage of Hillary Clinton asking"); "the narrator says" (speaker
  description); "Ryan ... lamented ... and criticized" (no channel); "Charlie Cook wrote this week" (bare
  wrote); "The Post found", "according to a Washington Post analysis" (publisher, evidential). Included although
  debatable: McCain "saying he will support the Republican nominee" inside the clip (the holder's own words);
  Holden "it would jump into the White House race in the general election only if ..." (a conditional
  statement of the organisation's own future course, with "only if" in the condition and "in the general
  election" as timeframe); the channel "a \"Party of Trump\" campaign dubbing GOP candidates" (a messaging
  campaign as an issued medium, typed other).
wash-post_2016-09-03: Cacheris "a tough penalty was needed to deter future hacking" (passive, past); "This
  epidemic must stop" (agentless); Song's "A maximum punishment would also help address ..." (prediction);
  "Prosecutors said a stern sentence could deter", "probably will return to hacking" (predictions); the wife's
  "We need him" (need, desire); "and indicated that he would be conditionally released in 2018 and returned to
  the United States" (passive, about others' acts). Holder: the defence request is given to Shannon S. Quill,
  the public defender the article names in the next paragraph (holder_span "Lazar's public defense counsel").
  Content: "Lazar be immediately released to his home country" leaves out the purpose "to serve his time
  there"; target null (passive, no addressee). Channels left out: "federal prosecutors wrote", "Song wrote",
  "public defender Shannon S. Quill wrote" (bare wrote); "Cacheris imposed a 52-month sentence, saying" and
  "Cacheris said" (no channel phrase); "authorities say", "Prosecutors argued", "he estimated" (no channel).
  Included although debatable: the sentencing requests "seeking a maximum penalty" and "asked for a sentence of
  three years" as demands on the judge (formal requests to a court, as dev's "filed a motion to unseal");
  "In court documents, ... asked for ..., calling ..." is one channel entry (cue "asked for"); Lazar "told the
  FBI", "told one FBI agent" (investigators as interlocutors, typed interview, like "In his 2014 interview").
Meetings: no meeting in any of the 8 kept articles (every article has an empty list, itself a claim).
"""
