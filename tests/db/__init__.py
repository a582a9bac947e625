"""Layer 2: the store and the core services on SQLite and PostgreSQL (STYLE.md §5)."""
