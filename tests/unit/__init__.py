"""Layer 1: pure rules and Qt-free modules (STYLE.md §5)."""
