"""The catalog sync job: mirrors the fair catalog into the local database (to come)."""
