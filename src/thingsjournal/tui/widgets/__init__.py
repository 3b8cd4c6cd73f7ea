"""Widgets the screens and dialogs are built from; they know no screen."""
