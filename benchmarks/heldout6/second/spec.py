"""Second, independent annotation of heldout6 (8 PolNeAR train articles), dev guidelines unchanged.
Every span is a quoted string occurring once inside its anchor; anchors occur once in the article.
"ctx [[span]] ctx" marks a span inside disambiguating context."""


def C(anchor, holder, holder_span, kind, trigger, content, condition=None, timeframe=None, target=None):
    return {"anchor": anchor, "holder": holder, "holder_span": holder_span, "kind": kind, "trigger": trigger,
            "content": content, "condition": condition, "timeframe": timeframe, "target": target}


def H(anchor, speaker, cue, channel, type):  # noqa: A002
    return {"anchor": anchor, "speaker": speaker, "cue": cue, "channel": channel, "type": type}


ARTICLES = [
    {"doc": "breitbart_2016-02-16_donald-trump-praises-breitbart-s", "date": "2016-02-16", "commitments": [
        C("Whether we save $100 billion a year or $350 billion a year, we’re going to competitive bid.",
          "Donald Trump", "[[we]]’re going", "promise", "going to", "competitive bid"),
    ], "channels": [
        H("Donald Trump praised Breitbart News’ Washington Political Editor Matthew Boyle at a press conference in Hanahan, South Carolina on Monday",
          "Donald Trump", "praised", "at a press conference in Hanahan, South Carolina", "press_remarks"),
        H("which ran a nearly 3,000-word article on him naming him", "Daily Beast", "naming",
          "a nearly 3,000-word article", "article_or_oped"),
        H("Tweeted out Trump’s praise of Boyle", "Lloyd Grove", "Tweeted", "Tweeted", "social_post"),
    ]},
    {"doc": "huff-post_2016-02-24_donald-trump-picks-up-his-first-", "date": "2016-02-24", "commitments": [
        C("Donald Trump is a serial liar, rampant xenophobe, racist, misogynist, birther and bully who has repeatedly pledged to ban all Muslims — 1.6 billion members of an entire religion — from entering the U.S.",
          "Donald Trump", "Donald Trump", "promise", "pledged",
          "ban all Muslims — 1.6 billion members of an entire religion — from entering the U.S."),
    ], "channels": [
        H("Collins said in a statement obtained by The Buffalo News", "Chris Collins", "said", "in a statement",
          "written_statement"),
        H("Hunter, meanwhile, told Politico on Wednesday", "Duncan Hunter", "told", "Politico", "interview"),
    ]},
    {"doc": "huff-post_2016-07-27_guns-are-the-ultimate-public-hea", "date": "2016-07-27", "commitments": [
        C("The Democratic Leadership Council, the centrist Dem organization that then-Arkansas Gov. Bill Clinton chaired in the early 1990s, pushed Democrats to moderate their stance on gun control and to say they support the Second Amendment",
          "Democratic Leadership Council", "The Democratic Leadership Council", "demand", "pushed",
          "moderate their stance on gun control and to say they support the Second Amendment", target="Democrats"),
    ], "channels": [
        H("Howard Dean Tells Democratic Convention.", "Howard Dean", "Tells", "Democratic Convention", "rally_or_speech"),
        H("proclaimed to a cheering crowd at the Democratic National Convention on Tuesday", "Howard Dean", "proclaimed",
          "a cheering crowd at the Democratic National Convention", "rally_or_speech"),
    ]},
    {"doc": "nyt_2016-02-20_for-pope-it-s-bigger-than-trump-", "date": "2016-02-20", "commitments": [
        C("as he called for greater Christian ethics in business", "Francis", "he", "demand", "called for",
          "greater Christian ethics in business"),
        C("He has challenged his own bishops to be humbler, to get out onto the streets and be more compassionate.",
          "Francis", "He", "demand", "challenged",
          "be humbler, to get out onto the streets and be more compassionate", target="Francis's own bishops"),
    ], "channels": [
        H("When Francis said Mr. Trump ''is not Christian'' in answering a reporter's question on his return flight from Mexico",
          "Francis", "said", "a reporter's question on his return flight from Mexico", "press_remarks"),
        H("Francis said in a speech to workers and business owners in Ciudad JuÃ¡rez, as he called", "Francis", "said",
          "in a speech to workers and business owners in Ciudad JuÃ¡rez", "rally_or_speech"),
        H("Francis said in a speech to workers and business owners in Ciudad JuÃ¡rez, as he called", "Francis",
          "called", "in a speech to workers and business owners in Ciudad JuÃ¡rez", "rally_or_speech"),
        H("the Vatican spokesman, Federico Lombardi, told Vatican Radio.", "Federico Lombardi", "told", "Vatican Radio",
          "interview"),
        H("In the final Mass of his Mexico trip, held along the United States border, Francis told the Biblical story",
          "Francis", "told", "In the final Mass of his Mexico trip", "rally_or_speech"),
    ]},
    {"doc": "nyt_2016-07-27_fed-governor-adopting-a-global-l", "date": "2016-07-27", "commitments": [
        C("Mrs. Clinton has said she intends to fill half her cabinet with women", "Hillary Clinton", "said [[she]] intends",
          "promise", "intends", "fill half her cabinet with women"),
        C("she spent long hours trying to cajole European leaders into addressing the Continent's problems with greater vigor",
          "Lael Brainard", "she", "demand", "cajole",
          "addressing the Continent's problems with greater vigor", target="European leaders"),
    ], "channels": [
        H("Ms. Brainard said at a New York conference in February", "Lael Brainard", "said", "at a New York conference",
          "rally_or_speech"),
        H("She said at the February conference that", "Lael Brainard", "said", "at the February conference",
          "rally_or_speech"),
        H("she told an audience of academics and policy makers at the United States Monetary Policy Forum", "Lael Brainard",
          "told", "an audience of academics and policy makers at the United States Monetary Policy Forum",
          "rally_or_speech"),
        H("said in a recent interview that Congress", "Laurence Meyer", "said", "in a recent interview", "interview"),
        H("And in that October speech, Ms. Brainard chimed in, breaking with the Fed's chairwoman, Janet L. Yellen, to argue",
          "Lael Brainard", "argue", "in that October speech", "rally_or_speech"),
    ]},
    {"doc": "politico_2016-02-19_more-hillary-clinton-emails-rele", "date": "2016-02-19", "commitments": [
        C("a federal judge handling a Freedom of Information Act lawsuit ordered the State Department to make monthly releases of the Clinton emails and to complete the process by the end of January",
          "federal judge handling a Freedom of Information Act lawsuit", "a federal judge", "demand", "ordered",
          "make monthly releases of the Clinton emails and to complete the process by the end of January",
          timeframe="by the end of January", target="State Department"),
        C("she has to seize this moment to flesh out a real foreign policy strategy rather than just a set of proposals, as important as they are. The president has given her the opening,\" Slaughter wrote",
          "Anne-Marie Slaughter", "\" [[Slaughter]] wrote", "demand", "has to",
          "seize this moment to flesh out a real foreign policy strategy rather than just a set of proposals",
          target="Hillary Clinton"),
        C("The message, sent to Clinton Chief of Staff Cheryl Mills and forwarded to Clinton, called it \"critical\" that she make such a speech",
          "Anne-Marie Slaughter", "The message", "demand", "called it \"critical\"", "she make such a speech",
          target="Hillary Clinton"),
    ], "channels": [
        H("Anne-Marie Slaughter wrote to Clinton in a March 19, 2011 message bearing", "Anne-Marie Slaughter", "wrote",
          "in a March 19, 2011 message", "email_or_letter"),
        H("Slaughter wrote in a June 10, 2009 email.", "Anne-Marie Slaughter", "wrote", "in a June 10, 2009 email",
          "email_or_letter"),
        H("The message, sent to Clinton Chief of Staff Cheryl Mills and forwarded to Clinton, called it",
          "Anne-Marie Slaughter", "called", "The message", "email_or_letter"),
        H("In a message released Friday, White House Chief of Staff Denis McDonough (then deputy national security adviser) heaps praise",
          "Denis McDonough", "heaps praise", "In a message", "email_or_letter"),
        H("McDonough wrote in a September 16, 2012 email to top State officials.", "Denis McDonough", "wrote",
          "in a September 16, 2012 email to top State officials", "email_or_letter"),
        H("a message from Undersecretary for Political Affairs Wendy Sherman, reporting that", "Wendy Sherman",
          "reporting", "a message", "email_or_letter"),
    ]},
    {"doc": "usa-today_2016-07-25_some-democrats-in-tight-races-wi", "date": "2016-07-25", "commitments": [],
     "channels": []},
    {"doc": "wash-post_2016-02-19_gowdy-promises-benghazi-panel-re", "date": "2016-02-19", "commitments": [
        C("Gowdy promises Benghazi panel report 'as soon as possible.'", "Trey Gowdy", "Gowdy", "promise", "promises",
          "Benghazi panel report 'as soon as possible.'", timeframe="as soon as possible"),
        C("Chairman Gowdy has always said he plans to release with the final report", "Trey Gowdy", "said [[he]] plans",
          "promise", "plans", "release with the final report"),
        C("He promised to release a report \"as soon as possible\" on the findings of the investigation.", "Trey Gowdy",
          "He", "promise", "promised", "release a report \"as soon as possible\" on the findings of the investigation",
          timeframe="as soon as possible"),
        C("a former Republican committee staffer announced plans to sue the panel", "former Republican committee staffer",
          "a former Republican committee staffer", "promise", "plans", "sue the panel"),
    ], "channels": [
        H("the aide said in an emailed statement.", "Republican committee aide", "said", "in an emailed statement",
          "written_statement"),
        H("Gowdy said in a statement.", "Trey Gowdy", "said", "in a statement", "written_statement"),
    ]},
]
