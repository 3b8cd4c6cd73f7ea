"""An entry's Open Badge: whether it is ready to apply for (`ready`)."""
