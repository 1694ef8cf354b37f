"""Runs a command on a pseudo-terminal, as a person at a terminal would, for the `resolve` choice tests.

    python3 tty_run.py INPUT -- COMMAND [ARGS...]

INPUT is typed at the terminal (use \\n for Enter; an empty INPUT types nothing and then closes the
input). Prints everything the command wrote to the terminal, then a last line `exit N`.
"""
import os
import pty
import select
import sys
import time

typed = sys.argv[1].replace("\\n", "\n").encode("utf-8")
command = sys.argv[sys.argv.index("--") + 1:]
pid, fd = pty.fork()
if pid == 0:
    os.execvp(command[0], command)
if typed:
    os.write(fd, typed)
else:
    os.write(fd, b"\x04")  # Ctrl-D: the end of input
out = b""
deadline = time.time() + 60
while time.time() < deadline:
    ready, _, _ = select.select([fd], [], [], 1)
    if not ready:
        continue
    try:
        chunk = os.read(fd, 65536)
    except OSError:
        break
    if not chunk:
        break
    out += chunk
_, status = os.waitpid(pid, 0)
sys.stdout.write(out.decode("utf-8", "replace").replace("\r\n", "\n"))
sys.stdout.write("\nexit %d\n" % os.waitstatus_to_exitcode(status))
