"""Tests for the Telegram-free services."""
