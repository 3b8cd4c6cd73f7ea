"""The identifiability check and its vocabularies."""
