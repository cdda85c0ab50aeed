#!/usr/bin/env python3
"""Run the programs of tests/python/ with our runner and with python3, and
compare them.  Chapter 2 (the runner).

Each program must print the same standard output and exit with the same
status under both.  A program that fails must fail with the same exception:
the last line of standard error ("TypeError: ...") is compared too, unless it
is a syntax error (we print FILE:LINE:COL, CPython prints a caret); then only
the line an unterminated string was detected at, "(detected at line N)", is.

Where our behaviour deliberately differs from CPython, the program says why in
a comment and its expected output is recorded beside it in NAME.expected; then
our output is compared with that file instead of with python3's.

A program may ask for options of minipy's in its opening comment, with a
line "# minipy options: --trace-gc"; it is then run with them, and since
python3 prints no trace, it needs a NAME.expected file.

A program that imports a package Debian installs for /usr/bin/python3 only
(chapter 7's objgraph, python3-objgraph) names that interpreter in its opening
comment, "# python3: /usr/bin/python3", and is compared with its output.

A later chapter may change what the runner prints for an earlier chapter's
program (chapter 3's trace names the generation each collection collects).
NAME.expected keeps the output as of the program's own chapter, and
NAME.N.expected the output from chapter N on: the tree's stage, the latest
chapter of the programs beside run.py (build/stages/NN holds those of
chapters 1..NN only), picks the latest NAME.N.expected with N at most the
stage, or NAME.expected if there is none.

python3 runs with PYTHONHASHSEED=0, which makes CPython's str hashes (and
so the order of a set of strs) the same at every run: the runner computes
the same hashes, so such a set prints in the same order under both.

A program whose output shows tracemalloc's sizes, which differ between the
interpreters for reasons the book states (chapter 7), may ask with a line
"# run.py: mask byte counts" in its opening comment: then every size as
tracemalloc prints it ("12.3 KiB", "+1024 B") becomes "<bytes>" in both
outputs before they are compared.  Counts, lines and ordering still count.

python3's result for a program depends only on the program, python3, the
environment variables that configure it and this script, so with
--python-cache DIR it is kept in DIR under a digest of the four and reused:
the gate runs every program in several builds, and python3 need not run it
each time.  (Not the program's path: the stages run copies of it elsewhere,
so a program must not print where it is.)

Usage: run.py [--runner PATH] [--python PATH] [--python-cache DIR] [--stage N]
              [--earlier-sample N] [--sample N] [PROGRAM...]"""

import argparse
import concurrent.futures
import difflib
import hashlib
import json
import os
import re
import subprocess
import sys
import threading
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHAPTER = re.compile(r"chapter (\d+)", re.I)
OPTIONS = re.compile(r"^# minipy options: (.*)$", re.M)
PYTHON = re.compile(r"^# python3: (\S+)$", re.M)
OPENING_LINES = 8
MASK_BYTES = re.compile(r"^# run\.py: mask byte counts$", re.M)
# A size as tracemalloc's _format_size writes it.
TRACEMALLOC_SIZE = re.compile(rb"[+-]?\d+(\.\d)? (B|KiB|MiB|GiB|TiB)\b")
DEFAULT_TIMEOUT_SECONDS = 120


def opening(path):
    return "\n".join(path.read_text().splitlines()[:OPENING_LINES])


def options_of(path):
    match = OPTIONS.search(opening(path))
    return match.group(1).split() if match else []


def masked(path, output):
    """output, with tracemalloc's sizes masked if the program asks."""
    if not MASK_BYTES.search(opening(path)):
        return output
    return TRACEMALLOC_SIZE.sub(b"<bytes>", output)


def python_of(path, default):
    match = PYTHON.search(opening(path))
    return [match.group(1)] if match else default


def chapter_of(path):
    match = CHAPTER.search(opening(path))
    if not match:
        sys.exit(f"run.py: {path.name} names no chapter in its opening comment")
    return int(match.group(1))


def tree_stage():
    return max(chapter_of(p) for p in HERE.glob("*.py") if p.name != Path(__file__).name)


def recorded_output(path, stage):
    """The file of our expected output for this stage (it may not exist)."""
    staged = re.compile(re.escape(path.stem) + r"\.(\d+)\.expected")
    chosen, chosen_from = path.with_suffix(".expected"), 0
    for candidate in path.parent.glob(path.stem + ".*.expected"):
        match = staged.fullmatch(candidate.name)
        if match and chosen_from < int(match.group(1)) <= stage:
            chosen, chosen_from = candidate, int(match.group(1))
    return chosen

# CPython's str hashes, unsalted (the runner's are these, see the docstring)
ENVIRONMENT = {**os.environ, "PYTHONHASHSEED": "0"}


def run(command, path, timeout):
    try:
        done = subprocess.run(command + [str(path)], capture_output=True, timeout=timeout,
                              cwd=HERE, env=ENVIRONMENT)
        return done.returncode, done.stdout, done.stderr
    except subprocess.TimeoutExpired:
        return "timeout", b"", b"timed out after %d s\n" % timeout


def python_identity(python):
    """What, besides the program, decides python3's output: its version and
    build, the environment variables it reads (PYTHONMALLOC, ...), and how
    this script runs it."""
    done = subprocess.run(python + ["-c", "import sys; print(sys.executable, sys.version)"],
                          capture_output=True, check=True)
    settings = sorted((k, v) for k, v in os.environ.items() if k.startswith("PYTHON"))
    return done.stdout + repr(settings).encode() + Path(__file__).read_bytes()


class PythonResults:
    """python3's results, each run once and kept in `cache` (if given)."""

    def __init__(self, python, cache, timeout):
        self.python, self.timeout = python, timeout
        self.cache = Path(cache) if cache else None
        self.identities = {}
        if self.cache:
            self.cache.mkdir(parents=True, exist_ok=True)

    def identity(self, python):
        if tuple(python) not in self.identities:
            self.identities[tuple(python)] = python_identity(python)
        return self.identities[tuple(python)]

    def result(self, path):
        python = python_of(path, self.python)
        if not self.cache:
            return run(python, path, self.timeout)
        key = hashlib.sha256(self.identity(python) + b"\0" + path.read_bytes()).hexdigest()
        kept = self.cache / f"{key}.json"
        if kept.exists():
            status, out, err = json.loads(kept.read_text())
            return status, out.encode("latin-1"), err.encode("latin-1")
        status, out, err = run(python, path, self.timeout)
        if status != "timeout":
            # Written whole, then renamed: a reader never sees half a file.
            partial = kept.with_suffix(f".{os.getpid()}.{threading.get_ident()}")
            partial.write_text(json.dumps([status, out.decode("latin-1"),
                                           err.decode("latin-1")]))
            partial.replace(kept)
        return status, out, err


# CPython 3.11 adds a suggestion to a NameError or AttributeError when it
# prints the traceback ("... Did you mean: 'outer'?"); it is not part of the
# exception's message, and minipy does not compute it.
SUGGESTION = re.compile(r"\. Did you mean: .*\?$")


def last_line(stderr):
    lines = stderr.decode(errors="replace").strip().splitlines()
    return SUGGESTION.sub("", lines[-1]) if lines else ""


def is_traceback(stderr):
    return stderr.startswith(b"Traceback (most recent call last):")


DETECTED_AT = re.compile(r"\(detected at line \d+\)")


def detected_at(stderr):
    """Where a syntax error says it was detected, if it says."""
    match = DETECTED_AT.search(last_line(stderr))
    return match.group(0) if match else None


def diff(expected, actual, what):
    lines = difflib.unified_diff(expected.decode(errors="replace").splitlines(),
                                 actual.decode(errors="replace").splitlines(),
                                 f"{what} (expected)", f"{what} (minipy)", lineterm="")
    return "\n".join("        " + line for line in lines)


def compare(path, runner, python, stage, timeout):
    """A list of the differences found (empty if the program agrees)."""
    ours = run(runner + options_of(path), path, timeout)
    theirs = python.result(path)
    recorded = recorded_output(path, stage)
    if options_of(path) and not recorded.exists():
        return [f"it asks for minipy options, so it needs {recorded.name}"], False
    problems = []
    expected_out = recorded.read_bytes() if recorded.exists() else theirs[1]
    if ours[0] != theirs[0]:
        problems.append(f"exit status {ours[0]}, python3's {theirs[0]}")
    expected_out, our_out = masked(path, expected_out), masked(path, ours[1])
    if our_out != expected_out:
        problems.append("standard output differs:\n" + diff(expected_out, our_out, "stdout"))
    if ours[0] == 1 and is_traceback(ours[2]) and last_line(ours[2]) != last_line(theirs[2]):
        problems.append(f"exception differs: {last_line(ours[2])!r}, python3's "
                        f"{last_line(theirs[2])!r}")
    if ours[0] == 1 and not is_traceback(ours[2]) and detected_at(ours[2]) != detected_at(theirs[2]):
        problems.append(f"syntax error {detected_at(ours[2])}, python3's {detected_at(theirs[2])}")
    if ours[0] not in (0, 1) and ours[2]:
        problems.append("standard error:\n" + "\n".join(
            "        " + line for line in ours[2].decode(errors="replace").splitlines()[-20:]))
    return problems, recorded.exists()


def sampled(path, one_in, salt=0):
    """Whether the path is in the share 1/one_in picked by its name (and salt)."""
    return zlib.crc32(f"{path.name}{salt or ''}".encode()) % one_in == 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runner", default="build/bin/minipy")
    parser.add_argument("--python", default="python3")
    parser.add_argument("--python-cache", metavar="DIR",
                        help="keep python3's results in DIR and reuse them")
    parser.add_argument("--stage", type=int, default=None)
    parser.add_argument("--earlier-sample", type=int, default=1, metavar="N",
                        help="run every program of the stage's chapter but only "
                             "one in N of the earlier chapters', a different share at each stage")
    parser.add_argument("--timeout", type=int, default=DEFAULT_TIMEOUT_SECONDS,
                        help="seconds a program may run (more under valgrind)")
    parser.add_argument("--sample", type=int, default=1, metavar="N",
                        help="run only the programs whose name's CRC-32 is a multiple of N: "
                             "the same share on every run, for valgrind's slow pass")
    parser.add_argument("programs", nargs="*")
    args = parser.parse_args()
    runner = [str(Path(p).resolve()) if Path(p).exists() else p for p in args.runner.split()]
    paths = [Path(p).resolve() for p in args.programs] or sorted(
        p for p in HERE.glob("*.py") if p.name != Path(__file__).name)
    stage = tree_stage() if args.stage is None else args.stage
    paths = [p for p in paths if chapter_of(p) == stage or (
        chapter_of(p) < stage and sampled(p, args.earlier_sample, stage))]
    paths = [p for p in paths if sampled(p, args.sample)]
    failed = recorded = 0
    # Programs are independent: run them on every core, report in order.
    with concurrent.futures.ThreadPoolExecutor(os.cpu_count()) as pool:
        python = PythonResults([args.python], args.python_cache, args.timeout)
        results = list(pool.map(lambda p: compare(p, runner, python, stage, args.timeout),
                                paths))
    for path, (problems, has_record) in zip(paths, results):
        recorded += has_record
        if problems:
            failed += 1
            print(f"  FAIL  {path.name}")
            for problem in problems:
                print(f"        {problem}")
    agreed = len(paths) - failed
    print(f"  {'ok' if not failed else 'FAIL'}    python programs: {agreed} of {len(paths)} agree "
          f"with python3 ({recorded} against a recorded difference)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
