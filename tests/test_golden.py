"""Golden files: the example's Markdown briefs and the text of their PDFs.

Regenerate after an intended change with: make golden  (pytest tests/test_golden.py --force-regen)
"""

import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from briefgen.cli import main

GOLDEN = Path(__file__).parent / "golden"


def _pdf_text(path: Path) -> str:
    text = "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
    return re.sub(r"[ \t]+", " ", text).strip() + "\n"


def _compare(path: Path, actual: str, regen: bool) -> None:
    if regen or not path.exists():
        path.write_text(actual, encoding="utf-8")
        if not regen:
            pytest.fail(f"{path.name} was missing and has been written; check it in")
    assert actual == path.read_text(encoding="utf-8"), f"{path.name} differs; if intended, run `make golden`"


def test_example_briefs_match_golden(example: Path, force_regen: bool) -> None:
    result = CliRunner().invoke(main, ["build", "-w", str(example), "--audience", "all", "--format", "md,pdf"])
    assert result.exit_code == 0, result.output
    for audience in ("executive", "investor", "policy"):
        md = (example / "output" / f"{audience}.md").read_text(encoding="utf-8")
        _compare(GOLDEN / f"{audience}.md", md, force_regen)
        _compare(GOLDEN / f"{audience}.pdf.txt", _pdf_text(example / "output" / f"{audience}.pdf"), force_regen)


def _stands_in(quote: str, source: str) -> bool:
    """The quote is in the source verbatim, or (elided "...", bracketed "[Name]") each stretch
    outside the marks is, in order."""
    if quote in source:
        return True
    at = 0
    for fragment in re.split(r"\[[^\]]*\]|\.\.\.|\u2026", quote):
        if fragment.strip():
            found = source.find(fragment.strip(), at)
            if found < 0:
                return False
            at = found + len(fragment.strip())
    return True


def test_every_citation_resolves_to_a_verbatim_quote(example: Path) -> None:
    assert CliRunner().invoke(main, ["build", "-w", str(example), "--audience", "all", "--format", "md,pdf"]).exit_code == 0
    for audience in ("executive", "investor", "policy"):
        md = (example / "output" / f"{audience}.md").read_text(encoding="utf-8")
        markers = set(re.findall(r"\]\(#ev-(\d+)\)", md))
        anchors = {n: (q, p) for n, q, p in re.findall(r'<a id="ev-(\d+)"></a>\*\*\[\d+\]\*\* “(.+?)” — (?:.*?, )?(sources/\S+?)(?: \([^)]*\))?: ', md)}
        # A compact evidence entry (executive) stands for a quote the text prints in full.
        shown = set(re.findall(r'<a id="ev-(\d+)"></a>\*\*\[\d+\]\*\* Quoted in full above — ', md))
        assert markers and markers <= set(anchors) | shown
        body = md.split("## Evidence")[0]
        for number in shown:
            # after a bullet's label ("**Nvidia:** ") or a Timeline entry's day ("**The 12th** — ")
            line = re.search(r"^(?:- |  )(?:\*\*[^*]+:\*\* |\*\*[^*]+\*\* — )?(?:\*[^*]+:\* )?(.+?) \[\["
                             + number + r"\]\]", body, re.M)
            assert line, number
            path = re.search(r'<a id="ev-' + number + r'"></a>.*? (sources/\S+?)(?: \([^)]*\))?: ', md).group(1)
            source = re.sub(r"\s+", " ", (example / path.replace("\\", "")).read_text(encoding="utf-8"))
            assert _stands_in(line.group(1).replace("\\", ""), source)
        pdf_text = re.sub(r"\s+", "", _pdf_text(example / "output" / f"{audience}.pdf"))
        for quote, path in anchors.values():
            plain = quote.replace("\\", "")
            source = re.sub(r"\s+", " ", (example / path.replace("\\", "")).read_text(encoding="utf-8"))
            assert _stands_in(plain, source)
            assert re.sub(r"\s+", "", plain)[:60] in pdf_text


def test_pdfs_are_reproducible_tagged_and_executive_fits_two_pages(example: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(main, ["build", "-w", str(example), "--audience", "all", "--format", "pdf"]).exit_code == 0
    first = {a: (example / "output" / f"{a}.pdf").read_bytes() for a in ("executive", "investor", "policy")}
    assert runner.invoke(main, ["build", "-w", str(example), "--audience", "all", "--format", "pdf"]).exit_code == 0
    for audience, data in first.items():
        assert (example / "output" / f"{audience}.pdf").read_bytes() == data
        reader = PdfReader(example / "output" / f"{audience}.pdf")
        root = reader.trailer["/Root"]
        assert "/StructTreeRoot" in root and root.get("/Lang") and reader.outline
        assert reader.metadata and reader.metadata.title
    assert len(PdfReader(example / "output" / "executive.pdf").pages) <= 2


def test_pdf_citations_link_to_their_evidence_and_archival_variant(example: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(main, ["build", "-w", str(example), "--audience", "investor", "--format", "pdf"]).exit_code == 0
    reader = PdfReader(example / "output" / "investor.pdf")
    destinations = reader.named_destinations
    links = [annot.get_object().get("/Dest") for page in reader.pages for annot in page.get("/Annots", [])]
    internal = [str(dest) for dest in links if dest]
    assert internal and all(dest in destinations for dest in internal)
    evidence_page = {name: reader.get_destination_page_number(destinations[name]) for name in internal}
    first_link_page = next(i for i, page in enumerate(reader.pages) if page.get("/Annots"))
    assert all(page >= first_link_page for page in evidence_page.values())  # the evidence list follows
    info = reader.metadata
    assert info.title and info.author and info.subject and info.get("/Keywords")

    result = runner.invoke(main, ["build", "-w", str(example), "--audience", "investor", "--format", "pdf",
                                  "--pdf-standard", "a-3b"])
    assert result.exit_code == 0, result.output
    archival = PdfReader(example / "output" / "investor.pdf")
    root = archival.trailer["/Root"]
    xmp = root["/Metadata"].get_object().get_data().decode("utf-8", "replace")
    assert "pdfaid:part" in xmp and ("pdfaid:part=\"3\"" in xmp or "<pdfaid:part>3</pdfaid:part>" in xmp)
    assert "/OutputIntents" in root
