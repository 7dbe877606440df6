"""A read-only HTML overview for Secretariat staff: missions, backlog and task coverage.

Plain server-rendered HTML with every value escaped; no scripts, no forms, nothing that
writes. It shows what arrived, so staff can see which mission is behind and which Action
Plan tasks no mission reports on.
"""

from __future__ import annotations

import base64
import hashlib
import json
from html import escape

from sqlalchemy import Connection

from focalpoint.secretariat.store import ServiceStore
from focalpoint.secretariat.store import missions as mission_queries

_STYLE = """
body{font-family:"DejaVu Sans",Arial,sans-serif;margin:2em;color:#222}
table{border-collapse:collapse;margin-bottom:2em}
th,td{border:1px solid #bbb;padding:.3em .6em;text-align:left;vertical-align:top}
th{background:#eef}
td.n{text-align:right}
.zero{color:#a00}
"""

#: The page's one inline ``<style>``, as a Content-Security-Policy source: the policy
#: allows exactly this style and nothing else inline (and never a script).
STYLE_SOURCE = f"'sha256-{base64.b64encode(hashlib.sha256(_STYLE.encode()).digest()).decode()}'"


def _cell(value: object, numeric: bool = False) -> str:
    text = "—" if value is None or value == "" else str(value)
    return f'<td class="n">{escape(text)}</td>' if numeric else f"<td>{escape(text)}</td>"


def _mission_rows(db: Connection) -> list[str]:
    rows = []
    for code, name, last_sync, pending, halt, activities, latest in \
            mission_queries.overview_rows(db):
        status = "none"
        if latest:
            response = json.loads(latest)
            status = (f"{response['status']} ({response['period_start']} – "
                      f"{response['period_end']})")
        rows.append(
            "<tr>" + _cell(code) + _cell(name) + _cell(last_sync or "never")
            + _cell(pending, numeric=True) + _cell(activities, numeric=True) + _cell(status)
            + _cell(halt or "") + "</tr>"
        )
    return rows


def render_overview(store: ServiceStore) -> str:
    """The whole page as one string."""
    with store.read() as db:
        missions = _mission_rows(db)
        catalogue = store.latest_catalogue(db)
        coverage = mission_queries.task_coverage(db)
        total = mission_queries.count(db)
    task_rows = []
    for task in catalogue.tasks():
        count = int(coverage.get(task.code, 0))
        css = ' class="n zero"' if count == 0 else ' class="n"'
        text = task.text if len(task.text) <= 140 else task.text[:137] + "…"
        task_rows.append(f"<tr><td>{escape(task.code)}</td><td>{escape(text)}</td>"
                         f"<td{css}>{count} of {total}</td></tr>")
    return (
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<title>FocalPoint — Secretariat overview</title>"
        f"<style>{_STYLE}</style></head><body>"
        "<h1>FocalPoint — Secretariat overview</h1>"
        f"<h2>Missions ({total})</h2>"
        "<table><thead><tr><th>Code</th><th>Name</th><th>Last sync (UTC)</th>"
        "<th>Pending changes (reported)</th><th>Activities</th>"
        "<th>Latest questionnaire</th><th>Sync halted</th></tr></thead><tbody>"
        + ("".join(missions) or '<tr><td colspan="7">No mission yet.</td></tr>')
        + "</tbody></table>"
        f"<h2>Action Plan coverage (catalogue {escape(catalogue.version)})</h2>"
        "<p>How many missions report at least one activity under each task.</p>"
        "<table><thead><tr><th>Task</th><th>Text</th><th>Missions</th></tr></thead><tbody>"
        + "".join(task_rows) + "</tbody></table></body></html>"
    )
