"""HTML -> PDF with WeasyPrint: tagged (PDF/UA-1) by default, nothing fetched.

WeasyPrint is imported here only, so `--help` and Markdown-only builds stay fast.
"""

from __future__ import annotations

from typing import Any

from briefgen.errors import RenderError

VARIANTS = {"ua-1": "pdf/ua-1", "a-3b": "pdf/a-3b", "none": None}


def _refusing_fetcher() -> Any:
    from weasyprint.urls import URLFetcher

    class RefusingFetcher(URLFetcher):  # type: ignore[misc]
        """Serves data: URLs only; every other request (network or file) is refused."""

        blocked: list[str] = []

        def fetch(self, url: str, headers: Any = None) -> Any:
            if url.startswith("data:"):
                return super().fetch(url, headers)
            RefusingFetcher.blocked.append(url)
            raise ValueError(f"briefgen does not fetch {url!r}")

    return RefusingFetcher()


def _weasyprint() -> Any:
    """The weasyprint module, imported with library look-ups answered from the linker cache.

    WeasyPrint loads Pango & co. through cffi, which asks ctypes.util.find_library for each
    of several names per library; every name that is not the one installed (Windows and
    macOS spellings are tried first) costs a gcc and an ld run: about 20 processes and
    most of a second per build. Here a name is looked up in `ldconfig -p` only, ctypes'
    own first step. Should that leave WeasyPrint without a library (one installed outside
    the linker cache), the import is redone with ctypes' full search, as WeasyPrint does it."""
    import ctypes.util
    import sys

    if "weasyprint" in sys.modules:
        return sys.modules["weasyprint"]
    full = ctypes.util.find_library
    cached = getattr(ctypes.util, "_findSoname_ldconfig", None)
    if cached is None:  # not Linux: ctypes searches its own way
        import weasyprint

        return weasyprint
    ctypes.util.find_library = cached
    try:
        import weasyprint
    except OSError:
        for name in [name for name in sys.modules if name == "weasyprint" or name.startswith("weasyprint.")]:
            del sys.modules[name]
        ctypes.util.find_library = full
        import weasyprint
    finally:
        ctypes.util.find_library = full
    return weasyprint


def render_pdf_pages(html: str, *, standard: str = "ua-1") -> tuple[bytes, int]:
    """PDF bytes for *html* and its number of pages; deterministic for the same input (dates
    come from the HTML's meta)."""
    try:
        weasyprint = _weasyprint()
    except ImportError as exc:  # pragma: no cover - install problem
        raise RenderError("WeasyPrint is not installed; run `make setup` (see README)") from exc
    options: dict[str, Any] = {"pdf_tags": standard == "ua-1", "custom_metadata": True}
    variant = VARIANTS.get(standard)
    if variant:
        options["pdf_variant"] = variant
    fetcher = _refusing_fetcher()
    try:
        document = weasyprint.HTML(string=html, base_url=None, url_fetcher=fetcher).render(**options)
        data = document.write_pdf(pdf_identifier=b"briefgen", **options)
    except Exception as exc:
        raise RenderError(f"PDF rendering failed: {exc}") from exc
    if not isinstance(data, bytes):
        raise RenderError("PDF rendering returned no data")
    return data, len(document.pages)
