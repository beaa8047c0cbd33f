"""Settings of the app itself (not of a shop), each declared once with its default."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from shopkeeper import paths

MAX_RECENT = 8
LANGUAGES = ("en", "zh_CN")


class AppSettings:
    GEOMETRY = ("window/geometry", QByteArray())
    WINDOW_STATE = ("window/state", QByteArray())
    LAST_SHOP = ("shops/last", "")
    RECENT_SHOPS = ("shops/recent", [])
    LANGUAGE = ("ui/language", "")  # "" follows the system locale
    # JSON {path: {"opened": ISO time, "name": …, "currency": …}} beside the recent list,
    # so the welcome panel can tell when a shop was last opened, and name one whose file is gone.
    RECENT_DETAILS = ("shops/recent_details", "")

    def __init__(self, file: Path | None = None) -> None:
        self.qsettings = QSettings(str(file or paths.settings_file()), QSettings.Format.IniFormat)

    def get(self, setting):
        key, default = setting
        value = self.qsettings.value(key, default)
        if isinstance(default, list):
            if value in (None, ""):
                return []
            return [value] if isinstance(value, str) else list(value)
        return value

    def set(self, setting, value) -> None:
        self.qsettings.setValue(setting[0], value)
        self.qsettings.sync()

    def remember_shop(self, path: Path) -> None:
        text = str(path)
        recent = [p for p in self.get(self.RECENT_SHOPS) if p != text]
        self.set(self.RECENT_SHOPS, [text, *recent][:MAX_RECENT])
        self.set(self.LAST_SHOP, text)
        self.note_shop(path, opened=datetime.now().astimezone().isoformat(timespec="seconds"))

    def forget_shop(self, path: Path) -> None:
        self.set(self.RECENT_SHOPS, [p for p in self.get(self.RECENT_SHOPS) if p != str(path)])
        details = self.recent_details()
        if details.pop(str(path), None) is not None:
            self.set(self.RECENT_DETAILS, json.dumps(details, ensure_ascii=False))

    def recent_details(self) -> dict[str, dict[str, str]]:
        """What is known of each recent shop: when it was last opened, its name and currency."""
        try:
            details = json.loads(self.get(self.RECENT_DETAILS) or "{}")
        except ValueError:
            return {}
        return details if isinstance(details, dict) else {}

    def note_shop(self, path: Path, **facts: str) -> None:
        """Remember facts about a recent shop (only shops still in the recent list are kept)."""
        details = self.recent_details()
        entry = details.get(str(path), {})
        if all(entry.get(key) == value for key, value in facts.items()):
            return
        details[str(path)] = {**entry, **facts}
        recent = set(self.get(self.RECENT_SHOPS))
        details = {key: value for key, value in details.items() if key in recent}
        self.set(self.RECENT_DETAILS, json.dumps(details, ensure_ascii=False))
