"""Model backends behind one protocol (see base.py) and the registry that names them."""

from services.llm.base import Backend, ModelEvent, ModelRequest
from services.llm.registry import BackendRegistry

__all__ = ["Backend", "BackendRegistry", "ModelEvent", "ModelRequest"]
