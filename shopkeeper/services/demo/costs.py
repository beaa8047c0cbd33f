"""Cost snapshots on the demo's order lines, as the orders import keeps them.

The demo's costs do not change over time, so each line keeps its variant's cost;
variants without a cost leave their lines without one (shown as "lines without cost").
"""

from __future__ import annotations

from shopkeeper.services.demo.base import Context


def snapshot(ctx: Context) -> None:
    ctx.conn.execute(
        "UPDATE order_items SET unit_cost = "
        "(SELECT cost FROM variants v WHERE v.id = order_items.variant_id)"
    )
