"""The chart renderer's own process: Plotly specs in (one JSON object per line on stdin),
PNG out (base64, one JSON object per line on stdout). The app starts it inside a network
namespace of its own, so the browser kaleido drives can reach no network at all."""

from __future__ import annotations

import base64
import json
import sys
import warnings


def main() -> None:
    import kaleido
    import plotly.graph_objects as go

    kaleido.start_sync_server(silence_warnings=True)
    try:
        for line in sys.stdin:
            request = json.loads(line)
            try:
                figure = go.Figure(request["spec"])
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore", UserWarning)
                    png = figure.to_image(
                        format="png", width=request["width"], height=request["height"]
                    )
                answer = {"png": base64.b64encode(png).decode()}
            except Exception as error:  # one bad spec must not end the server
                answer = {"error": f"{type(error).__name__}: {error}"[:500]}
            sys.stdout.write(json.dumps(answer) + "\n")
            sys.stdout.flush()
    finally:
        kaleido.stop_sync_server(silence_warnings=True)


if __name__ == "__main__":
    main()
