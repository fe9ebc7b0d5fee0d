"""Hand-written annotation for held-out set 31 (BLIND, PolNeAR train articles, names[5::60]).

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
    "breitbart_2016-04-19_clinton-wins-democratic-presiden",
    "huff-post_2015-11-11_watch-the-best-moments-from-the-",
]

ARTICLES = [
    # ------------------------------------------------------------------ 1 (index 5)
    {"doc": "breitbart_2015-11-19_hillary-clinton-calls-on-u-s-to-", "commitments": [
        C("Hillary Clinton calls on U.S. to lead, step up fight against Islamic State.", "Hillary Clinton",
          "Hillary Clinton", "demand", "calls on", "lead, step up fight against Islamic State",
          target="United States"),
        C("Former Secretary of State and Democratic presidential frontrunner Hillary Clinton is calling for the "
          "United States to step up military efforts in the fight against the Islamic State.", "Hillary Clinton",
          "Former Secretary of State and Democratic presidential frontrunner Hillary Clinton", "demand",
          "calling for", "the United States to step up military efforts in the fight against the Islamic State",
          target="United States"),
        C("Clinton suggested the United States should send more special forces into Syria to combat the Islamic "
          "State.", "Hillary Clinton", "Clinton", "demand", "should", "send more special forces into Syria",
          target="United States"),
        C("She also called for more “flexibility” for U.S. military advisers in Iraq to assist local forces.",
          "Hillary Clinton", "She", "demand", "called for",
          "more “flexibility” for U.S. military advisers in Iraq to assist local forces"),
        C("Clinton is calling for the United States to take a stronger role in the conflict and for the coalition "
          "to increase its efforts against the Islamic State", "Hillary Clinton", "Clinton", "demand",
          "calling for", "the United States to take a stronger role in the conflict and for the coalition to "
          "increase its efforts against the Islamic State",
          target="United States and the international coalition"),
        C("GOP frontrunner Donald Trump has called for the Islamic State’s strongholds in Syria and Iraq to be hit "
          "even harder than they were hit by France in airstrikes on Sunday night.", "Donald Trump",
          "GOP frontrunner Donald Trump", "demand", "called for",
          "the Islamic State’s strongholds in Syria and Iraq to be hit even harder than they were hit by France in "
          "airstrikes on Sunday night"),
        C("He has also called on the United States to attack the oil that funds the Islamic State", "Donald Trump",
          "He", "demand", "called on", "attack the oil that funds the Islamic State", target="United States"),
    ], "channels": [
        H("Clinton said on Thursday during a speech at the Council of Foreign Relations in New York City.",
          "Hillary Clinton", "said", "during a speech at the Council of Foreign Relations in New York City",
          "rally_or_speech"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 2 (index 185)
    {"doc": "huff-post_2016-04-22_marco-rubio-i-m-not-interested-i", "commitments": [
        C("He said he’ll support whomever the Republican Party nominates for president", "Marco Rubio",
          "said [[he]]’ll", "promise", "’ll", "support whomever the Republican Party nominates for president"),
        C("Voters decided otherwise and I will focus on my work here in the Senate because I have nine months left",
          "Marco Rubio", "[[I]] will focus", "promise", "I [[will]] focus", "focus on my work here in the Senate"),
        C("After that, later, as a private citizen, I will continue looking for a way to contribute to the cause of "
          "political conservatism.", "Marco Rubio", "[[I]] will continue", "promise", "will",
          "continue looking for a way to contribute to the cause of political conservatism",
          timeframe="After that, later"),
        C("and that he’ll try to do something as a lawyer in the private sector", "Marco Rubio", "that [[he]]’ll",
          "promise", "’ll", "try to do something as a lawyer in the private sector"),
    ], "channels": [
        H("“I have no intention of being vice president,” Rubio said in a Friday interview with Univision.",
          "Marco Rubio", "said", "in a Friday interview with Univision", "interview"),
        H("Trump said in an MSNBC interview.", "Donald Trump", "said", "in an MSNBC interview", "interview"),
        H("In a Fox interview later that day, Trump went even further:", "Donald Trump", "went even further",
          "In a Fox interview", "interview"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 3 (index 245)
    {"doc": "nyt_2015-11-18_paris-attacks-test-clinton-s-str", "commitments": [
        C("She urged the administration to join a NATO-led coalition to oust Col. Muammar el-Qaddafi in Libya",
          "Hillary Rodham Clinton", "She", "demand", "urged",
          "join a NATO-led coalition to oust Col. Muammar el-Qaddafi in Libya", target="Obama administration"),
        C("And she frequently talks about how she pushed Mr. Obama to arm some Syrian rebels.",
          "Hillary Rodham Clinton", "how [[she]] pushed", "demand", "pushed", "arm some Syrian rebels",
          target="Obama"),
        C("Mrs. Clinton tried to expand on her earlier statement, saying that the United States should play a "
          "leadership role and ''be rallying our partners and allies, pulling countries off the sidelines.''",
          "Hillary Rodham Clinton", "Mrs. Clinton", "demand", "should",
          "play a leadership role and ''be rallying our partners and allies, pulling countries off the "
          "sidelines.''", target="United States"),
    ], "channels": [
        H("contradict Mr. Obama's comments, made in a television interview recorded", "Obama", "made",
          "in a television interview", "interview"),
        H("Mrs. Clinton devotes much of her stump speech to effusively praising", "Hillary Rodham Clinton",
          "praising", "her stump speech", "rally_or_speech"),
        H("(In an interview with ABC News on Sunday, Mr. Rhodes sought to clarify", "Benjamin J. Rhodes",
          "clarify", "In an interview with ABC News", "interview"),
        H("a Republican presidential candidate, told CNN.", "Jeb Bush", "told", "CNN", "interview"),
        H("At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton tried to expand on her earlier statement, "
          "saying", "Hillary Rodham Clinton", "saying", "At a campaign event in Ames, Iowa", "rally_or_speech"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 4 (index 305)
    {"doc": "nyt_2016-04-21_espn-fires-schilling-over-an-off", "commitments": [
        C("even as advocates in the transgender community called for his dismissal.",
          "advocates in the transgender community", "advocates in the transgender community", "demand",
          "called for", "his dismissal"),
    ], "channels": [
        H("''ESPN is an inclusive company,'' ESPN said in a statement.", "ESPN", "said", "in a statement",
          "written_statement"),
        H("after he posted a comment on Twitter in August that compared radical Muslims to Nazis", "Curt Schilling",
          "compared", "on Twitter", "social_post"),
        H("Schilling appeared on a show on WEEI radio in Boston and defended himself", "Curt Schilling",
          "defended", "on a show on WEEI radio in Boston", "interview"),
        H("he told the hosts on WEEI,", "Curt Schilling", "told", "the hosts on WEEI", "interview"),
        H("Schilling told WEEI:", "Curt Schilling", "told", "WEEI", "interview"),
        H("defended his father Tuesday on Facebook, saying:", "Grant Schilling", "saying", "on Facebook",
          "social_post"),
        H("he waded into politics on a Kansas City radio station when he suggested", "Curt Schilling", "suggested",
          "on a Kansas City radio station", "interview"),
        H("Schilling describes himself on his Facebook account as", "Curt Schilling", "describes",
          "on his Facebook account", "social_post"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 5 (index 365)
    {"doc": "politico_2015-11-20_de-blasio-trust-bratton-on-secur", "commitments": [
        C("Trump recently said he would \"absolutely\" require Muslims in America to register with the government.",
          "Donald Trump", "said [[he]] would", "promise", "would",
          "require Muslims in America to register with the government"),
    ], "channels": [
        H("De Blasio, speaking on WOR710, called Trump", "Bill de Blasio", "called", "on WOR710", "interview"),
        H("When asked by a reporter whether this differed from Nazi Germany requiring Jews to register, Trump "
          "reportedly said,", "Donald Trump", "said", "a reporter", "press_remarks"),
        H("When asked by a host if the revelations by Edward Snowden about intelligence gathering efforts in any "
          "way led to the Paris attacks, which was seen as an intelligence failure, de Blasio said,",
          "Bill de Blasio", "de Blasio [[said]]", "a host", "interview"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 6 (index 425)
    {"doc": "politico_2016-04-17_rnc-rules-clash-erupts", "commitments": [
        C("Ash wrote that Priebus and other RNC officials have made “numerous requests” to withdraw or table the "
          "motion, “and even to agree to cancel the Rules Committee meeting or to prohibit any amendments from "
          "being considered at the meeting when the committee met.”", "Reince Priebus and other RNC officials",
          "Priebus and other RNC officials", "demand", "requests",
          "withdraw or table the motion, “and even to agree to cancel the Rules Committee meeting or to prohibit "
          "any amendments from being considered at the meeting when the committee met.”", target="Bruce Ash"),
        C("I am now informing all of our committee members of this incident and insist Solomon’s amendment was "
          "pre-submitted and will be given priority consideration at the Rules Committee when we meet next week.",
          "Bruce Ash", "[[I]] am now", "promise", "will",
          "be given priority consideration at the Rules Committee when we meet next week",
          timeframe="when we meet next week"),
        C("If anything, Ash argued in his email, the incident is an illustration of why the convention should "
          "adopt Robert’s Rules of Order.", "Bruce Ash", "[[Ash]] argued", "demand", "should", "adopt Robert’s Rules of Order",
          target="Republican national convention"),
    ], "channels": [
        H("criticized RNC Chairman Reince Priebus and his allies in an email Saturday to his panel, accusing them",
          "Bruce Ash", "accusing", "in an email Saturday to his panel", "email_or_letter"),
        H("Ash wrote in the email, which was first reported by The Associated Press.", "Bruce Ash", "wrote",
          "in the email", "email_or_letter"),
        H("In the email, Ash bluntly accused Priebus", "Bruce Ash", "accused", "In the email", "email_or_letter"),
        H("In the email, Ash described the move", "Bruce Ash", "described", "In the email", "email_or_letter"),
        H("If anything, Ash argued in his email,", "Bruce Ash", "argued", "in his email", "email_or_letter"),
        H("In TV interviews and tweets, Trump has argued", "Donald Trump", "argued", "In TV interviews and tweets",
          "interview"),
        H("The chairman said Sunday on CNN that he opposes", "Reince Priebus", "said", "on CNN", "interview"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 7 (index 485)
    {"doc": "usa-today_2015-11-24_trump-card-for-census-roundup-bu", "commitments": [
        C("Trump, a Republican front-runner in the presidential race, has repeatedly promised to forcibly deport 11 "
          "million undocumented immigrants.", "Donald Trump", "Trump", "promise", "promised",
          "forcibly deport 11 million undocumented immigrants"),
        C("The Census' vow that survey responses will be kept confidential", "Census Bureau", "The Census",
          "promise", "vow", "survey responses will be kept confidential"),
    ], "channels": [
        H("The survey asks whether any resident has", "Census Bureau", "asks", "The survey", "other"),
        H("The survey asks where each resident of a household was born", "Census Bureau", "asks", "The survey",
          "other"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 8 (index 545)
    {"doc": "usa-today_2016-04-28_sanders-lays-off-more-than-campa", "commitments": [
        C("Sanders has said he will work to prevent a Republican from becoming president.", "Bernie Sanders",
          "said [[he]] will", "promise", "will", "work to prevent a Republican from becoming president"),
        C("On CNN Tuesday, his wife, Jane, called for an open primary process.", "Jane Sanders", "Jane", "demand",
          "called for", "an open primary process"),
        C("Sanders supporters have launched petitions calling on superdelegates to back the will of voters at the "
          "convention.", "Sanders supporters", "Sanders supporters", "demand", "calling on",
          "back the will of voters at the convention", target="superdelegates"),
        C("After more than two decades in Congress as an independent, Sanders plans to remain a Democrat",
          "Bernie Sanders", "Sanders", "promise", "plans", "remain a Democrat"),
    ], "channels": [
        H("he insisted at an Indiana rally Wednesday that", "Bernie Sanders", "insisted", "at an Indiana rally",
          "rally_or_speech"),
        H("he told 2,267 people gathered at Purdue University.", "Bernie Sanders", "told",
          "2,267 people gathered at Purdue University", "rally_or_speech"),
        H("He said in a statement Tuesday night that he wants", "Bernie Sanders", "said", "in a statement",
          "written_statement"),
        H("On CNN Tuesday, his wife, Jane, called for an open primary process.", "Jane Sanders", "called",
          "On CNN", "interview"),
        H("Sanders supporters have launched petitions calling on superdelegates", "Sanders supporters", "calling",
          "petitions", "written_statement"),
    ], "meetings": []},
]

LEFT_OUT = """
Selection: 10 files read under the rule (indices 5, 65, 125, 185, 245, 305, 365, 425, 485, 545); the 8th kept
  article is index 545, so indices 605, 665, 725 and 785 were not read.
breitbart_2016-04-19 (skipped): a one-sentence AP result ("Hillary Clinton wins the Democratic presidential
  primary in New York"): no commitment, no channel.
huff-post_2015-11-11 (skipped): a debate-highlights teaser and a list of related headlines; "Watch The Best
  Moments ..." (publisher promo, A.2-17); "Marco Rubio Responds ... By Saying We Need Fewer Philosophers"
  (generic inclusive); "GOP Candidates Resoundingly Reject The Idea Of A Minimum Wage Hike" (a stance).
breitbart_2015-11-19: Clinton's quoted "America must lead it" and "our strategy should have three main elements"
  (national inclusive, evaluation); the listed strategy elements "One, defeat ISIS ... Two, disrupt and dismantle
  ... Three, harden our defenses" (elements of a stated strategy, inclusive "our", not directives to an
  addressee); "it needs to make a greater difference and we need more of a coalition", "I think we have to deepen
  and better coordinate" (national inclusive, hedged); Trump "proposed a safe zone inside Syria for the refugees"
  (proposal, A.2-14). Channels: "Clinton added." (no channel in that sentence); the headline and lede "calls on",
  "is calling for" (no channel). Decisions: "calling for the United States to take a stronger role ... and for
  the coalition to increase its efforts" is one commitment (one trigger, coordinated content, A.3) with both
  addressees in the target; ", also known as ISIS, ISIL and Daesh" is left out of the content (appositive aside);
  "to assist local forces" is kept in the "flexibility" content (it gives the flexibility's function, A.3);
  Trump's passive "the Islamic State's strongholds ... to be hit even harder" has target null (as dev
  "compensation to be “clawed back”"). Included although debatable: "Clinton suggested the United States should
  send more special forces into Syria" (a candidate's should-demand on the US, concrete; A.2-9).
huff-post_2016-04-22: "I have no intention of being vice president", the headline "I'm Not Interested In Being
  Vice President", "I'm really not seeking it, I'm not requesting it, and it won't happen" (present stance,
  refusal, prediction); "he doesn't want to be involved in the 2016 race anymore" (reported desire); "we'll see
  if God offers us another opportunity" (idiom); Trump's "he wouldn't be able to run for office again", "I don't
  think he could ever run for governor" (predictions). Channels: "The GOP presidential front-runner predicted in
  March that" (time, no channel); "He said he'll support ..." and "he said" (no channel). Decisions: timeframe
  "After that, later" for "I will continue looking ..." (when the action happens). Included although debatable:
  "he'll try to do something as a lawyer in the private sector" (an announced own future action with explicit
  future marking, A.2-5, though vague); the channel "In a Fox interview later that day, Trump went even further:"
  (light-verb cue introducing the quotation).
nyt_2015-11-18: "often pushing the White House to embrace a more aggressive approach" (narrator, habitual; the
  content is an attitude, not a concrete action); "proposed that more forces be left in Iraq" and "by proposing
  that a coalition put in place a no-fly zone" (proposals, A.2-14/A.2-4); "pushed to funnel arms to moderate
  Syrian rebels" (advocacy effort, no addressee, cf. dev "pushed for"); "We have to look at ISIS ...", "It
  cannot be contained; it must be defeated" (national inclusive, agentless); "I did early on say we needed to try
  to find a way to train and equip moderates" (inclusive, past); "this cannot be an American fight" and "the
  United States should not bear ''the bulk of the responsibility.''" (evaluation of the US role, not a concrete
  action); "whose support she will need should she advance" (narrator); "plans to ''build on the progress''"
  (nominal plans); "declined to directly respond" (negated); Rhodes "We don't believe U.S. troops are the answer"
  (opinion); Jeb Bush "without our leadership ... it won't happen" and O'Hanlon's remarks (predictions); "Mrs.
  Clinton's campaign has said for months that it sees no reason to break with Mr. Obama" (stance). Channels:
  "recites, typically to a roar of applause, the line" (no channel phrase); "On Saturday in the second Democratic
  debate, Mrs. Clinton declined to directly respond" (negated); the sentences after the debate sentence ("Mrs.
  Clinton said", "Mrs. Clinton said Saturday", "assailed her for supporting the war", "Mrs. Clinton said on
  Saturday") (channel only in an earlier sentence); "In a New York Times/CBS News survey ..., 79 percent of
  Democrats said" (poll, evidential); "Mr. Rhodes said, ''The fact is ...''" (interview named in the previous
  sentence); "as Mr. Obama contrasted his antiwar message" ("in their 2008 primary contest" modifies the gulf's
  emergence, no channel of the cue); the experts' "said Paul R. Pillar", "said Dennis B. Ross", "said Michael
  O'Hanlon" (no channel); Jeb Bush's "He added" (no channel). Holder/speaker names: "Hillary Rodham Clinton";
  "Obama" (the article never gives his first name). Included although debatable: "she frequently talks about how
  she pushed Mr. Obama to arm some Syrian rebels" (a past directive in her own account, cf. dev "persuading");
  the should-demand at the Ames event "the United States should play a leadership role and ''be rallying our
  partners and allies ...''" (the rallying part is concrete); the channel of Obama's comments "made in a
  television interview" (light-verb cue on a comment whose content is given); "devotes much of her stump speech to
  effusively praising" (habitual, channel "her stump speech"); "Mr. Rhodes sought to clarify Mr. Obama's comment"
  (cue "clarify", as dev "appeared to blame").
nyt_2016-04-21: the shared meme's "LET HIM IN! to the restroom ..." (a meme's sarcastic text, not a political
  actor's directive); Schilling's "Now you need laws telling us differently?" (rhetorical); his "Hillary Clinton
  ''should be buried under a jail somewhere'' if ..." (passive, agentless, figurative); Miller's "you have to be
  extra careful ..." and "ESPN ... are probably not where you should be working" (generic advice); Grant
  Schilling's "I will say" and "i can assure you" (performative, assurance about the past); the profile's "wants
  to help those that cannot help themselves" (desire); "Curt Schilling has been advised" (past). Channels:
  "promoting offensive commentary on social media", "sharing a Facebook post this week that appeared to respond
  to the North Carolina law" (characterisations of a medium, no reported content); "The post showed" (display
  verb); "It says:" (the post named in the previous sentence, "It" a pronoun); "To that, Schilling added:" (no
  channel in the sentence); "Schilling, through a spokeswoman, declined to comment" (negated); "a screen image
  captured by Outsports.com showed" (evidential); "On his personal blog on Tuesday, Schilling did not back down"
  (negated, no content cue) and the following bare "he wrote", "He added"; "Analysts said" (no channel). Decision:
  the advocates' "called for his dismissal" has target null (no addressee named, A.2-8), although ESPN is the
  only party that could act. Speaker "Grant Schilling" for "Schilling's son, Grant". Included although
  debatable: "posted a comment on Twitter in August that compared radical Muslims to Nazis" (cue "compared" in
  the relative clause on the medium); "appeared on a show on WEEI radio in Boston and defended himself"
  (content a noun phrase); "waded into politics on a Kansas City radio station when he suggested" (the channel
  phrase attaches to "waded into politics", the same occasion).
politico_2015-11-20: the headline "Trust Bratton on security, not 'blowhard' Trump" (imperative about attitude,
  A.2-11); "Who are you going to trust ...?" and Trump's "You tell me" (questions, rhetorical); "in a war, loose
  lips sink ships" (figurative). Channels: "rejected criticism from ... Donald Trump that" and "De Blasio said the
  move was made ... and said" (no channel); "De Blasio also repeated his claim" (no channel in the sentence);
  "But, he added," and "De Blasio repeatedly said" (no channel); "called Trump a “blowhard,” and said" is one
  entry (coordinated speech verbs, cue "called"). Content: the quoted intensifier "absolutely" is left out of the
  content (a manner adverb at the edge, cf. "formally", "effectively"). Included although debatable: the
  interlocutor channels "When asked by a reporter ..., Trump reportedly said" (press_remarks) and "When asked by a
  host ..., de Blasio said" (interview).
politico_2016-04-17: "I am now informing all of our committee members" (present progressive, performative);
  "Yue has said he's looking to increase transparency" (goal, progressive); "trying to block a rule change",
  "working to scuttle the proposal", "has worked behind the scenes to defeat any rules changes" (efforts); Ryder
  "it is important that the RNC not take action ..." (evaluation, his own organisation); Priebus "who has said he
  doesn't support changing the party's rules", "he opposes the RNC's rules committee making any changes this week"
  and "I don't think that it's a good idea ..." (stances, opinions); Ash's question "is it prudent for the RNC to
  continue ...?" (question, A.2-12); "The proposal in question would switch the rule book" (proposal). Channels:
  the lede "has accused his own party leadership ... that he said would make" (no channel phrase); the bare "Ash
  wrote that", "Ash wrote, came on Friday", "Ryder wrote" (email named in an earlier sentence or not at all);
  "replied later Saturday to suggest the dispute is a simple misunderstanding" (the reply's medium is not named);
  "which was first reported by The Associated Press" (a report of the email, no content); "Priebus has
  aggressively pushed back on those charges" (no channel); "Priebus said", "He noted", "he said" (no channel).
  Meetings left out: "during the discussions with Reince and others at the RNC" (repeated discussions, no one
  occasion); "this week's RNC spring meeting", "the Rules Committee meeting", "when we meet next week", "another
  rules committee ... gathers in Cleveland" (an organisation's own meetings, no second named party). Decisions:
  "In the email, Ash described the move ..., adding:" is one entry (cue "described"); "In TV interviews and
  tweets" is one entry, typed interview (its first medium); the "numerous requests" have target "Bruce Ash" (the
  committee chairman they were made to; the addressee is implied by "Ash wrote"). Included although debatable:
  Ash's "insist Solomon's amendment ... will be given priority consideration at the Rules Committee when we meet
  next week" (the committee chairman's undertaking for his committee, promise, holder_span his "I"); "why the
  convention should adopt Robert's Rules of Order" (a committee chairman's should-demand, argued in his email).
usa-today_2015-11-24: an op-ed by James Bovard: the author's voice is never a holder ("I refuse to answer the
  American Community Survey", "There is no reason to presume ...", "If politicians decide to order another mass
  roundup ..., the Census will likely again serve up ..."; "who will find just the information he needs");
  "compliance with its demands" (nominal without complement); "a threatened fine of as much as $5,000" (a legal
  penalty, nominal, no complement); "Respondents are obliged to disclose" (legal requirement); "He has also toyed
  with the idea of some kind of Muslim database" (not a commitment); "Congress voted to compensate the victims"
  (a completed legislative act); "regardless of how many Census-takers assure respondents to the contrary"
  (generic, hypothetical); "as reliable as a political campaign promise" (generic simile); "the guidance repeatedly
  changed on whether we should count or ignore non-U.S. citizens" (past, question). Channels: "it proudly declared
  that it had never provided" (no channel); "a study by William Seltzer ... proved that" (evidential); "Trump's
  words today" (no cue). Included although debatable: "The Census' vow that survey responses will be kept
  confidential" (nominal "vow" with a that-complement, the bureau's standing pledge, holder_span the possessor);
  the questionnaire as channel "The survey asks whether ..." and "The survey asks where ..." (medium as subject of
  a verb of asking with clausal content, type other).
usa-today_2016-04-28: the subtitle "campaign aims to transform country" (goal); "he's still in the race ... to
  win the nomination" (present state); "He said he intends to win every delegate possible, so he'll have enough
  votes ..." (an outcome, A.2-16); Devine's "the Vermont senator will arrive at the convention with enough pledged
  delegates to file minority reports" (an outcome, prediction); "he wants to see Clinton embrace some of his top
  priorities" and "he wants a party platform that calls for ..." (reported desires, A.2-10; the platform "calls
  for" is a hypothetical platform's wording); "areas where Sanders wants to see changes", "The Sanders campaign
  wants to address concerns" (desire); Devine "We want to have a process where voters decide" (desire, no
  addressee); "minority reports at the request of 25% of members" (a party rule, generic); "would have registered
  as one if Vermont had party registration" (counterfactual); "The campaign hasn't decided" (negated). Channels:
  "Sanders hasn't said whether" (negated); "began talking about what will happen" (no channel); "Tad Devine ...
  said Monday", "Devine said" (no channel); "according to the Associated Press" (a source); "accusing Clinton and
  the Democratic National Committee" and "Sanders' team said" (no channel); "she said" after the CNN sentence.
  Names: "Jane Sanders" for "his wife, Jane" (Sanders's wife). Decision: the petitions' timeframe is left null
  ("at the convention" is read as the place of the backing). Included although debatable: "Sanders plans to
  remain a Democrat ..., Devine said" (the principal's plan announced by his adviser, A.2-3/A.2-5); the petitions
  as written_statement channel with cue "calling".
"""
