"""catalog.py: where the exercises are, what each may not call, and where
their starters are as first given; for grade.py, hint.py and reset.py.

An exercise is named by its file's stem (list_remove) or, when two chapters
have one of that name, with its chapter folder (01-reference-counting/
list_remove); a trailing .c is accepted."""

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXERCISES = ROOT / "exercises"
CHAPTER_DIR = re.compile(r"^\d+-[A-Za-z0-9_-]+$")

# The starters as first given, NN-slug/NAME.c, in the copy handed to
# students: `make student-pack` writes them from the same commit as the rest
# of the pack (see pristine_starter).
PRISTINE = ROOT / "tests" / "exercises" / "starters"

# The exercises that re-implement a function of the runtime, and the
# runtime functions each may not call (its starter says so): calling the
# runtime's own version is not an answer.  They may call the rest of the
# runtime; handle_resurrected_objects, say, calls chapter 2's phases.
REIMPLEMENTS = {
    "subtract_refs": ("subtract_refs",),
    "move_unreachable": ("move_unreachable",),
    "get_referrers": ("gc_get_referrers",),
    "collect_generations": ("collect_generations",),
    "freeze": ("gc_freeze", "gc_unfreeze", "gc_get_freeze_count"),
    "full_collection_is_due": ("full_collection_is_due",),
    "promote": ("promote",),
    "weakref_new": ("weakref_new", "keyedref_new"),
    "clear_weakrefs": ("clear_weakrefs",),
    "handle_weakrefs": ("handle_weakrefs",),
    "weak_cache": ("weakvaluedict_new", "weakkeydict_new", "is_weakdict",
                   "weakdict_setitem", "weakdict_getitem", "weakdict_delitem",
                   "weakdict_size", "weakdict_keys", "weakdict_values"),
    "finalize_from_dealloc": ("call_finalizer", "finalize_from_dealloc",
                              "needs_finalizing"),
    "finalize_garbage": ("finalize_garbage",),
    "handle_resurrected_objects": ("handle_resurrected_objects",),
    "move_legacy_finalizers": ("move_legacy_finalizers",),
    "needs_finalizing": ("gen_view_needs_finalizing",),
    "pool_blocks": ("object_malloc", "object_calloc", "object_realloc", "object_free"),
    "arena_policy": ("arena_return_pool", "arena_take_pool"),
    "backref_chain": ("objgraph_find_backref_chain",),
    "growing_types": ("objgraph_growth", "objgraph_most_common"),
}


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


def pristine_starter(chapter, name):
    """The starter of chapter/name as first given (bytes).

    In the student pack, the copy that `make student-pack` put in PRISTINE.
    In a git clone of the course, the file as of the course's last commit:
    the newest commit that changed anything but the exercises' own files,
    which a student's commits never do (they change their exercise files
    only).  A student's commits may then come after it, and git's HEAD
    holds their work, not the starter."""
    copy = PRISTINE / chapter / f"{name}.c"
    if copy.is_file():
        return copy.read_bytes()
    relative = starter(chapter, name).relative_to(ROOT).as_posix()
    course_commit = git("log", "-1", "--format=%H", "--", ".",
                        ":(exclude,glob)exercises/*/*.c")
    if course_commit is None or not course_commit.strip():
        raise UnknownExercise(
            f"no pristine copy of {relative}: this copy of the course has "
            f"neither {PRISTINE.relative_to(ROOT)}/ (the student pack's) nor "
            "a git history to take it from")
    commit = course_commit.decode().strip()
    original = git("show", f"{commit}:{relative}")
    if original is None:
        raise UnknownExercise(f"{relative} is not in the course's last commit "
                              f"({commit[:12]}), so there is no original")
    return original


def git(*arguments):
    """git's output (bytes), or None if git is missing or fails."""
    try:
        result = subprocess.run(["git", *arguments], cwd=ROOT,
                                capture_output=True)
    except FileNotFoundError:
        return None
    return result.stdout if result.returncode == 0 else None
