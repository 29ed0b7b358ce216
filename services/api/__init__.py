"""The Assistants-API-compatible HTTP server: `/v1` on the same engine and database as the
UI, so programs written for the retired Assistants API point `base_url` here and keep
working.

    from services.api.app import create_app
    app = create_app(engine)          # FastAPI; `workbench serve` runs it with uvicorn

Routes are grouped by object (routes_*.py); `access.py` says who may see what, `errors.py`
gives every failure the API's error body and status, `present.py` shows our objects as an
Assistants client expects them (a chart is an `image_file` of its PNG)."""
