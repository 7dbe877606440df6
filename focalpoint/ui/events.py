"""Application-wide signals (Vorta's pattern), handed to each view through its constructor.

Why: views must not reach into each other. When the editor saves an activity, the table,
the Action Plan counts, the questionnaire's task lists and the status bar's "waiting to be
sent" figure all need to refresh; each listens to one signal here instead of being called.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Events(QObject):
    #: An activity was created, changed or deleted (its id; '' when several changed at once).
    activity_changed = Signal(str)
    #: A questionnaire response was saved or submitted (its id).
    response_changed = Signal(str)
    #: Sync settings changed (server, mission, token, interval).
    settings_changed = Signal()
    #: A sync run ended; the argument is the engine's result object (or None).
    sync_finished = Signal(object)
    #: Something was written that the Secretariat must receive (outbox grew).
    outbox_changed = Signal()
    #: A conflict between two devices was resolved here (the sync's own news comes with
    #: ``sync_finished``): the Conflicts list and its badge re-read the store.
    conflicts_changed = Signal()
