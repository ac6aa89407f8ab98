"""Domain logic as plain async functions on a session; no Telegram types here."""
