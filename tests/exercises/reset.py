#!/usr/bin/env python3
"""Put an exercise's starter file back as it was first given.

    reset.py EX           restore exercises/NN-slug/EX.c as first given

The original comes from the copy of the starters that the student pack
carries, or, in a git clone of the course, from git (catalog.py's
pristine_starter says how).  Your version is not lost: it is copied first to
build/reset/NN-slug/, with the time in its name, and the path is printed."""

import argparse
import sys
import time

import catalog

BACKUPS = catalog.ROOT / "build" / "reset"


def reset(chapter, name):
    path = catalog.starter(chapter, name)
    first = catalog.pristine_starter(chapter, name)
    current = path.read_bytes() if path.is_file() else None
    if current == first:
        print(f"{path.relative_to(catalog.ROOT)} is already the original.")
        return
    if current is not None:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        backup = BACKUPS / chapter / f"{name}.{stamp}.c"
        backup.parent.mkdir(parents=True, exist_ok=True)
        backup.write_bytes(current)
        print(f"Your version is saved as {backup.relative_to(catalog.ROOT)}")
    path.write_bytes(first)
    print(f"{path.relative_to(catalog.ROOT)} is back to the original.")


def main():
    parser = argparse.ArgumentParser(
        description="Restore an exercise's starter file.")
    parser.add_argument("exercise", nargs="?",
                        help="e.g. list_remove or 01-reference-counting/pair")
    arguments = parser.parse_args()
    if arguments.exercise is None:
        print("Which exercise? One of: " + ", ".join(
            f"{c}/{n}" for c, n in catalog.all_exercises()), file=sys.stderr)
        return 2
    try:
        reset(*catalog.find(arguments.exercise))
    except catalog.UnknownExercise as error:
        print(f"reset.py: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
