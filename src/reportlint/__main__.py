"""``python -m reportlint``."""

from .cli import run

run()
