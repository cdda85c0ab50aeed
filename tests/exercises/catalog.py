"""catalog.py: where the exercises are, for hint.py and reset.py.

An exercise is named by its file's stem (list_remove) or, when two chapters
have one of that name, with its chapter folder (01-reference-counting/
list_remove); a trailing .c is accepted."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXERCISES = ROOT / "exercises"
CHAPTER_DIR = re.compile(r"^\d+-[A-Za-z0-9_-]+$")


class UnknownExercise(Exception):
    pass


def all_exercises():
    """(chapter folder, name) of every starter file, in order."""
    found = []
    for folder in sorted(EXERCISES.iterdir()):
        if folder.is_dir() and CHAPTER_DIR.match(folder.name):
            found += [(folder.name, f.stem) for f in sorted(folder.glob("*.c"))]
    return found


def find(name):
    """The (chapter folder, name) that `name` designates."""
    name = name.strip("/").removesuffix(".c").removeprefix("exercises/")
    chapter, _, stem = name.rpartition("/")
    matches = [(c, n) for c, n in all_exercises()
               if n == stem and chapter in ("", c)]
    if len(matches) == 1:
        return matches[0]
    known = ", ".join(n for _, n in all_exercises())
    if not matches:
        raise UnknownExercise(f"no exercise named {name!r} (there are: "
                              f"{known})")
    raise UnknownExercise(f"{name!r} is in several chapters: say which, as "
                          + " or ".join(f"{c}/{n}" for c, n in matches))


def starter(chapter, name):
    return EXERCISES / chapter / f"{name}.c"
