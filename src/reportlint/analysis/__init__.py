"""What a Document says: its title, year and sections, the label path of every table row and column,
the binding of a pack's tables and labels to grid cells, and identity expressions over them."""
