"""Settings of the app itself (not of a shop), each declared once with its default."""

from __future__ import annotations

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

    def forget_shop(self, path: Path) -> None:
        self.set(self.RECENT_SHOPS, [p for p in self.get(self.RECENT_SHOPS) if p != str(path)])
