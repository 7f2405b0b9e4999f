"""The version of reportlint, in the bottom layer so that every stage can name it (in JSON, SARIF,
HTML and baselines) without importing the package root, which holds the library API above them all."""

__version__ = "0.1.0"
