"""A twenty-eighth sealed evaluation set for the offline analyst: tables from other packages and
other business domains, questions written by two helpers in different styles, independently
of its code; gold computed here with plain pandas."""
