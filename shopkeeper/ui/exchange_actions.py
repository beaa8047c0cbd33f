"""File > Import and Export entries (built by the exchange issue)."""

from __future__ import annotations


def exchange_menu_entries(actions) -> list:
    return []


def start_import(window, file=None) -> None:
    return None
