"""Activities: writes (always with their outbox row), lookups, filtered lists and search.

Listing is built for stores of 50,000 activities: filtering, sorting and paging happen in
SQL, full-text search uses the FTS5 index, and list views fetch light summary rows a page
at a time instead of whole activities.
"""

from __future__ import annotations

import builtins
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from focalpoint.catalogue import Catalogue
from focalpoint.domain import Activity, new_id
from focalpoint.storage.database import utc_now
from focalpoint.storage.history import (
    Author,
    History,
    Version,
    activity_changes,
    diff,
    remote_author,
)
from focalpoint.storage.history import Op as VersionOp
from focalpoint.storage.outbox import delete_with_change, record_changes
from focalpoint.validation import InvalidRecord, parse, validate_activity

#: Fields kept as one JSON value each. The results fields (migration 003) default to the
#: JSON of their "not recorded" value, so an activity from an older store reads back as it was.
JSON_FIELDS = ("locations", "partners", "audiences", "forms", "funding", "people_reached",
               "outcome_indicators", "evaluation", "sustainability")

SORT_COLUMNS: dict[str, str] = {
    "title": "a.title COLLATE NOCASE",
    "activity_type": "a.activity_type",
    "status": "a.status",
    "start_date": "a.start_date",
    "end_date": "a.end_date",
    "year": "a.year",
    "locations": "a.locations",
    "partners": "a.partners",
    "updated_at": "a.updated_at",
}


#: Deletions that can still be undone (older ones are forgotten).
KEEP_DELETIONS = 20


@dataclass(frozen=True)
class Restored:
    """The result of :meth:`ActivityRepository.restore`."""

    activities: list[Activity]
    #: Activities not restored because their id exists again.
    kept: int
    #: Activities of the deletion still waiting to be restored (with a ``limit``).
    remaining: int


@dataclass(frozen=True)
class TaskMapping:
    """An activity's id and the tasks it is mapped to (see :meth:`task_mappings`)."""

    id: str
    task_codes: tuple[str, ...]


class NotFound(KeyError):
    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "not found"


@dataclass
class ActivityFilter:
    """What the activity list shows. Empty fields do not filter."""

    search: str = ""
    chapter: str = ""
    section: str = ""
    task: str = ""
    status: str = ""
    year: int | None = None
    activity_type: str = ""
    form: str = ""
    period_start: str = ""
    period_end: str = ""
    #: One location, partner or donor (as written, ignoring case).
    location: str = ""
    partner: str = ""
    donor: str = ""
    #: Dates overlapping ``date_from``..``date_to`` (either may be empty; ISO dates).
    date_from: str = ""
    date_to: str = ""
    #: Only these activities (the ones an analysis figure counted); None does not filter.
    only_ids: frozenset[str] | None = None


@dataclass(frozen=True)
class ActivitySummary:
    """The columns a list shows, without the long texts."""

    id: str
    title: str
    activity_type: str
    status: str
    start_date: str | None
    end_date: str | None
    locations: builtins.list[str]
    partners: builtins.list[str]
    task_codes: builtins.list[str]
    updated_at: str


_TOKEN = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str:
    """A safe FTS5 query from what a person types: every word must match, as a prefix.

    Quoting each word means punctuation or FTS operators typed by the user (``"``, ``-``,
    ``NEAR``) can never produce a syntax error.
    """
    words = _TOKEN.findall(text)
    return " ".join(f'"{word}"*' for word in words)


def _where(flt: ActivityFilter) -> tuple[str, list[Any]]:
    clauses: builtins.list[str] = []
    params: builtins.list[Any] = []
    if flt.search.strip():
        query = fts_query(flt.search)
        if query:
            clauses.append(
                "a.rowid IN (SELECT rowid FROM activities_fts WHERE activities_fts MATCH ?)"
            )
            params.append(query)
    if flt.task:
        clauses.append("a.id IN (SELECT activity_id FROM activity_tasks WHERE task_code = ?)")
        params.append(flt.task)
    elif flt.section:
        clauses.append(
            "a.id IN (SELECT activity_id FROM activity_tasks WHERE task_code LIKE ? ESCAPE '\\')"
        )
        params.append(flt.section.replace("_", "\\_") + ".%")
    elif flt.chapter:
        clauses.append(
            "a.id IN (SELECT activity_id FROM activity_tasks WHERE task_code LIKE ? ESCAPE '\\')"
        )
        params.append(flt.chapter.replace("_", "\\_") + ".%")
    if flt.status:
        clauses.append("a.status = ?")
        params.append(flt.status)
    if flt.year is not None:
        clauses.append("a.year = ?")
        params.append(flt.year)
    if flt.activity_type:
        clauses.append("a.activity_type = ?")
        params.append(flt.activity_type)
    if flt.form:
        clauses.append("EXISTS (SELECT 1 FROM json_each(a.forms) WHERE json_each.value = ?)")
        params.append(flt.form)
    for column, value in (("locations", flt.location), ("partners", flt.partner)):
        if value.strip():
            clauses.append(f"EXISTS (SELECT 1 FROM json_each(a.{column}) "
                           "WHERE json_each.value = ? COLLATE NOCASE)")
            params.append(value.strip())
    if flt.donor.strip():
        clauses.append("EXISTS (SELECT 1 FROM json_each(a.funding) "
                       "WHERE json_extract(json_each.value, '$.donor') = ? COLLATE NOCASE)")
        params.append(flt.donor.strip())
    if flt.date_from:
        # Still running on or after the first day; an activity without dates matches no range.
        clauses.append("coalesce(a.end_date, a.start_date) >= ?")
        params.append(flt.date_from)
    if flt.date_to:
        clauses.append("a.start_date <= ?")
        params.append(flt.date_to)
    if flt.period_start and flt.period_end:
        # Overlap with the period; an activity without dates belongs to no period.
        clauses.append("a.start_date <= ? AND coalesce(a.end_date, a.start_date) >= ?")
        params += [flt.period_end, flt.period_start]
    if flt.only_ids is not None:
        # One JSON parameter, so a figure of 50,000 activities needs no 50,000 placeholders.
        clauses.append("a.id IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(sorted(flt.only_ids)))
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _order(sort: str, descending: bool) -> str:
    column = SORT_COLUMNS.get(sort)
    if column is None:
        raise ValueError(f"cannot sort by {sort!r}; choose one of {', '.join(SORT_COLUMNS)}")
    direction = "DESC" if descending else "ASC"
    return f" ORDER BY {column} {direction} NULLS LAST, a.id {direction}"


#: One encoder for every list column: ``json.dumps`` with options builds a new encoder per
#: call, which in an import of 50,000 activities (eleven list columns each) was measurable.
_COLUMN_JSON = json.JSONEncoder(ensure_ascii=False).encode


def _row_values(activity: Activity, data: dict[str, Any], catalogue_version: str,
                now: str) -> dict[str, Any]:
    """The activities row of ``activity``; ``data`` is its ``model_dump(mode="json")``
    (taken once per write, it is also the outbox payload and the version's diff)."""
    row = {
        "id": activity.id,
        "title": activity.title,
        "description": activity.description,
        "activity_type": data["activity_type"],
        "status": data["status"],
        "start_date": data["start_date"],
        "end_date": data["end_date"],
        "year": activity.year,
        "recurrence": data["recurrence"],
        "outcome": activity.outcome,
        "catalogue_version": catalogue_version,
        "updated_at": now,
    }
    for name in JSON_FIELDS:
        row[name] = _COLUMN_JSON(data[name])
    return row


class ActivityRepository:
    def __init__(self, db: sqlite_utils.Database, catalogue: Catalogue) -> None:
        self.db = db
        self.catalogue = catalogue
        self.history = History(db)

    # --- writes -------------------------------------------------------------------------

    def save(self, data: Activity | dict[str, Any]) -> Activity:
        """Create or replace an activity (by id) with its task mapping and outbox row."""
        activity = validate_activity(data, self.catalogue)
        with self.db.atomic():
            self._write([activity])
        return activity

    def save_many(self, records: Iterable[Activity | dict[str, Any]]) -> builtins.list[Activity]:
        """All-or-nothing: every record is validated first; one bad record writes nothing.

        Raises :class:`InvalidRecord` naming the record (``record 17``, counted from 1 as a
        person counts the activities of a file: ``record 1`` is the first) and the field.
        """
        activities: list[Activity] = []
        seen: set[str] = set()
        for number, data in enumerate(records, start=1):
            activity = validate_activity(data, self.catalogue, record=f"record {number}")
            if activity.id in seen:
                raise InvalidRecord([], f"record {number}: id {activity.id} appears twice")
            seen.add(activity.id)
            activities.append(activity)
        with self.db.atomic():
            for start in range(0, len(activities), 1000):
                self._write(activities[start : start + 1000])
        return activities

    def _write(
        self,
        activities: builtins.list[Activity],
        created: dict[str, str] | None = None,
        *,
        restored_from: int | None = None,
        remote: Author | None = None,
    ) -> None:
        """Write up to ~1,000 activities with set-based statements (imports of 50,000),
        with their outbox rows and their versions (the fields each write changed).

        ``created`` gives the creation time to keep for undeleted activities;
        ``restored_from`` marks the write as the restore of that version; ``remote`` is
        another device whose change came through the sync feed: no outbox row (the
        service has it already), and the version names that device.
        """
        now = utc_now()
        created = created or {}
        ids = [a.id for a in activities]
        marks = ",".join("?" * len(ids))
        before = {
            a.id: a.model_dump(mode="json")
            for a in self._activities(
                list(self.db.query(f"SELECT * FROM activities WHERE id IN ({marks})", ids))
            )
        }
        existing = set(before)
        dumps = [(a.id, a.model_dump(mode="json")) for a in activities]
        rows = [_row_values(a, dump, self.catalogue.version, now)
                for a, (_id, dump) in zip(activities, dumps, strict=True)]
        columns = list(rows[0])
        updates = [row for row in rows if row["id"] in existing]
        inserts = [
            {**row, "created_at": created.get(row["id"], now)}
            for row in rows
            if row["id"] not in existing
        ]
        if updates:
            assignments = ", ".join(f"{k} = :{k}" for k in columns if k != "id")
            self.db.conn.executemany(f"UPDATE activities SET {assignments} WHERE id = :id", updates)
            self.db.conn.executemany(
                "DELETE FROM activity_tasks WHERE activity_id = ?",
                [(row["id"],) for row in updates],
            )
        if inserts:
            names = [*columns, "created_at"]
            self.db.conn.executemany(
                f"INSERT INTO activities ({', '.join(names)}) "
                f"VALUES ({', '.join(':' + k for k in names)})",
                inserts,
            )
        self.db.conn.executemany(
            "INSERT INTO activity_tasks (activity_id, task_code) VALUES (?, ?)",
            [(a.id, code) for a in activities for code in a.task_codes],
        )
        if remote is None:
            record_changes(self.db, "activity", "upsert", dumps, self.catalogue.version)
        new_op: VersionOp = "undelete" if created else "create"
        old_op: VersionOp = "restore" if restored_from is not None else "update"
        self.history.record(
            "activity",
            [
                (aid, old_op, activity_changes(before[aid], dump))
                if aid in before
                else (aid, new_op, diff(None, dump) if created else {})
                for aid, dump in dumps
            ],
            restored_from=restored_from,
            who=remote,
        )

    def apply_remote(self, payloads: Sequence[dict[str, Any]], device_id: str) -> None:
        """Take activities as the service holds them (another device's change, or a merge).

        Validated against the domain model only: the task codes were checked by the
        service against the catalogue the change was made with, which this laptop may not
        have yet. Caller holds the transaction (one per feed page)."""
        activities = [parse(Activity, payload) for payload in payloads]
        if activities:
            self._write(activities, remote=remote_author(device_id))

    def remove_remote(self, activity_id: str, device_id: str) -> bool:
        """Delete an activity another device deleted (no outbox row); False if absent."""
        rows = list(self.db.query("SELECT * FROM activities WHERE id = ?", [activity_id]))
        if not rows:
            return False
        gone = self._activities(rows)[0].model_dump(mode="json")
        self.history.record("activity", [(activity_id, "delete", diff(gone, None))],
                            who=remote_author(device_id))
        self.db.execute("DELETE FROM activities WHERE id = ?", [activity_id])
        return True

    def restore_version(self, activity_id: str, version_id: int) -> Activity:
        """Make the activity what it was right after ``version_id`` (0: before its oldest
        recorded version): a normal change, with its outbox row and its own version."""
        with self.db.atomic():
            current = self.get(activity_id).model_dump(mode="json")
            versions = self.history.versions("activity", activity_id)
            if version_id and version_id not in {v.id for v in versions}:
                raise NotFound(f"activity {activity_id} has no version {version_id}")
            state = self.history.state_after(current, versions, version_id)
            state["id"] = activity_id
            activity = validate_activity(state, self.catalogue)
            self._write([activity], restored_from=version_id)
        return activity

    def versions(self, activity_id: str) -> builtins.list[Version]:
        """The activity's recorded versions, newest first."""
        return self.history.versions("activity", activity_id)

    def delete(self, activity_id: str) -> None:
        if not self.delete_many([activity_id]):
            raise NotFound(f"no activity with id {activity_id}")

    def delete_many(
        self, ids: Sequence[str], deletion_id: str | None = None
    ) -> builtins.list[str]:
        """Delete activities in one transaction, keeping each one under ``deletion_id`` so
        that :meth:`restore` can bring them back; returns the ids that existed.

        Pass the same ``deletion_id`` to delete one selection in several transactions. Only
        the newest :data:`KEEP_DELETIONS` deletions are kept.
        """
        deletion_id = deletion_id or new_id()
        now = utc_now()
        deleted: builtins.list[str] = []
        with self.db.atomic():
            fresh = self.db.execute(
                "SELECT 1 FROM deleted_activities WHERE deletion_id = ? LIMIT 1", [deletion_id]
            ).fetchone() is None
            for start in range(0, len(ids), 900):
                chunk = list(ids[start : start + 900])
                marks = ",".join("?" * len(chunk))
                rows = list(self.db.query(f"SELECT * FROM activities WHERE id IN ({marks})", chunk))
                created = {row["id"]: row["created_at"] for row in rows}
                gone = [(a.id, a.model_dump(mode="json")) for a in self._activities(rows)]
                self.db.conn.executemany(
                    "INSERT OR REPLACE INTO deleted_activities (deletion_id, activity_id, "
                    "payload, created_at, deleted_at) VALUES (?, ?, ?, ?, ?)",
                    [
                        (deletion_id, aid, json.dumps(dump, ensure_ascii=False), created[aid], now)
                        for aid, dump in gone
                    ],
                )
                self.history.record(
                    "activity", [(aid, "delete", diff(dump, None)) for aid, dump in gone]
                )
                for activity_id in chunk:
                    if activity_id in created and delete_with_change(
                        self.db, "activities", "activity", activity_id, self.catalogue.version
                    ):
                        deleted.append(activity_id)
            if fresh:
                self.db.execute(
                    "DELETE FROM deleted_activities WHERE deletion_id NOT IN (SELECT deletion_id "
                    "FROM deleted_activities GROUP BY deletion_id ORDER BY max(rowid) DESC "
                    "LIMIT ?)",
                    [KEEP_DELETIONS],
                )
        return deleted

    def deleted_count(self, deletion_id: str) -> int:
        """How many activities of a deletion can still be restored."""
        return int(
            self.db.execute(
                "SELECT count(*) FROM deleted_activities WHERE deletion_id = ?", [deletion_id]
            ).fetchone()[0]
        )

    def restore(self, deletion_id: str, limit: int | None = None) -> Restored:
        """Bring back activities of a deletion exactly as they were (id, every field, task
        mapping, creation time), each with an upsert in the outbox: a deletion not sent yet
        is replaced by it, one already sent is followed by it, so the Secretariat ends with
        the activity either way.

        An activity whose id exists again (imported since) is left as it is now and only
        counted in ``kept``. ``limit`` restores at most that many (a large deletion in
        several short transactions); call again until ``remaining`` is 0.
        """
        with self.db.atomic():
            sql = (
                "SELECT activity_id, payload, created_at FROM deleted_activities "
                "WHERE deletion_id = ? ORDER BY activity_id"
            )
            params: builtins.list[Any] = [deletion_id]
            if limit is not None:
                sql += " LIMIT ?"
                params.append(limit)
            rows = self.db.execute(sql, params).fetchall()
            if not rows and not self.deleted_count(deletion_id):
                raise NotFound("this deletion can no longer be undone")
            ids = [row[0] for row in rows]
            marks = ",".join("?" * len(ids))
            existing = {
                row[0]
                for row in self.db.execute(f"SELECT id FROM activities WHERE id IN ({marks})", ids)
            } if ids else set()
            restored = [
                validate_activity(json.loads(payload), self.catalogue, record=f"activity {aid}")
                for aid, payload, _created in rows
                if aid not in existing
            ]
            created = {aid: created_at for aid, _payload, created_at in rows}
            for start in range(0, len(restored), 1000):
                self._write(restored[start : start + 1000], created)
            self.db.conn.executemany(
                "DELETE FROM deleted_activities WHERE deletion_id = ? AND activity_id = ?",
                [(deletion_id, aid) for aid in ids],
            )
            remaining = self.deleted_count(deletion_id)
        return Restored(restored, len(existing), remaining)

    # --- reads --------------------------------------------------------------------------

    def get(self, activity_id: str) -> Activity:
        rows = list(self.db.query("SELECT * FROM activities WHERE id = ?", [activity_id]))
        if not rows:
            raise NotFound(f"no activity with id {activity_id}")
        return self._activities(rows)[0]

    def get_many(self, ids: Iterable[str]) -> dict[str, Activity]:
        """The stored activities among ``ids``, by id (unknown ids are left out); read in
        chunks so an import of 50,000 rows asks a few hundred queries, not 50,000."""
        wanted = list(dict.fromkeys(ids))
        found: dict[str, Activity] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = list(self.db.query(f"SELECT * FROM activities WHERE id IN ({marks})", chunk))
            found.update((a.id, a) for a in self._activities(rows))
        return found

    def _activities(self, rows: builtins.list[dict[str, Any]]) -> builtins.list[Activity]:
        ids = [row["id"] for row in rows]
        tasks = self._task_codes(ids)
        result = []
        for row in rows:
            data = {
                key: row[key]
                for key in (
                    "id",
                    "title",
                    "description",
                    "activity_type",
                    "status",
                    "start_date",
                    "end_date",
                    "recurrence",
                    "outcome",
                )
            }
            for name in JSON_FIELDS:
                data[name] = json.loads(row[name])
            data["task_codes"] = tasks.get(row["id"], [])
            result.append(Activity.model_validate(data))
        return result

    def _task_codes(self, ids: Sequence[str]) -> dict[str, list[str]]:
        order = {code: index for index, code in enumerate(self.catalogue.task_codes())}
        found: dict[str, list[str]] = {}
        for start in range(0, len(ids), 900):
            chunk = ids[start : start + 900]
            marks = ",".join("?" * len(chunk))
            for activity_id, code in self.db.execute(
                f"SELECT activity_id, task_code FROM activity_tasks WHERE activity_id IN ({marks})",
                list(chunk),
            ):
                found.setdefault(activity_id, []).append(code)
        for codes in found.values():
            codes.sort(key=lambda c: order.get(c, len(order)))
        return found

    def list(
        self,
        flt: ActivityFilter | None = None,
        sort: str = "start_date",
        descending: bool = False,
        limit: int | None = None,
        offset: int = 0,
    ) -> builtins.list[Activity]:
        """Whole activities (for export, the PDF and the CLI)."""
        where, params = _where(flt or ActivityFilter())
        sql = "SELECT a.* FROM activities a" + where + _order(sort, descending)
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [limit, offset]
        return self._activities(list(self.db.query(sql, params)))

    def count(self, flt: ActivityFilter | None = None) -> int:
        where, params = _where(flt or ActivityFilter())
        return int(
            self.db.execute("SELECT count(*) FROM activities a" + where, params).fetchone()[0]
        )

    def total(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM activities").fetchone()[0])

    def ids(
        self, flt: ActivityFilter | None = None, sort: str = "start_date", descending: bool = False
    ) -> builtins.list[str]:
        """Matching ids in display order: cheap even for 50,000 rows, for lazy views."""
        flt = flt or ActivityFilter()
        where, params = _where(flt)
        source = "activities a"
        if self._broad_search(flt):
            source += f" INDEXED BY idx_activities_sort_{sort}"
        sql = f"SELECT a.id FROM {source}" + where + _order(sort, descending)
        return [row[0] for row in self.db.execute(sql, params)]

    def _broad_search(self, flt: ActivityFilter) -> bool:
        """Whether a search matches so many activities that reading the sort's covering
        index (every activity's entry, already in order) beats one table lookup per match.

        SQLite's own plan looks each match up in the table and sorts them: about 15-20 µs
        per match when the pages are not cached (a worker's fresh connection), 170 ms for
        8,000 matches at 50,000 activities, against 25-50 ms for the whole index. Only a
        filter the index can answer qualifies (the search, task and id filters); the
        other filters read the table anyway.
        """
        query = fts_query(flt.search) if flt.search.strip() else ""
        if not query or any((flt.status, flt.year is not None, flt.activity_type, flt.form,
                             flt.location.strip(), flt.partner.strip(), flt.donor.strip(),
                             flt.date_from, flt.date_to, flt.period_start, flt.period_end)):
            return False
        matches = self.db.execute("SELECT count(*) FROM activities_fts "
                                  "WHERE activities_fts MATCH ?", [query]).fetchone()[0]
        # The largest rowid: about the number of activities, in one seek (a count reads
        # a whole index).
        rows = self.db.execute("SELECT max(rowid) FROM activities").fetchone()[0] or 0
        return bool(matches * 25 > rows)

    def matches(self, activity_id: str, flt: ActivityFilter | None = None) -> bool:
        """Whether the activity exists and passes ``flt`` (one indexed row: a list view
        checks an edited activity without re-running its whole query)."""
        where, params = _where(flt or ActivityFilter())
        where = (where + " AND" if where else " WHERE") + " a.id = ?"
        sql = "SELECT 1 FROM activities a" + where
        return self.db.execute(sql, [*params, activity_id]).fetchone() is not None

    def in_order(
        self, ids: Sequence[str], sort: str = "start_date", descending: bool = False
    ) -> builtins.list[str]:
        """The given (existing) ids in the order :meth:`ids` lists them, so a list view can
        place one changed activity among its neighbours with a few indexed lookups."""
        marks = ",".join("?" * len(ids))
        sql = f"SELECT a.id FROM activities a WHERE a.id IN ({marks})" + _order(sort, descending)
        return [row[0] for row in self.db.execute(sql, list(ids))]

    def summaries(self, ids: Sequence[str]) -> dict[str, ActivitySummary]:
        """Summary rows for the given ids (a page of a list view), keyed by id."""
        result: dict[str, ActivitySummary] = {}
        tasks = self._task_codes(ids)
        for start in range(0, len(ids), 900):
            chunk = list(ids[start : start + 900])
            marks = ",".join("?" * len(chunk))
            for row in self.db.query(
                "SELECT id, title, activity_type, status, start_date, end_date, locations, "
                f"partners, updated_at FROM activities WHERE id IN ({marks})",
                chunk,
            ):
                result[row["id"]] = ActivitySummary(
                    id=row["id"],
                    title=row["title"],
                    activity_type=row["activity_type"],
                    status=row["status"],
                    start_date=row["start_date"],
                    end_date=row["end_date"],
                    locations=json.loads(row["locations"]),
                    partners=json.loads(row["partners"]),
                    task_codes=tasks.get(row["id"], []),
                    updated_at=row["updated_at"],
                )
        return result

    def task_mappings(self, flt: ActivityFilter | None = None) -> builtins.list[TaskMapping]:
        """The matching activities with only their task codes, in id order.

        Light enough for 50,000 activities: what counting per task, section and chapter
        needs (:func:`focalpoint.analysis.coverage.task_coverage` counts each activity
        once per heading), without loading whole activities.
        """
        where, params = _where(flt or ActivityFilter())
        found: dict[str, builtins.list[str]] = {}
        for activity_id, code in self.db.execute(
            "SELECT t.activity_id, t.task_code FROM activity_tasks t WHERE t.activity_id IN "
            f"(SELECT a.id FROM activities a{where}) ORDER BY t.activity_id", params,
        ):
            found.setdefault(activity_id, []).append(code)
        return [TaskMapping(activity_id, tuple(codes)) for activity_id, codes in found.items()]

    def task_counts(self) -> dict[str, int]:
        """Activities mapped to each task (tasks with none are absent)."""
        return {
            code: count
            for code, count in self.db.execute(
                "SELECT task_code, count(*) FROM activity_tasks GROUP BY task_code"
            )
        }

    def years(self) -> builtins.list[int]:
        """The distinct years of the activities, ascending.

        One index seek per year (from each year to the next one), not ``SELECT DISTINCT``,
        which reads every activity's index entry: at 50,000 activities 25-40 ms, asked
        three times while the window is built (the filters and two period choosers).
        """
        return [
            row[0]
            for row in self.db.execute(
                "WITH RECURSIVE y(year) AS ("
                " SELECT min(year) FROM activities"
                " UNION ALL"
                " SELECT (SELECT min(year) FROM activities WHERE year > y.year)"
                " FROM y WHERE y.year IS NOT NULL)"
                " SELECT year FROM y WHERE year IS NOT NULL"
            )
        ]
