"""Config: declared once, validated with the key's name, documented from the same table."""

from pathlib import Path

import pytest

from agent import config
from agent.errors import ConfigError

ROOT = Path(__file__).resolve().parent.parent
BASE = {"person": {"name": "Casey Candidate", "email": "casey@example.com"}}


def test_docs_are_written_from_the_declaration() -> None:
    assert (ROOT / "docs" / "configuration.md").read_text() == config.reference()


def test_example_config_is_valid() -> None:
    cfg = config.load(ROOT / "contrib" / "config.example.toml")
    assert cfg.backend == "google"
    assert cfg.policy.max_check_ins == 3


def test_defaults_fill_every_key(tmp_path: Path) -> None:
    cfg = config.from_mapping(BASE, tmp_path / "config.toml")
    assert cfg.backend == "local"
    assert cfg.policy.thank_you_due_hours == 24
    assert cfg.local["calendar"] == tmp_path / "calendar.ics"  # relative to the config file


@pytest.mark.parametrize(
    ("data", "named"),
    [
        ({**BASE, "policy": {"max_checkins": 3}}, "policy.max_checkins"),
        ({**BASE, "policy": {"max_check_ins": "three"}}, "policy.max_check_ins"),
        ({**BASE, "policy": {"max_check_ins": True}}, "policy.max_check_ins"),
        ({**BASE, "policy": {"morning": "9am"}}, "policy.morning"),
        ({**BASE, "policy": {"holidays": ["Christmas"]}}, "policy.holidays"),
        ({**BASE, "backend": "outlook"}, "backend"),
        ({**BASE, "colour": "blue"}, "colour"),
        ({"person": {"email": "casey@example.com"}}, "person.name"),
        ({"person": {"name": "  ", "email": "casey@example.com"}}, "person.name"),
        ({"person": {"name": "Casey"}}, "person.email"),
        ({**BASE, "person": {**BASE["person"], "timezone": "Mars/Olympus"}}, "person.timezone"),
        ({**BASE, "policy": {"unsent_nudge_hours": 30}}, "policy.unsent_nudge_hours"),
    ],
)
def test_bad_values_name_their_key(tmp_path: Path, data: dict, named: str) -> None:
    with pytest.raises(ConfigError) as raised:
        config.from_mapping(data, tmp_path / "config.toml")
    assert named in raised.value.message
    assert raised.value.exit_code == 2


def test_invalid_toml_is_a_config_error(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("backend = \n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        config.load(path)
