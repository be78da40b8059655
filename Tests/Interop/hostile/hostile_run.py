"""How the hostile catalogue runs parley: bounded in time and memory, measured,
and checked the same way for every case.

run_bounded() starts parley in its own session with standard output and
standard error going to files, polls its memory from /proc every 10 ms (the
peak is the highest VmHWM/VmRSS seen), kills its process group when it runs
past the time limit or past HARD_RSS_BYTES, and reaps it with os.wait4.
Nothing is skipped: a missing binary fails the test through
conftest.require_parley.

The helpers below make the common checks test_hostile.test_case applies to
every case, the five promises of issue 16:
the exit code; key words on standard error; no output and no `.parley-*.tmp`
left behind by a failed run; no canary content in anything parley wrote
(and, where strace works, no system call naming the canary folder and no
network connection); a bound on time and on peak memory.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

MiB = 1024 * 1024
MAX_RSS_BYTES = 1536 * MiB  # the bound every case asserts (1.5 GiB)
HARD_RSS_BYTES = 2048 * MiB  # the watchdog kills parley beyond this
DEFAULT_SECONDS = 20.0  # the time bound of a case unless it says otherwise
PASSWD_MARKER = "root:x:0:0"  # a line of /etc/passwd that must never be echoed

TMP_RE = re.compile(r"^\.parley-.*\.tmp$")
# C0 controls other than tab and newline, and DEL: never raw on standard error.
RAW_CONTROL_RE = re.compile(rb"[\x00-\x08\x0b-\x1f\x7f]")
INET_CONNECT_RE = re.compile(r"connect\([^)]*AF_INET6?")


@dataclasses.dataclass
class Result:
    """One parley run: what it printed and what it cost."""

    argv: list
    returncode: int | None  # negative: killed by that signal
    stdout: bytes
    stderr: bytes
    seconds: float
    peak_rss: int  # bytes
    killed: str | None  # "time" or "memory" when the harness killed it
    strace_log: str | None = None

    @property
    def err(self) -> str:
        return self.stderr.decode("utf-8", "replace")

    @property
    def out(self) -> str:
        return self.stdout.decode("utf-8", "replace")

    def summary(self) -> str:
        """rc, first stderr line, time and memory: the report's columns."""
        first = self.err.strip().splitlines()[0] if self.err.strip() else "(no stderr)"
        killed = f" KILLED ({self.killed} bound)" if self.killed else ""
        return (
            f"observed: exit {self.returncode}{killed}; {self.seconds:.2f} s; "
            f"peak RSS {self.peak_rss / MiB:.0f} MiB; stderr: {first[:300]!r}"
        )


def clean_env(extra: dict | None = None) -> dict:
    """The environment without plugins from outside the test (no
    PARLEY_PLUGIN_PATH, no PATH folder holding a parley-export-*)."""
    env = {k: v for k, v in os.environ.items() if k != "PARLEY_PLUGIN_PATH"}
    env["PATH"] = ":".join(
        folder
        for folder in os.environ.get("PATH", "/usr/bin:/bin").split(":")
        if folder and not any(Path(folder).glob("parley-export-*"))
    )
    env.setdefault("LC_ALL", "C.UTF-8")
    env.update(extra or {})
    return env


def _memory(pid: int) -> tuple:
    """(VmRSS, VmHWM) of pid in bytes, from /proc; (0, 0) once it is gone.
    VmHWM is the peak RSS of the process's own address space since its exec
    (wait4's ru_maxrss is not used: Linux carries the forking parent's RSS
    across fork and exec into it, so it would measure pytest)."""
    rss = hwm = 0
    try:
        with open(f"/proc/{pid}/status", "rb") as status:
            for line in status:
                if line.startswith(b"VmRSS:"):
                    rss = int(line.split()[1]) * 1024
                elif line.startswith(b"VmHWM:"):
                    hwm = int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return rss, hwm


def _session_pids(sid: int) -> list:
    """The processes of session sid (parley under strace is strace's child)."""
    pids = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as stat:
                    fields = stat.read().rsplit(b")", 1)[1].split()
                if int(fields[3]) == sid:
                    pids.append(int(entry))
            except (OSError, ValueError, IndexError):
                pass
    return pids


_STRACE_OK: bool | None = None


def strace_works() -> bool:
    """Whether strace can trace a child here (ptrace may be forbidden)."""
    global _STRACE_OK
    if _STRACE_OK is None:
        exe = shutil.which("strace")
        _STRACE_OK = bool(exe) and subprocess.run(
            [exe, "-f", "-qq", "-e", "trace=none", "true"],
            capture_output=True, timeout=20,
        ).returncode == 0
    return _STRACE_OK


def wrap_argv(argv: list, wrap: str | None) -> list:
    """argv with the case's wrapper: closed standard output, or (as root) no
    capability to override file permissions, so that a read-only folder is
    read-only for parley too."""
    if wrap is None:
        return argv
    if wrap == "closed-stdout":
        return ["/bin/sh", "-c", 'exec "$@" >&-', "sh", *argv]
    if wrap == "no-dac":
        if os.geteuid() != 0:
            return argv
        setpriv = shutil.which("setpriv")
        assert setpriv, "running as root: setpriv is needed to drop CAP_DAC_OVERRIDE"
        return [setpriv, "--bounding-set=-dac_override,-dac_read_search,-fowner", *argv]
    raise ValueError(wrap)


def run_bounded(
    argv: list,
    *,
    cwd: Path,
    io_dir: Path,
    stdin=None,
    timeout: float = DEFAULT_SECONDS,
    env: dict | None = None,
    wrap: str | None = None,
    strace: bool = False,
    on_start=None,
) -> Result:
    """Runs argv (parley first) in cwd; stdin is None (/dev/null), bytes, or a
    path to open (e.g. /dev/zero). Kills it after timeout seconds or beyond
    HARD_RSS_BYTES. on_start(popen), when given, is called once it runs (the
    signal tests use it) and may return early by raising nothing."""
    io_dir.mkdir(parents=True, exist_ok=True)
    out_path, err_path = io_dir / "stdout", io_dir / "stderr"
    cmd = [str(a) for a in argv]
    strace_path = None
    if strace and strace_works():
        strace_path = io_dir / "strace.log"
        cmd = [shutil.which("strace"), "-f", "-qq", "-s", "256", "-o", str(strace_path),
               "-e", "trace=%file,connect", *cmd]
    cmd = wrap_argv(cmd, wrap)

    if stdin is None:
        stdin_file = open(os.devnull, "rb")
    elif isinstance(stdin, (bytes, bytearray)):
        (io_dir / "stdin").write_bytes(stdin)
        stdin_file = open(io_dir / "stdin", "rb")
    else:
        stdin_file = open(stdin, "rb")

    killed = None
    peak = 0
    with stdin_file, open(out_path, "wb") as out, open(err_path, "wb") as err:
        start = time.monotonic()
        proc = subprocess.Popen(
            cmd, cwd=cwd, stdin=stdin_file, stdout=out, stderr=err,
            env=clean_env() if env is None else env, start_new_session=True,
        )
        if on_start is not None:
            on_start(proc)
        while True:
            pid, status, _ = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            # Under strace, parley is strace's child: watch the whole session.
            watched = (_session_pids(proc.pid) or [proc.pid]) if strace_path is not None else [proc.pid]
            for one in watched:
                rss, hwm = _memory(one)
                peak = max(peak, rss, hwm)
            elapsed = time.monotonic() - start
            if killed is None and (elapsed > timeout or peak > HARD_RSS_BYTES):
                killed = "time" if elapsed > timeout else "memory"
                try:
                    os.killpg(proc.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
            time.sleep(0.01)
        seconds = time.monotonic() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    # Anything parley left in its session (not its plugins: they have their own
    # process groups, and the tests that start them clean them up).
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    return Result(
        argv=cmd, returncode=proc.returncode,
        stdout=out_path.read_bytes(), stderr=err_path.read_bytes(),
        seconds=seconds, peak_rss=peak, killed=killed,
        strace_log=strace_path.read_text("utf-8", "replace") if strace_path and strace_path.exists() else None,
    )


# --- the tree of the working directory -------------------------------------

def snapshot(root: Path) -> dict:
    """relpath -> (kind, size, mtime_ns, inode) of everything under root,
    following no link and opening no file (FIFOs stay unopened)."""
    entries = {}
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        for name in dirnames + filenames:
            path = Path(dirpath) / name
            try:
                st = path.lstat()
            except OSError:
                continue
            kind = ("dir" if os.path.isdir(path) and not path.is_symlink()
                    else "link" if path.is_symlink()
                    else "fifo" if path.is_fifo()
                    else "file")
            entries[str(path.relative_to(root))] = (kind, st.st_size if kind == "file" else 0,
                                                    st.st_mtime_ns if kind == "file" else 0,
                                                    st.st_ino)
    return entries


def temp_files(root: Path) -> list:
    """Every `.parley-*.tmp` under root, hidden folders included."""
    found = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        found += [str(Path(dirpath, n).relative_to(root)) for n in filenames + dirnames
                  if TMP_RE.match(n)]
    return found


def changed_files(before: dict, after: dict) -> list:
    """Files (not folders) that are new or changed between two snapshots."""
    return sorted(
        path for path, entry in after.items()
        if entry[0] != "dir" and before.get(path) != entry
    )


def leftovers(before: dict, after: dict) -> list:
    """What a failed run changed: new or changed files and links (a new empty
    folder is not an output), and anything removed."""
    new = changed_files(before, after)
    gone = sorted(set(before) - set(after))
    return new + [f"(removed) {p}" for p in gone]


# --- the canary -------------------------------------------------------------

def read_outputs(root: Path, paths: list, limit: int = 512 * MiB) -> dict:
    data = {}
    for rel in paths:
        path = root / rel
        try:
            if path.is_file() and not path.is_symlink() and path.stat().st_size <= limit:
                data[rel] = path.read_bytes()
        except OSError:
            pass
    return data


def canary_problems(result: Result, outputs: dict, tokens: list, canary_dir: str | None,
                    passwd: bool = True) -> list:
    """Canary content (or /etc/passwd's first line) in what parley printed or
    wrote; with strace, a system call naming the canary folder, or a network
    connection."""
    problems = []
    markers = [t for t in tokens if t] + ([PASSWD_MARKER] if passwd else [])
    for marker in markers:
        where = [name for name, blob in [("stdout", result.stdout), ("stderr", result.stderr),
                                         *outputs.items()] if marker.encode() in blob]
        if where:
            problems.append(f"content of a file outside the working directory ({marker[:24]}…) "
                            f"appears in: {', '.join(where)}")
    if result.strace_log is not None:
        calls = [line for line in result.strace_log.splitlines() if "execve(" not in line]
        if canary_dir:
            touched = [line for line in calls if canary_dir in line]
            if touched:
                problems.append("a system call named the canary folder outside the working "
                                f"directory: {touched[0][:200]}")
        if passwd:
            touched = [line for line in calls if '"/etc/passwd"' in line]
            if touched:
                problems.append(f"/etc/passwd was touched: {touched[0][:200]}")
        nets = [line for line in calls if INET_CONNECT_RE.search(line)]
        if nets:
            problems.append(f"a network connection was attempted: {nets[0][:200]}")
    return problems


# --- key words ----------------------------------------------------------------

def keyword_problems(text: str, wanted, unwanted) -> list:
    """wanted: every entry must occur (case-insensitive substring, or a regex
    when it starts with "re:"); unwanted: none may occur."""
    problems = []
    for word in wanted:
        if word.startswith("re:"):
            if not re.search(word[3:], text, re.IGNORECASE | re.MULTILINE):
                problems.append(f"stderr lacks /{word[3:]}/")
        elif word.lower() not in text.lower():
            problems.append(f"stderr lacks {word!r}")
    for word in unwanted:
        if word.startswith("re:"):
            if re.search(word[3:], text, re.IGNORECASE | re.MULTILINE):
                problems.append(f"stderr has /{word[3:]}/ (should not)")
        elif word.lower() in text.lower():
            problems.append(f"stderr has {word!r} (should not)")
    return problems


def exit_problems(result: Result, expected) -> list:
    allowed = expected if isinstance(expected, (tuple, list, set, frozenset)) else (expected,)
    if result.returncode in allowed:
        return []
    want = " or ".join(str(code) for code in allowed)
    return [f"exit code {result.returncode}, expected {want}"]


def bound_problems(result: Result, max_seconds: float, max_rss: int = MAX_RSS_BYTES) -> list:
    problems = []
    if result.killed == "memory":
        problems.append(f"killed past {HARD_RSS_BYTES // MiB} MiB of memory")
    elif result.peak_rss > max_rss:
        problems.append(f"peak RSS {result.peak_rss / MiB:.0f} MiB > {max_rss / MiB:.0f} MiB")
    if result.killed == "time":
        problems.append(f"still running after {result.seconds:.1f} s: killed")
    elif result.seconds > max_seconds:
        problems.append(f"took {result.seconds:.2f} s > {max_seconds} s")
    return problems


def control_problems(result: Result) -> list:
    """Raw control characters (ESC, BEL, CR …) on standard error: a name or a
    plugin's message printed unescaped can drive the terminal."""
    match = RAW_CONTROL_RE.search(result.stderr)
    if match:
        at = match.start()
        return [f"raw control character {result.stderr[at:at + 1]!r} on stderr: "
                f"{result.stderr[max(0, at - 30):at + 30]!r}"]
    return []


def process_gone(pid: int) -> bool:
    """True when pid no longer runs (a zombie waiting for its reaper counts
    as gone)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            state = stat.read().rsplit(b")", 1)[1].split()[0]
        return state in (b"Z", b"X")
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return True


def kill_quietly(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def write_report_line(record: dict) -> None:
    """With HOSTILE_REPORT=FILE, appends one JSON line per case (the
    engineer's to-do list is made from it)."""
    path = os.environ.get("HOSTILE_REPORT")
    if path:
        with open(path, "a", encoding="utf-8") as report:
            report.write(json.dumps(record, ensure_ascii=False) + "\n")


def outside_tmp_dir(prefix: str) -> Path:
    """A fresh folder in the system's temporary directory, outside pytest's
    tmp_path tree."""
    return Path(tempfile.mkdtemp(prefix=prefix))
