"""Fixtures for the PDF tests: the demo PDF is built once per session (it takes seconds).

``demo_export`` uses its own store file under a session temporary folder, never the
per-test ``store`` fixture, so tests that only read the PDF share one build.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pypdf import PdfReader
from report_pdfcheck import FIXED_DATE, DemoExport
from store_keys import open_passphrase_store

from focalpoint.demo import load_demo
from focalpoint.report import export_questionnaire_pdf
from focalpoint.report.content import load_content


@pytest.fixture(scope="session")
def demo_export(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoExport]:
    folder = tmp_path_factory.mktemp("demo-pdf")
    with open_passphrase_store(folder / "demo.db") as store:  # session-wide: no test keyring
        load_demo(store)
        response = store.responses.latest()
        assert response is not None
        out = folder / "demo.pdf"
        result = export_questionnaire_pdf(store, response, out, creation_date=FIXED_DATE)
        content = load_content(store, response)
    yield DemoExport(out, result, PdfReader(str(out)), content)

