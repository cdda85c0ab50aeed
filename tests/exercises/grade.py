#!/usr/bin/env python3
"""Grade the exercises: build each one with its graded tests, run every test
alone, and print the points; write them for course platforms too.

    grade.py [--source DIR] [--chapter N] [--exercise NAME] [--test NAME]
             [--extra-tests DIR] [--expect all|none [--no-warnings]]
             [--coverage]
             [--valgrind] [--timeout S] [--budget S] [--build DIR]
    grade.py --classroom FILE

Layout: tests/exercises/NN-slug/test_NAME.c holds the graded tests of the
student's file SOURCE/NN-slug/NAME.c (SOURCE is exercises/ by default; the
reference solutions are in solutions/).  --extra-tests DIR adds the tests of
DIR/NN-slug/test_NAME.c (a teacher's hidden tests), graded in addition.

Each test program is the student's file, the test file and tests/unit/main.c
linked with build/debug/libminigc.a (builder.py).  Its points are read from
the test file alone (GRADED_POINTS=1, see graded.h), the one place where
they are written.  Each test then runs in a process of its own, in a
sandbox (sandbox.py): a crash, an early exit, a hang, a leak, a flood of
output, memory or processes without end cost that test's points, and
grading goes on.  A test counts only if Check says it passed and it reached
its end (graded.h's end line).  An exercise's tests share a time budget, so
that a run ends whatever the submission does.  A file that does not
compile, or that calls the runtime function its exercise re-implements,
earns nothing.

Every run writes, beside the table it prints, BUILD/results.json
(Gradescope) and BUILD/junit.xml (formats.py).  --classroom FILE writes a
GitHub Classroom autograding configuration for every graded test instead
of grading.

Exit status: 0; with --expect all, 1 unless every test passed; with --expect
none, 1 if any test passed or any file failed to compile; with either and
--no-warnings, 1 if a file has warnings (the reference files must have
none); 2 when grading
itself could not be done (a test file that does not compile, a missing
library, an unknown exercise); 128 + the signal's number when stopped by
SIGINT (Ctrl-C) or SIGTERM."""

import argparse
import os
import re
import signal
import sys
from dataclasses import dataclass, field
from pathlib import Path

import formats
import sandbox
from builder import Builder, GradingError, LIBRARY, ROOT, run, shown

TESTS = ROOT / "tests" / "exercises"
VALGRIND = ["valgrind", "--quiet", "--error-exitcode=99", "--leak-check=full",
            "--errors-for-leak-kinds=definite", "--child-silent-after-fork=yes"]
# valgrind runs a test some twenty times slower: its limits grow as much.
VALGRIND_SLOWDOWN = 20
DEFAULT_TIMEOUT = 10      # seconds a test may run
DEFAULT_BUDGET = 60       # seconds an exercise's tests may run together
CHECK_GRACE = 2           # Check's own timeout says it first, more clearly
MIN_TEST_SECONDS = 0.5    # a test given less would time out for nothing
POINTS_TIMEOUT = 30       # to print the points table
CHECK_PASSED = "100%: Checks: 1, Failures: 0, Errors: 0"
REACHED_END = "reached the end"        # graded.h's lines
LEFT_A_PROCESS = "left a process running"
CHAPTER_DIR = re.compile(r"^(\d+)-[A-Za-z0-9_-]+$")
# A Check failure: file:line:F|E|S:tcase:test:iteration: message
CHECK_FAILURE = re.compile(
    r"^([^:\n]+):(\d+):[FES]:[^:\n]*:[^:\n]*:-?\d+: ?(.*)$", re.MULTILINE)
AFTER_THIS_POINT = "(after this point) "
RUNTIME_FATAL = re.compile(r"^fatal: .*$", re.MULTILINE)
VALGRIND_ERROR = re.compile(r"^==\d+== (?!Memcheck|Copyright|Using|Command)"
                            r"(\S.*)$", re.MULTILINE)
SIGNAL_NAMES = {signal.SIGINT: "Ctrl-C (SIGINT)", signal.SIGTERM: "SIGTERM"}


@dataclass
class Test:
    name: str
    points: int
    passed: bool = False
    ran: bool = False
    message: str = ""
    output: str = ""
    seconds: float = 0.0
    log: Path | None = None


@dataclass
class Exercise:
    chapter: str
    name: str
    test_file: Path
    extra: bool  # from --extra-tests
    student_file: Path = None
    tests: list = field(default_factory=list)
    compile_error: str = ""  # the first error line, if the student's file fails
    compile_log: Path | None = None  # the compiler's whole output then
    warning: str = ""  # the first warning, if the student's file has some
    forbidden: list = field(default_factory=list)  # runtime functions it calls
    coverage: str = ""

    @property
    def label(self):
        return self.name + (" (extra)" if self.extra else "")

    @property
    def earned(self):
        return sum(t.points for t in self.tests if t.passed)

    @property
    def possible(self):
        return sum(t.points for t in self.tests)

    @property
    def not_graded(self):
        """Why the tests were not run, or empty."""
        if self.compile_error:
            return "does not compile: " + self.compile_error
        if self.forbidden:
            names = " and ".join(self.forbidden)
            return (f"not graded: it calls {names}, the runtime's own version "
                    "of what this exercise asks you to write")
        return ""

    @property
    def notes(self):
        """What concerns the whole exercise, for the platforms' files."""
        notes = [self.not_graded] if self.not_graded else []
        if self.warning:
            notes.append(warning_note(self.warning))
        return notes


def warning_note(warning):
    return f"warning, not counted against you (fix it): {warning}"


class Interrupted(Exception):
    """The grader was told to stop (Ctrl-C or SIGTERM)."""

    def __init__(self, number):
        super().__init__(SIGNAL_NAMES[number])
        self.number = number


def stop(number, _frame):
    """Stop at once, and once: the cleanup that follows must not be
    interrupted by a second Ctrl-C."""
    for each in sandbox.STOP_SIGNALS:
        signal.signal(each, signal.SIG_IGN)
    raise Interrupted(number)


def find_exercises(test_roots, chapter, only, source):
    """Every test_NAME.c under each root's NN-slug folders, chapter first;
    `only` names one exercise, as NAME or NN-slug/NAME."""
    exercises = []
    for root, extra in test_roots:
        if not root.is_dir():
            raise GradingError(f"no such folder: {root}")
        for folder in sorted(root.iterdir()):
            match = CHAPTER_DIR.match(folder.name)
            if not (folder.is_dir() and match):
                continue
            if chapter is not None and int(match.group(1)) != chapter:
                continue
            for test_file in sorted(folder.glob("test_*.c")):
                name = test_file.stem[len("test_"):]
                exercises.append(Exercise(
                    folder.name, name, test_file, extra,
                    student_file=source / folder.name / f"{name}.c"))
    exercises.sort(key=lambda e: (e.chapter, e.extra))
    if only is None:
        return exercises
    chosen = [e for e in exercises
              if only.removesuffix(".c") in (e.name, f"{e.chapter}/{e.name}")]
    if not chosen:
        names = ", ".join(sorted({e.name for e in exercises}))
        raise GradingError(f"no exercise named {only!r}; there are: {names}")
    return chosen


def read_points(program):
    """The program's table of tests and points (graded.h, GRADED_POINTS)."""
    env = dict(os.environ, GRADED_POINTS="1")
    outcome = sandbox.run([str(program)], env, POINTS_TIMEOUT)
    if outcome.timed_out:
        raise GradingError(f"{shown(program)} hangs when asked for its "
                           "points table")
    tests = []
    for line in outcome.output.splitlines():
        name, _, points = line.rpartition(" ")
        if outcome.exit_status != 0 or not name or not points.isdigit():
            raise GradingError(f"{shown(program)} did not print its points "
                               f"table:\n{outcome.output}")
        tests.append(Test(name, int(points)))
    if not tests:
        raise GradingError(f"{shown(program)} has no graded tests")
    return tests


class Budget:
    """The seconds an exercise's tests may still take together."""

    def __init__(self, seconds):
        self.total = seconds
        self.left = seconds

    def allow(self, timeout):
        """The time the next test may take, or None if none is left."""
        return min(timeout, self.left) if self.left >= MIN_TEST_SECONDS \
            else None

    def spend(self, seconds):
        self.left -= seconds


class Runner:
    def __init__(self, timeout, budget, valgrind):
        slowdown = VALGRIND_SLOWDOWN if valgrind else 1
        self.timeout = timeout * slowdown
        self.budget = budget * slowdown
        self.valgrind = valgrind
        # valgrind needs far more address space than the program it runs:
        # its own limits on the program are the time ones.
        self.memory_limit = None if valgrind else sandbox.MEMORY_LIMIT
        self.current = None  # (exercise, test) running now

    def run_tests(self, exercise, program, log_dir):
        budget = Budget(self.budget)
        for test in exercise.tests:
            self.current = (exercise, test)
            if exercise.not_graded:
                test.message = exercise.not_graded
            else:
                self.run_test(program, test, log_dir, budget)
        self.current = None

    def run_test(self, program, test, log_dir, budget):
        """Run one test alone; fill in passed and, if it failed, message."""
        seconds = budget.allow(self.timeout)
        if seconds is None:
            test.message = (f"not run: the exercise's tests took all of its "
                            f"time budget ({budget.total:g} s)")
            return
        end_file = log_dir / f"{test.name}.end"
        end_file.unlink(missing_ok=True)
        env = dict(os.environ, CK_RUN_CASE=test.name, CK_VERBOSITY="normal",
                   CK_DEFAULT_TIMEOUT=f"{seconds:.1f}",
                   CK_FORK="no" if self.valgrind else "yes",
                   GRADED_END_FILE=str(end_file))
        env.pop("CK_RUN_SUITE", None)
        command = (VALGRIND if self.valgrind else []) + [str(program)]
        outcome = sandbox.run(command, env, seconds + CHECK_GRACE,
                              self.memory_limit)
        budget.spend(outcome.seconds)
        end = end_file.read_text().splitlines() if end_file.is_file() else []
        test.ran = True
        test.seconds = outcome.seconds
        test.output = outcome.output
        test.passed = (outcome.exit_status == 0 and end == [REACHED_END] and
                       CHECK_PASSED in outcome.output)
        if not test.passed:
            test.message = failure_message(outcome, end, seconds,
                                           self.memory_limit)
            test.log = log_dir / f"{test.name}.log"
            test.log.write_text(f"$ CK_RUN_CASE={test.name} "
                                f"{' '.join(command)}\n{outcome.output}")


def failure_message(outcome, end, timeout, memory_limit):
    """What a student needs first, in plain words: what stopped the test,
    or the failing assertion with where it is."""
    if outcome.flooded:
        return (f"printed more than {sandbox.OUTPUT_CAP // sandbox.MIB} MB "
                "of output, and was stopped (the start and the end of it are "
                "in the log)")
    if outcome.timed_out:
        return timed_out(timeout)
    if outcome.ran_out_of_memory(memory_limit):
        return (f"ran out of memory (it used {outcome.max_rss // sandbox.MIB}"
                f" MB of the {memory_limit // sandbox.MIB} MB a test may "
                f"use): {check_message(outcome, timeout) or outcome.ended}")
    if LEFT_A_PROCESS in end:
        return ("started a process of its own (fork) and left it running: "
                "a graded test may not")
    return check_message(outcome, timeout) or ended_early(outcome, end)


def check_message(outcome, timeout):
    """Check's failure, or the runtime's or valgrind's message, if any."""
    output = outcome.output
    match = CHECK_FAILURE.search(output)
    fatal = RUNTIME_FATAL.search(output)
    valgrind = VALGRIND_ERROR.search(output)
    if match:
        where = f"{Path(match.group(1)).name}:{match.group(2)}"
        text = match.group(3).strip()
        if not text.startswith(AFTER_THIS_POINT):
            return f"{where}: {text}"
        return f"{stopped(text[len(AFTER_THIS_POINT):], timeout, fatal)} " \
               f"(the last check that passed: {where})"
    if valgrind:
        return "valgrind: " + valgrind.group(1)
    if fatal:
        return f"{fatal.group(0)} ({outcome.ended})"
    if "Checks: 0" in output:
        return "the test did not run (no test case of that name)"
    return ""


def ended_early(outcome, end):
    if outcome.exit_status == 0 and not end:
        return ("ended early: exited with status 0 before the end of the "
                "test (a test counts only if it runs to its end: does the "
                "code call exit()?)")
    last = (outcome.output.strip().splitlines() or [""])[-1]
    return f"{outcome.ended}" + (f": {last}" if last else "")


def timed_out(timeout):
    return f"timed out: still running after {timeout:.3g} s, and stopped"


def stopped(how, timeout, fatal):
    """Check's words for a test that did not return, in a student's."""
    if how.startswith("Test timeout expired"):
        return timed_out(timeout)
    signal_match = re.match(r"Received signal (\d+)", how)
    if signal_match:
        number = int(signal_match.group(1))
        return f"killed by signal {number} ({sandbox.signal_name(number)})"
    exit_match = re.match(r"Early exit with return value (\d+)", how)
    if exit_match:
        said = f": {fatal.group(0)}" if fatal else ""
        return (f"ended early: exited with status {exit_match.group(1)} "
                f"before the end of the test{said}")
    return how


def measure_coverage(builder, exercise):
    """Line coverage of the student's file by all the tests just run."""
    if exercise.not_graded:
        return "not graded"
    out = builder.student_object_path(exercise).parent
    # gcov writes the annotated source into its working directory.
    result = run(["gcov", "-o", str(out), str(exercise.student_file)],
                 cwd=out)
    match = re.search(r"Lines executed:([\d.]+)% of (\d+)", result.stdout)
    if not match and "no functions found" in result.stdout:
        return "no code to run (the file holds only declarations and constants)"
    if not match:
        return "no coverage data (" + result.stdout.strip() + ")"
    annotated = out / (exercise.student_file.name + ".gcov")
    return (f"{match.group(1)}% of {match.group(2)} lines "
            f"(line by line: {shown(annotated)})")


def grade(exercises, builder, runner, only_test):
    builder.build_main()
    for exercise in exercises:
        points, program = builder.build(exercise)
        exercise.tests = choose_test(read_points(points), only_test,
                                     exercise)
        runner.run_tests(exercise, program, builder.exercise_dir(exercise))
    if builder.coverage:
        for exercise in exercises:
            exercise.coverage = measure_coverage(builder, exercise)


def choose_test(tests, only_test, exercise):
    if only_test is None:
        return tests
    chosen = [t for t in tests if t.name == only_test]
    if not chosen:
        raise GradingError(f"{exercise.label} has no test named "
                           f"{only_test!r}; its tests are: "
                           + ", ".join(t.name for t in tests))
    return chosen


def plural(count, noun):
    return f"{count} {noun}{'' if count == 1 else 's'}"


def report_failures(tests):
    """Each failing test with its first message; once for all of them when
    they all failed the same way (a function missing, a stub returning
    NULL)."""
    failed = [t for t in tests if not t.passed]
    if len(failed) > 1 and len(failed) == len(tests) and \
            len({t.message for t in failed}) == 1:
        print(f"      FAIL all {len(failed)} tests")
        print(f"           {failed[0].message}")
        return
    for test in failed:
        print(f"      FAIL {test.name} ({plural(test.points, 'point')})")
        print(f"           {test.message}")


def report(exercises, source, build_dir, coverage):
    width = max(len(e.label) for e in exercises) + 2
    chapter = None
    for exercise in exercises:
        if exercise.chapter != chapter:
            chapter = exercise.chapter
            print(f"\n{chapter}  ({shown(source / chapter)})")
        earned = f"{exercise.earned}/{exercise.possible}"
        line = f"  {exercise.label:<{width}}{earned:>7}"
        print(line + (f"   {exercise.not_graded}" if exercise.not_graded
                      else ""))
        if exercise.compile_log:
            print(f"           (all of the compiler's output: "
                  f"{shown(exercise.compile_log)})")
        if exercise.warning:
            print(f"           {warning_note(exercise.warning)}")
        if not exercise.not_graded:
            report_failures(exercise.tests)
    tests = [t for e in exercises for t in e.tests]
    passed = sum(t.passed for t in tests)
    if coverage:
        print("\nLine coverage of your files by the tests:")
        files = {e.student_file: e.coverage for e in exercises}
        for student_file, figure in files.items():
            print(f"  {shown(student_file)}: {figure}")
    print()  # (which also ends the coverage block for `make coverage`)
    if any(t.log for t in tests):
        print(f"The output of each failing test is in {shown(build_dir)}/"
              "<chapter>/<exercise>/<test>.log")
    print(f"Results for course platforms: {shown(build_dir)}/results.json "
          f"(Gradescope), {shown(build_dir)}/junit.xml (JUnit)")
    print(f"\nScore: {sum(e.earned for e in exercises)}/"
          f"{sum(e.possible for e in exercises)}")
    print(f"{passed} passed, {len(tests) - passed} failed")
    return passed, len(tests)


def exercise_results(exercises):
    """The results as formats.py takes them."""
    return [{"chapter": e.chapter, "name": e.name, "extra": e.extra,
             "notes": e.notes,
             "tests": [{"name": t.name, "points": t.points,
                        "passed": t.passed, "message": t.message,
                        "output": t.output, "seconds": t.seconds}
                       for t in e.tests]}
            for e in exercises]


def write_results(exercises, build_dir):
    results = exercise_results(exercises)
    formats.write_json(build_dir / "results.json", formats.gradescope(results))
    formats.write_junit(build_dir / "junit.xml", results)


def write_classroom(exercises, builder, path):
    """Classroom's configuration, from the points of every test file."""
    builder.build_main()
    for exercise in exercises:
        exercise.tests = read_points(builder.build_tests(exercise))
    formats.write_json(path, formats.classroom(exercise_results(exercises)))
    print(f"{shown(path)}: {plural(sum(len(e.tests) for e in exercises), 'test')}"
          f" of {plural(len(exercises), 'exercise')}")


def parse_arguments():
    parser = argparse.ArgumentParser(
        description="Grade the exercises with their graded tests.")
    parser.add_argument("--source", default="exercises", type=Path,
                        help="the folder of the files to grade "
                             "(default: exercises; solutions/ for the "
                             "reference solutions)")
    parser.add_argument("--chapter", type=int, metavar="N",
                        help="grade chapter N only")
    parser.add_argument("--exercise", metavar="NAME",
                        help="grade exercise NAME only (e.g. pair, or "
                             "01-reference-counting/pair)")
    parser.add_argument("--test", metavar="NAME",
                        help="run the test NAME of that exercise only")
    parser.add_argument("--extra-tests", type=Path, metavar="DIR",
                        help="also grade with the tests of "
                             "DIR/NN-slug/test_NAME.c")
    parser.add_argument("--expect", choices=["all", "none"],
                        help="exit nonzero unless all tests pass (all) or "
                             "unless none does (none)")
    parser.add_argument("--no-warnings", action="store_true",
                        help="with --expect, also exit nonzero if a file "
                             "has warnings (for the reference files)")
    parser.add_argument("--coverage", action="store_true",
                        help="print the line coverage of each graded file")
    parser.add_argument("--valgrind", action="store_true",
                        help="run each test under valgrind's memcheck "
                             f"(limits {VALGRIND_SLOWDOWN} times longer)")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT,
                        metavar="S", help="seconds each test may take "
                                          f"(default {DEFAULT_TIMEOUT})")
    parser.add_argument("--budget", type=float, default=DEFAULT_BUDGET,
                        metavar="S", help="seconds an exercise's tests may "
                                          "take together (default "
                                          f"{DEFAULT_BUDGET})")
    parser.add_argument("--build", default="build/grade", type=Path,
                        metavar="DIR", help="where to build (default "
                                            "build/grade)")
    parser.add_argument("--classroom", type=Path, metavar="FILE",
                        help="write a GitHub Classroom autograding.json for "
                             "every graded test to FILE, and grade nothing")
    arguments = parser.parse_args()
    for name in ("source", "extra_tests", "build", "classroom"):
        path = getattr(arguments, name)
        if path is not None:
            setattr(arguments, name, path.resolve())
    if arguments.test is not None and arguments.exercise is None:
        parser.error("--test needs --exercise")
    return arguments


def ensure_library():
    if LIBRARY.is_file():
        return
    print("Building the runtime library (make VARIANT=debug lib)...",
          flush=True)
    result = run(["make", "VARIANT=debug", "lib"])
    if result.returncode != 0 or not LIBRARY.is_file():
        raise GradingError("make lib failed:\n" + result.stdout)


def main():
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quietly, into `head`
    for number in sandbox.STOP_SIGNALS:
        signal.signal(number, stop)
    arguments = parse_arguments()
    os.chdir(ROOT)  # where the compiler and the tests run
    runner = Runner(arguments.timeout, arguments.budget, arguments.valgrind)
    exercises = []
    try:
        return grade_and_report(arguments, runner, exercises)
    except GradingError as error:
        print(f"grade.py: cannot grade: {error}", file=sys.stderr)
        return 2
    except Interrupted as interruption:
        sandbox.kill_all_sessions()
        print(how_far(interruption, exercises, runner.current),
              file=sys.stderr)
        return 128 + interruption.number


def grade_and_report(arguments, runner, exercises):
    """Grade as the arguments say; `exercises` is filled in as grading
    goes, so that an interrupted run can say how far it got."""
    roots = [(TESTS, False)]
    if arguments.extra_tests:
        roots.append((arguments.extra_tests, True))
    ensure_library()
    exercises += find_exercises(roots, arguments.chapter, arguments.exercise,
                                arguments.source)
    if not exercises:
        raise GradingError("no graded tests found" + (
            f" for chapter {arguments.chapter}"
            if arguments.chapter is not None else ""))
    builder = Builder(arguments.build, arguments.coverage)
    if arguments.classroom:
        write_classroom(exercises, builder, arguments.classroom)
        return 0
    print(f"Grading {shown(arguments.source)}/ with "
          f"{', '.join(shown(r) for r, _ in roots)}", flush=True)
    grade(exercises, builder, runner, arguments.test)
    write_results(exercises, arguments.build)
    passed, total = report(exercises, arguments.source, arguments.build,
                           arguments.coverage)
    return expectation(arguments, exercises, passed, total)


def how_far(interruption, exercises, current):
    """What an interrupted run had done."""
    tests = [t for e in exercises for t in e.tests]
    ran = sum(t.ran for t in tests)
    doing = ""
    if current is not None:
        exercise, test = current
        doing = f" while running {exercise.label}'s test {test.name}"
    return (f"\ngrade.py: stopped by {interruption}{doing}: {ran} of "
            f"{plural(len(tests), 'test')} known so far had run, "
            f"{sum(t.passed for t in tests)} passed.  Every test process it "
            "started is stopped; no results were written.")


def expectation(arguments, exercises, passed, total):
    """The exit status that --expect asks for: the reference files earn all
    (solutions) or nothing (starters), compile, and with --no-warnings have
    no warning."""
    if arguments.expect is None:
        return 0
    problems = []
    if arguments.expect == "all" and passed < total:
        problems.append(f"expected every test to pass, but {total - passed} "
                        "did not")
    if arguments.expect == "none" and passed > 0:
        problems.append(f"expected no test to pass, but {passed} did")
    broken = sorted({shown(e.student_file) for e in exercises
                     if e.compile_error})
    if arguments.expect == "none" and broken:
        problems.append("expected every file to compile, but not: "
                        + ", ".join(broken))
    warned = sorted({shown(e.student_file) for e in exercises if e.warning})
    if arguments.no_warnings and warned:
        problems.append("expected no warnings, but: " + ", ".join(warned))
    for problem in problems:
        print(f"grade.py: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
