"""The spelling check, in British English and offline: a Hunspell en_GB dictionary read with
spylls, and the words the user and the content packs add."""
