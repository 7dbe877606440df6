"""Every dependency named in pyproject.toml is installed at an exact version from
constraints.txt, so a fresh machine next month installs what CI tested."""

from __future__ import annotations

import re
import tomllib
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _normalize(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _pins() -> dict[str, str]:
    pins: dict[str, str] = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        name, sep, version = line.partition("==")
        assert sep, f"constraints.txt: {line!r} is not an exact pin (NAME==VERSION)"
        pins[_normalize(name)] = version.strip()
    return pins


def _requirement_names() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = list(project["dependencies"])
    for extra in project.get("optional-dependencies", {}).values():
        requirements.extend(extra)
    return {_normalize(re.split(r"[\s\[<>=!~;]", r, maxsplit=1)[0]) for r in requirements}


def test_every_dependency_is_pinned() -> None:
    pins = _pins()
    missing = sorted(_requirement_names() - set(pins))
    assert not missing, f"pin these in constraints.txt: {missing}"


def test_installed_versions_are_the_pinned_ones() -> None:
    pins = _pins()
    wrong = []
    for name in sorted(_requirement_names()):
        try:
            installed = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue  # an extra that this environment does not install
        if installed != pins.get(name):
            wrong.append(f"{name} {installed} (constraints.txt: {pins.get(name)})")
    assert not wrong, "installed versions differ from constraints.txt: " + ", ".join(wrong)
