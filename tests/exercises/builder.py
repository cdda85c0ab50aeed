"""builder.py: build an exercise's test program from the student's file, its
graded test file and tests/unit/main.c, linked with the runtime library.

Our files (the tests, main.c) must compile without a warning.  The
student's file is compiled with the same warnings but not -Werror: a
warning is reported, and costs nothing.  A student's file that does not
compile or link is left out of the program (the student's functions are
weak in the tests, see graded.h), so that its points can still be read.

Before the student's file is graded, its object file's undefined symbols
(nm -u) are compared with the runtime functions that its exercise
re-implements (catalog.REIMPLEMENTS): a file that calls one of them is not
graded."""

import os
import re
import shlex
import subprocess
from pathlib import Path

import catalog

ROOT = catalog.ROOT
LIBRARY = ROOT / "build" / "debug" / "libminigc.a"
MAIN = ROOT / "tests" / "unit" / "main.c"

WARNINGS = ["-std=c11", "-Wall", "-Wextra", "-Wpedantic"]
CFLAGS = WARNINGS + ["-O0", "-g", "-Isrc", "-Itests/unit", "-Itests/exercises",
                     "-D_POSIX_C_SOURCE=200809L"]
OUR_CFLAGS = CFLAGS + ["-Werror"]
# The lines of a compiler's or linker's output worth showing first: the
# error itself, not the driver's closing "collect2: error: ld returned 1".
USEFUL_ERROR = re.compile(r"error:|multiple definition of|undefined reference")
DRIVER_LINE = re.compile(r"^collect2: ")
WARNING = re.compile(r"warning:")


class GradingError(Exception):
    """Grading itself failed (not the student's work)."""


def shown(path):
    """A path as the user would type it: relative to the project if inside."""
    path = Path(path).resolve()
    try:
        return str(path.relative_to(ROOT))
    except ValueError:
        return str(path)


def run(command, cwd=ROOT):
    return subprocess.run(command, cwd=cwd, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True)


def first_line(output, pattern):
    """The first line of a compiler's output that matches pattern, without
    the project's own path, else the first line."""
    lines = [line.strip() for line in output.strip().splitlines()
             if not DRIVER_LINE.match(line)]
    matching = [line for line in lines if pattern.search(line)]
    line = (matching or lines or ["failed"])[0]
    return line.replace(f"{ROOT}/", "")


def first_error(output):
    return first_line(output, USEFUL_ERROR)


def check_flags():
    result = run(["pkg-config", "--cflags", "--libs", "check"])
    if result.returncode != 0:
        raise GradingError("pkg-config cannot find Check: " + result.stdout)
    return shlex.split(result.stdout)


def undefined_symbols(obj):
    """The functions and variables an object file uses without defining."""
    result = run(["nm", "--undefined-only", str(obj)])
    if result.returncode != 0:
        raise GradingError(f"nm cannot read {shown(obj)}: {result.stdout}")
    return {line.split()[-1] for line in result.stdout.splitlines()
            if line.strip()}


def forbidden_calls(exercise, obj):
    """The runtime functions that exercise re-implements and obj calls."""
    forbidden = catalog.REIMPLEMENTS.get(exercise.name, ())
    if not forbidden:
        return []
    calls = undefined_symbols(obj)
    return [name for name in forbidden if name in calls]


class Builder:
    def __init__(self, build_dir, coverage):
        self.build_dir = build_dir
        self.coverage = coverage
        self.cc = os.environ.get("CC", "cc")
        self.check = check_flags()
        self.main_object = build_dir / "main.o"
        self.student_objects = {}  # student's file -> StudentObject

    def compile(self, source, obj, flags):
        """Compile source to obj; returns (succeeded, the compiler's
        output)."""
        obj.parent.mkdir(parents=True, exist_ok=True)
        obj.unlink(missing_ok=True)
        result = run([self.cc, *flags, "-c", shown(source), "-o", str(obj)])
        return result.returncode == 0, result.stdout

    def link(self, objects, program):
        program.unlink(missing_ok=True)
        flags = ["--coverage"] if self.coverage else []
        result = run([self.cc, *flags, *map(str, objects), str(LIBRARY),
                      *self.check, "-o", str(program)])
        return None if result.returncode == 0 else result.stdout

    def build_main(self):
        compiled, output = self.compile(MAIN, self.main_object, OUR_CFLAGS)
        if not compiled:
            raise GradingError("tests/unit/main.c does not compile:\n"
                               + output)

    def build_tests(self, exercise):
        """The exercise's tests linked without the student's file: the
        program that tells the points, which no code of the student's can
        then change."""
        out = self.exercise_dir(exercise)
        out.mkdir(parents=True, exist_ok=True)
        for old in (*out.glob("*.log"), *out.glob("*.end")):
            old.unlink()
        compiled, output = self.compile(exercise.test_file, out / "test.o",
                                        OUR_CFLAGS)
        if not compiled:
            (out / "compile.log").write_text(output)
            raise GradingError(f"{shown(exercise.test_file)} does not compile "
                               f"(see {shown(out / 'compile.log')}):\n"
                               + first_error(output))
        program = out / "points"
        error = self.link([out / "test.o", self.main_object], program)
        if error:
            raise GradingError(f"the tests of {exercise.label} do not link:\n"
                               + first_error(error))
        return program

    def build(self, exercise):
        """The program of the points and the program to grade, which is
        None when the student's file does not compile or link, or calls
        what it must not (recorded in the exercise)."""
        points = self.build_tests(exercise)
        student = self.student_object(exercise)
        exercise.warning = student.warning
        exercise.forbidden = student.forbidden
        if student.error is None and student.forbidden:
            return points, None
        out = self.exercise_dir(exercise)
        program = out / f"test_{exercise.name}"
        error = student.error or self.link(
            [out / "test.o", self.main_object, student.path], program)
        if error is None:
            return points, program
        exercise.compile_error = first_error(error)
        exercise.compile_log = out / "compile.log"
        exercise.compile_log.write_text(error)
        return points, None

    def student_object(self, exercise):
        """The student's file compiled once, shared by its built-in and
        extra tests (so that its coverage adds up)."""
        source = exercise.student_file
        if source not in self.student_objects:
            self.student_objects[source] = self.compile_student(exercise)
        return self.student_objects[source]

    def compile_student(self, exercise):
        source = exercise.student_file
        obj = self.student_object_path(exercise)
        obj.parent.mkdir(parents=True, exist_ok=True)
        for stale in obj.parent.glob("*.gcda"):
            stale.unlink()
        if not source.is_file():
            return StudentObject(obj, error=f"{shown(source)}: error: no such "
                                            "file\n")
        flags = CFLAGS + (["--coverage"] if self.coverage else [])
        compiled, output = self.compile(source, obj, flags)
        if not compiled:
            return StudentObject(obj, error=output)
        warning = first_line(output, WARNING) if output.strip() else ""
        return StudentObject(obj, warning=warning,
                             forbidden=forbidden_calls(exercise, obj))

    def student_object_path(self, exercise):
        return (self.build_dir / exercise.chapter / exercise.name /
                f"{exercise.name}.o")

    def exercise_dir(self, exercise):
        return (self.build_dir / exercise.chapter /
                (exercise.name + ("-extra" if exercise.extra else "")))


class StudentObject:
    """The student's compiled file: its path, the compiler's output if it
    failed, its first warning, and the forbidden functions it calls."""

    def __init__(self, path, error=None, warning="", forbidden=()):
        self.path = path
        self.error = error
        self.warning = warning
        self.forbidden = list(forbidden)
