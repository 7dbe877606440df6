"""Dialogs of the desktop application."""
