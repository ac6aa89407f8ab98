"""Telegram adapters: read an Update, call a service, send a translated reply."""
