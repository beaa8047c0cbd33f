"""Old imported tickets arrive resolved, so a history file does not flood the Inbox.

A review or chat export usually has no status column, and a ticket without a status
would be open and long overdue: years-old reviews would fill Overdue and Today. So a
ticket new to the shop, imported without a status, whose customer was last heard from
more than ``QUIET_DAYS`` before the import (its creation time or its latest customer
message, whichever is later) is imported as resolved, resolved when last heard from.
A file with a status keeps its statuses; a customer writing again reopens the ticket
as usual. The dry run says how many tickets this resolved, in one note.
"""

from __future__ import annotations

import datetime as dt

from shopkeeper.errors import QT_TRANSLATE_NOOP
from shopkeeper.services import ticket_due

from ..errors import CellError

QUIET_DAYS = 30

IMPORTED_RESOLVED = QT_TRANSLATE_NOOP(
    "CellError",
    "tickets without a status whose customer last wrote before {cutoff} ({days} days "
    "before this import) are imported as resolved ({count:,} in this file), so old reviews "
    "and chats do not fill the Inbox; map a Status column to keep them open",
)


class QuietRule:
    """Decides, per new ticket without a status, whether it arrives resolved."""

    def __init__(self, db) -> None:
        rules = ticket_due.rules(db)
        self.zone = rules.zone
        self.cutoff = rules.now() - dt.timedelta(days=QUIET_DAYS)
        self.first_row: int | None = None  # the row the dry run's note goes on
        self.count = 0

    def _time(self, text) -> dt.datetime | None:
        try:
            return ticket_due.parse_time(str(text), self.zone)
        except ValueError:
            return None

    def resolved_at(self, created: str | None, messages, row_index: int) -> str | None:
        """The resolution time (the customer last heard from) for a ticket that arrives
        resolved, else None. ``messages`` are (author, body, sent_at) tuples."""
        if not created:
            return None  # no date: it is created now, so it is not old
        heard = [self._time(created)]
        heard += [self._time(sent) for author, _body, sent in messages if author == "customer"]
        if any(moment is None for moment in heard):
            return None  # a time we cannot read: better open than silently closed
        last = max(heard)
        if last >= self.cutoff:
            return None
        self.count += 1
        if self.first_row is None or row_index < self.first_row:
            self.first_row = row_index
        return ticket_due.iso(last)

    def notes(self) -> list:
        if not self.count:
            return []
        error = CellError(
            IMPORTED_RESOLVED,
            count=self.count,
            cutoff=self.cutoff.date().isoformat(),
            days=QUIET_DAYS,
        )
        return [(self.first_row, "status", error)]
