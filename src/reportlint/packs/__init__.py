"""Rule packs: read the YAML (with ``extends:``), validate it, compile it, and choose one for a document."""
