"""A sealed evaluation set for the offline analyst: tables it was never tuned on, questions
written independently of its code, gold computed here with plain pandas."""
