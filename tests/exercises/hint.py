#!/usr/bin/env python3
"""Show the hints of an exercise one at a time, gentlest first.

    hint.py EX            the next hint of exercise EX (e.g. list_remove)
    hint.py EX --reset    forget which hints of EX were shown
    hint.py               list the exercises and the hints seen of each

The hints of exercises/NN-slug/EX.c are in exercises/NN-slug/EX.hints.md,
separated by lines holding only `---`.  How many were shown is kept in
build/hints/NN-slug/EX."""

import argparse
import signal
import sys

import catalog

PROGRESS = catalog.ROOT / "build" / "hints"


def hints_of(chapter, name):
    path = catalog.EXERCISES / chapter / f"{name}.hints.md"
    if not path.is_file():
        raise catalog.UnknownExercise(f"{name} has no hints file "
                                      f"({path.relative_to(catalog.ROOT)})")
    hints, current = [], []
    for line in path.read_text().splitlines():
        if line.strip() == "---":
            hints.append("\n".join(current).strip())
            current = []
        else:
            current.append(line)
    hints.append("\n".join(current).strip())
    return [h for h in hints if h]


def progress_file(chapter, name):
    return PROGRESS / chapter / name


def shown_count(chapter, name):
    try:
        return int(progress_file(chapter, name).read_text())
    except (FileNotFoundError, ValueError):
        return 0


def show_next(chapter, name):
    hints = hints_of(chapter, name)
    seen = shown_count(chapter, name)
    number = min(seen + 1, len(hints))
    print(f"Hint {number} of {len(hints)} for {chapter}/{name}:\n")
    print(hints[number - 1])
    print()
    if number < len(hints):
        print(f"(Run it again for hint {number + 1}.)")
    else:
        print(f"(That is the last hint. `make hint EX={name} RESET=1` "
              "starts over.)")
    path = progress_file(chapter, name)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"{number}\n")


def reset(chapter, name):
    progress_file(chapter, name).unlink(missing_ok=True)
    print(f"The hints of {chapter}/{name} start over from the first.")


def list_all():
    for chapter, name in catalog.all_exercises():
        try:
            total = len(hints_of(chapter, name))
        except catalog.UnknownExercise:
            total = 0
        print(f"  {chapter}/{name}: {shown_count(chapter, name)} of {total} "
              "hints seen")


def main():
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quietly, into `head`
    parser = argparse.ArgumentParser(
        description="Show the next hint of an exercise.")
    parser.add_argument("exercise", nargs="?",
                        help="e.g. list_remove or 01-reference-counting/pair")
    parser.add_argument("--reset", action="store_true",
                        help="start the exercise's hints over")
    arguments = parser.parse_args()
    if arguments.exercise is None:
        list_all()
        return 0
    try:
        chapter, name = catalog.find(arguments.exercise)
        (reset if arguments.reset else show_next)(chapter, name)
    except catalog.UnknownExercise as error:
        print(f"hint.py: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
