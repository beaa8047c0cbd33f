"""Customer-service KPIs: tickets opened, median first response, satisfaction and NPS.

Works on both ticket schemas: with the Inbox's ``first_response_at`` and
``rating_scale`` columns, or (older shops) from the first seller message and 1–5 ratings.
"""

from __future__ import annotations

import datetime as dt
import statistics
from dataclasses import dataclass
from fractions import Fraction

from sqlite_utils import Database


@dataclass
class Service:
    opened: int = 0
    response_seconds: tuple[int, ...] = ()
    csat_rated: int = 0
    csat_happy: int = 0  # rated 4 or 5 of 5
    nps_rated: int = 0
    nps_promoters: int = 0  # 9–10 of 10
    nps_detractors: int = 0  # 0–6 of 10

    @property
    def median_first_response(self) -> int | None:
        """Seconds, rounded down; None when no ticket of the range has a reply."""
        if not self.response_seconds:
            return None
        return int(statistics.median(self.response_seconds))

    @property
    def satisfaction(self) -> Fraction | None:
        return Fraction(self.csat_happy, self.csat_rated) if self.csat_rated else None

    @property
    def nps(self) -> Fraction | None:
        """(promoters − detractors) ÷ rated, between −1 and 1."""
        if not self.nps_rated:
            return None
        return Fraction(self.nps_promoters - self.nps_detractors, self.nps_rated)


def service(db: Database, first: dt.date, last: dt.date, channel: str | None = None) -> Service:
    """Tickets created in ``first``..``last`` (merged ones counted once, in their target)."""
    columns = db["tickets"].columns_dict
    reply = (
        "t.first_response_at"
        if "first_response_at" in columns
        else "(SELECT min(m.sent_at) FROM ticket_messages m WHERE m.ticket_id = t.id "
        "AND m.author = 'seller')"
    )
    scale = "t.rating_scale" if "rating_scale" in columns else "'csat'"
    # The reply gap in SQL (julianday) rather than parsing 20,000 timestamps in Python.
    rows = db.execute(
        f"""SELECT CAST(round((julianday({reply}) - julianday(t.created_at)) * 86400) AS INTEGER),
                   t.rating, {scale} FROM tickets t
            WHERE t.created_at >= ? AND t.created_at < ? AND t.merged_into IS NULL
              AND (? IS NULL OR t.channel = ?)""",
        [first.isoformat(), (last + dt.timedelta(days=1)).isoformat(), channel, channel],
    ).fetchall()
    result = Service(opened=len(rows))
    seconds = []
    for gap, rating, rating_scale in rows:
        if gap is not None:
            seconds.append(max(0, gap))
        if rating is None:
            continue
        if rating_scale == "nps":
            result.nps_rated += 1
            result.nps_promoters += rating >= 9
            result.nps_detractors += rating <= 6
        else:
            result.csat_rated += 1
            result.csat_happy += rating >= 4
    result.response_seconds = tuple(seconds)
    return result
