"""`followup doctor`: a checklist that says what is wrong and how to fix it.

Each check is independent, so one failure does not hide the next; only a
configuration that cannot be read stops the list (nothing else can be checked).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from agent import config as configuration
from agent.core import compose
from agent.errors import FollowupError
from agent.store import SCHEMA_VERSION, Store
from agent.textenv import make_environment


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str
    code: int = 1  # the exit code a failure means: 2 when a configuration key must change


def run(config_path: str | None) -> list[Check]:
    path = Path(config_path).expanduser() if config_path else configuration.default_path()
    try:
        cfg = configuration.load(path)
    except FollowupError as exc:
        return [Check("configuration", False, exc.message)]
    checks = [Check("configuration", True, f"{path} (backend: {cfg.backend})")]
    checks.append(_templates(cfg))
    checks.append(_store(cfg))
    if cfg.backend == "local":
        checks += _local(cfg)
    else:
        checks += _google(cfg)
    return checks


def _templates(cfg: configuration.Config) -> Check:
    try:
        problems = compose.check_templates(make_environment(cfg.templates_dir))
    except Exception as exc:  # a broken override must be reported, not crash the doctor
        return Check("templates", False, f"{exc}; fix the template in {cfg.templates_dir}")
    if problems:
        return Check("templates", False, "; ".join(problems))
    where = cfg.templates_dir or "shipped templates"
    return Check("templates", True, f"every template renders ({where})")


def _store(cfg: configuration.Config) -> Check:
    try:
        store = Store.open(cfg.state_path)
        store.close()
    except Exception as exc:
        return Check(
            "state store",
            False,
            f"{cfg.state_path}: {exc}; check the folder exists and is writable, or set state.path",
        )
    return Check("state store", True, f"{cfg.state_path} (schema {SCHEMA_VERSION})")


def _local(cfg: configuration.Config) -> list[Check]:
    from agent.doctor_local import local_checks

    return local_checks(cfg)


def _google(cfg: configuration.Config) -> list[Check]:
    from agent.app import google_backend

    return [Check(name, ok, detail) for name, ok, detail in google_backend(cfg).doctor_checks()]
