"""Check kinds: one module per kind, each owning its part of the pack (``base.py`` says what a kind
declares; ``registry.py`` lists them in the order they run)."""
