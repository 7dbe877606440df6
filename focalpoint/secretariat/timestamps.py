"""Moments as the Secretariat's pages show them: ``2026-12-01 21:23 UTC``.

Why a module of its own: the page templates (the ``when`` filter) and the services that
turn stored values into text (a version's ``submitted_at`` in the history) must write a
time the same way, and the services must not import the web layer.
"""

from __future__ import annotations

from datetime import UTC, datetime


def when(value: object) -> str:
    """An ISO timestamp as staff read it: ``2026-12-01 21:23 UTC`` (UTC throughout); a
    text that is no timestamp as it is, nothing as a dash."""
    if value is None or value == "":
        return "—"
    try:
        moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    except ValueError:
        return str(value)
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%d %H:%M UTC")
