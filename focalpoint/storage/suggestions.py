"""Values already used in the store (partners, locations, donors), most used first.

Why: the same partner typed three ways ("IOM", "I.O.M.", "International Organization for
Migration") splits every count the Secretariat makes. Offering the spellings already in
the store, ranked by how often they are used, keeps entries consistent without a
controlled list. The queries live here so that no SQL is written in the interface.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

#: field -> SQL yielding one row per use of a value (the JSON lists of the activity row).
_USES = {
    "locations": "SELECT j.value AS value FROM activities a, json_each(a.locations) j",
    "partners": "SELECT j.value AS value FROM activities a, json_each(a.partners) j",
    "donors": "SELECT json_extract(j.value, '$.donor') AS value "
              "FROM activities a, json_each(a.funding) j",
}
FIELDS = tuple(_USES)


@dataclass(frozen=True)
class UsedValue:
    value: str
    uses: int


class SuggestionRepository:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def used(self, field: str, limit: int = 2000) -> list[UsedValue]:
        """Distinct values of ``field`` ("locations", "partners", "donors"), most used
        first, then alphabetically (case-insensitive). Empty values are left out."""
        if field not in _USES:
            raise ValueError(f"no suggestions for {field!r}; choose one of {', '.join(FIELDS)}")
        sql = (f"SELECT value, count(*) AS uses FROM ({_USES[field]}) "
               "WHERE value IS NOT NULL AND trim(value) != '' "
               "GROUP BY value ORDER BY uses DESC, value COLLATE NOCASE LIMIT ?")
        return [UsedValue(str(value), int(uses))
                for value, uses in self.db.execute(sql, [limit])]
