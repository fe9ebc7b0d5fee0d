"""Hand-written annotation for held-out set 17 (development, 8 PolNeAR train articles).

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
    "breitbart_2016-02-01_dr-ben-carson-hillary-clinton-no",
    "breitbart_2016-06-28_sanders-brexit-s-message-could-d",
    "politico_2016-01-29_record-setting-spending-spree-re",
    "usa-today_2016-06-27_orlando-shootings-temper-lgbt-pr",
    "wash-post_2016-01-31_can-the-gop-establishment-stop-t",
    "west-journal_2016-01-25_rick-perry-just-announced-his-of",
]

ARTICLES = [
    # ------------------------------------------------------------------ 1 (index 151)
    {"doc": "huff-post_2016-02-01_read-live-updates-on-the-iowa-ca", "commitments": [
        C("Mike Huckabee (R) announced they will suspend their campaigns.", "Martin O’Malley and Mike Huckabee",
          "announced [[they]] will", "promise", "will", "suspend their campaigns"),
    ], "channels": [], "meetings": []},
    # ------------------------------------------------------------------ 2 (index 211)
    {"doc": "huff-post_2016-06-16_obama-families-of-gun-violence-v", "commitments": [
        C("a Democratic senator said Republicans had agreed to hold votes on measures to expand background checks "
          "and prevent people on U.S. terrorism watch lists from buying guns.", "Republicans", "Republicans",
          "promise", "agreed",
          "hold votes on measures to expand background checks and prevent people on U.S. terrorism watch lists "
          "from buying guns"),
        C("announcing on Wednesday he would meet with the National Rifle Association to talk about",
          "Donald Trump", "Wednesday [[he]] would", "promise", "would", "meet with the National Rifle Association"),
    ], "channels": [
        H("were homegrown,” Obama told reporters.", "Barack Obama", "told", "reporters", "press_remarks"),
        H("CIA Director John Brennan told a Senate Intelligence Committee hearing on Thursday that",
          "John Brennan", "told", "a Senate Intelligence Committee hearing", "testimony"),
        H("One message, apparently referring to air strikes against Islamic State by the United States and its "
          "allies, said:", "Omar Mateen", "said", "One message", "social_post"),
        H("according to a letter to Facebook from the chairman of the U.S. Senate Committee on Homeland Security.",
          "the chairman of the U.S. Senate Committee on Homeland Security", "according to", "a letter to Facebook",
          "email_or_letter"),
        H("with Republican Senator John McCain telling reporters on Thursday he viewed", "John McCain", "telling",
          "reporters", "press_remarks"),
        H("McCain said on his official Twitter feed that", "John McCain", "said", "on his official Twitter feed",
          "social_post"),
    ], "meetings": [
        M("announcing on Wednesday he would meet with the National Rifle Association to talk about",
          "he would meet with the National Rifle Association", ["Donald Trump", "the National Rifle Association"],
          None, None, "scheduled"),
    ]},
    # ------------------------------------------------------------------ 3 (index 271)
    {"doc": "nyt_2016-01-30_traditionally-democrat-unions-ar", "commitments": [
        C("''I love Oreos,'' he said, ''I will never eat them again''", "Donald J. Trump", "''[[I]] will never",
          "promise", "will", "never eat them again"),
        C("He has also fulminated against plans by the company that owns Nabisco to shift some production to Mexico "
          "- ''I love Oreos,'' he said, ''I will never eat them again'' - and vowed to impose a punishing tariff on "
          "imports of Fords unless the company cancels a $2.5 billion investment in new facilities in the country.",
          "Donald J. Trump", "[[He]] has also", "threat", "vowed", "impose a punishing tariff on imports of Fords",
          condition="unless the company cancels a $2.5 billion investment in new facilities in the country",
          target="Ford"),
    ], "channels": [
        H("But in an interview, the union's president, Mary Kay Henry, expressed concern that", "Mary Kay Henry",
          "expressed", "in an interview", "interview"),
        H("wrote in an email response to questions.", "Steve Rosenthal", "wrote", "in an email response to questions",
          "email_or_letter"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 4 (index 331)
    {"doc": "nyt_2016-06-27_britain-s-exit-looms-over-clinto", "commitments": [
        C("She offers reasonableness instead of resentment, urging voters to see the big picture and promising to "
          "manage economic and immigration upheaval", "Hillary Clinton", "[[She]] offers", "promise", "promising",
          "manage economic and immigration upheaval"),
        C("Mr. Trump's grievance-driven promise to ''Make America Great Again.''", "Donald J. Trump", "Mr. Trump",
          "promise", "promise", "''Make America Great Again.''"),
        C("Mr. Trump's fire-breathing vows to trash bad trade deals and use tariffs as economic weapons of national "
          "defense.", "Donald J. Trump", "Mr. Trump", "promise", "vows",
          "trash bad trade deals and use tariffs as economic weapons of national defense"),
        C("On the campaign trail, Mrs. Clinton regularly pledges to ''make sure our economy works for everyone, not "
          "just those at the top,''", "Hillary Clinton", "Mrs. Clinton", "promise", "pledges",
          "''make sure our economy works for everyone, not just those at the top,''"),
        C("where she also promised to reject ''bad trade deals and unfair trade practices.''", "Hillary Clinton",
          "she", "promise", "promised", "reject ''bad trade deals and unfair trade practices.''"),
    ], "channels": [
        H("On the campaign trail, Mrs. Clinton regularly pledges", "Hillary Clinton", "pledges",
          "On the campaign trail", "rally_or_speech"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 5 (index 451)
    {"doc": "politico_2016-07-02_sanders-california-supporters-ca", "commitments": [
        C("He even revealed, somewhat stiltedly, that he would vote for Hillary Clinton", "Bernie Sanders",
          "that [[he]] would", "promise", "would", "vote for Hillary Clinton"),
        C("State party chairman John Burton has also implored state party delegates to unite and focus on Trump.",
          "John Burton", "John Burton", "demand", "implored", "unite and focus on Trump",
          target="California Democratic Party delegates"),
        C("“I will vote for the candidate that best represents my viewpoint as a progressive Democrat,",
          "Naureen Jahangir", "I", "promise", "will",
          "vote for the candidate that best represents my viewpoint as a progressive Democrat"),
        C("but he pressed Clinton to do more if she wanted to win over his supporters.", "Bernie Sanders", "but [[he]] pressed",
          "demand", "pressed", "do more", condition="if she wanted to win over his supporters",
          target="Hillary Clinton"),
    ], "channels": [
        H("according to the California secretary of state’s website.", "California secretary of state",
          "according to", "the California secretary of state’s website", "written_statement"),
        H("Burton told state delegates recently.", "John Burton", "told", "state delegates", "rally_or_speech"),
        H("Sanders was on CNN talking about what he does next.", "Bernie Sanders", "talking", "on CNN", "interview"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 6 (index 511)
    {"doc": "usa-today_2016-01-26_candidates-fan-out-in-iowa-as-ca", "commitments": [
        C("Cruz, who says Trump is attacking him because the polls have tightened, said GOP voters should go with "
          "him", "Ted Cruz", "[[Cruz]], who says", "demand", "should", "go with him", target="GOP voters"),
        C("Jeb Bush in a Medium post said he would put more conservative judges on the federal bench.", "Jeb Bush",
          "said [[he]] would", "promise", "would", "put more conservative judges on the federal bench"),
    ], "channels": [
        H("During a town hall event broadcast by CNN, Democrats Hillary Clinton, Bernie Sanders, and Martin O'Malley "
          "offered", "Hillary Clinton, Bernie Sanders, and Martin O'Malley", "offered", "During a town hall event",
          "interview"),
        H("In an interview with CNN, Trump continued to question Cruz's temperament, saying", "Donald Trump",
          "saying", "In an interview with CNN", "interview"),
        H("Cruz told reporters in Manchester, Iowa.", "Ted Cruz", "told", "reporters in Manchester, Iowa",
          "press_remarks"),
        H("In a video put out by the Cruz campaign, Perry said", "Rick Perry", "said", "In a video", "other"),
        H("stressed defense issues and Supreme Court appointments during an appearance with Sen. Joni Ernst, R-Iowa.",
          "Marco Rubio", "stressed", "during an appearance with Sen. Joni Ernst, R-Iowa", "rally_or_speech"),
        H("The Florida senator told reporters he feels good", "Marco Rubio", "told", "reporters", "press_remarks"),
        H("Jeb Bush in a Medium post said he would", "Jeb Bush", "said", "in a Medium post", "article_or_oped"),
        H("Rand Paul, R-Ky., told Fox News that", "Rand Paul", "told", "Fox News", "interview"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 7 (index 691)
    {"doc": "wash-post_2016-06-28_ruling-solidifies-candidates-abo", "commitments": [
        C("Presumptive Democratic presidential nominee Hillary Clinton has vowed to keep abortion legal",
          "Hillary Clinton", "Hillary Clinton", "promise", "vowed", "keep abortion legal"),
        C("has said that he would nominate Supreme Court justices who are opposed to abortion.", "Donald Trump",
          "that [[he]] would", "promise", "would", "nominate Supreme Court justices who are opposed to abortion"),
        C("\"We now will take this fight state by state to challenge and repeal other laws across the country,\"",
          "Planned Parenthood Federation of America", "We", "promise", "will", "take this fight state by state"),
        C("Hawkins said her group will be working to place antiabortion officials at all levels of government.",
          "Students For Life of America", "her group", "promise", "will",
          "be working to place antiabortion officials at all levels of government"),
    ], "channels": [
        H("Clinton tweeted shortly after the ruling.", "Hillary Clinton", "tweeted", "tweeted", "social_post"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 8 (index 811)
    {"doc": "west-journal_2016-06-21_trump-makes-campaign-announcemen", "commitments": [
        C("A Trump campaign source told NBC that this week’s address will lay out his case against Clinton",
          "Donald Trump", "A Trump campaign source", "promise", "will", "lay out his case against Clinton",
          timeframe="this week"),
        C("Trump indicated that a major speech was forthcoming that would highlight the shortcomings of Clinton’s "
          "past.", "Donald Trump", "Trump", "promise", "would", "highlight the shortcomings of Clinton’s past"),
    ], "channels": [
        H("A Trump campaign source told NBC that", "A Trump campaign source", "told", "NBC", "interview"),
    ], "meetings": []},
]

LEFT_OUT = """
Selection: 14 files read under the rule (indices 31, 91, 151, 211, 271, 331, 391, 451, 511, 571, 631, 691, 751,
  811: the whole list); the 8th kept article is the last candidate (index 811), so every candidate was read.
breitbart_2016-02-01 (skipped): Carson "We need to do more to strengthen our country's protection of national
  security information" (national inclusive) and "she should be held fully accountable" (passive, agentless).
breitbart_2016-06-28 (skipped): Sanders's op-ed, reported by AFP: "the Democratic Party and a new Democratic
  president need to make clear that we stand with those who are struggling" (the party includes the speaker, "we";
  the action is a stance, not concrete) and "We must create national and global economies that work for all"
  (inclusive, generic); "should sound an alarm for the Democratic Party" (evaluation).
politico_2016-01-29 (skipped): spending figures; "is expected to report" (expectation); "Trump boasts that he
  doesn't have a super PAC" (present); filings "required to file" (legal requirement); "fundraising requests"
  (nominal, no complement).
usa-today_2016-06-27 (skipped): the chants "Disarm hate" (slogan, generic); Obama "declared" a monument (past act);
  "they can't scare us back into the closet" (stance); Black Lives Matter's withdrawal (past).
wash-post_2016-01-31 (skipped): analysis of scenarios; strategists' predictions; "others are determined to do
  everything they can to highlight ..." (narrator, determination); "he must avoid a debilitating finish"
  (narrator).
west-journal_2016-01-25 (skipped): Perry "[Ted] knows he's going to surround himself with people who do have that
  experience" (assurance about another person's action, A.2-7/16); "they will find a way to work with him",
  "he will be ready to be commander-in-chief" (predictions); "it must be clearly diagnosed, excised and
  discarded" (passive, figurative); "Like the page:" (publisher promo).
huff-post_2016-02-01: no channel: "Sanders took the stage in Iowa ... his speech resembled ..." has no cue, and
  the following "Sanders said" sentences name no channel (channel only in an earlier sentence).
huff-post_2016-06-16: Obama "said the United States must act to control gun violence", "We're going to have to do
  more" (national inclusive) and "This debate needs to change" (generic); Cornyn "the chamber will most likely
  vote on four gun control measures on Monday" (hedged: prediction); "The massacre put pressure on Congress to
  act" (narrator, no holder); Mateen's "now taste the Islamic State vengeance" (not a commitment; a
  non-political actor's taunt). Content: Trump's "to talk about barring people ..." is a purpose adjunct, left out
  of the content. Channels left out: "Obama said ..., according to a White House pool report" and "According to
  White House pool reports, Obama said" (the pool report is the reporters' source, not Obama's channel);
  "Obama told the victims' families" (a private remark to the bereaved, cf. dev Clarke "told some of the
  miners"); "During his attack, Mateen also posted messages on Facebook" (no content in that sentence); "After a
  marathon of speeches by Democrats ..., a Democratic senator said" (time adjunct, the speeches are not the
  senator's channel); "Trump also joined the gun debate, announcing" (figurative); "according to Orlando
  Regional Medical Center" (evidential). Meetings left out: "Obama met survivors ... and relatives of the 49
  people killed" (only one named party); the photo captions "Obama hugs Orange County Mayor Teresa Jacobs" and
  "shakes hands with Sen. Marco Rubio ... on the tarmac" (greetings on arrival, not a meeting or visit).
  Included although debatable: "a Democratic senator said Republicans had agreed to hold votes" (an agreement
  reported by a third party; holder is the subject of "agreed", A.3); Trump "announcing ... he would meet with
  the National Rifle Association" (announced own future action, and a scheduled meeting: an announced plan, not
  mere willingness); the channel "according to a letter to Facebook from the chairman ..." (cue "according to",
  as dev "according to a speech"; speaker unnamed in the article); "One message ... said" (medium as subject,
  a Facebook message: social_post).
nyt_2016-01-30: Sabato "his members ... would ''march behind'' Mr. Trump" (assurance about others); "they would
  need to hear more" (necessity); Trump's position "there should be trade tariffs for a company that moves jobs
  overseas" (agentless, reported by a union member); Lux "Trump will take that issue and drive it" (prediction);
  "remain confident that they can keep their members in the fold" (confidence). Channels left out: "In a recent
  study ..., Working America ... found" (a research finding, evidential); "according to polling by the
  A.F.L.-C.I.O." (evidential); the "Teamsters for Trump" Facebook page (no cue). Kind: the Ford tariff vow is a
  threat (conditional negative consequence aimed at a target, "unless ..."). Included although debatable: Trump's
  "I will never eat them again" (an Oreo boycott pledge in campaign rhetoric; read as a commitment, not a joke).
nyt_2016-06-27: "urging voters to see the big picture" (about thought/attitude); "Her fundamental argument ... is
  that Americans should value stability" (generic); "Nor does Mrs. Clinton have any plans, advisers say, to take
  cues from the Brexit campaign" (nominal plan, negated); Cohen's "a cautionary tale for the Clinton campaign not
  to get too complacent" (pundit); "Several Democrats cautioned against drawing too many lessons" (generic
  advice). Channels left out: "as she put it on Wednesday in Raleigh, N.C., where she also promised" (bare
  location); "According to their friends and advisers" (sources, no medium). Included although debatable: the
  narrator's "promising to manage economic and immigration upheaval" (a characterisation of her campaign message,
  but with an explicit commitment verb, cf. dev "Trump is promising lower taxes"); "Mr. Trump's grievance-driven
  promise to ''Make America Great Again.''" (a slogan, nominal promise with complement, inside the Clintons'
  reported worry); "vows to trash bad trade deals and use tariffs as economic weapons" (nominal "vows" treated
  like "pledge"; promise, no threat trigger); the channel "On the campaign trail" for "pledges" (a campaign
  event genre modifying the cue, unlike dev's "The debate over coal on the campaign trail").
politico_2016-07-02: "His wife, he says, plans to leave the Democratic Party" (a plan reported by a third party,
  not the holder's statement); "is among those who say they have no intention of backing Clinton" (nominal
  intention, a present stance); the poll respondents "said they were planning to back Clinton", "said they would
  back Trump" (poll intentions, cf. dev politico_2016-09-25); "he's fairly sure he can't support her" (hedged
  belief); "Sanders himself has acknowledged he won't be the Democratic nominee" (outcome); "I am absolutely
  confident that the vast majority of my voters will vote for her" (prediction); Dawson's "All the way!"
  (elliptical slogan); the state party resolution "supported eliminating caucuses ..." (a resolution's position,
  no commitment verb); "What most Sanders supporters are asking for" (generic). Condition: Jahangir's "if Bernie is
  not the candidate" belongs to the second clause ("that will be Jill Stein if ..."), so her promise has no
  condition. Channels left out: "“I am still Sanders,” it read." (the sign is a pronoun, named in the previous
  sentence); "Dawson shouted" (rally in an earlier sentence); "A recent Bloomberg poll showed" (evidential);
  "gets an email from the Democratic National Committee ... pestering him" (his view, no reported content).
  Meeting left out: "trusted aides have talked with Clinton's operation" (unnamed aides, no single occasion).
  Included although debatable: a voter's own "I will vote for ..." (a private person's self-commitment);
  "pressed Clinton to do more" (directive verb "pressed"); the channel "according to the California secretary of
  state's website" (a website posting, cue "according to"; speaker is the office, unnamed).
usa-today_2016-01-26: Sanders "we have got to go beyond establishment politics" (generic inclusive); "As
  conservatives continue to unite, we will win" (prediction); Perry's "his fellow Texan is ready to ''take on the
  Washington cartel,'' secure the border ..." (readiness, about another); Carson "proposed the creation of a
  federal agency" (proposal); Rubio "we'll see" (no commitment). Channels left out: "candidates began making
  their final pitches Monday via the Internet, the airwaves, ..." (light verb without content, generic
  speakers); "O'Malley ... stressed his executive experience" and the quotations after the town hall sentence
  (channel only in an earlier sentence); "said the New York businessman, who campaigned Monday in New Hampshire"
  (relative clause, no channel). Meeting left out: Rubio's "appearance with Sen. Joni Ernst" (a campaign event).
  Types: the CNN town hall is interview (televised questions, as dev's NBC forum); the Medium post is
  article_or_oped (a signed essay on a blogging platform, not a social post). Included although debatable: Cruz
  "said GOP voters should go with him" (should-demand: political actor, specific class of voters, concrete act of
  choosing him in the caucuses); the channel "During a town hall event ... offered Iowa voters different
  approaches" (cue "offered", one joint entry for the three Democrats).
wash-post_2016-06-28: "a president who will appoint antiabortion justices" (hypothetical); Trump's "women who go
  through with the procedure should be punished" (passive, agentless, and conditional); "the standard Republican
  position of wanting to overturn Roe v. Wade" (desire); "the need to get behind him" (nominal need); Hawkins
  "You're going to want to make sure that the next president appoints ..." (generic advice) and "We want a
  pro-life majority" (desire); Nance "would like Trump to further explain his stance" (reported desire,
  A.2-10); Scheidler "hopes abortion opponents ... still go to the polls" (hope); "made it even more critical to
  fight these laws" (necessity, generic); Hogue's supporters "are ready to reject politicians" (readiness).
  Holder: Richards's "We" (president of the organisation speaking for it) -> "Planned Parenthood Federation of
  America"; Hawkins's "her group" -> "Students For Life of America". Content: Richards's "to challenge and repeal
  other laws across the country" is a purpose adjunct, left out; "now" is not coded as a timeframe. Channels left
  out: "made no comment on the ruling Monday" (negated); "according to the Guttmacher Institute" (evidential).
west-journal_2016-06-21: the narrator's "Donald Trump will follow ... with a speech of his own Wednesday morning"
  (narrator schedule, A.2-4); "Trump's campaign said the speech ... would be ''regarding the election.''" (a
  copula description of the speech's topic, not an action); NBC's Ali Vitali "the subject of the speech will be
  Clinton herself" (a journalist's report); "possibly highlighting the issues he'll cover in the coming months"
  (hedged); "is expected to focus on" (expectation). Channels left out: "His mid-morning tweet followed another
  that attacked Clinton" (a noun phrase characterising a medium); the `<tweet>` placeholders. Timeframe: "this
  week" (from "this week's address") says when the announced address happens. Included although debatable: the
  campaign source's "this week's address will lay out his case against Clinton" (a campaign schedule
  announcement, cf. dev "the ad will air nationally"; holder is the principal, holder_span the attribution
  mention) and "Trump indicated that a major speech was forthcoming that would highlight the shortcomings of
  Clinton's past" (his own announced speech, medium as subject of "would").
"""
