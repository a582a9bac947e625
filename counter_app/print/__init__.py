"""Renderers of printed documents: plain data in, millimetres on a Qt paint device or PDF out."""
