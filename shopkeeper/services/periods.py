"""Named date ranges ("last 30 days", "last month") as inclusive (first, last) days."""

from __future__ import annotations

from datetime import date, timedelta

PRESETS = (
    "all_time",
    "today",
    "last_7_days",
    "last_30_days",
    "last_90_days",
    "this_month",
    "last_month",
    "this_year",
)


def preset_range(preset: str, today: date) -> tuple[date | None, date | None]:
    """The inclusive date range a quick preset stands for; all_time is (None, None)."""
    if preset == "all_time":
        return None, None
    if preset == "today":
        return today, today
    if preset.startswith("last_") and preset.endswith("_days"):
        days = int(preset.removeprefix("last_").removesuffix("_days"))
        return today - timedelta(days=days - 1), today
    if preset == "this_month":
        return today.replace(day=1), today
    if preset == "last_month":
        last = today.replace(day=1) - timedelta(days=1)
        return last.replace(day=1), last
    if preset == "this_year":
        return date(today.year, 1, 1), today
    raise ValueError(f"unknown preset: {preset}")
