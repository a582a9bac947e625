"""Layer 4: the whole program end to end (STYLE.md §5)."""
