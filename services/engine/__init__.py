"""The engine: run loop, context building, event bus, worker pool."""
