"""Precision and recall of section assignment on a labelled set of sentences.

Each line of the set (JSON) is one sentence from an invented news story, with its source's
date, the date of the brief it would appear in (`as_of`: the latest source of that story),
and the section types it may go in: risk, catalyst, outlook, position, competition, or none. A "split"
says whether it was written before the section code was changed and not tuned to (heldout:
four subjects; heldout2: four more, added later before the next change; heldout3: 44 sentences
on seven more, incl. hard negatives (background, service notices, past schedules, pledges),
labelled before the section-fit change of that round; heldout4: 16 sentences on three more,
written before the kinds of past and present statements were changed; heldout5: 28 sentences
on three more, labelled for the happened, demand and levers types too, written before the
fit rules of those sections were changed; heldout6: 61 sentences on five more, labelled for
every type before the demand, outlook, position and catalyst rules of that round were changed,
with hard negatives: service notices, a past measurement dated in May, company guidance, reports
of a status, pledges to customers, opinion-column text; heldout7: 27 sentences of the stadium and
drugtrial clusters, heldout8: 21 on two subjects of our own, labelled for the security type too,
before the catalyst, position and levers rules of that round were changed: a dated regulator's
decision, a view of a forum, "no comment", unnamed "Opponents", a rival's product approved in
passing; heldout9: 46 sentences on five more subjects, labelled for every type before the
security, competition, levers and outlook rules of the next round were changed, with hard negatives:
aid pledges of military personnel, share-price moves that mention a rival bid, a board's past
decision, a company spokesperson's view, a past measurement; fresh32: 26 sentences of two clusters of our own
(an orchestra merger, a salmon farmer's sea lice season), written before the look-back, forecast-as-position,
past-year lever and season-total rules of stop 32 but labelled while they were written, so not held out;
fresh41: 10 sentences of two clusters of our own (a water utility's credit review, a sugar levy), labelled for
every type while written, for the security sense of "secured" and a rule's terms told with "will"; fresh46: 16
sentences on four invented subjects, labelled for every type while written, for the kind of statement
each section takes: scenarios with their odds, forecasts told in the present, a public body's powers,
verdicts on another's act, a company's standing facts, a price's standing against a past day; fresh47: 5
sentences on four invented subjects, labelled for every type while written, for what reads like a quantity
of demand or supply and is not: a command "to order" an inquiry, a date's day, a token's price, "sold up"; fresh56: 7
sentences on four invented subjects, labelled while written, for a stance "defended" to an audience, who owns or
runs a thing, and a service's supply lost or restored)
or while changing it (dev). A row may
give its source's kind ("source_kind", e.g. "opinion": a column; default "news report"). A row may also say whether it states something past or present ("tense": "past") or
something to come ("future"): its kind should then be upcoming or forecast exactly when it is
"future" (a past or present fact drafted as an event to come fits no "What happened").

Every sentence goes through what the notes stage does to a sentence (candidate filter, kind,
speaker, themes) and then through the section test the composer applies, with the shipped
audience profiles' own sections:

    risk      investor "Risks"                 catalyst  investor "Catalysts to watch"
    outlook   policy "Outlook"                 position  policy "Stakeholder positions"
    competition  investor "Competition" (labelled in the dev rows k01-k24 and in heldout3: earlier
                 rows count as not about competitors)
    happened  executive "What happened"        demand    investor "Demand and supply"
    levers    policy "Policy levers"
                 (these three labelled from heldout5 on; earlier rows are not counted for them)
    security  policy "Security considerations" (labelled from heldout7 on)

A sentence counts as predicted for a type when that section would take it. Precision: of
the sentences a section takes, the share labelled with its type; recall: of the sentences
labelled with a type, the share its section takes.

Run: python benchmarks/eval_sections.py [--errors] [SET.jsonl]
     (default set: benchmarks/eval/sections.jsonl)
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

from briefgen.audiences import load_profile
from briefgen.compose import _Composer
from briefgen.models import Note, NoteSet, Sentence, SourceDoc, SourceMeta, Span
from briefgen.notes import features

DEFAULT = Path(__file__).parent / "eval" / "sections.jsonl"
TYPES = ("risk", "catalyst", "outlook", "position", "competition", "happened", "demand", "levers", "security")
SPLITS = ("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9",
          "heldout10", "fresh32", "fresh38", "fresh38s17", "fresh41", "fresh46", "fresh47", "fresh56", "dev")
_FROM5 = ("heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "fresh32", "fresh38", "fresh38s17",
          "fresh41", "fresh46", "fresh47", "fresh56")
LATER_TYPES = {"happened": _FROM5, "demand": _FROM5, "levers": _FROM5, "security": ("heldout7", "heldout8", "heldout9", "heldout10", "fresh32", "fresh41", "fresh46", "fresh47", "fresh56")}
"""Types labelled only from a split on: earlier rows are not counted for them (neither way)."""
AHEAD = ("upcoming", "forecast")
"""The kinds that say something is to come."""
SECTIONS = {"risk": ("investor", "risks"), "catalyst": ("investor", "catalysts"),
            "outlook": ("policy", "outlook"), "position": ("policy", "positions"),
            "competition": ("investor", "competition"), "happened": ("executive", "what_happened"),
            "demand": ("investor", "demand_supply"), "levers": ("policy", "levers"),
            "security": ("policy", "security")}
sys.path.insert(0, str(Path(__file__).resolve().parent))
from labelled import read_jsonl  # noqa: E402

LEXICON = Path(__file__).resolve().parent.parent / "templates" / "themes.toml"


def load(path: Path) -> list[dict[str, object]]:
    def problem(row: dict[str, object]) -> str | None:
        labels = row.get("labels")
        if not isinstance(labels, list) or not labels or not set(labels) <= {*TYPES, "none"}:
            return f"labels must be a list of {', '.join(TYPES)} or none"
        if row.get("split") not in SPLITS:
            return f"split must be one of {', '.join(SPLITS)}"
        if row.get("tense", "past") not in ("past", "future"):
            return "tense, when given, must be past or future"
        if not isinstance(row.get("source_kind", ""), str):
            return "source_kind, when given, must be a source kind such as opinion"
        return None

    return read_jsonl(path, problem)


def source_kind(row: dict[str, object]) -> str:
    """The kind of the row's source: "news report" unless the row says ("opinion": a column)."""
    return str(row.get("source_kind") or "news report")


def note_of(row: dict[str, object], doc: SourceDoc) -> Note | None:
    """The sentence as the notes stage drafts it (None: not a candidate for a note)."""
    text = str(row["text"])
    quote = text[features.trim_prefix(text):]
    if not features.is_candidate(quote):
        return None
    speaker = features.find_speaker(quote)
    figures = features.find_figures(quote)
    kind = features.classify(quote, source_kind=doc.meta.kind, speaker=speaker, has_figures=bool(figures))
    return Note(id=f"n-{row['id']}", kind=kind, quote=quote, span=Span(source=doc.id, start=0, end=len(text)),
                speaker=speaker.name if speaker else "", speaker_role=speaker.role if speaker else "",
                figures=figures, themes=features.find_themes(quote, features.load_lexicon(LEXICON)), score=1.0)


def predict(row: dict[str, object]) -> set[str]:
    text = str(row["text"])
    meta = SourceMeta(date=str(row["date"]), kind=source_kind(row), reliability=source_kind(row))
    doc = SourceDoc(id="s", path="sources/s.txt", format="text", sha256="", text=text, meta=meta,
                    sentences=(Sentence(start=0, end=len(text), para=1, sent=1, line=1),))
    latest = SourceDoc(id="latest", path="sources/latest.txt", format="text", sha256="", text="",
                       meta=SourceMeta(date=str(row["as_of"]), kind="news report"), sentences=())
    note = note_of(row, doc)
    if note is None:
        return set()
    noteset = NoteSet(notes=(note,), sources=(doc, latest))
    predicted = set()
    for kind, (audience, section_id) in SECTIONS.items():
        profile = load_profile(None, audience)
        # A profile from before the split: its one "Policy levers and security considerations"
        # section is what the security type is predicted by.
        spec = next((s for s in profile.sections if s.id == section_id), None) or next(
            s for s in profile.sections if s.id == "levers")
        composer = _Composer(noteset=noteset, profile=profile, docs={d.id: d for d in noteset.sources},
                             as_of=str(row["as_of"]), lexicon=features.load_lexicon(LEXICON))
        if composer.section(spec) is not None:
            predicted.add(kind)
    return predicted


def kind_of(row: dict[str, object]) -> str:
    """The kind the notes stage gives the row's sentence ("" when it drafts no note)."""
    text = str(row["text"])
    doc = SourceDoc(id="s", path="sources/s.txt", format="text", sha256="", text=text,
                    meta=SourceMeta(date=str(row["date"]), kind=source_kind(row)), sentences=())
    note = note_of(row, doc)
    return note.kind if note else ""


def report_tense(rows: list[dict[str, object]], errors: bool) -> None:
    """How many sentences labelled past or future get a kind that says the same."""
    labelled = [r for r in rows if "tense" in r]
    if not labelled:
        return
    print(f"  kinds: past/present or to come ({len(labelled)} sentences labelled)")
    for tense in ("past", "future"):
        part = [r for r in labelled if r["tense"] == tense]
        right = [r for r in part if (kind_of(r) in AHEAD) == (tense == "future")]
        print(f"  {tense:<11} {len(right)}/{len(part)} drafted with a kind that says so")
        if errors:
            print("\n".join(f"  {r['id']}: kind {kind_of(r) or 'none'}, labelled {tense}: {r['text']}"
                            for r in part if r not in right))


def report(rows: list[dict[str, object]], title: str, errors: bool) -> None:
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # true positive, predicted, labelled
    mistakes = []
    for row in rows:
        labels = set(row["labels"]) - {"none"}  # type: ignore[arg-type]
        predicted = predict(row)
        for kind in TYPES:
            if kind in LATER_TYPES and row.get("split") not in LATER_TYPES[kind]:
                predicted.discard(kind)
                continue
            counts[kind][0] += kind in predicted and kind in labels
            counts[kind][1] += kind in predicted
            counts[kind][2] += kind in labels
        if predicted - labels or labels - predicted:
            mistakes.append(f"  {row['id']}: predicted {sorted(predicted) or ['none']}, "
                            f"labelled {sorted(labels) or ['none']}: {row['text']}")
    print(f"{title} ({len(rows)} sentences)")
    print(f"  {'section':<11} {'precision':>10} {'recall':>8}   taken / labelled")
    for kind in TYPES:
        hit, taken, labelled = counts[kind]
        precision = f"{hit / taken:.2f}" if taken else "-"
        recall = f"{hit / labelled:.2f}" if labelled else "-"
        print(f"  {kind:<11} {precision:>10} {recall:>8}   {hit}/{taken} taken right, {labelled} labelled")
    if errors:
        print("\n".join(mistakes))
    report_tense(rows, errors)


def main(argv: list[str]) -> None:
    if {"-h", "--help"} & set(sys.argv[1:]):
        print(__doc__)
        return
    errors = "--errors" in argv
    paths = [a for a in argv if a != "--errors"]
    if paths and not Path(paths[0]).is_file():
        raise SystemExit(f"eval_sections.py: {paths[0]}: no such file; give a labelled JSONL set (see --help)")
    rows = load(Path(paths[0]) if paths else DEFAULT)
    for split in SPLITS:
        part = [r for r in rows if r.get("split") == split]
        if part:
            report(part, f"{split} part", errors)
    report(rows, "all", False)


if __name__ == "__main__":
    main(sys.argv[1:])
