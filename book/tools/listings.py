#!/usr/bin/env python3
"""A listing of the book: a definition or named region of src/, as a chapter
shows it, with where a reader finds it and where it goes.

    listings.py CHAPTER NAME     the listing of NAME ("file.c:NAME" if the
                                 name is defined in two files) as of chapter
                                 CHAPTER, for book/filters/book.lua
    listings.py - NAME           ... as an appendix shows it: the code at its
                                 last state, with no place to put it

A chapter's code is the stage book/tools/stage.py cuts from src/, so its line
numbers are not src/'s.  The caption gives src/'s: where the code is in the
repository a reader has.  When a later chapter changes the code, the caption
says so, and where the changed code is now.  Where it goes is worked out by
comparing the chapter's stage with the one before it:

- "new file": the file is new in this chapter and nothing comes before it;
- "add after `name`": the definition that precedes it in the file;
- "replace `name`": the chapter before had it and this one changes it; the
  lines it keeps are dimmed, the ones it changes are not;
- "in `name`, add" or "in `name`, replace": a region inside a function,
  shown with a few lines of the function around it (CONTEXT_LINES), the
  lines the function had before dimmed; "replace" when some of its lines
  between the first and the last shown are gone;
- "unchanged since chapter N": an earlier chapter showed the same code.

A listing longer than MAX_LISTING_LINES comes in parts, cut at blank lines
or where a comment begins, each with a caption ("part 1 of 3").

The output, a line each: "| attribute value" (attributes of the listing),
"= caption" (opens a part), "> where it goes", "- dimmed line", "+ line"."""

import difflib
import math
import re
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import stage as staging  # noqa: E402  (book/tools/stage.py)

SOURCES = Path("src")
# The stage with every chapter's code in and nothing replaced: src/ as it is.
FINAL = sys.maxsize
# The longest listing shown whole: about the height of a printed page.
MAX_LISTING_LINES = 40
# The lines of the function around a region inside it, on each side.
CONTEXT_LINES = 2
# The fewest lines of a part of a long listing, so that no part is a stub.
MIN_PART_LINES = 8

TYPEDEF_STRUCT = re.compile(r"^typedef struct (\w+) \{")
STRUCT = re.compile(r"^struct (\w+) \{")
GLOBAL = re.compile(r"^[A-Za-z_][\w ]* ([A-Za-z_]\w*) = \{")
FUNCTION = re.compile(r"^[A-Za-z_][\w *]*?[\s*]([A-Za-z_]\w*)\(")
COMMENT_OPEN = re.compile(r"^\s*/\*")
COMMENT_START = re.compile(r"^\s*(/\*|//)")


def fail(message):
    sys.exit(f"listings: {message}")


@dataclass
class Definition:
    file: str
    first: int      # line numbers in the stage's copy of the file, from 1
    last: int
    real: bool      # a C definition, not a region the stage tool marks

    def text(self, stage):
        return stage.files[self.file].lines[self.first - 1:self.last]


@dataclass
class File:
    lines: list
    origins: list   # per line: (line in src/, chapter that replaces it or 0)


def definition_names(line):
    """The name a line at column 0 begins to define, the pattern of the line
    that ends the definition, and whether it is a function."""
    if m := TYPEDEF_STRUCT.match(line):
        return m.group(1), re.compile(r"^\} \w+;"), False
    if m := STRUCT.match(line):
        return m.group(1), re.compile(r"^\};"), False
    if m := GLOBAL.match(line):
        # a table's initializer ends at "};", at the start of a line or,
        # for one wrapped over two lines, at the end of the last
        closing = r"" if line.rstrip().endswith("};") else r"^.*\};\s*$"
        return m.group(1), re.compile(closing), False
    if not line.rstrip().endswith(";") and not line.startswith("#"):
        if m := FUNCTION.match(line):
            return m.group(1), re.compile(r"^\}"), True
    return None


def has_body(lines, i):
    """A function's signature is followed by its body, a prototype's by ";"."""
    for line in lines[i:]:
        if line == "{":
            return True
        if line.rstrip().endswith(";"):
            return False
    return False


def with_leading_comment(lines, first):
    """Where a definition that starts at line `first` really starts: with the
    comment block right above it."""
    if first > 1 and lines[first - 2].rstrip().endswith("*/"):
        i = first - 1
        while i >= 1 and not COMMENT_OPEN.match(lines[i - 1]):
            i -= 1
        if i >= 1:
            return i
    return first


class Stage:
    """The code as of one chapter: its files and every definition in them."""

    def __init__(self, number):
        self.files = {}
        self.index = {}  # name and "file.c:name" -> [Definition]
        self.defined = {}  # file -> its C definitions as (first, last, name), in order
        regions = []
        for path in sorted(SOURCES.rglob("*.[ch]")):
            if number != FINAL and staging.file_chapter(path) > number:
                continue
            found, origins = [], []
            lines = staging.cut(path.read_text().splitlines(), number, path, found, origins)
            self.files[str(path)] = File(lines, origins)
            regions += [(name, str(path), first, last) for name, first, last in found]
        for name, path, first, last in regions:
            self.add(name, Definition(path, first, last, real=False))
        for path, file in self.files.items():
            self.index_file(path, file.lines)

    def add(self, name, definition):
        base = Path(definition.file).name
        for key in (name, f"{base}:{name}"):
            known = self.index.setdefault(key, [])
            # A region named after the function it holds is one listing, not two.
            if not any(d.file == definition.file and d.first <= definition.first
                       and definition.last <= d.last for d in known):
                known.append(definition)

    def index_file(self, path, lines):
        i = 0
        while i < len(lines):
            found = definition_names(lines[i])
            if found and (not found[2] or has_body(lines, i)):
                name, closing, _ = found
                last = i
                while last < len(lines) and not closing.match(lines[last]):
                    last += 1
                if last == len(lines):
                    fail(f"{path}:{i + 1}: definition never ends")
                first = with_leading_comment(lines, i + 1)
                self.add(name, Definition(path, first, last + 1, real=True))
                self.defined.setdefault(path, []).append((first, last + 1, name))
                i = last
            i += 1

    def find(self, key):
        found = self.index.get(key, [])
        return found[0] if len(found) == 1 else None

    def lookup(self, key):
        found = self.index.get(key)
        if not found:
            fail(f"unknown snippet '{key}'")
        if len(found) > 1:
            fail(f"snippet '{key}' is defined in {found[0].file} and {found[1].file}; "
                 f"write file.c:{key}")
        return found[0]

    def real_definitions(self, path):
        """The C definitions of a file, in order, as (first, last, name)."""
        return self.defined.get(path, [])

    def src_lines(self, definition):
        """The lines of src/ a definition of this stage spans."""
        origins = self.files[definition.file].origins
        return origins[definition.first - 1][0], origins[definition.last - 1][0]


STAGES = {}


def stage(number):
    if number not in STAGES:
        STAGES[number] = Stage(number)
    return STAGES[number]


def last_chapter():
    """The last chapter any file or region of src/ belongs to."""
    chapters = [0]
    for path in SOURCES.rglob("*.[ch]"):
        chapters.append(staging.file_chapter(path))
        for line in path.read_text().splitlines():
            if opened := staging.opening(line):
                chapters.append(opened[1])
    return max(chapters)


def src_text(path, first, last):
    """Lines first..last of a file of src/ as the code stands: without the
    stage markers, or the code that later chapters replaced."""
    final = stage(FINAL).files[path]
    return [line for line, (origin, _) in zip(final.lines, final.origins)
            if first <= origin <= last]


def changed_in(key, text, chapter):
    """The first chapter after `chapter` whose code differs from `text`
    (None if the code stays as it is)."""
    for later in range(chapter + 1, last_chapter() + 1):
        found = stage(later).find(key)
        if not found or found.text(stage(later)) != text:
            return later
    return None


def shown_since(key, text, chapter):
    """The earliest chapter from which the code has been `text` unchanged."""
    since = chapter
    while since > 0:
        found = stage(since - 1).find(key)
        if not found or found.text(stage(since - 1)) != text:
            break
        since -= 1
    return since


def enclosing(here, definition):
    """The C definition a region lies inside, if any, as (first, last, name)."""
    if definition.real:
        return None
    for first, last, name in here.real_definitions(definition.file):
        if first < definition.first and definition.last <= last:
            return first, last, name
    return None


def bare(key):
    return key.split(":")[-1]


def compare(shown, old):
    """Which lines of `shown` the `old` code had, and whether lines of `old`
    between the first and the last line shown are gone."""
    kept, removed = set(), False
    matcher = difflib.SequenceMatcher(None, shown, old, autojunk=False)
    for tag, i1, i2, _, _ in matcher.get_opcodes():
        if tag == "equal":
            kept.update(range(i1, i2))
        elif tag in ("replace", "insert") and 0 < i1 < len(shown):
            removed = True
    return kept, removed


def placement(key, chapter, definition):
    """Where the code goes, and which of its lines were there before:
    (words, first line shown, last line shown, lines kept from before)."""
    here = stage(chapter)
    text = definition.text(here)
    before = stage(chapter - 1)
    previous = before.find(key)
    first, last = definition.first, definition.last
    outer = enclosing(here, definition)
    if outer:
        # Some of the function around it, so that a reader sees where it goes.
        first = max(outer[0], first - CONTEXT_LINES)
        last = min(outer[1], last + CONTEXT_LINES)
    shown = here.files[definition.file].lines[first - 1:last]
    if previous and previous.text(before) == text:
        return f"unchanged since chapter {shown_since(key, text, chapter)}", first, last, set()
    if outer:
        outer_before = before.find(outer[2])
        if outer_before:
            kept, removed = compare(shown, outer_before.text(before))
            return f"in `{outer[2]}`, {'replace' if removed else 'add'}", first, last, kept
        context = set(range(0, definition.first - first)) | \
            set(range(definition.last - first + 1, last - first + 1))
        return f"in `{outer[2]}`, add", first, last, context
    if previous:
        kept, _ = compare(shown, previous.text(before))
        return f"replace `{bare(key)}`", first, last, kept
    preceding = [name for f, l, name in here.real_definitions(definition.file)
                 if l < definition.first]
    if preceding:
        return f"add after `{preceding[-1]}`", first, last, set()
    if definition.file not in before.files:
        return "new file", first, last, set()
    following = [name for f, l, name in here.real_definitions(definition.file)
                 if f > definition.last]
    if following:
        return f"add before `{following[0]}`", first, last, set()
    return "add to the file", first, last, set()


def is_boundary(line):
    return line.strip() == "" or COMMENT_START.match(line) is not None


def parts(lines):
    """Where a long listing is cut: the (start, end) of each part, end
    excluded.  Cuts go before a blank line or a comment; among the ways to
    cut into the fewest parts none longer than MAX_LISTING_LINES, the one
    whose longest part is shortest."""
    if len(lines) <= MAX_LISTING_LINES:
        return [(0, len(lines))]
    cuts = [i for i in range(MIN_PART_LINES, len(lines) - MIN_PART_LINES + 1)
            if is_boundary(lines[i]) and not is_boundary(lines[i - 1])]
    points = [0] + cuts + [len(lines)]
    # best[j]: (parts, longest part, previous point) of the best cut up to points[j].
    best = {0: (0, 0, None)}
    for j in range(1, len(points)):
        for i in range(j):
            length = points[j] - points[i]
            if i in best and length <= MAX_LISTING_LINES:
                count, longest, _ = best[i]
                candidate = (count + 1, max(longest, length), i)
                if j not in best or candidate[:2] < best[j][:2]:
                    best[j] = candidate
    end = len(points) - 1
    if end not in best:
        # No boundary falls right: equal parts.
        count = math.ceil(len(lines) / MAX_LISTING_LINES)
        size = math.ceil(len(lines) / count)
        return [(i, min(i + size, len(lines))) for i in range(0, len(lines), size)]
    result = []
    while end:
        previous = best[end][2]
        result.append((points[previous], points[end]))
        end = previous
    # A blank line where a part ends belongs to neither part.
    return [(start + (start > 0 and lines[start].strip() == ""), end)
            for start, end in result[::-1]]


def listing(chapter, key):
    here = stage(FINAL if chapter is None else chapter)
    definition = here.lookup(key)
    text = definition.text(here)
    final = stage(FINAL).find(key)
    if chapter is None:
        where, first, last, kept = None, definition.first, definition.last, set()
    else:
        where, first, last, kept = placement(key, chapter, definition)
    lines = here.files[definition.file].lines[first - 1:last]
    origins = here.files[definition.file].origins[first - 1:last]
    # Current: what the listing shows is what src/ has at those lines.
    current = all(replaced == 0 for _, replaced in origins) and \
        src_text(definition.file, origins[0][0], origins[-1][0]) == lines
    out = [f"| snippet {key}", f"| file {definition.file}",
           f"| state {'current' if current else 'earlier'}"]
    path = definition.file
    if not current:
        later = changed_in(key, text, chapter)
        if final:
            now = "{}–{}".format(*stage(FINAL).src_lines(final))
            out.append(f"| now {now.replace('–', '-')}")
            history = f"chapter {later} changes it: now lines {now}" if later \
                else f"now lines {now}"
        else:
            history = f"chapter {later} removes it"
    divided = parts(lines)
    for number, (start, end) in enumerate(divided, start=1):
        part = f" (part {number} of {len(divided)})" if len(divided) > 1 else ""
        if current:
            a, b = origins[start][0], origins[end - 1][0]
            out.append(f"= {path}, lines {a}–{b}{part}\t{a}-{b}")
        else:
            out.append(f"= {path} as of chapter {chapter}; {history}{part}\t")
        if where and number == 1:
            out.append(f"> {where}")
        for i in range(start, end):
            out.append(("- " if i in kept else "+ ") + lines[i])
    return "\n".join(out)


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: listings.py CHAPTER|- NAME")
    chapter = None if sys.argv[1] == "-" else int(sys.argv[1])
    print(listing(chapter, sys.argv[2]))


if __name__ == "__main__":
    main()
