"""The Jinja2 environment of the pages: autoescaping on for every template."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from focalpoint import __version__
from focalpoint.secretariat.accounts import Session
from focalpoint.secretariat.timestamps import when
from focalpoint.vocabularies import LABELS

TEMPLATES = Path(__file__).parent / "templates"

environment = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True,
                          undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
environment.globals["version"] = __version__
_LABELS = {member.value: text for member, text in LABELS.items()}


def label(value: object) -> str:
    """The English label of a controlled value (the value itself if it is not one)."""
    return _LABELS.get(str(value), str(value))


environment.filters["label"] = label
environment.filters["when"] = when


def render(request: Request, template: str, session: Session | None, *,
           status_code: int = 200, **context: Any) -> HTMLResponse:
    html = environment.get_template(template).render(
        request=request, session=session, actor=session.actor if session else None,
        csrf=session.csrf_token if session else "", path=request.url.path, **context)
    response = HTMLResponse(html, status_code=status_code)
    response.headers["Cache-Control"] = "no-store"
    return response
