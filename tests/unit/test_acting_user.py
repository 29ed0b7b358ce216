"""The front doors pass the acting user: every database session a page or an HTTP route
opens carries it (a session without one acts as the engine and sees everything), and every
page runs the sign-in gate first."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOORS = sorted([*ROOT.glob("pages/*.py"), *ROOT.glob("services/api/routes_*.py")])


def sessions_without_actor(path: Path) -> list[int]:
    """Lines of `….session()` / `….reader()` calls with no arguments."""
    found = []
    for node in ast.walk(ast.parse(path.read_text())):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("session", "reader")
            and isinstance(node.func.value, ast.Attribute)
            and node.func.value.attr == "db"
            and not node.args
            and not node.keywords
        ):
            found.append(node.lineno)
    return found


def test_every_session_a_page_or_route_opens_carries_the_acting_user():
    assert len(DOORS) >= 10
    missing = {
        str(path.relative_to(ROOT)): lines
        for path in DOORS
        if (lines := sessions_without_actor(path))
    }
    assert missing == {}, f"sessions opened without the acting user: {missing}"


def test_the_check_itself_finds_a_session_without_an_actor(tmp_path):
    page = tmp_path / "page.py"
    page.write_text(
        "with engine.db.session() as s:\n    pass\nwith engine.db.reader(me) as s:\n    pass\n"
    )
    assert sessions_without_actor(page) == [1]


def test_every_page_runs_the_sign_in_gate():
    for path in ROOT.glob("pages/*.py"):
        assert "signed_in()" in path.read_text(), f"{path.name} does not call signed_in()"
