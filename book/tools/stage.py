#!/usr/bin/env python3
"""Write the code as of chapter N to build/stages/NN/.

A reader who stops after chapter N can build exactly the code the book has
shown so far.  No stage is kept as a copy: each is cut from the one source
tree by two kinds of marker.

- A file belongs to the chapter named in its opening comment ("Chapter 2."),
  and is left out of earlier stages.
- Inside a file, a region added by a later chapter is fenced by lines
      //> N name         ...         //< N name
  and left out of stages before N.  Code that chapter N replaces stays in the
  final source inside a comment fenced by lines
      /*< N name        ...         */
  and is put back, uncommented, in stages before N.

Usage: stage.py N [--list]   (--list prints the files of stage N)."""

import re
import shutil
import sys
from pathlib import Path

TREE = ["Makefile", "src", "tests/unit"]
OUT = Path("build/stages")
FILE_CHAPTER = re.compile(r"chapter (\d+)", re.I)
OPENING_COMMENT_LINES = 8
REGION_OPEN = re.compile(r"^\s*//> (\d+)\b")
REGION_CLOSE = re.compile(r"^\s*//< (\d+)\b")
REPLACED_OPEN = re.compile(r"^\s*/\*< (\d+)\b")
REPLACED_CLOSE = re.compile(r"^\s*\*/\s*$")


def file_chapter(path):
    """The chapter a source file belongs to, from its opening comment."""
    head = "\n".join(path.read_text().splitlines()[:OPENING_COMMENT_LINES])
    match = FILE_CHAPTER.search(head)
    if not match:
        sys.exit(f"stage: {path} names no chapter in its opening comment")
    return int(match.group(1))


def cut(lines, stage, path):
    """The lines of a file as of `stage`, without markers."""
    kept, state = [], None  # state: None, ("region", N) or ("replaced", N)
    for number, line in enumerate(lines, 1):
        if state is None:
            if m := REGION_OPEN.match(line):
                state = ("region", int(m.group(1)))
            elif m := REPLACED_OPEN.match(line):
                state = ("replaced", int(m.group(1)))
            else:
                kept.append(line)
            continue
        kind, chapter = state
        if kind == "region" and REGION_CLOSE.match(line):
            state = None
        elif kind == "replaced" and REPLACED_CLOSE.match(line):
            state = None
        elif (kind == "region" and stage >= chapter) or (kind == "replaced" and stage < chapter):
            kept.append(line)
    if state is not None:
        sys.exit(f"stage: {path}: a region opened for chapter {state[1]} never closes")
    return kept


def stage_files(stage):
    for top in TREE:
        root = Path(top)
        paths = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
        for path in paths:
            if path.suffix in (".c", ".h") and file_chapter(path) > stage:
                continue
            yield path


def main():
    if len(sys.argv) < 2 or not sys.argv[1].isdigit():
        sys.exit("usage: stage.py N [--list]")
    stage = int(sys.argv[1])
    files = list(stage_files(stage))
    if "--list" in sys.argv:
        print("\n".join(map(str, files)))
        return
    out = OUT / f"{stage:02d}"
    shutil.rmtree(out, ignore_errors=True)
    for path in files:
        target = out / path
        target.parent.mkdir(parents=True, exist_ok=True)
        if path.suffix in (".c", ".h"):
            text = "\n".join(cut(path.read_text().splitlines(), stage, path)) + "\n"
            target.write_text(text)
        else:
            shutil.copy(path, target)
    print(f"stage {stage}: {len(files)} files in {out}")


if __name__ == "__main__":
    main()
