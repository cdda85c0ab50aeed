#!/usr/bin/env python3
"""Grade the exercises: build each one with its graded tests, run every test
alone, and print the points.

    grade.py [--source DIR] [--chapter N] [--exercise NAME]
             [--extra-tests DIR] [--expect all|none] [--coverage]
             [--valgrind] [--timeout S] [--build DIR]

Layout: tests/exercises/NN-slug/test_NAME.c holds the graded tests of the
student's file SOURCE/NN-slug/NAME.c (SOURCE is exercises/ by default; the
reference solutions are in solutions/).  --extra-tests DIR adds the tests of
DIR/NN-slug/test_NAME.c (a teacher's hidden tests), graded in addition.

Each test program is the student's file, the test file and tests/unit/main.c
linked with build/debug/libminigc.a.  Its points are read from the program
itself (GRADED_POINTS=1, see graded.h), the one place where they are written.
Each test then runs in a process of its own (CK_RUN_CASE, CK_FORK=yes, a
Check timeout and an outer one), so that a crash, a hang or a leak costs that
test's points and grading goes on.  A file that does not compile costs all of
its exercise's points.

Exit status: 0; with --expect all, 1 unless every test passed; with --expect
none, 1 if any test passed or any file failed to compile (the starters must
compile and earn nothing); 2 when grading itself could not be done (a test
file that does not compile, a missing library)."""

import argparse
import os
import re
import shlex
import signal
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TESTS = ROOT / "tests" / "exercises"
LIBRARY = ROOT / "build" / "debug" / "libminigc.a"
MAIN = ROOT / "tests" / "unit" / "main.c"

WARNINGS = ["-std=c11", "-Wall", "-Wextra", "-Wpedantic", "-Werror"]
CFLAGS = WARNINGS + ["-O0", "-g", "-Isrc", "-Itests/unit", "-Itests/exercises",
                     "-D_POSIX_C_SOURCE=200809L"]
VALGRIND = ["valgrind", "--quiet", "--error-exitcode=99", "--leak-check=full",
            "--errors-for-leak-kinds=definite", "--child-silent-after-fork=yes"]
CHAPTER_DIR = re.compile(r"^(\d+)-[A-Za-z0-9_-]+$")
# A Check failure: file:line:F|E|S:tcase:test:iteration: message
CHECK_FAILURE = re.compile(
    r"^([^:\n]+):(\d+):[FES]:[^:\n]*:[^:\n]*:-?\d+: ?(.*)$", re.MULTILINE)
RUNTIME_FATAL = re.compile(r"^fatal: .*$", re.MULTILINE)
VALGRIND_ERROR = re.compile(r"^==\d+== (?!Memcheck|Copyright|Using|Command)"
                            r"(\S.*)$", re.MULTILINE)


class GradingError(Exception):
    """Grading itself failed (not the student's work)."""


@dataclass
class Test:
    name: str
    points: int
    passed: bool = False
    message: str = ""
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


def shown(path):
    """A path as the user would type it: relative to the project if inside."""
    path = Path(path).resolve()
    try:
        return str(path.relative_to(ROOT))
    except ValueError:
        return str(path)


def run(command, cwd=ROOT, **options):
    return subprocess.run(command, cwd=cwd, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True, **options)


def check_flags():
    result = run(["pkg-config", "--cflags", "--libs", "check"])
    if result.returncode != 0:
        raise GradingError("pkg-config cannot find Check: " + result.stdout)
    return shlex.split(result.stdout)


def find_exercises(test_roots, chapter, only, source):
    """Every test_NAME.c under each root's NN-slug folders, chapter first."""
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
                if only is not None and name != only:
                    continue
                exercises.append(Exercise(
                    folder.name, name, test_file, extra,
                    student_file=source / folder.name / f"{name}.c"))
    exercises.sort(key=lambda e: (e.chapter, e.extra))
    return exercises


def first_error(output):
    """The compiler's or linker's first error line, else its first line."""
    lines = output.strip().splitlines()
    for line in lines:
        if "error" in line or "undefined reference" in line:
            return line.strip()
    return lines[0].strip() if lines else "failed"


class Builder:
    def __init__(self, build_dir, coverage):
        self.build_dir = build_dir
        self.coverage = coverage
        self.cc = os.environ.get("CC", "cc")
        self.check = check_flags()
        self.main_object = build_dir / "main.o"
        self.student_objects = {}  # student's file -> (object, error or None)

    def compile(self, source, obj, extra_flags=()):
        """Compile source to obj; the compiler's output if it fails."""
        obj.parent.mkdir(parents=True, exist_ok=True)
        obj.unlink(missing_ok=True)
        command = [self.cc, *CFLAGS, *extra_flags, "-c", shown(source),
                   "-o", str(obj)]
        result = run(command)
        return None if result.returncode == 0 else result.stdout

    def link(self, objects, program):
        program.unlink(missing_ok=True)
        flags = ["--coverage"] if self.coverage else []
        result = run([self.cc, *flags, *map(str, objects), str(LIBRARY),
                      *self.check, "-o", str(program)])
        return None if result.returncode == 0 else result.stdout

    def build_main(self):
        error = self.compile(MAIN, self.main_object)
        if error:
            raise GradingError("tests/unit/main.c does not compile:\n" + error)

    def build(self, exercise):
        """Build the exercise's test program; returns its path.  A student's
        file that fails to compile or link is left out (the student's
        functions are weak in the tests) and recorded as compile_error."""
        out = self.exercise_dir(exercise)
        out.mkdir(parents=True, exist_ok=True)
        for old_log in out.glob("*.log"):
            old_log.unlink()
        test_object = out / "test.o"
        error = self.compile(exercise.test_file, test_object)
        if error:
            (out / "compile.log").write_text(error)
            raise GradingError(f"{shown(exercise.test_file)} does not compile "
                               f"(see {shown(out / 'compile.log')}):\n"
                               + first_error(error))
        program = out / f"test_{exercise.name}"
        objects = [test_object, self.main_object]
        student_object, error = self.student_object(exercise)
        if error is None:
            error = self.link(objects + [student_object], program)
            if error is None:
                return program
        exercise.compile_error = first_error(error)
        exercise.compile_log = out / "compile.log"
        exercise.compile_log.write_text(error)
        error = self.link(objects, program)
        if error:
            raise GradingError(f"the tests of {exercise.label} do not link:\n"
                               + first_error(error))
        return program

    def student_object(self, exercise):
        """The student's file compiled once, shared by its built-in and
        extra tests (so that its coverage adds up); and the compiler's
        output if it failed, else None."""
        source = exercise.student_file
        if source not in self.student_objects:
            obj = self.student_object_path(exercise)
            obj.parent.mkdir(parents=True, exist_ok=True)
            for stale in obj.parent.glob("*.gcda"):
                stale.unlink()
            if source.is_file():
                flags = ["--coverage"] if self.coverage else []
                error = self.compile(source, obj, flags)
            else:
                error = f"{shown(source)}: error: no such file\n"
            self.student_objects[source] = (obj, error)
        return self.student_objects[source]

    def student_object_path(self, exercise):
        return (self.build_dir / exercise.chapter / exercise.name /
                f"{exercise.name}.o")

    def exercise_dir(self, exercise):
        return (self.build_dir / exercise.chapter /
                (exercise.name + ("-extra" if exercise.extra else "")))


def read_points(program):
    """The program's table of tests and points (graded.h, GRADED_POINTS)."""
    try:
        result = run([str(program)], env=dict(os.environ, GRADED_POINTS="1"),
                     timeout=30)
    except subprocess.TimeoutExpired:
        raise GradingError(f"{shown(program)} hangs when asked for its "
                           "points table") from None
    tests = []
    for line in result.stdout.splitlines():
        name, _, points = line.rpartition(" ")
        if result.returncode != 0 or not name or not points.isdigit():
            raise GradingError(f"{shown(program)} did not print its points "
                               f"table:\n{result.stdout}")
        tests.append(Test(name, int(points)))
    if not tests:
        raise GradingError(f"{shown(program)} has no graded tests")
    return tests


class Runner:
    def __init__(self, timeout, valgrind):
        self.timeout = timeout
        self.valgrind = valgrind

    def run_test(self, program, test, log_dir):
        """Run one test alone; fill in passed and, if it failed, message."""
        env = dict(os.environ, CK_RUN_CASE=test.name, CK_VERBOSITY="normal",
                   CK_DEFAULT_TIMEOUT=str(self.timeout),
                   CK_FORK="no" if self.valgrind else "yes")
        env.pop("CK_RUN_SUITE", None)
        command = [str(program)]
        limit = self.timeout + 10
        if self.valgrind:
            command = VALGRIND + command
            limit = self.timeout * 20
        output, status = self.run_with_limit(command, env, limit)
        test.passed = (status == 0 and
                       "100%: Checks: 1, Failures: 0, Errors: 0" in output)
        if not test.passed:
            test.message = failure_message(output, status, limit,
                                           self.timeout)
            test.log = log_dir / f"{test.name}.log"
            test.log.write_text(f"$ CK_RUN_CASE={test.name} "
                                f"{' '.join(command)}\n{output}")

    @staticmethod
    def run_with_limit(command, env, limit):
        """Run command in its own process group; kill the group at `limit`."""
        process = subprocess.Popen(command, cwd=ROOT, env=env, text=True,
                                   stdout=subprocess.PIPE,
                                   stderr=subprocess.STDOUT,
                                   start_new_session=True)
        try:
            output, _ = process.communicate(timeout=limit)
            return output, process.returncode
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            output, _ = process.communicate()
            return output, None


def failure_message(output, status, limit, timeout):
    """What a student needs first: the failing assertion, with where it is,
    and the runtime's own message if it stopped the program."""
    if status is None:
        return f"timed out: still running after {limit} s"
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
        return fatal.group(0)
    if "Checks: 0" in output:
        return "the test did not run (no test case of that name)"
    return f"exit status {status}: " + (output.strip().splitlines() or [""])[-1]


AFTER_THIS_POINT = "(after this point) "


def stopped(how, timeout, fatal):
    """Check's words for a test that did not return, in a student's."""
    if how.startswith("Test timeout expired"):
        return f"timed out after {timeout} s"
    signal_match = re.match(r"Received signal (\d+) \((.*)\)", how)
    if signal_match:
        return f"crashed: {signal_match.group(2)} " \
               f"(signal {signal_match.group(1)})"
    exit_match = re.match(r"Early exit with return value (\d+)", how)
    if exit_match:
        said = f": {fatal.group(0)}" if fatal else ""
        return f"stopped with exit status {exit_match.group(1)}{said}"
    return how


def measure_coverage(builder, exercise):
    """Line coverage of the student's file by all the tests just run."""
    if exercise.compile_error:
        return "not compiled"
    out = builder.student_object_path(exercise).parent
    # gcov writes the annotated source into its working directory.
    result = run(["gcov", "-o", str(out), str(exercise.student_file)],
                 cwd=out)
    match = re.search(r"Lines executed:([\d.]+)% of (\d+)", result.stdout)
    if not match and "no functions found" in result.stdout:
        return "no code to run (the file holds only declarations and constants)"
    if not match:
        return "no coverage data (" + first_error(result.stdout) + ")"
    annotated = out / (exercise.student_file.name + ".gcov")
    return (f"{match.group(1)}% of {match.group(2)} lines "
            f"(line by line: {shown(annotated)})")


def grade(exercises, builder, runner):
    builder.build_main()
    for exercise in exercises:
        program = builder.build(exercise)
        exercise.tests = read_points(program)
        log_dir = builder.exercise_dir(exercise)
        for test in exercise.tests:
            if exercise.compile_error:
                test.message = "not run: the file does not compile"
            else:
                runner.run_test(program, test, log_dir)
    if builder.coverage:
        for exercise in exercises:
            exercise.coverage = measure_coverage(builder, exercise)


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
        if exercise.compile_error:
            line += "   does not compile: " + exercise.compile_error
        print(line)
        if exercise.compile_log:
            print(f"           (all of the compiler's output: "
                  f"{shown(exercise.compile_log)})")
        if not exercise.compile_error:
            report_failures(exercise.tests)
    tests = [t for e in exercises for t in e.tests]
    passed = sum(t.passed for t in tests)
    earned = sum(e.earned for e in exercises)
    possible = sum(e.possible for e in exercises)
    if coverage:
        print("\nLine coverage of your files by the tests:")
        files = {e.student_file: e.coverage for e in exercises}
        for student_file, figure in files.items():
            print(f"  {shown(student_file)}: {figure}")
    if passed < len(tests):
        print(f"\nThe output of each failing test is in {shown(build_dir)}/"
              "<chapter>/<exercise>/<test>.log")
    print(f"\nScore: {earned}/{possible}")
    print(f"{passed} passed, {len(tests) - passed} failed")
    return passed, len(tests)


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
                        help="grade exercise NAME only (e.g. pair)")
    parser.add_argument("--extra-tests", type=Path, metavar="DIR",
                        help="also grade with the tests of "
                             "DIR/NN-slug/test_NAME.c")
    parser.add_argument("--expect", choices=["all", "none"],
                        help="exit nonzero unless all tests pass (all) or "
                             "unless none does (none)")
    parser.add_argument("--coverage", action="store_true",
                        help="print the line coverage of each graded file")
    parser.add_argument("--valgrind", action="store_true",
                        help="run each test under valgrind's memcheck")
    parser.add_argument("--timeout", type=int, default=60, metavar="S",
                        help="seconds each test may take (default 60)")
    parser.add_argument("--build", default="build/grade", type=Path,
                        metavar="DIR", help="where to build (default "
                                            "build/grade)")
    arguments = parser.parse_args()
    for name in ("source", "extra_tests", "build"):
        path = getattr(arguments, name)
        if path is not None:
            setattr(arguments, name, path.resolve())
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
    arguments = parse_arguments()
    roots = [(TESTS, False)]
    if arguments.extra_tests:
        roots.append((arguments.extra_tests, True))
    try:
        ensure_library()
        exercises = find_exercises(roots, arguments.chapter,
                                   arguments.exercise, arguments.source)
        if not exercises:
            raise GradingError("no graded tests found" + (
                f" for chapter {arguments.chapter}"
                if arguments.chapter is not None else "") + (
                f" for exercise {arguments.exercise}"
                if arguments.exercise is not None else ""))
        print(f"Grading {shown(arguments.source)}/ with "
              f"{', '.join(shown(r) for r, _ in roots)}", flush=True)
        builder = Builder(arguments.build, arguments.coverage)
        grade(exercises, builder,
              Runner(arguments.timeout, arguments.valgrind))
    except GradingError as error:
        print(f"grade.py: cannot grade: {error}", file=sys.stderr)
        return 2
    passed, total = report(exercises, arguments.source, arguments.build,
                           arguments.coverage)
    if arguments.expect == "all" and passed < total:
        return 1
    if arguments.expect == "none":
        return expect_none(exercises, passed)
    return 0


def expect_none(exercises, passed):
    """The starters earn nothing, and they compile (a starter that does not
    would earn nothing too, but for the wrong reason)."""
    broken = sorted({shown(e.student_file) for e in exercises
                     if e.compile_error})
    if passed > 0:
        print(f"grade.py: expected no test to pass, but {passed} did",
              file=sys.stderr)
    if broken:
        print("grade.py: expected every file to compile, but not: "
              + ", ".join(broken), file=sys.stderr)
    return 1 if passed > 0 or broken else 0


if __name__ == "__main__":
    sys.exit(main())
