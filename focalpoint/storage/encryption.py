"""The store's encryption key: where it lives and how it is obtained (SQLCipher).

A stolen laptop must not reveal partners, shelters' locations or plans, so the store file
is encrypted with SQLCipher (AES-256, HMAC per page) under a 256-bit key. The key is never
written anywhere in clear text:

- **keyring**: a random key kept in the OS keyring (the normal case on a desktop);
- **passphrase**: where there is no keyring (a headless machine, keyring's "fail" backend),
  the key is derived from a passphrase the user types at start, with Argon2id and a random
  salt.

Beside every encrypted file sits a small *key file* ``<store>.keyinfo`` (JSON) saying which
of the two applies: the keyring entry's id, or the Argon2id salt and parameters. It holds
no secret; without it the store cannot be unlocked, so backups carry a copy of it.
SQLCipher is always handed the raw key (``x'…'``), so its own PBKDF2 never runs: opening a
store costs one Argon2id derivation at most.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import keyring
import keyring.errors
from argon2.low_level import Type, hash_secret_raw

from focalpoint.storage.errors import CorruptStoreError, StoreError
from focalpoint.storage.private_files import write_private_text

KEYRING_SERVICE = "FocalPoint store key"
KEYINFO_SUFFIX = ".keyinfo"
KEYINFO_FORMAT = "focalpoint-store-key"
PLAIN_HEADER = b"SQLite format 3\x00"
KEY_BYTES = 32
MIN_PASSPHRASE = 8

Source = Literal["keyring", "passphrase"]


class KeyUnavailableError(StoreError):
    """The key of an encrypted store cannot be had (no keyring entry, no passphrase)."""


class KeyNotInKeyringError(KeyUnavailableError):
    """The store's key belongs in the keyring, which works but has no entry for it: the
    store (or backup) was made on another computer. Its recovery key brings the key here
    (:mod:`focalpoint.storage.recovery_key`)."""

    def __init__(self, message: str, path: Path, key_id: str) -> None:
        super().__init__(message)
        self.path = path
        self.key_id = key_id


class WrongKeyError(CorruptStoreError):
    """The key or passphrase given does not decrypt the store; the file was not touched."""


class PassphraseCancelled(StoreError):
    """The person asked for a passphrase chose not to give one."""


@dataclass(frozen=True)
class Kdf:
    """Argon2id parameters. The defaults follow RFC 9106's second recommendation
    (64 MiB, 3 passes) with one lane, which takes a fraction of a second on a laptop."""

    time_cost: int = 3
    memory_kib: int = 65536
    parallelism: int = 1

    def derive(self, passphrase: str, salt: bytes) -> bytes:
        return hash_secret_raw(
            passphrase.encode("utf-8"),
            salt,
            time_cost=self.time_cost,
            memory_cost=self.memory_kib,
            parallelism=self.parallelism,
            hash_len=KEY_BYTES,
            type=Type.ID,
        )


@dataclass(frozen=True)
class PassphraseRequest:
    """What a passphrase prompt needs to say: which store, a new or an existing passphrase,
    and why it asks again (the previous one was wrong)."""

    path: Path
    new: bool
    error: str = ""


#: Returns the passphrase, or None when the person cancels.
AskPassphrase = Callable[[PassphraseRequest], str | None]


@dataclass(frozen=True)
class KeyInfo:
    """The content of a ``.keyinfo`` file: how to obtain a store's key (never the key)."""

    source: Source
    key_id: str = ""
    salt: bytes = b""
    kdf: Kdf = field(default_factory=Kdf)

    def to_json(self) -> str:
        data: dict[str, Any] = {"format": KEYINFO_FORMAT, "version": 1, "source": self.source}
        if self.source == "keyring":
            data["keyring"] = {"service": KEYRING_SERVICE, "id": self.key_id}
        else:
            data["argon2id"] = {
                "salt": base64.b64encode(self.salt).decode("ascii"),
                "time_cost": self.kdf.time_cost,
                "memory_kib": self.kdf.memory_kib,
                "parallelism": self.kdf.parallelism,
            }
        return json.dumps(data, indent=2) + "\n"

    @classmethod
    def from_json(cls, text: str, where: Path) -> KeyInfo:
        try:
            data = json.loads(text)
            if data.get("format") != KEYINFO_FORMAT or data.get("version") != 1:
                raise ValueError("not a FocalPoint key file of version 1")
            if data["source"] == "keyring":
                return cls("keyring", key_id=str(data["keyring"]["id"]))
            if data["source"] == "passphrase":
                kdf = data["argon2id"]
                return cls(
                    "passphrase",
                    salt=base64.b64decode(kdf["salt"], validate=True),
                    kdf=Kdf(int(kdf["time_cost"]), int(kdf["memory_kib"]), int(kdf["parallelism"])),
                )
            raise ValueError(f"unknown key source {data['source']!r}")
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            raise StoreError(f"the key file {where} is unreadable ({error})") from None


def keyinfo_path(path: Path) -> Path:
    return path.with_name(path.name + KEYINFO_SUFFIX)


def is_plain_file(path: Path) -> bool:
    """True for a plain SQLite file (or an empty one): its header is in clear text.

    An SQLCipher file starts with 16 random bytes instead, so this never opens the file as
    a database and never changes it.
    """
    with path.open("rb") as handle:
        head = handle.read(len(PLAIN_HEADER))
    return head == PLAIN_HEADER or head == b""


def read_keyinfo(path: Path) -> KeyInfo:
    info = keyinfo_path(path)
    try:
        text = info.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CorruptStoreError(
            f"{path} is not a readable SQLite database: either an encrypted store whose key "
            f"file {info.name} is missing (put it back beside the store), or not a database "
            "at all. The file was not changed."
        ) from None
    return KeyInfo.from_json(text, info)


def write_keyinfo(path: Path, info: KeyInfo) -> Path:
    """Write the key file atomically (temp file + rename), so it is whole or absent;
    mode 0600, as the store it belongs to."""
    target = keyinfo_path(path)
    tmp = target.with_name(target.name + ".part")
    write_private_text(tmp, info.to_json())
    tmp.replace(target)
    return target


def copy_keyinfo(source: Path, dest: Path) -> None:
    """Put ``source``'s key file beside ``dest`` (a backup must carry its key file)."""
    info = keyinfo_path(source)
    if info.exists():
        write_keyinfo(dest, KeyInfo.from_json(info.read_text(encoding="utf-8"), info))


def pragma_key(key: bytes) -> str:
    """The ``PRAGMA key`` statement for a raw key (SQLCipher skips its own KDF)."""
    return f"PRAGMA key = \"x'{key.hex()}'\""


def _keyring_unavailable(error: Exception) -> KeyUnavailableError:
    return KeyUnavailableError(
        f"the key of this store is kept in the system keyring, which is not available "
        f"({error}); unlock the keyring (GNOME Keyring, KWallet) and start again"
    )


def load_key(path: Path, ask: AskPassphrase | None, error: str = "") -> bytes:
    """The key of the encrypted store at ``path``, from the keyring or a passphrase."""
    info = read_keyinfo(path)
    if info.source == "keyring":
        try:
            value = keyring.get_password(KEYRING_SERVICE, info.key_id)
        except keyring.errors.KeyringError as failure:
            raise _keyring_unavailable(failure) from None
        if value is None:
            raise KeyNotInKeyringError(
                f"the key of {path} is not in this computer's keyring (entry "
                f"{info.key_id}); the store can only be opened where its key is kept, or "
                "here once its recovery key is entered (focalpoint recovery-key enter)",
                path,
                info.key_id,
            )
        try:
            return bytes.fromhex(value)
        except ValueError:
            raise KeyUnavailableError(
                f"the keyring entry of {path} does not hold a key"
            ) from None
    passphrase = _ask(ask, PassphraseRequest(path, new=False, error=error))
    return info.kdf.derive(passphrase, info.salt)


def _ask(ask: AskPassphrase | None, request: PassphraseRequest) -> str:
    if ask is None:
        raise KeyUnavailableError(
            f"{request.path} is encrypted with a passphrase: set FOCALPOINT_PASSPHRASE or "
            "run the command on a terminal to type it"
        )
    passphrase = ask(request)
    if passphrase is None:
        raise PassphraseCancelled("no passphrase was given; the store stays locked")
    return passphrase


def keyring_usable() -> bool:
    """Whether a new key could go to the OS keyring (False on keyring's "fail" backend)."""
    try:
        from keyring.backends.fail import Keyring as FailKeyring

        return not isinstance(keyring.get_keyring(), FailKeyring)
    except keyring.errors.KeyringError:
        return False


def create_key(path: Path, ask: AskPassphrase | None, kdf: Kdf | None = None) -> bytes:
    """A new key for a store about to be written at ``path``; writes its key file.

    The keyring is preferred; where it refuses (``NoKeyringError`` and the like) the key is
    derived from a new passphrase. ``kdf`` forces the passphrase path with those parameters.
    """
    if kdf is None:
        key = secrets.token_bytes(KEY_BYTES)
        key_id = secrets.token_hex(16)
        try:
            keyring.set_password(KEYRING_SERVICE, key_id, key.hex())
        except keyring.errors.KeyringError:
            pass  # no usable keyring: a passphrase it is
        else:
            write_keyinfo(path, KeyInfo("keyring", key_id=key_id))
            return key
    passphrase = _ask(ask, PassphraseRequest(path, new=True))
    if len(passphrase) < MIN_PASSPHRASE:
        raise StoreError(f"the passphrase must have at least {MIN_PASSPHRASE} characters")
    info = KeyInfo("passphrase", salt=os.urandom(16), kdf=kdf or Kdf())
    key = info.kdf.derive(passphrase, info.salt)
    write_keyinfo(path, info)
    return key


def forget_key(path: Path) -> None:
    """Remove a key file written for a store that was never completed (and its keyring
    entry): only for a failed creation or conversion, never for a store in use."""
    info_path = keyinfo_path(path)
    try:
        info = KeyInfo.from_json(info_path.read_text(encoding="utf-8"), info_path)
    except (OSError, StoreError):
        return
    if info.source == "keyring":
        with contextlib.suppress(keyring.errors.KeyringError):
            keyring.delete_password(KEYRING_SERVICE, info.key_id)
    info_path.unlink(missing_ok=True)
