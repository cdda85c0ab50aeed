#!/usr/bin/env python3
"""Grade each bad submission of tests/exercises/bad/ and check that the
grader gives exactly the points and says exactly what its EXPECTED.md says.

    bad_suite.py [CASE...]      every case, or the cases named

A case is a folder, tests/exercises/bad/CASE/, shaped like a --source tree
that holds one file, NN-slug/NAME.c (the submission of exercise NAME), and
EXPECTED.md beside it: a title, a paragraph on what is wrong with the
submission, and then, on lines of their own,

    Grade with: `--timeout 1`        (optional: more options for grade.py)
    Report: `does not compile`       (optional, repeatable: a text that the
                                      exercise's lines of the report hold)
    Total: 11 of 15.

and a Markdown table with (at least) the columns test, points and message:

    | test | points | message |
    |---|---|---|
    | an_absent_item_changes_nothing | 0 of 1 | `ended early` |
    | * | all | |

A row names a test and its points, "N of M" (M the test's points in its
file, N what the submission earns); the row `*` covers every test not named
(its points "all" or "none").  A test that earns less than all its points
must have a message: a text that the grader's message for it holds.  Every
test of the exercise must be covered.  Other columns (a "why") are for the
reader.

Each case is graded by grade.py into build/bad/CASE/, two at a time; its
results.json and junit.xml are validated against their schemas, and the
points and messages are read from results.json.  Exit status 1 if any case
differs."""

import concurrent.futures
import re
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import formats

ROOT = Path(__file__).resolve().parents[2]
CASES = ROOT / "tests" / "exercises" / "bad"
GRADE = ROOT / "tests" / "exercises" / "grade.py"
BUILD = ROOT / "build" / "bad"
WORKERS = 2  # the machine's cores
# Short limits, so that the cases that loop or sleep cost little; a case
# may ask for others ("Grade with").
DEFAULT_OPTIONS = ["--timeout", "5", "--budget", "20"]
CASE_TIMEOUT = 120  # seconds: a grade run that takes longer is a failure

TOTAL = re.compile(r"^Total: (\d+) of (\d+)\b", re.MULTILINE)
OPTIONS = re.compile(r"^Grade with: `([^`]*)`\s*$", re.MULTILINE)
REPORT = re.compile(r"^Report: `([^`]*)`\s*$", re.MULTILINE)
POINTS = re.compile(r"^(\d+) of (\d+)$")
QUOTED = re.compile(r"^`([^`]*)`$")


class BadCase(Exception):
    """An EXPECTED.md that cannot be read, or a case that differs."""


@dataclass
class Row:
    earned: int | None  # None for `*` rows: all or none
    possible: int | None
    everything: bool  # `*` row: "all" (True) or "none" (False)
    message: str


@dataclass
class Expected:
    options: list
    reports: list
    earned: int
    possible: int
    rows: dict = field(default_factory=dict)  # test name or "*" -> Row


def table_rows(text):
    """The rows of the Markdown table whose header names test, points and
    message, each a dict from column to cell."""
    lines = [line.strip() for line in text.splitlines()
             if line.strip().startswith("|")]
    if len(lines) < 2:
        raise BadCase("no table of tests")
    header = [cell.strip().lower() for cell in lines[0].strip("|").split("|")]
    missing = {"test", "points", "message"} - set(header)
    if missing:
        raise BadCase("the table has no column " + ", ".join(sorted(missing)))
    return [dict(zip(header, (cell.strip() for cell in
                              line.strip("|").split("|"))))
            for line in lines[2:]]


def parse_row(cells):
    message = cells["message"]
    if message:
        quoted = QUOTED.match(message)
        if not quoted:
            raise BadCase(f"message {message!r}: write it in backquotes")
        message = quoted.group(1)
    points = cells["points"]
    if cells["test"] == "*":
        if points not in ("all", "none"):
            raise BadCase("the `*` row's points must be all or none")
        if points == "none" and not message:
            raise BadCase("the `*` row of failing tests needs a message")
        return Row(None, None, points == "all", message)
    match = POINTS.match(points)
    if not match:
        raise BadCase(f"{cells['test']}: points {points!r} are not 'N of M'")
    earned, possible = int(match.group(1)), int(match.group(2))
    if earned < possible and not message:
        raise BadCase(f"{cells['test']}: a failing test needs a message")
    return Row(earned, possible, earned == possible, message)


def parse_expected(path):
    text = path.read_text()
    total = TOTAL.search(text)
    if not total:
        raise BadCase(f"{path.name} has no line 'Total: N of M.'")
    options = OPTIONS.search(text)
    expected = Expected(
        options=options.group(1).split() if options else [],
        reports=REPORT.findall(text),
        earned=int(total.group(1)), possible=int(total.group(2)))
    for cells in table_rows(text):
        name = cells["test"].strip("`")
        if name in expected.rows:
            raise BadCase(f"{name} is in the table twice")
        expected.rows[name] = parse_row(dict(cells, test=name))
    return expected


def submission(case):
    """The one NN-slug/NAME.c of the case: (chapter/name)."""
    files = sorted(case.glob("*/*.c"))
    if len(files) != 1:
        raise BadCase(f"a case holds one file NN-slug/NAME.c, not "
                      f"{len(files)}")
    return f"{files[0].parent.name}/{files[0].stem}"


def grade_case(case, expected):
    """Run grade.py on the case; returns its report and its results."""
    build = BUILD / case.name
    command = [sys.executable, str(GRADE), "--source", str(case),
               "--exercise", submission(case), "--build", str(build),
               *DEFAULT_OPTIONS, *expected.options]
    try:
        result = subprocess.run(command, stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, text=True,
                                timeout=CASE_TIMEOUT)
    except subprocess.TimeoutExpired:
        raise BadCase(f"grading took over {CASE_TIMEOUT} s") from None
    if result.returncode != 0:
        raise BadCase(f"grade.py exited with status {result.returncode}:\n"
                      + result.stdout)
    results = formats.validate_json(build / "results.json",
                                    formats.RESULTS_SCHEMA)
    formats.validate_junit(build / "junit.xml")
    return result.stdout, results


def differences(expected, report, results):
    """What the grader did that EXPECTED.md does not say, line by line."""
    found = []
    if (results["score"], results["max_score"]) != \
            (expected.earned, expected.possible):
        found.append(f"total: expected {expected.earned} of "
                     f"{expected.possible}, got {results['score']:g} of "
                     f"{results['max_score']:g}")
    for text in expected.reports:
        if text not in report:
            found.append(f"the report does not say {text!r}")
    tests = {t["name"].rpartition(": ")[2]: t for t in results["tests"]}
    for name in expected.rows.keys() - tests.keys() - {"*"}:
        found.append(f"{name}: no such test")
    for name, test in tests.items():
        found += test_differences(name, test, expected.rows)
    return found


def test_differences(name, test, rows):
    row = rows.get(name, rows.get("*"))
    if row is None:
        return [f"{name}: not in the table"]
    possible = test["max_score"] if row.possible is None else row.possible
    earned = possible if row.everything else (row.earned or 0)
    found = []
    if (test["score"], test["max_score"]) != (earned, possible):
        found.append(f"{name}: expected {earned} of {possible}, got "
                     f"{test['score']:g} of {test['max_score']:g}")
    if row.message and row.message not in test["output"]:
        found.append(f"{name}: expected a message with {row.message!r}, "
                     f"got: {test['output'].splitlines()[0]}")
    return found


def check_case(case):
    """The differences of one case (empty if it is as expected), and the
    time it took."""
    started = time.monotonic()
    try:
        expected = parse_expected(case / "EXPECTED.md")
        report, results = grade_case(case, expected)
        found = differences(expected, report, results)
    except (BadCase, formats.Invalid, OSError) as error:
        found = [str(error)]
    return found, time.monotonic() - started


def main():
    names = sys.argv[1:]
    cases = [CASES / name for name in names] if names else \
        sorted(p for p in CASES.iterdir() if p.is_dir())
    started = time.monotonic()
    failed = 0
    with concurrent.futures.ThreadPoolExecutor(WORKERS) as pool:
        for case, (found, seconds) in zip(cases, pool.map(check_case, cases)):
            if found:
                failed += 1
                print(f"  FAIL  {case.name} ({seconds:.1f} s)")
                for line in found:
                    print(f"        {line}")
            else:
                print(f"  ok    {case.name} ({seconds:.1f} s)")
    print(f"Bad submissions: {len(cases) - failed} of {len(cases)} graded as "
          f"expected, in {time.monotonic() - started:.0f} s")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
