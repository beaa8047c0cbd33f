"""File > Import…: the import wizard (see wizard.py)."""

from .wizard import ImportWizard

__all__ = ["ImportWizard"]
