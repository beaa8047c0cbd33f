"""The KPI tab's daily rollups, computed once the demo's orders are written."""

from __future__ import annotations

from sqlite_utils import Database

from shopkeeper.services import kpi_rollup
from shopkeeper.services.demo.base import Context


def refresh(ctx: Context) -> None:
    kpi_rollup.refresh(Database(ctx.conn))  # inside the demo's own transaction
