"""Mistakes a user can fix: shown as one line saying what and where, never as a traceback."""


class UserError(Exception):
    """Bad usage or bad input (an unknown Thing, a missing folder): the command line exits 2."""
