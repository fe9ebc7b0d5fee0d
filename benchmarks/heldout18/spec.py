"""Hand-written annotation for held-out set 18 (BLIND, PolNeAR train articles).

Commitments and channels follow ``shared/data/ledger-gold-dev/guidelines.md`` unchanged; meetings follow
``docs/meeting-guidelines.md``. Same conventions as ``benchmarks/heldout9/spec.py`` (commitments ``C``,
channels ``H``, meetings ``M``): every span is a quoted string that occurs exactly once inside its anchor
fragment, and the anchor occurs exactly once in the article; ``"ctx [[span]] ctx"`` marks a span inside
disambiguating context. ``build.py`` turns this into ``gold.jsonl`` and ``meetings.jsonl``. Borderline cases
are listed in ``LEFT_OUT`` (for the record; the builder ignores them). BLIND: scored only in aggregate.
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
    "breitbart_2016-04-15_daggers-drawn-as-trump-cruz-wage",
    "huff-post_2015-11-11_dems-react-to-gop-debate",
    "huff-post_2016-04-20_hillary-clinton-won-among-wall-s",
    "politico_2016-04-13_standing-with-activists-mark-viv",
    "usa-today_2015-11-23_trump-leads-pack-terrorism-a-top",
    "west-journal_2015-11-18_donald-trump-just-revealed-who-h",
    "west-journal_2016-04-18_trump-s-son-says-the-battle-agai",
]

ARTICLES = [
    # ------------------------------------------------------------------ 1 (index 4)
    {"doc": "breitbart_2015-11-19_exclusive-excerpt-dinesh-d-souza", "commitments": [
        C("the FBI recorded him instructing a government witness to lie under oath", "Sant Singh Chatwal",
          "him", "demand", "instructing", "lie under oath", target="a government witness"),
        C("Having announced that he would not send me to prison", "Berman", "that [[he]] would", "promise",
          "would", "not send me to prison"),
    ], "channels": [
        H("as I discussed my sentence on the Fox News Channel’s The Kelly File", "Dinesh D’Souza", "discussed",
          "on the Fox News Channel’s The Kelly File", "interview"),
        H("I told Megyn Kelly that the government tried to put me away", "Dinesh D’Souza", "told", "Megyn Kelly",
          "interview"),
        H("I told Megyn not to worry", "Dinesh D’Souza", "told", "Megyn", "interview"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 2 (index 244)
    {"doc": "nyt_2015-11-17_terrorism-moves-to-fore-of-u-s-c", "commitments": [
        C("And Mike Huckabee called for denying entry to travelers from countries with a ''strong presence'' of the "
          "Islamic State or Al Qaeda.", "Mike Huckabee", "Mike Huckabee", "demand", "called for",
          "denying entry to travelers from countries with a ''strong presence'' of the Islamic State or Al Qaeda"),
        C("most Republican voters will not be satisfied with 'We'll bomb the S out of them,''' said Senator John "
          "McCain of Arizona, referring to Mr. Trump's more pungent vow", "Donald J. Trump", "We", "promise",
          "We[['ll]] bomb", "bomb the S out of them"),
        C("And aides to Gov. Chris Christie of New Jersey, a former federal prosecutor, and Gov. John R. Kasich of "
          "Ohio, who had a long career in Congress, said their stump speeches, already replete with references to "
          "their national security experience, would focus even more heavily on the subject.",
          "Chris Christie and John R. Kasich", "aides", "promise", "would",
          "focus even more heavily on the subject"),
    ], "channels": [
        H("The day before, at a rally in Beaumont, Tex., Mr. Trump was just as blunt, claiming without any evidence",
          "Donald J. Trump", "claiming", "at a rally in Beaumont, Tex.", "rally_or_speech"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 3 (index 304)
    {"doc": "nyt_2016-04-21_crucial-wins-for-clinton-and-tru", "commitments": [
        C("He said, twice, that he was going to get up and go back to work for the nomination on Wednesday morning",
          "Donald J. Trump", "that [[he]] was", "promise", "was going to",
          "get up and go back to work for the nomination on Wednesday morning", timeframe="on Wednesday morning"),
        C("who said he intended to get ''recharged and take a day off.''", "Bernie Sanders", "said [[he]] intended",
          "promise", "intended", "get ''recharged and take a day off.''"),
    ], "channels": [
        H("Smiling broadly throughout her victory speech, Mrs. Clinton drew cheers as she thanked", "Hillary Clinton",
          "thanked", "throughout her victory speech", "rally_or_speech"),
        H("then flew home to Burlington, Vt., and spoke to reporters just after the race was called",
          "Bernie Sanders", "spoke", "reporters", "press_remarks"),
        H("''I think I'll get there,'' Mr. Trump said in an interview before the polls closed.", "Donald J. Trump",
          "said", "in an interview", "interview"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 4 (index 364)
    {"doc": "politico_2015-11-19_trump-calls-for-bringing-back-su", "commitments": [
        C("Trump calls for bringing back surveillance of Muslim communities.", "Donald Trump", "Trump", "demand",
          "calls for", "bringing back surveillance of Muslim communities"),
        C('Trump says in the spot titled "Dangerous," warning against allowing in the refugees coming from Syria, '
          'pledging to "quickly and decisively bomb the hell out of ISIS."', "Donald Trump", "Trump", "promise",
          "pledging", "quickly and decisively bomb the hell out of ISIS"),
        C("he expanded upon his calls for increased surveillance of the Muslim community in the United States",
          "Donald Trump", "his", "demand", "calls for",
          "increased surveillance of the Muslim community in the United States"),
        C("Trump called upon Mayor Bill de Blasio to restart surveillance of mosques and the city's Muslim community",
          "Donald Trump", "Trump", "demand", "called upon",
          "restart surveillance of mosques and the city's Muslim community", target="Bill de Blasio"),
        C('he remarked. "And I think we ought to start it up and not be naive and not be stupid. And they ought to '
          'start that up immediately."', "Donald Trump", "[[he]] remarked", "demand", "they [[ought to]] start",
          "start that up immediately", timeframe="immediately", target="Bill de Blasio"),
    ], "channels": [
        H("In a string of new radio ads announced Wednesday, Trump and his supporters talk about",
          "Donald Trump and his supporters", "talk about", "In a string of new radio ads", "other"),
        H('Trump says in the spot titled "Dangerous,"', "Donald Trump", "says", "in the spot", "other"),
        H("warning followers on social media and in interviews that the Islamic State", "Donald Trump", "warning",
          "on social media and in interviews", "social_post"),
        H('the Republican presidential candidate said in a Thursday interview with Sirius XM\'s "Breitbart News '
          'Daily."', "Donald Trump", "said", 'in a Thursday interview with Sirius XM\'s "Breitbart News Daily."',
          "interview"),
        H("A federal lawsuit was filed in 2012 challenging the New York Police Department's surveillance",
          "the plaintiffs", "challenging", "A federal lawsuit", "written_statement"),
        H("Trump told Yahoo in response to a question about the searches.", "Donald Trump", "told", "Yahoo",
          "interview"),
        H("Trump continued his push on Twitter and Instagram, referencing", "Donald Trump", "referencing",
          "on Twitter and Instagram", "social_post"),
        H("In an Instagram video Thursday, Trump speculated", "Donald Trump", "speculated", "In an Instagram video",
          "social_post"),
        H("In a later tweet, the candidate boasted that", "Donald Trump", "boasted", "In a later tweet",
          "social_post"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 5 (index 544)
    {"doc": "usa-today_2016-04-27_clinton-takes-pa-md-and-del-most", "commitments": [
        C("Sanders wins R.I., vows to press on to next primary.", "Bernie Sanders", "Sanders", "promise", "vows",
          "press on to next primary"),
    ], "channels": [
        H("Sanders told a cheering crowd in West Virginia that he expects", "Bernie Sanders", "told",
          "a cheering crowd in West Virginia", "rally_or_speech"),
        H("Clinton said to a raucous crowd in Philadelphia.", "Hillary Clinton", "said",
          "a raucous crowd in Philadelphia", "rally_or_speech"),
        H("Sanders himself acknowledged in an MSNBC forum Monday night", "Bernie Sanders", "acknowledged",
          "in an MSNBC forum", "interview"),
        H("Following Sanders on MSNBC, Clinton seemed to implore Sanders to let up on his critiques",
          "Hillary Clinton", "implore", "on MSNBC", "interview"),
        H("Sanders continued delivering an extended version of his stump speech to hitting all of his core issues.",
          "Bernie Sanders", "hitting", "an extended version of his stump speech", "rally_or_speech"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 6 (index 604)
    {"doc": "wash-post_2015-11-13_cruz-rubio-take-off-the-kid-glov", "commitments": [
        C("He has also called for doubling the caps on green cards.", "Ted Cruz", "He", "demand", "called for",
          "doubling the caps on green cards"),
        C("Cruz made an unprompted call for an end to sugar subsidies", "Ted Cruz", "Cruz", "demand", "call for",
          "an end to sugar subsidies"),
        C('"The Gang of Eight, all eight of them, agreed to vote against every amendment that would strengthen the '
          'bill from an enforcement perspective,"', "Gang of Eight", "The Gang of Eight", "promise", "agreed",
          "vote against every amendment that would strengthen the bill from an enforcement perspective"),
    ], "channels": [
        H("telling conservative radio host Laura Ingraham that Rubio had opposed", "Ted Cruz", "telling",
          "conservative radio host Laura Ingraham", "interview"),
        H('During Tuesday night\'s debate, Cruz made an unprompted call for an end to sugar subsidies, calling them',
          "Ted Cruz", "calling", "During Tuesday night's debate", "debate"),
        H("At a Chamber of Commerce summit in Hilton Head, S.C., Rubio offered a defense", "Marco Rubio",
          "offered a defense", "At a Chamber of Commerce summit in Hilton Head, S.C.", "rally_or_speech"),
        H("but he quickly did so in a news conference after the event.", "Marco Rubio", "did so",
          "in a news conference", "press_remarks"),
    ], "meetings": []},
    # ------------------------------------------------------------------ 7 (index 664)
    {"doc": "wash-post_2016-04-17_donald-trump-is-not-a-racist-guy", "commitments": [
        C("LeVell said the group is not a political committee and will raise no money for Trump.",
          "National Diversity Coalition for Trump", "the group", "promise", "will", "raise no money for Trump"),
        C("Joseph Hunter, a black conservative blogger in Chicago, said he will not vote for Trump", "Joseph Hunter",
          "said [[he]] will", "promise", "will", "not vote for Trump"),
    ], "channels": [
        H("34, to be exact, according to the website.", "National Diversity Coalition for Trump", "according to",
          "the website", "written_statement"),
        H("Recently she announced on her Facebook page", "Dahlys Hamilton", "announced", "on her Facebook page",
          "social_post"),
        H("a recent appearance on an urban radio station during which callers asked how much money", "callers",
          "asked", "a recent appearance on an urban radio station", "interview"),
        H("LeVell assured the mostly white crowd.", "Bruce LeVell", "assured", "the mostly white crowd",
          "rally_or_speech"),
    ], "meetings": [
        M("And on Monday, he and other members of the group he co-founded will hold a coming-out party at Trump "
          "headquarters in New York - with the candidate.",
          "he and other members of the group he co-founded will hold a coming-out party at Trump headquarters in "
          "New York - with the candidate", ["Bruce LeVell", "National Diversity Coalition for Trump", "Donald Trump"],
          "Trump headquarters in New York", "Monday", "scheduled"),
    ]},
]

LEFT_OUT = """
Selection: all 14 candidates read under the rule (indices 4, 64, 124, ..., 784); the list ended with 7 kept
  (fewer than 8), so no file was left unread.
breitbart_2016-04-15 (skipped): Collins "said Trump campaign strategists plan to secure enough delegates" (a
  supporter's account of another party's plan, A.2-7); "Republican elders do not plan to elevate" (experts);
  "warned of a "ferocious" battle" and Cruz's "it will be the delegates ..." (predictions).
huff-post_2015-11-11 (skipped): embedded tweets only; no commitment.
huff-post_2016-04-20 (skipped): "Clinton has been asked to release the transcripts" (passive, no holder);
  Clinton "Let everybody ... release them. We'll all release them at the same time" (a conditional offer to
  a generic group, A.2-19; generic inclusive "we all").
politico_2016-04-13 (skipped): "unveiled a proposal to create ..." (proposal); "we are interested in moving
  forward" (interest); "clear commitment with regards to how she is going to help" (nominal dedication);
  "declined a question about whether she would lead" (refusal to answer).
usa-today_2015-11-23 (skipped): "He has proposed conducting surveillance on mosques", "signaled support for a
  database" (proposal, support).
west-journal_2015-11-18 (skipped): "If [Cruz] catches on, I guess we'll have to go to war" (hedged,
  figurative); "Like the page" (publisher promo); "plan to accept as many as 800,000" (nominal plan).
west-journal_2016-04-18 (skipped): Eric Trump "he's certainly going to go after it", "He's going to go after
  her" (a relative's assurance about another person's action, A.2-7/16).
breitbart_2015-11-19: the excerpt's author (Dinesh D'Souza) is never a holder (A.2-17): "I will never do it
  again", "I urged the judge to give me a fair sentence", "I told Megyn not to worry" are not annotated as
  commitments; his reported statements are still given channels where one is named. Brafman's "a badge of
  honor I will display proudly" (figurative) and "I will also have great joy" (attitude); "the judge said he
  could not require me to pay restitution" (inability); "Judge Berman initially planned to give me prison time"
  (author's view); the author's imagined message "we're not going to come through for you"; "she would have to
  tell Bharara" (speculation). Channels left out: "making it clear to the judge", "I urged the judge" (an
  individual addressee in court, not an audience or outlet); "We cite in our memo a dozen cases" (evidence
  cited inside a quotation); "when I emailed Brafman to thank him" (no reported content) and "he replied"
  (medium not named). Included although debatable: "Having announced that he would not send me to prison"
  (a judge's announced own future act, A.2-5); Chatwal "instructing a government witness to lie under oath"
  (a past directive with a specific target, A.2-3); D'Souza's channels on The Kelly File and to Megyn Kelly.
nyt_2015-11-17: Rubio "anticipated that a question-and-answer session ... would focus" (prediction); "Jeb Bush
  was recasting an address ..." (progressive, narrator); "how he would form a coalition", "whom he would first
  call" (topics of questions); Maslin "the West has to shut down its borders" (a pollster's narrative);
  Coons's predictions. Channels left out: Sanders "dispensed with the threat ... in two sentences at the start
  of the Democratic debate" and Clinton "speaking at length" (no content cue; the debate phrase hangs on
  Sanders's nominal "treatment"); Carson's "inability to answer ... on ''Fox News Sunday''" (negated); "after
  pushing out a new video about ..." (no cue). Included although debatable: McCain's quotation of Trump's
  "We'll bomb the S out of them", which the narrator calls "Mr. Trump's more pungent vow" (promise, holder
  Trump); the aides' "their stump speeches ... would focus even more heavily on the subject" (campaign
  operations announced by aides, A.2-5; holder the two candidates, holder_span the attribution mention).
nyt_2016-04-21: Sanders "said he hoped it would change" (hope); Jacobs "he now has to ask himself", "we have to
  start uniting the party" (party-wide inclusive); "we are going to do well", Devine "we're going to have to have
  some big wins", Trump "I think I'll get there" (predictions); "whom Mr. Trump empowered to help him" (past).
  Channels left out: "led her to declare that the Democratic nomination was ''in sight.''" (no channel); "As he
  spoke in the lobby of Trump Tower" (bare location; no cue with content in that sentence). Decision: the
  coordinated "thanked ... and then boomed" is one entry (cue "thanked"). Included although debatable: "spoke to
  reporters" (content in the following sentences); "intended to get ''recharged and take a day off.''" (a
  stated own plan, as "plans").
politico_2015-11-19: "suggesting that he would do whatever it took" (implied, not stated); "the candidate's plan
  to strengthen the military" (nominal plan); "America needs to get tough", "we ought to start it up again",
  "We're going to have to do things that we never did before", "We need a new leader" (national or generic
  inclusive); "And use your head" (attitude); "warning against allowing in the refugees" (no addressee, no
  directive trigger); "certain things will be done" (passive prediction). Channels left out: "did not rule out
  warrantless searches" in the Yahoo interview (negated); the appeals court "ruling that it could not accept
  ..." (no channel phrase, as dev "The appeals court ruled"); "Trump from his desk" (no verb). Decisions: the
  spot's "says ..., warning ..., pledging ..." is one channel entry (cue "says"); "titled "Dangerous,"" is a
  participial modifier left out of the channel; "warning followers on social media and in interviews" is one
  entry typed social_post; target of "they ought to start that up immediately" resolved to Bill de Blasio (the
  official called upon in the same passage). Included although debatable: "they ought to start that up
  immediately" (a political actor's should-type demand on a specific other party); the radio ads' "Trump and his
  supporters talk about" (type other); the lawsuit "challenging" (speaker the plaintiffs).
usa-today_2016-04-27: "it is clear that he has no plan to get out of the race" (narrator); "he expects to win"
  (prediction); Clinton "seemed to implore Sanders to let up on his critiques" (hedged, implied: not a
  commitment); "I did not say ... I will support Sen. Obama" (counterfactual, negated); "doesn't appear ready to
  ease off" (narrator). Channels left out: "was declared the winner ... by news organizations" (no channel
  phrase); "saying she applauded him" (no channel in that sentence). Included although debatable: "Following
  Sanders on MSNBC, Clinton seemed to implore" (channel on MSNBC, cue "implore"); the garbled "delivering an
  extended version of his stump speech to hitting all of his core issues" (cue "hitting", the speech as
  channel); the MSNBC forum typed interview (televised questions, as dev's NBC forum).
wash-post_2015-11-13: "he proposed giving them work permits" (proposal); "the border must be secured first",
  "the system needs to be reformed" (agentless); "a law that says we're going to build more walls"
  (hypothetical). Channels left out: "Rubio said after a campaign stop in South Carolina" (a time, not the
  channel); "When asked by Ingraham ..., Cruz said" (the phrase is the asker of a question, not the channel of
  the statement); "Rubio's campaign tweeted a YouTube.com video ... that showed Cruz discussing" (distributed
  footage, display verb); "in response to Ingraham's questions" and "in response to a friendly question" (no
  channel). Decision: "made an unprompted call ..., calling them "corporate welfare."" takes the participle
  "calling" as cue. Included although debatable: Cruz's report that the Gang of Eight "agreed to vote against
  every amendment ..." (a counterparty agreement, A.2-5); "he quickly did so in a news conference after the
  event" (light-verb cue "did so"; "after the event" a trailing temporal).
wash-post_2016-04-17: "will hold a coming-out party" (narrator schedule: not a commitment); "I will stand in
  front of a freight train and defend ..." (figurative, A.2-20); "So they say they will think about it"
  (unnamed people, thought); "Trump just wants to keep the country safe" (desire); "plan to announce the
  endorsements" (nominal); "I'm getting off ... and boarding the Trump train" (present, figurative). Channels
  left out: "supporters who defend him on cable news" (habitual, unnamed, no content); "During his visit to
  Trump Tower, LeVell said he saw" (the time of the seeing); "LeVell declared, a point he likes to make after a
  recent appearance" (his statement is not made at the appearance). Meetings left out: the endorsement event
  LeVell was "invited by Scott" to, "his visit to Trump Tower" (an event, an invitation, a place), the flight
  with Trump and the Macon rally. Included although debatable: the coalition "will raise no money for Trump"
  (LeVell speaking for the group he co-founded, A.2-5); "according to the website" (channel of the group's
  website); the callers who "asked" during the radio appearance; the scheduled "coming-out party at Trump
  headquarters in New York - with the candidate" as a meeting between the coalition and Trump.
"""
