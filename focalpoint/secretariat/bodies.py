"""Reading a request body: size limits, gzip, UTF-8 JSON that is safe to keep.

Split in two on purpose. :func:`read_body` is the only part that runs on the event loop:
it streams the (compressed) bytes in and counts them, nothing more. :func:`decode_body`
(inflate, decode, parse, check) is CPU work proportional to the body — up to 32 MiB of JSON
— so the routes run it in a worker thread, where it cannot stall every other request.

Every refusal is an :class:`HTTPException` with a message naming what is wrong, or
:class:`BodyTooLarge` (413); nothing here ever reaches the store.
"""

from __future__ import annotations

import zlib
from typing import Any

from fastapi import HTTPException
from starlette.requests import Request

from focalpoint import jsoncheck
from focalpoint.sync.protocol import Limits


class BodyTooLarge(Exception):
    """Answered with 413 and the message."""


_INFLATE_CHUNK = 64 * 1024


def check_content_type(request: Request) -> None:
    """A POST body declared as anything but JSON in UTF-8 is refused (415): a client that
    sends ``charset=utf-16`` is told so instead of having its bytes guessed at. No
    Content-Type at all is taken as JSON (the bytes are checked to be UTF-8 anyway)."""
    declared = request.headers.get("content-type", "")
    if not declared.strip():
        return
    media, _, params = declared.partition(";")
    if media.strip().lower() != "application/json":
        raise HTTPException(415, f"Content-Type {declared or '(none)'!r} is not supported; "
                                 "send application/json")
    for param in params.split(";"):
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset" and value.strip().strip('"').lower() not in (
                "utf-8", "utf8"):
            raise HTTPException(415, f"charset {value.strip()!r} is not supported; JSON "
                                     "bodies are UTF-8")


async def read_body(request: Request, limits: Limits) -> bytes:
    """The raw request body, refusing (413) anything over the wire limit while streaming.

    Also checks the declared Content-Type and Content-Encoding before reading a byte.
    """
    check_content_type(request)
    encoding = content_encoding(request)
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limits.max_body_bytes:
        raise BodyTooLarge(f"request body of {declared} bytes is over the limit of "
                           f"{limits.max_body_bytes} bytes")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limits.max_body_bytes:
            raise BodyTooLarge(f"request body is over the limit of {limits.max_body_bytes} bytes")
        chunks.append(chunk)
    raw = b"".join(chunks)
    if encoding == "identity" and len(raw) > limits.max_decompressed_bytes:
        raise BodyTooLarge("request body is over the limit")
    return raw


def content_encoding(request: Request) -> str:
    """``identity`` or ``gzip``; anything else is refused with 415."""
    encoding = request.headers.get("content-encoding", "identity").strip().lower()
    if encoding in ("", "identity"):
        return "identity"
    if encoding != "gzip":
        raise HTTPException(415, f"Content-Encoding {encoding!r} is not supported (use gzip)")
    return "gzip"


def decode_body(raw: bytes, encoding: str, limits: Limits) -> Any:
    """The JSON value of a body read by :func:`read_body` (runs in a worker thread)."""
    body = gunzip(raw, limits.max_decompressed_bytes) if encoding == "gzip" else raw
    try:
        return jsoncheck.loads(body)
    except jsoncheck.JsonInputError as error:
        if error.kind == "text":
            # A string the JSON parser accepts but that cannot be kept: name the field.
            raise HTTPException(422, str(error)) from None
        where = f" (at {error.path})" if error.path and len(error.path) <= 200 else ""
        raise HTTPException(400, f"the body {error.reason}{where}") from None


def gunzip(raw: bytes, limit: int) -> bytes:
    """Inflate ``raw``, refusing (413) as soon as the output passes ``limit``.

    Input goes in 64 KiB at a time and output comes out 64 KiB at a time, so what is held
    besides ``raw`` is the output so far plus a chunk: a gzip bomb is never expanded, and
    no step copies the rest of a large body over and over. Bytes after the end of the gzip
    stream (garbage, or a second gzip member no FocalPoint sends) are refused (400), so
    what is stored is exactly what the sender compressed.
    """
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    out: list[bytes] = []
    total = 0
    position = 0
    try:
        while not inflater.eof:
            if inflater.unconsumed_tail:
                data = inflater.unconsumed_tail
            elif position < len(raw):
                data = raw[position:position + _INFLATE_CHUNK]
                position += _INFLATE_CHUNK
            else:
                data = b""  # all input is in: collect what zlib still holds back
            piece = inflater.decompress(data, _INFLATE_CHUNK)
            if not data and not piece:
                break
            total += len(piece)
            if total > limit:
                raise BodyTooLarge(f"the decompressed body is over the limit of {limit} bytes")
            out.append(piece)
    except zlib.error as error:
        raise HTTPException(400, f"the body is not valid gzip ({error})") from None
    if not inflater.eof:
        raise HTTPException(400, "the gzip body is truncated")
    trailing = len(inflater.unused_data) + max(0, len(raw) - position)
    if trailing:
        raise HTTPException(400, f"the body has {trailing} bytes after the end of its gzip "
                                 "stream; send exactly one gzip stream")
    return b"".join(out)
