"""Loads the compiled Qt translations (.qm) for the chosen language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from shopkeeper import paths
from shopkeeper.errors import UserError

_installed: list[QTranslator] = []


def system_language() -> str:
    return "zh_CN" if QLocale.system().name().startswith("zh") else "en"


def install_translators(app: QCoreApplication, language: str) -> str:
    """Install Shopkeeper's and Qt's own translators; returns the language in use."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    language = language or system_language()
    # Dates and numbers Qt formats (QLocale()) follow the chosen language, not the system's.
    QLocale.setDefault(QLocale(language))
    if language == "en":
        return language
    ours = QTranslator(app)
    if ours.load(str(paths.resource_path("translations", f"shopkeeper_{language}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
    # Qt's own strings (standard buttons, Cancel in dialogs).
    qt_base = QTranslator(app)
    if qt_base.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    return language


def user_message(exc: object) -> str:
    """A UserError's (or a listings FieldError's) message in the UI language."""
    if isinstance(exc, UserError) or hasattr(exc, "localized_values"):
        translate = QCoreApplication.translate
        template = translate("UserError", exc.template)
        try:
            return template.format(**exc.localized_values(translate))
        except (KeyError, IndexError):
            return exc.message
    return str(exc)
