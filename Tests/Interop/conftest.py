"""Shared fixtures for the interop tests: where the repository and the parley
binary are, and a helper that runs parley.

PARLEY (environment) overrides the binary; the default is the debug build,
<repo>/.build/debug/parley. A missing binary fails the test with a clear
message: it is never a silent skip.
"""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
SCHEMA_PATH = REPO_ROOT / "Sources" / "ParleyCore" / "Schema" / "parley-ir-1.0.schema.json"
MISSING_BINARY = "build parley first (swift build) or set PARLEY"
TIMEOUT = 300  # seconds, for one parley run


def parley_path() -> Path:
    """The parley binary: $PARLEY, or <repo>/.build/debug/parley."""
    env = os.environ.get("PARLEY")
    return Path(env) if env else REPO_ROOT / ".build" / "debug" / "parley"


def require_parley() -> Path:
    """The parley binary, or fail the current test if it is missing."""
    path = parley_path()
    if not (path.is_file() and os.access(path, os.X_OK)):
        pytest.fail(f"{MISSING_BINARY} (no executable at {path})", pytrace=False)
    return path


@pytest.fixture(scope="session")
def repo_root() -> Path:
    """The repository's root folder."""
    return REPO_ROOT


@pytest.fixture(scope="session")
def schema_path() -> Path:
    """The IR's JSON Schema file."""
    return SCHEMA_PATH


@pytest.fixture
def parley() -> Path:
    """The path of the parley binary; fails the test if it does not exist."""
    return require_parley()


def make_runner(parley: Path):
    """run_parley's function for the binary at parley (see run_parley)."""

    def run(*args, input=None, timeout=TIMEOUT, cwd=None, env=None):
        return subprocess.run(
            [str(parley), *map(str, args)],
            input=input,
            capture_output=True,
            encoding=None if isinstance(input, bytes) else "utf-8",
            cwd=REPO_ROOT if cwd is None else cwd,
            env=env,
            timeout=timeout,
        )

    return run


@pytest.fixture
def run_parley(parley):
    """A function run_parley(*args, input=None, timeout=TIMEOUT, cwd=None, env=None)
    -> CompletedProcess.

    Runs parley with args from the repository root (or cwd) and captures its
    output. With input a str (or None) the output is text; with input bytes it
    is bytes. env, when given, replaces the environment. It does not check the
    exit code: the test asserts on it.
    """
    return make_runner(parley)


@pytest.fixture(scope="module")
def run_parley_module():
    """run_parley for module-scoped fixtures (one expensive run shared by
    several tests); fails them if the binary is missing."""
    return make_runner(require_parley())


def tool_installing(command: str, package: str) -> str | None:
    """The path of `command`, installed from Debian's `package` when it is
    missing and apt-get can (as root, as in CI); None when neither works."""
    path = shutil.which(command)
    if path is None and os.geteuid() == 0 and shutil.which("apt-get"):
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(["apt-get", "update", "-qq"], env=env, capture_output=True, timeout=600)
        subprocess.run(["apt-get", "install", "-y", "-qq", package], env=env,
                       capture_output=True, timeout=900)
        path = shutil.which(command)
    return path
