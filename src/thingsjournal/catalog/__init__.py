"""The content: programmes, Things and frameworks as models, the packs they load from, and the validated-content cache."""
