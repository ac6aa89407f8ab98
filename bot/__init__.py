"""Fair Concierge: the core. Services here know no Telegram types."""
