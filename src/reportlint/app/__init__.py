"""Run a request: the settings in force, reading and checking each file, suppressions, baselines,
the process pool and the cross-document phase; the ``pack`` authoring commands."""
