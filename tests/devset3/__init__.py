"""A third development set for the offline analyst (tune on it): other tables, questions
written without reading its code, gold computed here with plain pandas."""
