"""Person titles and roles, as every stage recognises them: one vocabulary in one module.

Four questions are asked of a title, and each needs a different cut of the vocabulary, so each
is kept here as its own named set rather than merged (merging would change what a caller finds):

- `OFFICE_TITLES`: offices a press release capitalises after "The" ("The Minister added ...");
  a definite description that refers back (`notes.context`). Only offices, never a job word
  ("The Director" is rare and "The Analyst" is no back-reference).
- `TITLE_WORDS`: capitalised title words set between an owner and a name ("Acme CEO Jane Doe",
  "Harbor Water Authority Chief Executive") that `notes.features` splits off as the role.
- `ROLE_NOUN`: the head of a lower-case descriptor set right before a name ("engineer",
  "spokesman", "regulator") that `notes.glosses` reads as a gloss; by ending, so it is a pattern.
- `HONORIFIC_TITLES`: titles before a person's name ("Dr", "Professor", "Justice"), as written
  (`notes.glosses` reads a name after any of them); `HONORIFICS`: the courtesy ones among them,
  lower-cased, that are no part of who a name is (`sections` compares actors without them).
"""

from __future__ import annotations

import re

OFFICE_TITLES = ("Prime Minister", "Minister", "President", "Chairman", "Chairwoman", "Chair", "Governor", "Mayor",
                 "Commissioner", "Secretary", "Premier", "Chancellor", "Ambassador")
OFFICE_TITLE = "(?:" + "|".join(title.replace(" ", r"\s+") for title in OFFICE_TITLES) + ")"
"""`OFFICE_TITLES` as a regular-expression alternative (spaces match any white space)."""

TITLE_WORDS = frozenset(
    "CEO CFO COO CTO Chief Executive Officer President Chairman Chairwoman Chair Minister Secretary Director Governor "
    "Senator Mayor Professor Judge Commissioner Spokesperson Spokesman Spokeswoman Founder Analyst Economist".split()
)

ROLE_NOUN = re.compile(r"(?:[a-z]{2,}(?:er|or|ist|ent|ant|man|woman|person|ian|ary|ive|eer|ee|ess)|chief|head|judge|"
                       r"nurse|coach|boss|dean|envoy|chair|aide|mayor|governor|ceo|cfo|secretary|generator|operator|"
                       r"regulator|agency|body|authority|utility|company|firm|group|union|insurer|lender|bank|"
                       r"carrier|airline|broker|grid)$")
"""The head of a descriptor set right before a name, by its ending ("president", "engineer", "director",
"executive", "spokesman", "negotiator") or one of a few short titles and bodies; a verb before a name
("Critics include Petra Holm", "praised Marko Babic") is no descriptor."""

HONORIFIC_TITLES = ("Dr", "Mr", "Mrs", "Ms", "Mx", "Prof", "Professor", "Sir", "Dame", "Lord", "Lady", "Judge", "Justice")
"""Titles written before a person's name ("Dr Hanne Vik", "Justice Amir Patel"), as a text capitalises them;
the one list (glosses reads a name after any of them)."""
HONORIFICS = frozenset(form for title in ("dr", "mr", "ms", "mrs", "prof") for form in (title, title + ".")) | {
    "sir", "dame"}
"""The courtesy titles of `HONORIFIC_TITLES`, lower-cased, with or without a full stop, that are no part
of who a name is when names are compared (sections): not "Mx", "Professor", "Lord", "Lady", "Judge",
"Justice" (not dropped there today; adding them is a behaviour change to measure, not a move)."""
