"""``focalpoint.resources``: the source tree layout and the PyInstaller (frozen) layout."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import focalpoint.resources as resources

SOURCE_LAYOUT = Path(resources.__file__).resolve().parent.parent / "resources"


@pytest.fixture
def frozen_sys(monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    """Patches on ``sys`` for one test; then ``sys`` is restored and the module reloaded."""
    yield monkeypatch
    monkeypatch.undo()
    importlib.reload(resources)


def test_resources_dir_holds_the_catalogue() -> None:
    assert (resources.RESOURCES_DIR / "actionplan" / "catalogue.json").is_file()
    assert (resources.RESOURCES_DIR / "demo" / "demo_mission.json").is_file()


def test_frozen_bundle_uses_meipass(frozen_sys: pytest.MonkeyPatch, tmp_path: Path) -> None:
    frozen_sys.setattr(sys, "frozen", True, raising=False)
    frozen_sys.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    importlib.reload(resources)
    assert tmp_path / "resources" == resources.RESOURCES_DIR


def test_frozen_without_meipass_keeps_the_source_layout(frozen_sys: pytest.MonkeyPatch) -> None:
    # Other freezers (cx_Freeze) set sys.frozen but not sys._MEIPASS.
    frozen_sys.setattr(sys, "frozen", True, raising=False)
    frozen_sys.delattr(sys, "_MEIPASS", raising=False)
    importlib.reload(resources)
    assert SOURCE_LAYOUT == resources.RESOURCES_DIR


def test_not_frozen_after_restore() -> None:
    # After the frozen tests (file order) the fixture's reload has put the source layout back.
    assert not getattr(sys, "frozen", False)
    assert SOURCE_LAYOUT == resources.RESOURCES_DIR
