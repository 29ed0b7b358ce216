"""Render-only building blocks for the pages: they take service objects and draw them."""
