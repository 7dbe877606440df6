"""The report draft as a file: the one place that knows the formats (.docx to edit, .pdf
to circulate), used by ``focalpoint-secretariat report`` and the analysis page's buttons."""

from __future__ import annotations

import tempfile
from pathlib import Path

from focalpoint.secretariat.reporting.content import DraftContent

#: Suffix -> (media type, what the file is for).
FORMATS: dict[str, tuple[str, str]] = {
    ".docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
              "the editable draft"),
    ".pdf": ("application/pdf", "for circulation"),
}


class DraftFileError(ValueError):
    """A file name the draft cannot be written to (the message says why)."""


def check_target(out: Path) -> str:
    """The format of ``out`` (``.docx`` or ``.pdf``), or a :class:`DraftFileError` naming
    what is wrong — before any work is done, so bad input leaves nothing behind."""
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise DraftFileError(f"{out}: write a .docx file (the editable draft) or a .pdf "
                             "file (for circulation)")
    if out.is_dir():
        raise DraftFileError(f"{out}: is a folder; give a file name such as draft{suffix}")
    if not out.parent.is_dir():
        raise DraftFileError(f"{out}: the folder {out.parent} does not exist")
    return suffix


def write_draft(content: DraftContent, out: Path) -> None:
    """Write ``out`` atomically in the format its suffix names."""
    from focalpoint.secretariat.reporting.docx_draft import write_docx
    from focalpoint.secretariat.reporting.pdf_draft import write_pdf

    if check_target(out) == ".pdf":
        write_pdf(content, out)
    else:
        write_docx(content, out)


def draft_bytes(content: DraftContent, suffix: str) -> bytes:
    """The draft file's bytes (for a download), made in a temporary folder."""
    if suffix not in FORMATS:
        raise DraftFileError(f"no draft format {suffix!r} (choose .docx or .pdf)")
    with tempfile.TemporaryDirectory(prefix="focalpoint-draft-") as folder:
        out = Path(folder) / f"draft{suffix}"
        write_draft(content, out)
        return out.read_bytes()
