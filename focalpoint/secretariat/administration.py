"""What admins do from the pages: missions, tokens, halts, catalogues; and feedback.

Each action writes its rows and its audit row in one transaction: if the audit row cannot
be written, the action did not happen either.
"""

from __future__ import annotations

from dataclasses import dataclass

from focalpoint.catalogue import Catalogue, CatalogueError
from focalpoint.domain import MissionProfile
from focalpoint.secretariat.accounts import Actor, record_audit
from focalpoint.secretariat.auth import IssuedToken, new_token
from focalpoint.secretariat.store import ServiceStore, browse, catalogues, missions, schema, utc_now
from focalpoint.secretariat.store import feedback as feedback_queries
from focalpoint.validation import InvalidRecord, parse

MAX_FEEDBACK = 10_000
MAX_HALT = 500


class AdminError(ValueError):
    """Bad input for an administration action; nothing was changed."""


@dataclass(frozen=True)
class CataloguePreview:
    catalogue: Catalogue
    text: str
    current_version: str
    added: list[tuple[str, str]]
    changed: list[tuple[str, str, str]]
    removed: list[tuple[str, str]]
    already_published: bool


class Administration:
    def __init__(self, store: ServiceStore) -> None:
        self.store = store

    def _require_mission(self, code: str) -> str:
        code = code.strip().upper()
        with self.store.read() as conn:
            if not missions.exists(conn, code):
                raise AdminError(f"there is no mission {code} on this service")
        return code

    def add_mission(self, actor: Actor, code: str, name: str) -> IssuedToken:
        try:
            profile = parse(MissionProfile, {"code": code.strip(), "name": " ".join(name.split())})
        except InvalidRecord as error:
            raise AdminError(str(error)) from None
        issued = new_token()
        now = utc_now()
        with self.store.write() as conn:
            if missions.exists(conn, profile.code):
                raise AdminError(f"mission {profile.code} exists already; issue it a new token "
                                 "from its page instead")
            missions.insert(conn, profile.code, profile.name)
            missions.insert_token(conn, profile.code, issued)
            record_audit(conn, actor, "mission added", profile.code, profile.name, now=now)
            record_audit(conn, actor, "token issued", profile.code, issued.token_id, now=now)
        return issued

    def issue_token(self, actor: Actor, code: str) -> IssuedToken:
        code = self._require_mission(code)
        issued = new_token()
        now = utc_now()
        with self.store.write() as conn:
            missions.insert_token(conn, code, issued)
            record_audit(conn, actor, "token issued", code, issued.token_id, now=now)
        return issued

    def revoke_token(self, actor: Actor, code: str, token_id: str = "") -> int:
        """Revoke one token (or every active one without ``token_id``)."""
        code = self._require_mission(code)
        now = utc_now()
        with self.store.write() as conn:
            count = (missions.revoke_token(conn, code, token_id) if token_id
                     else missions.revoke_tokens(conn, code))
            if count == 0:
                raise AdminError("no active token to revoke" if not token_id else
                                 f"token {token_id} is not an active token of mission {code}")
            record_audit(conn, actor, "token revoked", code, token_id or f"all ({count})",
                         now=now)
        return count

    def set_halt(self, actor: Actor, code: str, message: str) -> None:
        code = self._require_mission(code)
        message = " ".join(message.split())
        if len(message) > MAX_HALT:
            raise AdminError(f"the halt message is longer than {MAX_HALT} characters")
        now = utc_now()
        with self.store.write() as conn:
            missions.set_halt(conn, code, message)
            record_audit(conn, actor, "sync halted" if message else "sync resumed", code,
                         message, now=now)

    def preview_catalogue(self, text: str) -> CataloguePreview:
        """Validate a catalogue file and compare it with the newest published version."""
        try:
            catalogue = Catalogue.from_json(text, source="the uploaded file")
        except CatalogueError as error:
            raise AdminError(str(error)) from None
        with self.store.read() as db:
            current = self.store.latest_catalogue(db)
        old = {t.code: t for t in current.tasks()}
        new = {t.code: t for t in catalogue.tasks()}
        with self.store.read() as conn:
            published = catalogues.version_json(conn, catalogue.version) is not None
        return CataloguePreview(
            catalogue=catalogue, text=text, current_version=current.version,
            added=[(c, t.text) for c, t in new.items() if c not in old],
            changed=[(c, old[c].text, t.text) for c, t in new.items()
                     if c in old and (t.text != old[c].text or t.bodies != old[c].bodies)],
            removed=[(c, t.text) for c, t in old.items() if c not in new],
            already_published=published,
        )

    def publish_catalogue(self, actor: Actor, text: str) -> CataloguePreview:
        preview = self.preview_catalogue(text)
        if preview.already_published:
            raise AdminError(f"catalogue version {preview.catalogue.version} is already "
                             "published; nothing changed")
        now = utc_now()
        with self.store.write() as conn:
            if conn.dialect.name == "postgresql":
                schema.lock_schema(conn)
            if not catalogues.add_version(conn, preview.catalogue):
                raise AdminError(f"catalogue version {preview.catalogue.version} is already "
                                 "published; nothing changed")
            record_audit(conn, actor, "catalogue published", preview.catalogue.version,
                         f"{len(preview.added)} added, {len(preview.changed)} changed, "
                         f"{len(preview.removed)} removed", now=now)
        return preview

    def add_feedback(self, actor: Actor, code: str, message: str,
                     activity_id: str = "") -> int:
        code = self._require_mission(code)
        message = message.strip()
        if not message:
            raise AdminError("the comment is empty")
        if len(message) > MAX_FEEDBACK:
            raise AdminError(f"the comment is longer than {MAX_FEEDBACK} characters")
        now = utc_now()
        with self.store.write() as conn:
            if activity_id and browse.activity(conn, code, activity_id) is None:
                raise AdminError(f"mission {code} has no activity {activity_id}")
            number = feedback_queries.add(
                conn, code, message, actor.name, "activity" if activity_id else "",
                activity_id, staff_id=actor.staff_id)
            record_audit(conn, actor, "feedback", f"{code} {activity_id}".strip(),
                         message[:200], now=now)
        return number
