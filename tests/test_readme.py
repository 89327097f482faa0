"""The README tells the truth about the configuration."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_environment_variable_the_settings_read_is_in_the_readme_table():
    settings = (ROOT / "config" / "settings.py").read_text()
    read = set(re.findall(r'\benv\w*\(\s*"([A-Z][A-Z0-9_]*)"', settings))
    table = "\n".join(
        line for line in (ROOT / "README.md").read_text().splitlines() if line.startswith("| `")
    )
    listed = set(re.findall(r"`([A-Z][A-Z0-9_]*)`", table))
    assert len(read) > 30
    assert read - listed == set()
