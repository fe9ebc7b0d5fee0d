"""Second, independent annotation (reannot5) of 8 PolNeAR train articles under the dev ledger guidelines.

Every span is a quoted string occurring once inside its anchor; the anchor occurs once in the article.
"ctx [[span]] ctx" marks a span inside disambiguating context. build.py turns this into gold.jsonl.
"""

from __future__ import annotations


def C(anchor, holder, holder_span, kind, trigger, content, condition=None, timeframe=None, target=None):
    return {"anchor": anchor, "holder": holder, "holder_span": holder_span, "kind": kind,
            "trigger": trigger, "content": content, "condition": condition, "timeframe": timeframe,
            "target": target}


def H(anchor, speaker, cue, channel, type):  # noqa: A002
    return {"anchor": anchor, "speaker": speaker, "cue": cue, "channel": channel, "type": type}


DATES = {
    "breitbart_2016-03-15_the-latest-kasich-scores-all-del": "2016-03-15",
    "breitbart_2016-08-15_biden-stumping-for-clinton-trash": "2016-08-15",
    "huff-post_2016-03-10_trump-says-he-never-pledged-to-k": "2016-03-10",
    "huff-post_2016-08-12_why-progressives-are-celebrating": "2016-08-12",
    "nyt_2016-03-15_sanders-advances-agenda-via-side": "2016-03-15",
    "nyt_2016-08-22_foundation-and-donors-complicate": "2016-08-22",
    "politico_2016-08-17_ap-trump-chair-routed-ukrainian-": "2016-08-17",
    "wash-post_2016-03-18_why-obama-s-high-court-pick-migh": "2016-03-18",
}

ARTICLES = [
    # ------------------------------------------------------------------ 1
    {"doc": "breitbart_2016-03-15_the-latest-kasich-scores-all-del", "commitments": [
        C("She also called for all candidates to lay out specifics — including the cost — of their plans, "
          "something she has repeatedly asked of her Democratic rival Bernie Sanders.",
          "Hillary Clinton", "She", "demand", "called for",
          "all candidates to lay out specifics — including the cost — of their plans", target="all candidates"),
        C("something she has repeatedly asked of her Democratic rival Bernie Sanders.",
          "Hillary Clinton", "she", "demand", "asked", "something", target="Bernie Sanders"),
        C("He said that he would offer “a prayer” for the eventual Republican nominee",
          "Marco Rubio", "that [[he]] would", "promise", "would",
          "offer “a prayer” for the eventual Republican nominee"),
        C("Mitch McConnell says he spoke to Republican front-runner Donald Trump and asked him to condemn violence "
          "no matter who is responsible.",
          "Mitch McConnell", "says [[he]] spoke", "demand", "asked",
          "condemn violence no matter who is responsible", target="Donald Trump"),
        C("Trump at the time said he’d asked his “people” to “look into” paying the fees.",
          "Donald Trump", "said [[he]]’d", "demand", "asked", "“look into” paying the fees",
          target="Donald Trump's people"),
    ], "channels": [
        H("Clinton celebrated in Florida with supporters, declaring it", "Hillary Clinton", "declaring",
          "with supporters", "rally_or_speech"),
        H("Rubio offered the crowd an emotional evaluation", "Marco Rubio", "offered", "the crowd",
          "rally_or_speech"),
        H("Rubio told a crowd in Miami Tuesday that", "Marco Rubio", "told", "a crowd in Miami", "rally_or_speech"),
        H("Trump’s official campaign account has been busy, re-tweeting several negative comments",
          "Donald Trump's official campaign account", "re-tweeting", "re-tweeting", "social_post"),
        H("Ken Detzner sent out a statement reassuring voters that", "Ken Detzner", "reassuring", "a statement",
          "written_statement"),
        H("McConnell told reporters that he had a conversation", "Mitch McConnell", "told", "reporters",
          "press_remarks"),
        H("On ABC’s “Good Morning America” Tuesday, he said, “I never said", "Donald Trump", "he [[said]],",
          "On ABC’s “Good Morning America”", "interview"),
    ]},
    # ------------------------------------------------------------------ 2
    {"doc": "breitbart_2016-08-15_biden-stumping-for-clinton-trash", "commitments": [
        C("The Wall Street Journal called on Trump to get his act together or drop out in favor of his running mate.",
          "The Wall Street Journal", "The Wall Street Journal", "demand", "called on",
          "get his act together or drop out in favor of his running mate", target="Donald Trump"),
        C("“He needs to stop blaming everyone else and decide if he wants to behave like someone who wants to be "
          "president — or turn the nomination over to Mike Pence,” the conservative-leaning newspaper wrote.",
          "The Wall Street Journal", "the conservative-leaning newspaper", "demand", "needs to",
          "stop blaming everyone else and decide if he wants to behave like someone who wants to be "
          "president — or turn the nomination over to Mike Pence", target="Donald Trump"),
    ], "channels": [
        H("hit the 2016 campaign trail with Hillary Clinton for the first time, trashing Donald Trump",
          "Joe Biden", "trashing", "the 2016 campaign trail", "rally_or_speech"),
        H("In a scathing opinion piece, The Wall Street Journal called on Trump", "The Wall Street Journal",
          "called on", "In a scathing opinion piece", "article_or_oped"),
    ]},
    # ------------------------------------------------------------------ 3
    {"doc": "huff-post_2016-03-10_trump-says-he-never-pledged-to-k", "commitments": [
        C("Instead, Trump told CNN, his policy would merely be “to go after them” if he wins the White House.",
          "Donald Trump", "Trump", "promise", "would", "go after them",
          condition="if he wins the White House"),
        C("while he said he would bring back waterboarding for the terrorists themselves",
          "Donald Trump", "said [[he]] would", "promise", "would",
          "bring back waterboarding for the terrorists themselves"),
        C("“I’ll work on it with the generals.”", "Donald Trump", "I", "promise", "’ll",
          "work on it with the generals"),
        C("“I would be very, very firm with families,”", "Donald Trump", "I", "promise", "would",
          "be very, very firm with families"),
    ], "channels": [
        H("Instead, Trump told CNN, his policy", "Donald Trump", "told", "CNN", "interview"),
        H("he said in a different media appearance.", "Donald Trump", "said", "in a different media appearance",
          "interview"),
    ]},
    # ------------------------------------------------------------------ 4
    {"doc": "huff-post_2016-08-12_why-progressives-are-celebrating", "commitments": [
        C("Progressive groups encouraging Hillary Clinton to run on a platform of bold economic change",
          "Progressive groups", "Progressive groups", "demand", "encouraging",
          "run on a platform of bold economic change", target="Hillary Clinton"),
        C("offered her firmest promise yet that she would not allow the accord to pass.",
          "Hillary Clinton", "offered [[her]] firmest", "promise", "promise",
          "she would not allow the accord to pass"),
        C("“I will stop any trade deal that kills jobs or holds down wages, including the Trans-Pacific Partnership,”",
          "Hillary Clinton", "I", "promise", "will",
          "stop any trade deal that kills jobs or holds down wages, including the Trans-Pacific Partnership"),
        C("I’ll oppose it after the election.", "Hillary Clinton", "I", "promise", "’ll",
          "oppose it after the election", timeframe="after the election"),
        C("And I’ll oppose it as president.", "Hillary Clinton", "I", "promise", "’ll", "oppose it as president",
          timeframe="as president"),
        C("Democracy for America, a digital progressive activism outfit that endorsed Sanders in the primary, launched "
          "a petition campaign with CREDO Action on Wednesday asking Clinton to urge the White House and Democratic "
          "congressional leaders not to pass the TPP.",
          "Democracy for America and CREDO Action", "Democracy for America", "demand", "asking",
          "urge the White House and Democratic congressional leaders not to pass the TPP",
          target="Hillary Clinton"),
    ], "channels": [
        H("Adam Green, co-founder of the Progressive Campaign Change Committee, said in a statement.", "Adam Green",
          "said", "in a statement", "written_statement"),
        H("Hillary Clinton cast herself as a champion of working people during a speech in Warren, Michigan",
          "Hillary Clinton", "cast", "during a speech in Warren, Michigan", "rally_or_speech"),
        H("the progressive heavyweights wrote in a joint statement.", "Felicia Wong and Stan Greenberg", "wrote",
          "in a joint statement", "written_statement"),
        H("launched a petition campaign with CREDO Action on Wednesday asking Clinton",
          "Democracy for America and CREDO Action", "asking", "a petition campaign", "written_statement"),
        H("must not happen,” Chamberlain said in a statement.", "Charles Chamberlain", "said", "in a statement",
          "written_statement"),
    ]},
    # ------------------------------------------------------------------ 5
    {"doc": "nyt_2016-03-15_sanders-advances-agenda-via-side", "commitments": [
        C("it expanded the government services that Mr. Sanders demanded.", "Bernie Sanders", "Mr. Sanders",
          "demand", "demanded", "the government services"),
    ], "channels": [
        H("And he boasts about them  on the campaign trail:", "Bernie Sanders", "boasts", "on the campaign trail",
          "rally_or_speech"),
        H("Mr. Sanders told CNN last year.", "Bernie Sanders", "told", "CNN", "interview"),
    ]},
    # ------------------------------------------------------------------ 6
    {"doc": "nyt_2016-08-22_foundation-and-donors-complicate", "commitments": [
        C("the organization would no longer accept foreign or corporate donations should Mrs. Clinton win in November.",
          "Clinton Foundation", "the organization", "promise", "would",
          "no longer accept foreign or corporate donations", condition="should Mrs. Clinton win in November"),
        C("and yet the foundation submitted to even more rigorous standards when Clinton declared her candidacy for "
          "president, and is pledging to go even further if she wins.",
          "Clinton Foundation", "the foundation", "promise", "pledging", "go even further",
          condition="if she wins"),
        C("Mr. Clinton said Thursday he would leave the foundation's board if Mrs. Clinton won.",
          "Bill Clinton", "Thursday [[he]] would", "promise", "would", "leave the foundation's board",
          condition="if Mrs. Clinton won"),
        C("Mrs. Clinton agreed to keep foundation matters separate from official business, including a pledge",
          "Hillary Clinton", "Mrs. Clinton", "promise", "agreed",
          "keep foundation matters separate from official business"),
        C("Mrs. Clinton agreed to keep foundation matters separate from official business, including a pledge to "
          "''not participate personally and substantially in any particular matter that has a direct and "
          "predictable effect upon'' the foundation without a waiver.",
          "Hillary Clinton", "Mrs. Clinton", "promise", "pledge",
          "''not participate personally and substantially in any particular matter that has a direct and "
          "predictable effect upon'' the foundation without a waiver"),
        C("On Thursday, Mr. Clinton said the gathering in September in New York would be the foundation's last.",
          "Bill Clinton", "Mr. Clinton", "promise", "would", "be the foundation's last"),
    ], "channels": [
        H("former President Bill Clinton told foundation employees on Thursday that", "Bill Clinton", "told",
          "foundation employees", "rally_or_speech"),
        H("he said in a statement, ''and yet the foundation", "Brian Fallon", "said", "in a statement",
          "written_statement"),
        H("Mr. Chagoury explained through a spokesman that", "Gilbert Chagoury", "explained", "through a spokesman",
          "other"),
        H("arranged about a dozen meetings with State Department officials on behalf of or with Mr. Pinchuk to "
          "discuss the continuing political crisis in Ukraine, according to reports Mr. Schoen filed as a "
          "registered lobbyist.", "Douglas E. Schoen", "according to",
          "reports Mr. Schoen filed as a registered lobbyist", "written_statement"),
        H("wrote in a June 2012 email to Mrs. Clinton.", "Melanne Verveer", "wrote",
          "in a June 2012 email to Mrs. Clinton", "email_or_letter"),
    ]},
    # ------------------------------------------------------------------ 7
    {"doc": "politico_2016-08-17_ap-trump-chair-routed-ukrainian-", "commitments": [
        C("Weber announced earlier this month that he will not support Trump.", "Vin Weber", "that [[he]] will",
          "promise", "will", "not support Trump"),
    ], "channels": [
        H("The revelation, provided to The Associated Press by people directly knowledgeable about the effort",
          "people directly knowledgeable about the effort", "provided", "The Associated Press", "interview"),
        H("Gates told the AP that he and Manafort", "Rick Gates", "told", "the AP", "interview"),
        H("The heads of both lobbying firms told AP they concluded", "Tony Podesta and Vin Weber", "told", "AP",
          "interview"),
        H("said Gates described the nonprofit's role in an April, 2012 meeting as supplying", "Rick Gates",
          "described", "in an April, 2012 meeting", "other"),
        H("In separate interviews, three current and former Podesta employees said disagreements",
          "three current and former Podesta employees", "said", "In separate interviews", "interview"),
        H("A legal opinion drafted for the project for Mercury in May 2012, and obtained by AP, concluded that",
          "legal counsel for Mercury", "concluded", "A legal opinion", "written_statement"),
        H("she said in a statement to the AP.", "Kimberley Fritts", "said", "in a statement to the AP",
          "written_statement"),
        H("the nonprofit provided a signed statement affirming its independence",
          "European Centre for a Modern Ukraine", "affirming", "a signed statement", "written_statement"),
        H("Podesta told the AP his firm worked closely", "Tony Podesta", "told", "the AP", "interview"),
        H("said John Ward Anderson, a current Podesta employee who attended the meeting, in a statement provided by "
          "his firm.", "John Ward Anderson", "said", "[[in a statement]] provided", "written_statement"),
        H("Gates, in contrast, told AP he was working", "Rick Gates", "told", "AP", "interview"),
        H("Weber told AP that Manafort discussed", "Vin Weber", "told", "AP", "interview"),
        H("Manafort discussed the project before it began in a conference call with Podesta and himself.",
          "Paul Manafort", "discussed", "in a conference call with Podesta and himself", "other"),
        H("Ina Kirsch, told the AP her group", "Ina Kirsch", "told", "the AP", "interview"),
        H("The Justice Department's own published guidelines describe foreign political parties", "Justice Department",
          "describe", "The Justice Department's own published guidelines", "written_statement"),
    ]},
    # ------------------------------------------------------------------ 8
    {"doc": "wash-post_2016-03-18_why-obama-s-high-court-pick-migh", "commitments": [
        C("but only to tell Garland that he won't agree to a \"perfunctory\" sit-down.", "Mitch McConnell",
          "that [[he]] won't", "promise", "won't", "agree to a \"perfunctory\" sit-down"),
        C("McConnell has said repeatedly \"the next president\" should choose the nominee.", "Mitch McConnell",
          "McConnell", "demand", "should", "choose the nominee", target="the next president"),
        C("though she praised Garland and said Republicans should give him a hearing", "Hillary Clinton", "she",
          "demand", "should", "give him a hearing", target="Senate Republicans"),
    ], "channels": [
        H("agreed to a phone call on Wednesday, but only to tell Garland", "Mitch McConnell", "tell", "a phone call",
          "other"),
        H("Obama privately made the case to 23 progressive group leaders that", "Obama", "made the case",
          "23 progressive group leaders", "rally_or_speech"),
    ]},
]
