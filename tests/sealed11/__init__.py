"""An eleventh sealed evaluation set for the offline analyst: other tables, questions written
independently of its code, gold computed here with plain pandas."""
