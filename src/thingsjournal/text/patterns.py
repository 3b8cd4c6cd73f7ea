"""The text patterns that ids and links must match, with what to tell a person who got one wrong."""

SLUG = r"^[a-z0-9]+(-[a-z0-9]+)*$"
LINK = r"^https?://[^\s\x00-\x1f\x7f-\x9f]+$"  # no space, and no control character
ID_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"  # no 0/o, 1/i/l: easy to read and type
ID_LENGTH = 8
ENTRY_ID = rf"^[{ID_ALPHABET}]{{{ID_LENGTH}}}$"
REGISTRATION_NUMBER = r"^\d{0,10}$"
ONE_LINE = r"^[^\n\r]*$"
PLAIN_LINE = r"^[^\x00-\x1f\x7f-\x9f]*$"  # one line, and no control character
ID_CHARACTERS = "the digits 2 to 9 and the lower-case letters but i, l and o"

EXPECTED = {
    REGISTRATION_NUMBER: "expected digits alone (at most 10)",
    ONE_LINE: "expected one line",
    PLAIN_LINE: "expected one line without control characters",
    SLUG: "expected lower-case letters and digits joined by single hyphens",
    LINK: "expected a web address starting with http:// or https://",
    ENTRY_ID: f"expected an entry id of {ID_LENGTH} characters, each one of {ID_CHARACTERS}",
}
