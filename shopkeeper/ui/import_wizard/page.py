"""What every page of the import wizard shares: the state, and a line for problems."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWizardPage

from shopkeeper.errors import UserError
from shopkeeper.ui.i18n import user_message
from shopkeeper.ui.theme import problem_style


class ImportPage(QWizardPage):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.problem = QLabel(wordWrap=True)
        self.problem.setStyleSheet(problem_style())
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem.hide()

    @property
    def state(self):
        return self.wizard().state

    def show_problem(self, problem: BaseException | str) -> None:
        """Say what is wrong on the page itself; unexpected errors also go to the log."""
        if isinstance(problem, BaseException) and not isinstance(problem, UserError):
            self.wizard().runner.error_handler(problem)
            problem = self.tr(
                "Something unexpected went wrong; the details were written to "
                "the log. Nothing was changed."
            )
        text = user_message(problem) if isinstance(problem, BaseException) else problem
        self.problem.setText(text)
        self.problem.show()

    def clear_problem(self) -> None:
        self.problem.clear()
        self.problem.hide()

    def busy(self) -> bool:
        return self.wizard().job is not None
