#!/usr/bin/env python3
"""Write the code as of chapter N to build/stages/NN/.

A reader who stops after chapter N can build exactly the code the book has
shown so far.  No stage is kept as a copy: each is cut from the one source
tree by two kinds of marker.

- A file (C source, or a program of tests/python) belongs to the chapter
  named in its opening comment ("Chapter 2."), and is left out of earlier
  stages.
- Inside a file, a region added by a later chapter is fenced by lines
      //> N name         ...         //< N name
  and left out of stages before N.  Code that chapter N replaces stays in the
  final source inside a comment fenced by lines
      /*< N name        ...         */
  and is put back, uncommented, in stages before N.
- A region's name lets a chapter show it as a snippet (book/tools/listings.py
  asks `cut` where each named region lands).

Usage: stage.py N [--list]   (--list prints the files of stage N)."""

import re
import shutil
import sys
from pathlib import Path

TREE = ["Makefile", "src", "tests/unit", "tests/python", "tests/bench"]
OUT = Path("build/stages")
FILE_CHAPTER = re.compile(r"chapter (\d+)", re.I)
OPENING_COMMENT_LINES = 8
REGION_OPEN = re.compile(r"^\s*//> (\d+)\b")
REGION_CLOSE = re.compile(r"^\s*//< (\d+)\b")
REPLACED_OPEN = re.compile(r"^\s*/\*< (\d+)\b")
REPLACED_CLOSE = re.compile(r"^\s*\*/\s*$")
ESCAPED_COMMENT = (("/\\*", "/*"), ("*\\/", "*/"))


def file_chapter(path):
    """The chapter a source file belongs to, from its opening comment."""
    head = "\n".join(path.read_text().splitlines()[:OPENING_COMMENT_LINES])
    match = FILE_CHAPTER.search(head)
    if not match:
        sys.exit(f"stage: {path} names no chapter in its opening comment")
    return int(match.group(1))


def unescape(line):
    """A line of replaced code as it was, its comment markers unescaped."""
    for escaped, plain in ESCAPED_COMMENT:
        line = line.replace(escaped, plain)
    return line


def cut(lines, stage, path, regions=None, origins=None):
    """The lines of a file as of `stage`, without markers.  Each named region
    kept is added to `regions` as (name, first line, last line) of the result.
    Each kept line adds to `origins` where it is in the source: (its line
    number there, the chapter that replaces it or 0 if none does).
    Code replaced by a later chapter may sit inside a region of an earlier one
    (added in 2, replaced in 3); nothing nests inside replaced code."""
    kept, open_ = [], []  # open_: (kind, chapter, name, first, present), innermost last
    for number, line in enumerate(lines, start=1):
        inside_replaced = open_ and open_[-1][0] == "replaced"
        if not inside_replaced and (opened := opening(line)):
            kind, chapter, name = opened
            present = stage >= chapter if kind == "region" else stage < chapter
            outer = open_[-1][4] if open_ else True
            open_.append((kind, chapter, name, len(kept) + 1, outer and present))
            continue
        if open_:
            kind, chapter, name, first, present = open_[-1]
            closing = REGION_CLOSE if kind == "region" else REPLACED_CLOSE
            if closing.match(line):
                if present and name and regions is not None:
                    regions.append((name, first, len(kept)))
                open_.pop()
                continue
            if present:
                kept.append(unescape(line) if inside_replaced else line)
                if origins is not None:
                    origins.append((number, chapter if inside_replaced else 0))
        else:
            kept.append(line)
            if origins is not None:
                origins.append((number, 0))
    if open_:
        sys.exit(f"stage: {path}: a region opened for chapter {open_[-1][1]} never closes")
    return kept


def opening(line):
    """(kind, chapter, name) if the line opens a region or replaced code."""
    for kind, pattern in (("region", REGION_OPEN), ("replaced", REPLACED_OPEN)):
        if m := pattern.match(line):
            name = line[m.end():].split()
            return kind, int(m.group(1)), name[0] if name else None
    return None


def stage_files(stage):
    for top in TREE:
        root = Path(top)
        paths = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
        for path in paths:
            if path.suffix in (".c", ".h", ".py", ".gp") and file_chapter(path) > stage:
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
            target.write_text("\n".join(cut(path.read_text().splitlines(), stage, path)) + "\n")
        else:
            shutil.copy(path, target)
    print(f"stage {stage}: {len(files)} files in {out}")


if __name__ == "__main__":
    main()
