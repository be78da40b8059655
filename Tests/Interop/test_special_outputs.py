"""Outputs that are not regular files: `-o /dev/null`, a named pipe.

Parley writes a file atomically (a temporary file beside it, renamed over it);
renaming over /dev/null as root would replace the device with a file. Special
files are written in place instead.
"""

import os
import stat
import threading

SAMPLE = "samples/security-talks-2022.parley.yaml"


def test_dev_null_stays_a_device(run_parley, repo_root):
    before = os.stat("/dev/null")
    result = run_parley("export", SAMPLE, "-t", "json", "-o", "/dev/null", cwd=repo_root)
    assert result.returncode == 0, result.stderr
    after = os.stat("/dev/null")
    assert stat.S_ISCHR(after.st_mode)
    assert (after.st_ino, after.st_dev) == (before.st_ino, before.st_dev)


def test_named_pipe_receives_the_output(run_parley, repo_root, tmp_path):
    pipe = tmp_path / "out.fifo"
    os.mkfifo(pipe)
    received = bytearray()

    def read() -> None:
        with open(pipe, "rb") as reader:
            received.extend(reader.read())

    reader = threading.Thread(target=read)
    reader.start()
    result = run_parley("export", SAMPLE, "-t", "csv", "-o", str(pipe), cwd=repo_root)
    reader.join(timeout=60)
    assert result.returncode == 0, result.stderr
    assert stat.S_ISFIFO(os.stat(pipe).st_mode)
    assert received.startswith(b"date,end_date,precision,kind,id")
    assert list(tmp_path.iterdir()) == [pipe]  # no temporary file left beside it
