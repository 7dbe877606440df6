"""A token with a line break, an inner space or an invisible character never reaches stderr.

Before, such a token went into the ``Authorization`` header, and http.client's error
("Invalid header value b'Bearer fp1_…\\nX'") or the latin-1 codec's quoted all of it on
stderr. Now every place a token is read checks its form first and says what is wrong
without showing any part of it. Each path is tried, and stderr, the log and every file are
searched for the secret.
"""

from __future__ import annotations

import io
import logging
from pathlib import Path

import keyring
import pytest
from sync_helpers import Service, configure, run_sync

from focalpoint.cli import main as focalpoint_main
from focalpoint.storage import Store
from focalpoint.sync import credentials
from focalpoint.sync.credentials import InvalidToken, SessionTokens, clean_token
from focalpoint.sync.engine import sync_log

SECRET = "Zq8vKp3mWx7LtR2nYb5cHd9fGj4sAe6uPo1iUy0TrE3"
GOOD = f"fp1_0123456789abcdef_{SECRET}"
#: (what is wrong, the bad token, a word the message must contain)
BAD = [
    ("line feed", f"{GOOD}\nX-Injected: 1", "more than one line"),
    ("carriage return", f"{GOOD}\rX", "more than one line"),
    ("zero-width space", f"{GOOD}\u200b", "not plain ASCII"),
    ("inner space", f"fp1_0123456789abcdef_ {SECRET}", "space"),
    ("non-ASCII letter", f"fp1_0123456789abcdef_{SECRET[:-1]}é", "not plain ASCII"),
    ("control character", f"{GOOD}\x07", "control character"),
]
IDS = [b[0] for b in BAD]


def _assert_not_shown(text: str) -> None:
    assert SECRET not in text
    for start in range(0, len(SECRET) - 8, 4):  # no 8-character piece of it either
        assert SECRET[start:start + 8] not in text, text
    assert "0123456789abcdef" not in text


def _assert_nowhere(tmp_path: Path, *texts: str) -> None:
    for text in texts:
        _assert_not_shown(text)
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes(), path


def test_surrounding_whitespace_is_stripped() -> None:
    assert clean_token(f"  {GOOD}\r\n", "from standard input") == GOOD
    assert clean_token(f"\t{GOOD}\n", "x") == GOOD


@pytest.mark.parametrize(("what", "token", "words"), BAD, ids=IDS)
def test_the_message_names_the_problem_not_the_token(what: str, token: str,
                                                     words: str) -> None:
    with pytest.raises(InvalidToken) as refused:
        clean_token(token, "in FOCALPOINT_TOKEN")
    message = str(refused.value)
    assert words in message and "FOCALPOINT_TOKEN" in message and "not shown" in message
    _assert_not_shown(message)


@pytest.mark.parametrize(("what", "token", "words"), BAD, ids=IDS)
def test_from_the_environment(demo_store: Store, store_path: Path, service: Service,
                              tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                              capsys: pytest.CaptureFixture[str],
                              caplog: pytest.LogCaptureFixture,
                              what: str, token: str, words: str) -> None:
    caplog.set_level(logging.DEBUG)
    configure(demo_store, service.url)
    monkeypatch.setenv("FOCALPOINT_TOKEN", token)
    assert focalpoint_main(["--db", str(store_path), "sync"]) == 2
    captured = capsys.readouterr()
    assert words in captured.err and captured.err.count("\n") == 1
    _assert_nowhere(tmp_path, captured.out, captured.err, caplog.text)


@pytest.mark.parametrize(("what", "token", "words"), BAD, ids=IDS)
@pytest.mark.parametrize("terminal", [False, True], ids=["piped", "typed"])
def test_from_login(store_path: Path, demo_store: Store, service: Service, tmp_path: Path,
                    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
                    caplog: pytest.LogCaptureFixture, terminal: bool,
                    what: str, token: str, words: str) -> None:
    caplog.set_level(logging.DEBUG)
    if terminal:
        stdin = io.StringIO("")
        monkeypatch.setattr(stdin, "isatty", lambda: True)
        monkeypatch.setattr("getpass.getpass", lambda _prompt: token)
    else:
        # readline() stops at a line feed only: a CR or an invisible character stays.
        stdin = io.StringIO(token.replace("\n", "\r") + "\n")
    monkeypatch.setattr("sys.stdin", stdin)
    code = focalpoint_main(["--db", str(store_path), "login", "--server", service.url,
                            "--mission-code", "DEMO"])
    captured = capsys.readouterr()
    assert code == 2, captured.err
    assert "standard input" in captured.err
    assert keyring.get_keyring().get_password("FocalPoint", f"DEMO@{service.url}") is None
    _assert_nowhere(tmp_path, captured.out, captured.err, caplog.text)


@pytest.mark.parametrize(("what", "token", "words"), BAD, ids=IDS)
def test_from_the_keyring(demo_store: Store, store_path: Path, service: Service,
                          tmp_path: Path, capsys: pytest.CaptureFixture[str],
                          memory_keyring: credentials.MemoryKeyring,
                          what: str, token: str, words: str) -> None:
    """A keyring entry written by something else (or an older version) is checked too."""
    configure(demo_store, service.url)
    memory_keyring.set_password("FocalPoint", f"DEMO@{service.url}", token)
    assert focalpoint_main(["--db", str(store_path), "sync"]) == 2
    captured = capsys.readouterr()
    assert "keyring" in captured.err and words in captured.err
    _assert_nowhere(tmp_path, captured.out, captured.err)


@pytest.mark.parametrize(("what", "token", "words"), BAD, ids=IDS)
def test_the_engine_and_session_tokens(demo_store: Store, service: Service, tmp_path: Path,
                                       caplog: pytest.LogCaptureFixture,
                                       what: str, token: str, words: str) -> None:
    """What the GUI uses: the engine answers kind 'auth' (no exception, no token)."""
    caplog.set_level(logging.DEBUG)
    result = run_sync(demo_store, service.url, token)
    assert result.kind == "auth" and words in result.message
    with pytest.raises(InvalidToken):
        credentials.set_token(service.url, "DEMO", token)
    with pytest.raises(InvalidToken):
        SessionTokens().set(service.url, "DEMO", token)
    log_text = " ".join(e.message for e in sync_log(demo_store))
    _assert_nowhere(tmp_path, result.message, log_text, caplog.text)


def test_a_good_token_with_surrounding_whitespace_still_syncs(
        demo_store: Store, store_path: Path, service: Service, demo_token: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    configure(demo_store, service.url)
    monkeypatch.setenv("FOCALPOINT_TOKEN", f"  {demo_token}\r\n")
    assert focalpoint_main(["--db", str(store_path), "sync"]) == 0
