"""The offline demo: the real bot against the Bot API double, with a web chat on top."""
