"""Text: normalisation for matching, Chinese numerals, numbers with units, dates and sums in prose."""
