"""The recovery key: a store's encryption key as a code a person can write down.

Why: the key of a normal store lives only in the keyring of the computer that created it,
and the store's backups are encrypted with the same key. When that laptop is stolen or its
disk dies, a backup on a USB stick cannot be opened anywhere else. The recovery key, kept on
paper apart from the laptop, brings the key to a new computer's keyring.

Format (version 1)::

    FP1-XXXXX-XXXXX-…   (14 groups of 5 characters)

The 256-bit key is written in Crockford's base32 (digits and capital letters without I, L,
O, U, which are read and written wrongly) as 13 groups of 4 characters (260 bits, the last
4 are zero); group 14 holds 20 bits of a SHA-256 of the key. Each group ends with a check
character, so a mistake is found and named where it is ("group 5 is wrong"): the check is a
Horner sum over GF(32), started from the group's number, which catches every single wrong
character, every swap of two neighbouring characters and groups written in the wrong
order. Group 14 catches the rare mistake that a group's check lets through. Lower case,
spaces, missing dashes and the letters O, I and L (read as 0, 1, 1) are accepted.

A store whose key comes from a passphrase needs no recovery key: the passphrase is it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import keyring
import keyring.errors

from focalpoint.storage.database import connect_unlocked
from focalpoint.storage.encryption import (
    KEY_BYTES,
    KEYRING_SERVICE,
    KeyUnavailableError,
    WrongKeyError,
    is_plain_file,
    read_keyinfo,
)
from focalpoint.storage.errors import StoreError

PREFIX = "FP1"
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
#: Characters people write for others: O for zero, I and L for one.
READ_AS = {"O": "0", "I": "1", "L": "1"}
DATA_CHARS = 4  # key characters per group (the fifth is the group's check)
KEY_GROUPS = 13  # 13 × 4 × 5 = 260 bits ≥ 256
GROUPS = KEY_GROUPS + 1  # and the checksum group
GROUP_CHARS = DATA_CHARS + 1
_PAD_BITS = KEY_GROUPS * DATA_CHARS * 5 - KEY_BYTES * 8
_CHECKSUM_SALT = b"FocalPoint recovery key v1"
_FIELD_POLY = 0b100101  # x^5 + x^2 + 1, primitive: multiplying by x cycles all 31 values

Reason = Literal["empty", "version", "groups", "length", "character", "group", "checksum"]


class RecoveryCodeError(ValueError):
    """A recovery key that was typed or written down wrongly. ``reason`` and ``group``
    (1-based) let the interface say it in its own language."""

    def __init__(self, message: str, reason: Reason, group: int = 0) -> None:
        super().__init__(message)
        self.reason = reason
        self.group = group


class PassphraseIsRecovery(StoreError):
    """The store is encrypted with a passphrase: the passphrase is its recovery, there is
    no key to write down."""


class RecoveryKeyMismatch(WrongKeyError):
    """A well-formed recovery key that does not open this file (another store's key, or a
    damaged file); nothing was written."""


# --- the code ------------------------------------------------------------------------


def _times_x(value: int) -> int:
    value <<= 1
    return value ^ _FIELD_POLY if value & 0b100000 else value


def _check(group: int, digits: list[int]) -> int:
    """The check character of group number ``group`` (1-based) with ``digits``."""
    total = group
    for digit in digits:
        total = _times_x(total) ^ digit
    return _times_x(total)


def _checksum_digits(key: bytes) -> list[int]:
    bits = int.from_bytes(hashlib.sha256(_CHECKSUM_SALT + key).digest()[:3], "big") >> 4
    return [(bits >> (5 * (DATA_CHARS - 1 - i))) & 31 for i in range(DATA_CHARS)]


def encode(key: bytes) -> str:
    """The recovery key of a raw 32-byte store key."""
    if len(key) != KEY_BYTES:
        raise ValueError(f"a store key has {KEY_BYTES} bytes, not {len(key)}")
    number = int.from_bytes(key, "big") << _PAD_BITS
    count = KEY_GROUPS * DATA_CHARS
    digits = [(number >> (5 * (count - 1 - i))) & 31 for i in range(count)]
    groups = [digits[i : i + DATA_CHARS] for i in range(0, count, DATA_CHARS)]
    groups.append(_checksum_digits(key))
    parts = [PREFIX]
    for number_in_code, group in enumerate(groups, start=1):
        chars = [*group, _check(number_in_code, group)]
        parts.append("".join(ALPHABET[d] for d in chars))
    return "-".join(parts)


def lines(code: str, per_line: int = 7) -> list[str]:
    """The code cut into lines of ``per_line`` groups, for paper (the prefix on line 1)."""
    parts = code.split("-")
    head, groups = parts[0], parts[1:]
    rows = ["-".join(groups[i : i + per_line]) for i in range(0, len(groups), per_line)]
    return [f"{head}-{rows[0]}", *rows[1:]] if rows else [head]


def _groups(code: str) -> list[str]:
    tokens = code.upper().replace("—", "-").replace("–", "-").replace("-", " ").split()
    if not tokens:
        raise RecoveryCodeError("no recovery key was given", "empty")
    if tokens[0].startswith("FP"):
        head, rest = tokens[0][:3], tokens[0][3:]  # "FP1", or "FP1" and the groups
        head = head[:2] + READ_AS.get(head[2:], head[2:])
        if head != PREFIX:
            raise RecoveryCodeError(
                f"this recovery key starts with {head}, which this FocalPoint does not "
                f"know (its recovery keys start with {PREFIX}-); use a newer FocalPoint",
                "version",
            )
        tokens = ([rest] if rest else []) + tokens[1:]
    joined = "".join(tokens)
    if len(tokens) != GROUPS and len(joined) == GROUPS * GROUP_CHARS:
        # Written without dashes, or cut in other places: the groups are by position.
        tokens = [joined[i : i + GROUP_CHARS] for i in range(0, len(joined), GROUP_CHARS)]
    for number, token in enumerate(tokens[:GROUPS], start=1):
        if len(token) != GROUP_CHARS:
            raise RecoveryCodeError(
                f"group {number} ({token}) has {len(token)} characters; every group has "
                f"{GROUP_CHARS}",
                "length",
                number,
            )
    if len(tokens) != GROUPS:
        raise RecoveryCodeError(
            f"the recovery key has {len(tokens)} groups after {PREFIX}; it must have "
            f"{GROUPS}",
            "groups",
        )
    return tokens


def decode(code: str) -> bytes:
    """The raw key a recovery key stands for; :class:`RecoveryCodeError` names the first
    group that is wrong."""
    digits: list[int] = []
    checksum: list[int] = []
    for number, token in enumerate(_groups(code), start=1):
        values = []
        for char in token:
            char = READ_AS.get(char, char)
            if char not in ALPHABET:
                raise RecoveryCodeError(
                    f"group {number} ({token}) holds {char!r}, which is not used in "
                    "recovery keys (digits and letters except I, L, O, U)",
                    "character",
                    number,
                )
            values.append(ALPHABET.index(char))
        if _check(number, values[:DATA_CHARS]) != values[DATA_CHARS]:
            raise RecoveryCodeError(
                f"group {number} ({token}) is wrong: check it against the written key",
                "group",
                number,
            )
        (checksum if number == GROUPS else digits).extend(values[:DATA_CHARS])
    number_value = 0
    for digit in digits:
        number_value = number_value << 5 | digit
    key = (number_value >> _PAD_BITS).to_bytes(KEY_BYTES, "big")
    if number_value & ((1 << _PAD_BITS) - 1) or _checksum_digits(key) != checksum:
        raise RecoveryCodeError(
            "the recovery key has a mistake that no single group shows: check every group "
            "against the written key",
            "checksum",
        )
    return key


# --- stores and backups ----------------------------------------------------------------


def recovery_code(path: Path, key: bytes | None) -> str:
    """The recovery key of the store at ``path``, opened with ``key`` (``Store.key``).

    Raises :class:`PassphraseIsRecovery` for a passphrase store and :class:`StoreError`
    for a plain one (it has no key).
    """
    if key is None or is_plain_file(path):
        raise StoreError(f"{path.name} is not encrypted: it has no key to recover")
    if read_keyinfo(path).source == "passphrase":
        raise PassphraseIsRecovery(
            f"{path.name} is encrypted with a passphrase: the passphrase is its recovery "
            "key (there is nothing to write down besides it). Keep it safe: without it "
            "the store and its backups cannot be opened"
        )
    return encode(key)


@dataclass(frozen=True)
class Entered:
    """What entering a recovery key did: ``stored`` (now in this computer's keyring) or
    ``present`` (the keyring already held it)."""

    path: Path
    key_id: str
    outcome: Literal["stored", "present"]


def enter_code(path: Path, code: str) -> Entered:
    """Put the key behind ``code`` in this computer's keyring for the store or backup at
    ``path``, under the key id of its ``.keyinfo`` file — only after checking that the key
    opens the file (SQLCipher checks the first page's HMAC). Any error leaves the keyring
    and the file as they were.
    """
    key = decode(code)  # a typo is named before the file is even read
    if not path.is_file():
        raise StoreError(f"there is no store or backup at {path}")
    if is_plain_file(path):
        raise StoreError(f"{path.name} is not encrypted: it opens without a key")
    info = read_keyinfo(path)
    if info.source == "passphrase":
        raise PassphraseIsRecovery(
            f"{path.name} is encrypted with a passphrase, not a key kept in a keyring: type "
            "its passphrase to open it (no recovery key is needed)"
        )
    try:
        connect_unlocked(path, key).close()
    except WrongKeyError:
        raise RecoveryKeyMismatch(
            f"this recovery key does not open {path.name}: it is the key of another store "
            "(or the file is damaged). Nothing was written"
        ) from None
    try:
        existing = keyring.get_password(KEYRING_SERVICE, info.key_id)
        if existing == key.hex():
            return Entered(path, info.key_id, "present")
        if existing is not None:
            raise StoreError(
                f"this computer's keyring already holds another key under the id "
                f"{info.key_id} of {path.name}; it was left as it is"
            )
        keyring.set_password(KEYRING_SERVICE, info.key_id, key.hex())
    except keyring.errors.KeyringError as error:
        raise KeyUnavailableError(
            f"the system keyring is not available ({error}), so the key cannot be kept on "
            "this computer; unlock the keyring (GNOME Keyring, KWallet) and try again"
        ) from None
    return Entered(path, info.key_id, "stored")
