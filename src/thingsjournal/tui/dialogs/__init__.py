"""Dialogs: small screens over the current one that ask a question or offer a choice, each with its own footer (see `dialog.Dialog`)."""
