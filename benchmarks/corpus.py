"""A generated corpus of news-like articles for scale benchmarks.

    write_corpus(folder, n_sources, seed) -> total bytes

Articles come in story clusters (about eight articles per story). Each story
has invented organisations, people, places, figures and an event; each article
reports some of the story's facts in its own words, quotes people with their
roles, adds background and forecasts, and sometimes contradicts another
article's figure. Sentences are assembled from many parts with random fillers,
so text is varied rather than repeated. Names are made-up syllable strings so
nothing here refers to a real subject. Deterministic for a given seed.
"""

from __future__ import annotations

import random
from pathlib import Path

_SYLLABLES = ("ka", "ro", "mi", "tal", "ven", "dor", "li", "sa", "bren", "qui", "tor", "ne", "vas", "pel",
              "hu", "ga", "zen", "mar", "ol", "fi", "dra", "sel", "ux", "ran", "bo", "cay", "ler", "tis")
_FIRST = ("Maria", "James", "Aiko", "Samuel", "Leila", "Tomas", "Grace", "Ravi", "Elena", "Daniel", "Nadia",
          "Oliver", "Priya", "Lucas", "Hannah", "Omar", "Sofia", "Peter", "Mei", "Carlos", "Anna", "Kwame")
_ROLES = ("chief executive", "finance minister", "spokesperson", "senior analyst", "head of research",
          "chief economist", "regional director", "committee chair", "union leader", "policy adviser",
          "chief financial officer", "professor of economics", "trade representative", "mayor")
_ORG_KINDS = ("Group", "Holdings", "Industries", "Authority", "Council", "Bank", "Partners", "Institute",
              "Ministry of Trade", "Agency", "Foods", "Energy", "Logistics", "Systems", "Union")
_SECTORS = ("rail freight", "dairy exports", "wind power", "housing loans", "port traffic", "grain harvests",
            "textile orders", "tourism bookings", "copper mining", "water supply", "insurance claims",
            "airline capacity", "retail sales", "steel output", "fishing quotas", "bus services")
_EVENTS = ("a new tariff on imported {sector}", "a merger between {org} and {org2}", "a strike at {org}",
           "a drought that has hit {sector}", "a court ruling against {org}", "a subsidy scheme for {sector}",
           "new safety rules for {sector}", "a bid by {org} for a stake in {org2}", "a price cap on {sector}",
           "a flood that closed the main {sector} hub in {place}", "a licence review for {org}")
_METRICS = ("revenue", "profit", "output", "exports", "prices", "demand", "costs", "orders", "investment",
            "employment", "market share", "imports", "sales", "capacity")
_UP = ("rose", "climbed", "increased", "jumped", "grew", "edged up")
_DOWN = ("fell", "dropped", "declined", "slipped", "shrank", "plunged")
_PERIODS = ("in the first quarter", "in the second quarter", "last year", "in the six months to June",
            "over the past decade", "in the year to March", "since January", "in the third quarter")
_REASONS = ("as buyers held back ahead of the decision", "after weeks of uncertainty over supply",
            "helped by a weaker currency", "as fuel costs bit into margins", "on the back of strong demand abroad",
            "after regulators delayed approval", "because of disruption at the ports",
            "as smaller rivals lost customers", "despite a slowdown in the wider economy",
            "amid fears of further restrictions", "after two years of losses")
_SAY = ("said", "told reporters", "said in a statement", "wrote in a note to clients", "told a news conference",
        "said on Tuesday", "said in an interview")
_OUTLOOK = ("expects", "warned that", "predicted that", "believes", "forecast that")
_FUTURE = ("{metric} will recover by the end of next year", "the decision will be approved within months",
           "regulators will reject the plan", "{metric} could fall further in the coming quarters",
           "prices would stay high well into {year}", "the deal will create around {n} jobs",
           "the scheme is likely to be extended", "smaller producers may struggle to compete")
_BACKGROUND = ("The {sector} sector employs about {n} people in {place} and accounts for {pct} percent of exports.",
               "{org} was founded in {year} and has expanded into {n2} markets since then.",
               "Talks between the two sides began in {month} but stalled over the question of compensation.",
               "Critics in {place} argue the measure does little for households already facing {metric} pressure.",
               "{org} has cut {n} jobs since {year}, most of them in its {sector} business.",
               "A survey of {n2} firms in {place} found that {pct} percent planned to delay investment until {month}.",
               "The {sector} market in {place} was worth about {money} last year, according to industry estimates.",
               "Lawmakers in {place} are due to debate the {sector} question again in {month}.",
               "{org} shares have {moved} {pct} percent since {month}, valuing the company at {money}.",
               "Consumer groups said the change could add {pct} percent to bills for the average household in {place}.",
               "Officials in {place} have said they will review the policy again in {month}.",
               "The last comparable dispute, in {year}, took almost two years to resolve.",
               "Analysts had expected a smaller change, and shares in {org} moved sharply after the announcement.",
               "Residents of {place} have complained for years about the state of local infrastructure.",
               "The government has promised to publish a full assessment before the end of {month}.")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "September", "October", "November")


def _name(rng: random.Random, parts: int = 2) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(parts)).capitalize()


class _Story:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.orgs = [f"{_name(rng, rng.choice((2, 3)))} {rng.choice(_ORG_KINDS)}" for _ in range(4)]
        self.people = [(f"{rng.choice(_FIRST)} {_name(rng, 3)}", rng.choice(_ROLES), rng.choice(self.orgs))
                       for _ in range(4)]
        self.places = [_name(rng, rng.choice((2, 3))) for _ in range(3)]
        self.sector = rng.choice(_SECTORS)
        self.year = rng.randint(2015, 2027)
        self.event = rng.choice(_EVENTS).format(sector=self.sector, org=self.orgs[0], org2=self.orgs[1],
                                                place=self.places[0])
        self.facts = [self._fact() for _ in range(9)]

    def fill(self, template: str) -> str:
        rng = self.rng
        return template.format(
            sector=self.sector, org=rng.choice(self.orgs), org2=rng.choice(self.orgs), place=rng.choice(self.places),
            n=f"{rng.randint(2, 950) * 100:,}", n2=rng.randint(3, 40), pct=rng.randint(2, 60), year=self.year + rng.randint(0, 3),
            month=rng.choice(_MONTHS), metric=rng.choice(_METRICS),
            money=f"${rng.randint(2, 900)} {rng.choice(('million', 'billion'))}",
            moved=rng.choice(_UP + _DOWN),
        )

    def _fact(self) -> tuple[str, str, str, float, str, str]:
        rng = self.rng
        org = rng.choice(self.orgs)
        metric = rng.choice(_METRICS)
        up = rng.random() < 0.5
        value = round(rng.uniform(1.5, 48.0), 1)
        return (org, metric, rng.choice(_UP if up else _DOWN), value, rng.choice(_PERIODS), rng.choice(_REASONS))

    def fact_sentence(self, fact: tuple[str, str, str, float, str, str], *, skew: bool = False) -> str:
        rng = self.rng
        org, metric, verb, value, period, reason = fact
        if skew:  # another outlet's different number for the same thing
            value = round(value * rng.choice((0.6, 1.5)), 1)
        forms = (
            f"{org} said its {metric} {verb} {value} percent {period}, {reason}.",
            f"{metric.capitalize()} at {org} {verb} by {value}% {period} {reason}, the company said.",
            f"According to figures released by {org}, {metric} {verb} {value} percent {period}.",
            f"{org}'s {metric} {verb} {value}% {period}, {reason}.",
        )
        return rng.choice(forms)

    def quote_sentence(self) -> str:
        rng = self.rng
        name, role, org = rng.choice(self.people)
        claim = self.fill(rng.choice(_FUTURE))
        forms = (
            f"\u201cWe think {claim},\u201d {name}, {role} at {org}, {rng.choice(_SAY)}.",
            f"{name}, the {role} of {org}, {rng.choice(_OUTLOOK)} {claim}.",
            f"\u201cThis is {rng.choice(('a serious blow', 'good news', 'a turning point', 'not the end of it'))} "
            f"for {self.sector},\u201d said {name}, {role} at {org}.",
        )
        return rng.choice(forms)

    def article(self, index: int) -> str:
        rng = self.rng
        place = rng.choice(self.places)
        lead_org = rng.choice(self.orgs)
        headline = f"{lead_org} {rng.choice(('faces', 'responds to', 'braces for', 'welcomes', 'criticises'))} " \
                   f"{self.event.split(' for ')[0]}"
        lede = (f"{place.upper()} \u2014 {lead_org} {rng.choice(('said', 'confirmed', 'announced'))} on "
                f"{rng.choice(('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'))} that it was reviewing "
                f"{self.event}, {rng.choice(_REASONS)}.")
        paragraphs = [lede]
        facts = rng.sample(self.facts, k=6)
        for number, fact in enumerate(facts):
            sentences = [self.fact_sentence(fact, skew=(index % 5 == 4 and number == 0))]
            sentences.append(self.fill(rng.choice(_BACKGROUND)))
            if rng.random() < 0.7:
                sentences.append(self.quote_sentence())
            sentences.append(self.fill(rng.choice(_BACKGROUND)))
            if rng.random() < 0.6:
                sentences.append(self.fill(rng.choice(_BACKGROUND)))
            paragraphs.append(" ".join(sentences))
        for _ in range(4):
            paragraphs.append(" ".join((self.quote_sentence(), self.fill(rng.choice(_BACKGROUND)),
                                        self.fill(rng.choice(_BACKGROUND)), self.fill(rng.choice(_BACKGROUND)))))
        return headline + "\n\n" + "\n\n".join(paragraphs) + "\n"


def write_corpus(folder: Path, n_sources: int, seed: int = 7, per_story: int = 8) -> int:
    """Write *n_sources* article files into *folder*; returns the total bytes written."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    story = _Story(rng)
    for index in range(n_sources):
        if index % per_story == 0:
            story = _Story(rng)
        text = story.article(index)
        path = folder / f"article-{index:05d}.txt"
        path.write_text(text, encoding="utf-8")
        total += len(text.encode("utf-8"))
    return total


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Write a generated corpus of news-like articles; print its bytes.")
    parser.add_argument("folder", type=Path, help="where to write the articles (made if missing)")
    parser.add_argument("count", type=int, nargs="?", default=100, help="number of articles (default 100)")
    parser.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    args = parser.parse_args()
    print(write_corpus(args.folder, args.count, args.seed))
