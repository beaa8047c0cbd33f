"""Progress texts of long jobs, marked for translation; the UI shows them translated."""

from shopkeeper.errors import QT_TRANSLATE_NOOP

READING = QT_TRANSLATE_NOOP("Progress", "Reading the file…")
CHECKING = QT_TRANSLATE_NOOP("Progress", "Checking rows…")
WRITING = QT_TRANSLATE_NOOP("Progress", "Writing…")
WRITING_ORDERS = QT_TRANSLATE_NOOP("Progress", "Writing orders…")
WRITING_LISTINGS = QT_TRANSLATE_NOOP("Progress", "Writing listings…")
EXPORTING = QT_TRANSLATE_NOOP("Progress", "Exporting…")
