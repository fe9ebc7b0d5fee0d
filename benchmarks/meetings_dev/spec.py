"""Hand-written meeting annotation of the 20 dev-gold articles, by ``docs/meeting-guidelines.md``.

Written and frozen before onrecord's meeting pass was run on any of these articles. Every span is a
quoted string that occurs exactly once inside its anchor fragment, and the anchor occurs exactly once
in the article; ``"ctx [[span]] ctx"`` marks a span inside disambiguating context (the convention of
``benchmarks/heldout/spec.py``). ``build.py`` turns this into ``meetings.jsonl``. Articles are listed
whether or not they hold a meeting (an empty list is a claim too). Borderline cases left out are listed
in ``LEFT_OUT`` (for the record; the builder ignores them).
"""

from __future__ import annotations


def M(anchor: str, span: str, participants: list[str], place: str | None, when: str | None,
      status: str) -> dict:
    """One meeting (one occasion), annotated at its first mention."""
    return {"anchor": anchor, "span": span, "participants": participants, "place": place, "when": when,
            "status": status}


ARTICLES: list[dict] = [
    {"doc": "breitbart_2016-09-30_the-latest-trump-urges-supporter", "meetings": []},
    {"doc": "breitbart_2016-10-03_the-latest-trump-s-leaked-taxes-", "meetings": []},
    {"doc": "huff-post_2016-09-10_trump-s-east-european-achilles-h", "meetings": [
        M("prompted NATO at its July summit in Warsaw to order", "its July summit in Warsaw",
          ["NATO", "Sweden", "Finland"], "Warsaw", "July", "past"),
    ]},
    {"doc": "huff-post_2016-09-20_elizabeth-warren-hammers-wells-f", "meetings": []},
    {"doc": "huff-post_2016-09-22_trump-the-dealmaker-could-addres", "meetings": []},
    {"doc": "huff-post_2016-09-27_hillary-clinton-goes-after-donal", "meetings": []},
    {"doc": "huff-post_2016-09-27_obama-power-plant-rules-face-key", "meetings": []},
    {"doc": "nyt_2016-09-08_obama-on-climate-change-the-tren", "meetings": [
        M("the two learned of a meeting of the leaders of Brazil, China, India and South Africa",
          "a meeting of the leaders of Brazil, China, India and South Africa",
          ["Obama", "Hillary Clinton", "Brazil", "China", "India", "South Africa"], "Copenhagen",
          "December 2009", "past"),
        M("A casual, get-acquainted summit meeting between Mr. Obama and Mr. Xi at the Sunnylands estate",
          "summit meeting between Mr. Obama and Mr. Xi at the Sunnylands estate",
          ["Obama", "Xi Jinping"], "the Sunnylands estate", "June 2013", "past"),
    ]},
    {"doc": "nyt_2016-09-16_clinton-plan-for-taxes-is-expans", "meetings": []},
    {"doc": "nyt_2016-09-19_old-hands-help-russia-navigate-u", "meetings": []},
    {"doc": "nyt_2016-09-28_what-mexico-could-do-when-up-aga", "meetings": [
        M("Mr. Peña Nieto invited Mr. Trump to a meeting in Mexico City",
          "Mr. Peña Nieto invited Mr. Trump to a meeting in Mexico City",
          ["Enrique Peña Nieto", "Donald J. Trump"], "Mexico City", None, "past"),
    ]},
    {"doc": "nyt_2016-10-02_a-curious-plan-to-fight-climate-", "meetings": [
        M("Patriot Coal's executives and advisers first met Mr. Clarke around the start",
          "Patriot Coal's executives and advisers first met Mr. Clarke",
          ["Patriot Coal", "Tom Clarke"], "the Charleston airport", "May 2015", "past"),
    ]},
    {"doc": "politico_2016-09-15_trump-s-favorite-tv-doctor-has-a", "meetings": []},
    {"doc": "politico_2016-09-17_de-blasio-says-chelsea-explosion", "meetings": []},
    {"doc": "politico_2016-09-22_judge-rejects-new-york-times-req", "meetings": []},
    {"doc": "usa-today_2016-09-08_candidates-vie-for-vets-support-", "meetings": []},
    {"doc": "wash-post_2016-09-08_virginian-could-make-history-aga", "meetings": []},
    {"doc": "wash-post_2016-09-18_e-u-leaders-weigh-plans-for-grea", "meetings": [
        M("European leaders gathered Friday to discuss", "European leaders gathered Friday",
          ["FranÃÂ§ois Hollande", "Angela Merkel", "Matteo Renzi", "Donald Tusk"], "Bratislava, Slovakia",
          "Friday", "past"),
    ]},
    {"doc": "wash-post_2016-09-25_federal-court-rules-against-ohio", "meetings": []},
    {"doc": "wash-post_2016-09-26_ah-friends-once-more-ted-cruz-en", "meetings": [
        M("At a tense breakfast with the Texas delegation the following morning",
          "a tense breakfast with the Texas delegation the following morning",
          ["Ted Cruz", "the Texas delegation"], None, "the following morning", "past"),
    ]},
]

# Borderline mentions judged not to be meetings under the guidelines (doc prefix: reason).
LEFT_OUT: list[str] = [
    "huff-post_2016-09-10: 'a March 2016 meeting with the editorial board of the Washington Post' -- "
    "an editorial-board interview",
    "huff-post_2016-09-27 power plants: 'U.N. climate talks in Paris' -- a conference, no two named parties",
    "nyt_2016-09-08: 'a broad discussion with historians' -- other side unnamed",
    "nyt_2016-09-08: 'the morning meetings' -- the president's own staff meetings, no occasion",
    "nyt_2016-09-08: 'he told a meeting of Pacific Island leaders' -- a speech to a meeting",
    "nyt_2016-09-08: 'began arduous negotiations with China', 'months of meetings with China' -- a "
    "process of many meetings, not one occasion",
    "nyt_2016-09-08: Xi and Obama 'sealed their agreement' (Nov. 11, 2014) and 'committed their two "
    "nations' in Hangzhou -- in person, but no words say a meeting took place",
    "nyt_2016-10-02: 'where he met his wife, Ana' -- making an acquaintance, not a meeting",
    "nyt_2016-10-02: 'in Richmond for a meeting with state officials' -- other side unnamed",
    "politico_2016-09-15: 'Trump's sit down with Oz' -- a taped TV interview",
    "breitbart_2016-09-30: 'Hillary Clinton called Alicia Machado on Friday' -- a phone call, not talks",
    "huff-post_2016-09-22: 'Trump spoke to a gathering of fracking industry leaders' -- a speech",
]
