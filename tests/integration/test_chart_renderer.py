"""The PNG renderer (Chromium, outside the sandbox) reaches no network, however the spec a
sandboxed cell made is written; it starts only when a chart needs a PNG and stops idle."""

from __future__ import annotations

import socket
import threading
import time

import pytest

from services.sandbox.charts import ChartRenderer, sanitise

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not ChartRenderer().available, reason="kaleido or Chromium missing"),
]


class Listener:
    """A TCP listener on the host's loopback that counts who connects."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.hits = 0
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self.server.accept()
            except OSError:
                return
            self.hits += 1
            connection.close()

    def close(self) -> None:
        self.server.close()


def spec_fetching(url: str) -> dict:
    return {
        "data": [{"type": "bar", "x": ["a"], "y": [1]}],
        "layout": {
            "images": [{"source": url, "xref": "paper", "yref": "paper", "x": 0, "y": 1,
                        "sizex": 1, "sizey": 1}],
        },
    }  # fmt: skip


def test_a_spec_pointing_at_a_host_loopback_url_makes_no_request():
    listener = Listener()
    renderer = ChartRenderer()
    try:
        png = renderer.render(spec_fetching(f"http://127.0.0.1:{listener.port}/secret.png"))
        assert png is not None and png.startswith(b"\x89PNG")
        time.sleep(1)
        assert listener.hits == 0
    finally:
        renderer.close()
        listener.close()


def test_even_an_unsanitised_spec_cannot_reach_the_network_from_the_renderer():
    listener = Listener()
    renderer = ChartRenderer()
    try:  # sanitising bypassed: the renderer's own network namespace is what holds
        url = f"http://127.0.0.1:{listener.port}/secret.png"
        renderer._render_raw(spec_fetching(url), width=400, height=300)
        time.sleep(1)
        assert listener.hits == 0
    finally:
        renderer.close()
        listener.close()


def test_sanitising_drops_every_external_reference_and_keeps_data_images():
    inline = "data:image/png;base64,iVBORw0KGgo="
    spec = {
        "layout": {
            "images": [{"source": "https://example.test/a.png"}, {"source": inline}],
            "mapbox": {"style": "mapbox://styles/x"},
            "title": {"text": "Sales"},
        },
        "data": [{"type": "scatter", "marker": {"symbol": "//evil.test/x"}}],
    }
    clean = sanitise(spec)
    assert clean["layout"]["images"] == [{"source": inline}]
    assert clean["layout"]["mapbox"]["style"] == ""
    assert clean["data"][0]["marker"]["symbol"] == ""
    assert clean["layout"]["title"]["text"] == "Sales"


def test_the_renderer_starts_with_the_first_png_and_stops_when_idle():
    renderer = ChartRenderer(idle_seconds=1.0)
    try:
        assert not renderer.running
        assert renderer.render({"data": [{"type": "bar", "x": [1], "y": [2]}]}) is not None
        assert renderer.running
        deadline = time.monotonic() + 15
        while renderer.running and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not renderer.running
    finally:
        renderer.close()


def test_code_that_makes_no_plotly_chart_does_not_start_the_renderer(make_engine):
    engine = make_engine(sandbox_warm_kernels=0)
    result = engine.code_interpreter.run(thread_id="plain", code="print(sum(range(10)))")
    assert result.output.strip() == "45"
    assert not engine.renderer.running
