"""Layer 3: Qt models and widgets (STYLE.md §5)."""
