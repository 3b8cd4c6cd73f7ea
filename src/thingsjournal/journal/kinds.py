"""The kinds of entry, as each file names its own, and what the journal calls those that are
not reflections (a reflection is known by its Thing and its status instead). Light to import,
for the lists that need only the names."""

ENTRY_KINDS = ("reflection", "learning", "assessment", "rating")
KIND_NAMES = {"learning": "learning log", "assessment": "self-assessment", "rating": "ratings"}
