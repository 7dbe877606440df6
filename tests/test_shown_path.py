"""The first-start dialogs show the store's path under the home folder as ``~/…``: short,
the same on every laptop (the guide's pictures), naming no user."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from focalpoint.paths import shown_path


@pytest.mark.skipif(os.name != "posix", reason="the home is shortened on POSIX only")
def test_a_path_under_the_home_is_shown_from_tilde(monkeypatch: pytest.MonkeyPatch,
                                                   tmp_path: Path) -> None:
    home = tmp_path / "elena"
    monkeypatch.setenv("HOME", str(home))
    store = home / ".local" / "share" / "FocalPoint" / "focalpoint.db"
    assert shown_path(store) == "~/.local/share/FocalPoint/focalpoint.db"
    assert shown_path(str(home)) == "~"
    assert shown_path(tmp_path / "elena2" / "x.db") == str(tmp_path / "elena2" / "x.db")
    assert shown_path("/media/usb/focalpoint.db") == "/media/usb/focalpoint.db"
    monkeypatch.setenv("HOME", "/")
    assert shown_path("/srv/focalpoint.db") == "/srv/focalpoint.db"  # no "~srv/…"
