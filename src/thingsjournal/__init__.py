"""thingsjournal: a private reflective journal for leadership programmes in early learning and childcare.

Kept import-free so that `thingsjournal --version` and the console script start fast.
"""

__version__ = "0.1.0"
