"""The files in deploy/ agree with the app: upload limits match Streamlit's, and every
workbench setting they name exists (README, "Host it for a team")."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from services.config import Settings

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
MAX_UPLOAD_MB = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())["server"][
    "maxUploadSize"
]


def test_nginx_accepts_uploads_as_large_as_streamlit_does():
    server_wide = re.findall(
        r"^    client_max_body_size (\d+)m;", (DEPLOY / "nginx.conf").read_text(), re.M
    )
    assert server_wide == [str(MAX_UPLOAD_MB)]


def test_caddy_accepts_uploads_as_large_as_streamlit_does():
    caddyfile = (DEPLOY / "Caddyfile").read_text()
    app_route = caddyfile[caddyfile.index("\thandle {") :]
    assert re.findall(r"max_size (\d+)MiB", app_route) == [str(MAX_UPLOAD_MB)]


@pytest.mark.parametrize("name", sorted(path.name for path in DEPLOY.iterdir()))
def test_every_workbench_setting_a_deploy_file_names_exists(name):
    known = {f"WORKBENCH_{field.upper()}" for field in Settings.model_fields}
    named = set(re.findall(r"\bWORKBENCH_[A-Z_]+\b", (DEPLOY / name).read_text()))
    assert named <= known, named - known
