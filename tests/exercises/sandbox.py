"""sandbox.py: run one graded test program so that nothing it does can stop
or swamp the grader.

A submission is code we run without reading it first.  It may loop, sleep,
crash, call exit(), print without end, allocate without end or start
processes of its own.  So each test program runs:

- in a session of its own (setsid), so that the grader can find and kill
  everything it started, even processes in other process groups (Check puts
  each test in a group of its own);
- under resource limits: address space, file size, no core file, and a
  bound on the processes of the user (which the kernel does not apply to
  root: run the grader as another user, or a fork bomb is bounded only by
  the time limit and the session kill);
- with a deadline, after which its whole session is killed;
- with its output read as it comes, keeping only the head and the tail, and
  its whole session killed once it has printed more than OUTPUT_CAP bytes.

What happened comes back as an Outcome, which says in words how the program
ended.  The sessions still running are in LIVE_SESSIONS, so that an
interrupted grader can kill them all (kill_all_sessions)."""

import os
import selectors
import signal
import time
from dataclasses import dataclass
from pathlib import Path

MIB = 1024 * 1024
OUTPUT_CAP = 4 * MIB        # more than any test prints; a flood is cut here
KEPT_HEAD = 32 * 1024       # what is kept of a long output: its start...
KEPT_TAIL = 32 * 1024       # ...and its end
READ_CHUNK = 64 * 1024
MEMORY_LIMIT = 256 * MIB    # address space; no test uses more than 64 MB
FILE_SIZE_LIMIT = 64 * MIB  # a test writes a few small files at most
PROCESS_MARGIN = 64         # processes a test may add to the user's own
POLL_SECONDS = 0.05         # how often the drain looks for the end
DRAIN_SECONDS = 2           # to read what is left once the session is killed
KILL_ROUNDS = 50            # a fork bomb may need a few rounds
# A process that ends with most of its memory in use probably hit the limit.
NEAR_THE_LIMIT = 0.8

# The signals that stop the grader (grade.py's handlers), and those whose
# default action a test gets back.
STOP_SIGNALS = {signal.SIGINT, signal.SIGTERM}
DEFAULT_SIGNALS = (signal.SIGPIPE, signal.SIGXFSZ, *STOP_SIGNALS)

LIVE_SESSIONS = set()


@dataclass
class Outcome:
    exit_status: int | None  # its exit status, if it exited
    signal: int | None       # the signal that killed it, if one did
    output: str              # stdout and stderr together, head and tail
    timed_out: bool          # killed at the deadline
    flooded: bool            # killed for printing more than OUTPUT_CAP
    max_rss: int             # the most memory it held, in bytes
    seconds: float

    @property
    def ended(self):
        """How the program ended, in words."""
        if self.signal is not None:
            return f"killed by signal {self.signal} " \
                   f"({signal_name(self.signal)})"
        return f"exited with status {self.exit_status}"

    def ran_out_of_memory(self, memory_limit):
        return memory_limit is not None and \
            self.max_rss >= NEAR_THE_LIMIT * memory_limit


def signal_name(number):
    """strsignal's words ("segmentation fault"), or "signal N"."""
    try:
        return (signal.strsignal(number) or f"signal {number}").lower()
    except ValueError:
        return f"signal {number}"


def process_limit():
    """The processes and threads this user runs now (RLIMIT_NPROC counts
    them all, not only the test's), and PROCESS_MARGIN more; None for
    root, to whom the kernel does not apply the limit."""
    uid = os.getuid()
    if uid == 0:
        return None
    count = PROCESS_MARGIN
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if entry.stat().st_uid == uid:
                    count += len(os.listdir(entry / "task"))
            except OSError:
                pass  # it ended while we looked
    return count


def with_limits(command, memory_limit):
    """command run by util-linux's prlimit, which sets the limits the test
    runs under and then runs it."""
    limits = ["--core=0", f"--fsize={FILE_SIZE_LIMIT}"]
    processes = process_limit()
    if processes is not None:
        limits.append(f"--nproc={processes}")
    if memory_limit is not None:
        limits.append(f"--as={memory_limit}")
    return ["prlimit", *limits, "--", *command]


def start(command, env, memory_limit, output_fd):
    """Start command in a new session, its output into output_fd; returns
    its process id.  posix_spawn gives the child the default action for the
    signals a C program expects to stop it (Python ignores SIGPIPE and
    SIGXFSZ, and a write past the file size limit must end the test), and
    no blocked signal.  The signals that stop the grader wait until the
    new session is in LIVE_SESSIONS, so that an interrupted grader always
    knows to kill it."""
    actions = [(os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
               (os.POSIX_SPAWN_DUP2, output_fd, 1),
               (os.POSIX_SPAWN_DUP2, output_fd, 2)]
    signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
    try:
        pid = os.posix_spawnp("prlimit", with_limits(command, memory_limit),
                              env, file_actions=actions, setsid=True,
                              setsigmask=(), setsigdef=DEFAULT_SIGNALS)
        LIVE_SESSIONS.add(pid)
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)
    return pid


class Output:
    """What a program printed: the head and the tail, and how much."""

    def __init__(self):
        self.head = bytearray()
        self.tail = bytearray()
        self.total = 0

    def add(self, data):
        self.total += len(data)
        room = KEPT_HEAD - len(self.head)
        self.head += data[:room]
        self.tail += data[room:]
        del self.tail[:-KEPT_TAIL]

    def text(self):
        left_out = self.total - len(self.head) - len(self.tail)
        gap = f"\n[... {left_out} bytes left out ...]\n" if left_out else ""
        return (self.head.decode(errors="replace") + gap +
                self.tail.decode(errors="replace"))


def read_small_file(path):
    """A file of /proc, read in one call (faster than through Python's
    text layers, which counts with a scan per test)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        return os.read(fd, READ_CHUNK).decode(errors="replace")
    finally:
        os.close(fd)


def session_groups(session):
    """The process groups of the processes still running in `session`."""
    groups = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = read_small_file(entry / "stat")
        except OSError:
            continue  # it ended while we looked
        # After the command name, which is in parentheses and may hold
        # anything: state, parent, process group, session.
        fields = stat[stat.rfind(")") + 2:].split()
        if fields[0] != "Z" and int(fields[3]) == session:
            groups.add(int(fields[2]))
    return groups


def kill_session(session):
    """Kill every process of the session.  Killing a process group is atomic
    against fork, so rounds end even with a fork bomb running."""
    for _ in range(KILL_ROUNDS):
        groups = session_groups(session)
        if not groups:
            break
        for group in groups:
            try:
                os.killpg(group, signal.SIGKILL)
            except ProcessLookupError:
                pass
    LIVE_SESSIONS.discard(session)


def kill_all_sessions():
    for session in list(LIVE_SESSIONS):
        kill_session(session)


def run(command, env, timeout, memory_limit=MEMORY_LIMIT):
    """Run command, in the grader's working directory, to its end, its
    deadline or its output cap."""
    started = time.monotonic()
    read_fd, write_fd = os.pipe()
    try:
        pid = start(command, env, memory_limit, write_fd)
    finally:
        os.close(write_fd)
    output = Output()
    try:
        status, rusage, stopped = watch(pid, read_fd, output,
                                        started + timeout)
    finally:
        kill_session(pid)
    try:
        if status is None:
            _, status, rusage = os.wait4(pid, 0)
        drain(read_fd, output)
    finally:
        os.close(read_fd)
    code = os.waitstatus_to_exitcode(status)
    return Outcome(exit_status=code if code >= 0 else None,
                   signal=-code if code < 0 else None,
                   output=output.text(), timed_out=stopped == "timed out",
                   flooded=stopped == "flooded",
                   max_rss=rusage.ru_maxrss * 1024,
                   seconds=time.monotonic() - started)


def watch(pid, read_fd, output, deadline):
    """Read pid's output until it ends (its wait status and resource use),
    or until it must be stopped: "timed out" or "flooded".  A pidfd becomes
    readable when the process ends, so one select waits for either."""
    pidfd = os.pidfd_open(pid)
    try:
        with selectors.DefaultSelector() as selector:
            selector.register(read_fd, selectors.EVENT_READ)
            selector.register(pidfd, selectors.EVENT_READ)
            while True:
                left = deadline - time.monotonic()
                if left <= 0:
                    return None, None, "timed out"
                if output.total > OUTPUT_CAP:
                    return None, None, "flooded"
                for key, _ in selector.select(left):
                    if key.fd == pidfd:
                        _, status, rusage = os.wait4(pid, 0)
                        return status, rusage, None
                    data = os.read(read_fd, READ_CHUNK)
                    output.add(data)
                    if not data:  # the end of output; the end of pid is near
                        selector.unregister(read_fd)
    finally:
        os.close(pidfd)


def drain(read_fd, output):
    """Read what the session printed before it was killed, up to the cap."""
    deadline = time.monotonic() + DRAIN_SECONDS
    with selectors.DefaultSelector() as selector:
        selector.register(read_fd, selectors.EVENT_READ)
        while output.total <= OUTPUT_CAP and time.monotonic() < deadline:
            if not selector.select(POLL_SECONDS):
                continue
            data = os.read(read_fd, READ_CHUNK)
            if not data:
                return
            output.add(data)
