"""reportlint: a compliance linter for report documents, driven by YAML rule packs."""

__version__ = "0.1.0"
