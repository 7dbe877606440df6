"""Regenerate the PDF page images shown in the README and docs/report.md.

Builds a fresh demo store in a temporary folder, exports its questionnaire response with a
fixed creation date (so the images only change when the layout does), and renders chosen
pages with ``pdftoppm`` (poppler-utils) to ``docs/screenshots/pdf-page-N.png``.

Usage: ``.venv/bin/python scripts/render_pdf_pages.py [--pages 1,2,6] [--dpi 110]
[--out docs/screenshots] [--keep-pdf PATH]``. Without ``--pages`` it picks the cover, the
contents, the first page of Part 2 and the annex page with the first non-Latin activity.
The image table in ``docs/report.md`` (between the ``pdf-pages`` markers) is rewritten to
match, since page numbers move when the layout changes.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from pypdf import PdfReader

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import keyring  # noqa: E402

from focalpoint.demo import load_demo  # noqa: E402
from focalpoint.report import export_questionnaire_pdf  # noqa: E402
from focalpoint.storage import Store  # noqa: E402
from focalpoint.sync.credentials import MemoryKeyring  # noqa: E402

FIXED_DATE = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
DOC = ROOT / "docs" / "report.md"
START, END = "<!-- pdf-pages:start", "<!-- pdf-pages:end -->"


def update_doc(doc: Path, images: list[Path]) -> bool:
    """Rewrite the image table between the markers in ``doc`` (False if no markers)."""
    if not doc.is_file():
        return False
    text = doc.read_text(encoding="utf-8")
    if START not in text or END not in text:
        return False
    head, rest = text.split(START, 1)
    marker_line, _, rest = rest.partition("\n")
    _, tail = rest.split(END, 1)
    cells = [f"![Page {image.stem.rsplit('-', 1)[-1]}]"
             f"({image.relative_to(doc.parent).as_posix()})" for image in images]
    rows = ["| | |", "|---|---|"]
    for index in range(0, len(cells), 2):
        pair = cells[index:index + 2] + [""] * (2 - len(cells[index:index + 2]))
        rows.append(f"| {pair[0]} | {pair[1]} |")
    block = "\n".join(rows)
    doc.write_text(f"{head}{START}{marker_line}\n{block}\n{END}{tail}", encoding="utf-8")
    return True


def outline_pages(reader: PdfReader) -> dict[str, int]:
    """Outline title -> 1-based page, flattened."""
    pages: dict[str, int] = {}

    def walk(items: list[object]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                number = reader.get_destination_page_number(item)  # type: ignore[arg-type]
                if number is not None:
                    pages[str(item.title)] = number + 1  # type: ignore[attr-defined]

    walk(reader.outline)  # type: ignore[arg-type]
    return pages


def default_pages(reader: PdfReader) -> list[int]:
    """Cover, contents, first page of Part 2, first annex page with Cyrillic or Georgian."""
    outline = outline_pages(reader)
    chosen = [1, outline.get("Contents", 2)]
    chosen += [page for title, page in outline.items() if title.startswith("Part 2")][:1]
    detail = outline.get("A.2 Activities in detail")
    if detail:
        for index in range(detail - 1, len(reader.pages)):
            text = reader.pages[index].extract_text()
            if any("\u0400" <= ch <= "\u04ff" or "\u10a0" <= ch <= "\u10ff" for ch in text):
                chosen.append(index + 1)
                break
    return list(dict.fromkeys(chosen))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", help="comma-separated page numbers (1-based)")
    parser.add_argument("--dpi", type=int, default=110)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--keep-pdf", type=Path, help="also copy the PDF here")
    args = parser.parse_args()
    keyring.set_keyring(MemoryKeyring())  # store keys and tokens: never the real keyring
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        print("render_pdf_pages: pdftoppm not found; install poppler-utils", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with Store.open(folder / "demo.db") as store:
            load_demo(store)
            response = store.responses.latest()
            assert response is not None, "the demo has a questionnaire response"
            result = export_questionnaire_pdf(store, response, folder / "demo.pdf",
                                              creation_date=FIXED_DATE)
        reader = PdfReader(str(result.path))
        pages = ([int(p) for p in args.pages.split(",")] if args.pages
                 else default_pages(reader))
        for old in args.out.glob("pdf-page-*.png"):
            old.unlink()
        images = []
        for page in pages:
            target = args.out / f"pdf-page-{page}"
            subprocess.run([pdftoppm, "-png", "-r", str(args.dpi), "-f", str(page), "-l",
                            str(page), "-singlefile", str(result.path), str(target)],
                           check=True)
            images.append(target.with_suffix(".png"))
            print(f"{target}.png")
        if args.out.resolve() == (ROOT / "docs" / "screenshots").resolve() and update_doc(
                DOC, images):
            print(f"updated the page images in {DOC}")
        if args.keep_pdf:
            shutil.copyfile(result.path, args.keep_pdf)
        print(f"{result.page_count} pages; rendered {', '.join(map(str, pages))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
