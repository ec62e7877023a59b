"""WeasyPrint's libraries are found without gcc, and still found when the linker cache lacks them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin:/sbin"})
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_import_asks_the_linker_cache_only_and_restores_find_library() -> None:
    out = _run(
        "import ctypes.util, subprocess\n"
        "original = ctypes.util.find_library\n"
        "ran = []\n"
        "real = subprocess.Popen.__init__\n"
        "def spy(self, args, *a, **k):\n"
        "    ran.append(str(args[0] if isinstance(args, list) else args))\n"
        "    real(self, args, *a, **k)\n"
        "subprocess.Popen.__init__ = spy\n"
        "from briefgen.render.pdf import render_pdf_pages\n"
        "data, pages = render_pdf_pages('<p>Hello</p>', standard='none')\n"
        "print(pages, data[:5], ctypes.util.find_library is original, sorted({r.rsplit('/', 1)[-1] for r in ran}))\n")
    assert out.strip() == "1 b'%PDF-' True ['ldconfig']"


def test_library_missing_from_the_linker_cache_falls_back_to_the_full_search() -> None:
    # WeasyPrint failing to load a library under the linker-cache look-up (as with a library
    # installed outside it) is imported again, from scratch, with ctypes' full search.
    out = _run(
        "import ctypes.util, sys\n"
        "original = ctypes.util.find_library\n"
        "tries = []\n"
        "class Missing:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'weasyprint.text.ffi':\n"
        "            tries.append(ctypes.util.find_library is original)\n"
        "            if not tries[-1]:\n"
        "                raise OSError('cannot load library')\n"
        "        return None\n"
        "sys.meta_path.insert(0, Missing())\n"
        "from briefgen.render.pdf import render_pdf_pages\n"
        "data, pages = render_pdf_pages('<p>Hello</p>', standard='none')\n"
        "print(pages, data[:5], ctypes.util.find_library is original, tries)\n")
    assert out.strip() == "1 b'%PDF-' True [False, True]"
