"""``python -m reportlint``."""

from .cli import main

raise SystemExit(main())
