"""Words as every stage compares them: one stop-word list and one stemmer.

Selection (coverage), redundancy (compose), disagreements (conflicts), figure measures
(figures), key phrases and the TF-IDF ranking all ask the same two questions of a word:
does it carry meaning, and which other words are the same word ("released", "releasing",
"releases")? They answer them here, so that a statement two stages think about is cut into
the same words by both.

The stemmer is the English Snowball stemmer (Porter 2, the `snowballstemmer` package, pure
Python, as used by Sphinx), cached per word.
"""

from __future__ import annotations

import re
from functools import lru_cache

import snowballstemmer

STOP_WORDS = frozenset(
    """a about above across after afterwards again against all almost along already also although am
    among an and another any anyone anything are around as at be because been before being below
    between both but by can cannot could did do does doing down during each either else even ever
    every few for from further had has have having he her here hers herself him himself his how however
    i if in into is it its itself just me might more most much must my myself neither no nor not now of
    off on once only onto or other others otherwise our ours ourselves out over own per perhaps rather
    same she should since so some such than that the their theirs them themselves then there thereby
    therefore these they this those though through throughout thus to too toward towards under unless
    until up upon very via was we were what whatever when whenever where whereas wherever whether
    which while who whoever whom whose why will with within without would yet you your yours yourself
    it’s don’t that’s""".split()
)
"""English function words: pronouns, determiners, auxiliaries, prepositions, conjunctions and
the commonest adverbs. Nouns, numbers and verbs of meaning ("fire", "bill", "five", "found")
are not stop words: in news they are the facts."""

CLAUSE_COMMA = r"(?:(?<!\d),|,(?!\d))"
"""A comma that parts clauses or phrases: never the thousands or decimal comma inside a number
("4,200", "1,150,000", "3,5"), which a splitter must not cut at."""
NOT_CLAUSE_COMMA = r"(?:[^,]|(?<=\d),(?=\d))"
"""Any character but a CLAUSE_COMMA (for a run within one clause: `NOT_CLAUSE_COMMA + "{3,80}"`)."""

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
_STEMMER = snowballstemmer.stemmer("english")


@lru_cache(maxsize=131072)
def stem(word: str) -> str:
    """The word's stem, lower-cased, a possessive "'s" taken off: "Released", "releasing" and
    "releases" give "releas"; "ferries" and "ferry" give "ferri"."""
    low = word.lower().replace("’", "'").strip("'-")
    if low.endswith("'s"):
        low = low[:-2]
    return _STEMMER.stemWord(low) if low.isalpha() else low


def content_words(text: str) -> list[str]:
    """Lower-cased words of three letters or more that carry meaning (no stop words), in order."""
    words = (m.group(0).lower().strip("'’-") for m in _WORD.finditer(text))
    return [w for w in words if w not in STOP_WORDS and len(w) > 2]



_NEAR_SYNONYMS = (
    "increase raise boost ramp expand hike",
    "reduce cut lower slash trim curb",
    "consider contemplate weigh mull explore",
    "production output produce manufacture",
    "customer client buyer",
    "company firm",
    "purchase buy acquire",
    "approve sanction greenlight",
    "ban prohibit",
    "plan intend aim",
    "warn caution",
    "worker employee staff",
)
"""Words news writers use for one another when they retell a fact ("ramping up production" /
"increasing output"): one meaning per line, general English, no subject's words."""
_CANONICAL = {stem(word): line.split()[0] for line in _NEAR_SYNONYMS for word in line.split()}


def meaning(word_stem: str) -> str:
    """One stem for words that mean the same when a fact is retold ("output" and "production",
    "client" and "customer"); any other stem as it is."""
    return _CANONICAL.get(word_stem, word_stem)


# The irregular past forms and past participles of English (a closed class of the grammar), and the
# participle of each past form whose participle differs ("gave" -> "given"). One list: stages that read
# verbs (sections, figures, context) take from it what each needs, and say which.
IRREGULAR_PAST = frozenset(
    "arose awoke bore beat became began bent bet bid bit bled blew broke brought built burnt burst bought caught "
    "chose clung came cost crept cut dealt did dug dove drew dreamt drank drove ate fell fed felt fought found fled "
    "flung flew forbade forgot forgave froze got gave went ground grew had hung heard hid hit held hurt kept knelt knew "
    "laid led leapt left lent let lay lit lost made meant met paid put quit read rode rang rose ran said saw sought "
    "sold sent set shook shed shone shot showed shrank shut sang sank sat slept slew slid slung spoke sped spent spun "
    "split spread sprang stood stole stuck stung struck swore swept swam swung took taught tore told thought threw "
    "understood woke wore wove wept won wound withdrew wrote overtook overturned undertook upheld withheld "
    "arisen borne beaten become begun bitten blown broken chosen done drawn driven eaten fallen flown forbidden "
    "forgotten forgiven frozen given gone grown hidden known lain ridden risen run seen shaken shown shrunk sung sunk "
    "slain spoken stolen struck sworn swum taken thrown torn woken worn woven withdrawn written overtaken".split())
PAST_PARTICIPLE = {
    "arose": "arisen", "ate": "eaten", "beat": "beaten", "became": "become", "began": "begun", "bit": "bitten",
    "blew": "blown", "bore": "borne", "broke": "broken", "chose": "chosen", "did": "done",
    "drew": "drawn", "drove": "driven", "fell": "fallen", "flew": "flown", "forbade": "forbidden",
    "forgave": "forgiven", "forgot": "forgotten", "froze": "frozen", "gave": "given", "went": "gone",
    "grew": "grown", "hid": "hidden", "knew": "known", "overtook": "overtaken", "ran": "run", "rode": "ridden",
    "rose": "risen", "saw": "seen", "shook": "shaken", "showed": "shown", "slew": "slain", "spoke": "spoken",
    "stole": "stolen", "swore": "sworn", "took": "taken", "threw": "thrown", "tore": "torn", "withdrew": "withdrawn",
    "woke": "woken", "wore": "worn", "wrote": "written",
}
"""The past participle of each irregular past form whose participle is another word; any other
form of `IRREGULAR_PAST` is its own participle ("paid", "held")."""


# The base form of each common irregular past form and participle (the closed class of `IRREGULAR_PAST`):
# what reads "struck down" as the act "strike down" and "brought the case" as "bring the case".
IRREGULAR_BASE = dict(pair.split(":") for pair in (
    "arose:arise arisen:arise became:become begun:begin began:begin bore:bear borne:bear broke:break "
    "broken:break brought:bring built:build bought:buy caught:catch chose:choose chosen:choose came:come "
    "dealt:deal did:do done:do drew:draw drawn:draw drove:drive driven:drive fell:fall fallen:fall "
    "felt:feel fought:fight found:find forbade:forbid forbidden:forbid froze:freeze frozen:freeze got:get "
    "gave:give given:give went:go gone:go grew:grow grown:grow heard:hear held:hold kept:keep knew:know "
    "known:know laid:lay led:lead left:leave lent:lend lost:lose made:make meant:mean met:meet paid:pay "
    "rose:rise risen:rise ran:run said:say saw:see seen:see sought:seek sold:sell sent:send shook:shake "
    "shown:show showed:show spoke:speak spoken:speak spent:spend stood:stand struck:strike swore:swear "
    "sworn:swear took:take taken:take taught:teach told:tell thought:think threw:throw thrown:throw "
    "upheld:uphold withdrew:withdraw withdrawn:withdraw withheld:withhold won:win wrote:write written:write "
    "overturned:overturn overtook:overtake undertook:undertake undertaken:undertake").split())
"""Each irregular past form or participle with its base ("struck" -> "strike")."""


# States a story reports as holding until someone ends them, one family per line: a halt, a
# blockade, a ban, a strike. General English, no subject's words; each word's stem (`stem`) names
# its family, so "suspended" and "suspend", "blockades" and "blockade" are one state.
_STATES = (
    "stop: halt stoppage stop suspension suspend shutdown shut closure close idle",
    "block: blockade block occupation",
    "ban: ban embargo moratorium prohibition curfew injunction",
    "strike: strike walkout lockout",
    "review: review",
)
STATE_FAMILY = {stem(w): line.split(":")[0] for line in _STATES for w in line.split(":")[1].split()}
"""Each state word's stem with its family ("suspens" -> "stop", "blockad" -> "block")."""
RESUMING = frozenset(stem(w) for w in ("restart", "resume", "resumption", "reopen", "reopening"))
"""Words that end a stop by starting again: whatever their subject, the halt, closure or suspension is over."""
ENDING = frozenset(stem(w) for w in ("lift", "end", "ease", "clear", "scrap", "revoke", "rescind", "overturn",
                                      "remove", "quash", "relax", "dismantle", "withdraw", "conclude"))
"""Verbs that end a state named as their object ("lifted the ban") or passive subject ("the halt was eased")."""

PARTICLES = frozenset("down up out off back over".split())
"""The particles of a phrasal verb ("shut down", "set out", "put off", "cut back"), read by the verb's
sentence, not as places or directions."""
