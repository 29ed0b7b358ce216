"""PNG renditions of Plotly specs, rendered in the app (not the sandbox) with kaleido's
persistent Chromium server when kaleido and Chromium are present."""

from __future__ import annotations

import importlib.util
import logging
import shutil
import threading
import warnings
from typing import Any

log = logging.getLogger(__name__)


class ChartRenderer:
    def __init__(self) -> None:
        self.available = bool(importlib.util.find_spec("kaleido")) and any(
            shutil.which(name) for name in ("chromium", "chromium-browser", "google-chrome")
        )
        self._lock = threading.Lock()
        self._started = False
        self._warming = False

    def render(self, spec: dict[str, Any], *, width: int = 1000, height: int = 560) -> bytes | None:
        """PNG bytes, or None when no renderer is available or the spec cannot be drawn."""
        if not self.available:
            return None
        import plotly.graph_objects as go

        try:
            with self._lock:
                if not self._started:
                    import kaleido

                    kaleido.start_sync_server(silence_warnings=True)
                    self._started = True
                figure = go.Figure(spec)
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore", UserWarning)  # "kopts ignored with a server"
                    return figure.to_image(format="png", width=width, height=height)
        except Exception as error:  # a chart without a PNG is still a chart
            log.warning("PNG rendition failed: %s", error)
            return None

    def warm_up(self) -> None:
        """Start the browser in the background so the first chart does not wait for it."""
        with self._lock:
            if not self.available or self._warming:
                return
            self._warming = True
        if self.available:
            threading.Thread(
                target=self.render,
                args=({"data": [], "layout": {}},),
                name="chart-renderer-warm-up",
                daemon=True,
            ).start()

    def close(self) -> None:
        if self._started:
            try:
                import kaleido

                kaleido.stop_sync_server(silence_warnings=True)
            except Exception as error:
                log.debug("stopping kaleido: %s", error)
            self._started = False
