"""Shopkeeper: the offline back office for a one-person online shop."""

__version__ = "0.1.0"
APP_NAME = "Shopkeeper"
