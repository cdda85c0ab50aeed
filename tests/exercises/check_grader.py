#!/usr/bin/env python3
"""Check the grader itself, beyond the bad submissions (bad_suite.py):

- `make grade` runs valgrind only when asked (GRADE_VALGRIND=1), read from
  `make -n`;
- `make grade EX=<unknown>` lists the exercises there are;
- Ctrl-C, typed at a terminal (a pseudo-terminal here), and SIGTERM, sent
  to `make grade` as `timeout` or a shell's kill sends it, stop a run stuck
  in a looping test: no process of it is left, the grader says how far it
  got, and prints no traceback;
- the student pack carries the starters as first given and a Classroom
  configuration that its schema accepts, and leaves out solutions/;
- `make reset` works in the unpacked pack, without git, and in a git clone
  where the student has committed their work.  (These last need the course's
  own repository, with solutions/ and git: a student pack skips them.)

Each check prints one line; exit status 1 if any failed."""

import os
import pty
import signal
import subprocess
import sys
import tarfile
import tempfile
import time
import uuid
from pathlib import Path

import catalog
import formats

ROOT = catalog.ROOT
PACK = ROOT / "build" / "student.tar.gz"
PACK_PREFIX = "collecting-cycles"
LOOPING = "tests/exercises/bad/infinite-loop"  # a submission stuck in a loop
LOOPING_PROGRAM = "test_list_remove"
STUCK_SECONDS = 1       # how long a test must run to count as stuck
WAIT_SECONDS = 120      # for anything that should happen much sooner
LEFTOVER_GRACE = 5      # for the processes of a stopped run to be gone
CTRL_C = b"\x03"
EXERCISE = ("01-reference-counting", "list_remove")  # the one reset
STUDENT_EDIT = b"/* a student's work */\n"
COURSE_EDIT = b"/* the course's later fix */\n"


class Failed(Exception):
    pass


def make(*arguments, **options):
    return subprocess.run(["make", "--no-print-directory", *arguments],
                          cwd=options.pop("cwd", ROOT),
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          text=True, **options)


def no_valgrind_unless_asked():
    plain = make("-n", "grade", "EX=pair").stdout
    asked = make("-n", "grade", "EX=pair", "GRADE_VALGRIND=1").stdout
    if "--valgrind" in plain:
        raise Failed("`make -n grade EX=pair` passes --valgrind")
    if "--valgrind" not in asked:
        raise Failed("`make -n grade GRADE_VALGRIND=1` does not pass "
                     "--valgrind")
    return "make grade runs valgrind only with GRADE_VALGRIND=1"


def unknown_exercise_lists_the_names():
    result = make("-s", "grade", "EX=nope")
    if result.returncode == 0 or "there are:" not in result.stdout or \
            "list_remove" not in result.stdout:
        raise Failed("`make grade EX=nope` does not list the exercises:\n"
                     + result.stdout)
    return "make grade EX=nope lists the exercises"


def tagged_processes(tag):
    """The live processes whose environment holds GRADER_CHECK_TAG=tag."""
    tag = f"GRADER_CHECK_TAG={tag}".encode()
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if tag in (entry / "environ").read_bytes() and \
                    (entry / "stat").read_text().split(") ")[1][0] != "Z":
                found.append(int(entry.name))
        except (OSError, IndexError):
            pass  # it ended while we looked
    return found


def command_name(pid):
    """The program a process runs (its first argument's file name)."""
    try:
        line = (Path("/proc") / str(pid) / "cmdline").read_bytes()
    except OSError:
        return ""
    return Path(line.split(b"\0")[0].decode(errors="replace")).name


def kill_tagged(tag):
    for pid in tagged_processes(tag):
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def wait_until_stuck(tag):
    """Wait until one test process has run for STUCK_SECONDS."""
    seen = {}
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        now = time.monotonic()
        for pid in tagged_processes(tag):
            if command_name(pid) == LOOPING_PROGRAM:
                if now - seen.setdefault(pid, now) >= STUCK_SECONDS:
                    return
        time.sleep(0.1)
    raise Failed("the looping test never started")


def grade_stuck_command(tag):
    """`make grade` of the looping submission, with a per-test timeout far
    longer than the check waits."""
    return ["env", f"GRADER_CHECK_TAG={tag}", "make", "--no-print-directory",
            "-s", "grade", f"GRADE_SOURCE={LOOPING}", "EX=list_remove",
            "GRADE_TIMEOUT=100"]


def check_stopped(tag, output, how):
    """Once the stopped run has exited: nothing of it is left, and it said
    how far it got, without a traceback."""
    deadline = time.monotonic() + LEFTOVER_GRACE
    while tagged_processes(tag) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = tagged_processes(tag)
    if left:
        names = ", ".join(f"{pid} ({command_name(pid)})" for pid in left)
        raise Failed(f"{how} left processes running: {names}")
    if "Traceback" in output:
        raise Failed(f"{how} printed a traceback:\n{output}")
    if f"stopped by {how}" not in output:
        raise Failed(f"{how}: the grader did not say how far it got:\n"
                     + output)


def ctrl_c_stops_everything():
    tag = uuid.uuid4().hex
    pid, terminal = pty.fork()
    if pid == 0:
        os.chdir(ROOT)
        command = grade_stuck_command(tag)
        os.execvp(command[0], command)
    try:
        wait_until_stuck(tag)
        os.write(terminal, CTRL_C)
        output = read_until_closed(terminal)
        os.waitpid(pid, 0)
        pid = None
        check_stopped(tag, output.decode(errors="replace"), "Ctrl-C (SIGINT)")
    finally:
        kill_tagged(tag)  # what a failed check left behind
        os.close(terminal)
        if pid is not None:
            os.waitpid(pid, 0)
    return "Ctrl-C at a terminal stops a stuck grade run, and every test"


def read_until_closed(terminal):
    """All that the terminal shows until its last process closes it."""
    data = bytearray()
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        try:
            chunk = os.read(terminal, 4096)
        except OSError:  # EIO: the other side is closed
            break
        if not chunk:
            break
        data += chunk
    return bytes(data)


def sigterm_stops_everything():
    tag = uuid.uuid4().hex
    process = subprocess.Popen(grade_stuck_command(tag), cwd=ROOT,
                               stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT,
                               start_new_session=True)
    try:
        wait_until_stuck(tag)
        os.killpg(process.pid, signal.SIGTERM)  # as `timeout` does
        output, _ = process.communicate(timeout=WAIT_SECONDS)
        check_stopped(tag, output.decode(errors="replace"), "SIGTERM")
    finally:
        kill_tagged(tag)  # what a failed check left behind
        process.wait()
    return "SIGTERM stops a stuck grade run, and every test"


def unpack(into):
    with tarfile.open(PACK) as archive:
        archive.extractall(into, filter="data")
    return Path(into) / PACK_PREFIX


def student_pack():
    result = make("-s", "student-pack")
    if result.returncode != 0:
        raise Failed("make student-pack failed:\n" + result.stdout)
    with tempfile.TemporaryDirectory() as scratch:
        course = unpack(scratch)
        if (course / "solutions").exists():
            raise Failed("the pack holds solutions/")
        for chapter, name in catalog.all_exercises():
            given = course / "exercises" / chapter / f"{name}.c"
            copy = course / "tests/exercises/starters" / chapter / f"{name}.c"
            if not copy.is_file() or copy.read_bytes() != given.read_bytes():
                raise Failed(f"the pack's pristine {chapter}/{name}.c is not "
                             "its starter")
        config = course / ".github/classroom/autograding.json"
        tests = formats.validate_json(config, formats.CLASSROOM_SCHEMA)
        return (f"the student pack: starters, a valid Classroom "
                f"configuration ({len(tests['tests'])} tests), no solutions")


def reset(course):
    """Run the course's `make reset` on EXERCISE; returns the starter's
    path."""
    result = subprocess.run(
        [sys.executable, "tests/exercises/reset.py", EXERCISE[1]],
        cwd=course, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        text=True)
    if result.returncode != 0 or "saved as" not in result.stdout:
        raise Failed("reset failed or kept nothing:\n" + result.stdout)
    return course / "exercises" / EXERCISE[0] / f"{EXERCISE[1]}.c"


def reset_without_git():
    """In the unpacked pack, which has no .git."""
    with tempfile.TemporaryDirectory() as scratch:
        course = unpack(scratch)
        starter = course / "exercises" / EXERCISE[0] / f"{EXERCISE[1]}.c"
        original = starter.read_bytes()
        starter.write_bytes(original + STUDENT_EDIT)
        if reset(course).read_bytes() != original:
            raise Failed("make reset in the pack did not restore the starter")
    return "make reset restores a starter in the unpacked pack (no git)"


def git(course, *arguments, author="Student"):
    subprocess.run(["git", "-c", f"user.name={author}",
                    "-c", f"user.email={author.lower()}@example.org",
                    *arguments], cwd=course, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def reset_after_commits():
    """In a git clone: the course changes the starter with something else
    (its last commit), then the student commits their work on it."""
    with tempfile.TemporaryDirectory() as scratch:
        course = Path(scratch) / "clone"
        git(ROOT, "clone", "--quiet", str(ROOT), str(course))
        starter = course / "exercises" / EXERCISE[0] / f"{EXERCISE[1]}.c"
        fixed = starter.read_bytes() + COURSE_EDIT
        starter.write_bytes(fixed)
        with open(course / "README.md", "ab") as readme:
            readme.write(COURSE_EDIT)
        git(course, "commit", "--quiet", "-am", "course fix", author="Course")
        starter.write_bytes(fixed + STUDENT_EDIT)
        git(course, "commit", "--quiet", "-am", "my work")
        if reset(course).read_bytes() != fixed:
            raise Failed("make reset after a commit did not restore the "
                         "course's starter")
    return "make reset restores a starter after the student's commits (git)"


CHECKS = [no_valgrind_unless_asked, unknown_exercise_lists_the_names,
          ctrl_c_stops_everything, sigterm_stops_everything]
# These make a student pack, or clone the course: they need the course's
# own repository, with solutions/, which a student's copy has not.
COURSE_CHECKS = [student_pack, reset_without_git, reset_after_commits]


def main():
    failed = 0
    checks = CHECKS
    if (ROOT / "solutions").is_dir() and catalog.git("rev-parse") is not None:
        checks = CHECKS + COURSE_CHECKS
    else:
        print("  skip  the student pack and make reset: not the course's own "
              "repository (a student pack)")
    for check in checks:
        started = time.monotonic()
        try:
            said = check()
            print(f"  ok    {said} ({time.monotonic() - started:.1f} s)")
        except (Failed, OSError, subprocess.SubprocessError,
                formats.Invalid) as error:
            failed += 1
            print(f"  FAIL  {check.__name__}: {error}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
