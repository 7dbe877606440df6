"""Sync with the Secretariat: configuration, credentials, wire protocol and engine."""
