"""The layers stay visible: the core does no I/O and knows nothing of its callers."""

import ast
from pathlib import Path

AGENT = Path(__file__).resolve().parent.parent / "agent"
FORBIDDEN_IN_CORE = (
    "agent.backends",
    "agent.cli",
    "agent.store",
    "agent.cycle",
    "agent.app",
    "agent.textenv",
    "agent.mime",
    "sqlite3",
    "socket",
    "http",
    "urllib",
    "googleapiclient",
    "google",
    "subprocess",
    "shutil",
    "tempfile",
    "pathlib",
    "os",
)


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_core_imports_no_io_and_no_outer_layer() -> None:
    offenders = []
    for path in sorted((AGENT / "core").glob("*.py")):
        for name in imported_modules(path):
            if any(name == f or name.startswith(f + ".") for f in FORBIDDEN_IN_CORE):
                offenders.append(f"{path.name} imports {name}")
    assert offenders == []


def test_core_never_opens_files() -> None:
    for path in sorted((AGENT / "core").glob("*.py")):
        tree = ast.parse(path.read_text())
        calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call)]
        assert not any(isinstance(c.func, ast.Name) and c.func.id == "open" for c in calls), path


def test_backends_do_not_import_each_other_or_the_cli() -> None:
    for path in sorted((AGENT / "backends").rglob("*.py")):
        for name in imported_modules(path):
            assert not name.startswith(("agent.cli", "agent.cycle", "agent.app")), (path, name)
        other = "google" if "local" in path.parts else "local"
        assert not any(n.startswith(f"agent.backends.{other}") for n in imported_modules(path))


def test_the_agent_never_sends_mail() -> None:
    """Drafts only: no Gmail send method appears anywhere in the package."""
    for path in sorted(AGENT.rglob("*.py")):
        text = path.read_text()
        for needle in (".send(", "drafts().send", "messages().send", "smtplib"):
            assert needle not in text, f"{path} mentions {needle}"
