"""config/settings.py read afresh, as a new process reads it, under an environment of the
test's choosing: settings parsing is tested in-process, with no `manage.py` per value."""

import re
import runpy
from pathlib import Path

SETTINGS = Path(__file__).resolve().parent.parent / "config" / "settings.py"
# Every variable the settings read (env, envbool, envint, envlist), as the README test finds.
READ = set(re.findall(r'\benv\w*\(\s*"([A-Z][A-Z0-9_]*)"', SETTINGS.read_text()))


def settings_from(monkeypatch, **env):
    """The settings' names, with exactly `env` of the variables they read set."""
    for name in READ:
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(SETTINGS))
